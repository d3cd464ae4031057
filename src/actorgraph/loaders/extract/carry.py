"""Who a later "the leaders" / "They" carries over: the states whose office holders a
sentence names as parties to what it says, never one named only as the agent of an act
of aggression ("Putin's invasion") or as what the sentence is against ("against Putin").

Example
-------
>>> from actorgraph.loaders.extract.carry import only_harmful
>>> only_harmful("fought \ue000's invasion", 7), only_harmful("\ue000 called \ue001", 0)
(True, False)
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.agents import agent_of_harm
from actorgraph.loaders.extract.docstate import DocState, acting_for

#: "against Putin", "tegen Poetin", "to hold Putin to account": not a party of the talk.
_AGAINST_BEFORE_RE = re.compile(r"(?:^|\s)(?:against|tegen|hold|holds|held)\s?$")


def only_harmful(abstract: str, pos: int) -> bool:
    """Whether the slot at ``pos`` of ``abstract`` is named only as an aggressor ("Putin's
    war", "Poetin-agressie") or as the one a sentence is against ("against Putin").

    >>> only_harmful("stood against \ue000", 14)
    True
    """
    return agent_of_harm(abstract, pos) or bool(
        _AGAINST_BEFORE_RE.search(abstract[max(0, pos - 12) : pos])
    )


def leaders_in(sent, st: DocState) -> list[str]:
    """The states whose office holders the sentence names ("President Biden called
    President Zelenskyy" → USA, UKR), for a later "the two leaders"; not a state whose
    leader is only the aggressor ("… on the battlefield against Putin's invasion").

    >>> # see tests/unit/test_carry_leaders.py for whole documents
    """
    out: list[str] = []
    for i, slot in enumerate(sent.slots):
        if only_harmful(sent.abstract, sent.slot_pos[i]):
            continue
        for a in slot.actors:
            if st.kind(a) != "person":
                continue
            office = acting_for(a, st)
            if office and st.kind(office) == "state" and office not in out:
                out.append(office)
    return out
