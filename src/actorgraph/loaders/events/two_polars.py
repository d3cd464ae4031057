"""Stage two on Polars for GDELT read by the shortcut (:mod:`~.coded`), on its integers.

When every event of an aggregation went the GDELT shortcut (one format, no file left to
DuckDB), its merged groups are still keyed by numbers: the period, the type, the rule,
and the catalogue id of each actor as its index in a sorted list. The dyads of
:func:`~actorgraph.loaders.events.aggregate.stage_two` are then grouped, totalled and
sorted on those numbers in one lazy query, and only the ~200,000 dyads are turned into
text: no decoding of every stage-one group, no hand-over to DuckDB, no grouping of
strings (at 10M events, from the merged groups to the dyads: ~0.6 s of CPU against
~1.4-1.8 s, docs/benchmarks.md "Stage two on the integers"). The order is the SQL's:
the ids, the types and the kinds are numbered in their sorted order and a period's label
sorts as its date.

The few thousand skipped groups (unmapped codes, actors not resolved, the same actor at
both ends) are decoded and judged by the SQL as before (their reasons and examples), so
the summary is the same as the DuckDB stage two gives.

>>> _round(pl_module().Series([0.5, -2.5, 1.0000005]), 0).to_list()
[1.0, -3.0, 1.0]
"""

from __future__ import annotations

from typing import Any

#: the dyads' Arrow types (those of DuckDB's stage two)
_SCHEMA = (("source", "string"), ("type", "string"), ("target", "string"),
           ("period", "string"), ("kind", "string"), ("origin", "string"),
           ("events", "int64"), ("weight_sum", "float64"), ("weight_mean", "float64"),
           ("mentions", "int64"), ("first_date", "date32"), ("last_date", "date32"),
           ("samples", "list<string>"))
#: a period's label, as stage two's ``strftime``
_LABEL = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}


def pl_module():
    from actorgraph.loaders.events.frames import polars_module

    return polars_module()


def _round(x, decimals: int):
    """DuckDB's ``round(double, n)``: half away from zero at ``n`` decimals."""
    return x.round(decimals, mode="half_away_from_zero")


def _schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "date32": pa.date32(), "list<string>": pa.list_(pa.string())}
    return pa.schema([(name, types[t]) for name, t in _SCHEMA])


def stage_two_coded(groups: Any, con, opts: Any, mapping: Any, summary: Any):
    """The dyads of the coded ``groups`` (a :class:`~.coded.CodedGroups`) as a
    ``pyarrow.Table`` of ``aggregate.DYAD_COLUMNS``, sorted as stage two sorts them; the
    skipped groups' reasons go to ``summary`` through DuckDB's stage two on ``con``."""
    from actorgraph.graph.keys import SYMMETRIC_TYPES
    from actorgraph.loaders.events.aggregate import _append_raw, stage_two
    from actorgraph.loaders.events.frames import _decode, samples_list

    pl = groups.pl
    coded = groups.coded
    frame = coded.unpack(pl, groups.unmerged())
    s_id, t_id, rtype = pl.col("s_id"), pl.col("t_id"), pl.col("rtype")
    kept = (pl.col("period").is_not_null() & rtype.is_not_null() & s_id.is_not_null()
            & t_id.is_not_null() & (s_id != t_id))
    frame = frame.with_columns(kept.alias("_kept"))
    skipped = frame.filter(~pl.col("_kept")).drop("_kept")
    summary.skipped = {}
    if skipped.height:  # judged by the SQL: the same reasons and examples
        _append_raw(con, _decode(pl, coded.decode(pl, skipped), groups.fmt, mapping,
                                 groups.resolution).to_arrow())
        stage_two(con, opts, mapping, summary)
    rows = coded.rows
    types = sorted({r[1] for r in rows})
    kinds = sorted({r[2] for r in rows})
    symmetric = [i for i, t in enumerate(types) if t in SYMMETRIC_TYPES]
    swap = rtype.is_in(symmetric) & (t_id < s_id)
    key = ("source", "type", "target", "period", "kind")
    good = frame.lazy().filter(pl.col("_kept")).select(
        pl.when(swap).then(t_id).otherwise(s_id).alias("source"), rtype.alias("type"),
        pl.when(swap).then(s_id).otherwise(t_id).alias("target"), pl.col("period"),
        pl.col("_rule").replace_strict(list(range(len(rows))),
                                       [kinds.index(r[2]) for r in rows],
                                       return_dtype=pl.Int32).alias("kind"),
        "events", "weight", "_weights", "mentions", "_mentions", "first_date", "last_date",
        "_s_min", "_s_max")
    weight = pl.when(pl.col("_weights") > 0).then(pl.col("weight"))
    mentions = pl.when(pl.col("_mentions") > 0).then(pl.col("mentions"))
    dyads = good.group_by(*key).agg(
        pl.col("events").sum(), _round(weight.sum(), 6).alias("weight_sum"),
        (pl.col("_weights").sum() > 0).alias("_w"), mentions.sum().alias("mentions"),
        (pl.col("_mentions").sum() > 0).alias("_m"), pl.col("first_date").min(),
        pl.col("last_date").max(), pl.col("_s_min").min(), pl.col("_s_max").max(),
    ).sort(*key)
    if opts.min_events > 1:  # a relation's events in all periods
        dyads = dyads.collect()
        low = pl.col("events").sum().over("source", "type", "target") < opts.min_events
        dropped = int(dyads.filter(low).get_column("events").sum() or 0)
        if dropped:
            reason = f"relation has fewer than {opts.min_events} events (--min-events)"
            summary.skipped[reason] = dropped
        dyads = dyads.filter(~low).lazy()
    ids = coded.actors.ids

    def text(column: str, values: list[str]):
        return pl.lit(pl.Series(values, dtype=pl.String)).gather(pl.col(column)).alias(column)

    weight_sum = pl.when(pl.col("_w")).then(pl.col("weight_sum"))
    out = dyads.select(
        text("source", ids), text("type", types), text("target", ids),
        pl.col("period").dt.strftime(_LABEL[opts.period]), text("kind", kinds),
        pl.lit(groups.fmt.origin.value).alias("origin"), pl.col("events").cast(pl.Int64),
        weight_sum.alias("weight_sum"),
        _round(weight_sum / pl.col("events"), 6).alias("weight_mean"),
        pl.when(pl.col("_m")).then(pl.col("mentions")).cast(pl.Int64).alias("mentions"),
        "first_date", "last_date", samples_list(pl).alias("samples"),
        pl.struct("source", "type", "target").is_first_distinct().alias("_first")).collect()
    summary.events_kept = int(out.get_column("events").sum() or 0)
    summary.dyads = out.height
    summary.relations = int(out.get_column("_first").sum())
    return out.drop("_first").to_arrow().cast(_schema())
