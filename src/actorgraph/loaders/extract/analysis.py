"""Turn one sentence into what the rules read: slots (actor mentions, lists of them
merged into one slot) and an *abstract* string, the lower-cased sentence in which each
slot is a single private-use character.

"de steun van Iran, Noord-Korea, Belarus en China aan Rusland" becomes
``"de steun van \\ue000 aan \\ue001"`` with slot 0 = [IRN, PRK, BLR, CHN] and slot 1 =
[RUS], so one rule ``steun van {a} aan {b}`` yields the four relations.

Example
-------
>>> from actorgraph.loaders.extract.lexicon import Lexicon
>>> lex = Lexicon.from_aliases([("Iran", "IRN", None, "name"), ("China", "CHN", None, "name"),
...                             ("Rusland", "RUS", "nl", "name")])
>>> sent = analyse_sentence("steun van Iran en China aan Rusland", 0, 0, 35,
...                         lex.scan("steun van Iran en China aan Rusland", "nl"))
>>> [s.actors for s in sent.slots], sent.abstract.replace(SLOT_BASE, "@")
([['IRN', 'CHN'], ['RUS']], 'steun van @ aan \ue001')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The first slot character; slot i is ``chr(ord(SLOT_BASE) + i)``.
SLOT_BASE = "\ue000"
SLOT_CLASS = "[\ue000-\uefff]"
_MAX_SLOTS = 0xFFF

_LIST_SEP_RE = re.compile(
    r"\s*(?:,\s*(?:(?:and|en|or|of|as well as|&)\s+)?"
    r"|\s(?:and|en|or|as well as|&|alsook|evenals)\s+)"
    r"(?:(?:the|de|het)\s+)?",
    re.I,
)
_MERGE_GAP_RE = re.compile(r"[\s\-–]*(?:\(\s*)?|\s*\)?")
_PUNCT_RE = re.compile(r"\s*([,;:()\"“”])\s*")
_SPACE_RE = re.compile(r"\s+")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": " - "})


@dataclass
class Mention:
    """A resolved mention: ``[start, end)`` in the document's cleaned text."""

    start: int
    end: int
    actors: list[str]
    forms: set[str]
    text: str


@dataclass
class Slot:
    """One or more mentions read as one argument (a list, or a name with its acronym)."""

    index: int
    start: int
    end: int
    actors: list[str]
    forms: set[str] = field(default_factory=set)

    @property
    def char(self) -> str:
        return chr(ord(SLOT_BASE) + self.index)


@dataclass
class Sentence:
    """A sentence with its slots and abstract string (see module docstring)."""

    index: int
    start: int
    end: int
    slots: list[Slot]
    abstract: str
    slot_pos: list[int]
    mentions: list[Mention] = field(default_factory=list)

    def slot_of(self, ch: str) -> Slot:
        return self.slots[ord(ch) - ord(SLOT_BASE)]

    def slot_at(self, pos: int) -> Slot | None:
        """The slot whose character is at abstract position ``pos``."""
        ch = self.abstract[pos] if 0 <= pos < len(self.abstract) else ""
        if ch and SLOT_BASE <= ch <= "\uefff":
            return self.slot_of(ch)
        return None


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold a name with its acronym ("Republic of Korea (ROK)") or a compound of the
    same actor ("NAVO-bondgenoten", "NATO Allies") into one mention."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            gap = text[prev.end : m.start]
            if len(gap) <= 3 and _MERGE_GAP_RE.fullmatch(gap) and set(prev.actors) & set(m.actors):
                end = m.end
                if gap.rstrip().endswith("(") and text[end : end + 1] == ")":
                    end += 1
                out[-1] = Mention(
                    prev.start,
                    end,
                    prev.actors + [a for a in m.actors if a not in prev.actors],
                    prev.forms | m.forms,
                    text[prev.start : end],
                )
                continue
        out.append(m)
    return out


def build_slots(text: str, mentions: list[Mention]) -> list[Slot]:
    """Group mentions into slots: lists joined by commas/"and"/"en" become one slot."""
    mentions = _merge_adjacent(text, mentions)
    slots: list[Slot] = []
    for m in mentions:
        if slots:
            last = slots[-1]
            gap = text[last.end : m.start]
            if (
                gap
                and _LIST_SEP_RE.fullmatch(gap)
                and "pronoun" not in m.forms
                and "pronoun" not in last.forms
                and len(slots) < _MAX_SLOTS
            ):
                last.end = m.end
                last.actors.extend(a for a in m.actors if a not in last.actors)
                last.forms |= m.forms | {"list"}
                continue
        slots.append(Slot(len(slots), m.start, m.end, list(m.actors), set(m.forms)))
        if len(slots) >= _MAX_SLOTS:
            break
    return slots


def _normalise(piece: str) -> str:
    piece = piece.translate(_APOS)
    low = piece.lower()
    if len(low) != len(piece):  # a few characters lower-case to two ("İ")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in piece)
    low = _PUNCT_RE.sub(r" \1 ", low)
    return low


def analyse_sentence(
    text: str, index: int, start: int, end: int, mentions: list[Mention]
) -> Sentence:
    """Build the :class:`Sentence` for ``text[start:end]`` with its resolved mentions."""
    ments = [
        m if isinstance(m, Mention) else Mention(m.start, m.end, [m.actor], {m.form}, m.text)
        for m in mentions
        if start <= m.start and m.end <= end
    ]
    ments = [m for m in ments if m.actors]
    slots = build_slots(text, ments)
    parts: list[str] = []
    pos = start
    for s in slots:
        parts.append(_normalise(text[pos : s.start]))
        parts.append(" " + s.char)
        pos = s.end
    parts.append(_normalise(text[pos:end]))
    abstract = _SPACE_RE.sub(" ", "".join(parts)).strip()
    abstract = re.sub(r"(" + SLOT_CLASS + r") (?='s?\b|s'|-)", r"\1", abstract)
    abstract = re.sub(r"- (" + SLOT_CLASS + r")", r"-\1", abstract)
    slot_pos = [0] * len(slots)
    for i, ch in enumerate(abstract):
        if SLOT_BASE <= ch <= "\uefff":
            slot_pos[ord(ch) - ord(SLOT_BASE)] = i
    return Sentence(index, start, end, slots, abstract, slot_pos, ments)
