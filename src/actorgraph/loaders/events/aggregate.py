"""Event files to dyads: read, map, group (the engine), resolve actors, group again.

:func:`aggregate_events` is the whole path for one call: the files are read in batches
by DuckDB (stage one, :mod:`~actorgraph.loaders.events.sql`: bounded memory, every
core), actors are resolved once per distinct actor, and the raw dyads are grouped again
per (source, type, target, period, kind) with DuckDB over the Arrow result (stage two).
Malformed rows (wrong column count, bad date, non-numeric score) are counted with their
file and line; ``strict=True`` makes the first one an error.

Example
-------
>>> from actorgraph.loaders.events import aggregate_events
>>> result = aggregate_events(["tests/data/events/icews-2018-06-sample.tab"])  # doctest: +SKIP
>>> result.summary.events_read                                                  # doctest: +SKIP
300
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import LoaderError, require
from actorgraph.graph.model import parse_date
from actorgraph.loaders.events.files import EventFile, expand_event_paths, scannable
from actorgraph.loaders.events.formats import FORMATS, EventFormat, polecat_format
from actorgraph.loaders.events.mapping import EventMapping, load_mapping
from actorgraph.loaders.events.resolve import ActorResolver
from actorgraph.loaders.events.sql import (
    ACTOR_COLUMNS,
    PERIODS,
    GdeltResolution,
    merge_samples_sql,
    stage_one_sql,
)

#: where stage one runs (``auto``: Polars if installed, else DuckDB)
ENGINES = ("auto", "duckdb", "polars", "spark")
#: input bytes scanned by one engine query (progress is reported between batches)
BATCH_BYTES = 512 * 1024 * 1024
#: Polars's batches are this many times larger: its streaming query holds its groups,
#: not its input, so fewer batches mean fewer merges of their groups
POLARS_BATCH_FACTOR = 4
#: malformed rows listed in a report (all are counted)
MAX_LISTED = 20

#: called with (events read so far, files done, files in all)
EventProgress = Callable[[int, int, int], None]


@dataclass
class EventOptions:
    """How events become relations (the options of ``actorgraph events``)."""

    period: str = "month"
    since: str | None = None
    until: str | None = None
    mapping: str | Path | None = None
    min_events: int = 1
    strict: bool = False
    #: ``auto`` (Polars when the ``polars`` extra is installed, else DuckDB), ``duckdb``,
    #: ``polars`` or ``spark``
    engine: str = "auto"

    def check(self) -> None:
        if self.engine not in ENGINES:
            raise LoaderError(f"unknown engine {self.engine!r}",
                              hint=f"use one of: {', '.join(ENGINES)}")
        if self.engine == "auto":  # $ACTORGRAPH_EVENTS_ENGINE, else Polars if installed
            import importlib.util

            from actorgraph import config

            self.engine = config.events_engine()
            if self.engine == "auto":
                self.engine = "polars" if importlib.util.find_spec("polars") else "duckdb"
        if self.engine == "polars":
            from actorgraph.loaders.events.frames import polars_module

            polars_module()  # the error names the extra
        if self.period not in PERIODS:
            raise LoaderError(f"unknown period {self.period!r}",
                              hint=f"use one of: {', '.join(PERIODS)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    setattr(self, name, _full_date(value, end=name == "until"))
                except ValueError as exc:
                    raise LoaderError(f"--{name}: {exc}") from None
        if self.since and self.until and self.until < self.since:
            raise LoaderError(f"--until {self.until} is before --since {self.since}")
        if self.min_events < 1:
            raise LoaderError("--min-events must be at least 1")


def _full_date(value: str, end: bool) -> str:
    import calendar

    text = parse_date(value) or ""
    if len(text) == 4:
        return f"{text}-12-31" if end else f"{text}-01-01"
    if len(text) == 7:
        y, m = map(int, text.split("-"))
        return f"{text}-{calendar.monthrange(y, m)[1]:02d}" if end else f"{text}-01"
    return text


@dataclass
class Malformed:
    """A row the engine could not read: where, and why."""

    file: str
    line: int
    error: str

    def __str__(self) -> str:
        return f"{self.file} line {self.line}: {self.error}"


@dataclass
class EventSummary:
    """What an aggregation read, kept and skipped, and why."""

    files: list[str] = field(default_factory=list)
    formats: dict[str, int] = field(default_factory=dict)
    events_read: int = 0
    events_kept: int = 0
    #: reason -> events skipped for it
    skipped: dict[str, int] = field(default_factory=dict)
    #: reason -> [(actor or code, events)], the most frequent first
    examples: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    malformed: int = 0
    malformed_rows: list[Malformed] = field(default_factory=list)
    dyads: int = 0
    relations: int = 0
    seconds: float = 0.0
    engine: str = "duckdb"

    @property
    def events_per_second(self) -> float:
        return self.events_read / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        """A few lines: read, kept, skipped by reason (with examples), malformed rows."""
        lines = [
            f"{self.events_read:,} events read from {len(self.files)} file(s) "
            f"({', '.join(f'{n} {k}' for k, n in sorted(self.formats.items()))}) in "
            f"{self.seconds:.1f} s ({self.events_per_second:,.0f} events/s, {self.engine})",
            f"{self.events_kept:,} events kept as {self.dyads:,} dyad-periods in "
            f"{self.relations:,} relations",
        ]
        for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
            ex = self.examples.get(reason) or []
            tail = ("; e.g. " + ", ".join(f"{label} ({k:,})" for label, k in ex[:5])) if ex else ""
            lines.append(f"skipped {n:,} events: {reason}{tail}")
        if self.malformed:
            lines.append(f"skipped {self.malformed:,} malformed rows:")
            lines.extend(f"  {m}" for m in self.malformed_rows[:MAX_LISTED])
            if self.malformed > len(self.malformed_rows[:MAX_LISTED]):
                lines.append(f"  … and {self.malformed - MAX_LISTED:,} more")
        return "\n".join(lines)


@dataclass
class EventAggregation:
    """Dyads (a ``pyarrow.Table``, see :data:`DYAD_COLUMNS`) and the summary."""

    dyads: Any
    summary: EventSummary
    mapping: EventMapping


#: columns of the dyads table (and of ``actorgraph events -o dyads.parquet``)
DYAD_COLUMNS = (
    "source", "type", "target", "period", "kind", "origin", "events", "weight_sum",
    "weight_mean", "mentions", "first_date", "last_date", "samples",
)


def _format_of(f: EventFile) -> EventFormat:
    if f.format == "polecat":
        return polecat_format(f.first_line.rstrip("\r\n").split("\t"))
    if f.format == "icews":
        header = tuple(c.strip() for c in f.first_line.rstrip("\r\n").split("\t"))
        return EventFormat(**{**FORMATS["icews"].__dict__, "columns": header})
    return FORMATS[f.format]


def _check_header(fmt: EventFormat, f: EventFile) -> None:
    have = set(fmt.raw_names)
    need = {c for _, c in fmt.select if c} | {fmt.date_column}
    missing = sorted(need - have)
    if missing:
        raise LoaderError(f"{fmt.title}: columns missing: {', '.join(missing)}",
                          path=f.label, line=1, hint="is this file complete?")


def _batches(files: list[EventFile], limit: int | None = None
             ) -> list[tuple[EventFormat, list[EventFile]]]:
    """Files grouped by format (and header), then into batches of about ``limit`` bytes
    (BATCH_BYTES)."""
    limit = limit or BATCH_BYTES
    groups: dict[tuple, tuple[EventFormat, list[EventFile]]] = {}
    for f in files:
        fmt = _format_of(f)
        _check_header(fmt, f)
        groups.setdefault((fmt.name, fmt.columns), (fmt, []))[1].append(f)
    out = []
    for fmt, members in groups.values():
        batch: list[EventFile] = []
        size = 0
        for f in members:
            if batch and size + f.size > limit:
                out.append((fmt, batch))
                batch, size = [], 0
            batch.append(f)
            size += f.size
        if batch:
            out.append((fmt, batch))
    return out


_RESOLUTION: GdeltResolution | None = None


def gdelt_resolution() -> GdeltResolution:
    """The catalogue's ids for resolving GDELT actors in SQL (read once)."""
    global _RESOLUTION
    if _RESOLUTION is None:
        _RESOLUTION = GdeltResolution.from_catalogue()
    return _RESOLUTION


