"""A general English fallback: two actors of one clause and a predicate of the CAMEO
lexicon between them, read at a low confidence when no specific construction of the
sentence related the two.

The specific cues (``cues_*.py``, ``lexical_cues.py``) read a verb only right after its
subject ("{a} … VERB {b}", four words, no comma) and right before its object. Unseen
prose puts more between them: an apposition or adverbial with commas after the subject
("Russia, which had massed troops for months, invaded Ukraine"), an object phrase before
the victim ("launched missiles at cities across Ukraine", "provided air defence systems
to Ukraine"). The fallback reads

- **active**: ``{a}`` (a clause's subject) … VERB … ``{b}``: up to twelve words between
  the subject and the verb (commas allowed, no other actor, no clause break), up to six
  between the verb and the object, only prepositions of a direction or an object's
  owner before the object for THREATENS and SUPPORTS;
- **passive**: ``{b}`` was/were … VERB … by ``{a}``;
- **nouns**: a possessor or a state's adjective before a noun of aggression or aid, the
  victim or receiver after a preposition ("Serbian cross-border raids on farms in
  Kosovo", "Mexican assistance to the people of Honduras"), or the giver after
  "from"/"by" ("aid to Chad from Niger"); aid only to a state or an armed group (a
  contribution to an organisation may be a member's share);

with the verbs of ``data/predicates_en.csv`` (THREATENS, SUPPORTS, PARTNERS_WITH) and a
few plain verbs of aggression and aid the CAMEO lexicon leaves to multi-word entries.
Negation, hedges and appeals are decided as for every cue (``modality.py``); the
relation gets a raw confidence of 0.5 (calibrated below 0.8), so a user filtering on
``confidence >= 0.8`` never sees it.

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("Azerbaijan, after weeks of shelling along the border, attacked "
...                  "villages in Armenia.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('AZE', 'THREATENS', 'ARM')]
"""

from __future__ import annotations

import functools

from actorgraph.loaders.extract.cue_base import ACTORS, FIRST, NAMED, PAR, SUP, THR, Cue, S, _cue
from actorgraph.loaders.extract.matching import match_sentence
from actorgraph.loaders.extract.predicates import forms_of
from actorgraph.loaders.extract.prefilter import CueSet

#: Base confidence of every fallback reading (calibrated: 0.676, below the 0.8 band).
FALLBACK_CONFIDENCE = 0.5
#: Rule names start with this (the pipeline reads them only where nothing else fired).
PREFIX = "fallback."

_W = r"[^\s\ue000-\uefff;:]+ "  # a word of the clause (commas allowed)
_WN = r"[^\s\ue000-\uefff;:,]+ "  # a word, no comma
#: Words that open another clause or stance between the subject and the verb: the verb
#: after them is not the subject's ("X, which Y supports, …" is read by the slot rule).
_NOT_CLAUSE = (
    r"(?!(?:that|which|who|whom|whose|while|whereas|when|if|because|although|but|as|"
    r"and|or|to|said|says|against|by|with|for|deter\w*|counter\w*|prevent\w*|"
    r"confront\w*|resist\w*|defend\w*|condemn\w*|sanction\w*|fac\w+)\b)"
)
_SUBJ_GAP = rf"(?:{_NOT_CLAUSE}{_W}){{0,12}}?"
#: The subject is no second half of a compound ("DPRK-Russia cooperation … support").
_NOT_HALF = r"(?<!-)(?<!- )(?<![\ue000-\uefff])"
#: Between the verb and the object: an object phrase with no other actor, no clause
#: opener; then a preposition of direction (THREATENS, SUPPORTS) or none.
_OBJ_WORD = (
    r"(?!(?:that|which|who|to|or|but|by|from|of|for|with|as|than|defend\w*|"
    r"protect\w*|deter\w*|counter\w*|resist\w*|fight\w*|repel\w*)\b)" + _WN
)
#: A verb right after a form of "be" or "have been" is a passive participle: "soldiers
#: were killed in X" names no act of the subject.
_NOT_PASSIVE = r"(?<!was )(?<!were )(?<!been )(?<!being )(?<! is )(?<! are )(?<!be )"
_OBJECT = rf"(?:{_OBJ_WORD}){{0,6}}?"
_TO_THREAT = r"(?:at|on|against|into|in|across|over|toward|towards|near|inside)"
_TO_AID = r"(?:to|for)"
_BE = r"(?:was|were|is|are|has been|have been|had been|been|being|will be)"
#: Plain verbs of aggression and aid that the lexicon leaves out (multi-word there).
_MORE_THREAT = ("launched", "launches", "fired", "fires", "unleashed", "waged", "wages",
                "invaded", "invades", "occupied", "occupies", "attacked", "attacks")
