"""Readers for each document format: bytes in, ``(original text, metadata)`` out.

Plain text and Markdown keep their decoded text as the original (front matter and all);
HTML, Word and PDF give the text they hold, one block per line. The heavy libraries
(selectolax, python-docx, pypdf) are imported when a file of their kind is read, via
:func:`actorgraph.errors.require` (extra ``docs``).

Example
-------
>>> text, meta, body = read_markdown_text("---\\ntitle: T\\ndate: 2024-07-11\\n---\\nHello")
>>> meta["title"], str(meta["date"]), text[body:]
('T', '2024-07-11', 'Hello')
"""

from __future__ import annotations

import io
import re
from typing import Any

import yaml

from actorgraph.errors import ExtractionError, LoaderError, require

_FRONT_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)

#: Elements whose start begins a new line of text.
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "figcaption",
        "main",
        "aside",
        "hr",
        "title",
    ]
)
_SKIP_TAGS = ["script", "style", "noscript", "nav", "svg", "template", "head"]


def read_markdown_text(text: str, *, path: str | None = None) -> tuple[str, dict, int]:
    """Split YAML front matter off Markdown: ``(text, metadata, body_start)``."""
    m = _FRONT_RE.match(text)
    if not m:
        return text, {}, 0
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise LoaderError(
            f"bad YAML front matter: {getattr(exc, 'problem', exc)}",
            path=path,
            line=line,
            hint="fix the block between the two '---' lines",
        ) from None
    if not isinstance(meta, dict):
        meta = {}
    return text, meta, m.end()


def read_html(data: bytes, *, path: str | None = None) -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page (one block element per line) and its metadata."""
    sx = require("selectolax.lexbor", "docs")
    tree = sx.LexborHTMLParser(data)
    meta: dict[str, Any] = {}
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = title.text(strip=True)
    for node in tree.css("meta"):
        key = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        value = node.attributes.get("content")
        if not value:
            continue
        if key in ("date", "dc.date", "article:published_time", "dcterms.date"):
            meta.setdefault("date", value)
        elif key in ("author", "dc.creator", "dc.publisher", "publisher", "og:site_name"):
            meta.setdefault("issuer", value)
        elif key in ("og:title", "dc.title"):
            meta.setdefault("title", value)
    html = tree.css_first("html")
    if html is not None and html.attributes.get("lang"):
        meta["language"] = html.attributes["lang"][:2].lower()
    tree.strip_tags(_SKIP_TAGS)
    root = tree.body or tree.root
    parts: list[str] = []
    if root is not None:
        for node in root.traverse(include_text=True):
            if node.tag == "-text":
                parts.append(re.sub(r"\s+", " ", node.text_content or ""))
            elif node.tag in _BLOCK_TAGS:
                parts.append("\n")
    text = "".join(parts)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text, meta


def read_docx(data: bytes, *, path: str | None = None) -> tuple[str, dict[str, Any]]:
    """Paragraph and table text of a Word file (one paragraph per line) and its
    core properties (title, author as issuer, created date)."""
    docx = require("docx", "docs")
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ExtractionError(
            f"not a readable Word (.docx) file: {exc}",
            path=path,
            hint="open it in Word and save it again as .docx",
        ) from None
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    props = doc.core_properties
    meta: dict[str, Any] = {}
    if props.title:
        meta["title"] = props.title
    if props.author:
        meta["issuer"] = props.author
    if props.created:
        meta["date"] = props.created.date().isoformat()
    if props.language:
        meta["language"] = props.language[:2].lower()
    return "\n".join(lines), meta


def read_pdf(data: bytes, *, path: str | None = None) -> tuple[str, dict[str, Any]]:
    """Text of every page of a PDF (pages separated by a blank line) and its metadata.

    A PDF without a text layer (a scan) raises :class:`ExtractionError`.
    """
    pypdf = require("pypdf", "docs")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [(p.extract_text() or "") for p in reader.pages]
        info = reader.metadata or {}
    except Exception as exc:
        raise ExtractionError(
            f"not a readable PDF file: {exc}",
            path=path,
            hint="check that the file is a complete PDF (open it in a viewer)",
        ) from None
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise ExtractionError(
            f"the PDF has no text layer ({len(pages)} page(s) of images only)",
            path=path,
            hint="run OCR on it first (for example ocrmypdf) and load the result",
        )
    meta: dict[str, Any] = {}
    title = info.get("/Title") if hasattr(info, "get") else None
    if title:
        meta["title"] = str(title)
    author = info.get("/Author") if hasattr(info, "get") else None
    if author:
        meta["issuer"] = str(author)
    created = info.get("/CreationDate") if hasattr(info, "get") else None
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(created or ""))
    if m:
        meta["date"] = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return text, meta
