"""Dutch constructions of the sixteenth round (issue 9): classes that came back in the
Dutch misses of several development sets, written as constructions of the language.

- **a war or fight "tegen/met elkaar"** (`nl.threat-reciprocal`): "Armenië en Azerbeidzjan
  vochten jarenlang tegen elkaar", "A en B voeren al maanden oorlog met elkaar", "A en B
  beschieten elkaar": each threatens the other (the reverse is added by
  :func:`after_sentence`);
- **coming to a state's aid** (`nl.support-te-hulp`): "Polen schoot Litouwen te hulp",
  "dat Canada Oekraïne te hulp is gekomen";
- **announcing support with the particle before its receiver** (`nl.support-announced-for`):
  "Zweden kondigde een nieuw steunpakket aan voor Oekraïne", "kondigde Denemarken extra
  militaire steun aan voor X";
- **military operations carried out in a state** (`nl.threat-operations-in`): "Het
  Turkse leger voert militaire operaties uit in Noord-Syrië", "heeft militaire operaties
  uitgevoerd in het oosten van buurland X" — not operations "tegen" a third party
  ("… in Mali tegen jihadisten") nor "op verzoek van" the host;
- **moving together** (`nl.partner-together`): "Rusland en Belarus trekken militair samen
  op", "A trekt samen op met B"; **ties strengthened** (`nl.partner-ties-strengthened`):
  "A en B hebben hun banden versterkt", "A verdiept de samenwerking met B"; **states called
  allies** (`nl.partner-are-allies`): "A en B zijn nauwe bondgenoten";
- **counting on support** (`nl.support-count-on`): "Oekraïne kan blijven rekenen op de steun
  van X", "Moldavië mag op onze steun rekenen", "zich verzekerd weten van onze steun";
  **solidarity** (`nl.support-solidarity`): "X blijft volledig solidair met Y", "onze
  solidariteit met het Y-e volk"; **arms bought from a supplier**
  (`nl.support-bought-from`): "Rusland kocht drones van Iran" (not grain or gas);
- **violations** (`nl.threat-violate`): "schendt de soevereiniteit van X", "schonden het
  Poolse luchtruim", "de schending van het luchtruim van X door Y" (not an accusation:
  "beschuldigt X ervan … te schenden"); **interference** and **deportation**
  (`nl.threat-interference`, `nl.threat-deport`): "de Russische inmenging in X", "de
  deportatie van Oekraïense kinderen door Rusland";
- **an attack verb after a modal** (`nl.threat-modal-final`): "Rusland blijft de Oekraïense
  energie-infrastructuur aanvallen" is Russia's attack, not a Ukrainian "aanvallen" (the
  noun reading is dropped by :func:`after_sentence`); **a nominal infinitive with its
  agent** (`nl.threat-nominal-door`): "het binnenvallen van X door Y";
- **became a member** (`nl.member-became`): "X werd in april het 31ste lid van de NAVO"
  (checked against the catalogue on the document's date, as every membership).

And one precision check, for every drill cue: **drills among allies are no threat**
("De NAVO hield een oefening rond Polen", "Duitsland en Frankrijk houden oefeningen rond
Polen"): a drill around a state that belongs to the drilling organisation, or that shares
NATO or EU membership with the drilling state on the document's date, is dropped
(:func:`after_sentence`).

>>> {"nl.threat-reciprocal", "nl.support-count-on"} <= {c.name for c in round16_cues()}
True
"""

from __future__ import annotations

import re
from itertools import islice

from actorgraph.graph.model import Relation
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.cue_base import ACTORS, ORGS, STATES, Cue, _cue
from actorgraph.loaders.extract.dutch import _NO_PREP
from actorgraph.loaders.extract.dutch_round17 import after_sentence as _round17_after

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
#: A person acts for their state ("Poetin en Kim trekken samen op").
_WHO = ACTORS | {"person"}

# ------------------------------------------------------------------ reciprocal
_FIGHT = (r"(?:(?:oorlog|strijd|een oorlog|een conflict|conflict|gevechten) (?:voeren|voerden|"
          r"voert|voerde|gevoerd|leveren|leverden)|vechten|vochten|gevochten|strijden|streden|"
          r"gestreden|(?:voeren|voerden|leveren|leverden) (?:al )?(?:\w+ ){0,3}?(?:oorlog|strijd|"
          r"gevechten))")
_HURT = (r"(?:beschieten|beschoten|bestoken|bestookten|bedreigen|bedreigden|bombarderen|"
         r"bombardeerden|vallen|vielen)")
_RECIPROCAL = [
    _cue("nl.threat-reciprocal", "THREATENS", "pair",
         r"{a} " + _W + r"{0,6}?" + _FIGHT + r" " + _W + r"{0,4}?(?:tegen|met) elkaar\b", 0.65,
         a_kinds=_WHO, lang="nl", anchor="elkaar"),
    _cue("nl.threat-reciprocal", "THREATENS", "pair",  # "… al jaren met elkaar oorlog voeren"
         r"{a} " + _W + r"{0,6}?(?:tegen|met) elkaar " + _W + r"{0,3}?" + _FIGHT + r"\b", 0.65,
         a_kinds=_WHO, lang="nl", anchor="elkaar"),
    _cue("nl.threat-reciprocal", "THREATENS", "pair",  # "A en B beschieten elkaar (aan)"
         r"{a} " + _W + r"{0,3}?" + _HURT + r" " + _W + r"{0,3}?elkaar\b(?! (?:niet|nooit)\b)",
         0.65, a_kinds=_WHO, lang="nl", anchor="elkaar"),
]  # fmt: skip

