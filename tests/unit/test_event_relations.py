"""The evidence columns of event dyads: numbered without the window when the dyads come
sorted (as ``aggregate_events`` gives them), the same rows in the same order as with it."""

from __future__ import annotations

import datetime as dt
import random

import pytest

pa = pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")

from actorgraph.loaders.events import relations as rel  # noqa: E402

KEYS = ("source", "type", "target", "period", "kind")


def _dyads(n: int = 3000, seed: int = 7):
    """``n`` dyads with the columns of ``aggregate_events``, sorted as it sorts them:
    many periods and kinds per relation, two origins, a relation with one piece."""
    rnd = random.Random(seed)
    actors = ["CHN", "DEU", "FRA", "RUS", "UKR", "USA"]
    keys = set()
    while len(keys) < n:
        source, target = rnd.sample(actors, 2)
        keys.add((source, rnd.choice(["OPPOSES", "SUPPORTS", "THREATENS"]), target,
                  f"2022-{rnd.randint(1, 12):02d}",
                  rnd.choice(["04 consult", "19 fight", "163 sanction", "05 cooperate"])))
    rows = sorted(keys)
    day = dt.date(2022, 1, 1)
    return pa.table({
        **{k: [r[i] for r in rows] for i, k in enumerate(KEYS)},
        "origin": [rnd.choice(["gdelt", "icews"]) for _ in rows],
        "events": [rnd.randint(1, 50) for _ in rows],
        "weight_sum": [rnd.uniform(-10, 10) for _ in rows],
        "weight_mean": [rnd.uniform(-10, 10) for _ in rows],
        "mentions": [rnd.choice([None, rnd.randint(1, 99)]) for _ in rows],
        "first_date": [day for _ in rows], "last_date": [day for _ in rows],
        "samples": [rnd.choice([[], ["https://a.example/1"], ["u1", "u2"]]) for _ in rows],
    })


def _by_window(dyads, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(rel, "_sorted_seq", lambda d: None)
        return rel._tables(dyads, 0.5)


def test_sorted_dyads_are_numbered_as_the_window_numbers_them(monkeypatch):
    dyads = _dyads(1500)
    # several chunks, so that DuckDB may read them on several threads
    dyads = pa.Table.from_batches(dyads.to_batches(max_chunksize=400))
    assert rel._sorted_seq(dyads) is not None  # the fast path is the one taken
    relations, evidence = rel._tables(dyads, 0.5)
    relations0, evidence0 = _by_window(dyads, monkeypatch)
    assert evidence.equals(evidence0)  # the same rows, in the same order
    # the same relations; a float sum over several threads may differ in its last bits
    # (DuckDB adds the chunks in whatever order they finish)
    weight = relations.schema.get_field_index("weight")
    assert relations.remove_column(weight).equals(relations0.remove_column(weight))
    assert relations.column("weight").to_pylist() == pytest.approx(
        relations0.column("weight").to_pylist(), rel=1e-12)
    assert evidence.column("seq").to_pylist()[:1] == [0]


@pytest.mark.parametrize("how", ["shuffled", "duplicate key", "null kind"])
def test_dyads_out_of_order_are_numbered_by_the_window(monkeypatch, how):
    dyads = _dyads(400)
    if how == "shuffled":
        order = list(range(dyads.num_rows))
        random.Random(1).shuffle(order)
        dyads = dyads.take(order)
    elif how == "duplicate key":  # the same period and kind from two origins
        dyads = pa.concat_tables([dyads.slice(0, 1), dyads])
    else:
        kinds = dyads.column("kind").to_pylist()
        dyads = dyads.set_column(dyads.schema.get_field_index("kind"), "kind",
                                 pa.array([None] + kinds[1:], pa.string()))
    assert rel._sorted_seq(dyads) is None  # the window numbers them
    evidence = rel._tables(dyads, 0.5)[1].to_pylist()
    seen: dict = {}
    for row in evidence:  # each relation's pieces numbered 0, 1, … by period and kind
        key = (row["source"], row["type"], row["target"])
        assert row["seq"] == len(seen.setdefault(key, []))
        kind = (row["rule"] or ":\uffff").partition(":")[2]  # (a null kind sorts last)
        seen[key].append((row["doc"].partition(":")[2], kind))
    assert all(pieces == sorted(pieces) for pieces in seen.values())
    assert sum(map(len, seen.values())) == dyads.num_rows


def test_the_models_do_not_depend_on_the_order_of_the_dyads():
    dyads = _dyads(500)
    order = list(range(dyads.num_rows))
    random.Random(2).shuffle(order)
    models = [sorted(rel.dyads_to_relations(d, 0.5), key=lambda r: r.key)
              for d in (dyads, dyads.take(order))]
    assert models[0] == models[1]
