"""Curated YAML files: a document, actors and relations (see :mod:`actorgraph.loaders.curated`
for the format). Read by :func:`actorgraph.loaders.yamlfile.load_yaml` (no aliases, no
key twice, bounded sizes) and checked against the models of
:mod:`actorgraph.loaders.schemas`; every problem is one line with file, line and fix.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "c.yaml"
>>> _ = p.write_text("relations:\\n  - {source: NLD, type: SUPPORTS, target: UKR}\\n")
>>> [r.key for r in read_yaml(p).batch.relations]
[('NLD', 'SUPPORTS', 'UKR')]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, LoaderError, SchemaError
from actorgraph.graph.model import Document, Evidence, Relation
from actorgraph.graph.vocabulary import Origin, RelationType
from actorgraph.loaders.curated import ParsedInput, add_actor, pydantic_message, read_text
from actorgraph.loaders.rows import DEFAULT_RULE, RELATION_FIELDS
from actorgraph.loaders.schemas import CuratedFile, DocumentSpec, RelationSpec
from actorgraph.loaders.yamlfile import load_yaml, strip_lines

_TOP = ("actors", "relations", "document", "source", "date")


def read_yaml(path: Path) -> ParsedInput:
    """Parse and validate a curated YAML file (actors, relations, optional document)."""
    data = load_yaml(read_text(path), str(path))
    if data is None:
        raise LoaderError("the file is empty", path=str(path), hint="add actors: and relations:")
    if not isinstance(data, dict):
        raise LoaderError(
            "a curated YAML file is a mapping with actors: and relations:",
            path=str(path), line=1, hint="see `actorgraph load --help` for the format",
        )
    top = {k: v for k, v in data.items() if k != "__line__"}
    try:
        spec = CuratedFile(**top)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err.get("loc") else ""
        if err.get("type") == "extra_forbidden":
            raise LoaderError(f"unknown top-level key {key!r}", path=str(path), line=1,
                              hint=f"allowed keys: {', '.join(sorted(_TOP))}") from None
        line = _line_of(data.get(key)) or 1
        raise LoaderError(pydantic_message(exc), path=str(path), line=line,
                          hint="write each entry of actors: and relations: on a line "
                          "starting with '- '") from None
    parsed = ParsedInput(path=path)
    doc = _document(path, spec.document)
    if doc is not None:
        parsed.batch.documents.append(doc)
    default_doc = doc.id if doc else str(spec.source or path.name)
    default_date = spec.date or (doc.date if doc else None)
    for item in spec.actors or []:
        line = item.get("__line__")
        add_actor(parsed, line, {"source": path.name, **strip_lines(item)})
    for item in spec.relations or []:
        parsed.batch.relations.append(
            _relation(path, item.get("__line__"), strip_lines(item), default_doc,
                      default_date, parsed.where)
        )
    return parsed


def _line_of(value: Any) -> int | None:
    if isinstance(value, dict):
        return value.get("__line__")
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return value[0].get("__line__")
    return None


def _document(path: Path, raw: dict[str, Any] | None) -> Document | None:
    if not raw:
        return None
    line = raw.get("__line__")
    try:
        spec = DocumentSpec(**strip_lines(raw))
    except ValidationError as exc:
        raise LoaderError(f"bad document: {pydantic_message(exc)}", path=str(path),
                          line=line) from None
    doc_id = spec.id
    if spec.path:
        full = (path.parent / spec.path).resolve()
        if full.is_file():
            doc_id = Document.id_for(full.read_bytes())
    if not doc_id:
        raise LoaderError(
            "document: needs an id, or a path to an existing file", path=str(path), line=line,
            hint="give `id: my-source` or `path: report.txt` (relative to this file)",
        )
    try:
        return Document(**{**spec.model_dump(exclude_unset=True), "id": doc_id})
    except ValidationError as exc:
        raise LoaderError(f"bad document: {pydantic_message(exc)}", path=str(path),
                          line=line) from None


def _relation(path: Path, line: int | None, item: dict[str, Any], default_doc: str,
              default_date: Any, where: dict[str, int]) -> Relation:
    for key in ("source", "type", "target"):
        if item.get(key) in (None, ""):
            raise LoaderError(f"relation without {key}", path=str(path), line=line,
                              hint="every relation needs source, type and target")
    try:
        spec = RelationSpec(**item)
    except ValidationError as exc:
        message = pydantic_message(exc)
        if message.startswith("unknown field"):
            raise LoaderError(f"unknown relation field {message.split(' ', 2)[2]}",
                              path=str(path), line=line,
                              hint=f"relation fields are: {', '.join(RELATION_FIELDS)}") from None
        raise LoaderError(f"bad relation: {message}", path=str(path), line=line,
                          hint="dates are YYYY-MM-DD; confidence is a number from 0 to 1") from None
    try:
        rtype = RelationType.parse(spec.type)
    except SchemaError as exc:
        raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
    try:
        evidence = Evidence(
            doc=spec.doc or default_doc,
            text=spec.evidence or "",
            date=spec.date if spec.date is not None else default_date,
            confidence=spec.confidence,
            rule=spec.rule or DEFAULT_RULE,
            source=f"{path.name}:{line}" if line else path.name,
            origin=Origin.CURATED,
        )
        rel = Relation(source=spec.source, type=rtype, target=spec.target,
                       valid_from=spec.valid_from, valid_to=spec.valid_to, role=spec.role,
                       provenance=[evidence])
    except ValidationError as exc:
        raise LoaderError(f"bad relation: {pydantic_message(exc)}", path=str(path), line=line,
                          hint="dates are YYYY-MM-DD; confidence is a number from 0 to 1") from None
    except ActorGraphError as exc:
        raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
    for end in (rel.source, rel.target):
        where.setdefault(end, line or 0)
    return rel
