"""The Python API for notebooks: ``actorgraph.open(store)`` and the :class:`Graph` it gives.

>>> import actorgraph
>>> from actorgraph.demo import run_demo
>>> import tempfile
>>> report = run_demo(tempfile.mkdtemp(), extract=False, html=False)
>>> with actorgraph.open(report.store) as g:
...     rows = g.query("supporters-of", target="Rusland")
...     cypher = g.query("MATCH (a:Actor {id: $id}) RETURN a.name AS name", id="NLD")
...     nxg = g.to_networkx()
>>> [r["id"] for r in rows.records()], cypher.rows, nxg.nodes["RUS"]["bloc"]
(['BLR', 'CHN', 'IRN', 'PRK'], [['Netherlands']], 'russia_and_supporters')
"""

from __future__ import annotations

from typing import Any

from actorgraph.errors import require
from actorgraph.queries.result import Rows


class Graph:
    """A store opened for questions: named queries, Cypher, pandas and networkx.

    Open one with :func:`actorgraph.open`; close it (or use ``with``) when done, as the
    embedded store admits one writer at a time.
    """

    def __init__(self, store: Any) -> None:
        self.store = store

    @classmethod
    def open(cls, store: str | None = None, *, read_only: bool = True) -> Graph:
        from actorgraph.graph.store import open_store

        return cls(open_store(store, read_only=read_only))

    def query(self, name_or_cypher: str, **params: Any) -> Rows:
        """Rows of a named query (parameters by name: ``target="Rusland"``) or of Cypher
        (``$name`` parameters).

        A text that names a query of the library runs that query; anything else is
        Cypher, run read-only.
        """
        from actorgraph.queries.registry import is_named, run_query

        if is_named(name_or_cypher.strip()):
            return run_query(self.store, name_or_cypher.strip(), params)
        result = self.store.query(name_or_cypher, params)
        return Rows(columns=result.columns, rows=result.rows, query="cypher", params=params)

    def show(self, actor: str, *, catalogue: bool = True):
        """The actor card (see :func:`actorgraph.queries.card.actor_card`)."""
        from actorgraph.queries.card import actor_card

        return actor_card(self.store, actor, catalogue=catalogue)

    def analyze(self, *, as_of: str | None = None, types=None, write: bool = False):
        """Centrality, communities and derived blocs (see
        :func:`actorgraph.queries.analysis.analyze`)."""
        from actorgraph.queries.analysis import analyze

        return analyze(self.store, as_of=as_of, types=types, write=write)

    def to_networkx(self, *, as_of: str | None = None, types=None):
        """The graph as a ``networkx.MultiDiGraph``: nodes are actor ids with ``name``,
        ``kind`` and ``bloc``; edges are relations keyed by type, with ``count``,
        ``first_seen``, ``last_seen``, ``valid_from``, ``valid_to``, ``origins`` and
        ``weight`` (needs networkx: ``actorgraph[viz]``)."""
        nx = require("networkx", "viz")
        from actorgraph.queries.analytics import read_actors, read_edges

        graph = nx.MultiDiGraph()
        for aid, attrs in read_actors(self.store).items():
            graph.add_node(aid, **attrs)
        for e in read_edges(self.store, types=types, as_of=as_of):
            graph.add_edge(e.source, e.target, key=e.type, type=e.type, count=e.count,
                           first_seen=e.first_seen, last_seen=e.last_seen,
                           valid_from=e.valid_from, valid_to=e.valid_to,
                           origins=list(e.origins), weight=e.weight)
        return graph

    def to_pandas(self, what: str = "relations"):
        """The relations (or ``what="actors"``) as a ``pandas.DataFrame`` (needs pandas:
        ``actorgraph[notebook]``)."""
        pd = require("pandas", "notebook")
        from dataclasses import asdict

        from actorgraph.queries.analytics import read_actors, read_edges

        if what == "actors":
            rows = [{"id": aid, **attrs} for aid, attrs in read_actors(self.store).items()]
            return pd.DataFrame(rows, columns=["id", "name", "kind", "bloc"])
        if what != "relations":
            from actorgraph.errors import UnknownQuery

            raise UnknownQuery(f"to_pandas({what!r})", hint="use 'relations' or 'actors'")
        return pd.DataFrame([asdict(e) for e in read_edges(self.store)])

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<actorgraph.Graph {self.store.kind} at {self.store.location}>"


def open_graph(store: str | None = None, *, read_only: bool = True) -> Graph:
    """Open a store (a path, a neo4j:// URI, or None for the default) as a :class:`Graph`."""
    return Graph.open(store, read_only=read_only)
