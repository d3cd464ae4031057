"""The embedded store's tables, made from :mod:`actorgraph.graph.records`, and their upgrade.

Every column comes from the ``*_COLUMNS`` tables of :mod:`records`, so a property added
there is added here too. A graph built by an earlier actorgraph (before a relation type or
a property existed) is upgraded in place when opened for writing: missing tables are
created, missing columns added (``ALTER TABLE … ADD``) and columns of an older type
converted (:data:`CONVERSIONS`: ``origins`` was a list), nothing is removed. Opened
read-only, it is refused with one line naming what is missing and the command that
upgrades it (see :func:`missing_schema`).

>>> create_statements(set())[0]
'CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, name STRING, kind STRING, bloc STRING, \
country STRING, description STRING, source STRING, start_date STRING, end_date STRING, \
aliases STRING, names STRING[], PRIMARY KEY(id))'
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from actorgraph.errors import StoreUnavailable
from actorgraph.graph import records
from actorgraph.graph.vocabulary import RelationType

#: tables of the graph and the columns each must have (beyond keys and ends)
TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "Actor": records.ACTOR_COLUMNS,
    "Document": records.DOCUMENT_COLUMNS,
    "Evidence": records.EVIDENCE_COLUMNS,
    **{rt.value: records.RELATION_COLUMNS for rt in RelationType},
    "MENTIONS": records.MENTION_COLUMNS,
}


def _cols(columns: dict[str, str]) -> str:
    return ", ".join(f"{name} {kind}" for name, kind in columns.items())


def create_statement(table: str) -> str:
    """The ``CREATE … TABLE`` statement of one table of :data:`TABLE_COLUMNS`."""
    cols = _cols(TABLE_COLUMNS["Evidence" if table == EVIDENCE_REKEY else table])
    if table in ("Actor", "Document"):
        return f"CREATE NODE TABLE IF NOT EXISTS {table}({cols}, PRIMARY KEY(id))"
    if table in ("Evidence", EVIDENCE_REKEY):
        # Keyed by ``id`` (``source|TYPE|target|seq``): LadybugDB indexes only primary
        # keys, and the ``evidence`` query looks a relation's pieces up by their ids
        # (11 ms instead of a 0.3-1 s scan on a million); the index costs the evidence
        # COPY about 15% (docs/benchmarks.md). Graphs keyed by a serial ``_row`` are
        # rekeyed when opened for writing (:func:`rekey_statements`).
        return f"CREATE NODE TABLE IF NOT EXISTS {table}({cols}, PRIMARY KEY(id))"
    if table == "MENTIONS":
        return f"CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Document TO Actor, {cols})"
    return f"CREATE REL TABLE IF NOT EXISTS {table}(FROM Actor TO Actor, {cols})"


#: the table an old ``Evidence`` is copied into before it takes its name
EVIDENCE_REKEY = "Evidence_rekey"


def rekey_statements() -> list[str]:
    """The statements that rebuild an ``Evidence`` table keyed by a serial ``_row`` (the
    layout before 2026-12-02) as one keyed by ``id``, in one transaction: a copy under
    another name, the old table dropped, the copy renamed.

    >>> [s.split(" (")[0][:30] for s in rekey_statements()][2:5]
    ['COPY Evidence_rekey FROM', 'DROP TABLE Evidence', 'ALTER TABLE Evidence_rekey REN']
    """
    ret = ", ".join(f"e.{c}" for c in records.EVIDENCE_COLUMNS)
    return [
        "BEGIN TRANSACTION",
        create_statement(EVIDENCE_REKEY),
        f"COPY {EVIDENCE_REKEY} FROM (MATCH (e:Evidence) RETURN {ret})",
        "DROP TABLE Evidence",
        f"ALTER TABLE {EVIDENCE_REKEY} RENAME TO Evidence",
        "COMMIT",
    ]


#: the names of the empty tables that mark a graph's schema version (:func:`marker`)
MARKER_PREFIX = "ActorgraphSchema_"


def marker(*extra: str) -> str:
    """The name of an empty table that says a graph has exactly this version's tables and
    columns (a checksum of their ``CREATE`` statements and ``extra`` ones). Opening a
    graph that has it skips the ~30 catalogue calls of :func:`upgrade`'s checks; a graph
    without it (older, or made by another version) is checked and, when opened for
    writing, upgraded and marked.

    >>> marker().startswith(MARKER_PREFIX), marker() == marker(), marker() == marker("x")
    (True, True, False)
    """
    import zlib

    text = "\n".join(create_statements(set()) + list(extra))
    return f"{MARKER_PREFIX}{zlib.crc32(text.encode()):08x}"


def marker_statements(have: set[str], mark: str) -> list[str]:
    """The statements replacing any older marker in ``have`` by ``mark``.

    >>> [s[:40] for s in marker_statements({"Actor", "ActorgraphSchema_0"}, "ActorgraphSchema_1")]
    ['DROP TABLE ActorgraphSchema_0', 'CREATE NODE TABLE ActorgraphSchema_1(id ']
    """
    old = sorted(t for t in have if t.startswith(MARKER_PREFIX) and t != mark)
    return [f"DROP TABLE {t}" for t in old] + [
        f"CREATE NODE TABLE {mark}(id STRING, PRIMARY KEY(id))"
    ]


def apply(conn: Any, upgrade: list[str], create: list[str], marker: list[str]) -> None:
    """Run the statements that bring a graph to this version's schema on ``conn``: an
    upgrade one by one (its statements hold their own transactions), the tables of a new
    graph in one transaction (all or nothing, one commit instead of one per table: a new
    graph opens in a fifth of the time), then the ``marker``."""
    if upgrade or not (create or marker):
        for stmt in upgrade + create + marker:
            conn.execute(stmt)
        return
    with transaction(conn):
        for stmt in create + marker:
            conn.execute(stmt)


@contextlib.contextmanager
def transaction(conn: Any, *, read_only: bool = False) -> Iterator[None]:
    """One LadybugDB transaction on ``conn`` around the block: committed when the block
    ends, rolled back when it raises (the error goes on)."""
    conn.execute("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        with contextlib.suppress(RuntimeError):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def create_statements(have: set[str]) -> list[str]:
    """The statements creating every table not in ``have``."""
    return [create_statement(t) for t in TABLE_COLUMNS if t not in have]


def missing_schema(
    have: set[str], columns_of: Callable[[str], set[str]]
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """(tables missing, (table, column, type) missing) compared with :data:`TABLE_COLUMNS`.

    ``columns_of(table)`` gives the column names a stored table has.

    >>> missing_schema({"Actor"}, lambda t: {"id"})[0][:2]
    ['Document', 'Evidence']
    """
    tables = [t for t in TABLE_COLUMNS if t not in have]
    columns = []
    for table, wanted in TABLE_COLUMNS.items():
        if table not in have:
            continue
        stored = columns_of(table)
        columns.extend((table, c, kind) for c, kind in wanted.items() if c not in stored)
    return tables, columns


def upgrade_statements(
    tables: list[str], columns: list[tuple[str, str, str]]
) -> list[str]:
    """The statements adding missing tables and columns (:func:`missing_schema`)."""
    return [create_statement(t) for t in tables] + [
        f"ALTER TABLE {table} ADD {column} {kind}" for table, column, kind in columns
    ]


#: stored type -> current type of a relationship column, and the Cypher value converting the
#: old column (renamed ``_old``) of relation ``r``: ``origins`` was a list (``STRING[]``),
#: which made LadybugDB's COMMIT of new relations up to 12x slower than one text
CONVERSIONS: dict[tuple[str, str], str] = {
    ("STRING[]", "STRING"): f"coalesce(list_to_string('{records.ORIGIN_SEP}', r._old), '')",
}


def retyped_columns(
    have: set[str], types_of: Callable[[str], dict[str, str]]
) -> list[tuple[str, str, str]]:
    """(table, column, stored type) of the relationship columns whose stored type is not
    the current one and which :data:`CONVERSIONS` can convert.

    >>> retyped_columns({"SUPPORTS"}, lambda t: {"origins": "STRING[]", "weight": "DOUBLE"})
    [('SUPPORTS', 'origins', 'STRING[]')]
    """
    out = []
    for rt in RelationType:
        if rt.value not in have:
            continue
        for column, stored in types_of(rt.value).items():
            wanted = records.RELATION_COLUMNS.get(column)
            if wanted and stored != wanted and (stored, wanted) in CONVERSIONS:
                out.append((rt.value, column, stored))
    return out


def convert_statements(retyped: list[tuple[str, str, str]]) -> list[str]:
    """The statements converting :func:`retyped_columns` in place: rename the old column,
    add the new one, fill it from the old one, drop the old one."""
    stmts = []
    for table, column, stored in retyped:
        value = CONVERSIONS[(stored, records.RELATION_COLUMNS[column])]
        stmts += [
            f"ALTER TABLE {table} RENAME {column} TO _old",
            f"ALTER TABLE {table} ADD {column} {records.RELATION_COLUMNS[column]}",
            f"MATCH ()-[r:{table}]->() SET r.{column} = {value}",
            f"ALTER TABLE {table} DROP _old",
        ]
    return stmts


def describe_missing(
    tables: list[str], columns: list[tuple[str, str, str]],
    retyped: list[tuple[str, str, str]] = (),
) -> str:
    """What an old graph lacks, in a few words: ``table REPRESENTS, column Evidence.origin``."""
    parts = [f"table {t}" for t in tables] + [f"column {t}.{c}" for t, c, _ in columns]
    parts += [f"column {t}.{c} as {records.RELATION_COLUMNS[c]} (it is {k})"
              for t, c, k in retyped]
    more = f" and {len(parts) - 4} more" if len(parts) > 4 else ""
    return ", ".join(parts[:4]) + more


def upgrade(
    path: Path, have: set[str], columns_of: Callable[[str], set[str]], read_only: bool,
    types_of: Callable[[str], dict[str, str]] | None = None,
) -> list[str]:
    """The statements that bring the graph at ``path`` (holding tables ``have``) to the
    current schema; none when it is current.

    Raises :class:`StoreUnavailable` with the fix for a graph of the earlier layout
    (evidence on the relations), for an empty database opened read-only, and for an older
    graph opened read-only (which cannot be upgraded then). ``types_of(table)`` (column
    name -> stored type) finds columns stored with an older type (:func:`retyped_columns`),
    converted in place.
    """
    if "SUPPORTS" in have and "Evidence" not in have:
        raise StoreUnavailable(
            f"the graph at {path} was built by an earlier actorgraph, which kept the "
            "evidence on the relations",
            hint=f"build it again: delete {path} (or choose another --store) and load "
            "your files again",
        )
    if read_only and not have:
        raise StoreUnavailable(
            f"{path} holds no actorgraph graph",
            hint="build one with `actorgraph demo` or `actorgraph load FILE`",
        )
    tables, columns = missing_schema(have, columns_of)
    retyped = retyped_columns(have, types_of) if types_of else []
    # an Evidence table keyed by ``_row`` answers every query (only slower): rekeyed
    # when opened for writing, read as it is otherwise
    rekey = bool(types_of and "Evidence" in have and "_row" in types_of("Evidence"))
    if rekey and not read_only:
        return (convert_statements(retyped) + upgrade_statements(tables, columns)
                + rekey_statements())  # after: the copy reads every current column
    if (tables or columns or retyped) and read_only:
        raise StoreUnavailable(
            f"the graph at {path} was built by an older actorgraph (it lacks "
            f"{describe_missing(tables, columns, retyped)})",
            hint=f"upgrade it once with `actorgraph upgrade --store {path}` "
            "(any write, such as a load, upgrades it too)",
        )
    return convert_statements(retyped) + upgrade_statements(tables, columns)
