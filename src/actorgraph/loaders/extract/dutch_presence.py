"""Dutch news on military presence and membership counts (issue 9, round 15).

- **drills around a state** (THREATENS): "China hield grootschalige oefeningen rond
  Taiwan", "Rusland heeft gisteren marineoefeningen uitgevoerd in de wateren rond Japan".
  Drills held together ("samen", "gezamenlijke", "met") are no threat, nor drills the
  subject does not hold ("Japan protesteerde tegen de oefeningen rond Taiwan");
- **a state's troops driven out of a state** (the occupier THREATENS the occupied): "om de
  Russische troepen uit Georgië te verdrijven", "de Armeense militairen werden uit
  Azerbeidzjan verjaagd";
- **an organisation counting its members** (MEMBER_OF): "De Arabische Liga telt 22
  lidstaten, waaronder Somalië", "De unie heeft 27 leden, onder meer Malta en Cyprus".

>>> sorted({c.name for c in dutch_presence_cues()})
['nl.member-count', 'nl.threat-drills', 'nl.threat-expelled']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ORGS, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
#: A gap that holds no sign of a drill held together.
_ALONE = r"(?:(?!(?:samen|gezamenlijke?|met|gemeenschappelijke?)\b)[^\s\ue000-\uefff;:,]+ )"
#: The subject holds the drill ("Japan protesteerde tegen de oefeningen rond X": not Japan's).
_HOLD = (r"(?:houdt|houden|hield|hielden|voert|voeren|voerde|voerden|heeft|hebben|had|hadden|"
         r"begint|beginnen|begon|begonnen|start|starten|startte|startten|organiseert|"
         r"organiseerde|organiseerden)")
_DRILL = r"(?:[\w-]*oefeningen|[\w-]*oefening|manoeuvres)"
_AROUND = r"(?:rond|rondom|nabij|in de buurt van|voor de kust van)"
_TROOPS = r"(?:troepen|militairen|strijdkrachten|soldaten|eenheden|bezettingsmacht)"
_DRIVE = (r"(?:te verdrijven|te verjagen|te verdrijven|verdrijven|verjagen|verdreven|verjaagd|"
          r"terug te dringen|teruggedrongen)")


def dutch_presence_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [
        _cue("nl.threat-drills", "THREATENS", "ab",
             r"{a} " + _ALONE + r"{0,2}?" + _HOLD + r" " + _ALONE + r"{0,7}?" + _DRILL + r" "
             + _ALONE + r"{0,5}?" + _AROUND
             + r" {the}{b}", 0.6, subject=True, a_kinds=STATES, b_kinds=STATES, lang="nl",
             anchor="oefening|manoeuvre"),
        _cue("nl.threat-expelled", "THREATENS", "ab",
             r"(?:^| )(?:de )?{a} " + _TROOPS + r" " + _W + r"{0,2}?uit {the}{b} "
             + _W + r"{0,2}?" + _DRIVE + r"\b", 0.6, a_forms={"adjective", "demonym"},
             a_kinds=STATES, b_kinds=STATES, lang="nl", anchor="verdr|verja|terug"),
        _cue("nl.member-count", "MEMBER_OF", "ab",
             # "lidstaten" alone is read as the EU's member states: a slot of its own here
             r"{b} (?:telt|telde|heeft|had|kent|omvat) (?:[^\s;:,]+ ){0,3}?(?:lidstaten|leden|"
             r"lidlanden|{x}) , (?:waaronder|onder wie|onder meer|zoals) (?:ook )?" + _W
             + r"{0,2}?{a}", 0.6, a_kinds=STATES, b_kinds=ORGS, lang="nl",
             anchor="waaronder|onder |zoals"),
    ]  # fmt: skip
