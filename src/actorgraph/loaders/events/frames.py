"""Stage one on Polars (``--engine polars``, the ``polars`` extra): the grouping statement
of :mod:`~actorgraph.loaders.events.sql` as one streaming Polars query.

The rows it gives are the rows of :func:`~actorgraph.loaders.events.sql.stage_one_sql`
(the same columns, keys and sums: tests compare the two engines on every format), so the
rest of the path (stage two, relations, the store) is shared. Polars parses only the
columns the grouping needs (and those whose type a malformed row can break), in
bounded memory on every core; the event codes and GDELT actors are mapped with hash
lookups in the small tables the SQL joins with (the same rows, built by the same
functions).

Malformed rows stay DuckDB's to name: a file in which Polars finds a row it cannot
read as DuckDB would (a value that does not parse, an empty last column as a short
row leaves, more columns than the format has, bytes that are not UTF-8) is
*suspicious*, and suspicious files are read again by DuckDB, whose verdict (the
count, the file and line of each malformed row, ``--strict``) is the one reported;
the other files' groups are Polars's.

>>> from actorgraph.loaders.events.formats import FORMATS
>>> typed_columns(FORMATS["gdelt2"])["goldsteinscale"]
'DOUBLE'
"""

from __future__ import annotations

from typing import Any

from actorgraph.errors import require
from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.mapping import EventMapping
from actorgraph.loaders.events.sql import (
    ACTOR_COLUMNS,
    GdeltResolution,
    lookup_rows,
    rule_rows,
)

#: the key of the bad-row groups: the file a suspicious row was read from
_FILE = "_file"
#: modules the path after stage one imports on first use (pyarrow imports pandas at its
#: first conversion of a Python value, ~0.2-0.25 s of CPU; the store's write imports
#: ``pyarrow.dataset``): imported in a second thread while Polars reads (:func:`warm_up`)
WARM_MODULES = ("pandas", "pyarrow.dataset")


def polars_module():
    """Polars, or :class:`~actorgraph.errors.MissingExtra` naming the ``polars`` extra."""
    return require("polars", "polars")


def typed_columns(fmt: EventFormat) -> dict[str, str]:
    """Raw columns that are not text (DATE, DOUBLE, BIGINT): where a malformed row shows."""
    return {c: t for c, t in fmt.raw_types().items() if t != "VARCHAR"}


def _null_text(pl, fmt: EventFormat, column: str, read_null: bool = False):
    """A raw text column with the format's null texts (``""``, ``NA``…) as null
    (``read_null``: the reader made them null already)."""
    col = pl.col(column)
    if read_null:
        return col
    return pl.when(col.is_in(list(fmt.null_text))).then(None).otherwise(col)


def _date(pl, fmt: EventFormat, column: str, read_null: bool = False):
    text = _null_text(pl, fmt, column, read_null)
    if fmt.origin.value == "gdelt":  # DuckDB reads it with dateformat %Y%m%d
        return pl.when(text.str.len_bytes() == 8).then(
            text.str.to_date("%Y%m%d", strict=False))
    return pl.when(text.str.len_bytes() == 10).then(text.str.to_date("%Y-%m-%d", strict=False))


def _typed(pl, fmt: EventFormat, column: str, typ: str, read_null: bool = False):
    """The value of a typed raw column, null where it is null text or does not parse."""
    if typ == "DATE":
        return _date(pl, fmt, column, read_null)
    text = _null_text(pl, fmt, column, read_null)
    if typ == "DOUBLE":
        value = text.cast(pl.Float64, strict=False)
        return pl.when(value.is_finite()).then(value)
    return text.cast(pl.Int64, strict=False)


def _bad(pl, fmt: EventFormat, read_null: bool = False):
    """True for a row Polars may not read as DuckDB would (the file is then DuckDB's):
    a value that does not parse, or an empty last column, as a short row's missing
    columns read (``""``, or null when the reader made empty text null)."""
    last = pl.col(fmt.raw_names[-1])
    tests = [last.is_null() if read_null else last == ""]
    for column, typ in typed_columns(fmt).items():
        tests.append(_null_text(pl, fmt, column, read_null).is_not_null()
                     & _typed(pl, fmt, column, typ, read_null).is_null())
    return pl.any_horizontal(tests)


def _strip(pl, expr):
    """DuckDB's ``trim``: spaces only."""
    return expr.str.strip_chars(" ")


