"""Constructions found missing after blind19's first scoring (issue 9; development cues, not
a blind figure), general wordings of English and Dutch:

- ``threat.poses-to``: "the threat Hamas poses to Israel", "de dreiging die Noord-Korea
  vormt voor Japan" — a threat named with its author in a relative clause;
- ``support.in-support-of``: "In strong support of ECOWAS, the African Union condemned …" —
  a fronted phrase of support before the subject;
- ``nl.member-deel-uitmaken``: "India en Rusland maken deel uit van de BRICS", "de
  Brics-landen, waar behalve Brazilië ook India deel van uitmaken" — membership by "deel
  uitmaken van" (checked against the catalogue like every MEMBER_OF).

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("The threat Iran poses to Israel is growing.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('IRN', 'THREATENS', 'ISR')]
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, MEM, ORGS, STATES, SUP, THR, Cue, _cue

_WORD = r"[^\s\ue000-\uefff;:,]+ "

ROUND20_CUES: list[Cue] = [
    _cue("threat.poses-to", THR, "ab",
         r"\b(?:threat|threats|danger|dangers|risk|risks) (?:that |which )?{a} "
         r"(?:poses|posed|pose|represents|represented|presents|presented) (?:to|for) {the}{b}",
         0.7, a_kinds=ACTORS, b_kinds=STATES | ORGS, lang="en"),
    _cue("threat.poses-to", THR, "ab",
         r"\b(?:dreiging|bedreiging|gevaar) (?:die|dat) {a} (?:vormt|vormde|vormen|is|"
         r"betekent|oplevert) (?:voor|tegen) (?:de |het )?{b}",
         0.7, a_kinds=ACTORS, b_kinds=STATES | ORGS, lang="nl"),
    _cue("support.in-support-of", SUP, "ab",
         # the actor is what is supported, or its statement or efforts ("In support of the
         # Luanda Process, we …": a process named after a place is none)
         r"^(?:[\"'“‘] )?in (?:strong |full |firm |unwavering |steadfast )?support of {the}{b}"
         r"(?: \( [\w-]+ \))?(?:'s?)?(?: (?:statement|decision|position|call|efforts?))? , "
         r"{the}(?:" + _WORD + r"){0,4}?{a}",
         0.7, a_kinds=ACTORS, b_kinds=ACTORS, lang="en"),
    _cue("nl.member-deel-uitmaken", MEM, "ba",
         r"{b} (?:" + _WORD + r"){0,3}?(?:maakt|maken|maakte|maakten) (?:" + _WORD + r"){0,3}?"
         r"deel uit van {the}{a}",
         0.7, a_kinds=ORGS, b_kinds=STATES, lang="nl"),
    # "de Brics-landen, waar behalve Brazilië en China ook India deel van uitmaken": the
    # states after "behalve" and the ones after "ook" (two cues, one slot each)
    _cue("nl.member-deel-uitmaken", MEM, "ba",
         r"{a}(?:-[\w-]+)? , (?:waar|waarvan) (?:behalve|naast) {b} (?:ook )?(?:{x} )?"
         r"(?:" + _WORD + r"){0,2}?deel (?:van )?(?:uitmaken|uitmaakt|uitmaakten|uitmaakte)\b",
         0.7, a_kinds=ORGS, b_kinds=STATES, lang="nl"),
    _cue("nl.member-deel-uitmaken", MEM, "ba",
         r"{a}(?:-[\w-]+)? , (?:waar|waarvan) (?:(?:behalve|naast) {x} )?(?:ook )?"
         r"(?:" + _WORD + r"){0,4}?{b} (?:" + _WORD + r"){0,2}?deel (?:van )?"
         r"(?:uitmaken|uitmaakt|uitmaakten|uitmaakte)\b",
         0.7, a_kinds=ORGS, b_kinds=STATES, lang="nl"),
]  # fmt: skip
