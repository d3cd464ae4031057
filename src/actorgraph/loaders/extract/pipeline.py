"""Extraction of one document: speaker → sentences → mentions → slots → cues → relations.

Every relation carries one :class:`~actorgraph.graph.model.Evidence`: the document id,
sentence index, the sentence's offsets in the *original* text, the sentence text (as
cleaned), the document date, the cue that fired (``rule``) and a confidence. Relations
read from the title (an official named with the office in "Statement from President …")
carry the title as their text and no offsets.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from actorgraph.graph.model import Document, Mention, Relation, merge_relations
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.agents import first_subject
from actorgraph.loaders.extract.analysis import SLOT_BASE, analyse_sentence, build_slots
from actorgraph.loaders.extract.analysis import Mention as SlotMention
from actorgraph.loaders.extract.bare_titles import bare_title_mentions
from actorgraph.loaders.extract.carry import leaders_in
from actorgraph.loaders.extract.clauses import coordinated_readings
from actorgraph.loaders.extract.cues import DENIAL_RE, Cue
from actorgraph.loaders.extract.cues_news_en import capital_receives
from actorgraph.loaders.extract.deps import LoadedDocument, without_split_links
from actorgraph.loaders.extract.discourse import PersonSalience, gender_hints, title_parties
from actorgraph.loaders.extract.docstate import DocState, names_nato
from actorgraph.loaders.extract.dutch_round16 import after_sentence
from actorgraph.loaders.extract.events import (
    accomplices,
    event_references,
    harm_agents,
    referent,
)
from actorgraph.loaders.extract.expansion import variants
from actorgraph.loaders.extract.fallback_en import add_fallback
from actorgraph.loaders.extract.group_anaphor import GroupAnaphor
from actorgraph.loaders.extract.lexical_cues import ALL_CUES
from actorgraph.loaders.extract.lexicon import ANAPHORA, LEADERS, Lexicon, RawMention
from actorgraph.loaders.extract.matching import (
    acting_for,
    add_relation,
    match_sentence,
)
from actorgraph.loaders.extract.missions import mission_host, mission_mentions
from actorgraph.loaders.extract.modality import confirmed_question
from actorgraph.loaders.extract.nlateral import add_nlateral
from actorgraph.loaders.extract.own_state import own_state_mentions
from actorgraph.loaders.extract.pair_model import add_learned
from actorgraph.loaders.extract.persons import (
    find_persons,
    offices_in,
    slugify,
    surname_mentions,
)
from actorgraph.loaders.extract.prefilter import CueSet, cue_set
from actorgraph.loaders.extract.recipients import UnnamedRecipients
from actorgraph.loaders.extract.recipients_en import UnnamedRecipientsEn
from actorgraph.loaders.extract.reported import relative_readings, reported_readings
from actorgraph.loaders.extract.requests import ReferredRequests
from actorgraph.loaders.extract.sentences import paragraph_starts, split_sentences
from actorgraph.loaders.extract.speaker import Speaker, actors_in, find_speaker
from actorgraph.loaders.extract.wars import UnnamedVictims
from actorgraph.loaders.extract.wars_en import UnnamedVictimsEn

#: Organisations a "member states" / "lidstaten" can stand for.
_CONTEXT_ORGS = ("EU", "NATO", "UN", "G7", "G20", "OSCE", "AU", "ASEAN")


@dataclass
class ExtractionResult:
    """What one document yields: the document, its relations and actor mentions."""

    document: Document
    relations: list[Relation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    sentences: int = 0
    new_actors: dict[str, dict] = field(default_factory=dict)


_BACKED_RE = re.compile(r"-(?:backed|supported|sponsored|armed|funded|led|gesteunde?)\b")
_DOCUMENT_AFTER_RE = re.compile(r"[ -](?:Charter|Convention|Statute|Treaty)\b")
_LOCATIVE_RE = re.compile(r"\b(?:in|at|to|from|te|naar|uit|near|bij|op)\s+$", re.I)


def _modifier_only(m: RawMention, text: str) -> bool:
    """An adjective inside a compound ("American-made F-16s") or a capital used as a
    place ("the summit in Washington") names no actor that acts."""
    if (
        m.form == "adjective"
        and text[m.end : m.end + 1] == "-"
        and text[m.end + 1 : m.end + 2].islower()
        and not _BACKED_RE.match(text, m.end)  # "Iranian-backed militias": Iran backs them
    ):
        return True
    if _DOCUMENT_AFTER_RE.match(text, m.end):  # "support of the UN Charter": a text, not the UN
        return True
    if m.form == "place":  # "aid to Gaza" names Palestine; "rockets from Gaza" names no one
        return not _AID_BEFORE_RE.search(text, max(0, m.start - 90), m.start)
    return (
        m.form == "capital"
        and bool(_LOCATIVE_RE.search(text[max(0, m.start - 8) : m.start]))
        and not capital_receives(text, m.start)  # "sent more weapons to Kyiv"
    )


#: Aid on its way to a territory, right before the territory's name ("humanitarian
#: assistance into Gaza", "food by sea to the people of Gaza", "hulp aan de Gazastrook").
_AID_BEFORE_RE = re.compile(
    r"\b(?:aid|assistance|supplies|food|relief|deliver(?:y|ies)|shipments?|airdrops?|pier|"
    r"support|hulp|steun|hulpgoederen|voedsel|leveringen)\b[^.;:]{0,60}?\b(?:to|into|in|for|"
    r"reaching|throughout|aan|naar|in|voor|richting)(?: (?:the|de|het))?"
    r"(?: (?:people|civilians|population|Palestinians|bevolking|burgers) (?:of|in|van))?"
    # the last of a list of receivers: "aid to Sudan, Haiti and Gaza"
    r"(?:\s+(?:the\s+)?[A-Z][^\s,.;:]*(?:\s+[A-Z][^\s,.;:]*){0,2},)*"
    r"(?:\s+(?:the\s+)?[A-Z][^\s,.;:]*(?:\s+[A-Z][^\s,.;:]*){0,2},?\s+(?:and|en))?\s+$"
)


def _list_before(text: str, pos: int, resolved: list) -> list[str]:
    """The last list of two or more actors earlier in the same sentence, if any."""
    if len(resolved) < 2:
        return []
    slots = build_slots(
        text,
        [
            SlotMention(m.start, m.end, list(m.actors), set(m.forms), m.text)
            for m in resolved
            if m.end <= pos
        ],
    )
    for slot in reversed(slots):
        if len(slot.actors) >= 2:
            return list(slot.actors)
    return []


def extract_loaded(
    doc: LoadedDocument,
    lex: Lexicon,
    *,
    cues: list[Cue] | None = None,
    issuers: list[str] | None = None,
    calibrate: bool = True,
) -> ExtractionResult:
    """Extract relations from a document already read (see :func:`read_document`).

    ``calibrate=False`` keeps the cues' raw confidences (to fit the calibration map).
    """
    doc = without_split_links(doc)
    text = doc.text.cleaned
    lang = doc.language
    cues = _all_cues() if cues is None else cue_set(cues)  # indexed by their literals
    raw = lex.scan(text, lang)
    persons = find_persons(text, raw, lex, lang)
    if persons:
        raw = sorted(raw + persons, key=lambda m: m.start)
    kinds = {p.actor: "person" for p in persons}
    title_names = _title_names(doc, lex) if doc.title else []
    later = surname_mentions(text, raw, lambda a: kinds.get(a) or lex.kind(a), title_names)
    later += bare_title_mentions(  # "the Prime Minister’s support": the one so named
        text, raw + later, lambda a: kinds.get(a) or lex.kind(a),
        [(doc.title or "", m) for m in title_names])
    if later:  # "… Prime Minister Meloni": the person named in full before
        persons = persons + later
        raw = sorted(raw + later, key=lambda m: m.start)
    speaker = find_speaker(
        lex,
        text=text,
        lang=lang,
        meta_issuer=doc.issuer,
        source_url=doc.source_url,
        title=doc.title,
        date=doc.date,
    )
    if issuers is not None:
        speaker = Speaker(list(issuers), source="given")
    issuers = speaker.issuers
    st = DocState(lex, issuers, doc.date)
    st.lang = lang
    st.calibrate = calibrate
    wars = (UnnamedVictims(issuers) if lang == "nl"  # "de Russische agressie" (wars.py)
            else UnnamedVictimsEn(lambda a: acting_for(a, st)))  # "Russia's war" (wars_en.py)
    given = (UnnamedRecipients() if lang == "nl"  # "Ook stuurt X tanks" (recipients.py)
             else UnnamedRecipientsEn())  # "Norway will donate ten howitzers" (recipients_en.py)
    asked = ReferredRequests() if lang == "nl" else None  # "steunde de aanvraag" (requests.py)
    for p in persons:
        st.kinds[p.actor] = "person"
    raw, office_rels = offices_in(raw, text, st)  # "De minister van Defensie,\nK. Ollongren"
    salience = PersonSalience(gender_hints(text, [m for m in raw if st.kind(m.actor) == "person"]))
    named = Counter(m.actor for m in raw if m.form not in ("collective", "pronoun", "issuer"))
    st.nato_named = names_nato(raw)  # "the Alliance" alone is no name of NATO
    orgs = [(named.get(o, 0), o) for o in _CONTEXT_ORGS if named.get(o, 0)]
    st.context_org = max(orgs)[1] if orgs else None

    host = mission_host(doc.title or "", text, lex, lang)
    titled = [a for a in actors_in(lex, doc.title or "", lang, ("state",)) if a not in issuers]
    sentences = split_sentences(text)
    paras = paragraph_starts(text)
    offices_at = _by_position(office_rels)
    relations: dict[tuple, tuple[float, Relation]] = {}
    mention_counts: Counter[str] = Counter()
    if doc.title and _title_outside_body(doc.title, text):
        _read_title(doc, lex, st, cues, relations)
    st.parties = title_parties(doc.title, lex, issuers, lambda a: acting_for(a, st), st.kind, lang)
    topic: list[str] = []
    rebels = GroupAnaphor(st.kind)
    enumerating: str | None = None  # "leaders of seven NATO countries take part." → NATO
    ri = 0
    para_idx = 0
    prev_para = -1
    n = len(raw)
    for si, (s0, s1) in enumerate(sentences):
        while para_idx + 1 < len(paras) and paras[para_idx + 1] <= s0:
            para_idx += 1
        if para_idx != prev_para:
            enumerating = None
            topic = []
            st.recent = []
            st.harm = []
            st.last_list = []  # "Beide landen" in a new paragraph: not a pair of the last one
            salience.new_paragraph()
            prev_para = para_idx
        st.topic = topic
        while ri < n and raw[ri].start < s0:
            ri += 1
        sent_raw = []
        j = ri
        while j < n and raw[j].end <= s1:
            sent_raw.append(raw[j])
            j += 1
        events = _event_mentions(text, s0, s1, st, lang)
        if asked is not None and asked.applicants:
            events = sorted(events + asked.mentions(text[s0:s1], s0), key=lambda m: m.start)
        if host:  # "pledged troops to this mission": the state the mission is sent to
            events = sorted(events + mission_mentions(text, s0, s1, host, sent_raw),
                            key=lambda m: m.start)  # fmt: skip
        resolved = (
            _resolve_mentions(_acting_mentions(sent_raw, text), text, st, lang) if sent_raw else []
        )
        # "He urged …": the previous sentence's subject (discourse.PersonSalience)
        he = salience.mentions(text[s0:s1], s0, resolved, st.kind)
        he += rebels.mentions(text, s0, s1, resolved)  # "the rebels": the group just named
        if he:
            resolved = sorted(resolved + he, key=lambda m: m.start)
        resolved = own_state_mentions(resolved, lambda a: acting_for(a, st))  # "his country"
        rebels.after(resolved := rebels.unqualified(resolved, text))  # "Lebanese Hezbollah"
        if lang != "nl":  # "our bilateral cooperation": the parties from the discourse
            add_nlateral(text, si, s0, s1, resolved, st, doc, relations, titled)
        if not sent_raw and not events and not he:
            salience.subject = None  # a sentence without actors: nobody carries over
            continue
        for m in resolved:
            if not m.forms & {"pronoun", "anaphora"}:
                mention_counts.update(m.actors)
        if events:  # "We condemn these attacks": the attacks' agent
            resolved = sorted(resolved + events, key=lambda m: m.start)
        if not resolved:
            salience.subject = None
            continue
        sent = analyse_sentence(text, si, s0, s1, resolved)
        salience.after_sentence(sent, st.kind)
        if "?" in sent.abstract[-4:]:  # "Is het juist dat …? Ja, …": the claim holds
            sent.abstract = confirmed_question(sent.abstract, text[s1 : s1 + 12])
        for _pos, person, target, rule in offices_at(s0, s1):
            add_relation(
                relations, doc, sent, st, RelationType.REPRESENTS, person, target, rule, 0.85
            )
        if speaker.span and s0 <= speaker.span[0] < s1 and speaker.group:
            for state in speaker.members:  # "We, the Leaders of the G7 (A, B, …)"
                add_relation(
                    relations, doc, sent, st, RelationType.MEMBER_OF, state, speaker.group,
                    "member.speaker-list", 0.8,
                )  # fmt: skip
        if enumerating and _ENUMERATION_RE.match(sent.abstract):
            for slot in sent.slots:  # "Naast Nederland zijn dit president X van Roemenië, …"
                for a in slot.actors:
                    if st.kind(a) == "state":
                        add_relation(relations, doc, sent, st, RelationType.MEMBER_OF, a,
                                     enumerating, "member.enumerated", 0.7)  # fmt: skip
        enumerating = _participants_of(sent, sent_raw, st)
        n_before = len(relations)
        if len(sent.slots) >= 1 and not DENIAL_RE.search(sent.abstract):
            readings = [sent, *variants(sent)]  # lists folded: "Allies, including A, …"
            readings += reported_readings(sent)  # "X said on Monday it would …"
            readings += relative_readings(sent)  # "X, which invaded Y in 2022, …"
            seen = {r.abstract for r in readings}
            for x in list(readings):
                for r in coordinated_readings(x, lang):
                    if r.abstract not in seen:
                        seen.add(r.abstract)
                        readings.append(r)
            for reading in readings:  # and each verb phrase with its subject
                match_sentence(reading, cues, st, topic, doc, relations)
            if lang == "nl":  # reciprocal threats both ways, no drill among allies
                after_sentence(relations, n_before, st)
            else:  # two actors and a predicate between them (fallback_en.py)
                add_fallback(readings, st, topic, doc, relations)
            add_learned(sent, st, doc, relations)  # pair_model.py (off unless a model is given)
        for slot in sent.slots:
            acts = [a for a in slot.actors if st.kind(a) != "person"]
            if len(acts) >= 2 and "anaphora" not in slot.forms:
                st.last_list = acts
                st.first_list = st.first_list or acts
        known = st.harm or [("", st.last_aggressor)] * bool(st.last_aggressor)
        for accomplice, aggressors, victims in accomplices(sent, known):  # "X is complicit"
            for a in accomplice:
                for g in aggressors:
                    add_relation(relations, doc, sent, st, RelationType.SUPPORTS, a, g,
                                 "support.complicity", 0.7)
                for v in victims:  # "medeplichtig aan deze aanval op Oekraïne"
                    add_relation(relations, doc, sent, st, RelationType.THREATENS, a, v,
                                 "threat.complicity", 0.65)
        wars.read(sent)
        given.read(sent)
        if asked is not None:
            asked.note([r.source for _, r in islice(relations.values(), n_before, None)
                        if r.type is RelationType.ASPIRES_TO_JOIN])
        st.harm.extend(harm_agents(sent, lang))
        if st.harm:
            st.last_aggressor = st.harm[-1][1]
        elif len(relations) > n_before:  # "Rusland is Oekraïne binnengevallen": a threat's agent
            threats = [r.source for _, r in islice(relations.values(), n_before, None)
                       if r.type is RelationType.THREATENS
                       and r.provenance[0].rule != "threat.complicity"]
            st.last_aggressor = threats[-1:] or st.last_aggressor
        subj = first_subject(sent, st)
        if subj:
            topic = subj
        leaders = leaders_in(sent, st)
        if len(leaders) < 2:  # "Sullivan met his counterparts from A, B and C"
            leaders = _meeting_parties(sent, st, leaders)
            if len(leaders) >= 2 and not st.leaders:
                st.leaders = leaders  # "the two officials", unless leaders were named before
        elif len(leaders) >= 2:
            st.leaders = leaders
        # "They …": the office holders named together, else a list that was the subject
        st.recent = leaders if len(leaders) >= 2 else (subj if _opens(sent, subj) else [])
    for sent, a, v in wars.resolved(st.kind, relations):
        add_relation(relations, doc, sent, st, RelationType.THREATENS, a, v,
                     "threat.war-of-the-document", 0.6)
    for sent, a, x in given.resolved([r for _, r in relations.values()], st.kind):
        add_relation(relations, doc, sent, st, RelationType.SUPPORTS, a, x,
                     "support.receiver-of-the-document", 0.6)
    rels = _merge_readings([r for _, r in relations.values()])
    issuer = issuers[0] if issuers else None
    document = doc.to_model(issuer=issuer)
    mentions = [Mention(doc=doc.id, actor=a, count=c) for a, c in sorted(mention_counts.items())]
    new_actors = {p.actor: {"name": p.text, "kind": "person"} for p in persons}
    return ExtractionResult(document, rels, mentions, issuers, len(sentences), new_actors)


@functools.cache
def _all_cues() -> CueSet:
    """ALL_CUES with their index, made once (ALL_CUES is a constant of the package)."""
    return CueSet(ALL_CUES)


def _merge_readings(readings: list[Relation]) -> list[Relation]:
    """``merge_relations`` of a document's readings (one piece of evidence each), in
    O(k log k) per relation read k times: folding them one by one rebuilt the growing
    provenance at every step, quadratic in how often a long document states a relation.
    Readings of one key are merged in halves, which gives what the fold gives (the union
    keeps each piece's first place and last value; confidence, count and seen dates
    follow from it; the role is the last one given) while no reading carries a dated
    term; one that does is folded as before.

    >>> from actorgraph.graph.model import Evidence
    >>> rs = [Relation(source="A", type="SUPPORTS", target="B",
    ...                provenance=[Evidence(doc="d", text=f"s{i}", sentence=i)])
    ...       for i in range(5)]
    >>> [r.count for r in _merge_readings(rs)] == [r.count for r in merge_relations(rs)]
    True
    """
    groups: dict[tuple, list[Relation]] = {}
    for r in readings:
        groups.setdefault(r.key, []).append(r)

    def halves(rs: list[Relation]) -> Relation:
        if len(rs) == 1:
            return rs[0]
        mid = len(rs) // 2
        return halves(rs[:mid]).merged(halves(rs[mid:]))

    out = []
    for rs in groups.values():
        if any(r.valid_from or r.valid_to for r in rs):
            out.extend(merge_relations(rs))
        else:
            out.append(halves(rs))
    return out


def _by_position(items: list[tuple]):
    """``within(s0, s1)``: the items (``pos`` first) with ``s0 <= pos < s1``, in their
    order in ``items``, in log time per call (a pass over every item per sentence made a
    long document's extraction quadratic).

    >>> within = _by_position([(7, "b"), (3, "a"), (9, "c")])
    >>> within(0, 8), within(8, 20), within(20, 30)
    ([(7, 'b'), (3, 'a')], [(9, 'c')], [])
    """
    order = sorted(range(len(items)), key=lambda i: items[i][0])
    positions = [items[i][0] for i in order]

    def within(s0: int, s1: int) -> list[tuple]:
        lo, hi = bisect.bisect_left(positions, s0), bisect.bisect_left(positions, s1)
        return [items[i] for i in sorted(order[lo:hi])]

    return within


def _event_mentions(text: str, s0: int, s1: int, st: DocState, lang) -> list[SlotMention]:
    """The demonstratives of the sentence that refer to an act of aggression named
    earlier in the paragraph ("these attacks"), as mentions of its agent."""
    if not st.harm:
        return []
    out = []
    for start, end, lemma in event_references(text[s0:s1], s0, lang):
        actors = referent(st.harm, lemma)
        if actors:
            out.append(SlotMention(start, end, list(actors), {"adjective", "anaphora"},
                                   text[start:end]))
    return out


def _opens(sent, subj: list[str]) -> bool:
    """Whether ``subj`` is a list of two or more that opens the sentence."""
    return len(subj) >= 2 and bool(sent.slots) and sent.slot_pos[0] <= 4


#: A sentence that names the participants announced before it ("Naast Nederland zijn
#: dit …", "These are …", "Among them are …").
_ENUMERATION_RE = re.compile(
    r"^(?:naast|besides|in addition to|apart from|dit zijn|dat zijn|het gaat om|these are|"
    r"they are|among them|among those|onder hen|daaronder)\b"
)
#: "(regerings)leiders van zeven NAVO-landen", "leaders of several NATO countries".
_PARTICIPANTS_RE = re.compile(
    r"\b(?:\w*leiders|leaders|heads of (?:state|government)|ministers|deelnemers|"
    r"participants|representatives|vertegenwoordigers)\b"
)
#: One of these is in every match of _PARTICIPANTS_RE (tested before its slow search).
_PARTICIPANT_WORDS = ("leiders", "leaders", "heads of", "ministers", "deelnemers",
                      "participants", "representatives", "vertegenwoordigers")
_MEMBER_WORDS_RE = re.compile(r"(?:landen|countries|lidstaten|member states|allies|bondgenoten)$",
                              re.I)


def _participants_of(sent, sent_raw: list[RawMention], st: DocState) -> str | None:
    """The organisation whose members a sentence announces as participants ("Leiders van
    diverse NAVO-landen nemen deel" → NATO), for an enumeration in the next sentence."""
    if not any(w in sent.abstract for w in _PARTICIPANT_WORDS) or not _PARTICIPANTS_RE.search(
        sent.abstract
    ):
        return None
    for m in sent_raw:
        if m.form == "collective" and _MEMBER_WORDS_RE.search(m.text):
            org = st.resolve(m, st.lang or "en")
            if len(org) == 1 and st.kind(org[0]) == "organisation":
                return org[0]
    return None


#: A meeting or call between office holders: the parties are "they", "the two officials".
_MEETING_RE = re.compile(
    r"\b(?:met|meets|meet|spoke|speaks|called|calls|hosted|hosts|welcomed|welcomes|"
    r"ontmoette|ontmoet|sprak|spreekt|ontving|ontvangt|belde|belt)\b(?! (?:on|upon|for|op)\b)"
)


def _meeting_parties(sent, st: DocState, leaders: list[str]) -> list[str]:
    """The states of a meeting: the office holder who met and the states of those met
    ("National Security Advisor Sullivan met with his counterparts from A, B and C" →
    USA, A, B, C); ``leaders`` unchanged when the sentence is no meeting of one named
    office holder."""
    m = _MEETING_RE.search(sent.abstract)
    if m is None or len(leaders) > 1:
        return leaders
    out = list(leaders)
    if not out and len(st.issuers) == 1:  # the issuer's own staff: "Sullivan met …"
        before = [a for i, sl in enumerate(sent.slots) if sent.slot_pos[i] < m.start()
                  for a in sl.actors]
        if before and all(st.kind(a) == "person" for a in before):
            out = list(st.issuers)
    if not out:
        return leaders
    after = sorted(
        (sent.slot_pos[i], slot) for i, slot in enumerate(sent.slots)
        if m.end() <= sent.slot_pos[i] <= m.end() + 80
    )
    if not after:
        return leaders
    for _, slot in after:  # the party met: the first state after the verb
        offices = [acting_for(a, st) for a in slot.actors]
        states = [o for o in offices if o and st.kind(o) == "state" and o not in out]
        if states:
            return out + states
    return leaders


def _acting_mentions(sent_raw: list[RawMention], text: str) -> list[RawMention]:
    """The mentions of a sentence that can be arguments."""
    return [
        m
        for k, m in enumerate(sent_raw)
        if not _modifier_only(m, text)
        and not (  # "U.S.-Japan Alliance" is not NATO; "our Alliance" is
            m.text == "Alliance"
            and k
            and m.start - sent_raw[k - 1].end <= 1
            and sent_raw[k - 1].form not in ("pronoun", "issuer")
        )
    ]


_MEETING_SUBJECTS = frozenset({"De ministers", "De regeringsleiders",
                               "De staatshoofden en regeringsleiders"})
_OF_AFTER_RE = re.compile(r"\s+(?:van|voor|uit|die|of)\b")
_BARE_MEMBERS = frozenset({"lidstaten", "de lidstaten", "member states", "the member states"})
_MEMBERS_AFTER_RE = re.compile(r"(?:-| )(?:landen|lidstaten|leden|countries|member states)\b")


def _resolve_mentions(
    sent_raw: list[RawMention], text: str, st: DocState, lang: str | None
) -> list[SlotMention]:
    """Mentions with their actors: "we" → the speaker, "these countries" → the last list,
    a role phrase → its holder, a state set → its members."""
    resolved: list[SlotMention] = []
    for m in sent_raw:
        if m.actor == ANAPHORA:
            actors = _list_before(text, m.start, resolved) or st.resolve(m, lang)
        elif (m.text in _MEETING_SUBJECTS or m.actor == LEADERS) and _OF_AFTER_RE.match(
            text, m.end
        ):  # "De ministers van Defensie en BZ", "the leaders of A and B": named, not before
            continue
        else:
            actors = st.resolve(m, lang)
        if m.form == "collective" and m.text.lower() in _BARE_MEMBERS:  # "Ecowas-landen …
            orgs = [r.actors for r in resolved if _MEMBERS_AFTER_RE.match(text, r.end)
                    and st.kind(r.actors[0]) == "organisation"]  # lidstaten zoals Mali": Ecowas's
            actors = orgs[-1] if orgs and not _OF_AFTER_RE.match(text, m.end) else actors
        if not actors:
            continue
        form = m.form
        if form == "adjective" and (
            not any(c.islower() for c in m.text) or text[m.end : m.end + 2] in ("’s", "'s")
        ):
            form = "acronym"  # "U.S." and "the ROK’s" are names, not adjectives
        forms = {form, "person"} if st.kind(actors[0]) == "person" else {form}
        if st.from_title(m):
            forms.add("carried")  # the parties of the title's meeting: a lower confidence
        resolved.append(SlotMention(m.start, m.end, actors, forms, m.text))
    return resolved


def _title_outside_body(title: str, text: str) -> bool:
    """Whether the title comes from metadata (front matter, file properties) rather than
    from the body's first line, which the sentence loop reads anyway."""
    head = " ".join(text[: len(title) + 400].split())
    return " ".join(title.split())[:60] not in head


def _title_names(doc: LoadedDocument, lex: Lexicon) -> list[RawMention]:
    """The persons the title names (catalogue names and names after a role word)."""
    title = doc.title or ""
    raw = lex.scan(title, doc.language)
    return [m for m in raw if lex.kind(m.actor) == "person"] + find_persons(
        title, raw, lex, doc.language
    )


def _read_title(doc: LoadedDocument, lex: Lexicon, st: DocState, cues, relations) -> None:
    """The offices the title names ("Statement from National Security Advisor Jake
    Sullivan on …", "Readout of President Biden’s Call with President Zelenskyy of
    Ukraine"): only REPRESENTS is read from a title."""
    title = doc.title or ""
    raw = lex.scan(title, doc.language)
    persons = find_persons(title, raw, lex, doc.language)
    for p in persons:
        st.kinds.setdefault(p.actor, "person")
    raw = sorted(raw + persons, key=lambda m: m.start)
    raw, office_rels = offices_in(raw, title, st)
    resolved = _resolve_mentions(_acting_mentions(raw, title), title, st, doc.language)
    if not resolved:
        return
    sent = analyse_sentence(title, -1, 0, len(title), resolved)
    sent.title = title
    for _pos, person, target, rule in office_rels:
        add_relation(relations, doc, sent, st, RelationType.REPRESENTS, person, target, rule, 0.8)
    rep = cue_set(cues).of_type(RelationType.REPRESENTS)
    match_sentence(sent, rep, st, [], doc, relations)


__all__ = ["ExtractionResult", "extract_loaded", "slugify", "SLOT_BASE"]
