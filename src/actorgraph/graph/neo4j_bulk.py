"""Writes of relations to Neo4j, and the connection: relations of a type the store holds
none of go in bulk, as parallel lists in chunks, two transactions in flight
(:func:`pipeline`); the others through :func:`actorgraph.graph.plan.plan_relations` in
the transaction that read their keys (:func:`upsert_relations_tx`).

The chunks create disjoint relationships and Evidence nodes (keys are unique within a
write) and share only the actors at their ends; see :func:`pipeline` for why that is safe
and docs/benchmarks-neo4j.md for the measurements behind the sizes.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, TypeAlias

from actorgraph.errors import LoaderError, StoreUnavailable, require
from actorgraph.graph import plan
from actorgraph.graph.model import Relation
from actorgraph.graph.neo4j_cypher import (
    CYPHER_CREATE_EVIDENCE_COLUMNS,
    CYPHER_DELETE_EVIDENCE,
    CYPHER_UPSERT_EVIDENCE,
    cypher_create_relation_columns,
    cypher_create_relation_evidence_columns,
    cypher_create_relations,
    cypher_delete_evidence_of_keys,
    cypher_lookup_evidence,
    cypher_lookup_relations,
    cypher_merge_relations,
)
from actorgraph.graph.neo4j_values import drop_none, rel_params
from actorgraph.graph.records import EVIDENCE_PROPS, RELATION_PROPS, RelationColumns
from actorgraph.graph.store import Progress, WriteSummary

#: rows sent in one ``UNWIND $rows`` transaction. With two bulk transactions in flight,
#: chunks of 2,500 loaded relations with Evidence nodes about 10% faster than chunks of
#: 10,000 (the server spent half as long in garbage collection; 1,000 was no faster), and
#: the read-merge-write path took as long with either (docs/benchmarks-neo4j.md)
DEFAULT_BATCH_SIZE = 2_500
#: bulk-load transactions in flight at once (see :func:`pipeline`): 2 loaded
#: 1.3-1.4x faster than 1 on a 2-core machine, 3 was no faster there
DEFAULT_WRITE_CONCURRENCY = 2
#: a transaction for :func:`pipeline`: (relations, work(tx), may run concurrently)
Job: TypeAlias = tuple[int, Any, bool]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
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


def evidence_owners(
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



def bulk_jobs(
    rtype: str,
    columns: RelationColumns,
    strays: bool,
    size: int,
    owners: tuple[dict[str, list[Any]], list[int]] | None = None,
) -> Iterator[Job]:
    """CREATE jobs for a relation type the store holds none of: chunks of ``size``
    relations, each with its relations' evidence (``owners`` as :func:`evidence_owners`
    gives it, computed here when not given)."""
    cols = columns.by_type[rtype]
    if owners is None:
        owners = evidence_owners(rtype, cols, columns.evidence_by_type.get(rtype, {}))
    ev, owner = owners
    ev_names = [(f"e_{p}", ev.get(p, [])) for p in EVIDENCE_PROPS]
    lo = 0
    for i in range(0, len(cols["s"]), size):
        params = {n: cols[n][i : i + size] for n in _REL_COLUMNS}
        hi = bisect.bisect_left(owner, i + size, lo)
        params.update((n, col[lo:hi]) for n, col in ev_names)
        lo = hi
        yield len(params["s"]), _bulk_work(rtype, params, strays), True


def pipeline(
    jobs: Iterator[Job],
    execute_write: Callable[[Any], tuple[int, int]],
    workers: int,
    progress: Progress | None = None,
) -> WriteSummary:
    """Run ``(size, work, concurrent)`` jobs as managed write transactions
    (``execute_write(work)``) in worker threads while this thread builds the next job's
    rows, so Python's work overlaps the server's. ``work`` returns (added, updated).

    Up to ``workers`` jobs marked ``concurrent`` (the bulk CREATE chunks) run at once: the
    server runs a transaction on one core, commit included (about 60% of a bulk chunk's
    server time in a sampled run), so one transaction at a time leaves its other cores
    idle. Concurrent bulk chunks create disjoint relationships and Evidence nodes (keys
    are unique within a write) and share only the actors at their ends; transactions of
    thousands of random relations over the same 20,000 actors, or with half of them on
    ten hub actors, never deadlocked in the measurements of docs/benchmarks-neo4j.md, and
    a deadlock would be a transient error, which the driver retries (the chunk's
    transaction is rolled back and run again). Other jobs (read-merge-write chunks, whose
    MERGE locks actors as it goes) run alone. ``workers`` 0: every job in this thread,
    one after another (they share one transaction, which serves one thread at a time).
    """
    summary = WriteSummary()
    if workers <= 0:  # one transaction for them all (an atomic block): one by one, here
        for size, work, _ in jobs:
            added, updated = execute_write(work)
            summary.relations_added += added
            summary.relations_updated += updated
            if progress:
                progress(size)
        return summary
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

    workers = max(1, workers)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="neo4j-write") as pool:
        try:
            for size, work, concurrent in jobs:
                limit = workers if concurrent else 1
                while in_flight and (
                    len(in_flight) >= limit or not all(c for _, c in in_flight.values())
                ):
                    collect_first()
                in_flight[pool.submit(execute_write, work)] = (size, concurrent)
            while in_flight:
                collect_first()
        finally:
            for future in in_flight:  # a job failed: let the other sends end
                with contextlib.suppress(Exception):
                    future.result()
    return summary


def connect(uri: str, user: str, password: str, connection_timeout: float) -> Any:
    neo4j = require("neo4j", "neo4j")
    try:
        return neo4j.GraphDatabase.driver(
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


def _stored_props(
    tx, rtype: str, keys: list[list[str]]
) -> tuple[dict[plan.Key, dict[str, Any]], dict[plan.Key, list[dict[str, Any]]]]:
    """The stored properties of the relations of ``[source, target]`` keys of a type, and
    every Evidence node's properties under those keys (strays included), by relation key."""
    evidence: dict[plan.Key, list[dict[str, Any]]] = defaultdict(list)
    for rec in tx.run(cypher_lookup_evidence(rtype), keys=keys):
        evidence[(rec["p"]["source"], rtype, rec["p"]["target"])].append(rec["p"])
    rows = {(rec["s"], rtype, rec["t"]): rec["p"]
            for rec in tx.run(cypher_lookup_relations(rtype), keys=keys)}
    return rows, evidence


