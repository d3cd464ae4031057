"""Analytics on small graphs with centralities and communities worked out by hand, and
derived blocs on the small graph, the demo graph and the reference catalogue."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.queries.analysis import analyze
from actorgraph.queries.analytics import (
    Edge,
    centrality,
    communities,
    edges_from_relations,
    pagerank,
    read_actors,
    read_edges,
)
from actorgraph.queries.blocs import derived_blocs
from small_graph import copy_graph


def _actors(ids, blocs=None):
    return {i: {"name": i, "bloc": (blocs or {}).get(i, "other")} for i in ids}


def test_star_centralities():
    # four leaves support the centre C; C lies on all 6 leaf pairs' paths
    edges = [Edge(x, "SUPPORTS", "C", 1) for x in "ABDE"]
    rows = {r.id: r for r in centrality(edges, _actors("ABCDE")) if r.type == "ALL"}
    assert rows["C"].degree == 4 and rows["C"].in_strength == 4 and rows["C"].out_strength == 0
    assert rows["C"].betweenness == pytest.approx(1.0)
    assert rows["A"].betweenness == 0.0
    # PageRank by hand: l = 0.03 + 0.17c, c = 0.03 + 3.4l + 0.17c
    assert rows["C"].pagerank == pytest.approx(0.132 / 0.252, abs=1e-8)
    assert rows["A"].pagerank == pytest.approx(0.03 + 0.17 * 0.132 / 0.252, abs=1e-8)


def test_path_betweenness_and_symmetric_strength():
    edges = [Edge("A", "PARTNERS_WITH", "B", 2), Edge("B", "SUPPORTS", "C", 3)]
    rows = {(r.id, r.type): r for r in centrality(edges, _actors("ABC"))}
    assert rows[("B", "ALL")].betweenness == pytest.approx(1.0)
    # a partnership counts both ways
    assert (rows[("A", "PARTNERS_WITH")].in_strength,
            rows[("A", "PARTNERS_WITH")].out_strength) == (2, 2)
    assert (rows[("B", "ALL")].in_strength, rows[("B", "ALL")].out_strength) == (2, 5)
    # per type: B has no SUPPORTS betweenness on a single edge
    assert rows[("B", "SUPPORTS")].betweenness == 0.0


def test_pagerank_of_a_cycle_is_uniform():
    pr = pagerank(list("abc"), {("a", "b"): 1, ("b", "c"): 1, ("c", "a"): 1})
    assert all(v == pytest.approx(1 / 3) for v in pr.values())


def test_two_triangles_make_two_communities():
    tri = [("A", "B"), ("B", "C"), ("A", "C"), ("D", "E"), ("E", "F"), ("D", "F"), ("C", "D")]
    edges = [Edge(a, "SUPPORTS", b, 1) for a, b in tri]
    blocs = {"A": "nato_ally", "B": "nato_ally", "C": "nato_ally", "F": "nato_ally",
             "D": "russia_and_supporters", "E": "russia_and_supporters"}
    report = communities(edges, _actors("ABCDEF", blocs))
    assert report.communities == {"C1": ["A", "B", "C"], "C2": ["D", "E", "F"]}
    assert report.majority == {"C1": "nato_ally", "C2": "russia_and_supporters"}
    assert report.agreement == pytest.approx(5 / 6)
    assert report.rand == pytest.approx(10 / 15)
    assert report.differ == [("F", "nato_ally", "C2", "russia_and_supporters")]


def test_threats_are_not_cooperation():
    edges = [Edge("A", "THREATENS", "B", 1)]
    assert communities(edges, _actors("AB")).communities == {}


@pytest.fixture(scope="module")
def small(tmp_path_factory, small_graph_file):
    store = EmbeddedStore(copy_graph(small_graph_file, tmp_path_factory.mktemp("an") / "g.lbdb"))
    yield store
    store.close()


def test_as_of_reads_the_relations_that_held(small):
    keys = {(e.source, e.type, e.target) for e in read_edges(small, as_of="2024-03-06",
                                                             types=["MEMBER_OF"])}
    assert ("SWE", "MEMBER_OF", "NATO") not in keys and ("GBR", "MEMBER_OF", "NATO") in keys
    assert ("GBR", "MEMBER_OF", "EU") not in keys
    assert len(read_edges(small)) == 23


def test_derived_blocs_on_the_small_graph(small):
    actors, edges = read_actors(small), read_edges(small)
    before = {b.id: b.derived for b in derived_blocs(edges, actors, "2024-03-06")}
    assert before == {
        "CHN": None, "EU": "eu", "GBR": "nato_ally", "HUN": "nato_ally",
        "IRN": "russia_and_supporters", "KOR": None, "NATO": "nato_ally",
        "NLD": "nato_ally", "PRK": None, "RUS": "russia_and_supporters", "SWE": "eu",
        "UKR": None, "mark-rutte": None}
    after = {b.id: b for b in derived_blocs(edges, actors, "2024-12-31")}
    assert after["SWE"].derived == "nato_ally"
    assert after["SWE"].basis == "MEMBER_OF NATO since 2024-03-07; MEMBER_OF EU since 1995-01-01"
    assert after["UKR"].derived == "nato_partner" and after["UKR"].differs
    assert after["PRK"].derived == after["CHN"].derived == "russia_and_supporters"


def test_derived_blocs_on_the_demo_graph(tmp_path):
    from actorgraph.demo import run_demo

    report = run_demo(tmp_path, extract=False, html=False)
    with EmbeddedStore(report.store, read_only=True) as store:
        blocs = {b.id: b.derived for b in derived_blocs(read_edges(store), read_actors(store),
                                                        "2024-04-04")}
    assert {a for a, b in blocs.items() if b == "russia_and_supporters"} == {
        "BLR", "CHN", "IRN", "PRK", "RUS"}
    assert {a for a, b in blocs.items() if b == "nato_ally"} == {"NATO", "NLD", "SWE"}


@pytest.mark.parametrize("day,ally", [("2024-03-06", False), ("2024-03-07", True)])
def test_sweden_is_an_ally_from_2024_03_07_in_the_catalogue(day, ally):
    from actorgraph.loaders.reference import load_catalogue

    cat = load_catalogue()
    actors = {a.id: {"name": a.name, "bloc": a.bloc.value} for a in cat.actors.values()}
    blocs = {b.id: b for b in derived_blocs(edges_from_relations(cat.relations()), actors, day)}
    assert (blocs["SWE"].derived == "nato_ally") is ally
    assert blocs["FIN"].derived == "nato_ally"  # since 2023-04-04
    assert blocs["AUT"].derived == "eu"


def test_analyze_writes_properties_that_read_back(small_graph_path):
    store = EmbeddedStore(small_graph_path)
    report = analyze(store, as_of="2024-12-31", write=True)
    assert report.written == 13
    rows = store.query("MATCH (a:Actor) WHERE a.id IN ['SWE', 'NATO'] RETURN a.id, "
                       "a.derived_bloc, a.community, a.degree ORDER BY a.id").rows
    assert rows[1][:2] == ["SWE", "nato_ally"] and rows[1][2].startswith("C")
    assert rows[0][3] == 8  # NATO: 4 members + threatened + partner + aspired to + Rutte
    assert len(store.actors()) == 13  # the extra columns do not upset reading actors
    store.close()


def test_analyze_command(small):
    res = CliRunner().invoke(cli, ["analyze", "--store", small.location, "--as-of",
                                   "2024-03-06", "--top", "3"])
    assert res.exit_code == 0, res.output
    assert "Derived blocs as of 2024-03-06" in res.output
    assert "Communities of the cooperation network" in res.output
