"""Extraction of one document: sentences → mentions → slots → cues → relations.

Every relation carries one :class:`~actorgraph.graph.model.Evidence`: the document id,
sentence index, the sentence's offsets in the *original* text, the sentence text (as
cleaned), the document date, the cue that fired (``rule``) and a confidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from actorgraph.graph.model import Document, Evidence, Mention, Relation, merge_relations
from actorgraph.graph.vocabulary import Origin, RelationType
from actorgraph.loaders.documents import LoadedDocument
from actorgraph.loaders.extract.analysis import SLOT_BASE, SLOT_CLASS, Sentence, analyse_sentence
from actorgraph.loaders.extract.analysis import Mention as SlotMention
from actorgraph.loaders.extract.cues import (
    BLOCK_RE,
    CUES,
    DENIAL_RE,
    HEDGE_RE,
    NEGATION_RE,
    ROLE,
    Cue,
)
from actorgraph.loaders.extract.issuer import detect_issuers
from actorgraph.loaders.extract.lexicon import ANAPHORA, ISSUER, ORG_CONTEXT, Lexicon, RawMention
from actorgraph.loaders.extract.sentences import paragraph_starts, split_sentences

#: Organisations a "member states" / "lidstaten" can stand for.
_CONTEXT_ORGS = ("EU", "NATO", "UN", "G7", "G20", "OSCE", "AU", "ASEAN")
_PERSON_RE = re.compile(
    r"\b(?:President|Prime Minister|Minister|Secretary[- ]General|Secretary of State|"
    r"Secretary|Chancellor|Ambassador|King|Queen|Premier|Foreign Minister|"
    r"Defen[cs]e Minister|Vice President|High Representative|Crown Prince|Emir|"
    r"minister-president|premier|minister|secretaris-generaal|president|"
    r"[Mm]inister van [A-Z]\w+ Zaken|National Security Advis[eo]r)\s+"
    r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][a-zà-ÿ'’-]+)"
)
_NAME_STOP = frozenset(
    (  # noqa: SIM905
        "The Of And Affairs Foreign State General Council Defense Defence Zaken Buitenlandse "
        "Administration Office House Government Ministry Minister President Prime Republic "
        "Kingdom United People Federal Department Agency Commission European Union Summit "
        "Meeting On In For To At This That"
    ).split()
)


@dataclass
class ExtractionResult:
    """What one document yields: the document, its relations and actor mentions."""

    document: Document
    relations: list[Relation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    sentences: int = 0
    new_actors: dict[str, dict] = field(default_factory=dict)


def slugify(name: str) -> str:
    """A person's id from their name.

    >>> slugify("Judith Collins")
    'judith-collins'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _persons(text: str, mentions: list[RawMention], lex: Lexicon) -> list[RawMention]:
    """Names after a role word ("Defense Minister Judith Collins") not in the catalogue."""
    out: list[RawMention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in _PERSON_RE.finditer(text):
        s, e = m.span(1)
        words = re.sub(r"['’]s$", "", m.group(1)).split()
        while words and (words[-1] in _NAME_STOP or words[-1].isupper()):
            words.pop()
        if len(words) < 2 or any(w in _NAME_STOP for w in words):
            continue
        e = s + len(" ".join(words)) if " ".join(words) == text[s : s + len(" ".join(words))] else e
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(RawMention(s, e, slugify(text[s:e]), "person", text[s:e]))
    return out


_LISTED: dict[int, frozenset[str]] = {}


def _listed_orgs(lex: Lexicon) -> frozenset[str]:
    orgs = _LISTED.get(id(lex))
    if orgs is None:
        orgs = _LISTED[id(lex)] = frozenset(o for _, o in getattr(lex, "memberships", {}))
    return orgs


class _DocState:
    """What the extractor remembers while reading one document."""

    def __init__(self, lex: Lexicon, issuers: list[str], date: str | None) -> None:
        self.lex = lex
        self.issuers = issuers
        self.date = date
        self.last_list: list[str] = []
        self.context_org: str | None = None
        self.nato_named = False
        self.kinds: dict[str, str] = {}
        #: Organisations whose members the catalogue lists (with their dates).
        self.listed_orgs = _listed_orgs(lex)

    def kind(self, actor: str) -> str:
        return self.kinds.get(actor) or self.lex.kind(actor)

    def resolve(self, m: RawMention, lang: str) -> list[str]:
        a = m.actor
        if a == ISSUER:
            return list(self.issuers)
        if a == ANAPHORA:
            return list(self.last_list)
        if a == ORG_CONTEXT:
            return [self.context_org] if self.context_org else []
        if m.form == "collective" and a == "NATO":  # "Allies", "bondgenoten"
            return ["NATO"] if self.nato_named else []
        if a.startswith("role:"):
            holder = self.lex.holder(a[5:], self.date) if self.lex.holder else None
            return [holder] if holder else []
        return [a]


_PREP_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:to|for|of|against|with|on|in|by|from|about|over|into|towards|between|among|at|"
    r"aan|van|voor|tegen|met|op|door|uit|over|naar|tussen|bij|tot|jegens|onder)"
    r"(?: (?:the|de|het|a|an|een|its|their|zijn|haar|hun))?\s?$"
)


