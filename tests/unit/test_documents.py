"""Document readers: every format from real fixture files, bad input, offset map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actorgraph.errors import ActorGraphError, ExtractionError, LoaderError
from actorgraph.graph.model import Document
from actorgraph.loaders.documents import clean_text, read_document
from actorgraph.loaders.documents.encoding import decode_bytes
from actorgraph.loaders.documents.metadata import (
    date_from_filename,
    date_from_text,
    detect_language,
)

DATA = Path(__file__).parent.parent / "data" / "documents"


def test_txt_utf8_cleaned_and_dated_from_text():
    d = read_document(DATA / "nl-2024-04-04-verslag.txt")
    assert d.language == "nl"
    assert d.date == "2024-04-04"  # "3 en 4 april 2024": the last day
    assert d.encoding == "utf-8"
    assert "[bookmark" not in d.text.cleaned and "[bookmark" in d.text.original
    assert "Oekraïne en" in d.text.cleaned and "Oekraïne1" in d.text.original
    assert d.id == Document.id_for((DATA / "nl-2024-04-04-verslag.txt").read_bytes())


def test_cp1252_gives_the_same_text_as_utf8():
    a = read_document(DATA / "nl-cp1252.txt")
    b = read_document(DATA / "nl-2024-04-04-verslag.txt")
    assert a.encoding == "cp1252"
    assert a.text.cleaned == b.text.cleaned
    assert a.id != b.id  # the id is the hash of the bytes


def test_utf8_bom_is_dropped():
    d = read_document(DATA / "en-bom.txt")
    assert d.encoding == "utf-8-sig"
    assert d.text.original.startswith("Russia")
    assert d.language == "en"


def test_markdown_front_matter_and_markup():
    d = read_document(DATA / "statement.md")
    assert d.title == "FACT SHEET: Partners"
    assert d.date == "2024-07-11"
    assert d.source_url.startswith("https://www.whitehouse.gov/")
    assert "**" not in d.text.cleaned and "###" not in d.text.cleaned
    assert "Support to Ukraine" in d.text.cleaned
    assert "title:" not in d.text.cleaned  # front matter is not text
    assert d.text.original.startswith("---")  # offsets point into the whole file


def test_html_visible_text_only():
    d = read_document(DATA / "statement.html")
    assert d.title == "Joint statement"
    assert d.date == "2024-07-10"
    text = d.text.cleaned
    assert "Russia’s war of aggression against Ukraine continues." in text
    assert "var x" not in text and "color:red" not in text and "Home | News" not in text


def test_docx_paragraphs_and_properties():
    d = read_document(DATA / "kamerbrief.docx")
    assert d.title == "Kamerbrief over steun aan Oekraïne"
    assert d.issuer == "Ministerie van Buitenlandse Zaken"
    assert d.date == "2024-02-22"
    assert d.language == "nl"
    assert "Nederland steunt Oekraïne" in d.text.cleaned


def test_pdf_text_layer():
    d = read_document(DATA / "statement.pdf")
    assert d.title == "Statement"
    assert d.date == "2024-07-11"
    assert "Japan has been a prominent supporter of Ukraine." in d.text.cleaned


@pytest.mark.parametrize(
    "name, error, words",
    [
        ("empty.txt", LoaderError, "empty"),
        ("binary.txt", LoaderError, "binary"),
        ("unknown-encoding.txt", LoaderError, "encoding"),
        ("scanned.pdf", ExtractionError, "no text layer"),
        ("broken.docx", ExtractionError, "not a readable Word"),
        ("missing.txt", LoaderError, "no such file"),
    ],
)
def test_bad_input_gives_a_clear_message(name, error, words):
    with pytest.raises(error) as info:
        read_document(DATA / name)
    msg = str(info.value)
    assert name in msg and words in msg
    assert ";" in msg  # every message carries a hint


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: instant, no disk
    with pytest.raises(LoaderError, match=r"50.0 MB, more than the 20 MB limit"):
        read_document(big)


def test_unknown_suffix(tmp_path):
    p = tmp_path / "events.tab"
    p.write_text("a\tb\n")
    with pytest.raises(LoaderError, match="unknown document type '.tab'"):
        read_document(p)


def test_every_error_is_an_actorgraph_error():
    for name in ("empty.txt", "binary.txt", "scanned.pdf", "broken.docx"):
        with pytest.raises(ActorGraphError):
            read_document(DATA / name)


def test_decode_latin1_and_utf16():
    assert decode_bytes("Zuid-Korea, België".encode("latin-1"))[0] == "Zuid-Korea, België"
    assert decode_bytes("Oekraïne".encode("utf-16"))[0] == "Oekraïne"


def test_date_sources():
    assert date_from_text("Washington, July 10, 2024 — statement") == "2024-07-10"
    assert date_from_text("Den Haag, 10 juli 2024") == "2024-07-10"
    assert date_from_text("Op 3 en 4 april 2024 kwamen zij bijeen") == "2024-04-04"
    assert date_from_text("Summit of 9-11 July 2024") == "2024-07-11"
    assert date_from_text("no date here") is None
    assert date_from_filename("2024-07-11-fact-sheet.md") == "2024-07-11"
    assert date_from_filename("notes.md") is None


def test_date_falls_back_to_file_name_then_mtime(tmp_path):
    p = tmp_path / "2023-05-06-note.txt"
    p.write_text("Japan supports Ukraine.", encoding="utf-8")
    assert read_document(p).date == "2023-05-06"
    q = tmp_path / "note.txt"
    q.write_text("Japan supports Ukraine.", encoding="utf-8")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", read_document(q).date)


def test_language_detection():
    assert detect_language("De bondgenoten spraken over de steun aan Oekraïne.") == "nl"
    assert detect_language("The allies discussed their support for Ukraine.") == "en"
    assert read_document(DATA / "en-bom.txt", lang="nl").language == "nl"  # given wins


ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]|(?<=[a-zë-ï]{3})\d{1,3}(?=[\s.,;:]|$)")


def test_offsets_map_back_to_the_original():
    original = (
        "[bookmark: _Hlk1]Steun aan Oekraïne1 blijft.\n[bookmark: _Hlk2][bookmark: _Hlk3]"
        "Rusland2 is de grootste dreiging voor de NAVO."
    )
    t = clean_text(original)
    assert t.cleaned == (
        "Steun aan Oekraïne blijft.\nRusland is de grootste dreiging voor de NAVO."
    )
    for word in ("Oekraïne", "Rusland", "NAVO", "grootste dreiging"):
        i = t.cleaned.index(word)
        s, e = t.original_span(i, i + len(word))
        assert original[s:e] == word
    i = t.cleaned.index("Rusland")
    s, e = t.original_span(i, len(t.cleaned))
    assert ARTEFACT.sub("", original[s:e]) == t.cleaned[i:]


def test_markdown_offsets_skip_markup():
    original = "---\ntitle: x\n---\n**Support** to *Ukraine* and [NATO](https://nato.int)."
    t = clean_text(original, markdown=True, body_start=original.index("**"))
    assert t.cleaned == "Support to Ukraine and NATO."
    for word in ("Support", "Ukraine", "NATO"):
        i = t.cleaned.index(word)
        s, e = t.original_span(i, i + len(word))
        assert original[s:e] == word


def test_hard_wrapped_lines_are_joined_without_moving_offsets():
    para = ("word " * 14 + "\n") * 9
    t = clean_text(para)
    assert "\n" not in t.cleaned.strip()
    assert len(t.cleaned) == len(para)
