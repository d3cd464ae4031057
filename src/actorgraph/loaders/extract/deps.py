"""The extractor's imports from other parts of actorgraph that may be swapped (the
document readers and format registry, the reference catalogue), kept in one place.
"""

from __future__ import annotations

from actorgraph.loaders.documents import (
    DOCUMENT_SUFFIXES,
    LoadedDocument,
    is_document,
    load_text,
    read_document,
)

__all__ = ["DOCUMENT_SUFFIXES", "LoadedDocument", "is_document", "load_text", "read_document"]
