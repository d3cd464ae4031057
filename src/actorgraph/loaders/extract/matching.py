"""Applying the cues to one sentence: finding each cue's arguments (subject, agent,
victim, pair), the checks against negation, hedges and the catalogue, and turning the
arguments into relations with their evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from actorgraph.graph.keys import canonical_key
from actorgraph.graph.model import Evidence, Relation
from actorgraph.graph.vocabulary import Origin, RelationType
from actorgraph.loaders.extract.agents import (
    MODIFIER_FORMS,
    PREP_BEFORE_RE,
    coming_topic,
    first_subject,
    modifier_subject,
    nearest_agent,
    paid_into,
    praised_for,
)
from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence, Slot, agent_adjective
from actorgraph.loaders.extract.calibration import calibrated
from actorgraph.loaders.extract.clauses import object_then_verb
from actorgraph.loaders.extract.cue_base import _HARM, OF_OWNER, judges, owner_acts, place_misused
from actorgraph.loaders.extract.cues import STATE_VICTIM_CUES, Cue, CueKind
from actorgraph.loaders.extract.discourse import RESOLVED_PENALTY
from actorgraph.loaders.extract.docstate import DocState, acting_for, ours, within_group
from actorgraph.loaders.extract.modality import NOT_FACT, Modality, classify
from actorgraph.loaders.extract.persons import (
    STAFF_ROLE_RE,
    issuer_titled,
    past_office,
    signs_for_issuer,
    state_word_before,
)
from actorgraph.loaders.extract.prefilter import cue_set
from actorgraph.loaders.extract.victims import victim_slot

#: A demonstrative that refers to an earlier act ("these attacks", see :mod:`.events`).
_EVENT = frozenset({"adjective", "anaphora"})


def _kinds_ok(actors: list[str], kinds: frozenset[str], st: DocState) -> bool:
    return not kinds or all(st.kind(a) in kinds for a in actors)


#: Penalties whose targets, not the issuer, do what follows ("for providing support").
_PUNISHED_RE = re.compile(
    r"\b(?:sanction\w*|restrictions|export controls|penalt\w+|sancties|maatregelen|"
    r"exportbeperkingen)\b[^\ue000-\uefff]* (?:for|voor|wegens|vanwege) "
)
#: A clause whose subject is a third party nobody names ("those who supply X", "entities
#: providing support for X", "individuals connected to …"): the named actor before it
#: does not do what follows.
_THIRD_PARTY_RE = re.compile(
    r"\b(?:who|whom|whoever|those|anyone|entities|individuals|persons|companies|firms|"
    r"networks|actors|suppliers|degenen|personen|entiteiten|bedrijven)\b"
)
#: "… , with support from A, …": A backs what the clause's subject does, no more.
_BACKER_BEFORE_RE = re.compile(
    r"(?:support|backing|assistance|help|participation|steun|hulp|medewerking) "
    r"(?:from|of|van) (?:the |de |het )?$"
)
#: "we help them defend against X": the defender is the object of "help", not b.
_HELPED_DEFENDER_RE = re.compile(r"\b(?:help\w*|assist\w*|enabl\w*|allow\w*|them|hen)\b")
_DEFENDER_CUES = frozenset({"threat.defend-against"})
#: "condemn the attacks against X": X is the victim of what is condemned, not its object.
_VICTIM_BEFORE_RE = re.compile(
    _HARM + r" (?:[^\s\ue000-\uefff;:]+ ){0,5}?(?:(?:by|door|van) (?:the |de |het )?"
    + SLOT_CLASS + r"(?:'s?)? (?:of|van) |(?:against|on|upon|in|tegen|op|jegens) )"
    r"(?:the |de |het )?$"
)
#: "We condemn the regime's support for X": the support is another owner's, not ours.
_OTHER_OWNER_RE = re.compile(
    r"\w(?:'s|s')(?= )|\b(?:condemn\w*|denounce\w*|deplore\w*|criticiz\w*|criticis\w*|"
    r"veroordeel\w*|veroordeelt|hekel\w*)\b"
)
_OWNER_CUES = frozenset({"support.possessive-noun"})
_MEMBERSHIP_AFTER_RE = re.compile(
    r"-(?:lidmaatschap|membership|toetreding|accession|kandida\w+|candida\w+)"
)
_OBJECT_PREP_RE = re.compile(
    r"(?:^| )(?:on|against|to|into|at|op|tegen|aan|naar|jegens|over|uit|from)"
    r" (?:the |de |het )?$"
)
#: Topics ("sprak over …", "discussed …"): of a victim list only the first is the act's.
_AGENDA_RE = re.compile(
    r"\b(?:discuss\w*|spr(?:a|e)ken over|sprak over|gesproken over|bespr\w+|agenda|"
    r"onderwerpen|topics)\b"
)
#: "the importance of the mission to support X": the infinitive is the mission's.
_TOPIC_RE = re.compile(
    r"\b(?:importance|significance|role|value|belang|rol) (?:of|van)\b"
)
_TOPIC_CUES = frozenset({"support.to-verb-agent"})
#: "A and other member states …": the collective after "other" is part of the subject.
_CONJOINED_BEFORE_RE = re.compile(r"(?:^| )(?:and|en) (?:other|andere|overige|fellow) $")
#: "the regime's support for X": the owner of the noun is no actor the text names.
_UNNAMED_OWNER_RE = re.compile(r"[a-z](?:'s|s') (?:[^\s\ue000-\uefff;:,]+ ){0,2}$")
#: Cues whose agent must be in the sentence ("the two officials … in support of X").
_NO_TOPIC_CUES = frozenset({"support.in-support-of-agent", "threat.aggression-of-victim"})
_SANCTION_CUES = frozenset({"oppose.sanctions-agent"})
#: "This package / the supplemental / our agreement will deliver support to X": the
#: issuer's own measure gives what the sentence names, when no actor is named as its agent.
_OWN_MEASURE_RE = re.compile(
    r"\b(?:this|these|the|our|ons|onze|dit|deze|het) (?:[\w-]+ ){0,3}?(?:package|packages|"
    r"legislation|bill|supplemental|agreement|funding|pakket|steunpakket|wet|akkoord) "
    r"(?:[\w-]+ ){0,2}?(?:deliver|provide|send|include|give|levert|biedt|geeft|stelt)",
    re.I,
)
_OWN_CUES = frozenset({"support.own-deployment-in"})
#: "The Israeli side was led by …", "de Franse delegatie": whose officials follow.
_SIDE_RE = re.compile("(" + SLOT_CLASS + r") (?:side|delegation|team|zijde|delegatie)\b")
#: A quotation opened and not closed before the cue: its words are nobody's act.
_OPEN_QUOTE_RE = re.compile(r"(?:^| )['‘“«„\"][^'’”»\"]*$")
#: "struck facilities in Iraq that the IRGC uses": the place belongs to its users.
_PLACE_OF_OTHERS_RE = re.compile(
    r"(?:,? (?:and|en) " + SLOT_CLASS + r")? (?:(?:that|which|die|dat) (?:[^\s;:,]+ ){1,6}?"
    r"(?:use|uses|used|operate[sd]?|control(?:s|led)?|run|runs|hold|holds|gebruik\w*)|"
    r"(?:used|operated|controlled|held|run|gebruikt) (?:by|door))\b"
)
_IN_BEFORE_RE = re.compile(r"\b(?:in|at|op) (?:the )?$")
_BY_SUBJECT = frozenset({RelationType.SUPPORTS, RelationType.THREATENS})
#: "… Akiba Takeo of Japan": the office belongs to the state named after the person.
_OF_STATE_RE = re.compile(r" ?,? (?:of|van) (?:the |de |het )?" + SLOT_CLASS)
#: A possessor right before a noun cue: "Cabo Verde's (unwavering) support for …".
#: "X's support", "the Lukashenka regime's support" (a named leader's regime or government
#: is the leader's state)
_POSSESSOR_RE = re.compile(  # "X's support", "the commitment of X to support" (OF_OWNER)
    OF_OWNER + r"(?P<o>" + SLOT_CLASS + r")(?(of) |(?: (?:regime|government|administration|"
    r"leadership))?(?:'s?|s') (?:[^\s\ue000-\uefff;:,]+ ){0,3})$"
)
_FIRST = frozenset({"pronoun", "issuer"})
_REFERRING = frozenset({"anaphora"})
_TITLE_LINE_RE = re.compile(r"^title:[ \t]*(.+)$", re.M)
_ITS_CUES = frozenset({"threat.its-war-against"})
_DIRECT_OBJECT_CUES = frozenset({"oppose.condemn"})
_PLACE_BEFORE_RE = re.compile(r"(?:^| )(?:in|at|within|binnen|bij|with|met) (?:the |de |het )?$")
#: Further targets listed after an object ("Iran and its proxies, Hamas, Hezbollah, …").
_MORE_TARGETS_RE = re.compile(
    r"(?:'s?)? (?:, |and |en |or )?(?:(?:its|their|zijn|hun) [\w-]+ , )?(?:and |en )?"
    r"(?:the |de |het )?(" + SLOT_CLASS + r")"
)


def _more_targets(sent: Sentence, pos: int, have: list[str]) -> list[str]:
    """Targets listed right after the slot at ``pos`` (comma lists without "and")."""
    out = list(have)
    while True:
        m = _MORE_TARGETS_RE.match(sent.abstract, pos + 1)
        if not m:
            return out
        pos = m.start(1)
        out.extend(a for a in sent.slot_of(m.group(1)).actors if a not in out)


@dataclass(frozen=True)
class Found:
    """What one match of a cue states: sources → targets, how sure, and the window of
    the abstract it covers (for the modality checks)."""

    sources: list[str]
    targets: list[str]
    confidence: float
    start: int
    end: int


@dataclass(frozen=True)
class _Hit:
    """A cue match with its argument slots, handed to the handler of the cue's kind."""

    cue: Cue
    m: re.Match
    a: Slot | None
    b: Slot | None
    sent: Sentence
    st: DocState
    topic: list[str]


