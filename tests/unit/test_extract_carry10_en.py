"""False positives and misses of blind9's English documents (issue 9), by construction.
Every sentence here is our own wording; the negatives must give nothing. Runs on the real
reference catalogue, one sentence per case."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, lang: str = "en", issuer: str | None = "USA") -> set:
    res = extract_text(text, lang=lang, date="2024-03-01", issuer=issuer, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------------------------------- 1. a war of self-defence threatens nobody
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Finland is waging a defensive war against Russia.", "en"),
        ("Georgia's war of self-defence against Russia goes on.", "en"),
        ("Moldova fights its defensive war against Russia alone.", "en"),
        ("Georgië voert een verdedigingsoorlog tegen Rusland.", "nl"),
        ("De verdedigingsoorlog van Georgië tegen Rusland duurt voort.", "nl"),
    ],
)
def test_defensive_war_is_no_threat(text, lang):
    assert not {t for t in triples(text, lang) if t[1] == "THREATENS"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russia is waging an offensive war against Georgia.", "en"),
        ("Russia continues its brutal war against Georgia.", "en"),
        ("De aanvalsoorlog van Rusland tegen Georgië duurt voort.", "nl"),
    ],
)
def test_war_of_aggression_still_a_threat(text, lang):
    assert ("RUS", "THREATENS", "GEO") in triples(text, lang)


# ------------------- 2. one's place in a war, and a time span, name no victim
@pytest.mark.parametrize(
    "text",
    [
        "Canada will bolster Moldova's standing in this war over the rest of my term.",
        "We will improve Georgia's position in the war over the course of our mandate.",
        "Poland's stance in the war against Russia has not changed.",
    ],
)
def test_position_in_a_war_is_no_threat(text):
    assert not {t for t in triples(text) if t[1] == "THREATENS"}


def test_harm_of_after_a_relative_clause_still_read():
    assert ("RUS", "THREATENS", "GEO") in triples(
        "Russia's drone strikes that killed scores of Georgian villagers were cruel.")


# ---------- 3. a member's contribution to its own organisation is no support of it
@pytest.mark.parametrize(
    "text, triple",
    [
        ("The Prime Minister praised India's contributions to the Quad.",
         ("IND", "SUPPORTS", "QUAD")),
        ("Poland has contributed two battalions to NATO.", ("POL", "SUPPORTS", "NATO")),
    ],
)
def test_member_gives_to_own_organisation(text, triple):
    assert triple not in triples(text)


def test_non_member_gives_to_an_organisation_or_a_state():
    assert ("JPN", "SUPPORTS", "UKR") in triples("Japan has contributed $5 million to Ukraine.")
    assert ("KOR", "SUPPORTS", "NATO") in triples(
        "The Republic of Korea has contributed $12 million to NATO.")


# ------------- 4. kept from doing it, and an appeal to allies, state no act
@pytest.mark.parametrize(
    "text, triple",
    [
        ("These rules prevent Canadian firms from arming Iran.", ("CAN", "SUPPORTS", "IRN")),
        ("The ban will stop Canadian parts from aiding Iran's drone program.",
         ("CAN", "SUPPORTS", "IRN")),
        ("The minister addressed the UN General Assembly, urging allies to support Moldova.",
         ("UN", "SUPPORTS", "MDA")),
    ],
)
def test_prevented_or_appealed_act_is_no_relation(text, triple):
    assert triple not in triples(text)


def test_kept_on_doing_it_still_read():
    assert ("CAN", "SUPPORTS", "UKR") in triples("Canada keeps helping Ukraine.")
    assert ("CAN", "SUPPORTS", "UKR") in triples("Canada is arming Ukraine from its own stocks.")


# ----------------------------- 5. a forum described by the states it consists of
@pytest.mark.parametrize(
    "text",
    [
        "The Quad is a forum consisting of Australia, India, Japan and the United States.",
        "The Quad, made up of Australia, India, Japan and the United States, met in May.",
        "The Quad comprises Australia, India, Japan and the United States.",
    ],
)
def test_forum_consisting_of_members(text):
    got = triples(text)
    assert {("AUS", "MEMBER_OF", "QUAD"), ("IND", "MEMBER_OF", "QUAD")} <= got


def test_consisting_of_needs_a_real_membership_and_an_organisation():
    assert triples("NATO comprises Ukraine.") == set()  # not a member on the date
    assert triples("A coalition consisting of Poland and Latvia met.") == set()
    assert triples("The EU mission, made up of experts from Poland, arrived.") == set()


# ------------ 6. a state and its proxies; a state's security against their threats
def test_state_and_its_proxies_including():
    got = triples("Syria and its proxies, including Hezbollah and the Houthis, met today.")
    assert {("SYR", "SUPPORTS", "HEZBOLLAH"), ("SYR", "SUPPORTS", "HOUTHIS")} <= got


def test_security_against_threats_from_a_state_and_its_proxies():
    got = triples("We back Jordan's security against any threats from Syria and its proxies, "
                  "such as Hezbollah.")
    assert {("SYR", "THREATENS", "JOR"), ("HEZBOLLAH", "THREATENS", "JOR"),
            ("SYR", "SUPPORTS", "HEZBOLLAH")} <= got


def test_security_against_threats_negatives():
    got = triples("Jordan's security against threats from floods and Syria's drought.")
    assert not {t for t in got if t[1] == "THREATENS"}
    assert ("SYR", "SUPPORTS", "HEZBOLLAH") not in triples(
        "Syria and its neighbours, including Lebanon, condemned Hezbollah.")


# -------------------- 7. "our G7 partners": the speaker is a member of the organisation
@pytest.mark.parametrize(
    "text, issuer, triple",
    [
        ("Canada and our G7 partners will keep standing with Moldova.", "CAN",
         ("CAN", "MEMBER_OF", "G7")),
        ("We will work with our EU colleagues on Moldova.", "NLD", ("NLD", "MEMBER_OF", "EU")),
    ],
)
def test_our_org_partners(text, issuer, triple):
    assert triple in triples(text, issuer=issuer)


def test_our_org_partners_needs_the_catalogue():
    assert not {t for t in triples("We will work with our EU partners.", issuer="GBR")
                if t[1] == "MEMBER_OF"}
    assert triples("Our EU presidency starts.", issuer="NLD") == set()


# ------------- 8. aid to the people in a state; support to bolster a state's forces
def test_support_to_people_in_a_state_and_to_bolster():
    assert ("CAN", "SUPPORTS", "SOM") in triples(
        "We are providing food, health and water support to a million people across Somalia.",
        issuer="CAN")
    assert ("CAN", "SUPPORTS", "HTI") in triples(
        "We have provided direct support to bolster the Haitian National Police.", issuer="CAN")


def test_support_to_people_in_negatives():
    assert ("CAN", "SUPPORTS", "KEN") not in triples("Canada provides aid to refugees in Kenya.")
    assert ("CAN", "SUPPORTS", "KEN") not in triples(
        "Canada spoke to a million people in Kenya.")


# ------------- 9. a possessor of a thing or a trait is not the one who helps
@pytest.mark.parametrize(
    "text, triple",
    [
        ("Leaders agreed to make use of Iran's immobilized sovereign assets to help Iraq.",
         ("IRN", "SUPPORTS", "IRQ")),
        ("The news shows Iran's cruelty and the need to keep aiding Israel's defence.",
         ("IRN", "SUPPORTS", "ISR")),
    ],
)
def test_owner_of_a_thing_does_not_help(text, triple):
    assert triple not in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's decision to help Ukraine was welcomed.",
        "Japan's Prime Minister continues to support Ukraine.",
        "Japan's government and people support Ukraine.",
    ],
)
def test_owner_of_an_act_or_an_office_helps(text):
    assert ("JPN", "SUPPORTS", "UKR") in triples(text)


# --------- 10. "its" refers to the state just named, even as an object ("costs on X")
def test_its_war_after_a_prepositional_object():
    got = triples("Canada will keep imposing costs on the Russian Federation so long as its "
                  "aggression against Georgia continues.", issuer="CAN")
    assert ("CAN", "THREATENS", "GEO") not in got
    assert ("RUS", "THREATENS", "GEO") in got
