"""A prototype actor-adjacency index for ``neighbourhood`` on the embedded store: does it
get 2 hops under 50 ms on the 1M-relation bench graph, and what does keeping it cost?

On ``bench_queries.py``'s graph (2,000 actors, each supporting ~500 others) two hops
reach every actor, so any Cypher plan over the relation tables reads (nearly) every
relation: the library's takes ~2.5x one pass over the SUPPORTS relations, and that pass
alone is near 50 ms (docs/benchmarks.md, "Neighbourhood at 2 hops"). This prototype
keeps, per actor and relation type, the set of its neighbours (either direction,
deduplicated) as a bitmap over actor ordinals, in one internal node table of the store
(:data:`TABLE`), and answers ``neighbourhood`` by a breadth-first search over those
bitmaps: one primary-key lookup per actor of the frontier, an OR of bitmaps in Python
per hop, and one lookup per actor of the answer for its name, kind and bloc.

Rows of :data:`TABLE` (``id`` is the primary key):

- ``@ACTOR``: the actor's ordinal ``o``;
- ``#O``: the actor of ordinal ``O`` (``actor``) and one ``BLOB`` per relation type: the
  bitmap of its neighbours by that type (little-endian, bit ``k`` = ordinal ``k``), or
  null when it has none;
- ``n``: the next free ordinal (``o``).

Modes (the store is copied first where the mode writes: the bench graph is not changed):

- ``--build STORE``: make the index in STORE from its relations (one read of each
  relation table), timed;
- ``--query STORE``: ``neighbourhood`` of ``--actor`` at 1 and 2 hops, all types and
  ``--types``, by the index, checked row for row against the library's query, then the
  library query, the index plan and one pass over the SUPPORTS relations (the floor of
  any plan that reads every relation) interleaved, ``--repeat`` times: median wall and
  CPU (``time.process_time``, LadybugDB's threads included), with the load average;
- ``--incremental STORE``: into a copy of STORE (with the index), load ``--n`` new
  relations (bench_load's generator) with the library's ``load_paths`` and time it, then
  update the index for the relations of the file (read the touched actors' rows, OR in
  the new neighbours, write the rows back) and time that: the share is what keeping the
  index would add to the load. The updated index is then checked against the library's
  query on the loaded graph.

    python bench/bench_queries.py --n 1000000 --reuse /tmp/q5-1m --only neighbourhood
    cp /tmp/q5-1m/g.lbdb /tmp/q5-1m/idx.lbdb
    python bench/bench_adjacency.py --build /tmp/q5-1m/idx.lbdb
    python bench/bench_adjacency.py --query /tmp/q5-1m/idx.lbdb --repeat 9
    python bench/bench_adjacency.py --incremental /tmp/q5-1m/idx.lbdb --n 100000

The prototype became the store's own index (``graph/embedded_adjacency.py``: the same
table layout, each set stored as a bitmap or a list of ordinals, whichever is shorter,
and a plan that declines 1 hop). Two more modes measure it as integrated:

- ``--store-plan STORE``: on a graph upgraded by ``actorgraph upgrade`` (which builds
  the index), ``neighbourhood`` through ``run_query`` (the index) against the library's
  Cypher run directly and the one-pass scan, interleaved, rows checked;
- ``--store-load STORE``: ``--n`` relations loaded into a copy of STORE, the whole load
  and the index's part of it (``AdjacencyIndex._adjacency_flush``) timed inside it.

    cp /tmp/q5-1m/g.lbdb /tmp/q5-1m/int.lbdb && actorgraph upgrade --store /tmp/q5-1m/int.lbdb
    python bench/bench_adjacency.py --store-plan /tmp/q5-1m/int.lbdb --repeat 9
    python bench/bench_adjacency.py --store-load /tmp/q5-1m/int.lbdb --n 100000
    python bench/bench_adjacency.py --store-load EMPTY.lbdb --n 1000000   # a new store

The machine may be shared: compare within a run, and note the load average printed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actorgraph.graph.embedded_store import EmbeddedStore  # noqa: E402
from actorgraph.graph.vocabulary import RelationType  # noqa: E402
from actorgraph.queries.registry import run_query  # noqa: E402

TABLE = "AdjacencyIndex"
TYPES = [t.value for t in RelationType]
#: the bitmap columns: one per relation type, and ``ANY_TYPE``, their union (the default)
COLUMNS = [*TYPES, "ANY_TYPE"]
CREATE = (f"CREATE NODE TABLE IF NOT EXISTS {TABLE}(id STRING, actor STRING, o INT64, "
          + ", ".join(f"{t} BLOB" for t in COLUMNS) + ", PRIMARY KEY(id))")
#: a frontier or an answer of more than 1/SCAN_SHARE of the actors is read by one scan of
#: the index (and of the actors) instead of a primary-key lookup per actor
SCAN_SHARE = 8
SCAN = "MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN count(DISTINCT b.id)"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _bits(blob: bytes | None) -> int:
    return int.from_bytes(blob, "little") if blob else 0


def _ordinals(bits: int) -> list[int]:
    """The set bits of ``bits``, in order (byte by byte: linear in its length)."""
    out = []
    for i, byte in enumerate(bits.to_bytes((bits.bit_length() + 7) // 8, "little")):
        if byte:
            base = i * 8
            out.extend(base + k for k in range(8) if byte >> k & 1)
    return out


def _rows(conn: Any, cypher: str, params: dict | None = None) -> list[list]:
    res = conn.execute(cypher, params or {})
    out = []
    while res.has_next():
        out.append(res.get_next())
    return out


# -- building and updating ---------------------------------------------------------------

def build(store: EmbeddedStore) -> dict[str, int]:
    """Make the index from the store's relations (ordinals in actor id order)."""
    import pyarrow.compute as pc

    conn = store._conn
    conn.execute(CREATE)
    conn.execute(f"MATCH (x:{TABLE}) DELETE x")
    ids = conn.execute("MATCH (a:Actor) RETURN a.id AS id ORDER BY id").get_as_arrow()
    ids = ids.column("id").combine_chunks()
    adj: dict[str, dict[int, int]] = {}
    for t in TYPES:
        e = conn.execute(f"MATCH (a:Actor)-[:{t}]->(b:Actor) RETURN a.id AS s, b.id AS t")
        e = e.get_as_arrow()
        acc: dict[int, int] = {}
        so = pc.index_in(e.column("s"), value_set=ids).to_pylist()
        to = pc.index_in(e.column("t"), value_set=ids).to_pylist()
        for x, y in zip(so, to):
            acc[x] = acc.get(x, 0) | (1 << y)
            acc[y] = acc.get(y, 0) | (1 << x)
        adj[t] = acc
    adj["ANY_TYPE"] = _union(adj)
    n = len(ids)
    _write_rows(store, ids.to_pylist(), list(range(n)), adj, n, nbytes=(n + 7) // 8)
    conn.execute(f"CREATE (x:{TABLE} {{id: 'n', o: {n}}})")
    return {"actors": n, "rows": n * 2 + 1}


def _union(adj: dict[str, dict[int, int]]) -> dict[int, int]:
    out: dict[int, int] = {}
    for t in TYPES:
        for o, bits in adj[t].items():
            out[o] = out.get(o, 0) | bits
    return out


def _write_rows(store: EmbeddedStore, actors: list[str], ords: list[int],
                adj: dict[str, dict[int, int]], n: int, nbytes: int,
                new_actors: bool = True) -> None:
    """COPY the ``#O`` rows of ``ords`` (and ``@ACTOR`` rows when ``new_actors``)."""
    import pyarrow as pa

    cols: dict[str, Any] = {
        "id": [f"#{o}" for o in ords], "actor": actors, "o": ords,
    }
    for t in COLUMNS:
        cols[t] = [adj[t][o].to_bytes(nbytes, "little") if adj[t].get(o) else None
                   for o in ords]
    if new_actors:
        cols["id"] += [f"@{a}" for a in actors]
        cols["actor"] = actors + actors
        cols["o"] = ords + ords
        for t in COLUMNS:
            cols[t] += [None] * len(actors)
    table = pa.table({"id": pa.array(cols["id"], pa.string()),
                      "actor": pa.array(cols["actor"], pa.string()),
                      "o": pa.array(cols["o"], pa.int64()),
                      **{t: pa.array(cols[t], pa.binary()) for t in COLUMNS}})
    store._with_table(f"COPY {TABLE} FROM _rows", table)


def update(store: EmbeddedStore, triples: list[tuple[str, str, str]]) -> dict[str, int]:
    """Add relations (source, type, target) to the index: new actors get the next
    ordinals; the rows of the touched actors are read, ORed and written back."""
    conn = store._conn
    names = sorted({s for s, _, _ in triples} | {t for _, _, t in triples})
    known = dict(_rows(conn, f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) "
                       "RETURN x.actor, x.o", {"k": [f"@{a}" for a in names]}))
    (nxt,) = _rows(conn, f"MATCH (x:{TABLE} {{id: 'n'}}) RETURN x.o")[0]
    fresh = [a for a in names if a not in known]
    for a in fresh:
        known[a], nxt = nxt, nxt + 1
    adj: dict[str, dict[int, int]] = {t: {} for t in COLUMNS}
    touched: set[int] = set()
    for s, ty, t in triples:
        x, y = known[s], known[t]
        row = adj[ty]
        row[x] = row.get(x, 0) | (1 << y)
        row[y] = row.get(y, 0) | (1 << x)
        touched.update((x, y))
    old = [known[a] for a in names if a not in fresh]
    adj["ANY_TYPE"] = _union(adj)
    keys = [f"#{o}" for o in old if o in touched]
    back = {}
    if keys:
        cols = ", ".join(f"x.{t}" for t in COLUMNS)
        for row in _rows(conn, f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) "
                         f"RETURN x.o, x.actor, {cols}", {"k": keys}):
            o, actor, blobs = row[0], row[1], row[2:]
            back[o] = actor
            for t, blob in zip(COLUMNS, blobs):
                if blob:
                    adj[t][o] = adj[t].get(o, 0) | _bits(blob)
        conn.execute(f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) DELETE x", {"k": keys})
    nbytes = (nxt + 7) // 8
    if back:
        _write_rows(store, list(back.values()), list(back), adj, nxt, nbytes, new_actors=False)
    if fresh:
        _write_rows(store, fresh, [known[a] for a in fresh], adj, nxt, nbytes)
    conn.execute(f"MATCH (x:{TABLE} {{id: 'n'}}) SET x.o = $n", {"n": nxt})
    return {"actors touched": len(touched), "new actors": len(fresh), "rows rewritten": len(keys)}


