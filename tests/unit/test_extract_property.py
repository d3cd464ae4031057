"""Property test: on any text, extraction never crashes and every evidence offset lies
inside its sentence of the original text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from actorgraph.loaders.documents import load_text
from actorgraph.loaders.extract import default_lexicon, extract_document
from actorgraph.loaders.extract.sentences import split_sentences

WORDS = [
    "Rusland", "Russia’s", "Oekraïne1", "NAVO-top", "steun", "van", "aan", "support", "for",
    "war", "against", "Iran,", "Noord-Korea", "en", "and", "China", "NATO", "Japan", "we",
    "our", "bondgenoten", "Allies", "including", "waaronder", "Nederland", "not", "geen",
    "[bookmark: _Hlk1]", "**", "*", "\n", "\n\n", ". ", "U.S.", "dreiging", "voor", "de",
    "secretaris-generaal", "President", "Biden", "’s", "(ROK)", "Republic of Korea", ",",
    "sanctions", "on", "imposed", "partners", "cooperation", "threat", "to", "é", "İ", "\u00a0",
]  # fmt: skip

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.text(max_size=300),
)


# Written here, not imported from the cleaner, so the check does not map offsets with the
# function it checks: what Word exports and Markdown add around the words of a sentence.
_BOOKMARK = re.compile(r"\[bookmark: [^\]\n]*\]")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_ARTEFACT_CHARS = str.maketrans("", "", "*_#\\[]0123456789")


def canonical(span: str) -> str:
    """A span without Word/Markdown artefacts (bookmarks, link targets, emphasis marks,
    heading marks, escapes, footnote digits) and without any whitespace."""
    span = _LINK_TARGET.sub("]", _BOOKMARK.sub("", span))
    return "".join(span.translate(_ARTEFACT_CHARS).split())


def test_canonical_drops_artefacts_only():
    assert canonical("[bookmark: _Hlk1]steun aan **Oekraïne**1 en [NAVO](https://x.nl)") == (
        "steunaanOekraïneenNAVO")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["nl", "en"]), markdown=st.booleans())
@example(text="Intro.\n\n[bookmark: _Hlk9]De **steun** van Iran aan\u00a0Rusland1 baart "
              "zorgen. Daarna.", lang="nl", markdown=True)
def test_evidence_is_the_original_text_at_its_offsets_inside_its_sentence(text, lang, markdown):
    """``text[start:end]`` of the file as given is the evidence, up to cleaned artefacts,
    and lies inside the evidence's sentence of the original text. (Two properties of one
    extraction: one run per example checks both.)"""
    lex = default_lexicon()
    doc = load_text(text, doc_id="prop", lang=lang, markdown=markdown,
                    meta={"date": "2024-07-11", "issuer": "USA"})
    res = extract_document(doc, lexicon=lex)
    if text.startswith("Intro.\n\n[bookmark"):  # the explicit example must yield evidence
        assert any(r.source == "IRN" and r.target == "RUS" for r in res.relations)
    spans = split_sentences(doc.text.cleaned)
    original = [doc.text.original_span(s, e) for s, e in spans]
    for r in res.relations:
        assert r.source != r.target
        for e in r.provenance:
            assert 0 <= e.start <= e.end <= len(text)
            assert e.text.strip()
            assert canonical(text[e.start : e.end]) == canonical(e.text), (
                text[e.start : e.end], e.text)
            s, t = original[e.sentence]
            assert s <= e.start and e.end <= t
            assert e.text == doc.text.cleaned[spans[e.sentence][0] : spans[e.sentence][1]]


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=400))
def test_offset_map_is_monotonic(text):
    doc = load_text(text, doc_id="prop", lang="en", markdown=True)
    offs = doc.text.offsets
    assert len(offs) == len(doc.text.cleaned) + 1
    assert all(0 <= o <= len(text) for o in offs)
    for i, ch in enumerate(doc.text.cleaned):
        o = offs[i]
        assert o < len(text)
        if ch not in " \n":  # only spaces are substituted (no-break space, tab, wrap)
            assert text[o] == ch or text[o] in "\r"
