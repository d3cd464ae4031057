"""Keep an embedded graph near the size of one load of what it holds.

Why it grows: LadybugDB rewrites a relationship table's adjacency (CSR) pages when rows
are added to a table that already holds some, and the pages it leaves are not given back
to the file (it has no VACUUM). Four loads of 5,000 new relations each made a 12.2 MB
file where one load of the same 20,000 made 7.4 MB: a third of its pages held nothing
(``CALL storage_info``), and the pages in use were less full. The same file loaded
again adds nothing (nothing is written).

What we do: after a session that added rows to non-empty tables, :func:`wasted_share`
compares the pages the tables use with the pages of the file; above :data:`MAX_WASTE`
(and above :data:`MIN_BYTES`) :func:`compact` rewrites the graph with LadybugDB's own
``EXPORT DATABASE`` and ``IMPORT DATABASE`` into a new file and renames it over the old
one (atomic: a failure leaves the old file as it was).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

#: the share of a file's pages no table uses above which the file is rewritten
MAX_WASTE = 0.2
#: files smaller than this are left alone (rewriting them saves too little)
MIN_BYTES = 8_000_000
PAGE = 4096


def wasted_share(conn: Any, path: Path, tables: set[str]) -> float:
    """The share of the file's pages that no column of ``tables`` uses (0 when unknown)."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0.0
    if size < MIN_BYTES:
        return 0.0
    used = 0
    for table in tables:
        res = conn.execute(f"CALL storage_info('{table}') RETURN num_pages")
        used += sum(n or 0 for n in res.get_as_arrow().column(0).to_pylist())
    pages = size // PAGE
    return max(0.0, (pages - used) / pages) if pages else 0.0


def compact(path: Path) -> None:
    """Rewrite the (closed) graph at ``path`` into a new file with EXPORT/IMPORT DATABASE
    and rename it over the old one; on any failure the old file stays."""
    from actorgraph.graph.embedded_values import import_ladybug

    ladybug = import_ladybug()

    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix=".compact-", dir=path.parent))
    fresh = work / "graph.lbdb"
    try:
        db = ladybug.Database(str(path), read_only=True)
        conn = ladybug.Connection(db)
        try:
            conn.execute(f"EXPORT DATABASE '{work / 'export'}' (format='parquet')")
        finally:
            conn.close()
            db.close()
        db = ladybug.Database(str(fresh))
        conn = ladybug.Connection(db)
        try:
            conn.execute(f"IMPORT DATABASE '{work / 'export'}'")
        finally:
            conn.close()
            db.close()
        os.replace(fresh, path)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path.with_name(path.name + ".wal"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