def _adjective_before_verb(cue: Cue, m: re.Match, b, abstract: str) -> bool:
    """Whether a Dutch verb-final cue read the noun an adjective modifies as its verb: an
    adjective ("Russische") right before the "verb" makes it a plural noun ("de Russische
    aanvallen", "de Amerikaanse leveringen"), never a clause's last word with its object.

    >>> from types import SimpleNamespace as N
    >>> c = N(name="nl.threat-final")
    >>> m = re.search("(?P<b>\ue001) aanvallen", "\ue000 veroordeelt de \ue001 aanvallen")
    >>> _adjective_before_verb(c, m, N(forms={"adjective"}), m.string)
    True
    >>> _adjective_before_verb(c, m, N(forms={"name"}), m.string)
    False
    """
    return (
        cue.name.startswith("nl.")
        and "-final" in cue.name
        and b.forms <= MODIFIER_FORMS
        and re.fullmatch(r" [^\s\ue000-\uefff;:,]+", abstract[m.end("b") : m.end()]) is not None
    )


def _arguments_ok(cue: Cue, m: re.Match, a, b, sent: Sentence, st: DocState) -> bool:
    """The checks every kind shares: slot forms and kinds, a subject that is not the
    object of a preposition, a condemned object that is not a place."""
    if place_misused(cue, a, b):
        return False  # "the war in Gaza": a place is only the receiver of support
    if cue.name in _GIFT_CUES and coming_topic(sent.abstract, m, a):
        return False  # "the leaders will discuss support to X": on the agenda, not yet given
    if a is not None and b is not None and a.forms & _FIRST and b.forms & _FIRST:
        return False  # "we stand by our commitment": the speaker, not a relation
    if b is not None and b.forms >= _EVENT and cue.type is not RelationType.OPPOSES:
        return False  # "we helped defeat this attack": the attack's agent is condemned only
    if a is not None and a.forms >= _EVENT and cue.type is not RelationType.THREATENS:
        return False  # "these strikes were designed to …": the agent only attacks
    if a is not None:
        if cue.a_forms and not (a.forms & cue.a_forms):
            return False
        if (
            cue.subject_first
            and not (cue.type is RelationType.THREATENS and modifier_subject(sent.abstract, m, a))
            and sent.abstract[m.start() + 1 : m.start() + 3] != " ,"
            and PREP_BEFORE_RE.search(sent.abstract[max(0, m.start() - 16) : m.start()])
        ):
            return False  # "support democracy in Venezuela and condemn …": not a subject
        if cue.type is RelationType.SUPPORTS and paid_into(sent.abstract, m.start("a")):
            return False  # "paid $1 billion into a World Bank fund to support X": the payer's
        if cue.subject_first and st.lang != "nl" and object_then_verb(
            sent.abstract, m.start("a"), m.start("b") if b is not None else m.end()
        ):
            return False  # "X will keep providing Y with arms and step up sanctions": not Y
        if cue.subject_first and cue.type in _BY_SUBJECT and _THIRD_PARTY_RE.search(
            sent.abstract, m.end("a"), m.start("b") if b is not None else m.end()
        ):
            return False  # "we underscore that those who supply X with …": not "we"
        if not _kinds_ok(a.actors, cue.a_kinds, st) or not owner_acts(cue.name, m.group(0)):
            return False  # (nor "X's frozen assets to help Y": X is no subject)
        if cue.name in _OWN_CUES and not set(a.actors) <= set(st.issuers):
            return False  # "de Russische inzet in X" is no support: only the issuer's own
        if cue.type is RelationType.THREATENS and "anaphora" in a.forms:
            return False  # "the leaders discussed the war against Ukraine": not theirs
        if (
            cue.kind is not CueKind.AGENT
            and cue.type is not RelationType.SUPPORTS
            and _BACKER_BEFORE_RE.search(sent.abstract, max(0, m.start("a") - 24), m.start("a"))
        ):
            return False  # "A, with support from B, struck C": B did not strike C
    if b is not None:
        if (
            a is not None
            and cue.type is RelationType.SUPPORTS
            and m.start("a") < m.start("b")
            and _TOPIC_RE.search(sent.abstract, m.end("a"), m.start("b"))
        ):
            return False  # "A discussed the importance of … cooperation to defend B"
        if (
            a is not None and cue.type is not RelationType.MEMBER_OF  # (the others: members)
            and m.start("a") < m.start("b")
            and _CONJOINED_BEFORE_RE.search(sent.abstract, max(0, m.start("b") - 16), m.start("b"))
        ):
            return False  # "Nederland en andere lidstaten …": one subject, not an object
        if cue.b_forms and not (b.forms & cue.b_forms):
            return False
        if _adjective_before_verb(cue, m, b, sent.abstract):
            return False  # "veroordeelt de Russische aanvallen": a noun, not "aanvallen"
        if cue.type is RelationType.SUPPORTS and _MEMBERSHIP_AFTER_RE.match(
            sent.abstract, m.end("b")
        ):
            return False  # "steunt het NAVO-lidmaatschap van X": X is supported, not NATO
        if (
            cue.name in _OWNER_CUES
            and a is not None
            and a.forms.isdisjoint(MODIFIER_FORMS | _FIRST)  # "over de Nederlandse steun"
            and _OBJECT_PREP_RE.search(sent.abstract, max(0, m.start("a") - 12), m.start("a"))
        ):
            return False  # "druk op Rusland en steun aan X": Rusland is no owner
        if cue.name in _DIRECT_OBJECT_CUES and _PLACE_BEFORE_RE.search(
            sent.abstract, max(0, m.start("b") - 12), m.start("b")
        ):
            return False  # "pleit in EU-verband": not what is condemned
        if cue.name in _DIRECT_OBJECT_CUES and _VICTIM_BEFORE_RE.search(
            sent.abstract, max(0, m.start("b") - 60), m.start("b")
        ):
            return False  # "condemn the attacks against Jordan": Jordan is the victim
        if not _kinds_ok(b.actors, cue.b_kinds, st):
            return False
        if (
            cue.type is RelationType.THREATENS
            and _IN_BEFORE_RE.search(sent.abstract, max(0, m.start("b") - 8), m.start("b"))
            and _PLACE_OF_OTHERS_RE.match(sent.abstract, m.end("b"))
        ):
            return False  # "struck facilities in Iraq that the IRGC uses": not Iraq
        if cue.name in _OWNER_CUES and a is not None and _OTHER_OWNER_RE.search(
            sent.abstract, m.end("a"), m.start("b")
        ):
            return False  # "we condemn the regime's support for X"
        if cue.name in _DEFENDER_CUES and _HELPED_DEFENDER_RE.search(
            sent.abstract, m.end("b"), m.end()
        ):
            return False  # "as we help them defend against X": not we
    return True


