"""Dutch constructions of the eighteenth round (issue 9): classes of the Dutch misses of
blind15 that also come back in earlier development sets (blind12, blind14).

- **one of a state's allies, in apposition** (`nl.partner-one-of-allies`): "Polen, een van
  de grootste bondgenoten van Oekraïne, …", "Saoedi-Arabië, de voornaamste bondgenoot van
  de VS in de regio, …", "Polen behoort tot de belangrijkste bondgenoten van Oekraïne"
  (the earlier apposition cue knew only "een/de (trouwe) bondgenoot");
- **rallying behind a state** (`nl.support-rally-behind`): "Canada schaarde zich achter
  Oekraïne", "Japan heeft zich volledig achter Taiwan geschaard";
- **a threat to a state, verb last** (`nl.threat-poses-final`): "dat Iran voor Israël een
  grote bedreiging vormt" (the noun reading of "Israël een grote bedreiging", which made
  the victim the threat, is dropped by :func:`after_sentence`);
- **an invasion, verb second with the particle before the place**
  (`nl.threat-invades-in`): "In september viel Azerbeidzjan binnen in het zuiden van
  Armenië", "… viel Rusland met tienduizenden soldaten binnen in Oekraïne";
- **a leader who announces aid** (`nl.support-announced-for-person`): "Zo kondigde de
  Amerikaanse president een nieuw steunpakket aan voor Oekraïne" (the person acts for their
  state; :mod:`.dutch_round16` read only a state as the one who announces);
- **ties tightened** (`nl.partner-ties-tightened`): "A en B gaan hun militaire banden flink
  aanhalen", "A wil de banden met B aanhalen" (the idiom beside "versterken" of
  :mod:`.dutch_round16`);
- **defending a state** (`nl.support-defend-final`): "dat het Amerikaanse leger Taiwan zal
  verdedigen", "Zweden zal Finland zo nodig verdedigen" (a state or its forces; not negated,
  not a decision or a claim defended).

>>> {"nl.support-rally-behind", "nl.threat-poses-final"} <= {c.name for c in round18_cues()}
True
"""

from __future__ import annotations

from itertools import islice

from actorgraph.graph.keys import canonical_key
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.cue_base import ACTORS, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"

# ------------------------------------------------------------------ one of the allies
_ALLIES = [
    # "Polen, een van de grootste bondgenoten van Oekraïne, …"
    _cue("nl.partner-one-of-allies", "PARTNERS_WITH", "pair",
         r"{a} , (?:een|één) van (?:de|haar|zijn|hun) (?:[\w-]+ )?(?:bondgenoten|partners) "
         r"van {the}{b}", 0.65, a_kinds=STATES, b_kinds=STATES, lang="nl"),
    # "Saoedi-Arabië, de voornaamste bondgenoot van de VS in de regio, …"
    _cue("nl.partner-one-of-allies", "PARTNERS_WITH", "pair",
         r"{a} , de [\w-]+ste bondgenoot van {the}{b}", 0.65,
         a_kinds=STATES, b_kinds=STATES, lang="nl"),
    # "Polen behoort tot de belangrijkste bondgenoten van Oekraïne"
    _cue("nl.partner-one-of-allies", "PARTNERS_WITH", "pair",
         r"{a} {n4}(?:behoort|behoren|behoorde|behoorden|hoort|hoorde) (?:[\w-]+ ){0,2}?"
         r"tot (?:de )?(?:[\w-]+ ){0,2}?(?:bondgenoten|partners) van {the}{b}", 0.65,
         a_kinds=STATES, b_kinds=STATES, subject=True, lang="nl", anchor="behoor|hoort|hoorde"),
]  # fmt: skip

