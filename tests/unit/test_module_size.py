"""Small modules: none of the package's modules grows past 600 lines (split one by what it
holds instead)."""

from __future__ import annotations

from pathlib import Path

import actorgraph

LIMIT = 600


def test_no_module_is_longer_than_600_lines() -> None:
    root = Path(actorgraph.__file__).parent
    long = {
        str(p.relative_to(root)): n
        for p in root.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert not long, f"split these modules (lines): {long}"
