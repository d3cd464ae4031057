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
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

from actorgraph.loaders import csv_fast
from actorgraph.loaders.curated import read_relations_csv

MIXES = [
    ('Nederland steunt "met overtuiging" Oekraïne, ook financieel', "back\\slash and a, comma",
     "Россия угрожает", "", "  padded  ", "emoji ✈ and ‘quotes’"),
    ("plain ascii, only", " edges ", "x"),
    ("\ttab at the edges\t", "a\x01b", "\x07bell", "nbsp\xa0", "\xa0lead"),
    ("unit\x1fseparator\x1f", "ok"),  # the fast path declines: Python strips \x1f
    ("form\x0cfeed", "ok"),
    ("para\u2028graph", "\u2028edge", "ok"),
]


def write(path: Path, texts: tuple[str, ...], size: int) -> None:
    rng = random.Random(3)
    ids = [f"A{i:04d}" for i in range(2000)]
    seen = set()
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "type", "target", "date", "evidence", "confidence", "doc",
                    "valid_from", "valid_to", "role"])
        while fh.tell() < size:
            s, t = rng.sample(ids, 2)
            typ = rng.choice(["SUPPORTS", "PARTNERS_WITH", "THREATENS", "member_of"])
            key = (min(s, t), typ, max(s, t)) if typ == "PARTNERS_WITH" else (s, typ, t)
            if key in seen:
                continue
            seen.add(key)
            w.writerow([
                s, typ, t, rng.choice(["", "2024-02-29", "2023-12-31", "2024-07-11"]),
                rng.choice(texts) * rng.randint(1, 3), rng.choice(["", "0.9", "1", "0.55"]),
                rng.choice(["", "doc-1", 'report "x".pdf']), rng.choice(["", "2020-01-01"]),
                "", rng.choice(["", "minister"]),
            ])


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
        for i, texts in enumerate(MIXES):
            path = Path(tmp) / f"mix{i}.csv"
            write(path, texts, size)
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
