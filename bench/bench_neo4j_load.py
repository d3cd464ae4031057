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

Every relation has one piece of provenance, which the store keeps as an ``Evidence`` node
(records.evidence_rows: its relation's key, ``seq``, the evidence's fields) next to the
relationship with the lean RELATION_PROPS. So that the comparison stays fair, every method
loads the same information: per relation, the relationship AND its Evidence node, in the
same transaction. The CSV files carry one row per relation with the relation's properties
and its evidence's (columns ``e_*``), and LOAD CSV creates both from each row.

Methods, each on an empty set of relations and evidence (actors loaded first, not timed):

- ``store.write``: ``Neo4jStore.write(GraphBatch)`` with validated ``Relation`` objects;
- ``store.write_columns``: ``Neo4jStore.write_columns(RelationColumns)``, the path the CSV
  loader takes for large inputs;
- ``LOAD CSV (CREATE)`` / ``LOAD CSV (MERGE)``: one ``LOAD CSV … CALL { … } IN
  TRANSACTIONS`` per relation type (one CSV file per type) creating (merging: the
  relationship, and the Evidence node on its id) the relationship and the Evidence node
  with the same properties;
- ``LOAD CSV (CREATE, N concurrent)``: the same with ``IN N CONCURRENT TRANSACTIONS``, N
  being the store's ``write_concurrency``: the store runs up to N bulk transactions at
  once, so this is LOAD CSV given the same cores;
- ``one tx per relation``: the driver's ``execute_write`` per relation (MERGE of the
  relationship and of its Evidence node), on ``--sample`` relations.

Every method sends ``--batch-size`` rows per transaction (default: the store's,
``neo4j_store.DEFAULT_BATCH_SIZE``).

The store's bulk path can do one thing more than LOAD CSV (CREATE): before creating a
chunk's Evidence nodes it deletes any left under the same keys by relationships deleted
with Cypher (an index seek per key), so that the unique ids cannot clash. It skips that
when the store holds no Evidence node as the write begins, which is the case here (every
load starts from an empty store); into a store that already holds evidence the seeks
cost about 0.4 s per 50,000 keys on the machine of docs/benchmarks-neo4j.md.
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
from actorgraph.graph.neo4j_store import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_WRITE_CONCURRENCY,
    Neo4jStore,
    rel_type,
)
from actorgraph.graph.records import (
    EVIDENCE_PROPS,
    RELATION_PROPS,
    RelationColumns,
    evidence_rows,
    relation_to_row,
    row_to_relation,
)
from actorgraph.graph.vocabulary import RelationType

REPO = Path(__file__).resolve().parents[1]
TYPES = [t.value for t in RelationType]
#: evidence columns of the CSV files (source, type and target are the relation's)
EV_CSV = [p for p in EVIDENCE_PROPS if p not in ("source", "type", "target")]
BLOCS = ["nato_ally", "nato_partner", "eu", "russia_and_supporters", "ukraine", "other"]


@dataclass
class Result:
    method: str
    relations: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.relations / self.seconds if self.seconds else float("inf")


def synthetic(
    n_relations: int, n_actors: int, seed: int = 7
) -> tuple[list[Actor], list[dict], list[dict]]:
    """Actors, ``n_relations`` relation rows with unique keys and their evidence rows (one
    per relation, in the same order), both in the records.py format."""
    rnd = random.Random(seed)
    actors = [
        Actor(id=f"A{i:06d}", name=f"Actor {i}", kind="state", bloc=BLOCS[i % len(BLOCS)])
        for i in range(n_actors)
    ]
    ids = [a.id for a in actors]
    seen: set[tuple[str, str, str]] = set()
    rows: list[dict] = []
    evidence: list[dict] = []
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
        evidence.extend(evidence_rows(rel))
    return actors, rows, evidence


