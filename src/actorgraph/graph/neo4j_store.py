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

import bisect
import contextlib
import gc
import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, TypeAlias
from urllib.parse import unquote, urlsplit, urlunsplit

from actorgraph.errors import (
    ConstraintViolation,
    LoaderError,
    QueryError,
    StoreUnavailable,
    require,
)
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
from actorgraph.graph.records import (
    EVIDENCE_PROPS,
    RELATION_PROPS,
    RelationColumns,
    actor_to_row,
    document_to_row,
    evidence_rows,
    group_evidence,
    mention_to_row,
    relation_to_row,
    row_to_actor,
    row_to_document,
    row_to_relation,
)
from actorgraph.graph.store import GraphStore, Progress, QueryResult, Stats, WriteSummary
from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType

# The driver logs connection failures as warnings; we raise them as StoreUnavailable
# instead, so keep them off stderr unless the application configures logging.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

#: rows sent in one ``UNWIND $rows`` transaction. With two bulk transactions in flight,
#: chunks of 2,500 loaded relations with Evidence nodes about 10% faster than chunks of
#: 10,000 (the server spent half as long in garbage collection; 1,000 was no faster), and
#: the read-merge-write path took as long with either (docs/benchmarks-neo4j.md)
DEFAULT_BATCH_SIZE = 2_500
#: bulk-load transactions in flight at once (see ``Neo4jStore._pipeline``): 2 loaded
#: 1.3-1.4x faster than 1 on a 2-core machine, 3 was no faster there
DEFAULT_WRITE_CONCURRENCY = 2
#: a transaction for ``Neo4jStore._pipeline``: (relations, work(tx), may run concurrently)
Job: TypeAlias = tuple[int, Any, bool]

UNREACHABLE_HINT = "start it with scripts/neo4j-local.sh start, or check NEO4J_URI"
AUTH_HINT = "check NEO4J_PASSWORD (and NEO4J_USERNAME)"
WRITE_HINT = "pass --write (query(..., write=True)) to allow a query that changes the graph"

_KIND_LABELS = {k: k.neo4j_label for k in ActorKind}
_BLOC_LABELS = [b.neo4j_label for b in Bloc]

SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
    "CREATE RANGE INDEX evidence_key IF NOT EXISTS FOR (e:Evidence) "
    "ON (e.source, e.type, e.target)",
    "CREATE RANGE INDEX evidence_doc IF NOT EXISTS FOR (e:Evidence) ON (e.doc)",
)


def rel_type(value: object) -> str:
    """A relationship type safe to format into Cypher: only a :class:`RelationType` value.

    >>> rel_type("supports")
    'SUPPORTS'
    """
    return RelationType.parse(value).value


def kind_label(value: object) -> str:
    """The node label of an actor kind (``state`` → ``State``), only from the vocabulary.

    >>> kind_label("organisation")
    'Organisation'
    """
    return _KIND_LABELS[ActorKind.parse(value)]


# --------------------------------------------------------------------------------- Cypher
def cypher_lookup_relations(rtype: str) -> str:
    return (
        "UNWIND $keys AS k "
        f"MATCH (a:Actor {{id: k[0]}})-[r:{rel_type(rtype)}]->(b:Actor {{id: k[1]}}) "
        "RETURN a.id AS s, b.id AS t, properties(r) AS p"
    )


def cypher_create_relations(rtype: str) -> str:
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"CREATE (a)-[r:{rel_type(rtype)}]->(b) SET r = row.p"
    )


def cypher_merge_relations(rtype: str) -> str:
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"MERGE (a)-[r:{rel_type(rtype)}]->(b) SET r = row.p"
    )


def cypher_lookup_evidence(rtype: str) -> str:
    """The stored evidence of relation keys ``$keys`` (``[source, target]`` pairs)."""
    return (
        "UNWIND $keys AS k "
        f"MATCH (e:Evidence {{source: k[0], type: '{rel_type(rtype)}', target: k[1]}}) "
        "RETURN properties(e) AS p"
    )


def cypher_delete_evidence_of_keys(rtype: str) -> str:
    """Delete every Evidence node of the keys ``$s[i]``, ``$t[i]``: strays of relations a
    user deleted with Cypher, which would clash with the evidence about to be created."""
    return (
        "UNWIND range(0, size($s) - 1) AS i "
        f"MATCH (e:Evidence {{source: $s[i], type: '{rel_type(rtype)}', target: $t[i]}}) "
        "DELETE e"
    )


