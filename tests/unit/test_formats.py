"""The format registry and the folder walker: one rule for load, extract and evaluate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.errors import LoaderError
from actorgraph.loaders import formats
from actorgraph.loaders.extract import find_documents
from actorgraph.loaders.pipeline import expand_paths

SRC = Path(__file__).resolve().parents[2] / "src" / "actorgraph"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    for rel in ["a.md", "sub/b.txt", ".drafts/c.md", "sub/.d.txt", ".hidden.csv", "r.csv",
                "notes.odt", "sub/.git/e.txt"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("source,type,target\nNLD,SUPPORTS,UKR\n" if rel.endswith(".csv") else "x")
    return root


def test_load_and_extract_walk_a_folder_by_the_same_rule(folder):
    rel = lambda paths: [p.relative_to(folder).as_posix() for p in paths]  # noqa: E731
    assert rel(expand_paths([folder])) == ["a.md", "r.csv", "sub/b.txt"]
    assert rel(find_documents([folder])) == ["a.md", "sub/b.txt"]


def test_a_hidden_file_named_on_the_command_line_is_read(folder):
    assert find_documents([folder / ".drafts" / "c.md"]) == [folder / ".drafts" / "c.md"]
    assert expand_paths([folder / ".hidden.csv"]) == [folder / ".hidden.csv"]


def test_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(LoaderError, match="no such file or folder"):
        formats.find_files([tmp_path / "nope"])


def test_detect_by_suffix_and_header(tmp_path):
    rel = tmp_path / "r.csv"
    rel.write_text("source,type,target\n")
    act = tmp_path / "a.csv"
    act.write_text("id,name,kind\n")
    odd = tmp_path / "o.csv"
    odd.write_text("what,ever\n")
    assert formats.detect(rel).name == "relations-csv"
    assert formats.detect(act).name == "actors-csv"
    with pytest.raises(LoaderError, match=r"line 1: cannot tell what this CSV holds"):
        formats.detect(odd)
    with pytest.raises(LoaderError, match=r"unknown file type '.odt'.*\.yaml, \.yml, \.csv"):
        formats.detect(tmp_path / "x.odt")


def test_adding_a_format_is_one_registry_entry(tmp_path, monkeypatch):
    events = tmp_path / "e.tab"
    events.write_text("x")
    extra = formats.InputFormat("icews", (".tab",), "ICEWS events",
                                "actorgraph.loaders.curated:read_yaml")
    monkeypatch.setattr(formats, "FORMATS", formats.FORMATS + (extra,))
    assert formats.detect(events) is extra
    assert expand_paths([events.parent]) == [events]
    assert ".tab" in formats.suffix_list()


def test_help_texts_list_every_registered_suffix():
    from actorgraph.cli.main import cli

    load = CliRunner().invoke(cli, ["load", "--help"]).output
    extract = CliRunner().invoke(cli, ["extract", "--help"]).output
    for suffix in formats.suffixes():
        assert suffix in load, suffix
    for suffix in formats.suffixes("document"):
        assert suffix in " ".join(extract.split()), suffix


def test_no_suffix_list_outside_the_registry():
    pattern = re.compile(r"\.docx.{0,40}\.pdf|\.txt.{0,12}\.md")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "formats.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_a_document_format_is_one_reader_and_one_registry_line(tmp_path, monkeypatch):
    from actorgraph.loaders.documents import read_document

    doc = tmp_path / "notes.rst"
    doc.write_text("Russia threatens Ukraine.\n")
    rst = formats.InputFormat("rst", (".rst",), "a reStructuredText document",
                              "actorgraph.loaders.documents.readers:read_txt", "document")
    with pytest.raises(LoaderError, match="unknown document type '.rst'"):
        read_document(doc)
    monkeypatch.setattr(formats, "FORMATS", formats.FORMATS + (rst,))
    assert find_documents([tmp_path]) == [doc]
    assert read_document(doc).text.cleaned.strip() == "Russia threatens Ukraine."
