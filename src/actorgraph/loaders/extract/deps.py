"""The extractor's imports from other parts of actorgraph that may be swapped (the
document readers and format registry, the cleaned-text type), kept in one place, and
the one repair the extractor makes to a cleaned text.
"""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.documents import (
    DOCUMENT_SUFFIXES,
    LoadedDocument,
    is_document,
    load_text,
    read_document,
)
from actorgraph.loaders.documents.text import Text

__all__ = [
    "DOCUMENT_SUFFIXES",
    "LoadedDocument",
    "Text",
    "is_document",
    "load_text",
    "read_document",
    "without_split_links",
]

#: A Markdown link whose text runs over a line break ("[Icebreaker Collaboration\n
#: Effort](https://…)"), which the reader's one-line link pattern leaves in the text.
_SPLIT_LINK_RE = re.compile(r"\[([^\]\[]{1,300}?)\]\((?:https?://|/)[^)\s]{1,500}\)")


def without_split_links(doc: LoadedDocument) -> LoadedDocument:
    """``doc`` with the link syntax left in its cleaned text taken out (the link text
    stays, a line break inside it becomes a space), so that no evidence shows
    ``](https://…)`` and no sentence ends inside a link. Offsets stay mapped.

    >>> from actorgraph.loaders.documents import load_text
    >>> d = load_text("We [support\\nUkraine](https://x.org/a) today.", doc_id="x", lang="en")
    >>> without_split_links(d).text.cleaned
    'We support Ukraine today.'
    """
    text = doc.text
    src = text.cleaned
    if "](" not in src:
        return doc
    keep: list[str] = []
    offs = []
    pos = 0
    for m in _SPLIT_LINK_RE.finditer(src):
        keep.append(src[pos : m.start()])
        offs.extend(text.offsets[pos : m.start()])
        a, b = m.span(1)
        keep.append(src[a:b].replace("\n", " "))
        offs.extend(text.offsets[a:b])
        pos = m.end()
    if not offs and pos == 0:
        return doc
    keep.append(src[pos:])
    offs.extend(text.offsets[pos:])
    cleaned = Text(text.original, "".join(keep), type(text.offsets)(text.offsets.typecode, offs))
    return dataclasses.replace(doc, text=cleaned)
