"""English aggressions whose victim the sentence leaves out (issue 9, `wars_en.py`): an
owned war noun ("X's relentless offensive", "the X shelling", "an invasion by X", "hold X
to account for its aggression") is against the one place of the document's war, or the one
state all its support goes to; a supply named without a receiver (`recipients_en.py`) goes
to the one receiver of the document's support. Made-up sentences (none copied from a gold
file); runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, issuer: str | None = None) -> set:
    res = extract_text(text, lang="en", date="2023-05-10", issuer=issuer, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


AID = "Greece delivered two field hospitals to Armenia last week. "
PLACE = "The war in Armenia has displaced thousands of families. "


@pytest.mark.parametrize(
    "text",
    [
        AID + "The ministers denounced Azerbaijan's relentless and unlawful offensive.",
        PLACE + "Officials discussed the renewed Azerbaijani shelling of border villages.",
        PLACE + "The summit resolved to hold Azerbaijan accountable for its aggression.",
        PLACE + "Relief groups described the damage left by a months-long invasion by Azerbaijan.",
        PLACE + "The envoys agreed to keep up pressure on Azerbaijan to end its war.",
        # the victim written after a comma-separated run of adjectives
        "They condemned Azerbaijan's sudden, unprovoked assault on Armenia.",
    ],
)
def test_owned_aggression_is_against_the_war_of_the_document(text):
    got = triples(text)
    assert ("AZE", "THREATENS", "ARM") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # a possible, deterred or negated aggression is none
        AID + "A possible Azerbaijani offensive would destabilise the whole region.",
        AID + "The allies will work to deter Azerbaijani aggression in the years ahead.",
        AID + "Azerbaijan's offensive did not happen, the ministers said.",
        # the sentence names another state, which is not the war's place
        AID + "Turkey voiced concern about Azerbaijan's sudden offensive.",
        # two places: the document's war has no one victim
        "Talks covered the war in Armenia and the shelling of Georgia. "
        "The ministers denounced Azerbaijan's relentless offensive.",
        # a name before the noun is no owner
        AID + "Azerbaijan and the war were on the agenda.",
    ],
)
def test_no_victim_without_one_place(text):
    got = triples(text)
    assert not {t for t in got if t[0] == "AZE" and t[1] == "THREATENS"}, got


def test_the_victims_own_offensive_is_no_aggression_against_it():
    got = triples(AID + "The Armenian offensive regained two villages.")
    assert not {t for t in got if t[1] == "THREATENS"}, got


def test_attacks_on_the_speakers_forces_are_no_place():
    # "attacks on our forces" does not make the speaker the war's victim
    got = triples(AID + "We have not seen attacks on our forces. We condemn Azerbaijan's "
                  "brutal assault.", issuer="FRA")
    assert ("AZE", "THREATENS", "FRA") not in got, got
    assert ("AZE", "THREATENS", "ARM") in got, got


def test_subject_carries_on_its_own_war():
    got = triples(AID + "Azerbaijan continues its brutal war.")
    assert ("AZE", "THREATENS", "ARM") in got, got
    got = triples(AID + "Armenia launched a counteroffensive in the spring.")
    assert not {t for t in got if t[1] == "THREATENS"}, got


def test_strikes_on_targets_in_a_state_name_the_victim():
    got = triples("Turkish airstrikes on positions in northern Syria killed five soldiers.")
    assert ("TUR", "THREATENS", "SYR") in got, got
    # the victim a group's positions name is the group's (read by other cues), not the state
    got = triples("Turkish drone strikes on PKK positions in Iraq continued.")
    assert ("TUR", "THREATENS", "IRQ") not in got, got


# ------------- supplies named without a receiver (recipients_en.py)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (AID + "Norway will donate ten howitzers.", {("NOR", "SUPPORTS", "ARM")}),
        (AID + "We thank Belgium and Denmark for committing to provide more air defence systems.",
         {("BEL", "SUPPORTS", "ARM"), ("DNK", "SUPPORTS", "ARM")}),
        (AID + "The pledge from Estonia and Latvia came after talks in Tallinn.",
         {("EST", "SUPPORTS", "ARM"), ("LVA", "SUPPORTS", "ARM")}),
    ],
)
def test_supply_without_receiver_goes_to_the_documents_receiver(text, want):
    got = triples(text)
    assert want <= got, got


@pytest.mark.parametrize(
    "text",
    [
        AID + "Norway did not send any tanks.",
        AID + "Norway would donate ten howitzers if asked.",
        # two receivers in the document: no one receiver to give it to
        AID + "Italy sent aid to Georgia. Norway will donate ten howitzers.",
        # the sentence names another state and not the receiver
        AID + "Norway will donate ten howitzers, officials in Sweden said.",
        # one who attacks the receiver supplies nothing to it
        AID + "Azerbaijan attacked Armenia. Azerbaijan delivered drones.",
    ],
)
def test_no_receiver_when_not_stated_or_not_one(text):
    got = triples(text)
    assert not {t for t in got if t[1] == "SUPPORTS" and t[0] in ("NOR", "AZE")
                and t[2] == "ARM"}, got
