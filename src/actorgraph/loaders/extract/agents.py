"""Who acts in a sentence: the nearest earlier slot that can be a relation's agent, and
the first subject of a sentence (for subjects carried over to the next one).

Example
-------
>>> from actorgraph.loaders.extract.agents import in_compound
>>> in_compound("\ue000-\ue001 cooperation", 0), in_compound("- \ue000 partners", 2)
(True, False)
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.clauses import object_then_verb
from actorgraph.loaders.extract.cue_base import _HARM
from actorgraph.loaders.extract.docstate import DocState, acting_for

_AGENT_OF_HARM_RE = re.compile(r"-|(?:'s?|s')? (?:[\w-]+ ){0,2}?" + _HARM + r"\b")


def agent_of_harm(abstract: str, pos: int) -> bool:
    """Whether the slot at ``pos`` of ``abstract`` owns an act of aggression right after
    it ("\ue000's invasion", "\ue000-agressie").

    >>> agent_of_harm("\ue000's invasion of \ue001", 0), agent_of_harm("\ue000 called \ue001", 0)
    (True, False)
    """
    return bool(_AGENT_OF_HARM_RE.match(abstract, pos + 1))

PREP_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:to|for|of|against|with|on|in|by|from|about|over|into|towards|between|among|at|"
    r"through|via|targeting|aimed at|"  # "sanctions targeting X; we …": X is no agent
    r"aan|van|voor|tegen|met|op|door|uit|over|naar|tussen|bij|tot|jegens|onder|"
    # a news report's source and other phrases that open a Dutch sentence: "Volgens de
    # Amerikaanse regering levert X …" (the government is no subject of "levert")
    r"volgens|namens|dankzij|ondanks|tijdens|vanuit|zonder)"
    r"(?: (?:the|de|het|a|an|een|its|their|zijn|haar|hun))?\s?$"
)


MODIFIER_FORMS = frozenset({"adjective", "demonym", "capital"})
#: The owner of a noun: "de inzet van het kabinet", "the policy of the United States".
_GENITIVE_BEFORE_RE = re.compile(r"(?:^| )(?:of|van) (?:the |de |het )?$")


def nearest_agent(
    sent: Sentence,
    before: int,
    exclude: set[str],
    st: DocState,
    fallback_ok: bool = True,
    persons: bool = False,
    skip: frozenset[str] = frozenset(),
    its: bool = False,  # "costs on X so long as its war …": "its" may be an object's
):
    """The nearest earlier slot that can act: not an object of a preposition ("steun van
    X aan Rusland": not Rusland), not a person unless ``persons`` (then the person stands
    for the one state or organisation they hold office for); else the nearest at all."""
    fallback = None
    for i in range(len(sent.slots) - 1, -1, -1):
        pos = sent.slot_pos[i]
        if pos >= before:
            continue
        slot = sent.slots[i]
        if skip and (slot.forms & skip or agent_of_harm(sent.abstract, pos)):
            continue  # a victim is neither "the leaders" nor the agent of "Russian aggression"
        if persons:  # a head of state acts for the state ("Biden discussed support for X")
            mapped = (acting_for(a, st) for a in slot.actors if a not in exclude)
            actors = [x for x in mapped if x is not None and x not in exclude]
        else:
            actors = [a for a in slot.actors if a not in exclude and st.kind(a) != "person"]
        if not actors:
            continue
        if paid_into(sent.abstract, pos):
            continue  # "paid $1 billion into a World Bank fund to support X": the payer's
        if st.lang != "nl" and object_then_verb(sent.abstract, pos, before):
            continue  # "X will keep providing Y with arms and step up sanctions on Z": not Y
        for_to = sent.abstract[pos + 1 : pos + 5] == " to " and sent.abstract[
            max(0, pos - 4) : pos
        ] in ("for ", "voor")  # "time for us to stand with X": us is the subject
        if not for_to and not its and (
            PREP_BEFORE_RE.search(sent.abstract[max(0, pos - 16) : pos])
            # "DPRK-Russia cooperation": a modifier; not "de EU-ambassadeurs" (its envoys)
            or (in_compound(sent.abstract, pos) and not _ENVOYS_RE.match(sent.abstract, pos + 1))
            or sent.abstract[pos + 1 : pos + 3] in ("'s", "s'")
            or slot.forms <= MODIFIER_FORMS
        ):
            if fallback is None or (  # "de inzet van het kabinet … druk op X en steun aan Y"
                not fallback[2] and _GENITIVE_BEFORE_RE.search(sent.abstract, max(0, pos - 12), pos)
            ):
                genitive = bool(_GENITIVE_BEFORE_RE.search(sent.abstract, max(0, pos - 12), pos))
                fallback = (actors, pos, genitive)
            continue
        return actors, pos
    return fallback[:2] if fallback and fallback_ok else (None, None)


#: The head of a compound that names an actor's envoys or leaders: they act for it ("De
#: EU-ambassadeurs zijn het eens over sancties tegen X", "the EU ministers").
_ENVOYS_RE = re.compile(
    r"-(?:ambassadeurs?|ministers?|leiders?|regeringsleiders|diplomaten|gezanten|"
    r"ambassadors?|leaders|envoys)\b"
)


#: A report's source before the slot: "Volgens Kiev bombardeerden …" (Kiev is no subject).
_SOURCE_BEFORE_RE = re.compile(r"(?:^| )(?:volgens|aldus|according to)(?: (?:de|het|the))? $")


def modifier_subject(abstract: str, m: re.Match, slot) -> bool:
    """Whether a threat's subject slot is a modifier (an adjective, a demonym, a capital:
    "Russische troepen bombardeerden …") that a preposition before it does not rule out —
    unless the preposition gives the report's source ("Volgens Kiev bombardeerden …")."""
    return slot.forms <= MODIFIER_FORMS and not _SOURCE_BEFORE_RE.search(
        abstract, max(0, m.start() - 20), m.start()
    )


