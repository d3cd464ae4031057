"""Dutch news on accession and opposition (issue 9, round 13): the secondary types in
the shapes news reports write them.

- **wanting or being able to join** across an aside: "Finland en Zweden willen in reactie op
  de Russische aanval lid worden van het bondgenootschap", "Oekraïne kan lid worden van de
  NAVO als …", "Moldavië zal toetreden tot de EU";
- **applying**: "besloot om het lidmaatschap van de EU aan te vragen", "beslisten A en B
  om het lidmaatschap bij de NAVO aan te vragen", "Moldavië diende een verzoek tot
  lidmaatschap in" (the document's organisation), "Zweden diende een verzoek tot
  NAVO-lidmaatschap in";
- **speaking for a state's accession** (SUPPORTS): "Polen pleit voor de snelle toetreding van
  Oekraïne", "X is voorstander van het lidmaatschap van Y", "X wil ervoor zorgen dat Y snel
  kan toetreden";
- **objecting to a state's accession**: "Turkije maakte bezwaar tegen de toetreding van
  Zweden", "… was gekant tegen het lidmaatschap van Finland";
- **sanctions on a state's people**: "legt sancties op aan Iraanse personen", "sancties tegen
  de zedenpolitie en elf Iraanse leiders";
- **naming an act with a word of blame**: "sprak van een roekeloze daad van Noord-Korea",
  "spreekt van Armeense provocaties";
- **raising the pressure on a state**: "het vergroten van de druk op Rusland", "de druk op
  Rusland te blijven opvoeren", "Rusland moet maximaal onder druk worden gezet" (the agent
  found as for a noun);
- **taking part as an invitee** (NATO's word for a state whose accession is under way):
  "Zweden neemt deel in de hoedanigheid van genodigde (invitee)", "als genodigde";
- **supporting as a noun** (a nominalised infinitive): "gericht op het zoveel mogelijk
  steunen van Oekraïne".

>>> sorted({c.name for c in dutch_stance_cues()})[:2]
['nl.aspire-apply', 'nl.aspire-can-join']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, ORGS, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
#: Any words up to the next clause mark, across actors ("in reactie op de Russische aanval
#: op Oekraïne"), not into a clause of its own ("dat", "die", "om").
_ACROSS = r"(?:(?!(?:dat|die|om|of|wil|willen)\b)[^;:,]+? )?"
_CAN = r"(?:wil|willen|wilde|wilden|kan|kunnen|kon|konden|zal|zullen|hoopt|hopen)"
_JOIN = r"(?:lid worden van|toetreden tot)"
_ACCESSION = r"(?:toetreding|lidmaatschap|toelating|aansluiting|navo-toetreding|eu-toetreding)"
_PEOPLE = (r"(?:functionarissen|militairen|personen|entiteiten|bedrijven|leiders|ambtenaren|"
           r"officieren|generaals|oligarchen|politici|instellingen|banken|individuen|"
           r"ministers|rechters|bestuurders|zedenpolitie|politie)")
_SPEAK = r"(?:spreekt|sprak|spraken|spreken|sprak)"
#: Words of blame for an act: a noun of wrong ("provocaties", "een oorlogsmisdaad") or an
#: act with an adjective of blame ("een roekeloze daad"; "een moedige daad" is praise).
_BLAME = (r"(?:provocaties?|misdaad|misdaden|oorlogsmisdaad|oorlogsmisdaden|agressie|"
          r"schending|terreur|chantage|intimidatie|(?:roekeloze|laffe|agressieve|gevaarlijke|"
          r"onverantwoordelijke|vijandige|criminele|barbaarse|provocerende|onaanvaardbare) "
          r"(?:daad|actie|stap|handeling|aanval))\b")


def _aspire_cues() -> list[Cue]:
    kw = {"a_kinds": STATES, "b_kinds": ORGS, "lang": "nl"}
    return [
        _cue("nl.aspire-can-join", "ASPIRES_TO_JOIN", "ab",
             r"{a} " + _CAN + r" " + _ACROSS + _JOIN + r" {the}{b}", 0.7, subject=True,
             anchor=r"lid worden|toetreden", **kw),
        _cue("nl.aspire-can-join", "ASPIRES_TO_JOIN", "ab",  # "Volgens X kan Y … lid worden"
             r"\b" + _CAN + r" {a} " + _ACROSS + _JOIN + r" {the}{b}", 0.7,
             a_forms={"name", "variant", "acronym"}, anchor=r"lid worden|toetreden", **kw),
        # (the state before it in any clause order: "beslisten A en B om het …")
        _cue("nl.aspire-apply", "ASPIRES_TO_JOIN", "ab",
             r"{a} {n8}(?:het )?lidmaatschap (?:van|bij) {the}{b} (?:aan te vragen|aangevraagd|"
             r"aanvragen|aanvraagt|aanvroeg|aanvroegen)\b", 0.65,
             anchor="vrag|aanvr|aangevr|vroeg", **kw),
        _cue("nl.aspire-file-request", "ASPIRES_TO_JOIN", "context-org",
             r"{a} {n4}(?:dient|dienen|diende|dienden) " + _W + r"{0,4}?(?:een |het |de )?"
             r"(?:formele |officiële )?(?:verzoek|aanvraag) (?:tot|voor) (?:het )?lidmaatschap "
             r"in\b", 0.65, a_kinds=STATES, subject=True, lang="nl", anchor="dien"),
        *(_cue("nl.aspire-file-request", "ASPIRES_TO_JOIN", "ab",
               r"{a} {n4}(?:dient|dienen|diende|dienden) " + _W + r"{0,4}?(?:een |het |de )?"
               r"(?:formele |officiële )?" + what + r" in\b", 0.7, subject=True, anchor="dien",
               **kw)
          for what in (r"(?:verzoek|aanvraag) (?:tot|voor) (?:het )?{b}-lidmaatschap",
                       r"(?:verzoek|aanvraag) (?:tot|voor) (?:het )?lidmaatschap (?:van|bij) "
                       r"{the}{b}",
                       r"{b}-(?:aanvraag|lidmaatschapsaanvraag)")),
    ]  # fmt: skip


def _advocate_cues() -> list[Cue]:
    """Speaking for a state's accession supports the state: "Polen pleit voor de snelle
    toetreding van Oekraïne", "X is voorstander van het lidmaatschap van Y", "X wil ervoor
    zorgen dat Y snel kan toetreden"."""
    kw = {"a_kinds": ACTORS, "b_kinds": STATES, "lang": "nl", "subject": True}
    return [
        _cue("nl.support-advocate-accession", "SUPPORTS", "ab",
             r"{a} {n6}(?:pleit|pleitte|pleitten|pleiten|dringt|drong|drongen|aandringt) "
             r"(?:er )?" + _W + r"{0,2}?(?:voor|op) (?:de |een |het )?(?:[\w-]+ )?" + _ACCESSION
             + r" van {the}{b}", 0.65, anchor="pleit|dring|drong", **kw),
        _cue("nl.support-advocate-accession", "SUPPORTS", "ab",
             r"{a} (?:is|zijn|was|waren|blijft|blijven) " + _W + r"{0,2}?(?:voorstander|"
             r"voorstanders|pleitbezorger) van (?:de |een |het )?(?:[\w-]+ )?" + _ACCESSION
             + r" van {the}{b}", 0.65, anchor="voorstander|pleitbezorger", **kw),
        _cue("nl.support-advocate-accession", "SUPPORTS", "ab",
             r"{a} {n4}(?:wil|willen|wilde|wilden|zal|zullen|zorgt|zorgen) (?:er ?voor )?"
             r"(?:zorgen )?dat {the}{b} " + _W + r"{0,3}?(?:kan|kunnen|zal|zullen|mag|mogen) "
             r"(?:toetreden|lid worden)\b", 0.65, anchor="toetreden|lid worden", **kw),
        # the organisation apart before the noun: "steunt het EU kandidaat-lidmaatschap van Y"
        _cue("nl.support-advocate-accession", "SUPPORTS", "ab",
             r"{a} {n4}(?:steunt|steunen|steunde|steunden|ondersteunt|ondersteunen) (?:het |de )?"
             r"{x} (?:kandidaat-?)?(?:lidmaatschap|toetreding|kandidatuur) van {the}{b}", 0.65,
             anchor="lidmaatschap|toetreding|kandidatuur", **kw),
        # a candidate's membership is one it seeks: "het EU kandidaat-lidmaatschap van Y"
        _cue("nl.aspire-candidate", "ASPIRES_TO_JOIN", "ab",
             r"(?:het |de )?{b}[ -]kandidaat-?lidmaatschap van {the}{a}", 0.65,
             a_kinds=STATES, b_kinds=ORGS, lang="nl", anchor="kandidaat"),
    ]  # fmt: skip


