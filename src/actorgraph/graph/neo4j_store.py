"""The Neo4j store: the :class:`~actorgraph.graph.store.GraphStore` protocol on a Neo4j server.

Uses the official ``neo4j`` driver (py2neo is end-of-life and stops at Neo4j 4.4), imported
lazily so the embedded store works without it. Writes are batched ``UNWIND $rows …`` in
managed write transactions (the driver retries transient failures); reads run in managed
read transactions with READ routing and an explicit database, so the same code works on a
single server (``bolt://``) and on a cluster (``neo4j://``).

Layout in the graph:

- ``(:Actor:State {id, name, kind, bloc, …})``: every actor has ``:Actor`` plus the label
  of its kind (``:State``, ``:Organisation``, ``:Person``, ``:Group``);
- ``(:Actor)-[:SUPPORTS {confidence, count, first_seen, last_seen, valid_from, valid_to,
  role, origins, weight}]->(:Actor)``: one relationship per (source, type, target), types
  only from :class:`~actorgraph.graph.vocabulary.RelationType`, only the lean
  :data:`~actorgraph.graph.records.RELATION_PROPS`;
- ``(:Evidence {id, source, type, target, seq, doc, text, date, sentence, char_start,
  char_end, rule, confidence, location, origin, events, weight, mentions})``: one node
  per piece of a relation's provenance (:func:`~actorgraph.graph.records.evidence_rows`),
  with no relationships: (source, type, target) is the key of its relation, ``seq`` its
  place in the provenance and ``id`` is ``"S|TYPE|T|SEQ"``. Found by its key
  properties: ``MATCH (e:Evidence {source: 'NLD', type: 'SUPPORTS', target: 'UKR'})
  RETURN e.doc ORDER BY e.seq``;
- ``(:Document {id, title, …})-[:MENTIONS {count}]->(:Actor)``.

Schema: uniqueness constraints on ``Actor.id``, ``Document.id`` and ``Evidence.id``; range
indexes on ``Evidence(source, type, target)`` (an evidence's relation) and
``Evidence(doc)`` (the evidence from a document).

Example (needs a running server, e.g. ``scripts/neo4j-local.sh start``)::

    >>> from actorgraph.graph.neo4j_store import Neo4jStore
    >>> with Neo4jStore.from_spec("bolt://127.0.0.1:7687") as store:   # doctest: +SKIP
    ...     store.stats().actors
    0
"""


from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from actorgraph.errors import QueryError, require
from actorgraph.graph import plan, vocabulary
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
from actorgraph.graph.neo4j_atomic import atomic_block
from actorgraph.graph.neo4j_bulk import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_WRITE_CONCURRENCY,
    Job,
    bulk_jobs,
    evidence_owners,
    gc_paused,
    pipeline,
    stored_relations,
    unchanged_keys,
    upsert_relations_tx,
)
from actorgraph.graph.neo4j_bulk import (
    chunks as _chunks,
)
from actorgraph.graph.neo4j_bulk import (
    connect as _connect,
)
from actorgraph.graph.neo4j_cypher import (
    CONVERSIONS,
    CYPHER_HAS_EVIDENCE,
    CYPHER_MARK_SCHEMA,
    CYPHER_SCHEMA_MARKED,
    CYPHER_SYNC_LABELS,
    SCHEMA,
    SCHEMA_MARK,
    cypher_count_type,
    cypher_missing_ids,
    kind_label,
    rel_type,
)
from actorgraph.graph.neo4j_lock import read_stats
from actorgraph.graph.neo4j_nodes import actors_tx, documents_tx, mentions_tx
from actorgraph.graph.neo4j_values import (
    connection_settings,
    driver_errors,
    to_plain,
)
from actorgraph.graph.records import (
    RelationColumns,
    group_evidence,
    row_to_actor,
    row_to_document,
)
from actorgraph.graph.statement_guard import neo4j_file_reads
from actorgraph.graph.store import Progress, QueryResult, Stats, WriteSummary, check_timeout
from actorgraph.graph.vocabulary import RelationType

# The driver logs connection failures as warnings; we raise them as StoreUnavailable
# instead, so keep them off stderr unless the application configures logging.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