def _run(con, sql: str) -> None:
    """Run a statement and finish its result (DuckDB wants each result consumed)."""
    con.execute(sql).fetchall()


def connect_duckdb(threads: int | None = None):
    """A DuckDB connection for event work: all cores, bounded memory, spilling to disk."""
    duckdb = require("duckdb", "events")
    con = duckdb.connect()
    _run(con, f"SET threads = {threads or os.cpu_count() or 1}")
    from actorgraph import config  # DuckDB's memory limit (it spills to disk beyond it)

    _run(con, f"SET memory_limit = '{config.events_memory()}'")
    _run(con, "SET preserve_insertion_order = false")
    return con


def read_csv_sql(fmt: EventFormat, paths: Sequence[str]) -> str:
    """DuckDB ``read_csv`` of event files, typed, malformed rows kept aside (rejects)."""
    types = fmt.raw_types()
    cols = "{" + ", ".join(f"'{c}': '{t}'" for c, t in types.items()) + "}"
    files = "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"
    nulls = "[" + ", ".join(f"'{n}'" for n in fmt.null_text) + "]"
    dateformat = ", dateformat = '%Y%m%d'" if fmt.origin.value == "gdelt" else ""
    return (
        f"read_csv({files}, delim = '\\t', header = {str(fmt.header).lower()}, "
        f"columns = {cols}, quote = '', escape = '', nullstr = {nulls}{dateformat}, "
        "ignore_errors = true, store_rejects = true, parallel = true, auto_detect = false)"
    )


