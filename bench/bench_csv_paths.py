"""The two relations-CSV readers on files above the fast path's real size threshold.

tests/unit/test_csv_fast.py checks on ~40 KB files (threshold lowered) that the Arrow
fast path and the row-by-row reader give the same columns; this runs the same check on
files of ``--mb`` megabytes (default 1.3, over the real 1 MB threshold) for each text
mix of the test, and prints the time of each reader and the ratio fast/slow (the
row-by-row reader is the baseline, measured in the same run).

    python bench/bench_csv_paths.py            # 1.3 MB files, six text mixes
    python bench/bench_csv_paths.py --mb 20    # bigger
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from actorgraph.loaders import csv_fast  # noqa: E402
from actorgraph.loaders.curated import read_relations_csv  # noqa: E402
from csv_mixes import MIXES, write_mix  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.3, help="size of each file in MB")
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)
    if size < csv_fast.MIN_BYTES:
        print(f"--mb must reach the threshold ({csv_fast.MIN_BYTES:,} bytes)", file=sys.stderr)
        return 2
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (texts, _) in enumerate(MIXES):
            path = write_mix(Path(tmp) / f"mix{i}.csv", texts, size, actors=2000)
            t0 = time.perf_counter()
            fast = read_relations_csv(path)
            t1 = time.perf_counter()
            slow = read_relations_csv(path, fast=False)
            t2 = time.perf_counter()
            took_fast = any(fast.columns.arrow_table(t) is not None
                            for t in fast.columns.types())
            same = (fast.columns.relations() == slow.columns.relations()
                    and fast.where == slow.where
                    and all(fast.columns.evidence_by_type[t] == slow.columns.evidence_by_type[t]
                            for t in slow.columns.types()))
            bad += not same
            print(f"mix {i}: {len(slow.columns):>8,} rows  row-by-row {t2 - t1:6.2f} s  "
                  f"default {t1 - t0:6.2f} s  ratio {(t1 - t0) / (t2 - t1):.2f}x  "
                  f"fast path {'taken' if took_fast else 'declined'}  "
                  f"{'same result' if same else 'RESULTS DIFFER'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
