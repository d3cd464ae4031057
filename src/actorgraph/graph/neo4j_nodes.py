"""The transactions that write one chunk of actors, documents or mentions to Neo4j: each
reads what the store holds of the chunk's keys and executes the plan of
:mod:`actorgraph.graph.plan` in the same transaction (``work(tx)`` for the store's
``_execute_write``: a managed transaction, or the one of an atomic block).

>>> class Tx:  # a transaction that finds nothing stored
...     def run(self, cypher, **params):
...         return self
...     def __iter__(self):
...         return iter(())
...     def consume(self):
...         pass
>>> from actorgraph.graph.model import Actor
>>> actors_tx(Tx(), [Actor(id="NLD", name="Netherlands", kind="state")])
(1, 0)
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from actorgraph.graph import plan
from actorgraph.graph.model import Actor, Document, Mention
from actorgraph.graph.neo4j_cypher import (
    CYPHER_CREATE_MENTIONS,
    CYPHER_LOOKUP_ACTORS,
    CYPHER_LOOKUP_DOCUMENTS,
    CYPHER_LOOKUP_MENTIONS,
    CYPHER_UPSERT_DOCUMENTS,
    cypher_upsert_actors,
)
from actorgraph.graph.neo4j_values import drop_none
from actorgraph.graph.records import mention_to_row, row_to_actor, row_to_document


def actors_tx(tx: Any, chunk: list[Actor]) -> tuple[int, int]:
    """Create or change a chunk of actors: (added, changed)."""
    stored = {
        rec["p"]["id"]: row_to_actor(rec["p"])
        for rec in tx.run(CYPHER_LOOKUP_ACTORS, ids=[a.id for a in chunk])
    }
    p = plan.plan_actors(chunk, stored)
    by_kind: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in p.create + p.change:
        by_kind[(row["kind"], row["bloc"])].append(drop_none(row))
    for (kind, bloc), rows in by_kind.items():
        tx.run(cypher_upsert_actors(kind, bloc), rows=rows).consume()
    return len(p.create), len(p.change)


def documents_tx(tx: Any, chunk: list[Document]) -> int:
    """Create or change a chunk of documents: how many were added."""
    stored = {
        rec["p"]["id"]: row_to_document(rec["p"])
        for rec in tx.run(CYPHER_LOOKUP_DOCUMENTS, ids=[d.id for d in chunk])
    }
    p = plan.plan_documents(chunk, stored)
    rows = [drop_none(r) for r in p.create + p.change]
    if rows:
        tx.run(CYPHER_UPSERT_DOCUMENTS, rows=rows).consume()
    return len(p.create)


def mentions_tx(tx: Any, chunk: list[Mention]) -> int:
    """Create the mentions of a chunk not yet in the store: how many."""
    rows = [mention_to_row(m) for m in chunk]
    stored = {(r["d"], r["a"]) for r in tx.run(CYPHER_LOOKUP_MENTIONS, rows=rows)}
    new = plan.plan_mentions(chunk, stored)
    if not new:
        return 0
    return tx.run(CYPHER_CREATE_MENTIONS, rows=new).single()["n"]
