"""English precision guards of round 15: constructions that read as a relation but state
none. Made-up sentences (none copied from a gold file); runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, lang: str = "en") -> set:
    res = extract_text(text, lang=lang, date="2024-03-01", doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. states one consults "with" are partners of the subject, not of each other
@pytest.mark.parametrize(
    "text",
    [
        "We are consulting with Chile, Peru, and Mexico to explore cooperation on energy.",
        "The ministers met with Ghana, Kenya and Senegal to discuss closer partnership.",
    ],
)
def test_list_after_with_is_no_partnership_among_them(text):
    pairs = {t for t in triples(text) if t[1] == "PARTNERS_WITH"}
    listed = {"CHL", "PER", "MEX", "GHA", "KEN", "SEN"}
    assert not {t for t in pairs if t[0] in listed and t[2] in listed}


def test_list_as_subject_still_cooperates():
    assert ("CHL", "PARTNERS_WITH", "PER") in triples(
        "Chile, Peru and Mexico agreed to deepen their cooperation on energy.")


# ------------- 2. whoever deters, confronts or prevents a threat does not pose it
@pytest.mark.parametrize(
    "text",
    [
        "Japan sent two destroyers to Guam to deter threats against its allies.",
        "Canada is training Latvian troops to confront threats to the Baltic states.",
    ],
)
def test_deterring_a_threat_is_no_threat(text):
    assert not {t for t in triples(text) if t[1] == "THREATENS"}


def test_posing_a_threat_is_still_read():
    assert ("IRN", "THREATENS", "ISR") in triples("Iran poses a grave threat to Israel.")


# ------------- 3. ", as well as the Belarusian build-up": a new phrase, not a second victim
def test_demonym_after_as_well_as_is_no_victim():
    got = triples("The sanctions answer Russia's aggression against Georgia, as well as the "
                  "Belarusian military exercises near its border.")
    assert ("RUS", "THREATENS", "GEO") in got
    assert ("RUS", "THREATENS", "BLR") not in got


def test_as_well_as_a_named_state_stays_in_the_list():
    got = triples("We condemn Russia's aggression against Georgia, as well as Moldova.")
    assert {("RUS", "THREATENS", "GEO"), ("RUS", "THREATENS", "MDA")} <= got


# ------------- 4. "the commitment of X to support Y": X supports, not the sentence's subject
@pytest.mark.parametrize(
    "text, agent, other",
    [
        ("The Secretary-General reaffirmed the commitment of the United Nations to support "
         "the people of Haiti.", "UN", "NATO"),
        ("Germany welcomed the decision of Japan to help Ukraine.", "JPN", "DEU"),
    ],
)
def test_owner_named_after_act_noun_is_the_agent(text, agent, other):
    got = triples(text)
    supported = {t[0] for t in got if t[1] == "SUPPORTS"}
    assert agent in supported
    assert other not in supported


def test_meeting_with_counterparts_of_a_list_is_still_their_cooperation():
    got = triples("The envoy met with Chilean, Peruvian and Mexican counterparts to discuss "
                  "continued cooperation on energy.")
    assert ("CHL", "PARTNERS_WITH", "PER") in got


# ------------- 5. "our allies who stood with us, including A and B": partners of the speaker
def issued(text: str) -> set:
    res = extract_text(text, lang="en", date="2024-03-01", doc_id="t", issuer="The White House")
    return {(r.source, r.type.value, r.target) for r in res.relations}


@pytest.mark.parametrize(
    "text",
    [
        "I thank our partners who worked with us for months, including Chile, Peru, and Mexico.",
        "We thank our allies, including Chile, Peru and Mexico, for their help.",
    ],
)
def test_our_allies_including_are_our_partners(text):
    got = {t for t in issued(text) if t[1] == "PARTNERS_WITH"}
    assert {frozenset((t[0], t[2])) for t in got} >= {
        frozenset(("USA", x)) for x in ("CHL", "PER", "MEX")}


def test_including_after_another_clause_is_no_partner():
    got = issued("Our partners condemned the attacks on civilians, including Chile.")
    assert not {t for t in got if t[1] == "PARTNERS_WITH"}


# ------------- 6. "the SCO -- a grouping of the states of A, B and C --": members
def test_apposition_grouping_lists_members():
    got = triples("The Shanghai Cooperation Organisation (SCO) -- a Beijing-led grouping of the "
                  "states of China, Kazakhstan, and Pakistan -- met on Monday.")
    assert {("CHN", "MEMBER_OF", "SCO"), ("KAZ", "MEMBER_OF", "SCO")} <= got


def test_group_of_allies_of_a_state_is_no_membership():
    assert not {t for t in triples("NATO, a group of allies of Ukraine, met on Monday.")
                if t[1] == "MEMBER_OF"}


# ------------- 7. "We, the leaders of A, B and C, … our partnership"; "we work with A"
def test_we_the_leaders_of_a_partnership():
    got = triples("We the leaders of Chile, Peru and Mexico mark the tenth anniversary of the "
                  "Pacific Pact - a close energy partnership.")
    assert {("CHL", "PARTNERS_WITH", "PER"), ("MEX", "PARTNERS_WITH", "PER")} <= got


def test_we_the_leaders_without_partnership_is_none():
    got = triples("We the leaders of Chile and Peru condemn the attack on the port.")
    assert not {t for t in got if t[1] == "PARTNERS_WITH"}


def test_we_work_closely_with_a_state():
    got = {frozenset((t[0], t[2])) for t in issued(
        "We are working closely with Chile on energy security.") if t[1] == "PARTNERS_WITH"}
    assert frozenset(("USA", "CHL")) in got


# ------------- 8. "ironclad commitment to X"; "A, B and other Iranian-backed groups"
def test_ironclad_commitment_to_a_state_is_support():
    assert ("FRA", "SUPPORTS", "CHL") in triples(
        "The minister reiterated the French ironclad commitment to Chile.")


def test_firm_commitment_to_an_agreement_is_no_support():
    assert not {t for t in triples("France reiterated its firm commitment to the Paris "
                                   "Agreement.") if t[1] == "SUPPORTS"}


def test_list_before_and_other_backed_groups_is_backed():
    got = triples("Our forces will counter Hezbollah, Hamas, the Houthis, and any other "
                  "Iranian-funded militant groups.")
    assert {("IRN", "SUPPORTS", "HEZBOLLAH"), ("IRN", "SUPPORTS", "HAMAS")} <= got


def test_and_other_states_is_no_backing():
    assert not {t for t in triples("We condemn Russia and other states that arm the junta.")
                if t[1] == "SUPPORTS"}


# ------------- 9. "X's aggression has caused untold harm to the people of Y"
def test_aggression_that_caused_harm_to_a_state():
    assert ("RUS", "THREATENS", "GEO") in triples(
        "Russian illegal and unprovoked aggression has caused untold harm to the people of "
        "Georgia.")


@pytest.mark.parametrize(
    "text",
    [
        "The earthquake has caused untold harm to the people of Georgia.",
        "Russia's war has caused harm to its own economy.",
    ],
)
def test_harm_without_an_aggressor_or_a_victim_state(text):
    assert not {t for t in triples(text) if t[1] == "THREATENS"}
