"""Curated input: YAML files and CSV files of actors and relations, with dates and sources.

A curated YAML file (see ``src/actorgraph/data/founding/`` for a full example)::

    document:                 # optional: the document the evidence comes from
      path: report.txt        # its id is the hash of this file when it exists
      title: Verslag NAVO FMM 3-4 april 2024
      date: 2024-04-04
      language: nl
    actors:
      - {id: NLD, name: Netherlands, kind: state, bloc: nato_ally,
         aliases: {nl: [Nederland]}}
    relations:
      - {source: NLD, type: SUPPORTS, target: UKR, date: 2024-04-04,
         evidence: "Bondgenoten, waaronder Nederland, …", confidence: 0.9}

CSV files are recognised by their header: ``id,name,kind,…`` holds actors (aliases
separated by ``|`` in ``aliases_en`` / ``aliases_nl``), ``source,type,target,…`` holds
relations. Every problem is reported with its file, line and the fix.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
>>> _ = p.write_text("source,type,target,date\\nNLD,SUPPORTS,UKR,2024-04-04\\n")
>>> parsed = read_relations_csv(p)
>>> len(parsed.columns), parsed.columns.types()
(1, ['SUPPORTS'])
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, LoaderError, SchemaError
from actorgraph.graph.model import (
    Actor,
    Document,
    Evidence,
    GraphBatch,
    Relation,
    parse_date,
)
from actorgraph.graph.records import RelationColumns, evidence_id
from actorgraph.graph.vocabulary import Origin, RelationType
from actorgraph.loaders.csv_fast import MIN_BYTES, read_relations_csv_arrow

RELATION_FIELDS = (
    "source", "type", "target", "date", "evidence", "confidence", "doc", "valid_from",
    "valid_to", "role", "rule",
)
#: columns of `actorgraph export --format csv` that a relations file may also have; with
#: ``provenance`` present, each row's evidence comes from it and the rest is derived
EXPORTED_RELATION_FIELDS = (
    "count", "first_seen", "last_seen", "docs", "provenance", "origins", "weight",
)
ACTOR_CSV_FIELDS = (
    "id", "name", "kind", "bloc", "country", "aliases_en", "aliases_nl", "start", "end",
    "description", "source",
    # as `actorgraph export --format csv` writes them: aliases as JSON, names derived
    "aliases", "names",
)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPES = {t.value: t.value for t in RelationType} | {
    t.value.lower(): t.value for t in RelationType
}
_SYMMETRIC = {t.value for t in RelationType if t.symmetric}
#: a curated row's evidence origin and its relation's origins (one shared, unchanged list)
_CURATED = Origin.CURATED.value
_CURATED_ORIGINS = [_CURATED]


@dataclass
class ParsedInput:
    """What one input file holds, validated, before it is written.

    ``where`` maps an actor id that relations refer to (but the file does not define) to
    the line that first refers to it, so that an unknown id can be reported there.
    """

    path: Path
    batch: GraphBatch = field(default_factory=GraphBatch)
    columns: RelationColumns | None = None
    where: dict[str, int] = field(default_factory=dict)

    @property
    def relation_count(self) -> int:
        return len(self.batch.relations) + (len(self.columns) if self.columns else 0)


def read_text(path: Path) -> str:
    """A file's text as UTF-8, or a :class:`LoaderError` saying where it is not.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_bytes("id,name\\nNLD,Nederl\\xe2nd\\n".encode("cp1252"))
    >>> read_text(p)
    Traceback (most recent call last):
    ...
    actorgraph.errors.LoaderError: ...x.csv line 2: the file is not UTF-8 text ...
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = ""
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is not None:
                guess = f" (it looks like {best.encoding})"
        except ImportError:  # pragma: no cover - a core dependency
            pass
        raise LoaderError(
            f"the file is not UTF-8 text{guess}: byte 0x{data[exc.start]:02x} cannot be read",
            path=str(path),
            line=line,
            hint="re-save it as UTF-8 (in Excel: 'CSV UTF-8'; or iconv -f cp1252 -t utf-8)",
        ) from None