def _ab(h: _Hit) -> Iterator[Found]:
    targets = h.b.actors
    if h.cue.type is RelationType.OPPOSES:
        targets = _more_targets(h.sent, h.m.start("b"), h.b.actors)
    sources = h.a.actors
    if h.cue.type is RelationType.THREATENS and len(sources) > 1:
        sources = agent_adjective(h.sent, h.a) or sources
    yield Found(sources, targets, h.cue.confidence, h.m.start(), h.m.end())


def _ba(h: _Hit) -> Iterator[Found]:
    yield Found(h.b.actors, h.a.actors, h.cue.confidence, h.m.start(), h.m.end())


def _pair(h: _Hit) -> Iterator[Found]:
    if h.b is not None:
        yield Found(h.a.actors, h.b.actors, h.cue.confidence, h.m.start(), h.m.end())
    elif len(h.a.actors) >= 2:
        for i, x in enumerate(h.a.actors):
            yield Found([x], h.a.actors[i + 1 :], h.cue.confidence, h.m.start(), h.m.end())


def _agent_or_victim(h: _Hit) -> Iterator[Found]:
    """Only one side is written; the other is the nearest earlier slot that can act (or
    the possessor of the noun, or the topic of the previous sentence)."""
    cue, sent, st, m = h.cue, h.sent, h.st, h.m
    is_agent = cue.kind is CueKind.AGENT
    known = h.b if is_agent else h.a
    conf, start = cue.confidence, m.start()
    its = cue.name in _ITS_CUES  # "pressure on Russia for its war": the nearest
    owner = _POSSESSOR_RE.search(sent.abstract, max(0, start - 40), start)
    if is_agent and owner and not its and owner_acts(cue.name, owner.group(0)):  # X's support
        owned = sent.slot_of(owner.group("o")).actors
        if not set(owned) & set(known.actors):
            yield Found(owned, known.actors, conf, owner.start("o"), m.end())
        return
    praised = praised_for(sent.abstract, start) if cue.type is RelationType.SUPPORTS else None
    if is_agent and praised is not None:  # "A commended B for its support for X": B's
        slot = sent.slot_of(sent.abstract[praised]) if praised >= 0 else None
        owned = [x for a in (slot.actors if slot else ()) if (x := acting_for(a, st))]
        if owned and not set(owned) & set(known.actors):
            yield Found(owned, known.actors, conf, praised, m.end())
        return
    if is_agent and _UNNAMED_OWNER_RE.search(sent.abstract, max(0, start - 40), start):
        return  # "we condemn the regime's support for X": not ours
    if is_agent and _OPEN_QUOTE_RE.search(sent.abstract, 0, start):
        return  # "a forum under the title 'Ensuring Support to Ukraine'": a quoted title
    agents, pos = nearest_agent(
        sent, start, set(known.actors) | (ours(sent) if its else set()),  # "its war": not ours
        st, not is_agent or its, persons=is_agent and not its, its=its,
        # "the leaders discussed … Russia's invasion": the meeting's parties are no victim
        skip=_REFERRING if cue.kind is CueKind.VICTIM else frozenset(),
    )
    if not is_agent:
        defending = victim_slot(sent.abstract, start)
        if defending:  # "Ukraine's self-defense against Russia's war", "support for X …"
            agents, pos = sent.slot_of(defending.group(1)).actors, defending.start(1)
    if agents is not None and cue.name in _TOPIC_CUES and _TOPIC_RE.search(
        sent.abstract, pos, start
    ):
        return  # "they discussed the importance of the mission to support X": the mission's
    if (
        agents is not None
        and cue.type is RelationType.SUPPORTS
        and _PUNISHED_RE.search(sent.abstract, pos, start)
    ):
        return  # "restrictions on entities for providing support for X": not ours
    if (
        agents is not None
        and is_agent
        and cue.type in _BY_SUBJECT
        and _THIRD_PARTY_RE.search(sent.abstract, pos, start)
    ):
        return  # "costs on individuals and entities providing support for X": theirs
    if agents is not None and cue.name in STATE_VICTIM_CUES:
        agents = [x for x in agents if st.kind(x) == "state" and x not in st.issuers]
        if not agents or judges(sent.abstract, pos):
            return
    if agents is None and cue.name in _SANCTION_CUES and st.context_org == "EU":
        agents, pos = ["EU"], start  # an EU report: sanctions nobody is named for are the EU's
        conf -= 0.1
    if (agents is None and is_agent and cue.type is RelationType.SUPPORTS and st.issuers
            and _OWN_MEASURE_RE.search(sent.abstract, max(0, start - 80), start)):
        agents, pos = list(st.issuers), start  # "this package will deliver support to X"
        conf -= 0.1
    if agents is None:
        named = [sl for sl in sent.slots if "carried" not in sl.forms]  # not "He" (discourse)
        if len(named) > 1 or cue.name in _NO_TOPIC_CUES:
            return
        # nor the speaker as a victim; a victim these cues carry over is a state, as the
        # one they find in the sentence ("de Russische invasie" in an article on the EU:
        # the EU is its topic, not the invasion's victim)
        agents = [t for t in h.topic if t not in known.actors
                  and not (cue.name in STATE_VICTIM_CUES
                           and (t in st.issuers or st.kind(t) != "state"))]
        conf -= 0.1
        pos = start
    if not agents:
        return
    if is_agent:
        yield Found(agents, known.actors, conf, pos, m.end())
    else:
        yield Found(known.actors, agents, conf, pos, m.end())


