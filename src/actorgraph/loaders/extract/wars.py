"""Acts of aggression whose victim the sentence leaves out (Dutch): "de Russische agressie
blijft voortduren", "de agressie van de Russische Federatie een halt toeroepen", "de
verwoestingen die de Russische agressie heeft aangericht". In a document whose war has one
place — every "de oorlog in X", "de agressie tegen X", "de invasie van X", "de aanvallen op
X", "X wordt aangevallen", "de wederopbouw van X" of the document names the same state X —
the aggression is against X (the same war, named twice). A document that names no place
but gives all its support to one state X ("Nederland levert extra militaire goederen aan
Oekraïne … de Russische inval") has X for victim, unless the aggressor is X's giver. Two or
more places, or none and no such receiver, give nothing; so does a negated or hedged
mention ("mogelijke Russische agressie"), an agent that
is itself the place, and a place that is a territory named as a place ("de oorlog in Gaza").

The agent is the owner the phrase names: a state's adjective right before the noun ("de
Russische agressie", "het Russische offensief") or "van" after it ("de oorlog van
Rusland"). Read on the abstract string of each sentence, after the cues.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> t1, t2 = "De oorlog in Oekraïne duurt voort.", "De Russische agressie moet stoppen."
>>> s1 = analyse_sentence(t1, 0, 0, len(t1), [Mention(13, 21, ["UKR"], {"name"}, "Oekraïne")])
>>> s2 = analyse_sentence(t2, 1, 0, len(t2), [Mention(3, 12, ["RUS"], {"adjective"}, "Russische")])
>>> w = UnnamedVictims()
>>> w.read(s1); w.read(s2)
>>> [(s.index, a, v) for s, a, v in w.resolved(lambda a: "state")]
[(1, 'RUS', 'UKR')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from actorgraph.graph.model import Relation
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.modality import NOT_FACT, classify
from actorgraph.loaders.extract.recipients import support_receivers

_S = SLOT_CLASS
#: Compounds of an attack count ("de Russische raketaanvallen", "drone-aanvallen"), not a
#: counter-attack (the defender's).
_NOUN = (r"(?:agressie|oorlog|oorlogsvoering|invasie|inval|offensief|"
         r"(?!tegen)[\w-]*aanval(?:len)?)")
#: The place (victim) of a war: "de oorlog in X", "agressie tegen X", "de invasie van X".
_PLACE_RE = re.compile(
    rf"\b(?:{_NOUN}|oorlogsgeweld|beschietingen|bombardementen) (?:in|tegen|op|jegens) "
    rf"(?:de |het )?(?P<v>{_S})"
    rf"|\b(?:invasie|inval|bezetting|annexatie) van (?:de |het )?(?P<w>{_S})"
    # what a war leaves to rebuild: "de wederopbouw van Oekraïne"
    rf"|\b(?:wederopbouw|heropbouw) van (?:de |het )?(?P<r>{_S})"
    # the victim of a passive of aggression: "als Oekraïne wordt aangevallen"
    rf"|(?P<p>{_S}) (?:wordt|werd|worden|werden|is|zijn|was|waren) (?:[^\s\ue000-\uefff;:,]+ )"
    r"{0,3}?(?:aangevallen|binnengevallen|beschoten|gebombardeerd|bestookt|bezet)\b"
)
#: An owner and no victim: "de Russische agressie", "de oorlog van Rusland" (not followed
#: by a place or victim of its own, which the cues read).
#: A date after the noun is no place: "de Russische invasie in februari 2022".
_MONTH = (r"(?:\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
          r"november|december|het voorjaar|de zomer|het najaar|de winter)")
#: A date after "op" is no victim either ("de Russische invasie op 24 februari"), nor an
#: indefinite one after "tegen" ("oorlog tegen een onschuldig land": the war of the document).
_AFTER = (rf"(?! (?:in(?! {_MONTH})|tegen(?! een )|op(?! \d)|jegens|van|tegenover|against|on)"
          r"\b)")
_OWNED_RE = re.compile(
    # the aggressor named as the subject of a war on a victim left indefinite: "Rusland
    # voert een oorlog tegen een onschuldig land" (a named victim is read by the cues)
    rf"(?P<n>{_S}) (?:voert|voerde|voeren|voerden|begon|begint|ontketende) "
    rf"(?:een |de |het |zijn |haar )?(?:[^\s\ue000-\uefff;:,]+ ){{0,2}}?"
    rf"(?:oorlog|invasie|aanvalsoorlog) tegen een (?:[^\s\ue000-\uefff;:,]+ ){{0,2}}?"
    rf"(?:land|buurland|staat|buurstaat|natie|volk)\b"
    rf"|(?P<a>{_S}) (?:[^\s\ue000-\uefff;:,]+ ){{0,2}}?{_NOUN}\b{_AFTER}"
    rf"|\b(?:agressie|oorlog|oorlogsvoering|offensief) van (?:de |het )?(?P<g>{_S}){_AFTER}"
)
#: The agent after "door" ("de invasie en oorlogsmisdaden door Rusland veroordelen"), read
#: apart: a subject before the noun must not hide it. Only a definite war ("een invasie
#: door X is niet te verwachten" is none).
_BY_RE = re.compile(
    r"(?<=\bde )(?:agressie|oorlog|invasie|inval|aanval(?:len)?)"
    rf"(?: en [^\s\ue000-\uefff;:,]+)? door (?:de |het )?(?P<d>{_S}){_AFTER}"
)
_ADJECTIVE = frozenset({"adjective", "demonym"})


class UnnamedVictims:
    """The places of a document's war and its aggressions named without a victim."""

    def __init__(self, issuers: Iterable[str] = ()) -> None:
        #: the document's issuers are never its topic's victim (a letter names its own state)
        self.issuers = frozenset(issuers)
        self.places: list[str] = []
        self.pending: list[tuple[Sentence, str]] = []
        #: in how many sentences each actor is named (the document's topic, below)
        self.named: Counter[str] = Counter()

    def read(self, sent: Sentence) -> None:
        """Note the war places and the victimless aggressions of one sentence."""
        abstract = sent.abstract
        self.named.update({a for slot in sent.slots for a in slot.actors})
        for m in _PLACE_RE.finditer(abstract):
            slot = sent.slot_of(m.group("v") or m.group("w") or m.group("p") or m.group("r"))
            if "place" not in slot.forms:
                self.places.extend(slot.actors)
        for m in [*_OWNED_RE.finditer(abstract), *_BY_RE.finditer(abstract)]:
            g = m.groupdict()
            ch = g.get("a") or g.get("g") or g.get("n") or g.get("d")
            slot = sent.slot_of(ch)
            if g.get("a") and not slot.forms & _ADJECTIVE:
                continue  # "Oekraïne en de oorlog": a name before the noun is no owner
            if classify(abstract, m.start(), m.end(), True).kind in NOT_FACT:
                continue
            self.pending.extend((sent, a) for a in slot.actors)

    def resolved(
        self, kind: Callable[[str], str], relations: Mapping[object, tuple] | None = None
    ) -> list[tuple[Sentence, str, str]]:
        """(sentence, aggressor, victim) when the document's war has one place; with no
        place named, when all the support the document states goes to one state (which
        an aggressor never gives it). ``relations``: the document's (confidence, relation)
        entries read so far."""
        places = {p for p in self.places if kind(p) == "state"}
        supports: list[Relation] = [r for _, r in (relations or {}).values()
                                    if r.type is RelationType.SUPPORTS]  # fmt: skip
        if not places and self.pending:
            places = support_receivers(supports, kind)
        if not places and self.pending:  # the topic, unless it acts on others (a speaker)
            acting = {r.source for _, r in (relations or {}).values()
                      if r.type in (RelationType.SUPPORTS, RelationType.OPPOSES)}
            places = self._topic(kind) - acting
        if len(places) != 1:
            return []
        (victim,) = places
        givers = {r.source for r in supports if r.target == victim}
        return [(s, a, victim) for s, a in self.pending
                if a != victim and a not in givers and kind(a) == "state"]  # fmt: skip

    def _topic(self, kind: Callable[[str], str]) -> set[str]:
        """With no place and no receiver: the state the document is about — named in at
        least three sentences and in twice as many as any other state (the aggressors
        aside) — as in "Minister X is in Oekraïne … sinds de Russische invasie …"; not a
        state that supports or opposes anyone in the document (checked by the caller)."""
        aggressors = {a for _, a in self.pending} | self.issuers
        counts = sorted(((n, a) for a, n in self.named.items()
                         if a not in aggressors and kind(a) == "state"), reverse=True)
        if not counts or counts[0][0] < 3:
            return set()
        if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return set()
        return {counts[0][1]}