def _code(pl, fmt: EventFormat, column: str):
    code = _strip(pl, _null_text(pl, fmt, column))
    if fmt.scheme == "plover":
        return code.str.to_uppercase()
    return pl.when(code.str.len_chars() < 3).then(code.str.zfill(3)).otherwise(code)


def _index(pl, expr, keys: list[str]):
    """The position of ``expr`` in ``keys`` (a hash lookup), or null: grouping by small
    integers costs Polars a fraction of grouping by the strings they stand for."""
    return expr.replace_strict(keys, list(range(len(keys))), default=None,
                               return_dtype=pl.Int32)


def _rule_index(pl, fmt: EventFormat, rows: list[tuple], lengths: list[int | None]):
    """The row of ``rows`` that maps ``code``: the longest mapped prefix (the SQL's one
    join per prefix length, as lookups), or null."""
    keys = [r[0] for r in rows]
    code = pl.col("code")
    return pl.coalesce([_index(pl, code if n is None else code.str.slice(0, n), keys)
                        for n in lengths])


class _Actors:
    """GDELT actors as integers: ``ids`` and ``whys`` index the catalogue ids and the
    reasons; the rules of :func:`~actorgraph.loaders.events.sql._gdelt_resolution` with
    lookups in the rows of the same small tables (:func:`lookup_rows`)."""

    def __init__(self, mapping: EventMapping, res: GdeltResolution):
        from actorgraph.loaders.events.resolve import NO_ACTOR, NOT_STATE, UNKNOWN_COUNTRY

        self.mapping = mapping
        self.tables = lookup_rows(res, mapping)
        self.ids = sorted({r[1] for t in self.tables for r in t if r[1] is not None})
        whys = {r[2] for t in self.tables for r in t if r[2] is not None}
        self.whys = sorted(whys | {NO_ACTOR, NOT_STATE, UNKNOWN_COUNTRY})
        self.no_actor, self.not_state, self.unknown = (
            self.whys.index(w) for w in (NO_ACTOR, NOT_STATE, UNKNOWN_COUNTRY))

    def _column(self, pl, expr, rows: list[tuple], cell: int):
        """``expr`` looked up in the keys of ``rows``: the index of cell ``cell``."""
        values = self.ids if cell == 1 else self.whys
        pairs = [(r[0], values.index(r[cell])) for r in rows if r[cell] is not None]
        return expr.replace_strict([k for k, _ in pairs], [v for _, v in pairs],
                                   default=None, return_dtype=pl.Int32)

    def resolve(self, pl, e: str):
        """(id, why) of actor ``e`` (``s`` or ``t``) as integer expressions."""
        codes, groups, states = self.tables
        code, grp, cc, typ = (pl.col(f"{e}_{c}")
                              for c in ("code", "group", "country", "sectors"))
        empty = code.is_null() | (code == "")
        in_codes = code.is_in([r[0] for r in codes]).fill_null(False)
        in_groups = grp.is_in([r[0] for r in groups]).fill_null(False)
        statish = (cc.is_not_null() & (cc != "") & (
            (code == cc) | typ.is_in(sorted(self.mapping.state_types)))).fill_null(False)
        state = self._column(pl, cc, states, 1)
        actor_id = (pl.when(empty).then(None)
                    .when(in_codes).then(self._column(pl, code, codes, 1))
                    .when(in_groups).then(self._column(pl, grp, groups, 1))
                    .when(statish).then(state))
        why = (pl.when(empty).then(pl.lit(self.no_actor, pl.Int32))
               .when(in_codes).then(self._column(pl, code, codes, 2))
               .when(in_groups).then(self._column(pl, grp, groups, 2))
               .when(statish).then(pl.when(state.is_null())
                                   .then(pl.lit(self.unknown, pl.Int32)))
               .otherwise(pl.lit(self.not_state, pl.Int32)))
        return actor_id, why


def _period(pl, period: str):
    date = pl.col("date")
    if period == "day":
        return date
    return date.dt.truncate({"week": "1w", "month": "1mo", "year": "1y"}[period])


