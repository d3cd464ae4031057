"""A victim named by what is protected from an aggressor (English and Dutch): "protect
Ukrainian cities and civilians from Russia's missile and drone attacks", "de Oekraïense
steden beschermen tegen Russische raketaanvallen" — the owner of the protected people or
places is threatened by the owner of the attacks.

The ``threat.defend-itself`` cue of ``cues_threat.py`` reads a state that defends
itself ("help Ukraine defend itself against Russian attacks"); here the state is only
the adjective of what is protected, and the attacker the owner of the harm.

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("The systems protect Moldovan towns from Russian drone strikes.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('RUS', 'THREATENS', 'MDA')]
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, STATES, THR, Cue, _cue

#: What a state's people or places are.
_PROTECTED = (
    r"(?:cities|towns|villages|civilians|people|population|citizens|territory|"
    r"infrastructure|energy infrastructure|power grid|skies|airspace|ports|children|"
    r"steden|dorpen|burgers|bevolking|infrastructuur|energie-infrastructuur|luchtruim|havens)"
)
#: The harm the attacker owns.
_HARM = (
    r"(?:attacks?|strikes|air ?strikes|aggression|bombardments?|shelling|missiles|drones|"
    r"rockets|invasion|aanvallen|agressie|raketten|drones|bombardementen|beschietingen|"
    r"raketaanvallen|luchtaanvallen|droneaanvallen)"
)
_WORD = r"[^\s\ue000-\uefff;:,]+ "

PROTECTION_CUES: list[Cue] = [
    _cue("threat.protected-from", THR, "ab",
         r"\b(?:defend\w*|protect\w*|shield\w*|safeguard\w*|verdedig\w*|bescherm\w*) "
         r"(?:the |its |their |our |de |het |hun |onze )?{b} (?:" + _WORD + r"){0,3}?"
         + _PROTECTED + r" (?:" + _WORD + r"){0,3}?(?:against|from|tegen) (?:the |de |het )?"
         r"{a}(?:'s?)? (?:" + _WORD + r"){0,4}?" + _HARM + r"\b",
         0.7, a_kinds=ACTORS, b_kinds=STATES, b_forms={"adjective", "demonym"}),
    _cue("threat.protected-from", THR, "ab",  # Dutch, the verb after its object
         r"{b} (?:" + _WORD + r"){0,3}?" + _PROTECTED + r" (?:" + _WORD + r"){0,2}?"
         r"(?:te )?(?:beschermen|verdedigen|beschermd|verdedigd|afschermen) tegen (?:de |het )?"
         r"{a} (?:" + _WORD + r"){0,3}?" + _HARM + r"\b",
         0.7, a_kinds=ACTORS, b_kinds=STATES, b_forms={"adjective", "demonym"}, lang="nl"),
]  # fmt: skip
