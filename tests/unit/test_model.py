import pytest
from pydantic import ValidationError

from actorgraph.errors import SchemaError
from actorgraph.graph.model import Actor, Evidence, Relation, merge_relations, parse_date
from actorgraph.graph.vocabulary import Bloc, RelationType


def ev(doc="d1", text="x", date="2024-01-01", **kw):
    return Evidence(doc=doc, text=text, date=date, **kw)


def test_partnership_is_stored_in_one_order():
    a = Relation(source="UKR", type="PARTNERS_WITH", target="NLD")
    b = Relation(source="NLD", type="PARTNERS_WITH", target="UKR")
    assert a.key == b.key == ("NLD", "PARTNERS_WITH", "UKR")


def test_directed_relations_keep_their_direction():
    r = Relation(source="UKR", type="SUPPORTS", target="NLD")
    assert r.key == ("UKR", "SUPPORTS", "NLD")


def test_merge_is_idempotent_and_unions_provenance():
    r1 = Relation(source="A", type="SUPPORTS", target="B", provenance=[ev(date="2024-03-01")])
    r2 = Relation(source="A", type="SUPPORTS", target="B", provenance=[ev("d2", date="2023-01-05")])
    m = r1.merged(r2)
    assert m.count == 2
    assert (m.first_seen, m.last_seen) == ("2023-01-05", "2024-03-01")
    assert m.merged(r2) == m
    assert m.merged(r1) == m
    assert merge_relations([r1, r2, r1]) == [m]


def test_confidence_is_the_best_evidence():
    r = Relation(source="A", type="THREATENS", target="B",
                 provenance=[ev(confidence=0.4), ev("d2", confidence=0.7)])
    assert r.confidence == 0.7


def test_self_relation_is_refused():
    with pytest.raises(ValidationError, match="to itself"):
        Relation(source="A", type="SUPPORTS", target="A")


@pytest.mark.parametrize("text,expected", [
    ("2024-4-4", "2024-04-04"), ("2024-07", "2024-07"), ("2024", "2024"),
    ("2024-07-11T06:00:00-04:00", "2024-07-11"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2024-13-01", "2024-02-30", "4 april", "24-04-2024"])
def test_bad_dates_say_how_to_write_them(text):
    with pytest.raises(ValueError, match="bad date"):
        parse_date(text)


def test_vocabulary_is_closed_and_explains_misses():
    assert RelationType.parse("partners with") is RelationType.PARTNERS_WITH
    with pytest.raises(SchemaError, match="known: SUPPORTS"):
        RelationType.parse("ALLY_OF")
    assert Bloc.parse("NATO ally") is Bloc.NATO_ALLY


def test_actor_ids_are_checked():
    with pytest.raises(ValidationError, match="bad actor id"):
        Actor(id="two words", name="x", kind="state")


def test_actor_merge_adds_aliases():
    a = Actor(id="NLD", name="Netherlands", kind="state", aliases={"nl": ["Nederland"]})
    b = Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally",
              aliases={"nl": ["Nederland", "het kabinet"]})
    m = a.merged(b)
    assert m.aliases == {"nl": ["Nederland", "het kabinet"]}
    assert m.bloc is Bloc.NATO_ALLY


def test_a_second_term_replaces_the_first_on_the_relation():
    first = Relation(source="donald-trump", type="REPRESENTS", target="USA", role="president",
                     valid_from="2017-01-20", valid_to="2021-01-20",
                     provenance=[ev(text="first term")])
    second = Relation(source="donald-trump", type="REPRESENTS", target="USA",
                      role="president", valid_from="2025-01-20",
                      provenance=[ev(text="second term")])
    for m in (first.merged(second), second.merged(first)):
        assert (m.valid_from, m.valid_to, m.role, m.count) == ("2025-01-20", None, "president", 2)
    assert first.merged(second).merged(second) == first.merged(second)


def test_the_latest_office_wins_and_undated_readings_keep_the_term():
    pm = Relation(source="x", type="REPRESENTS", target="GBR", role="prime minister",
                  valid_from="2010-05-11", valid_to="2016-07-13")
    fs = Relation(source="x", type="REPRESENTS", target="GBR", role="foreign secretary",
                  valid_from="2023-11-13", valid_to="2024-07-05")
    read = Relation(source="x", type="REPRESENTS", target="GBR", provenance=[ev()])
    m = pm.merged(fs).merged(read)
    assert (m.role, m.valid_from, m.valid_to, m.count) == (
        "foreign secretary", "2023-11-13", "2024-07-05", 1)


def test_a_corrected_reading_replaces_the_old_one():
    old = Relation(source="NLD", type="SUPPORTS", target="UKR",
                   provenance=[ev(date="2024-04-04", confidence=0.9)])
    new = Relation(source="NLD", type="SUPPORTS", target="UKR",
                   provenance=[ev(date="2023-01-01", confidence=0.3)])
    m = old.merged(new)
    assert (m.count, m.first_seen, m.last_seen, m.confidence) == (
        1, "2023-01-01", "2023-01-01", 0.3)