def _issuer_subject(h: _Hit) -> Iterator[Found]:
    subject = [s for s in first_subject(h.sent, h.st) if s not in h.st.issuers]
    if h.st.issuers and subject:
        yield Found(list(h.st.issuers), subject, h.cue.confidence, 0, h.m.end())


def _person_role(h: _Hit) -> Iterator[Found]:
    st, sent, m = h.st, h.sent, h.m
    start = m.start()
    if "role" in h.b.forms:
        return  # "Director of the President’s Commission": the role names no office holder
    person = h.b.actors[0]
    offices = st.lex.offices(person, st.date) if st.lex.offices else []
    side = _SIDE_RE.search(sent.abstract, 0, start)
    if offices:
        yield Found([person], offices, h.cue.confidence, start, m.end())
    elif h.cue.name == "represents.person-paren-role" and signs_for_issuer(sent.abstract, m, st):
        yield Found([person], list(st.issuers), h.cue.confidence - 0.1, start, m.end())
    elif side and STAFF_ROLE_RE.search(sent.abstract, max(0, start - 14), m.end()):
        states = [a for a in sent.slot_of(side.group(1)).actors if st.kind(a) == "state"]
        if states:  # "The Israeli side was led by … National Security Advisor X": Israel's
            yield Found([person], states[:1], h.cue.confidence - 0.1, start, m.end())
    elif (
        len(st.issuers) == 1  # a joint readout's staff belong to one of several
        and issuer_titled(sent.abstract, start, m.end())  # staff, or a statement's author
        and not any(  # "Japan's National Security Advisor X": not ours; a list of persons is
            st.kind(sent.slot_of(c).actors[0]) != "person"
            for c in re.findall(SLOT_CLASS, sent.abstract[max(0, start - 4) : start])
        )
        and not _OF_STATE_RE.match(sent.abstract, m.end("b"))
        and not state_word_before(sent.abstract, start, st.lex)  # "by Kenyan President X"
    ):  # "National Security Advisor Jake Sullivan" in a White House release
        yield Found([person], list(st.issuers), h.cue.confidence - 0.1, start, m.end())


