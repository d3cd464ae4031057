"""SUPPORTS cues read off contributions and thanks: the states that give to a mission or
a state ("the countries that have pledged personnel to X, including A and B"), the largest
contributor, thanks for support, support of another state's work, support that forces
arrive with. Kept apart from :mod:`.cues_core` (the pattern language is in
:mod:`.cue_base`)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import _GIVE, ACTORS, STATES, SUP, Cue, _cue

#: "the countries that have pledged personnel and funding to X": the states that give to X.
_CONTRIBUTORS_TO = (
    r"(?:countries|states|nations|partners|allies|landen|staten|partners|bondgenoten) "
    r"(?:that|which|who|die) (?:have |has |had |hebben |heeft )?(?:[\w-]+ ){0,2}?"
    + r"(?:" + _GIVE + r"|committed|deployed|toegezegd|ingezet)"
    r" (?:[^\ue000-\uefff;:]{1,60}? )?(?:to|for|aan|voor) {the}{b}"
    r"(?: [^\ue000-\uefff;:]{0,80}?)?"
)

_IS = r"(?:is|was|remains|has been|became|is now|blijft|werd) "
#: "largest financial contributor", "leading donor", "grootste donateur"
_LARGEST = (
    r"(?:(?:single |second |third )?(?:largest|biggest|leading|main|top|principal|grootste|"
    r"belangrijkste)(?:-largest)? )(?:[\w-]+ ){0,2}?(?:contributor|donor|backer|provider of "
    r"(?:[\w-]+ ){0,2}?(?:aid|assistance|support)|donateur|bijdrager|geldschieter)"
)

#: What one side gives another, as the object of thanks ("its logistical support").
_AID_NOUN = r"(?:support|assistance|help|aid|backing|contributions?|steun|hulp|bijstand)"
#: Thanks that name what is thanked for: the thanked one supports the one who thanks.
_THANKS = (
    r"(?:thanked|thanks|thank|praised|commended|bedankte|bedankt|dankte|dankt|"
    r"(?:deeply |very |most |so |truly )?grateful to)"
)
_APPRECIATION = (
    r"(?:expressed|conveyed|reiterated|voiced|uitte|sprak) (?:his|her|their|our|its|zijn|"
    r"haar|hun|onze) (?:deep |sincere |profound |grote )?(?:appreciation|gratitude|thanks|"
    r"waardering|dank|dankbaarheid) (?:for|to|voor|aan)"
)
#: Thanks for support that names no receiver end the clause ("… for its support at the UN
#: to call for …" is support of a cause).
_CLAUSE_END = r"(?= ?[.,;]| ?$| (?:and|en)\b)"
#: Work of another state that one supports: "the investigations by X", "X's efforts".
_ACTION_NOUN = (
    r"(?:investigations?|inquiry|inquiries|probe|efforts?|mediation|leadership|initiative|"
    r"onderzoek|inspanningen|bemiddeling)"
)

CONTRIBUTION_CUES: list[Cue] = [
    _cue(  # "The President thanked X for its logistical support" (none for a third party)
        "support.thanked-for-support",
        SUP,
        "ba",
        r"{a} {w4}" + _THANKS + r" {the}{b} (?:for|voor) (?:its|their|his|her|zijn|haar|hun) "
        r"(?:[\w-]+ ){0,3}?" + _AID_NOUN + _CLAUSE_END,
        0.7,
        a_kinds=ACTORS | {"person"},
        b_kinds=ACTORS,
        anchor=r"thank|prais|commend|bedank|dank|grateful",
    ),
    _cue(  # "He expressed his appreciation for X's operational support"
        "support.appreciation-for-support",
        SUP,
        "ba",
        r"{a} {w4}" + _APPRECIATION + r" {the}{b} (?:[\w-]+ ){0,3}?" + _AID_NOUN
        + _CLAUSE_END,
        0.7,
        a_kinds=ACTORS | {"person"},
        b_kinds=ACTORS,
        anchor=r"appreciation|gratitude|thanks|waardering|dank",
    ),
    _cue(  # "We strongly support the investigations by X and Y": support for their work
        "support.action-by",
        SUP,
        "ab",
        r"{a} {w3}(?:support|supports|supported|back|backs|backed|endorse|endorses|steunen|"
        r"steunt|steunde|steunden) (?:fully |strongly |firmly |volledig |volop )?{the}"
        r"(?:[\w-]+ )?" + _ACTION_NOUN + r" (?:by|of|from|van|door) {the}{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"support|back|endorse|steun",
    ),
    _cue(  # "With strong support from X, Y's forces arrived": X supports Y
        "support.with-support-from",
        SUP,
        "ab",
        r"(?:with|met) (?:[\w-]+ ){0,2}?" + _AID_NOUN + r" (?:from|of|van) {the}{a} , {the}{b}"
        r" (?:[\w-]+ )?(?:forces|troops|soldiers|police|engineers|authorities|government|"
        r"strijdkrachten|troepen|militairen|politie|autoriteiten|regering)\b",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"with|met",
    ),
    _cue(  # "all the countries that have pledged troops and funding to X, including A, B":
        # each listed contributor supports X
        "support.contributors-including",
        SUP,
        "ab",
        _CONTRIBUTORS_TO + r" ,? (?:led by {x} (?:and|en) )?(?:including|such as|among them|"
        r"notably|waaronder|zoals|onder meer|onder andere) {a}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"includ|such as|among them|notably|waaronder|zoals|onder",
    ),
    _cue(  # "… to X, led by A and including B": the lead contributor too
        "support.contributors-led-by",
        SUP,
        "ab",
        _CONTRIBUTORS_TO + r" ,? (?:led by|onder leiding van) {a}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"led by|onder leiding",
    ),
    _cue(  # "A is X's largest financial contributor", "A is the main donor to X"
        "support.largest-contributor",
        SUP,
        "ab",
        r"{a} " + _IS + r"{b} " + _LARGEST + r"s?\b",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"contributor|donor|backer|provider|donateur|bijdrager|geldschieter",
    ),
    _cue(
        "support.largest-contributor-to",
        SUP,
        "ab",
        r"{a} " + _IS + r"{the}" + _LARGEST + r"s? (?:to|of|for|aan|van|voor) {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"contributor|donor|backer|provider|donateur|bijdrager|geldschieter",
    ),
]
