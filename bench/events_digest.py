"""Digests of an event load, to show that a change to the path leaves its output alone.

Aggregates and loads the event files into a fresh embedded store (engine ``auto``), then
prints one SHA-256 (first 12 hex digits) each of: the dyads ``aggregate_events`` gives
(every column, in their order), its summary (``describe()`` without the timing), the
stored relations (every type, every property, sorted) and the stored evidence (every
property, sorted by id), with their counts. Two versions of the code that print the same
digests wrote the same graph.

    python bench/events_digest.py bench/.work/gdelt-10m [--period month] [--min-events N]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import tempfile
from pathlib import Path


def _digest(rows) -> str:
    h = hashlib.sha256()
    for row in rows:
        h.update(repr(row).encode())
        h.update(b"\n")
    return h.hexdigest()[:12]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--period", default="month")
    ap.add_argument("--min-events", type=int, default=1)
    ap.add_argument("--since")
    ap.add_argument("--until")
    ap.add_argument("--dump", help="also write the stored relations here (one per line)")
    args = ap.parse_args()
    from actorgraph.graph.records import EVIDENCE_PROPS, RELATION_PROPS
    from actorgraph.graph.store import open_store
    from actorgraph.graph.vocabulary import RelationType
    from actorgraph.loaders.events import EventOptions, aggregate_events
    from actorgraph.loaders.pipeline import load_paths

    def options() -> EventOptions:
        return EventOptions(period=args.period, min_events=args.min_events,
                            since=args.since, until=args.until)

    result = aggregate_events([args.folder], options())
    dyads = result.dyads.to_pylist()
    summary = re.sub(r"[0-9.,]+ (s|seconds|events/s)\b", "", result.summary.describe())
    print(f"dyads     {len(dyads):>9,} {_digest(r.items() for r in dyads)}")
    print(f"summary   {'':>9} {_digest(summary.splitlines())}")
    spec = str(Path(tempfile.mkdtemp()) / "g.lbdb")
    with open_store(spec) as store:
        store.clear()
        load_paths(store, [args.folder], events=options())
        rels = []
        for rtype in RelationType:
            props = ", ".join(f"x.{p}" for p in RELATION_PROPS)
            rels += [(rtype.value, *row) for row in store._run(
                f"MATCH (a:Actor)-[x:{rtype.value}]->(b:Actor) RETURN a.id, b.id, {props}")]
        rels.sort(key=repr)
        props = ", ".join(f"e.{p}" for p in EVIDENCE_PROPS)
        evidence = store._run(f"MATCH (e:Evidence) RETURN {props} ORDER BY e.id")
        actors = store._run("MATCH (a:Actor) RETURN a.id ORDER BY a.id")
    if args.dump:
        Path(args.dump).write_text("".join(f"{r!r}\n" for r in rels), encoding="utf-8")
    print(f"relations {len(rels):>9,} {_digest(rels)}")
    # (before events10 a relation's weight could differ in its last bit between two
    # loads of the same files: compare those versions with the weights rounded)
    rounded = [(*r[:-1], round(r[-1], 6) if isinstance(r[-1], float) else r[-1])
               for r in rels]
    print(f"  (weights rounded to 6 decimals) {_digest(rounded)}")
    print(f"evidence  {len(evidence):>9,} {_digest(evidence)}")
    print(f"actors    {len(actors):>9,} {_digest(actors)}")


if __name__ == "__main__":
    main()
