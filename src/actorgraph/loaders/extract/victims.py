"""Who suffers an aggression the sentence names without its victim ("Russia's invasion",
"de Russische agressie"): the context that makes one earlier actor its victim.

>>> import re
>>> a = "\\ue000 support for \\ue001 in response to \\ue002's aggression"
>>> victim_slot(a, a.index("\\ue002")).group(1) == "\\ue001"
True
>>> victim_slot("\\ue000 condemned \\ue002's aggression", 13) is None
True
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.analysis import SLOT_CLASS

#: "Ukraine's self-defense against Russia's war": the possessor defends, so is the victim.
_DEFENDING_RE = re.compile(
    r"(" + SLOT_CLASS + r")(?:'s?|s'| (?:in|with) (?:its|their|zijn|haar|hun)) (?:[\w-]+ )?"
    r"(?:self-defen[cs]e|defen[cs]e|sovereignty|fight|struggle|resistance|territorial integrity|"
    r"zelfverdediging|verdediging|strijd|soevereiniteit) (?:[^\s\ue000-\uefff;:]+ ){0,4}?$"
)
#: "U.S. support for Ukraine in response to Russia's aggression", "Australia stands with
#: Ukraine … against Russia's invasion": what answers an aggression helps its victim, not the
#: helper.
_SUPPORTED_RE = re.compile(
    r"\b(?:support|assistance|aid|help|solidarity|steun|hulp|solidariteit|stand(?:s|ing)? "
    r"(?:firmly |resolutely |shoulder to shoulder )?|stood |staat |staan )\w* ?(?:for|to|with|"
    r"by|voor|aan|met|naast|of(?= (?:the )?" + SLOT_CLASS + r" by )) (?:the |de |het )?("
    + SLOT_CLASS + r")(?!'|-) "
    # the helpers, written as the noun's agent: "support for X by A and B in the face of …"
    r"(?:(?:by|door) (?:the |de |het )?" + SLOT_CLASS + r"(?: (?:,|and|en) (?:the |de |het )?"
    + SLOT_CLASS + r")* )?"
    r"(?:[^\s\ue000-\uefff;:]+ )"
    r"{0,6}?$"
)


def victim_slot(abstract: str, start: int) -> re.Match[str] | None:
    """The slot (group 1) that the words before ``start`` make the victim of the aggression
    named at ``start``: a defender ("X's self-defense against …") or the one supported in
    answer to it ("support for X in response to …"); ``None`` when neither is written."""
    window = max(0, start - 80)
    return _DEFENDING_RE.search(abstract, window, start) or _SUPPORTED_RE.search(
        abstract, window, start
    )
