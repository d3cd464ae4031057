"""The Neo4j store against a real Neo4j 5.26 server (scripts/neo4j-local.sh)."""

from __future__ import annotations

import json

import pytest

from actorgraph.errors import (
    ConstraintViolation,
    LoaderError,
    QueryError,
    SchemaError,
    StoreUnavailable,
)
from actorgraph.graph import neo4j_cypher as cy
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Mention, Relation
from actorgraph.graph.neo4j_store import Neo4jStore, connection_settings, rel_type
from actorgraph.graph.records import (
    EVIDENCE_PROPS,
    RelationColumns,
    evidence_rows,
    relation_to_row,
)
from actorgraph.graph.store import GraphStore, open_store

pytestmark = pytest.mark.neo4j


def actors() -> list[Actor]:
    return [
        Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally",
              aliases={"nl": ["Nederland"]}),
        Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine"),
        Actor(id="RUS", name="Russia", kind="state", bloc="russia_and_supporters"),
        Actor(id="IRN", name="Iran", kind="state", bloc="russia_and_supporters"),
        Actor(id="NATO", name="NATO", kind="organisation", bloc="nato_ally"),
        Actor(id="jens-stoltenberg", name="Jens Stoltenberg", kind="person", start="1959-03-16"),
    ]


def ev(doc: str, text: str, date: str, **kw) -> Evidence:
    return Evidence(doc=doc, text=text, date=date, **kw)


def batch() -> GraphBatch:
    return GraphBatch(
        actors=actors(),
        relations=[
            Relation(source="NLD", type="SUPPORTS", target="UKR",
                     provenance=[ev("doc1", "Nederland steunt Oekraïne", "2024-04-04",
                                    sentence=3, start=10, end=35, confidence=0.9)]),
            Relation(source="RUS", type="THREATENS", target="UKR",
                     provenance=[ev("doc1", "Russische agressie", "2024-04-04")]),
            Relation(source="IRN", type="SUPPORTS", target="RUS",
                     provenance=[ev("doc1", "steun van Iran aan Rusland", "2024-04-04")]),
            Relation(source="NLD", type="MEMBER_OF", target="NATO", valid_from="1949-04-04"),
            # given in reverse order: PARTNERS_WITH is symmetric and stored sorted
            Relation(source="UKR", type="PARTNERS_WITH", target="NATO"),
            Relation(source="jens-stoltenberg", type="REPRESENTS", target="NATO",
                     role="secretary general", valid_from="2014-10-01"),
        ],
        documents=[Document(id="doc1", title="Kamerbrief", date="2024-04-04", language="nl")],
        mentions=[Mention(doc="doc1", actor=a, count=2) for a in ("NLD", "UKR", "RUS", "IRN")],
    )


def test_is_a_graph_store(neo4j_store):
    assert isinstance(neo4j_store, GraphStore)
    assert neo4j_store.kind == "neo4j"
    assert "password" not in neo4j_store.location


def test_load_creates_labelled_actors_relations_and_mentions(neo4j_store):
    summary = neo4j_store.write(batch())
    assert (summary.actors_added, summary.relations_added, summary.documents_added) == (6, 6, 1)
    assert summary.mentions == 4
    stats = neo4j_store.stats()
    assert stats.actors == 6 and stats.relations == 6
    assert stats.documents == 1 and stats.mentions == 4
    assert stats.evidence == 3  # one piece for each of the three relations read in doc1
    assert stats.actors_per_kind == {"state": 4, "organisation": 1, "person": 1}
    assert stats.actors_per_bloc == {"nato_ally": 2, "ukraine": 1, "russia_and_supporters": 2,
                                     "other": 1}
    assert stats.relations_per_type == {"SUPPORTS": 2, "THREATENS": 1, "MEMBER_OF": 1,
                                        "PARTNERS_WITH": 1, "REPRESENTS": 1}
    labels = neo4j_store.query(
        "MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels ORDER BY id"
    ).records()
    assert {r["id"]: sorted(r["labels"]) for r in labels} == {
        "IRN": ["Actor", "BlocRussiaAndSupporters", "State"],
        "NATO": ["Actor", "BlocNatoAlly", "Organisation"],
        "NLD": ["Actor", "BlocNatoAlly", "State"],
        "RUS": ["Actor", "BlocRussiaAndSupporters", "State"],
        "UKR": ["Actor", "BlocUkraine", "State"],
        "jens-stoltenberg": ["Actor", "BlocOther", "Person"],
    }
    mentioned = neo4j_store.query(
        "MATCH (d:Document {id: 'doc1'})-[m:MENTIONS]->(a:Actor) "
        "RETURN a.id AS a, m.count AS n ORDER BY a"
    ).rows
    assert mentioned == [["IRN", 2], ["NLD", 2], ["RUS", 2], ["UKR", 2]]
    assert neo4j_store.actors() == sorted(actors(), key=lambda a: a.id)
    assert neo4j_store.documents() == batch().documents
    assert neo4j_store.actor_ids() == {a.id for a in actors()}