_MODIFIER_FORMS = frozenset({"adjective", "demonym", "capital"})


def _nearest_agent(
    sent: Sentence,
    before: int,
    exclude: set[str],
    st: _DocState,
    fallback_ok: bool = True,
    persons: bool = False,
):
    """The nearest earlier slot that can act: not an object of a preposition ("steun van
    X aan Rusland": not Rusland), not a person unless ``persons`` (then the person stands
    for the one state or organisation they hold office for); else the nearest at all."""
    fallback = None
    for i in range(len(sent.slots) - 1, -1, -1):
        pos = sent.slot_pos[i]
        if pos >= before:
            continue
        slot = sent.slots[i]
        if persons:  # a head of state acts for the state ("Biden discussed support for X")
            mapped = (_acting_for(a, st) for a in slot.actors if a not in exclude)
            actors = [x for x in mapped if x is not None and x not in exclude]
        else:
            actors = [a for a in slot.actors if a not in exclude and st.kind(a) != "person"]
        if not actors:
            continue
        for_to = sent.abstract[pos + 1 : pos + 5] == " to " and sent.abstract[
            max(0, pos - 4) : pos
        ] in ("for ", "voor")  # "time for us to stand with X": us is the subject
        if not for_to and (
            _PREP_BEFORE_RE.search(sent.abstract[max(0, pos - 16) : pos])
            or sent.abstract[pos + 1 : pos + 3] in ("'s", "s'")
            or slot.forms <= _MODIFIER_FORMS
        ):
            if fallback is None:
                fallback = (actors, pos)
            continue
        return actors, pos
    return fallback if fallback and fallback_ok else (None, None)


_ROLE_IN_NAME_RE = re.compile(ROLE, re.I)
_ROLE_OF_RE = re.compile(r"\s*(?:van|of)?\s*(?:de|het|the)?\s*")
_LOCATIVE_RE = re.compile(r"\b(?:in|at|to|from|te|naar|uit|near|bij|op)\s+$", re.I)


def _modifier_only(m: RawMention, text: str) -> bool:
    """An adjective inside a compound ("American-made F-16s") or a capital used as a
    place ("the summit in Washington") names no actor that acts."""
    if (
        m.form == "adjective"
        and text[m.end : m.end + 1] == "-"
        and text[m.end + 1 : m.end + 2].islower()
    ):
        return True
    return m.form == "capital" and bool(_LOCATIVE_RE.search(text[max(0, m.start - 8) : m.start]))


