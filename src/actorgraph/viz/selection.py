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


def neighbourhood(
    actors: Sequence[Actor], relations: Sequence[Relation], focus: str, depth: int = 1
) -> tuple[list[Actor], list[Relation]]:
    """The actors within ``depth`` relations of ``focus`` (id or name), and the relations
    among them.

    >>> a = [Actor(id=x, name=x, kind="state") for x in ("A", "B", "C")]
    >>> r = [Relation(source="A", type="SUPPORTS", target="B"),
    ...      Relation(source="B", type="SUPPORTS", target="C")]
    >>> [x.id for x in neighbourhood(a, r, "A", 1)[0]]
    ['A', 'B']
    >>> neighbourhood(a, r, "D")
    Traceback (most recent call last):
    ...
    actorgraph.errors.SchemaError: no actor 'D' in the view; known ids include: A, B, C
    """
    if depth < 0:
        raise SchemaError(f"depth {depth} is negative", hint="use 1, 2 or 3")
    start = find_actor(actors, relations, focus)
    adjacent: dict[str, set[str]] = {}
    for r in relations:
        adjacent.setdefault(r.source, set()).add(r.target)
        adjacent.setdefault(r.target, set()).add(r.source)
    seen = {start}
    frontier = {start}
    for _ in range(depth):
        frontier = {o for x in frontier for o in adjacent.get(x, ())} - seen
        seen |= frontier
    kept = [r for r in relations if r.source in seen and r.target in seen]
    return [a for a in actors if a.id in seen], kept


def find_actor(actors: Sequence[Actor], relations: Sequence[Relation], query: str) -> str:
    """The id of the actor ``query`` names (id, name or alias, any case)."""
    q = query.strip().lower()
    for a in actors:
        names = [a.id, a.name, *(n for ns in a.aliases.values() for n in ns)]
        if any(q == n.lower() for n in names):
            return a.id
    ends = {r.source for r in relations} | {r.target for r in relations}
    for end in ends:
        if end.lower() == q:
            return end
    import difflib

    ids = [a.id for a in actors]
    close = difflib.get_close_matches(query, ids + [a.name for a in actors], n=3)
    hint = f"did you mean {' or '.join(close)}?" if close else (
        "known ids include: " + ", ".join(ids[:8]) if ids else "the view has no actors"
    )
    raise SchemaError(f"no actor {query!r} in the view; {hint}")


def as_of(relations: Sequence[Relation], date: str) -> list[Relation]:
    """The relations that held on ``date`` (ISO): known from before it (first seen, valid
    from or evidence date) and not ended before it (valid to). Undated relations are kept.

    >>> rs = [Relation(source="A", type="SUPPORTS", target="B", first_seen="2023-05-01"),
    ...       Relation(source="A", type="OPPOSES", target="B", valid_from="2020",
    ...                valid_to="2021")]
    >>> [r.type.value for r in as_of(rs, "2022-02-24")]
    []
    >>> [r.type.value for r in as_of(rs, "2024-01-01")]
    ['SUPPORTS']
    """
    from actorgraph.viz.viewdata import day_number, relation_span

    day = day_number(date)
    if day is None:
        raise SchemaError(f"{date!r} is not a date", hint="write it as YYYY-MM-DD")
    kept = []
    for r in relations:
        t0, _, until = relation_span(r)
        if t0 is None or (t0 <= day and (until is None or day <= until)):
            kept.append(r)
    return kept


def from_query(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    columns: Sequence[str],
    rows: Iterable,
    also: Iterable[str] = (),
) -> tuple[list[Actor], list[Relation]]:
    """The part of the graph a query result names: rows with ``source``, ``type`` and
    ``target`` columns name relations; otherwise every cell equal to an actor id names
    that actor (as do the ids in ``also``: the query's parameters), and the relations
    among the named actors are kept.

    >>> a = [Actor(id=x, name=x, kind="state") for x in ("A", "B", "C")]
    >>> r = [Relation(source="A", type="SUPPORTS", target="B")]
    >>> [x.id for x in from_query(a, r, ["id"], [["A"], ["B"]])[0]]
    ['A', 'B']
    """
    rows = list(rows)
    cols = [c.lower() for c in columns]
    by_key = {r.key: r for r in relations}
    kept: list[Relation] = []
    if {"source", "type", "target"} <= set(cols):
        si, ti, ki = cols.index("source"), cols.index("target"), cols.index("type")
        for row in rows:
            key = (str(row[si]), str(row[ki]).upper(), str(row[ti]))
            rel = by_key.get(key) or by_key.get((key[2], key[1], key[0]))
            if rel is not None and rel not in kept:
                kept.append(rel)
        ids = {r.source for r in kept} | {r.target for r in kept}
    else:
        known = {a.id for a in actors}
        ids = {c for row in rows for c in row if isinstance(c, str) and c in known}
        ids |= {c for c in also if c in known}
        kept = [r for r in relations if r.source in ids and r.target in ids]
    return [a for a in actors if a.id in ids], kept
