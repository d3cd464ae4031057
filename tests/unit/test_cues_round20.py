"""Cues found missing after blind19's first scoring (cues_round20.py), from sentences written
for these tests."""

import pytest

from actorgraph.loaders.extract import extract_text


def _triples(text: str, lang: str) -> set:
    r = extract_text(text, lang=lang, date="2023-05-01")
    return {(x.source, x.type.value, x.target) for x in r.relations}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The danger Iran poses to Saudi Arabia is real.", "en", ("IRN", "THREATENS", "SAU")),
        ("De dreiging die Rusland vormt voor Moldavië neemt toe.", "nl",
         ("RUS", "THREATENS", "MDA")),
        ("In full support of ECOWAS, the African Union condemned the coup.", "en",
         ("AU", "SUPPORTS", "ECOWAS")),
        ("Brazilië en India maken sinds 2009 deel uit van de BRICS.", "nl",
         ("IND", "MEMBER_OF", "BRICS")),
        ("Het fonds van de Brics-landen, waar behalve Brazilië ook India deel van uitmaken, "
         "groeit.", "nl", ("BRA", "MEMBER_OF", "BRICS")),
    ],
)
def test_read(text, lang, want):
    assert want in _triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        ("In support of the Luanda Process, we will work with Angola.", "en",
         ("USA", "SUPPORTS", "AGO")),
        ("Oekraïne wil deel uitmaken van de NAVO.", "nl", ("UKR", "MEMBER_OF", "NATO")),
        ("The threat to Israel posed by the storm is small.", "en", ("ISR", "THREATENS", "ISR")),
    ],
)
def test_not_read(text, lang, unwanted):
    assert unwanted not in _triples(text, lang)
