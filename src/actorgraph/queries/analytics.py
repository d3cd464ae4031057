"""Network analytics on the graph of either store: centrality, communities, write-back.

The graph is read once with Cypher (:func:`read_edges`, no evidence text), optionally
cut to the relations that held on a date (the rule of the ``as-of`` query: a dated fact
from its ``valid_from`` to its ``valid_to``, anything else from when it was first seen;
undated relations are left out) and to some relation types.

- :func:`centrality`: per actor and relation type (and ``ALL``): degree (relations
  touching it), weighted in/out strength (sum of the evidence counts of its relations;
  a PARTNERS_WITH counts both ways), betweenness (normalised, on the undirected graph:
  who lies between others) and PageRank (directed, weighted by evidence, damping 0.85).
- :func:`communities`: modularity communities (networkx greedy modularity, which is
  deterministic) on the cooperation network (SUPPORTS + PARTNERS_WITH + MEMBER_OF),
  compared with the declared blocs: the share of actors in their community's majority
  bloc, the Rand index of the two partitions, and the actors that differ.

networkx comes with the ``viz`` extra and is imported only here, when needed.

>>> edges = [Edge("A", "SUPPORTS", "C", 1), Edge("B", "SUPPORTS", "C", 2)]
>>> rows = centrality(edges, {"A": {}, "B": {}, "C": {}}, types=["SUPPORTS"])
>>> [(r.id, r.degree, r.in_strength, round(r.betweenness, 2)) for r in rows if r.type == "ALL"]
[('C', 2, 3, 1.0), ('A', 1, 0, 0.0), ('B', 1, 0, 0.0)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import ActorGraphError, require
from actorgraph.graph.records import origins_list
from actorgraph.queries.dated import RelationDates

#: the relation types of the cooperation network
COOPERATION = ("SUPPORTS", "PARTNERS_WITH", "MEMBER_OF")

_EDGES = """
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types
RETURN a.id AS source, type(r) AS type, b.id AS target, r.count AS count,
       r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.valid_from AS valid_from, r.valid_to AS valid_to, r.origins AS origins,
       r.weight AS weight
"""


@dataclass(frozen=True)
class Edge(RelationDates):
    """A relation as analytics sees it: its key, evidence count, origins and weight, and
    its dates (keywords, :class:`~actorgraph.queries.dated.RelationDates`)."""

    source: str
    type: str
    target: str
    count: int = 1
    origins: tuple[str, ...] = ()
    weight: float = 0.0

    @property
    def symmetric(self) -> bool:
        return self.type == "PARTNERS_WITH"


def _types(types) -> list[str]:
    from actorgraph.queries.params import Param

    if not types:
        return Param("types", "types").cast("")
    return Param("types", "types").cast(types if isinstance(types, str) else list(types))


def _day(as_of) -> str | None:
    from actorgraph.queries.params import Param

    return Param("as_of", "date").cast(as_of) or None if as_of else None


def read_edges(store: Any, *, types=None, as_of=None) -> list[Edge]:
    """The store's relations (of ``types``; held on ``as_of``) as :class:`Edge` s."""
    day = _day(as_of)
    rows = store.query(_EDGES, {"types": _types(types)}).records()
    edges = [Edge(r["source"], r["type"], r["target"], r["count"] or 0,
                  tuple(origins_list(r["origins"])), r["weight"] or 0.0, **RelationDates.of(r))
             for r in rows]
    return [e for e in edges if day is None or e.holds_on(day)]


def read_actors(store: Any) -> dict[str, dict[str, Any]]:
    """Every actor's name, kind and bloc, by id."""
    rows = store.query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
                       "a.bloc AS bloc").records()
    return {r["id"]: {"name": r["name"], "kind": r["kind"], "bloc": r["bloc"]} for r in rows}


def edges_from_relations(relations) -> list[Edge]:
    """:class:`Edge` s of model relations (e.g. the reference catalogue's)."""
    return [Edge(r.source, r.type.value, r.target, r.count or 1,
                 tuple(o.value for o in r.origins), r.weight, **RelationDates.of(r))
            for r in relations]


# -- centrality ---------------------------------------------------------------------------


@dataclass
class Centrality:
    id: str
    name: str
    #: a relation type, or ``ALL``
    type: str
    degree: int = 0
    in_strength: int = 0
    out_strength: int = 0
    betweenness: float = 0.0
    pagerank: float = 0.0


def pagerank(nodes: list[str], weights: dict[tuple[str, str], float], *,
             alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 1000) -> dict[str, float]:
    """Weighted PageRank by power iteration, as ``networkx.pagerank`` defines it (a node
    without out-links spreads its rank evenly), without needing numpy or scipy.

    >>> pr = pagerank(["a", "b"], {("a", "b"): 1.0})
    >>> round(pr["a"], 4), round(pr["b"], 4)
    (0.3509, 0.6491)
    """
    n = len(nodes)
    if n == 0:
        return {}
    out_w: dict[str, float] = defaultdict(float)
    links: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (u, v), w in weights.items():
        out_w[u] += w
        links[u].append((v, w))
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = sum(rank[u] for u in nodes if out_w[u] == 0)
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + alpha * dangling / n)
        for u, targets in links.items():
            share = alpha * rank[u] / out_w[u]
            for v, w in targets:
                new[v] += share * w
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def centrality(edges: list[Edge], actors: dict[str, dict[str, Any]], *,
               types=None) -> list[Centrality]:
    """Degree, strength, betweenness and PageRank per actor, for each relation type that
    occurs (or each of ``types``) and for ``ALL`` of them, sorted by type then PageRank."""
    nx = require("networkx", "viz")
    present = sorted({e.type for e in edges})
    wanted = [t for t in (_types(types) if types else present) if t in present]
    out: list[Centrality] = []
    for rtype in [*wanted, "ALL"]:
        chosen = [e for e in edges if rtype == "ALL" and e.type in wanted or e.type == rtype]
        nodes = sorted(actors)
        degree: Counter = Counter()
        strength_in: Counter = Counter()
        strength_out: Counter = Counter()
        weights: dict[tuple[str, str], float] = defaultdict(float)
        undirected = nx.Graph()
        undirected.add_nodes_from(nodes)
        for e in chosen:
            degree[e.source] += 1
            degree[e.target] += 1
            pairs = [(e.source, e.target)] + ([(e.target, e.source)] if e.symmetric else [])
            for u, v in pairs:
                strength_out[u] += e.count
                strength_in[v] += e.count
                weights[(u, v)] += e.count or 1
            undirected.add_edge(e.source, e.target)
        between = nx.betweenness_centrality(undirected, normalized=True)
        ranks = pagerank(nodes, weights)
        for a in nodes:
            out.append(Centrality(a, actors[a].get("name") or a, rtype, degree[a],
                                  strength_in[a], strength_out[a], between.get(a, 0.0),
                                  ranks.get(a, 0.0)))
    out.sort(key=lambda c: (c.type == "ALL", c.type, -c.pagerank, c.id))
    return out


