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
_SLOT_BASE_ORD = ord(SLOT_BASE)
SLOT_CLASS = "[\ue000-\uefff]"
_MAX_SLOTS = 0xFFF

_LIST_SEP_RE = re.compile(
    r"\s*(?:,\s*(?:(?:and|en|or|of|as well as|&)\s+)?"
    r"|\s(?:and|en|or|as well as|&|alsook|evenals)\s+)"
    # an article, or a person's honorific: "Mr. Sullivan and Mr. Landerholm" is a list
    r"(?:(?:the|de|het|mr\.|mrs\.|ms\.|dr\.|dhr\.|mevr\.|mevrouw|de heer)\s+)?",
    re.I,
)
_MERGE_GAP_RE = re.compile(r"[\s\-–]*(?:\(\s*)?|\s*\)?")
_SPACE_RE = re.compile(r"\s+")
#: A slot's space before a possessive or a hyphen, and a hyphen's space before a slot
#: (removed: a literal replacement, no Python function per match as "\1" calls).
_SLOT_SPACE_RE = re.compile(r"(?<=" + SLOT_CLASS + r") (?='s?\b|s'|-)")
_DASH_SLOT_RE = re.compile(r"(?<=-) (?=" + SLOT_CLASS + r")")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": " - "})
#: Punctuation set apart by a space either side in the abstract (",;:()" and quotes).
_SPACED = str.maketrans({c: f" {c} " for c in ",;:()\"“”"})


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
    #: set when the "sentence" is the document's title (evidence outside the body)
    title: str | None = None

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


_CONJ_RE = re.compile(r"\b(?:and|en|or|of|as well as|alsook|evenals)\b|&", re.I)
#: ", and" between two names: two clauses, not a list of two
_COMMA_AND_RE = re.compile(r"\s*,\s*(?:and|en)\s")
#: A name that is the first part of a compound ("de EU-steun", "een VN-resolutie"): it
#: qualifies the noun after the hyphen and is no conjunct of a list before it.
_COMPOUND_HEAD_RE = re.compile(r"-[a-zà-ÿ]")
#: ", as well as the Belarusian build-up": after a preposition's object, a demonym that
#: qualifies a thing opens a new phrase (not "as well as the Belarusian regime").
_AS_WELL_AS_RE = re.compile(r"\s*,\s*as well as\s+(?:the\s+)?$", re.I)
_ACTOR_HEAD_RE = re.compile(
    r"\s+(?:regime|government|authorities|leadership|people|forces|army|president)\b", re.I
)
#: A determiner right before a conjunct (or opening it): "… and the alliance's partners"
#: opens a new phrase.
_THE_BEFORE_RE = re.compile(r"\b(?:and|or|en|of)\s+(?:the|de|het)\s+$", re.I)
_THE_RE = re.compile(r"(?:the|de|het)\s", re.I)
#: A preposition right before a list: its objects end before a possessive conjunct.
_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|into|on|against|of|to|op|tegen|van|aan|naar|jegens)\s+(?:(?:the|de|het)\s+)?$",
    re.I,
)


