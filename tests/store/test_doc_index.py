"""The embedded store's evidence-by-document index (graph/embedded_doc_index.py): the two
document queries read it with key lookups and answer exactly as the scan of every piece
of evidence, after bulk and incremental loads, moved and deleted pieces, Cypher writes,
upgrades of graphs made without it, and `clear`."""

from __future__ import annotations

import pytest

from actorgraph.graph import plan
from actorgraph.graph.bulk import write_columns
from actorgraph.graph.embedded_doc_index import INTERNAL, TABLE
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Relation
from actorgraph.graph.records import RelationColumns, evidence_rows
from actorgraph.graph.store import repair_store, upgrade_store
from actorgraph.queries.registry import get_query, run_query
from small_graph import small_batch

QUERIES = ("claims-in-document", "documents-timeline")


def _both(store, name, params):
    """(rows by the scan form, rows as run_query gives them)."""
    q = get_query(name)
    bound = q.bind(params)
    text = q.text(bound)
    used = {k: v for k, v in bound.items() if f"${k}" in text}
    return store.query(text, used).rows, run_query(store, name, params).rows


def _docs(store):
    return sorted({r[0] for r in store.query(
        "MATCH (e:Evidence) WHERE e.doc IS NOT NULL RETURN DISTINCT e.doc").rows})


def _assert_same(store, docs=None):
    for doc in (docs or _docs(store)) + ["no-such-doc"]:
        scan, got = _both(store, "claims-in-document", {"doc": doc})
        assert got == scan, doc
    scan, got = _both(store, "documents-timeline", {})  # (bounds: tests/named_cases.py)
    assert got == scan


def _actors(*ids):
    return [Actor(id=i, name=i, kind="state") for i in ids]


def _rel(s, t, *docs, rtype="SUPPORTS"):
    return Relation(source=s, type=rtype, target=t,
                    provenance=[Evidence(doc=d, text=f"{s} {t} in {d}") for d in docs])


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "g.lbdb")
    yield s
    s.close()


def test_the_small_graph_is_read_through_the_index_with_the_scans_answers(small_store):
    store = small_store  # small_batch() written into a fresh store (tests/conftest.py)
    assert store.doc_index
    assert store.index_segments("d1")  # the indexed form is what run_query used
    _assert_same(store)


def test_every_load_appends_one_segment_per_document_and_answers_stay_the_same(store):
    store.write(GraphBatch(actors=_actors("A", "B", "C", "D"),
                           documents=[Document(id="d1", title="one", date="2024-01-02")],
                           relations=[_rel("A", "B", "d1", "d2"), _rel("C", "B", "d1")]))
    assert len(store.index_segments("d1")) == 1
    store.write(GraphBatch(relations=[_rel("D", "B", "d1"), _rel("A", "B", "d1", "d2", "d3")]))
    segments = store.index_segments("d1")
    assert len(segments) == 2
    assert segments[1] == ["D|SUPPORTS|B|0"]  # A-B's pieces in d1 and d2 were there
    assert store.index_segments("d3") == [["A|SUPPORTS|B|2"]]
    # the same batch again changes nothing, and adds no segment
    store.write(GraphBatch(relations=[_rel("D", "B", "d1")]))
    assert len(store.index_segments("d1")) == 2
    _assert_same(store)
    assert [r[0] for r in run_query(store, "claims-in-document", {"doc": "d1"}).rows] == [
        "A", "C", "D"]


def test_bulk_columns_are_indexed_like_model_writes(store):
    cols = RelationColumns()
    for i, (s, t) in enumerate([("A", "B"), ("B", "C"), ("C", "A")]):
        cols.add_relation(_rel(s, t, f"d{i % 2}"))
    write_columns(store, cols, _actors("A", "B", "C"))
    assert store.doc_index
    assert sorted(store.index_segments("d0")[0]) == ["A|SUPPORTS|B|0", "C|SUPPORTS|A|0"]
    _assert_same(store)


def test_a_piece_moved_to_another_document_is_found_there_only():
    stored = Relation(source="A", type="SUPPORTS", target="B",
                      provenance=[Evidence(doc="d1", text="x")])
    rows = [dict(e, doc="d2") for e in evidence_rows(stored)]
    p = plan.plan_relations([stored], {}, {stored.key: rows})
    assert [e["doc"] for e in p.evidence_moved] == ["d1"]  # stored in d2, now in d1


def test_cypher_writes_make_the_index_incomplete_until_the_next_write(store):
    store.write(GraphBatch(actors=_actors("A", "B", "C"),
                           relations=[_rel("A", "B", "d1"), _rel("C", "B", "d1")]))
    store.query("MATCH (e:Evidence {id: 'A|SUPPORTS|B|0'}) SET e.doc = 'd9'", write=True)
    assert not store.doc_index  # the named queries scan then: still the right answer
    assert [r[0] for r in run_query(store, "claims-in-document", {"doc": "d9"}).rows] == ["A"]
    _assert_same(store, ["d1", "d9"])
    store.write(GraphBatch(relations=[_rel("C", "A", "d2")]))  # the next write rebuilds
    assert store.doc_index
    assert store.index_segments("d9") == [["A|SUPPORTS|B|0"]]
    _assert_same(store, ["d1", "d2", "d9"])