def _stage_one_duckdb(con, fmt: EventFormat, paths: list[str], opts: EventOptions,
                      mapping: EventMapping, first: bool) -> None:
    """Append the raw dyads of ``paths`` to the temporary table ``raw`` (kept in DuckDB:
    converting hundreds of thousands of groups to Arrow cost as much as grouping them)."""
    source = read_csv_sql(fmt, paths)
    # GDELT actors are resolved in the statement (joins with small tables), so the rows
    # group by catalogue ids: a few groups per dyad, not one per pair of raw actor codes;
    # ICEWS/POLECAT names are resolved afterwards in Python, once per distinct actor
    resolution = gdelt_resolution() if fmt.origin.value == "gdelt" else None
    sql = stage_one_sql(fmt, mapping, source, opts.period, "duckdb", opts.since, opts.until,
                        resolution)
    _run(con, f"CREATE TEMP TABLE raw AS {sql}" if first else f"INSERT INTO raw BY NAME {sql}")


def _append_raw(con, table) -> None:
    """Add stage-one rows (a ``pyarrow.Table``) to table ``raw``."""
    con.register("raw_arrow", table)
    _run(con, "INSERT INTO raw BY NAME SELECT * FROM raw_arrow" if _has_raw(con)
         else "CREATE TEMP TABLE raw AS SELECT * FROM raw_arrow")
    con.unregister("raw_arrow")


def _rejects(con, labels: dict[str, str]) -> tuple[int, list[Malformed]]:
    """Malformed rows of the last scans: (how many lines, the first few, in file order)."""
    try:
        total = con.execute(
            "SELECT count(*) FROM (SELECT DISTINCT scan_id, file_id, line FROM reject_errors)"
        ).fetchall()[0][0]
        # one error per line: a wrong column count first, else the leftmost bad value
        rank = ("(CASE WHEN e.error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') THEN 0 "
                "ELSE 1 END) * 100000 + coalesce(e.column_idx, 0)")
        rows = con.execute(
            f"SELECT s.file_path, e.line, arg_min(e.error_type, {rank}), "
            f"arg_min(e.column_name, {rank}), arg_min(e.error_message, {rank}) "
            "FROM reject_errors e JOIN reject_scans s "
            "ON e.scan_id = s.scan_id AND e.file_id = s.file_id "
            "GROUP BY s.file_path, e.line ORDER BY s.file_path, e.line LIMIT 1000"
        ).fetchall()
    except Exception:  # noqa: BLE001 - no rejects table when nothing was rejected
        return 0, []
    _run(con, "DELETE FROM reject_errors")
    _run(con, "DELETE FROM reject_scans")
    out = []
    for path, line, kind, column, message in rows:
        label = labels.get(path, path)
        if kind == "MISSING COLUMNS" or kind == "TOO MANY COLUMNS":
            why = message.split("\n")[0]
            why = f"wrong number of columns ({why})"
        elif kind == "CAST":
            why = f"bad value in column {column}: {message.splitlines()[0]}"
        else:
            why = message.splitlines()[0] if message else kind
        out.append(Malformed(label, int(line), why))
    return int(total), out


