"""The embedded store's actor-adjacency index (graph/embedded_adjacency.py): `neighbourhood`
is answered from it (not by its Cypher) with exactly the Cypher's rows, for every actor,
hop count and set of types, after model and bulk writes, new actors, Cypher writes (then
the Cypher runs until the index is rebuilt), upgrades of graphs made without it, graphs
last written by another version, and `clear`."""

from __future__ import annotations

import pytest

from actorgraph.graph import embedded_adjacency, plan
from actorgraph.graph.bulk import write_columns
from actorgraph.graph.embedded_adjacency import TABLE
from actorgraph.graph.embedded_schema import MARKER_PREFIX
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, GraphBatch, Relation
from actorgraph.graph.records import RelationColumns
from actorgraph.graph.store import repair_store, upgrade_store
from actorgraph.queries.registry import get_query, run_query

TYPE_SETS = ("", "SUPPORTS", "THREATENS,OPPOSES,MEMBER_OF")


def _cypher(store, params):
    """The rows of neighbourhood's Cypher, as the store runs it without the index."""
    q = get_query("neighbourhood")
    bound = q.bind(params)
    return store.query(q.text(bound), {"actor": bound["actor"]}).rows


def _assert_same(store, actors=None, hops=(2, 3), type_sets=TYPE_SETS):
    """For every actor, hop count and set of types: run_query (through the complete
    index: it answers from 2 hops on) gives the Cypher's rows."""
    assert store.adjacency_index
    for a in actors or sorted(store.actor_ids()):
        for h in hops:
            for types in type_sets:
                params = {"actor": a, "hops": h, "types": types}
                assert run_query(store, "neighbourhood", params).rows == _cypher(
                    store, params), params


def _actors(*ids):
    return [Actor(id=i, name=f"Actor {i}", kind="state") for i in ids]


def _rel(s, t, rtype="SUPPORTS"):
    return Relation(source=s, type=rtype, target=t)


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "g.lbdb")
    yield s
    s.close()


def test_neighbourhood_is_answered_from_the_index_not_by_its_cypher(small_store, monkeypatch):
    store = small_store  # small_batch() written into a fresh store (tests/conftest.py)
    assert store.adjacency_index
    ran = []
    query = store.query
    monkeypatch.setattr(store, "query", lambda c, *a, **k: ran.append(c) or query(c, *a, **k))
    rows = run_query(store, "neighbourhood", {"actor": "SWE", "types": "SUPPORTS"}).rows
    assert rows == [["UKR", "Ukraine", "state", "ukraine", 1],
                    ["HUN", "Hungary", "state", "nato_ally", 2],
                    ["NLD", "Netherlands", "state", "nato_ally", 2]]
    assert not any("SHORTEST" in c.upper() for c in ran)


@pytest.mark.parametrize("arrow_from, scan_share", [(1000, 8), (0, 10**6), (1000, 0)])
def test_the_small_graph_gives_the_cyphers_rows_for_every_actor_hops_and_types(
        small_store, monkeypatch, arrow_from, scan_share):
    # as it runs here; scanning the index (as Arrow) from the first hop; never scanning
    # (both are read when a query runs, not when the index is written)
    monkeypatch.setattr(embedded_adjacency, "ARROW_FROM", arrow_from)
    monkeypatch.setattr(embedded_adjacency, "SCAN_SHARE", scan_share)
    store = small_store  # small_batch() written into a fresh store
    if (arrow_from, scan_share) == (1000, 8):
        _assert_same(store)
    else:  # the other paths: fewer cases (the unit layer stays fast)
        _assert_same(store, hops=(2,), type_sets=TYPE_SETS[:2])


def test_a_chain_worked_out_by_hand(store):
    # A -S-> B <-T- C -S-> D, and E without relations
    store.write(GraphBatch(actors=_actors("A", "B", "C", "D", "E"), relations=[
        _rel("A", "B"), _rel("C", "B", "THREATENS"), _rel("C", "D")]))
    hops = {r[0]: r[4] for r in run_query(store, "neighbourhood", {"actor": "A", "hops": 4}).rows}
    assert hops == {"B": 1, "C": 2, "D": 3}
    only = run_query(store, "neighbourhood", {"actor": "A", "hops": 4, "types": "SUPPORTS"})
    assert [r[0] for r in only.rows] == ["B"]
    assert run_query(store, "neighbourhood", {"actor": "E"}).rows == []
    assert store.run_plan("adjacency", {"actor": "nobody", "hops": 2, "types": []}).rows == []
    # one hop is one actor's relations: the Cypher reads them as fast as the index
    assert store.run_plan("adjacency", {"actor": "A", "hops": 1, "types": []}) is None
    _assert_same(store, hops=(2, 3, 4))