# -- the query ---------------------------------------------------------------------------

def neighbourhood(store: EmbeddedStore, actor: str, hops: int = 2,
                  types: list[str] | None = None) -> list[list]:
    """The library's ``neighbourhood`` rows (id, name, kind, bloc, hops), by the index:
    a breadth-first search over the bitmaps, reading the frontier's rows by key while it
    is small and the whole index by one scan once it is not."""
    conn = store._conn
    use = ["ANY_TYPE"] if not types or set(types) == set(TYPES) else list(types)
    cols = ", ".join(f"x.{t}" for t in use)
    start = _rows(conn, f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) RETURN x.id, x.o",
                  {"k": [f"@{actor}", "n"]})
    found = dict(start)
    if f"@{actor}" not in found:
        return []
    n, o = found["n"], found[f"@{actor}"]
    seen, frontier = 1 << o, [o]
    level: dict[int, int] = {}
    whole: dict[int, tuple[str, int]] | None = None  # ordinal -> (actor, bits), scanned
    for hop in range(1, hops + 1):
        reach = 0
        if whole is None and len(frontier) * SCAN_SHARE > n:
            whole = _scan(conn, cols)
        if whole is not None:
            for f in frontier:
                reach |= whole[f][1] if f in whole else 0
        else:
            for row in _rows(conn, f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) "
                             f"RETURN {cols}", {"k": [f"#{f}" for f in frontier]}):
                for blob in row:
                    if blob:
                        reach |= int.from_bytes(blob, "little")
        new = reach & ~seen
        if not new:
            break
        seen |= new
        frontier = _ordinals(new)
        level.update(dict.fromkeys(frontier, hop))
    if whole is not None and len(level) * SCAN_SHARE > n:
        wanted = {whole[f][0]: h for f, h in level.items()}
        res = conn.execute("MATCH (b:Actor) RETURN b.id, b.name, b.kind, b.bloc").get_as_arrow()
        out = [[i, name, kind, bloc, wanted[i]]
               for i, name, kind, bloc in zip(*(c.to_pylist() for c in res.columns))
               if i in wanted]
    else:
        rows = _rows(conn, f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) "
                     "WITH x.o AS o, x.actor AS i MATCH (b:Actor {id: i}) "
                     "RETURN b.id, b.name, b.kind, b.bloc, o", {"k": [f"#{f}" for f in level]})
        out = [[i, name, kind, bloc, level[f]] for i, name, kind, bloc, f in rows]
    out.sort(key=lambda r: (r[4], r[0]))
    return out