def run_stage_one(
    con, files: list[EventFile], opts: EventOptions, mapping: EventMapping,
    progress: EventProgress | None = None, summary: EventSummary | None = None,
    held: list | None = None) -> EventSummary:
    """Stage one over every file with the chosen engine, into the table ``raw`` of ``con``
    (GDELT's coded groups into ``held`` instead, if given and nothing else was read)."""
    summary = summary or EventSummary(engine=opts.engine)
    if opts.engine == "spark":
        from actorgraph.loaders.events.spark import stage_one_spark

        table, read, malformed = stage_one_spark(_batches(files), opts, mapping)
        summary.events_read += read
        summary.malformed += malformed
        if table is not None:
            con.register("raw_arrow", table)
            _run(con, "CREATE TEMP TABLE raw AS SELECT * FROM raw_arrow")
        if progress:
            progress(read, len(files), len(files))
        return summary
    done = 0
    limit = BATCH_BYTES * (POLARS_BATCH_FACTOR if opts.engine == "polars" else 1)
    # parts added to table ``raw`` since it was last grouped: more than one, group again
    parts = [int(_has_raw(con))]

    def append(table) -> None:
        _append_raw(con, table)
        parts[0] += 1

    polars = None
    if opts.engine == "polars":  # GDELT groups stay in Polars until every batch is read
        from actorgraph.loaders.events.frames import PolarsStageOne

        polars = PolarsStageOne(mapping, opts.period, opts.since, opts.until, append)
    for fmt, batch in _batches(files, limit):
        with scannable(batch) as paths:
            labels = dict(zip(paths, (f.label for f in batch)))
            resolution = gdelt_resolution() if fmt.origin.value == "gdelt" else None
            doubtful = polars.batch(fmt, paths, resolution) if polars else paths
            bad, listed = 0, []
            if doubtful:  # (with Polars: the files it could not vouch for)
                _stage_one_duckdb(con, fmt, doubtful, opts, mapping, first=not _has_raw(con))
                parts[0] += 1
                bad, listed = _rejects(con, labels)
        if parts[0] > 1:
            _compact_raw(con)
            parts[0] = 1
        if bad and opts.strict:
            first = listed[0] if listed else Malformed(batch[0].label, 0, "malformed row")
            raise LoaderError(f"malformed row: {first.error}", path=first.file, line=first.line,
                              hint="fix or remove the row, or drop --strict to skip such rows "
                              "(they are counted and reported)")
        summary.malformed += bad
        summary.malformed_rows.extend(listed[: MAX_LISTED - len(summary.malformed_rows)])
        summary.events_read = _raw_events(con) + (polars.pending if polars else 0)
        done += len(batch)
        if progress:
            progress(summary.events_read, done, len(files))
    if polars and polars.finish(None if _has_raw(con) else held) and parts[0] > 1:
        _compact_raw(con)
    return summary


def _raw_events(con) -> int:
    sql = "SELECT coalesce(sum(events), 0) FROM raw"
    return int(con.execute(sql).fetchall()[0][0]) if _has_raw(con) else 0


def _has_raw(con) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'raw'")
                .fetchall()[0][0])


#: the columns of table ``raw`` its rows are grouped by (the others are sums, dates, samples)
RAW_KEY = ("origin", "period", *(f"{e}_{c}" for e in "st" for c in ACTOR_COLUMNS),
           "s_id", "s_why", "t_id", "t_why", "rtype", "kind")


def _compact_raw(con) -> None:
    """Group the rows of table ``raw`` again after a batch was added, so that it holds one
    row per group whatever the number of batches: its size (and memory) follows the
    dyads, not the events read."""
    key = ", ".join(RAW_KEY)
    _run(con, f"""
        CREATE OR REPLACE TEMP TABLE raw AS
        SELECT {key}, CAST(sum(events) AS BIGINT) AS events, sum(weight) AS weight,
               CAST(sum(mentions) AS BIGINT) AS mentions, min(first_date) AS first_date,
               max(last_date) AS last_date,
               {merge_samples_sql("samples")} AS samples
        FROM raw GROUP BY {key}
    """)


