"""Events referred to across sentences: "We condemn these attacks", "Ik veroordeel deze
aanval", "such acts of violence" name no actor, but the attack they refer to has one.

While a paragraph is read, :func:`harm_agents` finds in each sentence who carries out an
attack, strike, war or invasion ("Houthi attacks", "Russia's missile strikes", "the
attacks that the Houthis have launched", "aggression by X", "Russian missiles struck …").
A later demonstrative phrase headed by such a noun ("these attacks", "this deplorable
attack", "deze aanvallen") is then a mention of that agent, as an adjective is ("Houthi
attacks"), so that every cue reads it: "We condemn these attacks" → OPPOSES the Houthis.
The head noun is matched by lemma ("these attacks" prefers an earlier "attack" over an
earlier "strike"); failing that the most recent agent is meant. Nothing carries over a
paragraph break.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> text = "Houthi attacks on shipping continued."
>>> houthi = Mention(0, 6, ["HOUTHIS"], {"adjective"}, "Houthi")
>>> sent = analyse_sentence(text, 0, 0, len(text), [houthi])
>>> harm_agents(sent, "en")
[('attack', ['HOUTHIS'])]
>>> event_references("We condemn these attacks.", 0, "en")
[(11, 16, 'attack')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence

_S = SLOT_CLASS
#: Nouns (and their plurals) that name an act of aggression.
_HARM_NOUNS = (
    r"attacks?|strikes?|assaults?|aggression|invasion|bombardments?|shelling|barrages?|"
    r"onslaught|raids?|acts? of (?:violence|aggression|terror(?:ism)?)|missile strikes|"
    r"drone strikes|aanval(?:len)?|agressie|invasie|inval|beschietingen?|bombardementen?|"
    r"raketaanval(?:len)?|luchtaanval(?:len)?|aanslag(?:en)?"
)
_OPENS = r"(?:the|this|these|that|those|such|de|het|deze|dit|die|dergelijke|zulke)"
_HARM_VERBS = (
    r"attacked|struck|shelled|bombed|invaded|launched|fired|conducted|carried out|"
    r"targeted|hit|viel|vielen|lanceerde|lanceerden|beschoot|bestookte|bombardeerde"
)
#: Who carries out an act: "Houthi attacks", "Russia's missile strikes", "attacks that
#: the Houthis have launched", "aggression by X", "X launched missiles …".
_AGENT_RES = (
    # (not "we condemn these/the attacks": an article or demonstrative opens another phrase)
    re.compile(rf"(?P<a>{_S})(?:'s?|s')? (?:(?!{_OPENS}\b)[\w-]+ ){{0,2}}?(?P<n>{_HARM_NOUNS})\b"),
    re.compile(
        rf"\b(?P<n>{_HARM_NOUNS}) (?:[\w-]+ ){{0,3}}?(?:that|which|die|dat) (?:the |de |het )?"
        rf"(?P<a>{_S}) "
    ),
    re.compile(
        rf"\b(?P<n>{_HARM_NOUNS}) (?:[\w-]+ ){{0,3}}?(?:by|door) (?:the |de |het )?(?P<a>{_S})"
    ),
    re.compile(
        rf"(?P<a>{_S})(?: , [^;:\ue000-\uefff]{{1,60}}?(?:{_S} )?,)? (?:[\w-]+ ){{0,2}}?"
        rf"(?:{_HARM_VERBS}) (?:[\w-]+ ){{0,3}}?(?P<n>{_HARM_NOUNS})\b"
    ),
    re.compile(rf"(?P<a>{_S}) (?:[\w-]+ ){{0,2}}?(?P<n>{_HARM_VERBS})\b"),
)
_ANY_HARM_RE = re.compile(rf"\b(?:{_HARM_NOUNS}|{_HARM_VERBS})\b")
#: A slot right before the agent slot that makes it a victim or place, not an agent.
_NOT_AGENT_BEFORE_RE = re.compile(
    r"\b(?:against|on|upon|in|into|at|tegen|op|in) (?:the |de |het )?$"
)
_DEMONSTRATIVE_RE = re.compile(
    rf"\b(?P<d>[Tt]his|[Tt]hese|[Ss]uch|[Dd]eze|[Dd]ergelijke|[Zz]ulke)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?(?P<n>{_HARM_NOUNS})\b"
)


@lru_cache(maxsize=256)
def _lemma(noun: str, lang: str | None) -> str:
    import simplemma

    head = noun.split()[0] if " of " in noun else noun.split()[-1]
    return simplemma.lemmatize(head, lang="nl" if lang == "nl" else "en")


def harm_agents(sent: Sentence, lang: str | None) -> list[tuple[str, list[str]]]:
    """(noun lemma, actors) of each act of aggression whose agent the sentence names, in
    the order written (a verb gives the lemma of its object noun when there is none:
    "struck" → "strike")."""
    abstract = sent.abstract
    if not _ANY_HARM_RE.search(abstract):
        return []  # most sentences name no act: one search instead of five
    found: list[tuple[int, str, list[str]]] = []
    for rx in _AGENT_RES:
        for m in rx.finditer(abstract):
            if _NOT_AGENT_BEFORE_RE.search(abstract, max(0, m.start("a") - 14), m.start("a")):
                continue
            actors = [a for a in sent.slot_of(m.group("a")).actors if not a.startswith("@")]
            if actors:
                found.append((m.start("n"), _lemma(m.group("n"), lang), actors))
    found.sort(key=lambda t: t[0])
    return [(lemma, actors) for _, lemma, actors in found]


def event_references(text: str, offset: int, lang: str | None) -> list[tuple[int, int, str]]:
    """(start, end, noun lemma) of each demonstrative that refers to an act ("these
    attacks": the span of "these"), offsets in the document."""
    return [
        (offset + m.start("d"), offset + m.end("d"), _lemma(m.group("n"), lang))
        for m in _DEMONSTRATIVE_RE.finditer(text)
    ]


def referent(agents: list[tuple[str, list[str]]], lemma: str) -> list[str]:
    """The actors of the latest act with the same noun, else of the latest act."""
    for known, actors in reversed(agents):
        if known == lemma:
            return actors
    return agents[-1][1] if agents else []


#: An accomplice of an act of aggression: "a war in which Belarus is complicit", "the
#: involvement of Belarus in it", "call on Belarus to end its complicity", "de
#: betrokkenheid van Belarus bij deze aanvallen", "Belarus is medeplichtig".
_COMPLICIT_RE = re.compile(
    rf"(?:complicity|medeplichtigheid) (?:of|van) (?:the |de |het )?(?P<a>{_S})"
    rf"|(?P<b>{_S})(?:'s?|s')? (?:own |continued |ongoing )?(?:complicity|medeplichtigheid)"
    rf"|(?P<c>{_S}) (?:is|was|are|were|remains|has been|is ook|was ook|blijft) (?:also |ook |"
    rf"equally |fully |volledig )?(?:complicit|medeplichtig)"
    rf"|(?P<d>{_S}) (?:[^\s\ue000-\uefff;:,]+ ){{0,2}}?(?:end|stop|cease) its complicity"
    rf"|(?:involvement|participation|betrokkenheid|deelname) (?:of|van) (?:the |de |het )?"
    rf"(?P<e>{_S}) (?:in|bij|aan) (?:it\b|het\b|(?:(?:this|these|that|the|its|deze|die|de|dat|"
    rf"haar|zijn)|(?P<ev>{_S})) (?:[^\s\ue000-\uefff;:,]+ )?(?:war|aggression|invasion|"
    rf"attacks?|oorlog|agressie|invasie|aanval(?:len)?|inval)\b)"
    # the adjective before the accomplice: "het medeplichtige Belarus", "complicit Belarus"
    rf"|\b(?:complicit|medeplichtige) (?P<f>{_S})"
    # Dutch inversion after a fronted phrase: "Volgens het kabinet blijft Belarus medeplichtig"
    rf"|\b(?:is|was|blijft|zijn|waren|blijven) (?P<g>{_S}) (?:ook |nog steeds |volledig )?"
    rf"medeplichtig\b"
)
#: The victim of the act an accomplice takes part in, right after the match: "medeplichtig
#: aan deze wrede aanval op Oekraïne", "complicit in Russia's war against Ukraine".
_VICTIM_AFTER_RE = re.compile(
    rf" (?:in|aan|bij) (?:[^\s\ue000-\uefff;:,]+ |{_S}(?:'s?|s')? ){{0,4}}?(?:war|aggression|"
    rf"invasion|attacks?|oorlog|agressie|invasie|aanval(?:len)?|inval)"
    rf"(?: (?:of|by|van|door) (?:the |de |het )?{_S})? (?:against|on|in|"
    rf"tegen|op|in) (?:the |de |het )?(?:(?:people|bevolking|volk) (?:of|van) (?:the |de |het )?)?"
    rf"(?P<v>{_S})"
)
#: "Russia's war", "Russia's unprovoked war of aggression", "X's offensive", "de Russische
#: oorlog" (a state's adjective): its owner is its agent.
_WAR_OWNER_RE = re.compile(rf"(?P<a>{_S})(?:(?:'s?|s') (?:[^\s\ue000-\uefff;:]+ ){{0,5}}?|"
                           r"(?P<adj> )(?:[^\s\ue000-\uefff;:,]+ ){0,2}?)"
                           r"(?:war|wars|oorlog|offensive|offensief|invasion|invasie|"
                           r"aggression|agressie|attacks?|aanval(?:len)?)\b")
#: "de aanvallen van Rusland", "the war of Russia": the owner after "of"/"van".
_WAR_OF_RE = re.compile(r"\b(?:war|oorlog|offensive|offensief|invasion|invasie|aggression|"
                        r"agressie|attacks?|aanval(?:len)?) (?:of|van) (?:the |de |het )?"
                        rf"(?P<a>{_S})")
_NOT_RE = re.compile(r"\b(?:not|no longer|niet|geen|never|nooit)\b")


def accomplices(sent: Sentence, agents: list[tuple[str, list[str]]]):
    """(accomplice, aggressors, victims) for each accomplice the sentence names: the agent
    of the act is the owner of a war or the agent of an act of aggression earlier in the
    sentence, else the latest one of the paragraph (``agents``, from :func:`harm_agents`;
    the caller passes the document's latest when the paragraph has none); the victims are
    the act's when the phrase names them ("complicit in the attack on X").

    >>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
    >>> text = "Russia's war, in which Belarus is complicit, goes on."
    >>> ms = [Mention(0, 6, ["RUS"], {"name"}, "Russia"),
    ...       Mention(23, 30, ["BLR"], {"name"}, "Belarus")]
    >>> accomplices(analyse_sentence(text, 0, 0, len(text), ms), [])
    [(['BLR'], ['RUS'], [])]
    """
    abstract = sent.abstract
    if "complic" not in abstract and "medeplichtig" not in abstract and not any(
        w in abstract for w in ("involvement", "participation", "betrokkenheid", "deelname")
    ):
        return []
    out = []
    for m in _COMPLICIT_RE.finditer(abstract):
        if _NOT_RE.search(abstract, max(0, m.start() - 12), m.end()):
            continue
        slot = next(g for g in m.groups() if g)
        accomplice = sent.slot_of(slot).actors
        if m.group("ev"):  # "bij deze aanvallen": the acts referred to, and their agent
            agents = [("", sent.slot_of(m.group("ev")).actors)]
        owners = [  # "Russia's war", "de Russische oorlog" (an adjective owns it too)
            sent.slot_of(w.group("a")).actors for w in _WAR_OWNER_RE.finditer(abstract)
            if not w.group("adj") or sent.slot_of(w.group("a")).forms & {"adjective", "demonym"}
        ] + [sent.slot_of(w.group("a")).actors for w in _WAR_OF_RE.finditer(abstract)]
        here = [actors for _, actors in harm_agents(sent, None)]
        aggressors = next(
            (a for a in reversed(owners + here) if not set(a) & set(accomplice)),
            referent(agents, "") if agents else [],
        )
        aggressors = [a for a in aggressors if a not in accomplice]
        hit = _VICTIM_AFTER_RE.match(abstract, m.end())
        victims = [v for v in sent.slot_of(hit.group("v")).actors
                   if v not in accomplice and v not in aggressors] if hit else []
        if accomplice and aggressors:
            out.append((accomplice, aggressors, victims))
    return out
