"""Load benchmark: N synthetic relations from CSV into the embedded store.

Baseline, measured in the same run on the same machine: LadybugDB's own ``COPY`` of the
same CSV file into a relationship table whose columns match the file (the floor for
getting those bytes into the database). The project's path is ``load_paths`` on the same
file: reading, validating every row, building provenance, and the bulk write (the
relations and their ``Evidence`` nodes, two ``COPY`` in one transaction, and its commit).
Goal: the project's path within 1.5x of the baseline.

    python bench/bench_load.py            # 1,000,000 relations
    python bench/bench_load.py --n 100000 # quicker

Prints the times and the ratio; ``--record`` appends the result to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.loaders.pipeline import load_paths

N_ACTORS = 2000


def make_inputs(folder: Path, n: int, seed: int = 7) -> tuple[Path, Path]:
    rng = random.Random(seed)
    actors = folder / "actors.csv"
    with actors.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "kind", "bloc"])
        for i in range(N_ACTORS):
            w.writerow([f"A{i:05d}", f"Actor {i}", "state", "other"])
    rels = folder / "relations.csv"
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n:
        a, b = rng.randrange(N_ACTORS), rng.randrange(N_ACTORS)
        if a != b:
            pairs.add((a, b))
    with rels.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "type", "target", "date", "evidence", "confidence", "doc"])
        for i, (a, b) in enumerate(sorted(pairs)):
            day = 1 + i % 28
            w.writerow([f"A{a:05d}", "SUPPORTS", f"A{b:05d}", f"2024-03-{day:02d}",
                        f"Actor {a} pledged support, worth {i} million, to actor {b}.",
                        f"{0.5 + (i % 50) / 100:.2f}", f"doc-{i % 997}"])
    return actors, rels


def baseline_copy(folder: Path, actors: Path, rels: Path) -> float:
    """LadybugDB's own COPY of the same CSV (columns as in the file)."""
    import ladybug

    db = ladybug.Database(str(folder / "baseline.lbdb"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Actor(id STRING, name STRING, kind STRING, bloc STRING, "
                 "PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE SUPPORTS(FROM Actor TO Actor, type STRING, date STRING, "
                 "evidence STRING, confidence DOUBLE, doc STRING)")
    conn.execute(f"COPY Actor FROM '{actors}' (HEADER=true)")
    t0 = time.perf_counter()
    # The file's columns are source,type,target,…: LOAD FROM puts the ends first.
    conn.execute(
        f"COPY SUPPORTS FROM (LOAD FROM '{rels}' (HEADER=true) "
        "RETURN source, target, type, date, evidence, CAST(confidence AS DOUBLE), doc)"
    )
    elapsed = time.perf_counter() - t0
    n = conn.execute("MATCH ()-[r:SUPPORTS]->() RETURN count(*)").get_next()[0]
    conn.close()
    db.close()
    return elapsed, n


def project_path(folder: Path, actors: Path, rels: Path) -> tuple[float, int, dict]:
    """``load_paths`` on the CSV, timed whole and in its two stages."""
    from actorgraph.loaders import pipeline

    store = EmbeddedStore(folder / "project.lbdb")
    load_paths(store, [actors], use_catalogue=False)
    stages: dict[str, float] = {}
    parse_file = pipeline.parse_file
    copy = store._copy_new

    def timed_parse(path):
        t = time.perf_counter()
        out = parse_file(path)
        stages["read and validate"] = time.perf_counter() - t
        return out

    def timed_copy(rtype, rel, ev):
        t = time.perf_counter()
        copy(rtype, rel, ev)
        stages["COPY of relations + evidence"] = time.perf_counter() - t

    pipeline.parse_file = timed_parse
    store._copy_new = timed_copy
    try:
        t0 = time.perf_counter()
        load_paths(store, [rels], use_catalogue=False)
        elapsed = time.perf_counter() - t0
    finally:
        pipeline.parse_file = parse_file
    stages["commit and checks"] = elapsed - sum(stages.values())
    n = store.stats().relations
    store.close()
    return elapsed, n, stages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="relations (default 1,000,000)")
    ap.add_argument("--record", action="store_true", help="append to docs/benchmarks.md")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-load-"))
    try:
        t0 = time.perf_counter()
        actors, rels = make_inputs(folder, args.n)
        print(f"made {args.n:,} relations in {time.perf_counter() - t0:.1f} s "
              f"({rels.stat().st_size / 1e6:.0f} MB CSV)")
        base, n_base = baseline_copy(folder, actors, rels)
        print(f"baseline  LadybugDB COPY of the CSV : {base:7.2f} s  ({n_base:,} relations)")
        ours, n_ours, stages = project_path(folder, actors, rels)
        print(f"project   actorgraph load (validate+COPY): {ours:7.2f} s  ({n_ours:,} relations)")
        for stage, secs in stages.items():
            print(f"            {stage:<28}: {secs:7.2f} s  ({secs / base:.2f}x baseline)")
        ratio = ours / base
        verdict = "OK" if ratio <= 1.5 else "OVER the 1.5x goal"
        print(f"ratio project/baseline = {ratio:.2f}x  ({verdict})")
        if n_ours != args.n or n_base != args.n:
            print("relation counts differ from N: the benchmark is wrong", file=sys.stderr)
            return 1
        if args.record:
            record(args.n, base, ours, ratio, stages)
        return 0 if ratio <= 1.5 else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def record(n: int, base: float, ours: float, ratio: float, stages: dict[str, float]) -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in stages.items())
    line = (f"| {time.strftime('%Y-%m-%d %H:%M')} | `python bench/bench_load.py --n {n}` | "
            f"{base:.2f} s | {ours:.2f} s ({parts}) | **{ratio:.2f}x** | "
            f"{platform.machine()}, Python {platform.python_version()} |\n")
    with doc.open("a") as fh:
        fh.write(line)


if __name__ == "__main__":
    sys.exit(main())