#: create Evidence nodes from parallel lists ``$e_id``, ``$e_source``, … (None: absent)
CYPHER_CREATE_EVIDENCE_COLUMNS = (
    "UNWIND range(0, size($e_id) - 1) AS i CREATE (e:Evidence) SET "
    + ", ".join(f"e.{p} = $e_{p}[i]" for p in EVIDENCE_PROPS)
)
#: create or replace Evidence nodes by id (rows without None values)
CYPHER_UPSERT_EVIDENCE = "UNWIND $rows AS row MERGE (e:Evidence {id: row.id}) SET e = row"
CYPHER_DELETE_EVIDENCE = "UNWIND $ids AS id MATCH (e:Evidence {id: id}) DELETE e"


def cypher_upsert_actors(kind: str, bloc: str = Bloc.OTHER.value) -> str:
    """Upsert actors of one kind and bloc: ``:Actor`` plus the kind's and the bloc's label
    (both from the vocabulary, never from input), other kind and bloc labels removed."""
    label = kind_label(kind)
    bloc_label = Bloc.parse(bloc).neo4j_label
    others = ":".join(
        [v for v in _KIND_LABELS.values() if v != label]
        + [v for v in _BLOC_LABELS if v != bloc_label]
    )
    return (
        "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
        f"SET a = row, a:{label}:{bloc_label} REMOVE a:{others}"
    )


CYPHER_LOOKUP_ACTORS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN properties(a) AS p"
CYPHER_LOOKUP_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN properties(d) AS p"
CYPHER_UPSERT_DOCUMENTS = "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row"
# as in the embedded store, a mention already there keeps its count
CYPHER_CREATE_MENTIONS = (
    "UNWIND $rows AS row "
    "MATCH (d:Document {id: row.d}) MATCH (a:Actor {id: row.a}) "
    "WHERE NOT (d)-[:MENTIONS]->(a) "
    "CREATE (d)-[:MENTIONS {count: row.count}]->(a) RETURN count(*) AS n"
)


def cypher_create_relation_columns(rtype: str) -> str:
    """CREATE from parallel lists ``$s``, ``$t`` and one list per relation property:
    the cheapest shape to send (no dict per row) for the bulk path."""
    sets = ", ".join(f"r.{p} = ${p}[i]" for p in RELATION_PROPS)
    return (
        "UNWIND range(0, size($s) - 1) AS i "
        "MATCH (a:Actor {id: $s[i]}) MATCH (b:Actor {id: $t[i]}) "
        f"CREATE (a)-[r:{rel_type(rtype)}]->(b) SET {sets}"
    )


def cypher_create_relation_evidence_columns(rtype: str) -> str:
    """:func:`cypher_create_relation_columns` plus, in the same row, the relation's one
    Evidence node from the ``$e_<prop>`` lists: for a chunk whose ``i``-th piece of
    evidence belongs to its ``i``-th relation (the usual bulk load: one piece each).

    One UNWIND instead of two; the planner puts an Eager before the evidence's SET (it
    cannot tell that ``e`` is no Actor whose ``id`` the MATCH reads), which only buffers
    the chunk's rows.
    """
    ev_sets = ", ".join(f"e.{p} = $e_{p}[i]" for p in EVIDENCE_PROPS)
    return f"{cypher_create_relation_columns(rtype)} CREATE (e:Evidence) SET {ev_sets}"


# ----------------------------------------------------------------------- value conversion
def to_plain(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships become dicts of their
    properties plus ``_labels`` or ``_type``, as the embedded store returns them (an actor's
    kind label is left out: it is the ``kind`` property); temporal values become ISO
    strings as Python's ``isoformat`` writes them.

    >>> to_plain([1, {"a": (2, 3)}])
    [1, {'a': [2, 3]}]
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    graph = _neo4j_module("neo4j.graph")
    if graph is not None:
        if isinstance(value, graph.Node):
            out = {k: to_plain(v) for k, v in value.items()}
            labels = set(value.labels)
            if "Actor" in labels:  # the kind is a property too; match the embedded store
                labels -= set(_KIND_LABELS.values()) | set(_BLOC_LABELS)
            out["_labels"] = sorted(labels)
            return out
        if isinstance(value, graph.Relationship):
            out = {k: to_plain(v) for k, v in value.items()}
            out["_type"] = value.type
            return out
        if isinstance(value, graph.Path):
            return {
                "nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships],
            }
    if hasattr(value, "to_native"):  # neo4j.time Date, DateTime, Time: as Python's isoformat
        with contextlib.suppress(ValueError, OverflowError):
            return value.to_native().isoformat()
    if hasattr(value, "iso_format"):  # Duration, and values Python's types cannot hold
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if hasattr(value, "srid"):  # spatial points
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)


def _neo4j_module(name: str):
    import sys

    return sys.modules.get(name)


