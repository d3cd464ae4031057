"""Choose the part of a graph to show or export: by relation type, bloc and confidence.

Example
-------
>>> from actorgraph.graph.model import Actor, Relation
>>> actors = [Actor(id="RUS", name="Russia", kind="state", bloc="russia"),
...           Actor(id="IRN", name="Iran", kind="state", bloc="russia"),
...           Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine"),
...           Actor(id="NLD", name="Netherlands", kind="state", bloc="nato")]
>>> rels = [Relation(source="IRN", type="SUPPORTS", target="RUS"),
...         Relation(source="RUS", type="THREATENS", target="UKR"),
...         Relation(source="NLD", type="SUPPORTS", target="UKR")]
>>> a, r = select_graph(actors, rels, blocs=["russia"])
>>> [x.id for x in a], [x.key[1] for x in r]
(['RUS', 'IRN', 'UKR'], ['SUPPORTS', 'THREATENS'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from actorgraph.errors import SchemaError
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.vocabulary import Bloc, RelationType


def select_graph(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    *,
    types: Iterable[str | RelationType] | None = None,
    blocs: Iterable[str | Bloc] | None = None,
    min_confidence: float = 0.0,
) -> tuple[list[Actor], list[Relation]]:
    """The actors and relations to show, in their given order.

    - ``types``: keep only relations of these types (names as in the vocabulary, any case).
    - ``blocs``: keep the actors of these blocs, the relations that touch one of them, and
      the actors at the other end of those relations (so "Russia and its supporters"
      shows whom they support and threaten).
    - ``min_confidence``: keep only relations at least this confident.

    With ``types`` or ``min_confidence`` set, actors left without a relation are dropped;
    with no filter at all, everything is kept (isolated actors too). Unknown types or
    blocs raise :class:`SchemaError` naming the known ones.

    >>> select_graph([], [], types=["ALLY_OF"])
    Traceback (most recent call last):
    ...
    actorgraph.errors.SchemaError: unknown relation type 'ALLY_OF'; known: SUPPORTS, ...
    """
    type_set = {RelationType.parse(t) for t in types} if types else None
    bloc_set = {Bloc.parse(b) for b in blocs} if blocs else None
    if not 0.0 <= min_confidence <= 1.0:
        raise SchemaError(
            f"minimum confidence {min_confidence} is out of range", hint="use 0.0 to 1.0"
        )
    by_id = {a.id: a for a in actors}

    def in_blocs(actor_id: str) -> bool:
        actor = by_id.get(actor_id)
        return actor is not None and actor.bloc in bloc_set  # type: ignore[operator]

    kept_rels = [
        r
        for r in relations
        if (type_set is None or r.type in type_set)
        and r.confidence >= min_confidence
        and (bloc_set is None or in_blocs(r.source) or in_blocs(r.target))
    ]
    if type_set is None and bloc_set is None and min_confidence <= 0.0:
        return list(actors), kept_rels
    ends = {r.source for r in kept_rels} | {r.target for r in kept_rels}
    only_related = type_set is not None or min_confidence > 0.0
    kept_actors = [
        a
        for a in actors
        if a.id in ends or (bloc_set is not None and a.bloc in bloc_set and not only_related)
    ]
    return kept_actors, kept_rels
