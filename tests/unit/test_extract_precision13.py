"""Precision guards of round 13: constructions that read as a relation but state none.
Made-up sentences (none copied from a gold file); runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, lang: str = "en") -> set:
    res = extract_text(text, lang=lang, date="2024-03-01", doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. a list of invitees or candidates is no partnership among them
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Brazil, Chile and Peru were invited to join the cooperation framework.", "en"),
        ("De NAVO heeft Zweden, Finland en Oekraïne uitgenodigd om lid te worden van hun "
         "samenwerkingsverband.", "nl"),
        ("Kenya, Ghana and Senegal are candidates for the new partnership.", "en"),
    ],
)
def test_invited_list_is_no_partnership(text, lang):
    assert not {t for t in triples(text, lang) if t[1] == "PARTNERS_WITH"}


def test_list_that_cooperates_is_still_read():
    assert ("BRA", "PARTNERS_WITH", "CHL") in triples(
        "Brazil, Chile and Peru agreed to deepen cooperation.")


# ------------- 2. a banned export is no support
@pytest.mark.parametrize(
    "text",
    [
        "The decision prohibits the export from the EU to Belarus of aircraft parts.",
        "The new rules prohibit the export from Germany to Syria of dual-use goods.",
    ],
)
def test_banned_export_is_no_support(text):
    assert not {t for t in triples(text) if t[1] == "SUPPORTS"}


def test_export_is_still_support():
    assert ("DEU", "SUPPORTS", "UKR") in triples(
        "The export from Germany to Ukraine of tanks began in March.")


# ------------- 3. a member of a small club is no partner of its own club
@pytest.mark.parametrize(
    "text, pair",
    [
        ("Together with the G7, Canada is raising new funds for Ukraine.", {"G7", "CAN"}),
        ("Ministers reviewed the Australia-United Kingdom-United States (AUKUS) "
         "partnership.", {"AUKUS", "GBR"}),
    ],
)
def test_member_is_no_partner_of_its_club(text, pair):
    assert not {t for t in triples(text) if t[1] == "PARTNERS_WITH" and {t[0], t[2]} == pair}


def test_partnership_with_a_large_organisation_is_still_read():
    assert ("UN", "PARTNERS_WITH", "USA") in triples(
        "The United States will continue its close partnership with the United Nations.")


# ------------- 4. a proposal, letter or invitation sent to X is a message, no gift
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The latest Franco-German proposal was sent to Belgrade on Monday.", "en"),
        ("Poland sent a letter to Hungary about the summit.", "en"),
        ("Het Frans-Duitse voorstel is naar Belgrado gestuurd.", "nl"),
    ],
)
def test_message_sent_is_no_support(text, lang):
    assert not {t for t in triples(text, lang) if t[1] == "SUPPORTS"}


def test_gift_sent_is_still_support():
    assert ("POL", "SUPPORTS", "UKR") in triples("Poland sent tanks to Ukraine on Monday.")


# ------------- 5. a doubt "to what extent" / "in hoeverre" states no relation
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Het is nog onduidelijk in hoeverre de regering van Mali wil samenwerken met "
         "de Chinezen.", "nl"),
        ("It remains unclear to what extent the government of Mali will cooperate with "
         "China.", "en"),
    ],
)
def test_doubt_is_no_partnership(text, lang):
    assert not {t for t in triples(text, lang) if t[1] == "PARTNERS_WITH"}


def test_plain_cooperation_is_still_read():
    assert ("CHN", "PARTNERS_WITH", "MLI") in triples(
        "De regering van Mali wil samenwerken met de Chinezen.", "nl")


# ------------- 6. an agreement still to be concluded is no partnership (yet)
@pytest.mark.parametrize(
    "text",
    [
        "We support all efforts to conclude an agreement between Armenia and Azerbaijan.",
        "Mediators hope to reach an accord between Sudan and South Sudan this year.",
    ],
)
def test_agreement_to_be_reached_is_no_partnership(text):
    assert not {t for t in triples(text) if t[1] == "PARTNERS_WITH"}


def test_concluded_agreement_is_still_read():
    assert ("ARM", "PARTNERS_WITH", "GEO") in triples(
        "The cooperation agreement between Armenia and Georgia entered into force.")
