"""Synthetic graphs of any size, for benchmarks and browser tests of the views.

Actors fall into the six blocs and four kinds; each actor starts ``per_actor``
relations, mostly to actors of its own bloc (so blocs form regions, as real data
does), dated between 2014 and 2024 with one evidence sentence each.

Example
-------
>>> actors, relations, docs = synthetic_graph(50)
>>> len(actors), len(relations) > 100, len(docs)
(50, True, 5)
"""

from __future__ import annotations

import random

from actorgraph.graph.model import Actor, Document, Evidence, Relation, merge_relations
from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType

_KINDS = [ActorKind.STATE] * 6 + [ActorKind.ORGANISATION] * 2 + [ActorKind.PERSON] * 3 + [
    ActorKind.GROUP
]


def synthetic_graph(
    n: int, *, per_actor: int = 3, seed: int = 1
) -> tuple[list[Actor], list[Relation], list[Document]]:
    """``n`` actors, about ``n * per_actor`` relations and ``max(1, n // 10)`` documents."""
    rng = random.Random(seed)
    blocs = list(Bloc)
    types = list(RelationType)
    docs = [
        Document(id=f"doc{k:05d}", title=f"Statement {k}",
                 date=f"20{14 + k % 11}-0{1 + k % 9}-1{k % 9}")
        for k in range(max(1, n // 10))
    ]
    actors = []
    for i in range(n):
        bloc = blocs[rng.randrange(len(blocs))]
        actors.append(
            Actor(id=f"A{i:05d}", name=f"Actor {i} of {bloc.value.replace('_', ' ')}",
                  kind=rng.choice(_KINDS), bloc=bloc)
        )
    by_bloc: dict[Bloc, list[int]] = {}
    for i, a in enumerate(actors):
        by_bloc.setdefault(a.bloc, []).append(i)
    relations = []
    for i, a in enumerate(actors):
        for _ in range(per_actor):
            pool = by_bloc[a.bloc] if rng.random() < 0.7 else range(n)
            j = rng.choice(list(pool)) if len(pool) < 50 else pool[rng.randrange(len(pool))]
            if j == i:
                continue
            year = rng.randrange(2014, 2025)
            d1 = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            d2 = f"{min(2024, year + rng.randrange(0, 3))}-{rng.randrange(1, 13):02d}-28"
            doc = docs[rng.randrange(len(docs))]
            relations.append(
                Relation(
                    source=a.id, type=types[rng.randrange(len(types))], target=actors[j].id,
                    confidence=round(rng.uniform(0.4, 1.0), 2), count=1,
                    first_seen=min(d1, d2), last_seen=max(d1, d2),
                    provenance=[Evidence(doc=doc.id, text=f"{a.name} and {actors[j].name} in {d1}.",
                                         date=min(d1, d2), confidence=0.8)],
                )
            )
    return actors, merge_relations(relations), docs
