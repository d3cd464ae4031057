"""Issue 12 items 3-4 on a real Neo4j: one load is one transaction, so a load killed at
any point of its transaction leaves the graph as it was (a reader during the load sees
the graph before it), a rerun completes it; two loads of one input at once both succeed."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
from actorgraph.graph.neo4j_store import Neo4jStore
from killing import load_command, load_in_process, run_load, write_inputs

#: the suite's second Neo4j server (tests/neo4j_servers.py): these tests run beside the rest
NEO4J_SERVER = "b"
ACTORS, PER = 200, 10
#: the load's transaction, as SHOW TRANSACTIONS lists it (neo4j_atomic.LoadTransaction)
LOAD_TX = ("SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.what = 'load' "
           "RETURN status")


def _store(server) -> Neo4jStore:
    return Neo4jStore(server.uri, server.user, server.password, server.database)


def _counts(store) -> tuple[int, int, int, int]:
    st = store.stats()
    dupes = store.query("MATCH (a:Actor)-[r]->(b:Actor) WITH a, b, type(r) AS t, count(*) AS n "
                        "WHERE n > 1 RETURN count(*)").rows[0][0]
    return st.actors, st.relations, st.evidence, dupes


def _snapshot(store) -> tuple[int, int, int]:
    """Actors, SUPPORTS relations and Evidence nodes in one statement (count-store
    lookups: a commit cannot fall between them as it can between the queries of stats)."""
    return tuple(store.query(
        "MATCH (a:Actor) WITH count(a) AS a MATCH ()-[r:SUPPORTS]->() WITH a, count(r) AS r "
        "MATCH (e:Evidence) RETURN a, r, count(e)").rows[0])


def _load_tx_status(store) -> str | None:
    """'Running' while the load writes, 'Closing' while its commit is applied, None."""
    rows = store.query(LOAD_TX).rows
    return rows[0][0] if rows else None


def _load_tx_open(store) -> bool:
    return _load_tx_status(store) is not None


def _start(server, inputs, env) -> subprocess.Popen:
    return subprocess.Popen(load_command(server.uri, inputs), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _old_graph(server) -> tuple[int, int, int, int]:
    """An empty database, then other actors and relations: the state a kill must keep."""
    ids = [f"O{i:03d}" for i in range(40)]
    batch = GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ids],
        relations=[Relation(source=a, type="SUPPORTS", target=b,
                            provenance=[Evidence(doc="old", text=f"{a} {b}")])
                   for a, b in zip(ids, ids[1:] + ids[:1])])
    with _store(server) as s:
        s.clear()
        s.write(batch)
        return _counts(s)


def _settled(store, seconds: float = 120) -> None:
    """Wait until the server has finished the killed load's transaction (a kill during
    the commit does not stop the server from applying it)."""
    deadline = time.monotonic() + seconds
    while _load_tx_open(store):
        assert time.monotonic() < deadline, "the killed load's transaction never ended"
        time.sleep(0.05)


def _watch(proc, store, old, new=None, until: float | None = None):
    """Poll while the load runs: when its transaction was first and last seen open (s
    after the start), and how often a reader saw the old graph meanwhile. A reader must
    see the old graph or the whole new one, never a part. Returns when the load ends or
    ``until`` seconds have passed since the transaction opened."""
    t0, first, last, saw_old = time.monotonic(), None, None, 0
    while proc.poll() is None:
        before = _load_tx_status(store)
        if before is not None:
            now = time.monotonic() - t0
            first = now if first is None else first
            last = now
            seen = _snapshot(store)
            if before == "Running" and _load_tx_status(store) == "Running":
                # while the load writes: the graph before it, never a part (while the
                # server applies the commit, "Closing", a reader of the record store can
                # see part of it: see docs/reliability.md)
                assert seen == old[:3], ("a reader saw part of a running load", seen, old)
                saw_old += 1
            if until is not None and now - first >= until:
                break
        time.sleep(0.02)
    return first, last, saw_old


@pytest.mark.slow
def test_a_neo4j_load_killed_at_6_points_leaves_the_old_or_the_new_graph(neo4j_server,
                                                                         tmp_path):
    env = {**os.environ, **neo4j_server.env(), "ACTORGRAPH_NEO4J_LOCK_STALE": "1"}
    inputs = write_inputs(tmp_path, ACTORS, PER)
    with _store(neo4j_server) as store:
        old = _old_graph(neo4j_server)
        new = (old[0] + ACTORS, old[1] + ACTORS * PER, old[2] + ACTORS * PER, 0)
        run_load(neo4j_server.uri, inputs, env=env)  # warms the server (a fresh one is slow)
        assert _old_graph(neo4j_server) == old
        proc = _start(neo4j_server, inputs, env)
        first, last, saw_old = _watch(proc, store, old, new)
        assert proc.wait() == 0
        assert _counts(store) == new
        assert first is not None and saw_old, "the load's transaction was never seen open"
        span = max(last - first, 0.05)
        seen = []
        # kill points over the life of the load's transaction: as it opens, at a quarter,
        # half, three quarters, its end as measured, and past it (while it commits)
        for frac in (0.0, 0.25, 0.5, 0.75, 1.0, 1.3):
            for _attempt in range(5):
                assert _old_graph(neo4j_server) == old
                proc = _start(neo4j_server, inputs, env)
                opened, closed, _ = _watch(proc, store, old, new, until=frac * span)
                was_open = opened is not None and _load_tx_open(store)
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
                rc = proc.wait()
                _settled(store)
                state = _counts(store)
                seen.append((frac, rc, was_open, state[:3]))
                assert state in (old, new), seen  # never in between
                load_in_process(neo4j_server.uri, inputs, env=env)  # waits out the dead lease
                assert _counts(store) == new, seen
                if frac >= 1 or (was_open and rc != 0):
                    break
                # the kill came after the transaction had closed: this load ran faster
                # than the measured one (the machine is shared). Measure again from this
                # run, a little short, and try the same point again
                if opened is not None:
                    span = max(0.8 * (closed - opened), 0.05)
        print("neo4j kill points (fraction of the transaction, exit, open, state):", seen)
        # most kills must have hit the open transaction, or the test proved little
        hits = {frac for frac, rc, was_open, _ in seen if was_open and rc != 0}
        assert len(hits) >= 4, seen
        store.clear()


@pytest.mark.slow
def test_two_neo4j_loads_of_one_input_at_once_both_succeed(neo4j_server, tmp_path):
    env = {**os.environ, **neo4j_server.env()}
    inputs = write_inputs(tmp_path, ACTORS, PER)
    with _store(neo4j_server) as store:
        store.clear()
        procs = [subprocess.Popen(load_command(neo4j_server.uri, inputs), env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(2)]
        outs = [p.communicate(timeout=300) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        assert _counts(store) == (ACTORS, ACTORS * PER, ACTORS * PER, 0)
        store.clear()


@pytest.mark.slow
def test_a_load_too_large_for_one_transaction_goes_in_chunks_and_says_so(neo4j_server,
                                                                         tmp_path):
    env = {**os.environ, **neo4j_server.env(), "ACTORGRAPH_NEO4J_ATOMIC_MAX": "100"}
    inputs = write_inputs(tmp_path, 50, 4)
    with _store(neo4j_server) as store:
        store.clear()
        _, out = run_load(neo4j_server.uri, inputs, env=env)
        assert "more than the 100 that go in one Neo4j transaction" in out
        assert _counts(store) == (50, 200, 200, 0)
        store.clear()
