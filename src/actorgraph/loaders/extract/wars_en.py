"""English aggressions whose victim the sentence leaves out or sets apart (issue 9, news
and other governments' texts): "the leaders condemned Russia's brutal and illegal war",
"the ongoing Russian drone strikes on civilian areas", "a months-long invasion by Russia",
"hold Russia to account for its aggression", "pressure on Russia to end its war", "Putin
launched his illegal war against a peaceful neighbour". In a
document whose war has one place — every "the war in X", "aggression against X", "the
invasion of X", "attacks on X", "X was attacked", "the reconstruction of X", "help X defend
itself" of the document names the same state X — the aggression is against X (the same war,
named again). A document that names no place but gives all its support to one state X has X
for victim, unless the aggressor is X's giver. Two or more places, or none and no such
receiver, give nothing; so does a negated or hedged mention ("a possible Russian
offensive"), an agent that is itself the place, a territory named as a place ("the war in
Gaza"), an owner that is no state (after its office: "Putin's war" is Russia's) and an
owner named by a plain name before the noun ("Ukraine and the war": no owner).

An owner whose victim follows after a comma-separated run of adjectives ("Russia's
ongoing, brutal invasion of Ukraine") or where its targets stand ("Israeli airstrikes on
positions near Damascus") is read directly: the victim is written.

The Dutch counterpart is :mod:`.wars`; the matching supplies named without a receiver
are in :mod:`.recipients_en`.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> t1, t2 = "The war in Ukraine goes on.", "They condemned Russia's brutal war."
>>> s1 = analyse_sentence(t1, 0, 0, len(t1), [Mention(11, 18, ["UKR"], {"name"}, "Ukraine")])
>>> s2 = analyse_sentence(t2, 1, 0, len(t2), [Mention(15, 21, ["RUS"], {"name"}, "Russia")])
>>> w = UnnamedVictimsEn()
>>> w.read(s1); w.read(s2)
>>> [(s.index, a, v) for s, a, v in w.resolved(lambda a: "state")]
[(1, 'RUS', 'UKR')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from actorgraph.graph.model import Relation
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence
from actorgraph.loaders.extract.modality import NOT_FACT, classify
from actorgraph.loaders.extract.recipients import support_receivers

_S = SLOT_CLASS
#: Nouns of aggression ("war", "invasion", "drone strikes", "onslaught"; not "advances":
#: a verb as often).
_NOUN = (r"(?:war|wars|aggression|invasion|assault|assaults|onslaught|offensive|attacks?|"
         r"(?:air|drone|missile|rocket)?strikes?|bombardment|bombing|shelling|blockade)")
#: One word of the run between owner and noun: an adjective or a comma, never a word that
#: opens another phrase ("Russia and the war", "Russia's support for the war").
_MOD = (r"(?:(?!and (?:the|a|an|its|his)\b|or\b|the\b|a\b|an\b|of\b|to\b|for\b|in\b|by\b|"
        r"with\b|on\b|against\b|"
        r"support\b|defen[cs]e\b|self-defen[cs]e\b|response\b|resistance\b|victims?\b|"
        r"counter\w*)[^\s\ue000-\uefff;:]+ )")
#: The place (victim) of a war: "the war in X", "aggression against X", "the invasion of X",
#: "X was attacked", "the reconstruction of X", "help X defend itself".
_PLACE_RE = re.compile(
    rf"\b{_NOUN} (?:in|against|on|upon|into) (?:the )?(?:people of )?(?P<v>{_S})"
    # "an air attack against military facilities in X"
    rf"|\b{_NOUN} (?:against|on|upon) (?:[^\s\ue000-\uefff;:,]+ ){{1,3}}?in (?P<f>{_S})"
    rf"|\b(?:invasion|occupation|annexation|bombardment|shelling|blockade) of (?:the )?"
    rf"(?P<w>{_S})"
    rf"|\b(?:reconstruction|rebuilding|recovery) of (?:the )?(?P<r>{_S})"
    rf"|(?P<p>{_S}) (?:is|are|was|were|has been|have been|had been) (?:[^\s\ue000-\uefff;:,]+ )"
    r"{0,2}?(?:attacked|invaded|bombed|shelled|occupied|struck)\b"
    rf"|(?P<d>{_S}) (?:to )?(?:defend|defends|defending) itself\b"
)
_MONTH = (r"(?:\d|january|february|march|april|may|june|july|august|september|october|"
          r"november|december|late|early|mid)")
#: Not followed by a victim or place of its own, which the cues read (a date is no place).
_AFTER = (rf"(?! (?:in(?! {_MONTH})|against|on|upon|of|into|at|toward|towards) "
          rf"(?:[^\s\ue000-\uefff;:,]+ ){{0,3}}?{_S})")
#: A possible, deterred or feared aggression is none: "a possible Russian offensive",
#: "to deter Russian aggression", "the risk of a Chinese invasion" (just before the owner),
#: "… would be a disaster", "… did not happen" (just after the noun).
_UNREAL_BEFORE_RE = re.compile(
    r"\b(?:possible|potential|any|future|hypothetical|feared|imminent|deter\w*|prevent\w*|"
    r"avert\w*|risk of|threat of|prospect of|in case of|in the event of|against further)\W+"
    r"(?:\w+\W+){0,2}$"
)
_UNREAL_AFTER_RE = re.compile(
    r"^(?:\W+\w+){0,3}?\W+(?:would|could|might|may|never|(?:did|does|do|has|have|had|was|"
    r"were|is|will) (?:not|never)|(?:did|does|has|was|were|is)n't)\b"
)
#: An owner and no victim: "Russia's brutal war", "the Russian assault", "invasion by Russia",
#: "hold Russia to account for its aggression", "pressure on Russia to end its war", "X
#: launched / continues its war".
_OWNED_RE = re.compile(
    # the subject launches or carries on its own war: "Putin launched his illegal war"
    rf"(?P<s>{_S}) (?:has |have |had )?(?:launch|start|unleash|continu|wag|pursu|escalat|"
    rf"intensif)\w* (?:his|its|their|a|an) (?!counter){_MOD}{{0,3}}?{_NOUN}\b{_AFTER}"
    rf"|(?P<a>{_S})(?P<pos>'s?)? {_MOD}{{0,3}}?{_NOUN}\b{_AFTER}"
    rf"|\b(?:war|aggression|invasion|assault|onslaught|offensive|attacks?|strikes?) "
    rf"(?:launched |waged |carried out |committed )?by (?:the )?(?P<g>{_S})"
    rf"|\bhold(?:s|ing)? (?P<h>{_S}) (?:accountable|to account|responsible) for "
    rf"(?:its|his|their) {_MOD}{{0,2}}?(?:{_NOUN}|actions|crimes)\b"
    rf"|\bon (?P<e>{_S}) to (?:end|stop|halt|cease) (?:its|his|their) {_MOD}{{0,2}}?{_NOUN}\b"
)
#: An owner, a comma-separated run and the victim: "Russia's ongoing, brutal invasion of
#: Ukraine" (the cues read the run without a comma).
_WRITTEN_RE = re.compile(
    rf"(?P<a>{_S})(?P<pos>'s?)? {_MOD}{{0,2}}?, {_MOD}{{1,3}}?"
    rf"(?:war|aggression|invasion|assault|onslaught|offensive|attacks?) "
    rf"(?:against|of|on) (?:the )?(?P<v>{_S})"
    # the targets and where they are: "Israeli airstrikes on positions near Damascus",
    # "Russian attacks on power stations across Ukraine"
    rf"|(?P<o>{_S})(?P<opos>'s?)? {_MOD}{{0,3}}?(?:(?:air|drone|missile|rocket)?strikes?|"
    rf"attacks?|raids?|shelling|bombardment|bombing) (?:on|against) "
    rf"(?:[^\s\ue000-\uefff;:,]+ ){{1,4}}?(?:in|near|around|outside|across|inside) "
    rf"(?:the )?(?:(?:north|south|east|west|central)[\w-]* )?(?P<at>{_S})(?!'|-)"
)
#: Every pattern above needs one of these stems: a sentence without them is skipped cheaply.
_ANCHOR_RE = re.compile(
    r"war|aggress|inva|assault|onslaught|offensive|attack|strike|bomb|shell|blockade|occup|"
    r"annex|reconstr|rebuild|recover|defend|raid"
)
_ADJECTIVE = frozenset({"adjective", "demonym"})
_NO_PLACE = frozenset({"place", "pronoun"})


def _owner_ok(sent: Sentence, ch: str, possessive: bool) -> bool:
    """An owner before the noun is a state's adjective or a possessive ("Russia's")."""
    return possessive or bool(sent.slot_of(ch).forms & _ADJECTIVE)


