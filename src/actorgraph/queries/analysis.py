"""``actorgraph analyze`` as one library call: read, measure, compare, optionally write.

>>> from actorgraph.graph.store import open_store
>>> from actorgraph.graph.model import Actor, GraphBatch, Relation
>>> import tempfile
>>> with open_store(tempfile.mkdtemp() + "/g.lbdb") as s:
...     _ = s.write(GraphBatch(actors=[Actor(id="NLD", name="Netherlands", kind="state"),
...                                    Actor(id="NATO", name="NATO", kind="organisation")],
...         relations=[Relation(source="NLD", type="MEMBER_OF", target="NATO",
...                             valid_from="1949-08-24")]))
...     report = analyze(s, as_of="2024-01-01", write=True)
...     s.query("MATCH (a:Actor {id: 'NLD'}) RETURN a.derived_bloc").rows
[['nato_ally']]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from actorgraph.queries.analytics import (
    Centrality,
    CommunityReport,
    centrality,
    communities,
    read_actors,
    read_edges,
    write_actor_properties,
)
from actorgraph.queries.blocs import DerivedBloc, derived_blocs


@dataclass
class AnalysisReport:
    as_of: str | None
    edges: int
    centrality: list[Centrality] = field(default_factory=list)
    communities: CommunityReport = field(default_factory=CommunityReport)
    blocs: list[DerivedBloc] = field(default_factory=list)
    #: actors whose properties were written back (0 without ``write``)
    written: int = 0


def analyze(store: Any, *, as_of: str | None = None, types=None,
            write: bool = False) -> AnalysisReport:
    """Centrality per type, communities against blocs, derived blocs as of ``as_of``
    (default: today), all on the relations that held on ``as_of`` (all relations when
    it is None, except for the derived blocs, which always need a date).

    With ``write=True`` the ``ALL`` centralities, the community and the derived bloc are
    set on each actor (see :data:`actorgraph.queries.analytics.WRITTEN`).
    """
    actors = read_actors(store)
    edges = read_edges(store, types=types, as_of=as_of)
    cent = centrality(edges, actors, types=types)
    comm = communities(edges, actors)
    day = as_of or dt.date.today().isoformat()
    all_edges = edges if as_of and not types else read_edges(store, as_of=day)
    blocs = derived_blocs(all_edges, actors, day)
    report = AnalysisReport(as_of=as_of, edges=len(edges), centrality=cent,
                            communities=comm, blocs=blocs)
    if write:
        community = comm.community_of()
        derived = {b.id: b.derived for b in blocs}
        rows = [{"id": c.id, "degree": c.degree, "in_strength": c.in_strength,
                 "out_strength": c.out_strength, "betweenness": c.betweenness,
                 "pagerank": c.pagerank, "community": community.get(c.id),
                 "derived_bloc": derived.get(c.id)}
                for c in cent if c.type == "ALL"]
        report.written = write_actor_properties(store, rows)
    return report