# -- communities --------------------------------------------------------------------------


@dataclass
class CommunityReport:
    """Communities of the cooperation network beside the declared blocs."""

    #: community label (C1, C2, … by size) → member ids
    communities: dict[str, list[str]] = field(default_factory=dict)
    #: community label → the bloc most of its members declare
    majority: dict[str, str] = field(default_factory=dict)
    #: share of actors whose declared bloc is their community's majority bloc
    agreement: float = 0.0
    #: Rand index: share of actor pairs that both partitions put together or apart
    rand: float = 0.0
    #: (id, declared bloc, community, the community's majority bloc) for the others
    differ: list[tuple[str, str, str, str]] = field(default_factory=list)

    def community_of(self) -> dict[str, str]:
        return {a: c for c, members in self.communities.items() for a in members}


def communities(edges: list[Edge], actors: dict[str, dict[str, Any]]) -> CommunityReport:
    """Modularity communities of the cooperation network and how they match the blocs.

    Only actors with at least one cooperation relation take part.
    """
    nx = require("networkx", "viz")
    graph = nx.Graph()
    for e in edges:
        if e.type in COOPERATION:
            w = graph.get_edge_data(e.source, e.target, {}).get("weight", 0)
            graph.add_edge(e.source, e.target, weight=w + (e.count or 1))
    report = CommunityReport()
    if graph.number_of_edges() == 0:
        return report
    found = nx.community.greedy_modularity_communities(graph, weight="weight")
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    bloc = {a: (actors.get(a) or {}).get("bloc") or "other" for a in graph.nodes}
    agree = 0
    for i, members in enumerate(ordered, 1):
        label = f"C{i}"
        report.communities[label] = members
        counts = Counter(bloc[a] for a in members)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        report.majority[label] = top
        for a in members:
            if bloc[a] == top:
                agree += 1
            else:
                report.differ.append((a, bloc[a], label, top))
    report.agreement = agree / graph.number_of_nodes()
    report.rand = _rand_index(report.community_of(), bloc)
    report.differ.sort()
    return report


def _rand_index(first: dict[str, str], second: dict[str, str]) -> float:
    ids = sorted(first)
    pairs = agree = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            pairs += 1
            agree += (first[a] == first[b]) == (second[a] == second[b])
    return agree / pairs if pairs else 1.0


# -- write-back ---------------------------------------------------------------------------

#: actor properties ``analyze --write`` sets, and their LadybugDB column types
WRITTEN = {
    "degree": "INT64", "in_strength": "INT64", "out_strength": "INT64",
    "betweenness": "DOUBLE", "pagerank": "DOUBLE", "community": "STRING",
    "derived_bloc": "STRING",
}


def write_actor_properties(store: Any, rows: list[dict[str, Any]]) -> int:
    """Set analysis results as actor properties (``WRITTEN``); returns actors written.

    The embedded store's Actor table has a fixed schema, so the columns are added first
    (``ALTER TABLE … ADD IF NOT EXISTS``); Neo4j takes new properties as they come.
    """
    if not rows:
        return 0
    if store.kind == "embedded":
        for name, col in WRITTEN.items():
            store.query(f"ALTER TABLE Actor ADD IF NOT EXISTS {name} {col}", write=True)
    sets = ", ".join(f"a.{p} = r.{p}" for p in WRITTEN)
    full = [{p: row.get(p) for p in ("id", *WRITTEN)} for row in rows]
    for i in range(0, len(full), 5000):
        store.query(f"UNWIND $rows AS r MATCH (a:Actor {{id: r.id}}) SET {sets}",
                    {"rows": full[i:i + 5000]}, write=True)
    return len(full)


def stored_metrics(store: Any) -> dict[str, dict[str, float]]:
    """The numeric properties ``analyze --write`` left on the actors, by name and actor id
    (``{"pagerank": {"RUS": 0.21}}``), for the view to size by; empty when there are none.
    """
    numeric = [p for p, col in WRITTEN.items() if col in ("INT64", "DOUBLE")]
    returns = ", ".join(f"a.{p} AS {p}" for p in numeric)
    try:
        result = store.query(f"MATCH (a:Actor) RETURN a.id AS id, {returns}")
    except ActorGraphError:  # never written: the embedded Actor table has no such column
        return {}
    out: dict[str, dict[str, float]] = {}
    for row in result.rows:
        for name, value in zip(numeric, row[1:]):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out.setdefault(name, {})[row[0]] = float(value)
    return out
