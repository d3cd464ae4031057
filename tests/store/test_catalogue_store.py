"""The catalogue loaded into a real embedded store: memberships and offices with dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.store import open_store
from actorgraph.loaders.reference import load_catalogue


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("catalogue")) / "graph.lbdb"
    with open_store(str(path), fresh=True) as s:
        s.write(load_catalogue().batch())
        yield s


def test_every_actor_is_stored(store) -> None:
    cat = load_catalogue()
    assert store.actor_ids() == set(cat.actors)
    stats = store.stats()
    assert stats.actors_per_kind == {"group": 12, "organisation": 29, "person": 240,
                                     "state": 197}


def test_memberships_keep_their_dates(store) -> None:
    res = store.query(
        "MATCH (a:Actor)-[r:MEMBER_OF]->(:Actor {id: 'NATO'}) "
        "WHERE a.id IN ['FIN', 'SWE', 'NLD'] RETURN a.id, r.valid_from, r.valid_to "
        "ORDER BY a.id")
    assert res.rows == [["FIN", "2023-04-04", None], ["NLD", "1949-08-24", None],
                        ["SWE", "2024-03-07", None]]
    res = store.query("MATCH (:Actor {id: 'GBR'})-[r:MEMBER_OF]->(:Actor {id: 'EU'}) "
                      "RETURN r.valid_from, r.valid_to")
    assert res.rows == [["1973-01-01", "2020-01-31"]]


def test_offices_are_represents_relations_with_role_and_dates(store) -> None:
    res = store.query(
        "MATCH (p:Actor)-[r:REPRESENTS]->(:Actor {id: 'NATO'}) "
        "RETURN p.id, r.role, r.valid_from, r.valid_to ORDER BY r.valid_from")
    assert res.rows == [
        ["anders-fogh-rasmussen", "Secretary General", "2009-08-01", "2014-09-30"],
        ["jens-stoltenberg", "Secretary General", "2014-10-01", "2024-09-30"],
        ["mark-rutte", "Secretary General", "2024-10-01", None],
    ]


def test_writing_the_catalogue_again_changes_nothing(store) -> None:
    before = store.stats().as_dict()
    summary = store.write(load_catalogue().batch())
    assert (summary.actors_added, summary.relations_added) == (0, 0)
    assert store.stats().as_dict() == before
