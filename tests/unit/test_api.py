"""The notebook API: actorgraph.open(...).query / to_pandas / to_networkx / _repr_html_."""

from __future__ import annotations

import sys

import pytest

import actorgraph
from actorgraph.errors import MissingExtra
from small_graph import copy_graph


@pytest.fixture(scope="module")
def path(tmp_path_factory, small_graph_file):
    return str(copy_graph(small_graph_file, tmp_path_factory.mktemp("api") / "g.lbdb"))


def test_named_query_with_parameters_by_name(path):
    with actorgraph.open(path) as g:
        rows = g.query("supporters-of", target="Oekraïne")
    assert [r["id"] for r in rows.records()] == ["NLD", "HUN", "SWE"]
    assert rows.query == "supporters-of" and rows.params["target"] == "UKR"


def test_cypher_with_parameters(path):
    with actorgraph.open(path) as g:
        rows = g.query("MATCH (a:Actor) WHERE a.bloc = $b RETURN a.id AS id ORDER BY id",
                       b="ukraine")
    assert rows.rows == [["UKR"]] and rows.columns == ["id"]


def test_to_networkx(path):
    with actorgraph.open(path) as g:
        nxg = g.to_networkx()
        held = g.to_networkx(as_of="2024-03-06", types="MEMBER_OF")
    assert nxg.number_of_nodes() == 13 and nxg.number_of_edges() == 23
    assert nxg.nodes["SWE"]["bloc"] == "nato_ally"
    assert nxg.edges["PRK", "KOR", "THREATENS"]["weight"] == -84.0
    assert nxg.edges["PRK", "KOR", "THREATENS"]["origins"] == ["icews"]
    assert not held.has_edge("SWE", "NATO") and held.has_edge("HUN", "NATO")


def test_to_pandas(path):
    pd = pytest.importorskip("pandas")
    with actorgraph.open(path) as g:
        rel = g.to_pandas()
        actors = g.to_pandas("actors")
        frame = g.query("top-threats").to_pandas()
    assert isinstance(rel, pd.DataFrame) and len(rel) == 23
    assert list(actors.columns) == ["id", "name", "kind", "bloc"] and len(actors) == 13
    assert frame["id"].tolist() == ["RUS", "PRK"]


def test_without_pandas_the_error_names_the_extra(path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with actorgraph.open(path) as g, pytest.raises(MissingExtra) as err:
        g.query("top-threats").to_pandas()
    assert 'pip install "actorgraph[notebook]"' in str(err.value)


def test_html_of_a_result_is_an_escaped_table(path):
    with actorgraph.open(path) as g:
        html = g.query("MATCH (a:Actor {id: 'NLD'}) RETURN '<b>x</b>' AS v, a.id AS id")
        empty = g.query("supporters-of-supporters", target="UKR")
    page = html._repr_html_()
    assert "<th>v</th>" in page and "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x" not in page
    assert "no rows: no one supports a supporter of UKR" in empty._repr_html_()


def test_show_and_analyze_through_the_graph(path):
    with actorgraph.open(path) as g:
        assert g.show("Zweden", catalogue=False).id == "SWE"
        report = g.analyze(as_of="2024-03-07")
    assert {b.id: b.derived for b in report.blocs}["SWE"] == "nato_ally"
