"""Check the blind gold set: the rules of ``eval/check_gold.py``, with texts in two places.

The White House documents are committed in ``eval/blind/docs/``; the Dutch texts and the
three G7 texts found on third-party pages may not be copied into the repository and live,
on the annotator's machine only, in ``eval/blind/local/`` (git-ignored). Where a local
text is missing (a fresh clone), the gold lines are still checked for format, ids, types
and tiers; only the evidence look-up is skipped, and the output says so.

Run from anywhere::

    python eval/blind/check_blind.py            # one line per document
    python eval/blind/check_blind.py --quiet    # problems and the total only
    python eval/blind/check_blind.py --set eval/blind4 --quiet   # another blind set's folder

It also checks that ``sources.tsv`` (and ``sources-nl.tsv`` where a set has one) has one
row per gold file and that the counts in it match the gold. Like ``check_gold.py`` it
imports nothing from actorgraph.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import check_gold  # noqa: E402  (eval/check_gold.py, standard library + PyYAML)


def find_text(stem: str) -> tuple[Path | None, str]:
    """The document for ``stem`` and where it was found (``docs``, ``local`` or ``missing``)."""
    doc = check_gold.find_document(HERE / "docs", stem)
    if doc is not None:
        return doc, "docs"
    local = HERE / "local" / f"{stem}.txt"
    if local.exists():
        return local, "local"
    return None, "missing"


def counts_by_type(gold: Path) -> Counter:
    """(tier, type) counts of one gold file, for the sources table."""
    import json

    out: Counter = Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["tier"]] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    """Check every blind gold file; print problems and counts; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print only problems and total")
    parser.add_argument("--set", type=Path, default=None, metavar="FOLDER",
                        help="the blind set's folder (docs/, local/, gold/, sources.tsv); "
                        "default: eval/blind")
    args = parser.parse_args(argv)
    if args.set is not None:
        global HERE
        HERE = args.set.resolve()
    iso = check_gold.iso_alpha3()
    problems: list[str] = []
    total: Counter = Counter()
    skipped = 0
    golds = sorted((HERE / "gold").glob("*.jsonl"))
    # a set of local texts only (eval/news1) has no docs/ folder
    docs = sorted((HERE / "docs").iterdir()) if (HERE / "docs").is_dir() else []
    for doc in docs:
        if doc.suffix in (".txt", ".md") and not (HERE / "gold" / f"{doc.stem}.jsonl").exists():
            problems.append(f"{doc.name}: no gold file gold/{doc.stem}.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        for gold in golds:
            doc, where = find_text(gold.stem)
            if doc is None:
                # Format only: check against an empty text, drop the evidence complaints.
                found, tiers = check_gold.check_file(gold, empty, iso)
                found = [p for p in found if "evidence not verbatim" not in p]
                skipped += 1
            else:
                found, tiers = check_gold.check_file(gold, doc, iso)
            problems += found
            total += tiers
            if not args.quiet:
                counts = " ".join(f"{t}={tiers[t]}" for t in ("core", "secondary", "optional"))
                flag = "FAIL" if found else "ok  "
                print(f"{flag} {where:7} {gold.stem[:64]:64} {counts}")
    # sets annotated in halves keep one table per half (sources.tsv, sources-nl.tsv)
    tables = sorted(HERE.glob("sources*.tsv"))
    if tables:
        rows = {}
        for table in tables:
            with table.open(encoding="utf-8", newline="") as fh:
                rows.update({row["name"]: row for row in csv.DictReader(fh, delimiter="\t")})
        for gold in golds:
            row = rows.pop(gold.stem, None)
            if row is None:
                problems.append(f"sources.tsv: no row for {gold.stem}")
                continue
            c = counts_by_type(gold)
            for tier in ("core", "secondary", "optional"):
                if str(c[tier]) != row.get(tier, ""):
                    problems.append(
                        f"sources.tsv: {gold.stem}: {tier} is {row.get(tier)!r}, gold has {c[tier]}"
                    )
        for name in rows:
            problems.append(f"sources.tsv: row {name} has no gold file")
    else:
        problems.append("sources.tsv is missing (one row per gold file; see eval/README.md)")
    for p in problems:
        print(p, file=sys.stderr)
    print(
        f"{len(golds)} gold files, {sum(total.values())} lines "
        f"(core {total['core']}, secondary {total['secondary']}, optional {total['optional']}), "
        f"{skipped} without local text (evidence not checked), {len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