_MORE_AID = ("provided", "provides", "providing", "supplied", "supplies", "supplying",
             "delivered", "delivers", "donated", "donates", "pledged", "pledges",
             "transferred")


#: Arguments the fallback reads: names and the speaker, not "the country" or "they".
_NAMED = NAMED | FIRST | {"collective"}


#: Bare forms of support verbs that are nouns as often (not read by the fallback).
_BARE = frozenset({"back", "backs", "support", "help", "aid", "assist", "arm", "equip"})


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


def fallback_cues() -> list[Cue]:
    """The fallback cues (see the module docstring).

    >>> sorted({c.type.value for c in fallback_cues()})
    ['PARTNERS_WITH', 'SUPPORTS', 'THREATENS']
    """
    thr = _alt([*forms_of(THR), *_MORE_THREAT])
    # the bare forms are nouns as often ("discussed support for X", "a forum on Support to
    # X"): only the inflected ones are read as the verb here
    sup = _alt([f for f in forms_of(SUP) if f not in _BARE] + list(_MORE_AID))
    par = _alt(forms_of(PAR))
    conf = FALLBACK_CONFIDENCE
    kinds = ACTORS | {"person"}
    return [
        _cue(PREFIX + "threat-active", THR, "ab",
             _NOT_HALF + r"{a} " + _SUBJ_GAP + _NOT_PASSIVE + r"\b" + thr + r" (?!by )"
             r"(?:" + _OBJECT + _TO_THREAT + r" )?"
             r"{the}{peopleof}{partof}{compass}{b}(?! ?-)",
             conf, a_kinds=kinds, b_forms=_NAMED, subject=True, lang="en"),
        _cue(PREFIX + "support-active", SUP, "ab",
             _NOT_HALF + r"{a} " + _SUBJ_GAP + _NOT_PASSIVE + r"\b" + sup + r" (?!by )"
             r"(?:" + _OBJECT + _TO_AID + r" )?"
             r"{the}{peopleof}{b}(?! ?-)",
             conf, a_kinds=kinds, b_forms=_NAMED, subject=True, lang="en"),
        _cue(PREFIX + "partner-active", PAR, "ab",
             _NOT_HALF + r"{a} " + _SUBJ_GAP + r"\b" + par + r" (?:" + _OBJ_WORD + r"){0,3}?"
             r"with {the}{b}",
             conf, a_kinds=kinds, b_forms=_NAMED, subject=True, lang="en"),
        _cue(PREFIX + "threat-passive", THR, "ab",
             r"{b} " + _BE + r" (?:\w+ly )?" + thr + r" (?:" + _WN + r"){0,4}?by {the}{a}",
             conf, a_kinds=kinds, a_forms=_NAMED, lang="en"),
        _cue(PREFIX + "support-passive", SUP, "ab",
             r"{b} " + _BE + r" (?:\w+ly )?" + sup + r" (?:" + _WN + r"){0,4}?by {the}{a}",
             conf, a_kinds=kinds, a_forms=_NAMED, lang="en"),
        *_noun_cues(conf, kinds),
    ]  # fmt: skip


