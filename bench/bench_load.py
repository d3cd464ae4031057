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
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from actorgraph.graph.embedded_store import EmbeddedStore  # noqa: E402
from actorgraph.loaders.pipeline import load_paths  # noqa: E402
from common import N_ACTORS, CopyBaseline, write_actors, write_relations  # noqa: E402


def make_inputs(folder: Path, n: int, seed: int = 7) -> tuple[Path, Path]:
    """The actors file and one relations file of ``n`` distinct random pairs."""
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n:
        a, b = rng.randrange(N_ACTORS), rng.randrange(N_ACTORS)
        if a != b:
            pairs.add((a, b))
    return write_actors(folder), write_relations(folder / "relations.csv", sorted(pairs))


def baseline_copy(folder: Path, actors: Path, rels: Path) -> tuple[float, int]:
    """LadybugDB's own COPY of the same CSV (columns as in the file)."""
    base = CopyBaseline(folder, actors)
    try:
        return base.load(rels), base.count()
    finally:
        base.close()


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

    copy_evidence = store._copy_evidence
    label = "COPY of relations + evidence"

    def timed_copy(rtype, rel, ev):
        t = time.perf_counter()
        copy(rtype, rel, ev)
        stages[label] = stages.get(label, 0.0) + time.perf_counter() - t

    def timed_copy_evidence():  # a write's evidence goes in at its end, in one COPY
        t = time.perf_counter()
        copy_evidence()
        stages[label] = stages.get(label, 0.0) + time.perf_counter() - t

    pipeline.parse_file = timed_parse
    store._copy_new = timed_copy
    store._copy_evidence = timed_copy_evidence
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
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in stages.items())
    common.record(f"python bench/bench_load.py --n {n}",
                  [f"{base:.2f} s", f"{ours:.2f} s ({parts})", f"**{ratio:.2f}x**"])


if __name__ == "__main__":
    sys.exit(main())
