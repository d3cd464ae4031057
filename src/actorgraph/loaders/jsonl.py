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
from actorgraph.loaders.curated import ParsedInput, pydantic_message, read_text
from actorgraph.loaders.schemas import JsonlRelation

_HINT = ("source, type and target are text; dates YYYY-MM-DD; confidence from 0 to 1; "
         "sentence, start and end whole numbers from 0")
_FIELDS = "source, type, target, doc, date, evidence, sentence, start, end, confidence, rule"


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def read_relations_jsonl(path: Path) -> ParsedInput:
    """Parse relations from a JSON-lines file, one relation per line.

    Lines end at ``\\n`` only (a JSON text may hold U+2028); each line is checked against
    :class:`~actorgraph.loaders.schemas.JsonlRelation`.
    """
    parsed = ParsedInput(path=path)
    for line_no, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line, parse_constant=_no_constant)
        except json.JSONDecodeError as exc:
            raise LoaderError(
                f"not valid JSON: {exc.msg} (column {exc.colno})", path=str(path),
                line=line_no, hint="each line must be one JSON object",
            ) from None
        except (ValueError, RecursionError) as exc:  # a number too long, NaN, deep nesting
            why = str(exc).splitlines()[0][:120]
            if "integer string conversion" in why:
                why = "a number has more digits than the 4,300 allowed"
            raise LoaderError(
                f"cannot read this line: {why}", path=str(path),
                line=line_no, hint="write numbers of ordinary size, without NaN or Infinity",
            ) from None
        if not isinstance(obj, dict):
            raise LoaderError("each line must be a JSON object", path=str(path), line=line_no)
        try:
            spec = JsonlRelation(**obj)
        except ValidationError as exc:
            message = pydantic_message(exc)
            if message.startswith("unknown field"):
                raise LoaderError(message, path=str(path), line=line_no,
                                  hint=f"fields: {_FIELDS}") from None
            raise LoaderError(f"bad relation: {message}", path=str(path), line=line_no,
                              hint=_HINT) from None
        except TypeError:
            raise LoaderError("field names must be text", path=str(path), line=line_no) from None
        try:
            ev = Evidence(
                doc=spec.doc or path.name, text=spec.evidence or "", date=spec.date,
                sentence=spec.sentence, start=spec.start, end=spec.end,
                confidence=spec.confidence, rule=spec.rule, source=f"{path.name}:{line_no}",
                origin=Origin.CURATED,
            )
            rel = Relation(source=spec.source, type=spec.type, target=spec.target,
                           provenance=[ev])
        except ValidationError as exc:
            raise LoaderError(f"bad relation: {pydantic_message(exc)}", path=str(path),
                              line=line_no, hint=_HINT) from None
        except ActorGraphError as exc:
            raise LoaderError(exc.message, path=str(path), line=line_no, hint=exc.hint) from None
        parsed.batch.relations.append(rel)
        for end in (rel.source, rel.target):
            parsed.where.setdefault(end, line_no)
    return parsed
