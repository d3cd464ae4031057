"""Dutch hostile intelligence and cyber activity against a state (issue 9, round 14):
THREATENS in the shapes Dutch security reports and letters write it.

- **spying in or on a state**: "China spioneert ook in Nederland", "Rusland bespioneert
  Duitsland", "het land spioneert actief in België" (the anaphor carried over);
- **a hostile programme aimed at a state**: "Iran heeft een offensief cyberprogramma gericht
  tegen (de belangen van) Duitsland", "Rusland voert cyberoperaties uit gericht op
  Nederland", "wil China …, en heeft het een cyberprogramma gericht tegen Y" (the subject
  named before, "het" after the verb of a later clause);
- **an act of espionage or sabotage owned by a state against a state** (a noun with its
  agent after "van"/"door"): "cyberaanvallen van Rusland op Nederland", "spionage door China
  tegen Nederland".

- **troops advancing into a state**: "het oprukken van Russische militairen in Oekraïne",
  "de opmars van Azerbeidzjaanse troepen naar Armenië", "Russische troepen rukken op in
  Oekraïne";
- **an invasion nothing held back** (the "niet" is the restraint's, not the invasion's):
  "de sancties hebben Rusland er niet van weerhouden Georgië binnen te vallen".

>>> sorted({c.name for c in dutch_hostile_cues()})
['nl.threat-advance', 'nl.threat-hostile-aimed', 'nl.threat-hostile-noun', 'nl.threat-spy', \
'nl.threat-unrestrained']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_SPY = r"(?:spioneert|spioneren|spioneerde|spioneerden|heeft gespioneerd|hebben gespioneerd)"
_SPY_ON = r"(?:bespioneert|bespioneren|bespioneerde|bespioneerden)"
#: Hostile programmes and acts: cyber-, spy- and sabotage nouns.
_HOSTILE = (r"(?:cyber(?:programma|programma's|operaties?|aanvallen|aanval|spionage|campagnes?)|"
            r"spionage(?:programma|programma's|operaties?|activiteiten|campagnes?)?|"
            r"sabotage(?:acties|activiteiten|operaties)?|hackoperaties?|beïnvloedingsoperaties?|"
            r"beïnvloedingscampagnes?|inlichtingenoperaties?)")
_AIMED = r"(?:gericht (?:tegen|op)|tegen|op)"
_INTERESTS = r"(?:(?:de )?(?:belangen|veiligheid|instellingen|bedrijven|overheid) van )?"
_KW = {"a_kinds": STATES, "b_kinds": STATES, "lang": "nl"}
_TROOPS = (r"(?:troepen|militairen|strijdkrachten|soldaten|eenheden|gevechtseenheden|tanks|"
           r"pantservoertuigen|leger|legers)")
_ADVANCE = (r"(?:het oprukken|de opmars|het binnenvallen|het binnendringen|het binnentrekken|"
            r"de inval)")
_RUK = r"(?:rukt|rukken|rukte|rukten|trekt|trekken|trok|trokken|zijn|is) (?:verder )?"


def dutch_hostile_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [
        _cue("nl.threat-spy", "THREATENS", "ab",
             r"{a} " + _W + r"{0,3}?" + _SPY + r" " + _W + r"{0,5}?(?:in|tegen|op) {the}{b}",
             0.65, subject=True, anchor="spione", **_KW),
        _cue("nl.threat-spy", "THREATENS", "ab",  # inversion: "Zonder scrupules spioneert X in Y"
             r"\b" + _SPY + r" {a} " + _W + r"{0,3}?(?:in|tegen|op) {the}{b}", 0.65,
             anchor="spione", **_KW),
        _cue("nl.threat-spy", "THREATENS", "ab",
             r"{a} " + _W + r"{0,3}?" + _SPY_ON + r" {the}{b}", 0.65, subject=True,
             anchor="bespione", **_KW),
        _cue("nl.threat-spy", "THREATENS", "ab",  # "Volgens de dienst bespioneert X (al) Y"
             r"\b" + _SPY_ON + r" {a} {the}{b}", 0.65, anchor="bespione", **_KW),
        _cue("nl.threat-hostile-aimed", "THREATENS", "ab",
             r"{a} {n6}(?:heeft|hebben|had|hadden|voert|voeren|voerde|voerden|bezit|beschikt "
             r"over) " + _W + r"{0,3}?" + _HOSTILE + r" " + _W + r"{0,2}?(?:gericht (?:tegen|op)) "
             + _INTERESTS + r"{the}{b}", 0.65, subject=True, anchor="gericht", **_KW),
        _cue("nl.threat-hostile-aimed", "THREATENS", "ab",  # "heeft X een … gericht tegen Y"
             r"\b(?:heeft|hebben|had|hadden|voert|voeren|voerde|voerden) {a} " + _W + r"{0,3}?"
             + _HOSTILE + r" " + _W + r"{0,2}?(?:gericht (?:tegen|op)) " + _INTERESTS
             + r"{the}{b}", 0.65, anchor="gericht", **_KW),
        # the subject named before, "het" after the verb of a later clause: "wil X …, en
        # heeft het een offensief cyberprogramma gericht tegen Y"
        _cue("nl.threat-hostile-aimed", "THREATENS", "ab",
             r"{a} (?:[^;:]+? )?(?:heeft|hebben|had|hadden|voert|voerde) het " + _W + r"{0,3}?"
             + _HOSTILE + r" " + _W + r"{0,2}?(?:gericht (?:tegen|op)) " + _INTERESTS
             + r"{the}{b}", 0.6, a_forms={"name", "variant", "acronym"}, anchor="gericht", **_KW),
        _cue("nl.threat-hostile-noun", "THREATENS", "ab",
             r"\b" + _HOSTILE + r" (?:van|door|uit) {the}{a} " + _AIMED + r" " + _INTERESTS
             + r"{the}{b}", 0.6, a_kinds=ACTORS, b_kinds=STATES, lang="nl",
             anchor="cyber|spionage|sabotage|operatie|campagne"),
        # the advancing troops: owner adjective before, place after
        _cue("nl.threat-advance", "THREATENS", "ab",
             r"\b" + _ADVANCE + r" van (?:de )?{a} " + _TROOPS + r" (?:in|naar|op) {the}{b}",
             0.65, a_forms={"adjective", "demonym"}, anchor="oprukken|opmars|binnen|inval",
             **_KW),
        _cue("nl.threat-advance", "THREATENS", "ab",
             r"(?:^| ){a} " + _TROOPS + r" " + _RUK + r"(?:op|binnen) (?:in|naar) {the}{b}",
             0.65, a_forms={"adjective", "demonym"}, anchor="ruk|trek|trok|binnen", **_KW),
        _cue("nl.threat-advance", "THREATENS", "ab",  # "Volgens X rukken Y troepen op in Z"
             r"\b(?:rukt|rukken|rukte|rukten) (?:de )?{a} " + _TROOPS + r" (?:verder )?op "
             r"(?:in|naar) {the}{b}", 0.65, a_forms={"adjective", "demonym"}, anchor="ruk",
             **_KW),
        _cue("nl.threat-unrestrained", "THREATENS", "ab",
             r"{a} (?:er )?(?:niet|nooit) (?:van )?(?:weerhouden|afgehouden|tegengehouden) "
             r"(?:om )?{the}{b} (?:binnen|aan) te vallen\b", 0.6, negatable=False,
             anchor="weerhouden|afgehouden|tegengehouden", **_KW),
    ]  # fmt: skip
