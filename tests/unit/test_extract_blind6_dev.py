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


# --------------------------------------------- support read off thanks and others' work
def test_thanks_for_support_make_the_thanked_state_a_supporter_of_the_thanker():
    got = triples("The President thanked Chile for its logistical support.")
    assert ("CHL", "SUPPORTS", "USA") in got
    got = triples("Ireland expressed its gratitude for Ghana’s steady help.", issuer="GBR")
    assert ("GHA", "SUPPORTS", "IRL") in got
    # support for a cause, or for a third state, is not support for the one who thanks
    got = triples("The President thanked Chile for its support at the UN to call for "
                  "elections.")
    assert ("CHL", "SUPPORTS", "USA") not in got


def test_supporting_the_work_of_named_states_supports_them():
    got = triples("We fully back the inquiry by Norway and Finland into the sabotage.",
                  issuer="GBR")
    assert {("GBR", "SUPPORTS", "NOR"), ("GBR", "SUPPORTS", "FIN")} <= got


def test_forces_deployed_with_support_from_a_state_are_supported_by_it():
    got = triples("Yesterday, with generous support from Japan, Filipino engineers "
                  "rebuilt the port.")
    assert ("JPN", "SUPPORTS", "PHL") in got


# ------------------------------------------ partners: "worked with", "our oldest ally"
def test_having_worked_with_a_state_is_partnership():
    got = triples("And we’ve worked with Ghana and other partners to finish the plan.")
    assert ("GHA", "PARTNERS_WITH", "USA") in got or ("USA", "PARTNERS_WITH", "GHA") in got


def test_a_state_in_apposition_to_our_oldest_ally_is_a_partner():
    got = triples("He praised the friendship with Portugal, our oldest ally in Europe.")
    assert ("PRT", "PARTNERS_WITH", "USA") in got or ("USA", "PARTNERS_WITH", "PRT") in got


# ----------------------------------------------------------- Dutch threats in new words
def test_nl_troops_gathered_at_a_border_threaten_the_state_beyond_it():
    got = triples("Rusland heeft 100.000 manschappen verzameld aan de grens met Georgië.",
                  lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got


def test_nl_an_intimidation_compound_against_a_state_is_a_threat():
    got = triples("Sinds mei heeft China zijn intimidatiecampagne tegen Taiwan verder "
                  "opgevoerd.", lang="nl", issuer="NLD")
    assert ("CHN", "THREATENS", "TWN") in got


def test_nl_the_suffering_a_state_caused_in_another_is_a_threat():
    got = triples("Het leed dat Rusland in Georgië aanrichtte, is nog lang niet voorbij.",
                  lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got


# --------------------------------------------------------- Dutch: whose war, who helped
def test_nl_the_war_of_a_person_names_no_victim_among_those_who_speak_of_it():
    got = triples("Jan de Vries sprak gisteren met Belgische collega's over de oorlog van "
                  "Poetin.", lang="nl", issuer="BEL")
    assert not {t for t in got if t[0] == "BEL" and t[1] == "THREATENS"}


def test_nl_a_position_on_a_war_is_not_the_war_of_the_one_holding_it():
    got = triples("Nederlands standpunt oorlog in Georgië", lang="nl", issuer="NLD")
    assert ("NLD", "THREATENS", "GEO") not in got
    got = triples("Ruslands oorlog in Georgië duurt voort.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got


def test_nl_support_given_together_with_others_before_a_verb_final_participle():
    got = triples("Nederland heeft in 2023 samen met andere landen Moldavië gesteund met "
                  "geld en materieel.", lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "MDA") in got


def test_nl_a_member_with_adverbs_before_lid():
    got = triples("Finland is inmiddels een volwaardig lid van de NAVO.", lang="nl",
                  issuer="NLD")
    assert ("FIN", "MEMBER_OF", "NATO") in got


# -------------------------------------------------- "X and its ally Y", in both languages
def test_a_state_and_its_ally_are_partners():
    got = triples("Iran and its close ally Syria held talks in Damascus.")
    assert ("IRN", "PARTNERS_WITH", "SYR") in got or ("SYR", "PARTNERS_WITH", "IRN") in got
    got = triples("Het kabinet steunt maatregelen tegen Rusland en zijn bondgenoot "
                  "Belarus.", lang="nl", issuer="NLD")
    assert ("BLR", "PARTNERS_WITH", "RUS") in got or ("RUS", "PARTNERS_WITH", "BLR") in got


# ----------------------------------- the author line of a statement speaks for its issuer
def test_the_author_of_a_statement_represents_its_issuer_whatever_the_title():
    got = triples("Statement by Ambassador Jane Moorcroft at the UN Security Council meeting "
                  "on Yemen.", issuer="GBR")
    assert ("jane-moorcroft", "REPRESENTS", "GBR") in got
    got = triples("Statement by Communications Director Tom Bellamy")
    assert ("tom-bellamy", "REPRESENTS", "USA") in got
    # an ambassador met in the text is not the issuer's
    got = triples("The Minister met Ambassador Jane Moorcroft in London.", issuer="IRL")
    assert ("jane-moorcroft", "REPRESENTS", "IRL") not in got
