"""Load synthetic relations into Neo4j through actorgraph's store, and compare with
Neo4j's own ``LOAD CSV`` of the same data on the same server in the same run, and with
one transaction per relation (the floor) on a sample.

Needs a running server with room for the load, e.g.::

    NEO4J_HEAP=2g NEO4J_PAGECACHE=1g scripts/neo4j-local.sh restart
    python bench/bench_neo4j_load.py            # 1M relations
    python bench/bench_neo4j_load.py --quick    # 100k, for iteration

Connection from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE (default: the
local server of scripts/neo4j-local.sh). Give the benchmark a server of its own: other
sessions writing to the same database spoil the counts (and the benchmark empties it)::

    export NEO4J_LOCAL_DIR=/tmp/neo4j-bench NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475
    NEO4J_HEAP=2g NEO4J_PAGECACHE=1g scripts/neo4j-local.sh start
    NEO4J_URI=bolt://127.0.0.1:7688 python bench/bench_neo4j_load.py \
        --import-dir /tmp/neo4j-bench/import

``LOAD CSV`` reads files from the server's import
folder, which must be ``--import-dir`` here (default: ``.neo4j-local/import``; for the
docker-compose server, ``./import``). THE BENCHMARK EMPTIES THE DATABASE.

Methods, each on an empty set of relations (actors loaded first, not timed):

- ``store.write``: ``Neo4jStore.write(GraphBatch)`` with validated ``Relation`` objects;
- ``store.write_columns``: ``Neo4jStore.write_columns(RelationColumns)``, the path the CSV
  loader takes for large inputs;
- ``LOAD CSV (CREATE)`` / ``LOAD CSV (MERGE)``: one ``LOAD CSV … CALL { … } IN
  TRANSACTIONS`` per relation type (one CSV file per type) with the same properties;
- ``one tx per relation``: the driver's ``execute_write`` per relation (MERGE), on
  ``--sample`` relations.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
from actorgraph.graph.neo4j_store import Neo4jStore, rel_type
from actorgraph.graph.records import RELATION_PROPS, RelationColumns, relation_to_row
from actorgraph.graph.vocabulary import RelationType

REPO = Path(__file__).resolve().parents[1]
TYPES = [t.value for t in RelationType]
BLOCS = ["nato_ally", "nato_partner", "eu", "russia_and_supporters", "ukraine", "other"]


@dataclass
class Result:
    method: str
    relations: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.relations / self.seconds if self.seconds else float("inf")


def synthetic(n_relations: int, n_actors: int, seed: int = 7) -> tuple[list[Actor], list[dict]]:
    """Actors and ``n_relations`` relation rows (records.py format) with unique keys."""
    rnd = random.Random(seed)
    actors = [
        Actor(id=f"A{i:06d}", name=f"Actor {i}", kind="state", bloc=BLOCS[i % len(BLOCS)])
        for i in range(n_actors)
    ]
    ids = [a.id for a in actors]
    seen: set[tuple[str, str, str]] = set()
    rows: list[dict] = []
    while len(rows) < n_relations:
        s, t = rnd.sample(ids, 2)
        rtype = TYPES[len(rows) % len(TYPES)]
        if rtype == "PARTNERS_WITH" and t < s:
            s, t = t, s
        if (s, rtype, t) in seen:
            continue
        seen.add((s, rtype, t))
        k = len(rows)
        date = f"{2014 + k % 11}-{1 + k % 12:02d}-{1 + k % 28:02d}"
        rel = Relation(
            source=s,
            type=rtype,
            target=t,
            provenance=[
                Evidence(
                    doc=f"doc{k % 5000:05d}",
                    text=f"{s} {rtype.lower()} {t}",
                    date=date,
                    sentence=k % 40,
                    confidence=0.5 + (k % 50) / 100,
                    rule="bench",
                )
            ],
        )
        rows.append(relation_to_row(rel))
    return actors, rows


def write_csvs(rows: list[dict], folder: Path, prefix: str = "actorgraph-bench") -> dict[str, str]:
    """One CSV per relation type in the server's import folder; {type: file name}."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    writers: dict[str, tuple] = {}
    try:
        for row in rows:
            rtype = row["type"]
            if rtype not in writers:
                names[rtype] = f"{prefix}-{rtype}.csv"
                f = open(folder / names[rtype], "w", newline="", encoding="utf-8")  # noqa: SIM115
                w = csv.writer(f)
                w.writerow(["s", "t", *RELATION_PROPS])
                writers[rtype] = (f, w)
            out = [row["s"], row["t"]]
            for p in RELATION_PROPS:
                v = row.get(p)
                out.append(";".join(v) if p == "docs" else ("" if v is None else v))
            writers[rtype][1].writerow(out)
    finally:
        for f, _ in writers.values():
            f.close()
    return names


