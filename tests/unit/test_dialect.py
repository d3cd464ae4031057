import pytest

from actorgraph.graph.dialect import label_bare_nodes, to_ladybug


@pytest.mark.parametrize("neo4j,ladybug", [
    ("RETURN type(r)", "RETURN label(r)"),
    ("MATCH (a)-[*1..3]->(b) RETURN b", "MATCH (a)-[* TRAIL 1..3]->(b) RETURN b"),
    ("MATCH (a)-[r:SUPPORTS|THREATENS*..2]-(b) RETURN b",
     "MATCH (a)-[r:SUPPORTS|THREATENS* TRAIL 1..2]-(b) RETURN b"),
    ("MATCH p=shortestPath((a)-[*..5]-(b)) RETURN p", "MATCH p=(a)-[* SHORTEST 1..5]-(b) RETURN p"),
    ("MATCH p=allShortestPaths((a)-[*..5]->(b)) RETURN p",
     "MATCH p=(a)-[* ALL SHORTEST 1..5]->(b) RETURN p"),
])
def test_rewrites(neo4j, ladybug):
    assert to_ladybug(neo4j) == ladybug


def test_string_literals_are_left_alone():
    q = "MATCH (a) WHERE a.name = 'type(x) [*1..2]' RETURN type(a)"
    assert to_ladybug(q) == "MATCH (a) WHERE a.name = 'type(x) [*1..2]' RETURN label(a)"


def test_trail_semantics_match_neo4j(store):
    """A cycle A->B->A: Neo4j (trails) finds no path of length 3 back through one edge."""
    from actorgraph.graph.model import Actor, GraphBatch, Relation

    store.write(GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ("A", "B")],
        relations=[Relation(source="A", type="SUPPORTS", target="B"),
                   Relation(source="B", type="SUPPORTS", target="A")],
    ))
    rows = store.query("MATCH (a:Actor {id:'A'})-[*3..3]->(b) RETURN count(*)").rows
    assert rows == [[0]]


@pytest.mark.parametrize("neo4j,ladybug", [
    ("MATCH (a)-[*]->(b) RETURN b", "MATCH (a)-[* TRAIL 1..30]->(b) RETURN b"),
    ("MATCH (a)-[*2]-(b) RETURN b", "MATCH (a)-[* TRAIL 2..2]-(b) RETURN b"),
    ("MATCH (a)-[r:SUPPORTS*1..]-(b) RETURN b", "MATCH (a)-[r:SUPPORTS* TRAIL 1..30]-(b) RETURN b"),
    ("MATCH (a)-[r:SUPPORTS*1..3 {count: 1}]->(b) RETURN b",
     "MATCH (a)-[r:SUPPORTS* TRAIL 1..3 {count: 1}]->(b) RETURN b"),
])
def test_every_variable_length_form_gets_trail_semantics(neo4j, ladybug):
    assert to_ladybug(neo4j) == ladybug


def test_columns_are_named_as_neo4j_names_them(store):
    from actorgraph.graph.model import Actor, GraphBatch, Relation

    store.write(GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ("A", "B")],
        relations=[Relation(source="A", type="SUPPORTS", target="B")],
    ))
    res = store.query("MATCH (a)-[r]->(b) RETURN a.name, type(r), count(*), "
                      "toUpper('x, y') AS `big x` ORDER BY a.name")
    assert res.columns == ["a.name", "type(r)", "count(*)", "big x"]
    assert res.rows == [["A", "SUPPORTS", 1, "X, Y"]]


def test_a_runaway_query_is_stopped_with_advice(store):
    from actorgraph.errors import QueryError
    from actorgraph.graph.model import Actor, GraphBatch, Relation

    ids = [f"A{i}" for i in range(12)]
    store.write(GraphBatch(
        actors=[Actor(id=i, name=i, kind="state") for i in ids],
        relations=[Relation(source=a, type="SUPPORTS", target=b)
                   for a in ids for b in ids if a != b],
    ))
    store.query_timeout = 0.3
    with pytest.raises(QueryError, match="ran longer than 0.3 s"):
        store.query("MATCH p=(a:Actor)-[*1..8]->(b:Actor) RETURN count(*)")


@pytest.mark.parametrize(("cypher", "expected"), [
    ("MATCH (n) RETURN n", "MATCH (n:`A`:`B`) RETURN n"),
    ("MATCH p = (n {id: 'x'}), (m) RETURN p",
     "MATCH p = (n:`A`:`B` {id: 'x'}), (m:`A`:`B`) RETURN p"),
    ("OPTIONAL MATCH ( ) RETURN 1", "OPTIONAL MATCH (:`A`:`B`) RETURN 1"),
    ("CALL { MATCH (n) RETURN n } RETURN n", "CALL { MATCH (n:`A`:`B`) RETURN n } RETURN n"),
    # labelled, in a relationship pattern, or bound before: left as written
    ("MATCH (n:Actor) RETURN n", None),
    ("MATCH (a)-[r]->(b) RETURN a", None),
    ("MATCH (a:Actor) MATCH (a) RETURN a", None),
    ("MATCH (a:Actor) WHERE EXISTS { MATCH (a)-->() } RETURN a", None),
    ("RETURN '(n) MATCH (n)' AS s", None),
    ("MATCH (a:Actor) WITH a, (1) AS x RETURN x", None),
])
def test_a_bare_node_gets_the_data_labels(cypher, expected):
    assert label_bare_nodes(cypher, lambda: ["A", "B"]) == (expected or cypher)
