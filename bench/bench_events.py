"""Event aggregation and loading at scale: time and peak memory, against a bare scan.

Each measurement runs in its own process (so peak memory is its own) on the same files:

- ``scan``: DuckDB reads the files and the columns the aggregation uses (the baseline);
- ``scan-polars``: the same bare scan by Polars (streaming; the baseline of its engine);
- ``aggregate``: ``aggregate_events`` (engine ``auto``: Polars if installed), dyads per month;
- ``load-embedded``: aggregate and load the relations into a fresh embedded store;
- ``aggregate-duckdb``, ``load-embedded-duckdb`` (``--duckdb``): the same on DuckDB;
- ``load-neo4j``: the same into Neo4j (``--neo4j``; NEO4J_URI etc. from the environment);
- ``spark``: the aggregation on PySpark in local mode (``--spark``);
- ``engines`` (``--engines``): the same plain group-by (month, actor codes, root code:
  count and Goldstein sum) in DuckDB, Polars (streaming) and pyarrow, to choose the engine.

Times are printed as ratios to the scans measured in the same run (wall clock, and CPU
seconds of the process, which the other work on a shared machine disturbs far less; wall
and CPU also against the Polars scan when it ran);
each measurement also prints the load averages (``os.getloadavg``) at its end.

What the baselines read: both scans read every file whole (the engine parses each line
into its 61 columns) and materialise the 13 columns the aggregation uses (``COLUMNS``) as
text, with the maximum of each (Polars: all 61 declared ``String``, no quoting, the
streaming engine; DuckDB: the typed ``read_csv`` of the aggregation itself). The
aggregation reads the same 13 columns, but typed: 10 as categories (the date too), two
numbers. A scan's time counts from before its engine's import; ``load-*``'s ``seconds``
counts from after the store was opened and cleared (the aggregation, the columns and the
write), ``seconds_all`` from before the imports and the store's opening, as the scan's
does (their CPU seconds always count from the measurement's start).
``--repeat N`` runs the whole series N times (scan first each time) so that ratios can
be read from the quietest round.

    python bench/gen_gdelt.py /tmp/gdelt-1m --events 1000000 --files 4
    python bench/bench_events.py /tmp/gdelt-1m [--neo4j] [--spark] [--engines]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = ("sqldate", "actor1code", "actor2code", "eventcode", "goldsteinscale", "nummentions",
           "sourceurl", "actor1countrycode", "actor2countrycode", "actor1type1code",
           "actor2type1code", "actor1knowngroupcode", "actor2knowngroupcode")


def _files(folder: str) -> list[str]:
    from actorgraph.loaders.events import expand_event_paths

    return [str(f.path) for f in expand_event_paths([folder])]


def measure(kind: str, folder: str) -> dict:
    """Run one measurement in this process; returns seconds, events and details."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = own.ru_utime + own.ru_stime  # the interpreter's start-up is not measured
    start = time.perf_counter()
    out: dict = {}
    if kind == "scan":
        from actorgraph.loaders.events.aggregate import connect_duckdb, read_csv_sql
        from actorgraph.loaders.events.formats import FORMATS

        con = connect_duckdb()
        src = read_csv_sql(FORMATS["gdelt2"], _files(folder))
        aggs = ", ".join(f"max({c})" for c in COLUMNS)
        out["events"] = con.sql(f"SELECT count(*), {aggs} FROM {src}").fetchall()[0][0]
    elif kind == "scan-polars":
        import polars as pl

        from actorgraph.loaders.events.formats import GDELT2_COLUMNS, snake

        names = [snake(c) for c in GDELT2_COLUMNS]
        lf = pl.scan_csv(_files(folder), separator="\t", has_header=False,
                         schema=dict.fromkeys(names, pl.String), quote_char=None)
        df = lf.select(pl.len(), *(pl.col(c).max() for c in COLUMNS)).collect(
            engine="streaming")
        out["events"] = int(df.item(0, 0))
    elif kind.startswith("aggregate") or kind == "spark":
        from actorgraph.loaders.events import EventOptions, aggregate_events

        engine = "spark" if kind == "spark" else kind.partition("-")[2] or "auto"
        result = aggregate_events([folder], EventOptions(engine=engine))
        out.update(events=result.summary.events_read, dyads=result.summary.dyads,
                   relations=result.summary.relations)
    elif kind.startswith("load-"):
        begin = start
        from actorgraph.graph.store import open_store
        from actorgraph.loaders.events import EventOptions
        from actorgraph.loaders.pipeline import load_paths

        spec = "neo4j" if kind == "load-neo4j" else str(Path(tempfile.mkdtemp()) / "g.lbdb")
        engine = kind.removeprefix("load-embedded").removeprefix("-") or "auto"
        with open_store(spec) as store:
            store.clear()
            start = time.perf_counter()
            report = load_paths(store, [folder], events=EventOptions(engine=engine))
            out.update(events=report.events.events_read, engine=report.events.engine,
                       relations=report.summary.relations_added,
                       aggregate_seconds=round(report.events.seconds, 2),
                       # dyads -> relation columns -> the store's write (and its commit)
                       write_seconds=round(time.perf_counter() - start
                                           - report.events.seconds, 2))
        out["seconds_all"] = round(time.perf_counter() - begin, 2)
    elif kind.startswith("engine-"):
        out["events"] = _engine(kind.removeprefix("engine-"), _files(folder))
    else:
        raise SystemExit(f"unknown measurement {kind}")
    out["seconds"] = round(time.perf_counter() - start, 2)
    # CPU seconds of this process and its children (Spark's JVM): on a machine shared
    # with other work, far steadier than the wall clock (both cores busy: ~2x the wall)
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    out["cpu_seconds"] = round(own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
                               - cpu0, 2)
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["load_avg"] = [round(x, 1) for x in os.getloadavg()]  # a shared machine: say it
    return out