@pytest.mark.parametrize("bulk", [False, True])
def test_a_write_that_deletes_pieces_rebuilds_the_index_exactly(store, bulk):
    store.write(GraphBatch(actors=_actors("A", "B", "C"),
                           documents=[Document(id="d1", title="one", date="2024-01-02")],
                           relations=[_rel("A", "B", "d1", "d2"), _rel("C", "B", "d1")]))
    # a relation deleted with Cypher leaves its pieces as strays; the load of its key
    # deletes them (plan.plan_relations / the bulk path) and the index is rebuilt
    store.query("MATCH (:Actor {id: 'A'})-[r:SUPPORTS]->() DELETE r", write=True)
    store.rebuild_doc_index()
    again = _rel("A", "B", "d3")
    if bulk:
        cols = RelationColumns()
        cols.add_relation(again)
        write_columns(store, cols)
    else:
        store.write(GraphBatch(relations=[again]))
    assert store.doc_index
    assert store.index_segments("d1") == [["C|SUPPORTS|B|0"]]
    assert store.index_segments("d2") == []
    assert store.index_segments("d3") == [["A|SUPPORTS|B|0"]]
    _assert_same(store, ["d1", "d2", "d3"])
    assert run_query(store, "documents-timeline", {}).rows[0][-1] == 1


def test_a_graph_made_without_the_index_is_read_by_scan_and_upgraded(small_graph_path):
    path = small_graph_path  # small_batch() written into a fresh store
    with EmbeddedStore(path) as s:
        s.query(f"DROP TABLE {TABLE}", write=True)
    with EmbeddedStore(path, read_only=True) as s:
        assert not s.doc_index
        _assert_same(s)
    with EmbeddedStore(path) as s:  # opened for writing: an empty, incomplete index
        assert not s.doc_index
    assert upgrade_store(str(path))
    with EmbeddedStore(path, read_only=True) as s:
        assert s.doc_index
        _assert_same(s)
    with EmbeddedStore(path) as s:
        s.query("MATCH (a:Actor {id: 'NLD'}) SET a.name = 'NL'", write=True)
    assert "its evidence index rebuilt" in repair_store(str(path))
    with EmbeddedStore(path, read_only=True) as s:
        assert s.doc_index


def test_clear_leaves_an_empty_complete_index_and_stats_do_not_count_it(small_store):
    store = small_store  # small_batch() written into a fresh store
    assert store.query(f"MATCH (x:{TABLE}) RETURN count(*)").rows[0][0] > 0
    assert TABLE not in str(store.stats().as_dict())
    assert store.stats().evidence == store.query(
        "MATCH (e:Evidence) RETURN count(*)").rows[0][0]
    store.clear()
    assert store.doc_index
    assert store.query(f"MATCH (x:{TABLE}) RETURN count(*)").rows[0][0] == 1
    _assert_same(store)


def test_a_users_cypher_does_not_see_the_index_unless_it_names_it(small_store):
    store = small_store  # small_batch() written into a fresh store
    s = store.stats()
    index_rows = store.query(f"MATCH (x:{TABLE}) RETURN count(*)").rows[0][0]
    assert index_rows > 1  # the index is there, and Cypher that names it reads it
    everything = s.actors + s.documents + s.evidence
    assert store.query("MATCH (n) RETURN count(n)").rows == [[everything]]
    assert store.query("OPTIONAL MATCH (n {id: 'complete'}) RETURN n").rows == [[None]]
    labels = store.query("MATCH (n), (m:Actor {id: 'NLD'}) RETURN DISTINCT label(n) AS l "
                         "ORDER BY l").rows
    assert labels == [["Actor"], ["Document"], ["Evidence"]]
    # a write through every node leaves the index alone (marked incomplete, rebuilt later)
    store.query("MATCH (n) DETACH DELETE n", write=True)
    assert store.query("MATCH (n) RETURN count(n)").rows == [[0]]
    assert store.stats().actors == 0 and not store.doc_index
    store.write(small_batch())
    assert store.doc_index
    _assert_same(store)


def test_table_listings_leave_out_the_index_and_the_schema_marker(store):
    """``CALL show_tables()`` / ``show_indexes()`` list the data's tables, as ``MATCH (n)``
    matches the data's nodes: the same whatever form the call takes; naming the index
    still reads it."""
    from actorgraph.graph.embedded_schema import MARKER_PREFIX

    every = {r[0] for r in store._run("CALL show_tables() RETURN name")}
    internal = {t for t in every if t in INTERNAL or t.startswith(MARKER_PREFIX)}
    # the two indexes and the marker exist, or the test proves nothing
    assert set(INTERNAL) < internal and len(internal) == 3
    data = sorted(every - internal)

    def names(cypher: str) -> list[str]:
        return sorted(r[0] for r in store.query(cypher).rows)

    assert names("CALL show_tables() RETURN name") == data
    assert names("call SHOW_TABLES() return name") == data
    assert store.query("CALL show_tables() RETURN count(*)").rows == [[len(data)]]
    nodes = names("CALL show_tables() WHERE type = 'NODE' OR name STARTS WITH 'Evid' "
                  "RETURN name")
    assert nodes == ["Actor", "Document", "Evidence"]
    assert names("CALL show_tables() YIELD id, name AS t, type, `database name`, comment "
                 "RETURN t") == data
    assert names("CALL show_indexes() RETURN table_name") == ["Actor", "Document", "Evidence"]
    assert names("RETURN 'CALL show_tables()' AS x") == ["CALL show_tables()"]
    assert names(f"CALL table_info('{TABLE}') RETURN name") == ["id", "ids", "n"]