class Neo4jStore:
    """A graph in a Neo4j 5 server, reached over Bolt with the official driver.

    Parameters
    ----------
    uri:
        ``bolt://host:7687``, ``neo4j://host:7687`` (routing, clusters), ``neo4j+s://…``.
    user, password:
        Credentials (``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` when made by :meth:`from_spec`).
    database:
        The database every session uses (explicit, so reads route correctly on a cluster).
    read_only:
        Refuse :meth:`write`, :meth:`clear` and ``query(..., write=True)``.
    batch_size:
        Rows per transaction (and per lookup) of a write.
    write_concurrency:
        Bulk-load transactions (the CREATE chunks of a relation type new to the store) in
        flight at once; 1 sends one at a time. Other writes run one at a time.
    driver:
        A driver to use instead of connecting (tests pass a fake one).

    Raises
    ------
    StoreUnavailable
        The server cannot be reached, refuses the login, or has no such database.

    Example
    -------
    >>> store = Neo4jStore("bolt://127.0.0.1:7687", "neo4j", "secret")  # doctest: +SKIP
    >>> store.query("RETURN 1 AS one").rows                             # doctest: +SKIP
    [[1]]
    """

    kind = "neo4j"
    #: let read-only queries read files and URLs (``LOAD CSV``); ``--allow-file-read``
    allow_file_read = False

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str = "",
        database: str | None = None,
        *,
        read_only: bool = False,
        batch_size: int = DEFAULT_BATCH_SIZE,
        write_concurrency: int = DEFAULT_WRITE_CONCURRENCY,
        connection_timeout: float = 10.0,
        driver: Any = None,
    ) -> None:
        self.uri = uri
        self.user = user
        self.database = database or "neo4j"
        self.read_only = read_only
        self.batch_size = batch_size
        self.write_concurrency = write_concurrency
        self.location = f"{uri} (database {self.database})"
        #: seconds a :meth:`query` may run: the timeout of its transaction on the server
        from actorgraph import config

        self.query_timeout = config.query_timeout()
        self._schema_ready = False
        #: the transaction of an atomic block (:mod:`neo4j_atomic`), None outside one
        self._load_tx: Any = None
        if driver is None:
            driver = _connect(uri, user, password, connection_timeout)
        self._driver = driver
        with self._errors():
            self._driver.verify_connectivity()
            # fail now, with the fix, when the database does not exist
            self._read("RETURN 1")

    # -------------------------------------------------------------------- construction
    @classmethod
    def from_spec(cls, spec: str, read_only: bool = False, **kwargs: Any) -> Neo4jStore:
        """Open the store named by ``spec``: a ``neo4j://``/``bolt://``/``neo4j+s://`` URI
        (credentials may be in it: ``bolt://user:pw@host:7687``), or the word ``neo4j`` for
        ``$NEO4J_URI``. User, password and database come from NEO4J_USERNAME (or
        NEO4J_USER), NEO4J_PASSWORD and NEO4J_DATABASE unless the URI carries them.

        >>> Neo4jStore.from_spec("neo4j", env={})
        Traceback (most recent call last):
        ...
        actorgraph.errors.StoreUnavailable: --store neo4j needs NEO4J_URI; export \
NEO4J_URI=bolt://127.0.0.1:7687 (scripts/neo4j-local.sh env prints the settings)
        """
        env = kwargs.pop("env", os.environ)
        uri, user, password, database = connection_settings(spec, env)
        return cls(uri, user, password, database, read_only=read_only, **kwargs)

    # ------------------------------------------------------------------ driver plumbing
    def _errors(self, timeout: float | None = None) -> Any:
        """Driver errors as ActorGraphError subclasses (:func:`driver_errors`)."""
        return driver_errors(self.uri, self.user, self.database, timeout)

    def _session(self):
        return self._driver.session(database=self.database)

    def _read(self, cypher: str, **params: Any) -> list[Any]:
        """Records of a read query, in a managed read transaction."""

        return self._read_tx(lambda tx: list(tx.run(cypher, params)))

    def _read_tx(self, work):
        """``work(tx)`` in a read transaction, or in the atomic block's transaction once
        it has begun (so that it sees the block's own writes)."""
        load = self._load_tx
        if load is not None and load.active and load.begun:
            return load.run(work)
        with self._session() as session:
            return session.execute_read(work)

    def _execute_write(self, work):
        """``work(tx)`` in the transaction of the atomic block, else in its own managed
        write transaction (retried by the driver on transient failures)."""
        load = self._load_tx
        if load is not None and load.active:
            return load.run(work)
        return self._managed_write(work)

    def _managed_write(self, work):
        with self._session() as session:
            return session.execute_write(work)

    def _write_workers(self) -> int:
        """Bulk chunks in flight at once: 0 (one by one, here) inside one transaction."""
        load = self._load_tx
        return 0 if load is not None and load.active else self.write_concurrency

    def atomic(self, relations: int | None = None) -> Any:
        """A load's block: every write in it is one transaction (readers see the graph
        before the block until it commits; a failure or a kill changes nothing), one
        load at a time (:func:`neo4j_lock.load_lease`), so two loads of the same input
        both succeed. ``relations``: the size of the load, when known; above
        ``$ACTORGRAPH_NEO4J_ATOMIC_MAX`` the block goes in chunked transactions
        (:mod:`actorgraph.graph.neo4j_atomic`)."""
        return atomic_block(self, relations)

    def _check_writable(self) -> None:
        if self.read_only:
            raise QueryError(
                f"the store {self.location} was opened read-only",
                hint="open it without read_only to change it",
            )

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints (Actor.id, Document.id, Evidence.id) and the
        Evidence indexes if they are missing; convert a graph of an older actorgraph
        (:data:`CONVERSIONS`) once, then mark the store (:data:`SCHEMA_MARK`)."""
        if self._schema_ready:
            return
        self._check_writable()
        with self._errors(), self._session() as session:
            for statement in SCHEMA:
                session.run(statement).consume()
            marked = session.run(CYPHER_SCHEMA_MARKED, name=SCHEMA_MARK).single()["n"]
            if not marked:
                for statement in CONVERSIONS:
                    session.run(statement).consume()
                session.run(CYPHER_MARK_SCHEMA).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        self._schema_ready = True

    # ----------------------------------------------------------------- keys for plans
    def _missing(self, label: str, ids: set[str]) -> set[str]:
        """The ids among ``ids`` that no ``label`` node has (for :mod:`plan` checks)."""
        missing: set[str] = set()
        for chunk in _chunks(sorted(ids), self.batch_size):
            missing.update(r["id"] for r in self._read(cypher_missing_ids(label), ids=chunk))
        return missing

    def _has_evidence(self) -> bool:
        """Whether any Evidence node exists (from the count store: no scan). When none
        does as a write begins, no stray can clash with the evidence it creates: a
        write's keys are unique, and evidence ids contain their relation's key."""
        return self._read(CYPHER_HAS_EVIDENCE)[0]["n"] > 0

    def _count_type(self, rtype: str) -> int:
        return self._read(cypher_count_type(rtype))[0]["n"]

    # ---------------------------------------------------------------------------- writes
    def write(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert actors, relations (merging provenance), documents and mentions, as
        :mod:`actorgraph.graph.plan` decides.

        Idempotent: writing the same batch again changes nothing. Relations whose key is
        already in the store get the union of both provenances (``Relation.merged``).
        ``progress`` is called with the number of relations each transaction wrote.

        Unlike the embedded store (one transaction per write), a large batch goes in one
        transaction per chunk of ``batch_size`` items (up to ``write_concurrency`` bulk
        chunks at once, see :func:`neo4j_bulk.pipeline`); if a write fails part-way, the
        chunks already committed stay, and writing the batch again completes it.

        Raises
        ------
        LoaderError
            A relation or mention names an actor (or document) that is neither in the
            batch nor in the store (:func:`plan.check_references`); nothing is written.
        """
        self._check_writable()
        with self._errors(), gc_paused():
            self.ensure_schema()
            actors = merge_actors(batch.actors)
            relations = merge_relations(batch.relations)
            documents = merge_documents(batch.documents)
            mentions = merge_mentions(batch.mentions)
            plan.check_references(actors, relations, documents, mentions, self._missing)
            summary = WriteSummary()
            summary += self._write_actors(actors)
            summary += self._write_documents(documents)
            summary += self._write_relations(relations, progress)
            summary += self._write_mentions(mentions)
            return summary

    def _write_actors(self, actors: list[Actor]) -> WriteSummary:
        summary = WriteSummary()
        for chunk in _chunks(actors, self.batch_size):
            added, updated = self._execute_write(partial(actors_tx, chunk=chunk))
            summary.actors_added += added
            summary.actors_updated += updated
        return summary

    def _write_documents(self, documents: list[Document]) -> WriteSummary:
        summary = WriteSummary()
        for chunk in _chunks(documents, self.batch_size):
            summary.documents_added += self._execute_write(partial(documents_tx, chunk=chunk))
        return summary

    def _write_mentions(self, mentions: list[Mention]) -> WriteSummary:
        """Create the mentions not yet in the store (``summary.mentions`` counts those)."""
        summary = WriteSummary()
        for chunk in _chunks(mentions, self.batch_size):
            summary.mentions += self._execute_write(partial(mentions_tx, chunk=chunk))
        return summary

    def _write_relations(
        self, relations: list[Relation], progress: Progress | None
    ) -> WriteSummary:
        """Write relations type by type, one transaction per chunk of ``batch_size``.

        If the store has no relation of a type yet, every key of that type is new (keys are
        unique within the batch after ``merge_relations``), so its chunks go in with CREATE
        from parallel lists and no lookup of relations (what :func:`plan.plan_relations`
        decides for new keys): the bulk-load fast path (it assumes no other writer adds
        relations of that type meanwhile), up to ``write_concurrency`` chunks at once.
        Otherwise each chunk reads the stored relations of its keys and their evidence and
        executes :func:`plan.plan_relations`, one chunk at a time.
        """
        by_type: dict[str, list[Relation]] = defaultdict(list)
        for rel in relations:
            by_type[rel.type.value].append(rel)

        strays = bool(by_type) and self._has_evidence()

        def jobs() -> Iterator[Job]:
            for rtype in sorted(by_type):
                rels = by_type[rtype]
                if self._count_type(rtype) == 0:
                    cols = RelationColumns()
                    for rel in rels:
                        cols.add_relation(rel)
                    yield from bulk_jobs(rtype, cols, strays, self.batch_size)
                else:
                    yield from self._upsert_jobs(rtype, rels)

        return pipeline(jobs(), self._execute_write, self._write_workers(), progress)

    def _upsert_jobs(self, rtype: str, rels: list[Relation]) -> Iterator[Job]:
        for chunk in _chunks(rels, self.batch_size):

            def work(tx, chunk=chunk):
                return upsert_relations_tx(tx, rtype, chunk)

            yield len(chunk), work, False

    def write_columns(
        self,
        columns: RelationColumns,
        actors: Iterable[Actor] = (),
        progress: Progress | None = None,
    ) -> WriteSummary:
        """Bulk upsert of validated relation columns (one row per key) plus actors.

        A relation type with no relations in the store yet is sent as parallel lists
        (``UNWIND range(0, size($s) - 1) AS i … CREATE``), without building a model object
        per relation, each chunk with the Evidence nodes of its relations (from
        ``columns.evidence_by_type``) in the same transaction, up to ``write_concurrency``
        chunks at once; otherwise the rows are merged with what is there, as :meth:`write`
        does. References are checked first (:func:`plan.check_column_references`);
        nothing is written on a miss.

        >>> cols = RelationColumns()
        >>> cols.add({"s": "NLD", "t": "UKR", "type": "SUPPORTS", "confidence": 1.0,
        ...           "count": 0})
        >>> store.write_columns(cols).relations_added                     # doctest: +SKIP
        1
        """
        self._check_writable()
        with self._errors(), gc_paused():
            self.ensure_schema()
            actors = merge_actors(actors)
            plan.check_column_references(columns, actors, self._missing)
            # which relation each piece of evidence belongs to, in the relations' order
            owners = {
                rtype: evidence_owners(
                    rtype, columns.by_type[rtype], columns.evidence_by_type.get(rtype, {})
                )
                for rtype in columns.types()
            }
            summary = self._write_actors(actors)
            strays = bool(owners) and self._has_evidence()

            def jobs() -> Iterator[Job]:
                for rtype in columns.types():
                    if self._count_type(rtype) == 0:
                        yield from bulk_jobs(
                            rtype, columns, strays, self.batch_size, owners.pop(rtype)
                        )
                    else:
                        owners.pop(rtype, None)
                        same = unchanged_keys(self._read_tx, rtype, columns, self.batch_size)
                        rels = merge_relations(columns.relations(rtype, skip=same))
                        yield from self._upsert_jobs(rtype, rels)

            return summary + pipeline(
                jobs(), self._execute_write, self._write_workers(), progress
            )

    # ----------------------------------------------------------------------------- query
    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher and return plain Python rows; read-only unless ``write=True``.

        A read-only query runs in a read transaction, so a query that writes is refused by
        the server (and reported as :class:`QueryError` with a hint to pass ``--write``).
        The transaction times out on the server after :attr:`query_timeout` seconds.
        """
        if write:
            self._check_writable()
        elif not self.allow_file_read and neo4j_file_reads(cypher):
            raise QueryError(
                "this query reads files or URLs (LOAD CSV), and queries are read-only by "
                "default", hint="pass --allow-file-read (allow_file_read=True) if you mean it")
        timeout = check_timeout(self.query_timeout)
        unit_of_work = require("neo4j", "neo4j").unit_of_work

        @unit_of_work(timeout=timeout)
        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            rows = [[to_plain(v) for v in rec.values()] for rec in result]
            # a schema command's transaction takes no more statements: data writes only
            c = result.consume().counters if write else None
            if c and (c.nodes_created or c.properties_set or c.labels_added or c.labels_removed):
                # in the same transaction: the vocabulary (or roll back), then the labels
                vocabulary.refuse_out_of_vocabulary([list(r.values()) for r in tx.run(
                    vocabulary.CYPHER_OUT_OF_VOCABULARY, vocabulary.vocabulary_params())])
                for statement in CYPHER_SYNC_LABELS:
                    tx.run(statement).consume()
            return keys, rows

        with self._errors(timeout), self._session() as session:
            keys, rows = (session.execute_write if write else session.execute_read)(work)
        return QueryResult(columns=keys, rows=rows)

    # ----------------------------------------------------------------------------- reads
    def actor_ids(self) -> set[str]:
        """Ids of all actors in the store."""
        with self._errors():
            return {r["id"] for r in self._read("MATCH (a:Actor) RETURN a.id AS id")}

    def actors(self) -> list[Actor]:
        """Every actor, sorted by id."""
        with self._errors():
            recs = self._read("MATCH (a:Actor) RETURN properties(a) AS p ORDER BY a.id")
        return [row_to_actor(r["p"]) for r in recs]

    def relations(self, keys: Iterable[tuple[str, str, str]] | None = None) -> list[Relation]:
        """Every relation between actors (or those with the given keys), sorted by key."""
        out: list[Relation] = []
        with self._errors():
            if keys is None:
                recs = self._read(
                    "MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN $types "
                    "RETURN a.id AS s, type(r) AS type, b.id AS t, properties(r) AS p",
                    types=[t.value for t in RelationType],
                )
                evidence = group_evidence(
                    r["p"] for r in self._read("MATCH (e:Evidence) RETURN properties(e) AS p")
                )
                out = [
                    plan.stored_relation(
                        {**r["p"], "s": r["s"], "t": r["t"], "type": r["type"]},
                        evidence.get((r["s"], r["type"], r["t"]), ()),
                    )
                    for r in recs
                ]
            else:
                by_type: dict[str, list[list[str]]] = defaultdict(list)
                for key in keys:
                    s, rtype, t = plan.relation_key(*key)
                    by_type[rtype].append([s, t])
                for rtype, pairs in by_type.items():
                    for chunk in _chunks(pairs, self.batch_size):
                        stored, _ = self._read_tx(
                            lambda tx, c=chunk, t=rtype: stored_relations(tx, t, c)
                        )
                        out.extend(stored.values())
        out.sort(key=lambda r: r.key)
        return out

    def documents(self) -> list[Document]:
        """Every document, sorted by id."""
        with self._errors():
            recs = self._read("MATCH (d:Document) RETURN properties(d) AS p ORDER BY d.id")
        return [row_to_document(r["p"]) for r in recs]

    def mentions(self) -> list[Mention]:
        """Every document-mentions-actor edge, sorted by (document, actor)."""
        with self._errors():
            recs = self._read(
                "MATCH (d:Document)-[m:MENTIONS]->(a:Actor) "
                "RETURN d.id AS d, a.id AS a, m.count AS c ORDER BY d, a"
            )
        return [Mention(doc=r["d"], actor=r["a"], count=r["c"] or 1) for r in recs]

    def stats(self) -> Stats:
        """Counts of actors (per bloc and kind), relations (per type and outside the
        vocabulary), documents, mentions and pieces of evidence (Evidence nodes)."""
        with self._errors():
            return read_stats(self._read)

    # ----------------------------------------------------------------------- lifecycle
    def clear(self) -> None:
        """Delete every node and relationship (constraints stay), in batches."""
        self._check_writable()
        with self._errors(), self._session() as session:
            session.run(
                "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS"
            ).consume()
            session.run(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS"
            ).consume()
        self.ensure_schema()

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.location!r})"


def push_graph(source: Any, target: Any, progress: Progress | None = None) -> WriteSummary:
    """Deprecated name of :func:`actorgraph.graph.store.push`."""
    from actorgraph.graph.store import push

    return push(source, target, progress)


__all__ = [
    "Neo4jStore",
    "connection_settings",
    "push_graph",
    "to_plain",
    "rel_type",
    "kind_label",
]
