"""A victim named by what is protected from an aggressor (cues_protection.py) and the British
"-ise" forms of the predicate lexicon (predicates.py), from sentences written for these tests."""

import pytest

from actorgraph.loaders.extract import extract_text


def _triples(text: str, lang: str = "en") -> set:
    r = extract_text(text, lang=lang, date="2023-05-01")
    return {(x.source, x.type.value, x.target) for x in r.relations}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The radars protect Moldovan towns from Russian drone strikes.", "en",
         ("RUS", "THREATENS", "MDA")),
        ("The batteries shield Israeli cities and civilians from Iran's missile attacks.", "en",
         ("IRN", "THREATENS", "ISR")),
        ("De radars moeten de Poolse steden beschermen tegen Russische raketaanvallen.", "nl",
         ("RUS", "THREATENS", "POL")),
        ("Syria keeps terrorising Lebanese villages.", "en", ("SYR", "THREATENS", "LBN")),
        ("Canada criticised China for the detentions.", "en", ("CAN", "OPPOSES", "CHN")),
    ],
)
def test_read(text, lang, want):
    assert want in _triples(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "The aid will protect Moldovan children from the winter cold.",
        "The fund does not protect Polish farmers from Ukrainian grain.",  # grain is no harm
        "Canada never criticised China for the detentions.",
    ],
)
def test_not_read(text):
    got = _triples(text)
    assert not {("UKR", "THREATENS", "POL"), ("CAN", "OPPOSES", "CHN")} & got, got
    assert not any(t[1] == "THREATENS" for t in got), got


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("Hoeveel Serviërs vechten sinds de Russische aanval op Oekraïne mee?", "nl", True),
        ("How many have fled since the Russian invasion of Ukraine?", "en", True),
        ("Volgt er een Russische aanval op Litouwen?", "nl", False),  # indefinite: asked
        ("Will Russia attack Lithuania?", "en", False),
    ],
)
def test_question_presupposes_a_definite_aggression(text, lang, read):
    got = {t for t in _triples(text, lang) if t[1] == "THREATENS"}
    assert bool(got) is read, got