# -- YAML -------------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records each mapping's line as ``__line__``.

    Dates stay strings, so that a bad one is reported by our date check with its line
    rather than by YAML's timestamp parser without one.
    """

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers
                if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _pydantic_message(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err.get("loc", ()) if x != "__root__")
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{loc}: {msg}" if loc else msg


def read_yaml(path: Path) -> ParsedInput:
    """Parse and validate a curated YAML file (actors, relations, optional document)."""
    text = read_text(path)
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoaderError(
            f"YAML syntax error: {problem}",
            path=str(path),
            line=mark.line + 1 if mark else None,
            hint="check indentation and quoting there (strings with ': ' need quotes)",
        ) from None
    if data is None:
        raise LoaderError("the file is empty", path=str(path), hint="add actors: and relations:")
    if not isinstance(data, dict):
        raise LoaderError(
            "a curated YAML file is a mapping with actors: and relations:",
            path=str(path), line=1, hint="see `actorgraph load --help` for the format",
        )
    allowed = {"actors", "relations", "document", "source", "date", "__line__"}
    extra = sorted(set(data) - allowed)
    if extra:
        raise LoaderError(
            f"unknown top-level key {extra[0]!r}", path=str(path), line=1,
            hint=f"allowed keys: {', '.join(sorted(allowed - {'__line__'}))}",
        )
    parsed = ParsedInput(path=path)
    doc = _yaml_document(path, data.get("document"))
    if doc is not None:
        parsed.batch.documents.append(doc)
    default_doc = doc.id if doc else str(data.get("source") or path.name)
    default_date = data.get("date") or (doc.date if doc else None)
    for item in _items(path, data, "actors"):
        line = item.pop("__line__", None)
        aliases = item.get("aliases")
        if isinstance(aliases, dict):
            aliases.pop("__line__", None)
        parsed.batch.actors.append(_actor(path, line, {"source": path.name, **item}))
    for item in _items(path, data, "relations"):
        line = item.pop("__line__", None)
        parsed.batch.relations.append(
            _relation(path, line, item, default_doc, default_date, parsed.where)
        )
    return parsed


def _actor(path: Path, line: int | None, data: dict[str, Any]) -> Actor:
    """An actor from one entry of a file, or a :class:`LoaderError` at its line."""
    try:
        return Actor(**data)
    except ValidationError as exc:
        raise LoaderError(
            f"bad actor: {_pydantic_message(exc)}", path=str(path), line=line,
            hint="an actor needs id, name and kind (state, organisation, person, group)",
        ) from None
    except ActorGraphError as exc:
        raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None


def _items(path: Path, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise LoaderError(
            f"{key}: must be a list", path=str(path), line=data.get("__line__"),
            hint=f"write each entry of {key} on a line starting with '- '",
        )
    for item in items:
        if not isinstance(item, dict):
            raise LoaderError(
                f"each entry of {key} must be a mapping, not {item!r}", path=str(path),
                hint="write entries as '- {id: NLD, name: Netherlands, kind: state}'",
            )
    return items


def _yaml_document(path: Path, spec: Any) -> Document | None:
    if not spec:
        return None
    if not isinstance(spec, dict):
        raise LoaderError("document: must be a mapping", path=str(path))
    line = spec.pop("__line__", None)
    doc_path = spec.get("path")
    doc_id = spec.get("id")
    if doc_path:
        full = (path.parent / doc_path).resolve()
        if full.is_file():
            doc_id = Document.id_for(full.read_bytes())
    if not doc_id:
        raise LoaderError(
            "document: needs an id, or a path to an existing file", path=str(path), line=line,
            hint="give `id: my-source` or `path: report.txt` (relative to this file)",
        )
    try:
        return Document(**{**spec, "id": doc_id})
    except ValidationError as exc:
        raise LoaderError(
            f"bad document: {_pydantic_message(exc)}", path=str(path), line=line
        ) from None


def _relation(
    path: Path,
    line: int | None,
    item: dict[str, Any],
    default_doc: str,
    default_date: Any,
    where: dict[str, int],
) -> Relation:
    extra = sorted(set(item) - set(RELATION_FIELDS))
    if extra:
        raise LoaderError(
            f"unknown relation field {extra[0]!r}", path=str(path), line=line,
            hint=f"relation fields are: {', '.join(RELATION_FIELDS)}",
        )
    for key in ("source", "type", "target"):
        if not item.get(key):
            raise LoaderError(
                f"relation without {key}", path=str(path), line=line,
                hint="every relation needs source, type and target",
            )
    try:
        rtype = RelationType.parse(item["type"])
    except SchemaError as exc:
        raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
    try:
        evidence = Evidence(
            doc=str(item.get("doc") or default_doc),
            text=str(item.get("evidence") or ""),
            date=item.get("date") or default_date,
            confidence=float(item.get("confidence", 1.0)),
            rule=str(item.get("rule") or "curated"),
            source=f"{path.name}:{line}" if line else path.name,
            origin=Origin.CURATED,
        )
        rel = Relation(
            source=str(item["source"]),
            type=rtype,
            target=str(item["target"]),
            valid_from=item.get("valid_from"),
            valid_to=item.get("valid_to"),
            role=item.get("role"),
            provenance=[evidence],
        )
    except ValidationError as exc:
        raise LoaderError(
            f"bad relation: {_pydantic_message(exc)}", path=str(path), line=line,
            hint="dates are YYYY-MM-DD; confidence is a number from 0 to 1",
        ) from None
    except (TypeError, ValueError) as exc:
        raise LoaderError(f"bad relation: {exc}", path=str(path), line=line) from None
    for end in (rel.source, rel.target):
        where.setdefault(end, line or 0)
    return rel


# -- CSV --------------------------------------------------------------------------------


def csv_kind(path: Path) -> str | None:
    """``"actors"``, ``"relations"`` or None, from a CSV file's header."""
    try:
        with path.open("rb") as fh:
            first = fh.readline().decode("utf-8-sig")
        header = next(csv.reader([first]), [])
    except (UnicodeDecodeError, csv.Error):
        return None
    cols = {h.strip().lower() for h in header}
    if {"source", "type", "target"} <= cols:
        return "relations"
    if {"id", "name"} <= cols:
        return "actors"
    return None


