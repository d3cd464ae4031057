"""What one transaction per Neo4j load costs: time and the server's memory.

Loads the same synthetic relations (bench_neo4j_load.synthetic: one Evidence node per
relation) into an emptied set of relations twice per round, alternating:

- ``chunked``: ``store.write_columns`` outside an atomic block: transactions of
  ``batch_size`` relations, two in flight (what every load did before);
- ``one transaction``: the same inside ``store.atomic()``: one explicit transaction,
  chunks one after another (what a load up to ``$ACTORGRAPH_NEO4J_ATOMIC_MAX`` does now).

It prints both times, their ratio (one transaction / chunked) per round, and the largest
``estimatedUsedHeapMemory`` that ``SHOW TRANSACTIONS`` reported for the load's transaction
(polled every 50 ms), with the server's heap limit for transactions
(``dbms.memory.transaction.total.max``). A load the server refuses for memory is
reported as such. THE BENCHMARK EMPTIES THE DATABASE.

Run (a server of its own; scripts/neo4j-local.sh, NEO4J_* as bench_neo4j_load.py)::

    python bench/bench_neo4j_atomic.py --relations 100000 --rounds 2
    python bench/bench_neo4j_atomic.py --relations 1000000 --rounds 1 --only atomic
"""

from __future__ import annotations

import argparse
import os
import subprocess
import threading
import time

from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.records import RelationColumns
from bench_neo4j_load import reset, synthetic

WATCH = ("SHOW TRANSACTIONS YIELD metaData, estimatedUsedHeapMemory AS m "
         "WHERE metaData.what = 'load' RETURN max(m)")


def watch_memory(store: Neo4jStore, stop: threading.Event, peak: list[int]) -> None:
    while not stop.wait(0.05):
        try:
            m = store.query(WATCH).rows[0][0]
        except Exception:  # noqa: BLE001 - the server is busy; try again
            continue
        if m:
            peak[0] = max(peak[0], m)


def timed_load(store: Neo4jStore, columns: RelationColumns, n: int, atomic: bool):
    peak = [0]
    stop = threading.Event()
    watcher_store = Neo4jStore(store.uri, store.user, os.environ.get("NEO4J_PASSWORD", ""),
                               store.database)
    t = threading.Thread(target=watch_memory, args=(watcher_store, stop, peak), daemon=True)
    t.start()
    t0 = time.perf_counter()
    error = None
    try:
        if atomic:
            with store.atomic(relations=n):
                store.write_columns(columns)
        else:
            store.write_columns(columns)
    except Exception as exc:  # noqa: BLE001 - reported: the server refused the load
        error = str(exc)
    seconds = time.perf_counter() - t0
    stop.set()
    t.join()
    watcher_store.close()
    return seconds, peak[0], error


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--only", choices=["atomic", "chunked"])
    args = ap.parse_args()
    os.environ["ACTORGRAPH_NEO4J_ATOMIC_MAX"] = str(args.relations)
    store = Neo4jStore.from_spec("neo4j")
    limit = store.query("SHOW SETTINGS YIELD name, value WHERE name = "
                        "'dbms.memory.transaction.total.max' RETURN value").rows
    print(f"server transaction memory limit: {limit[0][0] if limit else '?'}")
    actors, rows, evidence = synthetic(args.relations, args.actors)
    columns = RelationColumns()
    for row, ev in zip(rows, evidence, strict=True):
        columns.add(row, [ev])
    modes = [m for m in ("chunked", "atomic") if args.only in (None, m)]
    for r in range(args.rounds):
        times = {}
        for mode in modes if r % 2 == 0 else modes[::-1]:
            reset(store, actors)
            seconds, peak, error = timed_load(store, columns, args.relations, mode == "atomic")
            stats = store.stats()
            load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
            times[mode] = seconds
            print(f"round {r + 1} {mode:8s} {args.relations:>9,} relations {seconds:7.1f} s  "
                  f"peak transaction heap {peak / 2**20:7.1f} MiB  stored "
                  f"{stats.relations:,}/{stats.evidence:,}  {'REFUSED: ' + error if error else ''}"
                  f"\n    {load}", flush=True)
        if len(times) == 2:
            print(f"round {r + 1} ratio one transaction / chunked: "
                  f"{times['atomic'] / times['chunked']:.2f}")
    store.clear()
    store.close()


if __name__ == "__main__":
    main()
