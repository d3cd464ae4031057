"""Whether what a cue matched is stated as a fact: negation, hedging and reported
appeals, decided once for every predicate.

- **Appeal to stop** ("we urge Belarus to stop supplying Russia", "roept Iran op te
  stoppen met …"): the appeal reports that the addressee does it — the relation holds,
  with the addressee as its source, although "stop" stands in the window.
- **Appeal to act** ("we call on Chile to support Moldova", "roept China op Oekraïne te
  steunen"): nothing is stated about what the addressee does; a relation whose source is
  the addressee is dropped.
- **Negation / hedge** (not, never, geen, may, would, zou, …) in or just before the
  match: dropped. **Blocking** verb after it ("vetoed", "blokkeert"): dropped.
- **Question** (Kamervragen, interviews): asserts nothing, except a definite owned
  aggression it presupposes ("Hoeveel … sinds de Russische aanval op Oekraïne?").

Example
-------
>>> from actorgraph.loaders.extract.analysis import SLOT_BASE as S
>>> classify(f"we urge {S} to stop supplying \\ue001 with ammunition", 8, 40, True).kind
<Modality.APPEAL_STOP: 'appeal-stop'>
>>> classify(f"we call on {S} to support \\ue001", 11, 30, True).kind
<Modality.APPEAL_ACT: 'appeal-act'>
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from actorgraph.loaders.extract.analysis import SLOT_CLASS
from actorgraph.loaders.extract.cues import BLOCK_RE, HEDGE_RE, NEGATION_RE


class Modality(enum.Enum):
    """How a matched predicate is stated."""

    FACT = "fact"
    NEGATED = "negated"
    HEDGED = "hedged"
    BLOCKED = "blocked"
    APPEAL_STOP = "appeal-stop"
    APPEAL_ACT = "appeal-act"


#: The readings that state no fact: a cue read so is dropped (appeals are decided apart).
NOT_FACT = frozenset({Modality.NEGATED, Modality.HEDGED, Modality.BLOCKED})


@dataclass(frozen=True)
class Reading:
    """The modality of one match; ``addressee`` is the slot character appealed to."""

    kind: Modality
    addressee: str | None = None
    action_start: int = -1  # where the appealed action begins in the abstract


#: "call on / urge / demand / press X to …", "roept X op …", "dringt er bij X op aan …".
#: "demand / insist that X (immediately, completely) withdraw …": the subjunctive, no "to".
_APPEAL_RE = re.compile(
    r"(?<![\w-])(?:call(?:s|ed|ing)? (?:on|upon|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?(?= that)|"
    r"press(?:es|ed|ing)?|implore[sd]?|exhort(?:s|ed)?|appeal(?:s|ed)? to|"
    r"roep(?:t|en)?|riep(?:en)?|dringt er bij|drongen er bij|doet een (?:dringend )?beroep op) "
    r"(?P<that>that )?"
    r"(?:the |de |het )?(?:(?P<x>" + SLOT_CLASS + r")(?:'s?)? |(?:all |other |alle |andere )?"
    r"(?:[^\s\ue000-\uefff;:]+ ){0,2}?(?:states|countries|nations|partners|parties|sides|"
    r"allies|landen|staten|partijen|partners|bondgenoten) )"
    r"(?(that)(?:(?:[a-z]+ly|,|and) ){0,6}|(?:[^\s\ue000-\uefff;:]+ ){0,2}?"
    r"(?:to|om|op|aan|ertoe op) )(?P<rest>.*)$"
)
#: The appealed action is to stop or undo something the addressee does.
_STOP_RE = re.compile(
    r"^(?:(?:immediately|urgently|onmiddellijk|direct|per direct|to|om|op|te|ertoe) )*"
    r"(?:stop|cease|end|halt|desist|refrain from|stand down|withdraw|abandon|reverse|"
    r"put an end to|"
    r"release|comply|respect|abide|uphold|"
    r"te stoppen|te staken|te beëindigen|op te houden|stoppen|staken|beëindigen|"
    r"terug te trekken|vrij te laten|zich te houden|te respecteren|na te leven|"
    # "een einde te maken aan zijn steun", "geen munitie meer te leveren", "niet langer
    # te steunen": what the addressee does now is to end (not "geen wapens te leveren",
    # which asks that something not begin)
    r"een (?:\w+ )?einde te maken aan|(?:geen (?:[^\s;:]+ ){0,4}?meer|niet (?:langer|meer)) "
    r"(?:[^\s;:]+ ){0,6}?te \w+)\b"
)


#: The first "te" infinitive of a Dutch appeal ("roept X op om de levering … te stoppen").
_NL_TE_RE = re.compile(r"(?:(\w+) )?te (\w+)")
_NL_STOP_VERBS = frozenset(
    {
        "stoppen",
        "staken",
        "beëindigen",
        "houden",
        "trekken",
        "zetten",
        "laten",
        "respecteren",
        "leven",
        "onthouden",
    }
)


def _appeal_to_stop(rest: str) -> bool:
    if _STOP_RE.match(rest):
        return True
    te = _NL_TE_RE.search(rest.split(";")[0])
    return bool(te and te.group(2) in _NL_STOP_VERBS)


#: An answer that confirms the question before it ("Ja.", "Ja, …", "Yes, …").
_YES_RE = re.compile(r"\s*(?:Ja|Yes)\b[,.;:]?\s")
_AWARE_RE = re.compile(
    r"\W*(?:bent u (?:ermee |hiermee )?bekend|kent u|heeft u kennis\w*|are you aware|"
    r"have you seen)\b"
)
_QUESTION_END_RE = re.compile(r"\?(?=[\s\"'”]*$)")


def confirmed_question(abstract: str, after: str) -> str:
    """The abstract of a question that the answer right after it confirms ("Is het juist
    dat …? Ja, …" in answers to parliamentary questions), with its question mark read as
    a full stop so that its claim counts; any other abstract unchanged. ``after`` is the
    text that follows the question.

    >>> confirmed_question("klopt het dat x?", " Ja, dat klopt."), confirmed_question(
    ...     "klopt het dat x?", " Nee.")
    ('klopt het dat x.', 'klopt het dat x?')
    """
    m = _QUESTION_END_RE.search(abstract)
    if m is None or not _YES_RE.match(after) or _AWARE_RE.match(abstract):
        return abstract  # "Bent u bekend met het bericht …? Ja": aware of it, no more
    return abstract[: m.start()] + "." + abstract[m.end() :]


#: News reporting a pledge in the future of the past ("Britain said it would provide …",
#: "Japan announced that it would send …"): the "would" is the reported "will", no hedge.
_REPORTED_WOULD_RE = re.compile(
    r"\b(?:(?:said|announced|pledged|promised|confirmed|stated|declared|vowed|added) |"
    r"told (?:\S+ ){1,3}?)"
    # a time or channel between verb and clause: "said on Tuesday", "said late on Monday",
    # "announced in a statement on Friday" (no condition: "said that if asked, it would")
    r"(?:(?:late |early )?(?:on|in|at|last|this) (?:(?!if\b|unless\b|that\b)[\w.-]+ ){1,4}?)??"
    r"(?:that )?(?:it|they|(?:the |\S+ )?" + SLOT_CLASS + r"(?:'s?)?) "
    r"(?P<w>would) (?!not|never|have|be able|like|consider|rather)"
)


def _reported_future(abstract: str, wstart: int, wend: int) -> str:
    """The hedge window ``abstract[wstart - 12 : wend]`` with a reported "would" written
    as "will" (see ``_REPORTED_WOULD_RE``).

    >>> _reported_future("x said it would provide aid", 12, 27)
    'x said it will provide aid'
    >>> _reported_future("x said it would consider aid", 12, 28)
    'x said it would consider aid'
    >>> _reported_future("x said on tuesday it would send aid", 27, 35)
    'ay it will send aid'
    """
    lo = max(0, wstart - 12)
    out = abstract[lo:wend]
    for m in _REPORTED_WOULD_RE.finditer(abstract, max(0, wstart - 80), wend):
        if m.start("w") >= lo:
            i = m.start("w") - lo
            out = out[:i] + "will " + out[i + 6 :]
    return out


#: A Dutch main clause negates after its object: "Duitsland steunt Oekraïne (ook) niet".
_NEGATION_AFTER_RE = re.compile(
    r" (?:(?:ook|nog|echt|meer|langer|zomaar) )?(?:niet|nooit)\b(?!-|[- ](?:alleen|aflatend\w*|"
    r"enkel|uitsluitend|meer dan|minder dan)\b)"
)
#: Dutch "of" is "whether" after a word of doubt: "onduidelijk of X steun zal bieden".
_DOUBT_OF_RE = re.compile(r"\b(?:onduidelijk|onzeker|de vraag|bezien|nagaan|bekijken|"
                          r"onderzoeken|weet niet) (?:of|in hoeverre)\b|\b(?:unclear|uncertain) "
                          r"(?:whether|if|to what extent|how far)\b")


#: An owned aggression as a definite noun phrase ("de Russische aanval op X", "Russia's war
#: against X"): a question presupposes it ("Hoeveel … sinds de Russische aanval op
#: Oekraïne?"), not an indefinite one ("Volgt er een Russische aanval op Litouwen?").
_OWNED_HARM_RE = re.compile(
    rf"(?:(?<=\bde )|(?<=\bthe )|(?={SLOT_CLASS}'s? )){SLOT_CLASS}(?:'s?)? "
    r"(?:[a-z-]+ ){0,2}?(?:aggression|war|invasion|attacks?|"
    r"agressie|oorlog|invasie|inval|aanval(?:len)?) (?:against|on|of|in|tegen|op|in) "
)


def classify(abstract: str, wstart: int, wend: int, negatable: bool) -> Reading:
    """The modality of the cue match ``abstract[wstart:wend]`` (see the module doc)."""
    if abstract.rstrip(" \"'”").endswith("?") and not _OWNED_HARM_RE.match(abstract, wstart):
        return Reading(Modality.HEDGED)  # a question asserts nothing but what it presupposes
    appeal = None
    for m in _APPEAL_RE.finditer(abstract, max(0, wstart - 80)):
        if m.start() < wend:
            appeal = m
    if appeal is not None:
        rest = abstract[appeal.start("rest") :]
        if _appeal_to_stop(rest):
            return Reading(Modality.APPEAL_STOP, appeal.group("x"), appeal.start("rest"))
        return Reading(Modality.APPEAL_ACT, appeal.group("x"), appeal.start("rest"))
    if negatable:
        window = abstract[max(0, wstart - 12) : wend]
        if NEGATION_RE.search(window) or _NEGATION_AFTER_RE.match(abstract, wend):
            return Reading(Modality.NEGATED)
        if HEDGE_RE.search(_reported_future(abstract, wstart, wend)) or _DOUBT_OF_RE.search(
            abstract, max(0, wstart - 50), wend
        ):
            return Reading(Modality.HEDGED)
    if BLOCK_RE.search(abstract[wstart : wend + 60]):  # "hield … steun aan X tegen"
        return Reading(Modality.BLOCKED)
    return Reading(Modality.FACT)
