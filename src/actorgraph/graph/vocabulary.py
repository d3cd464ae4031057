"""The closed vocabulary of actorgraph: relation types, actor kinds and blocs.

Relation types are the only labels ever written as relationship types in a store; input
is checked against this list and never spliced into Cypher. ANNOTATION.md (copied to
``docs/annotation.md``) says what each means and how it is scored.

>>> RelationType.parse("supports")
<RelationType.SUPPORTS: 'SUPPORTS'>
>>> RelationType.PARTNERS_WITH.symmetric
True
>>> Origin.parse("GDELT").event_data
True
"""

from __future__ import annotations

from enum import Enum

from actorgraph.errors import SchemaError


class _Parsable(str, Enum):
    """A string enum that parses case-insensitively and explains a miss."""

    @classmethod
    def parse(cls, value: object):
        if isinstance(value, cls):
            return value
        text = str(value).strip()
        norm = text.upper().replace("-", "_").replace(" ", "_")
        for member in cls:
            if member.value.upper() == norm or member.name == norm:
                return member
        aliases = getattr(cls, "_aliases", lambda: {})()
        if norm in aliases:
            return cls(aliases[norm])
        known = ", ".join(m.value for m in cls)
        raise SchemaError(f"unknown {cls._label()} {text!r}", hint=f"known: {known}")

    @classmethod
    def _label(cls) -> str:
        return cls.__name__.lower()


class RelationType(_Parsable):
    """A relation between two actors. PARTNERS_WITH is symmetric; the rest are directed."""

    SUPPORTS = "SUPPORTS"
    THREATENS = "THREATENS"
    PARTNERS_WITH = "PARTNERS_WITH"
    MEMBER_OF = "MEMBER_OF"
    OPPOSES = "OPPOSES"
    ASPIRES_TO_JOIN = "ASPIRES_TO_JOIN"
    REPRESENTS = "REPRESENTS"

    @classmethod
    def _label(cls) -> str:
        return "relation type"

    @property
    def symmetric(self) -> bool:
        return self is RelationType.PARTNERS_WITH

    @property
    def tier(self) -> str:
        """``core`` or ``secondary``, as scored in ANNOTATION.md."""
        return "core" if self in _CORE else "secondary"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_CORE = {
    RelationType.SUPPORTS,
    RelationType.THREATENS,
    RelationType.PARTNERS_WITH,
    RelationType.MEMBER_OF,
}

_DESCRIPTIONS = {
    RelationType.SUPPORTS: "gives political, military, financial or material support to",
    RelationType.THREATENS: "poses a threat to, or commits aggression against",
    RelationType.PARTNERS_WITH: "cooperates with as a partner (symmetric)",
    RelationType.MEMBER_OF: "is a member of the organisation",
    RelationType.OPPOSES: "criticises, condemns, sanctions or calls to account",
    RelationType.ASPIRES_TO_JOIN: "seeks membership of",
    RelationType.REPRESENTS: "a person holds an office for (minister of, secretary general of)",
}


class ActorKind(_Parsable):
    """What sort of actor a node is; Neo4j gets the matching label (``:State`` …)."""

    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"
    GROUP = "group"

    @classmethod
    def _label(cls) -> str:
        return "actor kind"

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        return {"ORGANIZATION": "organisation", "COUNTRY": "state", "ORG": "organisation"}

    @property
    def neo4j_label(self) -> str:
        return self.value.capitalize()


class Bloc(_Parsable):
    """The alignment an actor is drawn and counted in."""

    NATO_ALLY = "nato_ally"
    NATO_PARTNER = "nato_partner"
    EU = "eu"
    RUSSIA_AND_SUPPORTERS = "russia_and_supporters"
    UKRAINE = "ukraine"
    OTHER = "other"

    @classmethod
    def _label(cls) -> str:
        return "bloc"

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        return {
            "NATO": "nato_ally",
            "ALLY": "nato_ally",
            "PARTNER": "nato_partner",
            "RUSSIA": "russia_and_supporters",
            "RUSSIA_SUPPORTER": "russia_and_supporters",
        }

    @property
    def title(self) -> str:
        return _BLOC_TITLES[self]

    @property
    def neo4j_label(self) -> str:
        """The Neo4j label that marks the bloc (the Browser styles nodes by label).

        >>> Bloc.RUSSIA_AND_SUPPORTERS.neo4j_label
        'BlocRussiaAndSupporters'
        """
        return "Bloc" + "".join(part.capitalize() for part in self.value.split("_"))


