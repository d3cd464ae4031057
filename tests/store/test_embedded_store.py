import pytest

from actorgraph.errors import LoaderError, QueryError, StoreUnavailable
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Mention, Relation
from actorgraph.graph.records import RelationColumns


def actors(*ids):
    return [Actor(id=i, name=f"Name {i}", kind="state") for i in ids]


def rel(s, t, typ="SUPPORTS", doc="d1", text="evidence", date="2024-01-01"):
    return Relation(source=s, type=typ, target=t,
                    provenance=[Evidence(doc=doc, text=text, date=date)])


def snapshot(store):
    return (store.actors(), store.relations(), store.documents(), store.mentions())


def test_write_twice_changes_nothing(store):
    batch = GraphBatch(
        actors=actors("NLD", "UKR", "RUS"),
        relations=[rel("NLD", "UKR"), rel("RUS", "UKR", "THREATENS")],
        documents=[Document(id="d1", title="t", date="2024-01-01")],
        mentions=[Mention(doc="d1", actor="NLD"), Mention(doc="d1", actor="UKR")],
    )
    first = store.write(batch)
    assert (first.actors_added, first.relations_added, first.documents_added) == (3, 2, 1)
    before = snapshot(store)
    second = store.write(batch)
    assert second.relations_added == second.relations_updated == second.actors_added == 0
    assert snapshot(store) == before
    assert store.stats().mentions == 2


def test_new_evidence_merges_into_existing_relation(store):
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel("NLD", "UKR")]))
    s = store.write(GraphBatch(relations=[rel("NLD", "UKR", doc="d2", date="2024-06-01")]))
    assert (s.relations_added, s.relations_updated) == (0, 1)
    [r] = store.relations()
    assert r.count == 2 and r.last_seen == "2024-06-01"
    assert {e.doc for e in r.provenance} == {"d1", "d2"}


def test_unknown_actor_is_refused_and_nothing_written(store):
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel("NLD", "UKR")]))
    before = snapshot(store)
    with pytest.raises(LoaderError, match="unknown actor 'XXX'"):
        store.write(GraphBatch(actors=actors("POL"), relations=[rel("POL", "XXX")]))
    assert snapshot(store) == before


def test_failed_write_rolls_back(store, monkeypatch):
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel("NLD", "UKR")]))
    before = snapshot(store)

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_write_mentions", boom)
    with pytest.raises(RuntimeError):
        store.write(GraphBatch(actors=actors("POL"), relations=[rel("POL", "UKR")],
                               documents=[Document(id="x")],
                               mentions=[Mention(doc="x", actor="POL")]))
    assert snapshot(store) == before


def test_bulk_columns_copy_then_merge(store):
    cols = RelationColumns()
    for s in ("A", "B", "C"):
        cols.add_relation(rel(s, "UKR"))
    out = store.write_columns(cols, actors("A", "B", "C", "UKR"))
    assert out.relations_added == 3
    assert store.stats().evidence == 3
    again = store.write_columns(cols)
    assert (again.relations_added, again.relations_updated) == (0, 0)
    assert store.stats().evidence == 3
    more = RelationColumns()
    more.add_relation(rel("A", "UKR", doc="d9"))
    out = store.write_columns(more)
    assert out.relations_updated == 1
    got = store.relations([("A", "SUPPORTS", "UKR")])[0]
    assert got.count == 2 and [e.doc for e in got.provenance] == ["d1", "d9"]
    rows = store.query(
        "MATCH (e:Evidence {source: 'A', type: 'SUPPORTS', target: 'UKR'}) "
        "RETURN e.id, e.seq, e.doc ORDER BY e.seq").rows
    assert rows == [["A|SUPPORTS|UKR|0", 0, "d1"], ["A|SUPPORTS|UKR|1", 1, "d9"]]


def test_evidence_is_stored_once_per_piece_and_read_back_whole(store):
    ev = Evidence(doc="d1", text="steun aan Oekraïne", date="2024-04-04", sentence=3,
                  start=10, end=28, rule="nl.steunt", confidence=0.8, source="f.csv:2")
    r = Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[ev])
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[r]))
    assert store.relations() == [r]
    [[node]] = store.query("MATCH (e:Evidence) RETURN e").rows
    assert node == {"_labels": ["Evidence"], "id": "NLD|SUPPORTS|UKR|0", "source": "NLD",
                    "type": "SUPPORTS", "target": "UKR", "seq": 0, "doc": "d1",
                    "text": "steun aan Oekraïne", "date": "2024-04-04", "sentence": 3,
                    "char_start": 10, "char_end": 28, "rule": "nl.steunt",
                    "confidence": 0.8, "location": "f.csv:2"}
    # The relationship itself stays lean: the evidence is not copied onto it.
    [[props]] = store.query("MATCH ()-[r:SUPPORTS]->() RETURN r").rows
    assert "provenance" not in props and "docs" not in props


