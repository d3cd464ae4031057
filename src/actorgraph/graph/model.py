"""The data model every loader produces and every store consumes.

Strict pydantic models (unknown fields are an error) for :class:`Actor`,
:class:`Relation` with its :class:`Evidence` (provenance), and :class:`Document`.

Example
-------
>>> a = Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally")
>>> r = Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
...     Evidence(doc="curated", text="Nederland steunt Oekraïne", date="2024-04-04")])
>>> r.key
('NLD', 'SUPPORTS', 'UKR')
>>> r.first_seen
'2024-04-04'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from actorgraph.graph.dates import parse_date
from actorgraph.graph.keys import canonical_key
from actorgraph.graph.vocabulary import ActorKind, Bloc, Origin, RelationType

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=False)


class Evidence(_Strict):
    """One piece of provenance: where a relation was read, and how sure it is.

    ``doc`` is a document id (content hash) or a curated source name; ``start``/``end``
    are character offsets of the evidence in the document's original text. ``origin``
    says what kind of input it was read from (:class:`~actorgraph.graph.vocabulary.Origin`;
    every loader sets it). Evidence aggregated from event data also has ``events`` (how
    many events it stands for), ``weight`` (their Goldstein/intensity sum), ``mentions``
    (the mentions, articles or sources that reported them) and ``last_date`` (the date of
    its last event; ``date`` is the first). Such a piece is one period and kind of event
    (``doc`` ``gdelt:2022-03``, ``rule`` ``gdelt:19 fight``): reading that period and kind
    again replaces it (:attr:`key`), so a later aggregation of a period never counts its
    events twice.

    >>> a = Evidence(doc="gdelt:2022-03", rule="gdelt:19 fight", text="3 events", events=3)
    >>> b = Evidence(doc="gdelt:2022-03", rule="gdelt:19 fight", text="5 events", events=5)
    >>> a.key == b.key
    True
    """

    doc: str
    text: str = ""
    date: str | None = None
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    source: str | None = None
    origin: Origin | None = None
    events: int | None = Field(default=None, ge=0)
    weight: float | None = None
    mentions: int | None = Field(default=None, ge=0)
    last_date: str | None = None

    _d = field_validator("date", "last_date", mode="before")(lambda v: parse_date(v))

    @field_validator("origin", mode="before")
    @classmethod
    def _origin(cls, v: object) -> Origin | None:
        return None if v in (None, "") else Origin.parse(v)

    @property
    def key(self) -> tuple:
        """Identity of a piece of evidence: loading it again adds nothing. Event data's
        is its period and kind (``doc``, ``rule``): a new reading replaces the old."""
        if self.events is not None:
            return (self.doc, None, None, None, None, self.rule)
        return (self.doc, self.sentence, self.start, self.end, self.text, self.rule)


class Actor(_Strict):
    """A geopolitical actor: a state, organisation, person or group.

    ``aliases`` maps a language code (``en``, ``nl``) to names that refer to the actor.
    ``start``/``end`` bound its existence (a state) or activity (a person).
    """

    id: str
    name: str
    kind: ActorKind
    bloc: Bloc = Bloc.OTHER
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    country: str | None = None
    start: str | None = None
    end: str | None = None
    description: str | None = None
    source: str | None = None

    _d = field_validator("start", "end", mode="before")(lambda v: parse_date(v))

    @field_validator("id")
    @classmethod
    def _check_id(cls, v: str) -> str:
        v = v.strip()
        if not _ID_RE.match(v):
            raise ValueError(
                f"bad actor id {v!r}: use an ISO alpha-3 code (NLD), an acronym (NATO) or a "
                "lowercase name slug (jens-stoltenberg)"
            )
        return v

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: object) -> ActorKind:
        return ActorKind.parse(v)

    @field_validator("bloc", mode="before")
    @classmethod
    def _bloc(cls, v: object) -> Bloc:
        return Bloc.OTHER if v in (None, "") else Bloc.parse(v)

    def merged(self, other: Actor) -> Actor:
        """This actor with the other's non-empty fields and aliases added."""
        data = self.model_dump()
        for k, v in other.model_dump().items():
            if k == "aliases":
                for lang, names in v.items():
                    have = data["aliases"].setdefault(lang, [])
                    have.extend(n for n in names if n not in have)
            elif v not in (None, "", Bloc.OTHER) or data.get(k) in (None, ""):
                data[k] = v
        return Actor(**data)


