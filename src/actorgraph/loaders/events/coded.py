"""GDELT on Polars without a string operation per row: codes read as categories.

GDELT's actor columns (code, country, known group, type) and its event codes take few
values. Polars reads them as categoricals whose first categories are set beforehand: the
keys of the small tables actors are looked up in (:func:`~.sql.lookup_rows`) and every
event code of one to four digits. Each lookup of the SQL (a join) is then an index into
a short array by the category's number; the unresolved actor codes kept as examples
stay numbers until the groups are decoded. What the SQL does to a value before it
looks it up (``upper(trim(…))``, the padding of short codes) is done once per category.

The shortcut holds only if every value read is one the arrays answer for: an actor
value that ``upper(trim(…))`` would change (``"rus"``, ``" RUS"``) or an event code that
is not one to four digits makes :func:`coded_frame` return None, and the caller runs
the general query (:func:`~.frames.stage_one_frame`) on the same files.

>>> from actorgraph.loaders.events.mapping import load_mapping
>>> from actorgraph.loaders.events.formats import FORMATS
>>> codes = event_code_keys()
>>> len(codes), codes[:2], codes[-1]
(11110, ['0', '1'], '9999')
"""

from __future__ import annotations

from typing import Any

from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.frames import (
    _FILE,
    _Actors,
    _since_until,
    _typed,
    group_frame,
)
from actorgraph.loaders.events.mapping import EventMapping
from actorgraph.loaders.events.sql import GdeltResolution, rule_rows

_ENDS = {"s": 1, "t": 2}
_ACTOR = ("code", "country", "group", "sectors")


def event_code_keys() -> list[str]:
    """Every event code of one to four digits (CAMEO's, with or without leading zeros)."""
    return [str(i).zfill(n) for n in (1, 2, 3, 4) for i in range(10 ** n)]


def _cameo(code: str) -> str:
    """The SQL's ``_code_expr`` for a code of digits: padded to three."""
    return code.zfill(3) if len(code) < 3 else code