# ------------------------------------------------------------------ rallying behind
_RALLY = [
    # "Canada schaarde zich (eensgezind) achter Oekraïne"
    _cue("nl.support-rally-behind", "SUPPORTS", "ab",
         r"{a} {n4}(?:schaart|scharen|schaarde|schaarden) zich " + _W + r"{0,3}?achter "
         r"{the}{b}", 0.65, a_kinds=ACTORS, b_kinds=ACTORS, subject=True, lang="nl",
         anchor="schaar|scharen"),
    # "Japan heeft zich volledig achter Taiwan geschaard", "dat Japan zich achter X schaart"
    _cue("nl.support-rally-behind", "SUPPORTS", "ab",
         r"{a} " + _W + r"{0,2}?zich " + _W + r"{0,3}?achter {the}{b} " + _W + r"{0,2}?"
         r"(?:geschaard|schaart|scharen|schaarde|schaarden)\b", 0.65,
         a_kinds=ACTORS, b_kinds=ACTORS, subject=True, lang="nl", anchor="schaar|scharen"),
]  # fmt: skip

# ------------------------------------------------------------------ threat, verb last
_THREAT_FINAL = [
    # "dat Iran (ook) voor Israël een grote bedreiging vormt"
    _cue("nl.threat-poses-final", "THREATENS", "ab",
         r"{a} (?:[\w-]+ ){0,2}?voor {the}{b} (?:een |de )?(?:[\w-]+ ){0,2}?"
         r"(?:bedreiging|dreiging|gevaar) (?:vormt|vormen|vormde|vormden|is|was|blijft)\b",
         0.65, a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl",
         anchor="bedreiging|dreiging|gevaar"),
]  # fmt: skip

# ------------------------------------------------------------------ invasion, particle first
_INVADE = [
    # "In september viel Azerbeidzjan (met een offensief) binnen in het zuiden van Armenië"
    _cue("nl.threat-invades-in", "THREATENS", "ab",
         r"\b(?:viel|vielen|valt|vallen) {a} (?:met " + _W + r"{1,5}?)?binnen (?:met " + _W
         + r"{1,5}?)?in "
         r"(?:het (?:noorden|zuiden|oosten|westen|[\w-]+oosten|[\w-]+westen) van )?{the}{b}",
         0.65, a_kinds=STATES, b_kinds=STATES, lang="nl", anchor="binnen"),
]  # fmt: skip


# ------------------------------------------------------------------ a leader announces aid
_ANNOUNCE = r"(?:kondigt|kondigen|kondigde|kondigden)"
#: Aid announced "voor" a state (a package of sanctions is no aid).
_AID = (r"(?:(?!sanctie)[\w-]*pakket(?:ten)?|[\w-]*steun|hulp|noodhulp|bijstand|leningen|wapens|"
        r"munitie|wapenleveranties|leveranties)")
_PERSON_ANNOUNCES = [
    # "De Duitse bondskanselier kondigde een nieuw steunpakket aan voor Oekraïne"
    _cue("nl.support-announced-for-person", "SUPPORTS", "ab",
         r"{a} {n4}" + _ANNOUNCE + r" " + _W + r"{0,6}?" + _AID + r" aan voor {the}{b}", 0.65,
         a_kinds={"person"}, b_kinds=STATES, subject=True, lang="nl", anchor="aan voor"),
    # "Zo kondigde de Amerikaanse president Biden een nieuw steunpakket aan voor Oekraïne"
    _cue("nl.support-announced-for-person", "SUPPORTS", "ab",
         r"\b" + _ANNOUNCE + r" (?:de (?:[\w-]+ ){1,2}?)?{a} " + _W + r"{0,6}?" + _AID
         + r" aan voor {the}{b}", 0.65,
         a_kinds={"person"}, b_kinds=STATES, lang="nl", anchor="aan voor"),
]  # fmt: skip


# ------------------------------------------------------------------ ties tightened
_TIES = (r"(?:de |hun |zijn |haar )?(?:[\w-]+ )?(?:banden|betrekkingen|relatie|relaties|"
         r"samenwerking)")