def _context_org(h: _Hit) -> Iterator[Found]:
    """Only a state is written; the organisation is the document's ("kandidaat-lidstaat")."""
    if h.st.context_org in ("EU", "NATO") and h.st.context_org not in h.a.actors:
        yield Found(h.a.actors, [h.st.context_org], h.cue.confidence, h.m.start(), h.m.end())


#: One handler per kind of cue.
_HANDLERS: dict[CueKind, Callable[[_Hit], Iterator[Found]]] = {
    CueKind.AB: _ab, CueKind.BA: _ba, CueKind.PAIR: _pair, CueKind.AGENT: _agent_or_victim,
    CueKind.VICTIM: _agent_or_victim, CueKind.ISSUER_SUBJECT: _issuer_subject,
    CueKind.PERSON_ROLE: _person_role, CueKind.CONTEXT_ORG: _context_org,
}  # fmt: skip
assert set(_HANDLERS) == set(CueKind), "every kind of cue needs a handler"


def _apply_cue(cue: Cue, sent: Sentence, st: DocState, topic: list[str]) -> Iterator[Found]:
    """What each match of ``cue`` in ``sent`` states (see :class:`Found`)."""
    handler = _HANDLERS[cue.kind]
    for m in cue.finditer(sent.abstract):
        gd = m.groupdict()
        a = sent.slot_of(gd["a"]) if gd.get("a") else None
        b = sent.slot_of(gd["b"]) if gd.get("b") else None
        if _arguments_ok(cue, m, a, b, sent, st):
            yield from handler(_Hit(cue, m, a, b, sent, st, topic))