def _csv_rows(path: Path) -> tuple[list[str], Any]:
    text = read_text(path)
    # Only \n, \r and \r\n end a row: str.splitlines() would also break inside a value at
    # a form feed or U+2028, which text copied from web pages contains.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise LoaderError("the file is empty", path=str(path), hint="add a header line") from None
    except csv.Error as exc:
        raise LoaderError(f"CSV syntax error: {exc}", path=str(path), line=1) from None
    return header, reader


def _check_columns(path: Path, header: list[str], allowed: tuple[str, ...], what: str) -> None:
    """A :class:`LoaderError` on line 1 for the first column the file may not have."""
    unknown = [h for h in header if h not in allowed]
    if unknown:
        raise LoaderError(
            f"unknown column {unknown[0]!r}", path=str(path), line=1,
            hint=f"{what} columns are: {', '.join(allowed)}",
        )


def _rows_with_lines(reader: Any):
    """``(line where the row starts, values)`` for each row (values may span lines)."""
    start = reader.line_num + 1
    for values in reader:
        yield start, values
        start = reader.line_num + 1


def _csv_error(exc: csv.Error, path: Path, line: int) -> LoaderError:
    if "unexpected end of data" in str(exc) or "EOF" in str(exc):
        return LoaderError(
            "a quoted value is not closed", path=str(path), line=line + 1,
            hint='end it with a " (and write a " inside a value as "")',
        )
    return LoaderError(f"CSV syntax error: {exc}", path=str(path), line=line)


