"""English news-sentence cues: plain verbs whose target is the state that owns their object.

News writes "China harassed a Philippine supply vessel", "Germany will train Ukrainian
soldiers", "Turkey struck militant positions in northern Iraq": the object is a thing or
people of a state (its adjective or genitive, or a place in it), not the state itself.
The verbs come from ``data/news_verbs_en.csv`` (CAMEO verbs that ``predicates_en.csv``
leaves out, each with the object nouns it needs); the cues read:

- ``news.verb-object``: ``{a} VERB the {b} OBJECT`` — the object noun must follow the
  state's word, so "harassed a Philippine supply vessel" is read but "targeting Russia"
  (sanctions) is not;
- ``news.verb-place``: ``{a} VERB … OBJECT in/into/near (northern) {b}`` — the CAMEO
  threat verbs and the news verbs, with an object that names no actor of its own ("struck
  a deal in …" is not read: the object must not be a deal);
- ``news.drills-around``, ``news.aid-package``, ``news.member-ordinal``,
  ``news.allowed-territory``: "held military drills around Taiwan", "approved a new aid
  package for Kyiv", "became NATO's 32nd member", "allowed Russia to use its territory".

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("China harassed a Philippine supply vessel.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('CHN', 'THREATENS', 'PHL')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from actorgraph.loaders.csvfile import read_csv
from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    MACROS,
    MEM,
    ORGS,
    STATES,
    SUP,
    THR,
    Cue,
    S,
    _cue,
)
from actorgraph.loaders.extract.predicates import DATA, forms_of


@dataclass(frozen=True)
class NewsVerb:
    """One verb of ``data/news_verbs_en.csv``: its forms, relation type and objects."""

    lemma: str
    forms: tuple[str, ...]
    type: str
    objects: str


@lru_cache(maxsize=1)
def news_verbs() -> list[NewsVerb]:
    """The rows of ``data/news_verbs_en.csv``.

    >>> sorted(v.lemma for v in news_verbs())[:3]
    ['capture', 'collide', 'fire']
    """
    path = DATA / "news_verbs_en.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join(ln for ln in lines if ln.strip() and not ln.startswith("#"))
    table = read_csv(path, text=text)
    col = {h: i for i, h in enumerate(table.header)}
    return [
        NewsVerb(v[col["lemma"]], tuple(f.replace("_", " ") for f in v[col["forms"]].split()),
                 v[col["type"]], v[col["objects"]])
        for _, v in table.rows
    ]


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


#: "in northern Iraq", "into southern Israel": a compass word before the state's name.
_COMPASS = MACROS["compass"]
#: A word of the object, inside the clause (no slot, comma or clause break).
_WORD = r"[^\s\ue000-\uefff;:,]+ "
#: Objects that are no harm ("struck a deal", "hit a record") and are never an act on a place.
_NOT_HARM = r"(?!(?:a |an |the |new )*(?:deal|agreement|balance|tone|chord|note|bargain|record)\b)"
#: A compound of "-backed" etc. is an adjective, never the verb.
_NOT_AFTER_HYPHEN = r"(?<!-)"


def _verb_cues() -> list[Cue]:
    out: list[Cue] = []
    for v in news_verbs():
        forms = _alt(v.forms)
        kinds = ACTORS | {"person"} if v.type == THR else ACTORS
        out.append(
            _cue(f"news.verb-object.{v.lemma}", v.type, "ab",
                 r"{a}{paren}{n4}" + _NOT_AFTER_HYPHEN + r"\b" + forms
                 + r"(?: and [a-z]+)?"  # "train and equip", "train and educate"
                 + r" (?!by ){the}(?:(?:some|about|around|over|more than|up to) )?"
                 r"(?:new |more |\d+(?: , \d+)* |(?:thousands|hundreds|dozens) of "
                 r"|(?:two|three|four|five|several|multiple) )?"
                 + r"{b} (?:" + _WORD + r"){0,2}?"
                 + _alt(v.objects.split("|")) + r"\b", 0.65,
                 a_kinds=kinds, subject=True, lang="en")
        )  # fmt: skip
    threat = [f for v in news_verbs() if v.type == THR for f in v.forms]
    objects = [o for v in news_verbs() if v.type == THR for o in v.objects.split("|")]
    verbs = _alt([*forms_of(THR), *threat])
    out.append(
        _cue("news.verb-place", THR, "ab",
             r"{a}{paren}{n4}" + _NOT_AFTER_HYPHEN + r"\b" + verbs + r" (?!by )" + _NOT_HARM
             + r"(?:" + _WORD + r"){0,4}?(?:" + _alt(objects)
             + r"|positions|targets|facilities|sites|areas|depots|camps|infrastructure) "
             r"(?:into (?:the )?(?:sea|waters) )?(?:in|into|inside|across|near|on|off|toward|"
             r"towards) (?:the )?" + _COMPASS + r"{b}(?! ?-)",
             0.65, a_kinds=ACTORS, subject=True, lang="en")
    )  # fmt: skip
    return out


#: Weapons and attacks as the subject of a harm verb ("Russian missile attacks killed …",
#: "Iranian drones struck …"): the state before them is the attacker.
_HARM_SUBJECT = (
    r"(?:(?:missile|drone|air|rocket|artillery|ballistic|terrorist|deadly) )?(?:missiles|attacks?|"
    r"strikes|airstrikes|drones|rockets|shelling|bombardments?|barrages?|assaults?)"
)
_HARM_DONE = r"(?:have |has |had )?(?:killed|struck|hit|destroyed|damaged|wounded|injured|pounded)"
#: Armed forces of a state that another helps to build up ("the Philippine armed forces",
#: "the Armed Forces of the Philippines").
_FORCES = (
    r"(?:armed forces|military|militaries|navy|army|air force|coast guard|security forces|"
    r"defen[cs]e forces)"
)
_BUILD_UP = (
    r"(?:moderni[sz]\w*|capacity[- ]building|build(?:ing)? (?:the |up the )?capacity|"
    r"strengthen\w*|professionali[sz]\w*|(?:re)?build\w*|equip\w*|train\w*)"
)

#: Military drills, the one list for the verb and the noun cue.
_DRILLS = r"(?:drills|exercises|war games|manoeuvres|maneuvers)"


def news_cues() -> list[Cue]:
    """Every English news cue (see the module docstring).

    >>> sorted({c.name.split(".")[1] for c in news_cues()})[:3]
    ['aid-package', 'allowed-territory', 'build-up-forces']
    """
    return _verb_cues() + [
        _cue("news.drills-around", THR, "ab",
             r"{a} {n4}(?:held|holds|hold|conducted|conducts|staged|stages|launched|launches|"
             r"began|begins|started|starts) (?!joint )(?:" + _WORD + r"){0,3}?" + _DRILLS
             + r" (?:around|encircling|surrounding|near|off|close to) {the}{b}",
             0.65, a_kinds=STATES, subject=True, lang="en"),
        _cue("news.drills-nominal", THR, "ab",  # "China's military drills around Taiwan"
             r"{a} (?:(?:large-scale|large|military|naval|air|live-fire|combat|massive|new|"
             r"major|annual|latest|recent|fresh|snap|punishment|encirclement) ){0,3}"
             + _DRILLS + r" (?:around|encircling|surrounding) {the}{b}",
             0.65, a_kinds=STATES, lang="en"),
        _cue("news.aid-package", SUP, "ab",
             r"{a} {n6}(?:approved|approves|announced|announces|unveiled|unveils|pledged|"
             r"pledges|passed|passes|finali[sz](?:ed|es|ing)|preparing|prepared) "
             r"(?:" + _WORD + r"){0,6}?(?:aid|assistance|support|"
             r"security|weapons|arms) (?:package|packages|programme|program|tranche) "
             r"(?:for|to) {the}{b}",
             0.7, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news.harm-in-place", THR, "ab",  # "Russian attacks killed 26 people across X"
             r"{a} (?:[\w-]+ ){0,2}?" + _HARM_SUBJECT + r" (?:" + _WORD + r"){0,8}?"
             + _HARM_DONE + r" (?!by )(?:" + _WORD + r"){0,10}?(?:in|across|throughout|inside) "
             r"(?:the )?" + _COMPASS + r"{b}(?!-\S)",  # (a dash aside may follow, no compound)
             0.65, a_kinds=STATES | {"group"}, b_kinds=STATES, lang="en",
             anchor=r"killed|struck|\bhit\b|destroyed|damaged|wounded|injured|pounded"),
        _cue("news.harm-subject-object", THR, "ab",  # "Israeli air strikes pounded southern X"
             r"{a} (?:[\w-]+ ){0,2}?" + _HARM_SUBJECT + r" (?:" + _WORD + r"){0,3}?"
             + _HARM_DONE + r" (?!by )(?:the )?" + _COMPASS + r"{b}(?!-\S)(?! ?'?s?" + r" (?:"
             + _WORD + r"){0,2}?(?:allies|partners|supporters)\b)",
             0.65, a_kinds=STATES | {"group"}, b_kinds=STATES, subject=True, lang="en",
             anchor=r"killed|struck|\bhit\b|destroyed|damaged|wounded|injured|pounded"),
        _cue("news.harm-killed-people", THR, "ab",  # "Hamas attacks that killed 1,200 Israelis"
             r"{a} (?:[\w-]+ ){0,3}?" + _HARM_SUBJECT + r" (?:" + _WORD + r"){0,4}?"
             r"(?:that |which )?(?:have |has |had )?killed (?:[^\s\ue000-\uefff;:]+ ){0,6}?{b}",
             0.65, a_kinds=ACTORS, b_forms={"demonym"}, lang="en"),
        _cue("support.build-up-forces", SUP, "agent",  # "help modernize the Philippine military"
             r"(?:support|help|assist|contribute to|invest in)\w* (?:[\w-]+ ){0,4}?" + _BUILD_UP
             + r" (?:of )?(?:the )?(?:" + _FORCES + r" of (?:the )?|(?=" + S + r"'?s? (?:[\w-]+ )?"
             + _FORCES + r"\b)){b}",
             0.6, b_kinds=STATES, lang="en"),
        _cue("news.member-ordinal", MEM, "ab",
             r"{a} (?:\w+ly )?(?:became|becomes|has become|will become|to become) {b} "
             r"(?:\d+(?:st|nd|rd|th)|"
             r"newest|latest|[\w-]+(?:st|nd|rd|th)) (?:full )?member\b",
             0.75, b_kinds=ORGS, subject=True, lang="en"),
        _cue("news.allowed-territory", SUP, "ab",
             r"{a} {n4}(?:allowed|allows|let|lets|permitted|permits) {b} "
             r"(?:troops |forces |soldiers |military )?(?:to )?use (?:its|their) "
             r"(?:territory|airspace|soil|bases|ports|airfields)",
             0.7, a_kinds=STATES, subject=True, lang="en"),
        _cue("news.territory-to-invade", THR, "ab",  # "… Russia to use its territory to invade"
             r"{a} (?:troops |forces |soldiers |military )?(?:to )?use (?:its|their|{x}) "
             r"(?:territory|airspace|soil|bases|airfields) (?:to|for) (?:invade|invading|attack|"
             r"attacking|strike|striking|launch attacks on|launching attacks on) {the}{b}",
             0.7, a_kinds=STATES, lang="en"),
    ]  # fmt: skip


#: Aid or arms on their way to a capital right after "to" ("sent more weapons to Kyiv",
#: "pledged new aid to Kyiv"): the capital is the receiving state, not a place (troops sent
#: "to" a capital are a deployment, not a gift).
_GIFT_TO_RE = re.compile(
    r"\b(?:aid|assistance|support|weapons|arms|ammunition|shells|missiles|drones|systems|"
    r"equipment|funding|funds|loans?|package|tranche|(?:sent|sends|send|sending|delivered|"
    r"delivers|deliver|supplied|supplies|supply|provided|provides|provide|shipped|donated|"
    r"transferred|pledged|gave|gives|give)(?! (?:[\w-]+ ){0,3}?(?:troops|forces|soldiers|"
    r"envoys?|delegations?|diplomats?|officials)\b))\b[^.;:]{0,60}?\bto (?:the )?$"
)


#: The Dutch counterpart ("stuurde wapens naar Kiev", "hulp aan Kiev"): a thing given, or a
#: verb of giving not followed by troops, envoys or missiles, right before "naar"/"aan".
_GIFT_NAAR_RE = re.compile(
    r"\b(?:hulp|steun|noodhulp|wapens|munitie|granaten|tanks|luchtafweer|"
    r"systemen|materieel|geld|leningen|[\w-]*pakket|[\w-]*leveranties?|(?:stuurt|sturen|"
    r"stuurde|stuurden|gestuurd|levert|leveren|leverde|leverden|geleverd|schenkt|schonk|"
    r"geschonken)(?! (?:[\w-]+ ){0,3}?(?:troepen|soldaten|militairen|gezanten?|delegaties?|"
    r"diplomaten|ambtenaren|ministers?|raketten|drones|bommen)\b))\b[^.;:]{0,60}?"
    r"\b(?:naar|aan) $"
)


def capital_receives(text: str, start: int) -> bool:
    """Whether the capital at ``start`` in ``text`` receives aid or arms ("to Kyiv" after
    a verb or noun of giving): then it stands for its state.

    >>> capital_receives("Washington sent more weapons to Kyiv", 32)
    True
    >>> capital_receives("Moscow sent troops to Minsk", 22)
    False
    >>> capital_receives("Finland stuurde wapens naar Kiev", 28)
    True
    """
    lo = max(0, start - 90)
    return bool(_GIFT_TO_RE.search(text, lo, start) or _GIFT_NAAR_RE.search(text, lo, start))