def _type_ok(rtype: RelationType, s: str, t: str, st: DocState) -> bool:
    ks, kt = st.kind(s), st.kind(t)
    if rtype is RelationType.REPRESENTS:
        return ks == "person" and kt != "person"
    if ks == "person" or kt == "person":
        return False
    if rtype in (RelationType.MEMBER_OF, RelationType.ASPIRES_TO_JOIN):
        return kt == "organisation"
    return True


def add_relation(relations, doc, sent, st, rtype, s, t, rule, conf) -> None:
    """Add ``s rtype t`` read in ``sent`` (a person acts for their one office), unless
    the catalogue contradicts it; keep the most confident evidence per sentence."""
    if rtype is not RelationType.REPRESENTS and "person" in (st.kind(s), st.kind(t)):
        s, t = acting_for(s, st), acting_for(t, st)
        if s is None or t is None:
            return
        conf -= 0.1
    if rtype is RelationType.ASPIRES_TO_JOIN and st.lex.is_member(s, t, st.date):
        return  # a member does not aspire to join
    if rtype is RelationType.PARTNERS_WITH and (
        st.lex.in_club(t, s, st.date) or st.lex.in_club(s, t, st.date)
    ):
        return  # "together with the G7, we": a member is no partner of its own group
    if (
        rtype is RelationType.SUPPORTS
        and (rule in _GIFT_CUES or t in _BLOCS)
        and st.lex.is_member(s, t, st.date)
    ):
        # a member's gift to its own organisation, or its backing of its bloc's work
        # ("Nederland steunt de inzet van de EU"): participation, which the gold of all
        # thirteen development sets never marks core (21 lines to EU/NATO/G7, all
        # optional); backing the UN's efforts is support (core in the gold)
        return
    if (
        rtype is RelationType.MEMBER_OF
        and st.date
        and t in st.listed_orgs
        and not st.lex.is_member(s, t, st.date)
    ):
        return  # a membership only once the catalogue has it ("Sweden as a NATO Ally" in Feb 2024)
    if rule == "member.accession" and not st.lex.is_member(s, t, st.date):
        return  # an accession is a membership only once the catalogue has it
    if s == t or s.startswith("@") or t.startswith("@") or not _type_ok(rtype, s, t, st):
        return
    if rtype is RelationType.REPRESENTS:  # what the person acts for in this document
        st.offices.setdefault(s, set()).add(t)
    key = canonical_key(s, rtype, t)
    rkey = (key, sent.index)
    have = relations.get(rkey)
    if have is not None and have[0] >= conf:
        return
    if sent.title is not None:  # read from the title in the metadata: no sentence index
        line = _TITLE_LINE_RE.search(doc.text.original, 0, 4000)
        o0, o1 = line.span(1) if line else (None, None)
        where, index = sent.title, None
    else:
        o0, o1 = doc.text.original_span(sent.start, sent.end)
        where, index = doc.text.cleaned[sent.start : sent.end], sent.index
    ev = Evidence(
        doc=doc.id,
        text=where,
        date=doc.date,
        sentence=index,
        start=o0,
        end=o1,
        rule=rule,
        confidence=round(calibrated(conf) if st.calibrate else conf, 3),
        origin=Origin.DOCUMENT,
    )
    relations[rkey] = (conf, Relation(source=s, type=rtype, target=t, provenance=[ev]))


