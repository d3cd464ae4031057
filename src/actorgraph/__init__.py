"""actorgraph: a graph of geopolitical actors and their relations, from documents and events.

>>> import actorgraph
>>> actorgraph.__version__
'0.1.0'

In a notebook: ``g = actorgraph.open("graph.lbdb")``, then ``g.query("supporters-of",
target="Rusland")``, ``g.to_networkx()``, ``g.to_pandas()`` (see :mod:`actorgraph.api`).
"""

__version__ = "0.1.0"


def open(store=None, *, read_only=True):  # noqa: A001 - the package's entry, as in sqlite3
    """Open a store (path, neo4j:// URI, or None for the default) as an
    :class:`actorgraph.api.Graph`; read-only unless ``read_only=False``."""
    from actorgraph.api import open_graph

    return open_graph(store, read_only=read_only)
