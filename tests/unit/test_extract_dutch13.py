"""Dutch constructions of issue 9 (round 13: news of blind10 and blind11 by construction
class), each tested on sentences written for these tests (not copied from any document),
with varied actors, word order and tense; runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str, issuer: str | None = None, date: str = "2023-03-01") -> set:
    return triples(text, lang="nl", date=date, issuer=issuer)


@pytest.mark.parametrize(("text", "want"), [
    # letters of Latin Extended-A (č, ć, ł, ņ) belong to the name: the whole name is the id
    ("De Kroatische president Zoran Milanović sprak dinsdag met de Bosnische minister "
     "Elmedin Konaković.", {("zoran-milanovic", "REPRESENTS", "HRV"),
                            ("elmedin-konakovic", "REPRESENTS", "BIH")}),
    ("Volgens de Slowaakse minister Ivan Korčok is de stemming verdeeld.",
     {("ivan-korcok", "REPRESENTS", "SVK")}),
])
def test_names_with_extended_latin_letters(text, want):
    got = nl(text)
    assert want <= got
    assert not {t for t in got if t[1] == "REPRESENTS" and t not in want}


@pytest.mark.parametrize("text", [
    # a news agency's dateline names a place, not the agent of the first sentence
    "BERLIJN (ANP) - De levering van tanks aan Oekraïne is volgens het Kremlin een provocatie.",
    "ROME (Belga) - De nieuwe steun aan Moldavië wordt volgende week besproken.",
])
def test_dateline_is_no_agent(text):
    assert not {t for t in nl(text) if t[1] == "SUPPORTS"}


@pytest.mark.parametrize(("text", "want"), [
    ("WARSCHAU (ANP/RTR) - Polen heeft Oekraïne gisteren opnieuw gesteund.",
     ("POL", "SUPPORTS", "UKR")),
    # "niet-militair", "niet-dodelijk": a compound adjective, no negation
    ("Japan stuurt een niet-militaire missie van politie-experts naar Armenië.",
     ("JPN", "SUPPORTS", "ARM")),
    ("Volgens de regering levert Canada sinds maart niet-dodelijke hulp aan Moldavië.",
     ("CAN", "SUPPORTS", "MDA")),
])
def test_dateline_and_niet_compounds(text, want):
    assert want in nl(text)


def test_niet_is_still_a_negation():
    assert ("CAN", "SUPPORTS", "MDA") not in nl("Canada levert niet langer hulp aan Moldavië.")
    assert ("CAN", "SUPPORTS", "MDA") not in nl("Canada stuurt niet meer militairen naar "
                                                 "Moldavië.")
