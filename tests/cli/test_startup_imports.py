"""CLI start-up (issue 11): ``--help`` and a named query on a small store load no heavy
library. Each of these cost tens to hundreds of milliseconds of import on every command
(pydantic alone more than the query), so one of them coming back on the read path fails
here, naming it; no wall-clock assertion (the machine is shared)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

#: libraries the read path must not import (writes, loads, views and analytics may)
HEAVY = {"pydantic", "pydantic_core", "pyarrow", "pandas", "numpy", "networkx", "neo4j",
         "rich", "yaml", "jinja2", "pyvis", "duckdb", "polars",
         "asyncio",  # ladybug's package imports it for AsyncConnection (embedded_values)
         # the standard library's slower ones, a few ms each: logging for a warning,
         # hashlib for the query cache, html for notebooks (decimal is not here: LadybugDB
         # imports it to prepare a query with parameters)
         "logging", "hashlib", "html"}

#: runs each command (JSON list of argument lists) in this one process and prints, per
#: command, the heavy libraries it was the first to import
_PROBE = """
import json, sys
from actorgraph.cli.main import cli
heavy, out = %r, []
for args in json.loads(sys.argv[1]):
    before = set(sys.modules)
    try:
        cli.main(args=args, prog_name="actorgraph", standalone_mode=False)
    except SystemExit:
        pass
    out.append(sorted(m for m in set(sys.modules) - before if m.split(".")[0] in heavy
                      and "." not in m))
print(json.dumps(out), file=sys.stderr)
"""


def _heavy_imports(commands: list[list[str]], env: dict[str, str]) -> list[list[str]]:
    out = subprocess.run([sys.executable, "-c", _PROBE % (HEAVY,), json.dumps(commands)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stderr.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    from actorgraph.graph.model import Actor, GraphBatch, Relation
    from actorgraph.graph.store import open_store

    path = tmp_path_factory.mktemp("startup") / "g.lbdb"
    with open_store(str(path)) as store:
        store.write(GraphBatch(
            actors=[Actor(id="RUS", name="Russia", kind="state", aliases={"nl": ["Rusland"]}),
                    Actor(id="IRN", name="Iran", kind="state")],
            relations=[Relation(source="IRN", type="SUPPORTS", target="RUS")]))
    return str(path)


READS = [
    ["--help"],
    ["query", "--named", "supporters-of", "-p", "target=RUS"],
    ["query", "--named", "supporters-of", "-p", "target=Rusland"],
    ["query", "--named", "supporters-of", "-p", "target=Kremlin"],  # the catalogue's alias
    ["query", "--named", "neighbourhood", "-p", "actor=Russia", "-p", "hops=2"],
    ["query", "--named", "evidence", "-p", "source=IRN", "-p", "type=SUPPORTS",
     "-p", "target=RUS"],
    ["query", "--named", "path-between", "-p", "from=IRN", "-p", "to=RUS"],
    ["query", "--named", "claims-in-document", "-p", "doc=d1"],
    ["query", "--named", "documents-timeline"],
    ["query", "MATCH (a:Actor) RETURN a.id, a.name"],
]


def test_read_path_loads_no_heavy_library(small_store, tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "ACTORGRAPH_STORE": small_store}
    # checks every query file once and caches it; caches the catalogue's name tables
    _heavy_imports([["queries"], ["query", "--named", "supporters-of", "-p", "target=Moskou"]],
                   env)
    write = ["query", "--write", "MATCH (a:Actor {id: 'IRN'}) SET a.description = 'x'"]
    found = _heavy_imports([*READS, write], env)
    assert dict(zip(map(" ".join, READS), found)) == {" ".join(a): [] for a in READS}
    # the probe sees what it looks for: a write loads the models (pydantic)
    assert "pydantic" in found[-1]
