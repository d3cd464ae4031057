"""Incremental loads: files of N new relations, one after another, into a growing store.

Baseline, measured in the same run on the same machine, file by file: LadybugDB's own
``COPY`` of the same CSV into the same growing database (a relationship table whose
columns are the file's, as in bench_load.py). The project's path is ``load_paths`` of
the same file into an embedded store that already holds the earlier files: reading and
checking every row, looking up which keys are stored, the write plan, and the ``COPY``
of the new relations and their evidence. Goal: every file after the first within 1.5x
of the baseline (the first goes into an empty store, as bench_load.py measures).

Also measured: the size of the store after the incremental loads against a store that
loaded the same rows in one file, and the time of loading the last file again (which
must change nothing).

    python bench/bench_incremental.py                     # 10 files of 100,000 (1M)
    python bench/bench_incremental.py --files 4 --n 50000 # quicker

Prints times and ratios; ``--record`` appends the result to docs/benchmarks.md.
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
from common import HEADER, N_ACTORS, CopyBaseline, write_actors, write_relations  # noqa: E402


def make_inputs(folder: Path, files: int, n: int, seed: int = 7) -> tuple[Path, list[Path]]:
    """An actors file and ``files`` relation files of ``n`` relations, no key twice."""
    rng = random.Random(seed)
    seen: set[tuple[int, int]] = set()
    paths = []
    for f in range(files):
        pairs = []
        while len(pairs) < n:
            a, b = rng.randrange(N_ACTORS), rng.randrange(N_ACTORS)
            if a != b and (a, b) not in seen:
                seen.add((a, b))
                pairs.append((a, b))
        paths.append(write_relations(folder / f"relations-{f:02d}.csv", pairs, f * n))
    return write_actors(folder), paths


def size_mb(path: Path) -> float:
    """Bytes of a database and its side files (``.wal``), in MB."""
    files = [path, *path.parent.glob(path.name + ".*")]
    total = 0
    for f in files:
        if f.is_dir():
            total += sum(p.stat().st_size for p in f.rglob("*") if p.is_file())
        elif f.exists():
            total += f.stat().st_size
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10, help="relation files (default 10)")
    ap.add_argument("--n", type=int, default=100_000, help="relations per file (100,000)")
    ap.add_argument("--record", action="store_true", help="append to docs/benchmarks.md")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-incremental-"))
    try:
        actors, files = make_inputs(folder, args.files, args.n)
        base = CopyBaseline(folder, actors)
        store_path = folder / "project.lbdb"
        store = EmbeddedStore(store_path)
        load_paths(store, [actors], use_catalogue=False)
        rows = []
        print(f"{args.files} files of {args.n:,} new SUPPORTS relations between "
              f"{N_ACTORS:,} actors")
        print(f"{'file':>4} {'held before':>12} {'baseline COPY':>14} {'actorgraph load':>16} "
              f"{'ratio':>6}")
        for i, path in enumerate(files):
            b = base.load(path)
            t0 = time.perf_counter()
            report = load_paths(store, [path], use_catalogue=False)
            ours = time.perf_counter() - t0
            if report.summary.relations_added != args.n:
                print(f"file {i}: {report.summary.relations_added} added, not {args.n}",
                      file=sys.stderr)
                return 1
            rows.append((i * args.n, b, ours))
            print(f"{i:>4} {i * args.n:>12,} {b:>12.2f} s {ours:>14.2f} s {ours / b:>5.2f}x",
                  flush=True)
        t0 = time.perf_counter()
        again = load_paths(store, [files[-1]], use_catalogue=False).summary
        reload_s = time.perf_counter() - t0
        n_ours = store.stats().relations
        t0 = time.perf_counter()
        store.close()  # checkpoints, and compacts the file when much of it is unused
        close_s = time.perf_counter() - t0
        n_base = base.count()
        base.close()
        if n_ours != n_base or n_ours != args.files * args.n:
            print(f"counts differ: {n_ours} vs {n_base}", file=sys.stderr)
            return 1
        if again.relations_added or again.relations_updated:
            print(f"loading a file again changed the graph: {again.describe()}",
                  file=sys.stderr)
            return 1
        # the same rows in one file, into an empty store
        once_file = folder / "all.csv"
        with once_file.open("w", newline="") as out:
            out.write(",".join(HEADER) + "\n")
            for path in files:
                with path.open() as fh:
                    next(fh)
                    shutil.copyfileobj(fh, out)
        once_path = folder / "once.lbdb"
        with EmbeddedStore(once_path) as once:
            load_paths(once, [actors, once_file], use_catalogue=False)
        inc_mb, once_mb = size_mb(store_path), size_mb(once_path)

        later = rows[1:]
        ratio = sum(o for _, _, o in later) / sum(b for _, b, _ in later) if later else 0.0
        worst = max((o / b for _, b, o in later), default=0.0)
        first = rows[0][2] / rows[0][1]
        print(f"first file (empty store): {first:.2f}x baseline")
        print(f"files 2..{args.files} (growing store): {ratio:.2f}x baseline in all, "
              f"worst file {worst:.2f}x  ({'OK' if worst <= 1.5 else 'OVER the 1.5x goal'})")
        print(f"loading the last file again: {reload_s:.2f} s, {again.describe()}")
        print(f"store size: {inc_mb:.1f} MB after {args.files} loads and close "
              f"({close_s:.1f} s, compaction included), {once_mb:.1f} MB loaded at once "
              f"({inc_mb / once_mb:.2f}x)")
        if args.record:
            record(args, first, ratio, worst, reload_s, inc_mb, once_mb, rows, close_s)
        return 0 if worst <= 1.5 else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def record(args, first, ratio, worst, reload_s, inc_mb, once_mb, rows, close_s) -> None:
    base_sum = sum(b for _, b, _ in rows[1:])
    ours_sum = sum(o for _, _, o in rows[1:])
    common.record(
        f"python bench/bench_incremental.py --files {args.files} --n {args.n}",
        [f"{first:.2f}x", f"{base_sum:.1f} s", f"{ours_sum:.1f} s",
         f"**{ratio:.2f}x** (worst file {worst:.2f}x)", f"{reload_s:.1f} s",
         f"{inc_mb:.1f} MB vs {once_mb:.1f} MB ({inc_mb / once_mb:.2f}x; close {close_s:.1f} s)"])


if __name__ == "__main__":
    sys.exit(main())
