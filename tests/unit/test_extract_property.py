"""Property test: on any text, extraction never crashes and every evidence offset lies
inside its sentence of the original text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["nl", "en"]), markdown=st.booleans())
def test_offsets_always_inside_their_sentence(text, lang, markdown):
    lex = default_lexicon()
    doc = load_text(text, doc_id="prop", lang=lang, markdown=markdown,
                    meta={"date": "2024-07-11", "issuer": "USA"})
    res = extract_document(doc, lexicon=lex)
    spans = split_sentences(doc.text.cleaned)
    original = [doc.text.original_span(s, e) for s, e in spans]
    for r in res.relations:
        assert r.source != r.target
        for e in r.provenance:
            assert 0 <= e.start <= e.end <= len(text)
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
