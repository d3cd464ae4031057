"""Time ``read_relations_csv`` (the Arrow fast path) on one 1M-row relations file.

Run it alternately with two versions of the code to compare them on a shared machine
(baseline: the older code, in the same run), for example::

    git archive 50df0b8 src | tar -x -C /tmp/base
    for i in 1 2 3; do
      PYTHONPATH=/tmp/base/src python bench/bench_read_relations.py /tmp/1m.csv
      python bench/bench_read_relations.py /tmp/1m.csv
    done

The file is written (seeded: 2,000 actors, four types, dated, with confidence and
evidence) when it does not exist.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import actorgraph  # noqa: E402
from actorgraph.loaders.curated import read_relations_csv  # noqa: E402
from csv_mixes import distinct_keys  # noqa: E402


def write(path: Path, n: int = 1_000_000) -> None:
    rng = random.Random(7)
    ids = [f"A{i:04d}" for i in range(2000)]
    keys = distinct_keys(rng, ids, ["SUPPORTS", "THREATENS", "PARTNERS_WITH", "OPPOSES"])
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "type", "target", "date", "confidence", "evidence"])
        for _ in range(n):
            s, ty, t = next(keys)
            w.writerow([s, ty, t, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                        rng.choice(["0.9", "1", "0.55"]), "evidence text here"])


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/actorgraph-1m.csv")
    if not path.exists():
        write(path)
    t = time.perf_counter()
    parsed = read_relations_csv(path)
    took = time.perf_counter() - t
    fast = any(parsed.columns.arrow_table(x) is not None for x in parsed.columns.types())
    code = Path(actorgraph.__file__).resolve().parents[1]
    print(f"{code}: {took:.2f} s, {len(parsed.columns):,} rows, fast path {fast}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
