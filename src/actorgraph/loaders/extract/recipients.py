"""Supplies whose receiver the sentence leaves out (Dutch): "Zo sturen de Britten
Challengertanks", "Ook helpt Nederland met munitie en reserve-onderdelen", "Polen levert
extra munitie". In a document whose support has one receiver — every SUPPORTS relation the
extractor read in it goes to the same state X — the supply is for X (the same aid, named
once more). Two receivers or none give nothing; so do a negated or hedged clause, a sentence
that names any other actor (its receiver may be that one), a giver that is X itself, and a
giver that threatens X or supports X's attacker in the same document ("Iran levert drones"
in a letter on aid to Ukraine).

Read on the abstract string of each sentence, after the cues (the module :mod:`.wars` does
the same for victims of aggression).

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> t = "Ook stuurt Polen extra munitie."
>>> s = analyse_sentence(t, 0, 0, len(t), [Mention(11, 16, ["POL"], {"name"}, "Polen")])
>>> r = UnnamedRecipients()
>>> r.read(s)
>>> [(x.index, a) for x, a in r.pending]
[(0, 'POL')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from actorgraph.graph.model import Relation
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.modality import Modality, classify

_S = SLOT_CLASS
_GIVE = (r"(?:levert|leveren|leverde|leverden|stuurt|sturen|stuurde|stuurden|schenkt|schenken|"
         r"schonk|schonken|doneert|doneren|doneerde|doneerden)")
_HELP = r"(?:helpt|helpen|hielp|hielpen) (?:[^\s\ue000-\uefff;:,]+ ){0,2}?met"
#: What is supplied: arms, parts, aid ("Challengertanks", "Patriot-systemen", "munitie").
_GOODS = (r"(?:[\w'-]*tanks|munitie|[\w-]*wapens|[\w-]*systemen|[\w-]*systeem|"
          r"gevechtsvliegtuigen|f-16's|raketten|artillerie|houwitsers|pantservoertuigen|"
          r"[\w-]*drones|luchtverdediging|luchtafweer|(?:reserve-)?onderdelen|noodhulp|"
          r"[\w-]*pakket)\b")
_WORDS = r"(?:[^\s\ue000-\uefff;:,]+ ){0,5}?"
#: The giver first ("Polen levert extra munitie") or after the verb ("Zo sturen de Britten
#: tanks", "Ook helpt Nederland met munitie"); the goods within the clause.
_SUPPLY_RE = re.compile(
    rf"^(?:[^\s\ue000-\uefff;:,]+ ){{0,3}}?(?P<g>{_S}) (?:[^\s\ue000-\uefff;:,]+ ){{0,3}}?"
    rf"(?:{_GIVE}|{_HELP}) {_WORDS}{_GOODS}"
    rf"|^(?:[^\s\ue000-\uefff;:,]+ ){{1,2}}?(?:{_GIVE}|helpt|helpen|hielp|hielpen) "
    rf"(?:de |het )?(?P<h>{_S}) (?:met )?{_WORDS}{_GOODS}"
)
_NOT_FACT = frozenset({Modality.NEGATED, Modality.HEDGED, Modality.BLOCKED})
_GIVERS = frozenset({"state", "organisation"})


class UnnamedRecipients:
    """The supplies of a document named without a receiver."""

    def __init__(self) -> None:
        self.pending: list[tuple[Sentence, str]] = []

    def read(self, sent: Sentence) -> None:
        """Note the supply of a sentence that names only its giver."""
        if len(sent.slots) != 1:
            return
        m = _SUPPLY_RE.match(sent.abstract)
        if m is None or classify(sent.abstract, m.start(), m.end(), True).kind in _NOT_FACT:
            return
        self.pending.extend((sent, a) for a in sent.slot_of(m.group("g") or m.group("h")).actors)

    def resolved(
        self, relations: Iterable[Relation], kind: Callable[[str], str]
    ) -> list[tuple[Sentence, str, str]]:
        """(sentence, giver, receiver) when the document's support has one receiver."""
        rels = list(relations)
        receivers = {r.target for r in rels
                     if r.type is RelationType.SUPPORTS and kind(r.target) == "state"}
        if len(receivers) != 1 or not self.pending:
            return []
        (x,) = receivers
        hostile = {r.source for r in rels if r.type is RelationType.THREATENS and r.target == x}
        hostile |= {r.source for r in rels
                    if r.type is RelationType.SUPPORTS and r.target in hostile}
        return [(s, a, x) for s, a in self.pending
                if a != x and a not in hostile and kind(a) in _GIVERS]  # fmt: skip
