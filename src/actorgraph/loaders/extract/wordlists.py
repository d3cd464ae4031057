"""Lexicons kept as data files in ``extract/data/`` (not code), read once per process.

- ``state_sets.csv``: informal groups of states that stand for their members ("the
  Baltic states", "de Benelux"); their aliases scan as ``set:KEY`` and resolve to the
  member states.

Example
-------
>>> sets = state_sets()
>>> sets["baltic-states"].members
('EST', 'LVA', 'LTU')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
#: Prefix of the lexicon ids of state sets.
SET_PREFIX = "set:"


@dataclass(frozen=True)
class StateSet:
    """A named set of states ("Nordic countries") and the aliases that name it."""

    key: str
    members: tuple[str, ...]
    aliases: tuple[str, ...]


def _rows(name: str):
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        yield from csv.reader(line for line in fh if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def state_sets() -> dict[str, StateSet]:
    """The state sets of ``data/state_sets.csv`` by key."""
    out: dict[str, StateSet] = {}
    for key, members, aliases in _rows("state_sets.csv"):
        out[key] = StateSet(key, tuple(members.split()), tuple(aliases.split("|")))
    return out
