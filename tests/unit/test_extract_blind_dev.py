"""Failure classes found on the first blind set (issue 9, now development data), each
checked on sentences of our own wording, not the set's: the rule, not the sentence, is
what passes. Runs on the real reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text


def triples(text: str, *, lang: str = "en", date: str = "2024-05-02",
            issuer: str | None = "USA") -> set[tuple[str, str, str]]:
    res = extract_text(text, lang=lang, date=date, issuer=issuer)
    return {(r.source, r.type.value, r.target) for r in res.relations}


# --------------------------------------- a third party is the subject of the clause
def test_those_who_supply_are_not_the_speaker():
    got = triples("We stress that those who supply Hezbollah with rockets breach the "
                  "arms embargo.")
    assert not any(t == "SUPPORTS" for _, t, _ in got)
    # the speaker as the subject still counts
    assert ("USA", "SUPPORTS", "UKR") in triples("We supply Ukraine with air defense.")


def test_entities_providing_support_are_not_the_speaker():
    got = triples("We will keep raising costs on Iran, including on companies providing "
                  "support for Russia's drone industry.")
    assert ("USA", "SUPPORTS", "RUS") not in got
    assert ("USA", "OPPOSES", "IRN") in got


# ---------------------------------------------------- "A, with support from B, …"
def test_backers_in_an_aside_support_the_subject_and_do_not_strike():
    got = triples("The navies of France and Spain, with support from Portugal and Norway, "
                  "carried out strikes against pirate bases in Somalia.")
    assert {("PRT", "SUPPORTS", "FRA"), ("NOR", "SUPPORTS", "ESP")} <= got
    assert ("FRA", "THREATENS", "SOM") in got
    assert ("PRT", "THREATENS", "SOM") not in got
    got = triples("Kenya, with the backing of Uganda, launched an offensive against Somalia.")
    assert ("UGA", "SUPPORTS", "KEN") in got
    assert ("UGA", "THREATENS", "SOM") not in got


# ------------------------------------------- aggression with its agent after "by"
def test_harm_of_a_victim_by_an_agent():
    got = triples("Ministers condemned the invasion of Georgia by the armed forces of Russia.")
    assert ("RUS", "THREATENS", "GEO") in got
    assert not any(s == "USA" and t == "THREATENS" for s, t, _ in got)
    got = triples("The statement denounced repeated harassment of lawful Vietnamese fishing "
                  "boats by China.")
    assert ("CHN", "THREATENS", "VNM") in got


def test_aggression_by_against_a_long_object():
    got = triples("They discussed the aggression by Azerbaijan against the territorial "
                  "integrity and sovereignty of Armenia.")
    assert ("AZE", "THREATENS", "ARM") in got


def test_an_adjective_before_the_agent_is_not_the_agent():
    got = triples("We condemn the ongoing attacks against Jordan by Lebanese Hezbollah.")
    assert ("HEZBOLLAH", "THREATENS", "JOR") in got
    assert ("LBN", "THREATENS", "JOR") not in got
    assert ("USA", "OPPOSES", "JOR") not in got  # Jordan is the victim of what is condemned


def test_defender_helped_by_us_is_not_us():
    got = triples("We stand with the Armenian people as we help them defend against "
                  "Azerbaijan's attacks.")
    assert ("AZE", "THREATENS", "USA") not in got


def test_self_defense_possessor_is_the_victim():
    got = triples("The two leaders backed Moldova's self-defense against Russia's war of "
                  "aggression.")
    assert ("RUS", "THREATENS", "MDA") in got


def test_adjective_aggressor_in_plain_nouns():
    got = triples("Both sides reaffirmed support for Georgia in the face of continued Russian "
                  "aggression.")
    assert ("RUS", "THREATENS", "GEO") in got
    assert ("IRN", "THREATENS", "ISR") in triples("They spoke about Iran's use of drones "
                                                  "against Israel.")


def test_dutch_occupation_and_jegens():
    got = triples("De Raad sprak over de door Rusland bezette gebieden in Georgië.", lang="nl",
                  issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Op de agenda stond de Russische agressie jegens Georgië.", lang="nl",
                  issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Armenië zet de strijd tegen Azerbeidzjaanse agressie voort.", lang="nl",
                  issuer="NLD")
    assert ("AZE", "THREATENS", "ARM") in got
