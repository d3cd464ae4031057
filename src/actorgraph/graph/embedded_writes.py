"""How the embedded store writes relations: the part of :class:`EmbeddedStore` that turns a
:class:`~actorgraph.graph.plan.RelationPlan` or bulk relation columns into LadybugDB
statements (``COPY`` of new relations and evidence, ``UNWIND … SET`` of changed ones).
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from actorgraph.graph import plan, records, vocabulary
from actorgraph.graph.embedded_values import joined, strings
from actorgraph.graph.store import WriteSummary
from actorgraph.graph.vocabulary import RelationType

if TYPE_CHECKING:
    from actorgraph.graph.model import Actor, Document, Mention

#: rows per UNWIND statement
CHUNK = 5000
#: Arrow chunks per column up to which a table is handed to ``COPY`` without combining
FEW_CHUNKS = 16

_REL_PROPS = records.RELATION_PROPS
_EV_PROPS = records.EVIDENCE_PROPS
#: a parameter list whose values are all None comes in typed STRING: cast the numbers
_EV_VALUE = {
    p: f"CAST(r.{p} AS {kind})" if kind in ("INT64", "DOUBLE") else f"r.{p}"
    for p, kind in records.EVIDENCE_COLUMNS.items()
}
_EV_SET = ", ".join(f"e.{p} = {v}" for p, v in _EV_VALUE.items() if p != "id")
_SET_REL = ", ".join(f"x.{p} = r.{p}" for p in _REL_PROPS)


def _chunks(rows: list, size: int = CHUNK):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _tuples(table: Any, names: Any = None) -> list[tuple]:
    """The rows of an Arrow table (or of its columns ``names``) as tuples."""
    cols = [table.column(n) for n in names] if names is not None else table.columns
    return list(zip(*(c.to_pylist() for c in cols)))


#: rows per UNWIND statement
CHUNK = 5000
_ACTOR_SET = ", ".join(f"a.{p} = r.{p}" for p in records.ACTOR_PROPS if p != "id")
_DOC_SET = ", ".join(f"d.{p} = r.{p}" for p in records.DOCUMENT_PROPS if p != "id")


def _chunks(rows: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class RelationWrites:
    """The writes of :class:`~actorgraph.graph.embedded_store.EmbeddedStore` that execute
    a plan of :mod:`actorgraph.graph.plan` (actors, documents, mentions, relations); the
    store provides ``_conn``, ``_run``, ``_rows_of``, ``_with_table``, ``_count``,
    ``_has_evidence``, ``_stored_actors``, ``_stored_documents``, ``_stored_tuples`` and
    ``_index_note``, ``_index_note_removed`` (:mod:`embedded_doc_index`) and
    ``_adjacency_note`` (:mod:`embedded_adjacency`)."""

    _conn: Any
    #: new evidence of the running write, for its one ``COPY`` (:meth:`_one_evidence_copy`);
    #: ``None`` outside that block, so that evidence kept there is never silently left out
    _evidence_pending: list[Any] | None

    def _after_user_write(self, cypher: str) -> None:
        """After Cypher run with ``query(write=True)``, in its transaction: note what it may
        have changed unseen (the evidence and adjacency indexes, the schema), and refuse
        (roll back) a write that leaves an actor's kind or bloc outside the vocabulary."""
        self._after_cypher_write(cypher)  # type: ignore[attr-defined]
        self._adjacency_cypher_write()  # type: ignore[attr-defined]
        vocabulary.refuse_out_of_vocabulary(
            self._run(vocabulary.CYPHER_OUT_OF_VOCABULARY, vocabulary.vocabulary_params()))

    def _write_relation_columns(
        self, rtype: str, columns: records.RelationColumns, summary: WriteSummary
    ) -> None:
        import pyarrow.compute as pc

        rel, ev = columns.arrow_tables(rtype)
        keys = rel.select(["s", "t"])
        # (into a type the store holds none of, every key is new: no lookup)
        stored_keys = self._rows_of(
            f"LOAD FROM _rows MATCH (a:Actor {{id: s}})-[x:{RelationType.parse(rtype).value}]->"
            "(b:Actor {id: t}) RETURN a.id, b.id",
            keys,
        ) if self._count(rtype) else []
        if stored_keys:
            # Relations under stored keys: those read again as stored are left alone
            # (plan.unchanged), the others merged as write() merges them.
            wanted = [f"{a}\x1f{b}" for a, b in stored_keys]
            old = pc.is_in(joined(rel, "s", "t"), value_set=strings(wanted))
            old_ev = pc.is_in(joined(ev, "source", "target"), value_set=strings(wanted))
            stored_rows, stored_ev = self._stored_tuples(rtype, keys.filter(old))
            in_rel, in_ev = rel.filter(old), ev.filter(old_ev)
            in_rows = {
                (r[0], rtype, r[1]): r[2:] for r in _tuples(in_rel, records.RelationColumns.COLUMNS)
            }
            src, tgt = _EV_PROPS.index("source"), _EV_PROPS.index("target")
            in_pieces: dict[plan.Key, list[tuple]] = defaultdict(list)
            for e in _tuples(in_ev, _EV_PROPS):
                in_pieces[(e[src], rtype, e[tgt])].append(e)
            same = plan.unchanged(in_rows, in_pieces, stored_rows, stored_ev)
            if len(same) < len(in_rows):
                part = records.RelationColumns()
                for key, r in in_rows.items():
                    if key not in same:
                        part.add({"s": key[0], "t": key[2], "type": rtype,
                                  **dict(zip(_REL_PROPS, r))})
                        for e in in_pieces.get(key, ()):
                            part.add_evidence(rtype, dict(zip(_EV_PROPS, e)))
                evidence = {
                    k: [dict(zip(_EV_PROPS, e)) for e in ev] for k, ev in stored_ev.items()
                    if k not in same
                }
                stored = {
                    k: plan.stored_relation(
                        {"s": k[0], "t": k[2], "type": k[1], **dict(zip(_REL_PROPS, r))},
                        evidence.get(k, ()),
                    )
                    for k, r in stored_rows.items()
                    if k not in same
                }
                p = plan.plan_relations(part.relations(rtype), stored, evidence)
                self._apply(rtype, p, summary)
            rel, ev = rel.filter(pc.invert(old)), ev.filter(pc.invert(old_ev))
        # Relations under new keys: as plan.plan_relations decides for a new key (the
        # relation and all its evidence created, any stray evidence under the key deleted)
        # without building a model object per row.
        self._delete_evidence_under(rtype, rel.select(["s", "t"]))
        self._copy_new(rtype, rel, ev)
        summary.relations_added += rel.num_rows

    def _apply(self, rtype: str, p: plan.RelationPlan, summary: WriteSummary) -> None:
        """Execute a :class:`plan.RelationPlan` of one relation type."""
        import pyarrow as pa

        if p.evidence_delete:
            self._with_table(
                "LOAD FROM _rows MATCH (e:Evidence) WHERE e.id = i DELETE e",
                pa.table({"i": pa.array(p.evidence_delete, pa.string())}),
            )
        for chunk in _chunks(p.change):
            self._conn.execute(
                "UNWIND $rows AS r MATCH (a:Actor {id: r.s}) WITH a, r "
                f"MATCH (a)-[x:{rtype}]->(b:Actor {{id: r.t}}) SET {_SET_REL}",
                {"rows": chunk},
            )
        for chunk in _chunks(p.evidence_replace):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (e:Evidence) WHERE e.id = r.id SET {_EV_SET}",
                {"rows": chunk},
            )
        if p.evidence_delete or p.evidence_moved:
            self._index_note_removed()
        rel = records.arrow_table(
            records.RELATION_COLUMNS,
            {c: [r.get(c) for r in p.create] for c in records.RelationColumns.COLUMNS},
        )
        ev = records.arrow_table(
            records.EVIDENCE_COLUMNS,
            {c: [e.get(c) for e in p.evidence_create] for c in _EV_PROPS},
        )
        self._copy_new(rtype, rel, ev)
        summary.relations_added += p.added
        summary.relations_updated += p.updated

    def _delete_evidence_under(self, rtype: str, keys: Any) -> None:
        """Delete every Evidence node under the keys (an Arrow table of ``s``, ``t``)."""
        if keys.num_rows and self._has_evidence():
            deleted = self._with_table(
                f"LOAD FROM _rows MATCH (e:Evidence) WHERE e.type = '{rtype}' AND "
                "e.source = s AND e.target = t DELETE e RETURN count(*)",
                keys,
            ).get_next()[0]
            if deleted:
                self._index_note_removed()

    def _copy_new(self, rtype: str, rel: Any, ev: Any) -> None:
        """``COPY`` new relations (:attr:`RelationColumns.COLUMNS`) in, and keep their new
        evidence (:data:`records.EVIDENCE_PROPS`) for :meth:`_copy_evidence`; call inside
        the write's :meth:`_one_evidence_copy` block."""
        self._wrote = True
        if rel.num_rows:
            rel = rel.select(list(records.RelationColumns.COLUMNS))
            rel = rel.rename_columns(["from", "to", *rel.column_names[2:]])
            self._with_table(f"COPY {RelationType.parse(rtype).value} FROM _rows", rel)
            self._adjacency_note(RelationType.parse(rtype).value, rel)
        if self._evidence_pending is None:  # its evidence would never be copied in
            raise RuntimeError("_copy_new outside _one_evidence_copy: a bug in actorgraph")
        if ev.num_rows:
            self._evidence_pending.append(ev.select(list(_EV_PROPS)))

    @contextlib.contextmanager
    def _one_evidence_copy(self) -> Iterator[None]:
        """The new evidence of every relation type a write creates goes in with one
        ``COPY`` at the block's end, not one per type: LadybugDB keeps what each ``COPY``
        into a node table allocated, even after the commit, so four ``COPY`` of the 212k
        pieces of 10M GDELT events peaked at 1.28 GB, one at 0.91–0.92 GB (and ``COPY`` of
        2,048 rows, each committed, 1.6 GB at 1M; docs/benchmarks.md, "Memory at a fixed
        output, and one evidence ``COPY``"). The reads of a write only look at stored
        evidence of the type being written (evidence ids hold the type), so deferring the
        rest changes nothing."""
        self._evidence_pending = []
        try:
            yield
            self._copy_evidence()
        finally:
            self._evidence_pending = None

    def _copy_evidence(self) -> None:
        """``COPY`` the evidence kept by :meth:`_copy_new` in, at once (one ``COPY`` per
        Arrow schema: the tables of one write share theirs)."""
        import pyarrow as pa

        pending, self._evidence_pending = self._evidence_pending or [], []
        by_schema: dict[Any, list[Any]] = {}
        for table in pending:
            # the tables' few chunks are read as they are: a combined copy of the whole
            # evidence would cost its size again (100 MB at 10M GDELT events, two chunks
            # a type), and LadybugDB keeps the last table it read until the next one
            many = max((c.num_chunks for c in table.columns), default=0) > FEW_CHUNKS
            by_schema.setdefault(table.schema, []).append(
                table.combine_chunks() if many else table)
        del pending
        if not by_schema:
            return
        # on one thread: LadybugDB's COPY into the Evidence table kept ~1.0-1.3 cores busy
        # with two threads and cost 0.2-0.4 s more CPU for 212k pieces (10M GDELT events;
        # the same wall time), about the same for 1M (docs/benchmarks.md, "events10")
        threads = int(self._conn.execute(
            "CALL current_setting('threads') RETURN *").get_next()[0])
        self._conn.set_max_threads_for_exec(1)
        try:
            for parts in by_schema.values():
                ev = pa.concat_tables(parts)
                self._with_table("COPY Evidence FROM _rows", ev, combine=False)
                self._index_note(ev)
        finally:
            self._conn.set_max_threads_for_exec(threads)

    def _write_actors(self, actors: list[Actor], summary: WriteSummary) -> None:
        if not actors:
            return
        p = plan.plan_actors(actors, self._stored_actors([a.id for a in actors]))
        props = ", ".join(f"{k}: r.{k}" for k in records.ACTOR_PROPS)
        for chunk in _chunks(p.create):
            self._conn.execute(f"UNWIND $rows AS r CREATE (a:Actor {{{props}}})", {"rows": chunk})
        for chunk in _chunks(p.change):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (a:Actor {{id: r.id}}) SET {_ACTOR_SET}", {"rows": chunk}
            )
        summary.actors_added += len(p.create)
        summary.actors_updated += len(p.change)

    def _write_documents(self, docs: list[Document], summary: WriteSummary) -> None:
        if not docs:
            return
        p = plan.plan_documents(docs, self._stored_documents([d.id for d in docs]))
        props = ", ".join(f"{k}: r.{k}" for k in records.DOCUMENT_PROPS)
        for chunk in _chunks(p.create):
            self._conn.execute(
                f"UNWIND $rows AS r CREATE (d:Document {{{props}}})", {"rows": chunk}
            )
        for chunk in _chunks(p.change):
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (d:Document {{id: r.id}}) SET {_DOC_SET}", {"rows": chunk}
            )
        summary.documents_added += len(p.create)

    def _write_mentions(self, mentions: list[Mention], summary: WriteSummary) -> None:
        for chunk in _chunks(mentions):
            stored = {
                (d, a)
                for d, a in self._run(
                    "UNWIND $rows AS r MATCH (d:Document {id: r.d})-[m:MENTIONS]->"
                    "(a:Actor {id: r.a}) RETURN d.id, a.id",
                    {"rows": [records.mention_to_row(m) for m in chunk]},
                )
            }
            new = plan.plan_mentions(chunk, stored)
            if new:
                self._conn.execute(
                    "UNWIND $rows AS r MATCH (d:Document {id: r.d}) WITH d, r "
                    "MATCH (a:Actor {id: r.a}) CREATE (d)-[:MENTIONS {count: r.count}]->(a)",
                    {"rows": new},
                )
            summary.mentions += len(new)
