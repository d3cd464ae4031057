"""Fixtures for end-to-end tests against a real Neo4j server.

The server comes from the environment (NEO4J_URI, NEO4J_USERNAME or NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE), as the project's test command exports after
``scripts/neo4j-local.sh start``. When NEO4J_URI is unset, the ``neo4j_server`` fixture
starts the suite's own server with that script, in its own folder and on its own ports
(:data:`TEST_DIR`, :data:`TEST_BOLT_PORT`, :data:`TEST_HTTP_PORT`: never the
``.neo4j-local/`` and 7687 that ``actorgraph neo4j-server start`` gives a user), and
stops it at the end if it started it (NEO4J_KEEP=1 leaves it running). The database is
emptied after the session, so no test fixture is left in it. In CI (CI=true) a server
that cannot be had fails the tests; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from neo4j_servers import B_HTTP_URL, B_URI, server_of

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "neo4j-local.sh"
#: the suite's own Neo4j (scripts/test.sh exports the same): folder and ports
TEST_DIR = os.environ.get("ACTORGRAPH_TEST_NEO4J_DIR") or str(REPO / ".neo4j-test")
TEST_BOLT_PORT = os.environ.get("ACTORGRAPH_TEST_BOLT_PORT") or "7689"
TEST_HTTP_PORT = os.environ.get("ACTORGRAPH_TEST_HTTP_PORT") or "7476"
#: scripts/test.sh starts the servers beside the tests and names a file prefix here:
#: ``<prefix>.ok`` once both answer, ``<prefix>.failed`` (and ``<prefix>.log``) if not
READY = "ACTORGRAPH_TEST_NEO4J_READY"


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str
    database: str
    #: the HTTP base URL, which serves the Neo4j Browser at /browser/
    http_url: str

    def env(self) -> dict[str, str]:
        """Variables for a child process (the CLI) to reach this server."""
        return {
            "NEO4J_URI": self.uri,
            "NEO4J_USERNAME": self.user,
            "NEO4J_PASSWORD": self.password,
            "NEO4J_DATABASE": self.database,
        }


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"Neo4j is required in CI but unavailable: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j server: {reason}")


def _script(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run scripts/neo4j-local.sh on the suite's own folder and ports."""
    env = {**os.environ, "NEO4J_LOCAL_DIR": TEST_DIR, "NEO4J_BOLT_PORT": TEST_BOLT_PORT,
           "NEO4J_HTTP_PORT": TEST_HTTP_PORT}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout, env=env,
    )


def _wait_for_test_sh(timeout: float = 900) -> None:
    """Wait until the servers scripts/test.sh is starting (beside the tests) answer."""
    prefix = os.environ.get(READY)
    if not prefix:
        return
    deadline = time.monotonic() + timeout
    while not os.path.exists(f"{prefix}.ok"):
        if os.path.exists(f"{prefix}.failed"):
            log = Path(f"{prefix}.log")
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            _unavailable(f"scripts/test.sh could not start the suite's Neo4j servers:\n{tail}")
        if time.monotonic() > deadline:
            _unavailable(f"the suite's Neo4j servers did not start in {timeout:.0f} s")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def neo4j_server(request) -> Neo4jServer:
    """The Neo4j server of this module's tests (:func:`server_of`)."""
    if server_of(request.module) == "b":
        return request.getfixturevalue("_neo4j_server_b")
    return request.getfixturevalue("_neo4j_server_a")


@pytest.fixture(scope="session")
def _neo4j_server_b() -> Neo4jServer:
    """The second server, from $ACTORGRAPH_TEST_NEO4J_B_URI (emptied at the end)."""
    _wait_for_test_sh()
    server = Neo4jServer(
        uri=os.environ[B_URI], user="neo4j",
        password=os.environ.get("NEO4J_PASSWORD", "actorgraph-test"), database="neo4j",
        http_url=os.environ.get(B_HTTP_URL) or "http://127.0.0.1:7477",
    )
    yield server
    _empty(server)


@pytest.fixture(scope="session")
def _neo4j_server_a() -> Neo4jServer:
    """A running Neo4j: the one NEO4J_URI names, else the local one from the script."""
    started_here = False
    if os.environ.get("NEO4J_URI"):
        _wait_for_test_sh()
        http_port = os.environ.get("NEO4J_HTTP_PORT", "7474")
        http_url = os.environ.get("NEO4J_HTTP_URL", f"http://127.0.0.1:{http_port}")
        server = Neo4jServer(
            uri=os.environ["NEO4J_URI"],
            user=os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j",
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or "neo4j",
            http_url=http_url,
        )
    else:
        http_url = f"http://127.0.0.1:{TEST_HTTP_PORT}"
        if _script("status", timeout=60).returncode != 0:
            done = _script("start")
            if done.returncode != 0:
                _unavailable(f"scripts/neo4j-local.sh start failed:\n{done.stderr[-3000:]}")
            started_here = True
        server = Neo4jServer(
            uri=f"bolt://127.0.0.1:{TEST_BOLT_PORT}",
            user="neo4j",
            password=os.environ.get("NEO4J_PASSWORD", "actorgraph-test"),
            database="neo4j",
            http_url=http_url,
        )
    yield server
    _empty(server)  # no test fixture stays behind in the database
    if started_here and os.environ.get("NEO4J_KEEP") != "1":
        _script("stop", timeout=120)


def _empty(server: Neo4jServer) -> None:
    from actorgraph.errors import ActorGraphError
    from actorgraph.graph.neo4j_store import Neo4jStore

    try:
        store = Neo4jStore(server.uri, server.user, server.password, server.database)
    except ActorGraphError:
        return
    try:
        store.clear()
    finally:
        store.close()


@pytest.fixture
def neo4j_store(neo4j_server: Neo4jServer):
    """An empty :class:`Neo4jStore` on the test server (cleared before each test)."""
    from actorgraph.errors import ActorGraphError
    from actorgraph.graph.neo4j_store import Neo4jStore

    try:
        store = Neo4jStore(
            neo4j_server.uri,
            neo4j_server.user,
            neo4j_server.password,
            neo4j_server.database,
        )
    except ActorGraphError as exc:
        _unavailable(str(exc))
    store.clear()
    yield store
    store.close()
