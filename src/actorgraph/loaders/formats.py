"""The one registry of input formats: suffix → reader, and the one folder walker.

Detection (:func:`detect`), ``actorgraph load``, ``extract``, ``evaluate`` and every help
text read :data:`FORMATS`. Adding a format is one reader module and one line here:

- a **records** format (curated input, event data) has a reader ``path -> ParsedInput``
  (:class:`actorgraph.loaders.curated.ParsedInput`); a load stops at the first bad one,
  before anything is written;
- a **document** format has a reader ``(data: bytes, *, path: str) -> DocumentText``
  (:class:`actorgraph.loaders.documents.readers.DocumentText`); its text goes to the
  extractor, and a bad document is reported and skipped.

Formats that share a suffix (actors and relations CSV, or a tab-separated event file
named ``.csv``) each give a ``sniff`` function ``path -> bool``; the first that says yes
wins. Readers and sniffers are named ``"module:function"`` and imported when used.

Example
-------
>>> from pathlib import Path
>>> detect(Path("report.docx")).name, detect(Path("graph.yml")).name
('docx', 'curated-yaml')
>>> suffixes("document")
('.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf')
>>> suffix_list("document")
'.txt, .md, .markdown, .html, .htm, .docx, .pdf'
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from actorgraph.errors import LoaderError

Kind = Literal["records", "document", "events"]


@dataclass(frozen=True)
class InputFormat:
    """One input format: its name, suffixes, what it holds and the function that reads it."""

    name: str
    suffixes: tuple[str, ...]
    description: str
    reader: str
    kind: Kind = "records"
    sniff: str | None = None

    def read(self, *args: Any, **kwargs: Any) -> Any:
        """Call the reader (imported now)."""
        return _function(self.reader)(*args, **kwargs)

    def matches(self, path: Path) -> bool:
        """Whether ``path`` has one of the suffixes and, with a sniffer, its content fits."""
        if path.suffix.lower() not in self.suffixes:
            return False
        return self.sniff is None or bool(_function(self.sniff)(path))


_CURATED = "actorgraph.loaders.curated_csv"
_DOCS = "actorgraph.loaders.documents.readers"
_EVENTS = "actorgraph.loaders.events"
#: event files: told apart from CSV and text by their first line (zip: its first member)
_EVENT_SUFFIXES = (".tab", ".tsv", ".csv", ".txt", ".zip", ".gz")

#: every input format actorgraph reads, in the order detection tries them
FORMATS: tuple[InputFormat, ...] = (
    InputFormat("curated-yaml", (".yaml", ".yml"), "curated actors and relations (YAML)",
                "actorgraph.loaders.curated_yaml:read_yaml"),
    InputFormat("actors-csv", (".csv",), "actors (CSV with id,name,kind,…)",
                f"{_CURATED}:read_actors_csv", sniff=f"{_CURATED}:is_actors_csv"),
    InputFormat("relations-csv", (".csv",), "relations (CSV with source,type,target,…)",
                f"{_CURATED}:read_relations_csv", sniff=f"{_CURATED}:is_relations_csv"),
    InputFormat("relations-jsonl", (".jsonl",),
                "relations as printed by `actorgraph extract --format jsonl`",
                "actorgraph.loaders.jsonl:read_relations_jsonl"),
    InputFormat("text", (".txt",), "a plain-text document", f"{_DOCS}:read_txt", "document"),
    InputFormat("markdown", (".md", ".markdown"), "a Markdown document (front matter read)",
                f"{_DOCS}:read_md", "document"),
    InputFormat("html", (".html", ".htm"), "a web page", f"{_DOCS}:read_html_document",
                "document"),
    InputFormat("docx", (".docx",), "a Word document", f"{_DOCS}:read_docx_document",
                "document"),
    InputFormat("pdf", (".pdf",), "a PDF document with a text layer",
                f"{_DOCS}:read_pdf_document", "document"),
    InputFormat("events-icews", _EVENT_SUFFIXES, "ICEWS coded events (.tab)",
                f"{_EVENTS}.load:events_input", "events", f"{_EVENTS}.files:is_icews"),
    InputFormat("events-gdelt2", _EVENT_SUFFIXES,
                "GDELT 2.0 event export (61 columns, .CSV or .CSV.zip)",
                f"{_EVENTS}.load:events_input", "events", f"{_EVENTS}.files:is_gdelt2"),
    InputFormat("events-gdelt1", _EVENT_SUFFIXES, "GDELT 1.0 daily events (58 columns)",
                f"{_EVENTS}.load:events_input", "events", f"{_EVENTS}.files:is_gdelt1"),
    InputFormat("events-gdelt1-nourl", _EVENT_SUFFIXES, "GDELT 1.0 events (57 columns)",
                f"{_EVENTS}.load:events_input", "events",
                f"{_EVENTS}.files:is_gdelt1_nourl"),
    InputFormat("events-polecat", _EVENT_SUFFIXES, "POLECAT weekly events (.txt)",
                f"{_EVENTS}.load:events_input", "events", f"{_EVENTS}.files:is_polecat"),
)


def _function(dotted: str) -> Callable[..., Any]:
    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(module), name)


def is_kind(path: Path, kind: Kind) -> bool:
    """Whether ``path`` is read by a format of ``kind`` (by suffix and, where shared, content).

    >>> is_kind(Path("report.docx"), "events")
    False
    """
    suffix = path.suffix.lower()
    return any(f.kind == kind and suffix in f.suffixes and f.matches(path) for f in FORMATS)


def suffixes(kind: Kind | None = None) -> tuple[str, ...]:
    """Every suffix of the formats of ``kind`` (all formats with None), in registry order."""
    out: list[str] = []
    for fmt in FORMATS:
        if kind is None or fmt.kind == kind:
            out.extend(s for s in fmt.suffixes if s not in out)
    return tuple(out)


def suffix_list(kind: Kind | None = None) -> str:
    """The suffixes as a help text writes them: ``.txt, .md, …``."""
    return ", ".join(suffixes(kind))


def document_format(path: str | os.PathLike) -> InputFormat | None:
    """The document format of a file name, or None when it is not a document.

    >>> document_format("a/b.HTM").name, document_format("events.tab")
    ('html', None)
    """
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS if f.kind == "document" and suffix in f.suffixes), None)


def detect(path: Path) -> InputFormat:
    """The format of ``path``, from its suffix (and, where suffixes are shared, its content);
    a :class:`LoaderError` saying what is read when none fits."""
    suffix = path.suffix.lower()
    # event formats first: their sniffers look for a header or a column layout that no
    # curated CSV or text document has, while a CSV sniffer would claim a GDELT export
    candidates = sorted((f for f in FORMATS if suffix in f.suffixes),
                        key=lambda f: f.kind != "events")
    if not candidates:
        raise LoaderError(
            f"unknown file type {suffix or '(no suffix)'!r}", path=str(path),
            hint=f"actorgraph reads {suffix_list()}",
        )
    for fmt in candidates:
        if fmt.sniff is None or _function(fmt.sniff)(path):
            return fmt
    # A file the sniffers cannot read (bad encoding, empty): let its last reader explain,
    # unless the first line is readable and fits no format.
    if _first_line_readable(path):
        names = " or ".join(f.description for f in candidates)
        raise LoaderError(
            f"cannot tell what this {suffix.lstrip('.').upper()} holds from its header",
            path=str(path), line=1,
            hint=f"it should hold {names}",
        )
    return candidates[-1]


def _first_line_readable(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.readline()
        head.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(head.strip())


def find_files(paths: Iterable[str | os.PathLike], kind: Kind | None = None) -> list[Path]:
    """The files to read: each file named, and under each folder named (recursively,
    sorted) the files with a registered suffix (of ``kind``, if given).

    The one folder rule for ``load``, ``extract`` and ``evaluate``: inside a folder,
    hidden files and everything under hidden folders (a name starting with ``.``, such as
    ``.drafts/`` or ``.git/``) are skipped. A file named on the command line is always
    read, whatever its name; a path that does not exist is a :class:`LoaderError`.
    """
    wanted = set(suffixes(kind))
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                f for f in sorted(p.rglob("*"))
                if f.suffix.lower() in wanted and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.is_file():
            out.append(p)
        else:
            raise LoaderError(
                f"no such file or folder: {p}", hint="check the path (and the current folder)"
            )
    return out
