"""One load at a time into a Neo4j database (a lease held in the database itself), and
the database's counts (:func:`read_stats`).

A Neo4j load is many transactions (chunks written in parallel), so two loads of the same
input at once raced: both saw a relation type empty, both created its relations, the
second failed on the Evidence id constraint and left a part. A load now first takes a
lease: the node ``(:ActorGraphLock {name: 'load'})`` (unique by a constraint), owned by
the load, renewed every few seconds by a thread. A second load waits until the first has
finished, then runs (and finds everything there: loads are idempotent). A lease whose
owner stopped renewing it (a killed load) is taken over after :data:`STALE` seconds
(``$ACTORGRAPH_NEO4J_LOCK_STALE``). The node is deleted when the load ends.

>>> lease_seconds({"ACTORGRAPH_NEO4J_LOCK_STALE": "5"})
5.0
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from actorgraph.errors import StoreUnavailable

log = logging.getLogger("actorgraph")

#: seconds without renewal after which a lease is taken over
STALE = 30.0
#: seconds a load waits for another before it gives up
WAIT = 3600.0

CONSTRAINT = ("CREATE CONSTRAINT actorgraph_lock IF NOT EXISTS FOR (l:ActorGraphLock) "
              "REQUIRE l.name IS UNIQUE")
_TAKE = (
    "MERGE (l:ActorGraphLock {name: 'load'}) "
    "ON CREATE SET l.owner = $me, l.beat = timestamp() "
    "WITH l WHERE l.owner = $me OR l.beat < timestamp() - $stale_ms "
    "SET l.owner = $me, l.beat = timestamp() RETURN l.owner AS owner"
)
_BEAT = ("MATCH (l:ActorGraphLock {name: 'load'}) WHERE l.owner = $me "
         "SET l.beat = timestamp() RETURN count(l) AS n")
_DROP = "MATCH (l:ActorGraphLock {name: 'load'}) WHERE l.owner = $me DELETE l"


def lease_seconds(env: Any = None) -> float:
    """The stale time of a lease (:data:`STALE`, or ``$ACTORGRAPH_NEO4J_LOCK_STALE``)."""
    env = os.environ if env is None else env
    try:
        value = float(env.get("ACTORGRAPH_NEO4J_LOCK_STALE", STALE))
    except ValueError:
        return STALE
    return value if 0.5 <= value <= 86400 else STALE


@contextlib.contextmanager
def load_lease(execute_write: Any, wait: float = WAIT) -> Iterator[None]:
    """Hold the load lease of a database for the block (``execute_write(work)`` runs a
    managed write transaction)."""
    me = uuid.uuid4().hex
    stale = lease_seconds()
    execute_write(lambda tx: tx.run(CONSTRAINT).consume())
    deadline = time.monotonic() + wait
    said = False
    while True:
        got = execute_write(
            lambda tx: [r["owner"] for r in tx.run(_TAKE, me=me, stale_ms=int(stale * 1000))])
        if got:
            break
        if not said:
            log.warning("actorgraph: another load into this database is running; waiting "
                        "for it to finish")
            said = True
        if time.monotonic() > deadline:
            raise StoreUnavailable("another load into this Neo4j database is still running",
                                   hint="wait until it has finished, then load again")
        time.sleep(min(1.0, stale / 4))
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(stale / 3):
            with contextlib.suppress(Exception):
                execute_write(lambda tx: tx.run(_BEAT, me=me).consume())

    beat = threading.Thread(target=renew, daemon=True)
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join()
        with contextlib.suppress(Exception):
            execute_write(lambda tx: tx.run(_DROP, me=me).consume())


@contextlib.contextmanager
def store_lease(store: Any) -> Iterator[None]:
    """:func:`load_lease` for a :class:`~actorgraph.graph.neo4j_store.Neo4jStore`;
    nested blocks of one store share the outer lease."""
    if getattr(store, "_leased", False):
        yield
        return

    def write(work):  # its own transactions, never the load's: others must see the lease
        with store._errors():
            return store._managed_write(work)

    with load_lease(write):
        store._leased = True
        try:
            yield
        finally:
            store._leased = False


def read_stats(read: Any) -> Any:
    """The :class:`~actorgraph.graph.store.Stats` of a Neo4j database (``read(cypher,
    **params)`` returns the records of a read transaction)."""
    from actorgraph.graph.neo4j_cypher import CYPHER_HAS_EVIDENCE
    from actorgraph.graph.store import Stats
    from actorgraph.graph.vocabulary import RelationType

    per_bloc_kind = read(
        "MATCH (a:Actor) RETURN a.bloc AS bloc, a.kind AS kind, count(*) AS n"
    )
    per_type = read(
        "MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types "
        "RETURN type(r) AS type, count(*) AS n",
        types=[t.value for t in RelationType],
    )
    other = read(
        "MATCH ()-[r]->() WHERE NOT type(r) IN $types RETURN type(r) AS type, "
        "count(*) AS n", types=[t.value for t in RelationType] + ["MENTIONS"],
    )
    documents = read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    mentions = read(
        "MATCH (:Document)-[m:MENTIONS]->(:Actor) RETURN count(m) AS n"
    )[0]["n"]
    evidence = read(CYPHER_HAS_EVIDENCE)[0]["n"]
    stats = Stats(documents=documents, mentions=mentions, evidence=evidence)
    for rec in per_bloc_kind:
        stats.actors += rec["n"]
        stats.actors_per_bloc[rec["bloc"]] = stats.actors_per_bloc.get(rec["bloc"], 0) + rec["n"]
        stats.actors_per_kind[rec["kind"]] = stats.actors_per_kind.get(rec["kind"], 0) + rec["n"]
    for rec in per_type:
        stats.relations += rec["n"]
        stats.relations_per_type[rec["type"]] = rec["n"]
    for rec in other:
        stats.other_relations[rec["type"]] = rec["n"]
    return stats
