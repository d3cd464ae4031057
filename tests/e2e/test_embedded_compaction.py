"""Incremental loads into the embedded store are compacted on close and keep everything
(graph/embedded_compact.py). Marked slow (two loads of 200 relations, a third of all of
them, ~1.4 s CPU): moved here from tests/store/test_embedded_store.py so that the unit
layer stays fast; the whole suite still runs it."""

import pytest

from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
from actorgraph.graph.records import RelationColumns


def actors(*ids):
    return [Actor(id=i, name=f"Name {i}", kind="state") for i in ids]


def rel(s, t, typ="SUPPORTS", doc="d1", text="evidence", date="2024-01-01"):
    return Relation(source=s, type=typ, target=t,
                    provenance=[Evidence(doc=doc, text=text, date=date)])


@pytest.mark.slow
def test_incremental_loads_are_compacted_on_close_and_keep_everything(tmp_path, monkeypatch):
    from actorgraph.graph import embedded_compact

    monkeypatch.setattr(embedded_compact, "MIN_BYTES", 0)
    # 2 x 200 relations: compacted 1.07x the size of one load of them all, 1.49x without
    # the compaction (2 x 600: 1.06x and 1.43x), so the size check below still tells
    n = 200
    ids = [f"A{i:03d}" for i in range(60)]
    pairs = [(a, b) for a in ids for b in ids if a != b][:2 * n]
    path = tmp_path / "inc.lbdb"
    for part, waste in ((0, 1.0), (1, 0.0)):  # the second close compacts
        monkeypatch.setattr(embedded_compact, "MAX_WASTE", waste)
        cols = RelationColumns()
        for a, b in pairs[part * n:(part + 1) * n]:
            cols.add_relation(rel(a, b, doc=f"d{part}"))
        with EmbeddedStore(path) as s:
            s.write_columns(cols, actors(*ids))
    compacted = path.stat().st_size
    monkeypatch.setattr(embedded_compact, "MAX_WASTE", 1.0)
    with EmbeddedStore(path) as s:
        assert len(s.relations()) == 2 * n and s.stats().evidence == 2 * n
        # after compaction new evidence still gets its own row and id
        s.write(GraphBatch(relations=[rel("A000", "A001", doc="later")]))
        got = s.relations([("A000", "SUPPORTS", "A001")])[0]
        assert [e.doc for e in got.provenance] == ["d0", "later"]
        assert s.stats().evidence == 2 * n + 1
    once = tmp_path / "once.lbdb"
    cols = RelationColumns()
    for a, b in pairs:
        cols.add_relation(rel(a, b))
    with EmbeddedStore(once) as s:
        s.write_columns(cols, actors(*ids))
    assert compacted <= 1.1 * once.stat().st_size, (compacted, once.stat().st_size)