def test_reload_adds_no_duplicates(neo4j_store):
    neo4j_store.write(batch())
    before = neo4j_store.relations()
    again = neo4j_store.write(batch())
    assert (again.actors_added, again.relations_added, again.documents_added) == (0, 0, 0)
    assert (again.actors_updated, again.relations_updated, again.mentions) == (0, 0, 0)
    assert neo4j_store.relations() == before
    stats = neo4j_store.stats()
    assert (stats.actors, stats.relations, stats.documents, stats.mentions) == (6, 6, 1, 4)
    assert stats.evidence == 3
    counts = neo4j_store.query(
        "MATCH (a)-[r]->(b) RETURN a.id + '-' + type(r) + '-' + b.id AS k, count(*) AS n"
    ).rows
    assert all(n == 1 for _, n in counts), counts
    ids = neo4j_store.query("MATCH (e:Evidence) RETURN e.id ORDER BY e.id").rows
    assert ids == [["IRN|SUPPORTS|RUS|0"], ["NLD|SUPPORTS|UKR|0"], ["RUS|THREATENS|UKR|0"]]


def test_symmetric_relation_read_either_way_is_one(neo4j_store):
    neo4j_store.write(batch())
    neo4j_store.write(GraphBatch(relations=[
        Relation(source="NATO", type="PARTNERS_WITH", target="UKR",
                 provenance=[ev("doc2", "partners", "2023-07-11")]),
    ]))
    rels = neo4j_store.relations([("UKR", "PARTNERS_WITH", "NATO")])
    assert [r.key for r in rels] == [("NATO", "PARTNERS_WITH", "UKR")]
    assert rels[0].count == 1 and rels[0].first_seen == "2023-07-11"


def test_provenance_is_merged_and_kept(neo4j_store):
    neo4j_store.write(batch())
    later = Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
        ev("doc2", "Nederland levert F-16's aan Oekraïne", "2024-08-01", confidence=0.7),
        # the same evidence again adds nothing
        ev("doc1", "Nederland steunt Oekraïne", "2024-04-04", sentence=3, start=10, end=35,
           confidence=0.9),
    ])
    summary = neo4j_store.write(GraphBatch(relations=[later]))
    assert (summary.relations_added, summary.relations_updated) == (0, 1)
    [got] = neo4j_store.relations([("NLD", "SUPPORTS", "UKR")])
    expected = batch().relations[0].merged(later)
    assert got == expected
    assert got.count == 2
    assert (got.first_seen, got.last_seen) == ("2024-04-04", "2024-08-01")
    assert [e.doc for e in got.provenance] == ["doc1", "doc2"]
    assert got.provenance[0].start == 10 and got.provenance[0].sentence == 3
    row = neo4j_store.query(
        "MATCH (:Actor {id: 'NLD'})-[r:SUPPORTS]->(:Actor {id: 'UKR'}) "
        "RETURN r.confidence AS c, r.count AS n, keys(r) AS keys"
    ).records()[0]
    assert (row["c"], row["n"]) == (0.9, 2)
    assert "docs" not in row["keys"] and "provenance" not in row["keys"]
    # the new piece is appended as an Evidence node with the next seq; the first is kept
    pieces = neo4j_store.query(
        "MATCH (e:Evidence {source: 'NLD', type: 'SUPPORTS', target: 'UKR'}) "
        "RETURN e.id AS id, e.seq AS seq, e.doc AS doc, e.text AS text, "
        "e.confidence AS c ORDER BY e.seq"
    ).rows
    assert pieces == [
        ["NLD|SUPPORTS|UKR|0", 0, "doc1", "Nederland steunt Oekraïne", 0.9],
        ["NLD|SUPPORTS|UKR|1", 1, "doc2", "Nederland levert F-16's aan Oekraïne", 0.7],
    ]
    assert neo4j_store.stats().evidence == 4
    # a write whose evidence is all known changes nothing
    assert neo4j_store.write(GraphBatch(relations=[later])).relations_updated == 0
    assert neo4j_store.stats().evidence == 4


