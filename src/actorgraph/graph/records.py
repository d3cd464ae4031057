"""How model objects become flat store properties and back, the same for every store.

Stores hold only scalars and lists of strings, so nested values (aliases, provenance)
travel as JSON text. Both stores use these functions, so a graph read back from either
is identical.

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
from typing import Any

from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, SchemaError
from actorgraph.graph.model import Actor, Document, Evidence, Mention, Relation

ACTOR_FIELDS = ("id", "name", "kind", "bloc", "country", "description", "source")
#: model field -> store property, where ``end`` would clash with a Cypher keyword
ACTOR_DATE_PROPS = {"start": "start_date", "end": "end_date"}
ACTOR_PROPS = ACTOR_FIELDS + ("start_date", "end_date", "aliases", "names")
RELATION_PROPS = (
    "confidence", "count", "first_seen", "last_seen", "valid_from", "valid_to", "role",
    "docs", "provenance",
)
DOCUMENT_PROPS = ("id", "title", "date", "language", "path", "issuer", "source_url")


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
    data = {k: row.get(k) for k in ACTOR_FIELDS}
    for field_name, prop in ACTOR_DATE_PROPS.items():
        data[field_name] = row.get(prop)
    try:
        data["aliases"] = json.loads(row.get("aliases") or "{}")
        return Actor(**data)
    except (ValueError, ActorGraphError) as exc:
        reason = exc.message if isinstance(exc, ActorGraphError) else str(exc).splitlines()[-1]
        if isinstance(exc, ValidationError):
            err = exc.errors()[0]
            reason = f"{'.'.join(map(str, err['loc']))}: {err['msg']}"
        raise SchemaError(
            f"actor {row.get('id')!r} in the store is not valid ({reason})",
            hint="fix it with actorgraph query --write \"MATCH (a:Actor {id: '…'}) SET a.… = …\"",
        ) from None


def relation_to_row(rel: Relation) -> dict[str, Any]:
    """Flat properties of a relation plus ``s``/``t`` (end ids) and ``type``."""
    prov = [e.model_dump(exclude_none=True) for e in rel.provenance]
    docs = sorted({e.doc for e in rel.provenance})
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
        "docs": docs,
        "provenance": json.dumps(prov, ensure_ascii=False, sort_keys=True),
    }


def row_to_relation(row: dict[str, Any]) -> Relation:
    prov = [Evidence(**e) for e in json.loads(row.get("provenance") or "[]")]
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
        provenance=prov,
    )


def document_to_row(doc: Document) -> dict[str, Any]:
    return {k: getattr(doc, k) for k in DOCUMENT_PROPS}


def row_to_document(row: dict[str, Any]) -> Document:
    return Document(**{k: row.get(k) for k in DOCUMENT_PROPS})


def mention_to_row(m: Mention) -> dict[str, Any]:
    return {"d": m.doc, "a": m.actor, "count": m.count}


class RelationColumns:
    """Validated relations held as columns per relation type, for bulk loads.

    A million relations as pydantic objects cost more than the database's own COPY; this
    keeps them as columns in the row format of :func:`relation_to_row` (``s``, ``t``
    and :data:`RELATION_PROPS`) until a store writes them.

    >>> cols = RelationColumns()
    >>> cols.add({"s": "NLD", "t": "UKR", "type": "SUPPORTS", "confidence": 1.0,
    ...           "count": 1, "docs": ["d"], "provenance": "[]"})
    >>> len(cols), cols.types()
    (1, ['SUPPORTS'])
    >>> [r.key for r in cols.relations()]
    [('NLD', 'SUPPORTS', 'UKR')]
    """

    COLUMNS = ("s", "t") + RELATION_PROPS

    def __init__(self) -> None:
        self._lists: dict[str, dict[str, list[Any]]] = {}
        self._arrow: dict[str, Any] = {}

    @property
    def by_type(self) -> dict[str, dict[str, list[Any]]]:
        """Columns as Python lists per type (Arrow-held types are converted once)."""
        for rtype, table in list(self._arrow.items()):
            if rtype not in self._lists:
                self._lists[rtype] = {c: table.column(c).to_pylist() for c in self.COLUMNS}
        return self._lists

    def set_arrow(self, rtype: str, table: Any) -> None:
        """Hold one type's rows as a ``pyarrow.Table`` with :attr:`COLUMNS`."""
        self._arrow[rtype] = table
        self._lists.pop(rtype, None)

    def arrow_table(self, rtype: str) -> Any | None:
        """The ``pyarrow.Table`` for a type, when the rows came as Arrow."""
        return self._arrow.get(rtype)

    def add(self, row: dict[str, Any]) -> None:
        cols = self._lists.get(row["type"])
        if cols is None:
            cols = self._lists[row["type"]] = {c: [] for c in self.COLUMNS}
        for c in self.COLUMNS:
            cols[c].append(row.get(c))

    def types(self) -> list[str]:
        return sorted(set(self._lists) | set(self._arrow))

    def count(self, rtype: str) -> int:
        if rtype in self._arrow:
            return self._arrow[rtype].num_rows
        return len(self._lists.get(rtype, {}).get("s", []))

    def ends(self, rtype: str) -> set[str]:
        """Every actor id at either end of the type's relations."""
        if rtype in self._arrow:
            import pyarrow as pa
            import pyarrow.compute as pc

            table = self._arrow[rtype]
            both = pa.chunked_array(table.column("s").chunks + table.column("t").chunks)
            return set(pc.unique(both).to_pylist())
        cols = self._lists.get(rtype, {})
        return set(cols.get("s", [])) | set(cols.get("t", []))

    def __len__(self) -> int:
        return sum(self.count(t) for t in self.types())

    def rows(self, rtype: str) -> list[dict[str, Any]]:
        """The rows of one type as dicts (with ``type``)."""
        cols = self.by_type.get(rtype, {})
        names = list(cols)
        out = []
        for values in zip(*(cols[n] for n in names)):
            row = dict(zip(names, values))
            row["type"] = rtype
            out.append(row)
        return out

    def relations(self) -> list[Relation]:
        """As model objects (slow for millions; for small inputs and fallbacks)."""
        return [row_to_relation(r) for t in self.types() for r in self.rows(t)]
