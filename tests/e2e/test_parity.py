"""The same inputs in both stores give the same answers: stats, graph, every named query."""

from __future__ import annotations

import pytest

from actorgraph.demo import QUESTIONS, founding_files
from actorgraph.errors import ActorGraphError
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Mention, Relation
from actorgraph.graph.records import RelationColumns
from actorgraph.loaders.pipeline import load_paths
from actorgraph.queries.registry import list_queries, run_query

pytestmark = pytest.mark.neo4j

EXTRA_CSV = """\
source,type,target,date,evidence,confidence
PRK,SUPPORTS,RUS,2024-07-11,"provided ballistic missiles and munitions to Russia",0.9
RUS,PARTNERS_WITH,PRK,2024-06-19,"committed to increasing their military cooperation",0.8
RUS,THREATENS,POL,2024-05-01,"drones violated Polish airspace",0.7
POL,MEMBER_OF,NATO,1999-03-12,"Poland joined NATO",1
NLD,SUPPORTS,UKR,2024-06-01,"Nederland levert F-16's aan Oekraïne",0.9
"""


def _load_demo(folder, neo4j):
    yaml_path, report = founding_files()
    extra = folder / "extra.csv"
    extra.write_text(EXTRA_CSV, encoding="utf-8")
    inputs = [yaml_path, report, extra]
    embedded = EmbeddedStore(folder / "g.lbdb")
    load_paths(embedded, inputs)
    neo4j.clear()
    load_paths(neo4j, inputs)
    return embedded


@pytest.fixture(scope="module")
def _demo_pair(tmp_path_factory, neo4j_server):
    """The demo inputs loaded once into both stores for the module's read-only tests
    (loading them again for each of some forty queries took most of this file's time)."""
    from actorgraph.graph.neo4j_store import Neo4jStore

    neo4j = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                       neo4j_server.database)
    folder = tmp_path_factory.mktemp("parity")
    embedded = _load_demo(folder, neo4j)
    state = {"embedded": embedded, "stats": neo4j.stats().as_dict(), "folder": folder}
    yield state, neo4j
    state["embedded"].close()
    neo4j.close()


@pytest.fixture
def both(_demo_pair):
    """(embedded, Neo4j) holding the demo inputs: loaded once per module, and loaded again
    when a test in between left the server's database otherwise (the other fixtures of
    this file empty it)."""
    state, neo4j = _demo_pair
    if neo4j.stats().as_dict() != state["stats"]:
        state["embedded"].close()
        folder = state["folder"] / f"again{len(list(state['folder'].iterdir()))}"
        folder.mkdir()
        state["embedded"] = _load_demo(folder, neo4j)
        state["stats"] = neo4j.stats().as_dict()
    return state["embedded"], neo4j


def test_stats_and_graph_are_the_same(both):
    embedded, neo4j = both
    assert embedded.stats().as_dict() == neo4j.stats().as_dict()
    assert embedded.stats().relations >= 30
    assert embedded.actors() == neo4j.actors()
    assert embedded.relations() == neo4j.relations()
    assert embedded.documents() == neo4j.documents()
    assert embedded.mentions() == neo4j.mentions()


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_named_query_gives_the_same_answer(both, name):
    embedded, neo4j = both
    a = run_query(embedded, name)
    b = run_query(neo4j, name)
    assert a.columns == b.columns
    assert a.rows == b.rows


@pytest.mark.parametrize("question,name,params", QUESTIONS)
def test_the_demo_questions_agree_and_are_not_empty(both, question, name, params):
    embedded, neo4j = both
    a = run_query(embedded, name, params)
    assert a.rows, question
    assert a.rows == run_query(neo4j, name, params).rows


def test_reloading_changes_neither(both, tmp_path):
    embedded, neo4j = both
    before = (embedded.stats().as_dict(), neo4j.stats().as_dict())
    yaml_path, report = founding_files()
    load_paths(embedded, [yaml_path, report])
    load_paths(neo4j, [yaml_path, report])
    assert (embedded.stats().as_dict(), neo4j.stats().as_dict()) == before
    assert embedded.relations() == neo4j.relations()


ADHOC = [
    "MATCH (a:Actor {id:'NLD'})-[*2]-(b:Actor) RETURN count(*)",
    "MATCH (a:Actor {id:'NLD'})-[*1..2]->(b:Actor) RETURN b.id AS id, count(*) AS n "
    "ORDER BY id",
    "MATCH (a:Actor {id:'NLD'})-[:SUPPORTS|PARTNERS_WITH*1..]-(b:Actor) RETURN count(*)",
    "MATCH (a:Actor)-[r:SUPPORTS*1..2 {count: 2}]->(b:Actor) RETURN a.id, b.id "
    "ORDER BY a.id, b.id",
    "MATCH (a:Actor)-[r]->(b:Actor {id:'UKR'}) RETURN a.name, type(r) ORDER BY a.name, type(r)",
    "MATCH (a:Actor) WHERE a.kind = 'state' RETURN a.bloc, count(*) ORDER BY a.bloc",
    "MATCH (a:Actor)-[r:THREATENS]->(b:Actor) RETURN DISTINCT a.id ORDER BY a.id",
    # every node: the embedded store's internal tables (evidence index, schema marker)
    # are not among them
    "MATCH (n) RETURN count(n)",
    "MATCH (n) WHERE n.id IN ['NLD', 'complete'] OR n.id STARTS WITH 'ActorgraphSchema' "
    "RETURN n.id",
]


