"""``actorgraph events``: aggregate event files into dyads without loading them; and the
event options that ``actorgraph load`` shares."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from actorgraph.cli.common import handle_errors

PERIODS = ("day", "week", "month", "year")


def event_options(fn: Callable) -> Callable:
    """The options that say how event files become relations (for `events` and `load`)."""
    options = [
        click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True,
                     help="Events: group per day, ISO week, month or year."),
        click.option("--since", metavar="DATE", help="Events: only from this date "
                     "(YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", metavar="DATE", help="Events: only up to this date."),
        click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Events: your mapping of event codes and actors (YAML; start from "
                     "`actorgraph events --show-mapping`)."),
        click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Events: leave out relations with fewer events than this."),
        click.option("--strict", is_flag=True,
                     help="Events: stop at the first malformed row instead of skipping it."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def options_from(kw: dict[str, Any], engine: str = "auto"):
    """An ``EventOptions`` from the keyword arguments of :func:`event_options`."""
    from actorgraph.loaders.events import EventOptions

    return EventOptions(period=kw["period"], since=kw["since"], until=kw["until"],
                        mapping=kw["mapping"], min_events=kw["min_events"],
                        strict=kw["strict"], engine=engine)


@contextmanager
def events_progress(disable: bool = False) -> Iterator[Callable[[int, int, int], None] | None]:
    """A progress bar over files with the events read and events per second."""
    if disable or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    start = time.perf_counter()
    with Progress("reading events", BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]}"), console=Console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task("events", total=None, rate="")

        def hook(read: int, done: int, total: int) -> None:
            rate = read / max(time.perf_counter() - start, 1e-9)
            bar.update(task, completed=done, total=total,
                       rate=f"{read:,} events, {rate:,.0f} events/s")

        yield hook


def register(cli: click.Group) -> None:
    @cli.command("events")
    @click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
    @event_options
    @click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write the dyads here (.parquet or .csv); default: print a table.")
    @click.option("--engine", type=click.Choice(["auto", "duckdb", "polars", "spark"]),
                  default="auto", show_default=True,
                  help="Where the heavy grouping runs (auto: Polars if the `polars` extra is "
                  "installed, else DuckDB; spark: the `spark` extra, local mode unless "
                  "SPARK_MASTER is set).")
    @click.option("--sql", "sql_dialect", type=click.Choice(["duckdb", "spark", "bigquery"]),
                  help="Print the grouping SQL for this engine or warehouse and stop "
                  "(GDELT 2.0 columns unless a file names another format).")
    @click.option("--show-mapping", is_flag=True,
                  help="Print the default mapping file (to copy and edit) and stop.")
    @click.option("--limit", type=int, default=30, show_default=True,
                  help="Rows of the table printed without -o.")
    @click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
    @handle_errors
    def events_cmd(paths: tuple[Path, ...], output: Path | None, engine: str,
                   sql_dialect: str | None, show_mapping: bool, limit: int, quiet: bool,
                   **kw: Any) -> None:
        """Aggregate event files into dyads per (source, type, target, period), no store.

        \b
        Reads ICEWS .tab, GDELT 2.0 exports (.CSV, .CSV.zip), GDELT 1.0 daily files and
        POLECAT .txt: files, glob patterns, folders and zip archives. Prints what was
        read, kept and skipped (and why); -o writes the dyads as Parquet or CSV.
        `actorgraph load FILES` does the same and writes the relations into the graph.

        \b
        Examples:
          actorgraph events data/gdelt/*.CSV.zip --since 2022-02-24 -o dyads.parquet
          actorgraph events events.2018.sample.tab --period week --min-events 3
          actorgraph events --sql bigquery --period month > dyads.sql
        """
        from actorgraph.loaders.events import default_mapping_text

        if show_mapping:
            click.echo(default_mapping_text(), nl=False)
            return
        opts = options_from(kw, engine)
        if sql_dialect:
            click.echo(_sql(paths, opts, sql_dialect))
            return
        if not paths:
            raise click.UsageError("name event files, folders or patterns")
        from actorgraph.loaders.events import aggregate_events

        with events_progress(disable=quiet) as hook:
            result = aggregate_events(paths, opts, hook)
        if output is not None:
            _write(result.dyads, output)
        else:
            _print(result.dyads, limit)
        click.echo(result.summary.describe(), err=output is None)
        if output is not None:
            click.echo(f"{result.dyads.num_rows:,} dyad-periods written to {output}")

    _ = events_cmd


def _sql(paths: tuple[Path, ...], opts, dialect: str) -> str:
    from actorgraph.loaders.events.aggregate import _format_of
    from actorgraph.loaders.events.files import expand_event_paths
    from actorgraph.loaders.events.formats import FORMATS
    from actorgraph.loaders.events.mapping import load_mapping
    from actorgraph.loaders.events.sql import stage_one_sql

    opts.check()
    fmt = _format_of(expand_event_paths(paths)[0]) if paths else FORMATS["gdelt2"]
    table = "`gdelt-bq.gdeltv2.events`" if dialect == "bigquery" else "events"
    head = (f"-- actorgraph events: {fmt.title} grouped per {opts.period}; read the result "
            "back with `actorgraph load` (see docs/events.md)\n")
    from actorgraph.loaders.events.aggregate import gdelt_resolution

    return head + stage_one_sql(fmt, load_mapping(opts.mapping), table, opts.period, dialect,
                                opts.since, opts.until, gdelt_resolution()) + ";"


def _write(dyads, output: Path) -> None:
    from actorgraph.errors import LoaderError

    suffix = output.suffix.lower()
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(dyads, output)
        elif suffix == ".csv":
            import pyarrow as pa
            import pyarrow.compute as pc
            import pyarrow.csv as pacsv

            flat = dyads.set_column(
                dyads.column_names.index("samples"), "samples",
                pc.binary_join(dyads.column("samples").cast(pa.list_(pa.string())), " "))
            pacsv.write_csv(flat, output)
        else:
            raise LoaderError(f"cannot write {suffix or 'a file without suffix'}",
                              path=str(output), hint="use -o dyads.parquet or -o dyads.csv")
    except OSError as exc:
        raise LoaderError(f"cannot write the dyads: {exc.strerror or exc}", path=str(output),
                          hint="choose a writable path with -o") from None


def _print(dyads, limit: int) -> None:
    from actorgraph.cli.common import render_table

    rows = dyads.sort_by([("events", "descending")]).slice(0, limit).to_pylist()
    cols = ["source", "type", "target", "period", "kind", "events", "weight_sum", "mentions",
            "first_date", "last_date"]
    click.echo(render_table(
        cols, [["" if r[c] is None else (f"{r[c]:g}" if isinstance(r[c], float) else str(r[c]))
                for c in cols] for r in rows],
        f"Dyads (the {min(limit, dyads.num_rows)} with most events of {dyads.num_rows:,})"))


__all__ = ["event_options", "options_from", "register", "events_progress"]
