"""Hand-written cues of the core type THREATENS (see :mod:`.cue_base` for the pattern
language)."""

from __future__ import annotations

from actorgraph.loaders.documents.metadata import MONTH_NAMES
from actorgraph.loaders.extract.cue_base import (
    _HARM,
    _NOT_DEFENSIVE,
    _STANCE,
    ACTORS,
    HARM_FROM,
    JUDGING,
    NAMED,
    NOT_BY_AGENT,
    STATES,
    THR,
    Cue,
    S,
    _cue,
)

#: "as it faces (continued) …", "in the face of …" before an aggressor or its threats.
_FACES = (
    r"(?:faces|facing|faced|in the face of|confronted with|confronts|confronting|"
    r"geconfronteerd met) {the}"
    r"(?:(?:continued|ongoing|continuing|renewed|brutal|unprecedented|repeated|daily|"
    r"constant|aanhoudende|voortdurende|ongekende|herhaalde|dagelijkse) )?"
)
#: "under (continued) bombardment from X", "onder vuur van X": victim before, attacker after.
_UNDER_FIRE = (
    r"(?:under|onder) (?:(?:continued|constant|ongoing|heavy|renewed|daily|aanhoudend|"
    r"voortdurend|zwaar) )?(?:bombardment|attack|fire|shelling|missile fire|vuur|"
    r"bombardementen|beschietingen|aanval) (?:from|by|van|door) {the}"
)

#: Troops gathered at another state's border: "build-up", "massing of troops", "opbouw".
_BUILDUP = (
    r"(?:(?:military |militaire |troop |force )?(?:build-?ups?|buildups?)|(?:troepen)?opbouw|"
    r"troepenconcentraties?|(?:massing|concentration|samentrekking) (?:of|van) "
    r"(?:\w+ )?(?:troops|forces|troepen|militairen))"
)
#: "near", "around", "on the border with", "aan de grens met", "rond".
_NEAR = (
    r"(?:near|around|along|on|at|rond|om|nabij|bij|langs|aan|op) "
    r"(?:(?:the |de |het |its |their |zijn |haar )?(?:borders?|grens|grenzen) "
    r"(?:with|of|met|van) )?"
)
_MASSED = r"(?:massed|amassed|massing|amassing|has concentrated|have concentrated)"
#: Dutch past participles and finite forms of gathering troops, verb-final or not.
_MASSED_NL = (
    r"(?:samengetrokken|samentrekt|samentrekken|trekt \S+ samen|trok \S+ samen|verzameld|"
    r"geconcentreerd|gestationeerd|opgesteld)"
)
_TROOPS = r"(?:troops|forces|soldiers|troepen|militairen|soldaten|strijdkrachten|manschappen)"

#: A month written out ("op 24 februari", "in early March"); not "may", more often the verb.
_MONTH = "(?:" + "|".join(m for m in MONTH_NAMES if m != "may") + ")"

#: A war that ends before another target ("the war of aggression against X" is read by the
#: cues with a target) and not a compound ("war machine", "war crimes"): no victim read.
_NOT_WAR_COMPOUND = (
    r"(?! (?:of|against|on|in|into|upon|with)\b)"
    r"(?! (?:machine|economy|effort|crimes?|criminals?|chest|industry|aims|games|footing|time|"
    r"production|sanctions|powers|zone|propaganda|budget|materiel|supplies|needs|"
    r"coalition)\b)"
)
#: What an aggression is called just before its author ("the ongoing Russian aggression",
#: "unprovoked Hamas attacks"), for the cues whose victim resists it.
_ONGOING = (
    r"(?:ongoing|continued|continuing|renewed|brutal|full-scale|unprovoked|illegal|"
    r"aanhoudende|voortdurende)"
)

