"""The heavy part of event aggregation as SQL, in the dialects that run it.

One ``SELECT`` reads the raw events of one format, maps each event code to a relation
type with a ``CASE`` built from the mapping, and groups by period, the two raw actors,
the type and the event kind: count, Goldstein/intensity sum, mentions, first and last
date and a few sample URLs or story ids. The same statement runs in DuckDB (the local
engine), Spark SQL (``--engine spark``) and BigQuery (``actorgraph events --sql
bigquery`` prints it for the warehouse that already holds GDELT); only the grouped raw
dyads come back, and actors are resolved to catalogue ids afterwards
(:mod:`actorgraph.loaders.events.resolve`).

>>> from actorgraph.loaders.events.mapping import load_mapping
>>> from actorgraph.loaders.events.formats import FORMATS
>>> sql = stage_one_sql(FORMATS["gdelt2"], load_mapping(), "events", "month", "duckdb")
>>> "WHEN substr(code, 1, 3) = '163' THEN 'OPPOSES'" in sql
True
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.errors import LoaderError
from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.mapping import EventMapping

PERIODS = ("day", "week", "month", "year")
DIALECTS = ("duckdb", "spark", "bigquery")
#: sample URLs / story ids kept per group in the engine (the evidence shows 3)
SAMPLES = 5
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

    def samples(self, expr: str, n: int = SAMPLES) -> str:
        if self.name == "duckdb":
            return f"min({expr}, {n})"
        if self.name == "spark":
            return f"slice(array_sort(collect_list({expr})), 1, {n})"
        return f"ARRAY_AGG({expr} IGNORE NULLS ORDER BY {expr} LIMIT {n})"

    def date(self, column: str, gdelt: bool) -> str:
        if self.name == "bigquery" and gdelt:
            return f"PARSE_DATE('%Y%m%d', CAST({column} AS STRING))"
        return column

    def text(self, expr: str) -> str:
        return f"CAST({expr} AS {'STRING' if self.name != 'duckdb' else 'VARCHAR'})"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _code_expr(fmt: EventFormat, column: str) -> str:
    if fmt.scheme == "plover":
        return f"upper(trim({column}))"
    # ICEWS and some exports drop a CAMEO code's leading zero ("42" for "042")
    return (f"CASE WHEN length(trim({column})) < 3 THEN lpad(trim({column}), 3, '0') "
            f"ELSE trim({column}) END")


def _rule_cases(fmt: EventFormat, mapping: EventMapping) -> tuple[str, str]:
    """``CASE`` expressions for the relation type and the event kind of ``code``."""
    if fmt.scheme == "plover":
        items = sorted(mapping.plover.items())
        types = " ".join(f"WHEN code = {_quote(k)} THEN {_quote(r.type)}" for k, r in items)
        kinds = " ".join(f"WHEN code = {_quote(k)} THEN {_quote(f'{k} {r.kind}')}"
                         for k, r in items)
        unmapped = "concat('unmapped ', code)"
    else:
        prefixes = mapping.cameo_prefixes()
        types = " ".join(f"WHEN substr(code, 1, {len(p)}) = {_quote(p)} THEN {_quote(t)}"
                         for p, t, _ in prefixes)
        kinds = " ".join(f"WHEN substr(code, 1, {len(p)}) = {_quote(p)} THEN {_quote(k)}"
                         for p, _, k in prefixes)
        unmapped = "concat('unmapped ', substr(code, 1, 2))"
    type_case = f"CASE {types} END" if types else "CAST(NULL AS VARCHAR)"
    kind_case = f"CASE {kinds} ELSE {unmapped} END" if kinds else unmapped
    return type_case, kind_case


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
    code, as the example in the report), so it groups by catalogue ids, not by actor
    codes; other formats leave ``s_id``/``s_why`` empty for resolve.py.
    """
    if period not in PERIODS:
        raise LoaderError(f"unknown period {period!r}", hint=f"use one of: {', '.join(PERIODS)}")
    if dialect not in DIALECTS:
        raise LoaderError(f"unknown SQL dialect {dialect!r}",
                          hint=f"use one of: {', '.join(DIALECTS)}")
    d = Dialect(dialect)
    raw = dict(fmt.select)
    gdelt = fmt.origin.value == "gdelt"
    date = d.date(fmt.date_column, gdelt)
    cols = [f"{date} AS date"]
    for name, column in fmt.select:
        if name == "code":
            cols.append(f"{_code_expr(fmt, column)} AS code")
        elif column is None:
            typ = "BIGINT" if name == "mentions" else ("STRING" if dialect != "duckdb"
                                                        else "VARCHAR")
            if dialect == "bigquery" and typ == "BIGINT":
                typ = "INT64"
            cols.append(f"CAST(NULL AS {typ}) AS {name}")
        elif name == "sample":
            cols.append(f"{d.text(column)} AS sample")
        else:
            cols.append(f"{column} AS {name}")
    where = []
    if since:
        where.append(f"{date} >= DATE {_quote(since)}")
    if until:
        where.append(f"{date} <= DATE {_quote(until)}")
    where_sql = f"\n  WHERE {' AND '.join(where)}" if where else ""
    type_case, kind_case = _rule_cases(fmt, mapping)
    actor_cols = [f"{end}_{c}" for end in ("s", "t") for c in ACTOR_COLUMNS]
    text = "STRING" if dialect != "duckdb" else "VARCHAR"
    kind_out = "kind"
    if gdelt and resolution is not None:
        # actors resolved here, by the rules of resolve.py, against small tables
        # an unresolved actor keeps its code (the report's example) and nothing else
        # does, so the rows group by catalogue ids
        res_cols = _gdelt_resolution(resolution, mapping)
        skip_s = "rtype IS NULL OR s_id IS NULL"
        keep = ",\n  ".join(
            ["CASE WHEN rtype IS NULL OR s_id IS NOT NULL THEN NULL ELSE s_code END AS s_code"
             if (e, c) == ("s", "code") else
             f"CASE WHEN {skip_s} OR t_id IS NOT NULL THEN NULL ELSE t_code END AS t_code"
             if (e, c) == ("t", "code") else f"CAST(NULL AS {text}) AS {e}_{c}"
             for e in ("s", "t") for c in ACTOR_COLUMNS]
            + ["CASE WHEN rtype IS NULL THEN NULL ELSE s_id END AS s_id",
               "CASE WHEN rtype IS NULL THEN NULL ELSE s_why END AS s_why",
               f"CASE WHEN {skip_s} THEN NULL ELSE t_id END AS t_id",
               f"CASE WHEN {skip_s} THEN NULL ELSE t_why END AS t_why"])
        kind_out = "CASE WHEN rtype IS NULL OR (s_id IS NOT NULL AND t_id IS NOT NULL) " \
                   "THEN kind END"
        coded_from = f"(SELECT ev.*,\n    {res_cols}\n  FROM ev) ev"
    else:
        keep = ",\n  ".join(
            [f"CASE WHEN rtype IS NULL THEN NULL ELSE {c} END AS {c}" for c in actor_cols]
            + [f"CAST(NULL AS {text}) AS {e}_{x}" for e in ("s", "t") for x in ("id", "why")])
        coded_from = "ev"
    group = ", ".join(str(i) for i in range(1, len(actor_cols) + 9))
    assert raw  # every format names its columns
    return f"""WITH ev AS (
  SELECT {", ".join(cols)}
  FROM {source}{where_sql}
), coded AS (
  SELECT ev.*, {type_case} AS rtype, {kind_case} AS kind
  FROM {coded_from}
)
SELECT {_quote(fmt.origin.value)} AS origin,
  {d.trunc(period, "date")} AS period,
  {keep},
  rtype,
  {kind_out} AS kind,
  count(*) AS events,
  sum(weight) AS weight,
  sum(mentions) AS mentions,
  min(date) AS first_date,
  max(date) AS last_date,
  {d.samples("sample")} AS samples
FROM coded
GROUP BY {group}"""