def read_actors_csv(path: Path) -> ParsedInput:
    """Parse and validate a CSV file of actors (header ``id,name,kind,…``)."""
    header, reader = _csv_rows(path)
    _check_columns(path, header, ACTOR_CSV_FIELDS, "actor")
    parsed = ParsedInput(path=path)
    line = 1
    try:
        for line_no, values in _rows_with_lines(reader):
            line = line_no
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                raise LoaderError(
                    f"{len(values)} values for {len(header)} columns", path=str(path), line=line,
                    hint="quote values that contain commas",
                )
            row = {k: v.strip() for k, v in zip(header, values) if v.strip()}
            row.pop("names", None)
            exported = row.pop("aliases", None)
            aliases = {
                lang: [a.strip() for a in row.pop(f"aliases_{lang}").split("|") if a.strip()]
                for lang in ("en", "nl")
                if f"aliases_{lang}" in row
            }
            if exported:
                import json

                try:
                    for lang, names in json.loads(exported).items():
                        have = aliases.setdefault(lang, [])
                        have.extend(n for n in names if n not in have)
                except (json.JSONDecodeError, AttributeError):
                    raise LoaderError(
                        "the aliases column is not JSON", path=str(path), line=line,
                        hint='write {"nl": ["Nederland"]}, or use aliases_en / aliases_nl',
                    ) from None
            if not row.get("id"):
                raise LoaderError(
                    "actor without id", path=str(path), line=line,
                    hint="give every actor an id: ISO alpha-3 (NLD), acronym (NATO) or slug",
                )
            parsed.batch.actors.append(
                _actor(path, line, {"source": path.name, **row, "aliases": aliases})
            )
    except csv.Error as exc:
        raise _csv_error(exc, path, line) from None
    return parsed


