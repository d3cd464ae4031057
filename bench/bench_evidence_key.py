"""What keying ``Evidence`` by ``id`` costs a load and buys a lookup (embedded store).

LadybugDB indexes only primary keys. ``Evidence`` was keyed by a hidden serial ``_row``
(cheapest to load); it is now keyed by ``id`` (``source|TYPE|target|seq``) so that the
``evidence`` query is a primary-key lookup. This measures, in the same run, on N synthetic
pieces of evidence (one per relation, bench_load.py's shape: 2,000 actors, ~N/2000 pieces
per source):

- the ``COPY`` of the N pieces into an empty table keyed each way, interleaved
  (``--rounds`` times: the machine may be shared, compare the medians);
- in the id-keyed table: one relation's pieces by id (the new ``evidence`` query's
  lookup), by a filter on ``type``/``source``/``target`` (the old query's scan), and a
  document's pieces by ``doc`` (``claims-in-document``: a scan either way).

    python bench/bench_evidence_key.py --n 1000000 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from actorgraph.graph import records


def _table(n: int):

    src = [f"A{i // max(1, n // 2000):05d}" for i in range(n)]
    tgt = [f"A{i * 7919 % 2000:05d}" for i in range(n)]
    cols = {c: [None] * n for c in records.EVIDENCE_COLUMNS}
    cols.update(id=[f"{s}|SUPPORTS|{t}|0" for s, t in zip(src, tgt)], source=src,
                target=tgt, type=["SUPPORTS"] * n, seq=[0] * n,
                doc=[f"doc-{i % 1000}" for i in range(n)],
                text=["an evidence sentence of about sixty characters, as in reports"] * n,
                confidence=[0.9] * n, rule=["curated"] * n, date=["2024-03-01"] * n)
    return records.arrow_table(records.EVIDENCE_COLUMNS, cols)


def _copy(path: Path, key: str, table) -> tuple[float, object, object]:
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    cols = ", ".join(f"{c} {k}" for c, k in records.EVIDENCE_COLUMNS.items())
    serial = "_row SERIAL, " if key == "_row" else ""
    conn.execute(f"CREATE NODE TABLE Evidence({serial}{cols}, PRIMARY KEY({key}))")
    _rows = table  # noqa: F841  (LadybugDB reads the Arrow table by its name)
    t = time.perf_counter()
    conn.execute("COPY Evidence FROM _rows")
    return time.perf_counter() - t, db, conn


def _median_ms(conn, cypher: str, params: dict, repeat: int = 7) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(conn.execute(cypher, params).get_all())
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-evkey-"))
    try:
        table = _table(args.n)
        copies: dict[str, list[float]] = {"_row": [], "id": []}
        for r in range(args.rounds):
            for key in (("_row", "id") if r % 2 == 0 else ("id", "_row")):
                seconds, db, conn = _copy(folder / f"{key}-{r}.lbdb", key, table)
                copies[key].append(seconds)
                if key == "id" and r == args.rounds - 1:
                    kept = (db, conn)
                else:
                    conn.close()
                    db.close()
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        row, idk = statistics.median(copies["_row"]), statistics.median(copies["id"])
        print(f"{args.n:,} pieces of evidence; load average {load}")
        print(f"COPY keyed by _row (serial): {row:6.2f} s  (runs: "
              + ", ".join(f"{x:.2f}" for x in copies["_row"]) + ")")
        print(f"COPY keyed by id           : {idk:6.2f} s  (runs: "
              + ", ".join(f"{x:.2f}" for x in copies["id"]) + f")  {idk / row:.2f}x")
        _, conn = kept
        some = conn.execute("MATCH (e:Evidence) WHERE e.source = 'A00010' "
                            "RETURN e.source, e.target LIMIT 1").get_all()[0]
        key = {"s": some[0], "t": some[1]}
        for label, cypher, params in [
            ("by id (new evidence query)", "UNWIND [$k] AS k MATCH (e:Evidence {id: k}) "
             "RETURN e.text", {"k": f"{key['s']}|SUPPORTS|{key['t']}|0"}),
            ("by type/source/target (old)", "MATCH (e:Evidence) WHERE e.type = 'SUPPORTS' AND "
             "e.source = $s AND e.target = $t RETURN e.text", key),
            ("by doc (claims-in-document)", "MATCH (e:Evidence {doc: $d}) RETURN e.source",
             {"d": "doc-5"}),
        ]:
            ms, rows = _median_ms(conn, cypher, params)
            print(f"  {label:<30} {ms:8.1f} ms median  {rows:,} rows")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
