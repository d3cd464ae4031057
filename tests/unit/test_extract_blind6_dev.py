"""Failure classes found on the sixth blind set (issue 9, now development data), each
checked on sentences of our own wording, not the set's: the rule, not the sentence, is
what passes. Runs on the real reference catalogue."""

from __future__ import annotations

from extract_triples import triples


# --------------------------------- a person the catalogue knows, spelled another way
def test_a_transliterated_name_keeps_the_catalogues_id():
    got = triples("Prime Minister Mohamed Shia’a Al-Sudani of Iraq arrives in Washington "
                  "next week.", date="2024-02-10")
    assert ("mohammed-shia-al-sudani", "REPRESENTS", "IRQ") in got
    assert not any(s.startswith("mohamed") for s, _, _ in got)


def test_a_name_only_close_to_a_catalogue_person_stays_its_own():
    got = triples("Foreign Minister Tomas Andersen of Norway arrives in Washington "
                  "next week.", date="2024-02-10")
    assert ("tomas-andersen", "REPRESENTS", "NOR") in got


# ------------------------- "the invasion of X": X is the victim, not the invader
def test_the_invasion_of_a_state_names_no_invader_of_the_states_listed_before():
    got = triples("Today the Minister ended a trip to Latvia, Finland and Norway during "
                  "which she met partners to discuss the invasion of Ukraine.", issuer="CAN")
    assert not {t for t in got if t[0] == "UKR"}
    got = triples("Today the Minister ended a trip to Latvia and Finland during which she "
                  "met allies to discuss Russia’s brutal invasion of Ukraine.", issuer="CAN")
    assert {t for t in got if t[1] == "THREATENS"} == {("RUS", "THREATENS", "UKR")}


# ------------------------------ a title another body's name qualifies is not NATO's
def test_the_secretary_general_of_another_named_body_is_not_natos():
    got = triples("Ms. Doe also met with Arab Maghreb Union (AMU) Secretary-General "
                  "Dr. Tarik Benmoussa to discuss Libya.")
    assert not {t for t in got if t[2] == "NATO"}
    got = triples("She also met the Pacific Islands Forum Secretary General Baron Waqa.")
    assert not {t for t in got if t[2] == "NATO"}
    got = triples("She also met NATO Secretary General Jens Stoltenberg in Brussels.")
    assert ("jens-stoltenberg", "REPRESENTS", "NATO") in got


# ------------- a staff title whose office the issuer's known holder fills: not ours
def test_a_sanctioned_vice_president_is_not_the_issuers():
    got = triples("Today the Treasury is designating four individuals, including Vice "
                  "President Alberto Mondlane and businessman Jorge Tembe.")
    assert not {t for t in got if t[0] == "alberto-mondlane" and t[2] == "USA"}
    got = triples("Vice President Kamala Harris travels to Ghana next week.")
    assert ("kamala-harris", "REPRESENTS", "USA") in got


# ------------- contributors to a mission sent to a state, and "the largest contributor"
_MISSION = (
    "Statement on the Arrival of the Regional Stabilisation Mission to Mozambique\n\n"
    "Today the first police officers arrived in Maputo. {body}\n"
)


def test_states_listed_as_contributors_to_the_mission_support_its_host():
    got = triples(_MISSION.format(body=(
        "We thank all the nations that have committed police and funding to the mission, "
        "led by Rwanda and including Ghana, Portugal and Brazil.")), issuer="GBR")
    assert {("RWA", "SUPPORTS", "MOZ"), ("GHA", "SUPPORTS", "MOZ"),
            ("PRT", "SUPPORTS", "MOZ"), ("BRA", "SUPPORTS", "MOZ")} <= got


def test_the_largest_contributor_to_a_state_or_its_mission_supports_it():
    got = triples("Norway has been the single largest donor to Mozambique since 2019.",
                  issuer="GBR")
    assert ("NOR", "SUPPORTS", "MOZ") in got
    got = triples(_MISSION.format(body=(
        "Portugal is the mission’s biggest financial contributor.")), issuer="GBR")
    assert ("PRT", "SUPPORTS", "MOZ") in got


def test_a_mission_without_one_host_or_with_the_host_named_gives_no_reference():
    two = ("The Mission to Mozambique and the mission in Malawi began today. "
           "Portugal is this mission’s biggest financial contributor.")
    assert not {t for t in triples(two, issuer="GBR") if t[0] == "PRT"}
