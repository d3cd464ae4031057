"""English cues about a group and those it stands for (issue 9, blind9's misses): a forum
described by its members ("an international forum consisting of A, B and C"), a state's
proxies named with it ("Iran and its proxies, including A and B"), and the threats a
state's security is kept from ("X's security against all threats from Y and its proxies").
The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in GROUP_CUES)[:2]
['member.consisting-of', 'member.our-org-partners']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _GIVE,
    ACTORS,
    FIRST,
    MEM,
    ORGS,
    STATES,
    SUP,
    THR,
    Cue,
    _cue,
)

#: "consisting of", "made up of", "composed of", "comprising": the members follow.
_CONSISTING = (
    r"(?:(?:[\w-]+ ){0,6}?(?:consisting|composed|made up|comprised) of|"
    r"(?:consists|is composed|is made up) of|comprises|comprising)"
)
#: "its proxies", "its partners and proxies": the groups a state arms and directs.
_ITS_PROXIES = r"(?:its|their) (?:[\w-]+ (?:and|&) )?(?:proxies|proxy groups|proxy forces)"
_INCLUDING = r"(?:including|such as|like|among them|notably)"
#: "Israel's security against all threats from": the victim before, the threat's author
#: after; "defen[cs]e" and "safety" as "security".
_SECURITY_AGAINST = (
    r"{b}(?:'s?)? (?:[\w-]+ )?(?:security|safety|defen[cs]e|self-defen[cs]e) "
    r"(?:against|from) (?:all |any |the )?(?:[\w-]+ ){0,2}?(?:threats?|attacks?|aggression) "
    r"(?:of|from|posed by|by) {the}"
)

#: "to half a million people across Somalia": the people of a state receive for it.
_PEOPLE_IN = (
    r"(?:[\w-]+ ){0,4}?(?:people|civilians|families|children|communities|households) "
    r"(?:in|across|throughout|inside) {the}"
)

GROUP_CUES: list[Cue] = [
    _cue(  # "the United States and our G7 partners", "with our EU colleagues": the speaker is
        # a member of the organisation it calls its partners' (the catalogue must agree)
        "member.our-org-partners",
        MEM,
        "ba",
        r"{b} {a}[ -](?:partners|colleagues|counterparts|fellow members|member states)\b",
        0.7,
        a_kinds=ORGS,
        b_forms=FIRST,
        lang="en",
        anchor=r"partners|colleagues|counterparts|members",
    ),
    _cue(  # "our G7 partners" read as one name of the G7 (a variant: "G7 partners")
        "member.our-org-variant",
        MEM,
        "ba",
        r"{b} {a}",
        0.7,
        a_kinds=ORGS,
        a_forms={"variant"},
        b_forms=FIRST,
        lang="en",
    ),
    _cue(  # "We are providing food and water support to half a million people across Somalia"
        "support.give-to-people-in",
        SUP,
        "ab",
        r"{a} {n6}" + _GIVE + r" {w16}(?:to|for) " + _PEOPLE_IN + r"{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"people|civilians|families|children|communities|households",
    ),
    _cue(  # "The Group of Seven (G7) is an international forum consisting of Canada, …"
        "member.consisting-of",
        MEM,
        "ba",
        r"{a}(?: \( [\w-]+ \))?(?: ,)? " + _CONSISTING + r" {the}{b}",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
        lang="en",
        anchor=r"consist|compos|made up|compris",
    ),
    _cue(  # "Iran and its proxies, including Hezbollah and the Houthis"
        "support.proxies-including",
        SUP,
        "ab",
        r"{a} (?:and|,) " + _ITS_PROXIES + r"(?: ,)? " + _INCLUDING + r" {the}{b}",
        0.75,
        a_kinds=STATES,
        lang="en",
        anchor=r"prox",
    ),
    _cue(  # "Israel's security against all threats from Iran"
        "threat.security-against-threats",
        THR,
        "ab",
        _SECURITY_AGAINST + r"{a}(?!-)",
        0.75,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"threat|attack|aggression",
    ),
    _cue(  # "… threats from Iran and its proxies, including Hamas": the proxies threaten too
        "threat.security-against-proxies",
        THR,
        "ab",
        _SECURITY_AGAINST + r"{x} (?:and|,) " + _ITS_PROXIES + r"(?: ,)? " + _INCLUDING
        + r" {the}{a}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"prox",
    ),
]
