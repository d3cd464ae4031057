"""English supplies whose receiver the sentence leaves out (issue 9, news and other
governments' texts): "Norway is committing to provide further aircraft", "Denmark will
donate 19 howitzers", "the pledge from Estonia, Latvia and Lithuania came after …". In a
document whose support has one receiver — every SUPPORTS relation the extractor read in it
goes to the same state X — the supply is for X (the same aid, named once more). Two
receivers or none give nothing; so do a negated or hedged clause ("would donate", "may
send"), a sentence that names another state but not X (its receiver may be that one), a
giver that is X itself, and a giver that threatens X or supports X's attacker in the same
document.

The Dutch counterpart is :mod:`.recipients`; victims of aggression named without a victim
are in :mod:`.wars_en`.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> t = "Norway will donate ten howitzers."
>>> s = analyse_sentence(t, 0, 0, len(t), [Mention(0, 6, ["NOR"], {"name"}, "Norway")])
>>> r = UnnamedRecipientsEn()
>>> r.read(s)
>>> [(x.index, a) for x, a, _ in r.pending]
[(0, 'NOR')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from actorgraph.graph.model import Relation
from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.modality import NOT_FACT, classify
from actorgraph.loaders.extract.recipients import GIVERS, hostile_to, support_receivers

_S = SLOT_CLASS
_W = r"[^\s\ue000-\uefff;:,]+ "
_GIVE = (r"(?:provid|send|sent|deliver|donat|suppl|transferr?|ship|pledg|commit)\w*")
#: What is supplied: arms, parts, aid ("howitzers", "air defence systems", "military aid").
_GOODS = (r"(?:[\w-]*aircraft|jets|f-16s?|[\w-]*tanks|missiles|munitions|ammunition|artillery|"
          r"weapons|arms|[\w-]*vehicles|carriers|howitzers|air defen[cs]e|systems|drones|"
          r"rockets|shells|equipment|(?:military|humanitarian|financial|security) "
          r"(?:aid|assistance|support))\b")
#: The giver first ("Denmark will donate ten howitzers", "Belgium and Norway for
#: committing to provide further aircraft"), or a pledge noun "from" it ("the pledge from
#: A, B and C").
_SUPPLY_RE = re.compile(
    rf"(?P<g>{_S}) (?:{_W}){{0,4}}?{_GIVE} (?:to (?:{_GIVE} )?)?(?:{_W}){{0,5}}?{_GOODS}"
    rf"|\b(?:pledges?|donations?|deliveries|contributions?|packages?) (?:from|by) "
    rf"(?:the )?(?P<p>{_S})"
)
#: One of these stems in the sentence, or the pattern is not tried (a cheap pre-filter).
_ANCHOR_RE = re.compile(r"provid|send|sent|deliver|donat|suppl|transfer|ship|pledg|commit|"
                        r"contribut|package")
_NO_RECEIVER = frozenset({"pronoun", "issuer"})


class UnnamedRecipientsEn:
    """The supplies of an English document named without a receiver."""

    def __init__(self) -> None:
        #: (sentence, giver, the other actors the sentence names)
        self.pending: list[tuple[Sentence, str, frozenset[str]]] = []

    def read(self, sent: Sentence) -> None:
        """Note the supply of a sentence that names no receiver of its own."""
        if not _ANCHOR_RE.search(sent.abstract):
            return
        m = _SUPPLY_RE.search(sent.abstract)
        if m is None or classify(sent.abstract, m.start(), m.end(), True).kind in NOT_FACT:
            return
        if re.search(rf"\b(?:to|for) (?:the )?{_S}", sent.abstract[m.end() : m.end() + 40]):
            return  # "… ten howitzers to X": the receiver is written (the cues read it)
        givers = sent.slot_of(m.group("g") or m.group("p")).actors
        others = frozenset(a for x in sent.slots if not x.forms & _NO_RECEIVER
                           for a in x.actors if a not in givers)  # fmt: skip
        self.pending.extend((sent, a, others) for a in givers)

    def resolved(
        self, relations: Iterable[Relation], kind: Callable[[str], str]
    ) -> list[tuple[Sentence, str, str]]:
        """(sentence, giver, receiver) when the document's support has one receiver."""
        rels = list(relations)
        receivers = support_receivers(rels, kind)
        if len(receivers) != 1 or not self.pending:
            return []
        (x,) = receivers
        hostile = hostile_to(rels, x)
        out = []
        for s, a, others in self.pending:
            named = {o for o in others if kind(o) == "state"}
            if named and x not in named:
                continue  # the sentence names other states, not the receiver
            if a != x and a not in hostile and kind(a) in GIVERS:
                out.append((s, a, x))
        return out