def test_evidence_nodes_have_the_key_place_and_fields_and_no_relationships(neo4j_store):
    neo4j_store.write(batch())
    [[node]] = neo4j_store.query(
        "MATCH (e:Evidence {id: 'NLD|SUPPORTS|UKR|0'}) RETURN e"
    ).rows
    # None fields (rule, location) are absent, as in every other node
    assert node == {
        "_labels": ["Evidence"], "id": "NLD|SUPPORTS|UKR|0", "source": "NLD",
        "type": "SUPPORTS", "target": "UKR", "seq": 0, "doc": "doc1",
        "text": "Nederland steunt Oekraïne", "date": "2024-04-04", "sentence": 3,
        "char_start": 10, "char_end": 35, "confidence": 0.9,
    }
    [[labels]] = neo4j_store.query(
        "MATCH (e:Evidence) RETURN collect(DISTINCT labels(e))"
    ).rows
    assert labels == [["Evidence"]]
    props = neo4j_store.query("MATCH (e:Evidence) UNWIND keys(e) AS k RETURN DISTINCT k").rows
    assert {k for [k] in props} <= set(EVIDENCE_PROPS)
    assert neo4j_store.query("MATCH (e:Evidence)--() RETURN count(*)").rows == [[0]]
    # found by document through its index
    by_doc = neo4j_store.query(
        "MATCH (e:Evidence {doc: 'doc1'}) RETURN e.source, e.type, e.target "
        "ORDER BY e.source, e.type"
    ).rows
    assert by_doc == [["IRN", "SUPPORTS", "RUS"], ["NLD", "SUPPORTS", "UKR"],
                      ["RUS", "THREATENS", "UKR"]]


def test_corrected_evidence_replaces_its_node(neo4j_store):
    neo4j_store.write(batch())
    corrected = Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
        ev("doc1", "Nederland steunt Oekraïne", "2024-04-05", sentence=3, start=10, end=35,
           confidence=0.6, source="p. 2"),
    ])
    summary = neo4j_store.write(GraphBatch(relations=[corrected]))
    assert (summary.relations_added, summary.relations_updated) == (0, 1)
    rows = neo4j_store.query(
        "MATCH (e:Evidence {source: 'NLD', type: 'SUPPORTS', target: 'UKR'}) "
        "RETURN e.id, e.date, e.confidence, e.location"
    ).rows
    assert rows == [["NLD|SUPPORTS|UKR|0", "2024-04-05", 0.6, "p. 2"]]
    [got] = neo4j_store.relations([("NLD", "SUPPORTS", "UKR")])
    assert got.confidence == 0.6 and got.provenance == corrected.provenance


@pytest.mark.parametrize("path", ["merge", "bulk"])
def test_stray_evidence_of_a_deleted_relation_does_not_block_recreating_it(neo4j_store, path):
    """A relationship deleted with Cypher leaves its Evidence nodes behind; writing the
    relation again replaces them (unique ids), and pieces it no longer has are gone."""
    neo4j_store.write(batch())
    two = Relation(source="RUS", type="THREATENS", target="UKR",
                   provenance=[ev("doc2", "raketaanvallen", "2024-05-01")])
    neo4j_store.write(GraphBatch(relations=[two]))
    assert neo4j_store.stats().evidence == 4  # RUS THREATENS UKR has two pieces now
    if path == "merge":  # another THREATENS relation stays: the next write merges
        neo4j_store.write(GraphBatch(relations=[
            Relation(source="RUS", type="THREATENS", target="NLD")]))
    neo4j_store.query(
        "MATCH (:Actor {id: 'RUS'})-[r:THREATENS]->(:Actor {id: 'UKR'}) DELETE r", write=True
    )
    assert neo4j_store.stats().evidence == 4
    again = Relation(source="RUS", type="THREATENS", target="UKR",
                     provenance=[ev("doc3", "opnieuw dreiging", "2025-01-01")])
    summary = neo4j_store.write(GraphBatch(relations=[again]))
    assert summary.relations_added == 1
    [got] = neo4j_store.relations([("RUS", "THREATENS", "UKR")])
    assert got == again
    rows = neo4j_store.query(
        "MATCH (e:Evidence {source: 'RUS', type: 'THREATENS', target: 'UKR'}) "
        "RETURN e.id, e.doc"
    ).rows
    assert rows == [["RUS|THREATENS|UKR|0", "doc3"]]
    assert neo4j_store.stats().evidence == 3
    assert [r.key for r in neo4j_store.relations() if r.type.value == "THREATENS"] == (
        [("RUS", "THREATENS", "NLD"), ("RUS", "THREATENS", "UKR")] if path == "merge"
        else [("RUS", "THREATENS", "UKR")]
    )


def test_actor_update_merges_aliases_and_changes_kind_label(neo4j_store):
    neo4j_store.write(batch())
    neo4j_store.write(GraphBatch(actors=[
        Actor(id="NLD", name="Netherlands", kind="state", aliases={"en": ["Holland"]}),
        Actor(id="NATO", name="NATO", kind="group"),
    ]))
    nld = {a.id: a for a in neo4j_store.actors()}["NLD"]
    assert nld.aliases == {"nl": ["Nederland"], "en": ["Holland"]}
    assert nld.bloc.value == "nato_ally"  # 'other' does not overwrite a known bloc
    labels = neo4j_store.query("MATCH (a:Actor {id: 'NATO'}) RETURN labels(a) AS l").rows
    assert sorted(labels[0][0]) == ["Actor", "BlocNatoAlly", "Group"]