def _offices_in(sent_raw: list[RawMention], text: str, st: _DocState):
    """Resolve role phrases and read offices from titles.

    "secretaris-generaal Jens Stoltenberg", "De minister van Defensie, Kajsa Ollongren":
    a role phrase right before a person's name says the person holds that office
    (REPRESENTS the office's actor); the phrase itself is then dropped. A role phrase
    alone ("de secretaris-generaal") stands for the holder on the document's date.
    A catalogue name that carries its title ("minister-president Rutte") gives the
    person's offices on that date.
    """
    out: list[RawMention] = []
    rels: list[tuple[int, str, str, str]] = []
    n = len(sent_raw)
    for k, m in enumerate(sent_raw):
        if m.actor.startswith("role:"):
            key = m.actor[5:]
            target = st.lex.role_targets.get(key)
            j = k + 1
            gap_end = m.end
            while (
                j < n
                and sent_raw[j].actor == target
                and _ROLE_OF_RE.fullmatch(text[gap_end : sent_raw[j].start])
            ):
                gap_end = sent_raw[j].end
                j += 1
            nxt = sent_raw[j] if j < n else None
            if (
                j > k + 1
                and nxt is not None
                and st.kind(nxt.actor) == "person"
                and (text[gap_end : nxt.start].strip(" ,:") == "" and nxt.start - gap_end <= 3)
            ):
                if target:
                    rels.append((nxt.start, nxt.actor, target, "represents.title-name"))
                continue
            nxt = sent_raw[k + 1] if k + 1 < n else None
            if (
                nxt is not None
                and st.kind(nxt.actor) == "person"
                and text[m.end : nxt.start].strip(" ,:\n") == ""
                and nxt.start - m.end <= 4
            ):
                if target:
                    rels.append((nxt.start, nxt.actor, target, "represents.title-name"))
                continue
            holder = st.lex.holder(key, st.date) if st.lex.holder else None
            if holder:
                st.kinds.setdefault(holder, "person")
                out.append(RawMention(m.start, m.end, holder, "role", m.text))
            continue
        if (
            st.kind(m.actor) == "person"
            and m.form in ("variant", "name")
            and _ROLE_IN_NAME_RE.search(m.text)
            and st.lex.offices
        ):
            for target in st.lex.offices(m.actor, st.date):
                rels.append((m.start, m.actor, target, "represents.titled-name"))
        out.append(m)
    return out, rels


def _list_before(text: str, s0: int, pos: int, resolved: list) -> list[str]:
    """The last list of two or more actors earlier in the same sentence, if any."""
    if len(resolved) < 2:
        return []
    from actorgraph.loaders.extract.analysis import build_slots

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


def _first_subject(sent: Sentence, st: _DocState) -> list[str]:
    for slot in sent.slots:
        if slot.forms <= _MODIFIER_FORMS:
            continue
        actors = [a for a in slot.actors if st.kind(a) != "person"]
        if actors:
            return actors
    return []


def _kinds_ok(actors: list[str], kinds: frozenset[str], st: _DocState) -> bool:
    return not kinds or all(st.kind(a) in kinds for a in actors)


