"""The real ICEWS sample loaded into a real Neo4j and into LadybugDB: the same relations,
with the counts worked out by hand (see tests/e2e/test_events_icews.py)."""

from pathlib import Path

import pytest

from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders.events import EventOptions
from actorgraph.loaders.pipeline import load_paths

pytestmark = pytest.mark.neo4j
pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"


def test_the_icews_sample_gives_the_same_relations_in_both_stores(tmp_path, neo4j_store):
    embedded = EmbeddedStore(tmp_path / "g.lbdb")
    try:
        for store in (embedded, neo4j_store):
            report = load_paths(store, [SAMPLE], events=EventOptions(period="day"))
            assert report.events.events_read == 400
        assert embedded.stats().as_dict() == neo4j_store.stats().as_dict()
        assert embedded.relations() == neo4j_store.relations()
        (rel,) = neo4j_store.relations([("PRK", "PARTNERS_WITH", "USA")])
        assert rel.origins == [Origin.ICEWS]
        consult = sorted((e.doc, e.events, round(e.weight, 6)) for e in rel.provenance
                         if e.rule == "icews:04 consult")
        assert consult == [("icews:2018-06-01", 14, 52.7), ("icews:2018-06-02", 8, 13.4)]
        assert (rel.first_seen, rel.last_seen) == ("2018-06-01", "2018-06-02")
        query = ("MATCH (a:Actor)-[r:THREATENS]->(b:Actor) WHERE r.origins CONTAINS 'icews' "
                 "RETURN a.id AS s, b.id AS t, r.weight AS w ORDER BY s, t")
        assert embedded.query(query).rows == neo4j_store.query(query).rows
        assert ["ARE", "YEM", -10.0] in neo4j_store.query(query).rows
        before = neo4j_store.stats().as_dict()
        again = load_paths(neo4j_store, [SAMPLE], events=EventOptions(period="day"))
        assert again.summary.relations_added == again.summary.relations_updated == 0
        assert neo4j_store.stats().as_dict() == before
    finally:
        embedded.close()


def test_a_later_load_of_a_period_replaces_its_evidence_in_neo4j(tmp_path, neo4j_store):
    # the sample split into its two days (see tests/e2e/test_events_icews.py): loading
    # 2 June's file after 1 June's, both monthly, replaces the month's consultations
    head, *lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    files = []
    for day in ("2018-06-01", "2018-06-02"):
        path = tmp_path / f"icews-{day}.tab"
        path.write_text("\n".join([head] + [x for x in lines if x.split("\t")[1] == day])
                        + "\n", encoding="utf-8")
        files.append(path)
    for path, want in zip(files, [(14, 52.7, "2018-06-01"), (8, 13.4, "2018-06-02")]):
        load_paths(neo4j_store, [path])
        (rel,) = neo4j_store.relations([("PRK", "PARTNERS_WITH", "USA")])
        consult = [(e.events, round(e.weight, 6), e.last_date) for e in rel.provenance
                   if e.rule == "icews:04 consult"]
        assert consult == [want]
    assert rel.last_seen == "2018-06-02"