def _scan(conn: Any, cols: str) -> dict[int, tuple[str, int]]:
    """Every actor's row of the index: ordinal -> (actor, the OR of the ``cols``)."""
    res = conn.execute(f"MATCH (x:{TABLE}) WHERE x.id STARTS WITH '#' "
                       f"RETURN x.o, x.actor, {cols}").get_as_arrow()
    columns = [c.to_pylist() for c in res.columns]
    out = {}
    for o, actor, *blobs in zip(*columns):
        bits = 0
        for blob in blobs:
            if blob:
                bits |= int.from_bytes(blob, "little")
        out[o] = (actor, bits)
    return out


# -- modes -------------------------------------------------------------------------------

def mode_build(path: Path) -> None:
    with EmbeddedStore(path) as store, store._transaction():
        w, c = time.perf_counter(), time.process_time()
        made = build(store)
    print(f"built {made} in {time.perf_counter() - w:.2f} s wall / "
          f"{time.process_time() - c:.2f} s CPU (with the commit), load average {_load()}")


def _check(store: EmbeddedStore, actor: str, hops: int, types: list[str] | None) -> int:
    params: dict[str, Any] = {"actor": actor, "hops": hops}
    if types:
        params["types"] = ",".join(types)
    want = run_query(store, "neighbourhood", params).rows
    with store._transaction(read_only=True):
        got = neighbourhood(store, actor, hops, types)
    same = got == want
    print(f"  {actor} hops={hops} types={','.join(types or ['all'])}: {len(want):,} rows, "
          f"index {'SAME rows' if same else f'DIFFERENT ({len(got)} rows)'}")
    if not same:
        raise SystemExit("the index's rows differ from the library's")
    return len(want)