def _resolve_table(con, resolver: ActorResolver):
    """The distinct actors of the table ``raw`` with their id (or the reason not)."""
    import pyarrow as pa

    # (a target is not needed once its source is known to be unresolved: GDELT rows)
    union = " UNION ".join(
        f"SELECT DISTINCT {', '.join(f'{e}_{c} AS k_{c}' for c in ACTOR_COLUMNS)} FROM raw "
        f"WHERE rtype IS NOT NULL AND {e}_id IS NULL AND {e}_why IS NULL"
        + (" AND NOT (s_id IS NULL AND s_why IS NOT NULL)" if e == "t" else "")
        for e in "st")
    keys = con.execute(union).fetchall()
    rows: dict[str, list] = {c: [] for c in ACTOR_COLUMNS}
    ids, whys, labels = [], [], []
    for key in keys:
        actor_id, why = resolver.resolve(tuple(key))
        for c, v in zip(ACTOR_COLUMNS, key):
            rows[c].append(v)
        ids.append(actor_id)
        whys.append(why)
        labels.append(key[0] or key[1] or "(no actor)")
    return pa.table({**{f"k_{c}": pa.array(v, pa.string()) for c, v in rows.items()},
                     "id": pa.array(ids, pa.string()), "why": pa.array(whys, pa.string()),
                     "label": pa.array(labels, pa.string())})


def stage_two(con, opts: EventOptions, mapping: EventMapping, summary: EventSummary,
              resolver: ActorResolver | None = None):
    """Resolve the actors of table ``raw`` and group its dyads per (source, type, target,
    period, kind); returns the dyads as a ``pyarrow.Table``."""
    import pyarrow.compute as pc

    from actorgraph.graph.vocabulary import RelationType

    resolver = resolver or ActorResolver(mapping)
    actors = _resolve_table(con, resolver)
    # one join key per actor: far cheaper to hash than five nullable columns
    def key(prefix: str) -> str:
        parts = ", ".join(f"coalesce({prefix}{c}, '\x1e')" for c in ACTOR_COLUMNS)
        return f"concat_ws('\x1f', {parts})"

    if actors.num_rows:  # ICEWS/POLECAT actors, resolved in Python
        con.register("actors", actors)
        _run(con, f"CREATE TEMP TABLE actor_ids AS SELECT {key('k_')} AS k, id, why, label "
                    "FROM actors")
        resolved = f"""
          SELECT r.* EXCLUDE (s_id, t_id, s_why, t_why),
                 coalesce(r.s_id, sa.id) AS s_id, coalesce(r.t_id, ta.id) AS t_id,
                 coalesce(r.s_why, sa.why) AS s_why, coalesce(r.t_why, ta.why) AS t_why,
                 coalesce(sa.label, r.s_code, '(no actor)') AS s_label,
                 coalesce(ta.label, r.t_code, '(no actor)') AS t_label
          FROM raw r
          LEFT JOIN actor_ids sa ON r.s_id IS NULL AND r.s_why IS NULL AND sa.k = {key('r.s_')}
          LEFT JOIN actor_ids ta ON r.t_id IS NULL AND r.t_why IS NULL AND ta.k = {key('r.t_')}
        """
    else:  # GDELT only: resolved in stage one already
        resolved = """
          SELECT *, coalesce(s_code, '(no actor)') AS s_label,
                 coalesce(t_code, '(no actor)') AS t_label
          FROM raw
        """
    label = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}[opts.period]
    symmetric = ", ".join(f"'{t.value}'" for t in RelationType if t.symmetric)
    # a relation's events in all periods: only --min-events reads them (the window's
    # sort cost ~0.3 s of CPU at 10M events when nothing read them)
    total = (", sum(events) OVER (PARTITION BY source, type, target) AS total"
             if opts.min_events > 1 else "")
    _run(con, f"""
        CREATE TEMP TABLE judged AS
        SELECT * EXCLUDE (s_why, t_why, s_label, t_label),
          CASE WHEN period IS NULL THEN 'no event date'
               WHEN rtype IS NULL THEN 'unmapped event code'
               WHEN s_id IS NULL THEN 'source actor: ' || coalesce(s_why, 'no actor')
               WHEN t_id IS NULL THEN 'target actor: ' || coalesce(t_why, 'no actor')
               WHEN s_id = t_id THEN 'same actor at both ends'
          END AS reason,
          CASE WHEN rtype IS NULL THEN kind
               WHEN s_id IS NULL THEN s_label
               WHEN t_id IS NULL THEN t_label
               WHEN s_id = t_id THEN s_id END AS example
        FROM ({resolved})
    """)
    dyads = con.sql(f"""
        WITH kept AS (
          SELECT CASE WHEN rtype IN ({symmetric}) AND t_id < s_id THEN t_id ELSE s_id END
                   AS source,
                 rtype AS type,
                 CASE WHEN rtype IN ({symmetric}) AND t_id < s_id THEN s_id ELSE t_id END
                   AS target,
                 strftime(period, '{label}') AS period, kind, origin, events, weight,
                 mentions, first_date, last_date, samples
          FROM judged WHERE reason IS NULL
        ), grouped AS (
          SELECT source, type, target, period, kind, origin,
                 sum(events) AS events, round(sum(weight), 6) AS weight_sum,
                 sum(mentions) AS mentions, min(first_date) AS first_date,
                 max(last_date) AS last_date,
                 {merge_samples_sql("samples")} AS samples
          FROM kept GROUP BY ALL
        ), totals AS (
          SELECT *{total} FROM grouped
        )
        SELECT source, type, target, period, kind, origin, CAST(events AS BIGINT) AS events,
               weight_sum, round(weight_sum / events, 6) AS weight_mean,
               CAST(mentions AS BIGINT) AS mentions, first_date, last_date, samples
               {', total' if total else ''}
        FROM totals
        ORDER BY source, type, target, period, kind
    """).to_arrow_table()
    if hasattr(dyads, "read_all"):
        dyads = dyads.read_all()
    skipped = con.execute("""
        SELECT reason, sum(events) FROM judged WHERE reason IS NOT NULL GROUP BY reason
    """).fetchall()
    examples = con.execute("""
        SELECT reason, example, n FROM (
          SELECT reason, example, sum(events) AS n,
                 row_number() OVER (PARTITION BY reason ORDER BY sum(events) DESC,
                                    example) AS k
          FROM judged WHERE reason IS NOT NULL GROUP BY reason, example)
        WHERE k <= 5 ORDER BY reason, n DESC
    """).fetchall()
    summary.skipped = {r: int(n) for r, n in skipped}
    for reason, label, n in examples:
        summary.examples.setdefault(reason, []).append((str(label), int(n)))
    if opts.min_events > 1 and dyads.num_rows:
        low = pc.less(dyads.column("total"), opts.min_events)
        dropped = pc.sum(pc.filter(dyads.column("events"), low)).as_py() or 0
        if dropped:
            reason = f"relation has fewer than {opts.min_events} events (--min-events)"
            summary.skipped[reason] = int(dropped)
        dyads = dyads.filter(pc.invert(low))
    if total:
        dyads = dyads.drop(["total"])
    summary.events_kept = int(pc.sum(dyads.column("events")).as_py() or 0)
    summary.dyads = dyads.num_rows
    keys = pc.binary_join_element_wise(
        dyads.column("source"), dyads.column("type"), dyads.column("target"), "|")
    summary.relations = pc.count_distinct(keys).as_py() if dyads.num_rows else 0
    return dyads