def _oppose_cues() -> list[Cue]:
    kw = {"a_kinds": ACTORS | {"person"}, "b_kinds": STATES, "lang": "nl"}
    return [
        _cue("nl.oppose-accession", "OPPOSES", "ab",
             r"{a} {n8}bezwaar " + _W + r"{0,3}?tegen (?:de |het )?(?:[\w-]+ )?" + _ACCESSION
             + r" van {the}{b}", 0.65, subject=True, anchor="bezwaar", **kw),
        _cue("nl.oppose-accession", "OPPOSES", "ab",
             r"{a} (?:is|was|zijn|waren|blijft|bleef) " + _W + r"{0,3}?gekant tegen "
             r"(?:de |het )?(?:[\w-]+ )?" + _ACCESSION + r" van {the}{b}", 0.65, subject=True,
             anchor="gekant", **kw),
        # "legt (ook) sancties op aan Iraanse personen", "leggen we strenge maatregelen op aan X"
        _cue("nl.oppose-sanctions-op-aan", "OPPOSES", "agent",
             r"\b(?:legt|leggen|legde|legden) " + _W + r"{0,4}?(?:sancties|strafmaatregelen|"
             r"sanctiemaatregelen|inreisverboden|maatregelen) " + _W + r"{0,2}?op aan {the}{b}",
             0.6, b_kinds=STATES, lang="nl", anchor="sancties|maatregelen|inreisverbod"),
        _cue("nl.oppose-sanctions-op-aan", "OPPOSES", "ab",  # "… leggen we sancties op aan X"
             r"\b(?:legt|leggen|legde|legden) {a} " + _W + r"{0,4}?(?:sancties|strafmaatregelen|"
             r"sanctiemaatregelen|inreisverboden|maatregelen) " + _W + r"{0,2}?op aan {the}{b}",
             0.6, a_kinds=ACTORS, b_kinds=STATES, lang="nl",
             anchor="sancties|maatregelen|inreisverbod"),
        # "sancties (goedgekeurd) tegen de zedenpolitie en elf Iraanse leiders"
        _cue("nl.oppose-sanctions-people", "OPPOSES", "agent",
             r"(?:sancties|strafmaatregelen|sanctiemaatregelen) " + _W + r"{0,2}?(?:tegen|op|aan) "
             + _W + r"{0,5}?{b} (?:[\w-]+ )?" + _PEOPLE + r"\b", 0.55, b_kinds=STATES,
             b_forms={"adjective"}, lang="nl", anchor="sancties|maatregelen"),
        # "sprak van een roekeloze daad van Noord-Korea", "spreekt van Armeense provocaties"
        _cue("nl.oppose-speak-of", "OPPOSES", "ab",
             r"{a} {n4}" + _SPEAK + r" (?:van|over) (?:een |de |het )?" + _W + r"{0,3}?"
             + _BLAME + r" (?:van|door) {the}{b}", 0.6, subject=True, anchor=r"spr[ae]", **kw),
        _cue("nl.oppose-speak-of", "OPPOSES", "ab",
             r"{a} {n4}" + _SPEAK + r" (?:van|over) (?:een |de |het )?" + _W + r"{0,2}?"
             r"(?:[„\"'‘“] )?{b} " + _W + r"{0,1}?" + _BLAME, 0.6, subject=True,
             anchor=r"spr[ae]", **kw),
    ]  # fmt: skip


