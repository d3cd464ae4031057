"""The actor card (`actorgraph show`) on the small graph, worked out by hand."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.errors import UnknownActor
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.queries.card import actor_card
from small_graph import copy_graph


@pytest.fixture(scope="module")
def small(tmp_path_factory, small_graph_file):
    store = EmbeddedStore(copy_graph(small_graph_file, tmp_path_factory.mktemp("card") / "g.lbdb"))
    yield store
    store.close()


def test_card_from_the_graph_alone(small):
    card = actor_card(small, "Zweden", catalogue=False)
    assert (card.id, card.name, card.kind, card.bloc) == ("SWE", "Sweden", "state", "nato_ally")
    assert card.aliases == {"nl": ["Zweden"]}
    assert [(m.other, m.since, m.until, m.origin) for m in card.memberships] == [
        ("EU", "1995-01-01", None, "graph"), ("NATO", "2024-03-07", None, "graph")]
    assert list(card.relations) == ["MEMBER_OF", "SUPPORTS"]
    (ukr,) = card.relations["SUPPORTS"]
    assert (ukr.direction, ukr.other, ukr.evidence, ukr.first_seen, ukr.last_seen) == (
        "out", "UKR", 1, "2024-04-04", "2024-04-04")


def test_card_relations_grouped_by_type_in_both_directions(small):
    card = actor_card(small, "RUS", catalogue=False)
    assert {t: [(x.direction, x.other, x.evidence) for x in links]
            for t, links in card.relations.items()} == {
        "OPPOSES": [("in", "CHN", 1)],
        "SUPPORTS": [("in", "IRN", 2), ("in", "CHN", 1), ("in", "PRK", 1)],
        "THREATENS": [("out", "UKR", 3), ("out", "NATO", 1)],
    }


def test_card_offices_and_ended_memberships(small):
    rutte = actor_card(small, "Mark Rutte", catalogue=False)
    assert [(o.other, o.role, o.since, o.until) for o in rutte.offices] == [
        ("NATO", "Secretary General", "2024-10-01", None)]
    gbr = actor_card(small, "GBR", catalogue=False)
    assert [(m.other, m.since, m.until) for m in gbr.memberships] == [
        ("NATO", "1949-08-24", None), ("EU", "1973-01-01", "2020-01-31")]


def test_card_adds_the_catalogue_dates(small):
    card = actor_card(small, "SWE")
    nato = [m for m in card.memberships if m.other == "NATO"]
    assert [(m.since, m.origin) for m in nato] == [("2024-03-07", "graph+catalogue")]
    assert any(m.other == "OSCE" and m.origin == "catalogue" for m in card.memberships)


def test_card_of_an_unknown_actor_lists_candidates(small):
    with pytest.raises(UnknownActor, match="Sweden"):
        actor_card(small, "Swedn")


def test_show_command(small):
    res = CliRunner().invoke(cli, ["show", "Oekraïne", "--store", small.location,
                                   "--no-catalogue"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("Ukraine (UKR)\n  kind: state   bloc: ukraine")
    assert "THREATENS" in res.output and "Russia (RUS)" in res.output
    res = CliRunner().invoke(cli, ["show", "Nowhere", "--store", small.location])
    assert res.exit_code == 2 and "no actor 'Nowhere'" in res.output
