"""CLI start-up: wall and CPU time of `actorgraph --help` and of a named query on a small store.

Baseline, measured in the same run: ``python -c pass`` with the same interpreter (the
floor: starting Python and its site packages). Each command runs ``--repeat`` times in a
fresh process; the median is printed with its ratio to the baseline and the cost above
it. Goal (issue 11): --help and a named query on a small store well under 0.5 s (of CPU: on a
shared machine the wall time mostly measures the other processes).

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


def _run(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system of the child) of ``cmd``."""
    walls, cpus = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
        cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


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
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "xdg"),
           "XDG_CACHE_HOME": str(folder / "cache")}
    ag = [sys.executable, "-m", "actorgraph"]
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"PYTHONDONTWRITEBYTECODE={env.get('PYTHONDONTWRITEBYTECODE', '')!r} "
          "(set: no .pyc, every module compiled on each start)")
    base, base_cpu = _run([sys.executable, "-c", "pass"], args.repeat, env)
    print(f"baseline  python -c pass: {base * 1000:6.0f} ms wall, {base_cpu * 1000:4.0f} ms CPU")
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
        _run(cmd, 1, env)  # once first: the named-query cache (config.cache_dir) is filled
        t, cpu = _run(cmd, args.repeat, env)
        worst = max(worst, cpu) if label != "queries (list all)" else worst
        verdict = "OK" if cpu < GOAL else "OVER 0.5 s"
        line = (f"{label:<48} {t * 1000:6.0f} ms wall {cpu * 1000:5.0f} ms CPU  "
                f"{t / base:5.1f}x baseline  (+{(t - base) * 1000:4.0f} ms)  {verdict}")
        if old_env is not None and "Rusland" not in label and "path-between" not in label:
            old_cmd = [old_store if c == store else c for c in cmd]
            t_old, cpu_old = _run(old_cmd, args.repeat, old_env)
            line += (f"   before: {t_old * 1000:6.0f} ms wall {cpu_old * 1000:5.0f} ms CPU "
                     f"({t_old / base:4.1f}x)")
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
