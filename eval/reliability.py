"""Reliability of the extractor's confidence on a gold set: for each confidence bin, how
many of the predicted (source, type, target) triples are right.

A triple is right when the gold names it in any tier (an ``optional`` gold triple is no
error, as in the scoring of ANNOTATION.md); each triple counts once per document, at the
highest confidence the extractor gave it. Nothing from the extractor is tuned here: it
reads ``actorgraph extract --format jsonl`` output.

    python eval/reliability.py --gold eval/blind/gold --docs /tmp/blind-docs
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def _key(s: str, t: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), t, max(s, o)) if t == "PARTNERS_WITH" else (s, t, o)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--docs", type=Path, required=True)
    args = ap.parse_args(argv)
    rows: list[tuple[float, bool]] = []
    for gold_file in sorted(args.gold.glob("*.jsonl")):
        docs = [p for p in args.docs.glob(gold_file.stem + ".*") if p.suffix != ".jsonl"]
        if not docs:
            print(f"no document for {gold_file.name}", file=sys.stderr)
            continue
        gold = set()
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold.add(_key(g["source"], g["type"], g["target"]))
        out = subprocess.run(
            [sys.executable, "-m", "actorgraph", "extract", str(docs[0]), "--format", "jsonl"],
            capture_output=True, text=True, check=True,
        ).stdout
        best: dict[tuple[str, str, str], float] = {}
        for line in out.splitlines():
            r = json.loads(line)
            k = _key(r["source"], r["type"], r["target"])
            best[k] = max(best.get(k, 0.0), float(r["confidence"]))
        rows.extend((conf, k in gold) for k, conf in best.items())
    print("| confidence | triples | right | share right |")
    print("| --- | ---: | ---: | ---: |")
    for lo, hi in zip(BINS, BINS[1:]):
        sel = [ok for conf, ok in rows if lo <= conf < hi]
        share = f"{sum(sel) / len(sel):.2f}" if sel else "-"
        print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(sel)} | {sum(sel)} | {share} |")
    high = [ok for conf, ok in rows if conf >= 0.8]
    if high:
        print(f"\nat confidence >= 0.8: {sum(high)} of {len(high)} right "
              f"({sum(high) / len(high):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
