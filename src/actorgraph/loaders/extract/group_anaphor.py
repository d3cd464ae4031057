""""The rebels", "the militants": the armed group the text named just before.

News names a group once ("the Iran-aligned Houthi rebels") and then writes "the rebels"
("The rebels have launched dozens of attacks on X", "the Iran-backed rebels"). The noun
stands for the last group actor (catalogue kind ``group``) named in the last three sentences
with actors; with none, it names nobody. A noun with an actor's name before it ("the Houthi
rebels") is that name's, not a carried one.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention
>>> g = GroupAnaphor({"HOUTHIS": "group", "SAU": "state"}.get)
>>> g.after([Mention(4, 11, ["HOUTHIS"], {"name"}, "Houthis")])
>>> text = "The rebels attacked Saudi Arabia."
>>> [(m.actors, m.text) for m in g.mentions(text, 0, len(text), [])]
[(['HOUTHIS'], 'rebels')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extract.analysis import Mention

_NOUN_RE = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,2}?(?P<n>rebels|militants|insurgents|militias?)\b")
#: How many sentences with actors the group stays the referent of "the rebels".
_REACH = 3


class GroupAnaphor:
    """The group "the rebels" stands for, updated sentence by sentence."""

    def __init__(self, kind: Callable[[str], str | None]) -> None:
        self.kind = kind
        self.group: str | None = None
        self.age = _REACH + 1

    def mentions(self, text: str, s0: int, s1: int, resolved: list[Mention]) -> list[Mention]:
        """Mentions of the current group for "the (…) rebels" in ``text[s0:s1]``."""
        if self.group is None or self.age > _REACH:
            return []
        out = []
        for m in _NOUN_RE.finditer(text, s0, s1):
            a, b = m.start("n"), m.end("n")
            if any(r.start < b and (a < r.end or not text[r.end : a].strip()) for r in resolved
                   if r.start >= m.start()):
                continue  # "the Houthi rebels": the name's own ("the Iran-backed rebels" not)
            out.append(Mention(a, b, [self.group], {"name", "carried"}, m.group("n")))
        return out

    def after(self, resolved: list[Mention]) -> None:
        """Note the last group a sentence's mentions name (else the group ages)."""
        groups = [a for m in resolved for a in m.actors if self.kind(a) == "group"]
        if groups:
            self.group, self.age = groups[-1], 0
        else:
            self.age += 1

    def unqualified(self, resolved: list[Mention], text: str) -> list[Mention]:
        """The mentions without a state's adjective written right before a group's name
        ("Lebanese Hezbollah", "the Yemeni Houthis"): it qualifies the name, and a list
        ("Hamas, Lebanese Hezbollah, and the Houthis") stays one list.

        >>> g = GroupAnaphor({"HEZBOLLAH": "group", "LBN": "state"}.get)
        >>> ms = [Mention(0, 8, ["LBN"], {"adjective"}, "Lebanese"),
        ...       Mention(9, 18, ["HEZBOLLAH"], {"name"}, "Hezbollah")]
        >>> [(m.actors, m.text) for m in g.unqualified(ms, "Lebanese Hezbollah")]
        [(['HEZBOLLAH'], 'Lebanese Hezbollah')]
        """
        drop = {
            k for k, (m, nxt) in enumerate(zip(resolved, resolved[1:], strict=False))
            if m.forms & {"adjective", "demonym"} and text[m.end : nxt.start] == " "
            and all(self.kind(a) == "state" for a in m.actors)
            and all(self.kind(a) == "group" for a in nxt.actors)
        }
        if not drop:
            return resolved
        out = []
        for k, m in enumerate(resolved):
            if k - 1 in drop:  # the name now starts at the adjective
                q = resolved[k - 1]
                m = Mention(q.start, m.end, m.actors, m.forms, text[q.start : m.end])
            if k not in drop:
                out.append(m)
        return out