@pytest.mark.parametrize("cypher", ADHOC)
def test_typed_cypher_gives_the_same_rows_and_columns(both, cypher):
    embedded, neo4j = both
    a, b = embedded.query(cypher), neo4j.query(cypher)
    assert a.columns == b.columns
    assert a.rows == b.rows
    assert a.rows


# ---------------------------------------------------------------- bad writes: same refusal
def _base() -> GraphBatch:
    return GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ("NLD", "UKR", "RUS")],
        relations=[Relation(source="NLD", type="SUPPORTS", target="UKR",
                            provenance=[Evidence(doc="d1", text="steun")])],
        documents=[Document(id="d1", title="report")],
        mentions=[Mention(doc="d1", actor="NLD")],
    )


def _columns(*rows: tuple[str, str, str], evidence=()) -> RelationColumns:
    cols = RelationColumns()
    for s, t, rtype in rows:
        cols.add({"s": s, "t": t, "type": rtype, "confidence": 1.0, "count": 0})
    for rtype, ev in evidence:
        cols.add_evidence(rtype, ev)
    return cols


BAD_WRITES = {
    "relation to an unknown actor": lambda s: s.write(GraphBatch(
        relations=[Relation(source="NLD", type="SUPPORTS", target="XXX")])),
    "mention of an unknown document": lambda s: s.write(GraphBatch(
        mentions=[Mention(doc="nowhere", actor="NLD")])),
    "mention of an unknown actor": lambda s: s.write(GraphBatch(
        mentions=[Mention(doc="d1", actor="XXX")])),
    "relation and mention both broken": lambda s: s.write(GraphBatch(
        actors=[Actor(id="POL", name="Poland", kind="state")],
        relations=[Relation(source="POL", type="THREATENS", target="YYY")],
        mentions=[Mention(doc="nowhere", actor="POL")])),
    "bulk columns with unknown actors": lambda s: s.write_columns(
        _columns(("NLD", "ZZZ", "SUPPORTS"), ("AAA", "UKR", "OPPOSES"))),
    "bulk evidence without its relation": lambda s: s.write_columns(
        _columns(("NLD", "RUS", "OPPOSES"), evidence=[("OPPOSES", {
            "id": "UKR|OPPOSES|RUS|0", "source": "UKR", "type": "OPPOSES", "target": "RUS",
            "seq": 0, "doc": "d1", "text": "x", "confidence": 1.0})])),
}


@pytest.fixture
def small_pair(tmp_path, neo4j_store):
    embedded = EmbeddedStore(tmp_path / "small.lbdb")
    for store in (embedded, neo4j_store):
        store.write(_base())
    yield embedded, neo4j_store
    embedded.close()


def _dump(store):
    return (store.stats().as_dict(), [r.model_dump() for r in store.relations()],
            store.mentions(), store.documents())


@pytest.mark.parametrize("case", sorted(BAD_WRITES))
def test_a_bad_write_is_refused_alike_and_changes_nothing(small_pair, case):
    outcomes = []
    for store in small_pair:
        before = _dump(store)
        with pytest.raises(ActorGraphError) as info:
            BAD_WRITES[case](store)
        assert _dump(store) == before, f"{store.kind} changed on a refused write"
        outcomes.append((type(info.value).__name__, str(info.value)))
    assert outcomes[0] == outcomes[1]


GOOD_WRITES = {
    "same batch again": lambda s: s.write(_base()),
    "new evidence for a stored relation": lambda s: s.write(GraphBatch(relations=[
        Relation(source="NLD", type="SUPPORTS", target="UKR",
                 provenance=[Evidence(doc="d2", text="F-16's", date="2024-06-01")])])),
    "mention with its document": lambda s: s.write(GraphBatch(
        documents=[Document(id="d2", title="second")],
        mentions=[Mention(doc="d2", actor="UKR", count=3)])),
    "document fields filled in": lambda s: s.write(GraphBatch(
        documents=[Document(id="d1", date="2024-04-04")])),
    "bulk columns, new and stored keys": lambda s: s.write_columns(
        _columns(("NLD", "UKR", "SUPPORTS"), ("RUS", "UKR", "THREATENS"))),
}


@pytest.mark.parametrize("case", sorted(GOOD_WRITES))
def test_a_good_write_gives_the_same_summary_and_graph(small_pair, case):
    summaries = [GOOD_WRITES[case](store) for store in small_pair]
    assert summaries[0] == summaries[1]
    assert _dump(small_pair[0]) == _dump(small_pair[1])