#: Nouns of the three core types: the act a possessor or an adjective's state does.
_NOUNS = {
    THR: r"(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|invasion|aggression|assaults?|"
         r"bombardments?|shelling|offensives?|incursions?|occupation|blockade|shelling|"
         r"missile launches|harassment|coercion)",
    SUP: r"(?:support|assistance|aid|backing|help|contributions?|deliveries|funding|"
         r"donations?|arms supplies|military supplies)",
}
_NOUN_TO = {THR: r"(?:against|on|upon|into|in|towards?)", SUP: r"(?:to|for|towards)"}
#: Adjectives and modifiers of the noun (no comma, no clause word, no verb of judging).
_MOD = (
    # "U.S. companies' contributions": a third party of the state, not the state
    r"(?!(?:companies|firms|businesses|investors|industry|private|citizens|nationals|"
    r"universities|banks)\b)"
    r"(?:(?!(?:and|or|but|that|which|who|to|of|by|from|condemn\w*|denounc\w*|deplor\w*|"
    r"discuss\w*|against|on|for|in|with)\b)[^\s\ue000-\uefff;:,]+ ){0,4}?"
)
#: Who owns the noun: a possessor or a state's adjective ("Canadian assistance").
_OWNERS = {"adjective", "demonym", "genitive", "name", "acronym"}
#: An adjective right before a name qualifies it ("Lebanese Hezbollah"): not the actor.
_NO_SLOT = r"(?! ?[\ue000-\uefff])"
_AFTER = r"(?:(?!(?:and|or|but|that|which|who|by|from)\b)[^\s\ue000-\uefff;:,]+ ){0,4}?"


def _noun_cues(conf: float, kinds: set[str]) -> list[Cue]:
    """"Russia's renewed missile strikes against cities in Ukraine" (a possessor or an
    adjective's state owns the act), "aid to Chad from Niger" (the giver after "from")."""
    out = []
    for rtype, noun in _NOUNS.items():
        key = "threat" if rtype == THR else "support"
        obj = r"{the}{peopleof}{partof}{compass}" if rtype == THR else r"{the}{peopleof}"
        # a contribution to an organisation may be a member's share ("contributions to the
        # Quad"): the noun reading is kept for states and armed groups
        targets = ACTORS if rtype == THR else {"state", "group"}
        out.append(_cue(
            PREFIX + key + "-noun-owner", rtype, "ab",
            r"(?P<a>" + S + r")(?:'s?|s')? " + _NO_SLOT + _MOD + noun + r" " + _AFTER
            + _NOUN_TO[rtype] + r" " + obj + r"{b}(?! ?-)",
            conf, a_kinds=kinds, a_forms=_OWNERS, b_forms=_NAMED, b_kinds=targets, lang="en"))
        out.append(_cue(
            PREFIX + key + "-noun-from", rtype, "ab",
            noun + r" " + _AFTER + _NOUN_TO[rtype] + r" " + obj + r"{b} " + _AFTER
            + r"(?:from|by) {the}{a}(?! ?-)" + _NO_SLOT,
            conf, a_kinds=kinds, a_forms=_NAMED, b_forms=_NAMED, b_kinds=targets, lang="en"))
    return out


FALLBACK_CUES: list[Cue] = fallback_cues()


def related_pairs(relations: dict, index: int) -> set[frozenset[str]]:
    """The pairs of actors some cue already related in sentence ``index``.

    >>> pairs = related_pairs({(("A", "SUPPORTS", "B"), 3): 0, (("C", "SUPPORTS", "D"), 4): 0}, 3)
    >>> pairs == {frozenset({"A", "B"})}
    True
    """
    return {frozenset((k[0], k[2])) for (k, i) in relations if i == index}


@functools.cache
def _fallback_set() -> CueSet:
    return CueSet(FALLBACK_CUES)


def add_fallback(readings: list, st, topic: list[str], doc, relations: dict) -> None:
    """Match the fallback cues on ``readings`` (one sentence and its variants) and keep
    what they state between two actors no other cue related in that sentence."""
    if not readings or len(readings[0].slots) < 2:
        return
    found: dict = {}
    for reading in readings:
        match_sentence(reading, _fallback_set(), st, topic, doc, found)
    if not found:
        return
    done = related_pairs(relations, readings[0].index)
    for key, value in found.items():
        if frozenset((key[0][0], key[0][2])) not in done:
            relations[key] = value