def _read(pl, fmt: EventFormat, paths: list[str], resolve: bool):
    """The files as the normalised columns (``ev`` of the SQL), ``_bad`` and ``_file``."""
    lf = pl.scan_csv(
        paths, separator="\t", has_header=False, skip_rows=1 if fmt.header else 0,
        schema=dict.fromkeys(fmt.raw_names, pl.String), quote_char=None,
        empty_string_is_null=False, truncate_ragged_lines=False, encoding="utf8",
        include_file_paths=_FILE, glob=False, raise_if_empty=False)
    cols = [_typed(pl, fmt, fmt.date_column, "DATE").alias("date")]
    for name, column in fmt.select:
        if name == "code":
            cols.append(_code(pl, fmt, column).alias("code"))
        elif column is None:
            cols.append(pl.lit(None, pl.Int64 if name == "mentions" else pl.String).alias(name))
        elif name in ("weight", "mentions"):
            cols.append(_typed(pl, fmt, column, fmt.raw_types()[column]).alias(name))
        elif resolve and name[2:] in ACTOR_COLUMNS:
            cols.append(_strip(pl, _null_text(pl, fmt, column)).str.to_uppercase().alias(name))
        else:
            cols.append(_null_text(pl, fmt, column).alias(name))
    return lf.select(*cols, _bad(pl, fmt).alias("_bad"), pl.col(_FILE))


def stage_one_frame(fmt: EventFormat, mapping: EventMapping, paths: list[str], period: str,
                    since: str | None = None, until: str | None = None,
                    resolution: GdeltResolution | None = None):
    """The lazy Polars query of stage one over ``paths`` (one format), grouped by integer
    keys (see :func:`_decode`), plus for every file with a suspicious row one row keyed
    by that file (column ``_file``)."""
    pl = polars_module()
    resolve = fmt.origin.value == "gdelt" and resolution is not None
    ev = _since_until(pl, _read(pl, fmt, paths, resolve), since, until)
    rows, lengths = rule_rows(fmt, mapping)
    ev = ev.with_columns(_rule_index(pl, fmt, rows, lengths).alias("_rule"))
    if resolve:
        assert resolution is not None
        actors = _Actors(mapping, resolution)
        (sid, swhy), (tid, twhy) = (actors.resolve(pl, e) for e in "st")
        ev = ev.with_columns(sid.alias("s_id"), swhy.alias("s_why"), tid.alias("t_id"),
                             twhy.alias("t_why"))
    unmapped = pl.col("code") if fmt.scheme == "plover" else pl.col("code").str.slice(0, 2)
    return group_frame(pl, ev, fmt, rows, period, resolve, unmapped)


def _since_until(pl, ev, since: str | None, until: str | None):
    import datetime as dt

    if since:
        ev = ev.filter(pl.col("_bad") | (pl.col("date") >= dt.date.fromisoformat(since)))
    if until:
        ev = ev.filter(pl.col("_bad") | (pl.col("date") <= dt.date.fromisoformat(until)))
    return ev


def group_frame(pl, ev, fmt: EventFormat, rows: list[tuple], period: str, resolve: bool,
                unmapped):
    """The grouping of the SQL over ``ev`` (columns ``date``, ``_rule``, the actors, and
    with ``resolve`` their ``s_id``/``s_why``/``t_id``/``t_why``; ``weight``, ``mentions``,
    ``sample``, ``_bad``, ``_file``): unmapped events keep only their period and the
    code's kind (``unmapped``), skipped ones no kind and no sample."""
    types = sorted({r[1] for r in rows})
    rule = pl.col("_rule")
    no = rule.is_null()
    rtype = rule.replace_strict(list(range(len(rows))), [types.index(r[1]) for r in rows],
                                default=None, return_dtype=pl.Int32)
    key = {"period": _period(pl, period), "rtype": rtype,
           "_unmapped": pl.when(no).then(unmapped), "_no": no}
    if resolve:
        s_id, t_id = pl.col("s_id"), pl.col("t_id")
        skip_s = no | s_id.is_null()
        kept = (s_id.is_not_null() & t_id.is_not_null() & (s_id != t_id)).fill_null(False)
        key.update({
            "s_code": pl.when(no | s_id.is_not_null()).then(None).otherwise(pl.col("s_code")),
            "t_code": pl.when(skip_s | t_id.is_not_null()).then(None)
                        .otherwise(pl.col("t_code")),
            "s_id": pl.when(no).then(None).otherwise(s_id),
            "s_why": pl.when(no).then(None).otherwise(pl.col("s_why")),
            "t_id": pl.when(skip_s).then(None).otherwise(t_id),
            "t_why": pl.when(skip_s).then(None).otherwise(pl.col("t_why")),
            "_rule": pl.when(kept).then(rule),
        })
        sample = pl.when(~no & kept).then(pl.col("sample"))
    else:
        key.update({c: pl.when(no).then(None).otherwise(pl.col(c))
                    for c, col in fmt.select if col and c[2:] in ACTOR_COLUMNS})
        key["_rule"] = rule
        sample = pl.col("sample")
    good = ~pl.col("_bad")
    # a suspicious row keys its group by its file only (the file goes to DuckDB)
    grouped = ev.select(
        *[pl.when(good).then(k).alias(name) for name, k in key.items()],
        pl.when(pl.col("_bad")).then(pl.col(_FILE)).alias(_FILE),
        pl.col("weight"), pl.col("mentions"), pl.col("date"), sample.alias("sample"),
    )
    return grouped.group_by([*key, _FILE]).agg(
        pl.len().cast(pl.Int64).alias("events"),
        pl.col("weight").sum().alias("weight"),
        pl.col("weight").count().alias("_weights"),
        pl.col("mentions").sum().alias("mentions"),
        pl.col("mentions").count().alias("_mentions"),
        pl.col("date").min().alias("first_date"),
        pl.col("date").max().alias("last_date"),
        pl.col("sample").min().alias("_s_min"),
        pl.col("sample").max().alias("_s_max"),
    )


