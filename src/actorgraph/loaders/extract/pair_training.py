"""Train the pair model (``pair_model.py``) on the project's annotated gold and write
``data/pair_model.json``.

Every document of the eval sets with gold is read by the extractor with
:class:`pair_model.collecting`, which hands back each pair of actors the pipeline saw in
one sentence with its features. A pair is a positive example of type T where the
document's gold has the triple (not optional) and the gold's evidence lies in that
sentence (at least half its words); a pair whose triple is gold but stated elsewhere is
left out; every other pair is a negative. One logistic model per type is fitted by
AdaGrad with L2; features seen fewer than ``MIN_COUNT`` times are dropped.

    python -m actorgraph.loaders.extract.pair_training [--exclude eval/blind16] \\
        [--local-root DIR] [--out FILE]

Texts that may not be committed are looked up in ``<set>/local/`` and in
``--local-root``/<set name>/ (default: ``$ACTORGRAPH_EVAL_LOCAL``). Training is
deterministic (fixed order and seed).

Example
-------
>>> ex = [(frozenset({"bias", "B:aid>"}), 1), (frozenset({"bias", "B:met>"}), 0)] * 20
>>> w = fit(ex, epochs=5)
>>> w["B:aid>"] > 0 > w["B:met>"]
True
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from actorgraph import config
from actorgraph.evaluate import canonical, find_document, read_gold
from actorgraph.loaders.extract.pair_model import MODEL_PATH, TYPES, Candidate, collecting

#: Features seen fewer times than this in training are dropped (they only overfit).
MIN_COUNT = 2
#: Weights smaller than this are not written (they change no probability that matters).
MIN_WEIGHT = 0.01
#: The probability a reading needs to be added (leave-one-set-out: see docs/extractor.md).
THRESHOLD = 0.9
EPOCHS = 15
LEARNING_RATE = 0.2
L2 = 1e-5
_WORD_RE = re.compile(r"\w+")


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(s)}


def eval_sets(root: Path) -> list[Path]:
    """The eval sets under ``root`` (``eval/`` itself and each ``eval/*/`` with gold)."""
    sets = [root] if (root / "gold").is_dir() else []
    return sets + sorted(p for p in root.iterdir() if (p / "gold").is_dir())


def _text_of(set_dir: Path, stem: str, local_root: Path | None) -> Path | None:
    for d in (
        set_dir / "docs",
        set_dir / "local",
        local_root / set_dir.name if local_root else None,
    ):
        if d is not None and d.is_dir() and (p := find_document(d, stem)) is not None:
            return p
    return None


def examples(set_dirs: list[Path], local_root: Path | None, progress=None) -> list[tuple]:
    """(candidate, {type: label or None}) for every candidate pair of every document."""
    from actorgraph.loaders.extract import extract_path

    out = []
    for set_dir in set_dirs:
        for gp in sorted((set_dir / "gold").glob("*.jsonl")):
            path = _text_of(set_dir, gp.stem, local_root)
            if path is None:
                continue
            gold = {}
            for g in read_gold(gp):
                gold[canonical(g.triple)] = (g.tier, _words(g.evidence))
            with collecting() as found:
                extract_path(path)
            out.extend((c, _labels(c, gold)) for c in found)
            if progress:
                progress(gp.stem)
    return out


def _labels(c: Candidate, gold: dict) -> dict[str, int | None]:
    words = _words(c.text)
    labels: dict[str, int | None] = {}
    for rtype in TYPES:
        t = canonical((c.source, rtype.value, c.target))
        if t not in gold:
            labels[rtype.value] = 0
            continue
        tier, ev = gold[t]
        here = tier != "optional" and len(ev & words) >= 0.5 * max(1, len(ev))
        labels[rtype.value] = 1 if here else None
    return labels


def fit(
    data: list[tuple[frozenset[str], int]],
    *,
    epochs: int = EPOCHS,
    lr: float = LEARNING_RATE,
    l2: float = L2,
    seed: int = 0,
) -> dict[str, float]:
    """Logistic regression by AdaGrad over sparse binary features."""
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    data = list(data)
    random.Random(seed).shuffle(data)
    for _ in range(epochs):
        for feats, y in data:
            z = sum(w[k] for k in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            for k in feats:
                gk = g + l2 * w[k]
                g2[k] += gk * gk
                w[k] -= lr * gk / math.sqrt(g2[k])
    return dict(w)


def train(exs: list[tuple]) -> dict[str, dict[str, float]]:
    """One model per type from :func:`examples`' output."""
    counts = Counter(f for c, _ in exs for f in c.features)
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    weights = {}
    for rtype in TYPES:
        data = [(c.features & keep, y[rtype.value]) for c, y in exs if y[rtype.value] is not None]
        w = fit(data)
        weights[rtype.value] = {
            f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= MIN_WEIGHT
        }
    return weights


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--eval", type=Path, default=Path("eval"), help="the eval folder (default eval)"
    )
    ap.add_argument("--exclude", action="append", default=[], help="a set folder to leave out")
    ap.add_argument(
        "--local-root",
        type=Path,
        default=config.eval_local(),
        help="folder with <set>/<text> not committed (default $ACTORGRAPH_EVAL_LOCAL)",
    )
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    a = ap.parse_args(argv)
    excluded = {Path(x).resolve() for x in a.exclude}
    sets = [s for s in eval_sets(a.eval) if s.resolve() not in excluded]
    local = Path(a.local_root) if a.local_root else None
    exs = examples(sets, local)
    docs = len({(c.doc) for c, _ in exs})
    pos = Counter(t for _, y in exs for t, v in y.items() if v == 1)
    weights = train(exs)
    a.out.write_text(json.dumps({
        "about": "Pair model of actorgraph (pair_model.py), written by pair_training.py from "
                 f"{len(sets)} eval sets, {docs} documents, {len(exs)} candidate pairs. "
                 "Do not edit by hand.",
        "sets": [s.name for s in sets],
        "positives": dict(sorted(pos.items())),
        "threshold": THRESHOLD,
        "weights": weights,
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    print(
        f"{a.out}: {len(sets)} sets, {docs} documents, {len(exs)} pairs, positives {dict(pos)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
