"""English cues of issue 9's eighteenth round (the English core misses of every development
set, grouped by construction): a commitment owned by an actor written as an adjective or a
possessive and given to a state ("reaffirmed Allied commitment to Latvian and Estonian
security", "U.S. commitment to Chile", "Canada's commitment to a free, independent and
sovereign Moldova", "the French commitment to the sovereignty of Moldova") and a subject
"steadfast in its support of" a state. The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in ROUND18_CUES)[:2]
['support.owned-commitment-adjective', 'support.owned-commitment-possessive']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    STATES,
    SUP,
    Cue,
    _cue,
)

S = "[\ue000-\uefff]"
#: Up to four qualifying words of the commitment ("unwavering", "long-standing and
#: ironclad"): a closed list, so that no verb stands between ("Russia questioned Western
#: commitment to X" is no commitment of Russia's).
_QUAL = (r"(?:(?:continued|continuing|renewed|shared|enduring|unwavering|steadfast|ironclad|"
         r"strong|firm|full|deep|long-standing|longstanding|lasting|unshakeable|unshakable|"
         r"unconditional|resolute|sustained|ongoing|total|absolute|clear|abiding|unflagging|"
         r"robust|unswerving|unequivocal|solid|and|,) ){0,4}?")
#: The commitment (with "support and" before it).
_COMMITMENT = r"(?:(?:support|assistance) and )?(?:commitment|dedication)"
#: What of a state one is committed to: its security, sovereignty, defense.
_ITS = (r"(?:security|safety|sovereignty|independence|territorial integrity|defen[cs]e|"
        r"self-defen[cs]e|stability|resilience|democracy|people|future|recovery|reconstruction)")
#: The state the commitment goes to: "Chile", "a free, independent and sovereign Moldova",
#: "the security (and stability) of Moldova", "Latvian and Estonian security", "Moldova's
#: security"; not the state's neighbours or its rules ("Chile's neighbours", "Chile-based").
_TARGET = (
    r"to (?:the )?(?:" + _ITS + r"(?: and (?:[\w-]+ ){1,2}?)? of (?:the )?)?"
    r"(?:(?:a|an) (?:[\w-]+ (?:, )?(?:and )?){1,6}?)?"
    r"(?P<b>" + S + r")(?:(?:'s?|s') (?:[\w-]+ )?" + _ITS + r"\b| " + _ITS + r"\b|(?!'|-))"
)
_ANCHOR = r"commitment|dedication"
#: A commitment doubted or worn down is not stated: "questioned the U.S. commitment to X",
#: "doubts about Canadian commitment to X" (fixed-width lookbehinds, one per form).
_DOUBTED = "".join(
    f"(?<!{verb} {det})"
    for verb in ("question", "questions", "questioned", "questioning", "doubt", "doubts",
                 "doubted", "doubts about", "doubt about", "questions about", "undermine",
                 "undermines", "undermined", "undermining", "weaken", "weakens", "weakened",
                 "weakening", "test", "tests", "tested", "testing", "erode", "eroded",
                 "abandon", "abandoned", "end", "ended", "withdraw", "withdrew")
    for det in ("", "the ")
)

ROUND18_CUES: list[Cue] = [
    _cue(  # "reaffirmed Allied commitment to Latvian and Estonian security", "U.S.
        # commitment to Chile through new programs": the owner an adjective or acronym
        "support.owned-commitment-adjective",
        SUP,
        "ab",
        _DOUBTED + r"(?P<a>" + S + r") " + _QUAL + _COMMITMENT + r" " + _TARGET,
        0.7,
        a_kinds=ACTORS,
        a_forms={"adjective", "demonym", "acronym", "collective"},
        b_kinds=STATES,
        lang="en",
        anchor=_ANCHOR,
    ),
    _cue(  # "Canada's enduring commitment to a free and sovereign Moldova"
        "support.owned-commitment-possessive",
        SUP,
        "ab",
        _DOUBTED + r"(?P<a>" + S + r")(?:'s?|s') " + _QUAL + _COMMITMENT + r" " + _TARGET,
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=_ANCHOR,
    ),
    _cue(  # "Italy is steadfast in its support of Moldova", "remains firm in their backing for X"
        "support.steadfast-in-its-support",
        SUP,
        "ab",
        r"{a} (?:[\w-]+ ){0,3}?(?:steadfast|firm|unwavering|resolute|united|unshakeable|"
        r"unshakable|constant) in (?:its|their|his|her|our) (?:[\w-]+ )?(?:support|backing|"
        r"commitment) (?:of|for|to) {the}{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        subject=True,
        lang="en",
        anchor=r"steadfast|firm|unwavering|resolute|united|unshak|constant",
    ),
]
