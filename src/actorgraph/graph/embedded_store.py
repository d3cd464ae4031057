"""The embedded default store: a LadybugDB database in one file, no server.

Schema (:mod:`actorgraph.graph.embedded_schema`): a node table ``Actor``, a node table
``Document``, one relationship table per
:class:`~actorgraph.graph.vocabulary.RelationType` (so ``MATCH ()-[r:SUPPORTS]->()``
reads as in Neo4j), ``MENTIONS`` from documents to actors, and a node table ``Evidence``
with one node per piece of provenance, keyed by its relation (``source``, ``type``,
``target``) and its place (``seq``). Properties are those of :mod:`actorgraph.graph.records`.

Why evidence is a node table: the evidence text is most of the bytes of a relation, and
LadybugDB keeps every relationship property twice (once per direction) while a node
property is kept once; a million relations load in about half the time this way, and a
relation's evidence can grow (event data) without rewriting the relation.

What a write may refer to and what it changes is decided by :mod:`actorgraph.graph.plan`
(the same rules as the Neo4j store); this module only reads the keys a plan needs and
executes it, in one transaction (a failed write leaves the store as it was). Keys are
looked up by joining an Arrow table of the write's keys (``LOAD FROM``), new relations and
their evidence go in with ``COPY FROM`` an Arrow table (also into a table that already
holds relations: that is LadybugDB's fastest way in), and the few changed items with
batched ``UNWIND … SET``.

Example
-------
>>> from actorgraph.graph.model import Actor, GraphBatch, Relation
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb")
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
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.errors import QueryError, StoreUnavailable
from actorgraph.graph import embedded_adjacency as adjacency
from actorgraph.graph import embedded_compact, embedded_recovery, embedded_schema, plan, records
from actorgraph.graph.dialect import label_bare_nodes, to_ladybug
from actorgraph.graph.embedded_doc_index import CREATE as INDEX_CREATE
from actorgraph.graph.embedded_doc_index import DocIndex, schema_statements
from actorgraph.graph.embedded_values import (
    buffer_pool,
    clean_error,
    columns,
    drain,
    import_ladybug,
    pairs_table,
    plain,
    query_hint,
)
from actorgraph.graph.embedded_writes import RelationWrites, _tuples
from actorgraph.graph.statement_guard import check_read_only
from actorgraph.graph.store import Progress, QueryResult, Stats, WriteSummary, check_timeout
from actorgraph.graph.vocabulary import RelationType

if TYPE_CHECKING:  # the models (pydantic) are loaded by writes, not by opening a store
    from actorgraph.graph.model import Actor, Document, GraphBatch, Mention, Relation

_REL_PROPS = records.RELATION_PROPS
_EV_PROPS = records.EVIDENCE_PROPS
_REL_RETURN = ", ".join(f"x.{p}" for p in _REL_PROPS)
_EV_RETURN = ", ".join(f"e.{p}" for p in _EV_PROPS)


def _read_only_error() -> QueryError:
    return QueryError("the store is open read-only", hint="open it without read_only")


def _file_size(path: Path) -> int | None:
    """The bytes of the database file and its write-ahead log (None: unknown)."""
    try:
        wal = Path(f"{path}.wal")
        return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    except OSError:
        return None


class EmbeddedStore(RelationWrites, DocIndex, adjacency.AdjacencyIndex):
    """A LadybugDB database implementing :class:`~actorgraph.graph.store.GraphStore`.

    Parameters
    ----------
    path:
        The database file (created, with its parents, when missing).
    read_only:
        Open without write access; ``query(..., write=True)`` and ``write`` then fail.
    """

    kind = "embedded"
    #: let read-only queries read files (``LOAD FROM``); ``query --allow-file-read``
    allow_file_read = False

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        ladybug = import_ladybug()

        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.read_only = read_only
        self._index_pending: list[Any] = []
        self._evidence_pending: list[Any] | None = None  # a list inside a write
        #: seconds a query may run before it is stopped (``$ACTORGRAPH_QUERY_TIMEOUT``)
        from actorgraph import config

        self.query_timeout = config.query_timeout()
        if read_only and not self.path.exists():
            raise StoreUnavailable(
                f"no graph at {self.path}",
                hint="build one first with `actorgraph demo` or `actorgraph load FILE`, "
                "or point --store / ACTORGRAPH_STORE at an existing graph",
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise embedded_recovery.explain_open_error(
                self.path, exc.strerror or str(exc), read_only=read_only) from None
        self._open_path = self.path
        if embedded_recovery.before_load_path(self.path).exists():
            if embedded_recovery.load_running(self.path):
                if not read_only:
                    raise StoreUnavailable(
                        f"another actorgraph process is loading into {self.path}",
                        hint="wait until it has finished (loads are atomic)")
                # a reader sees the graph as it was before the running load
                self._open_path = embedded_recovery.before_load_path(self.path)
            elif read_only:
                self._open_path = embedded_recovery.before_load_path(self.path)
            else:
                embedded_recovery.restore_before_load(self.path)
        try:
            self._open(ladybug)
        except RuntimeError as exc:
            if read_only or not embedded_recovery.is_torn_log(str(exc)):
                raise embedded_recovery.explain_open_error(
                    self.path, str(exc), read_only=read_only) from None
            # opened for writing: bring a torn log back to the last committed state
            embedded_recovery.move_log_aside(self.path)
            try:
                self._open(ladybug)
            except RuntimeError as again:
                raise embedded_recovery.explain_open_error(
                    self.path, str(again), read_only=read_only) from None
        try:
            self._check_schema()
        except BaseException:
            self.close()
            raise

    def _open(self, ladybug: Any) -> None:
        size = _file_size(self._open_path) if self.read_only else None
        self._db = ladybug.Database(str(self._open_path), read_only=self.read_only,
                                    buffer_pool_size=buffer_pool(size))
        try:
            self._conn = ladybug.Connection(self._db)
        except BaseException:
            self._db.close()
            raise

    # -- plumbing ---------------------------------------------------------------------

    def _tables(self) -> set[str]:
        return {r[0] for r in self._run("CALL show_tables() RETURN name")}

    def _columns_of(self, table: str) -> set[str]:
        return {r[0] for r in self._run(f"CALL table_info('{table}') RETURN name")}

    def _column_types(self, table: str) -> dict[str, str]:
        return dict(self._run(f"CALL table_info('{table}') RETURN name, type"))

    def _check_schema(self) -> None:
        """Create the schema of a new graph; upgrade an older one in place when open for
        writing, refuse it with the fix when read-only (:mod:`embedded_schema`)."""
        self._have = self._tables()
        mark = embedded_schema.marker(INDEX_CREATE, adjacency.CREATE)
        if mark in self._have:  # made by this version: no table or column to check
            return
        embedded_schema.apply(
            self._conn, embedded_schema.upgrade(
                self.path, self._have, self._columns_of, self.read_only, self._column_types),
            schema_statements(self._have, self.read_only)
            + adjacency.schema_statements(self._have, self.read_only),
            [] if self.read_only else embedded_schema.marker_statements(self._have, mark))
        if not self.read_only:
            self._have = self._tables()

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        return list(drain(self._conn.execute(cypher, params or {})))

    def _with_table(self, cypher: str, table: Any, *, combine: bool = True) -> Any:
        """Run ``cypher`` that reads the Arrow ``table`` as ``_rows`` (``LOAD FROM _rows``,
        ``COPY … FROM _rows``). LadybugDB finds the table by its variable name in the
        calling frame; one chunk scans faster than many small ones (``combine=False``:
        the caller's few large chunks are read as they are, without a copy)."""
        _rows = table.combine_chunks() if combine else table  # noqa: F841
        return self._conn.execute(cypher)

    def _rows_of(self, cypher: str, table: Any) -> list[tuple]:
        """The rows of :meth:`_with_table` as tuples (read as Arrow: fast for many)."""
        return _tuples(self._with_table(cypher, table).get_as_arrow())

    @contextlib.contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[None]:
        """The transaction of one public read or write. Every write (``write``,
        ``write_columns``, ``clear``, ``query(write=True)``) called outside an
        :meth:`atomic` block is an atomic block of its own, with the same protection
        against a kill (the copy of the file, the lock, the checkpoint)."""
        if getattr(self, "_in_atomic", False):  # part of an atomic() block: its own
            yield
            return
        if not read_only:
            with self.atomic():
                yield
            return
        with embedded_schema.transaction(self._conn, read_only=True):
            yield

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Make every write inside the block one transaction (all or nothing), then
        checkpoint, so the write-ahead log only ever holds work in flight: a load killed
        at any point leaves the graph as it was before the block (after
        :func:`actorgraph.graph.embedded_recovery.repair` if the kill tore the log).

        >>> import tempfile
        >>> from actorgraph.graph.model import Actor, GraphBatch
        >>> store = EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb")
        >>> try:
        ...     with store.atomic():
        ...         _ = store.write(GraphBatch(actors=[Actor(id="NLD", name="NL")]))
        ...         raise ValueError("a later file failed")
        ... except ValueError:
        ...     pass
        >>> store.actor_ids()
        set()
        >>> store.close()
        """
        if self.read_only:
            raise _read_only_error()
        if getattr(self, "_in_atomic", False):
            yield
            return
        self.checkpoint()  # the file alone holds the graph: the copy below is all of it
        guard = embedded_recovery.LoadGuard(self.path)
        committed = False
        try:
            with embedded_schema.transaction(self._conn):
                self._in_atomic = True
                try:
                    self._index_begin()
                    self._adjacency_begin()
                    yield
                    self._index_flush()  # the write's pieces of evidence, by document
                    self._adjacency_flush()  # and its relations, by actor
                finally:
                    self._in_atomic = False
            committed = True
            self.checkpoint()
        except BaseException:
            # rolled back: the graph is as it was; committed but not checkpointed: the
            # next open puts the copy back (LadybugDB's replay cannot be trusted)
            guard.release(keep=committed)
            raise
        guard.release()
        self.checkpoint()

    def checkpoint(self) -> None:
        """Write the committed transactions into the database file and empty the log."""
        if not self.read_only:
            self._conn.execute("CHECKPOINT")

    # -- queries ----------------------------------------------------------------------

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher (Neo4j dialect; see :mod:`actorgraph.graph.dialect`).

        Read-only unless ``write=True``: a write in a read query raises :class:`QueryError`.
        Stopped after :attr:`query_timeout` seconds.
        """
        text = self._hide_internal(label_bare_nodes(to_ladybug(cypher), self._data_tables))
        if write and self.read_only:
            raise _read_only_error()
        if not write:
            # a read-only transaction does not stop COPY TO, EXPORT, INSTALL, LOAD FROM
            check_read_only(text, allow_file_read=self.allow_file_read)
        timeout = check_timeout(self.query_timeout)
        self._conn.set_query_timeout(max(1, int(timeout * 1000)))
        try:
            with self._transaction(read_only=not write):
                res = self._conn.execute(text, params or {})
                if isinstance(res, list):
                    raise QueryError(
                        "one statement at a time: this text holds several",
                        hint="run them one by one (nothing was changed)",
                    )
                rows = [[plain(v) for v in row] for row in drain(res)]
                if write:  # indexes to note, the vocabulary to check (or roll back)
                    self._after_user_write(text)
        except RuntimeError as exc:
            if "interrupted" in str(exc).lower():
                raise QueryError(
                    f"the query ran longer than {timeout:g} s and was stopped",
                    hint="bound variable-length patterns (-[*1..3]-), add LIMIT, or allow more "
                    "time with --timeout",
                ) from None
            if "read-only transaction" in str(exc) or "read-only database" in str(exc):
                raise QueryError(
                    "this query writes to the graph, and queries are read-only by default",
                    hint="pass --write (or write=True) if you mean to change the graph",
                ) from None
            raise QueryError(clean_error(exc), hint=query_hint(exc)) from None
        finally:
            self._conn.set_query_timeout(0)
        return QueryResult(columns=columns(cypher, res), rows=rows)

    # -- reads ------------------------------------------------------------------------

    def actor_ids(self) -> set[str]:
        return {r[0] for r in self._run("MATCH (a:Actor) RETURN a.id")}

    def actors(self) -> list[Actor]:
        cols = records.ACTOR_PROPS
        ret = ", ".join(f"a.{c}" for c in cols)
        rows = self._run(f"MATCH (a:Actor) RETURN {ret} ORDER BY a.id")
        return [records.row_to_actor(dict(zip(cols, r))) for r in rows]

    def _relation_row(self, rtype: str, r: list[Any]) -> dict[str, Any]:
        row = dict(zip(("s", "t") + _REL_PROPS, r))
        row["type"] = rtype
        return row

    def relations(self, keys: Iterable[tuple[str, str, str]] | None = None) -> list[Relation]:
        out: list[Relation] = []
        if keys is None:
            evidence = records.group_evidence(
                dict(zip(_EV_PROPS, r))
                for r in self._run(f"MATCH (e:Evidence) RETURN {_EV_RETURN}")
            )
            for rt in RelationType:
                for r in self._run(
                    f"MATCH (a:Actor)-[x:{rt.value}]->(b:Actor) RETURN a.id, b.id, {_REL_RETURN}"
                ):
                    row = self._relation_row(rt.value, r)
                    out.append(
                        plan.stored_relation(row, evidence.get((row["s"], rt.value, row["t"]), ()))
                    )
        else:
            by_type: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for key in keys:
                s, rtype, t = plan.relation_key(*key)
                by_type[rtype].append((s, t))
            for rtype, pairs in by_type.items():
                stored, _ = self._stored_relations(rtype, pairs_table(pairs))
                out.extend(stored.values())
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
        from actorgraph.graph.model import Mention

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
        known = {rt.value for rt in RelationType} | {"MENTIONS"}
        for name, kind in self._run("CALL show_tables() RETURN name, type"):
            if kind == "REL" and name not in known:
                n = self._run(f"MATCH ()-[x:`{name}`]->() RETURN count(*)")[0][0]
                if n:
                    s.other_relations[name] = n
        s.documents = self._run("MATCH (d:Document) RETURN count(*)")[0][0]
        s.mentions = self._run("MATCH ()-[m:MENTIONS]->() RETURN count(*)")[0][0]
        s.evidence = self._run("MATCH (e:Evidence) RETURN count(*)")[0][0]
        return s

    # -- key lookups for the plans ------------------------------------------------------

    def _missing(self, label: str, ids: set[str]) -> set[str]:
        """The ids among ``ids`` that no ``label`` node has (for :mod:`plan` checks)."""
        if not ids:
            return set()
        import pyarrow as pa

        found = self._rows_of(
            f"LOAD FROM _rows MATCH (n:{label} {{id: i}}) RETURN n.id",
            pa.table({"i": pa.array(sorted(ids), pa.string())}),
        )
        return ids - {r[0] for r in found}

    def _stored_props(self, label: str, cols: tuple[str, ...], ids: list[str]) -> list[dict]:
        """The stored ``cols`` of the ``label`` nodes whose id is in ``ids``, one dict each."""
        import pyarrow as pa

        ret = ", ".join(f"n.{c}" for c in cols)
        rows = self._rows_of(
            f"LOAD FROM _rows MATCH (n:{label} {{id: i}}) RETURN {ret}",
            pa.table({"i": pa.array(ids, pa.string())}),
        )
        return [dict(zip(cols, r)) for r in rows]

    def _stored_actors(self, ids: list[str]) -> dict[str, Actor]:
        rows = self._stored_props("Actor", records.ACTOR_PROPS, ids)
        return {r["id"]: records.row_to_actor(r) for r in rows}

    def _stored_documents(self, ids: list[str]) -> dict[str, Document]:
        rows = self._stored_props("Document", records.DOCUMENT_PROPS, ids)
        return {r["id"]: records.row_to_document(r) for r in rows}

    def _stored_tuples(
        self, rtype: str, keys: Any
    ) -> tuple[dict[plan.Key, tuple], dict[plan.Key, list[tuple]]]:
        """The stored relations of ``keys`` (an Arrow table of ``s``, ``t``) as tuples of
        their :data:`records.RELATION_PROPS`, and every Evidence row under those keys
        (strays included) as tuples of :data:`records.EVIDENCE_PROPS`, by relation key."""
        rtype = RelationType.parse(rtype).value
        rows = self._rows_of(
            f"LOAD FROM _rows MATCH (a:Actor {{id: s}})-[x:{rtype}]->(b:Actor {{id: t}}) "
            f"RETURN a.id, b.id, {_REL_RETURN}",
            keys,
        )
        evidence: dict[plan.Key, list[tuple]] = defaultdict(list)
        if rows or self._has_evidence():
            src, tgt = _EV_PROPS.index("source"), _EV_PROPS.index("target")
            for e in self._rows_of(
                f"LOAD FROM _rows MATCH (e:Evidence) WHERE e.type = '{rtype}' AND "
                f"e.source = s AND e.target = t RETURN {_EV_RETURN}",
                keys,
            ):
                evidence[(e[src], rtype, e[tgt])].append(e)
        return {(r[0], rtype, r[1]): r[2:] for r in rows}, evidence

    def _stored_rows(
        self, rtype: str, keys: Any
    ) -> tuple[dict[plan.Key, dict[str, Any]], dict[plan.Key, list[dict[str, Any]]]]:
        """:meth:`_stored_tuples` as rows (dicts, :mod:`records` formats)."""
        rows, evidence = self._stored_tuples(rtype, keys)
        return (
            {k: {"s": k[0], "t": k[2], "type": k[1], **dict(zip(_REL_PROPS, r))}
             for k, r in rows.items()},
            {k: [dict(zip(_EV_PROPS, e)) for e in ev] for k, ev in evidence.items()},
        )

    def _stored_relations(
        self, rtype: str, keys: Any
    ) -> tuple[dict[plan.Key, Relation], dict[plan.Key, list[dict[str, Any]]]]:
        """:meth:`_stored_rows` with the relations as model objects."""
        rows, evidence = self._stored_rows(rtype, keys)
        return {
            key: plan.stored_relation(row, evidence.get(key, ())) for key, row in rows.items()
        }, evidence

    def _count(self, rtype: str) -> int:
        """Relations of a type (LadybugDB counts them without a scan)."""
        rtype = RelationType.parse(rtype).value
        return self._run(f"MATCH ()-[x:{rtype}]->() RETURN count(*)")[0][0]

    def _has_evidence(self) -> bool:
        return self._run("MATCH (e:Evidence) RETURN count(*)")[0][0] > 0

    # -- writes -----------------------------------------------------------------------

    def write(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert a batch in one transaction; what it may refer to and what it changes
        follow :mod:`actorgraph.graph.plan`.

        Relations already present get the new evidence merged into their provenance;
        writing the same batch twice changes nothing the second time.
        """
        if self.read_only:
            raise _read_only_error()
        from actorgraph.graph.model import (
            merge_actors,
            merge_documents,
            merge_mentions,
            merge_relations,
        )

        actors = merge_actors(batch.actors)
        relations = merge_relations(batch.relations)
        documents = merge_documents(batch.documents)
        mentions = merge_mentions(batch.mentions)
        plan.check_references(actors, relations, documents, mentions, self._missing)
        summary = WriteSummary()
        by_type: dict[str, list[Relation]] = defaultdict(list)
        for rel in relations:
            by_type[rel.type.value].append(rel)
        with self._transaction(), self._one_evidence_copy():
            self._write_actors(actors, summary)
            self._write_documents(documents, summary)
            for rtype in sorted(by_type):
                rels = by_type[rtype]
                keys = pairs_table([(r.source, r.target) for r in rels])
                stored, evidence = self._stored_relations(rtype, keys)
                p = plan.plan_relations(rels, stored, evidence)
                self._apply(rtype, p, summary)
                if progress:
                    progress(len(rels))
            self._write_mentions(mentions, summary)
        return summary

    def write_columns(
        self,
        columns: records.RelationColumns,
        actors: Iterable[Actor] = (),
        progress: Progress | None = None,
    ) -> WriteSummary:
        """Bulk path for large validated inputs (one row per key, see the CSV loader).

        The keys already stored are looked up; the relations under new keys go in with
        one ``COPY`` (and their evidence with a second), without a model object per row;
        those under stored keys are merged as :meth:`write` merges them.
        """
        if self.read_only:
            raise _read_only_error()
        from actorgraph.graph.model import merge_actors

        actors = merge_actors(actors)
        plan.check_column_references(columns, actors, self._missing)
        summary = WriteSummary()
        with self._transaction(), self._one_evidence_copy():
            self._write_actors(actors, summary)
            for rtype in columns.types():
                self._write_relation_columns(rtype, columns, summary)
                if progress:
                    progress(columns.count(rtype))
        return summary

    # -- lifecycle --------------------------------------------------------------------

    def clear(self) -> None:
        """Delete every node and relation; the schema stays."""
        if self.read_only:
            raise _read_only_error()
        with self._transaction():
            self._conn.execute("MATCH (d:Document) DETACH DELETE d")
            self._conn.execute("MATCH (a:Actor) DETACH DELETE a")
            self._conn.execute("MATCH (e:Evidence) DELETE e")
            self.rebuild_doc_index()
            self.rebuild_adjacency()

    def close(self) -> None:
        """Close the graph; after writes that left much of the file unused, rewrite it
        compactly (:mod:`embedded_compact`)."""
        waste = 0.0
        if getattr(self, "_wrote", False):
            with contextlib.suppress(RuntimeError, OSError):
                self._conn.execute("CHECKPOINT")  # the file as it will be once closed
                waste = embedded_compact.wasted_share(self._conn, self.path, self._tables())
        with contextlib.suppress(Exception):
            self._conn.close()
        with contextlib.suppress(Exception):
            self._db.close()
        if waste > embedded_compact.MAX_WASTE:
            with contextlib.suppress(RuntimeError, OSError):
                embedded_compact.compact(self.path)
        self._wrote = False

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