def load_csv_cypher(rtype: str, file: str, verb: str, batch: int) -> str:
    sets = (
        "r.confidence = toFloat(row.confidence), r.count = toInteger(row.count), "
        "r.first_seen = nullIf(row.first_seen, ''), r.last_seen = nullIf(row.last_seen, ''), "
        "r.valid_from = nullIf(row.valid_from, ''), r.valid_to = nullIf(row.valid_to, ''), "
        "r.role = nullIf(row.role, ''), r.docs = split(row.docs, ';'), "
        "r.provenance = row.provenance"
    )
    return (
        f"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row "
        "CALL (row) { "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"{verb} (a)-[r:{rel_type(rtype)}]->(b) SET {sets} "
        f"}} IN TRANSACTIONS OF {batch} ROWS"
    )


def timed(label: str, n: int, fn: Callable[[], object]) -> Result:
    t0 = time.perf_counter()
    fn()
    res = Result(label, n, time.perf_counter() - t0)
    print(f"  {label:<24} {n:>9,} relations  {res.seconds:8.2f} s  {res.rate:>10,.0f} rel/s",
          flush=True)
    return res


def reset(store: Neo4jStore, actors: list[Actor]) -> None:
    store.clear()
    store.write(GraphBatch(actors=actors))


def check(store: Neo4jStore, rows: list[dict]) -> None:
    n = store.stats().relations
    if n != len(rows):
        raise SystemExit(f"expected {len(rows)} relations in Neo4j, found {n}")
    probe = rows[len(rows) // 2]
    [got] = store.relations([(probe["s"], probe["type"], probe["t"])])
    if relation_to_row(got) != probe:
        raise SystemExit(f"relation read back differs: {relation_to_row(got)} != {probe}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k relations")
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--sample", type=int, default=10_000, help="relations for the per-tx floor")
    ap.add_argument("--batch-size", type=int, default=10_000)
    ap.add_argument("--import-dir", type=Path, default=REPO / ".neo4j-local" / "import")
    ap.add_argument("--markdown", type=Path, help="also write the results as Markdown here")
    ap.add_argument("--pure-python-codec", action="store_true",
                    help="measure without neo4j-rust-ext even when it is installed")
    args = ap.parse_args(argv)
    if args.pure_python_codec:
        if "neo4j" in sys.modules:
            raise SystemExit("--pure-python-codec must be decided before neo4j is imported")
        sys.modules["neo4j._rust"] = None  # type: ignore[assignment]  # the driver falls back
    n = 100_000 if args.quick else args.relations

    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
    password = os.environ.get("NEO4J_PASSWORD", "actorgraph-test")
    store = Neo4jStore(uri, user, password, os.environ.get("NEO4J_DATABASE"),
                       batch_size=args.batch_size)
    version = store.query("CALL dbms.components() YIELD versions RETURN versions[0]").rows[0][0]
    from neo4j._codec.packstream import v1 as packstream

    codec = "Rust (neo4j-rust-ext)" if packstream._rust_pack else "pure Python"
    print(f"Neo4j {version} at {uri}; driver codec: {codec}; {os.cpu_count()} cores")

    t0 = time.perf_counter()
    actors, rows = synthetic(n, args.actors)
    print(f"generated {len(rows):,} relations over {len(actors):,} actors "
          f"in {time.perf_counter() - t0:.1f} s")
    files = write_csvs(rows, args.import_dir)
    columns = RelationColumns()
    for row in rows:
        columns.add(row)
    sample = rows[: args.sample]

    def load_csv(verb: str, files: dict[str, str] = files) -> Callable[[], None]:
        def run() -> None:
            with store._driver.session(database=store.database) as session:
                for rtype, file in sorted(files.items()):
                    session.run(load_csv_cypher(rtype, file, verb, args.batch_size)).consume()

        return run

    def per_row() -> None:
        def one(tx, row: dict) -> None:
            props = {k: v for k, v in row.items() if k not in ("s", "t", "type") and v is not None}
            tx.run(
                "MATCH (a:Actor {id: $s}) MATCH (b:Actor {id: $t}) "
                f"MERGE (a)-[r:{rel_type(row['type'])}]->(b) SET r = $p",
                s=row["s"], t=row["t"], p=props,
            ).consume()

        with store._driver.session(database=store.database) as session:
            for row in sample:
                session.execute_write(one, row)

    # warm up the server's query caches and JIT on a small load of each kind
    warm = RelationColumns()
    for row in rows[:20_000]:
        warm.add(row)
    reset(store, actors)
    store.write_columns(warm)
    warm_files = write_csvs(rows[:20_000], args.import_dir, prefix="actorgraph-warmup")
    reset(store, actors)
    load_csv("CREATE", warm_files)()

    results: list[Result] = []
    print("timed loads (each into an empty set of relations):")
    reset(store, actors)
    results.append(timed("LOAD CSV (CREATE)", n, load_csv("CREATE")))
    check(store, rows)
    reset(store, actors)
    results.append(timed("store.write_columns", n, lambda: store.write_columns(columns)))
    check(store, rows)
    reset(store, actors)
    results.append(timed("LOAD CSV (MERGE)", n, load_csv("MERGE")))
    check(store, rows)
    reset(store, actors)
    t0 = time.perf_counter()
    batch = GraphBatch.model_construct(
        actors=[], documents=[], mentions=[],
        relations=[Relation(source=r["s"], type=r["type"], target=r["t"],
                            confidence=r["confidence"], count=r["count"],
                            first_seen=r["first_seen"], last_seen=r["last_seen"],
                            provenance=[Evidence(**e) for e in _json(r["provenance"])])
                   for r in rows],
    )
    print(f"  (built {n:,} Relation objects in {time.perf_counter() - t0:.1f} s, not timed)")
    results.append(timed("store.write", n, lambda: store.write(batch)))
    check(store, rows)
    batch = None  # free the objects before the next load
    reset(store, actors)
    results.append(timed("one tx per relation", len(sample), per_row))
    store.clear()
    for file in [*files.values(), *warm_files.values()]:
        (args.import_dir / file).unlink(missing_ok=True)

    by = {r.method: r for r in results}
    floor = by["one tx per relation"].rate
    print("\nratios (throughput):")
    lines = []
    for mine in ("store.write_columns", "store.write"):
        for ref in ("LOAD CSV (CREATE)", "LOAD CSV (MERGE)"):
            lines.append((f"{mine} / {ref}", by[mine].rate / by[ref].rate, 0.8))
        lines.append((f"{mine} / one tx per relation", by[mine].rate / floor, 20.0))
    for label, ratio, goal in lines:
        verdict = "meets" if ratio >= goal else "BELOW"
        print(f"  {label:<48} {ratio:7.2f}x  (goal >= {goal:g}x: {verdict})")

    if args.markdown:
        args.markdown.write_text(
            markdown(results, lines, n, len(actors), version, codec, args.batch_size),
            encoding="utf-8",
        )
        print(f"\nwrote {args.markdown}")
    return 0


def _json(text: str) -> list[dict]:
    import json

    return json.loads(text)


def markdown(results, lines, n, n_actors, version, codec, batch) -> str:
    out = [
        f"Run of `python bench/bench_neo4j_load.py --relations {n}` on "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"Neo4j {version} Community (scripts/neo4j-local.sh, heap "
        f"{os.environ.get('NEO4J_HEAP', 'see server')}); driver codec {codec}; "
        f"{n_actors:,} actors; batches of {batch:,}.",
        "",
        "| method | relations | seconds | relations/s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for r in results:
        out.append(f"| {r.method} | {r.relations:,} | {r.seconds:.2f} | {r.rate:,.0f} |")
    out += ["", "| ratio (throughput) | value | goal |", "| --- | ---: | ---: |"]
    for label, ratio, goal in lines:
        out.append(f"| {label} | {ratio:.2f}x | >= {goal:g}x |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
