"""The literal pre-filters read off the cue patterns never skip a sentence a cue matches:
checked on the abstracts of half the gold documents (eval/docs), for every cue, and on
hand-made patterns whose literal sets are known."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import actorgraph.loaders.extract.pipeline as pipeline
from actorgraph.loaders.documents import read_document
from actorgraph.loaders.extract import default_lexicon, extract_document, find_documents
from actorgraph.loaders.extract.lexical_cues import ALL_CUES
from actorgraph.loaders.extract.prefilter import CueSet, LiteralScan, may_match, required_literals

DOCS = Path(__file__).resolve().parents[2] / "eval" / "docs"


@pytest.fixture(scope="module")
def abstracts() -> list[str]:
    """Every reading's abstract the extractor matches cues against in eval/docs."""
    seen: list[str] = []
    original = pipeline.match_sentence

    def record(sent, *args, **kw):
        seen.append(sent.abstract)
        return original(sent, *args, **kw)

    mp = pytest.MonkeyPatch()
    mp.setattr(pipeline, "match_sentence", record)
    try:
        lex = default_lexicon()
        for f in find_documents([DOCS])[::2]:  # every other one: a second is enough
            extract_document(read_document(f), lexicon=lex)
    finally:
        mp.undo()
    return seen


def test_most_cues_have_a_prefilter():
    assert sum(1 for c in ALL_CUES if c.required) >= len(ALL_CUES) // 2


def test_no_cue_match_is_filtered_out(abstracts):
    assert len(abstracts) > 200
    matched = 0
    for cue in ALL_CUES:
        for a in abstracts:
            if cue.pattern.search(a):
                matched += 1
                assert may_match(cue.required, a), (cue.name, a)
    assert matched > 100  # the check saw real matches


def test_filtered_sentences_are_skipped(abstracts):
    skipped = sum(1 for c in ALL_CUES for a in abstracts if not c.may_match(a))
    assert skipped > len(abstracts) * 20


def test_cue_set_finds_what_each_cue_finds(abstracts):
    """The index (one scan of the text for every cue's literals) selects exactly the cues
    whose own test passes, in their order."""
    cues = CueSet(ALL_CUES)
    selected = 0
    for a in abstracts:
        got = cues.may_match(a)
        assert got == [c for c in ALL_CUES if c.may_match(a)], a
        selected += len(got)
    assert 0 < selected < len(abstracts) * len(ALL_CUES) // 2


def test_opening_literals_find_every_match(abstracts):
    """A cue tried only where one of its opening literals occurs finds the matches a
    search of every position finds."""
    opened = [c for c in ALL_CUES if c.opening]
    assert len(opened) >= 20
    matched = 0
    for cue in opened:
        for a in abstracts:
            if cue.may_match(a):
                want = [m.span() for m in cue.pattern.finditer(a)]
                assert [m.span() for m in cue.finditer(a)] == want, (cue.name, a)
                matched += len(want)
    assert matched > 20  # the check saw real matches


def test_literal_scan_finds_overlapping_literals():
    lits = ["aanval", "aan", "anval", "val", "oorlog", " op ", "op"]
    text = "de aanval op het land"
    assert LiteralScan(lits).present(text) == {lit for lit in lits if lit in text}
    assert LiteralScan([]).present(text) == set()


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (r"(?:attack|war)s? (?:on|against) \w+", "war against x", True),
        (r"(?:attack|war)s? (?:on|against) \w+", "wars on x", True),
        (r"(?:attack|war)s? (?:on|against) \w+", "attacks x", False),
        (r"\bsupport(?:ed|s)? (?=\w)(?:the )?\w+", "supported the x", True),
        (r"(?:vice[- ])?president \w+ of", "vice-president x of", True),
        (r"(?:vice[- ])?president \w+ of", "the president said", False),
    ],
)
def test_hand_patterns(pattern, text, matches):
    rx = re.compile(pattern)
    req = required_literals(rx)
    assert req  # a set was found
    assert bool(rx.search(text)) == matches
    if matches:
        assert may_match(req, text)
    else:
        assert not may_match(req, text) or not rx.search(text)
