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
