"""English nominal constructions of news and communiqué prose that name an act's agent
with "of" ("the aggression of Russia against Ukraine", "the attack of Hamas on Israel").

A harm noun followed by "of X" is ambiguous: "the invasion of Ukraine" names the victim.
Only when a second phrase names the victim with "against", "on" or "upon" right after is
X the agent; a date, a phrase of law ("in violation of the UN Charter") or a place
("in Crimea") is never read as the victim.

Example
-------
>>> [c.name for c in nominal_cues()]
['threat.harm-of-agent-against']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import _HARM, _NOT_DEFENSIVE, ACTORS, THR, Cue, _cue


def nominal_cues() -> list[Cue]:
    """The English nominal cues (see the module docstring)."""
    return [
        _cue("threat.harm-of-agent-against", THR, "ab",
             _NOT_DEFENSIVE + _HARM + r" of {the}{a} (?:against|on|upon) "
             r"{the}{peopleof}{partof}{compass}{b}(?! ?-)",
             0.75, a_kinds=ACTORS | {"group"}, lang="en"),
    ]  # fmt: skip
