"""Dutch clause order for the predicates of ``data/predicates_nl.csv``: one set of cues
per relation type, built from the lexicon, for the three Dutch clause shapes.

- **V2, subject first**: "Duitsland steunt Oekraïne", "Rusland valt Oekraïne aan"
  (a separable verb's particle closes the clause);
- **V2 with inversion** after a fronted phrase: "Daarnaast blijft Duitsland Moldavië …
  steunen", "In 2022 viel Rusland Oekraïne binnen" — the subject follows the finite verb.
  An object that is not itself an actor is not read: "In de Raad steunt België het
  voorstel van de Commissie" gives nothing;
- **verb-final** (subordinate clauses, auxiliaries, long adverbial runs): "dat Iran drones
  aan Rusland levert", "dat wij de soevereiniteit en integriteit van X steunen" (the
  object's state), "Polen heeft Oekraïne vorig jaar opnieuw munitie geleverd",
  "blijft Duitsland Moldavië politiek, financieel en diplomatiek onverminderd steunen";
- **passive with door**: "Oekraïne wordt door Rusland aangevallen".

Example
-------
>>> sorted(c.name for c in dutch_cues() if c.name.startswith("nl.oppose"))[:3]
['nl.oppose-final', 'nl.oppose-inversion', 'nl.oppose-inversion-aan']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from actorgraph.loaders.extract.cue_base import ORGS, STATES
from actorgraph.loaders.extract.cues import ACTORS, Cue, _cue

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class DutchVerb:
    """A Dutch predicate: lemma, type, separable particle, finite forms, participle."""

    lemma: str
    type: str
    particle: str
    finite: tuple[str, ...]
    participle: str
    frame: str
    apart: bool = False  # the particle is a word of its own ("beschikbaar stellen")

    @property
    def final_forms(self) -> list[str]:
        """Forms at the end of a clause: infinitive, participle, finite (with the particle
        joined on, "aanvalt", as a subordinate clause writes it)."""
        fin = [self.particle + f for f in self.finite] if self.particle else list(self.finite)
        # the bare stem ("steun", "aanval": "aanvallen" drops its doubled consonant) is far
        # more often the noun than a clause-final verb ("een Russische aanval")
        stem = self.lemma[:-2]
        stem = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
        fin = [f for f in fin if f not in (self.lemma[:-2], stem)]
        te = (f"{self.particle} te {self.lemma[len(self.particle):]}" if self.particle
              and self.lemma.startswith(self.particle) else f"te {self.lemma}")  # "in te nemen"
        return [self.lemma, self.participle, *fin, te]


@lru_cache(maxsize=1)
def dutch_verbs() -> tuple[DutchVerb, ...]:
    """The rows of ``data/predicates_nl.csv``."""
    with open(DATA / "predicates_nl.csv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return tuple(
            DutchVerb(r["lemma"], r["type"], r["particle"], tuple(r["finite"].split("|")),
                      r["participle"], r["frame"], (r.get("apart") or "") == "yes")
            for r in rows
        )  # fmt: skip


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


#: Adverbs, commas and "en" between the arguments and the verb ("politiek, financieel en
#: diplomatiek onverminderd"): up to twelve tokens (five adverbs with their commas and
#: "en", then "zullen blijven"), never a slot, ";" or ":".
_ADV = r"(?:[^\s\ue000-\uefff;:]+ ){0,12}?"
#: The object must not be the object of a preposition ("in Oekraïne", "met China", "vanuit
#: Nederland"); "aan" a whole word ("gaan Oekraïne munitie leveren" is no "aan Oekraïne").
#: Between a V2 verb and its object: a few words, no comma ("steunt ook de NAVO").
_ADV_SHORT = r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?"
#: A separable verb's particle closes the clause, so a longer run may stand before its object
#: ("viel Rusland in de nacht van 23 op 24 februari Oekraïne binnen").
_ADV_MID = r"(?:[^\s\ue000-\uefff;:,]+ ){0,8}?"
_PREPS = tuple(r"\b" + p for p in (
    "in", "met", "van", "over", "naar", "bij", "uit", "voor", "door", "op", "tegen", "aan", "om",
    "tot", "tijdens", "binnen", "sinds", "via", "tussen", "onder", "jegens", "namens", "na",
    "vanuit", "vanaf", "zonder", "richting", "als", "zoals", "waaronder",
)) + ("raan",)  # "eraan", "daaraan"; "NAVO-landen als X en Y leveren": X is no object
#: (also with its article, which the words before the object may have taken: "levert via
#: de EU hulp aan …" names no receiver)
_NO_PREP = "".join(f"(?<!{p} {art})" for art in ("", "de ", "het ") for p in _PREPS)
#: An infinitive after an article is a noun ("Iran straffen voor het leveren van drones"):
#: not the clause's verb.
_NOT_NOUN = r"(?<!\bhet )(?<!\been )(?<!\bde )"
#: Who else took part, between the auxiliary and the object: "Nederland heeft in 2022 samen
#: met andere landen Oekraïne gesteund", "… samen met Frankrijk Moldavië gesteund".
_ALONG = r"(?:samen met (?:{x} |(?:[^\s\ue000-\uefff;:,]+ ){1,3}?))?"
#: Objects that turn a verb of giving into its opposite: "geeft Rusland de schuld" (blames),
#: "biedt Rusland het hoofd / weerstand" (resists): no support of the receiver.
_IDIOM = (r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:de schuld|het hoofd|weerstand|tegenstand|"
          r"tegengas|het nakijken|de wind van voren|een waarschuwing)\b)")
#: A noun of aid after the object of a verb of frame ``aid`` ("biedt Oekraïne extra steun",
#: "bood Moldavië humanitaire hulp aan").
_AID_NOUN = (r" (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:steun|hulp|bijstand|ondersteuning|"
             r"bescherming|wapens|munitie|noodhulp|militaire|financi\w+ (?:steun|hulp)|"
             r"humanitaire)\b")
#: A particle that is also a preposition must close its phrase: "neemt X in" is innemen,
#: "neemt X mee in de overwegingen" is not.
_PARTICLE_END = (r"(?! (?:(?:de|het|een|deze|dit|die|zijn|haar|hun|ons|onze|mijn)\b|"
                 r"[\ue000-\uefff]))")
#: A part of the object's state: "vier regio's van Oekraïne", "delen van Georgië".
_PART_OF = (r"(?:(?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:delen|deel|gebieden|gebied|regio's|regio|"
            r"provincies|provincie|steden|hoofdstad|grondgebied|oblasten|noorden|zuiden|oosten|"
            r"westen) van (?:de |het )?)?")  # "bombardeerde het zuiden van X"
#: A participle with an auxiliary of the passive is no active verb-final clause: "Belarus
#: en Rusland worden gesanctioneerd" (nobody sanctions the other; a door-agent has its own
#: cue).
_NOT_PASSIVE = r"(?<!\bworden )(?<!\bwordt )(?<!\bwerd )(?<!\bwerden )"
_NOT_PASSIVE_AFTER = r"(?! (?:te )?(?:worden|wordt|werd|werden)\b)"
#: An article, a state's adjective and an infinitive that is also a plural noun: "het
#: kabinet veroordeelt de Russische aanvallen" is a noun phrase, not "aanvallen" as a verb.
_NOT_NOUN_PHRASE = (r"(?!(?:(?<=\bde .)|(?<=\bhet .)|(?<=\been .)|(?<=\bdeze .)|(?<=\bdie .)) "
                    r"(?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:aanvallen|straffen)\b)")
#: An inverted subject before a wide gap must be named, not an adjective of a noun phrase
#: ("verstrekten Italiaanse banken leningen aan Duitse vorsten": banks, not the state).
_NAMED_SUBJECT = ("name", "variant", "acronym", "genitive", "issuer", "pronoun", "collective")
_CONF = {"SUPPORTS": 0.7, "THREATENS": 0.7, "OPPOSES": 0.65}
_AUX = r"(?:wordt|werd|worden|werden|is|zijn|was|waren)"


def dutch_cues() -> list[Cue]:
    """The cues of every type in the Dutch lexicon (see the module docstring)."""
    out: list[Cue] = []
    offers: list[Cue] = []  # frame "aid", after every other cue
    verbs = dutch_verbs()
    # fmt: off
    for rtype, conf in _CONF.items():
        mine = [v for v in verbs if v.type == rtype]
        key = "nl." + {"SUPPORTS": "support", "THREATENS": "threat", "OPPOSES": "oppose"}[rtype]
        obj = [v for v in mine if v.frame in ("obj", "both") and not v.apart]
        plain = _alt(f for v in obj if not v.particle for f in v.finite)
        kinds = ACTORS | {"person"} if rtype != "SUPPORTS" else ACTORS
        idiom = _IDIOM if rtype == "SUPPORTS" else ""
        part_of = _PART_OF if rtype == "THREATENS" else ""  # "annexeerde vier regio's van X"
        out.append(_cue(f"{key}-v2", rtype, "ab",
                        r"{a} {n4}" + plain + r" " + _ADV_SHORT + _NO_PREP
                        + r"{the}{secof}{peopleof}" + part_of + r"{b}" + idiom,
                        conf, a_kinds=kinds, subject=True, lang="nl"))
        out.append(_cue(f"{key}-inversion", rtype, "ab",
                        plain + r" {a} " + _ADV_SHORT + _NO_PREP + r"{the}{secof}{peopleof}{b}"
                        + r"(?! van)"
                        + idiom,
                        conf, a_kinds=kinds, lang="nl"))
        for particle in sorted({v.particle for v in obj if v.particle}):
            sep = _alt(f for v in obj if v.particle == particle for f in v.finite)
            out.append(_cue(f"{key}-v2-{particle}", rtype, "ab",
                            r"{a} {n4}" + sep + r" " + _ADV_MID + _NO_PREP + r"{the}{b} " + _ADV
                            + particle + r"\b"
                            + _PARTICLE_END,
                            conf, a_kinds=kinds, subject=True, lang="nl"))
            out.append(_cue(f"{key}-inversion-{particle}", rtype, "ab",
                            r"\b" + sep + r" {a} " + _ADV_MID + _NO_PREP + r"{the}{b} " + _ADV
                            + particle + r"\b" + _PARTICLE_END, conf,
                            a_kinds=kinds, lang="nl"))
        final = _alt(f for v in obj for f in v.final_forms)
        out.append(_cue(f"{key}-final", rtype, "ab",
                        r"{a} {n4}" + _ALONG + _NO_PREP + r"{the}{secof}{partof}{b}"
                        + _NOT_NOUN_PHRASE + r" " + _ADV
                        + _NOT_NOUN + _NOT_PASSIVE + final
                        + r"\b" + _NOT_PASSIVE_AFTER,
                        conf - 0.05, a_kinds=kinds, subject=True, lang="nl"))
        out.extend(_apart_cues(key, rtype, conf, [v for v in mine if v.apart], kinds))
        to = [v for v in mine if v.frame in ("aan", "both") and not v.apart]
        if to:
            fin_to = _alt(f for v in to if not v.particle for f in v.finite)
            out.append(_cue(f"{key}-v2-aan", rtype, "ab",
                            r"{a} {n4}" + fin_to + r" " + _ADV + r"(?:aan|naar) {the}{b}",
                            conf, a_kinds=kinds, subject=True, lang="nl"))
            out.append(_cue(f"{key}-inversion-aan", rtype, "ab",  # "levert Duitsland … aan X"
                            r"\b" + fin_to + r" {a} " + _ADV + r"(?:aan|naar) {the}{b}",
                            conf, a_kinds=kinds, lang="nl", a_forms=_NAMED_SUBJECT))
            give = _alt(f for v in to for f in v.final_forms)
            out.append(_cue(f"{key}-aan-final", rtype, "ab",
                            r"{a} " + _ADV + r"(?:aan|naar) {the}{b} " + _ADV + _NOT_NOUN + give
                            + r"\b",
                            conf - 0.05, a_kinds=kinds, subject=True, lang="nl"))
        offer = [v for v in mine if v.frame == "aid"]
        if offer:
            aid = _alt(f for v in offer for f in v.finite)
            offers.append(_cue(f"{key}-offer", rtype, "ab",
                               r"{a} {n4}" + aid + r" " + _ADV_SHORT + r"{the}{b}" + _AID_NOUN,
                               conf, a_kinds=ACTORS, subject=True, lang="nl"))
            offers.append(_cue(f"{key}-offer-inversion", rtype, "ab",
                               aid + r" {a} " + _ADV_SHORT + r"{the}{b}" + _AID_NOUN,
                               conf, a_kinds=ACTORS, lang="nl"))
        part = _alt(v.participle for v in mine if v.frame in ("obj", "both", "aan"))
        out.append(_cue(f"{key}-passive", rtype, "ab",
                        r"{b} " + _AUX + r" " + _ADV + r"door {the}{a} " + _ADV + part + r"\b",
                        conf, a_kinds=kinds, lang="nl"))
        out.append(_cue(f"{key}-passive-after", rtype, "ab",
                        r"{b} " + _AUX + r" " + _ADV + part + r" door {the}{a}", conf,
                        a_kinds=kinds, lang="nl"))
    out.extend(offers)
    out.extend(_speaker_passive_cues(verbs))
    out.extend(_UNDERMINE_CUES)
    out.extend(_WAGE_CUES)
    out.append(_CONTRIBUTE_CUE)
    out.extend(_ASPIRE_CUES)
    out.extend(_AID_IN_CUES)
    out.append(_om_te_cue(verbs))
    out.extend(_om_te_aan_cues(verbs))
    # fmt: on
    return out


#: Participles that continue or widen support ("de steun … wordt voortgezet").
_GO_ON = ("voortgezet", "gecontinueerd", "geïntensiveerd", "uitgebreid", "verhoogd", "verleend")


def _speaker_passive_cues(verbs: tuple[DutchVerb, ...]) -> list[Cue]:
    """A passive of support with no agent, in the speaker's own text: the speaker gives it
    ("Er werd steun aan X geleverd", "Ook wordt de steun voor X voortgezet", "X moet
    maximaal gesteund worden"). The receiver must be the first actor of the sentence and no
    "door"-agent may follow; the issuer is the source (kind ``issuer-subject``)."""
    sup = [v for v in verbs if v.type == "SUPPORTS" and v.frame != "aid" and not v.apart]
    given = _alt([v.participle for v in sup if v.frame in ("aan", "both")] + list(_GO_ON))
    helped = _alt(v.participle for v in sup if v.frame in ("obj", "both"))
    first = r"^[^\ue000-\uefff;:]*?"  # no actor before the receiver
    no_agent = r"(?![^;:]* door (?:de |het )?[\ue000-\uefff])"
    return [
        _cue("nl.support-passive-speaker", "SUPPORTS", "issuer-subject",
             first + r"\b(?:wordt|werd|worden|werden|is|zijn|zal|zullen) "
             + r"(?:[^\s\ue000-\uefff;:]+ ){0,16}?"  # "omvangrijke politieke, militaire, … en"
             + r"(?:[\w-]*steun|hulp|bijstand|ondersteuning) (?:aan|voor) {the}{b} " + _ADV
             + given + r"\b" + no_agent, 0.6, lang="nl"),
        _cue("nl.support-passive-speaker", "SUPPORTS", "issuer-subject",
             first + r"{b} (?:moet|moeten|zal|zullen|wordt|worden|blijft|blijven) " + _ADV
             + helped + r" (?:worden|blijven|te worden)\b" + no_agent, 0.6, lang="nl"),
    ]  # fmt: skip


#: "ondermijnen" threatens a state only through its sovereignty, unity, stability …
#: ("Rusland ondermijnt de soevereiniteit van Moldavië", "dat X de eenheid van Y
#: ondermijnt"); undermining a state's war machine or position is opposition, not a threat.
_UNDERMINE = r"(?:ondermijn(?:t|en|de|den)|ondermijnd|te ondermijnen)"
_UNDERMINE_CUES = [
    _cue("nl.threat-undermine", "THREATENS", "ab",
         r"{a} {n4}" + _UNDERMINE + r" " + _ADV_SHORT + r"{the}{seclist} van {the}{b}",
         0.7, a_kinds=ACTORS | {"person"}, subject=True, lang="nl", anchor="ondermijn"),
    _cue("nl.threat-undermine-inversion", "THREATENS", "ab",
         r"\bondermijn(?:t|en|de|den) {a} " + _ADV_SHORT + r"{the}{seclist} van {the}{b}",
         0.7, a_kinds=ACTORS | {"person"}, lang="nl", anchor="ondermijn"),
    _cue("nl.threat-undermine-final", "THREATENS", "ab",
         r"{a} " + _ADV + r"{the}{seclist} van {the}{b} " + _ADV + _UNDERMINE + r"\b",
         0.65, a_kinds=ACTORS | {"person"}, subject=True, lang="nl", anchor="ondermijn"),
]  # fmt: skip


#: A war noun as the object of a light verb, its victim after "tegen/op/in" ("Rusland voert
#: al twee jaar een grootschalige oorlog tegen Oekraïne", "dat Rusland een ongerechtvaardigde
#: oorlog voert tegen X", "In 2014 begon Rusland een oorlog in Oekraïne"): the subject is
#: the agent; the gap between subject and noun is wider than the noun cues allow, so the
#: verb is required. Nouns as whole words: no "verdedigingsoorlog", "tegenoffensief".
_WAR = (r"(?:oorlog|aanvalsoorlog|agressieoorlog|veroveringsoorlog|invasie|inval|offensief|"
        r"aanval|aanvallen|bombardementen|beschietingen|raketaanvallen|luchtaanvallen|"
        r"cyberaanvallen)")
_WAGE = r"(?:voert|voerde|voerden|begon|begonnen|begint|ontketende|ontketenden|startte|lanceerde)"
_WAGE_END = (r"(?:voert|voeren|voerde|voerden|gevoerd|begon|begonnen|begint|ontketend|ontketende|"
             r"gestart|gelanceerd|lanceerde|te voeren|te beginnen)")
#: (no topic or other preposition in between: "voert overleg over de oorlog tegen X")
_GAP10 = (r"(?:(?!(?:over|na|tijdens|inzake|betreffende|omtrent|van|door|met|om|bij|voor)\b)"
          r"[^\s\ue000-\uefff;:,]+ ){0,10}?")
_VICTIM = r" (?:tegen|op|in|jegens) {the}{peopleof}{b}"
_WAGE_CUES = [
    _cue("nl.threat-wage-war", "THREATENS", "ab",
         r"{a} " + _WAGE + r" " + _GAP10 + _WAR + _VICTIM,
         0.7, a_kinds=ACTORS | {"person"}, subject=True, lang="nl"),
    _cue("nl.threat-wage-war-inversion", "THREATENS", "ab",
         r"\b" + _WAGE + r" {a} " + _GAP10 + _WAR + _VICTIM,
         0.7, a_kinds=ACTORS | {"person"}, lang="nl"),
    _cue("nl.threat-wage-war-final", "THREATENS", "ab",  # "… oorlog voert tegen X"
         r"{a} " + _GAP10 + _WAR + r" " + _WAGE_END + _VICTIM,
         0.65, a_kinds=ACTORS | {"person"}, subject=True, lang="nl"),
    _cue("nl.threat-wage-war-final", "THREATENS", "ab",  # "… oorlog tegen X voert"
         r"{a} " + _GAP10 + _WAR + r" (?:tegen|op|jegens) {the}{peopleof}{b} "
         r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?" + _WAGE_END + r"\b",
         0.65, a_kinds=ACTORS | {"person"}, subject=True, lang="nl"),
]  # fmt: skip


#: "bijdragen aan" what supports a state (the separable verb in every order, and the noun):
#: "Nederland draagt 10 miljoen euro bij aan het fonds voor Oekraïne", "dat Japan bijdraagt
#: aan de wederopbouw van Oekraïne", "een bijdrage aan de luchtverdediging van X"; the agent
#: is found as for a noun of support. Not "bijdragen aan de instabiliteit/oorlog van X".
_CONTRIBUTE_CUE = _cue(
    "nl.support-contribute", "SUPPORTS", "agent",
    r"\bbij(?:draagt|dragen|droeg|droegen|gedragen| te dragen|drage|dragen)? aan {the}"
    r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:steun|hulp|wederopbouw|herstel|verdediging|"
    r"luchtverdediging|veiligheid|weerbaarheid|fonds|\w+fonds|ondersteuning|training|opleiding|"
    r"levering|leveringen|aankoop|financiering|bescherming|capaciteitsopbouw|"
    r"zelfverdediging) (?:van|voor|aan) {the}{peopleof}{b}",
    0.6, lang="nl", anchor=r"\bbij")


#: A state's wish or request to join, as a noun: "de wens van Oekraïne om lid te worden van
#: de EU", "de aspiraties van A, B en C om toe te treden tot de EU", "de verzoeken tot
#: EU-lidmaatschap van A en B", "de aanvraag van X voor lidmaatschap van de NAVO".
_WISH = (r"(?:aspiraties?|wens|streven|verzoeken|verzoek|aanvraag|aanvragen|ambities?|"
         r"kandidatuur)")
_ASPIRE_CUES = [
    _cue("nl.aspire-wish", "ASPIRES_TO_JOIN", "ab",
         _WISH + r" (?:van|door) {the}{a} (?:om |tot |voor )?(?:het )?(?:[^\s\ue000-\uefff;:,]+ )"
         r"{0,2}?(?:lid te worden|toe te treden|lidmaatschap|toetreding) (?:van|tot|bij) {the}{b}",
         0.7, a_kinds=STATES, b_kinds=ORGS, lang="nl"),
    _cue("nl.aspire-wish-compound", "ASPIRES_TO_JOIN", "ab",
         _WISH + r" (?:tot|van|voor|om) (?:het )?{b}-(?:lidmaatschap|toetreding) (?:van|door) "
         r"{the}{a}",
         0.7, a_kinds=STATES, b_kinds=ORGS, lang="nl"),
]  # fmt: skip


#: Humanitarian aid given in a state supports that state: "De VN leverde noodhulp in
#: Afghanistan en Jemen", "Nederland verleent humanitaire hulp in Jemen", "dat Japan hulp in
#: Syrië heeft verleend". The giver is the clause's subject; only a light verb of giving.
_AID_IN = (r"(?:humanitaire |medische |nood)?(?:hulp|noodhulp|bijstand|hulpverlening|"
           r"voedselhulp) in {the}{b}")
_GIVE_AID = (r"(?:verleent|verleende|verleenden|levert|leverde|leverden|biedt|bood|boden|geeft|"
             r"gaf|gaven|verstrekt|verstrekte)")
_GIVEN_AID = (r"(?:verleend|geleverd|geboden|gegeven|verstrekt|verlenen|leveren|bieden|geven|"
              r"verstrekken|verleent|levert|biedt|geeft)")
_AID_IN_CUES = [
    _cue("nl.support-aid-in", "SUPPORTS", "ab",
         r"{a} {n4}" + _GIVE_AID + r" (?:[^\s\ue000-\uefff;:,]+ ){0,4}?" + _AID_IN,
         0.65, a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl"),
    _cue("nl.support-aid-in-inversion", "SUPPORTS", "ab",
         r"\b" + _GIVE_AID + r" {a} (?:[^\s\ue000-\uefff;:,]+ ){0,4}?" + _AID_IN,
         0.65, a_kinds=ACTORS, b_kinds=STATES, lang="nl"),
    _cue("nl.support-aid-in-final", "SUPPORTS", "ab",
         r"{a} (?:[^\s\ue000-\uefff;:,]+ ){0,6}?" + _AID_IN + r" "
         r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?" + _GIVEN_AID + r"\b",
         0.6, a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl"),
]  # fmt: skip


#: A message handed to the object ("een duidelijk signaal", "een waarschuwing", "de
#: boodschap"): the object is its addressee, not one supported.
_MESSAGE = (r"(?!(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:signaal|signalen|boodschap|boodschappen|"
            r"waarschuwing|waarschuwingen|ultimatum|antwoord|lesje?|tik op de vingers)\b)")


def _om_te_cue(verbs: tuple[DutchVerb, ...]) -> Cue:
    """An infinitive clause of purpose or commitment with "om … te" and a verb of support
    whose object is the receiver: "De EU zet zich in om Oekraïne te helpen", "Japan stuurt
    geld om Moldavië verder te ondersteunen", "… om Oekraïne militair bij te staan". Its
    subject is the main clause's (the agent found as for a noun of support: the nearest
    earlier actor that is not the object of a preposition). An appeal ("roept X op om Y te
    steunen") is dropped by the modality check like every cue. What is given to the object
    that is a message is no support: "om Iran een krachtig signaal te geven", "om X een
    waarschuwing te geven" (:data:`_MESSAGE`)."""
    sup = [v for v in verbs if v.type == "SUPPORTS" and v.frame in ("obj", "both")
           and not v.apart]
    te = _alt(v.final_forms[-1] for v in sup)  # "te steunen", "bij te staan"
    return _cue("nl.support-om-te", "SUPPORTS", "agent",
                r"\bom {the}{secof}{peopleof}{b} " + _MESSAGE
                + r"(?:[^\s\ue000-\uefff;:,]+ ){0,6}?" + te + r"\b",
                0.6, lang="nl", anchor=r"\bom ")


def _om_te_aan_cues(verbs: tuple[DutchVerb, ...]) -> list[Cue]:
    """The same clause with a verb of giving whose receiver follows it after "aan": "Het
    kabinet heeft besloten om pantservoertuigen te leveren aan X" (the agent found as in
    :func:`_om_te_cue`); who gives "samen met" the subject gives too: "… besloten om samen
    met Y drie houwitsers aan X te leveren" (Y → X; the subject and Y are read by the list
    expansion when they stand together)."""
    give = [v for v in verbs if v.type == "SUPPORTS" and v.frame in ("aan", "both")
            and not v.apart]
    te = _alt(v.final_forms[-1] for v in give)
    gap = r"(?:[^\s\ue000-\uefff;:,]+ ){0,6}?"
    return [
        _cue("nl.support-om-te-aan", "SUPPORTS", "agent",
             r"\bom " + gap + te + r" (?:aan|naar) {the}{b}", 0.6, lang="nl", anchor=r"\bom "),
        _cue("nl.support-om-samen-met", "SUPPORTS", "ab",
             r"\bom samen met {the}{a} " + gap + r"(?:aan|naar) {the}{b} " + te + r"\b", 0.6,
             a_kinds=ACTORS, lang="nl", anchor=r"\bom samen met "),
    ]  # fmt: skip


def _apart_cues(key: str, rtype: str, conf: float, verbs: list[DutchVerb], kinds) -> list[Cue]:
    """Cues of verbs whose particle is a word of its own ("beschikbaar stellen", "ter
    beschikking stellen") and whose receiver follows "aan": V2 ("Nederland stelt 5 miljoen
    euro beschikbaar aan Moldavië", "stelt … aan Moldavië beschikbaar") and verb-final, with
    an auxiliary between particle and verb ("dat Nederland … aan Moldavië beschikbaar zal
    stellen", "… ter beschikking heeft gesteld")."""
    out: list[Cue] = []
    for particle in sorted({v.particle for v in verbs}):
        mine = [v for v in verbs if v.particle == particle]
        fin = _alt(f for v in mine for f in v.finite)
        rest = _alt([f for v in mine for f in (*v.finite, v.participle)]
                    + [v.lemma.split()[-1] for v in mine])
        part = re.escape(particle)
        for tail in (part + r" (?:aan|naar|voor) {the}{b}", r"(?:aan|naar) {the}{b} " + _ADV + part
                     + r"\b"):
            out.append(_cue(f"{key}-v2-apart", rtype, "ab", r"{a} {n4}" + fin + r" " + _ADV + tail,
                            conf, a_kinds=kinds, subject=True, lang="nl",
                            anchor=particle.split()[-1]))
        out.append(_cue(f"{key}-final-apart", rtype, "ab",
                        r"{a} " + _ADV + r"(?:aan|naar) {the}{b} " + _ADV + part
                        + r" (?:[a-z]+ ){0,2}?(?:te )?" + rest + r"\b",
                        conf - 0.05, a_kinds=kinds, subject=True, lang="nl",
                        anchor=particle.split()[-1]))
    return out