def test_query_returns_plain_values(neo4j_store):
    neo4j_store.write(batch())
    result = neo4j_store.query(
        "MATCH (a:Actor {id: $id})-[r:SUPPORTS]->(b) "
        "RETURN a, r, b.name AS target, date('2024-04-04') AS d, "
        "datetime('2024-04-04T10:00:00Z') AS dt",
        {"id": "NLD"},
    )
    assert result.columns == ["a", "r", "target", "d", "dt"]
    [[a, r, target, d, dt]] = result.rows
    assert a["id"] == "NLD" and a["_labels"] == ["Actor"]  # as the embedded store says
    assert a["names"] == ["Netherlands", "Nederland"]
    assert r["_type"] == "SUPPORTS" and r["count"] == 1
    assert set(r) == {
        "_type", "confidence", "count", "first_seen", "last_seen", "origins", "weight"}
    assert target == "Ukraine"
    assert (d, dt) == ("2024-04-04", "2024-04-04T10:00:00+00:00")
    json.dumps(result.rows)  # everything is plain Python


def test_read_only_query_refuses_a_write(neo4j_store):
    with pytest.raises(QueryError, match="--write"):
        neo4j_store.query("CREATE (:Actor {id: 'XXX', name: 'x'})")
    assert neo4j_store.stats().actors == 0
    neo4j_store.query("CREATE (:Scratch {id: 'ok'})", write=True)
    assert neo4j_store.query("MATCH (s:Scratch) RETURN count(s)").rows == [[1]]


def test_a_write_query_outside_the_vocabulary_is_rolled_back_and_labels_follow(neo4j_store):
    neo4j_store.write(batch())
    labels = "MATCH (a:Actor {id: 'NLD'}) RETURN a.bloc, a:BlocNatoAlly, a:BlocEu, a:State"
    assert neo4j_store.query(labels).rows == [["nato_ally", True, False, True]]
    with pytest.raises(SchemaError, match="actor NLD with bloc 'martian'.*nothing was changed"):
        neo4j_store.query("MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'martian', "
                          "a.description = 'x'", write=True)
    with pytest.raises(SchemaError, match="actor XYZ with kind None"):
        neo4j_store.query("CREATE (:Actor {id: 'XYZ', name: 'made up'})", write=True)
    assert neo4j_store.query(labels).rows == [["nato_ally", True, False, True]]
    assert neo4j_store.stats().actors == 6
    assert neo4j_store.query("MATCH (a:Actor {id: 'NLD'}) RETURN a.description").rows == [[None]]
    # a value in the vocabulary is written, and the labels the Browser styles by follow it
    neo4j_store.query("MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'eu', a.kind = 'organisation'",
                      write=True)
    assert neo4j_store.query(labels).rows == [["eu", False, True, False]]
    assert neo4j_store.query(
        "MATCH (a:Actor {id: 'NLD'}) RETURN a:Organisation").rows == [[True]]


def test_store_opened_read_only_refuses_writes(neo4j_server, neo4j_store):
    neo4j_store.write(batch())
    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                    read_only=True) as ro:
        assert ro.stats().actors == 6
        with pytest.raises(QueryError, match="read-only"):
            ro.write(batch())
        with pytest.raises(QueryError, match="read-only"):
            ro.clear()
        with pytest.raises(QueryError):
            ro.query("MATCH (n) DETACH DELETE n", write=True)
    assert neo4j_store.stats().actors == 6


