"""The ``GraphStore`` protocol, its result types, and :func:`open_store`.

Two stores implement the protocol: the embedded LadybugDB store (the default, no
server) and the Neo4j store. Commands and named queries talk only to this protocol;
every difference between the two Cypher dialects stays inside the store modules.

Example
-------
>>> from actorgraph.graph.store import open_store
>>> import tempfile
>>> with open_store(tempfile.mkdtemp() + "/g.lbdb", fresh=True) as store:
...     store.stats().actors
0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from actorgraph.errors import ConfigError, QueryError, StoreUnavailable

if TYPE_CHECKING:  # not imported to read a store: the models load pydantic (start-up)
    from actorgraph.graph.model import Actor, Document, GraphBatch, Mention, Relation

#: Environment variable naming the store (a path, or a neo4j:// / bolt:// URI).
STORE_ENV = "ACTORGRAPH_STORE"

Progress = Callable[[int], None]


@dataclass
class QueryResult:
    """Rows of a Cypher query as plain Python values (nodes and relations as dicts)."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class Stats:
    """What a graph holds: actors per bloc and kind, relations per type, documents,
    mentions and the pieces of evidence behind the relations."""

    actors: int = 0
    relations: int = 0
    documents: int = 0
    mentions: int = 0
    #: pieces of evidence (``Evidence`` nodes) behind the relations
    evidence: int = 0
    actors_per_bloc: dict[str, int] = field(default_factory=dict)
    actors_per_kind: dict[str, int] = field(default_factory=dict)
    relations_per_type: dict[str, int] = field(default_factory=dict)
    #: relationships of types created by hand, outside the vocabulary (not counted in
    #: ``relations``; views and exports leave them out, Cypher queries see them)
    other_relations: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "actors": self.actors,
            "relations": self.relations,
            "documents": self.documents,
            "mentions": self.mentions,
            "evidence": self.evidence,
            "actors_per_bloc": dict(sorted(self.actors_per_bloc.items(), key=_str_key)),
            "actors_per_kind": dict(sorted(self.actors_per_kind.items(), key=_str_key)),
            "relations_per_type": dict(sorted(self.relations_per_type.items())),
            "other_relations": dict(sorted(self.other_relations.items())),
        }


def _str_key(item: tuple) -> str:
    return str(item[0])


@dataclass
class WriteSummary:
    """What a write changed: counts of new and updated items."""

    actors_added: int = 0
    actors_updated: int = 0
    relations_added: int = 0
    relations_updated: int = 0
    documents_added: int = 0
    mentions: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(
            *(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__)
        )

    def describe(self) -> str:
        return (
            f"{self.actors_added} actors added, {self.actors_updated} updated; "
            f"{self.relations_added} relations added, {self.relations_updated} updated; "
            f"{self.documents_added} documents added"
        )


