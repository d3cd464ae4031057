"""English precision, round 19 (issue 9): made-up sentences, none copied from a gold file.
Runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str) -> set:
    res = extract_text(text, lang="en", date="2024-03-01", issuer=None, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. a two-letter acronym keeps its written case: a word cut off mid-way
# ("support for Uk") names no state, while "UK" and "U.K." still do
@pytest.mark.parametrize(
    "text, found",
    [
        ("Canada reaffirmed its support for Uk", False),
        ("Norway pledged further aid to Un", False),
        ("Canada reaffirmed its support for the UK.", True),
        ("Norway pledged its full support to the U.K. on Tuesday.", True),
    ],
)
def test_two_letter_acronym_keeps_its_case(text, found):
    sources = {"CAN", "NOR"}
    got = {t for t in triples(text) if t[0] in sources and t[1] == "SUPPORTS"}
    if found:
        assert got and all(t[2] == "GBR" for t in got)
    else:
        assert not got


def test_longer_acronym_still_reads_in_title_case():
    # "Nato" (title case, a house style) still names the alliance
    got = triples("Finland joined Nato in April.")
    assert ("FIN", "MEMBER_OF", "NATO") in got


# ------------- 2. support on the agenda of a discussion still to come is not yet support;
# a discussion held, or a pledge, still is
def test_support_as_topic_of_a_coming_discussion_is_not_support():
    text = (
        "Next week the President will welcome the Prime Minister of Portugal. The two "
        "leaders will discuss continued assistance to Moldova."
    )
    got = triples(text)
    assert not {t for t in got if t[1] == "SUPPORTS" and t[2] == "MDA"}


@pytest.mark.parametrize(
    "text",
    [
        "The President met the Prime Minister of Portugal. The leaders discussed their "
        "continued assistance to Moldova.",
        "Portugal will provide further assistance to Moldova.",
    ],
)
def test_support_discussed_or_pledged_still_counts(text):
    assert ("PRT", "SUPPORTS", "MDA") in triples(text)
