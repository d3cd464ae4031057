"""Missions sent to a state: "the Multinational Security Support Mission to Haiti", "de
EU-trainingsmissie in Mali". A document about such a mission goes on to say "this mission"
or "the mission's largest contributor"; those phrases refer to the state the mission is
sent to, so that every cue reads them as it reads the state ("countries that have pledged
troops to this mission, including A and B" → A and B support the state).

Example
-------
>>> from actorgraph.loaders.extract.lexicon import Lexicon
>>> lex = Lexicon.from_aliases([("Haiti", "HTI", None, "name")], kinds={"HTI": "state"})
>>> host = mission_host("The Security Support Mission to Haiti", "", lex, "en")
>>> host
'HTI'
>>> text = "Ten countries pledged troops to this mission."
>>> [(m.text, m.actors) for m in mission_mentions(text, 0, len(text), host, [])]
[('this mission', ['HTI'])]
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.analysis import Mention
from actorgraph.loaders.extract.lexicon import Lexicon, RawMention

#: "Security Support Mission to Haiti", "trainingsmissie in Mali": the state named next. Only
#: a mission of forces or aid sent to a state: an embassy ("U.S. Mission to Russia"), a
#: trip or a staff visit ("fact-finding mission to China") is none.
_MISSION_TO_RE = re.compile(
    r"\b(?:[Ss]ecurity|[Ss]upport|[Pp]eace(?:keeping)?|[Ss]tabili[sz]ation|[Tt]raining|"
    r"[Mm]onitoring|[Oo]bserver|[Mm]ilitary|[Pp]olice|[Mm]ultinational|[Hh]umanitarian|"
    r"[Vv]redes|[Tt]rainings|[Pp]olitie|[Mm]ilitaire|[Ss]tabilisatie|[A-Z]{2,}-?)\s?"
    r"[Mm]issi(?:on|e)s?\s(?:to|in|naar)\s(?:(?:the|de|het)\s)?"
)
#: What a sentence says of a mission's contributors ("pledged personnel to this mission",
#: "the mission's largest financial contributor"): only then does "this mission" stand for
#: the state it is sent to ("Russia opposes this mission" says nothing of Haiti).
_CONTRIB_RE = re.compile(
    r"\b(?:pledg|contribut|commit|deploy|personnel|troops|funding|fund|support|lead|led\b|"
    r"bijdra|bijgedra|stuur|stuurd|lever|financ|troepen|militairen|steun)", re.IGNORECASE
)
#: "this mission", "the multinational mission", "deze missie": a reference to the mission.
_MISSION_REF_RE = re.compile(
    r"\b(?:[Tt]his|[Tt]he|[Tt]hat|[Dd]eze|[Dd]ie|[Dd]e) (?:[\w-]+ ){0,3}?missi(?:on|e)\b"
    r"(?! (?:to|in|naar|of|van)\b)"
)


def mission_host(title: str, text: str, lex: Lexicon, lang: str | None) -> str | None:
    """The one state that the document's missions are sent to (None for none or several)."""
    hosts: set[str] = set()
    for part in (title or "", text):
        if "issi" not in part:
            continue  # no "mission"/"missie": the search would try every position for none
        for m in _MISSION_TO_RE.finditer(part):
            found = lex.scan(part, lang, m.end(), min(len(part), m.end() + 40))
            if found and found[0].start == m.end() and lex.kind(found[0].actor) == "state":
                hosts.add(found[0].actor)
    return hosts.pop() if len(hosts) == 1 else None


def mission_mentions(
    text: str, s0: int, s1: int, host: str | None, sent_raw: list[RawMention]
) -> list[Mention]:
    """The references to the mission in ``text[s0:s1]`` as mentions of its host state,
    unless the sentence names the host itself."""
    if host is None or any(m.actor == host for m in sent_raw):
        return []
    if not _CONTRIB_RE.search(text, s0, s1):
        return []
    out = []
    for m in _MISSION_REF_RE.finditer(text, s0, s1):
        if any(r.start < m.end() and m.start() < r.end for r in sent_raw):
            continue
        out.append(Mention(m.start(), m.end(), [host], {"anaphora"}, m.group(0)))
    return out
