"""GDELT on Polars without a string operation per row: codes read as categories.

GDELT's actor columns (code, country, known group, type) and its event codes take few
values. Polars reads them as categoricals whose first categories are set beforehand: the
keys of the small tables actors are looked up in (:func:`~.sql.lookup_rows`) and every
event code of one to four digits. Each lookup of the SQL (a join) is then an index into
a short array by the category's number; the unresolved actor codes kept as examples
stay numbers until the groups are decoded. What the SQL does to a value before it
looks it up (``upper(trim(…))``, the padding of short codes) is done once per category.
The date (``SQLDATE``) is a category too, its first ones every day from 1900 to 2100:
its day and period are looked up (:mod:`~.dates`), no text parsed per row.

The groups are keyed by two integers that pack every key of the SQL's grouping (the
period, the type, the kind, the unmapped code's prefix, the reasons, and per actor its
catalogue id or the number of its unresolved code): Polars hashes two integer columns
for a fraction of what ten nullable ones cost. Every aggregate is a streaming one
(count, sums, minima and maxima, the sample evidence included: the smallest and the
largest URL), so a batch's query holds its groups and not its input, and
:class:`CodedGroups` merges each batch's groups into the groups so far by the same two
integers: memory follows the number of groups, not of events, and the groups are
decoded to the SQL's columns once, at the end. A skipped event (an unmapped code, an
actor not resolved, the same actor at both ends) is only counted by stage two, per
reason and example: its group keeps neither its period nor its type (nor the source when
the target is what failed), so the four fifths of GDELT that are skipped make a few
thousand groups instead of hundreds of thousands.

The shortcut holds only if every value read is one the arrays answer for: an actor
value that ``upper(trim(…))`` would change (``"rus"``, ``" RUS"``), an event code that
is not one to four digits, a date outside 1900-2100, or a row the general query would
call suspicious (a value that does not parse, a short row) makes
:meth:`CodedGroups.add` refuse the batch, and the caller runs the general query
(:func:`~.frames.stage_one_frame`) on its files.

>>> from actorgraph.loaders.events.mapping import load_mapping
>>> from actorgraph.loaders.events.formats import FORMATS
>>> codes = event_code_keys()
>>> len(codes), codes[:2], codes[-1]
(11110, ['0', '1'], '9999')
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from actorgraph.loaders.events.dates import date_keys, period_days
from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.frames import (
    _Actors,
    _decode,
    _since_until,
)
from actorgraph.loaders.events.mapping import EventMapping
from actorgraph.loaders.events.sql import GdeltResolution, rule_rows

_ENDS = {"s": 1, "t": 2}
_ACTOR = ("code", "country", "group", "sectors")
#: the first key of a suspicious row's group (no other key reaches this bit)
_BAD = 1 << 63
#: the fields packed into the first key, (name, bits), most significant first; each
#: holds its value + 1, 0 for null
_K1 = (("period", 23), ("rtype", 5), ("_rule", 8), ("_unmapped", 8), ("s_why", 5),
       ("t_why", 5))
#: an actor's reason, in the one number a lookup gives: this + the reason's index
_WHY = 1 << 16
#: days added to a period's day number so that it packs as a positive number
_DAYS = 1 << 21
#: an actor's reference in the second key: its id's index, or this + its code's number
_CODE = 1 << 20
#: the period of a skipped event's group (its date not null): one for all
_SKIPPED_PERIOD = dt.date(1970, 1, 1)
#: the sums, minima and maxima of a group, and how the groups of two batches merge
_MERGE = {"events": "sum", "weight": "sum", "_weights": "sum", "mentions": "sum",
          "_mentions": "sum", "first_date": "min", "last_date": "max", "_s_min": "min",
          "_s_max": "max"}


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
        self.date_keys = date_keys(pl)
        self.actor_cats, self.code_cats, self.date_cats = (
            pl.Categories.random(), pl.Categories.random(), pl.Categories.random())
        # the series hold the categories (and their numbers) while the query runs
        self._keep = [pl.Series(self.actor_keys, dtype=pl.Categorical(self.actor_cats)),
                      pl.Series(self.code_keys, dtype=pl.Categorical(self.code_cats)),
                      self.date_keys.cast(pl.Categorical(self.date_cats))]
        self.ok = (self.actor_cats.to_series().to_list() == self.actor_keys
                   and self.code_cats.to_series().to_list() == self.code_keys
                   and self.date_cats.to_series().equals(self.date_keys, check_names=False))
        ids, whys = self.actors.ids, self.actors.whys

        def table(rows: list[tuple]) -> list[int | None]:
            """Per actor key: its id's index, or _WHY + its reason's, None if not a row."""
            found = {r[0]: ids.index(r[1]) if r[1] is not None else _WHY + whys.index(r[2])
                     for r in rows if r[1] is not None or r[2] is not None}
            return [found.get(k) for k in self.actor_keys]

        self.arrays = {
            "code": table(codes), "group": table(groups),
            "state": [ids.index(r) if r is not None else None
                      for r in ({r[0]: r[1] for r in states}.get(k)
                                for k in self.actor_keys)],
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

    def gather(self, pl, values, number, size: int, dtype):
        """``values[number]``, null for a category beyond the ones set (a new value)."""
        if isinstance(values, pl.Series):
            series = values.cast(dtype).extend_constant(None, 1)
        else:
            series = pl.Series([*values, None], dtype=dtype)
        return pl.lit(series).gather(pl.min_horizontal(number, size))

    def number(self, pl, e: str):
        """Actor ``e`` (``s`` or ``t``) as one number per row (the rules of
        ``_Actors.resolve``): its id's index, or :data:`_WHY` + its reason's index (four
        lookups of precomputed arrays and one ``coalesce``, where an id and a reason
        each looked up in turn cost twice as many)."""
        n = len(self.actor_keys)
        code, grp, cc, typ = (pl.col(f"{e}_{c}").cat.physical()
                              for c in ("code", "group", "country", "sectors"))

        def arr(name: str, number, dtype=pl.Int32):
            return self.gather(pl, self.arrays[name], number, n, dtype)

        a = self.actors
        statish = (cc.is_not_null()
                   & ((code == cc) | arr("state_type", typ, pl.Boolean))).fill_null(False)
        number = (pl.when(code.is_null()).then(pl.lit(_WHY + a.no_actor, pl.Int32))
                  .otherwise(pl.coalesce(
                      arr("code", code), arr("group", grp),
                      pl.when(statish).then(arr("state", cc).fill_null(_WHY + a.unknown)),
                      pl.lit(_WHY + a.not_state, pl.Int32))))
        return number

    def day(self, pl, fmt: EventFormat, period: str = "day"):
        """The first day of the row's ``period`` as a day number (``day``: the event's
        date), null where the date is not one of the days set (:mod:`~.dates`)."""
        number = pl.col(fmt.date_column).cat.physical()
        return self.gather(pl, period_days(pl, period), number, len(self.date_keys),
                           pl.Int32)

    def read(self, pl, fmt: EventFormat, paths: list[str]):
        """The files' columns: actors, event codes and the date as categories, the rest
        typed; ``_day``: the date's day number (:meth:`day`)."""
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
            elif name == fmt.date_column:
                schema[name] = pl.Categorical(self.date_cats)
            else:
                schema[name] = numbers.get(raw[name], pl.String)
        lf = pl.scan_csv(
            paths, separator="\t", has_header=False, schema=schema, quote_char=None,
            empty_string_is_null=True, truncate_ragged_lines=False, encoding="utf8",
            glob=False, raise_if_empty=False)
        # a short row leaves its last column empty; a date that is not a day set
        bad = pl.col(fmt.raw_names[-1]).is_null() | (
            pl.col(fmt.date_column).is_not_null() & pl.col("_day").is_null())
        cols = [pl.col("_day").cast(pl.Date).alias("date"), pl.col(fmt.date_column),
                pl.col(code_col).cat.physical().alias("_code")]
        cols += [pl.col(c).alias(a) for c, a in actor_cols.items()]
        cols += [pl.col(columns[n]).alias(n) for n in ("weight", "mentions")]
        cols += [pl.col(columns["sample"]).alias("sample"), bad.alias("_bad")]
        return lf.with_columns(self.day(pl, fmt).alias("_day")).select(*cols)

    def fits(self) -> bool:
        """Whether every table's numbers fit the bits the keys give them."""
        bits = dict(_K1)
        sizes = {"rtype": len({r[1] for r in self.rows}), "_rule": len(self.rows),
                 "_unmapped": len(self.prefixes), "s_why": len(self.actors.whys)}
        return (all(n + 1 < 1 << bits[k] for k, n in sizes.items())
                and len(self.actors.ids) < _WHY)

    def _bits(self, pl, field: str, values: list, dtype=None):
        """``values`` (nullable small integers) as the bits of field ``field`` of the
        first key (:func:`_pack`: value + 1 at the field's place, 0 for null), a UInt64
        series to gather from."""
        shift = sum(bits for _, bits in _K1[[n for n, _ in _K1].index(field) + 1:])
        return pl.Series([0 if v is None else (v + 1) << shift for v in values],
                         dtype=dtype or pl.UInt64)

    def frame(self, pl, fmt: EventFormat, paths: list[str], period: str,
              since: str | None, until: str | None):
        """The lazy query: the rows of ``paths`` grouped by the two packed keys.

        The keys are the fields of ``frames.group_frame`` packed as :func:`_pack` packs
        them, but each field's bits come from arrays computed once per event code and
        per actor number (:meth:`_bits`): a row costs a few gathers and additions, where
        a cast, a null test and a multiplication per field and row cost a third of the
        query (docs/benchmarks.md, "Event data")."""
        ev = _since_until(pl, self.read(pl, fmt, paths), since, until)
        code = pl.col("_code")  # a code beyond the ones set fails the gather: refused
        types = sorted({r[1] for r in self.rows})
        rtype = [None if r is None else types.index(self.rows[r][1]) for r in self.rules]
        mapped = pl.lit(pl.Series([r is not None for r in self.rules])).gather(code)
        # what the code alone puts in the first key: its type, or its unmapped prefix
        by_code = self._bits(pl, "rtype", rtype).to_numpy() + self._bits(
            pl, "_unmapped", [u if r is None else None
                              for u, r in zip(self.unmapped, self.rules)]).to_numpy()
        code_bits = pl.lit(pl.Series(by_code, dtype=pl.UInt64)).gather(code).fill_null(0)
        rule_bits = pl.lit(self._bits(pl, "_rule", self.rules)).gather(code)
        # an actor's number (an id's index, or _WHY + a reason's) as its reason's bits
        numbers = range(_WHY + len(self.actors.whys))
        whys = [n - _WHY if n >= _WHY else None for n in numbers]
        s_why, t_why = (pl.lit(self._bits(pl, f, whys)) for f in ("s_why", "t_why"))
        ev = ev.with_columns(*(self.number(pl, e).alias(f"_{e}") for e in _ENDS),
                             mapped.fill_null(False).alias("_mapped"))
        s, t, yes = pl.col("_s"), pl.col("_t"), pl.col("_mapped")
        s_ok, t_ok = s < _WHY, t < _WHY
        kept = yes & s_ok & t_ok & (s != t)
        # a skipped event is only counted, by reason and example (stage two): its group
        # keeps no period (its date's null-ness: "no event date" comes first), no type
        # (mapped or not), and no source when the target is the one not resolved
        # the period's bits, looked up per date (a new date: null, a suspicious row)
        shift = 1 << sum(bits for _, bits in _K1[1:])
        bits = (period_days(pl, period) + (_DAYS + 1)).cast(pl.UInt64) * shift
        skip_day = (_SKIPPED_PERIOD - dt.date(1970, 1, 1)).days
        day = pl.when(kept | pl.col("date").is_null()).then(
            self.gather(pl, bits, pl.col(fmt.date_column).cat.physical(),
                        len(self.date_keys), pl.UInt64)
        ).otherwise((skip_day + _DAYS + 1) * shift)
        some_type = int(self._bits(pl, "rtype", [0])[0])
        code_bits = pl.when(kept | ~yes).then(code_bits).otherwise(some_type)
        # (an event without a date: 0, as _pack stores a null, and not a null key)
        k1 = (day.fill_null(0) + code_bits
              + pl.when(yes).then(s_why.gather(s)
                                  + pl.when(s_ok).then(t_why.gather(t)).otherwise(0)
                                  + pl.when(kept).then(rule_bits).otherwise(0))
              .otherwise(0))
        k1 = pl.when(pl.col("_bad")).then(pl.lit(_BAD, pl.UInt64)).otherwise(k1)

        def ref(e: str, number, ok):
            """An actor's place in the second key: its id's index, or _CODE + its
            code's number (each + 1, as :func:`_pack` stores them)."""
            own = pl.col(f"{e}_code").cat.physical().cast(pl.UInt64) + (_CODE + 1)
            return pl.when(ok).then(number.cast(pl.UInt64) + 1).otherwise(own)

        source = pl.when(s_ok & ~t_ok).then(pl.lit(1, pl.UInt64)).otherwise(ref("s", s, s_ok))
        k2 = (pl.when(yes).then(source).fill_null(0) * (1 << 32)
              + pl.when(yes & s_ok).then(ref("t", t, t_ok)).fill_null(0))
        grouped = ev.select(
            k1.alias("k1"), k2.alias("k2"), pl.col("weight"), pl.col("mentions"),
            pl.col("date"), pl.when(kept).then(pl.col("sample")).alias("sample"))
        return grouped.group_by("k1", "k2").agg(
            pl.len().cast(pl.Int64).alias("events"),
            pl.col("weight").sum().alias("weight"),
            pl.col("weight").count().cast(pl.Int64).alias("_weights"),
            pl.col("mentions").sum().alias("mentions"),
            pl.col("mentions").count().cast(pl.Int64).alias("_mentions"),
            pl.col("date").min().alias("first_date"),
            pl.col("date").max().alias("last_date"),
            pl.col("sample").min().alias("_s_min"),
            pl.col("sample").max().alias("_s_max"),
        )

    def unpack(self, pl, frame):
        """The packed groups as the columns of ``frames.group_frame`` (codes as numbers)."""
        cols, shift = {}, sum(bits for _, bits in _K1)
        k1, k2 = pl.col("k1"), pl.col("k2")
        for name, bits in _K1:
            shift -= bits
            cols[name] = _field(pl, k1, shift, bits)
        cols["period"] = (cols["period"] - _DAYS).cast(pl.Date)
        cols["_no"] = cols["rtype"].is_null()
        for e, shift in (("s", 32), ("t", 0)):
            ref = _field(pl, k2, shift, 32)
            cols[f"{e}_id"] = pl.when(ref < _CODE).then(ref)
            cols[f"{e}_code"] = pl.when(ref >= _CODE).then(ref - _CODE)
        return frame.select(**cols, **{c: pl.col(c) for c in _MERGE})

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