class Relation(_Strict):
    """A typed relation between two actors with all the evidence for it.

    ``first_seen``/``last_seen`` and ``count`` are derived from the provenance when not
    given. ``valid_from``/``valid_to`` bound a dated fact (a membership, an office), and
    ``role`` names an office for REPRESENTS. PARTNERS_WITH is stored with its two ends
    in sorted order, so that the same partnership read either way is one relation.
    ``origins`` (the sorted origins of the evidence) and ``weight`` (the sum of the
    evidence weights, for event data the Goldstein/intensity sum) are derived from the
    provenance too, when any piece has an origin or a weight.
    """

    source: str
    type: RelationType
    target: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    role: str | None = None
    origins: list[Origin] = Field(default_factory=list)
    weight: float = 0.0
    provenance: list[Evidence] = Field(default_factory=list)

    _d = field_validator("first_seen", "last_seen", "valid_from", "valid_to", mode="before")(
        lambda v: parse_date(v)
    )

    @field_validator("origins", mode="before")
    @classmethod
    def _origins(cls, v: object) -> list[Origin]:
        return sorted({Origin.parse(o) for o in (v or ())}, key=lambda o: o.value)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, v: object) -> RelationType:
        return RelationType.parse(v)

    @model_validator(mode="after")
    def _derive(self) -> Relation:
        self.source, _, self.target = canonical_key(self.source, self.type, self.target)
        if self.source == self.target:
            raise ValueError(f"a relation from {self.source!r} to itself is not allowed")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(
                f"valid_to {self.valid_to} is before valid_from {self.valid_from}"
            )
        dates = sorted(d for e in self.provenance for d in (e.date, e.last_date) if d)
        if dates:
            self.first_seen = min(filter(None, [self.first_seen, dates[0]]))
            self.last_seen = max(filter(None, [self.last_seen, dates[-1]]))
        self.count = max(self.count, len(self.provenance))
        if self.provenance:
            self.confidence = max(e.confidence for e in self.provenance)
        origins = {e.origin for e in self.provenance if e.origin is not None}
        if origins:
            self.origins = sorted(origins, key=lambda o: o.value)
        weights = [e.weight for e in self.provenance if e.weight is not None]
        if weights:
            self.weight = float(sum(weights))
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type.value, self.target)

    def merged(self, other: Relation) -> Relation:
        """Two readings of the same relation as one; merging twice adds nothing.

        Provenance is the union of both, where a piece of evidence read again (same
        document, place, text and rule) takes its newer date and confidence: correcting
        a curated row and loading it again corrects the relation. Seen dates and
        confidence follow from the provenance. For dated facts (an office, a membership)
        the relation keeps its latest term; earlier terms stay in the provenance.

        >>> e = Evidence(doc="d", text="x", date="2024-01-01")
        >>> r = Relation(source="A", type="SUPPORTS", target="B", provenance=[e])
        >>> r.merged(r).count
        1
        """
        if other.key != self.key:
            raise ValueError(f"cannot merge {other.key} into {self.key}")
        by_key = {e.key: e for e in self.provenance}
        by_key.update((e.key, e) for e in other.provenance)
        prov = list(by_key.values())
        dated = any(e.date for e in prov)
        firsts = [d for d in (self.first_seen, other.first_seen) if d]
        lasts = [d for d in (self.last_seen, other.last_seen) if d]
        term = _latest_term(self, other)
        return Relation(
            source=self.source,
            type=self.type,
            target=self.target,
            confidence=max(self.confidence, other.confidence) if not prov else 1.0,
            count=len(prov) if prov else max(self.count, other.count),
            first_seen=None if dated else (min(firsts) if firsts else None),
            last_seen=None if dated else (max(lasts) if lasts else None),
            valid_from=term.valid_from,
            valid_to=term.valid_to,
            role=term.role or self.role or other.role,
            origins=[] if prov else [*self.origins, *other.origins],
            weight=0.0 if prov else max(self.weight, other.weight, key=abs),
            provenance=prov,
        )


def _latest_term(a: Relation, b: Relation) -> Relation:
    """Of two readings, the one whose dated term starts later (``b`` on a tie).

    A second presidency replaces the first on the relation, so that "who held the
    office on date X" never finds a person between two terms.
    """
    if not (a.valid_from or a.valid_to):
        return b
    if not (b.valid_from or b.valid_to):
        return a
    return a if (a.valid_from or "") > (b.valid_from or "") else b


class Document(_Strict):
    """A document read by a loader; ``id`` is the SHA-256 of its bytes (first 16 hex)."""

    id: str
    title: str | None = None
    date: str | None = None
    language: str | None = None
    path: str | None = None
    issuer: str | None = None
    source_url: str | None = None

    _d = field_validator("date", mode="before")(lambda v: parse_date(v))

    @staticmethod
    def id_for(data: bytes) -> str:
        """The content id of a document's bytes.

        >>> Document.id_for(b"hello")
        '2cf24dba5fb0a30e'
        """
        return hashlib.sha256(data).hexdigest()[:16]


class Mention(_Strict):
    """A document mentions an actor (``(:Document)-[:MENTIONS]->(:Actor)``)."""

    doc: str
    actor: str
    count: int = 1


class GraphBatch(_Strict):
    """What a loader hands a store in one go: actors, relations, documents, mentions."""

    actors: list[Actor] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)

    def extend(self, other: GraphBatch) -> None:
        self.actors.extend(other.actors)
        self.relations.extend(other.relations)
        self.documents.extend(other.documents)
        self.mentions.extend(other.mentions)


def merge_relations(relations: Iterable[Relation]) -> list[Relation]:
    """Fold relations with the same key into one each, keeping first-seen order."""
    out: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        have = out.get(r.key)
        out[r.key] = r if have is None else have.merged(r)
    return list(out.values())


def merge_actors(actors: Iterable[Actor]) -> list[Actor]:
    """Fold actors with the same id into one each."""
    out: dict[str, Actor] = {}
    for a in actors:
        have = out.get(a.id)
        out[a.id] = a if have is None else have.merged(a)
    return list(out.values())


def merge_documents(docs: Iterable[Document]) -> list[Document]:
    """One document per id, later fields filling earlier gaps."""
    out: dict[str, Document] = {}
    for d in docs:
        have = out.get(d.id)
        if have is None:
            out[d.id] = d
        else:
            data = have.model_dump()
            data.update({k: v for k, v in d.model_dump().items() if v is not None})
            out[d.id] = Document(**data)
    return list(out.values())


def merge_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per (document, actor), with the highest count."""
    out: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        have = out.get((m.doc, m.actor))
        if have is None or m.count > have.count:
            out[(m.doc, m.actor)] = m
    return list(out.values())