# ------------------------------------------------------------------------------ the store
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
    ) -> None:
        neo4j = require("neo4j", "neo4j")
        self.uri = uri
        self.user = user
        self.database = database or "neo4j"
        self.read_only = read_only
        self.batch_size = batch_size
        self.write_concurrency = write_concurrency
        self.location = f"{uri} (database {self.database})"
        self._schema_ready = False
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=max(connection_timeout, 30.0),
                max_transaction_retry_time=15.0,
                notifications_min_severity="OFF",
            )
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise StoreUnavailable(
                f"bad Neo4j URI {uri!r}: {exc}",
                hint="use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for TLS)",
            ) from None
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
    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into ActorGraphError subclasses with the fix in the hint."""
        exc_mod = require("neo4j", "neo4j").exceptions
        try:
            yield
        except exc_mod.AuthError:
            raise StoreUnavailable(
                f"Neo4j at {self.uri} refused the login of user {self.user!r}", hint=AUTH_HINT
            ) from None
        except exc_mod.ConstraintError as exc:
            raise ConstraintViolation(
                f"Neo4j rejected the write: {_one_line(exc.message)}",
                hint="ids of actors and documents must be unique, and so must relation keys "
                "in one write_columns (evidence ids contain them); fix the duplicate",
            ) from None
        except exc_mod.CypherSyntaxError as exc:
            raise QueryError(f"Cypher syntax error: {exc.message}") from None
        except exc_mod.Neo4jError as exc:
            raise self._map_server_error(exc) from None
        except exc_mod.ServiceUnavailable:
            raise StoreUnavailable(
                f"cannot reach Neo4j at {self.uri}", hint=UNREACHABLE_HINT
            ) from None
        except exc_mod.SessionExpired:
            raise StoreUnavailable(
                f"lost the connection to Neo4j at {self.uri}", hint=UNREACHABLE_HINT
            ) from None
        except exc_mod.DriverError as exc:
            raise StoreUnavailable(
                f"Neo4j at {self.uri}: {_one_line(str(exc))}", hint=UNREACHABLE_HINT
            ) from None

    def _map_server_error(self, exc: Any) -> Exception:
        code = exc.code or ""
        message = exc.message or str(exc)
        if code.endswith("Statement.AccessMode") or "read access mode" in message:
            return QueryError(
                "this query writes to the graph, but queries run read-only", hint=WRITE_HINT
            )
        if code.endswith("Database.DatabaseNotFound"):
            return StoreUnavailable(
                f"Neo4j at {self.uri} has no database {self.database!r}",
                hint="check NEO4J_DATABASE (Neo4j Community has one user database: neo4j)",
            )
        if code.startswith("Neo.ClientError.Security"):
            return StoreUnavailable(
                f"Neo4j at {self.uri} refused: {_one_line(message)}", hint=AUTH_HINT
            )
        if code.startswith("Neo.ClientError.Statement"):
            return QueryError(f"Neo4j rejected the query: {message}")
        if code.startswith("Neo.ClientError.Schema"):
            return ConstraintViolation(f"Neo4j rejected the write: {_one_line(message)}")
        return QueryError(f"Neo4j error {code}: {message}")

    def _session(self):
        return self._driver.session(database=self.database)

    def _read(self, cypher: str, **params: Any) -> list[Any]:
        """Records of a read query, in a managed read transaction."""

        def work(tx):
            return list(tx.run(cypher, params))

        with self._session() as session:
            return session.execute_read(work)

    def _check_writable(self) -> None:
        if self.read_only:
            raise QueryError(
                f"the store {self.location} was opened read-only",
                hint="open it without read_only to change it",
            )

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints (Actor.id, Document.id, Evidence.id) and the
        Evidence indexes if they are missing."""
        if self._schema_ready:
            return
        self._check_writable()
        with self._errors(), self._session() as session:
            for statement in SCHEMA:
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        self._schema_ready = True

    # ---------------------------------------------------------------------------- writes
    def write(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert actors, relations (merging provenance), documents and mentions.

        Idempotent: writing the same batch again changes nothing. Relations whose key is
        already in the store get the union of both provenances (``Relation.merged``).
        ``progress`` is called with the number of relations each transaction wrote.

        Unlike the embedded store (one transaction per write), a large batch goes in one
        transaction per chunk of ``batch_size`` items (up to ``write_concurrency`` bulk
        chunks at once, see :meth:`_pipeline`); if a write fails part-way, the chunks
        already committed stay, and writing the batch again completes it.

        Raises
        ------
        LoaderError
            A relation or mention names an actor (or document) that is neither in the
            batch nor in the store; nothing is written then.
        """
        self._check_writable()
        with self._errors(), _gc_paused():
            self.ensure_schema()
            actors = merge_actors(batch.actors)
            relations = merge_relations(batch.relations)
            documents = {d.id: d for d in merge_documents(batch.documents)}
            mentions = merge_mentions(batch.mentions)
            self._check_references(actors, relations, list(documents.values()), mentions)

            summary = WriteSummary()
            summary += self._write_actors(actors, progress)
            summary += self._write_documents(list(documents.values()), progress)
            summary += self._write_relations(relations, progress)
            summary += self._write_mentions(mentions, progress)
            return summary

    def _check_references(
        self,
        actors: list[Actor],
        relations: list[Relation],
        documents: list[Document],
        mentions: list[Mention],
    ) -> None:
        have = {a.id for a in actors}
        wanted = {r.source for r in relations} | {r.target for r in relations}
        wanted |= {m.actor for m in mentions}
        missing = self._missing_ids(wanted - have, "Actor")
        if missing:
            for rel in relations:
                for end in (rel.source, rel.target):
                    if end in missing:
                        raise LoaderError(
                            f"relation {rel.source} {rel.type.value} {rel.target} names "
                            f"unknown actor {end!r}",
                            hint="add the actor to the file, or load the catalogue "
                            "(`actorgraph load --catalogue`) first",
                        )
            raise LoaderError(f"a mention names unknown actor {sorted(missing)[0]!r}")
        docs = {d.id for d in documents}
        missing_docs = self._missing_ids({m.doc for m in mentions} - docs, "Document")
        if missing_docs:
            raise LoaderError(
                f"a mention names unknown document {sorted(missing_docs)[0]!r}",
                hint="write the documents with their mentions",
            )

    def _missing_ids(self, ids: set[str], label: str) -> set[str]:
        if not ids:
            return set()
        cypher = (
            f"UNWIND $ids AS id OPTIONAL MATCH (n:{label} {{id: id}}) "
            "WITH id, n WHERE n IS NULL RETURN id"
        )
        missing: set[str] = set()
        for chunk in _chunks(sorted(ids), self.batch_size):
            missing.update(r["id"] for r in self._read(cypher, ids=chunk))
        return missing

    def _write_actors(self, actors: list[Actor], progress: Progress | None) -> WriteSummary:
        summary = WriteSummary()
        for chunk in _chunks(actors, self.batch_size):

            def work(tx, chunk=chunk):
                ids = [a.id for a in chunk]
                existing = {
                    rec["p"]["id"]: rec["p"] for rec in tx.run(CYPHER_LOOKUP_ACTORS, ids=ids)
                }
                by_kind: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
                added = updated = 0
                for actor in chunk:
                    old = existing.get(actor.id)
                    if old is None:
                        row = actor_to_row(actor)
                        added += 1
                    else:
                        row = actor_to_row(row_to_actor(old).merged(actor))
                        if _same_props(old, row):
                            continue
                        updated += 1
                    by_kind[(row["kind"], row["bloc"])].append(_drop_none(row))
                for (kind, bloc), rows in by_kind.items():
                    tx.run(cypher_upsert_actors(kind, bloc), rows=rows).consume()
                return added, updated

            added, updated = self._execute_write(work)
            summary.actors_added += added
            summary.actors_updated += updated
        return summary

    def _write_documents(
        self, documents: list[Document], progress: Progress | None
    ) -> WriteSummary:
        summary = WriteSummary()
        for chunk in _chunks(documents, self.batch_size):

            def work(tx, chunk=chunk):
                ids = [d.id for d in chunk]
                existing = {
                    rec["p"]["id"]: rec["p"] for rec in tx.run(CYPHER_LOOKUP_DOCUMENTS, ids=ids)
                }
                rows = []
                for doc in chunk:
                    old = existing.get(doc.id)
                    new = document_to_row(doc)
                    if old is not None:
                        # keep what was known, fill in what is new
                        new = {
                            k: (new.get(k) if new.get(k) is not None else old.get(k)) for k in new
                        }
                        if _same_props(old, new):
                            continue
                    rows.append(_drop_none(new))
                tx.run(CYPHER_UPSERT_DOCUMENTS, rows=rows).consume()
                return sum(1 for d in chunk if d.id not in existing)

            summary.documents_added += self._execute_write(work)
        return summary

    def _write_mentions(self, mentions: list[Mention], progress: Progress | None) -> WriteSummary:
        """Create the mentions not yet in the store (``summary.mentions`` counts those)."""
        summary = WriteSummary()
        for chunk in _chunks(mentions, self.batch_size):
            rows = [mention_to_row(m) for m in chunk]

            def work(tx, rows=rows):
                return tx.run(CYPHER_CREATE_MENTIONS, rows=rows).single()["n"]

            summary.mentions += self._execute_write(work)
        return summary

    def _write_relations(
        self, relations: list[Relation], progress: Progress | None
    ) -> WriteSummary:
        """Write relations type by type, one transaction per chunk of ``batch_size``.

        If the store has no relation of a type yet, every key of that type is new (keys are
        unique within the batch after ``merge_relations``), so its chunks go in with CREATE
        from parallel lists and no lookup of relations: the bulk-load fast path (it assumes
        no other writer adds relations of that type meanwhile), up to
        ``write_concurrency`` chunks at once. Each chunk's transaction also creates its
        relations' Evidence nodes. Otherwise each chunk first reads the stored relations of
        its keys and their evidence, merges provenance in Python and writes new and changed
        ones, one chunk at a time.
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
                    yield from self._bulk_jobs(rtype, cols, strays)
                else:
                    yield from self._upsert_jobs(rtype, rels)

        return self._pipeline(jobs(), progress)

    def _bulk_jobs(
        self,
        rtype: str,
        columns: RelationColumns,
        strays: bool,
        owners: tuple[dict[str, list[Any]], list[int]] | None = None,
    ) -> Iterator[Job]:
        """CREATE jobs for a relation type the store holds none of: chunks of
        ``batch_size`` relations, each with its relations' evidence (``owners`` as
        :func:`_evidence_owners` gives it, computed here when not given)."""
        cols = columns.by_type[rtype]
        if owners is None:
            owners = _evidence_owners(rtype, cols, columns.evidence_by_type.get(rtype, {}))
        ev, owner = owners
        ev_names = [(f"e_{p}", ev.get(p, [])) for p in EVIDENCE_PROPS]
        size = self.batch_size
        lo = 0
        for i in range(0, len(cols["s"]), size):
            params = {n: cols[n][i : i + size] for n in _REL_COLUMNS}
            hi = bisect.bisect_left(owner, i + size, lo)
            params.update((n, col[lo:hi]) for n, col in ev_names)
            lo = hi
            yield len(params["s"]), _bulk_work(rtype, params, strays), True

    def _upsert_jobs(self, rtype: str, rels: list[Relation]) -> Iterator[Job]:
        for chunk in _chunks(rels, self.batch_size):

            def work(tx, chunk=chunk):
                return self._upsert_relations_tx(tx, rtype, chunk)

            yield len(chunk), work, False

    def _pipeline(self, jobs: Iterator[Job], progress: Progress | None) -> WriteSummary:
        """Run ``(size, work, concurrent)`` jobs as managed write transactions in worker
        threads while this thread builds the next job's rows, so Python's work overlaps the
        server's. ``work`` returns (added, updated).

        Up to ``write_concurrency`` jobs marked ``concurrent`` (the bulk CREATE chunks) run
        at once: the server runs a transaction on one core, commit included (about 60% of
        a bulk chunk's server time in a sampled run), so one transaction at a time leaves
        its other cores idle. Concurrent bulk chunks create disjoint relationships and
        Evidence nodes (keys are unique within a write) and share only the actors at their
        ends; transactions of thousands of random relations over the same 20,000 actors,
        or with half of them on ten hub actors, never deadlocked in the measurements of
        docs/benchmarks-neo4j.md, and a deadlock would be a transient error, which the
        driver retries (the chunk's transaction is rolled back and run again). Other jobs
        (read-merge-write chunks, whose MERGE locks actors as it goes) run alone.
        """
        summary = WriteSummary()
        in_flight: dict[Future, tuple[int, bool]] = {}

        def collect_first() -> None:  # whichever ends first: the next job starts at once
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                size, _ = in_flight.pop(future)
                added, updated = future.result()
                summary.relations_added += added
                summary.relations_updated += updated
                if progress:
                    progress(size)

        workers = max(1, self.write_concurrency)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="neo4j-write") as pool:
            try:
                for size, work, concurrent in jobs:
                    limit = workers if concurrent else 1
                    while in_flight and (
                        len(in_flight) >= limit or not all(c for _, c in in_flight.values())
                    ):
                        collect_first()
                    in_flight[pool.submit(self._execute_write, work)] = (size, concurrent)
                while in_flight:
                    collect_first()
            finally:
                for future in in_flight:  # a job failed: let the other sends end
                    with contextlib.suppress(Exception):
                        future.result()
        return summary

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
        does. Actors, relation ends and the evidence's relations are checked first; nothing
        is written on a miss.

        >>> cols = RelationColumns()
        >>> cols.add({"s": "NLD", "t": "UKR", "type": "SUPPORTS", "confidence": 1.0,
        ...           "count": 0})
        >>> store.write_columns(cols).relations_added                     # doctest: +SKIP
        1
        """
        self._check_writable()
        with self._errors(), _gc_paused():
            self.ensure_schema()
            actors = merge_actors(actors)
            have = {a.id for a in actors}
            ends = {
                rtype: set(columns.by_type[rtype]["s"]) | set(columns.by_type[rtype]["t"])
                for rtype in columns.types()
            }
            # one lookup of every end (most actors are ends of several types), then the
            # first type naming a missing one
            missing = self._missing_ids(set().union(*ends.values()) - have, "Actor")
            for rtype, names in ends.items():
                if names & missing:
                    raise LoaderError(
                        f"{rtype} relations name unknown actors: "
                        f"{', '.join(sorted(names & missing)[:5])}",
                        hint="add them to the actors file, or load the catalogue first",
                    )
            # which relation each piece of evidence belongs to, checked before writing
            owners = {
                rtype: _evidence_owners(
                    rtype, columns.by_type[rtype], columns.evidence_by_type.get(rtype, {})
                )
                for rtype in columns.types()
            }
            summary = self._write_actors(actors, progress=None)
            strays = bool(owners) and self._has_evidence()

            def jobs() -> Iterator[Job]:
                for rtype in columns.types():
                    if self._count_type(rtype) == 0:
                        yield from self._bulk_jobs(rtype, columns, strays, owners.pop(rtype))
                    else:
                        owners.pop(rtype, None)
                        rels = merge_relations(columns.relations(rtype))
                        yield from self._upsert_jobs(rtype, rels)

            return summary + self._pipeline(jobs(), progress)

    @staticmethod
    def _upsert_relations_tx(tx, rtype: str, chunk: list[Relation]) -> tuple[int, int]:
        """Merge a chunk of relations of one type with the stored ones and their evidence.

        A stored relation is rebuilt with its Evidence nodes and merged with the new
        reading; if that changes it, its properties are set and its evidence brought in
        line (new pieces created with the next ``seq``, changed ones replaced, pieces no
        longer there deleted). Evidence found under a new key is a stray of a relation
        deleted with Cypher: it is replaced or deleted likewise, so the ids stay unique.
        """
        keys = [[r.source, r.target] for r in chunk]
        stored = {
            (rec["s"], rec["t"]): rec["p"]
            for rec in tx.run(cypher_lookup_relations(rtype), keys=keys)
        }
        stored_ev: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
        for rec in tx.run(cypher_lookup_evidence(rtype), keys=keys):
            stored_ev[(rec["p"]["source"], rec["p"]["target"])][rec["p"]["id"]] = rec["p"]
        new_rows, changed_rows, ev_upserts, ev_deletes = [], [], [], []
        updated = 0
        for rel in chunk:
            pair = (rel.source, rel.target)
            old = stored.get(pair)
            have_ev = stored_ev.get(pair, {})
            if old is None:
                new_rows.append(_rel_params(relation_to_row(rel)))
                want = rel
            else:
                old_rel = row_to_relation(
                    {**old, "s": rel.source, "t": rel.target, "type": rtype}, have_ev.values()
                )
                want = old_rel.merged(rel)
                if want == old_rel:
                    continue
                updated += 1
                params = _rel_params(relation_to_row(want))
                if not _same_props(old, params["p"]):
                    changed_rows.append(params)
            wanted_ids = set()
            for row in evidence_rows(want):
                wanted_ids.add(row["id"])
                row = _drop_none(row)
                if have_ev.get(row["id"]) != row:
                    ev_upserts.append(row)
            ev_deletes.extend(i for i in have_ev if i not in wanted_ids)
        if ev_deletes:
            tx.run(CYPHER_DELETE_EVIDENCE, ids=ev_deletes).consume()
        if new_rows:
            tx.run(cypher_create_relations(rtype), rows=new_rows).consume()
        if changed_rows:
            tx.run(cypher_merge_relations(rtype), rows=changed_rows).consume()
        if ev_upserts:
            tx.run(CYPHER_UPSERT_EVIDENCE, rows=ev_upserts).consume()
        return len(new_rows), updated

    def _has_evidence(self) -> bool:
        """Whether any Evidence node exists (from the count store: no scan). When none
        does as a write begins, no stray can clash with the evidence it creates: a
        write's keys are unique, and evidence ids contain their relation's key."""
        return self._read("MATCH (e:Evidence) RETURN count(e) AS n")[0]["n"] > 0

    def _count_type(self, rtype: str) -> int:
        recs = self._read(f"MATCH ()-[r:{rel_type(rtype)}]->() RETURN count(r) AS n")
        return recs[0]["n"]

    def _execute_write(self, work):
        with self._session() as session:
            return session.execute_write(work)

    # ----------------------------------------------------------------------------- query
    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher and return plain Python rows; read-only unless ``write=True``.

        A read-only query runs in a read transaction, so a query that writes is refused by
        the server (and reported as :class:`QueryError` with a hint to pass ``--write``).
        """
        if write:
            self._check_writable()

        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            rows = [[to_plain(v) for v in rec.values()] for rec in result]
            return keys, rows

        with self._errors(), self._session() as session:
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
                    row_to_relation(
                        {**r["p"], "s": r["s"], "t": r["t"], "type": r["type"]},
                        evidence.get((r["s"], r["type"], r["t"]), ()),
                    )
                    for r in recs
                ]
            else:
                by_type: dict[str, list[list[str]]] = defaultdict(list)
                for s, t, target in keys:
                    probe = Relation(source=s, type=t, target=target)  # canonical order
                    by_type[probe.type.value].append([probe.source, probe.target])
                for rtype, pairs in by_type.items():
                    for chunk in _chunks(pairs, self.batch_size):
                        recs = self._read(cypher_lookup_relations(rtype), keys=chunk)
                        found = [[r["s"], r["t"]] for r in recs]
                        ev_recs = (
                            self._read(cypher_lookup_evidence(rtype), keys=found) if found else []
                        )
                        evidence = group_evidence(r["p"] for r in ev_recs)
                        out.extend(
                            row_to_relation(
                                {**r["p"], "s": r["s"], "t": r["t"], "type": rtype},
                                evidence.get((r["s"], rtype, r["t"]), ()),
                            )
                            for r in recs
                        )
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
        """Counts of actors (per bloc and kind), relations (per type), documents, mentions
        and pieces of evidence (Evidence nodes)."""
        with self._errors():
            per_bloc_kind = self._read(
                "MATCH (a:Actor) RETURN a.bloc AS bloc, a.kind AS kind, count(*) AS n"
            )
            per_type = self._read(
                "MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types "
                "RETURN type(r) AS type, count(*) AS n",
                types=[t.value for t in RelationType],
            )
            documents = self._read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
            mentions = self._read(
                "MATCH (:Document)-[m:MENTIONS]->(:Actor) RETURN count(m) AS n"
            )[0]["n"]
            evidence = self._read("MATCH (e:Evidence) RETURN count(e) AS n")[0]["n"]
        stats = Stats(documents=documents, mentions=mentions, evidence=evidence)
        for rec in per_bloc_kind:
            stats.actors += rec["n"]
            stats.actors_per_bloc[rec["bloc"]] = (
                stats.actors_per_bloc.get(rec["bloc"], 0) + rec["n"]
            )
            stats.actors_per_kind[rec["kind"]] = (
                stats.actors_per_kind.get(rec["kind"], 0) + rec["n"]
            )
        for rec in per_type:
            stats.relations += rec["n"]
            stats.relations_per_type[rec["type"]] = rec["n"]
        return stats

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