def in_compound(abstract: str, pos: int) -> bool:
    """Whether the slot at ``pos`` is half of a hyphen compound ("DPRK-Russia"), not a
    bullet ("- Quad partners …") or a dash."""
    before = pos >= 2 and abstract[pos - 1] == "-" and not abstract[pos - 2].isspace()
    after = abstract[pos + 1 : pos + 2] == "-" and abstract[pos + 2 : pos + 3] not in ("", " ")
    return before or after


def first_subject(sent: Sentence, st: DocState) -> list[str]:
    """The actors of the first slot that is not a modifier and not a person."""
    for slot in sent.slots:
        if slot.forms <= MODIFIER_FORMS:
            continue
        actors = [a for a in slot.actors if st.kind(a) != "person"]
        if actors:
            return actors
    return []


#: A fund an organisation holds, as what money goes to ("disbursed $1 billion to a new
#: World Bank fund to provide support for X"): the support is the payer's, not the fund's.
_VEHICLE_RE = re.compile(r"(?:'s)? (?:[\w-]+ )?(?:trust fund|fund|facility|mechanism)\b")
_INTO_RE = re.compile(r"\b(?:to|into|through|via) (?:a |an |the )?(?:[\w-]+ )?$")


def paid_into(abstract: str, pos: int) -> bool:
    """Whether the slot at ``pos`` names a fund that money is paid into.

    >>> paid_into("\ue000 paid $1 billion into a new \ue001 fund to help \ue002", 29)
    True
    >>> paid_into("\ue000's Peace Facility provides support to \ue001", 0)
    False
    """
    return bool(
        _VEHICLE_RE.match(abstract, pos + 1)
        and _INTO_RE.search(abstract, max(0, pos - 24), pos)
    )


#: "A commended B for his visit … and for his humanitarian support for C": the one praised
#: for the support gives it (B), not the one who praises (A).
_PRAISED_FOR_RE = re.compile(
    r"\b(?:thank|prais|commend|applaud|laud|salut|hail|bedank)\w* (?:the )?("
    + SLOT_CLASS + r"|[a-z][\w-]*(?: [a-z][\w-]*)?)(?!'|-) (?:[^;:]{0,200}? )?"
    r"for (?:his|her|its|their) "
    r"(?:[^\s\ue000-\uefff;:]+ ){0,6}?$"
)


def praised_for(abstract: str, start: int) -> int | None:
    """The position of the slot praised or thanked "for his/its … support" that ends at
    ``start`` (None when the support is not what someone is praised for; -1 when the
    one praised is no actor: "commended the envoy for his support").

    >>> a = "\ue000 commended \ue001 for his visit to \ue002 and for his steady support for \ue002"
    >>> praised_for(a, a.index("support"))
    12
    >>> praised_for("\ue000 stressed its support for \ue001", 16) is None
    True
    >>> a = "\ue000 thanked the envoy for his support for \ue001"
    >>> praised_for(a, a.index("support"))
    -1
    """
    m = _PRAISED_FOR_RE.search(abstract, max(0, start - 260), start)
    if m is None:
        return None
    return m.start(1) if "\ue000" <= m.group(1) <= "\uefff" else -1


#: A discussion still to come ("the leaders will discuss …"): what it names is its topic.
_COMING_TOPIC_RE = re.compile(r"\b(?:will|shall|expected to) (?:also |further )?discuss\b")


def coming_topic(text: str, m: re.Match, a: object = None) -> bool:
    """Whether the match ``m`` (support to a receiver) is a topic of a discussion still
    to come, after its giver ``a`` if named: support on the agenda is not yet support.

    >>> t = "the leaders will discuss support to X"
    >>> coming_topic(t, re.search(r"support to (?P<b>X)", t))
    True
    >>> t = "we discussed support to X"
    >>> coming_topic(t, re.search(r"support to (?P<b>X)", t))
    False
    """
    start = m.end("a") if a is not None else 0
    end = m.start("b") if "b" in m.re.groupindex else m.start()
    return _COMING_TOPIC_RE.search(text, start, end) is not None
