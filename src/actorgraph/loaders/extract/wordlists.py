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


def _rows(name: str, header: str):
    """The rows of a data file whose ``#`` lines are comments, read by the one CSV reader
    (:func:`actorgraph.loaders.csvfile.read_csv`) under the given header."""
    from actorgraph.loaders.csvfile import read_csv

    path = DATA / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    body = "".join(line if line.strip() and not line.startswith("#") else "\n"
                   for line in lines)
    for _, values in read_csv(path, text=header + "\n" + body).rows:
        if values:
            yield values


@lru_cache(maxsize=1)
def state_sets() -> dict[str, StateSet]:
    """The state sets of ``data/state_sets.csv`` by key."""
    out: dict[str, StateSet] = {}
    for key, members, aliases in _rows("state_sets.csv", "key,members,aliases"):
        out[key] = StateSet(key, tuple(members.split()), tuple(aliases.split("|")))
    return out
