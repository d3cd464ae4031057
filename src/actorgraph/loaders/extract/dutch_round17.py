"""Dutch constructions of the seventeenth round (issue 9): classes of the Dutch misses of
blind14 that also come back in earlier development sets, written as constructions.

- **supporting a state's war, verb last** (`nl.support-war-final`): "Belarus heeft de
  Russische invasie altijd gesteund", "dat Iran de Russische oorlog steunt";
- **a member "als" its organisation's member** (`nl.member-as`): "Turkije maakt als enige
  NAVO-lid bezwaar", "Polen stemde als enige lid van de EU tegen" (checked against the
  catalogue on the document's date, as every membership);
- **a force massed at a state's border** (`nl.threat-massed-at-border`): "Rusland heeft
  een grote troepenmacht naar de grens met X gestuurd", "Rusland trekt tienduizenden
  militairen samen aan de grens met X" — only a massed force (a "troepenmacht",
  "tienduizenden", "samentrekken"), not a few troops sent to guard a border.
- **help asked and given** (`nl.support-heeds-request`): "Ook Denemarken geeft gehoor aan
  het hulpverzoek van X / van de X-e president", "Polen gaat in op het verzoek om hulp van
  X" (not "geeft geen gehoor"); **aid sent "richting" a state** (`nl.support-sent-towards`):
  "stuurde vliegtuigen vol antitankwapens richting X" (arms, aid, materiel — not missiles,
  drones or tanks, which "richting" a state are an attack or an advance); **a person who
  voices support** (`nl.support-steun-uitspreken-person`): "De X-e president sprak zijn
  steun uit aan Y" (the person acts for their state).

A force massed at an ally's border is no threat: the relation is dropped when both states
share NATO or EU membership on the document's date ("Nederland heeft een troepenmacht naar
de grens met Litouwen gestuurd").

And two precision checks (:func:`after_sentence`): the war a state supports is no threat
to it (the noun reading of "dat Iran de Russische oorlog steunt" is dropped); **a
delegation sent to a state is no
support** ("Egypte heeft een delegatie onderhandelaars naar Israël gestuurd om te
bemiddelen"): a sending cue whose object is a delegation, envoy, negotiators or observers
is dropped.

>>> {"nl.member-as", "nl.support-war-final"} <= {c.name for c in round17_cues()}
True
"""

from __future__ import annotations

import re
from itertools import islice

from actorgraph.graph.keys import canonical_key
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.cue_base import ACTORS, ORGS, STATES, Cue, _cue
from actorgraph.loaders.extract.dutch_round18 import after_sentence as _round18_after

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_WHO = ACTORS | {"person"}

# ------------------------------------------------------------------ supporting a war
_WAR = r"(?:oorlog|invasie|inval|agressie|aanvalsoorlog|oorlogsvoering|annexatie|offensief)"
_BACKS = (r" " + _W + r"{0,4}?{the}(?:[\w-]+ )?{b} " + _WAR + r" (?:(?:van|tegen|in) "
          r"{the}{x} )?" + _W + r"{0,5}?(?:gesteund|steunt|steunde|steunden|steunen|"
          r"te steunen)\b")
#: The head of a state's government acts for it: "De president van Belarus heeft …".
_HEAD_OF = r"\b(?:[Dd]e )?(?:president|leider|regering|premier|machthebber|dictator) van "
_WAR_FINAL = [
    # "Belarus heeft de Russische invasie (van Oekraïne) tot nu toe altijd gesteund"
    _cue("nl.support-war-final", "SUPPORTS", "ab", r"{a}" + _BACKS, 0.65,
         a_kinds=ACTORS, b_kinds=STATES, b_forms=("adjective",), subject=True, lang="nl",
         anchor="steun"),
    _cue("nl.support-war-final", "SUPPORTS", "ab", _HEAD_OF + r"{a}" + _BACKS, 0.65,
         a_kinds=STATES, b_kinds=STATES, b_forms=("adjective",), lang="nl", anchor="steun"),
]  # fmt: skip

