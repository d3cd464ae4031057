"""What the embedded-store load benchmarks share: the synthetic input (actors and
SUPPORTS relations as CSV), LadybugDB's own ``COPY`` of those files as the baseline, and
the line they append to docs/benchmarks.md.

Used by bench_load.py (one file into an empty store), bench_incremental.py (file after
file into a growing store) and bench_queries.py (the graph to query).
"""

from __future__ import annotations

import contextlib
import csv
import platform
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

N_ACTORS = 2000
HEADER = ["source", "type", "target", "date", "evidence", "confidence", "doc"]
DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def write_actors(folder: Path) -> Path:
    """``actors.csv`` with :data:`N_ACTORS` states ``A00000``…"""
    actors = folder / "actors.csv"
    with actors.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "kind", "bloc"])
        for i in range(N_ACTORS):
            w.writerow([f"A{i:05d}", f"Actor {i}", "state", "other"])
    return actors


def write_relations(path: Path, pairs: Iterable[tuple[int, int]], doc_offset: int = 0) -> Path:
    """A relations CSV (:data:`HEADER`): one SUPPORTS row per (source, target) pair of
    actor numbers, with a date, a sentence of evidence, a confidence and a document."""
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i, (a, b) in enumerate(pairs):
            w.writerow([f"A{a:05d}", "SUPPORTS", f"A{b:05d}", f"2024-03-{1 + i % 28:02d}",
                        f"Actor {a} pledged support, worth {i} million, to actor {b}.",
                        f"{0.5 + (i % 50) / 100:.2f}", f"doc-{(doc_offset + i) % 997}"])
    return path


class CopyBaseline:
    """LadybugDB's own ``COPY`` of relation CSVs (:data:`HEADER`) into one database whose
    relationship table has the file's columns: the floor for getting those bytes in."""

    def __init__(self, folder: Path, actors: Path) -> None:
        import ladybug

        self.db = ladybug.Database(str(folder / "baseline.lbdb"))
        self.conn = ladybug.Connection(self.db)
        self.conn.execute("CREATE NODE TABLE Actor(id STRING, name STRING, kind STRING, "
                          "bloc STRING, PRIMARY KEY(id))")
        self.conn.execute("CREATE REL TABLE SUPPORTS(FROM Actor TO Actor, type STRING, "
                          "date STRING, evidence STRING, confidence DOUBLE, doc STRING)")
        self.conn.execute(f"COPY Actor FROM '{actors}' (HEADER=true)")

    def load(self, rels: Path) -> float:
        """Seconds to ``COPY`` one file in (the file's columns are source, type,
        target, …: ``LOAD FROM`` puts the ends first)."""
        t0 = time.perf_counter()
        self.conn.execute(
            f"COPY SUPPORTS FROM (LOAD FROM '{rels}' (HEADER=true) "
            "RETURN source, target, type, date, evidence, CAST(confidence AS DOUBLE), doc)"
        )
        return time.perf_counter() - t0

    def count(self) -> int:
        return self.conn.execute("MATCH ()-[r:SUPPORTS]->() RETURN count(*)").get_next()[0]

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def record(command: str, cells: Iterable[str]) -> None:
    """Append a row to docs/benchmarks.md: the time, the command, ``cells``, the machine."""
    row = [time.strftime("%Y-%m-%d %H:%M"), f"`{command}`", *cells,
           f"{platform.machine()}, Python {platform.python_version()}"]
    with DOC.open("a") as fh:
        fh.write("| " + " | ".join(row) + " |\n")


@contextlib.contextmanager
def timing_method(owner: type, name: str) -> Iterator[list[tuple[float, float]]]:
    """Time every call of ``owner.name`` (wall and CPU seconds, appended to the list this
    yields) while the block runs, e.g. an index's part of a whole load; the method is put
    back after it."""
    original = getattr(owner, name)
    spent: list[tuple[float, float]] = []

    def timed(self, *args, **kwargs):
        w, c = time.perf_counter(), time.process_time()
        try:
            return original(self, *args, **kwargs)
        finally:
            spent.append((time.perf_counter() - w, time.process_time() - c))

    setattr(owner, name, timed)
    try:
        yield spent
    finally:
        setattr(owner, name, original)
