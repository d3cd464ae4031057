"""Origin, events, weight and mentions read back the same from a real Neo4j and LadybugDB."""

from __future__ import annotations

import pytest

from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
from actorgraph.graph.records import RelationColumns
from actorgraph.graph.vocabulary import Origin

pytestmark = pytest.mark.neo4j

ACTORS = [Actor(id=i, name=f"Name {i}", kind="state") for i in ("NLD", "RUS", "UKR", "USA")]


def _events(period, events, weight, mentions, origin="icews"):
    return Evidence(doc=f"events.tab#{period}", text="story 1; story 2", date=f"{period}-01",
                    rule="cameo:173", origin=origin, events=events, weight=weight,
                    mentions=mentions)


RELATIONS = [
    Relation(source="RUS", type="THREATENS", target="UKR", provenance=[
        _events("2018-06", 3, -21.0, 9), _events("2018-07", 2, -10.5, 4, "gdelt")]),
    Relation(source="NLD", type="SUPPORTS", target="UKR",
             provenance=[Evidence(doc="d", text="steun", origin="curated")]),
    Relation(source="USA", type="OPPOSES", target="RUS", provenance=[
        Evidence(doc="r", text="sanctions", origin="document", sentence=2, start=0, end=9)]),
]


def _both(tmp_path, neo4j_store, write):
    embedded = EmbeddedStore(tmp_path / "g.lbdb")
    for store in (embedded, neo4j_store):
        write(store)
    return embedded


def test_written_relations_read_back_identically(tmp_path, neo4j_store):
    def write(store):
        store.write(GraphBatch(actors=ACTORS, relations=RELATIONS))
        # the merge path too: one more piece of event evidence on a stored relation
        store.write(GraphBatch(relations=[Relation(
            source="RUS", type="THREATENS", target="UKR",
            provenance=[_events("2018-08", 1, -7.0, 2, "polecat")])]))

    embedded = _both(tmp_path, neo4j_store, write)
    try:
        a, b = embedded.relations(), neo4j_store.relations()
        assert a == b
        threat = next(r for r in b if r.key == ("RUS", "THREATENS", "UKR"))
        assert threat.origins == [Origin.GDELT, Origin.ICEWS, Origin.POLECAT]
        assert threat.weight == -38.5
        assert [e.events for e in threat.provenance] == [3, 2, 1]
        assert [e.mentions for e in threat.provenance] == [9, 4, 2]
        query = ("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.origins CONTAINS 'icews' "
                 "RETURN a.id AS s, type(r) AS t, b.id AS o, r.origins AS origins, "
                 "r.weight AS w")
        rows = [["RUS", "THREATENS", "UKR", "gdelt,icews,polecat", -38.5]]
        assert embedded.query(query).rows == neo4j_store.query(query).rows == rows
        ev = ("MATCH (e:Evidence) WHERE e.origin IN ['curated', 'document'] "
              "RETURN e.source AS s, e.origin AS o, e.events AS n ORDER BY s")
        assert embedded.query(ev).rows == neo4j_store.query(ev).rows == [
            ["NLD", "curated", None], ["USA", "document", None]]
    finally:
        embedded.close()


def test_bulk_columns_read_back_identically(tmp_path, neo4j_store):
    def write(store):
        cols = RelationColumns()
        for rel in RELATIONS:
            cols.add_relation(rel)
        store.write_columns(cols, ACTORS)

    embedded = _both(tmp_path, neo4j_store, write)
    try:
        assert embedded.relations() == neo4j_store.relations() == sorted(
            RELATIONS, key=lambda r: r.key)
    finally:
        embedded.close()
