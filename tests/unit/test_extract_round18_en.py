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
         "commitment to Latvian and Estonian security.",
         {("NATO", "SUPPORTS", "LVA"), ("NATO", "SUPPORTS", "EST")}),
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


# ------------- accomplices of a war: "X's war …, enabled by Y", "X, and its accomplice Y"
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Azerbaijan's war against Armenia, backed by Turkey, goes on.",
         ("TUR", "SUPPORTS", "AZE")),
        ("Serbia's campaign of attacks on Kosovo, which was aided and abetted by Hungary, "
         "drew protests.", ("HUN", "SUPPORTS", "SRB")),
        ("Syria, and its accomplice Iran, bear the blame for the siege.",
         ("IRN", "SUPPORTS", "SYR")),
    ],
)
def test_accomplice_of_a_war_supports_its_owner(text, want):
    got = triples(text)
    assert want in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's war against Armenia, condemned by France, goes on.",
        "Azerbaijan's war against Armenia, opposed by France and its allies, goes on.",
        "France, and its partner Greece, sent aid to Armenia.",
    ],
)
def test_no_accomplice_without_enabling(text):
    got = triples(text)
    assert not {t for t in got if t[1] == "SUPPORTS" and t[2] == "AZE"}, got
    assert ("GRC", "SUPPORTS", "FRA") not in got, got


# ------------- partners: "support for X as a partner and ally", "the bond A and B share"
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The President affirmed unwavering U.S. support for Chile as a partner and ally.",
         {("CHL", "PARTNERS_WITH", "USA")}),
        ("He praised the close bond Chile and Peru share as neighbours and friends.",
         {("CHL", "PARTNERS_WITH", "PER")}),
        ("The ministers welcomed the friendship that Ghana and Togo enjoy.",
         {("GHA", "PARTNERS_WITH", "TGO")}),
    ],
)
def test_partners_by_a_bond_or_as_a_partner(text, want):
    got = {(a, t, b) if a < b else (b, t, a) for a, t, b in triples(text)}
    assert want <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # a bond talked about, not shared; a single state; support without "as a partner"
        "The strained bond between Chile and Peru worried the envoys.",
        "He praised the close bond Chile shares with its people.",
        "U.S. support for Chile in the crisis was discussed.",
    ],
)
def test_no_partners_without_a_shared_bond(text):
    got = triples(text)
    assert not {t for t in got if t[1] == "PARTNERS_WITH"}, got
