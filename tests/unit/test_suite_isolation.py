"""The suite's Neo4j never is the user's: its own folder and ports (issue 12, item 15)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _default(script: str, var: str) -> str:
    m = re.search(r'\$\{' + var + r':-([^}]+)\}', script)
    assert m, f"no default for {var}"
    return m.group(1)


def test_test_sh_starts_neo4j_apart_from_the_users_server():
    user = (REPO / "scripts" / "neo4j-local.sh").read_text()
    suite = (REPO / "scripts" / "test.sh").read_text()
    assert _default(suite, "ACTORGRAPH_TEST_BOLT_PORT") != _default(user, "NEO4J_BOLT_PORT")
    assert _default(suite, "ACTORGRAPH_TEST_HTTP_PORT") != _default(user, "NEO4J_HTTP_PORT")
    assert ".neo4j-test" in _default(suite, "ACTORGRAPH_TEST_NEO4J_DIR")
    assert ".neo4j-local" in _default(user, "NEO4J_LOCAL_DIR")
    # the suite's values are exported before the script is asked for status or start
    assert suite.index("export NEO4J_LOCAL_DIR=") < suite.index("neo4j-local.sh status")


def test_e2e_fixture_uses_the_same_folder_and_ports():
    conftest = (REPO / "tests" / "e2e" / "conftest.py").read_text()
    suite = (REPO / "scripts" / "test.sh").read_text()
    assert f'or "{_default(suite, "ACTORGRAPH_TEST_BOLT_PORT")}"' in conftest
    assert f'or "{_default(suite, "ACTORGRAPH_TEST_HTTP_PORT")}"' in conftest
    assert 'REPO / ".neo4j-test"' in conftest
    assert "_empty(server)" in conftest  # the database is emptied after the session


def test_the_suite_does_not_take_the_benchmark_servers_ports():
    suite = (REPO / "scripts" / "test.sh").read_text()
    bench = (REPO / "bench" / "bench_neo4j_load.py").read_text()
    assert f"NEO4J_BOLT_PORT={_default(suite, 'ACTORGRAPH_TEST_BOLT_PORT')}" not in bench
