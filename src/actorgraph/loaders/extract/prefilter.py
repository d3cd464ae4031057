"""Literal pre-filters for the cue patterns, derived from the compiled expressions.

A cue's regular expression can only match a sentence that holds certain words: "threat.
harm-of-by" needs one of its harm nouns ("aggression", "attack", …), a role cue one of
the role words. :func:`required_literals` reads such sets off the parsed pattern, so a
sentence without any of them is skipped with a few substring tests instead of a search
that tries every position (the cues that open with a long alternation cost 30 µs a
sentence). The sets are *necessary* conditions only: a pattern that matches a text
always finds one literal of each set in it, so the filter never changes a result.

Only parts of the pattern that are certain are read: literals, small character
classes, alternations, groups, repeats of at least one, and zero-width assertions;
anything else (``\\w``, ``.``, a negated class, a back-reference) ends a literal run.

>>> import re
>>> required_literals(re.compile(r"(?:threat|danger)s? to (?P<b>[\\ue000-\\uefff])"))
(('danger', 'threat'),)
>>> required_literals(re.compile(r"\\w+ (?:by|door) \\w+"))
()
>>> required_literals(re.compile(r"(?i)threat"))
()
"""

from __future__ import annotations

import functools
import re

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: At most this many strings in one set of exact alternatives (cross products grow fast).
_CAP = 64
#: A set is used only when its shortest literal has this many letters or more ...
_MIN_LETTERS = 3
#: ... and it has at most this many literals (a pattern that opens with a literal or a
#: class is searched fast by the engine itself; :class:`CueSet` finds every literal in
#: one scan, so large sets cost little: 256 skips 44% of the searches 16/64 made).
_MAX_SMALL, _MAX_BIG = 256, 256
#: Literals are cut to this many characters (more sharing, fewer tests, see _prefix).
_PREFIX = 6

Lits = frozenset  # a set of strings one of which a match must contain


@functools.lru_cache(maxsize=2)
def _parsed(pattern: str, flags: int):
    """The parsed pattern, read twice in a row (its literals, then its openings: see
    :class:`_CueIndex`); only the last ones are kept (the trees of every cue take 18 MB)."""
    return _sre_parse.parse(pattern, flags)


def minimal(lits) -> tuple[str, ...]:
    """The literals without those that contain another one (which then is present too).

    >>> minimal({"for ", " for a ", "of "})
    ('for ', 'of ')
    """
    out: list[str] = []
    for s in sorted(set(lits), key=len):
        if not any(t in s for t in out):
            out.append(s)
    return tuple(sorted(out))


def _own(exact, req):
    """What one element requires: its exact strings when none is empty, else ``req``."""
    return exact if (exact is not None and "" not in exact) else req


