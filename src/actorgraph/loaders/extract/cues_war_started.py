"""The aggressor named in a relative clause after the war (English and Dutch): "the war
against Ukraine that Russia started", "the war on Georgia, which Russia launched in 2008",
"de oorlog met Oekraïne die Rusland is begonnen" — who started the war on a state
threatens it.

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("The war against Armenia that Azerbaijan started is over.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('AZE', 'THREATENS', 'ARM')]
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, STATES, THR, Cue, _cue

_WORD = r"[^\s\ue000-\uefff;:,]+ "

WAR_STARTED_CUES: list[Cue] = [
    _cue("threat.war-started-by", THR, "ab",
         r"\b(?:war|invasion|aggression|offensive|attack) (?:on|against|in|with|of) (?:the )?{b}"
         r" ?,? (?:that|which) {a} (?:" + _WORD + r"){0,2}?(?:started|began|begun|launched|"
         r"unleashed|waged|wages|is waging|has waged|initiated|provoked)\b",
         0.7, a_kinds=ACTORS, b_kinds=STATES, lang="en"),
    _cue("threat.war-started-by", THR, "ab",
         r"\b(?:oorlog|invasie|agressie|aanval|inval|aanvalsoorlog) (?:met|tegen|op|in|van) "
         r"(?:de |het )?{b} ?,? (?:die|dat) {a} (?:" + _WORD + r"){0,3}?(?:begonnen|"
         r"ontketend|gestart|voert|voerde|heeft ingezet|is gestart)\b",
         0.7, a_kinds=ACTORS, b_kinds=STATES, lang="nl"),
]  # fmt: skip
