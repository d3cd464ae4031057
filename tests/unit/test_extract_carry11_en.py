"""English constructions that carry to unseen text (issue 9, round 11): classes of
construction, each with made-up variants (different actors, tense, word order, wire-copy
wording); none is copied from a gold file. Runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, issuer: str | None = None) -> set:
    res = extract_text(text, lang="en", date="2024-03-01", issuer=issuer, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. a reporting frame between the actor and its act ("said on Tuesday it would")
@pytest.mark.parametrize(
    "text, want",
    [
        ("Canada said in a statement on Tuesday that it would send drones to Ukraine.",
         ("CAN", "SUPPORTS", "UKR")),
        ("Spain announced late on Monday it would deliver tanks to Ukraine.",
         ("ESP", "SUPPORTS", "UKR")),
        ("The Netherlands told reporters in The Hague on Wednesday that it had delivered "
         "F-16s to Ukraine.", ("NLD", "SUPPORTS", "UKR")),
        ("Japan said on Friday it would provide aid to Ukraine.", ("JPN", "SUPPORTS", "UKR")),
        ("Italy said last week that it would supply air defence systems to Ukraine.",
         ("ITA", "SUPPORTS", "UKR")),
    ],
)
def test_reporting_frame_is_read_through(text, want):
    assert want in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said on Friday it would consider providing aid to Ukraine.",
        "France said on Monday that, if asked, it would send troops to Ukraine.",
        "Germany said in a statement on Monday it would not send Taurus missiles to Ukraine.",
        "Austria said on Thursday that it would never send weapons to Ukraine.",
    ],
)
def test_reporting_frame_keeps_hedge_and_negation(text):
    assert not {t for t in triples(text) if t[1] == "SUPPORTS"}


# ------------- 2. harm nouns: "of"-agent with a victim, offensives, military pressure, compass
@pytest.mark.parametrize(
    "text, want",
    [
        ("Despite the aggression of Russia against Ukraine, Kyiv held elections.",
         ("RUS", "THREATENS", "UKR")),
        ("The attack of Hamas on Israel shocked the world.", ("HAMAS", "THREATENS", "ISR")),
        ("The war of Russia against Georgia in 2008 lasted five days.",
         ("RUS", "THREATENS", "GEO")),
        ("Russian troops began a major offensive in eastern Ukraine.",
         ("RUS", "THREATENS", "UKR")),
        ("Russia launched a new offensive in Ukraine's Kharkiv region on Friday.",
         ("RUS", "THREATENS", "UKR")),
        ("The offensive by Russia in eastern Ukraine stalled.", ("RUS", "THREATENS", "UKR")),
        ("China has stepped up military pressure on Taiwan.", ("CHN", "THREATENS", "TWN")),
        ("Israel maintains military pressure on Hamas.", ("ISR", "THREATENS", "HAMAS")),
        ("Russia's renewed attacks on southern Ukraine killed dozens.",
         ("RUS", "THREATENS", "UKR")),
    ],
)
def test_harm_nouns(text, want):
    assert want in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The invasion of Ukraine in violation of the UN Charter must end.",
        "The invasion of Ukraine on 24 February shocked Poland.",
        "Ukraine's counteroffensive against Russia stalled.",
        "The occupation of Georgia's regions on a large scale worries the OSCE.",
    ],
)
def test_harm_noun_of_victim_is_no_agent(text):
    assert not {t for t in triples(text) if t[1] == "THREATENS" and t[0] != "RUS"}


# ------------- 3. partnership nouns: pacts, alliances the parties discuss or hail
@pytest.mark.parametrize(
    "text, want",
    [
        ("Honiara signed a security pact with Beijing.", ("CHN", "PARTNERS_WITH", "SLB")),
        ("Fiji's security pact with China worries Canberra.", ("CHN", "PARTNERS_WITH", "FJI")),
        ("Vanuatu's new security pact with Australia was ratified on Monday.",
         ("AUS", "PARTNERS_WITH", "VUT")),
        ("The United States and the Philippines discussed their alliance on Friday.",
         ("PHL", "PARTNERS_WITH", "USA")),
        ("Japan and South Korea hailed their alliance, officials said.",
         ("JPN", "PARTNERS_WITH", "KOR")),
    ],
)
def test_partnership_nouns(text, want):
    assert want in triples(text)


def test_pact_of_its_is_not_the_visitor():
    text = ("The visit by an official of the new Australian government to Honiara came amid "
            "concern over its security pact with China.")
    assert ("AUS", "PARTNERS_WITH", "CHN") not in triples(text)


# ------------- 4. a subject with a comitative aside: both act ("A, alongside B, VERB")
@pytest.mark.parametrize(
    "text, want",
    [
        ("The United States, together with the United Kingdom, conducted strikes against "
         "the Houthis.", {("USA", "THREATENS", "HOUTHIS"), ("GBR", "THREATENS", "HOUTHIS")}),
        ("Germany, alongside France and Italy, pledged to provide aid to Ukraine.",
         {("DEU", "SUPPORTS", "UKR"), ("FRA", "SUPPORTS", "UKR"), ("ITA", "SUPPORTS", "UKR")}),
        ("Poland, jointly with the Baltic states, will send more ammunition to Ukraine.",
         {("POL", "SUPPORTS", "UKR"), ("LTU", "SUPPORTS", "UKR")}),
        ("The Netherlands, in partnership with Denmark, will deliver jets to Ukraine.",
         {("NLD", "SUPPORTS", "UKR"), ("DNK", "SUPPORTS", "UKR")}),
    ],
)
def test_comitative_aside(text, want):
    assert want <= triples(text)


# ------------- 5. aid to a list of receivers that ends with a territory named as a place
def test_aid_to_a_list_ending_in_a_territory():
    got = triples("The United States will provide humanitarian aid to Sudan, Haiti and Gaza.")
    assert {("USA", "SUPPORTS", "SDN"), ("USA", "SUPPORTS", "HTI"),
            ("USA", "SUPPORTS", "PSE")} <= got


def test_a_territory_after_a_list_of_sources_is_no_receiver():
    got = triples("The aid went to Sudan, while rockets from Syria and Gaza hit Israel.")
    assert not {t for t in got if t[2] == "PSE" or t[0] == "PSE"}


# ------------- 6. an actor that ensures or strengthens a state's security supports it
@pytest.mark.parametrize(
    "text, want",
    [
        ("The United States will ensure the long-term security of Israel.",
         ("USA", "SUPPORTS", "ISR")),
        ("Washington will bolster Israel's defense against Iran.", ("USA", "SUPPORTS", "ISR")),
        ("Germany will strengthen Ukraine's air defences with more Patriot systems.",
         ("DEU", "SUPPORTS", "UKR")),
        ("Japan pledged to enhance the security of the Philippines.",
         ("JPN", "SUPPORTS", "PHL")),
    ],
)
def test_ensure_security(text, want):
    assert want in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders want to see Hamas defeated and to guarantee the security of Israel.",
        "Britain discussed the security of Ukraine with France.",
        "Russia says it must ensure its own security against NATO.",
    ],
)
def test_ensure_security_needs_its_own_agent(text):
    assert not {t for t in triples(text) if t[1] == "SUPPORTS"}


# ------------- 7. wire-copy partnership and harm wording
@pytest.mark.parametrize(
    "text, want",
    [
        ("China and Russia held joint naval drills in the Sea of Japan on Thursday.",
         ("CHN", "PARTNERS_WITH", "RUS")),
        ("Russia and Belarus began joint military exercises on Monday.",
         ("BLR", "PARTNERS_WITH", "RUS")),
        ("Washington and Manila signed a deal to expand U.S. access to Philippine bases.",
         ("PHL", "PARTNERS_WITH", "USA")),
        ("India and France agreed to deepen defence ties during a visit to Paris.",
         ("FRA", "PARTNERS_WITH", "IND")),
        ("Vietnam is expanding its defence ties with Japan.", ("JPN", "PARTNERS_WITH", "VNM")),
        ("Russian forces captured a village in eastern Ukraine.", ("RUS", "THREATENS", "UKR")),
        ("Israeli air strikes pounded southern Lebanon on Tuesday, state media reported.",
         ("ISR", "THREATENS", "LBN")),
        ("Iranian drones hit Israel on Saturday night.", ("IRN", "THREATENS", "ISR")),
    ],
)
def test_wire_copy(text, want):
    assert want in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine signed a prisoner swap deal brokered by the UAE.",
        "The photographer captured the moment in Kyiv.",
    ],
)
def test_wire_copy_negatives(text):
    got = triples(text)
    assert not {t for t in got if t[1] in ("PARTNERS_WITH", "THREATENS")}


# ------------- 8. "X is / remains (one of) Y's closest partners / strongest supporters"
@pytest.mark.parametrize(
    "text, want",
    [
        ("Japan is Australia's closest partner in Asia.", ("AUS", "PARTNERS_WITH", "JPN")),
        ("The United States is Israel's most important ally.", ("ISR", "PARTNERS_WITH", "USA")),
        ("Belarus has become Russia's most loyal ally in the war.",
         ("BLR", "PARTNERS_WITH", "RUS")),
        ("Canada remains one of Ukraine's strongest supporters.", ("CAN", "SUPPORTS", "UKR")),
        ("The EU is Moldova's largest donor.", ("EU", "SUPPORTS", "MDA")),
        ("Iran is one of Russia's main arms suppliers.", ("IRN", "SUPPORTS", "RUS")),
    ],
)
def test_owners_partner_or_supporter(text, want):
    assert want in triples(text)


def test_owners_noun_needs_the_copula():
    got = triples("Ukraine's strongest supporters met in Ramstein, Germany said.")
    assert not {t for t in got if t[0] == "DEU"}


# ------------- 9. a named leader's regime or government owns the noun after it
@pytest.mark.parametrize(
    "text, want",
    [
        ("The Lukashenka regime's support for Russia's war continued.",
         ("BLR", "SUPPORTS", "RUS")),
        ("Britain condemned the Lukashenka regime's backing for Russia.",
         ("BLR", "SUPPORTS", "RUS")),
        ("The Iranian regime's support for Hamas must end.", ("IRN", "SUPPORTS", "HAMAS")),
    ],
)
def test_named_regime_owns_its_support(text, want):
    assert want in triples(text)


def test_unnamed_regime_owns_nothing():
    assert not {t for t in triples("We condemn the regime's support for Russia.", "USA")
                if t[1] == "SUPPORTS"}


# ------------- 10. gratitude to a supporter names the support ("grateful to X for its aid")
@pytest.mark.parametrize(
    "text, want",
    [
        ("Ukraine is grateful to Denmark for its military aid.", ("DNK", "SUPPORTS", "UKR")),
        ("Moldova remains deeply grateful to Romania for its support.",
         ("ROU", "SUPPORTS", "MDA")),
        ("Kyiv is grateful to the Netherlands for their continued assistance.",
         ("NLD", "SUPPORTS", "UKR")),
    ],
)
def test_grateful_for_support(text, want):
    assert want in triples(text)


def test_grateful_for_other_things_is_no_support():
    assert not {t for t in triples("Ukraine is grateful to Canada for its leadership.")
                if t[1] == "SUPPORTS"}


# ------------- 11. a non-restrictive relative clause states its antecedent's act
@pytest.mark.parametrize(
    "text, want",
    [
        ("Belarus, which has supported Russia's war, faces new sanctions.",
         ("BLR", "SUPPORTS", "RUS")),
        ("Japan, which has provided $12 billion to Ukraine, will host the conference.",
         ("JPN", "SUPPORTS", "UKR")),
        ("North Korea, which shipped shells to Russia, fired a missile on Monday.",
         ("PRK", "SUPPORTS", "RUS")),
    ],
)
def test_relative_clause(text, want):
    assert want in triples(text)


def test_relative_clause_with_its_own_subject_is_not_the_antecedents():
    got = triples("Taiwan, which China claims as its own, held elections.")
    assert not {t for t in got if t[0] == "TWN"}


# ------------- 12. a passive sanction or condemnation is not the subject's act
@pytest.mark.parametrize(
    "text",
    [
        "Iran was sanctioned by the EU.",
        "Iran, which supplies drones to Russia, was sanctioned by the EU.",
        "Belarus is criticised by the OSCE for its elections.",
    ],
)
def test_passive_sanction_is_not_the_subjects(text):
    got = triples(text)
    assert not {t for t in got if t[1] == "OPPOSES" and t[0] in ("IRN", "RUS", "BLR")}