def samples_list(pl, lo: str = "_s_min", hi: str = "_s_max"):
    """The samples of the SQL (``Dialect.samples``) from a group's smallest and largest
    sample: both, one if they are equal, none if null (both are null or neither: the
    minimum and maximum of the same values; no ``list.drop_nulls``, which cost twice as
    much).

    >>> import polars as pl
    >>> pl.DataFrame({"_s_min": ["a", "b", None], "_s_max": ["c", "b", None]}).select(
    ...     samples_list(pl).alias("s"))["s"].to_list()
    [['a', 'c'], ['b'], []]
    """
    lo_, hi_ = pl.col(lo), pl.col(hi)
    empty = pl.lit(pl.Series([[]], dtype=pl.List(pl.String))).first()
    return (pl.when(lo_.is_null()).then(empty).when(lo_ == hi_).then(pl.concat_list(lo_))
            .otherwise(pl.concat_list(lo_, hi_)))


def _decode(pl, frame, fmt: EventFormat, mapping: EventMapping,
            resolution: GdeltResolution | None):
    """The grouped frame with the columns of the SQL's rows: integers back to text."""
    rows, _ = rule_rows(fmt, mapping)
    types = sorted({r[1] for r in rows})

    def text(column: str, values: list[str]):
        return pl.col(column).replace_strict(list(range(len(values))), values, default=None,
                                             return_dtype=pl.String)

    kind = (pl.when(pl.col("_no"))
            .then(pl.concat_str([pl.lit("unmapped "), pl.col("_unmapped")], ignore_nulls=True))
            .otherwise(text("_rule", [r[2] for r in rows])))
    cols = {"origin": pl.lit(fmt.origin.value), "period": pl.col("period")}
    have = set(frame.columns)
    out = [f"{e}_{c}" for e in ("s", "t") for c in (*ACTOR_COLUMNS, "id", "why")]
    actors = _Actors(mapping, resolution) if resolution is not None else None
    for c in sorted(out, key=lambda c: (c[2:] in ("id", "why"), c[0])):
        if actors is not None and c[2:] == "id":
            cols[c] = text(c, actors.ids)
        elif actors is not None and c[2:] == "why":
            cols[c] = text(c, actors.whys)
        else:
            cols[c] = pl.col(c) if c in have else pl.lit(None, pl.String)
    cols.update({
        "rtype": text("rtype", types), "kind": kind, "events": pl.col("events"),
        "weight": pl.when(pl.col("_weights") > 0).then(pl.col("weight")),
        "mentions": pl.when(pl.col("_mentions") > 0).then(pl.col("mentions")),
        "first_date": pl.col("first_date"), "last_date": pl.col("last_date"),
        "samples": samples_list(pl),
    })
    return frame.select(**cols)