_AUX = r"(?:hebben|hadden|heeft|had|willen|wil|wilden|zullen|zal|gaan|gaat|gingen|zouden)"
_TIGHTEN = r"(?:aanhalen|aangehaald)"
_TIGHTENED = [
    # "A en B gaan hun militaire banden flink aanhalen"
    _cue("nl.partner-ties-tightened", "PARTNERS_WITH", "pair",
         r"{a} " + _AUX + r" " + _W + r"{0,2}?" + _TIES + r" " + _W + r"{0,2}?" + _TIGHTEN
         + r"\b", 0.65, a_kinds=ACTORS | {"person"}, lang="nl", anchor="aanhalen|aangehaald"),
    # "A wil de banden met B (verder) aanhalen"
    _cue("nl.partner-ties-tightened", "PARTNERS_WITH", "pair",
         r"{a} " + _AUX + r" " + _W + r"{0,2}?" + _TIES + r" met {the}{b} " + _W + r"{0,2}?"
         + _TIGHTEN + r"\b", 0.65, a_kinds=ACTORS | {"person"}, b_kinds=ACTORS | {"person"},
         subject=True, lang="nl", anchor="aanhalen|aangehaald"),
]  # fmt: skip


# ------------------------------------------------------------------ defending a state
_MODAL = r"(?:zal|zou|zullen|zouden|wil|willen|wilde|wilden|moet|moeten|kan|kunnen|blijft|blijven)"
#: A state's armed forces act for it: "het Amerikaanse leger".
_FORCES = r"(?: (?:leger|legers|krijgsmacht|strijdkrachten|troepen|militairen|marine))?"
_DEFEND = [
    # "dat het Amerikaanse leger Taiwan zal verdedigen (bij een invasie)"
    _cue("nl.support-defend-final", "SUPPORTS", "ab",
         r"{a}" + _FORCES + r" {b} (?:[\w-]+ ){0,2}?" + _MODAL + r" verdedigen\b", 0.65,
         a_kinds=STATES, b_kinds=STATES, subject=True, lang="nl", anchor="verdedigen"),
    # "Frankrijk zal Estland (militair) verdedigen", "het Franse leger zal Estland verdedigen"
    _cue("nl.support-defend-final", "SUPPORTS", "ab",
         r"{a}" + _FORCES + r" " + _MODAL + r" (?:[\w-]+ ){0,2}?{b} (?:[\w-]+ ){0,3}?"
         r"verdedigen\b", 0.65,
         a_kinds=STATES, b_kinds=STATES, subject=True, lang="nl", anchor="verdedigen"),
    # "Volgens Londen zal het Britse leger Estland verdedigen": verb second
    _cue("nl.support-defend-final", "SUPPORTS", "ab",
         r"\b" + _MODAL + r" {the}{a}" + _FORCES + r" {b} (?:[\w-]+ ){0,3}?verdedigen\b", 0.65,
         a_kinds=STATES, b_kinds=STATES, lang="nl", anchor="verdedigen"),
]  # fmt: skip


def round18_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return (_ALLIES + _RALLY + _THREAT_FINAL + _INVADE + _PERSON_ANNOUNCES + _TIGHTENED
            + _DEFEND)  # fmt: skip


#: The reading of "voor Israël een grote bedreiging" as Israël's threat.
_NOUN_THREAT = frozenset({"threat.threats-noun"})


def after_sentence(relations: dict, n_before: int) -> None:
    """Drop the reversed noun reading of a verb-last threat (module docstring).
    ``relations`` is the document's dict; entries from ``n_before`` on are this sentence's.
    """
    for rkey, (_, rel) in list(islice(relations.items(), n_before, None)):
        prov = rel.provenance[0] if rel.provenance else None
        if prov is None or prov.rule != "nl.threat-poses-final":
            continue
        back = (canonical_key(rel.target, RelationType.THREATENS, rel.source), rkey[1])
        if back in relations and relations[back][1].provenance[0].rule in _NOUN_THREAT:
            del relations[back]
