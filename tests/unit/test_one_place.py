"""Each rule of issue 13 is written once: a rule copied elsewhere fails here, naming where.

The places: CSV reading loaders/csvfile.py, YAML reading loaders/yamlfile.py, the
relation key graph/keys.py, the folder walk and format suffixes loaders/formats.py,
alias normalising loaders/reference/normalize.py, settings config.py, terminal output
cli/output.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "actorgraph"

RULES = {
    # rule: (pattern of a copy, the files allowed to hold it)
    "read YAML": (r"yaml\.(safe_)?load\(|yaml\.SafeLoader", {"loaders/yamlfile.py"}),
    "read CSV": (r"csv\.reader\(", {"loaders/csvfile.py"}),
    "order symmetric ends": (r"\.symmetric and|min\(s, t\)|t < s:", {"graph/keys.py"}),
    "walk a folder": (r"\.rglob\(|os\.walk\(", {"loaders/formats.py"}),
    "fold an alias": (r"casefold\(\)", {"loaders/reference/normalize.py",
                                         "loaders/reference/catalogue.py"}),
    "print a table": (r"rich\.table|\.ljust\(", {"cli/output.py"}),
    "write JSON for people": (r"json\.dumps\(rows", set()),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_is_written_once(rule):
    pattern, allowed = RULES[rule]
    found = sorted(
        p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
        if re.search(pattern, p.read_text(encoding="utf-8"))
    )
    assert [f for f in found if f not in allowed] == []
