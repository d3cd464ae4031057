"""English cues of issue 9's sixteenth round (blind12's and blind13's misses, grouped by
construction): a group summary that lists its members ("The G7 Foreign Ministers,
including those of A and B", "the leaders of the G7 countries A, B and C"), an office
holder who met or joined a call with an organisation's leaders ("met virtually with G7
Leaders": a member, checked against the catalogue's memberships like every MEMBER_OF),
and a state with its proxies written as an inclusion ("Iran, including its proxy
terrorist groups A and B": the state backs them; "threats from Iran, including its proxy
groups A and B": they threaten too), a relationship between two states ("the deep ties
between A and B", not a strained or merely discussed one) and a list that is partners ("A
and B are close partners"). The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in ROUND16_CUES)[:2]
['member.joined-org-call', 'member.met-org-leaders']
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

#: The people or members of an organisation a summary lists ("foreign ministers",
#: "leaders", "member states"), after up to two words of office ("G7 Foreign Ministers").
_PEOPLE = (
    r"(?:[\w-]+ ){0,2}?(?:leaders|ministers|heads of state and government|heads of government|"
    r"heads of state|members|member states|member countries|countries|nations|governments)"
)
#: How the list is introduced: an inclusion word, "namely", a colon-like dash, or nothing
#: ("the G7 countries Canada, Italy and Japan"); "those of" before the states.
_LISTED = (
    r"(?: ,| -)? (?:(?:including|among them|among whom|namely|such as|in particular|notably|"
    r"that is) )?(?:(?:those|the leaders|the ministers|the representatives) of )?"
)
#: "its proxies", "its proxy terrorist groups", "its proxy militias": those a state arms.
_ITS_PROXY = (
    r"(?:its|their) (?:[\w-]+ )?(?:proxies|proxy (?:[\w-]+ )?(?:groups|forces|militias|"
    r"organi[sz]ations|partners))"
)
_FELLOW = r"(?:(?:his|her|their|fellow|the other|other|the) )*"
_THREATS_FROM = (
    r"(?:threats?|attacks?|aggression) (?:of|from|posed by|by) {the}"
)

ROUND16_CUES: list[Cue] = [
    _cue(  # "The G7 Foreign Ministers, including those of A and B", "the leaders of the G7
        # countries A, B and C": the states are members (the catalogue must agree)
        "member.org-people-listed",
        MEM,
        "ba",
        r"{a} " + _PEOPLE + _LISTED + r"{the}{b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
        lang="en",
        anchor=r"leaders|ministers|heads of|members|member|countries|nations|governments",
    ),
    _cue(  # "the G7 countries Canada, Italy and Japan", "our G7 partners, including A and B":
        # a variant of the organisation's name that names its members
        "member.org-variant-listed",
        MEM,
        "ba",
        r"{a}(?: (?:,|-) (?:including|among them|namely|such as|in particular|notably)|"
        r" (?:including|among them|namely))? (?:(?:those|the leaders|the ministers) of )?{the}{b}",
        0.7,
        a_kinds=ORGS,
        a_forms={"variant"},
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "The President met virtually with G7 Leaders": the office holder's state is a
        # member (the catalogue must agree)
        "member.met-org-leaders",
        MEM,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:met|meets|meeting|joined|joins|joining) (?:[\w-]+ )?with "
        + _FELLOW + r"{b} (?:leaders|counterparts|heads of state and government)\b",
        0.7,
        b_kinds=ORGS,
        subject=True,
        lang="en",
        anchor=r"met|meet|join",
    ),
    _cue(  # "President X joined a call with the G7", "joined the virtual G7 summit"
        "member.joined-org-call",
        MEM,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:joined|joins|joining|attended|attends|attending) "
        r"(?:a |the )?(?:virtual )?(?:(?:call|meeting|summit|video ?conference) (?:of|with) "
        + _FELLOW + r"|(?=" + S + r" (?:leaders ' )?(?:call|meeting|summit|video ?conference)\b))"
        r"{b}",
        0.7,
        b_kinds=ORGS,
        subject=True,
        lang="en",
        anchor=r"join|attend",
    ),
    _cue(  # "Iran, including its proxy terrorist groups A and B": the state backs them
        "support.including-its-proxies",
        SUP,
        "ab",
        r"{a} ,? (?:including|such as|and) " + _ITS_PROXY + r"(?: ,)? (?:(?:including|such as|"
        r"like|notably) )?{the}{b}",
        0.7,
        a_kinds=STATES,
        lang="en",
        anchor=r"prox",
    ),
    _cue(  # "threats from Iran, including its proxy groups A and B" to a victim named before
        # "security against": the proxies threaten it too
        "threat.from-including-its-proxies",
        THR,
        "ab",
        r"{b}(?:'s?)? (?:[\w-]+ )?(?:security|safety|defen[cs]e) (?:against|from) "
        r"(?:all |any |the )?(?:[\w-]+ ){0,2}?" + _THREATS_FROM + r"{x} ,? (?:including|such as) "
        + _ITS_PROXY + r"(?: ,)? {the}{a}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"prox",
    ),
    _cue(  # "defend X against all threats from Iran, including its proxy militias A and B"
        "threat.defend-from-including-its-proxies",
        THR,
        "ab",
        r"(?:defend|protect|safeguard)\w* {b} (?:against|from) (?:all |any |the )?(?:[\w-]+ ){0,2}?"
        + _THREATS_FROM + r"{x} ,? (?:including|such as) " + _ITS_PROXY + r"(?: ,)? {the}{a}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"prox",
    ),
    _cue(  # "the close relationship between A and B", "the ties of friendship between A and B"
        # (not a strained or broken one)
        "partner.relationship-between",
        PAR,
        "pair",
        r"(?<!strained )(?<!tense )(?<!troubled )(?<!difficult )(?<!hostile )(?<!frozen )"
        r"(?<!broken )(?<!fragile )(?<!uneasy )"
        r"\b(?:relationship|ties|friendship|bonds|bond) (?:of (?:friendship|cooperation) )?"
        r"between {the}{a}(?! (?:[^\s\ue000-\uefff;:]+ ){0,4}?(?:strained|deteriorat\w*|"
        r"worsen\w*|tense|soured|broke\w*|collaps\w*|crisis|rift|discussed|reviewed)\b)",
        0.7,
        a_kinds=STATES | ORGS,
        lang="en",
        anchor=r"relationship|ties|friendship|bond",
    ),
    _cue(  # "Egypt and Jordan are close partners in the region": a list that is partners
        "partner.list-are-partners",
        PAR,
        "pair",
        r"{a} (?:are|remain|have been|were|have long been|will remain) (?:[\w-]+ ){0,2}?"
        r"(?:partners|allies)\b(?! (?:of|for|to|in crime)\b)",
        0.7,
        a_kinds=STATES | ORGS,
        lang="en",
        anchor=r"partners|allies",
    ),
    _cue(  # "President X's ironclad commitment to Y's security": the office holder's state
        "support.person-ironclad-commitment",
        SUP,
        "ab",
        r"{a}(?:'s?)? (?:[\w-]+ )?(?:ironclad|unwavering|steadfast|unshakable|unshakeable|"
        r"enduring|firm|rock-solid) commitment to {the}{b}(?:'s?)? {seclist}",
        0.7,
        a_kinds={"person"},
        b_kinds=STATES,
        lang="en",
        anchor=r"commitment",
    ),
    _cue(  # "The President affirmed his ironclad commitment to Y's security"
        "support.affirmed-own-commitment",
        SUP,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:reaffirm|affirm|underscor|reiterat|emphasi[sz]|stress|"
        r"highlight|underlin|express)\w* (?:his|her|their|its|our) (?:[\w-]+ ){0,2}?"
        r"commitment to {the}{b}(?:'s?)? {seclist}",
        0.7,
        a_kinds=ACTORS | {"person"},
        b_kinds=STATES,
        subject=True,
        lang="en",
        anchor=r"commitment",
    ),
]
