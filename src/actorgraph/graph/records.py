"""How model objects become flat store properties and back, the same for every store.

Stores hold only scalars and lists of strings, so nested values (aliases) travel as
JSON text, and a relation's provenance is stored apart from it, one ``Evidence`` node per
piece (:func:`evidence_rows`). Both stores use these functions, so a graph read back from
either is identical.

>>> from actorgraph.graph.model import Actor
>>> row = actor_to_row(Actor(id="NLD", name="Netherlands", kind="state",
...                          aliases={"nl": ["Nederland"]}))
>>> row["names"]
['Netherlands', 'Nederland']
>>> row_to_actor(row).aliases
{'nl': ['Nederland']}
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from actorgraph.errors import ActorGraphError, SchemaError

if TYPE_CHECKING:  # the models (pydantic) are imported where rows become objects, so
    # that reading a store (the column tables below) does not load them: CLI start-up
    from actorgraph.graph.model import Actor, Document, Evidence, Mention, Relation

#: The stored properties of each table and their store types, in one place: both stores'
#: schemas (LadybugDB's DDL, the Arrow columns of bulk loads) and every conversion below
#: follow these, so a new property is one line here (plus its model field).
ACTOR_COLUMNS: dict[str, str] = {
    "id": "STRING", "name": "STRING", "kind": "STRING", "bloc": "STRING",
    "country": "STRING", "description": "STRING", "source": "STRING",
    "start_date": "STRING", "end_date": "STRING", "aliases": "STRING", "names": "STRING[]",
}
DOCUMENT_COLUMNS: dict[str, str] = {
    "id": "STRING", "title": "STRING", "date": "STRING", "language": "STRING",
    "path": "STRING", "issuer": "STRING", "source_url": "STRING",
}
#: properties of a relationship (its ends and type are the key, not properties);
#: ``origins`` is one text (:func:`origins_text`), not a list: a ``STRING[]`` column made
#: LadybugDB's COMMIT of 100k new relations 12x slower than a ``STRING`` one
RELATION_COLUMNS: dict[str, str] = {
    "confidence": "DOUBLE", "count": "INT64", "first_seen": "STRING", "last_seen": "STRING",
    "valid_from": "STRING", "valid_to": "STRING", "role": "STRING",
    "origins": "STRING", "weight": "DOUBLE",
}
#: what joins a relation's origin names in its stored ``origins``; no origin name contains
#: another, so ``r.origins CONTAINS 'icews'`` tells whether ``icews`` is one of them
ORIGIN_SEP = ","
#: properties of an ``Evidence`` node: its relation's key, its place, the model's fields
#: (``start``/``end`` as ``char_start``/``char_end``, ``source`` as ``location``)
EVIDENCE_COLUMNS: dict[str, str] = {
    "id": "STRING", "source": "STRING", "type": "STRING", "target": "STRING",
    "seq": "INT64", "doc": "STRING", "text": "STRING", "date": "STRING",
    "sentence": "INT64", "char_start": "INT64", "char_end": "INT64", "rule": "STRING",
    "confidence": "DOUBLE", "location": "STRING",
    "origin": "STRING", "events": "INT64", "weight": "DOUBLE", "mentions": "INT64",
    "last_date": "STRING",
}
MENTION_COLUMNS: dict[str, str] = {"count": "INT64"}

ACTOR_FIELDS = ("id", "name", "kind", "bloc", "country", "description", "source")
#: model field -> store property, where ``end`` would clash with a Cypher keyword
ACTOR_DATE_PROPS = {"start": "start_date", "end": "end_date"}
ACTOR_PROPS = tuple(ACTOR_COLUMNS)
RELATION_PROPS = tuple(RELATION_COLUMNS)
EVIDENCE_PROPS = tuple(EVIDENCE_COLUMNS)
DOCUMENT_PROPS = tuple(DOCUMENT_COLUMNS)


_ARROW = {"STRING": "string", "INT64": "int64", "DOUBLE": "float64"}


def arrow_type(store_type: str) -> Any:
    """The Arrow type of a store type of the ``*_COLUMNS`` tables (``STRING[]``: a list).

    >>> str(arrow_type("STRING[]"))
    'list<item: string>'
    """
    import pyarrow as pa

    if store_type.endswith("[]"):
        return pa.list_(arrow_type(store_type[:-2]))
    return getattr(pa, _ARROW[store_type])()


def arrow_table(columns: dict[str, str], data: dict[str, list[Any]]) -> Any:
    """A ``pyarrow.Table`` of ``data`` (lists per column) typed by a ``*_COLUMNS`` table;
    ``s``/``t`` (relation ends) are strings.

    >>> arrow_table(RELATION_COLUMNS, {"count": [1, None]}).column("count").to_pylist()
    [1, None]
    """
    import pyarrow as pa

    types = {"s": "STRING", "t": "STRING", **columns}
    return pa.table({c: pa.array(v, arrow_type(types[c])) for c, v in data.items()})


def actor_to_row(actor: Actor) -> dict[str, Any]:
    """Flat properties of an actor; ``names`` lists its name and every alias."""
    row = {k: getattr(actor, k) for k in ACTOR_FIELDS}
    for field_name, prop in ACTOR_DATE_PROPS.items():
        row[prop] = getattr(actor, field_name)
    row["kind"] = actor.kind.value
    row["bloc"] = actor.bloc.value
    row["aliases"] = json.dumps(actor.aliases, ensure_ascii=False, sort_keys=True)
    names = [actor.name]
    for lang in sorted(actor.aliases):
        names.extend(n for n in actor.aliases[lang] if n not in names)
    row["names"] = names
    return row


def row_to_actor(row: dict[str, Any]) -> Actor:
    """The actor a stored row describes; a row edited into nonsense is named, with the fix."""
    from actorgraph.graph.model import Actor

    data = {k: row.get(k) for k in ACTOR_FIELDS}
    for field_name, prop in ACTOR_DATE_PROPS.items():
        data[field_name] = row.get(prop)
    try:
        data["aliases"] = json.loads(row.get("aliases") or "{}")
        return Actor(**data)
    except (ValueError, ActorGraphError) as exc:
        raise invalid_stored(f"actor {row.get('id')!r}",
                             f"MATCH (a:Actor {{id: {_lit(row.get('id'))}}}) SET a", exc,
                             ACTOR_DATE_PROPS) from None


def _lit(value: Any) -> str:
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


#: the allowed values to name in the fix, per property edited out of the vocabulary
_VOCABULARY = {"bloc": "Bloc", "kind": "ActorKind", "type": "RelationType",
               "origin": "Origin", "origins": "Origin"}
_FIX_EXAMPLES = {"confidence": "a number from 0 to 1", "first_seen": "a date 'YYYY-MM-DD'",
                 "last_seen": "a date 'YYYY-MM-DD'", "valid_from": "a date 'YYYY-MM-DD'",
                 "valid_to": "a date 'YYYY-MM-DD'", "start_date": "a date 'YYYY-MM-DD'",
                 "end_date": "a date 'YYYY-MM-DD'", "date": "a date 'YYYY-MM-DD'"}


def invalid_stored(what: str, fix: str, exc: Exception,
                   props: dict[str, str] | None = None) -> SchemaError:
    """The error for a stored item edited (with ``query --write``) out of the vocabulary:
    which item, which property, and the ``SET`` that fixes it.

    >>> from actorgraph.graph.model import Actor
    >>> try:
    ...     row_to_actor({"id": "CHN", "name": "China", "kind": "state", "bloc": "martian"})
    ... except SchemaError as e:
    ...     print(e.message); print(e.hint[:76])
    actor 'CHN' in the store has an invalid bloc (unknown bloc 'martian')
    fix it with actorgraph query --write "MATCH (a:Actor {id: 'CHN'}) SET a.bloc
    """
    from pydantic import ValidationError

    from actorgraph.graph import vocabulary

    prop, reason = "", str(exc).splitlines()[-1]
    if isinstance(exc, ActorGraphError):
        reason = exc.message
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        prop = str(err["loc"][0]) if err["loc"] else ""
        reason = err["msg"].removeprefix("Value error, ")
    if not prop:
        for name in (*_VOCABULARY, *_FIX_EXAMPLES):
            if name in reason:
                prop = name
                break
    prop = (props or {}).get(prop, prop)
    if prop in _VOCABULARY:
        values = [v.value for v in getattr(vocabulary, _VOCABULARY[prop])]
        allowed = f"one of {', '.join(values)}"
    else:
        allowed = _FIX_EXAMPLES.get(prop, "a valid value")
    where = f"an invalid {prop}" if prop else "an invalid value"
    target = f".{prop} = …" if prop else ".… = …"
    return SchemaError(
        f"{what} in the store has {where} ({reason})",
        hint=f"fix it with actorgraph query --write \"{fix}{target}\" ({allowed})",
    )


def origins_text(origins: Iterable[Any]) -> str:
    """A relation's origins as stored: their sorted names joined with ``,`` (``""``: none).

    >>> from actorgraph.graph.vocabulary import Origin
    >>> origins_text([Origin.ICEWS, "curated"])
    'curated,icews'
    """
    return ORIGIN_SEP.join(sorted({getattr(o, "value", o) for o in origins}))


def origins_list(stored: Any) -> list[str]:
    """The origin names of a stored ``origins`` (text, or a list in a graph not yet upgraded).

    >>> origins_list("curated,icews"), origins_list(""), origins_list(None)
    (['curated', 'icews'], [], [])
    """
    if not stored:
        return []
    if isinstance(stored, str):
        return [o for o in stored.split(ORIGIN_SEP) if o]
    return list(stored)


def relation_to_row(rel: Relation) -> dict[str, Any]:
    """Flat properties of a relation plus ``s``/``t`` (end ids) and ``type``.

    The evidence is not part of the row: it is stored as ``Evidence`` nodes (see
    :func:`evidence_rows`), so that a relation stays small and its evidence can grow.
    """
    return {
        "s": rel.source,
        "t": rel.target,
        "type": rel.type.value,
        "confidence": float(rel.confidence),
        "count": int(rel.count),
        "first_seen": rel.first_seen,
        "last_seen": rel.last_seen,
        "valid_from": rel.valid_from,
        "valid_to": rel.valid_to,
        "role": rel.role,
        "origins": origins_text(rel.origins),
        "weight": float(rel.weight),
    }


def evidence_id(source: str, rtype: str, target: str, seq: int) -> str:
    """The id of a relation's ``seq``-th piece of evidence (ids never contain ``|``).

    >>> evidence_id("NLD", "SUPPORTS", "UKR", 0)
    'NLD|SUPPORTS|UKR|0'
    """
    return f"{source}|{rtype}|{target}|{seq}"


def evidence_rows(rel: Relation) -> list[dict[str, Any]]:
    """The stored ``Evidence`` nodes of a relation, one per piece of provenance.

    Each names its relation (``source``, ``type``, ``target``) and its place in the
    relation's provenance (``seq``); the id joins the four, so writing the same relation
    again finds the same nodes.

    >>> from actorgraph.graph.model import Evidence, Relation
    >>> rel = Relation(source="NLD", type="SUPPORTS", target="UKR",
    ...                provenance=[Evidence(doc="d1", text="steun", date="2024-04-04")])
    >>> row = evidence_rows(rel)[0]
    >>> row["id"], row["doc"], row["text"], row["location"], row["origin"]
    ('NLD|SUPPORTS|UKR|0', 'd1', 'steun', None, None)
    """
    s, rtype, t = rel.key
    return [
        {
            "id": evidence_id(s, rtype, t, seq),
            "source": s,
            "type": rtype,
            "target": t,
            "seq": seq,
            "doc": e.doc,
            "text": e.text,
            "date": e.date,
            "sentence": e.sentence,
            "char_start": e.start,
            "char_end": e.end,
            "rule": e.rule,
            "confidence": float(e.confidence),
            "location": e.source,
            "origin": None if e.origin is None else e.origin.value,
            "events": e.events,
            "weight": None if e.weight is None else float(e.weight),
            "mentions": e.mentions,
            "last_date": e.last_date,
        }
        for seq, e in enumerate(rel.provenance)
    ]


def row_to_evidence(row: dict[str, Any]) -> Evidence:
    """The model :class:`Evidence` of a stored evidence row."""
    from actorgraph.graph.model import Evidence

    conf = row.get("confidence")
    return Evidence(
        doc=row["doc"],
        text=row.get("text") or "",
        date=row.get("date"),
        sentence=row.get("sentence"),
        start=row.get("char_start"),
        end=row.get("char_end"),
        rule=row.get("rule"),
        confidence=1.0 if conf is None else conf,
        source=row.get("location"),
        origin=row.get("origin"),
        events=row.get("events"),
        weight=row.get("weight"),
        mentions=row.get("mentions"),
        last_date=row.get("last_date"),
    )


def row_to_relation(
    row: dict[str, Any], evidence: Iterable[dict[str, Any]] = ()
) -> Relation:
    """The relation of a stored row and its evidence rows (in any order)."""
    try:
        return _row_to_relation(row, evidence)
    except (ValueError, ActorGraphError) as exc:
        s, t, rtype = row.get("s"), row.get("t"), row.get("type")
        raise invalid_stored(
            f"relation {s} {rtype} {t}",
            f"MATCH (:Actor {{id: {_lit(s)}}})-[r:{rtype}]->(:Actor {{id: {_lit(t)}}}) SET r",
            exc) from None


def _row_to_relation(
    row: dict[str, Any], evidence: Iterable[dict[str, Any]] = ()
) -> Relation:
    from actorgraph.graph.model import Relation

    prov = [row_to_evidence(e) for e in sorted(evidence, key=lambda e: e.get("seq") or 0)]
    return Relation(
        source=row["s"],
        type=row["type"],
        target=row["t"],
        confidence=row.get("confidence") if row.get("confidence") is not None else 1.0,
        count=row.get("count") or 0,
        first_seen=row.get("first_seen"),
        last_seen=row.get("last_seen"),
        valid_from=row.get("valid_from"),
        valid_to=row.get("valid_to"),
        role=row.get("role"),
        origins=origins_list(row.get("origins")),
        weight=row.get("weight") or 0.0,
        provenance=prov,
    )


def group_evidence(
    rows: Iterable[dict[str, Any]],
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Evidence rows by the key (source, type, target) of their relation."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault((row["source"], row["type"], row["target"]), []).append(row)
    return out


def document_to_row(doc: Document) -> dict[str, Any]:
    return {k: getattr(doc, k) for k in DOCUMENT_PROPS}


def row_to_document(row: dict[str, Any]) -> Document:
    from actorgraph.graph.model import Document

    try:
        return Document(**{k: row.get(k) for k in DOCUMENT_PROPS})
    except (ValueError, ActorGraphError) as exc:
        raise invalid_stored(f"document {row.get('id')!r}",
                             f"MATCH (d:Document {{id: {_lit(row.get('id'))}}}) SET d",
                             exc) from None


def mention_to_row(m: Mention) -> dict[str, Any]:
    return {"d": m.doc, "a": m.actor, "count": m.count}


class RelationColumns:
    """Validated relations held as columns per relation type, for bulk loads.

    A million relations as pydantic objects cost more than the database's own COPY; this
    keeps them as columns until a store writes them: per type, the relations in the row
    format of :func:`relation_to_row` (``s``, ``t`` and :data:`RELATION_PROPS`) and their
    evidence in the format of :func:`evidence_rows` (:data:`EVIDENCE_PROPS`).

    >>> from actorgraph.graph.model import Evidence, Relation
    >>> cols = RelationColumns()
    >>> cols.add_relation(Relation(source="NLD", type="SUPPORTS", target="UKR",
    ...                            provenance=[Evidence(doc="d", text="steun")]))
    >>> len(cols), cols.types(), cols.evidence_count("SUPPORTS")
    (1, ['SUPPORTS'], 1)
    >>> [(r.key, r.provenance[0].text) for r in cols.relations()]
    [(('NLD', 'SUPPORTS', 'UKR'), 'steun')]
    """

    COLUMNS = ("s", "t") + RELATION_PROPS
    EVIDENCE_COLUMNS = EVIDENCE_PROPS

    def __init__(self) -> None:
        self._lists: dict[str, dict[str, list[Any]]] = {}
        self._evidence: dict[str, dict[str, list[Any]]] = {}
        self._arrow: dict[str, tuple[Any, Any]] = {}

    @property
    def by_type(self) -> dict[str, dict[str, list[Any]]]:
        """Relation columns as Python lists per type (Arrow-held types converted once)."""
        for rtype, (table, _) in self._arrow.items():
            if rtype not in self._lists:
                self._lists[rtype] = {c: table.column(c).to_pylist() for c in self.COLUMNS}
        return self._lists

    @property
    def evidence_by_type(self) -> dict[str, dict[str, list[Any]]]:
        """Evidence columns as Python lists per type (Arrow-held types converted once)."""
        for rtype, (_, table) in self._arrow.items():
            if rtype not in self._evidence:
                self._evidence[rtype] = {
                    c: table.column(c).to_pylist() for c in self.EVIDENCE_COLUMNS
                }
        for rtype in self._lists:
            self._evidence.setdefault(rtype, {c: [] for c in self.EVIDENCE_COLUMNS})
        return self._evidence

    def set_arrow(self, rtype: str, relations: Any, evidence: Any) -> None:
        """Hold one type as two ``pyarrow.Table``: :attr:`COLUMNS` and
        :attr:`EVIDENCE_COLUMNS`."""
        self._arrow[rtype] = (relations, evidence)
        self._lists.pop(rtype, None)
        self._evidence.pop(rtype, None)

    def arrow_table(self, rtype: str) -> Any | None:
        """The relations of a type as a ``pyarrow.Table``, when they came as Arrow."""
        held = self._arrow.get(rtype)
        return None if held is None else held[0]

    def evidence_table(self, rtype: str) -> Any | None:
        """The evidence of a type as a ``pyarrow.Table``, when it came as Arrow."""
        held = self._arrow.get(rtype)
        return None if held is None else held[1]

    def arrow_tables(self, rtype: str) -> tuple[Any, Any]:
        """The relations (:attr:`COLUMNS`) and evidence (:attr:`EVIDENCE_COLUMNS`) of a
        type as two ``pyarrow.Table``."""
        if rtype in self._arrow:
            rel, ev = self._arrow[rtype]
            return rel.select(list(self.COLUMNS)), ev.select(list(self.EVIDENCE_COLUMNS))
        cols = self.by_type.get(rtype) or {c: [] for c in self.COLUMNS}
        ev = self.evidence_by_type.get(rtype) or {c: [] for c in self.EVIDENCE_COLUMNS}
        return (
            arrow_table(RELATION_COLUMNS, {c: cols[c] for c in self.COLUMNS}),
            arrow_table(EVIDENCE_COLUMNS, {c: ev[c] for c in self.EVIDENCE_COLUMNS}),
        )

    def orphan_evidence(self, rtype: str) -> tuple[str, str] | None:
        """The (source, target) of the first piece of evidence of a type whose relation
        is not among the columns, or None."""
        rel, ev = self.arrow_tables(rtype)
        if not ev.num_rows:
            return None
        import pyarrow.compute as pc

        keys = pc.binary_join_element_wise(rel.column("s"), rel.column("t"), "\x1f")
        ev_keys = pc.binary_join_element_wise(ev.column("source"), ev.column("target"), "\x1f")
        if ev.column("type").null_count or not pc.all(
            pc.equal(ev.column("type"), rtype)
        ).as_py():
            bad = pc.invert(pc.fill_null(pc.equal(ev.column("type"), rtype), False))
            first = pc.index(bad, True).as_py()
            return ev.column("source")[first].as_py(), ev.column("target")[first].as_py()
        orphan = pc.invert(pc.is_in(ev_keys, value_set=keys))
        if not pc.any(orphan).as_py():
            return None
        first = pc.index(orphan, True).as_py()
        return ev.column("source")[first].as_py(), ev.column("target")[first].as_py()

    def add(self, row: dict[str, Any], evidence: Iterable[dict[str, Any]] = ()) -> None:
        """Add one relation row (:func:`relation_to_row`) and its evidence rows."""
        rtype = row["type"]
        cols = self._lists.get(rtype)
        if cols is None:
            cols = self._lists[rtype] = {c: [] for c in self.COLUMNS}
        for c in self.COLUMNS:
            cols[c].append(row.get(c))
        ev = self._evidence.get(rtype)
        if ev is None:
            ev = self._evidence[rtype] = {c: [] for c in self.EVIDENCE_COLUMNS}
        for e in evidence:
            for c in self.EVIDENCE_COLUMNS:
                ev[c].append(e.get(c))

    def add_evidence(self, rtype: str, row: dict[str, Any]) -> None:
        """Add one evidence row (:func:`evidence_rows`) of a relation of ``rtype``."""
        ev = self._evidence.get(rtype)
        if ev is None:
            ev = self._evidence[rtype] = {c: [] for c in self.EVIDENCE_COLUMNS}
        for c in self.EVIDENCE_COLUMNS:
            ev[c].append(row.get(c))

    def add_relation(self, rel: Relation) -> None:
        """Add a model relation with its provenance."""
        self.add(relation_to_row(rel), evidence_rows(rel))

    def types(self) -> list[str]:
        return sorted(set(self._lists) | set(self._arrow))

    def count(self, rtype: str) -> int:
        if rtype in self._arrow:
            return self._arrow[rtype][0].num_rows
        return len(self._lists.get(rtype, {}).get("s", []))

    def evidence_count(self, rtype: str) -> int:
        if rtype in self._arrow:
            return self._arrow[rtype][1].num_rows
        return len(self._evidence.get(rtype, {}).get("id", []))

    def ends(self, rtype: str) -> set[str]:
        """Every actor id at either end of the type's relations."""
        if rtype in self._arrow:
            import pyarrow as pa
            import pyarrow.compute as pc

            table = self._arrow[rtype][0]
            both = pa.chunked_array(table.column("s").chunks + table.column("t").chunks)
            return set(pc.unique(both).to_pylist())
        cols = self._lists.get(rtype, {})
        return set(cols.get("s", [])) | set(cols.get("t", []))

    def __len__(self) -> int:
        return sum(self.count(t) for t in self.types())

    def rows(self, rtype: str) -> list[dict[str, Any]]:
        """The relation rows of one type as dicts (with ``type``)."""
        cols = self.by_type.get(rtype, {})
        names = list(cols)
        out = []
        for values in zip(*(cols[n] for n in names)):
            row = dict(zip(names, values))
            row["type"] = rtype
            out.append(row)
        return out

    def evidence(self, rtype: str) -> list[dict[str, Any]]:
        """The evidence rows of one type as dicts."""
        cols = self.evidence_by_type.get(rtype, {})
        names = list(cols)
        return [dict(zip(names, values)) for values in zip(*(cols[n] for n in names))]

    def relations(
        self, rtype: str | None = None, skip: Collection[tuple[str, str, str]] = ()
    ) -> list[Relation]:
        """As model objects (slow for millions; for small inputs and fallbacks), leaving
        out the relation keys in ``skip`` (e.g. those :func:`plan.unchanged` found)."""
        out = []
        for t in [rtype] if rtype else self.types():
            grouped = group_evidence(self.evidence(t))
            out.extend(
                row_to_relation(r, grouped.get((r["s"], t, r["t"]), ()))
                for r in self.rows(t) if (r["s"], t, r["t"]) not in skip
            )
        return out