# ------------------------------------------------------------------ to the aid of
_AID_FIN = r"(?:schiet|schieten|schoot|schoten|komt|komen|kwam|kwamen)"
_AID_FINAL = r"(?:geschoten|gekomen|schieten|komen|te schieten|te komen|schiet|komt)"
_TE_HULP = [
    _cue("nl.support-te-hulp", "SUPPORTS", "ab",
         r"{a} {n4}" + _AID_FIN + r" {the}{b} " + _W + r"{0,6}?te hulp\b", 0.7,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="te hulp"),
    _cue("nl.support-te-hulp", "SUPPORTS", "ab",
         r"\b" + _AID_FIN + r" {a} " + _W + r"{0,3}?{the}{b} " + _W + r"{0,6}?te hulp\b", 0.7,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="te hulp"),
    _cue("nl.support-te-hulp", "SUPPORTS", "ab",
         r"{a} " + _W + r"{0,6}?{the}{b} " + _W + r"{0,4}?te hulp " + _W + r"{0,2}?"
         + _AID_FINAL + r"\b", 0.65,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="te hulp"),
]  # fmt: skip

# ------------------------------------------------------------------ announced for
_ANNOUNCE = r"(?:kondigt|kondigen|kondigde|kondigden)"
_AID = (r"(?:[\w-]*pakket(?:ten)?|[\w-]*steun|hulp|noodhulp|bijstand|leningen|wapens|munitie|"
        r"wapenleveranties|leveranties)")
_ANNOUNCED = [
    _cue("nl.support-announced-for", "SUPPORTS", "ab",
         r"{a} {n4}" + _ANNOUNCE + r" " + _W + r"{0,6}?" + _AID + r" aan voor {the}{secof}{b}",
         0.7, a_kinds=ACTORS, subject=True, lang="nl", anchor="aan voor"),
    _cue("nl.support-announced-for", "SUPPORTS", "ab",
         r"\b" + _ANNOUNCE + r" {a} " + _W + r"{0,6}?" + _AID + r" aan voor {the}{secof}{b}",
         0.7, a_kinds=ACTORS, lang="nl", anchor="aan voor"),
]  # fmt: skip

# ------------------------------------------------------------------ operations in
_OPS = (r"(?:militaire (?:operaties|operatie|acties|actie|interventie|invallen)|"
        r"(?:grond|lucht)?offensief|[\w-]*aanvallen|bombardementen|invallen|"
        r"(?:grond|lucht)operaties|(?:grond|lucht)operatie)")
_OPS_FIN = r"(?:voert|voeren|voerde|voerden)"
_OPS_FINAL = r"(?:uitgevoerd|uitvoert|uitvoeren|uitvoerde|uitvoerden|uit te voeren)"
#: Where: "in X", "in het oosten van (buurland) X", "op het grondgebied van X".
_WHERE = (r"(?:in|op) (?:(?:het|de) (?:oosten|westen|noorden|zuiden|grensgebied|"
          r"grondgebied|grensstreek) van )?(?:buurland |het buurland )?{b}")
#: Operations against a third party or at the host's request are no threat to the host.
_NOT_AGAINST = r"(?! (?:tegen|op verzoek|op uitnodiging|samen met|met steun)\b)"
_OPERATIONS = [
    _cue("nl.threat-operations-in", "THREATENS", "ab",
         r"{a} {n4}" + _OPS_FIN + r" " + _W + r"{0,3}?" + _OPS + r" uit " + _W + r"{0,3}?"
         + _WHERE + _NOT_AGAINST, 0.6,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="uit"),
    _cue("nl.threat-operations-in", "THREATENS", "ab",
         r"{a} " + _W + r"{0,6}?" + _OPS + r" " + _W + r"{0,2}?" + _OPS_FINAL + r" "
         + _W + r"{0,3}?" + _WHERE + _NOT_AGAINST, 0.6,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="uit"),
    _cue("nl.threat-operations-in", "THREATENS", "ab",
         r"{a} " + _W + r"{0,6}?" + _OPS + r" " + _W + r"{0,3}?" + _WHERE + r" "
         + _W + r"{0,2}?" + _OPS_FINAL + r"\b", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="uit"),
]  # fmt: skip

# ------------------------------------------------------------------ together
_TOGETHER = [
    _cue("nl.partner-together", "PARTNERS_WITH", "pair",  # "A en B trekken samen op"
         r"{a} " + _W + r"{0,3}?(?:trekken|trokken|blijven|zullen|willen) " + _W
         + r"{0,4}?samen (?:" + _W + r"{0,2}?)?op(?:trekken)?\b(?! (?:met|tegen)\b)", 0.65,
         a_kinds=_WHO, lang="nl", anchor="samen"),
    _cue("nl.partner-together", "PARTNERS_WITH", "pair",  # "A trekt samen op met B"
         r"{a} " + _W + r"{0,3}?(?:trekt|trekken|trok|trokken) " + _W + r"{0,3}?samen op met "
         r"{the}{b}", 0.65, a_kinds=_WHO, b_kinds=_WHO, subject=True, lang="nl",
         anchor="samen op"),
]  # fmt: skip