# ----------------------------------------------------------------------------- copying
def push_graph(
    source: GraphStore, target: GraphStore, progress: Progress | None = None
) -> WriteSummary:
    """Copy every actor, relation, document and mention of ``source`` into ``target``.

    Used by ``actorgraph push`` to copy the embedded graph into Neo4j; works between any
    two stores. Writes are upserts, so pushing twice adds nothing, and relations already
    in the target get the source's provenance merged in.

    >>> from actorgraph.graph.store import open_store
    >>> with open_store("/tmp/ag-push.lbdb") as src, open_store("neo4j") as dst:  # doctest: +SKIP
    ...     push_graph(src, dst).describe()
    '6 actors added, 0 updated; 6 relations added, 0 updated; 1 documents added'
    """
    if source.location == target.location:
        raise StoreUnavailable(
            f"cannot push {source.location} into itself", hint="give another --to"
        )
    batch = GraphBatch(
        actors=source.actors(),
        relations=source.relations(),
        documents=source.documents(),
        mentions=source.mentions(),
    )
    return target.write(batch, progress=progress)


# -------------------------------------------------------------------------------- helpers
def connection_settings(spec: str, env: Any = os.environ) -> tuple[str, str, str, str | None]:
    """(uri, user, password, database) for a store spec and the environment.

    >>> connection_settings("bolt://u:p%40ss@h:7687", env={})
    ('bolt://h:7687', 'u', 'p@ss', None)
    >>> connection_settings("neo4j", env={"NEO4J_URI": "neo4j://h", "NEO4J_USER": "x"})
    ('neo4j://h', 'x', '', None)
    """
    if spec == "neo4j":
        uri = env.get("NEO4J_URI")
        if not uri:
            raise StoreUnavailable(
                "--store neo4j needs NEO4J_URI",
                hint="export NEO4J_URI=bolt://127.0.0.1:7687 "
                "(scripts/neo4j-local.sh env prints the settings)",
            )
    else:
        uri = spec
    user = env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j"
    password = env.get("NEO4J_PASSWORD") or ""
    database = env.get("NEO4J_DATABASE") or None
    parts = urlsplit(uri)
    if parts.username is not None or parts.password is not None:
        user = unquote(parts.username or user)
        password = unquote(parts.password or password)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        uri = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return uri, user, password, database


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a bulk write.

    A write of a million relations allocates millions of short-lived dicts and lists
    while the batch's model objects are alive; each full collection rescans all of them,
    which cost 40% of the client's time in bench/bench_neo4j_load.py. The rows hold no
    reference cycles, so reference counting frees them anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_REL_COLUMNS = ("s", "t") + RELATION_PROPS