def mode_query(path: Path, actor: str, types: list[str], repeat: int) -> None:
    store = EmbeddedStore(path, read_only=True)
    print(f"{path}: checks (load average {_load()})")
    for a in (actor, "A00000", "A01999"):
        for hops in (1, 2, 3):
            _check(store, a, hops, None)
            _check(store, a, hops, types)
    params = {"actor": actor, "hops": 2}

    def indexed() -> list:
        with store._transaction(read_only=True):
            return neighbourhood(store, actor, 2)

    def indexed1() -> list:
        with store._transaction(read_only=True):
            return neighbourhood(store, actor, 1)

    runs = {
        "(scan: every SUPPORTS relation once)": lambda: store.query(SCAN),
        "library, 2 hops": lambda: run_query(store, "neighbourhood", params),
        "index, 2 hops": indexed,
        "library, 1 hop": lambda: run_query(store, "neighbourhood", {**params, "hops": 1}),
        "index, 1 hop": indexed1,
    }
    _interleave(runs, repeat)
    store.close()


def mode_incremental(path: Path, n: int, rounds: int) -> None:
    import csv

    from actorgraph.loaders.pipeline import load_paths
    from bench_load import make_inputs

    folder = Path(tempfile.mkdtemp(prefix="adjacency-inc-"))
    try:
        actors, rel = make_inputs(folder, n, seed=99)
        with rel.open(newline="") as fh:
            triples = [(r["source"], r["type"], r["target"]) for r in csv.DictReader(fh)]
        for r in range(rounds):
            copy = folder / f"g{r}.lbdb"
            shutil.copy(path, copy)
            with EmbeddedStore(copy) as s:
                w, c = time.perf_counter(), time.process_time()
                report = load_paths(s, [actors, rel])
                lw, lc = time.perf_counter() - w, time.process_time() - c
                w, c = time.perf_counter(), time.process_time()
                with s._transaction():
                    info = update(s, triples)
                iw, ic = time.perf_counter() - w, time.process_time() - c
                print(f"round {r}: {report.summary.relations_added:,} relations added; load "
                      f"{lw:.2f} s wall / {lc:.2f} s CPU; index update {iw:.2f} s wall / "
                      f"{ic:.2f} s CPU ({ic / lc:.1%} of the load's CPU; {info}); "
                      f"load average {_load()}")
                for a in ("A00010", "A01999"):
                    _check(s, a, 2, None)
                    _check(s, a, 1, ["SUPPORTS"])
            copy.unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the index as integrated (graph/embedded_adjacency.py) -------------------------------

