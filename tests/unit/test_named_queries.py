"""Every named query on a small graph whose answers were worked out by hand."""

from __future__ import annotations

import pytest

from actorgraph.errors import UnknownActor, UnknownQuery
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.queries.registry import get_query, list_queries, run_query
from named_cases import CASES, case_id
from small_graph import copy_graph


@pytest.fixture(scope="module")
def small(tmp_path_factory, small_graph_file):
    store = EmbeddedStore(copy_graph(small_graph_file,
                                     tmp_path_factory.mktemp("small") / "g.lbdb"))
    yield store
    store.close()


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_named_query_gives_the_hand_worked_answer(small, case):
    name, params, expected = case
    result = run_query(small, name, params)
    assert _approx_equal(result.rows, expected), result.rows


def _approx_equal(got, want):
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if len(g) != len(w):
            return False
        for a, b in zip(g, w):
            if isinstance(b, float):
                if a is None or abs(a - b) > 1e-9:
                    return False
            elif a != b:
                return False
    return True


def test_every_named_query_has_a_hand_worked_case():
    assert len(list_queries()) >= 25
    assert {q.name for q in list_queries()} == {c[0] for c in CASES}


def test_every_query_is_documented_with_typed_parameters():
    for q in list_queries():
        assert q.title and q.description, q.name
        for p in q.params:
            assert p.description, (q.name, p.name)


def test_an_empty_answer_comes_with_a_hint(small):
    result = run_query(small, "path-between",
                       {"from": "NLD", "to": "RUS", "types": "SUPPORTS"})
    assert result.rows == []
    assert "no path of at most 4 relations between NLD and RUS" in result.hint


def test_an_ambiguous_name_lists_the_candidates(small):
    with pytest.raises(UnknownActor) as err:
        run_query(small, "supporters-of", {"target": "Korea"})
    assert "KOR (South Korea)" in str(err.value) and "PRK (North Korea)" in str(err.value)


def test_an_unknown_name_lists_close_ones(small):
    with pytest.raises(UnknownActor) as err:
        run_query(small, "supporters-of", {"target": "Rusland2"})
    assert "RUS (Russia)" in str(err.value)


def test_a_catalogue_name_the_graph_lacks_says_so(small):
    with pytest.raises(UnknownActor) as err:
        run_query(small, "supporters-of", {"target": "Duitsland"})
    assert "DEU" in str(err.value) and "load --catalogue" in str(err.value)


@pytest.mark.parametrize("text", ["RUS", "rus", "Russia", "Rusland", "RUSLAND"])
def test_an_actor_by_id_name_or_alias(small, text):
    assert [r[0] for r in run_query(small, "supporters-of", {"target": text}).rows] == [
        "IRN", "CHN", "PRK"]


@pytest.mark.parametrize("bad,needle", [
    ({"date": "2024-13"}, "month 13"), ({"date": "yesterday"}, "bad date"),
    ({"types": "ALLY_OF"}, "unknown relation type"),
])
def test_bad_dates_and_types_are_refused(small, bad, needle):
    with pytest.raises(Exception) as err:
        run_query(small, "as-of", bad)
    assert needle in str(err.value)


def test_bounded_and_listed_parameters():
    q = get_query("path-between")
    with pytest.raises(UnknownQuery, match="from 1 to 6"):
        q.bind({"hops": 9})
    with pytest.raises(UnknownQuery, match="one of count, evidence"):
        get_query("top-supporters").bind({"by": "name"})


def test_slots_take_only_checked_values():
    q = get_query("path-between")
    text = q.text(q.bind({"types": "supports,member_of", "hops": 3}))
    assert "[:SUPPORTS|MEMBER_OF*..3]" in text


def test_each_query_file_is_named_after_its_query():
    from importlib import resources

    folder = resources.files("actorgraph.queries") / "library"
    for entry in folder.iterdir():
        if entry.name.endswith(".yaml"):
            assert get_query(entry.name[:-5]).name == entry.name[:-5]