class UnnamedVictimsEn:
    """The places of an English document's war and its aggressions named without a victim.

    ``acting``: the state a person acts for ("Putin's war"), else the actor itself.
    """

    def __init__(self, acting: Callable[[str], str | None] = lambda a: a) -> None:
        self.places: list[str] = []
        #: (sentence, aggressor, the other actors the sentence names)
        self.pending: list[tuple[Sentence, str, frozenset[str]]] = []
        #: (sentence, aggressor, victim) read with the victim written
        self.written: list[tuple[Sentence, str, str]] = []
        self._acting = acting

    def _fact(self, abstract: str, start: int, end: int) -> bool:
        if _UNREAL_BEFORE_RE.search(abstract[max(0, start - 40) : start]):
            return False
        if _UNREAL_AFTER_RE.match(abstract[end : end + 40]):
            return False
        return classify(abstract, start, end, True).kind not in NOT_FACT

    def read(self, sent: Sentence) -> None:
        """Note the war places and the victimless aggressions of one sentence."""
        abstract = sent.abstract
        if not _ANCHOR_RE.search(abstract):
            return
        for m in _PLACE_RE.finditer(abstract):
            ch = next(g for g in m.group("v", "f", "w", "p", "r", "d") if g)
            slot = sent.slot_of(ch)
            # "attacks on our forces" (the speaker's), "not attacked": no place of the war
            if slot.forms & _NO_PLACE or not self._fact(abstract, m.start(), m.end()):
                continue
            self.places.extend(slot.actors)
        for m in _OWNED_RE.finditer(abstract):
            ch = next(g for g in m.group("a", "g", "h", "e", "s") if g)
            if m.group("a") and not _owner_ok(sent, ch, bool(m.group("pos"))):
                continue  # "Ukraine and the war": a name before the noun is no owner
            # "on X to end its war": an appeal to stop reports the act (see .modality)
            if not m.group("e") and not self._fact(abstract, m.start(), m.end()):
                continue
            owners = sent.slot_of(ch).actors
            # the other states the sentence names: when there are some, the victim is one
            # of them ("support for Ukraine as it defends itself against Russia's invasion")
            others = frozenset(a for x in sent.slots if not x.forms & _NO_PLACE
                               for a in x.actors if a not in owners)  # fmt: skip
            self.pending.extend((sent, a, others) for a in owners)
        for m in _WRITTEN_RE.finditer(abstract):
            owner, pos = (m.group("a"), m.group("pos")) if m.group("a") else m.group("o", "opos")
            if not _owner_ok(sent, owner, bool(pos)):
                continue
            if not self._fact(abstract, m.start(), m.end()):
                continue
            victim = sent.slot_of(m.group("v") or m.group("at"))
            if victim.forms & _NO_PLACE:
                continue
            self.written.extend((sent, a, v) for a in sent.slot_of(owner).actors
                                for v in victim.actors)  # fmt: skip

    def resolved(
        self, kind: Callable[[str], str], relations: Mapping[object, tuple] | None = None
    ) -> list[tuple[Sentence, str, str]]:
        """(sentence, aggressor, victim): the written ones, and the unnamed ones when the
        document's war has one place (else, with no place named, when all the support the
        document states goes to one state, which an aggressor never gives it).
        ``relations``: the document's (confidence, relation) entries read so far."""
        out: list[tuple[Sentence, str, str]] = []
        for s, a, v in self.written:
            agent = self._acting(a)
            if agent and agent != v and kind(agent) == "state" and kind(v) == "state":
                out.append((s, agent, v))
        places = {p for p in self.places if kind(p) == "state"}
        supports: list[Relation] = [r for _, r in (relations or {}).values()
                                    if r.type is RelationType.SUPPORTS]  # fmt: skip
        if not places and self.pending:
            places = support_receivers(supports, kind)
        if len(places) != 1:
            return out
        (victim,) = places
        givers = {r.source for r in supports if r.target == victim}
        for s, a, others in self.pending:
            agent = self._acting(a)
            local = {o for o in others if kind(o) == "state" and o != agent}
            if local and victim not in local:
                continue  # the sentence names other states, none of them the war's place
            if agent and agent != victim and agent not in givers and kind(agent) == "state":
                out.append((s, agent, victim))
        return out
