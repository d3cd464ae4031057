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

from actorgraph.loaders.extract.analysis import Sentence
from actorgraph.loaders.extract.clauses import object_then_verb
from actorgraph.loaders.extract.cue_base import _HARM
from actorgraph.loaders.extract.docstate import DocState, acting_for

_AGENT_OF_HARM_RE = re.compile(r"-|(?:'s?|s')? (?:[\w-]+ ){0,2}?" + _HARM + r"\b")

PREP_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:to|for|of|against|with|on|in|by|from|about|over|into|towards|between|among|at|"
    r"aan|van|voor|tegen|met|op|door|uit|over|naar|tussen|bij|tot|jegens|onder)"
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
        if skip and (slot.forms & skip or _AGENT_OF_HARM_RE.match(sent.abstract, pos + 1)):
            continue  # a victim is neither "the leaders" nor the agent of "Russian aggression"
        if persons:  # a head of state acts for the state ("Biden discussed support for X")
            mapped = (acting_for(a, st) for a in slot.actors if a not in exclude)
            actors = [x for x in mapped if x is not None and x not in exclude]
        else:
            actors = [a for a in slot.actors if a not in exclude and st.kind(a) != "person"]
        if not actors:
            continue
        if st.lang != "nl" and object_then_verb(sent.abstract, pos, before):
            continue  # "X will keep providing Y with arms and step up sanctions on Z": not Y
        for_to = sent.abstract[pos + 1 : pos + 5] == " to " and sent.abstract[
            max(0, pos - 4) : pos
        ] in ("for ", "voor")  # "time for us to stand with X": us is the subject
        if not for_to and not its and (
            PREP_BEFORE_RE.search(sent.abstract[max(0, pos - 16) : pos])
            or in_compound(sent.abstract, pos)  # "DPRK-Russia cooperation": a modifier
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