def _pack(pl, parts: list[tuple[Any, int]]):
    """One UInt64 of nullable small integers, ``(expression, bits)`` most significant
    first, each stored as value + 1 (0: null)."""
    total, shift = None, 0
    for expr, bits in reversed(parts):
        term = (expr.cast(pl.UInt64) + 1).fill_null(0)
        if shift:
            term = term * (1 << shift)
        total = term if total is None else total + term
        shift += bits
    return total


def _field(pl, key, shift: int, bits: int):
    """The value packed at ``shift`` in ``key`` (:func:`_pack`), null where it was null."""
    value = (key // (1 << shift)) % (1 << bits) if shift else key % (1 << bits)
    return pl.when(value > 0).then(value - 1).cast(pl.Int32)


class CodedGroups:
    """The groups of GDELT batches read with categories, merged batch by batch.

    :meth:`add` runs one batch's query and merges the groups of the batch before it into
    the groups so far by their two integer keys (sums, minima, maxima: exact, and as
    cheap as the groups are few). The last batch's groups stay apart (:attr:`latest`):
    stage two on Polars (:mod:`~.two_polars`) groups the rows of :meth:`unmerged` again
    anyway, by coarser keys, so merging them first was ~0.2 s of single-threaded CPU after
    the last batch at 10M events for nothing. :meth:`table` merges and decodes them, once,
    to the rows of :func:`~actorgraph.loaders.events.sql.stage_one_sql`.
    """

    def __init__(self, pl, mapping: EventMapping, resolution: GdeltResolution,
                 fmt: EventFormat, period: str, since: str | None = None,
                 until: str | None = None):
        self.pl, self.mapping, self.resolution, self.fmt = pl, mapping, resolution, fmt
        self.period, self.since, self.until = period, since, until
        self.coded = _Coded(pl, mapping, resolution, fmt)
        self.ok = self.coded.ok and self.coded.fits()
        #: the merged groups of every batch but the last, and the last batch's groups
        self.groups = None
        self.latest = None
        self.events = 0

    def add(self, paths: list[str]) -> bool:
        """Group ``paths`` and merge their groups in; False (and nothing merged) if the
        batch is not one the shortcut answers for: the caller reads it another way, and
        this object takes no more batches (its categories hold the batch's values)."""
        pl = self.pl
        if not self.ok:
            return False
        try:
            frame = self.coded.frame(pl, self.fmt, paths, self.period, self.since,
                                     self.until).collect(engine="streaming")
        except pl.exceptions.PolarsError:  # a value that is no number, a row too long, …
            frame = None
        if (frame is None or not self.coded.usable()
                or frame.get_column("k1").max() == _BAD  # a suspicious row
                or len(self.coded.actor_cats.to_series()) >= (1 << 31) - _CODE - 1):
            self.ok = False
            return False
        self.events += int(frame.get_column("events").sum())
        self._merge()
        self.latest = frame
        return True

    def _merge(self) -> None:
        """Merge :attr:`latest` into :attr:`groups`: one row per pair of keys."""
        if self.latest is None:
            return
        if self.groups is None:
            self.groups = self.latest
        else:
            # (in memory: the streaming engine merges two 3M-event batches in 0.35 s
            # instead of 0.6 s of CPU, but raised the 10M aggregation's peak from 690 MB
            # to 726-796 MB)
            pl = self.pl
            self.groups = pl.concat([self.groups, self.latest]).group_by("k1", "k2").agg(
                getattr(pl.col(c), how)() for c, how in _MERGE.items())
        self.latest = None

    @property
    def empty(self) -> bool:
        """Whether no batch was added."""
        return self.groups is None and self.latest is None

    def unmerged(self):
        """Every batch's groups, the last batch's not merged in: a pair of keys may have
        two rows (sum, minimum and maximum again to merge them)."""
        parts = [f for f in (self.groups, self.latest) if f is not None]
        return parts[0] if len(parts) == 1 else self.pl.concat(parts)

    def table(self):
        """The groups as the stage-one rows (a ``pyarrow.Table``), or None if none."""
        self._merge()
        if self.groups is None:
            return None
        pl = self.pl
        frame = self.coded.unpack(pl, self.groups)
        frame = _decode(pl, self.coded.decode(pl, frame), self.fmt, self.mapping,
                        self.resolution)
        return frame.to_arrow()
