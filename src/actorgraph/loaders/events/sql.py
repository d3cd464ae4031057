"""The heavy part of event aggregation as SQL, in the dialects that run it.

One ``SELECT`` reads the raw events of one format, maps each event code to a relation
type by joining it with the mapping (a small table of code prefixes), resolves GDELT
actors to catalogue ids by joining them with three small tables (mapped actor codes,
known groups, states), and groups by period, the two actors, the type and the event
kind: count, Goldstein/intensity sum, mentions, first and last date and a few sample
URLs or story ids. The same statement runs in DuckDB (the local engine), Spark SQL
(``--engine spark``) and BigQuery (``actorgraph events --sql bigquery`` prints it for the
warehouse that already holds GDELT); only the grouped dyads come back. ICEWS and POLECAT
actors (names, sectors) are resolved afterwards, once per distinct actor
(:mod:`actorgraph.loaders.events.resolve`).

>>> from actorgraph.loaders.events.mapping import load_mapping
>>> from actorgraph.loaders.events.formats import FORMATS
>>> sql = stage_one_sql(FORMATS["gdelt2"], load_mapping(), "events", "month", "duckdb")
>>> "('163', 'OPPOSES', '163 sanctions')" in sql   # the mapping, as a small table
True
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.errors import LoaderError
from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.mapping import EventMapping

PERIODS = ("day", "week", "month", "year")
DIALECTS = ("duckdb", "spark", "bigquery")
#: sample URLs / story ids kept per group: the smallest and the largest
SAMPLES = 2
ACTOR_COLUMNS = ("name", "code", "country", "group", "sectors")


@dataclass(frozen=True)
class Dialect:
    """How the few non-portable expressions are written in one SQL dialect."""

    name: str

    def trunc(self, period: str, expr: str) -> str:
        if period == "day":
            return expr
        if self.name == "bigquery":
            unit = {"week": "ISOWEEK", "month": "MONTH", "year": "YEAR"}[period]
            return f"DATE_TRUNC({expr}, {unit})"
        return f"CAST(date_trunc('{period}', {expr}) AS DATE)"

    def samples(self, expr: str) -> str:
        """The group's sample evidence: its smallest and its largest value of ``expr``
        (one if they are equal, none if all are null), sorted. Two streaming minima and
        maxima, which every engine computes in bounded memory and which merge exactly
        (the samples of a union of groups are the smallest and largest of theirs)."""
        lo, hi = (f"{f}({expr})" for f in (("MIN", "MAX") if self.name == "bigquery"
                                             else ("min", "max")))
        if self.name == "duckdb":
            empty, pair, one = "CAST([] AS VARCHAR[])", f"[{lo}, {hi}]", f"[{lo}]"
        elif self.name == "spark":
            empty, pair, one = ("CAST(array() AS ARRAY<STRING>)", f"array({lo}, {hi})",
                                f"array({lo})")
        else:
            empty, pair, one = "ARRAY<STRING>[]", f"[{lo}, {hi}]", f"[{lo}]"
        return (f"CASE WHEN {lo} IS NULL THEN {empty} WHEN {lo} = {hi} THEN {one} "
                f"ELSE {pair} END")

    def date(self, column: str, gdelt: bool) -> str:
        if self.name == "bigquery" and gdelt:
            return f"PARSE_DATE('%Y%m%d', CAST({column} AS STRING))"
        return column

    def text(self, expr: str) -> str:
        return f"CAST({expr} AS {'STRING' if self.name != 'duckdb' else 'VARCHAR'})"

    def values(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
        """A CTE ``name`` of text columns holding ``rows`` (one row of NULLs if empty)."""
        text = "VARCHAR" if self.name == "duckdb" else "STRING"

        def cell(v: str | None) -> str:
            return f"CAST(NULL AS {text})" if v is None else _quote(v)

        rows = rows or [tuple(None for _ in columns)]
        if self.name == "bigquery":
            typ = ", ".join(f"{c} STRING" for c in columns)
            body = ", ".join("(" + ", ".join(cell(v) for v in r) + ")" for r in rows)
            return f"{name} AS (SELECT * FROM UNNEST(ARRAY<STRUCT<{typ}>>[{body}]))"
        body = ", ".join("(" + ", ".join(cell(v) for v in r) + ")" for r in rows)
        return f"{name} AS (SELECT * FROM (VALUES {body}) AS v({', '.join(columns)}))"


def merge_samples_sql(samples: str) -> str:
    """DuckDB: the samples of the groups whose sample lists are the column ``samples``,
    merged: the smallest and the largest (an aggregate). Streaming minima and maxima of
    each list's own, where a list of every group's lists cost stage two ~0.5 s and its
    memory at 10M events. Every engine's lists are sorted (:meth:`Dialect.samples`,
    ``frames.samples_list``: ``[]``, ``[lo]`` or ``[lo, hi]`` with ``lo < hi``), so a
    list's smallest is its first element and its largest its last: two element reads
    instead of ``list_min``/``list_max`` and a ``CASE`` instead of ``list_sort`` of
    ``list_distinct`` (stage two's dyads statement at 10M: ~0.15-0.25 s less CPU).

    >>> import duckdb
    >>> duckdb.sql("SELECT " + merge_samples_sql("s") + " FROM "
    ...            "(VALUES (['b', 'd']), (['a']), ([]::VARCHAR[]), (NULL)) t(s)").fetchall()
    [(['a', 'd'],)]
    >>> duckdb.sql("SELECT " + merge_samples_sql("s") + " FROM "
    ...            "(VALUES (['b']), ([]::VARCHAR[])) t(s)").fetchall()
    [(['b'],)]
    >>> duckdb.sql("SELECT " + merge_samples_sql("s") + " FROM "
    ...            "(VALUES ([]::VARCHAR[])) t(s)").fetchall()
    [([],)]
    """
    lo, hi = f"min({samples}[1])", f"max({samples}[-1])"
    return (f"CASE WHEN {lo} IS NULL THEN CAST([] AS VARCHAR[]) WHEN {lo} = {hi} "
            f"THEN [{lo}] ELSE [{lo}, {hi}] END")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _code_expr(fmt: EventFormat, column: str) -> str:
    if fmt.scheme == "plover":
        return f"upper(trim({column}))"
    # ICEWS and some exports drop a CAMEO code's leading zero ("42" for "042")
    return (f"CASE WHEN length(trim({column})) < 3 THEN lpad(trim({column}), 3, '0') "
            f"ELSE trim({column}) END")


def rule_rows(fmt: EventFormat, mapping: EventMapping
              ) -> tuple[list[tuple[str, str, str]], list[int | None]]:
    """The mapping as rows (key, relation type, kind) and the key lengths to look codes up
    by, longest first (None: the whole code, PLOVER's types); every engine uses these.

    >>> from actorgraph.loaders.events.mapping import load_mapping
    >>> from actorgraph.loaders.events.formats import FORMATS
    >>> rows, lengths = rule_rows(FORMATS["gdelt2"], load_mapping())
    >>> lengths, rows[0]
    ([3, 2], ('163', 'OPPOSES', '163 sanctions'))
    """
    if fmt.scheme == "plover":
        return [(k, r.type, f"{k} {r.kind}") for k, r in sorted(mapping.plover.items())], [None]
    rows = [(p, t, k) for p, t, k in mapping.cameo_prefixes()]
    return rows, sorted({len(p) for p, _, _ in rows}, reverse=True) or [None]


def _rule_tables(fmt: EventFormat, mapping: EventMapping, d: Dialect) -> tuple[str, str, str, str]:
    """(table, joins, type, kind) for the relation type and the event kind of ``code``:
    the mapping as a small table joined once per prefix length (longest wins), which
    costs the engine a hash probe per length where a ``CASE`` of every prefix cost it a
    string comparison per prefix."""
    rows, lengths = rule_rows(fmt, mapping)
    if fmt.scheme == "plover":
        unmapped = "concat('unmapped ', code)"
    else:
        unmapped = "concat('unmapped ', substr(code, 1, 2))"
    table = d.values("event_rules", ("k", "rtype", "kind"), rows)
    joins = [f"LEFT JOIN event_rules r{i} ON r{i}.k = "
             + ("code" if n is None else f"substr(code, 1, {n})")
             for i, n in enumerate(lengths)]
    rtype = f"coalesce({', '.join(f'r{i}.rtype' for i in range(len(lengths)))})"
    kind = f"coalesce({', '.join(f'r{i}.kind' for i in range(len(lengths)))}, {unmapped})"
    if len(lengths) == 1:
        rtype = "r0.rtype"
    return table, "\n  ".join(joins), rtype, kind


def stage_one_sql(
    fmt: EventFormat,
    mapping: EventMapping,
    source: str,
    period: str,
    dialect: str = "duckdb",
    since: str | None = None,
    until: str | None = None,
    resolution: GdeltResolution | None = None,
) -> str:
    """The grouping statement for events of format ``fmt`` read from table ``source``.

    Output columns: ``origin, period, s_name … s_sectors, t_name … t_sectors, s_id,
    s_why, t_id, t_why, rtype, kind, events, weight, mentions, first_date, last_date,
    samples``. Unmapped events keep only their period and kind (their actors are not
    needed), so they group small. GDELT actors are resolved in the statement itself when
    ``resolution`` is given (``s_id`` or ``s_why``; only an unresolved actor keeps its
    code, as the example in the report; a skipped event keeps no kind and no sample), so
    it groups by catalogue ids, not by actor codes; other formats leave
    ``s_id``/``s_why`` empty for resolve.py.
    """
    if period not in PERIODS:
        raise LoaderError(f"unknown period {period!r}", hint=f"use one of: {', '.join(PERIODS)}")
    if dialect not in DIALECTS:
        raise LoaderError(f"unknown SQL dialect {dialect!r}",
                          hint=f"use one of: {', '.join(DIALECTS)}")
    d = Dialect(dialect)
    gdelt = fmt.origin.value == "gdelt"
    resolve = gdelt and resolution is not None
    text = "STRING" if dialect != "duckdb" else "VARCHAR"
    date = d.date(fmt.date_column, gdelt)
    cols = [f"{date} AS date"]
    nulls: set[str] = set()  # normalised columns this format does not have
    for name, column in fmt.select:
        if name == "code":
            cols.append(f"{_code_expr(fmt, column)} AS code")
        elif column is None:
            nulls.add(name)
            typ = "BIGINT" if name == "mentions" else text
            if dialect == "bigquery" and typ == "BIGINT":
                typ = "INT64"
            cols.append(f"CAST(NULL AS {typ}) AS {name}")
        elif name == "sample":
            cols.append(f"{d.text(column)} AS sample")
        elif resolve and name[2:] in ACTOR_COLUMNS:
            # GDELT codes normalised once, not in every rule that reads them
            cols.append(f"upper(trim({column})) AS {name}")
        else:
            cols.append(f"{column} AS {name}")
    where = []
    if since:
        where.append(f"{date} >= DATE {_quote(since)}")
    if until:
        where.append(f"{date} <= DATE {_quote(until)}")
    where_sql = f"\n  WHERE {' AND '.join(where)}" if where else ""
    rules, rule_joins, type_expr, kind_expr = _rule_tables(fmt, mapping, d)
    tables = [rules]
    actor_cols = [f"{end}_{c}" for end in ("s", "t") for c in ACTOR_COLUMNS]
    if resolve:
        # actors resolved here by joins with three small tables; an unresolved actor
        # keeps its code (the report's example) and nothing else does, and a skipped
        # event keeps neither its kind nor a sample, so the rows group by catalogue ids
        joins, res_cols = _gdelt_resolution(mapping)
        tables += _lookup_tables(resolution, mapping, d)
        skip_s = "rtype IS NULL OR s_id IS NULL"
        keep = [("s_code", "CASE WHEN rtype IS NULL OR s_id IS NOT NULL THEN NULL "
                           "ELSE s_code END"),
                ("t_code", f"CASE WHEN {skip_s} OR t_id IS NOT NULL THEN NULL ELSE t_code END"),
                ("s_id", "CASE WHEN rtype IS NULL THEN NULL ELSE s_id END"),
                ("s_why", "CASE WHEN rtype IS NULL THEN NULL ELSE s_why END"),
                ("t_id", f"CASE WHEN {skip_s} THEN NULL ELSE t_id END"),
                ("t_why", f"CASE WHEN {skip_s} THEN NULL ELSE t_why END")]
        kept = "s_id IS NOT NULL AND t_id IS NOT NULL AND s_id <> t_id"
        kind_out = f"CASE WHEN rtype IS NULL OR ({kept}) THEN kind END"
        sample_out = f"CASE WHEN rtype IS NOT NULL AND {kept} THEN sample END"
        coded_from = f"(SELECT ev.*,\n    {res_cols}\n  FROM ev\n  {joins}) ev"
    else:
        keep = [(c, f"CASE WHEN rtype IS NULL THEN NULL ELSE {c} END")
                for c in actor_cols if c not in nulls]
        kind_out, sample_out, coded_from = "kind", "sample", "ev"
    given = dict(keep)
    out_cols = actor_cols + [f"{e}_{x}" for e in ("s", "t") for x in ("id", "why")]
    select = [f"{given[c]} AS {c}" if c in given else f"CAST(NULL AS {text}) AS {c}"
              for c in out_cols]
    # group by what varies: constant NULL columns are left out of the key
    group = ["2"] + [str(i + 3) for i, c in enumerate(out_cols) if c in given] \
        + [str(len(out_cols) + 3), str(len(out_cols) + 4)]
    tables_sql = ",\n".join(tables)
    select_sql = ",\n  ".join(select)
    return f"""WITH ev AS (
  SELECT {", ".join(cols)}
  FROM {source}{where_sql}
),
{tables_sql},
coded AS (
  SELECT ev.*, {type_expr} AS rtype, {kind_expr} AS kind
  FROM {coded_from}
  {rule_joins}
)
SELECT {_quote(fmt.origin.value)} AS origin,
  {d.trunc(period, "date")} AS period,
  {select_sql},
  rtype,
  {kind_out} AS kind,
  count(*) AS events,
  sum(weight) AS weight,
  sum(mentions) AS mentions,
  min(date) AS first_date,
  max(date) AS last_date,
  {d.samples(sample_out)} AS samples
FROM coded
GROUP BY {", ".join(group)}"""


@dataclass(frozen=True)
class GdeltResolution:
    """What GDELT actor resolution needs from the catalogue: its state and actor ids."""

    states: frozenset[str]
    actors: frozenset[str]

    @classmethod
    def from_catalogue(cls, catalogue=None) -> GdeltResolution:
        """The ids of ``catalogue`` (the package's by default: from the cache of its
        actors, :func:`~actorgraph.loaders.reference.quick.actor_kinds`)."""
        from actorgraph.graph.vocabulary import ActorKind

        if catalogue is None:
            from actorgraph.loaders.reference.quick import actor_kinds

            by_id = actor_kinds()
        else:
            by_id = {i: a.kind.value for i, a in catalogue.actors.items()}
        state, org = ActorKind.STATE.value, ActorKind.ORGANISATION.value
        return cls(
            states=frozenset(i for i, k in by_id.items() if k == state),
            actors=frozenset(i for i, k in by_id.items() if k in (state, org)),
        )


def lookup_rows(res: GdeltResolution, mapping: EventMapping) -> tuple[list, list, list]:
    """The rows (key, id, why) of the three small tables GDELT actors are looked up in:
    mapped actor codes, known-group codes, and country codes of catalogue states
    (``country_codes`` first)."""
    from actorgraph.loaders.events.resolve import NOT_IN_CATALOGUE, NOT_STATE

    def known(i):
        return i is not None and i in res.actors

    codes = [(k, v if known(v) else None, None if known(v) else
              (NOT_STATE if v is None else NOT_IN_CATALOGUE))
             for k, v in sorted(mapping.codes.items())]
    groups = [(k, v if known(v) else None, None if known(v) else NOT_IN_CATALOGUE)
              for k, v in sorted(mapping.known_groups.items()) if v]
    overrides = {c: (i if i in res.states else None) for c, i in mapping.country_codes.items()}
    states = [(k, overrides.get(k, k), None)
              for k in sorted(set(overrides) | res.states)]
    return codes, groups, states


def _lookup_tables(res: GdeltResolution, mapping: EventMapping, d: Dialect) -> list[str]:
    """The tables of :func:`lookup_rows` as CTEs the statement joins with."""
    return [d.values(name, ("k", "id", "why"), rows) for name, rows in
            zip(("gdelt_codes", "gdelt_groups", "gdelt_states"), lookup_rows(res, mapping))]


def _gdelt_resolution(mapping: EventMapping) -> tuple[str, str]:
    """(joins, ``s_id, s_why, t_id, t_why`` expressions): GDELT actors resolved by the
    rules of docs/events.md with three small lookup tables (:func:`_lookup_tables`) —
    hash joins against a few hundred rows cost the engine little, where ``CASE``/``IN``
    lists of every state cost DuckDB 3x the scan. This is the one place the GDELT rules
    are written; every engine (DuckDB, Spark, the warehouse) runs them."""
    from actorgraph.loaders.events.resolve import NO_ACTOR, NOT_STATE, UNKNOWN_COUNTRY

    types = sorted(mapping.state_types)
    joins, cols = [], []
    for e in ("s", "t"):  # the columns are upper-cased and trimmed already (``ev``)
        code, grp, cc, typ = (f"ev.{e}_{c}" for c in ("code", "group", "country", "sectors"))
        joins += [f"LEFT JOIN gdelt_codes {e}c ON {e}c.k = {code}",
                  f"LEFT JOIN gdelt_groups {e}g ON {e}g.k = {grp}",
                  f"LEFT JOIN gdelt_states {e}s ON {e}s.k = {cc}"]
        empty = f"{code} IS NULL OR {code} = ''"
        statish = f"{cc} IS NOT NULL AND {cc} <> '' AND ({code} = {cc} OR {_in(typ, types)})"
        cols.append(f"CASE WHEN {empty} THEN NULL WHEN {e}c.k IS NOT NULL THEN {e}c.id "
                    f"WHEN {e}g.k IS NOT NULL THEN {e}g.id WHEN {statish} THEN {e}s.id "
                    f"END AS {e}_id")
        cols.append(f"CASE WHEN {empty} THEN {_quote(NO_ACTOR)} "
                    f"WHEN {e}c.k IS NOT NULL THEN {e}c.why "
                    f"WHEN {e}g.k IS NOT NULL THEN {e}g.why "
                    f"WHEN {statish} THEN CASE WHEN {e}s.id IS NULL THEN "
                    f"{_quote(UNKNOWN_COUNTRY)} END "
                    f"ELSE {_quote(NOT_STATE)} END AS {e}_why")
    return "\n  ".join(joins), ",\n    ".join(cols)


def _in(expr: str, keys) -> str:
    keys = sorted(keys)
    return f"{expr} IN ({', '.join(_quote(k) for k in keys)})" if keys else "FALSE"