def test_stray_evidence_of_a_deleted_relation_does_not_block_it(store):
    two = rel("NLD", "UKR").merged(rel("NLD", "UKR", doc="d0"))
    store.write(GraphBatch(actors=actors("NLD", "UKR", "POL"),
                           relations=[two, rel("POL", "UKR")]))
    store.query("MATCH (:Actor {id: 'NLD'})-[r:SUPPORTS]->() DELETE r", write=True)
    assert store.stats().evidence == 3  # the stray pieces stay until the relation returns
    store.write(GraphBatch(relations=[rel("NLD", "UKR", doc="d2")]))
    got = store.relations([("NLD", "SUPPORTS", "UKR")])[0]
    assert [e.doc for e in got.provenance] == ["d2"]
    store.write(GraphBatch(relations=[rel("NLD", "UKR", doc="d3")]))
    got = store.relations([("NLD", "SUPPORTS", "UKR")])[0]
    assert [e.doc for e in got.provenance] == ["d2", "d3"]
    assert [r.provenance for r in store.relations() if r.source == "NLD"] == [got.provenance]
    assert store.stats().evidence == 3


def test_queries_are_read_only_unless_asked(store):
    with pytest.raises(QueryError, match="read-only by default"):
        store.query("CREATE (:Actor {id: 'X', name: 'x', kind: 'state'})")
    store.query("CREATE (:Actor {id: 'X', name: 'x', kind: 'state', bloc: 'other'})",
                write=True)
    assert store.actor_ids() == {"X"}


def test_bad_cypher_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("MATCH (a:Nope) RETURN a")


def test_nodes_come_back_as_plain_dicts(store):
    store.write(GraphBatch(actors=actors("NLD")))
    [[node]] = store.query("MATCH (a:Actor) RETURN a").rows
    assert node["id"] == "NLD" and node["_labels"] == ["Actor"]


def test_read_only_store_needs_an_existing_graph(tmp_path):
    with pytest.raises(StoreUnavailable, match="no graph at"):
        EmbeddedStore(tmp_path / "missing.lbdb", read_only=True)


def test_stats(store):
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel("NLD", "UKR")]))
    s = store.stats()
    assert (s.actors, s.relations, s.relations_per_type) == (2, 1, {"SUPPORTS": 1})
    assert s.actors_per_bloc == {"other": 2}


def test_an_actor_edited_into_nonsense_is_named(store):
    from actorgraph.errors import SchemaError

    store.write(GraphBatch(actors=actors("NLD")))
    with pytest.raises(SchemaError, match="actor NLD with kind 'banana'.*nothing was changed"):
        store.query("MATCH (a:Actor {id: 'NLD'}) SET a.kind = 'banana'", write=True)
    assert store.actors()[0].kind == "state"
    # an edit made outside actorgraph is named when read
    store._conn.execute("MATCH (a:Actor {id: 'NLD'}) SET a.kind = 'banana'")
    with pytest.raises(SchemaError, match="actor 'NLD' in the store has an invalid kind"):
        store.actors()


def test_failed_evidence_copy_undoes_the_relation_copy(store):
    import pyarrow as pa

    store.write(GraphBatch(actors=actors("A", "B", "UKR")))
    cols = RelationColumns()
    for s in ("A", "B"):
        cols.add_relation(rel(s, "UKR"))
    ev = pa.Table.from_pylist(cols.evidence("SUPPORTS"))
    # a value the Evidence table cannot hold: the second COPY fails after the first
    bad = ev.set_column(ev.column_names.index("seq"), "seq", pa.array(["x", "y"]))
    cols.set_arrow("SUPPORTS", pa.Table.from_pylist(cols.rows("SUPPORTS")).drop(["type"]), bad)
    with pytest.raises(RuntimeError):
        store.write_columns(cols)
    assert store.stats().relations == 0 and store.stats().evidence == 0
    assert store.write_columns(RelationColumns()).relations_added == 0