def write_csvs(
    rows: list[dict], evidence: list[dict], folder: Path, prefix: str = "actorgraph-bench"
) -> dict[str, str]:
    """One CSV per relation type in the server's import folder, a row per relation with
    its piece of evidence (``e_*`` columns); {type: file name}."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    writers: dict[str, tuple] = {}
    try:
        for row, ev in zip(rows, evidence, strict=True):
            rtype = row["type"]
            if rtype not in writers:
                names[rtype] = f"{prefix}-{rtype}.csv"
                f = open(folder / names[rtype], "w", newline="", encoding="utf-8")  # noqa: SIM115
                w = csv.writer(f)
                w.writerow(["s", "t", *RELATION_PROPS, *(f"e_{p}" for p in EV_CSV)])
                writers[rtype] = (f, w)
            out = [row["s"], row["t"]]
            out += ["" if row.get(p) is None else row[p] for p in RELATION_PROPS]
            out += ["" if ev.get(p) is None else ev[p] for p in EV_CSV]
            writers[rtype][1].writerow(out)
    finally:
        for f, _ in writers.values():
            f.close()
    return names


def load_csv_cypher(rtype: str, file: str, verb: str, batch: int, concurrency: int = 1) -> str:
    """LOAD CSV of one type: per row the relationship and its Evidence node (CREATE both,
    or MERGE the relationship and the Evidence node on its id), in transactions of
    ``batch`` rows, ``concurrency`` of them at once."""
    sets = (
        "r.confidence = toFloat(row.confidence), r.count = toInteger(row.count), "
        "r.first_seen = nullIf(row.first_seen, ''), r.last_seen = nullIf(row.last_seen, ''), "
        "r.valid_from = nullIf(row.valid_from, ''), r.valid_to = nullIf(row.valid_to, ''), "
        "r.role = nullIf(row.role, '')"
    )
    ev_sets = (
        f"e.source = row.s, e.type = '{rel_type(rtype)}', e.target = row.t, "
        "e.seq = toInteger(row.e_seq), e.doc = row.e_doc, e.text = row.e_text, "
        "e.date = nullIf(row.e_date, ''), e.sentence = toInteger(row.e_sentence), "
        "e.char_start = toInteger(row.e_char_start), e.char_end = toInteger(row.e_char_end), "
        "e.rule = nullIf(row.e_rule, ''), e.confidence = toFloat(row.e_confidence), "
        "e.location = nullIf(row.e_location, '')"
    )
    in_transactions = (
        f"IN {concurrency} CONCURRENT TRANSACTIONS" if concurrency > 1 else "IN TRANSACTIONS"
    )
    return (
        f"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row "
        "CALL (row) { "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"{verb} (a)-[r:{rel_type(rtype)}]->(b) SET {sets} "
        f"{verb} (e:Evidence {{id: row.e_id}}) SET {ev_sets} "
        f"}} {in_transactions} OF {batch} ROWS"
    )


def timed(label: str, n: int, fn: Callable[[], object]) -> Result:
    t0 = time.perf_counter()
    fn()
    res = Result(label, n, time.perf_counter() - t0)
    print(f"  {label:<32} {n:>9,} relations  {res.seconds:8.2f} s  {res.rate:>10,.0f} rel/s",
          flush=True)
    return res


def reset(store: Neo4jStore, actors: list[Actor]) -> None:
    store.clear()
    store.write(GraphBatch(actors=actors))


def check(store: Neo4jStore, rows: list[dict], evidence: list[dict]) -> None:
    stats = store.stats()
    if (stats.relations, stats.evidence) != (len(rows), len(evidence)):
        raise SystemExit(
            f"expected {len(rows)} relations and {len(evidence)} pieces of evidence in Neo4j, "
            f"found {stats.relations} and {stats.evidence}"
        )
    i = len(rows) // 2
    probe = rows[i]
    [got] = store.relations([(probe["s"], probe["type"], probe["t"])])
    if relation_to_row(got) != probe:
        raise SystemExit(f"relation read back differs: {relation_to_row(got)} != {probe}")
    if evidence_rows(got) != [evidence[i]]:
        raise SystemExit(f"evidence read back differs: {evidence_rows(got)} != {evidence[i]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k relations")
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--sample", type=int, default=10_000, help="relations for the per-tx floor")
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                    help="rows per transaction, for every method (default: the store's)")
    ap.add_argument("--concurrency", type=int, default=DEFAULT_WRITE_CONCURRENCY,
                    help="the store's write_concurrency, and LOAD CSV's concurrent "
                    "transactions in the extra LOAD CSV row (default: the store's)")
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
                       batch_size=args.batch_size, write_concurrency=args.concurrency)
    version = store.query("CALL dbms.components() YIELD versions RETURN versions[0]").rows[0][0]
    from neo4j._codec.packstream import v1 as packstream

    codec = "Rust (neo4j-rust-ext)" if packstream._rust_pack else "pure Python"
    print(f"Neo4j {version} at {uri}; driver codec: {codec}; {os.cpu_count()} cores")

    t0 = time.perf_counter()
    actors, rows, evidence = synthetic(n, args.actors)
    print(f"generated {len(rows):,} relations (each with one piece of evidence) over "
          f"{len(actors):,} actors in {time.perf_counter() - t0:.1f} s")
    files = write_csvs(rows, evidence, args.import_dir)
    columns = RelationColumns()
    for row, ev in zip(rows, evidence, strict=True):
        columns.add(row, [ev])
    sample = list(zip(rows, evidence))[: args.sample]

    def load_csv(
        verb: str, files: dict[str, str] = files, concurrency: int = 1
    ) -> Callable[[], None]:
        def run() -> None:
            with store._driver.session(database=store.database) as session:
                for rtype, file in sorted(files.items()):
                    cypher = load_csv_cypher(rtype, file, verb, args.batch_size, concurrency)
                    session.run(cypher).consume()

        return run

    concurrent_csv = f"LOAD CSV (CREATE, {args.concurrency} concurrent)"

    def per_row() -> None:
        def one(tx, row: dict, ev: dict) -> None:
            props = {k: v for k, v in row.items() if k not in ("s", "t", "type") and v is not None}
            tx.run(
                "MATCH (a:Actor {id: $s}) MATCH (b:Actor {id: $t}) "
                f"MERGE (a)-[r:{rel_type(row['type'])}]->(b) SET r = $p "
                "MERGE (e:Evidence {id: $e.id}) SET e = $e",
                s=row["s"], t=row["t"], p=props,
                e={k: v for k, v in ev.items() if v is not None},
            ).consume()

        with store._driver.session(database=store.database) as session:
            for row, ev in sample:
                session.execute_write(one, row, ev)

    # warm up the server's query caches and JIT on a small load of each kind
    warm = RelationColumns()
    for row, ev in zip(rows[:20_000], evidence):
        warm.add(row, [ev])
    reset(store, actors)
    store.write_columns(warm)
    warm_files = write_csvs(rows[:20_000], evidence[:20_000], args.import_dir,
                            prefix="actorgraph-warmup")
    reset(store, actors)
    load_csv("CREATE", warm_files)()
    if args.concurrency > 1:
        reset(store, actors)
        load_csv("CREATE", warm_files, args.concurrency)()

    results: list[Result] = []
    print("timed loads (each into an empty set of relations):")
    reset(store, actors)
    results.append(timed("LOAD CSV (CREATE)", n, load_csv("CREATE")))
    check(store, rows, evidence)
    reset(store, actors)
    results.append(timed("store.write_columns", n, lambda: store.write_columns(columns)))
    check(store, rows, evidence)
    reset(store, actors)
    results.append(timed("LOAD CSV (MERGE)", n, load_csv("MERGE")))
    check(store, rows, evidence)
    reset(store, actors)
    t0 = time.perf_counter()
    batch = GraphBatch.model_construct(
        actors=[], documents=[], mentions=[],
        relations=[row_to_relation(r, [e]) for r, e in zip(rows, evidence, strict=True)],
    )
    print(f"  (built {n:,} Relation objects in {time.perf_counter() - t0:.1f} s, not timed)")
    results.append(timed("store.write", n, lambda: store.write(batch)))
    check(store, rows, evidence)
    batch = None  # free the objects before the next load
    if args.concurrency > 1:
        reset(store, actors)
        results.append(timed(concurrent_csv, n, load_csv("CREATE", concurrency=args.concurrency)))
        check(store, rows, evidence)
    reset(store, actors)
    results.append(timed("one tx per relation", len(sample), per_row))
    store.clear()
    for file in [*files.values(), *warm_files.values()]:
        (args.import_dir / file).unlink(missing_ok=True)

    by = {r.method: r for r in results}
    floor = by["one tx per relation"].rate
    print("\nratios (throughput):")
    lines = []
    refs = [r for r in ("LOAD CSV (CREATE)", "LOAD CSV (MERGE)", concurrent_csv) if r in by]
    for mine in ("store.write_columns", "store.write"):
        for ref in refs:
            lines.append((f"{mine} / {ref}", by[mine].rate / by[ref].rate, 0.8))
        lines.append((f"{mine} / one tx per relation", by[mine].rate / floor, 20.0))
    for label, ratio, goal in lines:
        verdict = "meets" if ratio >= goal else "BELOW"
        print(f"  {label:<56} {ratio:7.2f}x  (goal >= {goal:g}x: {verdict})")

    if args.markdown:
        args.markdown.write_text(
            markdown(results, lines, n, len(actors), version, codec, args.batch_size,
                     args.concurrency),
            encoding="utf-8",
        )
        print(f"\nwrote {args.markdown}")
    return 0


def markdown(results, lines, n, n_actors, version, codec, batch, concurrency) -> str:
    out = [
        f"Run of `python bench/bench_neo4j_load.py --relations {n}` on "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"Neo4j {version} Community (scripts/neo4j-local.sh, heap "
        f"{os.environ.get('NEO4J_HEAP', 'see server')}); driver codec {codec}; "
        f"{n_actors:,} actors; batches of {batch:,}; store write_concurrency {concurrency}; "
        "each relation with one Evidence node.",
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