def build_slots(text: str, mentions: list[Mention]) -> list[Slot]:
    """Group mentions into slots: lists joined by commas/"and"/"en" become one slot.

    A run joined only by commas is a list only up to its last "and"/"en" ("Iran,
    Noord-Korea, Belarus en China"), or when it has three names or more ("such as A, B,
    C, partners in …"); "Ukraine, the United States has …" stays two slots, and so do two
    names joined by ", and" (two clauses, not a list of two).
    """
    mentions = _merge_adjacent(text, mentions)
    # chains of mentions joined by list separators
    chains: list[list[tuple[Mention, bool]]] = []
    for m in mentions:
        if chains:
            prev = chains[-1][-1][0]
            gap = text[prev.end : m.start]
            if (
                gap
                and _LIST_SEP_RE.fullmatch(gap)
                and not ({"pronoun", "anaphora"} & (m.forms | prev.forms))
                and ("person" in m.forms) == ("person" in prev.forms)
                and not _COMPOUND_HEAD_RE.match(text, m.end)
            ):
                chains[-1].append((m, bool(_CONJ_RE.search(gap))))
                continue
        chains.append([(m, False)])
    groups: list[list[Mention]] = []
    for chain in chains:
        while chain:
            last_conj = max((i for i, (_, conj) in enumerate(chain) if conj), default=0)
            if last_conj == 0 and len(chain) >= 3:  # "zoals A, B, C, partners in …": a list
                end = chain[-1][0].end  # (not "A, B, C's war": the possessive is apart)
                last_conj = len(chain) - (2 if text[end : end + 2] in ("'s", "’s") else 1)
            group = [m for m, _ in chain[: last_conj + 1]]
            if (len(group) >= 2 and text[group[-1].end : group[-1].end + 2] in ("'s", "’s")
                    and (_PREP_BEFORE_RE.search(text, max(0, group[0].start - 12),
                                                group[0].start)
                         # "Japan, South Korea and the alliance's partners": a phrase of its own
                         or _THE_BEFORE_RE.search(text, max(0, group[-1].start - 8),
                                                  group[-1].start)
                         or _THE_RE.match(text, group[-1].start))):
                # "de invasie in Oekraïne en China's oefeningen": after a preposition the
                # possessive opens a new phrase; the owner is no object of the preposition
                groups.append(group[:-1])
                group = group[-1:]
            if (len(group) >= 2 and group[-1].forms & {"adjective", "demonym"}
                    and _AS_WELL_AS_RE.match(text, group[-2].end, group[-1].start)
                    and not _ACTOR_HEAD_RE.match(text, group[-1].end)
                    and _PREP_BEFORE_RE.search(text, max(0, group[0].start - 12),
                                               group[0].start)):
                groups.append(group[:-1])
                group = group[-1:]
            if len(group) == 2 and _COMMA_AND_RE.match(text, group[0].end):
                # two names joined by ", and": two clauses ("with Israel facing attacks
                # from Iran, and Ukraine under bombardment"), not a list of two
                groups.append(group[:1])
                group = group[1:]
            groups.append(group)
            chain = chain[last_conj + 1 :]
            if chain:
                chain = [(chain[0][0], False)] + chain[1:]
    slots: list[Slot] = []
    for group in groups[:_MAX_SLOTS]:
        first = group[0]
        slot = Slot(len(slots), first.start, group[-1].end, list(first.actors), set(first.forms))
        for m in group[1:]:
            slot.actors.extend(a for a in m.actors if a not in slot.actors)
            slot.forms |= m.forms | {"list"}
        slots.append(slot)
    return slots


def _normalise(piece: str) -> str:
    # a private-use character of the input would read as a slot (a crash on "I\ue001")
    piece = _SLOT_CHAR_RE.sub(" ", piece.translate(_APOS))
    low = piece.lower()
    if len(low) != len(piece):  # a few characters lower-case to two ("İ")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in piece)
    if "co-o" in low:  # British "co-operation", "co-ordinate": the cues read one spelling
        low = low.replace("co-operat", "cooperat").replace("co-ordinat", "coordinat")
    # " , " for ",": the spaces around it become one in analyse_sentence (a translation
    # table: the regular expression with "\1" called a Python function per comma)
    return low.translate(_SPACED)


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
    abstract = _SLOT_SPACE_RE.sub("", abstract)
    abstract = _DASH_SLOT_RE.sub("", abstract)
    slot_pos = slot_positions(abstract, len(slots), 0)
    return Sentence(index, start, end, slots, abstract, slot_pos, ments)


_SLOT_CHAR_RE = re.compile(SLOT_CLASS)


def slot_positions(abstract: str, n: int, default: int, *, clip: bool = False) -> list[int]:
    """Where each of ``n`` slots stands in ``abstract`` (``default`` for a slot not in
    it; the last place wins); with ``clip`` a slot character past ``n`` is ignored.

    >>> slot_positions("a \ue001 b \ue000", 3, -1)
    [6, 2, -1]
    """
    pos = [default] * n
    for m in _SLOT_CHAR_RE.finditer(abstract):  # (a loop over every character before)
        k = ord(m.group()) - _SLOT_BASE_ORD
        if not clip or k < n:
            pos[k] = m.start()
    return pos


#: Forms of a mention that modifies a noun rather than naming an actor.
MODIFIER_FORMS = frozenset({"adjective", "demonym", "capital"})


def agent_adjective(sent: Sentence, slot: Slot) -> list[str] | None:
    """In a list that ends in an adjective ("de situatie in A en B en de Russische
    agressie"), the adjective alone modifies the noun after the list; ``None`` when the
    list is all adjectives ("Russian and Belarusian aggression") or ends in a name."""
    inside = [x for x in sent.mentions if slot.start <= x.start and x.end <= slot.end]
    if len(inside) < 2 or not inside[-1].forms & MODIFIER_FORMS:
        return None
    if all(x.forms & MODIFIER_FORMS for x in inside):
        return None
    return list(inside[-1].actors)
