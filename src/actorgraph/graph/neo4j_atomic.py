"""One Neo4j load, one transaction: what :meth:`Neo4jStore.atomic` opens.

Every write of an atomic block (all the files of one ``actorgraph load``) runs in one
explicit transaction (``session.begin_transaction()``), begun at the block's first write
and committed when the block ends. So a reader (another session) sees the graph as it
was before the load until the commit, then all of it; a load that fails, or is killed
(the server rolls back the transaction of a connection that is gone), changes nothing.
The reads a write makes inside the block (which actors exist, whether a relation type is
empty) run in the same transaction, so they see the block's earlier writes.

What it costs (docs/reliability.md, bench/bench_neo4j_atomic.py): the transaction's
state is held in the server's heap until the commit, and its chunks run one after
another instead of two at once. Above :data:`DEFAULT_MAX_RELATIONS` relations
(``$ACTORGRAPH_NEO4J_ATOMIC_MAX``; 0 = always chunked) a load goes in chunked
transactions as before: a reader may then see part of it, and a rerun after a failure
completes it (loads are idempotent).

Schema changes cannot share a transaction with data writes in Neo4j, so the block
creates the schema before its transaction begins.

>>> state = LoadTransaction(driver=None, database="neo4j", limit=10)
>>> state.allows(10), state.allows(11)
(True, False)
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger("actorgraph")

#: relations up to which one load is one transaction (``$ACTORGRAPH_NEO4J_ATOMIC_MAX``).
#: Measured with bench/bench_neo4j_atomic.py (docs/reliability.md): Neo4j counts about
#: 11 KB of heap per relation with its Evidence node until the commit (25,000: 277 MiB),
#: and lets all transactions together use 70% of the heap (358 MiB of the 512 MB of
#: scripts/neo4j-local.sh; 100,000 relations were refused there and with 1 GB); 10,000
#: take about a third of that
DEFAULT_MAX_RELATIONS = 10_000


class LoadTransaction:
    """The explicit transaction of an atomic block, begun at its first use.

    ``run(work)`` calls ``work(tx)`` under a lock (a transaction serves one thread at a
    time); once the block has turned chunked (:meth:`go_chunked`), writes go in their
    own managed transactions again and ``active`` is False.
    """

    def __init__(self, driver: Any, database: str, limit: int) -> None:
        self._driver = driver
        self._database = database
        self.limit = limit
        self.chunked = limit <= 0
        self._session: Any = None
        self._tx: Any = None
        self._lock = threading.Lock()

    def allows(self, relations: int) -> bool:
        """Whether a load of ``relations`` relations may go in one transaction."""
        return self.limit > 0 and relations <= self.limit

    @property
    def active(self) -> bool:
        return not self.chunked

    @property
    def begun(self) -> bool:
        return self._tx is not None

    def run(self, work: Any) -> Any:
        with self._lock:
            if self._tx is None:
                self._session = self._driver.session(database=self._database)
                self._tx = self._session.begin_transaction(
                    metadata={"app": "actorgraph", "what": "load"})
            return work(self._tx)

    def go_chunked(self, relations: int) -> None:
        """Commit what the block wrote so far and let the rest go in chunks (a load of
        more relations than :attr:`limit`)."""
        log.warning(
            "actorgraph: this load holds %d relations, more than the %d that go in one "
            "Neo4j transaction ($ACTORGRAPH_NEO4J_ATOMIC_MAX); it is written in chunks: a "
            "reader may see part of it, and after a failure a rerun completes it",
            relations, self.limit)
        self.commit()
        self.chunked = True

    def commit(self) -> None:
        with self._lock:
            tx, session, self._tx, self._session = self._tx, self._session, None, None
        if tx is None:
            return
        try:
            tx.commit()
        finally:
            session.close()

    def rollback(self) -> None:
        with self._lock:
            tx, session, self._tx, self._session = self._tx, self._session, None, None
        if tx is None:
            return
        with contextlib.suppress(Exception):
            tx.rollback()
        with contextlib.suppress(Exception):
            session.close()


@contextlib.contextmanager
def atomic_block(store: Any, relations: int | None = None) -> Iterator[None]:
    """The block of :meth:`Neo4jStore.atomic`: the load lease, the schema, then one
    transaction for every write in it (committed at the end, rolled back on an error).
    A nested block shares the outer one; ``relations`` (the size of the load, when
    known) above the limit turns the block chunked."""
    from actorgraph import config
    from actorgraph.graph.neo4j_lock import store_lease

    state: LoadTransaction | None = store._load_tx
    if state is not None:  # nested: part of the outer block
        if relations is not None and state.active and not state.allows(relations):
            with store._errors():
                state.go_chunked(relations)
        yield
        return
    store._check_writable()
    with store_lease(store):
        store.ensure_schema()  # schema changes may not share the data's transaction
        state = LoadTransaction(store._driver, store.database, config.neo4j_atomic_max())
        if relations is not None and state.active and not state.allows(relations):
            state.go_chunked(relations)
        store._load_tx = state
        try:
            yield
        except BaseException:
            state.rollback()
            raise
        finally:
            store._load_tx = None
        with store._errors():
            state.commit()