def read_relations_csv(
    path: Path, *, default_doc: str | None = None, fast: bool = True
) -> ParsedInput:
    """Parse and validate a CSV file of relations into columns (fast for millions).

    Columns: ``source,type,target`` and optionally ``date, evidence, confidence, doc,
    valid_from, valid_to, role, rule``. A relation listed twice is merged. Large clean
    files take the Arrow fast path (:mod:`actorgraph.loaders.csv_fast`); ``fast=False``
    forces the row-by-row reader.
    """
    if fast and default_doc is None and path.stat().st_size >= MIN_BYTES:
        data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        first = data[: data.find(b"\n")].decode("utf-8", errors="replace")
        header = [h.strip().lower() for h in next(csv.reader([first]), [])]
        if header and all(h in RELATION_FIELDS for h in header):
            parsed = read_relations_csv_arrow(path, data, header)
            if parsed is not None:
                return parsed
        del data
    header, reader = _csv_rows(path)
    if "provenance" in header:
        return _read_exported_relations(path, header, reader)
    _check_columns(path, header, RELATION_FIELDS, "relation")
    idx = {h: i for i, h in enumerate(header)}
    ncols = len(header)
    doc_default = default_doc or path.name
    parsed = ParsedInput(path=path, columns=RelationColumns())
    cols = parsed.columns
    assert cols is not None
    where = parsed.where
    seen: dict[tuple[str, str, str], int] = {}
    duplicates: list[Relation] = []
    rel_cols: dict[str, dict[str, list[Any]]] = {}
    ev_cols: dict[str, dict[str, list[Any]]] = {}
    get_date = _date_getter(path)
    i_s, i_t, i_ty = idx["source"], idx["target"], idx["type"]
    opt = {k: idx.get(k) for k in RELATION_FIELDS}
    name = path.name
    line = 1
    try:
        for line_no, values in _rows_with_lines(reader):
            line = line_no
            if len(values) != ncols:
                if not any(v.strip() for v in values):
                    continue
                if len(values) > ncols:
                    raise LoaderError(
                        f"{len(values)} values for {ncols} columns", path=str(path),
                        line=line, hint="quote values that contain commas",
                    )
                if any("\n" in v for v in values):
                    raise LoaderError(
                        "a quoted value is not closed", path=str(path), line=line,
                        hint='end it with a " (and write a " inside a value as "")',
                    )
                values = values + [""] * (ncols - len(values))
            s = values[i_s].strip()
            t = values[i_t].strip()
            ty = _TYPES.get(values[i_ty].strip()) or _TYPES.get(values[i_ty].strip().lower())
            if ty is None:
                try:
                    ty = RelationType.parse(values[i_ty]).value
                except SchemaError as exc:
                    raise LoaderError(exc.message, path=str(path), line=line,
                                      hint=exc.hint) from None
            if not s or not t:
                raise LoaderError(
                    f"relation without {'source' if not s else 'target'}", path=str(path),
                    line=line, hint="every relation needs source, type and target",
                )
            if s == t:
                raise LoaderError(
                    f"relation from {s!r} to itself", path=str(path), line=line,
                    hint="source and target must differ",
                )
            if ty in _SYMMETRIC and t < s:
                s, t = t, s
            date = get_date(values, opt["date"], line)
            conf = 1.0
            if opt["confidence"] is not None and values[opt["confidence"]].strip():
                try:
                    conf = float(values[opt["confidence"]])
                except ValueError:
                    conf = -1.0
                if not 0.0 <= conf <= 1.0:
                    raise LoaderError(
                        f"bad confidence {values[opt['confidence']]!r}", path=str(path),
                        line=line, hint="confidence is a number from 0 to 1",
                    )
            doc = (values[opt["doc"]].strip() if opt["doc"] is not None else "") or doc_default
            text = values[opt["evidence"]].strip() if opt["evidence"] is not None else ""
            rule = "curated"
            if opt["rule"] is not None and values[opt["rule"]].strip():
                rule = values[opt["rule"]].strip()
            role = values[opt["role"]].strip() or None if opt["role"] is not None else None
            valid_from = get_date(values, opt["valid_from"], line)
            valid_to = get_date(values, opt["valid_to"], line)
            if valid_from and valid_to and valid_to < valid_from:
                raise LoaderError(
                    f"valid_to {valid_to} is before valid_from {valid_from}", path=str(path),
                    line=line, hint="swap them, or correct the date",
                )
            key = (s, ty, t)
            if key in seen:
                duplicates.append(_row(s, t, ty, conf, date, doc, text, rule, role,
                                       valid_from, valid_to, f"{name}:{line}"))
                continue
            seen[key] = line
            c = rel_cols.get(ty)
            if c is None:
                c = rel_cols[ty] = cols.by_type.setdefault(
                    ty, {k: [] for k in RelationColumns.COLUMNS})
                e = ev_cols[ty] = cols.evidence_by_type[ty]
                assert tuple(c) == cols.COLUMNS and tuple(e) == cols.EVIDENCE_COLUMNS
            else:
                e = ev_cols[ty]
            # in the order of RelationColumns.COLUMNS and .EVIDENCE_COLUMNS
            for col, value in zip(c.values(), (s, t, conf, 1, date, date, valid_from,
                                               valid_to, role, _CURATED_ORIGINS, 0.0),
                                   strict=True):
                col.append(value)
            for col, value in zip(e.values(), (evidence_id(s, ty, t, 0), s, ty, t, 0, doc, text,
                                               date, None, None, None, rule, conf,
                                               f"{name}:{line}", _CURATED, None, None, None),
                                  strict=True):
                col.append(value)
            if s not in where:
                where[s] = line
            if t not in where:
                where[t] = line
    except csv.Error as exc:
        raise _csv_error(exc, path, line) from None
    if duplicates:
        _merge_duplicates(parsed, duplicates)
    return parsed


