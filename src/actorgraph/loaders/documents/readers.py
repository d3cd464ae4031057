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
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import ExtractionError, LoaderError, require
from actorgraph.loaders.documents.encoding import decode_bytes, looks_binary

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
    from actorgraph.loaders.yamlfile import load_yaml, strip_lines

    try:  # the rules of all our YAML: no aliases, no key twice, bounded sizes
        meta = strip_lines(load_yaml(m.group(1) or "", path or "(front matter)",
                                     line_offset=1)) or {}
    except LoaderError as exc:
        raise LoaderError(
            f"bad YAML front matter: {exc.message.removeprefix('YAML syntax error: ')}",
            path=path, line=exc.line,
            hint=exc.hint or "fix the block between the two '---' lines",
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


# -- the document formats of actorgraph.loaders.formats: bytes in, DocumentText out ------


@dataclass
class DocumentText:
    """What a document reader gives: the original text, metadata, and how to clean it.

    ``markdown`` asks for Markdown clean-up of the text after ``body_start`` (after
    front matter); ``encoding`` is the decoded text's encoding, where it was guessed.
    """

    original: str
    meta: dict[str, Any] = field(default_factory=dict)
    markdown: bool = False
    body_start: int = 0
    encoding: str | None = None


def _decoded(data: bytes, path: str | None) -> tuple[str, str]:
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        from actorgraph.loaders.formats import suffix_list

        raise LoaderError(
            "this is a binary file, not a text document", path=path,
            hint=f"give a document file ({suffix_list('document')})",
        )
    decoded, encoding = decode_bytes(data, path=path)
    if not decoded.strip():
        raise LoaderError("the file holds only white space", path=path, hint="nothing to extract")
    return decoded, encoding


def read_txt(data: bytes, *, path: str | None = None) -> DocumentText:
    """A plain-text document (encoding detected)."""
    decoded, encoding = _decoded(data, path)
    return DocumentText(decoded, encoding=encoding)


def read_md(data: bytes, *, path: str | None = None) -> DocumentText:
    """A Markdown document; YAML front matter gives title, date, language, issuer."""
    decoded, encoding = _decoded(data, path)
    original, meta, body = read_markdown_text(decoded, path=path)
    return DocumentText(original, meta, markdown=True, body_start=body, encoding=encoding)


def read_html_document(data: bytes, *, path: str | None = None) -> DocumentText:
    """A web page's visible text and its metadata."""
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _decoded(data, path)  # raises: binary
    return DocumentText(*read_html(data, path=path))


def read_docx_document(data: bytes, *, path: str | None = None) -> DocumentText:
    """A Word document's paragraphs and tables, and its core properties."""
    return DocumentText(*read_docx(data, path=path))


def read_pdf_document(data: bytes, *, path: str | None = None) -> DocumentText:
    """A PDF's text layer and its metadata."""
    if not data.startswith(b"%PDF"):
        raise ExtractionError(
            "not a PDF file (no %PDF header)", path=path, hint="check the file's real type"
        )
    return DocumentText(*read_pdf(data, path=path))
