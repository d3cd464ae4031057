"""Neighbourhood at k hops on a large embedded graph: the library's plan against other
plans for the same answer, and against one pass over the relations.

Baseline, measured in the same run: reading every SUPPORTS relation once
(``count(DISTINCT b.id)``), the floor of any query that must see them all. The plans
run interleaved (so a change in the machine's load falls on all alike); each is checked
to return the library's rows (ids and hop counts) and printed with its median wall and
CPU time (``time.process_time``: LadybugDB's threads included).

    python bench/bench_queries.py --n 1000000 --reuse /tmp/q-1m --only neighbourhood
    python bench/bench_neighbourhood.py /tmp/q-1m/g.lbdb --actor A00010 --hops 2
    python bench/bench_neighbourhood.py /tmp/q-1m/g.lbdb --slow   # also the slow plans

``run_query`` answers from the store's actor-adjacency index from 2 hops on (a graph
upgraded with ``actorgraph upgrade``; see bench_adjacency.py); the library's Cypher is
timed on its own beside it.

The machine running it may be shared: compare the ratios, not the milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.queries.registry import get_query, run_query

_ALL = ":SUPPORTS|THREATENS|PARTNERS_WITH|MEMBER_OF|OPPOSES|ASPIRES_TO_JOIN|REPRESENTS"

#: other plans for the 2-hop answer (id, hops), each as Neo4j-dialect Cypher
PLANS = {
    "far end unbound": f"""
        MATCH p = shortestPath((a:Actor {{id: $actor}})-[{_ALL}*..2]-(b:Actor))
        WHERE b.id <> a.id
        RETURN b.id AS id, length(p) AS hops ORDER BY hops, id""",
    "distinct per step": f"""
        MATCH (a:Actor {{id: $actor}})-[{_ALL}]-(m:Actor) WHERE m.id <> a.id
        WITH DISTINCT a, m
        OPTIONAL MATCH (m)-[{_ALL}]-(b:Actor) WHERE b.id <> a.id
        WITH a, collect(DISTINCT m.id) AS n1, collect(DISTINCT b.id) AS n2
        UNWIND n1 + [x IN n2 WHERE NOT x IN n1] AS id
        RETURN id, CASE WHEN id IN n1 THEN 1 ELSE 2 END AS hops ORDER BY hops, id""",
}
SLOW = {
    "exists per actor": f"""
        MATCH (a:Actor {{id: $actor}})-[{_ALL}]-(m:Actor)
        WITH a, collect(DISTINCT m.id) AS n1
        MATCH (b:Actor)
        WHERE b.id <> a.id AND (b.id IN n1 OR EXISTS {{
            MATCH (b)-[{_ALL}]-(m:Actor) WHERE m.id IN n1 }})
        RETURN b.id AS id, CASE WHEN b.id IN n1 THEN 1 ELSE 2 END AS hops
        ORDER BY hops, id""",
}
SCAN = "MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN count(DISTINCT b.id)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--actor", default="A00010")
    ap.add_argument("--hops", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--slow", action="store_true", help="also the plans that take seconds")
    args = ap.parse_args(argv)
    store = EmbeddedStore(args.store, read_only=True)
    params = {"actor": args.actor, "hops": args.hops}
    want = [[r[0], r[-1]] for r in run_query(store, "neighbourhood", params).rows]
    q = get_query("neighbourhood")
    text = q.text(q.bind(params))
    runs = {"(scan: every SUPPORTS relation once)": lambda: store.query(SCAN),
            "library's Cypher (shortestPath to each actor)":
                lambda: store.query(text, {"actor": args.actor}),
            "run_query (from 2 hops: the actor-adjacency index)":
                lambda: run_query(store, "neighbourhood", params)}
    plans = {**PLANS, **(SLOW if args.slow else {})} if args.hops == 2 else {}
    for label, cypher in plans.items():
        got = store.query(cypher, {"actor": args.actor}).rows
        same = "same rows" if got == want else f"DIFFERENT ({len(got)} rows)"
        print(f"{label}: {same}")
        runs[label] = (lambda c=cypher: store.query(c, {"actor": args.actor}))
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in runs}
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{get_query('neighbourhood').name} of {args.actor} at {args.hops} hops: "
          f"{len(want):,} rows")
    for _ in range(args.repeat):
        for label, fn in runs.items():
            w, c = time.perf_counter(), time.process_time()
            fn()
            times[label].append((time.perf_counter() - w, time.process_time() - c))
    scan = statistics.median(t[1] for t in times[next(iter(runs))])
    for label, ts in times.items():
        wall = statistics.median(t[0] for t in ts) * 1000
        cpu = statistics.median(t[1] for t in ts)
        print(f"  {label:<52} {wall:9.1f} ms wall {cpu * 1000:9.1f} ms CPU "
              f"{cpu / scan:6.1f}x the scan's CPU")
    print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
