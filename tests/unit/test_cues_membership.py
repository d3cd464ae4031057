"""Membership written as a description of the member (cues_membership.py), from sentences
written for these tests."""

import pytest

from actorgraph.loaders.extract import extract_text


def _members(text: str, lang: str = "en", date: str | None = "2023-05-01") -> set:
    r = extract_text(text, lang=lang, date=date)
    return {(x.source, x.target) for x in r.relations if x.type.value == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Portugal, the only EU member state to abstain, voted later.", "en", ("PRT", "EU")),
        ("Canada, as a NATO ally, will send more engineers.", "en", ("CAN", "NATO")),
        ("Italy and the other G7 countries agreed on a price cap.", "en", ("ITA", "G7")),
        ("Japan and other G7 countries agreed on a price cap.", "en", ("JPN", "G7")),
        ("Among the NATO allies, Norway spends most per head.", "en", ("NOR", "NATO")),
        ("Greece, alone among EU members, abstained.", "en", ("GRC", "EU")),
        ("Finland took its seat as the 31st member of NATO on Tuesday.", "en", ("FIN", "NATO")),
        ("Estland overlegt met zijn EU-collega's over de sancties.", "nl", ("EST", "EU")),
        # a verb of blocking after the description does not undo it
        ("NATO ally Hungary has blocked the decision.", "en", ("HUN", "NATO")),
    ],
)
def test_description_of_a_member(text, lang, want):
    assert want in _members(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and other EU partners discussed the plan.",  # the catalogue: no member
        "Norway, which is not an EU member, joined the sanctions.",
        "Turkey blocked Sweden's membership of NATO.",
        "Austria, as a neutral country, stays outside NATO.",
    ],
)
def test_no_membership_read(text):
    got = _members(text)
    assert not {("UKR", "EU"), ("NOR", "EU"), ("SWE", "NATO"), ("AUT", "NATO")} & got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The BRICS group, which consists of Brazil, Russia, India, China and South Africa, met.",
         "en"),
        ("De top van de BRICS-groep, die bestaat uit Brazilië, Rusland, India, China en "
         "Zuid-Afrika, begint dinsdag.", "nl"),
        ("De BRICS bestaat uit Brazilië, Rusland, India, China en Zuid-Afrika.", "nl"),
    ],
)
def test_members_listed_after_the_organisation(text, lang):
    assert {("BRA", "BRICS"), ("ZAF", "BRICS")} <= _members(text, lang)


def test_composition_checked_against_the_catalogue():
    # Ukraine is no member of the G7: the catalogue has the G7's members
    got = _members("De G7, die bestaat uit Canada, Japan en Oekraïne, vergaderde.", "nl")
    assert ("CAN", "G7") in got and ("UKR", "G7") not in got


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ecowas dreigde de afgelopen weken met een militaire interventie in Niger.", True),
        ("Ecowas dreigde niet met een interventie in Niger.", False),
        ("De EU dreigde met sancties tegen Iran.", False),  # sanctions: no threat (OPPOSES)
    ],
)
def test_threatened_intervention_nl(text, read):
    r = extract_text(text, lang="nl", date="2023-08-10")
    got = {(x.source, x.target) for x in r.relations if x.type.value == "THREATENS"}
    assert bool(got) is read, got


def test_bare_member_states_belong_to_the_organisation_whose_countries_are_named():
    # "Ecowas-landen …, behalve lidstaten zoals Mali": Ecowas's member states, not the EU's
    text = ("Tien Ecowas-landen sturen troepen, behalve lidstaten zoals Mali en Guinee.")
    got = _members(text, "nl", date=None)
    assert {("MLI", "ECOWAS"), ("GIN", "ECOWAS")} <= got and ("MLI", "EU") not in got, got
    # with no organisation's countries named before, "de lidstaten" stay the EU's
    assert ("HUN", "EU") in _members("De lidstaten zoals Hongarije stemden tegen.", "nl")