def _row(s, t, ty, conf, date, doc, text, rule, role, valid_from, valid_to, source) -> Relation:
    """A relation of one CSV row, with its one piece of evidence."""
    return Relation(
        source=s, type=ty, target=t, confidence=conf, count=1, first_seen=date,
        last_seen=date, valid_from=valid_from, valid_to=valid_to, role=role,
        provenance=[Evidence(doc=doc, text=text, date=date, rule=rule, confidence=conf,
                             source=source, origin=Origin.CURATED)],
    )


def _read_exported_relations(path: Path, header: list[str], reader: Any) -> ParsedInput:
    """Relations as `actorgraph export --format csv` writes them, provenance included."""
    import json

    _check_columns(path, header, RELATION_FIELDS + EXPORTED_RELATION_FIELDS, "relation")
    parsed = ParsedInput(path=path)
    line = 1
    try:
        for line, values in _rows_with_lines(reader):
            if not any(v.strip() for v in values):
                continue
            row = dict(zip(header, (v.strip() for v in values)))
            try:
                evidence = [Evidence(**e) for e in json.loads(row.get("provenance") or "[]")]
                rel = Relation(
                    source=row["source"], type=row["type"], target=row["target"],
                    valid_from=row.get("valid_from") or None,
                    valid_to=row.get("valid_to") or None, role=row.get("role") or None,
                    provenance=evidence,
                )
            except json.JSONDecodeError as exc:
                raise LoaderError(
                    f"the provenance column is not JSON: {exc.msg}", path=str(path),
                    line=line, hint="keep it as actorgraph export wrote it, or drop the column",
                ) from None
            except (ValidationError, TypeError) as exc:
                msg = _pydantic_message(exc) if isinstance(exc, ValidationError) else str(exc)
                raise LoaderError(f"bad relation: {msg}", path=str(path), line=line) from None
            except ActorGraphError as exc:
                raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
            parsed.batch.relations.append(rel)
            for end in (rel.source, rel.target):
                parsed.where.setdefault(end, line)
    except csv.Error as exc:
        raise _csv_error(exc, path, line) from None
    return parsed


def _date_getter(path: Path):
    def get(values: list[str], i: int | None, line: int) -> str | None:
        if i is None:
            return None
        text = values[i].strip()
        if not text:
            return None
        if _DATE_RE.match(text) and "01" <= text[5:7] <= "12" and "01" <= text[8:10] <= "28":
            return text
        try:
            return parse_date(text)
        except ValueError as exc:
            raise LoaderError(str(exc), path=str(path), line=line) from None

    return get


def _merge_duplicates(parsed: ParsedInput, duplicates: list[Relation]) -> None:
    """Fold rows whose key came earlier in the file into that earlier row (and its evidence)."""
    from actorgraph.graph.records import evidence_rows, relation_to_row, row_to_relation

    cols = parsed.columns
    assert cols is not None
    extra: dict[tuple[str, str, str], list[Relation]] = {}
    for rel in duplicates:
        extra.setdefault(rel.key, []).append(rel)
    for rtype in list(cols.by_type):
        c = cols.by_type[rtype]
        e = cols.evidence_by_type[rtype]
        # Before this, row i of the relations has row i of the evidence, and no other.
        merged_evidence: dict[str, list[Any]] = {k: [] for k in e}
        for i, (s, t) in enumerate(zip(c["s"], c["t"])):
            more = extra.get((s, rtype, t))
            if not more:
                for k in e:
                    merged_evidence[k].append(e[k][i])
                continue
            merged = row_to_relation(
                {**{k: c[k][i] for k in c}, "type": rtype}, [{k: e[k][i] for k in e}]
            )
            for rel in more:
                merged = merged.merged(rel)
            new = relation_to_row(merged)
            for k in c:
                c[k][i] = new[k]
            for ev in evidence_rows(merged):
                for k in e:
                    merged_evidence[k].append(ev[k])
        e.clear()
        e.update(merged_evidence)
