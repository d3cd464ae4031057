"""Curated CSV files: actors (header ``id,name,kind,…``) and relations
(``source,type,target,…``), read by :mod:`actorgraph.loaders.csvfile` with the row rules
of :mod:`actorgraph.loaders.rows`. Every problem is reported with its file, line and fix.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
>>> _ = p.write_text("source,type,target,date\\nNLD,SUPPORTS,UKR,2024-04-04\\n")
>>> parsed = read_relations_csv(p)
>>> len(parsed.columns), parsed.columns.types()
(1, ['SUPPORTS'])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, LoaderError, SchemaError
from actorgraph.graph.model import Evidence, Relation
from actorgraph.graph.records import RelationColumns, evidence_id, origins_text
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders import csv_fast, csvfile, rows
from actorgraph.loaders.curated import ParsedInput, add_actor, pydantic_message
from actorgraph.loaders.rows import (
    ACTOR_CSV_FIELDS,
    DEFAULT_RULE,
    EXPORTED_RELATION_FIELDS,
    RELATION_FIELDS,
    canonical_key,
)
from actorgraph.loaders.schemas import check_date

#: a curated row's evidence origin and its relation's stored origins
_CURATED = Origin.CURATED.value
_CURATED_ORIGINS = origins_text([_CURATED])


def csv_kind(path: Path) -> str | None:
    """``"actors"``, ``"relations"`` or None, from a CSV file's header."""
    try:
        with path.open("rb") as fh:
            first = fh.readline().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    cols = set(csvfile.header_of(first) or ())
    if {"source", "type", "target"} <= cols:
        return "relations"
    if {"id", "name"} <= cols:
        return "actors"
    return None


def is_actors_csv(path: Path) -> bool:
    """Whether a CSV file's header is that of actors (``id,name,…``)."""
    return csv_kind(path) == "actors"


def is_relations_csv(path: Path) -> bool:
    """Whether a CSV file's header is that of relations (``source,type,target,…``)."""
    return csv_kind(path) == "relations"


def _check_columns(path: Path, header: list[str], allowed: tuple[str, ...], what: str) -> None:
    """A :class:`LoaderError` on line 1 for the first column the file may not have."""
    unknown = [h for h in header if h not in allowed]
    if unknown:
        raise LoaderError(
            f"unknown column {unknown[0]!r}", path=str(path), line=1,
            hint=f"{what} columns are: {', '.join(allowed)}",
        )


def read_actors_csv(path: Path) -> ParsedInput:
    """Parse and validate a CSV file of actors (header ``id,name,kind,…``)."""
    table = csvfile.read_csv(path)
    header = table.header
    _check_columns(path, header, ACTOR_CSV_FIELDS, "actor")
    parsed = ParsedInput(path=path)
    for line, values in table.rows:
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
        add_actor(parsed, line, {"source": path.name, **row, "aliases": aliases})
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
    if fast and default_doc is None and path.stat().st_size >= csv_fast.MIN_BYTES:
        data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        first = data[: data.find(b"\n")].decode("utf-8", errors="replace")
        header = csvfile.header_of(first) or []
        csvfile.check_header(header, path)
        if header and all(h in RELATION_FIELDS for h in header):
            parsed = csv_fast.read_relations_csv_arrow(path, data, header)
            if parsed is not None:
                return parsed
        del data
    table = csvfile.read_csv(path)
    header = table.header
    if "provenance" in header:
        return _read_exported_relations(path, header, table.rows)
    _check_columns(path, header, RELATION_FIELDS, "relation")
    missing = [c for c in ("source", "type", "target") if c not in header]
    if missing:  # (an empty header, or one naming only optional columns)
        raise LoaderError(
            f"the header lacks the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}", path=str(path), line=1,
            hint="a relations CSV starts with the line source,type,target (then optional "
            "columns)")
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
    for line, values in table.rows:
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
        try:
            ty = rows.relation_type(values[i_ty])
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
        s, _, t = canonical_key(s, ty, t)
        date = get_date(values, opt["date"], line)
        conf = rows.DEFAULT_CONFIDENCE
        if opt["confidence"] is not None:
            try:
                conf = rows.confidence(values[opt["confidence"]])
            except ValueError as exc:
                raise LoaderError(str(exc), path=str(path), line=line,
                                  hint="confidence is a number from 0 to 1") from None
        doc = (values[opt["doc"]].strip() if opt["doc"] is not None else "") or doc_default
        text = values[opt["evidence"]].strip() if opt["evidence"] is not None else ""
        rule = DEFAULT_RULE
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
                                           f"{name}:{line}", _CURATED, None, None, None,
                                           None),
                              strict=True):
            col.append(value)
        if s not in where:
            where[s] = line
        if t not in where:
            where[t] = line
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


def _read_exported_relations(path: Path, header: list[str], rows: Any) -> ParsedInput:
    """Relations as `actorgraph export --format csv` writes them, provenance included."""
    import json

    _check_columns(path, header, RELATION_FIELDS + EXPORTED_RELATION_FIELDS, "relation")
    parsed = ParsedInput(path=path)
    for line, values in rows:
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
            msg = pydantic_message(exc) if isinstance(exc, ValidationError) else str(exc)
            raise LoaderError(f"bad relation: {msg}", path=str(path), line=line) from None
        except ActorGraphError as exc:
            raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
        parsed.batch.relations.append(rel)
        for end in (rel.source, rel.target):
            parsed.where.setdefault(end, line)
    return parsed


def _date_getter(path: Path):
    def get(values: list[str], i: int | None, line: int) -> str | None:
        if i is None:
            return None
        text = values[i].strip()
        if not text:
            return None
        if rows.plain_iso_date(text):
            return text
        try:
            return check_date(text)
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