# ------------------------------------------------------------------ counting on support
_AID_NOUN = r"(?:steun|hulp|bijstand|solidariteit|ondersteuning)"
_COUNT = r"(?:rekenen|rekent|rekende|rekenden)"
#: The support and its giver: "de (volle) steun van X", "onze (blijvende) steun".
_GIVER = ("{the}" + _W + "{0,2}?" + _AID_NOUN + " van {the}{a}",
          "{a} " + _W + "{0,2}?" + _AID_NOUN)
_COUNT_ON = [
    # "Oekraïne kan blijven rekenen op de (volle) steun van Nederland"
    _cue("nl.support-count-on", "SUPPORTS", "ab",
         r"{b} " + _W + r"{0,4}?" + _COUNT + r" " + _W + r"{0,2}?op {the}" + _W + r"{0,2}?"
         + _AID_NOUN + r" van {the}{a}", 0.7,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="reken"),
    # "Moldavië mag op onze steun rekenen", "… op de steun van de EU blijven rekenen"
    *(_cue("nl.support-count-on", "SUPPORTS", "ab",
           r"{b} " + _W + r"{0,6}?op " + giver + r" " + _W + r"{0,3}?" + _COUNT + r"\b", 0.7,
           a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="reken") for giver in _GIVER),
    # "Oekraïne mag zich verzekerd weten van onze (blijvende) steun"
    *(_cue("nl.support-count-on", "SUPPORTS", "ab",
           r"{b} " + _W + r"{0,6}?verzekerd (?:weten|zijn|blijven) van " + giver, 0.7,
           a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="verzekerd") for giver in _GIVER),
]  # fmt: skip

# ------------------------------------------------------------------ solidarity
_SOLIDARITY = [
    _cue("nl.support-solidarity", "SUPPORTS", "ab",  # "België blijft volledig solidair met X"
         r"{a} {n4}(?:is|zijn|was|waren|blijft|blijven|bleef|bleven|toont zich|toonde zich|"
         r"verklaarde zich|betuigt zich|betuigde zich) " + _W + r"{0,3}?solidair met {the}"
         + _W + r"{0,2}?{peopleof}{b}", 0.7,
         a_kinds=ACTORS, b_kinds=ACTORS, subject=True, lang="nl", anchor="solidair"),
    _cue("nl.support-solidarity", "SUPPORTS", "ab",  # "onze solidariteit met het … volk"
         r"{a} (?:[\w-]+ )?solidariteit met {the}" + _W + r"{0,2}?{peopleof}{b}", 0.6,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="solidariteit"),
    _cue("nl.support-solidarity", "SUPPORTS", "ab",
         r"solidariteit van {the}{a} met {the}" + _W + r"{0,2}?{peopleof}{b}", 0.6,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="solidariteit"),
]  # fmt: skip

# ------------------------------------------------------------------ violations
#: An accusation reports a claim: "Rusland beschuldigt X ervan het luchtruim te schenden".
_NOT_ACCUSED = r"(?<!beschuldigt )(?<!beschuldigen )(?<!beschuldigde )(?<!verwijt )(?<!verweet )"
#: What of a state is violated: its sovereignty, territory, airspace, waters, borders.
_OWNED = (r"(?:{seclist}|(?:het |de |zijn |haar )?(?:luchtruim|wateren|territoriale wateren|"
          r"grenzen|grens|zeegrens|grondgebied))")
_VIOLATE_FIN = r"(?:schendt|schenden|schond|schonden)"
_VIOLATE_FINAL = r"(?:geschonden|schendt|schenden|te schenden|schond|schonden)"
_VIOLATE = [
    _cue("nl.threat-violate", "THREATENS", "ab",  # "Rusland schendt de soevereiniteit van X"
         r"{a} {n4}" + _VIOLATE_FIN + r" " + _W + r"{0,3}?" + _OWNED + r" van {the}{b}", 0.7,
         a_kinds=_WHO, b_kinds=STATES, subject=True, lang="nl", anchor="schend|schond"),
    _cue("nl.threat-violate", "THREATENS", "ab",  # "schonden het Poolse luchtruim"
         r"{a} {n4}" + _VIOLATE_FIN + r" " + _W + r"{0,3}?(?:het |de )?{b} (?:luchtruim|"
         r"grondgebied|wateren|territoriale wateren|grens|soevereiniteit)\b", 0.7,
         a_kinds=_WHO, b_kinds=STATES, subject=True, lang="nl", anchor="schend|schond"),
    _cue("nl.threat-violate", "THREATENS", "ab",  # "dat Rusland het luchtruim van X schond"
         _NOT_ACCUSED + r"{a} " + _W + r"{0,6}?" + _OWNED + r" van {the}{b} " + _W + r"{0,3}?"
         + _VIOLATE_FINAL + r"\b(?! (?:te )?(?:worden|wordt|werd)\b)", 0.6,
         a_kinds=_WHO, b_kinds=STATES, subject=True, lang="nl", anchor="schend|schond"),
    _cue("nl.threat-violate", "THREATENS", "ab",  # "de schending van het luchtruim van X door Y"
         r"schending(?:en)? van " + _OWNED + r" van {the}{b} door {the}{a}", 0.7,
         a_kinds=_WHO, b_kinds=STATES, lang="nl", anchor="schending"),
    _cue("nl.threat-violate", "THREATENS", "ab",  # "de Russische schending van … van X"
         r"{a} schending(?:en)? van " + _OWNED + r" van {the}{b}", 0.6,
         a_kinds=_WHO, b_kinds=STATES, lang="nl", anchor="schending"),
]  # fmt: skip

