"""Where evidence comes from (Evidence.origin) and what a relation adds up (origins, weight)."""

import pytest

from actorgraph.errors import SchemaError, StoreUnavailable
from actorgraph.graph import embedded_schema
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
from actorgraph.graph.records import RelationColumns, evidence_rows, relation_to_row
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders.pipeline import load_paths


def actors(*ids):
    return [Actor(id=i, name=f"Name {i}", kind="state") for i in ids]


def event_evidence(period, events, weight, mentions, origin="icews"):
    return Evidence(doc=f"events.tab#{period}", text="story 1; story 2", date=f"{period}-01",
                    rule="cameo:042", origin=origin, events=events, weight=weight,
                    mentions=mentions)


def test_origin_is_closed_and_explains_a_miss():
    assert Origin.parse("GDELT") is Origin.GDELT
    assert [o.value for o in Origin] == [
        "curated", "document", "catalogue", "icews", "gdelt", "polecat"]
    with pytest.raises(SchemaError, match="unknown origin 'twitter'"):
        Origin.parse("twitter")


def test_origins_and_weight_follow_from_the_evidence():
    rel = Relation(source="RUS", type="THREATENS", target="UKR", provenance=[
        event_evidence("2018-06", 3, -21.0, 9, "icews"),
        event_evidence("2018-07", 2, -10.5, 4, "gdelt"),
        Evidence(doc="report", text="Russia threatens Ukraine", origin="document"),
    ])
    assert rel.origins == [Origin.DOCUMENT, Origin.GDELT, Origin.ICEWS]
    assert rel.weight == -31.5
    row = relation_to_row(rel)
    assert row["origins"] == "document,gdelt,icews" and row["weight"] == -31.5
    ev = evidence_rows(rel)[0]
    assert (ev["origin"], ev["events"], ev["weight"], ev["mentions"]) == ("icews", 3, -21.0, 9)


def test_a_relation_without_weighted_evidence_weighs_nothing():
    rel = Relation(source="NLD", type="SUPPORTS", target="UKR",
                   provenance=[Evidence(doc="d", origin="curated")])
    assert (rel.origins, rel.weight) == ([Origin.CURATED], 0.0)
    assert Relation(source="NLD", type="SUPPORTS", target="UKR").origins == []


def test_merging_adds_the_new_origin_and_weight_once():
    a = Relation(source="RUS", type="THREATENS", target="UKR",
                 provenance=[event_evidence("2018-06", 3, -21.0, 9)])
    b = Relation(source="RUS", type="THREATENS", target="UKR",
                 provenance=[Evidence(doc="d", text="x", origin="curated")])
    merged = a.merged(b)
    assert merged.origins == [Origin.CURATED, Origin.ICEWS]
    assert merged.weight == -21.0
    assert merged.merged(b) == merged


@pytest.mark.parametrize("second_write", [False, True])
def test_the_embedded_store_keeps_origin_events_weight_and_mentions(store, second_write):
    store.write(GraphBatch(actors=actors("RUS", "UKR", "NLD")))
    if second_write:  # a table that is not empty takes the UNWIND path, not COPY
        store.write(GraphBatch(relations=[
            Relation(source="NLD", type="THREATENS", target="UKR",
                     provenance=[Evidence(doc="d", origin="curated")])]))
    rel = Relation(source="RUS", type="THREATENS", target="UKR", provenance=[
        event_evidence("2018-06", 3, -21.0, 9), event_evidence("2018-07", 2, -10.5, 4)])
    store.write(GraphBatch(relations=[rel]))
    back = store.relations([rel.key])[0]
    assert back == rel
    assert back.provenance[1].events == 2 and back.provenance[1].origin is Origin.ICEWS
    rows = store.query(
        "MATCH (a)-[r:THREATENS]->(b) WHERE r.origins CONTAINS 'icews' "
        "RETURN a.id, b.id, r.origins, r.weight"
    ).rows
    assert rows == [["RUS", "UKR", "icews", -31.5]]
    ev = store.query("MATCH (e:Evidence {source: 'RUS'}) RETURN e.origin, e.events, e.weight, "
                     "e.mentions ORDER BY e.seq").rows
    assert ev == [["icews", 3, -21.0, 9], ["icews", 2, -10.5, 4]]


def test_the_bulk_columns_keep_them_too(store):
    cols = RelationColumns()
    cols.add_relation(Relation(source="RUS", type="OPPOSES", target="UKR",
                               provenance=[event_evidence("2018-06", 5, -25.0, 11, "gdelt")]))
    store.write_columns(cols, actors("RUS", "UKR"))
    (back,) = store.relations()
    assert back.origins == [Origin.GDELT] and back.weight == -25.0
    assert back.provenance[0].mentions == 11


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_every_existing_loader_sets_the_origin(tmp_path, store):
    actors_yaml = _write(tmp_path / "actors.yaml", """\
actors:
  - {id: NLD, name: Netherlands, kind: state}
  - {id: UKR, name: Ukraine, kind: state}
  - {id: RUS, name: Russia, kind: state}
relations:
  - {source: NLD, type: SUPPORTS, target: UKR, evidence: steun, date: 2024-01-01}
""")
    rel_csv = _write(tmp_path / "rels.csv", "source,type,target,evidence\n"
                     "RUS,THREATENS,UKR,threat\n")
    rel_jsonl = _write(tmp_path / "rels.jsonl",
                       '{"source": "RUS", "type": "OPPOSES", "target": "NLD"}\n')
    doc = _write(tmp_path / "report.md", "---\ntitle: Report\ndate: 2024-02-01\n---\n\n"
                 "The Netherlands supports Ukraine with F-16 fighter jets.\n")
    load_paths(store, [actors_yaml, rel_csv, rel_jsonl, doc])
    by_key = {r.key: r for r in store.relations()}
    assert by_key[("RUS", "THREATENS", "UKR")].origins == [Origin.CURATED]
    assert by_key[("RUS", "OPPOSES", "NLD")].origins == [Origin.CURATED]
    nld_ukr = by_key[("NLD", "SUPPORTS", "UKR")]
    assert {e.origin for e in nld_ukr.provenance} == {Origin.CURATED, Origin.DOCUMENT}
    assert nld_ukr.origins == [Origin.CURATED, Origin.DOCUMENT]


