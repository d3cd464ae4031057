"""Where the wall clock and the CPU of an embedded event load go, step by step.

One process: bench_events.py's Polars scan of the files (the baseline), then a load of
the same files into a fresh embedded store, with each step of the path timed (when it
started, its CPU seconds, its wall seconds, the cores it kept busy). The steps are the
path's own functions, wrapped; nested steps are listed inside the ones that call them.

    python bench/events_timeline.py /tmp/gdelt-10m [--rounds 2]

A step that keeps about one core busy (``cores`` ~1.0, or less on a loaded machine) is
single-threaded: on a 2-core machine the other core idles there unless other work
overlaps it. The last line gives the whole load against the scan (CPU and wall) and the
load averages: the machine is shared, say them with any figure.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _wrap(log: list, t0: list, owner, name: str, label: str | None = None) -> None:
    """Replace ``owner.name`` with a function that logs (label, start, cpu, wall); a name
    the version measured does not have is left out."""
    f = getattr(owner, name, None)
    if f is None:
        return

    @functools.wraps(f)
    def timed(*a, **k):
        c, w = _cpu(), time.perf_counter()
        try:
            return f(*a, **k)
        finally:
            log.append((label or name, w - t0[0], _cpu() - c, time.perf_counter() - w))

    setattr(owner, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    import bench_events

    log: list = []
    t0 = [0.0]
    from actorgraph.graph.store import open_store
    from actorgraph.loaders.events import EventOptions, coded, frames, load, relations
    from actorgraph.loaders.events import aggregate as agg
    from actorgraph.loaders.pipeline import load_paths

    for owner, name, label in (
        (agg, "gdelt_resolution", None), (coded.CodedGroups, "add", "polars batch"),
        (coded.CodedGroups, "table", "decode groups"), (agg, "_append_raw", "to duckdb"),
        (agg, "stage_two", None), (load, "aggregate_events", "aggregate_events (all)"),
        (load, "dyads_to_columns", "relation+evidence columns"),
        (relations, "_tables", "  their two statements"),
        (frames, "warm_up", "warm-up thread started"),
    ):
        _wrap(log, t0, owner, name, label)
    try:  # stage two on Polars (events9 on); absent from older versions
        from actorgraph.loaders.events import two_polars

        _wrap(log, t0, two_polars, "stage_two_coded", "stage two on Polars")
    except ImportError:
        pass
    for _ in range(args.rounds):
        c, w = _cpu(), time.perf_counter()
        bench_events.measure("scan-polars", args.folder)
        scan_cpu, scan_wall = _cpu() - c, time.perf_counter() - w
        log.clear()
        t0[0], c0 = time.perf_counter(), _cpu()
        with open_store(str(Path(tempfile.mkdtemp()) / "g.lbdb")) as store:
            store.clear()
            log.append(("open + clear store", 0.0, _cpu() - c0, time.perf_counter() - t0[0]))
            c, w = _cpu(), time.perf_counter()
            load_paths(store, [args.folder], events=EventOptions())
            log.append(("load_paths (all)", w - t0[0], _cpu() - c, time.perf_counter() - w))
            c, w = _cpu(), time.perf_counter()
        log.append(("close store", w - t0[0], _cpu() - c, time.perf_counter() - w))
        cpu, wall = _cpu() - c0, time.perf_counter() - t0[0]
        print(f"Polars scan: cpu {scan_cpu:6.2f}  wall {scan_wall:6.2f}")
        for name, at, c, w in sorted(log, key=lambda x: x[1]):
            cores = c / w if w else 0.0
            print(f"  {name:28} at {at:6.2f}  cpu {c:6.2f}  wall {w:6.2f}  cores {cores:4.2f}")
        polars = sum(c for name, _, c, _ in log if name == "polars batch")
        polars_wall = sum(w for name, _, _, w in log if name == "polars batch")
        print(f"Polars batches: cpu {polars:.2f} ({polars / scan_cpu:.2f}x the scan), wall "
              f"{polars_wall:.2f} ({polars_wall / scan_wall:.2f}x); whole load: cpu "
              f"{cpu:.2f} ({cpu / scan_cpu:.2f}x), wall {wall:.2f} ({wall / scan_wall:.2f}x); "
              f"load average {[round(x, 1) for x in os.getloadavg()]}", flush=True)


if __name__ == "__main__":
    main()