# ------------------------------------------------------------------ interference, deportation
_INTERFERE = [
    _cue("nl.threat-interference", "THREATENS", "ab",  # "de Russische inmenging in Moldavië"
         r"{a} (?:[\w-]+ )?inmenging in {the}{b}", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="inmenging"),
    _cue("nl.threat-interference", "THREATENS", "ab",
         r"inmenging van {the}{a} in {the}{b}", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="inmenging"),
    _cue("nl.threat-deport", "THREATENS", "ab",  # "de deportatie van Oekraïense kinderen door X"
         r"(?:deportatie|deportaties|ontvoering|ontvoeringen|gedwongen overbrenging) van "
         r"(?:[\w-]+ ){0,2}?{b} (?:kinderen|burgers|inwoners|gevangenen|krijgsgevangenen) "
         r"(?:[\w-]+ ){0,3}?door {the}{a}", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="deport|ontvoer|overbreng"),
    _cue("nl.threat-deport", "THREATENS", "ab",  # "Rusland deporteert Oekraïense kinderen"
         r"{a} {n4}(?:deporteert|deporteren|deporteerde|deporteerden|ontvoert|ontvoerde|"
         r"ontvoerden|(?:heeft|hebben) " + _W + r"{0,3}?(?:gedeporteerd|ontvoerd)) "
         r"(?:[\w-]+ ){0,2}?{b} (?:kinderen|burgers|inwoners)\b", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="deport|ontvoer"),
]  # fmt: skip

# ------------------------------------------------------------------ bought from
_ARMS = (r"(?:[\w-]*(?:wapens|drones|munitie|raketten|granaten|tanks|gevechtsvliegtuigen|"
         r"wapentuig|wapenmaterieel|wapensystemen|artillerie|luchtafweer|straaljagers))")
_BOUGHT = [
    _cue("nl.support-bought-from", "SUPPORTS", "ab",  # "Rusland kocht drones van Iran"
         r"{b} {n4}(?:koopt|kopen|kocht|kochten|bestelt|bestelde|bestelden) " + _W + r"{0,4}?"
         + _ARMS + r" (?:van|bij|uit) {the}{a}", 0.6,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="koop|kocht|kopen|bestel"),
    _cue("nl.support-bought-from", "SUPPORTS", "ab",  # "dat Mali wapens van Rusland kocht"
         r"{b} " + _W + r"{0,4}?" + _ARMS + r" (?:van|bij|uit) {the}{a} " + _W + r"{0,3}?"
         r"(?:koopt|kopen|kocht|kochten|gekocht|aangekocht|aankoopt|te kopen|besteld)\b", 0.6,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="koop|kocht|kopen|bestel"),
]  # fmt: skip

# ------------------------------------------------------------------ allies named so
_ALLIES = [
    _cue("nl.partner-are-allies", "PARTNERS_WITH", "pair",  # "A en B zijn nauwe bondgenoten"
         r"{a} (?:zijn|waren|blijven|bleven) " + _W + r"{0,3}?(?:bondgenoten|partners|"
         r"partnerlanden|strategische partners)\b(?! (?:van|in|binnen|bij)\b)", 0.6,
         a_kinds=STATES, lang="nl", anchor="bondgenoten|partners|partnerlanden"),
]  # fmt: skip


# ------------------------------------------------------------------ verb after a modal
#: A finite verb that leaves the attack verb at the clause's end: "Rusland blijft de
#: Oekraïense energie-infrastructuur aanvallen" (the infinitive is the verb, not the noun
#: "aanvallen" of "de Oekraïense … aanvallen", which :func:`after_sentence` then drops).
_MODAL = (r"(?:blijft|blijven|bleef|bleven|gaat|gaan|ging|gingen|wil|willen|wilde|wilden|"
          r"zal|zullen)")
_ATTACK_INF = (r"(?:aanvallen|beschieten|bestoken|bombarderen|bezetten|binnenvallen|innemen|"
               r"omsingelen|aan te vallen|te beschieten|te bestoken|te bombarderen|te bezetten|"
               r"binnen te vallen|in te nemen)")
_MODAL_FINAL = [
    _cue("nl.threat-modal-final", "THREATENS", "ab",
         r"{a} {n4}" + _MODAL + r" " + _W + r"{0,6}?(?:de |het )?(?:[\w-]+ )?{b} "
         r"(?:[\w-]+ ){0,2}?" + _ATTACK_INF + r"\b(?! (?:te )?(?:worden|wordt|werd)\b)", 0.65,
         a_kinds=_WHO, b_kinds=STATES, subject=True, lang="nl",
         anchor="aanval|beschiet|bestok|bombarde|bezet|binnen|innemen|in te nemen|omsingel"),
]  # fmt: skip