def stored_relations(
    tx, rtype: str, keys: list[list[str]]
) -> tuple[dict[plan.Key, Relation], dict[plan.Key, list[dict[str, Any]]]]:
    """The stored relations of ``[source, target]`` keys of a type with their evidence, and
    every Evidence row under those keys (strays included), by relation key."""
    rows, evidence = _stored_props(tx, rtype, keys)
    stored = {
        key: plan.stored_relation({**p, "s": key[0], "t": key[2], "type": rtype},
                                  evidence.get(key, ()))
        for key, p in rows.items()
    }
    return stored, evidence


def stored_tuples(
    tx, rtype: str, keys: list[list[str]]
) -> tuple[dict[plan.Key, tuple], dict[plan.Key, list[tuple]]]:
    """:func:`_stored_props` as tuples of
    :data:`~actorgraph.graph.records.RELATION_PROPS` and of
    :data:`~actorgraph.graph.records.EVIDENCE_PROPS` (absent is None): what
    :func:`plan.unchanged` compares, without a model object."""
    rows, evidence = _stored_props(tx, rtype, keys)
    return (
        {k: tuple(p.get(n) for n in RELATION_PROPS) for k, p in rows.items()},
        {k: [tuple(e.get(n) for n in EVIDENCE_PROPS) for e in ev] for k, ev in evidence.items()},
    )


def unchanged_keys(read_tx, rtype: str, columns: RelationColumns, size: int) -> set[plan.Key]:
    """The keys of ``columns`` of one type whose relation and evidence are read again
    exactly as stored (:func:`plan.unchanged`), looked up ``size`` keys at a time with
    ``read_tx(work)``: writing them would change nothing, so a reload of a large file
    builds no model object for them."""
    rows = {(r["s"], rtype, r["t"]): tuple(r.get(k) for k in RELATION_PROPS)
            for r in columns.rows(rtype)}
    pieces: dict[plan.Key, list[tuple]] = defaultdict(list)
    for e in columns.evidence(rtype):
        pieces[(e["source"], rtype, e["target"])].append(tuple(e.get(k) for k in EVIDENCE_PROPS))
    keys = list(rows)
    same: set[plan.Key] = set()
    for i in range(0, len(keys), size):
        part = keys[i : i + size]
        stored, stored_ev = read_tx(
            lambda tx, part=part: stored_tuples(tx, rtype, [[k[0], k[2]] for k in part]))
        same |= plan.unchanged({k: rows[k] for k in part}, pieces, stored, stored_ev)
    return same


def upsert_relations_tx(tx, rtype: str, chunk: list[Relation]) -> tuple[int, int]:
    """Read the stored relations of a chunk's keys and their evidence, and execute
    :func:`plan.plan_relations` in the same transaction."""
    stored, evidence = stored_relations(tx, rtype, [[r.source, r.target] for r in chunk])
    p = plan.plan_relations(chunk, stored, evidence)
    if p.evidence_delete:
        tx.run(CYPHER_DELETE_EVIDENCE, ids=p.evidence_delete).consume()
    if p.create:
        tx.run(cypher_create_relations(rtype), rows=[rel_params(r) for r in p.create]).consume()
    if p.change:
        tx.run(cypher_merge_relations(rtype), rows=[rel_params(r) for r in p.change]).consume()
    upserts = [drop_none(e) for e in p.evidence_replace + p.evidence_create]
    if upserts:
        tx.run(CYPHER_UPSERT_EVIDENCE, rows=upserts).consume()
    return p.added, p.updated


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
