"""English constructions of news and communiqué prose around a noun: a harm noun whose
agent follows "of" ("the aggression of Russia against Ukraine", "the attack of Hamas on
Israel"), and a state's security that an actor ensures or strengthens ("will ensure the
long-term security of Israel", "bolster Ukraine's air defences").

A harm noun followed by "of X" is ambiguous: "the invasion of Ukraine" names the victim.
Only when a second phrase names the victim with "against", "on" or "upon" right after is
X the agent; a date, a phrase of law ("in violation of the UN Charter") or a place
("in Crimea") is never read as the victim.

Example
-------
>>> [c.name for c in nominal_cues()]
['threat.harm-of-agent-against', 'support.owners-supporter', 'partner.owners-partner', \
'support.ensure-security-of', 'support.ensure-owner-security']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _HARM,
    _NOT_DEFENSIVE,
    ACTORS,
    PAR,
    SUP,
    THR,
    Cue,
    S,
    _cue,
)

#: "X is / remains (one of) Y's closest …": the copula and the possessor, then up to three
#: adjectives (no comma, no clause).
_IS_OWNERS = (
    r"{a} (?:(?:is|are|was|were|remains?|remained|has been|have been|will remain|will be|"
    r"became|has become) )(?:one of |among )?(?:the )?(?P<b>" + S + r")(?:'s|s'|') "
    r"(?:(?!and\b|or\b)[^\s\ue000-\uefff;:,]+ ){0,3}?"
)
#: Verbs that make a state's security stronger (not "discuss", "threaten", "undermine").
_ENSURE = (
    r"(?:ensur|guarantee|safeguard|bolster|strengthen|enhanc|reinforc|shor|underwrit)"
    r"(?:e|es|ed|ing|s)?"
)
#: The words between the actor and the verb: one clause ("to see Hamas defeated and to
#: ensure the security of Israel": Hamas ensures nothing).
_GAP = r"(?:(?!(?:and|or|but|that|which|who|while|whereas)\b)[^\s\ue000-\uefff;:,]+ ){0,6}?"
#: The security nouns a state has ("security", "defence", "air defences", "ability to
#: defend itself").
_SECURITY = (
    r"(?:(?:long-term|lasting|national|own|military) )?(?:security|defen[cs]es?|"
    r"air defen[cs]es?|self-defen[cs]e|ability to defend itself|deterrence)"
)


def nominal_cues() -> list[Cue]:
    """The English nominal cues (see the module docstring)."""
    return [
        _cue("threat.harm-of-agent-against", THR, "ab",
             _NOT_DEFENSIVE + _HARM + r" of {the}{a} (?:against|on|upon) "
             r"{the}{peopleof}{partof}{compass}{b}(?! ?-)",
             0.75, a_kinds=ACTORS | {"group"}, lang="en"),
        _cue("support.owners-supporter", SUP, "ab",  # "Canada remains one of X's strongest
             # supporters" (not "X's arms suppliers": a trade)
             _IS_OWNERS + r"(?:supporters?|backers?|donors?|champions?|friends?|"
             r"(?:arms|weapons|drone|ammunition|military) suppliers?)\b",
             0.7, a_kinds=ACTORS, b_kinds={"state", "organisation"}, lang="en"),
        _cue("partner.owners-partner", PAR, "ab",  # "Japan is Australia's closest partner"
             _IS_OWNERS + r"(?:partners?|all(?:y|ies)|strategic partners?)\b",
             0.7, a_kinds=ACTORS, b_kinds={"state", "organisation"}, lang="en"),
        _cue("support.ensure-security-of", SUP, "ab",
             r"{a} " + _GAP + _ENSURE + r" (?:(?:the|its|their) )?" + _SECURITY
             + r" (?:and [\w-]+ )?of (?:the )?{b}(?! ?-)",
             0.7, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("support.ensure-owner-security", SUP, "ab",
             r"{a} " + _GAP + _ENSURE + r" (?:the )?{b} " + _SECURITY,
             0.7, a_kinds=ACTORS, b_forms={"name", "genitive", "adjective", "acronym"},
             subject=True, lang="en"),
    ]  # fmt: skip