def test_uniqueness_constraints_exist_and_violations_are_reported(neo4j_store):
    neo4j_store.write(batch())
    names = {r[0] for r in neo4j_store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert {"actor_id", "document_id", "evidence_id"} <= names
    indexes = neo4j_store.query(
        "SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE name STARTS WITH 'evidence' "
        "RETURN name, labelsOrTypes, properties ORDER BY name"
    ).rows
    assert indexes == [
        ["evidence_doc", ["Evidence"], ["doc"]],
        ["evidence_id", ["Evidence"], ["id"]],
        ["evidence_key", ["Evidence"], ["source", "type", "target"]],
    ]
    with pytest.raises(ConstraintViolation):
        neo4j_store.query("CREATE (:Evidence {id: 'NLD|SUPPORTS|UKR|0'})", write=True)
    with pytest.raises(ConstraintViolation) as info:
        neo4j_store.query("CREATE (:Actor {id: 'NLD', name: 'again'})", write=True)
    message = str(info.value)
    assert "NLD" in message and "unique" in message and "\n" not in message
    assert neo4j_store.stats().actors == 6


def test_relation_to_unknown_actor_is_refused_before_writing(neo4j_store):
    bad = GraphBatch(
        actors=[Actor(id="POL", name="Poland", kind="state")],
        relations=[Relation(source="POL", type="SUPPORTS", target="XKX")],
    )
    with pytest.raises(LoaderError, match="XKX"):
        neo4j_store.write(bad)
    assert neo4j_store.stats().actors == 0


def test_cypher_syntax_error_is_a_query_error(neo4j_store):
    with pytest.raises(QueryError, match="syntax"):
        neo4j_store.query("MATCH (a:Actor RETURN a")


def test_wrong_password_is_one_line_with_the_fix(neo4j_server):
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore(neo4j_server.uri, neo4j_server.user, "not-the-password")
    message = str(info.value)
    assert "\n" not in message
    assert "NEO4J_PASSWORD" in message and "refused the login" in message


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_unreachable_server_is_one_line_with_the_fix(scheme):
    uri = f"{scheme}://127.0.0.1:1"
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore(uri, "neo4j", "x", connection_timeout=3)
    message = str(info.value)
    assert message == (
        f"cannot reach Neo4j at {uri}; start it with scripts/neo4j-local.sh start, "
        "or check NEO4J_URI"
    )


def test_open_store_from_environment(neo4j_server, neo4j_store, monkeypatch):
    neo4j_store.write(batch())
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.delenv("NEO4J_USERNAME", raising=False)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_server.database)
    with open_store("neo4j", read_only=True) as store:
        assert isinstance(store, Neo4jStore)
        assert store.stats().relations == 6


def test_missing_database_names_the_setting(neo4j_server):
    with pytest.raises(StoreUnavailable, match="NEO4J_DATABASE"):
        Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password, "nosuchdb")


def test_clear_keeps_the_schema(neo4j_store):
    neo4j_store.write(batch())
    neo4j_store.clear()
    assert neo4j_store.stats().as_dict()["actors"] == 0
    assert neo4j_store.query("MATCH (n) RETURN count(n)").rows == [[0]]
    names = {r[0] for r in neo4j_store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert {"actor_id", "document_id", "evidence_id"} <= names
    assert neo4j_store.stats().evidence == 0


def test_large_batch_goes_in_several_transactions(neo4j_store):
    neo4j_store.batch_size = 500
    ids = [f"A{i:04d}" for i in range(300)]
    many = GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ids],
        relations=[
            Relation(source=ids[i], type="SUPPORTS", target=ids[(i * 7 + j) % 300],
                     provenance=[ev("bulk", f"{i}-{j}", "2024-01-01")])
            for i in range(300) for j in range(1, 6)
        ],
    )
    seen: list[int] = []
    summary = neo4j_store.write(many, progress=seen.append)
    assert summary.relations_added == 1500 and sum(seen) == 1500
    # the second time every chunk takes the read-merge path and finds nothing new
    assert neo4j_store.write(many).relations_added == 0
    stats = neo4j_store.stats()
    assert (stats.relations, stats.evidence) == (1500, 1500)
    assert neo4j_store.relations() == sorted(many.relations, key=lambda r: r.key)


def test_relation_types_are_never_spliced_from_input():
    with pytest.raises(SchemaError):
        rel_type("SUPPORTS]->() DETACH DELETE (n) //")
    assert rel_type("partners with") == "PARTNERS_WITH"


def test_connection_settings_strip_credentials_from_the_location():
    uri, user, password, db = connection_settings(
        "neo4j+s://alice:s3cret@db.example.org:7687", env={"NEO4J_DATABASE": "graph"}
    )
    assert (uri, user, password, db) == ("neo4j+s://db.example.org:7687", "alice", "s3cret",
                                         "graph")
    with pytest.raises(StoreUnavailable, match="NEO4J_URI"):
        connection_settings("neo4j", env={})


def columns_of(relations: list[Relation]) -> RelationColumns:
    cols = RelationColumns()
    for rel in relations:
        cols.add_relation(rel)
    return cols