@pytest.fixture
def small_both(tmp_path, neo4j_store):
    """The hand-worked small graph (tests/small_graph.py) in both stores."""
    from small_graph import small_batch

    embedded = EmbeddedStore(tmp_path / "small.lbdb")
    embedded.write(small_batch())
    neo4j_store.write(small_batch())
    yield embedded, neo4j_store
    embedded.close()


def test_every_named_query_on_the_small_graph_gives_the_hand_worked_rows_on_neo4j(small_both):
    """One server round for all cases (a fixture per case would reload Neo4j each time)."""
    from named_cases import CASES, case_id

    embedded, neo4j = small_both
    failures = []
    for case in CASES:
        name, params, expected = case
        a = run_query(embedded, name, params)
        b = run_query(neo4j, name, params)
        if a.columns != b.columns or a.rows != b.rows or not _same(b.rows, expected):
            failures.append(f"{case_id(case)}:\n  neo4j    {b.rows}\n  embedded {a.rows}")
    assert not failures, "\n".join(failures)


def _same(got, want):
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        for a, b in zip(g, w, strict=True):
            if isinstance(b, float) and a is not None and abs(a - b) < 1e-9:
                continue
            if a != b:
                return False
    return True


def test_actor_cards_analytics_and_write_back_agree_on_neo4j(small_both):
    """The card, the analysis and the properties --write sets are the same on Neo4j."""
    from dataclasses import asdict

    from actorgraph.queries.analysis import analyze
    from actorgraph.queries.card import actor_card

    embedded, neo4j = small_both
    for actor in ("Zweden", "RUS", "Mark Rutte"):
        assert actor_card(embedded, actor).as_dict() == actor_card(neo4j, actor).as_dict()
    a = analyze(embedded, as_of="2024-12-31", write=True)
    b = analyze(neo4j, as_of="2024-12-31", write=True)
    def rounded(rows):
        return [{k: round(v, 9) if isinstance(v, float) else v for k, v in asdict(c).items()}
                for c in rows]

    assert rounded(a.centrality) == rounded(b.centrality)
    assert asdict(a.communities) == asdict(b.communities)
    assert [asdict(x) for x in a.blocs] == [asdict(x) for x in b.blocs]
    assert b.written == 13
    cypher = ("MATCH (a:Actor) RETURN a.id AS id, a.derived_bloc AS bloc, a.community AS c, "
              "a.degree AS degree ORDER BY id")
    assert embedded.query(cypher).rows == neo4j.query(cypher).rows
    assert neo4j.query("MATCH (a:Actor {id: 'SWE'}) RETURN a.derived_bloc").rows == [
        ["nato_ally"]]


def _document_answers(store):
    docs = [r[0] for r in store.query(
        "MATCH (e:Evidence) WHERE e.doc IS NOT NULL RETURN DISTINCT e.doc AS d ORDER BY d").rows]
    return docs, [run_query(store, "claims-in-document", {"doc": d}).rows
                  for d in docs + ["nowhere"]], [
        run_query(store, "documents-timeline", p).rows
        for p in ({}, {"since": "2023"}, {"until": "2022-12"})]


def test_document_queries_agree_through_loads_cypher_deletes_and_reloads(small_both):
    """The embedded store answers claims-in-document and documents-timeline from its
    evidence-by-document index (appended by loads, rebuilt after deletes and Cypher
    writes); Neo4j from its index on Evidence(doc). Same rows at every step."""
    from small_graph import small_batch

    embedded, neo4j = small_both
    steps = [
        lambda s: s.write(GraphBatch(
            documents=[Document(id="d3", title="Third", date="2024-09-01")],
            relations=[Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
                Evidence(doc="d3", text="meer F-16's", date="2024-09-01", sentence=1),
                Evidence(doc="d1", text="nog meer steun", date="2022-03-01", sentence=9)])])),
        lambda s: s.write_columns(_columns(("SWE", "RUS", "THREATENS"), evidence=[(
            "THREATENS", {"id": "SWE|THREATENS|RUS|0", "source": "SWE", "type": "THREATENS",
                          "target": "RUS", "seq": 0, "doc": "d3", "text": "x",
                          "confidence": 0.5})])),
        # a relation deleted with Cypher leaves its pieces (strays) in both stores
        lambda s: s.query("MATCH (:Actor {id: 'IRN'})-[r:SUPPORTS]->(:Actor {id: 'RUS'}) "
                          "DELETE r", write=True),
        # loading it again deletes the strays (the embedded index is rebuilt)
        lambda s: s.write(small_batch()),
    ]
    for i, step in enumerate(steps):
        for store in small_both:
            step(store)
        assert _document_answers(embedded) == _document_answers(neo4j), f"after step {i}"
        assert embedded.doc_index == (i != 2)  # a Cypher write leaves it incomplete