def aggregate_events(
    paths: Iterable[str | Path] | Sequence[EventFile],
    options: EventOptions | None = None,
    progress: EventProgress | None = None,
) -> EventAggregation:
    """Read event files (files, globs, folders, zips) and aggregate them into dyads.

    Raises :class:`LoaderError` for a path that holds no event data, a bad mapping or
    option, and (with ``strict``) for the first malformed row.
    """
    opts = options or EventOptions()
    opts.check()
    items = list(paths)
    files = (items if items and all(isinstance(f, EventFile) for f in items)
             else expand_event_paths(items))  # type: ignore[arg-type]
    if not files:
        raise LoaderError("no event files found",
                          hint="name ICEWS .tab, GDELT .CSV/.CSV.zip or POLECAT .txt files")
    mapping = load_mapping(opts.mapping)
    start = time.perf_counter()
    summary = EventSummary(engine=opts.engine, files=[f.label for f in files])
    for f in files:
        summary.formats[f.format] = summary.formats.get(f.format, 0) + 1
    con = connect_duckdb()
    try:
        held: list = []  # GDELT's coded groups, when nothing else: stage two on Polars
        summary = run_stage_one(con, files, opts, mapping, progress, summary, held)
        if held:
            from actorgraph.loaders.events.two_polars import stage_two_coded

            dyads = stage_two_coded(held[0], con, opts, mapping, summary)
        elif _has_raw(con) and con.execute("SELECT count(*) FROM raw").fetchall()[0][0]:
            dyads = stage_two(con, opts, mapping, summary)
        else:
            import pyarrow as pa

            dyads = pa.table({c: pa.array([], pa.string()) for c in DYAD_COLUMNS})
    finally:
        con.close()
    summary.seconds = time.perf_counter() - start
    return EventAggregation(dyads=dyads, summary=summary, mapping=mapping)
