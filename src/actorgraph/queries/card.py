"""What the graph (and the reference catalogue) says about one actor: its card.

:func:`actor_card` gathers the actor's names and aliases, kind and bloc, its dated
memberships and offices (from the graph and from the catalogue, marked by where they
come from), and its relations grouped by type with evidence counts and date ranges.

>>> from actorgraph.graph.store import open_store
>>> from actorgraph.graph.model import Actor, GraphBatch, Relation
>>> import tempfile
>>> with open_store(tempfile.mkdtemp() + "/g.lbdb") as s:
...     _ = s.write(GraphBatch(actors=[Actor(id="SWE", name="Sweden", kind="state"),
...                                    Actor(id="NATO", name="NATO", kind="organisation")],
...         relations=[Relation(source="SWE", type="MEMBER_OF", target="NATO",
...                             valid_from="2024-03-07")]))
...     card = actor_card(s, "Zweden", catalogue=True)
>>> card.id, [(m.other, m.since, m.origin) for m in card.memberships if m.other == "NATO"]
('SWE', [('NATO', '2024-03-07', 'graph+catalogue')])
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from actorgraph.queries.dated import RelationDates
from actorgraph.queries.resolve import resolve_actor

_RELATIONS = """
MATCH (a:Actor {id: $id})-[r]->(b:Actor)
RETURN 'out' AS direction, type(r) AS type, b.id AS other, b.name AS name,
       r.count AS evidence, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.valid_from AS valid_from, r.valid_to AS valid_to, r.role AS role
UNION ALL
MATCH (b:Actor)-[r]->(a:Actor {id: $id})
RETURN 'in' AS direction, type(r) AS type, b.id AS other, b.name AS name,
       r.count AS evidence, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.valid_from AS valid_from, r.valid_to AS valid_to, r.role AS role
"""

#: dated facts shown as memberships and offices rather than among the relations
_DATED = ("MEMBER_OF", "REPRESENTS", "ASPIRES_TO_JOIN")


@dataclass
class Fact:
    """A membership or office: type, direction, the other actor, dates, where it is from."""

    type: str
    direction: str
    other: str
    name: str
    since: str | None = None
    until: str | None = None
    role: str | None = None
    #: ``graph``, ``catalogue`` or ``graph+catalogue``
    origin: str = "graph"


@dataclass(frozen=True)
class Link(RelationDates):
    """One relation of the actor as the graph holds it, with its dates (keywords,
    :class:`~actorgraph.queries.dated.RelationDates`)."""

    direction: str
    other: str
    name: str
    evidence: int = 0


@dataclass
class ActorCard:
    id: str
    name: str
    kind: str
    bloc: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    description: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    memberships: list[Fact] = field(default_factory=list)
    offices: list[Fact] = field(default_factory=list)
    relations: dict[str, list[Link]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def actor_card(store: Any, text: str, *, catalogue: bool = True) -> ActorCard:
    """The card of the actor ``text`` names (an id, name or alias; see
    :func:`~actorgraph.queries.resolve.resolve_actor`)."""
    actor_id = resolve_actor(store, text, param="ACTOR")
    row = store.query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind, a.bloc AS bloc, "
        "a.country AS country, a.start_date AS start, a.end_date AS end_date, "
        "a.description AS description, a.aliases AS aliases", {"id": actor_id},
    ).records()[0]
    import json

    card = ActorCard(
        id=actor_id, name=row["name"], kind=row["kind"], bloc=row["bloc"],
        country=row["country"], start=row["start"], end=row["end_date"],
        description=row["description"], aliases=json.loads(row["aliases"] or "{}"),
    )
    facts: dict[tuple, Fact] = {}
    for rec in store.query(_RELATIONS, {"id": actor_id}).records():
        rtype = rec["type"]
        link = Link(rec["direction"], rec["other"], rec["name"] or rec["other"],
                    rec["evidence"] or 0, **RelationDates.of(rec))
        if rtype in _DATED:
            key = (rtype, rec["direction"], rec["other"])
            facts[key] = Fact(rtype, link.direction, link.other, link.name, link.start,
                              link.valid_to, rec["role"])
        card.relations.setdefault(rtype, []).append(link)
    if catalogue:
        _add_catalogue(card, facts)
    for f in sorted(facts.values(), key=lambda f: (f.since or "9999", f.other, f.type)):
        (card.offices if f.type == "REPRESENTS" else card.memberships).append(f)
    for links in card.relations.values():
        links.sort(key=lambda x: (x.direction, -x.evidence, x.other))
    card.relations = dict(sorted(card.relations.items()))
    return card


def _add_catalogue(card: ActorCard, facts: dict[tuple, Fact]) -> None:
    """Memberships and offices the catalogue knows, merged with the graph's."""
    from actorgraph.loaders.reference import load_catalogue

    cat = load_catalogue()
    known = cat.get(card.id)
    if known is not None:
        for lang, names in known.aliases.items():
            have = card.aliases.setdefault(lang, [])
            have.extend(n for n in names if n not in have)
    for rel in cat.relations():
        if rel.type.value not in _DATED or card.id not in (rel.source, rel.target):
            continue
        direction = "out" if rel.source == card.id else "in"
        other = rel.target if direction == "out" else rel.source
        key = (rel.type.value, direction, other)
        other_actor = cat.get(other)
        name = other_actor.name if other_actor else other
        have = facts.get(key)
        if have is not None and (have.since, have.until) in (
            (rel.valid_from, rel.valid_to), (rel.valid_from, None)
        ):
            have.origin = "graph+catalogue"
            continue
        if have is not None and have.origin == "graph":
            key = (*key, rel.valid_from)  # an earlier term of the same office
        facts[key] = Fact(rel.type.value, direction, other, name, rel.valid_from,
                          rel.valid_to, rel.role, origin="catalogue")
