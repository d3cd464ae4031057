"""What the extractor remembers while reading one document (the discourse state): who
"we" is, the last list of actors ("these countries"), the organisation "member states"
stands for, and the kinds of persons found in the text.
"""

from __future__ import annotations

import re

from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.lexicon import (
    ANAPHORA,
    EU_COUNCIL,
    ISSUER,
    LEADERS,
    ORG_CONTEXT,
    THEY,
    TOPIC,
    Lexicon,
    RawMention,
)

#: "the Alliance", "Alliance" with no name of its own (not "the North Atlantic Alliance").
_BARE_ALLIANCE = re.compile(r"(?:[Tt]he )?Alliance\b")


class DocState:
    """What the extractor remembers while reading one document."""

    def __init__(self, lex: Lexicon, issuers: list[str], date: str | None) -> None:
        self.lex = lex
        self.issuers = issuers
        self.date = date
        self.last_list: list[str] = []
        #: the first list the document names (its main pair), for "both countries" in a
        #: paragraph that names no list of its own
        self.first_list: list[str] = []
        self.context_org: str | None = None
        self.nato_named = False
        self.kinds: dict[str, str] = {}
        #: offices the text gives persons the catalogue has none for ("Minister X of Y")
        self.offices: dict[str, set[str]] = {}
        #: what the previous sentence of the paragraph was about (its first subject)
        self.topic: list[str] = []
        #: the states of the office holders last named together ("the two leaders")
        self.leaders: list[str] = []
        #: the parties of the meeting or call the title names (discourse.title_parties):
        #: "the two leaders" / "They" when the body never named them together
        self.parties: list[str] = []
        #: the actors the previous sentence of the paragraph named together ("They …")
        self.recent: list[str] = []
        #: (noun lemma, agents) of the acts of aggression named so far in the paragraph
        self.harm: list[tuple[str, list[str]]] = []
        #: the agents of the latest act of aggression named anywhere before in the document:
        #: whose act an accomplice takes part in when its paragraph names none ("Het regime
        #: van X is medeplichtig aan deze aanval", after a paragraph on Russia's war)
        self.last_aggressor: list[str] = []
        #: the document's language ("nl", "en"), for cues bound to one language
        self.lang: str | None = None
        #: map raw cue confidences through the calibration table (data/calibration.csv)
        self.calibrate = True
        #: Organisations whose members the catalogue lists (with their dates).
        self.listed_orgs = lex.listed_orgs or frozenset(o for _, o in lex.memberships)

    def kind(self, actor: str) -> str:
        return self.kinds.get(actor) or self.lex.kind(actor)

    def from_title(self, m: RawMention) -> bool:
        """Whether :meth:`resolve` gives ``m`` the title's meeting parties (nothing in
        the body said who "the two leaders" / "They" are)."""
        if m.actor not in (LEADERS, THEY) or not self.parties or len(self.leaders) >= 2:
            return False
        return m.actor == LEADERS or len(self.recent) < 2

    def resolve(self, m: RawMention, lang: str) -> list[str]:
        a = m.actor
        if a == ISSUER:
            return list(self.issuers)
        if a == ANAPHORA:  # else the document's first pair ("X en Y staan …" … "Beide landen")
            return list(self.last_list or self.first_list)
        if a == TOPIC:  # "het land": only a single state carries over
            one = self.topic[0] if len(self.topic) == 1 else None
            return [one] if one and self.kind(one) == "state" else []
        if a == THEY:  # the list just named, else the parties of the meeting
            if len(self.recent) >= 2:
                return list(self.recent)
            return list(self.leaders) if len(self.leaders) >= 2 else list(self.parties)
        if a == LEADERS:
            return list(self.leaders) if len(self.leaders) >= 2 else list(self.parties)
        if a == EU_COUNCIL:  # "De Raad nam het sanctiepakket aan" in an EU Council report
            return ["EU"] if self.context_org == "EU" else []
        if a == ORG_CONTEXT:
            return [self.context_org] if self.context_org else []
        if a == "NATO" and (m.form == "collective" or _BARE_ALLIANCE.match(m.text)):
            # "Allies", "bondgenoten"; "the Alliance" also as the catalogue's variant: in a
            # text that never names NATO it is another alliance ("the U.S.-ROK Alliance")
            named_here = "NATO" in m.text or "NAVO" in m.text  # "NATO Allies"
            return ["NATO"] if self.nato_named or named_here else []
        if a in self.lex.state_sets:  # "the Baltic states"
            return list(self.lex.state_sets[a])
        if a.startswith("role:"):
            holder = self.lex.holder(a[5:], self.date) if self.lex.holder else None
            return [holder] if holder else []
        return [a]


def names_nato(raw: list[RawMention]) -> bool:
    """Whether a document names NATO by a name of its own: "the Alliance" alone does not
    (a readout of the U.S.-ROK Alliance says "the Alliance" too).

    >>> names_nato([RawMention(0, 12, "NATO", "variant", "the Alliance")])
    False
    >>> names_nato([RawMention(0, 4, "NATO", "acronym", "NATO")])
    True
    """
    return any(
        m.actor == "NATO" and m.form not in ("collective", "pronoun", "issuer")
        and not _BARE_ALLIANCE.match(m.text)
        for m in raw
    )


def acting_for(actor: str, st: DocState) -> str | None:
    """The state or organisation a person acts for on the document's date (one office)."""
    if st.kind(actor) != "person":
        return actor
    offices = st.lex.offices(actor, st.date) if st.lex.offices else []
    offices = sorted(set(offices) or st.offices.get(actor, ()))  # else the text's
    return offices[0] if len(offices) == 1 else None


def within_group(rtype: RelationType, sources, targets, st: DocState) -> bool:
    """Whether a group's act is aimed at its own members ("They (A and B) acknowledged
    their support for B's plan"): no relation of the group's others to them."""
    if rtype in (RelationType.REPRESENTS, RelationType.PARTNERS_WITH) or len(sources) < 2:
        return False
    own = {acting_for(s, st) for s in sources}
    return {acting_for(t, st) for t in targets} <= own


def ours(sent) -> set[str]:
    """The actors the sentence names in the first person ("wij", "onze", "we"): never the
    owner of a third person's "its war" / "zijn oorlog".

    >>> from types import SimpleNamespace as N
    >>> we, russia = N(forms={"pronoun"}, actors=["NLD"]), N(forms={"name"}, actors=["RUS"])
    >>> sorted(ours(N(slots=[we, russia])))
    ['NLD']
    """
    return {a for s in sent.slots if "pronoun" in s.forms for a in s.actors}
