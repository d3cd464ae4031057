"""English constructions that carry to unseen text (issue 9, round 11): classes of
construction, each with made-up variants (different actors, tense, word order, wire-copy
wording); none is copied from a gold file. Runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, issuer: str | None = None) -> set:
    res = extract_text(text, lang="en", date="2024-03-01", issuer=issuer, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. a reporting frame between the actor and its act ("said on Tuesday it would")
@pytest.mark.parametrize(
    "text, want",
    [
        ("Canada said in a statement on Tuesday that it would send drones to Ukraine.",
         ("CAN", "SUPPORTS", "UKR")),
        ("Spain announced late on Monday it would deliver tanks to Ukraine.",
         ("ESP", "SUPPORTS", "UKR")),
        ("The Netherlands told reporters in The Hague on Wednesday that it had delivered "
         "F-16s to Ukraine.", ("NLD", "SUPPORTS", "UKR")),
        ("Japan said on Friday it would provide aid to Ukraine.", ("JPN", "SUPPORTS", "UKR")),
        ("Italy said last week that it would supply air defence systems to Ukraine.",
         ("ITA", "SUPPORTS", "UKR")),
    ],
)
def test_reporting_frame_is_read_through(text, want):
    assert want in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said on Friday it would consider providing aid to Ukraine.",
        "France said on Monday that, if asked, it would send troops to Ukraine.",
        "Germany said in a statement on Monday it would not send Taurus missiles to Ukraine.",
        "Austria said on Thursday that it would never send weapons to Ukraine.",
    ],
)
def test_reporting_frame_keeps_hedge_and_negation(text):
    assert not {t for t in triples(text) if t[1] == "SUPPORTS"}
