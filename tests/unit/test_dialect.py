import pytest

from actorgraph.graph.dialect import to_ladybug


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