# ------------------------------------------------------------------ nominal infinitive
_NOMINAL = [
    _cue("nl.threat-nominal-door", "THREATENS", "ab",  # "het binnenvallen van X door Y"
         r"\bhet (?:binnenvallen|aanvallen|bezetten|beschieten|bombarderen|annexeren|innemen|"
         r"omsingelen|bestoken|destabiliseren|intimideren) van {the}{partof}{b} door {the}{a}",
         0.7, a_kinds=_WHO, b_kinds=STATES, lang="nl", anchor="door"),
]  # fmt: skip

# ------------------------------------------------------------------ ties strengthened
_TIES = (r"(?:de |hun |zijn |haar )?(?:[\w-]+ )?(?:banden|betrekkingen|relatie|relaties|"
         r"samenwerking)")
_STRENGTHEN = (r"(?:versterken|versterkt|versterkte|versterkten|verdiepen|verdiept|verdiepte|"
               r"verdiepten|intensiveren|intensiveert|intensiveerde|intensiveerden|"
               r"geïntensiveerd|uitbreiden|breiden uit|breidden uit|uitgebreid)")
_STRENGTHENED = [
    _cue("nl.partner-ties-strengthened", "PARTNERS_WITH", "pair",  # "A en B versterken de banden"
         r"{a} " + _W + r"{0,3}?" + _STRENGTHEN + r" " + _TIES + r"\b(?! (?:met|tussen)\b)", 0.65,
         a_kinds=_WHO, lang="nl", anchor="banden|betrekkingen|relatie|samenwerking"),
    _cue("nl.partner-ties-strengthened", "PARTNERS_WITH", "pair",  # "… hebben hun banden versterkt"
         r"{a} (?:hebben|hadden|willen|zullen|gaan) " + _W + r"{0,2}?" + _TIES + r" "
         + _W + r"{0,2}?" + _STRENGTHEN + r"\b", 0.65,
         a_kinds=_WHO, lang="nl", anchor="banden|betrekkingen|relatie|samenwerking"),
    _cue("nl.partner-ties-strengthened", "PARTNERS_WITH", "pair",  # "A versterkt de banden met B"
         r"{a} " + _W + r"{0,3}?" + _STRENGTHEN + r" " + _TIES + r" met {the}{b}", 0.65,
         a_kinds=_WHO, b_kinds=_WHO, subject=True, lang="nl",
         anchor="banden|betrekkingen|relatie|samenwerking"),
]  # fmt: skip

# ------------------------------------------------------------------ became a member
_BECAME = [
    _cue("nl.member-became", "MEMBER_OF", "ab",  # "Zweden werd in 2024 het 32ste lid van de NAVO"
         r"{a} (?:werd|wordt|is geworden) " + _W + r"{0,4}?(?:het )?(?:[\w-]+ )?"
         r"(?:lid|lidstaat|bondgenoot) van {the}{b}(?! (?:te )?worden)", 0.7,
         a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl", anchor="lid|bondgenoot"),
]  # fmt: skip


# ------------------------------------------------------------------ members named so
#: A collective of members ("bondgenoten", "lidstaten", "NAVO-landen", "EU-lidstaat"): the
#: organisation it resolves to (every membership is checked against the catalogue).
_COLL = frozenset({"collective"})
_MEMBER_WORD = r"(?:bondgenoot|bondgenoten|lidstaat|lidstaten|lid|leden)"
_MEMBER_COMPOUND = r"(?:bondgenoot|bondgenoten|lidstaat|lidstaten|lid|leden|land|landen)\b"
_MEMBERS = [
    # "Polen is een trouwe NAVO-bondgenoot", "A en B zijn de meest uitgesproken NAVO-leden"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} {n4}(?:is|zijn|was|waren|blijft|blijven|werd|werden) (?:(?:een|de|het) )?"
         r"(?:[\w-]+ ){0,3}?{b}(?! (?:van|voor)\b)", 0.7,
         a_kinds=STATES, b_kinds=ORGS, b_forms=_COLL, subject=True, lang="nl"),
    # "Nederland is een betrouwbare bondgenoot binnen de NAVO"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} {n4}(?:is|zijn|was|waren|blijft|blijven) (?:een |de )?(?:[\w-]+ ){0,2}?"
         + _MEMBER_WORD + r" (?:binnen|in|van) {the}{b}", 0.7,
         a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl",
         anchor="bondgeno|lidsta|lid|leden"),
    # "Polen, een van de grootste NAVO-landen, …", "België, als EU-lidstaat, …"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} , (?:(?:een|één) van de |als )(?:[\w-]+ ){0,3}?{b}", 0.7,
         a_kinds=STATES, b_kinds=ORGS, b_forms=_COLL, lang="nl"),
    # the singular compound, which is no collective: "België, als EU-lidstaat, …", "Polen
    # is een trouw NAVO-lid", "A en B zijn de meest uitgesproken NAVO-leden"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} {n4}(?:is|zijn|was|waren|blijft|blijven|werd|werden) (?:(?:een|de|het) )?"
         r"(?:[\w-]+ ){0,3}?{b}-" + _MEMBER_COMPOUND, 0.7,
         a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl", anchor="-"),
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} , (?:(?:een|één) van de |als )(?:[\w-]+ ){0,3}?{b}-" + _MEMBER_COMPOUND, 0.7,
         a_kinds=STATES, b_kinds=ORGS, lang="nl", anchor="-"),
    # "Hongarije, dat lid is van de EU, …"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} , (?:dat|die) (?:[\w-]+ ){0,3}?" + _MEMBER_WORD + r" (?:is |was )?(?:van|binnen|in) "
         r"{the}{b}", 0.7, a_kinds=STATES, b_kinds=ORGS, lang="nl",
         anchor="bondgeno|lidsta|lid|leden"),
    # "Nederland heeft samen met andere lidstaten aangedrongen op …"
    _cue("nl.member-named", "MEMBER_OF", "ab",
         r"{a} {n4}(?:samen met|met|net als|evenals|en) (?:de |een aantal |enkele |vele |veel )?"
         r"(?:andere|overige|gelijkgezinde|gelijkgestemde) (?:[\w-]+ )?{b}", 0.7,
         a_kinds=STATES, b_kinds=ORGS, b_forms=_COLL, subject=True, lang="nl",
         anchor="andere|overige|gelijkge"),
]  # fmt: skip