class _Coded:
    """Categories with their first values set, and the arrays indexed by them."""

    def __init__(self, pl, mapping: EventMapping, resolution: GdeltResolution,
                 fmt: EventFormat):
        self.actors = _Actors(mapping, resolution)
        codes, groups, states = self.actors.tables
        keys = dict.fromkeys([r[0] for t in self.actors.tables for r in t]
                             + sorted(mapping.state_types))
        self.actor_keys = list(keys)
        self.code_keys = event_code_keys()
        self.actor_cats, self.code_cats = pl.Categories.random(), pl.Categories.random()
        # the series hold the categories (and their numbers) while the query runs
        self._keep = [pl.Series(self.actor_keys, dtype=pl.Categorical(self.actor_cats)),
                      pl.Series(self.code_keys, dtype=pl.Categorical(self.code_cats))]
        self.ok = (self.actor_cats.to_series().to_list() == self.actor_keys
                   and self.code_cats.to_series().to_list() == self.code_keys)
        ids, whys = self.actors.ids, self.actors.whys

        def table(rows: list[tuple], cell: int) -> list[int | None]:
            values = ids if cell == 1 else whys
            found = {r[0]: (None if r[cell] is None else values.index(r[cell])) for r in rows}
            return [found.get(k) for k in self.actor_keys]

        def member(rows: list[tuple]) -> list[bool]:
            have = {r[0] for r in rows}
            return [k in have for k in self.actor_keys]

        self.arrays = {
            "in_codes": member(codes), "code_id": table(codes, 1), "code_why": table(codes, 2),
            "in_groups": member(groups), "group_id": table(groups, 1),
            "group_why": table(groups, 2), "state": table(states, 1),
            "state_type": [k in mapping.state_types for k in self.actor_keys],
        }
        rows, lengths = rule_rows(fmt, mapping)
        self.rows = rows
        index = {r[0]: i for i, r in enumerate(rows)}
        rules: list[int | None] = []
        for raw in self.code_keys:
            code = _cameo(raw)
            rules.append(next((index[code[:n]] for n in lengths
                               if n is not None and code[:n] in index), None))
        self.rules = rules
        self.prefixes = sorted({_cameo(k)[:2] for k in self.code_keys})
        self.unmapped = [self.prefixes.index(_cameo(k)[:2]) for k in self.code_keys]

    def gather(self, pl, values: list, number, size: int, dtype):
        """``values[number]``, null for a category beyond the ones set (a new value)."""
        series = pl.Series([*values, None], dtype=dtype)
        return pl.lit(series).gather(pl.min_horizontal(number, size))

    def actor(self, pl, e: str):
        """(id, why) of actor ``e`` as integers (the rules of ``_Actors.resolve``)."""
        n = len(self.actor_keys)
        code, grp, cc, typ = (pl.col(f"{e}_{c}").cat.physical()
                              for c in ("code", "group", "country", "sectors"))

        def arr(name: str, number, dtype=pl.Int32):
            return self.gather(pl, self.arrays[name], number, n, dtype)

        empty = code.is_null()
        in_codes = arr("in_codes", code, pl.Boolean).fill_null(False)
        in_groups = arr("in_groups", grp, pl.Boolean).fill_null(False)
        statish = (cc.is_not_null()
                   & ((code == cc) | arr("state_type", typ, pl.Boolean))).fill_null(False)
        state = arr("state", cc)
        actor_id = (pl.when(empty).then(None)
                    .when(in_codes).then(arr("code_id", code))
                    .when(in_groups).then(arr("group_id", grp))
                    .when(statish).then(state))
        a = self.actors
        why = (pl.when(empty).then(pl.lit(a.no_actor, pl.Int32))
               .when(in_codes).then(arr("code_why", code))
               .when(in_groups).then(arr("group_why", grp))
               .when(statish).then(pl.when(state.is_null())
                                   .then(pl.lit(a.unknown, pl.Int32)))
               .otherwise(pl.lit(a.not_state, pl.Int32)))
        return actor_id, why

    def read(self, pl, fmt: EventFormat, paths: list[str]):
        """The files' columns: actors and event codes as categories, the rest typed."""
        columns = dict(fmt.select)
        actor_cols = {columns[f"{e}_{c}"]: f"{e}_{c}" for e in _ENDS for c in _ACTOR}
        code_col = columns["code"]
        # numbers parsed by the reader itself: a value that is no number stops the query
        # (the general query then finds the file and leaves it to DuckDB)
        numbers = {"DOUBLE": pl.Float64, "BIGINT": pl.Int64}
        raw = fmt.raw_types()
        schema = {}
        for name in fmt.raw_names:
            if name in actor_cols:
                schema[name] = pl.Categorical(self.actor_cats)
            elif name == code_col:
                schema[name] = pl.Categorical(self.code_cats)
            else:
                schema[name] = numbers.get(raw[name], pl.String)
        lf = pl.scan_csv(
            paths, separator="\t", has_header=False, schema=schema, quote_char=None,
            empty_string_is_null=True, truncate_ragged_lines=False, encoding="utf8",
            include_file_paths=_FILE, glob=False, raise_if_empty=False)
        date = _typed(pl, fmt, fmt.date_column, "DATE", True)
        # a short row leaves its last column empty; a date that does not exist
        bad = pl.col(fmt.raw_names[-1]).is_null() | (
            pl.col(fmt.date_column).is_not_null() & pl.col("date").is_null())
        cols = [pl.col("date"), pl.col(code_col).cat.physical().alias("_code")]
        cols += [pl.col(c).alias(a) for c, a in actor_cols.items()]
        cols += [pl.col(columns[n]).alias(n) for n in ("weight", "mentions")]
        cols += [pl.col(columns["sample"]).alias("sample"), bad.alias("_bad"), pl.col(_FILE)]
        return lf.with_columns(date.alias("date")).select(*cols)

    def frame(self, pl, fmt: EventFormat, paths: list[str], period: str,
              since: str | None, until: str | None):
        ev = _since_until(pl, self.read(pl, fmt, paths), since, until)
        size = len(self.code_keys)
        code = pl.col("_code")
        ev = ev.with_columns(self.gather(pl, self.rules, code, size, pl.Int32).alias("_rule"),
                             self.gather(pl, self.unmapped, code, size, pl.Int32)
                             .alias("_unm"))
        (sid, swhy), (tid, twhy) = (self.actor(pl, e) for e in _ENDS)
        ev = ev.with_columns(sid.alias("s_id"), swhy.alias("s_why"), tid.alias("t_id"),
                             twhy.alias("t_why"),
                             *(pl.col(f"{e}_code").cat.physical().alias(f"{e}_code")
                               for e in _ENDS))
        return group_frame(pl, ev, fmt, self.rows, period, True, pl.col("_unm"))

    def usable(self) -> bool:
        """Whether every value read was answered for: no event code beyond the ones
        set, no actor value the SQL would normalise to another."""
        codes = self.code_cats.to_series()
        if len(codes) != len(self.code_keys):
            return False
        new = self.actor_cats.to_series().to_list()[len(self.actor_keys):]
        return all(v is None or v == v.strip(" ").upper() for v in new)

    def decode(self, pl, frame):
        """The numbers of kept actor codes and unmapped prefixes back to text."""
        actors = self.actor_cats.to_series().to_list()
        prefixes = pl.Series(self.prefixes, dtype=pl.String)
        names = pl.Series(actors, dtype=pl.String)
        return frame.with_columns(
            *(pl.lit(names).gather(pl.col(f"{e}_code")).alias(f"{e}_code") for e in _ENDS),
            pl.lit(prefixes).gather(pl.col("_unmapped")).alias("_unmapped"),
        )


def coded_frame(pl, mapping: EventMapping, resolution: GdeltResolution, fmt: EventFormat,
                paths: list[str], period: str, since: str | None = None,
                until: str | None = None) -> Any | None:
    """The grouped stage-one frame of GDELT files read with categories, or None when a
    value was read that the shortcut does not answer for (the caller then runs the
    general query)."""
    coded = _Coded(pl, mapping, resolution, fmt)
    if not coded.ok:
        return None
    try:
        frame = coded.frame(pl, fmt, paths, period, since, until).collect(engine="streaming")
    except pl.exceptions.PolarsError:  # a value that is no number, a row too long, …
        return None
    if not coded.usable():
        return None
    return coded.decode(pl, frame)
