"""Dutch news sentences (issue 9): the frames of ``data/predicates_nl.csv`` that
:mod:`.dutch` does not read, and the plain news shapes of membership and pacts.

- **pkg**: a package of aid for a receiver, with a verb of announcing or approving —
  "Duitsland kondigde een nieuw steunpakket voor Oekraïne aan", "… heeft een hulppakket
  voor Moldavië goedgekeurd": the subject supports the receiver;
- **dir**: a shot aimed at a state — "Noord-Korea vuurde een raket af richting Japan",
  "… heeft raketten op Israël afgevuurd": the subject threatens it;
- **drill**: military exercises around a state — "China hield oefeningen rond Taiwan";
- **located target**: a verb of force whose object is no actor but a place in a state —
  "Turkse drones bestookten Koerdische doelen in het noorden van Irak": the state;
- **membership** with an adverbial run — "Zweden is sinds 7 maart 2024 lid van de NAVO";
- **suffered harm**: the victim as subject of enduring or being the target of the
  attacks of an actor named with them — "Oekraïne kreeg zware Russische raketaanvallen
  te verduren", "Taiwan is vaker het doelwit van Chinese cyberaanvallen": the attacker
  threatens the subject;
- **partitive membership** — "Hongarije is een van de 27 lidstaten van de EU die …";
- **pacts** between the parties of a list — "Japan en Zuid-Korea hebben een nieuw
  veiligheidsakkoord gesloten" (not a truce: "een wapenstilstand gesloten").

Example
-------
>>> sorted({c.name for c in dutch_news_cues()})[:3]
['nl.member-acceded', 'nl.member-adverbial', 'nl.member-partitive']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, S
from actorgraph.loaders.extract.cues import Cue, _cue
from actorgraph.loaders.extract.dutch import _ADV, _alt, dutch_verbs

#: Words of an object or adverbial with no actor in it, between a verb and what follows.
_WORDS = r"(?:[^\s\ue000-\uefff;:,]+ ){0,6}?"
#: A package of aid: "steunpakket", "hulppakket", "militair steunpakket", "wapenpakketten".
_PACKAGE = r"[\w-]*(?:steun|hulp|wapen|defensie|militaire?|munitie)pakket(?:ten)?\b"
#: A particle that closes the verb before a clause ("kondigde aan dat het pakket …"): no
#: package of the subject's own.
_NO_CLAUSE = r" (?!(?:dat|of|hoe|wat|waarom|wanneer|waarmee|waarin|die)\b)"
#: What a package is worth, between it and its receiver: "van 400 miljoen dollar", "van 4,5
#: miljard euro" (the abstract spaces the decimal comma).
_WORTH = r" (?:(?:ter waarde )?van (?:\d+ , \d+ |[^\s\ue000-\uefff;:,]+ ){1,4}?)?"
#: Where a shot is aimed: "richting Japan", "in de richting van Japan", "op Israël" (not
#: "naar": "lanceerde een missie naar X" is no shot).
_AIM = r"(?:richting|in de richting van|op)"
#: A place in a state: "in het noorden van Irak", "in Syrië", "bij de grens van Libanon".
_PLACE_IN = (
    r"(?:in|op|bij) (?:de |het )?(?:(?:noord|zuid|oost|west|noordoost|noordwest|zuidoost|"
    r"zuidwest)(?:en|elijk deel|elijke deel) van (?:de |het )?|(?:grens|grensgebied|"
    r"hoofdstad|centrum|kust) van (?:de |het )?)?"
)
#: Verbs of force that take a located target (not "bedreigen": "bedreigt de vrede in X").
_NOT_LOCATED = ("bedreigen",)
#: A pact noun (a compound ending in it: "veiligheidsakkoord", "defensieverdrag"), not a
#: truce or peace between enemies.
_PACT = (
    r"(?!\S*(?:wapenstilstand|bestand|vrede|staakt-het-vuren|gevangenen|graan))"
    r"[\w-]*(?:akkoord|verdrag|overeenkomst|pact|partnerschap|deal)\b"
    r"(?! (?:over|voor) (?:een |het |de )?(?:\S+ )?(?:wapenstilstand|bestand|staakt-het-vuren|"
    r"vrede|gevangenenruil))"
)
#: Words between "is" and "lid": adverbs and dates, not a wish or a candidacy ("is
#: kandidaat om lid van de EU te worden", "is klaar om lid te worden").
_NO_WISH = r"(?!(?:om|te|kandidaat|klaar|bereid|vastbesloten|wil|hoopt|wens)\b)"
_RUN8 = r"(?:" + _NO_WISH + r"[^\s\ue000-\uefff;:]+ ){0,8}?"
_RUN4 = r"(?:" + _NO_WISH + r"[^\s\ue000-\uefff;:]+ ){0,4}?"
_MEMBER = r"(?:lid|lidstaat|bondgenoot)(?: geworden)? van {the}{a}(?! (?:te )?worden)"
_SIGN_FIN = r"(?:sluit|sluiten|sloot|sloten|ondertekent|ondertekenen|ondertekende|ondertekenden|tekent|tekenen|tekende|tekenden)"  # noqa: E501
_SIGN_PART = r"(?:gesloten|ondertekend|getekend)\b"
_AUX = r"(?:hebben|heeft|hadden|zullen|willen) "
#: What a pact is about, before its participle: "een akkoord over migratie gesloten".
_ABOUT = r" (?:(?:over|inzake|op het gebied van) (?:[^\s\ue000-\uefff;:,]+ ){1,4}?)?"


#: A noun of harm done ("raketaanvallen", "beschietingen", "agressie", "sabotage").
_HARM_NOUN = (r"[\w-]*(?:aanval|aanvallen|beschieting|beschietingen|bombardement|"
              r"bombardementen|agressie|sabotage|bestoking|bestokingen)\b")
_RUN3 = r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?"
#: Who does the harm: named with the noun ("Russische raketaanvallen") or after it
#: ("aanvallen van/door Rusland").
_HARM_BY = (r"{the}(?:[\w-]+ )?{b} (?:[\w-]+ )?" + _HARM_NOUN,
            r"(?:de )?(?:[\w-]+ )?" + _HARM_NOUN + r" (?:van|door|vanuit) {the}{b}")
_BE = r"(?:is|was|werd|wordt|blijft|bleef|zijn|waren|werden|worden)"


#: One of an organisation's members: "een van de 27 lidstaten van de EU", "het enige van
#: de 31 lidstaten van de NAVO", "als enige van de bondgenoten van de NAVO".
_ONE_OF = r"(?:een|één|het enige|de enige|als enige|twee|drie|vier) van "
#: the cheap pre-filter of the partitive cue that opens with a slot and a wide gap
_ONE_OF_ANCHOR = r"(?:een|één|enige|twee|drie|vier) van "
#: One of an organisation's members: "een van de 27 lidstaten van de EU" (the members a
#: collective, then the organisation), "het enige van de bondgenoten" (the collective
#: alone stands for its organisation).
_PARTITIVE = (_ONE_OF + r"(?:de |het )?(?:\d+ )?" + S + r" van {the}{a}",
              _ONE_OF + r"{the}{a}(?! van)")


def _partitive_cues() -> list[Cue]:
    kw = {"a_kinds": {"organisation"}, "b_kinds": {"state", "organisation"}, "lang": "nl"}
    out: list[Cue] = []
    for part in _PARTITIVE:
        out += [
            # "Turkije is (samen met Hongarije) het enige van de lidstaten van de NAVO dat …"
            _cue("nl.member-partitive", "MEMBER_OF", "ba",
                 r"{b} (?:is|zijn|was|waren|blijft|bleef) (?:samen met (?:de |het )?" + S
                 + r" )?" + _RUN4 + part, 0.7, anchor=_ONE_OF_ANCHOR, **kw),
            # the partner of "samen met" is one of them too
            _cue("nl.member-partitive", "MEMBER_OF", "ba",
                 r"(?:is|zijn|was|waren|blijft|bleef) samen met {the}{b} " + _RUN4 + part,
                 0.65, anchor=r"samen met", **kw),
        ]
    return out


def _suffered_cues() -> list[Cue]:
    kw = {"a_kinds": {"state"}, "b_kinds": ACTORS, "lang": "nl"}
    out: list[Cue] = []
    for by in _HARM_BY:
        endure = (r"(?:kreeg|krijgt|kregen|krijgen|had|heeft|hebben|hadden) "
                  r"(?:[^\s\ue000-\uefff;:,]+ ){0,6}?" + by
                  + r" (?:[^\s\ue000-\uefff;:,]+ ){0,3}?te (?:verduren|verwerken|incasseren)\b")
        target = (r"(?:[^\s\ue000-\uefff;:,]+ ){0,5}?(?:het |een )?(?:doelwit|slachtoffer) "
                  r"(?:geweest |geworden )?van " + by)
        out += [
            _cue("nl.threat-suffered", "THREATENS", "ba", r"{a} " + _RUN3 + endure, 0.7,
                 subject=True, anchor=r"te (?:verduren|verwerken|incasseren)", **kw),
            _cue("nl.threat-suffered", "THREATENS", "ba", r"{a} " + _BE + r" " + target, 0.7,
                 subject=True, anchor=r"doelwit|slachtoffer", **kw),
            # inversion: "De afgelopen tijd is X meermaals het doelwit geweest van …"
            _cue("nl.threat-suffered", "THREATENS", "ba", _BE + r" {a} " + target, 0.65,
                 anchor=r"doelwit|slachtoffer", **kw),
        ]
    return out


def _forms(verbs) -> tuple[str, str, str]:
    """Finite forms, clause-final forms and the particle alternation of ``verbs``."""
    fin = _alt(f for v in verbs for f in v.finite)
    final = _alt(f for v in verbs for f in v.final_forms)
    return fin, final, _alt({v.particle for v in verbs if v.particle} or {"\x00"})


def _package_cues(verbs) -> list[Cue]:
    out: list[Cue] = []
    for sep in (True, False):
        mine = [v for v in verbs if bool(v.particle) == sep]
        if not mine:
            continue
        fin, final, part = _forms(mine)
        obj = _WORDS + _PACKAGE + _WORTH + r"(?:voor|aan) {the}{secof}{b}"
        # "kondigde een steunpakket voor X aan", "kondigde aan een steunpakket voor X te …"
        heads = ((r"", r" " + _ADV + part + r"\b"), (part + _NO_CLAUSE, r""))
        heads = heads if sep else (("", ""),)
        for head, tail in heads:
            out += [
                _cue("nl.support-package", "SUPPORTS", "ab",
                     r"{a} {n4}" + fin + r" " + head + obj + tail, 0.7,
                     a_kinds=ACTORS, subject=True, lang="nl"),
                _cue("nl.support-package", "SUPPORTS", "ab", fin + r" {a} " + head + obj + tail,
                     0.7, a_kinds=ACTORS, lang="nl"),
            ]
        for end in (_WORTH + r"(?:voor|aan) {the}{secof}{b} " + _ADV + final + r"\b",
                    r" " + final + r" (?:voor|aan) {the}{secof}{b}"):
            out.append(_cue("nl.support-package", "SUPPORTS", "ab", r"{a} " + _ADV + _PACKAGE
                            + end, 0.65, a_kinds=ACTORS,
                            subject=True, lang="nl"))
    return out


def _aim_cues(verbs) -> list[Cue]:
    out: list[Cue] = []
    kinds = ACTORS
    aim = _AIM + r" {the}{b}(?! (?:zee|oceaan|golf)\b)"  # "richting de Japanse Zee"
    for sep in (True, False):
        mine = [v for v in verbs if bool(v.particle) == sep]
        if not mine:
            continue
        fin, final, part = _forms(mine)
        # "vuurde een raket af richting X", "vuurde raketten op X af", "lanceerde … op X"
        ends = (part + r" " + aim, aim + r" " + _ADV + part + r"\b") if sep else (aim,)
        for end in ends:
            out += [
                _cue("nl.threat-aim", "THREATENS", "ab", r"{a} {n4}" + fin + r" " + _WORDS + end,
                     0.7, a_kinds=kinds, subject=True, lang="nl"),
                _cue("nl.threat-aim", "THREATENS", "ab", fin + r" {a} " + _WORDS + end, 0.7,
                     a_kinds=kinds, lang="nl"),
            ]
        for end in (aim + r" " + _ADV + final + r"\b", final + r" " + aim):
            out.append(_cue("nl.threat-aim", "THREATENS", "ab", r"{a} " + _ADV + end, 0.65,
                            a_kinds=kinds, subject=True, lang="nl"))
    return out


def _drill_cues(verbs) -> list[Cue]:
    fin, final, part = _forms(verbs)
    # "voerde oefeningen uit rond X": the particle of "uitvoeren" before the place
    drill = (r"(?:[^\s\ue000-\uefff;:,]+ ){0,4}?[\w-]*oefening(?:en)? (?:" + part
             + r" )?(?:rond|rondom|nabij|"
             r"in de buurt van|voor de kust van) {the}{b}")
    kinds = ACTORS
    return [
        _cue("nl.threat-drill", "THREATENS", "ab", r"{a} {n4}" + fin + r" " + drill, 0.65,
             a_kinds=kinds, subject=True, lang="nl"),
        _cue("nl.threat-drill", "THREATENS", "ab", fin + r" {a} " + drill, 0.65,
             a_kinds=kinds, lang="nl"),
        _cue("nl.threat-drill", "THREATENS", "ab", r"{a} " + _ADV + drill + r" " + final + r"\b",
             0.6, a_kinds=kinds, subject=True, lang="nl"),
    ]  # fmt: skip


def _located_cues(verbs) -> list[Cue]:
    out: list[Cue] = []
    kinds = ACTORS
    where = r"(?:[^\s\ue000-\uefff;:,]+ ){1,4}?" + _PLACE_IN + r"{b}(?! van)"
    for sep in (True, False):
        mine = [v for v in verbs if bool(v.particle) == sep]
        if not mine:
            continue
        fin, final, part = _forms(mine)
        tail = (r" " + _ADV + part + r"\b") if sep else ""
        out += [
            _cue("nl.threat-located", "THREATENS", "ab", r"{a} {n4}" + fin + r" " + where + tail,
                 0.65, a_kinds=kinds, subject=True, lang="nl"),
            _cue("nl.threat-located", "THREATENS", "ab",
                 r"{a} {n4}(?:heeft|hebben|had|hadden) " + where + r" " + _ADV + final + r"\b",
                 0.6, a_kinds=kinds, subject=True, lang="nl"),
        ]  # fmt: skip
    return out


def dutch_news_cues() -> list[Cue]:
    """The cues of Dutch news sentences (see the module docstring)."""
    verbs = dutch_verbs()
    force = [v for v in verbs if v.type == "THREATENS" and v.frame in ("obj", "both")
             and v.lemma not in _NOT_LOCATED]  # fmt: skip
    return [
        # a package announced, approved or given: "zegde een steunpakket voor X toe"
        *_package_cues([v for v in verbs if v.frame == "pkg" or (
            v.type == "SUPPORTS" and v.frame in ("aan", "both") and not v.apart)]),
        *_aim_cues([v for v in verbs if v.frame == "dir"]),
        *_drill_cues([v for v in verbs if v.frame == "drill"]),
        *_located_cues(force),
        *_suffered_cues(),
        *_partitive_cues(),
        _cue("nl.member-adverbial", "MEMBER_OF", "ba",
             r"{b} (?:is|zijn|werd|wordt|was|waren|blijft) " + _RUN8 + _MEMBER, 0.75,
             a_kinds={"organisation"}, b_kinds={"state", "organisation"}, lang="nl"),
        _cue("nl.member-adverbial", "MEMBER_OF", "ba",
             r"(?:is|zijn|werd|wordt|was|waren) {b} " + _RUN4 + _MEMBER, 0.75,
             a_kinds={"organisation"}, b_kinds={"state", "organisation"}, lang="nl"),
        _cue("nl.member-acceded", "MEMBER_OF", "ba",
             r"{b} (?:trad (?:[^\s\ue000-\uefff;:,]+ ){0,6}?toe|(?:is|zijn) "
             r"(?:[^\s\ue000-\uefff;:,]+ ){0,6}?toegetreden) tot {the}{a}", 0.75,
             a_kinds={"organisation"}, b_kinds={"state"}, lang="nl"),
        # signed, never cancelled: "heeft het akkoord met X opgezegd" is no pact
        _cue("nl.pact", "PARTNERS_WITH", "pair",
             r"{a} " + _SIGN_FIN + r" " + _WORDS + r"met {the}{b} " + _WORDS + _PACT, 0.7,
             lang="nl"),
        _cue("nl.pact", "PARTNERS_WITH", "pair",
             r"{a} " + _AUX + _WORDS + r"met {the}{b} " + _WORDS + _PACT + _ABOUT + _SIGN_PART,
             0.7, lang="nl"),
        _cue("nl.pact", "PARTNERS_WITH", "pair",  # "sloot een handelsakkoord met X"
             r"{a} " + _SIGN_FIN + r" " + _WORDS + _PACT + r" met {the}{b}", 0.7, lang="nl"),
        _cue("nl.pact", "PARTNERS_WITH", "pair",  # "heeft een handelsakkoord met X gesloten"
             r"{a} " + _AUX + _WORDS + _PACT + r" met {the}{b}" + _ABOUT + _SIGN_PART, 0.7,
             lang="nl"),
        _cue("nl.pact", "PARTNERS_WITH", "pair",
             r"{a} " + _SIGN_FIN + r" " + _WORDS + _PACT, 0.7, lang="nl"),
        _cue("nl.pact", "PARTNERS_WITH", "pair",
             r"{a} " + _AUX + _WORDS + _PACT + _ABOUT + _SIGN_PART, 0.7, lang="nl"),
    ]