def test_write_columns_bulk_path_then_merge_path(neo4j_store, monkeypatch):
    rels = batch().relations
    summary = neo4j_store.write_columns(columns_of(rels), actors=actors())
    assert (summary.actors_added, summary.relations_added) == (6, 6)
    assert neo4j_store.relations() == sorted(rels, key=lambda r: r.key)
    assert neo4j_store.stats().evidence == 3
    # the types are no longer empty: the same columns again change nothing, and (read
    # back exactly as stored, plan.unchanged) build no model object on the way
    import actorgraph.graph.records as records

    built = []
    real = records.row_to_relation
    monkeypatch.setattr(records, "row_to_relation",
                        lambda *a, **k: built.append(a) or real(*a, **k))
    again = neo4j_store.write_columns(columns_of(rels), actors=actors())
    assert (again.actors_added, again.relations_added, again.relations_updated) == (0, 0, 0)
    assert neo4j_store.stats().evidence == 3
    assert built == []
    more = Relation(source="NLD", type="SUPPORTS", target="UKR",
                    provenance=[ev("doc9", "meer steun", "2025-02-24")])
    third = neo4j_store.write_columns(columns_of([more]))
    assert (third.relations_added, third.relations_updated) == (0, 1)
    [got] = neo4j_store.relations([("NLD", "SUPPORTS", "UKR")])
    assert [e.doc for e in got.provenance] == ["doc1", "doc9"]
    assert (neo4j_store.stats().relations, neo4j_store.stats().evidence) == (6, 4)
    assert neo4j_store.query(
        "MATCH (e:Evidence {doc: 'doc9'}) RETURN e.id"
    ).rows == [["NLD|SUPPORTS|UKR|1"]]
    # all of them again with one piece more on one: that one is merged, and only it became
    # model objects (the one read and the one stored, for Relation.merged)
    stored = neo4j_store.relations()
    extra = stored[-1].model_copy(
        update={"provenance": [*stored[-1].provenance, ev("doc10", "nog meer", "2025-03-01")]})
    built.clear()
    fourth = neo4j_store.write_columns(columns_of([*stored[:-1], extra]))
    assert (fourth.relations_added, fourth.relations_updated) == (0, 1)
    assert [row["s"] for row, *_ in built] == [extra.source] * 2
    assert neo4j_store.relations() == [*stored[:-1], stored[-1].merged(extra)]


def test_write_columns_sends_each_chunk_with_its_own_evidence(neo4j_store):
    """Several pieces per relation, given out of the relations' order, over chunks of two
    relations: every piece lands with its relation."""
    neo4j_store.batch_size = 2
    ids = [f"B{i}" for i in range(7)]
    rels = [
        Relation(source=ids[i], type="SUPPORTS", target=ids[i + 1], provenance=[
            ev(f"d{i}-{k}", f"piece {k} of {i}", f"2024-0{1 + k}-01") for k in range(i % 3 + 1)
        ])
        for i in range(6)
    ]
    cols = RelationColumns()
    # each relation's row goes with the evidence of the relation in the mirrored place
    for rel, other in zip(rels, reversed(rels)):
        cols.add(relation_to_row(rel), evidence_rows(other))
    summary = neo4j_store.write_columns(
        cols, actors=[Actor(id=i, name=i, kind="state") for i in ids]
    )
    assert summary.relations_added == 6
    assert neo4j_store.relations() == rels
    assert neo4j_store.stats().evidence == sum(len(r.provenance) for r in rels) == 12


def test_write_columns_refuses_evidence_without_its_relation(neo4j_store):
    neo4j_store.write(GraphBatch(actors=actors()))
    cols = RelationColumns()
    cols.add(relation_to_row(Relation(source="NLD", type="SUPPORTS", target="UKR")),
             evidence_rows(Relation(source="IRN", type="SUPPORTS", target="RUS",
                                    provenance=[ev("d", "x", "2024-01-01")])))
    with pytest.raises(LoaderError, match="IRN SUPPORTS RUS"):
        neo4j_store.write_columns(cols)
    stats = neo4j_store.stats()
    assert (stats.relations, stats.evidence) == (0, 0)


def test_write_columns_refuses_unknown_actors(neo4j_store):
    cols = columns_of([Relation(source="NLD", type="SUPPORTS", target="UKR")])
    with pytest.raises(LoaderError, match="SUPPORTS relations name unknown actors: NLD, UKR"):
        neo4j_store.write_columns(cols)
    assert neo4j_store.stats().relations == 0


def test_write_columns_names_the_first_type_with_unknown_actors_and_only_its_own(neo4j_store):
    neo4j_store.write(GraphBatch(actors=actors()))
    cols = columns_of([
        Relation(source="NLD", type="MEMBER_OF", target="NATO"),
        Relation(source="NLD", type="SUPPORTS", target="AAA"),
        Relation(source="RUS", type="THREATENS", target="ZZZ"),
    ])
    with pytest.raises(LoaderError) as info:
        neo4j_store.write_columns(cols)
    assert info.value.message == "SUPPORTS relations name unknown actors: AAA"
    assert neo4j_store.stats().relations == 0


