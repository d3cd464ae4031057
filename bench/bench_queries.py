"""Named-query latency on a large synthetic graph, in the embedded store (and Neo4j).

The graph is bench_load.py's: N SUPPORTS relations between 2,000 actors (a dense random
graph: each actor supports ~N/2000 others), plus a few thousand relations of the other
types so that every query has something to find: MEMBER_OF (100 members of A00000, ten
of them left), THREATENS on 1% of the supported pairs, PARTNERS_WITH, OPPOSES and
REPRESENTS. Each named query runs with parameters that name real actors; the median of
``--repeat`` runs is printed with the rows it returns.

Baseline, measured in the same run: the point lookup ``MATCH (a:Actor {id: $id}) RETURN
a.name`` (the floor of one round trip to the store). Goal (issue 11): neighbourhood (at 1
hop and at its default 2), relations-between and path-between under 50 ms median on the
embedded store.

    python bench/bench_queries.py --n 1000000            # embedded store
    python bench/bench_queries.py --n 100000 --neo4j     # also Neo4j (NEO4J_URI etc.)

The machine running it may be shared: compare the ratios, not the milliseconds.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actorgraph.graph.embedded_store import EmbeddedStore  # noqa: E402
from actorgraph.loaders.pipeline import load_paths  # noqa: E402
from actorgraph.queries.registry import list_queries, run_query  # noqa: E402
from bench_load import make_inputs  # noqa: E402

GOALS = {"neighbourhood": 0.050, "neighbourhood hops=2": 0.050, "relations-between": 0.050,
         "path-between": 0.050}
#: extra runs beside the library's own: (label, query, parameters)
EXTRA_RUNS = [("neighbourhood hops=2", "neighbourhood", {"actor": "A00010", "hops": 2})]

#: parameters per query on the bench graph (A00000 plays an organisation)
PARAMS = {
    "claims-in-document": {"doc": "doc-5"},
    "co-members": {"actor": "A00101"},
    "documents-mentioning": {"actor": "A00001"},
    "evidence": {"source": "A00001", "type": "SUPPORTS", "target": "A00007"},
    "members-of": {"org": "A00000"},
    "neighbourhood": {"actor": "A00010", "hops": 1},
    "partners-of": {"actor": "A00005"},
    "path-between": {"from": "A00010", "to": "A01999"},
    "relations-between": {"a": "A00010", "b": "A00011"},
    "relations-of": {"actor": "A00006"},
    "representatives-of": {"actor": "A00000"},
    "supported-by": {"source": "A00002"},
    "supporters-of": {"target": "A00001"},
    "supporters-of-supporters": {"target": "A00001"},
    "threatened-by": {"source": "A00003"},
    "threats-to": {"target": "A00004"},
    "timeline-of": {"actor": "A00010"},
    "as-of": {"date": "2024-03-02", "types": "MEMBER_OF,REPRESENTS"},
    "changed-since": {"since": "2024-03-27", "types": "THREATENS"},
    "documents-timeline": {},
}


def make_extra(folder: Path, rels: Path, seed: int = 11) -> Path:
    """Relations of the other types, on pairs of the SUPPORTS graph where it matters."""
    rng = random.Random(seed)
    pairs = []
    with rels.open(newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i % 100 == 0:
                pairs.append((row["source"], row["target"], row["date"]))
    extra = folder / "extra.csv"
    with extra.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "type", "target", "date", "evidence", "confidence", "doc",
                    "valid_from", "valid_to"])
        for i in range(100, 200):
            left = f"20{10 + i % 10}-01-01" if i % 10 == 0 else ""
            w.writerow([f"A{i:05d}", "MEMBER_OF", "A00000", "", "member", "1", "members",
                        f"{1950 + i % 70}-01-01", left])
        for s, t, _date in pairs:
            w.writerow([s, "THREATENS", t, "2024-03-29", "threat", "0.7", "threats", "", ""])
        for _ in range(2000):
            a, b = rng.sample(range(1, 2000), 2)
            ty = rng.choice(["PARTNERS_WITH", "OPPOSES"])
            w.writerow([f"A{a:05d}", ty, f"A{b:05d}", f"2024-03-{rng.randrange(1, 29):02d}",
                        ty.lower(), "0.8", "extra", "", ""])
        for i in range(1, 6):
            w.writerow([f"A0190{i}", "REPRESENTS", "A00000", "", "office", "1", "offices",
                        f"20{10 + i}-01-01", f"20{11 + i}-01-01"])
    return extra


def pick_params(store) -> None:
    """Parameters that name relations the generated graph really has."""
    def first(cypher: str) -> list:
        rows = store.query(cypher + " ORDER BY a.id, b.id LIMIT 1").rows
        return rows[0] if rows else [None, None]

    s, t = first("MATCH (a:Actor {id: 'A00010'})-[:SUPPORTS]->(b:Actor) RETURN a.id, b.id")
    PARAMS["evidence"] = {"source": s, "type": "SUPPORTS", "target": t}
    PARAMS["relations-between"] = {"a": s, "b": t}
    s, t = first("MATCH (a:Actor)-[:THREATENS]->(b:Actor) WHERE a.id >= 'A01000' "
                 "RETURN a.id, b.id")
    PARAMS["threatened-by"] = {"source": s}
    PARAMS["threats-to"] = {"target": t}
    s, _ = first("MATCH (a:Actor)-[:PARTNERS_WITH]-(b:Actor) RETURN a.id, b.id")
    PARAMS["partners-of"] = {"actor": s}


def _median_ms(store, name: str, params: dict, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(run_query(store, name, params).rows)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, rows


def _baseline_ms(store, repeat: int) -> float:
    times = []
    for _ in range(max(repeat, 20)):
        t = time.perf_counter()
        store.query("MATCH (a:Actor {id: $id}) RETURN a.name", {"id": "A00001"})
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _scan_ms(store, repeat: int) -> float:
    """Reading every SUPPORTS relation once with the id of its target: the floor of a
    query that must look at every relation (a 2-hop neighbourhood on this graph)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        store.query("MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN count(DISTINCT b.id)")
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bench_store(label: str, store, repeat: int,
                only: list[str] | None = None) -> dict[str, tuple[float, int]]:
    base = _baseline_ms(store, repeat)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{label}: baseline point lookup {base:.2f} ms (median); load average {load}")
    out = {"(baseline: point lookup)": (base, 1)}
    scan = _scan_ms(store, repeat)
    print(f"  {'(every SUPPORTS relation once)':<26} {scan:9.1f} ms  {scan / base:8.0f}x")
    out["(scan: every SUPPORTS relation)"] = (scan, 1)
    runs = [(q.name, q.name, PARAMS.get(q.name, {})) for q in list_queries()] + EXTRA_RUNS
    runs = [r for r in runs if not only or r[0] in only]
    for label, name, params in runs:
        ms, rows = _median_ms(store, name, params, repeat)
        goal = GOALS.get(label)
        flag = "" if goal is None else ("  goal <50 ms: OK" if ms < goal * 1000
                                        else "  goal <50 ms: MISSED")
        print(f"  {label:<26} {ms:9.1f} ms  {ms / base:8.0f}x  {rows:>8,} rows{flag}")
        out[label] = (ms, rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="SUPPORTS relations")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    ap.add_argument("--neo4j", action="store_true", help="also load and query Neo4j")
    ap.add_argument("--reuse", type=Path, metavar="FOLDER",
                    help="keep the generated files and store in FOLDER and use them if there")
    ap.add_argument("--skip-embedded", action="store_true", help="only Neo4j")
    ap.add_argument("--only", nargs="+", metavar="LABEL",
                    help="only these queries (names, or the labels of EXTRA_RUNS)")
    ap.add_argument("--keep-neo4j", action="store_true",
                    help="query the graph Neo4j holds if it holds one (else load it) and "
                    "leave it there for the next run")
    args = ap.parse_args(argv)
    folder = args.reuse or Path(tempfile.mkdtemp(prefix="actorgraph-bench-queries-"))
    folder.mkdir(parents=True, exist_ok=True)
    missed: list[str] = []
    results: dict[str, dict] = {}
    try:
        actors, rels, extra = (folder / f for f in ("actors.csv", "relations.csv", "extra.csv"))
        if not (args.reuse and extra.exists()):
            actors, rels = make_inputs(folder, args.n)
            extra = make_extra(folder, rels)
        if not args.skip_embedded:
            built = (folder / "g.lbdb").exists()
            t = time.perf_counter()
            store = EmbeddedStore(folder / "g.lbdb")
            if not built:
                load_paths(store, [actors, rels, extra], use_catalogue=False)
                print(f"embedded: loaded {store.stats().relations:,} relations in "
                      f"{time.perf_counter() - t:.1f} s")
            pick_params(store)
            results["embedded"] = bench_store("embedded", store, args.repeat, args.only)
            for name, goal in GOALS.items():
                if name in results["embedded"] and results["embedded"][name][0] >= goal * 1000:
                    missed.append(name)
            store.close()
        if args.neo4j:
            from actorgraph.graph.store import open_store

            neo = open_store("neo4j")
            held = neo.stats().relations if args.keep_neo4j else 0
            if held:
                print(f"\nneo4j: using the {held:,} relations it holds (--keep-neo4j)")
            else:
                neo.clear()
                t = time.perf_counter()
                load_paths(neo, [actors, rels, extra], use_catalogue=False)
                print(f"\nneo4j: loaded {neo.stats().relations:,} relations in "
                      f"{time.perf_counter() - t:.1f} s")
            if args.skip_embedded:
                pick_params(neo)
            results["neo4j"] = bench_store("neo4j", neo, args.repeat, args.only)
            if not args.keep_neo4j:
                neo.clear()
            neo.close()
        _table(results, args.n)
        return 1 if missed else 0
    finally:
        if not args.reuse:
            shutil.rmtree(folder, ignore_errors=True)


def _table(results: dict, n: int) -> None:
    stores = list(results)
    print(f"\n| query ({n:,} SUPPORTS + extras) | "
          + " | ".join(f"{s} median ms | rows" for s in stores) + " |")
    print("| --- |" + " --- | --- |" * len(stores))
    for name in results[stores[0]]:
        cells = " | ".join(f"{results[s][name][0]:.1f} | {results[s][name][1]:,}"
                           for s in stores if name in results[s])
        print(f"| {name} | {cells} |")


if __name__ == "__main__":
    raise SystemExit(main())