# ------------------------------------------------------------------ killed by attacks
#: People of a state: a demonym ("Oekraïners", "Palestijnen") or an adjective with a noun of
#: people ("Armeense soldaten").
_PEOPLE = (r"{b}(?: (?:[\w-]+ )?(?:burgers|soldaten|militairen|kinderen|inwoners|mensen|"
           r"vissers|journalisten|agenten|grenswachters))?")
_KILLED = (r"(?:om het leven (?:gekomen|kwamen|gebracht)|omgekomen|kwamen om|komen om|gedood|"
           r"doodgeschoten|gesneuveld|sneuvelden|gewond geraakt|raakten gewond|gewond|vermoord)")
_HARM_NOUN = (r"(?:[\w-]*aanval|[\w-]*aanvallen|operatie|operaties|beschietingen|beschieting|"
              r"bombardementen|bombardement|raketinslagen|[\w-]*offensief|acties|geweld)")
_KILLED_BY = [
    _cue("nl.threat-killed-by", "THREATENS", "ab",  # "… Oekraïners gedood bij Russische aanvallen"
         _PEOPLE + r" " + _W + r"{0,4}?" + _KILLED + r" (?:bij|door|tijdens) {the}(?:[\w-]+ )?"
         r"{a} (?:[\w-]+ )?" + _HARM_NOUN + r"\b", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="leven|omgekomen|kwamen om|gedood|"
         r"doodgeschoten|gesneuveld|sneuvelden|gewond|vermoord|komen om"),
    _cue("nl.threat-killed-by", "THREATENS", "ab",  # "Bij de aanval van Hamas zijn … gedood"
         r"\b(?:bij|door|tijdens) {the}(?:[\w-]+ )?" + _HARM_NOUN + r" (?:van|door) {the}{a} "
         + _W + r"{0,6}?" + _PEOPLE + r" " + _W + r"{0,4}?" + _KILLED + r"\b", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="leven|omgekomen|kwamen om|gedood|"
         r"doodgeschoten|gesneuveld|sneuvelden|gewond|vermoord|komen om"),
    _cue("nl.threat-killed-by", "THREATENS", "ab",  # "Bij Russische aanvallen zijn … gedood"
         r"\b(?:bij|door|tijdens) {the}(?:[\w-]+ )?{a} (?:[\w-]+ )?" + _HARM_NOUN + r" "
         + _W + r"{0,6}?" + _PEOPLE + r" " + _W + r"{0,4}?" + _KILLED + r"\b", 0.6,
         a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="leven|omgekomen|kwamen om|gedood|"
         r"doodgeschoten|gesneuveld|sneuvelden|gewond|vermoord|komen om"),
]  # fmt: skip


# ------------------------------------------------------------------ backing, danger, attempts
_BACKING = [
    # "Taiwan verzet zich, met de steun van de VS": the clause's subject is backed
    _cue("nl.support-with-backing", "SUPPORTS", "ab",
         _NO_PREP + r"{b} " + _W + r"{0,6}?(?:, )?met (?:de )?(?:[\w-]+ ){0,2}?(?:steun|hulp|"
         r"bijstand|ondersteuning|hulp en steun) van {the}{a}(?! (?:aan|voor)\b)", 0.6,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="met"),
]  # fmt: skip
_DANGER = [
    # "die diplomaten hielden een gevaar in voor onze veiligheid" (separable "inhouden")
    _cue("nl.threat-holds-danger", "THREATENS", "ab",
         r"{a} {n4}(?:houdt|houden|hield|hielden) " + _W + r"{0,3}?(?:een |het )?(?:[\w-]+ )?"
         r"(?:gevaar|bedreiging|risico|dreiging) in voor {the}{secof}{b}", 0.65,
         a_kinds=_WHO, lang="nl", anchor="gevaar|bedreiging|risico|dreiging"),
]  # fmt: skip
_ATTEMPT = (r"(?:aan te vallen|te blokkeren|te bezetten|binnen te vallen|in te nemen|"
            r"te beschieten|te bombarderen|te destabiliseren|te annexeren|te omsingelen|"
            r"te veroveren)")
