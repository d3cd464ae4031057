"""Supplies whose receiver the sentence leaves out (Dutch): "Zo sturen de Britten
Challengertanks", "Ook helpt Nederland met munitie en reserve-onderdelen", "Polen levert
extra munitie". In a document whose support has one receiver — every SUPPORTS relation the
extractor read in it goes to the same state X — the supply is for X (the same aid, named
once more). Two receivers or none give nothing; so do a negated or hedged clause, a sentence
that names any other actor (its receiver may be that one), a giver that is X itself, and a
giver that threatens X or supports X's attacker in the same document ("Iran levert drones"
in a letter on aid to Ukraine).

Round 19 (issue 9) reads three more orders of the same supply, all of them constructions
of Dutch rather than of one document:

- **verb last**, after a modal or in a subordinate clause: "Spanje gaat munitie en
  onderdelen leveren", "bekend dat Italië nog eens 20 miljoen euro aan wapens gaat
  leveren", "Zo zal Canada drones leveren", "Portugal heeft eerder al tanks geleverd";
- **a gapped second giver** (the verb said once): "Zo zal Canada drones leveren, Portugal
  een luchtverdedigingssysteem en heeft Spanje een pakket klaar" — each giver with goods;
- **other actors in the sentence** are allowed when each is the receiver itself, the
  subject of a supply or sale of its own ("Spanje gaat munitie leveren en Italië verkoopt
  drones aan Oekraïne") or a person (who reports it: "…", schrijft de minister).

And a document whose rules read no SUPPORTS at all still has a receiver when every aid
phrase without a giver names the same state: "twaalf houwitsers naar Oekraïne te sturen",
"nieuwe beloftes aan Kyiv", "om Oekraïne te steunen".

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
from actorgraph.loaders.extract.modality import NOT_FACT, Modality, classify

_S = SLOT_CLASS
_GIVE = (r"(?:levert|leveren|leverde|leverden|stuurt|sturen|stuurde|stuurden|schenkt|schenken|"
         r"schonk|schonken|doneert|doneren|doneerde|doneerden)")
_HELP = r"(?:helpt|helpen|hielp|hielpen) (?:[^\s\ue000-\uefff;:,]+ ){0,2}?met"
#: What is supplied: arms, parts, aid ("Challengertanks", "Patriot-systemen", "munitie").
_GOODS = (r"(?:[\w'-]*tanks|munitie|[\w-]*wapens|[\w-]*geweren|[\w-]*systemen|[\w-]*systeem|"
          r"gevechtsvliegtuigen|f-16's|raketten|artillerie|[\w-]*houwitsers|pantservoertuigen|"
          r"[\w-]*drones|luchtverdediging|luchtafweer|(?:reserve-)?onderdelen|noodhulp|"
          r"[\w-]*pakket)\b")
_WORDS = r"(?:[^\s\ue000-\uefff;:,]+ ){0,5}?"
#: The giver first ("Polen levert extra munitie") or after the verb ("Zo sturen de Britten
#: tanks", "Ook helpt Nederland met munitie"); the goods within the clause.
_SUPPLY_RE = re.compile(
    rf"^(?:[^\s\ue000-\uefff;:,]+ ){{0,3}}?(?P<g>{_S}) (?:[^\s\ue000-\uefff;:,]+ ){{0,3}}?"
    rf"(?:{_GIVE}|{_HELP}) {_WORDS}{_GOODS}"
    rf"|^(?:[^\s\ue000-\uefff;:,]+ ){{1,3}}?(?:{_GIVE}|helpt|helpen|hielp|hielpen) "
    rf"(?:de |het )?(?P<h>{_S}) (?:met )?{_WORDS}{_GOODS}"
)
_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_GIVE_LAST = (r"(?:te )?(?:leveren|sturen|schenken|doneren|geleverd|gestuurd|geschonken|"
              r"gedoneerd)\b")
_MODAL = r"(?:zal|zullen|gaat|gaan|wil|willen|heeft|hebben|had|hadden|moet|moeten|kan|kunnen)"
#: Verb last: "Spanje gaat munitie leveren", "dat Italië … aan wapens gaat leveren", "Zo zal
#: Canada drones leveren" (the giver after the modal, verb second).
_LAST_RE = re.compile(
    rf"(?:^{_W}{{0,3}}?|\bdat (?:ook )?)(?:de |het )?(?P<g>{_S}) {_W}{{0,6}}?{_GOODS} "
    rf"{_W}{{0,3}}?{_GIVE_LAST}"
    rf"|^{_W}{{0,2}}?{_MODAL} (?:de |het )?(?P<h>{_S}) {_W}{{0,5}}?{_GOODS} "
    rf"{_W}{{0,2}}?{_GIVE_LAST}"
)
#: A second giver whose verb is gapped ("…, Portugal een luchtverdedigingssysteem") or who
#: comes after "en" with its own auxiliary ("en heeft Spanje een pakket klaar").
_GAPPED_RE = re.compile(
    rf" ?{_W}{{0,8}}?(?:, (?:en )?(?:de |het )?(?P<g>{_S}) (?:een |de |het )?{_W}{{0,3}}?"
    rf"{_GOODS}|\ben (?:heeft|zal|gaat|levert|stuurt) (?:de |het )?(?P<h>{_S}) "
    rf"(?:een |de |het )?{_W}{{0,4}}?{_GOODS})"
)
#: Another actor that gives or sells something of its own in the sentence.
_OTHER_GIVER_RE = re.compile(
    rf"(?P<g>{_S}) (?:{_GIVE}|verkoopt|verkopen|verkocht|verkochten|{_MODAL})\b"
)
#: An aid phrase that names only its receiver: "houwitsers naar Oekraïne te sturen",
#: "nieuwe beloftes aan Kyiv", "om Oekraïne te steunen".
_RECEIVER_RE = re.compile(
    rf"\b(?:{_GOODS}|steun|hulp|noodhulp|beloftes?|toezeggingen) {_W}{{0,2}}?(?:aan|voor|naar) "
    rf"(?:de |het )?(?P<x>{_S})(?! {_W}{{0,2}}?(?:door|van) )"
    rf"|\bom (?:de |het )?(?P<y>{_S}) (?:te )?(?:steunen|helpen|ondersteunen|bij te staan)\b"
)
#: Not a fact; an appeal ("Wij roepen X op (om) … te leveren") states no supply either.
_NOT_FACT = NOT_FACT | {Modality.APPEAL_ACT, Modality.APPEAL_STOP}
#: Who can give a supply: a state or an organisation (the same in recipients_en.py).
GIVERS = frozenset({"state", "organisation"})


def support_receivers(relations: Iterable[Relation], kind: Callable[[str], str]) -> set[str]:
    """The states the document's SUPPORTS relations go to (its receivers of support).

    >>> r = Relation(source="NLD", type=RelationType.SUPPORTS, target="UKR")
    >>> support_receivers([r], lambda a: "state")
    {'UKR'}
    """
    return {r.target for r in relations
            if r.type is RelationType.SUPPORTS and kind(r.target) == "state"}  # fmt: skip


def hostile_to(relations: Iterable[Relation], x: str) -> set[str]:
    """Who threatens ``x``, and who supports one who does: none of them gives ``x`` aid.

    >>> t = Relation(source="RUS", type=RelationType.THREATENS, target="UKR")
    >>> s = Relation(source="BLR", type=RelationType.SUPPORTS, target="RUS")
    >>> sorted(hostile_to([t, s], "UKR"))
    ['BLR', 'RUS']
    """
    rels = list(relations)
    hostile = {r.source for r in rels if r.type is RelationType.THREATENS and r.target == x}
    return hostile | {r.source for r in rels
                      if r.type is RelationType.SUPPORTS and r.target in hostile}  # fmt: skip



class UnnamedRecipients:
    """The supplies of a document named without a receiver."""

    def __init__(self) -> None:
        self.pending: list[tuple[Sentence, str]] = []
        #: per pending supply, the other actors of its sentence (receiver or fellow givers)
        self.others: dict[int, frozenset[str]] = {}
        #: receivers named by aid phrases without a giver
        self.named: set[str] = set()

    def read(self, sent: Sentence) -> None:
        """Note the supply of a sentence that names only its giver."""
        self._note_receivers(sent)
        ab = sent.abstract
        m = _SUPPLY_RE.match(ab) or _LAST_RE.search(ab)
        if m is None or classify(ab, m.start(), m.end(), True).kind in _NOT_FACT:
            return
        chars = [m.group("g") or m.group("h")]
        pos = m.end()
        while (g := _GAPPED_RE.match(ab, pos)) is not None and g.end() > pos:
            if classify(ab, g.start(), g.end(), True).kind in _NOT_FACT:
                break
            chars.append(g.group("g") or g.group("h"))
            pos = g.end()
        givers = {a for ch in chars for a in sent.slot_of(ch).actors}
        sellers = {a for o in _OTHER_GIVER_RE.finditer(ab) for a in sent.slot_of(o["g"]).actors}
        others = frozenset(a for sl in sent.slots for a in sl.actors) - givers - sellers
        for a in sorted(givers):
            self.others[len(self.pending)] = others
            self.pending.append((sent, a))

    def _note_receivers(self, sent: Sentence) -> None:
        for m in _RECEIVER_RE.finditer(sent.abstract):
            if classify(sent.abstract, m.start(), m.end(), True).kind not in _NOT_FACT:
                self.named.update(sent.slot_of(m.group("x") or m.group("y")).actors)

    def resolved(
        self, relations: Iterable[Relation], kind: Callable[[str], str]
    ) -> list[tuple[Sentence, str, str]]:
        """(sentence, giver, receiver) when the document's support has one receiver."""
        rels = list(relations)
        receivers = support_receivers(rels, kind)
        if not receivers:  # no supply read: the receivers that aid phrases name
            receivers = {x for x in self.named if kind(x) == "state"}
        if len(receivers) != 1 or not self.pending:
            return []
        (x,) = receivers
        hostile = hostile_to(rels, x)
        return [(s, a, x) for i, (s, a) in enumerate(self.pending)
                if a != x and a not in hostile and kind(a) in GIVERS
                and all(o == x or kind(o) == "person"  # "…", schrijft de minister
                        for o in self.others.get(i, frozenset()))]  # fmt: skip