#: Penalties whose targets, not the issuer, do what follows ("for providing support").
_PUNISHED_RE = re.compile(
    r"\b(?:sanction\w*|restrictions|export controls|penalt\w+|sancties|maatregelen|"
    r"exportbeperkingen)\b[^\ue000-\uefff]* (?:for|voor|wegens|vanwege) "
)
#: Offices held on the issuer's own staff when no state is named with them.
_STAFF_ROLE_RE = re.compile(
    r"(?:deputy |principal deputy )?(?:national security advis[eo]r|homeland security advis[eo]r|"
    r"(?:nsc |white house )?spokesperson|press secretary|woordvoerder)\b"
)
_ITS_CUES = frozenset({"threat.its-war-against"})
_STATE_VICTIM_CUES = frozenset({"threat.possessive-invasion"})
_DIRECT_OBJECT_CUES = frozenset({"oppose.condemn"})
_PLACE_BEFORE_RE = re.compile(r"(?:^| )(?:in|at|within|binnen|bij|with|met) (?:the |de |het )?$")
#: Further targets listed after an object ("Iran and its proxies, Hamas, Hezbollah, …").
_MORE_TARGETS_RE = re.compile(
    r"(?:'s?)? (?:, |and |en |or |of )?(?:(?:its|their|zijn|hun) [\w-]+ , )?(?:and |en )?"
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


def _apply_cue(cue: Cue, sent: Sentence, st: _DocState, topic: list[str]):
    """Yield ``(sources, targets, confidence, window_start)`` for each match of ``cue``."""
    for m in cue.pattern.finditer(sent.abstract):
        gd = m.groupdict()
        a = sent.slot_of(gd["a"]) if gd.get("a") else None
        b = sent.slot_of(gd["b"]) if gd.get("b") else None
        if a is not None:
            if cue.a_forms and not (a.forms & cue.a_forms):
                continue
            if (
                cue.subject_first
                and sent.abstract[m.start() + 1 : m.start() + 3] != " ,"
                and _PREP_BEFORE_RE.search(sent.abstract[max(0, m.start() - 16) : m.start()])
            ):
                continue  # "support democracy in Venezuela and condemn …": not a subject
            if not _kinds_ok(a.actors, cue.a_kinds, st):
                continue
        if b is not None:
            if cue.b_forms and not (b.forms & cue.b_forms):
                continue
            if cue.name in _DIRECT_OBJECT_CUES and _PLACE_BEFORE_RE.search(
                sent.abstract, max(0, m.start("b") - 12), m.start("b")
            ):
                continue  # "pleit in EU-verband": not what is condemned
            if not _kinds_ok(b.actors, cue.b_kinds, st):
                continue
        conf = cue.confidence
        start = m.start()
        kind = cue.kind
        if kind == "ab":
            targets = b.actors
            if cue.type is RelationType.OPPOSES:
                targets = _more_targets(sent, m.start("b"), b.actors)
            yield a.actors, targets, conf, start, m.end()
        elif kind == "ba":
            yield b.actors, a.actors, conf, start, m.end()
        elif kind == "pair":
            if b is not None:
                yield a.actors, b.actors, conf, start, m.end()
            elif len(a.actors) >= 2:
                for i, x in enumerate(a.actors):
                    yield [x], a.actors[i + 1 :], conf, start, m.end()
        elif kind in ("agent", "victim"):
            known = b if kind == "agent" else a
            its = cue.name in _ITS_CUES  # "pressure on Russia for its war": the nearest
            agents, pos = _nearest_agent(
                sent,
                start,
                set(known.actors),
                st,
                kind == "victim" or its,
                persons=kind == "agent" and not its,
            )
            if (
                agents is not None
                and cue.type is RelationType.SUPPORTS
                and _PUNISHED_RE.search(sent.abstract, pos, start)
            ):
                continue  # "restrictions on entities for providing support for X": not ours
            if agents is not None and cue.name in _STATE_VICTIM_CUES:
                agents = [x for x in agents if st.kind(x) == "state" and x not in st.issuers]
                if not agents:
                    continue
            if agents is None:
                if len(sent.slots) > 1:
                    continue
                agents = [t for t in topic if t not in known.actors]
                conf -= 0.1
                pos = start
            if not agents:
                continue
            if kind == "agent":
                yield agents, known.actors, conf, pos, m.end()
            else:
                yield known.actors, agents, conf, pos, m.end()
        elif kind == "issuer-subject":
            subject = [s for s in _first_subject(sent, st) if s not in st.issuers]
            if st.issuers and subject:
                yield st.issuers, subject, conf, 0, m.end()
        elif kind == "person-role":
            person = b.actors[0]
            offices = st.lex.offices(person, st.date) if st.lex.offices else []
            if offices:
                yield [person], offices, conf, start, m.end()
            elif (
                len(st.issuers) == 1  # a joint readout's staff belong to one of several
                and _STAFF_ROLE_RE.match(sent.abstract, start)
                and not re.search(SLOT_CLASS, sent.abstract[max(0, start - 4) : start])
            ):  # "National Security Advisor Jake Sullivan" in a White House release
                yield [person], list(st.issuers), conf - 0.1, start, m.end()


def _type_ok(rtype: RelationType, s: str, t: str, st: _DocState) -> bool:
    ks, kt = st.kind(s), st.kind(t)
    if rtype is RelationType.REPRESENTS:
        return ks == "person" and kt != "person"
    if ks == "person" or kt == "person":
        return False
    if rtype in (RelationType.MEMBER_OF, RelationType.ASPIRES_TO_JOIN):
        return kt == "organisation"
    return True


def extract_loaded(
    doc: LoadedDocument,
    lex: Lexicon,
    *,
    cues: list[Cue] | None = None,
    issuers: list[str] | None = None,
) -> ExtractionResult:
    """Extract relations from a document already read (see :func:`read_document`)."""
    text = doc.text.cleaned
    lang = doc.language
    cues = CUES if cues is None else cues
    raw = lex.scan(text, lang)
    persons = _persons(text, raw, lex)
    if persons:
        raw = sorted(raw + persons, key=lambda m: m.start)
    if issuers is None:
        issuers = detect_issuers(
            lex,
            text=text,
            lang=lang,
            meta_issuer=doc.issuer,
            source_url=doc.source_url,
            title=doc.title,
        )
    st = _DocState(lex, issuers, doc.date)
    for p in persons:
        st.kinds[p.actor] = "person"
    raw, office_rels = _offices_in(raw, text, st)  # "De minister van Defensie,\nK. Ollongren"
    named = Counter(m.actor for m in raw if m.form not in ("collective", "pronoun", "issuer"))
    st.nato_named = named.get("NATO", 0) > 0
    orgs = [(named.get(o, 0), o) for o in _CONTEXT_ORGS if named.get(o, 0)]
    st.context_org = max(orgs)[1] if orgs else None

    sentences = split_sentences(text)
    paras = paragraph_starts(text)
    relations: dict[tuple, tuple[float, Relation]] = {}
    mention_counts: Counter[str] = Counter()
    topic: list[str] = []
    ri = 0
    para_idx = 0
    prev_para = -1
    n = len(raw)
    for si, (s0, s1) in enumerate(sentences):
        while para_idx + 1 < len(paras) and paras[para_idx + 1] <= s0:
            para_idx += 1
        if para_idx != prev_para:
            topic = []
            prev_para = para_idx
        while ri < n and raw[ri].start < s0:
            ri += 1
        sent_raw = []
        j = ri
        while j < n and raw[j].end <= s1:
            sent_raw.append(raw[j])
            j += 1
        if not sent_raw:
            continue
        sent_raw = [
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
        resolved = []
        for m in sent_raw:
            if m.actor == ANAPHORA:
                actors = _list_before(text, s0, m.start, resolved) or st.resolve(m, lang)
            else:
                actors = st.resolve(m, lang)
            if actors:
                form = m.form
                if form == "adjective" and (
                    not any(c.islower() for c in m.text)
                    or text[m.end : m.end + 2] in ("’s", "'s")
                ):
                    form = "acronym"  # "U.S." and "the ROK’s" are names, not adjectives
                forms = {form, "person"} if st.kind(actors[0]) == "person" else {form}
                resolved.append(SlotMention(m.start, m.end, actors, forms, m.text))
                for a in actors:
                    if m.form not in ("pronoun", "anaphora"):
                        mention_counts[a] += 1
        if not resolved:
            continue
        sent = analyse_sentence(text, si, s0, s1, resolved)
        for pos, person, target, rule in office_rels:
            if s0 <= pos < s1:
                _add_relation(
                    relations, doc, sent, st, RelationType.REPRESENTS, person, target, rule, 0.85
                )
        if len(sent.slots) >= 1 and not DENIAL_RE.search(sent.abstract):
            _match_sentence(sent, cues, st, topic, doc, relations)
        for slot in sent.slots:
            acts = [a for a in slot.actors if st.kind(a) != "person"]
            if len(acts) >= 2 and "anaphora" not in slot.forms:
                st.last_list = acts
        subj = _first_subject(sent, st)
        if subj:
            topic = subj
    rels = merge_relations(r for _, r in relations.values())
    issuer = issuers[0] if issuers else None
    document = doc.to_model(issuer=issuer)
    mentions = [Mention(doc=doc.id, actor=a, count=c) for a, c in sorted(mention_counts.items())]
    new_actors = {p.actor: {"name": p.text, "kind": "person"} for p in persons}
    return ExtractionResult(document, rels, mentions, issuers, len(sentences), new_actors)


def _acting_for(actor: str, st: _DocState) -> str | None:
    """The state or organisation a person acts for on the document's date (one office)."""
    if st.kind(actor) != "person":
        return actor
    offices = st.lex.offices(actor, st.date) if st.lex.offices else []
    offices = sorted(set(offices))
    return offices[0] if len(offices) == 1 else None


def _add_relation(relations, doc, sent, st, rtype, s, t, rule, conf) -> None:
    if rtype is RelationType.ASPIRES_TO_JOIN and st.lex.is_member(s, t, st.date):
        return  # a member does not aspire to join
    if (
        rtype is RelationType.MEMBER_OF
        and st.date
        and t in st.listed_orgs
        and not st.lex.is_member(s, t, st.date)
    ):
        return  # a membership only once the catalogue has it ("Sweden as a NATO Ally" in Feb 2024)
    if rule == "member.accession" and not st.lex.is_member(s, t, st.date):
        return  # an accession is a membership only once the catalogue has it
    if rtype is not RelationType.REPRESENTS and "person" in (st.kind(s), st.kind(t)):
        s, t = _acting_for(s, st), _acting_for(t, st)
        if s is None or t is None:
            return
        conf -= 0.1
    if s == t or s.startswith("@") or t.startswith("@") or not _type_ok(rtype, s, t, st):
        return
    key = (min(s, t), rtype.value, max(s, t)) if rtype.symmetric else (s, rtype.value, t)
    rkey = (key, sent.index)
    have = relations.get(rkey)
    if have is not None and have[0] >= conf:
        return
    o0, o1 = doc.text.original_span(sent.start, sent.end)
    ev = Evidence(
        doc=doc.id,
        text=doc.text.cleaned[sent.start : sent.end],
        date=doc.date,
        sentence=sent.index,
        start=o0,
        end=o1,
        rule=rule,
        confidence=round(conf, 3),
        origin=Origin.DOCUMENT,
    )
    relations[rkey] = (conf, Relation(source=s, type=rtype, target=t, provenance=[ev]))


_NEEDS: dict[int, int] = {}


def _match_sentence(sent, cues, st, topic, doc, relations) -> None:
    abstract = sent.abstract
    have = len(sent.slots) + sum(1 for s in sent.slots if len(s.actors) > 1)
    for cue in cues:
        need = _NEEDS.get(id(cue))
        if need is None:
            need = _NEEDS[id(cue)] = cue.slots_needed
        if need > have:
            continue
        for sources, targets, conf, wstart, wend in _apply_cue(cue, sent, st, topic):
            window = abstract[max(0, wstart - 12) : wend]
            if cue.negatable and (NEGATION_RE.search(window) or HEDGE_RE.search(window)):
                continue
            if BLOCK_RE.search(abstract, wend, wend + 60):
                continue
            for s in sources:
                for t in targets:
                    _add_relation(relations, doc, sent, st, cue.type, s, t, cue.name, conf)


__all__ = ["ExtractionResult", "extract_loaded", "slugify", "SLOT_BASE"]
