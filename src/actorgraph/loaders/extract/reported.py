"""Reported speech in news style: the reporting frame between a subject and what it says.

Wire copy puts a reporting verb and a time or channel between the actor and its act:
"Canada said in a statement on Tuesday that it would send drones to Ukraine", "Spain
announced late on Monday it will deliver tanks", "Sweden told reporters on Wednesday
they had signed …". The cues read ``{a} … VERB … {b}`` within a few words, so a long
frame hides the act. :func:`reported_readings` gives a reading with the frame left out
and the subject written before the reported clause ("Canada will send drones to
Ukraine"); a reported "would" is the reported "will" (a condition, "would not",
"would consider" stay as they are, so that the modality checks still see them).

Only "it"/"they" (the subject itself) continue the frame, and the frame holds no other
actor, no condition ("if", "unless") and no clause break (";", ":").

A non-restrictive relative clause is the same kind of aside: "Russia, which invaded
Ukraine in 2022, denies …" states that Russia invaded Ukraine. :func:`relative_readings`
gives the clause with its antecedent as subject ("Russia invaded Ukraine in 2022"); a
clause whose own subject is another actor ("Taiwan, which China claims, …") gives none.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> text = "Canada said in a statement on Tuesday that it would send drones to Ukraine."
>>> ms = [Mention(0, 6, ["CAN"], {"name"}, "Canada"), Mention(67, 74, ["UKR"], {"name"}, "Ukraine")]
>>> sent = analyse_sentence(text, 0, 0, len(text), ms)
>>> [r.abstract.replace("\\ue000", "A").replace("\\ue001", "B") for r in reported_readings(sent)]
['A will send drones to B.']
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.clauses import _reading

_REPORT = (
    r"(?:said|says|announced|announces|stated|states|confirmed|confirms|added|adds|"
    r"pledged|pledges|promised|promises|vowed|vows|declared|declares|told [a-z]+(?: [a-z]+)?)"
)
#: Subject (at the start, or after a fronted phrase without actors), reporting verb, a
#: frame of at most eight words with no actor, then "that it/they" and the clause.
_FRAME_RE = re.compile(
    rf"^(?:[^\ue000-\uefff;:]{{1,80}}? , )?(?:(?:the|a) )?(?P<h>{SLOT_CLASS}) "
    rf"(?:(?:also|again|later|earlier) )?{_REPORT}"
    r"(?P<frame>(?: (?!if\b|unless\b|whether\b|when\b)[^\s\ue000-\uefff;:]+){0,8}?)"
    r" (?:, )?(?:that )?(?:it|they) (?P<rest>[a-z][^;:]*)$"
)
_WOULD_RE = re.compile(r"would (?!not|never|have|be able|like|consider|rather|prefer|seek)")


def reported_readings(sent: Sentence) -> list[Sentence]:
    """The sentence without its reporting frame (empty when it has none)."""
    abstract = sent.abstract
    if " it " not in abstract and " they " not in abstract:
        return []  # a cheap test before the regular expression
    m = _FRAME_RE.match(abstract)
    if m is None or not m.group("frame"):
        return []  # "X said it will …": the cues read that already
    rest = m.group("rest")
    if rest.startswith("would "):
        rest = _WOULD_RE.sub("will ", rest, count=1)
    return [_reading(sent, m.group("h") + " " + rest)]


#: "X, which/who VERB …,": a non-restrictive relative clause whose subject is X.
_RELATIVE_RE = re.compile(
    rf"(?P<h>{SLOT_CLASS}) , (?:which|who) (?P<rest>(?:[a-z][^\s;:,]* )[^;:,]*?) (?=,|\.|$)"
)


def relative_readings(sent: Sentence) -> list[Sentence]:
    """One reading per non-restrictive relative clause, its antecedent as the subject.

    >>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
    >>> text = "Russia, which invaded Ukraine in 2022, denies it."
    >>> ms = [Mention(0, 6, ["RUS"], {"name"}, "Russia"),
    ...       Mention(22, 29, ["UKR"], {"name"}, "Ukraine")]
    >>> sent = analyse_sentence(text, 0, 0, len(text), ms)
    >>> [r.abstract.replace("\\ue000", "A").replace("\\ue001", "B")
    ...  for r in relative_readings(sent)]
    ['A invaded B in 2022']
    """
    abstract = sent.abstract
    if " , which " not in abstract and " , who " not in abstract:
        return []
    return [
        _reading(sent, m.group("h") + " " + m.group("rest"))
        for m in _RELATIVE_RE.finditer(abstract)
    ]

