"""Relations as JSON lines, the format `actorgraph extract --format jsonl` prints.

Each line: ``source``, ``type``, ``target`` and optionally ``doc``, ``date``,
``evidence``, ``sentence``, ``start``, ``end``, ``confidence``, ``rule`` (the names are
ignored). Extract once, review or edit the file, then load it.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.jsonl"
>>> _ = p.write_text('{"source": "IRN", "type": "SUPPORTS", "target": "RUS", "doc": "d1"}\\n')
>>> [r.key for r in read_relations_jsonl(p).batch.relations]
[('IRN', 'SUPPORTS', 'RUS')]
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, LoaderError
from actorgraph.graph.model import Evidence, Relation
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders.curated import ParsedInput, read_text

#: fields that `actorgraph extract --format jsonl` prints for people, not for loading
_IGNORED = {
    "source_name", "target_name", "tier", "issuer", "lang", "language", "title", "path",
}
_EVIDENCE = {"doc", "date", "evidence", "sentence", "start", "end", "confidence", "rule"}


def read_relations_jsonl(path: Path) -> ParsedInput:
    """Parse relations from a JSON-lines file, one relation per line."""
    parsed = ParsedInput(path=path)
    for line_no, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoaderError(
                f"not valid JSON: {exc.msg} (column {exc.colno})", path=str(path),
                line=line_no, hint="each line must be one JSON object",
            ) from None
        if not isinstance(obj, dict):
            raise LoaderError("each line must be a JSON object", path=str(path), line=line_no)
        extra = set(obj) - _EVIDENCE - _IGNORED - {"source", "type", "target"}
        if extra:
            raise LoaderError(
                f"unknown field {sorted(extra)[0]!r}", path=str(path), line=line_no,
                hint="fields: source, type, target, doc, date, evidence, start, end, "
                "confidence, rule",
            )
        try:
            ev = Evidence(
                doc=str(obj.get("doc") or path.name),
                text=str(obj.get("evidence") or ""),
                date=obj.get("date"),
                sentence=obj.get("sentence"),
                start=obj.get("start"),
                end=obj.get("end"),
                confidence=obj.get("confidence", 1.0),
                rule=obj.get("rule"),
                source=f"{path.name}:{line_no}",
                origin=Origin.CURATED,
            )
            rel = Relation(
                source=obj.get("source"), type=obj.get("type"), target=obj.get("target"),
                provenance=[ev],
            )
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(x) for x in err.get("loc", ()))
            msg = str(err.get("msg", "")).removeprefix("Value error, ")
            raise LoaderError(
                f"bad relation: {loc + ': ' if loc else ''}{msg}", path=str(path), line=line_no
            ) from None
        except ActorGraphError as exc:
            raise LoaderError(exc.message, path=str(path), line=line_no, hint=exc.hint) from None
        parsed.batch.relations.append(rel)
        for end in (rel.source, rel.target):
            parsed.where.setdefault(end, line_no)
    return parsed