def test_model_and_bulk_writes_keep_it_exact_and_new_actors_get_ordinals(store):
    store.write(GraphBatch(actors=_actors("A", "B", "C"),
                           relations=[_rel("A", "B"), _rel("B", "C", "PARTNERS_WITH")]))
    _assert_same(store)
    cols = RelationColumns()
    for s, t in [("C", "D"), ("D", "E"), ("A", "E")]:
        cols.add_relation(_rel(s, t, "OPPOSES"))
    write_columns(store, cols, _actors("D", "E"))
    store.write(GraphBatch(actors=_actors("F"), relations=[_rel("F", "A", "THREATENS"),
                                                           _rel("A", "B")]))  # A-B again
    assert store.adjacency_index
    ordinals = dict(store._run(f"MATCH (x:{TABLE}) WHERE x.id STARTS WITH '@' "
                               "RETURN x.actor, x.o"))
    assert ordinals == {"A": 0, "B": 1, "C": 2, "D": 3, "E": 4, "F": 5}
    _assert_same(store)


def test_many_actors_use_lists_of_ordinals_and_still_answer_the_same(store):
    # a hub with 300 spokes (its row a bitmap) and spokes whose only neighbour is the
    # hub or one far away (their rows lists of ordinals)
    ids = [f"S{i:03d}" for i in range(300)]
    store.write(GraphBatch(actors=_actors("HUB", *ids),
                           relations=[_rel("HUB", s) for s in ids]
                           + [_rel(ids[0], ids[-1], "THREATENS")]))
    blobs = [b for (b,) in store._run(f"MATCH (x:{TABLE}) WHERE x.id STARTS WITH '#' "
                                      f"RETURN x.{plan.ADJACENCY_ANY}")]
    assert {b[:1] for b in blobs} == {b"B", b"L"}
    _assert_same(store, ["HUB", ids[0], ids[150], ids[-1]])


def test_cypher_writes_fall_back_to_the_cypher_until_the_next_write(store):
    store.write(GraphBatch(actors=_actors("A", "B", "C"),
                           relations=[_rel("A", "B"), _rel("B", "C")]))
    store.query("MATCH (a:Actor {id: 'B'})-[r:SUPPORTS]->(c:Actor {id: 'C'}) DELETE r",
                write=True)
    assert not store.adjacency_index
    assert store.run_plan("adjacency", {"actor": "A", "hops": 2, "types": ["SUPPORTS"]}) is None
    assert [r[0] for r in run_query(store, "neighbourhood", {"actor": "A"}).rows] == ["B"]
    store.write(GraphBatch(actors=_actors("D"), relations=[_rel("D", "A")]))  # rebuilds
    assert store.adjacency_index
    assert [r[0] for r in run_query(store, "neighbourhood", {"actor": "A"}).rows] == ["B", "D"]
    _assert_same(store)


def test_upgrade_and_repair_rebuild_an_index_missing_or_left_incomplete(small_graph_path):
    path = small_graph_path  # small_batch() written into a fresh store
    with EmbeddedStore(path) as s:
        s._conn.execute(f"DROP TABLE {TABLE}")  # a graph made before the index
        for (t,) in s._run("CALL show_tables() RETURN name"):
            if t.startswith(MARKER_PREFIX):
                s._conn.execute(f"DROP TABLE {t}")
    with EmbeddedStore(path, read_only=True) as s:
        assert not s.adjacency_index  # read without it: the Cypher answers
        assert run_query(s, "neighbourhood", {"actor": "SWE"}).rows
    with EmbeddedStore(path) as s:
        assert not s.adjacency_index  # made empty by opening for writing
    upgrade_store(str(path))
    with EmbeddedStore(path) as s:
        assert s.adjacency_index
        _assert_same(s, ["SWE", "RUS"])
        s.query("MATCH (a:Actor {id: 'SWE'}) SET a.name = 'Sverige'", write=True)
        assert not s.adjacency_index
    assert "its actor-adjacency index rebuilt" in repair_store(str(path))
    with EmbeddedStore(path) as s:
        assert s.adjacency_index


def test_a_graph_last_written_by_another_version_has_it_rebuilt(small_graph_path):
    path = small_graph_path  # small_batch() written into a fresh store
    with EmbeddedStore(path) as s:
        for (t,) in s._run("CALL show_tables() RETURN name"):
            if t.startswith(MARKER_PREFIX):  # what another version's open does
                s._conn.execute(f"DROP TABLE {t}")
    with EmbeddedStore(path) as s:
        assert not s.adjacency_index  # it may have added relations the index lacks
        s.write(GraphBatch(relations=[_rel("SWE", "GBR")]))
        assert s.adjacency_index
        _assert_same(s, ["SWE", "GBR"], hops=(2,))


def test_clear_leaves_a_complete_empty_index_and_the_index_is_hidden(small_store):
    store = small_store  # small_batch() written into a fresh store
    before = store.stats()
    assert store.query("MATCH (n) RETURN count(n)").rows == [
        [before.actors + before.documents + before.evidence]]
    store.clear()
    assert store.adjacency_index
    assert store._run(f"MATCH (x:{TABLE}) RETURN x.id") == [[plan.INDEX_COMPLETE]]
    assert store.run_plan("adjacency", {"actor": "SWE", "hops": 2, "types": ["SUPPORTS"]}
                          ).rows == []