_EV_COLUMNS = tuple(f"e_{p}" for p in EVIDENCE_PROPS)


def _bulk_work(rtype: str, params: dict[str, Any], strays: bool = True):
    """The transaction of one bulk chunk: parallel lists ``$s``, ``$t``, one per relation
    property and ``$e_<prop>`` per evidence property. Evidence left under these keys by
    relations deleted with Cypher goes first, so the new ids cannot clash; ``strays=False``
    skips that when the store held no Evidence node at all when the write began.

    When the ``i``-th piece of evidence is the ``i``-th relation's (keys are unique in a
    write, so equal key lists mean one piece per relation, in order) one statement creates
    both; otherwise one creates the relationships and another the Evidence nodes, each
    sent only the lists it reads (the server decodes every parameter of a statement:
    sending the chunk with both doubled that work and the bytes on the wire).
    """
    delete = cypher_delete_evidence_of_keys(rtype)
    if params["e_source"] == params["s"] and params["e_target"] == params["t"]:
        statements = [(cypher_create_relation_evidence_columns(rtype), params)]
    else:
        statements = [(cypher_create_relation_columns(rtype), {n: params[n] for n in _REL_COLUMNS})]
        if params["e_id"]:
            ev_params = {n: params[n] for n in _EV_COLUMNS}
            statements.append((CYPHER_CREATE_EVIDENCE_COLUMNS, ev_params))

    def work(tx):
        if strays:
            tx.run(delete, s=params["s"], t=params["t"]).consume()
        for cypher, values in statements:
            tx.run(cypher, values).consume()
        return len(params["s"]), 0

    return work


