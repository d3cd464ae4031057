"""The bulk-load path, beside the store protocol rather than in it.

:class:`~actorgraph.graph.store.GraphStore` speaks the model (actors, relations, a
``GraphBatch``). Large validated inputs (the CSV fast path, event data) arrive as
:class:`~actorgraph.graph.records.RelationColumns` instead, one list per column; a store
that can write those without a model object per row offers :class:`BulkWriter`, and
:func:`write_columns` uses it, or hands any other store the same rows as model objects.

Example
-------
>>> import tempfile
>>> from actorgraph.graph.model import Actor
>>> from actorgraph.graph.records import RelationColumns
>>> from actorgraph.graph.store import open_store
>>> cols = RelationColumns()
>>> cols.add({"s": "NLD", "t": "UKR", "type": "SUPPORTS", "confidence": 1.0, "count": 0})
>>> with open_store(tempfile.mkdtemp() + "/g.lbdb", fresh=True) as store:
...     isinstance(store, BulkWriter), write_columns(
...         store, cols, [Actor(id="NLD", name="Netherlands", kind="state"),
...                       Actor(id="UKR", name="Ukraine", kind="state")]).relations_added
(True, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from actorgraph.graph.model import Actor, GraphBatch
from actorgraph.graph.records import RelationColumns

if TYPE_CHECKING:
    from actorgraph.graph.store import GraphStore, Progress, WriteSummary


@runtime_checkable
class BulkWriter(Protocol):
    """A store that writes :class:`RelationColumns` as they are (both stores do)."""

    def write_columns(
        self,
        columns: RelationColumns,
        actors: Iterable[Actor] = (),
        progress: Progress | None = None,
    ) -> WriteSummary:
        """Bulk upsert of validated relation columns (one row per key) plus actors."""
        ...


def write_columns(
    store: GraphStore,
    columns: RelationColumns,
    actors: Iterable[Actor] = (),
    progress: Progress | None = None,
) -> WriteSummary:
    """Write ``columns`` (and ``actors``) into ``store``: its bulk path where it has one
    (:class:`BulkWriter`), else ``store.write`` of the same relations as model objects.
    The result is the same either way (tests/store/test_bulk.py); only the speed differs.
    See the module docstring for an example."""
    if isinstance(store, BulkWriter):
        return store.write_columns(columns, actors, progress=progress)
    return store.write(GraphBatch(actors=list(actors), relations=columns.relations()),
                       progress=progress)
