"""English cues of issue 9's eighteenth round (the English core misses of every development
set, grouped by construction): a commitment owned by an actor written as an adjective or a
possessive and given to a state ("reaffirmed Allied commitment to Latvian and Estonian
security", "U.S. commitment to Chile", "Canada's commitment to a free, independent and
sovereign Moldova", "the French commitment to the sovereignty of Moldova"), a subject
"steadfast in its support of" a state, and an accomplice of a war ("Russia's war against
Georgia, enabled by Belarus"; "Russia, and its accomplice Belarus, …"), and partners named
by a bond they share ("the close bond Chile and Peru share") or supported "as a partner
and ally". The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in ROUND18_CUES)[:2]
['partner.bond-they-share', 'partner.support-as-a-partner']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    MACROS,
    ORGS,
    PAR,
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

#: What an accomplice does to a war: "enabled by", "aided and abetted by", "backed by".
_ENABLED = (r"(?:enabled|aided|abetted|facilitated|assisted|supported|backed|sustained|fuell?ed|"
            r"fueled)")

ROUND18_CUES: list[Cue] = [
    _cue(  # "U.S. support for Chile as a partner and ally": the two are partners
        "partner.support-as-a-partner",
        PAR,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:support|commitment|friendship) (?:for|to) {the}{b} as "
        r"(?:a|an|its|our|their) (?:[\w-]+ ){0,2}?(?:partner|ally)\b",
        0.7,
        a_kinds=STATES | ORGS,
        b_kinds=STATES | ORGS,
        lang="en",
        anchor=r"partner|ally",
    ),
    _cue(  # "the close bond Chile and Peru share", "the friendship that A and B enjoy"
        "partner.bond-they-share",
        PAR,
        "pair",
        # not a bare "relationship" or "ties" (optional in the gold: ANNOTATION.md)
        r"\b(?:bonds?|friendship|partnership|alliance) (?:that )?{the}{a} "
        r"(?:share|enjoy|have built|have forged|have long shared)\b",
        0.7,
        a_kinds=STATES | ORGS,
        lang="en",
        anchor=r"share|enjoy|built|forged",
    ),
    _cue(  # "Russia's war against Georgia, enabled by Belarus": the enabler supports the
        # war's owner
        "support.war-enabled-by",
        SUP,
        "ba",
        r"{a} {n4}(?:war|aggression|invasion|attacks?)(?: of aggression)?"
        r"(?: (?:against|on|in) {the}" + MACROS["x"] + r")? , "
        r"(?:(?:which|that) (?:is|was|are|were|has been) )?"
        + _ENABLED + r"(?: and " + _ENABLED + r")? by {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=ACTORS,
        lang="en",
        anchor=r"by",
    ),
    _cue(  # "Russia, and its accomplice Belarus, bear responsibility": the accomplice supports
        "support.its-accomplice",
        SUP,
        "ba",
        r"{a} (?:, )?(?:and |with |or )?(?:its|their|his) (?:[\w-]+ )?(?:accomplices?|"
        r"enablers?|co-aggressors?|puppets?|puppet regimes?|client states?|vassals?) "
        r"(?:, )?{the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=ACTORS,
        lang="en",
        anchor=r"accomplice|enabler|co-aggressor|puppet|client state|vassal",
    ),
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