def hub_graph(n_actors: int = 30) -> GraphBatch:
    """Relations of three types among ``n_actors``, a third of them on one hub actor, each
    with one piece of evidence (some fields None)."""
    ids = [f"H{i:02d}" for i in range(n_actors)]
    rels: dict[tuple[str, str, str], Relation] = {}
    for k, rtype in enumerate(("SUPPORTS", "THREATENS", "OPPOSES")):
        for i in range(1, n_actors):
            for j in (0, (i * 7 + k) % n_actors, (i * 11 + k + 1) % n_actors):
                if j != i:
                    rels[(ids[i], rtype, ids[j])] = Relation(
                        source=ids[i], type=rtype, target=ids[j],
                        provenance=[ev(f"d{i}-{j}", f"{i} {rtype} {j}", "2024-01-01",
                                       sentence=i, rule="r" if j % 2 else None,
                                       source="p. 1" if i % 3 == 0 else None)],
                    )
    actors = [Actor(id=i, name=i, kind="state") for i in ids]
    return GraphBatch(actors=actors, relations=list(rels.values()))


def graph_dump(store: Neo4jStore) -> tuple[list, list]:
    """Every relationship's and Evidence node's properties, sorted: the stored data."""
    rels = store.query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, type(r), b.id, properties(r) "
        "ORDER BY a.id, type(r), b.id"
    ).rows
    evidence = store.query("MATCH (e:Evidence) RETURN properties(e) AS p ORDER BY e.id").rows
    return rels, evidence


@pytest.mark.parametrize("method", ["write", "write_columns"])
def test_concurrent_bulk_chunks_store_what_one_at_a_time_stores(neo4j_store, method):
    """Bulk chunks of 20 relations, two transactions at once, many on the same hub actor,
    store exactly what one transaction at a time stores."""
    graph = hub_graph()
    assert len(graph.relations) > 150
    dumps, progress = [], []
    for concurrency in (1, 2):
        neo4j_store.clear()
        neo4j_store.batch_size, neo4j_store.write_concurrency = 20, concurrency
        seen: list[int] = []
        if method == "write":
            summary = neo4j_store.write(graph, progress=seen.append)
        else:
            summary = neo4j_store.write_columns(
                columns_of(graph.relations), actors=graph.actors, progress=seen.append
            )
        assert summary.relations_added == len(graph.relations)
        progress.append(sorted(seen))
        dumps.append(graph_dump(neo4j_store))
    assert dumps[0] == dumps[1]
    assert progress[0] == progress[1] and sum(progress[1]) == len(graph.relations)
    assert len(dumps[1][1]) == len(graph.relations)
    assert neo4j_store.relations() == sorted(graph.relations, key=lambda r: r.key)


def test_chunks_with_one_piece_each_store_what_the_two_statement_chunks_store(neo4j_store):
    """A chunk whose relations have one piece of evidence each is created with one
    statement, any other with two: the stored data are the same."""
    graph = hub_graph(12)
    neo4j_store.write(graph)  # one piece each: one statement per chunk
    one_statement = graph_dump(neo4j_store)
    neo4j_store.clear()
    # H00 is never a source in hub_graph: one bare relation per type makes each type's
    # chunk (one per type) go in with two statements
    bare = [Relation(source="H00", type=t, target="H01") for t in ("SUPPORTS", "THREATENS",
                                                                  "OPPOSES")]
    neo4j_store.write(GraphBatch(actors=graph.actors, relations=[*graph.relations, *bare]))
    rels, evidence = graph_dump(neo4j_store)
    assert ([r for r in rels if r[0] != "H00"], evidence) == one_statement
    assert len(rels) == len(one_statement[0]) + 3


# Parity of the two stores (stats, graph, every named query, typed Cypher): test_parity.py


def test_cli_push_then_commands_on_neo4j(neo4j_server, neo4j_store, tmp_path):
    """`actorgraph push` copies the embedded graph; `stats` and `query` then give the same
    answers on both stores; pushing again adds nothing."""
    from click.testing import CliRunner

    from actorgraph.cli.main import cli
    from actorgraph.demo import run_demo

    report = run_demo(tmp_path, extract=False, html=False)
    env = {**neo4j_server.env(), "ACTORGRAPH_STORE": str(tmp_path / "graph.lbdb")}
    runner = CliRunner()
    first = runner.invoke(cli, ["push", "-q"], env=env)
    assert first.exit_code == 0, first.output
    assert f"{report.stats.relations} relations added" in first.output
    again = runner.invoke(cli, ["push", "-q"], env=env)
    assert again.exit_code == 0 and "0 relations added, 0 updated" in again.output
    assert neo4j_store.stats().as_dict() == report.stats.as_dict()

    for args in (["stats", "--format", "json"],
                 ["query", "--named", "supporters-of", "-p", "target=RUS", "-f", "json"]):
        on_embedded = runner.invoke(cli, args, env=env)
        on_neo4j = runner.invoke(cli, [*args, "--store", "neo4j"], env=env)
        assert on_embedded.exit_code == on_neo4j.exit_code == 0, on_neo4j.output
        if args[0] == "stats":  # the store's location differs, the counts do not
            import json as _json

            a, b = _json.loads(on_embedded.output), _json.loads(on_neo4j.output)
            a.pop("store", None), b.pop("store", None)
            assert a == b
        else:
            assert on_neo4j.output == on_embedded.output