def run_frame(fmt: EventFormat, mapping: EventMapping, paths: list[str], period: str,
              since: str | None = None, until: str | None = None,
              resolution: GdeltResolution | None = None) -> tuple[Any, list[str]]:
    """(the stage-one rows of ``paths`` as a ``pyarrow.Table``, the suspicious files).

    Raises the Polars error when a file cannot be read at all as the format says (more
    columns than it has, bytes that are not UTF-8): the caller reads those files with
    DuckDB."""
    pl = polars_module()
    resolution = resolution if fmt.origin.value == "gdelt" else None
    frame = stage_one_frame(fmt, mapping, paths, period, since, until, resolution) \
        .collect(engine="streaming")
    bad = frame.filter(pl.col(_FILE).is_not_null())
    frame = _decode(pl, frame.filter(pl.col(_FILE).is_null()), fmt, mapping, resolution)
    return frame.to_arrow(), sorted(bad.get_column(_FILE).unique().to_list())


def warm_up(modules: tuple[str, ...] = WARM_MODULES):
    """Import ``modules`` in a daemon thread (returned, started); a module not installed is
    skipped. Polars releases the GIL while it reads, so the imports run beside the scan
    instead of on one core after it; the CPU is the same.

    >>> warm_up(("json",)).join()
    """
    import contextlib
    import importlib
    import threading

    def run() -> None:
        for name in modules:
            # (pandas is optional: without it pyarrow never imports it)
            with contextlib.suppress(ImportError):
                importlib.import_module(name)

    thread = threading.Thread(target=run, name="actorgraph-warm-up", daemon=True)
    thread.start()
    return thread


class PolarsStageOne:
    """Stage one on Polars over the batches of one aggregation.

    GDELT batches go the shortcut of :mod:`~actorgraph.loaders.events.coded` (their groups
    merged batch by batch, handed on once by :meth:`finish`); other formats, and GDELT
    batches the shortcut refuses, go the general query and are handed on at once.
    ``append`` takes stage-one rows (a ``pyarrow.Table``), e.g. into DuckDB's ``raw``.
    """

    def __init__(self, mapping: EventMapping, period: str, since: str | None,
                 until: str | None, append):
        self.mapping, self.period, self.since, self.until = mapping, period, since, until
        self.append = append
        self.coded: dict[str, Any] = {}
        self._warm: Any = None

    @property
    def pending(self) -> int:
        """Events read into groups not handed on yet."""
        return sum(c.events for c in self.coded.values())

    def batch(self, fmt: EventFormat, paths: list[str],
              resolution: GdeltResolution | None) -> list[str]:
        """Read one batch; returns the files DuckDB must read instead (a row Polars could
        not vouch for)."""
        pl = polars_module()
        if self._warm is None:  # the rest of the path's imports, beside the first scan
            self._warm = warm_up()
        resolution = resolution if fmt.origin.value == "gdelt" else None
        if resolution is not None:
            from actorgraph.loaders.events.coded import CodedGroups

            groups = self.coded.get(fmt.name)
            if groups is None or not groups.ok:  # (a refused batch spoils its categories)
                self._hand_on(fmt.name)
                groups = self.coded[fmt.name] = CodedGroups(
                    pl, self.mapping, resolution, fmt, self.period, self.since, self.until)
            if groups.add(paths):
                return []
        args = (self.mapping, paths, self.period, self.since, self.until, resolution)
        try:
            table, doubtful = run_frame(fmt, *args)
        except (pl.exceptions.ComputeError, pl.exceptions.PolarsError):
            return paths  # a row with too many columns, bytes that are not UTF-8, …
        if doubtful:  # DuckDB reads these files again, whole: drop their rows
            good = [p for p in paths if p not in set(doubtful)]
            if not good:
                return paths
            table, _ = run_frame(fmt, self.mapping, good, *args[2:])
        self.append(table)
        return doubtful

    def _hand_on(self, name: str) -> bool:
        groups = self.coded.pop(name, None)
        table = groups.table() if groups is not None else None
        if table is not None:
            self.append(table)
        return table is not None

    def finish(self, hold: list | None = None) -> bool:
        """Hand on the merged groups of the GDELT batches; whether there were any. With
        ``hold``, the groups of a single format (the only stage-one rows) go there
        instead, still coded (:mod:`~.two_polars` groups them again)."""
        if self._warm is not None:  # (done long before: no wait)
            self._warm.join()
        if hold is not None and len(self.coded) == 1:
            (groups,) = self.coded.values()
            if not groups.empty:
                hold.append(self.coded.pop(next(iter(self.coded))))
                return False
        return any([self._hand_on(name) for name in list(self.coded)])