def test_a_graph_of_the_earlier_layout_is_refused_with_the_fix(tmp_path):
    import ladybug

    path = tmp_path / "old.lbdb"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Actor(id STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE SUPPORTS(FROM Actor TO Actor, provenance STRING)")
    conn.close()
    db.close()
    with pytest.raises(StoreUnavailable, match="earlier actorgraph") as err:
        EmbeddedStore(path)
    assert "load your files again" in err.value.hint


def test_several_statements_in_one_query_are_refused_and_change_nothing(store):
    store.write(GraphBatch(actors=actors("NLD")))
    with pytest.raises(QueryError, match="one statement at a time"):
        store.query("CREATE (:Actor {id: 'X1', name: 'x', kind: 'state', bloc: 'other'}); "
                    "CREATE (:Actor {id: 'X2', name: 'y', kind: 'state', bloc: 'other'})",
                    write=True)
    with pytest.raises(QueryError):
        store.query("CREATE (:Actor {id: 'X1', name: 'x', kind: 'state', bloc: 'other'}); "
                    "MATCH (n:Nope) RETURN n", write=True)
    assert store.actor_ids() == {"NLD"}


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf")])
def test_a_bad_timeout_is_refused_in_one_line(store, bad):
    store.query_timeout = bad
    with pytest.raises(QueryError, match="a query timeout must be a positive number"):
        store.query("RETURN 1")


def test_a_mention_of_a_missing_document_is_refused_not_dropped(store):
    store.write(GraphBatch(actors=actors("NLD")))
    with pytest.raises(LoaderError, match="a mention names unknown document 'nowhere'"):
        store.write(GraphBatch(mentions=[Mention(doc="nowhere", actor="NLD")]))
    assert store.mentions() == []


def test_every_library_write_outside_atomic_is_guarded_like_a_load(tmp_path, monkeypatch):
    """write, write_columns, clear and query(write=True) called directly (a notebook)
    take the load lock and the copy of the file, as a load does: a kill while one runs
    leaves the graph as it was before it (the kill tests exercise the guard itself)."""
    from actorgraph.graph import embedded_recovery

    path = tmp_path / "g.lbdb"
    store = EmbeddedStore(path)
    copy = embedded_recovery.before_load_path(path)
    guarded: list[str] = []
    real = embedded_recovery.LoadGuard

    class Recording(real):
        def __init__(self, p):
            super().__init__(p)
            guarded.append("guard")

    monkeypatch.setattr(embedded_recovery, "LoadGuard", Recording)
    during: list[tuple[bool, bool]] = []

    def progress(_n: int) -> None:  # called inside the write's transaction
        during.append((copy.exists(), embedded_recovery.load_running(path)))

    nl = [Actor(id="NLD", name="NL", kind="state"), Actor(id="UKR", name="UA", kind="state")]
    store.write(GraphBatch(actors=nl, relations=[Relation(source="NLD", type="SUPPORTS",
                                                          target="UKR")]), progress=progress)
    cols = RelationColumns()
    cols.add({"s": "UKR", "t": "NLD", "type": "SUPPORTS", "confidence": 1.0, "count": 0})
    store.write_columns(cols, progress=progress)
    store.query("MATCH (a:Actor {id: 'NLD'}) SET a.name = 'Nederland'", write=True)
    store.clear()
    assert guarded == ["guard"] * 4
    assert during == [(True, True), (True, True)]
    assert not copy.exists()  # dropped once each write was committed and checkpointed
    store.query("MATCH (a:Actor) RETURN count(a)")  # reads take no guard
    assert guarded == ["guard"] * 4
    store.close()


def _evidence_copies(store, monkeypatch):
    """Count the ``COPY Evidence`` statements the store runs from now on."""
    copies = []
    real = store._with_table

    def spy(cypher, table, **kw):
        if cypher.startswith("COPY Evidence FROM"):
            copies.append(table.num_rows)
        return real(cypher, table, **kw)

    monkeypatch.setattr(store, "_with_table", spy)
    return copies


def test_a_write_copies_the_evidence_of_all_its_types_at_once(store, monkeypatch):
    """LadybugDB keeps node groups of its own per COPY in memory: one COPY per write,
    not one per relation type (docs/benchmarks.md, "Memory of the store's write")."""
    copies = _evidence_copies(store, monkeypatch)
    cols = RelationColumns()
    for typ in ("SUPPORTS", "OPPOSES", "THREATENS"):
        cols.add_relation(rel("A", "UKR", typ=typ, text=f"{typ} evidence"))
    store.write_columns(cols, actors("A", "UKR"))
    store.write(GraphBatch(relations=[rel("UKR", "A", typ=t) for t in ("SUPPORTS", "OPPOSES")]))
    assert copies == [3, 2]
    got = {(r.source, r.type.value, r.target): [e.text for e in r.provenance]
           for r in store.relations()}
    assert got[("A", "OPPOSES", "UKR")] == ["OPPOSES evidence"]
    assert len(got) == 5 and store.stats().evidence == 5
    rows = store.query("MATCH (e:Evidence {doc: 'd1'}) RETURN count(*)").rows
    assert rows == [[5]]


def test_a_failed_write_leaves_no_evidence_behind_for_the_next(store, monkeypatch):
    cols = RelationColumns()
    for typ in ("OPPOSES", "SUPPORTS"):
        cols.add_relation(rel("A", "UKR", typ=typ))
    store.write(GraphBatch(actors=actors("A", "B", "UKR")))
    real = store._delete_evidence_under

    def second_type_fails(rtype, keys):
        if rtype == "SUPPORTS":  # after OPPOSES's evidence was kept for the one COPY
            raise RuntimeError("disk full")
        return real(rtype, keys)

    monkeypatch.setattr(store, "_delete_evidence_under", second_type_fails)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_columns(cols)
    monkeypatch.setattr(store, "_delete_evidence_under", real)
    store.write(GraphBatch(relations=[rel("B", "UKR")]))
    assert [(r.source, r.type.value) for r in store.relations()] == [("B", "SUPPORTS")]
    assert store.stats().evidence == 1


def test_new_relations_are_copied_only_inside_the_writes_one_evidence_copy(store):
    """Evidence kept for the write's one ``COPY`` outside that block would never be stored."""
    import pyarrow as pa

    empty = pa.table({"s": pa.array([], pa.string())})
    with pytest.raises(RuntimeError, match="outside _one_evidence_copy"):
        store._copy_new("SUPPORTS", empty, empty)
    store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel("NLD", "UKR")]))
    assert store._evidence_pending is None
    assert len(store.relations()) == 1