def _node(op, av) -> tuple[Lits | None, Lits | None]:
    """``(exact, required)`` of one parsed element: the strings it matches (when few and
    known) and a set one of which every match contains (``None``: unknown)."""
    name = op.name
    if name == "LITERAL":
        return frozenset({chr(av)}), None
    if name == "IN":
        chars: set[str] = set()
        for o, a in av:
            if o.name == "LITERAL":
                chars.add(chr(a))
            elif o.name == "RANGE" and a[1] - a[0] < 8:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:  # a category, a negation or a wide range
                return None, None
        return frozenset(chars), None
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _sequence(sub)
    if name == "BRANCH":
        return _branch(av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        exact, req = _sequence(sub)
        if lo >= 1:
            return (exact if lo == hi == 1 else None), _own(exact, req)
        if hi == 1 and exact is not None:
            return exact | {""}, None
        return None, None
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset({""}), None  # zero-width: matches no text
    return None, None


def _branch(alternatives) -> tuple[Lits | None, Lits | None]:
    exact: set[str] | None = set()
    reqs: set[str] | None = set()
    for alt in alternatives:
        e, r = _sequence(alt)
        if exact is not None:
            exact = None if e is None or len(exact) + len(e) > _CAP else exact | e
        own = _own(e, r)
        if reqs is not None:
            reqs = None if own is None or len(reqs) > 16 * _CAP else reqs | own
    return (
        frozenset(exact) if exact is not None else None,
        frozenset(minimal(reqs)) if reqs else None,
    )


def _runs(items) -> tuple[Lits | None, list[Lits]]:
    """The exact strings of a sequence (when known) and every set its matches need."""
    sets: list[Lits | None] = []
    cur = {""}
    whole = True
    for op, av in items:
        e, r = _node(op, av)
        if e is not None and len(cur) * len(e) <= _CAP:
            cur = {a + b for a in cur for b in e}
            continue
        whole = False
        sets += [frozenset(cur), _own(e, r)]
        cur = {""}
    sets.append(frozenset(cur))
    return (frozenset(cur) if whole else None), [s for s in sets if s and "" not in s]


def _letters(lits) -> int:
    return min(len(s.strip(" '-")) for s in lits)


def _sequence(items) -> tuple[Lits | None, Lits | None]:
    exact, sets = _runs(items)
    sets = [s for s in sets if _letters(s) >= 1]
    best = max(sets, key=lambda s: (min(_letters(s), 4), -len(s)), default=None)
    return exact, best


def _opens_fast(items) -> bool:
    """Whether the pattern opens with a literal or a class (the engine skips ahead)."""
    items = list(items)
    while items and items[0][0].name == "SUBPATTERN":
        items = list(items[0][1][3])
    return bool(items) and items[0][0].name in ("LITERAL", "IN")


def _prefix(lit: str) -> str:
    """A shorter literal every text with ``lit`` holds too: its first letters, without
    the spaces at its end ("bedreigde " → "bedrei"), so that forms of one word fold into
    one test. A weaker test, never a wrong one: it passes whenever ``lit`` is present.

    >>> _prefix("bedreigden "), _prefix(" of ")
    ('bedrei', ' of')
    """
    return (lit.rstrip(" ") or lit)[:_PREFIX]


def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Up to two sets of literals, each of which has a member in every text the pattern
    matches (the most selective sets first; empty when none is worth testing)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    items = _parsed(pattern.pattern, pattern.flags)
    _exact, sets = _runs(items)
    limit = _MAX_SMALL if _opens_fast(items) else _MAX_BIG
    found: list[tuple[str, ...]] = []
    for s in sets:
        m = minimal(_prefix(lit) for lit in s)
        if _letters(m) >= _MIN_LETTERS and len(m) <= limit and m not in found:
            found.append(m)
    found.sort(key=lambda m: (-_letters(m), len(m)))
    return tuple(found[:2])


def _starts(items) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (the exact
    strings of its first elements, then the openings of the first one that is not exact),
    ``None`` when a match can start with anything."""
    cur = {""}
    for op, av in items:
        if op.name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the match starts at what follows
        exact, _req = _node(op, av)
        if exact is not None and len(cur) * len(exact) <= _CAP:
            cur = {a + b for a in cur for b in exact}
            if min(map(len, cur)) >= _PREFIX:
                break
            continue
        sub = _opening(op, av)
        if sub is not None and "" not in sub and len(cur) * len(sub) <= 4 * _CAP:
            cur = {a + b for a in cur for b in sub}
        break  # an element that may be empty or is unknown: what came before opens a match
    return None if "" in cur else cur


def _opening(op, av) -> set[str] | None:
    """The openings of one element that is not exact (see :func:`_starts`)."""
    name = op.name
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _starts(sub)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            got = _starts(alt)
            if got is None:
                return None
            out |= got
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return _starts(av[2])
    return None


def opening_literals(pattern: re.Pattern) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` starts with: a match can only start
    where one of them occurs (empty when the pattern can start with anything, e.g. a slot).

    >>> opening_literals(re.compile(r"(?:vice[- ])?president \\w+|minister(?:s)? of"))
    ('minist', 'presid', 'vice p', 'vice-p')
    >>> opening_literals(re.compile(r"[\\ue000-\\uefff] attacked"))
    ()
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    got = _starts(_parsed(pattern.pattern, pattern.flags))
    if not got or len(got) > _MAX_BIG:
        return ()
    cut = {lit[:_PREFIX] for lit in got}  # a prefix of an opening opens the match too
    out = sorted(lit for lit in cut if not any(o != lit and lit.startswith(o) for o in cut))
    return tuple(out) if min(map(len, out)) >= 2 else ()


def find_matches(pattern: re.Pattern, openings: tuple[str, ...], text: str):
    """``pattern.finditer(text)``, trying the pattern only where one of ``openings``
    (:func:`opening_literals`) occurs instead of at every position: the same matches
    (they are not empty, and a match at a position is the one a search finds there).

    >>> rx = re.compile(r"(?:vice )?president \\w+")
    >>> text = "the vice president x, president y"
    >>> [m.group() for m in find_matches(rx, opening_literals(rx), text)]
    ['vice president x', 'president y']
    """
    if not openings:
        return pattern.finditer(text)
    return _matches_at(pattern, openings, text)


@functools.lru_cache(maxsize=64)
def _openings_of(pattern: re.Pattern) -> tuple[str, ...]:
    return opening_literals(pattern)


def find_all(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` by :func:`find_matches`, for a pattern run once per
    document over its whole text (its openings are kept by pattern; a key that is hashed
    from the compiled code, too slow for a test per sentence).

    >>> [m.group() for m in find_all(re.compile(r"\\b(?:President|King) [A-Z]\\w+"),
    ...                               "Then President Biden met King Charles.")]
    ['President Biden', 'King Charles']
    """
    return find_matches(pattern, _openings_of(pattern), text)


def _matches_at(pattern: re.Pattern, openings: tuple[str, ...], text: str):
    starts: set[int] = set()
    for lit in openings:
        i = text.find(lit)
        while i >= 0:
            starts.add(i)
            i = text.find(lit, i + 1)
    end = 0
    match = pattern.match
    for i in sorted(starts):
        if i >= end:
            m = match(text, i)
            if m is not None:
                yield m
                end = m.end()


def may_match(required: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether ``text`` holds a literal of every set (see :func:`required_literals`).

    >>> may_match((("attack", "war"), ("by ",)), "the war on x by y")
    True
    >>> may_match((("attack", "war"), ("by ",)), "the war on x")
    False
    """
    for lits in required:  # plain loops: twice as fast as all(any(...)) here
        for lit in lits:
            if lit in text:
                break
        else:
            return False
    return True


def _trie_pattern(literals) -> str:
    """A regular expression that matches, at a position, the longest of ``literals`` that
    starts there (a trie: one branch per next character, so a position costs a few tests
    however many literals there are).

    >>> re.match(_trie_pattern(["war", "wars", "was"]), "wars on").group()
    'wars'
    """
    trie: dict = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body  # longer first, else stop here

    return build(trie)


class LiteralScan:
    """Which of a fixed set of literals a text holds, found in one pass over the text
    instead of one substring test per literal.

    >>> sorted(LiteralScan(["war", "wars", "ars o", "by "]).present("wars on x"))
    ['ars o', 'war', 'wars']
    """

    def __init__(self, literals) -> None:
        lits = sorted(set(literals))
        # every position: the longest literal there; the shorter ones there are its prefixes
        self._scan = re.compile("(?=(" + _trie_pattern(lits) + "))") if lits else None
        known = set(lits)
        self._prefixes = {
            lit: tuple(p for p in (lit[:k] for k in range(1, len(lit) + 1)) if p in known)
            for lit in lits
        }

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text``."""
        out: set[str] = set()
        if self._scan is not None:
            prefixes = self._prefixes
            for lit in set(self._scan.findall(text)):
                out.update(prefixes[lit])
        return out


class _CueIndex:
    """Which cues of a list may match a text: the cues indexed by the literals of their
    first required set, so that a text finds its candidates through the literals it holds
    (one scan, :class:`LiteralScan`) instead of testing every cue's sets in turn."""

    def __init__(self, cues) -> None:
        self.always: list[int] = []  # cues without literals: always candidates
        self.by_literal: dict[str, list[int]] = {}
        self.second: dict[int, tuple[frozenset[str], ...]] = {}  # their other sets
        self.anchors: dict[int, re.Pattern] = {}
        for i, cue in enumerate(cues):
            req = cue.required
            _ = cue.opening  # (now, from the same parse: Cue.finditer reads it)
            if cue.anchor:
                self.anchors[i] = cue.anchor_re
            if not req:
                self.always.append(i)
                continue
            for lit in req[0]:
                self.by_literal.setdefault(lit, []).append(i)
            if len(req) > 1:
                self.second[i] = tuple(frozenset(s) for s in req[1:])
        self.scan = LiteralScan(lit for cue in cues for s in cue.required for lit in s)
        # what a sentence must offer a cue, known before any text: language, slots, person
        self._needs = [(cue.lang, cue.slots_needed, cue.needs_person) for cue in cues]
        self._most = max((n for _, n, _ in self._needs), default=0)
        self._views: dict[tuple, tuple[list[int], dict[str, list[int]]]] = {}
        self.of_type: dict = {}  # relation type → positions of its cues (CueSet.of_type)

    def view(self, lang: str | None, slots: int, person: bool):
        """``always`` and ``by_literal`` for the cues a sentence of ``lang`` with ``slots``
        slots (a list counts two) and a person slot or none can match."""
        key = (lang, min(slots, self._most), person)
        got = self._views.get(key)
        if got is None:
            keep = {
                i
                for i, (clang, needed, needs_person) in enumerate(self._needs)
                if needed <= slots and not (clang and clang != lang)
                and not (needs_person and not person)
            }  # fmt: skip
            by_literal = {}
            for lit, idx in self.by_literal.items():
                kept = [i for i in idx if i in keep]
                if kept:
                    by_literal[lit] = kept
            got = self._views[key] = ([i for i in self.always if i in keep], by_literal)
        return got

    def positions(self, text: str, view=None) -> list[int]:
        """The positions of the cues whose ``may_match(text)`` holds, in order (of those
        in ``view``, :meth:`view`, when given)."""
        present = self.scan.present(text)
        always, by_literal = view or (self.always, self.by_literal)
        found = set(always)
        for lit in present:
            got = by_literal.get(lit)
            if got:
                found.update(got)
        second, anchors = self.second, self.anchors
        anchored: dict[str, bool] = {}  # one search per anchor (several cues share one)
        out = []
        for i in sorted(found):
            sets = second.get(i)
            if sets is not None and any(present.isdisjoint(s) for s in sets):
                continue
            anchor = anchors.get(i)
            if anchor is not None:
                ok = anchored.get(anchor.pattern)
                if ok is None:
                    ok = anchored[anchor.pattern] = anchor.search(text) is not None
                if not ok:
                    continue
            out.append(i)
        return out


#: Indexes of the cue lists seen, by what they depend on (``Cue.index_key``: each cue's
#: pattern and anchor, what its sentence needs, and its type, see ``of_type``).
_INDEXES: dict[tuple, _CueIndex] = {}


class CueSet(tuple):
    """A list of cues (a tuple, in their order) that finds the cues a text may match in
    one pass: ``[c for c in cues if c.may_match(text)]``, faster.

    >>> from actorgraph.loaders.extract.cue_base import _cue
    >>> cues = CueSet([_cue("w", "THREATENS", "ab", "{a} (?:attacked|invaded) {b}", 0.7),
    ...                _cue("s", "SUPPORTS", "ab", "{a} supported {b}", 0.7)])
    >>> [c.name for c in cues.may_match("\\ue000 invaded \\ue001")]
    ['w']
    """

    def __new__(cls, cues) -> CueSet:
        self = super().__new__(cls, cues)
        key = tuple([c.index_key for c in self])  # once per document: no tuple per cue
        index = _INDEXES.get(key)
        if index is None:
            if len(_INDEXES) >= 32:  # tests build many small lists
                _INDEXES.clear()
            index = _INDEXES[key] = _CueIndex(self)
        self._index = index
        return self

    def may_match(self, text: str) -> list:
        """The cues whose :meth:`Cue.may_match` holds for ``text``, in their order."""
        return [self[i] for i in self._index.positions(text)]

    def of_type(self, rtype) -> CueSet:
        """The cues of relation type ``rtype``, in their order (the positions kept with
        the index, so that a document's title does not filter every cue again)."""
        index = self._index
        got = index.of_type.get(rtype)
        if got is None:
            got = index.of_type[rtype] = [i for i, c in enumerate(self) if c.type is rtype]
        return CueSet([self[i] for i in got])

    def candidates(self, text: str, lang: str | None, slots: int, person: bool) -> list:
        """The cues :meth:`may_match` gives that a sentence in ``lang`` with ``slots``
        slots (a list counts two) can match: those of another language, those that need
        more slots, and those that need a person slot when ``person`` is false are left out.

        >>> from actorgraph.loaders.extract.cue_base import _cue
        >>> cues = CueSet([_cue("w", "THREATENS", "ab", "{a} invaded {b}", 0.7, lang="en"),
        ...                _cue("v", "THREATENS", "ab", "{a} invaded", 0.7)])
        >>> [[c.name for c in cues.candidates("\ue000 invaded \ue001", lang, slots, True)]
        ...  for lang, slots in (("en", 2), ("nl", 2), ("en", 1))]
        [['w', 'v'], ['v'], ['v']]
        """
        index = self._index
        return [self[i] for i in index.positions(text, index.view(lang, slots, person))]


def cue_set(cues) -> CueSet:
    """``cues`` as a :class:`CueSet` (itself when it is one)."""
    return cues if isinstance(cues, CueSet) else CueSet(cues)
