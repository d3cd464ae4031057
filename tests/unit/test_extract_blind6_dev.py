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
