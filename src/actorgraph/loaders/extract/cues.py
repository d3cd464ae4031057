"""The relation cues, in Dutch and English: regular expressions over a sentence's
abstract string (see :mod:`~actorgraph.loaders.extract.analysis`).

A pattern names its arguments ``{a}`` (source) and ``{b}`` (target); ``{x}`` is any
other slot. Gaps are counted in words and never cross another slot or a ``;``/``:``:
``{w4}`` is up to four words. ``{the}`` is an optional article. Each :class:`Cue` says
how its arguments become relations (``kind``):

- ``ab``: every actor of slot a → every actor of slot b;
- ``pair``: every two actors inside slot a (a list: "NATO and Japan cooperate"), or
  a × b when the pattern has b (symmetric types only);
- ``agent``: only b is written; the source is the nearest earlier slot in the sentence
  that is not b (or, failing that, the topic of the previous sentence);
- ``victim``: only a is written; the target is found the same way;
- ``issuer``: the document's issuer → slot b.

English verb cues were seeded from the CAMEO 2.0 verb dictionary (``--- SUPPORT [050]``,
``PROVIDE AID [070]``, ``THREATEN [130]``, ``COOPERATE [040]``, ``SANCTION [163]``,
``DISAPPROVE [110]``), MIT licence, Open Event Data Alliance, petrarch2 commit
676801cd; the Dutch cues are this project's own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.analysis import SLOT_CLASS

S = SLOT_CLASS
_GAP_TOKEN = r"[^\s\ue000-\uefff;:]+ "
_NO_FACE = (
    r"(?!(?:faces?|facing|faced|counter\w*|address\w*|combat\w*|from|van|by|door|tegen\w*|"
    r"the threat|de dreiging)\b)"
)

#: Cues whose source is the subject of a verb.
SUBJECT_VERB_CUES = frozenset({
    "support.give-to", "support.supply-with", "support.verb", "threat.verb",
    "threat.fired-at", "oppose.condemn", "oppose.sanctions-on",
})

#: Roles that make a person the representative of a state or organisation.
ROLE = (
    r"(?:(?:vice[- ])?president|(?:deputy |vice[- ])?prime minister|(?:foreign |defen[cs]e |"
    r"deputy |vice[- ])?minister(?:[- ]president)?|secretary[- ]general|secretaris-generaal|"
    r"secretary of state|secretary|chancellor|king|queen|ambassador|envoy|high representative|"
    r"hoge vertegenwoordiger|premier|kanselier|koning|koningin|ambassadeur|gezant|"
    r"national security advis[eo]r|leader|spokesperson|woordvoerder|commissioner|eurocommissaris|"
    r"crown prince|emir|sultan)"
)

MACROS = {
    "a": rf"(?P<a>{S})(?:'s?|s')?",
    "b": rf"(?P<b>{S})(?:'s?|s')?",
    "x": rf"{S}(?:'s?|s')?",
    "the": r"(?:(?:the|de|het|a|an|een|its|their|his|her|zijn|haar|hun) )?",
    "role": ROLE,
    "nf": _NO_FACE,
}
MACROS["tight"] = r"(?:[^\s\ue000-\uefff;:,]+ ){0,2}?"
for _n in (4, 6, 8):  # word gaps that never cross a comma
    MACROS[f"n{_n}"] = rf"(?:[^\s\ue000-\uefff;:,]+ ){{0,{_n}}}?"
MACROS["secof"] = (
    r"(?:(?:the |de |het )?(?:security|safety|veiligheid|territory|grondgebied|"
    r"sovereignty|soevereiniteit|independence|onafhankelijkheid|people|bevolking|defen[cs]e|"
    r"verdediging) "
    r"(?:of|van) )?"
)
#: "the (brave) people of Ukraine", "de bevolking van Oekraïne": the state they belong to.
MACROS["peopleof"] = (
    r"(?:(?:[^\s\ue000-\uefff;:,]+ )?(?:people|peoples|citizens|population|bevolking|burgers|"
    r"volk) (?:of|van) (?:the |de |het )?)?"
)
#: "parts of Georgia", "de gebieden van Oekraïne": a part of the target state.
MACROS["partof"] = (
    r"(?:(?:[^\s\ue000-\uefff;:,]+ )?(?:parts?|regions?|territory|territories|areas?|cities|"
    r"delen|gebieden|grondgebied) (?:of|van) (?:the |de |het )?)?"
)
#: "against military facilities in Israel": a place inside the target state.
MACROS["placein"] = r"(?:(?:[^\s\ue000-\uefff;:,]+ ){1,3}?(?:in|op) (?:the |de |het )?)?"
#: "Iran—and its proxies operating out of Yemen—launched": a dash parenthetical.
MACROS["paren"] = r"(?: ?- [^;:]{1,120}? ?- | )"
for _n in range(1, 17):
    MACROS[f"w{_n}"] = rf"(?:{_GAP_TOKEN}){{0,{_n}}}?"
    MACROS[f"v{_n}"] = rf"(?:{_NO_FACE}{_GAP_TOKEN}){{0,{_n}}}?"


@dataclass(frozen=True)
class Cue:
    """A named relation cue: pattern, type, how arguments map, base confidence."""

    name: str
    type: RelationType
    kind: str
    pattern: re.Pattern
    confidence: float
    a_forms: frozenset[str] = frozenset()  # slot a must have one of these forms
    b_forms: frozenset[str] = frozenset()
    a_kinds: frozenset[str] = frozenset()  # slot a's actors must be of these kinds
    b_kinds: frozenset[str] = frozenset()
    negatable: bool = True  # False: the pattern itself holds the "stop"/"not" it needs
    subject: bool = False  # slot a must be a clause's subject (see ``subject_first``)
    lang: str | None = None  # only for sentences of this language (None: any)
    source_text: str = ""  # the pattern as written, before the macros are expanded

    @property
    def subject_first(self) -> bool:
        """A subject–verb cue: its source slot must be a clause's subject, not the object
        of a preposition ("support democracy in Venezuela and condemn …")."""
        return self.subject or (
            self.source_text.startswith("{a}") and self.name in SUBJECT_VERB_CUES
        )

    @functools.cached_property
    def slots_needed(self) -> int:
        """Slots a sentence needs before this cue can match (a list counts as two)."""
        groups = self.pattern.groupindex
        return 2 if ("a" in groups and "b" in groups) or self.kind == "pair" else 1


def _cue(name, type_, kind, pattern, conf, **kw) -> Cue:
    text = pattern
    for k in sorted(MACROS, key=len, reverse=True):
        text = text.replace("{" + k + "}", MACROS[k])
    extra = {k: (v if isinstance(v, (bool, str)) else frozenset(v)) for k, v in kw.items()}
    return Cue(name, RelationType(type_), kind, re.compile(text), conf, **extra,
               source_text=pattern)


SUP, THR, PAR, MEM = "SUPPORTS", "THREATENS", "PARTNERS_WITH", "MEMBER_OF"
OPP, ASP, REP = "OPPOSES", "ASPIRES_TO_JOIN", "REPRESENTS"
ORGS = {"organisation"}
STATES = {"state"}
ACTORS = {"state", "organisation", "group"}
COLLECTIVE = {"collective"}
FIRST = {"pronoun", "issuer"}
NAMED = {"name", "variant", "acronym", "adjective", "demonym", "genitive"}

_GIVE = (
    r"(?:provid|suppl|deliver|send|sent|donat|transfer|ship|pledg|contribut|allocat|"
    r"give|gave|giving|grant|offer|disburs|equipp?|lever|schenk|stuur|stuurt|doneer|"
    r"toegezegd|zegt|zegde|geleverd|gedoneerd|gestuurd)\w*"
)
_HARM = (
    r"(?:aggression|war|wars|invasion|attacks?|strikes?|assault|bombardment|shelling|"
    r"missile strikes|onslaught|barrages?|agressie|\w*oorlog|invasie|aanval(?:len)?|inval|"
    r"oorlogsvoering|"
    r"beschietingen|bombardementen|raketaanval(?:len)?|luchtaanval(?:len)?)"
)

CUES: list[Cue] = [
    # ---------------------------------------------------------------- SUPPORTS
    _cue(
        "support.give-to",
        SUP,
        "ab",
        r"{a} {n6}" + _GIVE + r" {w10}(?:to|for|aan) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.supply-with",
        SUP,
        "ab",
        r"{a} {n6}(?:provide[sd]?|providing|supply|supplies|supplied|supplying|furnish\w*|"
        r"equip\w*|arm(?:s|ed|ing)?) {the}{b} (?:with|met)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.verb",
        SUP,
        "ab",
        r"{a} {n6}(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
        r"help(?:s|ed|ing)?|aid(?:s|ed|ing)?|arm(?:s|ed|ing)?|fund(?:s|ed|ing)?|"
        r"stand(?:s|ing)? (?:(?:strong|firm|firmly|resolutely) )?(?:with|by)|"
        r"stood (?:(?:strong|firm|firmly) )?(?:with|by)|defend(?:s|ed|ing)?|"
        r"steun(?:t|en|de|den)?|"
        r"ondersteun(?:t|en|de|den)?|helpt|helpen|hielp(?:en)?|bijgestaan|gesteund) "
        r"{the}{peopleof}{b}",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.supporter-of",
        SUP,
        "ab",
        r"{a} {w6}(?:supporter|backer|donor|contributor|friend|champion|steunpilaar|"
        r"donateur|facilitator|enabler|financier|leverancier|supplier) (?:of|to|van|voor) "
        r"{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.possessive-noun",
        SUP,
        "ab",
        r"{a} {n4}(?:support|assistance|aid|help|contributions?|solidarity|funding|"
        r"backing|steun|hulp|bijdrage|ondersteuning|bijstand|solidariteit|weapons|arms|"
        r"missiles|deliveries|leveringen|leveranties)(?: package| packages)? "
        r"(?:to|for|towards|with|aan|voor|met) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.noun-from",
        SUP,
        "ab",
        r"(?:steun|hulp|bijdrage|ondersteuning|leveranties?|leveringen|support|assistance|aid)"
        r" (?:van|door|from|by) {the}{a} (?:aan|voor|to|for) {the}{b}",
        0.85,
        a_kinds=ACTORS,
    ),
    _cue("support.provide-nl", SUP, "ab",
         r"{a} {the}{b} (?:van|met) {w6}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|"
         r"bevoorraadt|uitrusten|uitrust|bewapenen|bewapent)", 0.8, a_kinds=ACTORS),
    _cue("support.ter-beschikking", SUP, "ab",
         r"{a} {w10}ter beschikking {w4}(?:aan|van) {the}{w2}{b}", 0.75, a_kinds=ACTORS),
    _cue("support.transfers-from-to", SUP, "ab",
         r"(?:transfers?|deliveries|delivery|shipments?|supplies|supply|exports?|leveringen|"
         r"leveranties|levering) {w4}(?:from|by|van|door) {the}{a} (?:to|aan|naar) {the}{b}",
         0.8),
    _cue("support.procurement-from", SUP, "ab",
         r"{b} {w2}(?:procurement|purchases?|acquisition|imports?|aankoop|aankopen|inkoop) "
         r"(?:of|van) {a} {w3}(?:weapons|arms|missiles|drones|munitions|equipment|ammunition|"
         r"wapens|munitie|raketten|materieel)", 0.7),
    _cue("support.verb-final-nl", SUP, "ab",
         r"{a} {w3}{b} {w4}(?:steunen|ondersteunen|helpen|bijstaan|bewapenen|bevoorraden|"
         r"financieren)", 0.75, a_kinds=ACTORS),
    _cue("support.troops-to", SUP, "ab",
         r"(?:deploy\w*|inzet|sent|sending|stationing|dispatch\w*) {w4}(?:by |of |van |door )?"
         r"{the}{a} (?:troops|soldiers|forces|militairen|troepen|personnel|strijders)? ?"
         r"(?:to|naar|into|in) {the}{b}", 0.75),
    _cue("support.troops-side", SUP, "ab",
         r"{a} (?:troops|soldiers|forces|militairen|troepen|strijders) {w3}(?:aan|on|"
         r"alongside|naast|at) {the}{b} (?:zijde|side)", 0.75),
    _cue("support.supplies-which-b", SUP, "ab",
         r"{a} {n4}(?:levert|leveren|leverde|leverden|supplies|supplied|provides|provided|"
         r"delivers|delivered|sends|sent) {w12}, (?:die|dat|which|that) {the}{b}", 0.65,
         a_kinds=ACTORS),
    _cue("support.provide-nl-v2", SUP, "ab",
         r"{a} {n4}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|bevoorraadt|"
         r"bevoorraadde|bewapenen|bewapent|bewapende) {the}{b} (?:van|met)", 0.8,
         a_kinds=ACTORS),
    _cue("support.commitment-of", SUP, "ab",
         r"(?:commitments?|pledges?|determination|resolve|readiness|toezegging|inzet|"
         r"vastberadenheid) (?:of|van) {the}{a} (?:to|om) {w3}(?:support|help|assist|aid|arm|"
         r"defend|steunen|ondersteunen|helpen|bijstaan) {the}{b}", 0.75, a_kinds=ACTORS),
    _cue(
        "support.with-support-of",
        SUP,
        "ab",
        r"{b} , with the (?:full |continued |strong )?(?:support|backing|help|assistance) "
        r"of {the}{a}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue("support.coalition-led-by", SUP, "ab",
         r"(?:coalition|coalitie|campaign|effort|initiative|initiatief) {w4}(?:in support of|"
         r"supporting|to support|for|voor|ter ondersteuning van) {the}{b} (?:, )?(?:led|co-led|"
         r"headed|convened|geleid|aangevoerd) (?:by|door) {the}{a}", 0.75, a_kinds=ACTORS),
    _cue("support.give-double-object", SUP, "ab",
         r"{a} {n4}(?:send|sends|sent|sending|give|gives|gave|giving|provide[sd]?|providing|"
         r"deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?) {b} (?:[\w-]+ ){0,3}?"
         r"(?:air defen[cs]es?|weapons|arms|ammunition|munitions|missiles|aid|assistance|"
         r"support|equipment|tanks|funding|loans|\w*systems?|\w*defen[cs]es)\b", 0.75,
         a_kinds=ACTORS),
    _cue("support.harm-enabled-by", SUP, "ab",
         r"{b}'s? {w3}" + _HARM + r" , (?:which|that|die|dat) {w3}(?:enabled|fuel+ed|"
         r"supported|sustained|made possible|powered|mogelijk gemaakt|gesteund|gevoed) "
         r"(?:by|door) {w6}(?:from|of|van|uit|door) {the}{a}", 0.7, a_kinds=ACTORS),
    _cue(
        "support.noun-agent",
        SUP,
        "agent",
        r"(?:support|assistance|aid|help|contributions?|solidarity|backing|"
        r"steun|hulp|bijdrage|ondersteuning|bijstand|solidariteit)(?: package| packages)?"
        r"(?: (?:and|en|or|of) [\w-]+)? (?:to|for|towards|aan|voor|met|with) {the}{secof}{b}",
        0.6,
    ),
    _cue(
        "support.to-verb-agent",
        SUP,
        "agent",
        r"(?:to|and|in|om) (?:support|assist|help|aid|arm|fund|steunen|ondersteunen|"
        r"helpen|stand (?:strong |firm |firmly )?(?:with|by))(?:ing)? {the}{secof}{peopleof}{b}",
        0.6,
    ),
    # --------------------------------------------------------------- THREATENS
    _cue(
        "threat.aggression-against",
        THR,
        "ab",
        r"{a}{paren}{w4}" + _HARM + r" {w4}(?:against|on|of|tegen|op|van|"
        r"(?<!war )(?<!wars )(?<!oorlog )in) {the}"
        r"{peopleof}{placein}{b}",
        0.8,
        a_kinds=ACTORS | {"person"},
    ),
    _cue("support.steun-uitspreken", SUP, "ab",
         r"{a} {n4}(?:spreekt|spreken|sprak|spraken|sprak|uitgesproken|uit te spreken) "
         r"{n4}(?:steun|solidariteit) {w2}(?:uit )?(?:voor|aan|met) {the}{b}", 0.7,
         a_kinds=ACTORS),
    _cue("threat.owner-war-in", THR, "ab",
         r"{a}(?:'s?)? (?:[\w-]+ ){0,2}?(?:war|invasion|aggression|oorlog|invasie|agressie) "
         r"in {the}{b}", 0.7, a_kinds=STATES),
    _cue("threat.its-war-against", THR, "agent",
         r"(?:zijn|its|hun|their|his) {w2}(?:oorlog|war|aggression|agressie|invasion|invasie|"
         r"aanval|attacks?|assault) (?:tegen|against|on|in|op) {the}{b}", 0.65),
    _cue(
        "threat.aggression-by",
        THR,
        "ab",
        _HARM + r" (?:van|by|from|door) {the}{a} (?:against|on|tegen|op) {the}{b}",
        0.8,
    ),
    _cue(
        "threat.threat-to",
        THR,
        "ab",
        r"{a} {v8}(?:threat|threats|dreiging|bedreiging|danger|gevaar) {w6}"
        r"(?:to|for|voor|against|tegen) {the}{secof}{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "threat.threat-from-to",
        THR,
        "ab",
        r"(?:threats?|dreiging|bedreiging) (?:of|from|posed by|van|door|uit|vanuit) {the}{a} "
        r"(?:to|for|voor|against|tegen) {the}{b}",
        0.8,
    ),
    _cue("threat.relative-threat-from", THR, "ab",
         r"{b} , (?:die|dat|which|who|that) {w3}(?:threat|dreiging|bedreiging)s? (?:vanuit|"
         r"van|from|uit|posed by) {the}{a}", 0.7),
    _cue("threat.threatening-agent", THR, "agent",
         r"(?:threaten(?:s|ed|ing)?|bedreig(?:t|en|de|den)|endanger\w*|in gevaar brengen) "
         r"{the}{w3}(?:security|safety|sovereignty|territorial integrity|veiligheid|"
         r"soevereiniteit|integriteit) (?:of|van) {the}{b}", 0.6),
    _cue("threat.fired-at", THR, "ab",
         r"{a}{paren}{n4}(?:fired|fires|launched|launches|lanceerde|lanceert|vuurde|vuurt|"
         r"shot)\w* {w4}(?:at|on|into|towards|toward|op|naar|against|over) {the}{placein}{b}",
         0.7, a_kinds=ACTORS | {"person"}),
    _cue("threat.launched-attack", THR, "ab",
         r"{a}{paren}{n4}(?:launched|carried out|conducted|mounted|lanceerde|lanceerden|voerde|"
         r"voerden) (?:[^\s\ue000-\uefff;:,]+ ){0,8}?" + _HARM + r" (?:[^\s\ue000-\uefff;:,]+ )"
         r"{0,6}?(?:against|on|at|tegen|op) {the}{placein}{b}", 0.7, a_kinds=ACTORS | {"person"}),
    _cue("threat.in-face-of", THR, "ab",
         r"{b} {w4}(?:in the face of|tegenover) {the}{a}'s? {w2}" + _HARM,
         0.7, a_kinds=STATES, b_kinds=STATES),
    _cue("threat.possessive-invasion", THR, "victim",
         r"{a}'s? {w2}(?:full-scale |brutal |illegal |unprovoked )?(?:invasion|war of "
         r"aggression)(?! (?:of|against|on|in|tegen|van) )", 0.55, a_kinds=STATES),
    _cue("threat.comma-threatening", THR, "agent",
         r", (?:threatening|endangering|bedreigend|targeting) {the}{b}", 0.6),
    _cue(
        "threat.verb",
        THR,
        "ab",
        r"{a} {w3}(?:threaten(?:s|ed|ing)?|attack(?:s|ed|ing)?|invade[sd]?|invading|"
        r"bomb(?:s|ed|ing)|shell(?:s|ed|ing)|bedreig(?:t|en|de|den)|bedreigd|"
        r"val(?:t|len)|viel(?:en)?|aangevallen|binnengevallen) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "threat.defend-against",
        THR,
        "ab",
        r"{b} {w8}(?:defend|verdedig|weerstand|resist|afweer|afwer|bescherm|protect)\w* "
        r"{w6}(?:against|tegen|aan|from) {the}{a} {w2}(?:aggression|agressie|invasion|"
        r"invasie|attacks?|aanval\w*|oorlog|war|troops|forces|troepen)",
        0.75,
    ),
    _cue(
        "threat.threats-noun",
        THR,
        "victim",
        r"{a} {n4}(?:threats|dreiging|bedreiging)(?! (?:vanuit|from|van|uit|of|posed|to|for|voor|"
        r"against|tegen))",
        0.5,
        a_kinds=ACTORS,
    ),
    # ----------------------------------------------------------- PARTNERS_WITH
    _cue(
        "partner.list-cooperate",
        PAR,
        "pair",
        r"{a} {w8}(?:cooperat\w*|collaborat\w*|partnership\w*|work(?:s|ed|ing)? "
        r"(?:closely )?together|samenwerk\w*|samen(?:werken|werkten)|werken samen|"
        r"werkten samen|werkt samen|partnerschap\w*|engaged in dialogue|"
        r"(?:werkt|werken|werkte|werkten) (?:[\w-]+ ){0,3}samen)",
        0.75,
    ),
    _cue(
        "partner.with",
        PAR,
        "pair",
        r"{a} {n8}(?:cooperation|partnership|partnerships|partnerschap\w*|samenwerking|"
        r"cooperates|cooperated|cooperating|partnered|partners|samenwerkt|samenwerken|"
        r"alliance|agreement|accord|arrangement\w*|overeenkomst|akkoord|verdrag|treaty|"
        r"memorandum) (?:with|met) {the}{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
    ),
    _cue(
        "partner.of-with",
        PAR,
        "pair",
        r"(?:cooperation|partnership|partnerships|partnerschap\w*|samenwerking) "
        r"(?:of|van) {the}{a} (?:with|met) {the}{b}",
        0.8,
    ),
    _cue("partner.work-together-nl", PAR, "pair",
         r"{a} {w3}(?:werkt|werken|werkte|werkten) {w6}samen met {the}{b}", 0.7,
         a_kinds=STATES | ORGS, b_kinds=STATES | ORGS),
    _cue(
        "partner.between",
        PAR,
        "pair",
        r"(?:cooperation|partnership|partnerschap|samenwerking|alliance|accord|"
        r"agreement|overeenkomst|akkoord|verdrag|treaty)s? {w3}(?:between|tussen) "
        r"{the}{w3}{a}",
        0.75,
    ),
    _cue("partner.between-and", PAR, "pair",
         r"(?:cooperation|partnership|partnerschap|samenwerking|alliance|accord|"
         r"agreement|overeenkomst|akkoord|verdrag|treaty)s? {w3}(?:between|tussen) "
         r"{the}{w3}{a} (?:and|en) {the}{w2}{b}", 0.7),
    _cue("partner.together-with", PAR, "pair",
         r"(?:samen met|together with|alongside|in cooperation with|"
         r"in samenwerking met|in partnership with) {the}{a} (?:, )?(?:(?!- )"
         r"[^\s\ue000-\uefff;:]+ ){0,3}?{b}(?!-)", 0.6,
         a_kinds=STATES | ORGS, b_kinds=STATES | ORGS, a_forms=NAMED),
    _cue("partner.with-together", PAR, "pair",
         r"{b} (?:[\w-]+ )?(?:samen met|together with|jointly with|in cooperation with|"
         r"in samenwerking met|in partnership with) {the}{a}(?! (?:-|'))", 0.6,
         a_kinds=STATES | ORGS, b_kinds=STATES | ORGS, a_forms=NAMED),
    _cue("partner.reaffirm-alliance", PAR, "pair",
         r"{a} {w3}(?:reaffirm\w*|strengthen\w*|deepen\w*|celebrat\w*|renew\w*|bevestig\w*|"
         r"versterk\w*|verdiep\w*) (?:their|the|its|hun|het|de) (?:[\w-]+ ){0,2}?(?:alliance|"
         r"partnership|bondgenootschap|partnerschap)", 0.7, a_kinds=STATES | ORGS),
    _cue("partner.our-partners-appositive", PAR, "ab",
         r"{a}(?: ,| ?-) (?:two |three |both |all )?(?:of )?{b} (?:(?:close|closest|key|"
         r"strategic|trusted|valued|nauwe|belangrijke) )*(?:partners|allies|partnerlanden)",
         0.7, b_forms=FIRST, a_kinds=STATES),
    _cue("partner.compound", PAR, "pair",
         r"{a}-{b} {w2}(?:partnership|cooperation|council|alliance|agreement|summit|"
         r"samenwerking|partnerschap|raad|overeenkomst|akkoord|verdrag|treaty)", 0.7),
    _cue(
        "partner.partners-list",
        PAR,
        "pair",
        r"{a}[- ]{w3}(?:partners?|partnerlanden|partnerland|partner countries) "
        r"(?:\( [^)]{1,40} \) )?{b}",
        0.75,
    ),
    _cue(
        "partner.is-partner",
        PAR,
        "pair",
        r"{a} (?:is|are|remains?|has been|have been|zijn|is een|blijft|blijven) {w3}"
        r"(?:partners?|partner country|partnerland) (?:of|for|to|van|voor) {the}{b}",
        0.75,
    ),
    _cue(
        "partner.signed",
        PAR,
        "pair",
        r"{a} {w4}(?:signed|concluded|agreed|sloten|ondertekenden|ondertekend|"
        r"gesloten)\w* {w6}(?:agreement|partnership|accord|declaration|treaty|programme|"
        r"program|overeenkomst|verdrag|akkoord|verklaring)",
        0.7,
    ),
    # --------------------------------------------------------------- MEMBER_OF
    _cue("member.including", MEM, "ba",
         r"{a} {w16},? (?:waaronder|inclusief|including|among them|among whom|such as|"
         r"zoals|in particular|met name|like) {b}", 0.75, a_forms=COLLECTIVE,
         b_kinds=STATES),
    _cue("member.as-ally", MEM, "ba",
         r"{b} (?:als|as) {the}{w2}{a}", 0.8, a_forms=COLLECTIVE, b_kinds=STATES),
    _cue(
        "member.our-allies",
        MEM,
        "ba",
        r"{b} (?:fellow |mede-)?{a}",
        0.7,
        b_forms=FIRST,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(
        "member.member-of",
        MEM,
        "ba",
        r"{b} {w3}(?:is|are|was|were|became|become|becomes|has been|have been|remains?|"
        r"werd|wordt|zijn|is nu|as|als) {w2}(?:member|members|member state|member states|"
        r"lid|lidstaat|lidstaten|ally|allies|bondgenoot|bondgenoten)(?: geworden)? "
        r"(?:of|van|in) {the}{a}",
        0.8,
        b_kinds=STATES | ORGS,
        a_kinds=ORGS,
    ),
    _cue(
        "member.org-member",
        MEM,
        "ba",
        r"{a}[- ](?:member|members|member state|member states|lid|lidstaat|lidstaten|"
        r"ally|allies|bondgenoot|bondgenoten|countries|landen) {b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.role-in",
        MEM,
        "ba",
        r"{b} {w2}(?:role|contribution|presidency|seat|participation|chairmanship|rol|"
        r"voorzitterschap|deelname) (?:in|at|within|binnen|bij) {the}{a}",
        0.65,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue("member.as-org-ally", MEM, "ba",
         r"{b} (?:as|als) {the}{a}'s? (?:[\w-]+ ){0,2}?(?:(?:ally|member|member state|lid|"
         r"lidstaat|bondgenoot)\b|{x})", 0.75, a_kinds=ORGS, b_kinds=STATES),
    _cue("member.added-to", MEM, "ba",
         r"(?:add(?:ed|s|ing)?|addition of|admit(?:s|ted|ting)?|toegelaten|toevoeging van) "
         r"{the}{b} (?:to|into|tot|aan) {the}(?:{x} )?{a}", 0.7, a_kinds=ORGS,
         b_kinds=STATES),
    _cue("member.ratified-membership", MEM, "ba",
         r"{a} {w3}(?:ratif\w*|geratificeerd|approved|goedgekeurd) {the}{b}'s? (?:full )?"
         r"(?:membership|accession|lidmaatschap|toetreding)", 0.65, a_kinds=ORGS,
         b_kinds=STATES),
    _cue("member.founded", MEM, "ba",
         r"{b} {w8}(?:to establish|established|to found|founded|founding|to create|created|"
         r"op te richten|richtten) {the}{a}(?= ?[-,.;:]| (?:in|on|at|op)\b|$)", 0.65,
         a_kinds=ORGS, b_kinds=STATES),
    _cue("member.fellow-leaders", MEM, "ba",
         r"{b} (?:fellow|other|mede-?) ?{a}[ -]?(?:leaders|members|member states|partners|"
         r"allies|counterparts|colleagues|leiders|collega's|lidstaten)", 0.7, b_forms=FIRST,
         a_kinds=ORGS),
    _cue("member.other-members", MEM, "ba",
         r"{b} {w2}(?:andere|other|fellow|overige) {a}", 0.65, a_forms=COLLECTIVE,
         b_kinds=STATES),
    _cue(
        "member.joined",
        MEM,
        "ba",
        r"{b} {w3}(?:joined|trad toe tot|is toegetreden tot|zijn toegetreden tot|"
        r"became a member of|acceded to|werd lid van) {the}(?:{x} )?(?P<a>" + S + r")(?!')",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    # --------------------------------------------------------- ASPIRES_TO_JOIN
    _cue(
        "aspire.future-membership",
        ASP,
        "agent",
        r"(?:future|eventual|toekomstige?|path to|pad naar|weg naar|road to|aspirations? "
        r"for|application for|aanvraag voor|ambitie tot)[ -]{w2}{b}[ -]?(?:membership|"
        r"lidmaatschap|accession|toetreding)",
        0.7,
        b_kinds=ORGS,
    ),
    _cue("aspire.path-to-membership", ASP, "agent",
         r"(?:weg naar|op weg naar|path to|road to|towards?|pad naar|future|toekomstige?|"
         r"eventual|perspectief op) (?:full |volledig |volwaardig )?(?:lidmaatschap|"
         r"membership|toetreding|accession) (?:van|of|in|to|tot) {the}{b}", 0.7, b_kinds=ORGS),
    _cue("aspire.its-accession", ASP, "agent",
         r"(?:its|their|zijn|haar|hun) {b}[ -]?(?:accession|membership|toetredings?\w*|"
         r"lidmaatschaps?\w*)(?: (?:goals?|aspirations?|bid|path|process|ambitions?|talks|"
         r"negotiations|onderhandelingen|proces|traject|ambities?))?", 0.65, b_kinds=ORGS),
    _cue("aspire.candidate", ASP, "ab",
         r"{a} {w5}(?:candidate|kandidaat)[- ]?(?:member state|member|lidstaat|lid|country|"
         r"land)? ?(?:of|van|for|voor) {the}{b}", 0.75, a_kinds=STATES, b_kinds=ORGS),
    _cue("aspire.accession", ASP, "ab",
         r"{a} {w2}(?:accession|toetreding) (?:to|tot) {the}{b}", 0.65, a_kinds=STATES,
         b_kinds=ORGS),
    _cue("member.accession", MEM, "ab",
         r"{a} {w2}(?:accession|toetreding) (?:to|tot) {the}{b}", 0.65, a_kinds=STATES,
         b_kinds=ORGS),
    _cue(
        "aspire.adjective",
        ASP,
        "ab",
        r"{a} {w2}{b}[ -]?(?:membership|lidmaatschap|accession|toetreding|aspirations?|"
        r"bid)",
        0.6,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.verb",
        ASP,
        "ab",
        r"{a} {w4}(?:bid|application|aspirations?|ambitions?|wish|request|seeks?|sought|"
        r"aspires?|applied|apply|applies|wants?|hopes?|strives?|streeft|wil|wens\w*) "
        r"{w3}(?:to join|to become a member of|membership (?:of|in)|for membership (?:of|in)|"
        r"toe te treden tot|lid (?:te )?worden van|toetreding tot|lidmaatschap van) {the}{b}",
        0.8,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.future-in",
        ASP,
        "ab",
        r"(?:future|toekomst|rightful place|plaats) (?:of|van) {a} {w3}(?:is |lies |ligt )?"
        r"(?:in|within|binnen) {the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.future-is-in",
        ASP,
        "ab",
        r"{a} (?:future|rightful place|place|toekomst) (?:is |lies |ligt )?(?:in|within) "
        r"{the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    # ---------------------------------------------------------------- OPPOSES
    _cue(
        "oppose.condemn",
        OPP,
        "ab",
        r"{a} {w5}(?:condemn|denounce|deplore|veroordeel|veroordel|hekel|criticiz|"
        r"criticis|bekritiseer|oppose|warn|waarschuw|reject|verwerp|sanction)\w* "
        r"{w8}{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue("oppose.holds-responsible", OPP, "agent",
         r"(?:houdt|houden|hield|hielden|hold|holds|held|holding) {w4}{b} {w4}"
         r"(?:verantwoordelijk|accountable|responsible|aansprakelijk)", 0.6),
    _cue(
        "oppose.sanctions-on",
        OPP,
        "ab",
        r"{a} {w5}(?:impose[sd]?|imposing|announce[sd]?|adopt\w*|introduced|legt|legde|"
        r"kondigde|nam|neemt|heeft|hebben|hadden|had|have|has) {w8}(?:sanctions|measures|"
        r"restrictions|export controls|sancties|maatregelen|tariffs) {w6}(?:on|against|tegen|"
        r"op) {the}(?:onder meer |onder andere |among others )?{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "oppose.sanctions-agent",
        OPP,
        "agent",
        r"(?:sanctions|sancties|sanctiepakket|restrictive measures|measures|"
        r"export controls|maatregelen|costs|penalties|consequences) {w2}(?:on|against|tegen|op) "
        r"{the}"
        r"(?:onder meer |onder andere |among others )?{b}",
        0.55,
    ),
    _cue("oppose.adj-sanctions", OPP, "agent", r"{b}(?: | -)?(?:sanctions|sancties)", 0.5,
         b_kinds={"state", "group"}),
    _cue("oppose.roept-op", OPP, "agent",
         r"(?:roept|riep|riepen|roepen) {the}{b} (?:op|ertoe op)", 0.55),
    _cue(
        "oppose.call-on",
        OPP,
        "agent",
        r"(?:call(?:s|ed|ing)? (?:on|upon)|urge[sd]?|urging|roep\w*|dringt er bij|demand\w*) "
        r"{the}{b} (?:to|op|om|aan) (?:immediately |onmiddellijk )?(?:stop|cease|end|halt|"
        r"refrain|withdraw|release|comply|respect|abide|desist|stand down|abandon|reverse|"
        r"te stoppen|te staken|"
        r"terug te trekken|vrij te laten)",
        0.6,
        negatable=False,
    ),
    _cue(
        "oppose.accountable",
        OPP,
        "agent",
        r"(?:hold|holding|held) {the}{b} (?:fully )?(?:accountable|responsible)",
        0.65,
    ),
    _cue(
        "oppose.aanspreken",
        OPP,
        "agent",
        r"{b} {w3}(?:aan te spreken|aanspreken|aanspreekt|aangesproken|ter verantwoording)",
        0.6,
    ),
    _cue("oppose.warn", OPP, "agent", r"warn(?:s|ed|ing)? {the}{b} (?:against|not to)", 0.6),
    _cue(
        "oppose.violation",
        OPP,
        "issuer-subject",
        r"in (?:clear |flagrant |direct |blatant |open |manifest )?(?:violation|breach|"
        r"schending) (?:of|van)",
        0.55,
    ),
    # ------------------------------------------------------------- REPRESENTS
    _cue("represents.state-role-person", REP, "ba",
         r"{a} {tight}{role}\b {w5}{b}", 0.8, b_kinds={"person"}, a_kinds=ACTORS,
         a_forms=NAMED),
    _cue("represents.role-person-of-state", REP, "ba",
         r"{role}\b {w2}{b} (?:of|van) {the}{a}", 0.8, b_kinds={"person"}, a_kinds=ACTORS),
    _cue(
        "represents.role-of-state-person",
        REP,
        "ba",
        r"{role} (?:van|of|for|voor) {the}{a} {w2}{b}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(
        "represents.person-role-of",
        REP,
        "ba",
        r"{b} , {the}{w2}{role} (?:van|of|for|voor) {the}{a}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(
        "represents.role-person",
        REP,
        "person-role",
        r"{role}\b (?:{w2})?{b}",
        0.6,
        b_kinds={"person"},
    ),
]


#: Negation and hedging near a cue: the relation is not stated as a fact.
NEGATION_RE = re.compile(
    r"\b(?:not|cannot|no|never|neither|nor|without|rather than|instead of|stop(?:s|ped|ping)? |"
    r"cease|ceasing|refrain|halt|end (?:its|their)|geen|niet|nooit|zonder|noch|"
    r"stoppen|staken|beëindigen)\b|n't\b"
)
HEDGE_RE = re.compile(
    r"\b(?:may|might|could|would|if|whether|possibly|reportedly|allegedly|alleged|"
    r"consider(?:s|ed|ing)?|overweegt|overwegen|overwoog|overwogen|te overwegen|"
    r"potential(?:ly)?|perhaps|rumou?rs?|mogelijke?|mogelijkheid|eventueel|eventuele|"
    r"zou|zouden|indien|wellicht|misschien|vermeend|vermeende|naar verluidt)\b"
)
#: A verb after the cue that blocks or refuses what the cue names.
BLOCK_RE = re.compile(
    r"\b(?:block(?:s|ed|ing)?|blokkeer\w*|blokkeert|veto(?:es|ed)?|obstruct\w*|"
    r"tegenhoud\w*|tegengehouden|houdt \w+ tegen|refuse[sd]?|weiger\w*)\b"
)
#: Sentences that deny or doubt what they report.
DENIAL_RE = re.compile(
    r"\b(?:no evidence|geen bewijs|geen aanwijzingen|den(?:y|ies|ied)|ontkent|ontkende|"
    r"false(?:ly)? claim|unfounded|unsubstantiated|baseless)\b"
)
