"""LadybugDB results as plain Python, and LadybugDB errors as one line with a hint.

>>> _plain({"_LABEL": "Actor", "_ID": {"offset": 0, "table": 0}, "id": "NLD", "x": None})
{'id': 'NLD', '_labels': ['Actor']}
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

from actorgraph.graph.dialect import return_columns
from actorgraph.graph.vocabulary import RelationType


def columns(cypher: str, res: Any) -> list[str]:
    """Column names as Neo4j would give them (see :func:`dialect.return_columns`)."""
    have = res.get_column_names()
    want = return_columns(cypher)
    return want if want is not None and len(want) == len(have) else have


def drain(res: Any) -> Iterator[list[Any]]:
    """Every row of a LadybugDB result."""
    while res.has_next():
        yield res.get_next()


def _plain(value: Any) -> Any:
    """LadybugDB values as plain Python: nodes and relations as property dicts."""
    if isinstance(value, dict):
        if "_LABEL" in value and ("_SRC" in value or "_ID" in value):
            out = {
                k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None
            }
            if "_SRC" in value:
                out["_type"] = value["_LABEL"]
            else:
                out["_labels"] = [value["_LABEL"]]
            return out
        if "_nodes" in value and "_rels" in value:
            return {
                "nodes": [_plain(n) for n in value["_nodes"]],
                "relationships": [_plain(r) for r in value["_rels"]],
            }
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    decimal = sys.modules.get("decimal")  # no Decimal without it: not imported up front
    if decimal is not None and isinstance(value, decimal.Decimal):
        # sum() of INT64 is INT128; Neo4j gives an int
        return int(value) if value == value.to_integral_value() else float(value)
    return value


plain = _plain


def clean_error(exc: Exception) -> str:
    """The first line of a LadybugDB error."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def query_hint(exc: Exception) -> str | None:
    """The fix for a common mistake in user Cypher, when there is one."""
    text = str(exc)
    if "does not exist" in text or "Table" in text:
        return (
            "tables are Actor, Document, Evidence and one per relation type "
            f"({', '.join(rt.value for rt in RelationType)}); actor kinds are the property "
            "`kind`, not labels (see docs/queries.md)"
        )
    if "Parser exception" in text:
        return "check the Cypher syntax; `actorgraph queries` lists working examples"
    return None


def pairs_table(pairs: list[tuple[str, str]]) -> Any:
    """Relation keys as an Arrow table of ``s`` and ``t`` (for ``LOAD FROM``)."""
    import pyarrow as pa

    return pa.table({
        "s": pa.array([s for s, _ in pairs], pa.string()),
        "t": pa.array([t for _, t in pairs], pa.string()),
    })


def joined(table: Any, a: str, b: str) -> Any:
    """Two string columns joined by a separator no id holds: one key column."""
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(table.column(a), table.column(b), "\x1f")


def strings(values: list[str]) -> Any:
    import pyarrow as pa

    return pa.array(values, pa.string())


#: the buffer pool: LadybugDB's default (80% of memory) cost 0.04-0.07 s of CPU per open
#: (0.005-0.01 s for 0.5-4 GiB), a third of a named query's start-up; 1M relations ~0.2 GB
POOL = 4 << 30
#: the pool of a read-only open of a small graph: the pool's bookkeeping is set up at open
#: (4 GiB cost ~6 ms of CPU more than 1 GiB, 3% of a named query on the demo graph)
READ_POOL = 1 << 30


def buffer_pool(file_size: int | None = None) -> int:
    """:data:`POOL`, or LadybugDB's own default where that is smaller; for a read-only
    open of a database file of ``file_size`` bytes, 16 times that, at least
    :data:`READ_POOL` (a query's own memory comes from the pool too) and at most the rest.

    >>> buffer_pool(2_000_000) == min(READ_POOL, buffer_pool())
    True
    >>> buffer_pool(300_000_000) == buffer_pool()  # (1M relations: 252 MB, 4.0 of 4 GiB)
    True
    """
    import os

    try:
        memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return 0
    pool = min(POOL, int(memory * 0.8))
    if file_size is None:
        return pool
    return min(pool, max(READ_POOL, 16 * file_size))


def import_ladybug() -> Any:
    """``import ladybug``, without the asyncio machinery its package imports for
    ``AsyncConnection`` (which actorgraph does not use): asyncio, ssl and subprocess cost
    about 0.06 s of CPU, a seventh of a named query's start-up. Its module is put in place
    the moment anything asks for it.

    >>> import_ladybug().Database.__name__
    'Database'
    """
    import sys

    name = "ladybug.async_connection"
    if "ladybug" not in sys.modules and name not in sys.modules:
        sys.modules[name] = _LazyAsync(name)
    import ladybug

    return ladybug


def _real_async() -> Any:
    import importlib
    import sys

    if isinstance(sys.modules.get("ladybug.async_connection"), _LazyAsync):
        del sys.modules["ladybug.async_connection"]
    return importlib.import_module("ladybug.async_connection")


class _AsyncConnection:
    """Stands for ``ladybug.AsyncConnection`` until one is made."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return _real_async().AsyncConnection(*args, **kwargs)


class _LazyAsync(types.ModuleType):
    """``ladybug.async_connection`` until something other than its name is used."""

    def __getattr__(self, attr: str) -> Any:
        if attr == "AsyncConnection":
            return _AsyncConnection
        if attr.startswith("__"):  # the import system's questions (``__path__``, …)
            raise AttributeError(attr)
        return getattr(_real_async(), attr)
