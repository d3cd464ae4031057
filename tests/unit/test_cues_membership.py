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
