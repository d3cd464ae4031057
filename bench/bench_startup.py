"""CLI start-up: wall time of `actorgraph --help` and of a named query on a small store.

Baseline, measured in the same run: ``python -c pass`` with the same interpreter (the
floor: starting Python and its site packages). Each command runs ``--repeat`` times in a
fresh process; the median is printed with its ratio to the baseline and the cost above
it. Goal (issue 11): --help and a named query on a small store well under 0.5 s.

    python bench/bench_startup.py
    python bench/bench_startup.py --importtime   # also the slowest imports of a query
    python bench/bench_startup.py --before /tmp/old/src   # also an older source tree
                                  # (e.g. `git archive COMMIT src | tar -x -C /tmp/old`)

The machine running it may be shared: compare the ratios, not the milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 0.5


def _wall(cmd: list[str], repeat: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--importtime", action="store_true")
    ap.add_argument("--before", type=Path, metavar="SRC",
                    help="also time the same commands with this older source tree")
    args = ap.parse_args(argv)
    from actorgraph.demo import run_demo

    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-startup-"))
    store = run_demo(folder, extract=False, html=False).store
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "xdg")}
    ag = [sys.executable, "-m", "actorgraph"]
    base = _wall([sys.executable, "-c", "pass"], args.repeat, env)
    print(f"baseline  python -c pass: {base * 1000:6.0f} ms")
    commands = {
        "actorgraph --help": [*ag, "--help"],
        "actorgraph --version": [*ag, "--version"],
        "query --named supporters-of -p target=RUS": [
            *ag, "query", "--store", store, "--named", "supporters-of", "-p", "target=RUS"],
        "query --named supporters-of -p target=Rusland": [
            *ag, "query", "--store", store, "--named", "supporters-of", "-p",
            "target=Rusland"],
        "query --named path-between": [
            *ag, "query", "--store", store, "--named", "path-between"],
        "queries (list all)": [*ag, "queries"],
    }
    old_env, old_store = None, None
    if args.before:
        old_env = {**env, "PYTHONPATH": str(args.before)}
        old_store = str(folder / "before" / "graph.lbdb")
        subprocess.run([sys.executable, "-c", "import sys; from actorgraph.demo import run_demo;"
                        f" run_demo({str(folder / 'before')!r}, extract=False, html=False)"],
                       check=True, env=old_env, stdout=subprocess.DEVNULL)
    worst = 0.0
    for label, cmd in commands.items():
        t = _wall(cmd, args.repeat, env)
        worst = max(worst, t) if label != "queries (list all)" else worst
        verdict = "OK" if t < GOAL else "OVER 0.5 s"
        line = (f"{label:<48} {t * 1000:6.0f} ms  {t / base:5.1f}x baseline  "
                f"(+{(t - base) * 1000:4.0f} ms)  {verdict}")
        if old_env is not None and "Rusland" not in label and "path-between" not in label:
            old_cmd = [old_store if c == store else c for c in cmd]
            t_old = _wall(old_cmd, args.repeat, old_env)
            line += f"   before: {t_old * 1000:6.0f} ms ({t_old / base:4.1f}x)"
        print(line)
    if args.importtime:
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "actorgraph", "query",
                              "--store", store, "--named", "supporters-of", "-p",
                              "target=RUS"], capture_output=True, text=True, env=env).stderr
        rows = []
        for line in out.splitlines()[1:]:
            parts = line.split("|")
            if len(parts) == 3 and len(parts[2]) - len(parts[2].lstrip()) <= 2:
                rows.append((int(parts[1]), parts[2].strip()))
        print("\nslowest top-level imports of a named query (cumulative µs):")
        for us, name in sorted(rows, reverse=True)[:10]:
            print(f"  {us:8,}  {name}")
    return 0 if worst < GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