def _evidence_owners(
    rtype: str, cols: dict[str, list[Any]], ev: dict[str, list[Any]]
) -> tuple[dict[str, list[Any]], list[int]]:
    """Evidence columns ordered by their relation's row in ``cols``, and that row for each.

    With one piece per relation in the relations' order this costs one comparison of
    lists; otherwise each piece's row is looked up by its key, and the evidence is sorted
    by that row if it is not in order already. Raises LoaderError for evidence of a
    relation that is not among the columns.
    """
    ids = ev.get("id") or []
    if not ids:
        return ev, []
    if ev["source"] == cols["s"] and ev["target"] == cols["t"]:
        return ev, list(range(len(ids)))
    row_of = {pair: i for i, pair in enumerate(zip(cols["s"], cols["t"]))}
    owner = []
    for pair in zip(ev["source"], ev["target"]):
        i = row_of.get(pair)
        if i is None:
            raise LoaderError(
                f"evidence for {pair[0]} {rtype} {pair[1]}, which is not among the relations",
                hint="add each relation's evidence with RelationColumns.add(row, evidence)",
            )
        owner.append(i)
    if any(a > b for a, b in zip(owner, owner[1:])):
        order = sorted(range(len(owner)), key=owner.__getitem__)
        ev = {c: [col[j] for j in order] for c, col in ev.items()}
        owner = [owner[j] for j in order]
    return ev, owner


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _drop_none(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def _rel_params(row: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in row.items() if k not in ("s", "t", "type") and v is not None}
    return {"s": row["s"], "t": row["t"], "p": props}


def _same_props(stored: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a stored property map equals a row (None in the row = absent)."""
    return _drop_none(stored) == _drop_none(row)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


__all__ = [
    "Neo4jStore",
    "connection_settings",
    "push_graph",
    "to_plain",
    "rel_type",
    "kind_label",
]
