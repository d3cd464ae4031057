"""Hand-written cues of the core types SUPPORTS and THREATENS (PARTNERS_WITH is in
:mod:`.cues_partners`; see
:mod:`.cue_base` for the pattern language)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _GIVE,
    _HARM,
    ACTORS,
    ORGS,
    STATES,
    SUP,
    THR,
    Cue,
    S,
    _cue,
)

#: "as it faces (continued) …", "in the face of …" before an aggressor or its threats.
_FACES = (
    r"(?:faces|facing|faced|in the face of|confronted with|geconfronteerd met) {the}"
    r"(?:(?:continued|ongoing|continuing|renewed|brutal|aanhoudende|voortdurende) )?"
)

CORE_CUES: list[Cue] = [
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
    _cue(  # "Duitsland staat volledig achter Moldavië", "stands firmly behind Moldova"
        "support.stand-behind",
        SUP,
        "ab",
        r"{a} {n4}(?:staat|staan|stond|stonden|stands?|stood|standing) {w4}"
        r"(?:achter|behind) {the}{peopleof}{b}(?! (?:-|'))",
        0.75,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # verb-final: "blijft Nederland pal achter Oekraïne staan", "… achter X te staan"
        "support.stand-behind-final",
        SUP,
        "ab",
        r"{a} (?:[^\s\ue000-\uefff;:,]+ ){0,10}?achter {the}{peopleof}{b} {w3}(?:te )?"
        r"(?:staan|gestaan|staat|stond)\b",
        0.7,
        a_kinds=ACTORS,
        subject=True,
        lang="nl",
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
    _cue(  # "committed to ensuring continued support of Ukraine’s self-defense": the
        # possessor of the defence is the one supported ("support of X" alone is X's support)
        "support.of-possessor-defense",
        SUP,
        "ab",
        r"{a} {n6}(?:support|assistance|aid|help|backing|steun|hulp|commitment|committed|"
        r"dedication|toewijding) (?:of|for|to|van|voor|aan) "
        r"{the}(?P<b>" + S + r")(?:'s?|s') (?:[\w-]+ )?(?:self-defen[cs]e|defen[cs]e|security|"
        r"sovereignty|fight|struggle|resistance|recovery|reconstruction|zelfverdediging|"
        r"verdediging|veiligheid|soevereiniteit|strijd|herstel|wederopbouw|"
        r"right to (?:self-defen[cs]e|defend (?:itself|themselves)))\b",
        0.75,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # "our commitment to the security of X", "steun voor de soevereiniteit van X"
        "support.security-of",
        SUP,
        "ab",
        r"{a} {n6}(?:support|commitment|committed|dedication|steun|toewijding) (?:to|for|aan|"
        r"voor) {the}(?:[\w-]+ )?(?:security|safety|defen[cs]e|self-defen[cs]e|sovereignty|"
        r"territorial integrity|veiligheid|soevereiniteit|territoriale integriteit) (?:of|van) "
        r"{the}{b}",
        0.75,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # "the commitment of the United States to supporting X"
        "support.commitment-of-to",
        SUP,
        "ab",
        r"(?:commitment|pledge|toezegging) (?:of|van) {the}{a} (?:to|om) {the}(?:continu\w+ )?"
        r"(?:support\w*|help\w*|assist\w*|defend\w*|steunen|helpen) {the}{peopleof}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(  # "Iranian-backed militias", "door Rusland gesteunde separatisten"
        "support.backed",
        SUP,
        "ab",
        r"{a}-(?:backed|supported|sponsored|armed|funded|gesteunde?) (?:[\w-]+ ){0,3}?{b}",
        0.75,
        a_kinds=STATES,
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
    _cue(
        "support.provide-nl",
        SUP,
        "ab",
        r"{a} {the}{b} (?:van|met) {w6}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|"
        r"bevoorraadt|uitrusten|uitrust|bewapenen|bewapent)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.ter-beschikking",
        SUP,
        "ab",
        r"{a} {w10}ter beschikking {w4}(?:aan|van) {the}{w2}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.transfers-from-to",
        SUP,
        "ab",
        r"(?:transfers?|deliveries|delivery|shipments?|supplies|supply|exports?|leveringen|"
        r"leveranties|levering) {w4}(?:from|by|van|door) {the}{a} (?:to|aan|naar) {the}{b}",
        0.8,
    ),
    _cue(
        "support.procurement-from",
        SUP,
        "ab",
        r"{b} {w2}(?:procurement|purchases?|acquisition|imports?|aankoop|aankopen|inkoop) "
        r"(?:of|van) {a} {w3}(?:weapons|arms|missiles|drones|munitions|equipment|ammunition|"
        r"wapens|munitie|raketten|materieel)",
        0.7,
    ),
    _cue(
        "support.verb-final-nl",
        SUP,
        "ab",
        r"{a} {w3}{b} {w4}(?:steunen|ondersteunen|helpen|bijstaan|bewapenen|bevoorraden|"
        r"financieren)",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.troops-to",
        SUP,
        "ab",
        r"(?:deploy\w*|inzet|sent|sending|stationing|dispatch\w*) {w4}(?:by |of |van |door )?"
        r"{the}{a} (?:troops|soldiers|forces|militairen|troepen|personnel|strijders)? ?"
        r"(?:to|naar|into|in) {the}{b}",
        0.75,
    ),
    _cue(
        "support.troops-side",
        SUP,
        "ab",
        r"{a} (?:troops|soldiers|forces|militairen|troepen|strijders) {w3}(?:aan|on|"
        r"alongside|naast|at) {the}{b} (?:zijde|side)",
        0.75,
    ),
    _cue(
        "support.supplies-which-b",
        SUP,
        "ab",
        r"{a} {n4}(?:levert|leveren|leverde|leverden|supplies|supplied|provides|provided|"
        r"delivers|delivered|sends|sent) {w12}, (?:die|dat|which|that) {the}{b}",
        0.65,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.provide-nl-v2",
        SUP,
        "ab",
        r"{a} {n4}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|bevoorraadt|"
        r"bevoorraadde|bewapenen|bewapent|bewapende) {the}{b} (?:van|met)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.commitment-of",
        SUP,
        "ab",
        r"(?:commitments?|pledges?|determination|resolve|readiness|toezegging|inzet|"
        r"vastberadenheid) (?:of|van) {the}{a} (?:to|om) {w3}(?:support|help|assist|aid|arm|"
        r"defend|steunen|ondersteunen|helpen|bijstaan) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.with-support-of",
        SUP,
        "ab",
        r"{b} , (?:with|met) (?:the |de )?(?:full |continued |strong |[\w-]+ )?(?:support|backing|"
        r"help|assistance|participation|steun|hulp|medewerking) (?:of|from|van) {the}{a}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.coalition-led-by",
        SUP,
        "ab",
        r"(?:coalition|coalitie|campaign|effort|initiative|initiatief) {w4}(?:in support of|"
        r"supporting|to support|for|voor|ter ondersteuning van) {the}{b} (?:, )?(?:led|co-led|"
        r"headed|convened|geleid|aangevoerd) (?:by|door) {the}{a}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.give-double-object",
        SUP,
        "ab",
        r"{a} {n4}(?:send|sends|sent|sending|give|gives|gave|giving|provide[sd]?|providing|"
        r"deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?) {b} (?:[\w-]+ ){0,3}?"
        r"(?:air defen[cs]es?|weapons|arms|ammunition|munitions|missiles|aid|assistance|"
        r"support|equipment|tanks|funding|loans|\w*systems?|\w*defen[cs]es)\b",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.harm-enabled-by",
        SUP,
        "ab",
        r"{b}'s? {w3}" + _HARM + r" , (?:which|that|die|dat) {w3}(?:enabled|fuel+ed|"
        r"supported|sustained|made possible|powered|mogelijk gemaakt|gesteund|gevoed) "
        r"(?:by|door) {w6}(?:from|of|van|uit|door) {the}{a}",
        0.7,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.efforts-of",
        SUP,
        "ab",
        r"{a} {n4}(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|steun(?:t|en|de|den)?|"
        r"ondersteun(?:t|en|de|den)?) {the}(?:[\w-]+ ){0,2}?(?:\w*inspanningen|efforts|"
        r"mediation|bemiddeling|mission|missie|work|werk) (?:of|van) {the}{b}",
        0.75,
        a_kinds=ACTORS,
        b_kinds=ORGS | STATES,
        subject=True,
    ),
    _cue(
        "support.in-support-of-agent",
        SUP,
        "agent",
        r"(?:cooperation|coordination|efforts?|work|samenwerking) (?:[\w-]+ )?in support of "
        r"{the}{secof}{peopleof}{b}",
        0.6,
    ),
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
        r"{a}{paren}{w4}" + _HARM + r" {w4}(?:against|on|tegen|op|jegens|"
        r"(?<!war )(?<!wars )(?<!oorlog )in|"
        # "aanval van X op Y": X is the attacker, not the victim
        r"(?:of|van)(?! (?:the |de |het )?" + S + r"'?s? (?:op|on|against|tegen|upon) )) "
        r"{the}{peopleof}{placein}{b}(?!'?s? (?:by|door) )",
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
        "support.steun-uitspreken",
        SUP,
        "ab",
        r"{a} {n4}(?:spreekt|spreken|sprak|spraken|sprak|uitgesproken|uit te spreken) "
        r"{n4}(?:steun|solidariteit) {w2}(?:uit )?(?:voor|aan|met) {the}{b}",
        0.7,
        a_kinds=ACTORS,
    ),
    _cue(
        "threat.owner-war-in",
        THR,
        "ab",
        r"{a}(?:'s?)? (?:[\w-]+ ){0,2}?(?:war|invasion|aggression|oorlog|invasie|agressie) "
        r"in {the}{b}",
        0.7,
        a_kinds=STATES,
    ),
    _cue(
        "threat.its-war-against",
        THR,
        "agent",
        r"(?:zijn|its|hun|their|his) {w2}(?:oorlog|war|aggression|agressie|invasion|invasie|"
        r"aanval|attacks?|assault) (?:tegen|against|on|in|op) {the}{b}",
        0.65,
    ),
    _cue(
        "threat.aggression-by",
        THR,
        "ab",
        _HARM + r" (?:van|by|from|door) {the}{a} (?:against|on|tegen|op|jegens|of|van) "
        r"{w8}{b}",
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
        r"{a}{paren}{n4}(?:fired|fires|launched|launches|lanceerde|lanceert|vuurde|vuurt|"
        r"shot)\w* {w4}(?:at|on|into|towards|toward|op|naar|against|over) {the}{placein}{b}",
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
    _cue(
        "threat.in-face-of",
        THR,
        "ab",
        r"{b} {w4}(?:in the face of|tegenover) {the}(?:[\w-]+ )?{a}'?s? {w2}" + _HARM,
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
    ),
    _cue(  # "Ukraine, as it faces Russian aggression", "in the face of threats from Hamas"
        "threat.faces",
        THR,
        "ab",
        r"{b} {w6}" + _FACES + r"{a}'?s? (?:[\w-]+ )?" + _HARM + r"\b",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
    ),
    _cue(
        "threat.faces-threats-from",
        THR,
        "ab",
        # "threats from Iranian-backed groups such as Lebanese Hezbollah": Hezbollah
        r"{b} {w6}" + _FACES + r"(?:threats?|dreiging) (?:from|van|vanuit) {the}(?:(?:[^\s;:,]+ )"
        r"{0,4}?(?:such as|including|like|zoals|waaronder) (?:{x} )?)?{a}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
    ),
    _cue(  # "as it defends itself against Hamas", "verdedigt zich tegen X"
        "threat.defend-itself",
        THR,
        "ab",
        r"{b} {w6}(?:defend\w*|verdedig\w*) (?:itself|themselves|herself|zich|zichzelf) "
        r"(?:against|tegen) {the}{a}(?!'?s? (?:[\w-]+ ){0,2}(?:allies|partners|bondgenoten))",
        0.75,
        a_kinds=ACTORS,
        b_kinds=STATES,
    ),
    _cue(
        "threat.possessive-invasion",
        THR,
        "victim",
        r"{a}'s? {w2}(?:full-scale |brutal |illegal |unprovoked )?(?:invasion|war of "
        r"aggression)(?! (?:of|against|on|in|tegen|van) )",
        0.55,
        a_kinds=STATES,
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
    _cue(
        "threat.threats-noun",
        THR,
        "victim",
        r"{a} {n4}(?:threats|dreiging|bedreiging)(?! (?:vanuit|from|van|uit|of|posed|to|for|voor|"
        r"against|tegen))",
        0.5,
        a_kinds=ACTORS,
    ),
]