@runtime_checkable
class GraphStore(Protocol):
    """What every store offers. Writes are idempotent upserts: writing the same batch
    twice leaves the graph as after the first write."""

    #: ``"embedded"`` or ``"neo4j"``
    kind: str
    #: where the store lives (a path or a URI without password), for messages
    location: str
    #: seconds a :meth:`query` may run before the store stops it (embedded: LadybugDB's
    #: query timeout; Neo4j: the transaction timeout); see :func:`check_timeout`
    query_timeout: float

    def write(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert actors, relations (merging provenance), documents and mentions."""
        ...

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher; read-only unless ``write=True``."""
        ...

    def actor_ids(self) -> set[str]:
        """Ids of all actors in the store."""
        ...

    def actors(self) -> list[Actor]:
        """Every actor, sorted by id."""
        ...

    def relations(self, keys: Iterable[tuple[str, str, str]] | None = None) -> list[Relation]:
        """Every relation (or those with the given keys), sorted by key."""
        ...

    def documents(self) -> list[Document]:
        """Every document, sorted by id."""
        ...

    def mentions(self) -> list[Mention]:
        """Every document-mentions-actor edge."""
        ...

    def stats(self) -> Stats:
        """Counts for the summary and ``actorgraph stats``."""
        ...

    def clear(self) -> None:
        """Delete everything (the schema stays)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...


def check_timeout(seconds: object) -> float:
    """A query timeout in seconds, checked: a positive finite number.

    >>> check_timeout("2.5")
    2.5
    >>> check_timeout(0)
    Traceback (most recent call last):
    ...
    actorgraph.errors.QueryError: a query timeout must be a positive number of seconds, \
not 0; give e.g. --timeout 30
    """
    from actorgraph import config  # the one range rule for every timeout

    try:
        return config.check_timeout(seconds, "--timeout")
    except ConfigError:
        raise QueryError(
            f"a query timeout must be a positive number of seconds, not {seconds!r}",
            hint="give e.g. --timeout 30",
        ) from None


def default_store_path() -> Path:
    """The embedded store used when neither ``--store`` nor ``$ACTORGRAPH_STORE`` names one:
    ``$XDG_DATA_HOME/actorgraph/graph.lbdb`` (``~/.local/share/actorgraph/graph.lbdb``);
    see :func:`actorgraph.config.default_store_path`."""
    from actorgraph import config

    return config.default_store_path()


def is_neo4j_spec(spec: str) -> bool:
    return spec == "neo4j" or spec.split("://", 1)[0] in {
        "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc",
    }


def resolve_store_spec(spec: str | None) -> str:
    """The store a command uses: ``--store``, else ``$ACTORGRAPH_STORE``, else the default."""
    from actorgraph import config

    return config.store_spec(spec)


def open_store(
    spec: str | None = None, *, read_only: bool = False, fresh: bool = False
) -> GraphStore:
    """Open the store named by ``spec`` (see :func:`resolve_store_spec`).

    A ``neo4j://``, ``bolt://`` URI, or the word ``neo4j`` (connection from NEO4J_URI,
    NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) opens Neo4j; anything else is the path
    of an embedded database. ``fresh=True`` empties it first.
    """
    spec = resolve_store_spec(spec)
    if is_neo4j_spec(spec):
        from actorgraph.graph.neo4j_store import Neo4jStore

        store: GraphStore = Neo4jStore.from_spec(spec, read_only=read_only)
    else:
        from actorgraph.graph.embedded_store import EmbeddedStore

        store = EmbeddedStore(spec, read_only=read_only)
    if fresh:
        store.clear()
    return store


def remove_store(spec: str | Path) -> None:
    """Delete an embedded graph entirely (its file or folder, and its ``.wal``/``.lock``);
    nothing happens when there is none. A Neo4j store is emptied with ``clear()`` instead.

    >>> remove_store("/tmp/actorgraph-doctest-none.lbdb")
    """
    import shutil

    if is_neo4j_spec(str(spec)):
        raise StoreUnavailable(
            f"remove_store deletes embedded graphs, not {spec}",
            hint="open it and call clear() to empty a Neo4j database",
        )
    p = Path(spec).expanduser()
    if p.is_dir():
        shutil.rmtree(p)
    elif p.exists():
        p.unlink()
    for suffix in (".wal", ".lock", ".before-load", ".before-load.tmp", ".load-lock",
                   ".shadow", ".wal.checkpoint", ".checkpoint.apply.lock",
                   ".checkpoint.intent.lock"):
        extra = p.with_name(p.name + suffix)
        if extra.exists():
            extra.unlink()


def upgrade_store(spec: str | None = None) -> str:
    """Open a store for writing once, which brings a graph built by an older actorgraph
    up to the current schema (missing tables and properties added; nothing removed).
    Returns the store's location.

    >>> upgrade_store("/tmp/actorgraph-doctest-upgrade.lbdb").endswith("upgrade.lbdb")
    True
    """
    with open_store(spec) as store:
        _complete_indexes(store)
        return store.location


def _complete_indexes(store: GraphStore) -> list[str]:
    """Rebuild the embedded store's evidence-by-document index
    (:mod:`actorgraph.graph.embedded_doc_index`) and actor-adjacency index
    (:mod:`actorgraph.graph.embedded_adjacency`) where missing or incomplete; the ones
    rebuilt."""
    stale = [(name, rebuild) for name, flag, rebuild in _INDEXES
             if not getattr(store, flag, True)]
    if stale:
        with store.atomic():  # type: ignore[attr-defined]
            for _, rebuild in stale:
                getattr(store, rebuild)()
    return [name for name, _ in stale]


#: The embedded store's indexes: what a message calls each, the property saying it is
#: complete, and the method that rebuilds it (a Neo4j store has neither property).
_INDEXES = (
    ("evidence index", "doc_index", "rebuild_doc_index"),
    ("actor-adjacency index", "adjacency_index", "rebuild_adjacency"),
)


def repair_store(spec: str | None = None) -> str:
    """Bring the embedded graph ``spec`` names back to its last committed state if an
    interrupted write tore its log (:func:`actorgraph.graph.embedded_recovery.repair`);
    say so if it was healthy; rebuild its evidence-by-document and actor-adjacency indexes
    if a Cypher write left them incomplete. A Neo4j server recovers by itself.

    >>> import tempfile, pathlib
    >>> where = str(pathlib.Path(tempfile.mkdtemp()) / "repair.lbdb")
    >>> upgrade_store(where).endswith("repair.lbdb")  # an empty graph, healthy
    True
    >>> "nothing to repair" in repair_store(where)
    True
    """
    resolved = resolve_store_spec(spec)
    if is_neo4j_spec(resolved):
        return f"{resolved}: Neo4j recovers its own transaction log; nothing to repair"
    from actorgraph.graph.embedded_recovery import repair

    said = repair(resolved).describe()
    with open_store(resolved) as store:
        said += "".join(f"; its {name} rebuilt" for name in _complete_indexes(store))
    return said


def push(source: GraphStore, target: GraphStore, progress: Progress | None = None) -> WriteSummary:
    """Copy every actor, relation, document and mention of ``source`` into ``target``.

    Used by ``actorgraph push`` to copy the embedded graph into Neo4j; works between any
    two stores. Writes are upserts, so pushing twice adds nothing, and relations already
    in the target get the source's provenance merged in.

    >>> with open_store("/tmp/ag-push-a.lbdb", fresh=True) as a, \\
    ...         open_store("/tmp/ag-push-b.lbdb", fresh=True) as b:
    ...     push(a, b).describe()
    '0 actors added, 0 updated; 0 relations added, 0 updated; 0 documents added'
    """
    if source.location == target.location:
        raise StoreUnavailable(
            f"cannot push {source.location} into itself", hint="give another --to"
        )
    from actorgraph.graph.model import GraphBatch

    batch = GraphBatch(
        actors=source.actors(),
        relations=source.relations(),
        documents=source.documents(),
        mentions=source.mentions(),
    )
    return target.write(batch, progress=progress)