@pytest.mark.parametrize("case", ["unreachable", "password"])
def test_cli_errors_are_one_line_with_the_fix(neo4j_server, case):
    from click.testing import CliRunner

    from actorgraph.cli.main import cli

    env = neo4j_server.env()
    if case == "unreachable":
        env["NEO4J_URI"] = "bolt://127.0.0.1:1"
        fix = "scripts/neo4j-local.sh start"
    else:
        env["NEO4J_PASSWORD"] = "wrong-password"
        fix = "check NEO4J_PASSWORD"
    result = CliRunner().invoke(cli, ["query", "--store", "neo4j", "RETURN 1"], env=env)
    assert result.exit_code == 4
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fix in lines[0], lines


def test_actors_carry_their_kind_and_bloc_as_labels(neo4j_store):
    from actorgraph.graph.model import Actor, GraphBatch

    neo4j_store.write(GraphBatch(actors=[
        Actor(id="RUS", name="Russia", kind="state", bloc="russia_and_supporters")]))
    rows = neo4j_store.query("MATCH (a:Actor:State:BlocRussiaAndSupporters) RETURN a.id").rows
    assert rows == [["RUS"]]
    neo4j_store.write(GraphBatch(actors=[
        Actor(id="RUS", name="Russia", kind="state", bloc="nato_partner")]))
    rows = neo4j_store.query("MATCH (a:BlocRussiaAndSupporters) RETURN a.id").rows
    assert rows == []
    assert neo4j_store.query("MATCH (a:BlocNatoPartner) RETURN a.id").rows == [["RUS"]]


def test_query_timeout_is_the_transaction_timeout(neo4j_store):
    """--timeout (query_timeout) stops a long query on the server, as on the embedded store."""
    neo4j_store.query_timeout = 0.5
    with pytest.raises(QueryError, match="ran longer than 0.5 s and was stopped"):
        neo4j_store.query(
            "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n"
        )
    neo4j_store.query_timeout = 30
    assert neo4j_store.query("RETURN 1 AS one").rows == [[1]]


def test_origins_stored_as_a_list_by_an_older_actorgraph_become_one_text(neo4j_store):
    neo4j_store.write(GraphBatch(actors=[Actor(id=i, name=i, kind="state")
                                         for i in ("RUS", "UKR")]))
    neo4j_store.query("MATCH (a:Actor {id: 'RUS'}), (b:Actor {id: 'UKR'}) "
                      "CREATE (a)-[:THREATENS {count: 1, origins: ['gdelt', 'icews'], "
                      "weight: -2.0}]->(b)", write=True)
    (old,) = neo4j_store.relations()
    assert [o.value for o in old.origins] == ["gdelt", "icews"]
    neo4j_store.query(f"DROP INDEX {cy.SCHEMA_MARK}", write=True)  # as an older one left it
    neo4j_store._schema_ready = False
    neo4j_store.ensure_schema()
    rows = neo4j_store.query("MATCH ()-[r:THREATENS]->() WHERE r.origins CONTAINS 'icews' "
                             "RETURN r.origins").rows
    assert rows == [["gdelt,icews"]]


def test_the_conversion_of_old_graphs_runs_once_per_store(neo4j_store, neo4j_server):
    """Opening a store for writing scanned every relationship to convert list origins,
    each time; the store is marked once converted, and the next writer does not scan."""
    from actorgraph.graph.neo4j_store import Neo4jStore

    marks = "SHOW INDEXES YIELD name WHERE name STARTS WITH 'actorgraph_schema_' RETURN name"
    assert neo4j_store.query(marks).rows == [[cy.SCHEMA_MARK]]  # marked when first opened
    neo4j_store.write(GraphBatch(actors=[Actor(id=i, name=i, kind="state")
                                         for i in ("RUS", "UKR")]))
    neo4j_store.query("MATCH (a:Actor {id: 'RUS'}), (b:Actor {id: 'UKR'}) "
                      "CREATE (a)-[:THREATENS {count: 1, origins: ['gdelt', 'icews']}]->(b)",
                      write=True)
    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                    neo4j_server.database) as again:
        again.ensure_schema()  # marked: the list written behind its back stays a list
        rows = again.query("MATCH ()-[r:THREATENS]->() RETURN r.origins").rows
        assert rows == [[["gdelt", "icews"]]]
        again.query(f"DROP INDEX {cy.SCHEMA_MARK}", write=True)
    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                    neo4j_server.database) as third:
        third.ensure_schema()  # unmarked: converted, and marked again
        assert third.query("MATCH ()-[r:THREATENS]->() RETURN r.origins").rows == [
            ["gdelt,icews"]]
        assert third.query(marks).rows == [[cy.SCHEMA_MARK]]
