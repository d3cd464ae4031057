"""The offline, explainable extractor: documents in, relations with provenance out.

No language model and no download: sentences are split with rules, actors found with
the reference catalogue's aliases (a token-trie lookup), and relations read by named
cue patterns in Dutch and English (:mod:`~actorgraph.loaders.extract.cues`). Every
relation has one :class:`~actorgraph.graph.model.Evidence` per sentence that states it,
naming the cue (``rule``) and a confidence.

Example
-------
>>> r = extract_text("Rusland is de grootste dreiging voor de NAVO.", lang="nl",
...                  date="2024-04-04", doc_id="demo")
>>> [(x.source, x.type.value, x.target, x.provenance[0].rule) for x in r.relations]
[('RUS', 'THREATENS', 'NATO', 'threat.threat-to')]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from actorgraph.errors import ActorGraphError
from actorgraph.graph.model import Actor, Document, GraphBatch, merge_relations
from actorgraph.loaders.extract.catalogue import default_lexicon, lexicon_from_catalogue
from actorgraph.loaders.extract.deps import (
    DOCUMENT_SUFFIXES,
    LoadedDocument,
    load_text,
    read_document,
)
from actorgraph.loaders.extract.lexicon import Lexicon
from actorgraph.loaders.extract.pipeline import ExtractionResult, extract_loaded

__all__ = [
    "ExtractionResult",
    "Lexicon",
    "default_lexicon",
    "documents_batch",
    "extract_document",
    "extract_path",
    "extract_text",
    "find_documents",
    "lexicon_from_catalogue",
]


def extract_document(doc: LoadedDocument, *, lexicon: Lexicon | None = None) -> ExtractionResult:
    """Extract relations from a :class:`LoadedDocument`."""
    return extract_loaded(doc, lexicon or default_lexicon())


def extract_path(
    path: str | os.PathLike, lang: str | None = None, *, lexicon: Lexicon | None = None
) -> ExtractionResult:
    """Read a document file and extract its relations.

    Raises :class:`~actorgraph.errors.LoaderError` / ``ExtractionError`` for a file that
    cannot be read (the message names the file and the fix).
    """
    return extract_document(read_document(path, lang=lang), lexicon=lexicon)


def extract_text(
    text: str,
    *,
    lang: str | None = None,
    date: str | None = None,
    issuer: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    lexicon: Lexicon | None = None,
) -> ExtractionResult:
    """Extract relations from a string (``issuer`` is an actor id or an issuer name)."""
    doc = load_text(
        text,
        doc_id=doc_id or Document.id_for(text.encode("utf-8")),
        meta={"date": date, "issuer": issuer, "title": title},
        lang=lang,
    )
    return extract_document(doc, lexicon=lexicon)


def find_documents(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Document files under ``paths`` (folders searched recursively, hidden ones skipped):
    :func:`actorgraph.loaders.formats.find_files`."""
    from actorgraph.loaders.formats import find_files

    return find_files(paths, "document")


def documents_batch(
    paths: Iterable[str | os.PathLike],
    *,
    lang: str | None = None,
    progress: Callable[[int], None] | None = None,
    lexicon: Lexicon | None = None,
    on_total: Callable[[int], None] | None = None,
) -> tuple[GraphBatch, list[tuple[str, str]]]:
    """Read and extract every document under ``paths`` (folders recursively).

    Returns the :class:`GraphBatch` (documents, relations, mentions, and the actors they
    name) and the problems as ``(path, message)``; a bad file is reported, not fatal.
    ``progress(n)`` is called with 1 after each file; ``on_total(n)`` once with the count.
    """
    lex = lexicon or default_lexicon()
    files = find_documents(paths)
    if on_total:
        on_total(len(files))
    batch = GraphBatch()
    problems: list[tuple[str, str]] = []
    actor_ids: set[str] = set()
    new_actors: dict[str, dict] = {}
    for f in files:
        try:
            res = extract_document(read_document(f, lang=lang), lexicon=lex)
        except ActorGraphError as exc:
            problems.append((str(f), str(exc)))
        except (OSError, ValueError, RuntimeError) as exc:  # a reader library failing
            problems.append((str(f), f"{f}: cannot be read: {exc}"))
        else:
            batch.documents.append(res.document)
            batch.relations.extend(res.relations)
            batch.mentions.extend(res.mentions)
            for r in res.relations:
                actor_ids.update((r.source, r.target))
            actor_ids.update(m.actor for m in res.mentions)
            new_actors.update(res.new_actors)
        if progress:
            progress(1)
    batch.relations = merge_relations(batch.relations)
    batch.actors = _actors_for(sorted(actor_ids), lex, new_actors)
    return batch, problems


def _actors_for(ids: list[str], lex: Lexicon, new: dict[str, dict]) -> list[Actor]:
    cat = getattr(lex, "catalogue", None)
    out: list[Actor] = []
    for aid in ids:
        actor = cat.get(aid) if cat is not None else None
        if isinstance(actor, Actor):
            out.append(actor)
        elif aid in new:
            out.append(
                Actor(
                    id=aid, name=new[aid]["name"], kind="person", source="extracted from documents"
                )
            )
        else:
            out.append(Actor(id=aid, name=lex.name(aid), kind=lex.kind(aid)))
    return out


SUFFIXES = DOCUMENT_SUFFIXES