# ------------------------------------------------------------------ member "als"
_MEMBERSHIP = r"(?:lid|lidstaat|lidland|bondgenoot)\b"
_MEMBER_AS = [
    # "Turkije maakt als enige NAVO-lid bezwaar", "Hongarije blokkeert als EU-lidstaat …"
    _cue("nl.member-as", "MEMBER_OF", "ab",
         r"{a} (?:[\w-]+ ){0,2}?als (?:(?:enige|eerste|laatste|nieuwste|jongste|grootste|"
         r"enig|nieuw|trouw|trouwe) )?{b}-" + _MEMBERSHIP, 0.7,
         a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl", anchor="als"),
    # "Turkije maakt als enige lid van de NAVO bezwaar"
    _cue("nl.member-as", "MEMBER_OF", "ab",
         r"{a} (?:[\w-]+ ){0,2}?als (?:(?:enige|eerste|laatste|nieuwste|jongste|enig|nieuw) )?"
         + _MEMBERSHIP + r" van {the}{b}", 0.7,
         a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl", anchor="als"),
]  # fmt: skip

# ------------------------------------------------------------------ massed at the border
_FORCE = (r"(?:(?:een )?(?:grote |enorme |massale |omvangrijke )?troepenmacht|"
          r"(?:tien|honderd)duizend(?:en)? (?:[\w-]+ )?(?:troepen|militairen|soldaten))")
_BORDER = r"(?:naar|aan|bij|langs) de (?:grens|grenzen) (?:met|van) {the}{b}"
_SENT = (r"(?:gestuurd|samengetrokken|gestationeerd|geconcentreerd|opgesteld|verzameld|"
         r"gelegerd)")
_MASSED = [
    # "Rusland, dat een grote troepenmacht naar de grenzen met Oekraïne heeft gestuurd"
    _cue("nl.threat-massed-at-border", "THREATENS", "ab",
         r"{a} " + _W + r"{0,4}?" + _FORCE + r" " + _BORDER + r" " + _W + r"{0,2}?" + _SENT
         + r"\b", 0.65,
         a_kinds=STATES, b_kinds=STATES, subject=True, lang="nl", anchor="grens|grenzen"),
    # "de spanningen met Rusland, dat een grote troepenmacht naar de grens met X stuurde"
    _cue("nl.threat-massed-at-border", "THREATENS", "ab",
         r"{a} , (?:dat|die) " + _W + r"{0,2}?" + _FORCE + r" " + _BORDER + r" " + _W
         + r"{0,2}?(?:" + _SENT + r"|stuurt|stuurde|stuurden)\b", 0.65,
         a_kinds=STATES, b_kinds=STATES, lang="nl", anchor="grens|grenzen"),
    # "Rusland stuurde tienduizenden militairen naar de grens met Oekraïne", "… trekt een
    # troepenmacht samen aan de grens met X"
    _cue("nl.threat-massed-at-border", "THREATENS", "ab",
         r"{a} {n4}(?:stuurt|stuurde|stuurden|sturen|trekt|trok|trokken|trekken|heeft|hebben|"
         r"had|hadden) " + _W + r"{0,2}?" + _FORCE + r" (?:samen )?" + _BORDER, 0.65,
         a_kinds=STATES, b_kinds=STATES, subject=True, lang="nl", anchor="grens|grenzen"),
]  # fmt: skip


# ------------------------------------------------------------------ help asked and given
#: What is sent towards a state as aid (not missiles, drones or tanks, which "richting" a
#: state are an attack or an advance).
_GOODS = (r"(?:[\w-]*wapens|munitie|[\w-]*systemen|[\w-]*hulp|hulpgoederen|materieel|"
          r"militaire goederen|luchtafweer|medicijnen|voedsel)")
#: The one who asked, or the head who asked for it: "het hulpverzoek van (de president van) X",
#: "het hulpverzoek van de Oekraïense president".
_ASKER = (r"(?:het |een |dat )?(?:[\w-]+ )?(?:hulpverzoek|hulpvraag|verzoek om (?:[\w-]+ )?"
          r"(?:hulp|steun|bijstand|wapens)) van {the}(?:(?:president|regering|premier|leider) "
          r"van {the})?{b}")
_HELP = [
    # "Ook Denemarken en Tsjechië geven gehoor aan het hulpverzoek van X"
    _cue("nl.support-heeds-request", "SUPPORTS", "ab",
         r"{a} {n4}(?:geeft|geven|gaf|gaven|gegeven|gehoor) " + _W + r"{0,2}?(?:gehoor )?"
         r"(?:gegeven )?aan " + _ASKER, 0.65,
         a_kinds=ACTORS, b_kinds=STATES | {"person"}, subject=True, lang="nl",
         anchor="verzoek|hulpvraag"),
    # "Polen gaat in op het hulpverzoek van X"
    _cue("nl.support-heeds-request", "SUPPORTS", "ab",
         r"{a} {n4}(?:gaat|gaan|ging|gingen|is|zijn) " + _W + r"{0,2}?in op " + _ASKER, 0.65,
         a_kinds=ACTORS, b_kinds=STATES | {"person"}, subject=True, lang="nl",
         anchor="verzoek|hulpvraag"),
    # "Spanje stuurde wapens richting Oekraïne"
    _cue("nl.support-sent-towards", "SUPPORTS", "ab",
         r"{a} {n4}(?:stuurt|sturen|stuurde|stuurden|levert|leveren|leverde|leverden|"
         r"vervoert|vervoerde) " + _W + r"{0,4}?" + _GOODS + r" (?:[\w-]+ ){0,2}?richting "
         r"{the}{b}", 0.65,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="richting"),
    # "Kim sprak zijn steun uit aan Rusland": a person speaks for their state
    _cue("nl.support-steun-uitspreken-person", "SUPPORTS", "ab",
         r"{a} {n4}(?:spreekt|spreken|sprak|spraken) " + _W + r"{0,4}?(?:zijn |haar )?"
         r"(?:[\w-]+ )?steun uit (?:aan|voor) {the}{b}", 0.7,
         a_kinds={"person"}, b_kinds=ACTORS, subject=True, lang="nl", anchor="steun uit"),
]  # fmt: skip


def round17_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return _WAR_FINAL + _MEMBER_AS + _MASSED + _HELP


#: Cues of a supply "aan/naar" a receiver (:mod:`.dutch`).
_SEND_CUES = frozenset({"nl.support-aan-final", "nl.support-v2-aan", "nl.support-inversion-aan"})
#: What is sent is a go-between, not aid: "een delegatie (onderhandelaars) naar Israël".
_ENVOY_RE = re.compile(
    r"\b(?:een |de |het |haar |zijn |hun )?(?:[\w-]+ )?(?:delegatie|gezant|gezanten|"
    r"onderhandelaars|onderhandelaar|bemiddelaars|bemiddelaar|waarnemers|diplomaten|"
    r"afgezant|afgevaardigden|vertegenwoordiger|vertegenwoordigers)\b(?: [\w-]+)? naar\b"
)
_AID_RE = re.compile(r"(?:wapens|munitie|hulp|steun|tanks|geld|goederen|materieel)\b")


#: Cues that read "de Russische oorlog" as a threat to the state named before it.
_NOUN_READINGS = frozenset({"threat.adjective-aggression"})


def _allied(source: str, target: str, st) -> bool:
    """Whether the two states share NATO or EU membership on the document's date."""
    lex, date = st.lex, st.date
    return any(lex.is_member(source, o, date) and lex.is_member(target, o, date)
               for o in ("NATO", "EU"))  # fmt: skip


def after_sentence(relations: dict, n_before: int, st) -> None:
    """Drop the support read from sending a go-between to a state, and the threat read
    from the war a state is said to support (module docstring). ``relations`` is the
    document's dict; entries from ``n_before`` on are this sentence's.
    """
    _round18_after(relations, n_before)  # a verb-last threat's reversed noun reading
    for rkey, (_, rel) in list(islice(relations.items(), n_before, None)):
        prov = rel.provenance[0] if rel.provenance else None
        if prov is None:
            continue
        text = prov.text or ""
        if prov.rule in _SEND_CUES and _ENVOY_RE.search(text) and not _AID_RE.search(text):
            del relations[rkey]
        elif prov.rule == "nl.support-war-final":  # "dat Iran de Russische oorlog steunt"
            back = (canonical_key(rel.target, RelationType.THREATENS, rel.source), rkey[1])
            if back in relations and relations[back][1].provenance[0].rule in _NOUN_READINGS:
                del relations[back]
        elif prov.rule == "nl.threat-massed-at-border" and _allied(rel.source, rel.target, st):
            del relations[rkey]  # troops at an ally's border guard it