_ATTEMPTS = [
    # "de Russische pogingen om Oekraïense havens te blokkeren en aan te vallen"
    _cue("nl.threat-attempts", "THREATENS", "ab",
         r"{a} (?:[\w-]+ )?(?:pogingen|poging|aanvallen|acties|plannen|plan|dreigementen) om "
         r"{the}(?:[\w-]+ )?{b} (?:[\w-]+ ){0,5}?" + _ATTEMPT + r"\b", 0.6,
         a_kinds=STATES, b_kinds=STATES, a_forms=("adjective",), lang="nl", anchor=" om "),
]  # fmt: skip


# ------------------------------------------------------------------ sixth part
_SIXTH = [
    # "de Noord-Koreaanse wapenleveranties aan Rusland" (a compound of supply)
    _cue("nl.support-supplies-compound", "SUPPORTS", "ab",
         r"{a} (?:[\w-]+ )?[\w-]*(?:leveranties|leveringen|levering|leverantie) (?:van "
         r"(?:[\w-]+ ){1,3}?)?aan {the}{b}", 0.7,
         a_kinds=ACTORS, b_kinds=ACTORS, a_forms=("adjective",), lang="nl", anchor="lever"),
    # "Belarus faciliteert de Russische oorlog", "… maakt de Russische agressie mogelijk"
    _cue("nl.support-facilitates", "SUPPORTS", "ab",
         r"{a} {n4}(?:faciliteert|faciliteren|faciliteerde|faciliteerden|maakt|maken|maakte|"
         r"maakten) {the}(?:[\w-]+ )?{b} (?:[\w-]+ )?(?:oorlog|agressie|invasie|oorlogsvoering|"
         r"oorlogsmachine|oorlogsindustrie|aanvalsoorlog|oorlogsinspanning)\b", 0.7,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="facilit|maak|mak"),
    # "Nederland blijft zich inzetten voor (de veiligheid van) Oekraïne"
    _cue("nl.support-commit-to", "SUPPORTS", "ab",
         r"{a} {n6}zich " + _W + r"{0,4}?(?:in|inzetten|ingezet|in te zetten|inzet) voor {the}"
         r"{secof}{peopleof}{b}(?! (?:te|om)\b)", 0.65,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor=r"\bin"),
    # "Japan en Zuid-Korea namen deel als partners van de NAVO"
    _cue("nl.partner-as-partners-of", "PARTNERS_WITH", "pair",
         r"{a} " + _W + r"{0,8}?als (?:[\w-]+ )?(?:partner|partners|partnerland|partnerlanden) "
         r"van {the}{b}", 0.65,
         a_kinds=ACTORS, b_kinds=ACTORS, lang="nl", anchor="partner"),
    # "Rusland heeft een grootschalige invasie van Oekraïne ingezet"
    _cue("nl.threat-war-begun", "THREATENS", "ab",
         r"{a} " + _W + r"{0,8}?(?:een |de |het )?(?:[\w-]+ )?(?:invasie|inval|aanval|"
         r"offensief|aanvalsoorlog|oorlog) (?:van|op|in|tegen) {the}{partof}{b} " + _W
         + r"{0,2}?(?:ingezet|begonnen|gestart|gelanceerd|ontketend|inzette|begon|startte|"
         r"lanceerde)\b", 0.65,
         a_kinds=_WHO, b_kinds=STATES, subject=True, lang="nl",
         anchor="ingezet|begon|gestart|gelanceerd|ontketend|inzette|startte|lanceerde"),
    # "Israël en Hamas zijn in oorlog", "X is sinds 2020 in oorlog met Y"
    _cue("nl.threat-reciprocal", "THREATENS", "pair",
         r"{a} (?:is|zijn|was|waren|blijft|blijven) " + _W + r"{0,4}?in oorlog\b"
         r"(?! (?:met|tegen)\b)", 0.65, a_kinds=_WHO, lang="nl", anchor="in oorlog"),
    _cue("nl.threat-at-war-with", "THREATENS", "ab",
         r"{a} (?:is|zijn|was|waren|blijft|blijven) " + _W + r"{0,4}?in oorlog (?:met|tegen) "
         r"{the}{b}", 0.65, a_kinds=_WHO, b_kinds=_WHO, subject=True, lang="nl",
         anchor="in oorlog"),
]  # fmt: skip


# ------------------------------------------------------------------ seventh part
_WEAPONS = (r"(?:raketten|raket|drones|drone|bommen|granaten|aanvallen|luchtaanvallen|"
            r"raketaanvallen|droneaanvallen|beschietingen|artillerie|troepen|militairen)")
