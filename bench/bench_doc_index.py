"""What the embedded store's evidence-by-document index (``EvidenceIndex``) buys and costs.

- ``--store PATH [--store PATH …]``: the median of ``--repeat`` runs of
  ``claims-in-document`` and ``documents-timeline`` on each graph, opened read-only (a
  graph without the index runs the queries' scan form: compare a copy of a 1M graph as it
  was with a copy upgraded by ``actorgraph upgrade``), with the point lookup of one actor
  as the baseline of the same run.
- ``--build N``: in one new store, the ``COPY`` of N synthetic pieces of evidence
  (bench_evidence_key.py's table: 1,000 documents) against indexing them
  (``DocIndex._index_append``, what a bulk load adds), ``--rounds`` times.

    cp -r /tmp/q-1m /tmp/old && cp -r /tmp/q-1m /tmp/new
    PYTHONPATH=OLD_SRC actorgraph upgrade --store /tmp/old/g.lbdb   # code before the index
    actorgraph upgrade --store /tmp/new/g.lbdb
    python bench/bench_doc_index.py --store /tmp/old/g.lbdb --store /tmp/new/g.lbdb
    python bench/bench_doc_index.py --build 1000000 --rounds 2
    python bench/bench_doc_index.py --incremental /tmp/new/g.lbdb --n 100000 --rounds 3

- ``--incremental STORE``: loads N new relations (bench_load's generator, 997 documents,
  all of which already hold evidence) into a fresh copy of STORE, ``--rounds`` times, and
  reports the wall and CPU time of the whole load and of the index's part of it
  (``DocIndex._index_flush``: one head lookup and one new segment per touched document),
  measured inside the same load: the share is what the index adds to an incremental load.

The machine may be shared: compare within a run, and note ``uptime``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actorgraph.graph.embedded_store import EmbeddedStore  # noqa: E402
from actorgraph.queries.registry import run_query  # noqa: E402

RUNS = [("claims-in-document", {"doc": "doc-5"}), ("documents-timeline", {})]


def _median_ms(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, out


def queries(path: Path, repeat: int) -> None:
    with EmbeddedStore(path, read_only=True) as store:
        ms, _ = _median_ms(lambda: store.query(
            "MATCH (a:Actor {id: $id}) RETURN a.name", {"id": "A00001"}), repeat)
        print(f"{path} (index: {store.doc_index}, load {os.getloadavg()[0]:.1f})")
        print(f"  point lookup (baseline)   {ms:9.1f} ms")
        for name, params in RUNS:
            ms, rows = _median_ms(lambda n=name, p=params: run_query(store, n, p), repeat)
            print(f"  {name:25} {ms:9.1f} ms  {len(rows.rows):,} rows")


def build(n: int, rounds: int) -> None:
    from bench_evidence_key import _table

    for r in range(rounds):
        table = _table(n)
        store = EmbeddedStore(Path(tempfile.mkdtemp()) / "g.lbdb")
        with store, store._transaction():
            t0 = time.perf_counter()
            store._with_table("COPY Evidence FROM _rows", table)
            t1 = time.perf_counter()
            store._index_append(table, complete=True)
            t2 = time.perf_counter()
        print(f"round {r}: evidence COPY {t1 - t0:.2f} s, index {t2 - t1:.2f} s "
              f"({(t2 - t1) / (t1 - t0):.2f}x the COPY), load {os.getloadavg()[0]:.1f}")


def incremental(store: Path, n: int, rounds: int) -> None:
    import shutil

    from actorgraph.graph import embedded_doc_index
    from actorgraph.loaders.pipeline import load_paths
    from bench_load import make_inputs

    folder = Path(tempfile.mkdtemp(prefix="doc-index-inc-"))
    actors, rel = make_inputs(folder, n, seed=99)
    from common import timing_method

    timer = contextlib.ExitStack()
    # the index's part of each load, timed inside it
    spent = timer.enter_context(timing_method(embedded_doc_index.DocIndex, "_index_flush"))
    try:
        for r in range(rounds):
            copy = folder / f"g{r}.lbdb"
            shutil.copy(store, copy)
            spent.clear()
            w, c = time.perf_counter(), time.process_time()
            with EmbeddedStore(copy) as s:
                report = load_paths(s, [actors, rel])
            wall, cpu = time.perf_counter() - w, time.process_time() - c
            iw, ic = sum(x for x, _ in spent), sum(y for _, y in spent)
            print(f"round {r}: {report.summary.relations_added:,} added; load {wall:.2f} s "
                  f"wall / {cpu:.2f} s CPU, of which the index {iw:.2f} s / {ic:.2f} s "
                  f"({ic / cpu:.1%} of the CPU), load average {os.getloadavg()[0]:.1f}")
            copy.unlink()
    finally:
        timer.close()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, action="append", default=[])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--build", type=int, default=0, metavar="N")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--incremental", type=Path, metavar="STORE")
    ap.add_argument("--n", type=int, default=100_000)
    args = ap.parse_args(argv)
    for path in args.store:
        queries(path, args.repeat)
    if args.build:
        build(args.build, args.rounds)
    if args.incremental:
        incremental(args.incremental, args.n, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