def test_the_fast_csv_path_sets_the_curated_origin(tmp_path, store, monkeypatch):
    from actorgraph.loaders import csv_fast

    n = 600
    lines = ["source,type,target,date,evidence"]
    lines += [f"A{i},SUPPORTS,B{i},2024-01-01,evidence {i:08d}" for i in range(n)]
    path = _write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    # the Arrow reader takes files above MIN_BYTES: lowered, so a small file takes it
    monkeypatch.setattr(csv_fast, "MIN_BYTES", path.stat().st_size // 2)
    taken = []
    real = csv_fast.read_relations_csv_arrow
    monkeypatch.setattr(csv_fast, "read_relations_csv_arrow",
                        lambda *a, **k: taken.append(1) or real(*a, **k))
    store.write(GraphBatch(actors=[a for i in range(n) for a in
                                   actors(f"A{i}", f"B{i}")]))
    load_paths(store, [path])
    assert taken, "the fast path was not taken"
    rows = store.query("MATCH ()-[r:SUPPORTS]->() RETURN r.origins, count(*)").rows
    assert rows == [["curated", n]]
    ev = store.query("MATCH (e:Evidence) RETURN e.origin, count(*)").rows
    assert ev == [["curated", n]]


def test_the_catalogue_sets_its_origin():
    from actorgraph.loaders.reference import build

    rels = build.build().relations
    assert len(rels) > 100
    assert all(r.origins == [Origin.CATALOGUE] for r in rels)


def test_a_graph_without_origins_is_refused_read_only_and_upgraded_for_writing(tmp_path):
    """(store: graphs of an older schema are upgraded in place, see test_store_schema.py)"""
    import ladybug

    path = tmp_path / "old.lbdb"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Actor(id STRING, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Evidence(_row SERIAL, id STRING, doc STRING, "
                 "PRIMARY KEY(_row))")
    conn.execute("CREATE REL TABLE SUPPORTS(FROM Actor TO Actor, count INT64)")
    conn.close()
    db.close()
    with pytest.raises(StoreUnavailable, match="built by an older actorgraph") as err:
        EmbeddedStore(path, read_only=True)
    assert "actorgraph upgrade" in err.value.hint
    with EmbeddedStore(path) as store:
        assert {"origin", "events", "weight", "mentions"} <= store._columns_of("Evidence")
        assert {"origins", "weight"} <= store._columns_of("SUPPORTS")


def test_a_graph_with_origins_as_a_list_is_refused_read_only_and_converted_for_writing(
        tmp_path):
    """Graphs built before origins became one text (a STRING[] column made commits slow)."""
    import ladybug

    path = tmp_path / "list.lbdb"
    with EmbeddedStore(path) as store:
        store.write(GraphBatch(actors=actors("RUS", "UKR", "NLD")))
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for (table,) in conn.execute("CALL show_tables() RETURN name").get_all():
        if table.startswith(embedded_schema.MARKER_PREFIX):  # an older graph has none
            conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE THREATENS DROP origins")
    conn.execute("ALTER TABLE THREATENS ADD origins STRING[]")
    conn.execute("MATCH (a:Actor {id: 'RUS'}), (b:Actor {id: 'UKR'}) CREATE (a)-[:THREATENS "
                 "{count: 1, origins: ['gdelt', 'icews'], weight: -2.0}]->(b)")
    conn.execute("MATCH (a:Actor {id: 'RUS'}), (b:Actor {id: 'NLD'}) CREATE (a)-[:THREATENS "
                 "{count: 1, weight: -1.0}]->(b)")
    conn.close()
    db.close()
    with pytest.raises(StoreUnavailable, match="THREATENS.origins as STRING") as err:
        EmbeddedStore(path, read_only=True)
    assert "actorgraph upgrade" in err.value.hint
    with EmbeddedStore(path) as store:
        assert store._column_types("THREATENS")["origins"] == "STRING"
        assert "_old" not in store._columns_of("THREATENS")
        rows = store.query("MATCH (a)-[r:THREATENS]->(b) WHERE r.origins CONTAINS 'icews' "
                           "RETURN a.id, b.id, r.origins").rows
        assert rows == [["RUS", "UKR", "gdelt,icews"]]
        by_key = {r.key: r for r in store.relations()}
        assert by_key[("RUS", "THREATENS", "UKR")].origins == [Origin.GDELT, Origin.ICEWS]
        assert by_key[("RUS", "THREATENS", "NLD")].origins == []
    with EmbeddedStore(path, read_only=True) as store:
        assert store.stats().as_dict()["relations"] == 2