def mode_store_plan(path: Path, actor: str, types: list[str], repeat: int) -> None:
    """The store's own index (a graph upgraded by ``actorgraph upgrade``): its plan
    through ``run_query`` against the library's Cypher run directly, rows checked."""
    from actorgraph.queries.registry import get_query

    store = EmbeddedStore(path, read_only=True)
    assert store.adjacency_index, "upgrade the graph first (actorgraph upgrade --store …)"
    q = get_query("neighbourhood")

    def cypher(params: dict) -> list:
        bound = q.bind(params)
        return store.query(q.text(bound), {"actor": bound["actor"]}).rows

    print(f"{path}: checks (load average {_load()})")
    for a in (actor, "A00000", "A01999"):
        for hops in (1, 2, 3):
            for t in ("", ",".join(types)):
                params = {"actor": a, "hops": hops, "types": t}
                want, got = cypher(params), run_query(store, "neighbourhood", params).rows
                print(f"  {a} hops={hops} types={t or 'all'}: {len(want):,} rows, the plan "
                      f"{'SAME rows' if got == want else 'DIFFERENT'}")
                if got != want:
                    raise SystemExit("the plan's rows differ from the Cypher's")
    runs = {
        "(scan: every SUPPORTS relation once)": lambda: store.query(SCAN),
        "Cypher, 2 hops": lambda: cypher({"actor": actor, "hops": 2}),
        "run_query (the index), 2 hops":
            lambda: run_query(store, "neighbourhood", {"actor": actor, "hops": 2}),
        "Cypher, 1 hop": lambda: cypher({"actor": actor, "hops": 1}),
        "run_query (the index), 1 hop":
            lambda: run_query(store, "neighbourhood", {"actor": actor, "hops": 1}),
    }
    _interleave(runs, repeat)
    store.close()


def _interleave(runs: dict, repeat: int) -> None:
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in runs}
    before = _load()
    for _ in range(repeat):
        for label, fn in runs.items():
            w, c = time.perf_counter(), time.process_time()
            fn()
            times[label].append((time.perf_counter() - w, time.process_time() - c))
    scan = statistics.median(t[0] for t in times[next(iter(runs))])
    print(f"interleaved, {repeat} runs each; load average before {before}, after {_load()}")
    for label, ts in times.items():
        wall = statistics.median(t[0] for t in ts)
        cpu = statistics.median(t[1] for t in ts)
        print(f"  {label:<38} median {wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms CPU "
              f"{wall / scan:6.2f}x the scan (min {min(t[0] for t in ts) * 1000:.1f}, "
              f"max {max(t[0] for t in ts) * 1000:.1f})")


def mode_store_load(path: Path, n: int, rounds: int) -> None:
    """Loads ``n`` relations into a copy of the graph at ``path`` with the library's
    ``load_paths``, timing the whole load and the index's part of it
    (``AdjacencyIndex._adjacency_flush``, inside the same load)."""
    from actorgraph.graph import embedded_adjacency
    from actorgraph.loaders.pipeline import load_paths
    from bench_load import make_inputs

    folder = Path(tempfile.mkdtemp(prefix="adjacency-load-"))
    actors, rel = make_inputs(folder, n, seed=99)
    from common import timing_method

    timer = contextlib.ExitStack()
    # the index's part of each load, timed inside it
    spent = timer.enter_context(timing_method(
        embedded_adjacency.AdjacencyIndex, "_adjacency_flush"
    ))
    try:
        for r in range(rounds):
            copy = folder / f"g{r}.lbdb"
            shutil.copy(path, copy)
            spent.clear()
            w, c = time.perf_counter(), time.process_time()
            with EmbeddedStore(copy) as s:
                report = load_paths(s, [actors, rel])
                complete = s.adjacency_index
            wall, cpu = time.perf_counter() - w, time.process_time() - c
            iw, ic = sum(x for x, _ in spent), sum(y for _, y in spent)
            print(f"round {r}: {report.summary.relations_added:,} added; load {wall:.2f} s "
                  f"wall / {cpu:.2f} s CPU, of which the index {iw:.2f} s / {ic:.2f} s "
                  f"({ic / cpu:.1%} of the CPU; complete after: {complete}), "
                  f"load average {_load()}")
            copy.unlink()
    finally:
        timer.close()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, metavar="STORE")
    ap.add_argument("--query", type=Path, metavar="STORE")
    ap.add_argument("--incremental", type=Path, metavar="STORE")
    ap.add_argument("--store-plan", type=Path, metavar="STORE",
                    help="the integrated index of an upgraded graph: plan vs Cypher")
    ap.add_argument("--store-load", type=Path, metavar="STORE",
                    help="the integrated index's share of a load of --n relations")
    ap.add_argument("--actor", default="A00010")
    ap.add_argument("--types", default="THREATENS,PARTNERS_WITH,OPPOSES")
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    if args.build:
        mode_build(args.build)
    if args.query:
        mode_query(args.query, args.actor, args.types.split(","), args.repeat)
    if args.incremental:
        mode_incremental(args.incremental, args.n, args.rounds)
    if args.store_plan:
        mode_store_plan(args.store_plan, args.actor, args.types.split(","), args.repeat)
    if args.store_load:
        mode_store_load(args.store_load, args.n, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