_BLOC_TITLES = {
    Bloc.NATO_ALLY: "NATO ally",
    Bloc.NATO_PARTNER: "NATO partner",
    Bloc.EU: "EU",
    Bloc.RUSSIA_AND_SUPPORTERS: "Russia and its supporters",
    Bloc.UKRAINE: "Ukraine",
    Bloc.OTHER: "other",
}


class Origin(_Parsable):
    """Where a piece of evidence comes from: the kind of input a loader read.

    Stored as the ``origin`` of each Evidence node; a relation's ``origins`` lists the
    origins of its evidence, so queries and views can tell document-, curated- and
    event-derived relations apart (stored as one text, ``curated,gdelt``: ``WHERE r.origins
    CONTAINS 'gdelt'``).
    """

    CURATED = "curated"
    DOCUMENT = "document"
    CATALOGUE = "catalogue"
    ICEWS = "icews"
    GDELT = "gdelt"
    POLECAT = "polecat"

    @classmethod
    def _label(cls) -> str:
        return "origin"

    @property
    def event_data(self) -> bool:
        """Whether the origin is machine-coded event data (ICEWS, GDELT, POLECAT)."""
        return self in (Origin.ICEWS, Origin.GDELT, Origin.POLECAT)


#: the actors (at most five) whose kind or bloc is outside the vocabulary: run after a
#: user's Cypher write, in its transaction, by both stores (parameters from
#: :func:`vocabulary_params`); named queries compare these values exactly
CYPHER_OUT_OF_VOCABULARY = (
    "MATCH (a:Actor) WHERE NOT coalesce(a.kind, '') IN $kinds "
    "OR NOT coalesce(a.bloc, 'other') IN $blocs "
    "RETURN a.id AS id, a.kind AS kind, a.bloc AS bloc ORDER BY id LIMIT 5"
)


def vocabulary_params() -> dict[str, list[str]]:
    """The parameters of :data:`CYPHER_OUT_OF_VOCABULARY`.

    >>> vocabulary_params()["kinds"]
    ['state', 'organisation', 'person', 'group']
    """
    return {"kinds": [k.value for k in ActorKind], "blocs": [b.value for b in Bloc]}


def refuse_out_of_vocabulary(rows: list[list[object]]) -> None:
    """Raise :class:`SchemaError` if ``rows`` (id, kind, bloc from
    :data:`CYPHER_OUT_OF_VOCABULARY`) name any actor: a write that leaves an actor's kind
    or bloc outside the vocabulary is refused (and rolled back by the caller), since the
    views, the named queries and Neo4j's labels would disagree about it.

    >>> refuse_out_of_vocabulary([])
    >>> refuse_out_of_vocabulary([["NLD", "state", "NATO"]])
    Traceback (most recent call last):
    ...
    actorgraph.errors.SchemaError: the write would leave actor NLD with bloc 'NATO', which \
is not in the vocabulary; nothing was changed; blocs: nato_ally, nato_partner, eu, \
russia_and_supporters, ukraine, other; kinds: state, organisation, person, group
    """
    if not rows:
        return
    kinds = {k.value for k in ActorKind}
    blocs = {b.value for b in Bloc}
    bad = []
    for actor_id, kind, bloc in rows:
        if (kind or "") not in kinds:
            bad.append(f"actor {actor_id} with kind {kind!r}")
        if (bloc if bloc is not None else "other") not in blocs:
            bad.append(f"actor {actor_id} with bloc {bloc!r}")
    raise SchemaError(
        f"the write would leave {', '.join(bad)}, which {'is' if len(bad) == 1 else 'are'} "
        "not in the vocabulary; nothing was changed",
        hint=f"blocs: {', '.join(b.value for b in Bloc)}; "
        f"kinds: {', '.join(k.value for k in ActorKind)}",
    )
