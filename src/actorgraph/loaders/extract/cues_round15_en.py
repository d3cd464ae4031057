"""English cues of issue 9's fifteenth round (blind12's misses, grouped by construction):
an aggression that "has caused harm to X", an owner's "ironclad commitment to X" (X's
security), groups listed before "and other Iranian-backed groups" (the adjective's state
backs them all),
the states listed after "our allies / partners … including" are partners of the speaker
("I thank our allies who stood with us, including A and B"), and the members listed in an
organisation's apposition ("the SCO — a grouping of the states of A, B and C —"). The
pattern language is in :mod:`.cue_base`.

>>> len(ROUND15_CUES), sorted(c.name for c in ROUND15_CUES)[:2]
(7, ['member.apposition-grouping-of', 'partner.our-allies-including'])
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    MEM,
    ORGS,
    PAR,
    STATES,
    SUP,
    THR,
    Cue,
    S,
    _cue,
)

#: A word of the gap: no slot, except the speaker after "with" ("who stood with us").
_GAP = r"(?:(?:[^\s\ue000-\uefff;:]+|(?<=with )[\ue000-\uefff]) )"

ROUND15_CUES: list[Cue] = [
    _cue(  # "we thank our partners who worked with us, including A, B and C"
        "partner.our-allies-including",
        PAR,
        "pair",
        # (a gap only as a relative clause: not "our partners condemned the attacks, including")
        r"{a} (?:closest |close |many |key )?(?:allies|partners|friends) "
        r"(?:(?:who|that|which) " + _GAP + r"{0,12}?)?"
        r"(?:, |- )?(?:including|such as|among them|notably) {b}",
        0.7,
        a_forms={"pronoun", "issuer"},
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "We, the leaders of A, B and C, mark the anniversary of our partnership"
        "partner.we-leaders-of",
        PAR,
        "pair",
        r"(?:\bwe|" + S + r")(?: ,)? the (?:leaders|heads of state and government|heads of "
        r"government|(?:foreign |defen[cs]e )?ministers) of {a}(?: ,)? [^;:]{0,100}?"
        r"\b(?:partnership|alliance)\b",
        0.7,
        a_kinds=STATES,
        lang="en",
    ),
    _cue(  # "we are working closely with A and B": partners of the speaker
        "partner.we-work-with",
        PAR,
        "pair",
        r"{a} (?:are |have been |will |will continue to |continue to )?(?:work(?:ing)?|"
        r"consult(?:ing)?|partner(?:ing)?) (?:closely |together )?with {the}{b}",
        0.65,
        # ("we" read as an organisation: its members' partners are not the bloc's)
        a_forms={"pronoun", "issuer"},
        a_kinds=STATES,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "the SCO -- a Beijing-led grouping of the states of A, B and C --"
        "member.apposition-grouping-of",
        MEM,
        "ba",
        r"{a}(?: ?-+| ,) (?:a|an|the) (?:\S+ ){0,3}?(?:grouping|bloc|alliance|union|"
        r"organi[sz]ation|group|coalition) of (?:the )?(?:[\w-]+ )?(?:states|countries|"
        r"nations|republics|members) (?:of )?{b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "the President's ironclad commitment to X's security", "the U.S. ironclad …"
        "support.ironclad-commitment-to",
        SUP,
        "ab",
        r"{a}(?:'s?)? (?:[\w-]+ )?(?:ironclad|unwavering|steadfast|unshakable|unshakeable|"
        r"enduring|firm|rock-solid) commitment to {the}{b}(?! ?-)",
        0.75,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "Hezbollah, Hamas, and any other Iranian-backed groups": Iran backs the list too
        "support.and-other-backed",
        SUP,
        "ab",
        r"{b}(?: ,)? and (?:any |all |the )?other {a}-(?:backed|supported|sponsored|funded|"
        r"armed) ",
        0.7,
        a_kinds=STATES,
        lang="en",
    ),
    _cue(  # "Russian unprovoked aggression has caused untold harm to the people of X"
        "threat.aggression-caused-harm-to",
        THR,
        "ab",
        r"{a}(?:'s?)? (?:[\w-]+ (?:and )?){0,3}?(?:aggression|invasion|war|attacks|assault|"
        r"bombardment|shelling) (?:has |have |had )?(?:caused|inflicted|brought) (?:[\w-]+ ){0,2}?"
        r"(?:harm|suffering|damage|destruction|devastation|losses) (?:to|on|upon) {the}"
        r"{peopleof}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=STATES,
        lang="en",
    ),
]
