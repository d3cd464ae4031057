"""Compare the second annotation (``eval/blind3/review/``) with the gold (``eval/blind3/gold/``).

    python eval/blind3/compare_review.py

For every file in ``review/``, both annotations are reduced to unique (source, type, target)
triples per tier (PARTNERS_WITH unordered); P/R/F1 of the review against the gold are printed
per language (``nl-*`` Dutch, others English) for the scored tiers ``core`` and ``secondary``,
then every disagreement, marked ``soft`` when the other side has the triple as ``optional``.
Imports nothing from actorgraph.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORED = ("core", "secondary")


def load(path: Path) -> dict[tuple[str, str, str], str]:
    """Map each (source, type, target) of a gold-format file to its tier."""
    triples: dict[tuple[str, str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        source, kind, target = row["source"], row["type"], row["target"]
        if kind == "PARTNERS_WITH":
            source, target = sorted((source, target))
        triples[(source, kind, target)] = row["tier"]
    return triples


def main() -> int:
    """Print the agreement table and the disagreements; return 0."""
    counts: dict[tuple[str, str], list[int]] = {}
    lines = []
    for review_file in sorted((HERE / "review").glob("*.jsonl")):
        lang = "nl" if review_file.stem.startswith("nl-") else "en"
        review = load(review_file)
        gold = load(HERE / "gold" / review_file.name)
        for tier in SCORED:
            r_set = {k for k, t in review.items() if t == tier}
            g_set = {k for k, t in gold.items() if t == tier}
            for key in (lang, "all"):
                c = counts.setdefault((key, tier), [0, 0, 0])
                c[0] += len(r_set & g_set)
                c[1] += len(r_set)
                c[2] += len(g_set)
            sides = (("review", r_set - g_set, gold), ("gold", g_set - r_set, review))
            for side, only, other in sides:
                for triple in sorted(only):
                    elsewhere = other.get(triple, "absent")
                    kind = "soft" if elsewhere == "optional" else "hard"
                    lines.append(f"{review_file.stem}\t{tier}\t{side} only\t{'/'.join(triple)}"
                                 f"\tother side: {elsewhere}\t{kind}")
    print("lang\ttier\tboth\treview\tgold\tP\tR\tF1")
    for (lang, tier), (both, n_review, n_gold) in sorted(counts.items()):
        p = both / n_review if n_review else 0.0
        r = both / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{lang}\t{tier}\t{both}\t{n_review}\t{n_gold}\t{p:.3f}\t{r:.3f}\t{f1:.3f}")
    print(f"\n{len(lines)} disagreement(s) in scored tiers")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