_SHARED = r"(?:inlichtingen|informatie|technologie|kennis|radargegevens|gegevens)\b"
_SEVENTH = [
    # "Oekraïne werd opnieuw getroffen door Russische raketten"
    _cue("nl.threat-hit-by", "THREATENS", "ab",
         r"{b} (?:wordt|werd|werden|worden|is|zijn|was|waren) " + _W + r"{0,4}?(?:getroffen|"
         r"geraakt|aangevallen|beschoten|bestookt|gebombardeerd) door {the}(?:[\w-]+ )?{a} "
         r"(?:[\w-]+ )?" + _WEAPONS + r"\b", 0.65,
         a_kinds=ACTORS, b_kinds=STATES, a_forms=("adjective",), lang="nl", anchor="door"),
    # "Oekraïne krijgt van Duitsland extra luchtverdediging"
    _cue("nl.support-received-from", "SUPPORTS", "ab",
         r"{b} {n4}(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen) "
         + _W + r"{0,2}?van {the}{a} (?:[\w-]+ ){0,4}?(?:" + _AID + r"|" + _ARMS
         + r"|luchtverdediging|luchtafweer|geld|leningen|training)\b", 0.65,
         a_kinds=ACTORS, b_kinds=ACTORS, subject=True, lang="nl", anchor="krij|kreeg|ontv"),
    # "Zuid-Korea en Japan gaan inlichtingen delen", "A en B delen radargegevens"
    _cue("nl.partner-share", "PARTNERS_WITH", "pair",
         r"{a} (?:gaan|zullen|willen|hebben) " + _W + r"{0,3}?" + _SHARED + r" " + _W
         + r"{0,2}?(?:delen|gedeeld|uitwisselen|uitgewisseld|te delen)\b", 0.6,
         a_kinds=STATES, lang="nl", anchor="inlichtingen|informatie|technologie|kennis|gegevens"),
    _cue("nl.partner-share", "PARTNERS_WITH", "pair",
         r"{a} (?:delen|deelden|wisselen|wisselden) " + _W + r"{0,3}?" + _SHARED
         + r"(?! (?:met|niet)\b)", 0.6,
         a_kinds=STATES, lang="nl", anchor="inlichtingen|informatie|technologie|kennis|gegevens"),
]  # fmt: skip


def round16_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return (_RECIPROCAL + _TE_HULP + _ANNOUNCED + _OPERATIONS + _TOGETHER + _COUNT_ON
            + _SOLIDARITY + _VIOLATE + _INTERFERE + _BOUGHT + _ALLIES + _MODAL_FINAL + _NOMINAL
            + _STRENGTHENED + _BECAME + _MEMBERS + _KILLED_BY + _BACKING + _DANGER + _ATTEMPTS
            + _SIXTH + _SEVENTH)


#: Cues of drills held around a state (:mod:`.dutch_news`, :mod:`.dutch_presence`).
_DRILLS = frozenset({"nl.threat-drill", "nl.threat-drills"})
_ALLIANCES = ("NATO", "EU")
#: Cues that read an attack verb at a clause's end as a noun of its adjective's state.
_NOUN_READINGS = frozenset({"threat.adjective-aggression"})


def _allied(source: str, target: str, st) -> bool:
    """Whether ``target`` belongs to ``source`` or shares NATO/EU with it on the date."""
    lex, date = st.lex, st.date
    if lex.is_member(target, source, date):
        return True
    return any(lex.is_member(source, o, date) and lex.is_member(target, o, date)
               for o in _ALLIANCES)  # fmt: skip


#: "zich inzetten voor/tegen": a commitment, not troops deployed against a state.
_COMMITTED_RE = re.compile(
    r"\bzich\b[^.;:]{0,40}?\bin(?:zetten|gezet| te zetten)? (?:voor|tegen)\b"
)
_DEPLOYED = frozenset({"threat.deploy-against"})
#: Cues of a noun of support whose agent is found ("de steun aan X"), and of one whose owner
#: is written ("de Chinese steun aan X").
_AGENT_FOUND = frozenset({"support.noun-agent"})
_OWNED_SUPPORT = frozenset({"support.possessive-noun", "nl.support-supplies-compound"})


def after_sentence(relations: dict, n_before: int, st) -> None:
    """What the cues of one sentence gave, completed and checked: the reverse of a
    reciprocal threat, and no drill threat among allies (see the module docstring).
    ``relations`` is the document's dict; entries from ``n_before`` on are this sentence's.
    """
    _round17_after(relations, n_before, st)  # a go-between sent is no support (dutch_round17)
    mine = list(islice(relations.items(), n_before, None))
    owned = {(rel.target, rel.source) for _, (_, rel) in mine
             if rel.provenance and rel.provenance[0].rule in _OWNED_SUPPORT}
    for rkey, (conf, rel) in mine:
        rule = rel.provenance[0].rule if rel.provenance else ""
        if rule in _DRILLS and _allied(rel.source, rel.target, st):
            del relations[rkey]
        elif rule in _DEPLOYED and _COMMITTED_RE.search(rel.provenance[0].text or ""):
            del relations[rkey]  # "Nederland zet zich in voor sancties tegen Rusland"
        elif rule in _AGENT_FOUND and any(t == rel.target and o != rel.source for t, o in owned):
            del relations[rkey]  # "zorgen over de Chinese steun aan Rusland": China's, not ours
        elif rule == "nl.threat-modal-final":  # the verb, not the noun, of "… aanvallen"
            (s, t, o), idx = rkey[0], rkey[1]
            back = relations.get(((o, t, s), idx))
            if back is not None and back[1].provenance[0].rule in _NOUN_READINGS:
                del relations[((o, t, s), idx)]
        elif rule in ("nl.threat-reciprocal", "nl.threat-at-war-with"):
            (s, t, o), idx = rkey[0], rkey[1]
            back = ((o, t, s), idx)
            if back not in relations:
                relations[back] = (conf, Relation(source=o, type=RelationType.THREATENS,
                                                  target=s, provenance=list(rel.provenance)))
