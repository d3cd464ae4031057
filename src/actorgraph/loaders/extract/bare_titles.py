"""An office holder referred to by the bare title: "the Prime Minister", "the Chancellor".

Readouts name a counterpart once with title and name ("met with Prime Minister Kishida
Fumio of Japan", or in the document's title) and then write "the Prime Minister’s
support to Ukraine", "thanked the Chancellor". The bare title is the one person the
document names with that title; with two or more such persons (or none) it names nobody.
"President" is left out: in a readout "the President" is the issuing head of state, which
the catalogue's role entries already read.

Example
-------
>>> from actorgraph.loaders.extract.lexicon import RawMention
>>> text = "Biden met Prime Minister Kishida. He praised the Prime Minister’s leadership."
>>> named = [RawMention(10, 32, "fumio-kishida", "variant", "Prime Minister Kishida")]
>>> [(m.actor, m.text) for m in bare_title_mentions(text, named, lambda a: "person")]
[('fumio-kishida', 'the Prime Minister')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extract.lexicon import RawMention

#: Titles of one office holder that a text repeats without the name.
_TITLES = (
    r"Prime Minister|Chancellor|Secretary[- ]General|Taoiseach|King|Queen|Emir|Amir|"
    r"Crown Prince|Sultan|Premier|Foreign Minister|Foreign Secretary|Defence Minister|"
    r"Defense Minister|High Representative"
)
#: The title right before a person's name ("Prime Minister Kishida", "Chancellor Olaf
#: Scholz"), or the mention itself opening with it.
_TITLE_BEFORE_RE = re.compile(r"(?:^|\W)(" + _TITLES + r")[\s\u00a0]+$")
_TITLE_OPENS_RE = re.compile(r"(" + _TITLES + r")\b")
#: The bare title with its article, no name after it ("the Prime Minister’s", "the
#: Chancellor and …"; not "the Prime Minister of Japan", "the Prime Minister Kishida").
_BARE_RE = re.compile(
    r"\b[Tt]he (" + _TITLES + r")\b(?!-| of\b| [A-Z])"
)


def _title_of(text: str, m: RawMention) -> str | None:
    """The title written with a person mention (normalised), if any."""
    opens = _TITLE_OPENS_RE.match(m.text)
    if opens:
        return _norm(opens.group(1))
    before = _TITLE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    return _norm(before.group(1)) if before else None


def _norm(title: str) -> str:
    return title.lower().replace("-", " ").replace("defence", "defense")


def bare_title_mentions(
    text: str,
    mentions: list[RawMention],
    kind: Callable[[str], str],
    titled: list[tuple[str, RawMention]] = (),
) -> list[RawMention]:
    """Mentions of the one person the document names with a title, where ``text`` writes
    that title bare. ``mentions`` are the body's mentions, ``titled`` (text, mention)
    pairs from elsewhere (the document's title); ``kind(actor)`` says who is a person."""
    holders: dict[str, set[str]] = {}
    for src, m in [*((text, m) for m in mentions), *titled]:
        if kind(m.actor) != "person":
            continue
        title = _title_of(src, m)
        if title:
            holders.setdefault(title, set()).add(m.actor)
    one = {t: next(iter(p)) for t, p in holders.items() if len(p) == 1}
    if not one:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[RawMention] = []
    for b in _BARE_RE.finditer(text):
        person = one.get(_norm(b.group(1)))
        s, e = b.span()
        if person is None or any(s < me and ms < e for ms, me in taken):
            continue
        out.append(RawMention(s, e, person, "person", b.group(0)))
    return out