THREAT_CUES: list[Cue] = [
    _cue(  # "het leed dat X in Y aanrichtte", "the destruction X has wrought in Y"
        "threat.damage-wrought-in",
        THR,
        "ab",
        r"(?:leed|schade|verwoesting|vernietiging|ravage|destruction|devastation|suffering|"
        r"damage|havoc) (?:dat|die|that|which) {the}{a} {w4}(?:in|op|on) {the}{b} {w2}"
        r"(?:aanricht|aanrichtte|aanrichtten|heeft aangericht|aangericht|has wrought|wrought|"
        r"has caused|caused|inflicted|has inflicted)\b",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"aanricht|aangericht|wrought|caused|inflicted",
        lang="nl",  # the verb after "in Y" is Dutch order; English is in the cue below
    ),
    _cue(  # "the destruction that Russia has wrought in Ukraine"
        "threat.damage-wrought-in-en",
        THR,
        "ab",
        r"(?:destruction|devastation|suffering|damage|havoc) (?:that|which) {the}{a} "
        r"(?:has |have |had )?(?:wrought|caused|inflicted|brought) (?:in|on|upon) {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "de Russische militaire opbouw rond X", "Russia's troop build-up on X's border"
        "threat.buildup-near",
        THR,
        "ab",
        r"{a}{paren}{w3}" + _BUILDUP + r" {w3}" + _NEAR + r"{the}{b}",
        0.75,
        a_kinds=ACTORS,
        anchor=r"build|opbouw|troepenconc|massing|concentration|samentrekking",
    ),
    _cue(  # "Russia has massed 100,000 troops near X"
        "threat.massed-troops-near",
        THR,
        "ab",
        r"{a} {w4}" + _MASSED + r" (?:[^\s\ue000-\uefff;:]+ ){0,4}?" + _TROOPS + r" {w3}"
        + _NEAR + r"{the}{b}",  # the gap takes "more than 100,000"
        0.75,
        a_kinds=ACTORS,
        anchor=_MASSED,
    ),
    _cue(  # "Rusland heeft troepen samengetrokken aan de grens met X"
        "threat.massed-troops-near-nl",
        THR,
        "ab",
        r"{a} {w6}" + _TROOPS + r" {w3}" + _MASSED_NL + r" {w2}" + _NEAR + r"{the}{b}",
        0.75,
        a_kinds=ACTORS,
        anchor=r"samen|verzameld|geconcentreerd|gestationeerd|opgesteld",
    ),
    _cue(  # verb-final: "… troepen aan de grens met X samengetrokken"
        "threat.massed-troops-near-final",
        THR,
        "ab",
        r"{a} {w6}" + _TROOPS + r" {w3}" + _NEAR + r"{the}{b} {w2}" + _MASSED_NL,
        0.75,
        a_kinds=ACTORS,
        anchor=r"samen|verzameld|geconcentreerd|gestationeerd|opgesteld",
    ),
    _cue(  # "attacks against Erbil, Iraq": a town, then the state it lies in
        "threat.aggression-against-town",
        THR,
        "ab",
        r"{a}{paren}{w4}" + _HARM + r" {w4}(?:against|on|tegen|op) "
        r"(?:[^\s\ue000-\uefff;:,]+ ){1,2}?, {the}{b}"
        # the state ends the phrase: "…, Iraq, were", "…, Iraq the day prior" (not "…,
        # Israel said")
        r"(?= ?(?:[,.;)]|$| (?:the|on|in|last|earlier|this|and|de|op|vorige|afgelopen)\b))",
        0.75,
        a_kinds=ACTORS,
        anchor=r"(?:against|on|tegen|op) [^\s,\ue000-\uefff]+(?: [^\s,\ue000-\uefff]+)? , ",
    ),
    # --------------------------------------------------------------- THREATENS
    _cue(
        "threat.aggression-against",
        THR,
        "ab",
        # ("Japan condemns the attack on X": who judges an attack is not its author)
        # (one's stance in a war is not one's war: "X's position in this war")
        r"{a}{paren}(?!" + JUDGING + r")(?!(?:[\w-]+ ){0,2}?" + _STANCE + r"){w4}"
        + _NOT_DEFENSIVE + _HARM
        # "de invasie vlakbij de grens van X": a place near X, X is no victim
        + r"(?! (?:vlakbij|nabij|dichtbij|dicht bij|near|close to|next to) )"
        + r" (?:{w4}(?:against|on|into|towards?|tegen|op|jegens|"
        r"(?<!war )(?<!wars )(?<!oorlog )in)(?: {seclist} of)?|"
        # "aanval van X op Y": X is the attacker, not the victim; so is X of "de agressie
        # van X"; no time span before "of" ("the war over the rest of my term": not on me)
        r"(?:(?!over |during |throughout |for |tijdens )[^\s\ue000-\uefff;:]+ ){0,4}?"
        r"(?<!aggression )(?<!agressie )(?<!war )(?<!oorlog )"  # "de oorlog van Poetin"
        r"(?:of|van)(?! (?:the |de |het )?" + S + r"'?s? (?:op|on|against|tegen|upon) )) "
        r"{the}{peopleof}{placein}{compass}{victimadj}{b}(?!'?s? (?:by|door) )",
        0.8,
        a_kinds=ACTORS | {"person"},
    ),
    _cue(
        "threat.harm-of-by",
        THR,
        "ab",
        _HARM + r" (?:of|against|on|van|tegen|op|jegens) {w6}{b} "
        # "strikes against targets in Yemen used by X": "by" belongs to the participle
        r"(?:(?![\w-]+ed )[^\s\ue000-\uefff;:,]+ ){0,3}?(?:by|door) {the}"
        r"(?:(?:armed |military )?forces (?:of|van) (?:the |de |het )?)?(?:" + S + r" )?{a}"
        r"(?! " + S + r")",
        0.8,
        a_kinds=ACTORS | {"person"},
    ),
    _cue(
        "threat.occupied-by",
        THR,
        "ab",
        r"(?:occupied|annexed|seized|bezette|geannexeerde|bezet gehouden|ingenomen) "
        r"(?:[\w-]+ ){0,2}?(?:by|door) {the}{a} (?:in|of|van) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "threat.occupied-by-nl",
        THR,
        "ab",
        r"door {the}{a} (?:bezette|geannexeerde|ingenomen) (?:[\w-]+ ){0,2}?(?:in|van) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "threat.owner-war-in",
        THR,
        "ab",
        # (not the owner's view of a war: "Nederlands standpunt oorlog in X")
        r"{a}(?:'s?)? (?:(?!" + _STANCE + r")[\w-]+ ){0,2}?(?:war|invasion|aggression|\w*oorlog|"
        r"invasie|agressie) in {the}{b}",
        0.7,
        a_kinds=STATES,
        subject=True,  # "de evacuatie uit Afghanistan en de oorlog in X": not Afghanistan's
    ),
    _cue(
        "threat.its-war-against",
        THR,
        "agent",
        # "its brutal and illegal war in X"
        r"(?:zijn|its|hun|their|his) (?:[\w-]+ (?:and|en) )?{w2}" + _NOT_DEFENSIVE
        + r"(?:oorlog|war|aggression|"
        r"agressie|invasion|invasie|aanval|attacks?|assault) (?:tegen|against|on|in|op) {the}{b}",
        0.65,
    ),
    _cue(
        "threat.aggression-by",
        THR,
        "ab",
        # a preposition before a date opens no target ("de invasie van X op 24 februari")
        _NOT_DEFENSIVE + _HARM + r" (?:van|by|from|door) {the}{forcesof}{a} "
        r"(?:against|on|tegen|op|jegens|of|van|in|into) "
        r"(?!\d)(?!(?:de |het )?(?:[\w-]+ )?" + _MONTH + r"\b){w8}{b}",
        0.8,
    ),
    _cue(
        "threat.threat-to",
        THR,
        "ab",
        r"{a} {perceives}{v8}(?:threat|threats|dreiging|bedreiging|danger|gevaar) {w6}"
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
    _cue(
        "threat.relative-threat-from",
        THR,
        "ab",
        r"{b} , (?:die|dat|which|who|that) {w3}(?:threat|dreiging|bedreiging)s? (?:vanuit|"
        r"van|from|uit|posed by) {the}{a}",
        0.7,
    ),
    _cue(
        "threat.threatening-agent",
        THR,
        "agent",
        r"(?:threaten(?:s|ed|ing)?|bedreig(?:t|en|de|den)|endanger\w*|in gevaar brengen) "
        r"{the}{w3}(?:security|safety|sovereignty|territorial integrity|veiligheid|"
        r"soevereiniteit|integriteit) (?:of|van) {the}{b}",
        0.6,
    ),
    _cue(
        "threat.fired-at",
        THR,
        "ab",
        r"{a}{paren}{n4}(?:fired|fires|firing|opened fire|opens fire|open fire|launched|"
        r"launches|lanceerde|lanceert|vuurde|vuurt|shot)\w*"
        # what is launched at someone is fire, not "a mission to Moldova" or "een initiatief"
        r"(?!(?: [^\s\ue000-\uefff;:,]+){0,3}? (?:missions?|missie|initiatives?|initiatief|"
        r"campaigns?|campagne|programmes?|programs?|programma|dialogue|dialoog|talks|appeal|"
        r"oproep|funds?|fonds|investigation|onderzoek|process|proces|platform)\b)"
        r" {w4}(?:at|on|into|towards|toward|op|naar|against|over) {the}{placein}{b}",
        0.7,
        a_kinds=ACTORS | {"person"},
    ),
    _cue(  # "drones die Rusland tegen Oekraïne inzet", "Iran deploys drones against Israel"
        "threat.deploy-against",
        THR,
        "ab",
        r"{a} {n6}(?:deploy(?:s|ed|ing)?|use[sd]?|using|inzet|inzetten|inzette|inzetten|"
        r"ingezet|gebruikt|gebruiken|gebruikte|gebruikten|zet|zetten|zette) {n6}(?:in )?"
        r"(?:against|tegen) {the}{peopleof}{b}(?! (?:-|'))",
        0.65,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # verb-final: "die Rusland tegen Oekraïne inzet"
        "threat.deploy-against-final",
        THR,
        "ab",
        r"{a} {n4}tegen {the}{peopleof}{b} {n4}(?:inzet|inzetten|inzette|ingezet|gebruikt|"
        r"gebruiken|gebruikte|gebruikten|in te zetten|te gebruiken)\b",
        0.65,
        a_kinds=ACTORS,
        subject=True,
        lang="nl",
    ),
    _cue(
        "threat.launched-attack",
        THR,
        "ab",
        r"{a}{paren}{n4}(?:launched|carried out|conducted|mounted|lanceerde|lanceerden|voerde|"
        r"voerden) (?:[^\s\ue000-\uefff;:,]+ ){0,8}?" + _HARM + r" (?:[^\s\ue000-\uefff;:,]+ )"
        r"{0,6}?(?:against|on|at|tegen|op) {the}{placein}{b}",
        0.7,
        a_kinds=ACTORS | {"person"},
    ),
    _cue(  # inversion after a fronted phrase: "Vanmorgen zette Rusland, zoals u weet, een
        # nooit geziene aanval in op Oekraïne" (inzetten: a separable verb)
        "threat.launched-attack-inversion-nl",
        THR,
        "ab",
        r"(?:zet|zette|zetten|voert|voerde|voerden|lanceert|lanceerde|lanceerden) {a}"
        r"(?: , [^;:,]{1,40}? ,)? (?:[^\s\ue000-\uefff;:,]+ ){0,5}?" + _HARM
        + r" (?:in )?(?:op|tegen) {the}{placein}{b}",
        0.7,
        a_kinds=ACTORS,
        lang="nl",
        anchor=r"\b(?:zet|zette|zetten|voert|voerde|voerden|lanceer)",
    ),
    _cue(
        "threat.in-face-of",
        THR,
        "ab",
        NOT_BY_AGENT + r"{b} {w4}(?:in the face of|tegenover) {the}(?:[\w-]+ )?{a}'?s? {w2}"
        + _HARM,
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
    ),
    _cue(  # "Ukraine, as it faces Russian aggression", "in the face of threats from Hamas"
        "threat.faces",
        THR,
        "ab",
        NOT_BY_AGENT + r"{b} {w10}" + _FACES + r"{a}'?s? (?:[\w-]+ )?" + _HARM + r"\b",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"fac|confront",
    ),
    _cue(
        "threat.faces-threats-from",
        THR,
        "ab",
        # "threats from Iranian-backed groups such as Lebanese Hezbollah": Hezbollah
        r"{b} {w6}" + _FACES + r"(?:[\w-]+ ){0,2}?(?:threats?|dreiging|attacks?|strikes|"
        r"aanvallen|bombardments?|shelling|barrages?|beschietingen|bombardementen) "
        r"(?:from|van|vanuit) {the}(?:(?:[^\s;:,]+ )"
        r"{0,4}?(?:such as|including|like|zoals|waaronder) (?:{x} )?)?{a}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"fac|confront",
    ),
    _cue(  # "as it defends itself against Hamas", "verdedigt zich tegen X"
        "threat.defend-itself",
        THR,
        "ab",
        # "protect its people against X", "defend itself, consistent with international
        # law, against X", "defend itself in the face of ongoing X threats", "X's security
        # against all Y-backed groups"
        r"{b} (?:{w6}(?:defend\w*|protect\w*|verdedig\w*) (?:itself|themselves|herself|zich|"
        r"zichzelf|its (?:people|citizens|population|territory))|(?:security|self-defen[cs]e)) "
        r"(?:, (?:[^\s\ue000-\uefff;:,]+ ){1,8}, )?"
        r"(?:against|from|in the face of|tegen) {the}" + HARM_FROM + r"(?:all )?(?:{x}-backed )?"
        r"(?:" + _ONGOING + r" )?{a}"
        r"(?!-|'?s? (?:[\w-]+ ){0,2}(?:allies|partners|bondgenoten))",
        0.75,
        a_kinds=ACTORS,
        b_kinds=STATES,
        b_forms=NAMED,  # "support for the people of X as they defend …": not a meeting's "they"
        anchor=r"defend|protect|verdedig|security|self-defen",
    ),
    _cue(  # "support for Ukraine in its self-defense against Russian aggression", "help
        # Ukraine prevail against the Russian war of aggression", "Georgia suffers from
        # Russian occupation", "Oekraïne in zijn strijd tegen de Russische agressie": who
        # resists an aggression is its victim
        "threat.resists-aggression",
        THR,
        "ab",
        r"{b}(?:'s?)? (?:in (?:its|their|zijn|haar|hun) )?{w6}(?:self-defen[cs]e|defen[cs]e|"
        r"fight|fights|fighting|struggle|resist\w*|prevail\w*|suffer\w*|strijd|verzet|"
        r"zelfverdediging|verdediging|lijdt|lijden) (?:[^\s\ue000-\uefff;:,]+ ){0,2}?"
        r"(?:against|from|tegen|onder) {the}(?:(?:" + _ONGOING + r"|brute) )*{a}(?:'s?)? "
        r"(?:[\w-]+ )?(?:aggression|invasion|occupation|attacks|assault|war of aggression|war|"
        r"offensive|bombardments?|shelling|agressie|invasie|bezetting|aanvallen|oorlog)\b",
        0.75,
        a_kinds=STATES,
        b_kinds=STATES,
        b_forms=NAMED,
        anchor=r"defen|fight|struggle|resist|prevail|suffer|strijd|verzet|verdediging|lijd",
    ),
    _cue(  # "Ukraine, under continued bombardment from Russia", "onder vuur van X"
        "threat.under-fire-from",
        THR,
        "ab",
        # the victim right before, or before a verb of state: "Ukraine (remains) under …"
        r"{b},? (?:(?:is|are|was|were|remains?|remained|ligt|lag|blijft|bleef|staat|stond) )?"
        + _UNDER_FIRE + r"{a}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"under|onder",
    ),
    _cue(
        "threat.possessive-invasion",
        THR,
        "victim",
        r"{a}'s? {w2}(?:full-scale |brutal |illegal |unprovoked )?(?:invasion|war of "
        r"aggression|aggression|incursion|occupation|agressie|invasie|bezetting)"
        r"(?! (?:of|against|on|in|into|tegen|van|op) )",
        0.55,
        a_kinds=STATES,
    ),
    _cue(  # "de Russische agressie/aanvallen op vitale infrastructuur", no victim named: the
        # state the sentence names before (as "Russia's invasion"); not a time ("sinds de …")
        "threat.adjective-aggression",
        THR,
        "victim",
        r"(?<!sinds de )(?<!sinds )(?<!sinds het begin van de )"
        r"{a} (?:[\w-]+ ){0,2}?(?:agressie|invasie|inval|bezetting|aanval|aanvallen|"
        r"aanvalsoorlog|oorlog|offensief|bombardementen|beschietingen)\b"
        # a victim written after the noun is read by threat.aggression-against
        r"(?! (?:tegen|op|van|in|jegens) (?:[^\s\ue000-\uefff;:,]+ ){0,3}?[\ue000-\uefff])"
        # nor a war that others make possible ("die de Russische oorlog mogelijk maken")
        r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:mogelijk|faciliteren|voeden|steunen))",
        0.55,
        a_kinds=STATES,
        a_forms=frozenset({"adjective"}),
        lang="nl",
        anchor=r"agressie|invasie|inval\b|bezetting|aanval|oorlog|offensief|bombardement|"
        r"beschieting",
    ),
    _cue(  # English: "despite the Russian invasion", "against the Russian war of aggression"
        # with no victim named with it: the victim is the state the sentence names before
        "threat.adjective-aggression-en",
        THR,
        "victim",
        # only after a word of what its victim does or suffers under it: refugees "fleeing"
        # it are bystanders, what one "counters" names no victim ("out-compete China and
        # counter Russian aggression")
        r"(?:despite|amid|against|under|with|resist\w*|repel\w*|endur\w*|withstand\w*|"
        r"surviv\w*|fac(?:es|ing|ed)|suffer\w* from) (?:the |its |this )?(?:" + _ONGOING
        + r" )*{a} (?:[\w-]+ ){0,2}?(?:aggression|invasion|war of aggression|war|occupation|"
        r"offensive|assault)\b" + _NOT_WAR_COMPOUND,
        0.55,
        a_kinds=STATES,
        a_forms=frozenset({"adjective"}),
        lang="en",
        anchor=r"aggression|invasion|war\b|occupation|offensive|assault",
    ),
    _cue(  # "X has brought war back to Europe by an unprovoked attack on Y": the means of an
        # act of the subject, who is found as for a noun of support
        "threat.by-means-of-attack", THR, "agent",
        r"(?:by|through) (?:an? |the |its |his |her |their )(?:[\w-]+ (?:and )?){0,3}?(?:attack|"
        r"invasion|assault|aggression|war) (?:on|against|upon|(?<=invasion )of) {the}{peopleof}{b}",
        0.6, b_kinds=STATES, lang="en", anchor=r"\b(?:by|through) ",
    ),  # fmt: skip
    _cue(  # "increase costs on Russia for its continued aggression", "pressure on Russia to end
        # its war": the war of the actor just named, its victim named before
        "threat.its-war-after-object",
        THR,
        "victim",
        r"(?:on|against|for|from|hold|press|pressed|pressing|urge|urged|urging) {the}{a} "
        r"(?:accountable )?(?:for|over|to end|to stop|"
        r"to halt|to cease) (?:its|their) (?:[\w-]+ (?:and )?){0,3}?(?:war of aggression|war|"
        r"aggression|invasion|occupation)\b" + _NOT_WAR_COMPOUND,
        0.55,
        a_kinds=STATES,
        lang="en",
        anchor=r"its|their",
    ),
    _cue(  # "despite the full-scale aggression of Russia", "de agressie van de Russische
        # Federatie" (no victim named with it): the victim is the state the sentence names
        "threat.aggression-of-victim",
        THR,
        "victim",
        # ("the invasion of X": X is invaded; only "by" names an invader in English)
        r"(?:(?:aggression|agressie|invasie) (?:of|by|van|door)|(?:invasion|incursion) by) "
        r"{the}{a}"
        r"(?!'?s? )(?! (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:against|on|into|in|tegen|op|jegens) )",
        0.55,
        a_kinds=STATES,
        anchor=r"(?:aggression|invasion|incursion|agressie|invasie) (?:of|by|van|door) ",
    ),
    _cue(  # "Russia seeks to destabilise Moldova", "dat Rusland … Moldavië probeert te
        # destabiliseren" (verb-final)
        "threat.destabilise",
        THR,
        "ab",
        r"{a} {w4}(?:destabili[sz]e[sd]?|destabili[sz]ing|destabiliseert|destabiliseerde) "
        r"{the}{b}",
        0.7,
        a_kinds=ACTORS,
        anchor=r"destabili",
    ),
    _cue(
        "threat.destabilise-final",
        THR,
        "ab",
        # a long adverbial run between subject and object: "al sinds langere tijd via
        # hybride dreigingen, zoals …, Moldavië probeert te destabiliseren"
        r"{a} (?:[^\s\ue000-\uefff;:]+ ){0,30}?{the}{b} (?:[^\s\ue000-\uefff;:,]+ ){0,2}?"
        r"te destabiliseren\b",
        0.7,
        a_kinds=ACTORS,
        anchor=r"destabiliseren",
        lang="nl",
    ),
    _cue(  # "the Russian regime committing atrocities in X", "oorlogsmisdaden die Rusland in X
        # pleegt"
        "threat.commits-atrocities-in",
        THR,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:commit\w*|perpetrat\w*|pleegt|pleegde|pleegden|gepleegd) "
        r"(?:[\w-]+ ){0,3}?(?:atrocities|war crimes|crimes|massacres|wreedheden|"
        r"oorlogsmisdaden|misdaden|gruweldaden) (?:in|against|on|tegen|op) {the}{peopleof}{b}",
        0.7,
        a_kinds=ACTORS,
        anchor=r"atrocit|crimes|massacre|wreedhed|misdaden|gruweldaden",
    ),
    _cue(  # "atrocities committed by Russia in X"
        "threat.atrocities-by-in",
        THR,
        "ab",
        r"(?:atrocities|war crimes|massacres|wreedheden|oorlogsmisdaden|gruweldaden) "
        r"(?:committed|perpetrated|gepleegd) (?:by|door) {the}{a} (?:in|against|tegen) "
        r"{the}{peopleof}{b}",
        0.75,
        a_kinds=ACTORS,
        anchor=r"atrocit|crimes|massacre|wreedhed|misdaden|gruweldaden",
    ),
    _cue(
        "threat.comma-threatening",
        THR,
        "agent",
        r", (?:threatening|endangering|bedreigend|targeting) {the}{b}",
        0.6,
    ),
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
        r"{b} {w8}(?:defend|defen[cs]e|verdedig|weerstand|resist|afweer|afwer|bescherm|"
        r"protect|fight|struggle|strijd|vecht)\w* "
        r"{w6}(?:against|tegen|aan|from) {the}{a} {w2}(?:aggression|agressie|invasion|"
        r"invasie|attacks?|aanval\w*|oorlog|war|troops|forces|troepen)",
        0.75,
    ),
    _cue(  # "protect Israel from the threat of Hezbollah", "shield Jordan against attacks by
        # Iran": the state kept safe is the victim of the threat's author
        "threat.protect-from-threat-of",
        THR,
        "ab",
        r"(?:protect|secure|shield|safeguard|defend)\w* {the}{peopleof}{b} (?:{n4})?"
        r"(?:from|against) {the}(?:[\w-]+ ){0,2}?(?:threats?|dangers?|attacks?|aggression) "
        r"(?:of|from|posed by|by) {the}{a}(?!-)",
        0.75,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
        anchor=r"threat|danger|attack|aggression",
    ),
    _cue(  # not X of "voor X een bedreiging" (the threatened) nor of "volgens X" (a source)
        "threat.threats-noun",
        THR,
        "victim",
        r"(?<!voor )(?<!\bfor )(?<!volgens ){a} {n4}(?:threats|dreiging|bedreiging)"
        r"(?! (?:vanuit|from|van|uit|of|posed|to|for|voor|against|tegen))",
        0.5,
        a_kinds=ACTORS,
    ),
]

#: Victim cues whose found victim must be a state other than the speaker (see
#: :mod:`.matching`).
STATE_VICTIM_CUES = frozenset(
    {
        "threat.possessive-invasion",
        "threat.aggression-of-victim",
        "threat.adjective-aggression",
        "threat.adjective-aggression-en",
        "threat.its-war-after-object",
    }
)