_RAISE = (r"(?:vergroten|verhogen|opvoeren|op te voeren|opgevoerd|vergroot|verhoogd|"
          r"opvoert|vergroot|verhoogt|opschroeven|op te schroeven|hoog te houden|hoog houden)")


#: The speaker named before, anywhere in the sentence ("de inzet van het kabinet … het
#: vergroten van de druk op X"): its act, when no subject is at hand.
_SPEAKER_BEFORE = r"{a} (?:[^;:]+? )?"
_SPEAKER = {"a_forms": {"issuer", "pronoun"}, "b_kinds": STATES, "lang": "nl"}
_PRESSURE = (r"(?:vergroten|verhogen|opvoeren|opvoering|verhoging|vergroting|opschroeven) "
             r"van de druk op {the}{b}",
             r"de (?:[\w-]+ )?druk op {the}{b} " + _W + r"{0,3}?" + _RAISE + r"\b")
#: A nominalised infinitive of support: "het (zoveel mogelijk) steunen van Oekraïne".
_SUPPORTING = (r"het " + _W + r"{0,3}?(?:steunen|ondersteunen|helpen|bijstaan|bewapenen) van "
               r"{the}{b}")


def _pressure_cues() -> list[Cue]:
    out: list[Cue] = []
    for p in _PRESSURE:
        out += [
            _cue("nl.oppose-pressure", "OPPOSES", "agent", r"\b" + p, 0.6, b_kinds=STATES,
                 lang="nl", anchor="druk"),
            _cue("nl.oppose-pressure", "OPPOSES", "ab", _SPEAKER_BEFORE + p, 0.6, anchor="druk",
                 **_SPEAKER),
        ]
    out += [
        _cue("nl.oppose-pressure", "OPPOSES", "agent",
             r"(?:^| ){b} (?:moet|moeten|zal|zullen|wordt|worden|werd) " + _W + r"{0,3}?"
             r"onder druk (?:worden |te worden )?gezet\b", 0.55, b_kinds=STATES, lang="nl",
             anchor="druk"),
        _cue("nl.support-nominal-infinitive", "SUPPORTS", "agent", r"\b" + _SUPPORTING, 0.6,
             b_kinds=STATES, lang="nl", anchor="steunen|helpen|bijstaan|bewapenen"),
        _cue("nl.support-nominal-infinitive", "SUPPORTS", "ab", _SPEAKER_BEFORE + _SUPPORTING,
             0.6, anchor="steunen|helpen|bijstaan|bewapenen", **_SPEAKER),
        _cue("nl.aspire-invitee", "ASPIRES_TO_JOIN", "context-org",
             r"{a} (?:[^;:,]+? )?(?:in (?:de|hun|zijn|haar) hoedanigheid van|als) "
             r"genodigden?\b", 0.65, a_kinds=STATES, lang="nl", anchor="genodigde"),
    ]  # fmt: skip
    return out


def dutch_stance_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [*_aspire_cues(), *_advocate_cues(), *_oppose_cues(), *_pressure_cues()]
