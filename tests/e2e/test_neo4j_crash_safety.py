"""Issue 12 items 3-4 on a real Neo4j: a load killed at 5 points is completed by a rerun
with no duplicates and no losses; two loads of one input at once both succeed."""

from __future__ import annotations

import os
import subprocess

import pytest

from actorgraph.graph.neo4j_store import Neo4jStore
from killing import kill_load_after, load_command, run_load, write_inputs

ACTORS, PER = 200, 5


def _counts(server) -> tuple[int, int, int, int]:
    with Neo4jStore(server.uri, server.user, server.password, server.database) as s:
        st = s.stats()
        dupes = s.query("MATCH (a:Actor)-[r]->(b:Actor) WITH a, b, type(r) AS t, count(*) AS n "
                        "WHERE n > 1 RETURN count(*)").rows[0][0]
        return st.actors, st.relations, st.evidence, dupes


def _empty(server) -> None:
    with Neo4jStore(server.uri, server.user, server.password, server.database) as s:
        s.clear()


@pytest.mark.slow
def test_a_neo4j_load_killed_at_5_points_is_completed_by_a_rerun(neo4j_server, tmp_path):
    env = {**os.environ, **neo4j_server.env(), "ACTORGRAPH_NEO4J_LOCK_STALE": "1"}
    inputs = write_inputs(tmp_path, ACTORS, PER)
    _empty(neo4j_server)
    seconds, _ = run_load(neo4j_server.uri, inputs, env=env)
    full = _counts(neo4j_server)
    assert full == (ACTORS, ACTORS * PER, ACTORS * PER, 0)
    seen = []
    for i in range(5):
        _empty(neo4j_server)
        at = seconds * (0.3 + 0.6 * i / 4)  # from just after start-up to near the end
        rc = kill_load_after(neo4j_server.uri, inputs, at, env=env)
        partial = _counts(neo4j_server)
        assert partial[3] == 0, partial  # never a duplicate relation
        run_load(neo4j_server.uri, inputs, env=env)  # waits out the dead load's lease
        seen.append((round(at, 2), rc, partial[:3]))
        assert _counts(neo4j_server) == full, seen
    print("neo4j kill points (s, exit, state when killed):", seen)
    _empty(neo4j_server)


@pytest.mark.slow
def test_two_neo4j_loads_of_one_input_at_once_both_succeed(neo4j_server, tmp_path):
    env = {**os.environ, **neo4j_server.env()}
    inputs = write_inputs(tmp_path, ACTORS, PER)
    _empty(neo4j_server)
    procs = [subprocess.Popen(load_command(neo4j_server.uri, inputs), env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _counts(neo4j_server) == (ACTORS, ACTORS * PER, ACTORS * PER, 0)
    _empty(neo4j_server)
