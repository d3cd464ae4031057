"""Regression guard: the extractor on the real gold sets of the repository.

``eval/`` is the scored set, ``eval/dev/`` the development set (documents the rules were
developed on, annotated before the extractor ran on them). Both are read and extracted
for real; the floors sit under today's scores (eval core F1 0.871, dev 0.875) so that a
rule change that costs several relations fails here, not in a user's hands."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2] / "eval"


@pytest.mark.parametrize(("root", "floor"), [(ROOT, 0.80), (ROOT / "dev", 0.75)],
                         ids=["eval", "dev"])
def test_core_f1_on_the_gold_set(root, floor):
    if not (root / "gold").is_dir():
        pytest.skip(f"no gold set at {root}")
    report = evaluate(root / "gold", root / "docs")
    assert not report.problems, report.problems
    assert len(report.documents) >= 10
    assert report.core.f1 >= floor, (report.core.tp, report.core.fp, report.core.fn)
    assert report.core.precision >= 0.85
