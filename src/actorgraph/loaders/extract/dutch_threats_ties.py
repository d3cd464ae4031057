"""Dutch news verbs of threatening with something and of drawing ties closer (issue 9,
round 15): THREATENS and PARTNERS_WITH in the shapes Dutch news headlines and reports
write them.

- **threatening with consequences for a state**: "Wit-Rusland dreigt met harde maatregelen
  tegen Polen", "Iran heeft gisteren gedreigd met represailles voor Israël", and with the
  threatened state as object: "Turkije dreigt Griekenland met militaire stappen". What the
  threat holds that is a veto, sanctions or a boycott is opposition, not a threat: "dreigt
  met een veto tegen X" gives nothing; "dreigt … te verliezen" (a risk) has no "met";
- **drawing ties closer** ("de banden aanhalen"): "Vietnam en Indonesië halen de banden aan",
  "Brazilië haalt de banden met Argentinië aan", "Chili heeft de banden met Peru
  aangehaald" (PARTNERS_WITH, both ways). The particle before "met" ("haalt de banden aan
  met Y") is not read yet.

>>> sorted({c.name for c in dutch_threat_tie_cues()})
['nl.partner-ties', 'nl.threat-with']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, STATES, Cue, _cue

#: A head of state or government acts for the state (mapped when the relation is added):
#: "Poetin en Kim halen de banden aan".
_WHO = ACTORS | {"person"}

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_THREATEN = (r"(?:dreigt|dreigen|dreigde|dreigden|"
             r"(?:heeft|hebben|had|hadden) " + _W + r"{0,3}?gedreigd)")
#: What a threat "met" holds that is no harm done: a political or legal step (opposition).
_NOT_HARM = (r"(?!(?:een |het |de )?(?:[^\s\ue000-\uefff;:,]+ )?(?:veto|sancties?|boycot|"
             r"blokkade|rechtszaak|rechtszaken|juridische|ontslag|vertrek|opstappen|"
             r"terugtrekking|uitstap|heffingen|importheffingen|tarieven|handelsmaatregelen)\b)")
_TIES = r"(?:de |hun |zijn |haar )?(?:banden|betrekkingen|relaties|contacten)"
_PULL = r"(?:haalt|halen|haalde|haalden)"


def dutch_threat_tie_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [
        _cue("nl.threat-with", "THREATENS", "ab",
             r"{a} " + _W + r"{0,3}?" + _THREATEN + r" " + _W + r"{0,2}?met " + _NOT_HARM
             + _W + r"{1,6}?(?:voor|tegen|jegens) {the}{b}", 0.65, subject=True,
             a_kinds=_WHO, b_kinds=STATES, lang="nl", anchor="dreig"),
        _cue("nl.threat-with", "THREATENS", "ab",  # "Turkije dreigt Griekenland met …"
             r"{a} " + _W + r"{0,2}?(?:dreigt|dreigde|dreigen|dreigden) {the}{b} "
             + _W + r"{0,2}?met " + _NOT_HARM, 0.65, subject=True, a_kinds=_WHO,
             b_kinds=STATES, lang="nl", anchor="dreig"),
        _cue("nl.partner-ties", "PARTNERS_WITH", "pair",  # "X en Y halen de banden aan"
             r"{a} " + _W + r"{0,2}?" + _PULL + r" " + _TIES + r" " + _W + r"{0,2}?aan\b(?! met)",
             0.65, a_kinds=_WHO, lang="nl", anchor="banden|betrekkingen|relaties|contacten"),
        _cue("nl.partner-ties", "PARTNERS_WITH", "pair",
             r"{a} " + _W + r"{0,2}?" + _PULL + r" " + _TIES + r" (?:aan )?met {the}{b}"
             r"(?: aan)?\b", 0.65, a_kinds=_WHO, b_kinds=_WHO, lang="nl",
             anchor="banden|betrekkingen|relaties|contacten"),
        _cue("nl.partner-ties", "PARTNERS_WITH", "pair",  # "heeft de banden met Y aangehaald"
             r"{a} (?:heeft|hebben|had|hadden) " + _W + r"{0,2}?" + _TIES + r" met {the}{b} "
             + _W + r"{0,2}?aangehaald\b", 0.65, a_kinds=_WHO, b_kinds=_WHO, lang="nl",
             anchor="aangehaald"),
    ]  # fmt: skip
