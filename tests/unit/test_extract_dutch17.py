"""Dutch constructions of issue 9, round 17 (classes of the blind14 Dutch misses that recur
in earlier development sets), each tested on sentences written for these tests (not copied
from any document), with negatives; runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str) -> set:
    return triples(text, lang="nl", date="2023-03-01", issuer="NLD")


@pytest.mark.parametrize(("text", "want"), [
    ("Minsk heeft de Russische oorlog tegen Oekraïne steeds openlijk gesteund.",
     ("BLR", "SUPPORTS", "RUS")),
    ("Men weet al lang dat Iran de Russische invasie van harte steunt.",
     ("IRN", "SUPPORTS", "RUS")),
    ("Waarom Syrië de Russische agressie blijft steunen, is onduidelijk.",
     ("SYR", "SUPPORTS", "RUS")),
])
def test_supporting_a_war_verb_last(text, want):
    got = nl(text)
    assert want in got
    a, _, b = want
    assert (b, "THREATENS", a) not in got  # the supporter is not the war's victim


@pytest.mark.parametrize("text", [
    "Kazachstan heeft de Russische oorlog nooit gesteund.",
    "Kazachstan heeft de Russische oorlog niet gesteund.",
])
def test_supporting_a_war_negated(text):
    assert ("KAZ", "SUPPORTS", "RUS") not in nl(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hongarije stemde als enige NAVO-lid tegen het voorstel.", ("HUN", "MEMBER_OF", "NATO")),
    ("Ook Portugal sprak als lid van de EU zijn zorgen uit.", ("PRT", "MEMBER_OF", "EU")),
])
def test_member_as(text, want):
    assert want in nl(text)


def test_member_as_checked_against_the_catalogue():
    # Ukraine is no EU member in 2023: the phrase is no membership
    assert ("UKR", "MEMBER_OF", "EU") not in nl("Oekraïne wil als EU-lid meepraten.")


@pytest.mark.parametrize(("text", "want"), [
    ("Azerbeidzjan heeft een enorme troepenmacht naar de grens met Armenië gestuurd.",
     ("AZE", "THREATENS", "ARM")),
    ("China stuurde tienduizenden soldaten naar de grens met India.",
     ("CHN", "THREATENS", "IND")),
])
def test_force_massed_at_a_border(text, want):
    assert want in nl(text)


@pytest.mark.parametrize(("text", "pair"), [
    # allies guarding a border, and a few troops sent: no threat
    ("Duitsland heeft een grote troepenmacht naar de grens met Polen gestuurd.",
     ("DEU", "POL")),
    ("Finland stuurt extra grenswachten naar de grens met Rusland.", ("FIN", "RUS")),
])
def test_no_threat_from_troops_at_a_border(text, pair):
    a, b = pair
    assert (a, "THREATENS", b) not in nl(text)


def test_a_delegation_sent_is_no_support():
    got = nl("Qatar heeft een delegatie bemiddelaars naar Ethiopië gestuurd.")
    assert ("QAT", "SUPPORTS", "ETH") not in got
    # aid sent together with the delegation stays support
    assert ("QAT", "SUPPORTS", "ETH") in nl(
        "Qatar heeft noodhulp en een delegatie naar Ethiopië gestuurd.")


def test_unnamed_victim_is_the_one_receiver_of_support():
    got = nl("Sinds de Russische inval zijn miljoenen mensen gevlucht. "
             "Zweden stuurt extra luchtafweer naar Oekraïne.")
    assert ("RUS", "THREATENS", "UKR") in got


@pytest.mark.parametrize("text", [
    # two receivers of support: no single victim
    "Sinds de Russische inval zijn miljoenen mensen gevlucht. "
    "Zweden stuurt luchtafweer naar Oekraïne. Duitsland stuurt tanks naar Moldavië.",
    # no support at all: nothing to go on
    "Sinds de Russische inval zijn miljoenen mensen gevlucht. Daarover sprak de minister.",
])
def test_unnamed_victim_needs_one_receiver(text):
    assert not {t for t in nl(text) if t[:2] == ("RUS", "THREATENS")}


def test_unnamed_victim_is_not_the_aggressors_own_receiver():
    # the owner of the offensive gives to the one receiver: no attack on it
    got = nl("Het Turkse offensief duurt voort. Turkije levert drones aan Azerbeidzjan.")
    assert ("TUR", "THREATENS", "AZE") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Ook Noorwegen gaf gehoor aan het hulpverzoek van Moldavië.", ("NOR", "SUPPORTS", "MDA")),
    ("Estland ging snel in op het verzoek om militaire hulp van Letland.",
     ("EST", "SUPPORTS", "LVA")),
    ("Italië stuurde vrachtwagens vol hulpgoederen richting Turkije.",
     ("ITA", "SUPPORTS", "TUR")),
    ("De Iraanse president Raisi sprak zijn steun uit aan Syrië.", ("IRN", "SUPPORTS", "SYR")),
])
def test_help_asked_and_given(text, want):
    assert want in nl(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Noorwegen gaf geen gehoor aan het hulpverzoek van Moldavië.", ("NOR", "SUPPORTS", "MDA")),
    # missiles or tanks sent "richting" a state are no aid
    ("Iran stuurde raketten richting Israël.", ("IRN", "SUPPORTS", "ISR")),
    ("Rusland stuurde tanks richting Oekraïne.", ("RUS", "SUPPORTS", "UKR")),
])
def test_help_negatives(text, triple):
    assert triple not in nl(text)
