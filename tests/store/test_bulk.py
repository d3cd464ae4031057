"""The bulk-load column type stays out of the store protocol (issue 13): a store offers
it beside the protocol (:class:`BulkWriter`), and any other store gets the same rows as
model objects, with the same result."""

from __future__ import annotations

import inspect

from actorgraph.graph import store as store_module
from actorgraph.graph.bulk import BulkWriter, write_columns
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Evidence, Relation
from actorgraph.graph.records import RelationColumns
from actorgraph.graph.store import GraphStore


def test_the_store_protocol_names_no_bulk_column_type():
    assert "write_columns" not in GraphStore.__dict__
    assert "RelationColumns" not in inspect.getsource(store_module)


class ModelOnly:
    """A store with the protocol's writes only (what a third store would start with)."""

    def __init__(self, inner: EmbeddedStore) -> None:
        self.inner = inner

    def write(self, batch, progress=None):
        return self.inner.write(batch, progress=progress)


def _columns() -> RelationColumns:
    cols = RelationColumns()
    for s, t, docs in (("NLD", "UKR", ("d1", "d2")), ("RUS", "UKR", ("d3",))):
        cols.add_relation(Relation(source=s, type="SUPPORTS" if s == "NLD" else "THREATENS",
                                   target=t, provenance=[Evidence(doc=d, text=f"said {d}",
                                                                  date="2024-01-01")
                                                         for d in docs]))
    return cols


def test_a_store_without_the_bulk_path_gets_the_same_graph(tmp_path):
    actors = [Actor(id=i, name=i, kind="state") for i in ("NLD", "RUS", "UKR")]
    with EmbeddedStore(tmp_path / "bulk.lbdb") as bulk, \
            EmbeddedStore(tmp_path / "model.lbdb") as model:
        assert isinstance(bulk, BulkWriter) and not isinstance(ModelOnly(model), BulkWriter)
        seen: list[int] = []
        a = write_columns(bulk, _columns(), actors)
        b = write_columns(ModelOnly(model), _columns(), actors, progress=seen.append)
        assert a == b and (a.actors_added, a.relations_added) == (3, 2)
        assert sum(seen) == 2
        assert bulk.relations() == model.relations()
        assert bulk.stats().evidence == model.stats().evidence == 3
