"""English cues of issue 9's seventeenth round (blind14's English misses, grouped by
construction and checked against the other dev sets): a state that enables another's war
("Belarus keeps enabling the Russian aggression"), a state that "can count on" another
to support it, a war "waged" against a state or its people (the auxiliaries of "has been
waging" leave the general aggression cue's gap too short), a state that works "with G7
partners" (a member, checked against the catalogue like every MEMBER_OF) and "cooperation
among A, B and C" (partners), and one who works "to ensure X can defend itself" (supports X).
The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in ROUND17_CUES)[:2]
['member.with-org-partners', 'member.with-org-partners-noun']
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
    _cue,
)

#: What one counts on another to do: support, help, stand by (with "continue to", "keep").
_TO_HELP = (
    r"(?:to (?:continue to |keep |always )?(?:support\w*|help\w*|assist\w*|back\w*|defend\w*|"
    r"stand (?:by|with))|for (?:its |their |continued |further )*(?:support|help|assistance|"
    r"backing))\b"
)

#: What one enables of another's war: "enabling", "facilitating", "fuelling", "helps".
_ENABLES = (
    r"(?:enabl|facilitat|abet|fuel|sustain|help|assist|encourag)\w*(?: and (?:enabl|facilitat|"
    r"abet|fuel|sustain|help|assist|encourag)\w*)?"
)
#: The war enabled ("aggression", "war machine"); never one's defence against it.
_WAR = r"(?:aggression|war|war machine|war effort|invasion|attacks)\b"
#: Up to two words before the war, none of them "of" ("the victims of the war": not the war).
_ADJ2 = r"(?:(?!of\b|against\b|on\b)[\w-]+ ){0,2}?"

ROUND17_CUES: list[Cue] = [
    _cue(  # "Belarus keeps enabling the Russian aggression", "fuelling Russia's war"
        "support.enabling-aggression",
        SUP,
        "ab",
        r"{a} (?:[\w-]+ ){0,4}?" + _ENABLES + r" {the}{b}(?:'s?)? " + _ADJ2 + _WAR,
        0.7,
        a_kinds=ACTORS | {"person"},
        b_kinds=STATES,
        subject=True,
        lang="en",
        anchor=r"enabl|facilitat|abet|fuel|sustain|help|assist|encourag",
    ),
    _cue(  # "the regime actively helps the illegal invasion perpetrated by Russia"
        "support.enabling-aggression-by",
        SUP,
        "ab",
        r"{a} (?:[\w-]+ ){0,4}?" + _ENABLES + r" {the}" + _ADJ2 + _WAR
        + r" (?:(?:perpetrated|waged|launched|carried out|led|committed) )?by {the}{b}",
        0.7,
        a_kinds=ACTORS | {"person"},
        b_kinds=STATES,
        subject=True,
        lang="en",
        anchor=r"enabl|facilitat|abet|fuel|sustain|help|assist|encourag",
    ),
    _cue(  # "X can count on Y to continue to support it", "X can rely on Y for help"
        "support.count-on",
        SUP,
        "ab",
        r"{b} (?:[\w-]+ ){0,3}?(?:count|counts|counted|counting|rely|relies|relied|relying) on "
        r"{the}{a} " + _TO_HELP,
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"count|rel[yi]",
    ),
    _cue(  # "work to ensure Israel can defend itself", "ensure that X has what it needs to
        # defend itself": the one who ensures it (the nearest earlier actor) supports X
        "support.ensure-can-defend",
        SUP,
        "agent",
        r"\bensur\w* (?:that )?{the}{b} (?:can|is able to|are able to|will be able to|"
        r"has (?:what it needs|the means|the capabilities|the weapons) to) (?:continue to )?"
        r"(?:defend|protect) (?:itself|themselves|its (?:people|territory|citizens))\b",
        0.7,
        b_kinds=STATES,
        lang="en",
        anchor=r"ensur",
    ),
    _cue(  # "Russia has been waging a brutal war against the Ukrainian people"
        "threat.waging-war",
        THR,
        "ab",
        r"{a} (?:(?:has|have|had|is|are|was|were|been|continues to|continued to|keeps) ){0,2}"
        # (not a war of defence: "waging a defensive war against X")
        r"(?:wag(?:e|es|ed|ing)) (?:a |an |its |his |their )?"
        r"(?:(?!defensive |defen[cs]e |self-defen[cs]e )[\w-]+ ){0,3}?"
        r"(?:war|campaign|aggression) (?:against|on) "
        r"{the}{peopleof}{b}",
        0.75,
        a_kinds=ACTORS | {"person"},
        b_kinds=STATES,
        lang="en",
        anchor=r"wag",
    ),
    _cue(  # "the UK would work with G7 partners", "coordinate closely with fellow EU members"
        "member.with-org-partners",
        MEM,
        "ab",
        r"{a} (?:[\w-]+ ){0,3}?(?:work|coordinat|cooperat|consult|engag|partner)\w* "
        r"(?:closely |together |further )?(?:with|alongside) (?:(?:its|our|their|fellow|other) )?"
        r"{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=ORGS,
        b_forms={"variant", "collective"},  # "G7 partners", "EU member states": not "the EU"
        subject=True,
        lang="en",
        anchor=r"work|coordinat|cooperat|consult|engag|partner",
    ),
    _cue(  # "Italy will work with EU partners" (the noun written after the name)
        "member.with-org-partners-noun",
        MEM,
        "ab",
        r"{a} (?:[\w-]+ ){0,3}?(?:work|coordinat|cooperat|consult|engag|partner)\w* "
        r"(?:closely |together |further )?(?:with|alongside) (?:(?:its|our|their|fellow|other) )?"
        r"{b} (?:partners|allies|members|member states|counterparts)\b",
        0.7,
        a_kinds=STATES,
        b_kinds=ORGS,
        subject=True,
        lang="en",
        anchor=r"partners|allies|members|counterparts",
    ),
    _cue(  # "cooperation among A, B and C", "cooperative efforts, including among A, B and C"
        "partner.cooperation-among",
        PAR,
        "pair",
        r"\b(?:cooperation|cooperative efforts|collaboration|coordination|partnership) "
        r"(?:, )?(?:(?:including|in particular|especially|notably) )?among {the}{a}",
        0.7,
        a_kinds=STATES | ORGS,
        lang="en",
        anchor=r"among",
    ),
    _cue(  # "Lithuania and Australia, as co-chairs, worked to …", "A and B co-chair the
        # group": who chair together are partners (a list: one co-chair names no pair)
        "partner.co-chairs",
        PAR,
        "pair",
        r"{a} (?:, )?(?:as (?:the )?(?:[\w-]+ ){0,2}?co-chairs\b|co-chair(?:ed)? )",
        0.7,
        a_kinds=STATES | ORGS,
        lang="en",
        anchor=r"co-chair",
    ),
]
