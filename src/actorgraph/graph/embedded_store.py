"""The embedded default store: a LadybugDB database in one folder, no server.

Schema: a node table ``Actor``, a node table ``Document``, one relationship table per
:class:`~actorgraph.graph.vocabulary.RelationType` (so ``MATCH ()-[r:SUPPORTS]->()``
reads as in Neo4j), ``MENTIONS`` from documents to actors, and a node table ``Evidence``
with one node per piece of provenance, keyed by its relation (``source``, ``type``,
``target``) and its place (``seq``). Properties are those of :mod:`actorgraph.graph.records`.

Why evidence is a node table: the evidence text is most of the bytes of a relation, and
LadybugDB keeps every relationship property twice (once per direction) while a node
property is kept once; a million relations load in about half the time this way, and a
relation's evidence can grow (event data) without rewriting the relation.

Writes are idempotent upserts inside one transaction: a failed write leaves the store
as it was. A relationship table that is still empty is bulk-loaded with ``COPY FROM`` an
Arrow table, its evidence with a second ``COPY`` in the same transaction; later writes go
through batched ``UNWIND … CREATE`` / ``SET`` (LadybugDB's COPY into a non-empty
relationship table rebuilds it, which is far slower).

Example
-------
>>> from actorgraph.graph.model import Actor, GraphBatch, Relation
>>> store = EmbeddedStore("/tmp/actorgraph-doctest-embedded.lbdb")
>>> store.clear()
>>> batch = GraphBatch(
...     actors=[Actor(id="NLD", name="Netherlands", kind="state"),
...             Actor(id="UKR", name="Ukraine", kind="state")],
...     relations=[Relation(source="NLD", type="SUPPORTS", target="UKR")])
>>> store.write(batch).relations_added
1
>>> store.write(batch).relations_added
0
>>> store.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id").rows
[['NLD', 'SUPPORTS', 'UKR']]
>>> store.stats().evidence
0
>>> store.close()
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from actorgraph.errors import LoaderError, QueryError, StoreUnavailable
from actorgraph.graph import records
from actorgraph.graph.dialect import return_columns, to_ladybug
from actorgraph.graph.model import (
    Actor,
    Document,
    GraphBatch,
    Mention,
    Relation,
    merge_actors,
    merge_documents,
    merge_mentions,
    merge_relations,
)
from actorgraph.graph.store import Progress, QueryResult, Stats, WriteSummary
from actorgraph.graph.vocabulary import RelationType

#: rows per UNWIND statement
CHUNK = 5000
#: above this many keys, existing relations are found by one scan, not by lookups
SCAN_THRESHOLD = 20000

_ACTOR_SCHEMA = (
    "CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, name STRING, kind STRING, "
    "bloc STRING, country STRING, description STRING, source STRING, start_date STRING, "
    "end_date STRING, aliases STRING, names STRING[], PRIMARY KEY(id))"
)
_DOCUMENT_SCHEMA = (
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING, title STRING, date STRING, "
    "language STRING, path STRING, issuer STRING, source_url STRING, PRIMARY KEY(id))"
)
# The primary key is a hidden serial number, not ``id``: a hash index over a million
# string ids costs a third of the evidence COPY. ``id`` stays unique because only this
# store writes it (a new piece replaces any stray one with its id); queries drop ``_row``.
_EVIDENCE_SCHEMA = (
    "CREATE NODE TABLE IF NOT EXISTS Evidence(_row SERIAL, id STRING, source STRING, "
    "type STRING, target STRING, seq INT64, doc STRING, text STRING, date STRING, "
    "sentence INT64, char_start INT64, char_end INT64, rule STRING, confidence DOUBLE, "
    "location STRING, origin STRING, events INT64, weight DOUBLE, mentions INT64, "
    "PRIMARY KEY(_row))"
)
_REL_COLUMNS = (
    "confidence DOUBLE, count INT64, first_seen STRING, last_seen STRING, "
    "valid_from STRING, valid_to STRING, role STRING, origins STRING[], weight DOUBLE"
)
#: a column the current layout has and earlier ones lack: its absence means "rebuild"
_LAYOUT_MARK = ("Evidence", "origin")
_REL_PROPS = records.RELATION_PROPS
_EV_PROPS = records.EVIDENCE_PROPS
_EV_RETURN = ", ".join(f"e.{p}" for p in _EV_PROPS)
#: a parameter list whose values are all None comes in typed STRING: cast the numbers
_EV_VALUE = {
    p: f"CAST(r.{p} AS {'DOUBLE' if p in ('confidence', 'weight') else 'INT64'})"
    if p in ("seq", "sentence", "char_start", "char_end", "confidence", "events", "weight",
             "mentions") else f"r.{p}"
    for p in _EV_PROPS
}
_EV_CREATE = ", ".join(f"{p}: {v}" for p, v in _EV_VALUE.items())
_EV_SET = ", ".join(f"e.{p} = {v}" for p, v in _EV_VALUE.items() if p != "id")
_SET_REL = ", ".join(f"x.{p} = r.{p}" for p in _REL_PROPS)
_CREATE_REL_PROPS = ", ".join(f"{p}: r.{p}" for p in _REL_PROPS)
_ACTOR_SET = ", ".join(f"a.{p} = r.{p}" for p in records.ACTOR_PROPS if p != "id")
_DOC_SET = ", ".join(f"d.{p} = r.{p}" for p in records.DOCUMENT_PROPS if p != "id")


def _chunks(rows: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class EmbeddedStore:
    """A LadybugDB database folder implementing :class:`~actorgraph.graph.store.GraphStore`.

    Parameters
    ----------
    path:
        The database folder (created, with its parents, when missing).
    read_only:
        Open without write access; ``query(..., write=True)`` and ``write`` then fail.
    """

    kind = "embedded"

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import ladybug

        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.read_only = read_only
        #: seconds a query may run before it is stopped (``$ACTORGRAPH_QUERY_TIMEOUT``)
        self.query_timeout = float(os.environ.get("ACTORGRAPH_QUERY_TIMEOUT", "300"))
        if read_only and not self.path.exists():
            raise StoreUnavailable(
                f"no graph at {self.path}",
                hint="build one first with `actorgraph demo` or `actorgraph load FILE`, "
                "or point --store / ACTORGRAPH_STORE at an existing graph",
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreUnavailable(
                f"cannot open the embedded graph at {self.path}: {exc}",
                hint="another actorgraph process may hold it open; close it and try again, "
                "or use another --store path",
            ) from None
        if not read_only:
            self._ensure_schema()
        elif not self._tables():
            raise StoreUnavailable(
                f"{self.path} holds no actorgraph graph",
                hint="build one with `actorgraph demo` or `actorgraph load FILE`",
            )

    # -- plumbing ---------------------------------------------------------------------

    def _tables(self) -> set[str]:
        res = self._conn.execute("CALL show_tables() RETURN name")
        names = set()
        while res.has_next():
            names.add(res.get_next()[0])
        return names

    def _columns_of(self, table: str) -> set[str]:
        res = self._conn.execute(f"CALL table_info('{table}') RETURN *")
        return {row[1] for row in _drain(res)}

    def _ensure_schema(self) -> None:
        have = self._tables()
        earlier = None
        if "SUPPORTS" in have and "Evidence" not in have:
            earlier = "which kept the evidence on the relations"
        elif _LAYOUT_MARK[0] in have and _LAYOUT_MARK[1] not in self._columns_of(
            _LAYOUT_MARK[0]
        ):
            earlier = "which did not record where evidence comes from (its origin)"
        if earlier:
            raise StoreUnavailable(
                f"the graph at {self.path} was built by an earlier actorgraph, {earlier}",
                hint=f"build it again: delete {self.path} (or choose another --store) and load "
                "your files again",
            )
        statements = []
        if "Actor" not in have:
            statements.append(_ACTOR_SCHEMA)
        if "Document" not in have:
            statements.append(_DOCUMENT_SCHEMA)
        if "Evidence" not in have:
            statements.append(_EVIDENCE_SCHEMA)
        for rt in RelationType:
            if rt.value not in have:
                statements.append(
                    f"CREATE REL TABLE IF NOT EXISTS {rt.value}"
                    f"(FROM Actor TO Actor, {_REL_COLUMNS})"
                )
        if "MENTIONS" not in have:
            statements.append(
                "CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Document TO Actor, count INT64)"
            )
        for stmt in statements:
            self._conn.execute(stmt)

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        return list(_drain(self._conn.execute(cypher, params or {})))

    @contextlib.contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[None]:
        self._conn.execute("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            with contextlib.suppress(RuntimeError):
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- queries ----------------------------------------------------------------------

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher (Neo4j dialect; see :mod:`actorgraph.graph.dialect`).

        Read-only unless ``write=True``: a write in a read query raises :class:`QueryError`.
        """
        text = to_ladybug(cypher)
        if write and self.read_only:
            raise QueryError("the store is open read-only", hint="open it without read_only")
        self._conn.set_query_timeout(int(self.query_timeout * 1000))
        try:
            if write:
                res = self._conn.execute(text, params or {})
            else:
                with self._transaction(read_only=True):
                    res = self._conn.execute(text, params or {})
                    rows = [[_plain(v) for v in row] for row in _drain(res)]
                return QueryResult(columns=_columns(cypher, res), rows=rows)
        except RuntimeError as exc:
            if "interrupted" in str(exc).lower():
                raise QueryError(
                    f"the query ran longer than {self.query_timeout:g} s and was stopped",
                    hint="bound variable-length patterns (-[*1..3]-), add LIMIT, or allow more "
                    "time with --timeout",
                ) from None
            if "read-only transaction" in str(exc) or "read-only database" in str(exc):
                raise QueryError(
                    "this query writes to the graph, and queries are read-only by default",
                    hint="pass --write (or write=True) if you mean to change the graph",
                ) from None
            raise QueryError(_clean_error(exc), hint=_query_hint(exc)) from None
        return QueryResult(
            columns=_columns(cypher, res), rows=[[_plain(v) for v in r] for r in _drain(res)]
        )

    def actor_ids(self) -> set[str]:
        return {r[0] for r in self._run("MATCH (a:Actor) RETURN a.id")}

    def actors(self) -> list[Actor]:
        cols = records.ACTOR_PROPS
        ret = ", ".join(f"a.{c}" for c in cols)
        rows = self._run(f"MATCH (a:Actor) RETURN {ret} ORDER BY a.id")
        return [records.row_to_actor(dict(zip(cols, r))) for r in rows]

    def _relation_rows(self, rtype: str) -> list[dict[str, Any]]:
        ret = ", ".join(f"x.{p}" for p in _REL_PROPS)
        rows = self._run(f"MATCH (a:Actor)-[x:{rtype}]->(b:Actor) RETURN a.id, b.id, {ret}")
        out = []
        for r in rows:
            row = dict(zip(("s", "t") + _REL_PROPS, r))
            row["type"] = rtype
            out.append(row)
        return out

    def _evidence_rows(self, rtype: str | None = None) -> list[dict[str, Any]]:
        """Every stored piece of evidence (of one relation type)."""
        where, params = ("WHERE e.type = $type", {"type": rtype}) if rtype else ("", {})
        rows = self._run(f"MATCH (e:Evidence) {where} RETURN {_EV_RETURN}", params)
        return [dict(zip(_EV_PROPS, r)) for r in rows]

    def _evidence_of(self, rows: list[dict[str, Any]]) -> dict[tuple, list[dict[str, Any]]]:
        """The evidence of stored relation rows, by relation key.

        A relation has ``count`` ≥ its pieces of evidence, numbered from 0, so their ids
        are known: few relations are looked up by id, many by one scan of their type.
        """
        if not rows:
            return {}
        ids = [
            records.evidence_id(r["s"], r["type"], r["t"], seq)
            for r in rows
            for seq in range(r.get("count") or 0)
        ]
        if len(ids) > SCAN_THRESHOLD:
            types = {r["type"] for r in rows}
            wanted = set(ids)
            found = [e for t in types for e in self._evidence_rows(t) if e["id"] in wanted]
        else:
            found = []
            for chunk in _chunks(ids):
                found.extend(
                    dict(zip(_EV_PROPS, r))
                    for r in self._run(
                        f"UNWIND $ids AS i MATCH (e:Evidence) WHERE e.id = i RETURN {_EV_RETURN}",
                        {"ids": chunk},
                    )
                )
        return records.group_evidence(found)

    def relations(self, keys: Iterable[tuple[str, str, str]] | None = None) -> list[Relation]:
        wanted = None if keys is None else set(keys)
        evidence = records.group_evidence(self._evidence_rows()) if wanted is None else None
        out = []
        for rt in RelationType:
            rows = [
                row
                for row in self._relation_rows(rt.value)
                if wanted is None or (row["s"], rt.value, row["t"]) in wanted
            ]
            found = evidence if evidence is not None else self._evidence_of(rows)
            for row in rows:
                # (a stray piece left by a relation deleted with Cypher lies beyond count)
                ev = [
                    e for e in found.get((row["s"], rt.value, row["t"]), ())
                    if e["seq"] < (row["count"] or 0)
                ]
                out.append(records.row_to_relation(row, ev))
        return sorted(out, key=lambda r: r.key)

    def documents(self) -> list[Document]:
        cols = records.DOCUMENT_PROPS
        ret = ", ".join(f"d.{c}" for c in cols)
        rows = self._run(f"MATCH (d:Document) RETURN {ret} ORDER BY d.id")
        return [records.row_to_document(dict(zip(cols, r))) for r in rows]

    def mentions(self) -> list[Mention]:
        rows = self._run(
            "MATCH (d:Document)-[m:MENTIONS]->(a:Actor) RETURN d.id, a.id, m.count "
            "ORDER BY d.id, a.id"
        )
        return [Mention(doc=d, actor=a, count=c or 1) for d, a, c in rows]

    def stats(self) -> Stats:
        s = Stats()
        for bloc, kind, n in self._run("MATCH (a:Actor) RETURN a.bloc, a.kind, count(*)"):
            s.actors += n
            s.actors_per_bloc[bloc] = s.actors_per_bloc.get(bloc, 0) + n
            s.actors_per_kind[kind] = s.actors_per_kind.get(kind, 0) + n
        for rt in RelationType:
            n = self._run(f"MATCH ()-[x:{rt.value}]->() RETURN count(*)")[0][0]
            if n:
                s.relations_per_type[rt.value] = n
                s.relations += n
        s.documents = self._run("MATCH (d:Document) RETURN count(*)")[0][0]
        s.mentions = self._run("MATCH ()-[m:MENTIONS]->() RETURN count(*)")[0][0]
        s.evidence = self._run("MATCH (e:Evidence) RETURN count(*)")[0][0]
        return s

    # -- writes -----------------------------------------------------------------------

    def write(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert a batch in one transaction; relations to unknown actors are refused.

        Relations already present get the new evidence merged into their provenance;
        writing the same batch twice changes nothing the second time.
        """
        if self.read_only:
            raise QueryError("the store is open read-only", hint="open it without read_only")
        actors = merge_actors(batch.actors)
        relations = merge_relations(batch.relations)
        known = self.actor_ids() | {a.id for a in actors}
        for rel in relations:
            for end in (rel.source, rel.target):
                if end not in known:
                    raise LoaderError(
                        f"relation {rel.source} {rel.type.value} {rel.target} names unknown "
                        f"actor {end!r}",
                        hint="add the actor to the file, or load the catalogue "
                        "(`actorgraph load --catalogue`) first",
                    )
        for m in batch.mentions:
            if m.actor not in known:
                raise LoaderError(f"a mention names unknown actor {m.actor!r}")
        summary = WriteSummary()
        with self._transaction():
            self._write_actors(actors, summary)
            self._write_documents(merge_documents(batch.documents), summary)
            self._write_relations(relations, summary, progress)
            self._write_mentions(batch.mentions, summary)
        return summary

    def write_columns(
        self,
        columns: records.RelationColumns,
        actors: Iterable[Actor] = (),
        progress: Progress | None = None,
    ) -> WriteSummary:
        """Bulk path for large validated inputs (one row per key, see the CSV loader).

        A relation type with no relations in the store yet is loaded with one ``COPY``;
        otherwise the rows are merged with what is there, as :meth:`write` does.
        """
        if self.read_only:
            raise QueryError("the store is open read-only", hint="open it without read_only")
        actors = merge_actors(actors)
        known = self.actor_ids() | {a.id for a in actors}
        for rtype in columns.types():
            missing = columns.ends(rtype) - known
            if missing:
                raise LoaderError(
                    f"{rtype} relations name unknown actors: {', '.join(sorted(missing)[:5])}",
                    hint="add them to the actors file, or load the catalogue first",
                )
        summary = WriteSummary()
        empty = [t for t in columns.types() if self._count(t) == 0]
        with self._transaction():
            self._write_actors(actors, summary)
            for rtype in columns.types():
                if rtype in empty:
                    self._copy_relations(rtype, columns)
                    summary.relations_added += columns.count(rtype)
                    if progress:
                        progress(columns.count(rtype))
                else:
                    rels = merge_relations(columns.relations(rtype))
                    self._write_relations(rels, summary, progress)
        return summary

    def _count(self, rtype: str) -> int:
        return self._run(f"MATCH ()-[x:{rtype}]->() RETURN count(*)")[0][0]

    def _existing_actors(self, ids: list[str]) -> dict[str, Actor]:
        cols = records.ACTOR_PROPS
        ret = ", ".join(f"a.{c}" for c in cols)
        out = {}
        for chunk in _chunks(ids):
            rows = self._run(
                f"UNWIND $ids AS i MATCH (a:Actor {{id: i}}) RETURN {ret}", {"ids": chunk}
            )
            for r in rows:
                actor = records.row_to_actor(dict(zip(cols, r)))
                out[actor.id] = actor
        return out

    def _write_actors(self, actors: list[Actor], summary: WriteSummary) -> None:
        if not actors:
            return
        existing = self._existing_actors([a.id for a in actors])
        new, changed = [], []
        for actor in actors:
            have = existing.get(actor.id)
            if have is None:
                new.append(records.actor_to_row(actor))
            else:
                merged = have.merged(actor)
                if merged != have:
                    changed.append(records.actor_to_row(merged))
        props = ", ".join(f"{p}: r.{p}" for p in records.ACTOR_PROPS)
        for chunk in _chunks(new):
            self._conn.execute(f"UNWIND $rows AS r CREATE (a:Actor {{{props}}})", {"rows": chunk})
        for chunk in _chunks(changed):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (a:Actor {{id: r.id}}) SET {_ACTOR_SET}", {"rows": chunk}
            )
        summary.actors_added += len(new)
        summary.actors_updated += len(changed)

    def _write_documents(self, docs: list[Document], summary: WriteSummary) -> None:
        if not docs:
            return
        have = {r[0] for r in self._run(
            "UNWIND $ids AS i MATCH (d:Document {id: i}) RETURN d.id", {"ids": [d.id for d in docs]}
        )}
        rows = [records.document_to_row(d) for d in docs]
        new = [r for r in rows if r["id"] not in have]
        old = [r for r in rows if r["id"] in have]
        props = ", ".join(f"{p}: r.{p}" for p in records.DOCUMENT_PROPS)
        for chunk in _chunks(new):
            self._conn.execute(
                f"UNWIND $rows AS r CREATE (d:Document {{{props}}})", {"rows": chunk}
            )
        for chunk in _chunks(old):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (d:Document {{id: r.id}}) SET {_DOC_SET}", {"rows": chunk}
            )
        summary.documents_added += len(new)

    def _existing_relations(self, rtype: str, keys: list[tuple[str, str]]) -> dict[tuple, dict]:
        if len(keys) > SCAN_THRESHOLD:
            wanted = set(keys)
            return {
                (row["s"], row["t"]): row
                for row in self._relation_rows(rtype)
                if (row["s"], row["t"]) in wanted
            }
        ret = ", ".join(f"x.{p}" for p in _REL_PROPS)
        out = {}
        for chunk in _chunks([{"s": s, "t": t} for s, t in keys]):
            rows = self._run(
                f"UNWIND $keys AS k MATCH (a:Actor {{id: k.s}}) WITH a, k "
                f"MATCH (a)-[x:{rtype}]->(b:Actor {{id: k.t}}) RETURN a.id, b.id, {ret}",
                {"keys": chunk},
            )
            for r in rows:
                row = dict(zip(("s", "t") + _REL_PROPS, r))
                row["type"] = rtype
                out[(row["s"], row["t"])] = row
        return out

    def _write_relations(
        self, relations: list[Relation], summary: WriteSummary, progress: Progress | None
    ) -> None:
        by_type: dict[str, list[Relation]] = defaultdict(list)
        for rel in relations:
            by_type[rel.type.value].append(rel)
        for rtype, rels in by_type.items():
            if self._count(rtype) == 0:
                cols = records.RelationColumns()
                for rel in rels:
                    cols.add_relation(rel)
                self._copy_relations(rtype, cols)
                summary.relations_added += len(rels)
                if progress:
                    progress(len(rels))
                continue
            existing = self._existing_relations(rtype, [(r.source, r.target) for r in rels])
            stored_evidence = self._evidence_of(list(existing.values()))
            new: list[dict[str, Any]] = []
            changed: list[dict[str, Any]] = []
            ev_new: list[dict[str, Any]] = []
            ev_changed: list[dict[str, Any]] = []
            for rel in rels:
                have = existing.get((rel.source, rel.target))
                if have is None:
                    new.append(records.relation_to_row(rel))
                    ev_new.extend(records.evidence_rows(rel))
                    continue
                had = stored_evidence.get(rel.key, [])
                old = records.row_to_relation(have, had)
                merged = old.merged(rel)
                if merged == old:
                    continue
                changed.append(records.relation_to_row(merged))
                had_by_id = {e["id"]: e for e in had}
                for ev in records.evidence_rows(merged):
                    before = had_by_id.get(ev["id"])
                    if before is None:
                        ev_new.append(ev)
                    elif before != ev:
                        ev_changed.append(ev)
            for chunk in _chunks(new):
                self._conn.execute(
                    "UNWIND $rows AS r MATCH (a:Actor {id: r.s}) WITH a, r "
                    f"MATCH (b:Actor {{id: r.t}}) "
                    f"CREATE (a)-[:{rtype} {{{_CREATE_REL_PROPS}}}]->(b)",
                    {"rows": chunk},
                )
                if progress:
                    progress(len(chunk))
            for chunk in _chunks(changed):
                self._conn.execute(
                    "UNWIND $rows AS r MATCH (a:Actor {id: r.s}) WITH a, r "
                    f"MATCH (a)-[x:{rtype}]->(b:Actor {{id: r.t}}) SET {_SET_REL}",
                    {"rows": chunk},
                )
            self._write_evidence(ev_new, ev_changed)
            summary.relations_added += len(new)
            summary.relations_updated += len(changed)

    def _write_evidence(
        self, new: list[dict[str, Any]], changed: list[dict[str, Any]]
    ) -> None:
        """Create and update ``Evidence`` nodes.

        A new node's id may still be taken by a stray piece of evidence whose relation was
        deleted with Cypher: it is removed first, so that the key stays unique.
        """
        for chunk in _chunks(new):
            self._conn.execute(
                "UNWIND $ids AS i MATCH (e:Evidence) WHERE e.id = i DELETE e",
                {"ids": [e["id"] for e in chunk]},
            )
            self._conn.execute(
                f"UNWIND $rows AS r CREATE (e:Evidence {{{_EV_CREATE}}})", {"rows": chunk}
            )
        for chunk in _chunks(changed):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (e:Evidence) WHERE e.id = r.id SET {_EV_SET}",
                {"rows": chunk},
            )

    def _copy_relations(self, rtype: str, columns: records.RelationColumns) -> None:
        """Bulk-load an empty relationship table and its evidence with two ``COPY FROM``.

        Stray evidence of the type (left when relations were deleted with Cypher) goes
        first. Call inside a transaction: a failed second COPY undoes the first.
        """
        import pyarrow as pa

        self._conn.execute("MATCH (e:Evidence) WHERE e.type = $type DELETE e", {"type": rtype})
        rel = columns.arrow_table(rtype)
        if rel is None:
            cols = columns.by_type[rtype]
            rel = pa.table({c: pa.array(cols[c], _arrow_type(c)) for c in columns.COLUMNS})
        rel = rel.rename_columns(["from", "to", *rel.column_names[2:]])
        # One chunk: LadybugDB scans a table of many small chunks markedly slower.
        # LadybugDB finds the Arrow table by its variable name in this frame.
        arrow_rows = rel.select(["from", "to", *_REL_PROPS]).combine_chunks()  # noqa: F841
        self._conn.execute(f"COPY {rtype} FROM arrow_rows")
        ev = columns.evidence_table(rtype)
        if ev is None:
            cols = columns.evidence_by_type.get(rtype) or {c: [] for c in _EV_PROPS}
            ev = pa.table({c: pa.array(cols[c], _arrow_type(c)) for c in _EV_PROPS})
        if ev.num_rows:
            arrow_rows = ev.select(list(_EV_PROPS)).combine_chunks()  # noqa: F841
            self._conn.execute("COPY Evidence FROM arrow_rows")

    def _write_mentions(self, mentions: list[Mention], summary: WriteSummary) -> None:
        if not mentions:
            return
        rows = [{"d": m.doc, "a": m.actor, "count": m.count} for m in merge_mentions(mentions)]
        for chunk in _chunks(rows):
            have = {
                (d, a)
                for d, a in self._run(
                    "UNWIND $rows AS r MATCH (d:Document {id: r.d})-[m:MENTIONS]->"
                    "(a:Actor {id: r.a}) RETURN d.id, a.id",
                    {"rows": chunk},
                )
            }
            new = [r for r in chunk if (r["d"], r["a"]) not in have]
            if new:
                self._conn.execute(
                    "UNWIND $rows AS r MATCH (d:Document {id: r.d}) WITH d, r "
                    "MATCH (a:Actor {id: r.a}) CREATE (d)-[:MENTIONS {count: r.count}]->(a)",
                    {"rows": new},
                )
            summary.mentions += len(new)

    # -- lifecycle --------------------------------------------------------------------

    def clear(self) -> None:
        """Delete every node and relation; the schema stays."""
        if self.read_only:
            raise QueryError("the store is open read-only", hint="open it without read_only")
        with self._transaction():
            self._conn.execute("MATCH (d:Document) DETACH DELETE d")
            self._conn.execute("MATCH (a:Actor) DETACH DELETE a")
            self._conn.execute("MATCH (e:Evidence) DELETE e")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()
        with contextlib.suppress(Exception):
            self._db.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def destroy(path: str | Path) -> None:
        """Remove an embedded database folder or file entirely."""
        p = Path(path)
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
        for extra in (p.with_name(p.name + ".wal"), p.with_name(p.name + ".lock")):
            if extra.exists():
                extra.unlink()


_ARROW_TYPES = {
    "confidence": "float64", "count": "int64", "seq": "int64", "sentence": "int64",
    "char_start": "int64", "char_end": "int64", "weight": "float64", "events": "int64",
    "mentions": "int64",
}


def _arrow_type(column: str) -> Any:
    """The Arrow type of a stored relation or evidence column."""
    import pyarrow as pa

    if column == "origins":
        return pa.list_(pa.string())
    return getattr(pa, _ARROW_TYPES.get(column, "string"))()


def _columns(cypher: str, res: Any) -> list[str]:
    """Column names as Neo4j would give them (see :func:`dialect.return_columns`)."""
    have = res.get_column_names()
    want = return_columns(cypher)
    return want if want is not None and len(want) == len(have) else have


def _drain(res: Any) -> Iterator[list[Any]]:
    while res.has_next():
        yield res.get_next()


def _plain(value: Any) -> Any:
    """LadybugDB values as plain Python: nodes and relations as property dicts."""
    if isinstance(value, dict):
        if "_LABEL" in value and ("_SRC" in value or "_ID" in value):
            out = {
                k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None
            }
            if "_SRC" in value:
                out["_type"] = value["_LABEL"]
            else:
                out["_labels"] = [value["_LABEL"]]
            return out
        if "_nodes" in value and "_rels" in value:
            return {
                "nodes": [_plain(n) for n in value["_nodes"]],
                "relationships": [_plain(r) for r in value["_rels"]],
            }
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _clean_error(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def _query_hint(exc: Exception) -> str | None:
    text = str(exc)
    if "does not exist" in text or "Table" in text:
        return (
            "tables are Actor, Document, Evidence and one per relation type "
            f"({', '.join(rt.value for rt in RelationType)}); actor kinds are the property "
            "`kind`, not labels (see docs/queries.md)"
        )
    if "Parser exception" in text:
        return "check the Cypher syntax; `actorgraph queries` lists working examples"
    return None
