"""English round 18 (issue 9): a commitment owned by an adjective, acronym or possessive
and given to a state, and "steadfast in its support of" (`cues_round18_en.py`). Made-up
sentences (none copied from a gold file); runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, issuer: str | None = None) -> set:
    res = extract_text(text, lang="en", date="2023-05-10", issuer=issuer, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("NATO defence ministers met in Oslo. The Secretary General reaffirmed Allied "
         "commitment to Latvian and Estonian security.", {("NATO", "SUPPORTS", "LVA"), ("NATO", "SUPPORTS", "EST")}),
        ("The envoy underscored U.S. commitment to Chile through new programs.",
         {("USA", "SUPPORTS", "CHL")}),
        ("The Prime Minister restated Canadian commitment to a free, independent and "
         "sovereign Moldova.", {("CAN", "SUPPORTS", "MDA")}),
        ("Delegates praised Norway's long-standing commitment to Georgia's resilience.",
         {("NOR", "SUPPORTS", "GEO")}),
        ("Italy is steadfast in its support of Moldova and will keep sending aid.",
         {("ITA", "SUPPORTS", "MDA")}),
    ],
)
def test_owned_commitment_to_a_state(text, want):
    got = triples(text)
    assert want <= got, got


@pytest.mark.parametrize(
    "text",
    [
        "Analysts questioned the U.S. commitment to Chile.",
        "Some voiced doubts about Canadian commitment to Moldova.",
        "Russia is not steadfast in its support of Syria.",
        # the state's neighbours, an organisation, a compound: no state supported
        "The French commitment to Chile's neighbours was discussed.",
        "The French commitment to Chile-based companies was discussed.",
    ],
)
def test_no_support_from_doubted_or_misdirected_commitment(text):
    got = triples(text)
    assert not {t for t in got if t[1] == "SUPPORTS"}, got


def test_allied_without_nato_named_is_nobody():
    # "Allied" is NATO only in a text that names NATO ("the Allied landings" elsewhere)
    got = triples("The speech recalled Allied commitment to Polish independence.")
    assert not {t for t in got if t[1] == "SUPPORTS"}, got


def test_commitment_to_an_organisation_is_no_support_of_a_state():
    got = triples("Canada's commitment to NATO remains strong.")
    assert ("CAN", "SUPPORTS", "NATO") not in got, got