def _engine(name: str, files: list[str]) -> int:
    """The plain group-by on one engine; returns the events counted."""
    from actorgraph.loaders.events.formats import GDELT2_COLUMNS, snake

    names = [snake(c) for c in GDELT2_COLUMNS]
    if name == "duckdb":
        from actorgraph.loaders.events.aggregate import connect_duckdb, read_csv_sql
        from actorgraph.loaders.events.formats import FORMATS

        con = connect_duckdb()
        src = read_csv_sql(FORMATS["gdelt2"], files)
        rows = con.sql(
            f"SELECT date_trunc('month', sqldate) m, actor1code, actor2code, "
            f"substr(eventcode, 1, 2) r, count(*) n, sum(goldsteinscale) g FROM {src} "
            "GROUP BY ALL").fetchall()
        return sum(r[4] for r in rows)
    if name == "polars":
        import polars as pl

        schema = {n: pl.Utf8 for n in names}
        schema.update(goldsteinscale=pl.Float64, sqldate=pl.Utf8)
        lf = pl.scan_csv(files, separator="\t", has_header=False, new_columns=names,
                         schema_overrides=schema, quote_char=None)
        df = (lf.with_columns(pl.col("sqldate").str.slice(0, 6).alias("m"),
                              pl.col("eventcode").str.slice(0, 2).alias("r"))
              .group_by(["m", "actor1code", "actor2code", "r"])
              .agg(pl.len().alias("n"), pl.col("goldsteinscale").sum().alias("g"))
              .collect(engine="streaming"))
        return int(df["n"].sum())
    if name == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pacsv

        total = 0
        parts = []
        types = {n: pa.string() for n in names}
        types["goldsteinscale"] = pa.float64()
        for f in files:
            reader = pacsv.open_csv(
                f, read_options=pacsv.ReadOptions(column_names=names),
                parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False),
                convert_options=pacsv.ConvertOptions(
                    column_types=types,
                    include_columns=["sqldate", "actor1code", "actor2code", "eventcode",
                                     "goldsteinscale"]))
            for batch in reader:  # streaming: one batch at a time, grouped, then merged
                t = pa.Table.from_batches([batch])
                t = t.append_column("m", pc.utf8_slice_codeunits(t["sqldate"], 0, 6))
                t = t.append_column("r", pc.utf8_slice_codeunits(t["eventcode"], 0, 2))
                parts.append(t.group_by(["m", "actor1code", "actor2code", "r"]).aggregate(
                    [("goldsteinscale", "count"), ("goldsteinscale", "sum")]))
        merged = pa.concat_tables(parts).group_by(["m", "actor1code", "actor2code", "r"]) \
            .aggregate([("goldsteinscale_count", "sum"), ("goldsteinscale_sum", "sum")])
        total = pc.sum(merged["goldsteinscale_count_sum"]).as_py()
        return int(total)
    raise SystemExit(f"unknown engine {name}")


def run(kind: str, folder: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--measure", kind, folder],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--neo4j", action="store_true")
    ap.add_argument("--spark", action="store_true")
    ap.add_argument("--engines", action="store_true")
    ap.add_argument("--duckdb", action="store_true",
                    help="also aggregate and load with the DuckDB engine")
    ap.add_argument("--skip-embedded", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.folder)))
        return
    import importlib.util

    kinds = ["scan"] + (["scan-polars"] if importlib.util.find_spec("polars") else [])
    kinds.append("aggregate")
    if not args.skip_embedded:
        kinds.append("load-embedded")
    if args.duckdb:
        kinds += ["aggregate-duckdb"] + ([] if args.skip_embedded else ["load-embedded-duckdb"])
    if args.neo4j:
        kinds.append("load-neo4j")
    if args.spark:
        kinds.append("spark")
    if args.engines:
        kinds += ["engine-duckdb", "engine-polars", "engine-pyarrow"]
    for round_ in range(1, args.repeat + 1):
        if args.repeat > 1:
            print(f"-- round {round_}", flush=True)
        results = {}
        for kind in kinds:
            results[kind] = r = run(kind, args.folder)
            base = results["scan"].get("seconds") or 0
            cpu = results["scan"].get("cpu_seconds") or 0
            ratio = (f"{r['seconds'] / base:5.2f}x scan, cpu {r['cpu_seconds'] / cpu:5.2f}x"
                     if base and cpu and "seconds" in r else "")
            polars = results.get("scan-polars", {})
            pcpu, pwall = polars.get("cpu_seconds") or 0, polars.get("seconds") or 0
            if ratio and pcpu and pwall:
                ratio += (f"; the Polars scan: wall {r['seconds'] / pwall:5.2f}x"
                          + (f" (all {r['seconds_all'] / pwall:5.2f}x)"
                             if "seconds_all" in r else "")
                          + f", cpu {r['cpu_seconds'] / pcpu:5.2f}x")
            print(f"{kind:15} {json.dumps(r)} {ratio}", flush=True)


if __name__ == "__main__":
    main()
