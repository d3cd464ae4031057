"""Reference across sentences (issue 9, "relations stated across sentences"), session of
3 December: the parties of the meeting or call the title names stand for "the two
leaders" / "the two sides" / "They" when the body never names them together, and a
sentence-opening "He" / "She" / "Hij" (or "…, and she …") is the one person who was the
subject just before. No referent across a paragraph break, for competing persons, for a
non-person subject, or against the honorific's gender. Every text is written for these
tests (none is copied from any gold set). Runs on the real reference catalogue
(module: loaders/extract/discourse.py)."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text

_GRID = "condemned Russia's attacks on Ukraine's power grid."
_MEETING_TITLE = ("Readout of Vice President Harris’s Call with Prime Minister Jonas Gahr "
                  "Støre of Norway")
_NL_TITLE = ("Verslag van het gesprek van minister-president Schoof met president Macron "
             "van Frankrijk")


def _rels(text: str, *, title: str | None = None, lang: str = "en", issuer: str | None = "USA",
          date: str = "2024-05-02") -> dict[tuple[str, str, str], float]:
    res = extract_text(text, lang=lang, date=date, issuer=issuer, title=title)
    return {(r.source, r.type.value, r.target): r.confidence for r in res.relations}


# ------------------------------------------------ the title's meeting parties (English)
def test_the_two_leaders_are_the_parties_the_title_names():
    got = _rels("The Vice President spoke today with her counterpart. The two leaders "
                "condemned Russia's strikes on Ukraine's ports.", title=_MEETING_TITLE)
    assert {("USA", "OPPOSES", "RUS"), ("NOR", "OPPOSES", "RUS")} <= set(got)


def test_they_are_the_parties_of_the_meeting_in_the_title():
    got = _rels("The officials met in Nairobi. They condemned the attacks by Hamas on "
                "Israel.", title="Readout of National Security Advisor Jake Sullivan’s "
                "Meeting with the Foreign Minister of Kenya")
    assert {("USA", "OPPOSES", "HAMAS"), ("KEN", "OPPOSES", "HAMAS")} <= set(got)


def test_the_two_sides_of_a_dialogue_named_as_a_compound():
    got = _rels("The dialogue took place in Manila. The two sides reaffirmed their support "
                "for Ukraine.", title="Joint Statement on the U.S.-Philippines Strategic "
                "Dialogue")
    assert {("USA", "SUPPORTS", "UKR"), ("PHL", "SUPPORTS", "UKR")} <= set(got)


def test_a_title_that_reports_no_meeting_gives_no_parties():
    got = _rels("The Vice President spoke today with her counterpart. The two leaders "
                "condemned Russia's strikes on Ukraine's ports.", title="Statement on Norway")
    assert ("NOR", "OPPOSES", "RUS") not in got
    assert ("USA", "OPPOSES", "RUS") not in got


def test_parties_from_the_title_are_less_sure_than_parties_named():
    carried = _rels("The Vice President spoke today with her counterpart. The two leaders "
                    "condemned Russia's strikes on Ukraine's ports.", title=_MEETING_TITLE)
    named = _rels("Norway and the United States condemned Russia's strikes on Ukraine's "
                  "ports.", title=_MEETING_TITLE)
    assert carried[("NOR", "OPPOSES", "RUS")] < named[("NOR", "OPPOSES", "RUS")]


# -------------------------------------------------- the title's meeting parties (Dutch)
def test_de_twee_leiders_zijn_de_partijen_uit_de_titel():
    got = _rels("Het gesprek vond plaats in Parijs. De twee leiders veroordeelden de "
                "Russische aanvallen op Oekraïne.", title=_NL_TITLE, lang="nl",
                issuer="NLD", date="2024-09-01")
    assert {("NLD", "OPPOSES", "RUS"), ("FRA", "OPPOSES", "RUS")} <= set(got)


def test_beide_leiders_zijn_de_partijen_uit_de_titel():
    got = _rels("Het gesprek vond plaats in Parijs. Beide leiders spraken hun steun uit "
                "voor Oekraïne.", title=_NL_TITLE, lang="nl", issuer="NLD", date="2024-09-01")
    assert {("NLD", "SUPPORTS", "UKR"), ("FRA", "SUPPORTS", "UKR")} <= set(got)


def test_een_titel_zonder_gesprek_geeft_geen_partijen():
    got = _rels("Het overleg vond plaats in Parijs. De twee leiders veroordeelden de "
                "Russische aanvallen op Oekraïne.", title="Kamerbrief over Frankrijk",
                lang="nl", issuer="NLD", date="2024-09-01")
    assert ("FRA", "OPPOSES", "RUS") not in got


# ------------------------------------------------------------- "He" / "She" / "Hij"
def test_he_is_the_person_who_was_the_subject_before():
    got = _rels("Secretary Blinken travelled to Warsaw on Monday. He " + _GRID)
    assert ("USA", "OPPOSES", "RUS") in got


def test_she_is_the_person_who_was_the_subject_before():
    got = _rels("Foreign Minister Annalena Baerbock arrived in Kyiv. She " + _GRID,
                issuer=None)
    assert ("DEU", "OPPOSES", "RUS") in got


def test_and_she_in_a_second_clause_is_the_sentences_subject():
    got = _rels("Vice President Harris reaffirmed support for Moldova, and she " + _GRID)
    assert ("USA", "OPPOSES", "RUS") in got


def test_a_resolved_pronoun_is_less_sure_than_the_name():
    said = _rels("Secretary Blinken travelled to Warsaw on Monday. He " + _GRID)
    named = _rels("Secretary Blinken travelled to Warsaw on Monday. Secretary Blinken " + _GRID)
    assert said[("USA", "OPPOSES", "RUS")] < named[("USA", "OPPOSES", "RUS")]


def test_no_pronoun_across_a_paragraph_break():
    got = _rels("Secretary Blinken travelled to Warsaw on Monday.\n\nHe " + _GRID)
    assert ("USA", "OPPOSES", "RUS") not in got


def test_no_pronoun_when_two_persons_compete():
    got = _rels("President Biden and President Macron met in Paris. He " + _GRID)
    assert ("USA", "OPPOSES", "RUS") not in got
    assert ("FRA", "OPPOSES", "RUS") not in got


def test_no_pronoun_against_the_honorifics_gender():
    got = _rels("Ms. Baerbock arrived in Kyiv. He " + _GRID, issuer=None)
    assert ("DEU", "OPPOSES", "RUS") not in got


def test_no_pronoun_when_the_subject_was_a_state():
    got = _rels("Germany welcomed Secretary Blinken. He " + _GRID)
    assert ("USA", "OPPOSES", "RUS") not in got


def test_hij_is_de_persoon_die_net_onderwerp_was():
    got = _rels("Minister Hoekstra bezocht Kyiv. Hij veroordeelde de Russische aanvallen op "
                "Oekraïne.", lang="nl", issuer="NLD", date="2023-03-01")
    assert ("NLD", "OPPOSES", "RUS") in got


def test_hij_niet_over_een_alinea_heen():
    got = _rels("Minister Hoekstra bezocht Kyiv.\n\nHij veroordeelde de Russische aanvallen "
                "op Oekraïne.", lang="nl", issuer=None, date="2023-03-01")
    assert ("NLD", "OPPOSES", "RUS") not in got


def test_hij_niet_als_twee_personen_onderwerp_zijn():
    got = _rels("Minister Hoekstra en minister Ollongren bezochten Kyiv. Hij veroordeelde "
                "de Russische aanvallen op Oekraïne.", lang="nl", issuer=None,
                date="2023-03-01")
    assert ("NLD", "OPPOSES", "RUS") not in got


# ------------------------------------------- who "we" is: a count before the group named
def _speaking(text: str, lang: str = "en") -> tuple[list[str], set[tuple[str, str, str]]]:
    res = extract_text(text, lang=lang, date="2024-07-10", issuer=None)
    return res.issuers, {(r.source, r.type.value, r.target) for r in res.relations}


def test_we_the_heads_of_state_of_the_32_allies_is_nato():
    issuers, got = _speaking("We, the Heads of State and Government of the 32 NATO Allies, "
                             "met in Washington. We condemn Iran's attacks on Israel.")
    assert issuers == ["NATO"]
    assert ("NATO", "OPPOSES", "IRN") in got


def test_wij_de_regeringsleiders_van_de_32_bondgenoten_is_de_navo():
    issuers, got = _speaking("Wij, de regeringsleiders van de 32 NAVO-bondgenoten, kwamen "
                             "bijeen in Washington. Wij veroordelen de Iraanse aanvallen op "
                             "Israël.", lang="nl")
    assert issuers == ["NATO"]
    assert ("NATO", "OPPOSES", "IRN") in got


def test_a_count_of_groups_that_are_no_actor_gives_no_speaker():
    issuers, got = _speaking("We, the representatives of 40 civil society groups, met in "
                             "Geneva. We condemn Iran's attacks on Israel.")
    assert issuers == []
    assert not any(s == "NATO" or t == "IRN" and r == "OPPOSES" for s, r, t in got)


# ---------------------------------------- who "we" is: the speaker a headline names
def _headed(text: str, lang: str = "en", date: str = "2023-03-01",
            issuer: str | None = None) -> tuple[list[str], set[tuple[str, str, str]]]:
    res = extract_text(text, lang=lang, date=date, issuer=issuer)
    return res.issuers, {(r.source, r.type.value, r.target) for r in res.relations}


def test_speech_by_a_head_of_government_speaks_for_the_state():
    issuers, got = _headed("Speech by Prime Minister Trudeau at the summit in Ottawa\n\n"
                           "We condemn Russia's attacks on Ukraine's power grid.")
    assert issuers == ["CAN"]
    assert ("CAN", "OPPOSES", "RUS") in got


def test_toespraak_door_een_minister_spreekt_voor_de_staat():
    issuers, got = _headed("Toespraak door minister Hoekstra bij de opening van het jaar\n\n"
                           "Wij veroordelen de Russische aanvallen op Oekraïne.", lang="nl")
    assert issuers == ["NLD"]
    assert ("NLD", "OPPOSES", "RUS") in got


def test_an_office_before_a_colon_speaks():
    issuers, got = _headed("NATO Secretary General: the Alliance stands firm\n\n"
                           "We condemn Russia's attacks on Ukraine's power grid.")
    assert issuers == ["NATO"]


def test_a_headline_of_two_persons_names_no_speaker():
    issuers, got = _headed("Putin and Xi: a partnership without limits\n\n"
                           "We condemn Russia's attacks on Ukraine's power grid.")
    assert issuers == []
    assert not any(r == "OPPOSES" for _, r, _ in got)


def test_the_metadata_issuer_beats_a_headline():
    issuers, _ = _headed("Speech by Prime Minister Trudeau at the summit in Ottawa\n\n"
                         "We condemn Russia's attacks on Ukraine's power grid.", issuer="USA")
    assert issuers == ["USA"]
