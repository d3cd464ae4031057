"""Read a document file (any document format of :mod:`actorgraph.loaders.formats`) into
a :class:`LoadedDocument`: its
:class:`~actorgraph.loaders.documents.text.Text` (original, cleaned, offset map),
its id (content hash), title, date, language and issuer.

The date comes from the file's metadata, else the text ("3 en 4 april 2024",
"July 10, 2024"), else the file name (``2024-07-11-…``), else the file's mtime.

Example
-------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "2024-04-04-brief.txt"
>>> _ = p.write_text("De minister steunt Oekraïne1 met de bondgenoten.", encoding="utf-8")
>>> d = read_document(p)
>>> d.language, d.date, d.text.cleaned
('nl', '2024-04-04', 'De minister steunt Oekraïne met de bondgenoten.')
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import LoaderError
from actorgraph.graph.model import Document, parse_date
from actorgraph.loaders import formats
from actorgraph.loaders.documents.metadata import (
    date_from_filename,
    date_from_text,
    detect_language,
)
from actorgraph.loaders.documents.text import Text, clean_text

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_BYTES",
    "LoadedDocument",
    "Text",
    "clean_text",
    "is_document",
    "load_text",
    "read_document",
]

#: File suffixes the document readers understand (from :data:`formats.FORMATS`).
DOCUMENT_SUFFIXES = formats.suffixes("document")
#: Files larger than this are refused (override with ``max_bytes``).
MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


@dataclass
class LoadedDocument:
    """A document read from a file or a string, ready for extraction."""

    id: str
    text: Text
    title: str | None = None
    date: str | None = None
    language: str = "en"
    issuer: str | None = None
    path: str | None = None
    source_url: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_model(self, issuer: str | None = None) -> Document:
        """The :class:`~actorgraph.graph.model.Document` for the graph."""
        return Document(
            id=self.id,
            title=self.title,
            date=self.date,
            language=self.language,
            path=self.path,
            issuer=issuer or self.issuer,
            source_url=self.source_url,
        )


def is_document(path: str | os.PathLike) -> bool:
    """True for a file name the readers understand (by suffix).

    >>> is_document("a/b.docx"), is_document("events.tab")
    (True, False)
    """
    return formats.document_format(path) is not None


def _safe_date(value: Any) -> str | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def load_text(
    original: str,
    *,
    doc_id: str,
    meta: dict[str, Any] | None = None,
    markdown: bool = False,
    body_start: int = 0,
    lang: str | None = None,
    name: str | None = None,
    path: str | None = None,
    mtime: float | None = None,
    encoding: str | None = None,
) -> LoadedDocument:
    """Build a :class:`LoadedDocument` from text already decoded (all readers end here)."""
    meta = dict(meta or {})
    text = clean_text(original, markdown=markdown, body_start=body_start)
    cleaned = text.cleaned
    language = lang or str(meta.get("language") or meta.get("lang") or "")[:2].lower()
    if language not in ("nl", "en"):
        language = detect_language(cleaned)
    date = _safe_date(meta.get("date"))
    if date is None:
        date = date_from_text(cleaned)
    if date is None and name:
        date = date_from_filename(name)
    if date is None and mtime is not None:
        date = dt.datetime.fromtimestamp(mtime, tz=dt.timezone.utc).date().isoformat()
    title = meta.get("title")
    if not title:
        first = next((ln.strip() for ln in cleaned.split("\n") if ln.strip()), "")
        title = first[:200] or None
    if title:  # "Papua New\u00a0Guinea" (a no-break space in front matter) is one name
        title = " ".join(str(title).split()) or None
    issuer = meta.get("issuer") or meta.get("author") or None
    return LoadedDocument(
        id=doc_id,
        text=text,
        title=str(title) if title else None,
        date=date,
        language=language,
        issuer=str(issuer) if issuer else None,
        path=path,
        source_url=str(meta["source_url"]) if meta.get("source_url") else None,
        encoding=encoding,
        meta=meta,
    )


def read_document(
    path: str | os.PathLike,
    *,
    lang: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> LoadedDocument:
    """Read one document file.

    Raises :class:`~actorgraph.errors.LoaderError` (missing, empty, too large, binary,
    undecidable encoding, bad front matter) or
    :class:`~actorgraph.errors.ExtractionError` (unreadable Word/PDF, PDF without text),
    each naming the file and the fix.
    """
    p = Path(path)
    where = str(p)
    if not p.exists():
        raise LoaderError("no such file", path=where, hint="check the path")
    if p.is_dir():
        raise LoaderError("this is a folder", path=where, hint="use documents_batch for folders")
    size = p.stat().st_size
    if size == 0:
        raise LoaderError("the file is empty", path=where, hint="nothing to extract")
    if size > max_bytes:
        raise LoaderError(
            f"the file is {size / _MB:.1f} MB, more than the {max_bytes / _MB:.0f} MB limit",
            path=where,
            hint="split it into smaller documents, or raise max_bytes",
        )
    fmt = formats.document_format(p)
    if fmt is None:
        raise LoaderError(
            f"unknown document type {p.suffix.lower() or '(no suffix)'!r}",
            path=where,
            hint="known: " + formats.suffix_list("document"),
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise LoaderError(f"cannot read the file: {exc.strerror}", path=where) from None
    read = fmt.read(data, path=where)
    return load_text(
        read.original, meta=read.meta, markdown=read.markdown, body_start=read.body_start,
        encoding=read.encoding, doc_id=Document.id_for(data), lang=lang, name=p.name,
        path=where, mtime=p.stat().st_mtime,
    )