@dataclass(frozen=True)
class GdeltResolution:
    """What GDELT actor resolution needs from the catalogue: its state and actor ids."""

    states: frozenset[str]
    actors: frozenset[str]

    @classmethod
    def from_catalogue(cls, catalogue=None) -> GdeltResolution:
        from actorgraph.graph.vocabulary import ActorKind

        if catalogue is None:
            from actorgraph.loaders.reference import load_catalogue

            catalogue = load_catalogue()
        kinds = {ActorKind.STATE, ActorKind.ORGANISATION}
        return cls(
            states=frozenset(i for i, a in catalogue.actors.items() if a.kind is ActorKind.STATE),
            actors=frozenset(i for i, a in catalogue.actors.items() if a.kind in kinds),
        )


def _case(expr: str, pairs: list[tuple[str, str | None]]) -> str:
    whens = " ".join(f"WHEN {_quote(k)} THEN {'NULL' if v is None else _quote(v)}"
                     for k, v in pairs)
    return f"CASE {expr} {whens} END" if pairs else "NULL"


def _in(expr: str, keys) -> str:
    keys = sorted(keys)
    return f"{expr} IN ({', '.join(_quote(k) for k in keys)})" if keys else "FALSE"


def _gdelt_resolution(res: GdeltResolution, mapping: EventMapping) -> str:
    """``s_id, s_why, t_id, t_why`` expressions that resolve GDELT actors in SQL, exactly
    as :class:`~actorgraph.loaders.events.resolve.ActorResolver` does for GDELT (plain
    CASE and IN lists: no joins, the same in every dialect)."""
    from actorgraph.loaders.events.resolve import (
        NO_ACTOR,
        NOT_IN_CATALOGUE,
        NOT_STATE,
        UNKNOWN_COUNTRY,
    )

    def known(i):
        return i is not None and i in res.actors

    codes = sorted(mapping.codes.items())
    groups = sorted((g, i) for g, i in mapping.known_groups.items() if i)
    overrides = {c: (i if i in res.states else None) for c, i in mapping.country_codes.items()}
    plain = res.states - set(overrides)
    types = sorted(mapping.state_types)
    cols = []
    for e in ("s", "t"):
        code, grp, cc, typ = (f"upper(trim({e}_{c}))"
                              for c in ("code", "group", "country", "sectors"))
        empty = f"{e}_code IS NULL OR trim({e}_code) = ''"
        statish = (f"{e}_country IS NOT NULL AND trim({e}_country) <> '' AND "
                   f"({code} = {cc} OR {_in(typ, types)})")
        state = (f"CASE WHEN {_in(cc, overrides)} THEN {_case(cc, sorted(overrides.items()))} "
                 f"WHEN {_in(cc, plain)} THEN {cc} END")
        cols.append(
            f"CASE WHEN {empty} THEN NULL "
            f"WHEN {_in(code, dict(codes))} THEN "
            f"{_case(code, [(k, v if known(v) else None) for k, v in codes])} "
            f"WHEN {_in(grp, dict(groups))} THEN "
            f"{_case(grp, [(k, v if known(v) else None) for k, v in groups])} "
            f"WHEN {statish} THEN {state} END AS {e}_id")
        code_why = [(k, None if known(v) else (NOT_STATE if v is None else NOT_IN_CATALOGUE))
                    for k, v in codes]
        grp_why = [(k, None if known(v) else NOT_IN_CATALOGUE) for k, v in groups]
        cols.append(
            f"CASE WHEN {empty} THEN {_quote(NO_ACTOR)} "
            f"WHEN {_in(code, dict(codes))} THEN {_case(code, code_why)} "
            f"WHEN {_in(grp, dict(groups))} THEN {_case(grp, grp_why)} "
            f"WHEN {statish} THEN CASE WHEN ({state}) IS NULL THEN {_quote(UNKNOWN_COUNTRY)} END "
            f"ELSE {_quote(NOT_STATE)} END AS {e}_why")
    return ",\n    ".join(cols)