#: Gift cues ("contributed … to X"): from a member to its own organisation, membership.
_GIFT_CUES = frozenset({"support.give-to", "support.possessive-noun", "support.noun-agent"})
#: Blocs whose members act through them (their collectives resolve to them: ANNOTATION.md).
_BLOCS = frozenset({"EU", "NATO", "G7"})
_APPEALS = frozenset({Modality.APPEAL_ACT, Modality.APPEAL_STOP})
_NOT_STATED = NOT_FACT - {Modality.BLOCKED}  # what undoes a cue that no block undoes
#: Cues that hold the appeal to stop themselves ("call on X to …, to repeal …").
_APPEAL_CUES = frozenset({"oppose.call-on"})


def match_sentence(sent, cues, st, topic, doc, relations) -> None:
    """Apply ``cues`` to ``sent`` and add the relations that are stated as facts."""
    abstract = sent.abstract
    have = len(sent.slots) + sum(1 for s in sent.slots if len(s.actors) > 1)
    # a slot whose actors are all persons (what a cue's person-only slot b must be)
    person = any(all(st.kind(a) == "person" for a in s.actors) for s in sent.slots)
    # the cues whose words and literals are there, of the sentence's language, with the
    # slots they need ("President X" cues: no person in the sentence, no search)
    for cue in cue_set(cues).candidates(abstract, st.lang, have, person):
        for found in _apply_cue(cue, sent, st, topic):
            sources, targets, conf = found.sources, found.targets, found.confidence
            wend = found.end
            reading = classify(abstract, found.start, wend, cue.negatable)
            if reading.kind in NOT_FACT and (cue.blockable or reading.kind in _NOT_STATED):
                continue
            if reading.kind in _APPEALS and cue.name not in _APPEAL_CUES:
                x = reading.addressee
                asked = sent.slot_of(x).actors if x else []
                if cue.type is RelationType.OPPOSES and asked and set(targets) <= set(asked):
                    if reading.kind is Modality.APPEAL_ACT:
                        continue  # "roept China op Oekraïne te steunen": no criticism
                elif wend > reading.action_start:  # a predicate inside the appealed action
                    if reading.kind is Modality.APPEAL_ACT or not asked:
                        continue  # "call on Chile to support Moldova": nothing about Chile
                    sources = asked  # "urge Belarus to stop supplying Russia": Belarus does
            if cue.type is RelationType.REPRESENTS and past_office(
                abstract, found.start, sources, st
            ):
                continue
            if within_group(cue.type, sources, targets, st):
                continue
            if (
                cue.type is RelationType.THREATENS
                and len(targets) > 1
                and _AGENDA_RE.search(abstract, 0, found.start)
            ):
                targets = targets[:1]  # "sprak over de agressie tegen Oekraïne en Tunesië"
            if any("carried" in sl.forms and set(sl.actors) & set(sources) for sl in sent.slots):
                conf -= RESOLVED_PENALTY  # an argument from another sentence (discourse.py)
            for s in sources:
                for t in targets:
                    add_relation(relations, doc, sent, st, cue.type, s, t, cue.name, conf)
