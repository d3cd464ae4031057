"""Dutch constructions of issue 9, round 18 (classes of the blind15 Dutch misses that recur
in earlier development sets), each tested on sentences written for these tests (not copied
from any document), with negatives; runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str) -> set:
    return triples(text, lang="nl", date="2023-03-01", issuer="NLD")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spanje, een van de trouwste bondgenoten van Oekraïne, stuurt meer wapens.",
            ("ESP", "PARTNERS_WITH", "UKR"),
        ),
        (
            "Marokko, de oudste bondgenoot van de VS in Afrika, koopt nieuwe straaljagers.",
            ("MAR", "PARTNERS_WITH", "USA"),
        ),
        (
            "Denemarken behoorde lange tijd tot de naaste bondgenoten van Noorwegen.",
            ("DNK", "PARTNERS_WITH", "NOR"),
        ),
    ],
)
def test_one_of_the_allies(text, want):
    a, rel, b = want
    got = nl(text)
    assert want in got or (b, rel, a) in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spanje, een van de scherpste critici van Rusland, stuurt meer wapens.", {"ESP", "RUS"}),
        ("Spanje, een van de buren van Frankrijk, sluit de grens.", {"ESP", "FRA"}),
        ("Denemarken behoort niet tot de bondgenoten van Noorwegen.", {"DNK", "NOR"}),
    ],
)
def test_one_of_the_allies_negatives(text, pair):
    assert not any(r == "PARTNERS_WITH" and {a, b} == pair for a, r, b in nl(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Canada schaarde zich direct achter Oekraïne.", ("CAN", "SUPPORTS", "UKR")),
        (
            "Ook Australië heeft zich volledig achter de Filipijnen geschaard.",
            ("AUS", "SUPPORTS", "PHL"),
        ),
    ],
)
def test_rallying_behind_a_state(text, want):
    assert want in nl(text)


def test_rallying_behind_negated():
    assert ("IND", "SUPPORTS", "RUS") not in nl("India schaarde zich niet achter Rusland.")


def test_threat_verb_last_keeps_its_direction():
    got = nl("Analisten menen dat Noord-Korea voor Japan een groot gevaar vormt.")
    assert ("PRK", "THREATENS", "JPN") in got
    assert ("JPN", "THREATENS", "PRK") not in got  # the victim is no threat


def test_threat_verb_last_negated():
    got = nl("Analisten menen dat Japan voor Noord-Korea geen gevaar vormt.")
    assert ("JPN", "THREATENS", "PRK") not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Die ochtend viel Eritrea binnen in het noorden van Ethiopië.",
            ("ERI", "THREATENS", "ETH"),
        ),
        (
            "In 2020 viel Armenië binnen met duizenden soldaten in het westen van Azerbeidzjan.",
            ("ARM", "THREATENS", "AZE"),
        ),
    ],
)
def test_invasion_particle_before_the_place(text, want):
    assert want in nl(text)


def test_invasion_of_an_ally_is_not_read_backwards():
    got = nl("Die ochtend viel Eritrea binnen in het noorden van Ethiopië.")
    assert ("ETH", "THREATENS", "ERI") not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gisteren kondigde de Duitse bondskanselier Scholz extra steun aan voor Moldavië.",
            ("DEU", "SUPPORTS", "MDA"),
        ),
        (
            "De Franse president Macron kondigde een nieuw hulppakket aan voor Armenië.",
            ("FRA", "SUPPORTS", "ARM"),
        ),
    ],
)
def test_a_leader_announces_aid(text, want):
    assert want in nl(text)


def test_a_leader_announcing_sanctions_is_no_support():
    got = nl("Toen kondigde de Franse president Macron een nieuw sanctiepakket aan voor Iran.")
    assert ("FRA", "SUPPORTS", "IRN") not in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam en India gaan hun militaire banden flink aanhalen.", {"VNM", "IND"}),
        ("Kenia wil de banden met Ethiopië verder aanhalen.", {"KEN", "ETH"}),
    ],
)
def test_ties_tightened(text, pair):
    assert any(r == "PARTNERS_WITH" and {a, b} == pair for a, r, b in nl(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenia wil de banden met Ethiopië voorlopig niet aanhalen.",
        "Kenia zal het rapport over Ethiopië aanhalen.",
    ],
)
def test_ties_tightened_negatives(text):
    assert not any(r == "PARTNERS_WITH" for _, r, _ in nl(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Volgens de minister zal het Britse leger Estland verdedigen bij een aanval.",
            ("GBR", "SUPPORTS", "EST"),
        ),
        ("Zweden zal Finland zo nodig militair verdedigen.", ("SWE", "SUPPORTS", "FIN")),
    ],
)
def test_defending_a_state(text, want):
    assert want in nl(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zweden zal Finland niet verdedigen.",
        "Zweden zal het besluit van Finland verdedigen.",
    ],
)
def test_defending_a_state_negatives(text):
    assert ("SWE", "SUPPORTS", "FIN") not in nl(text)
