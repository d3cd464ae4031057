"""CLI start-up: wall and CPU time of `actorgraph --help` and of a named query on a small store.

Baseline, measured in the same run: ``python -c pass`` with the same interpreter (the
floor: starting Python and its site packages). Each command runs ``--repeat`` times in a
fresh process; the median is printed with its CPU time's ratio to the baseline's and the
number of modules it imports (``-X importtime``, Python's own start-up included). With
``--before`` each command and its older version run alternately (so a change in the
machine's load falls on both), each with its own demo store and query cache.

Goal (issue 11): --help and a named query on a small store well under 0.5 s (of CPU: on
a shared machine the wall time mostly measures the other processes).

    python bench/bench_startup.py
    python bench/bench_startup.py --importtime   # also the slowest imports of a query
    python bench/bench_startup.py --before /tmp/old/src   # also an older source tree
                                  # (e.g. `git archive COMMIT src | tar -x -C /tmp/old`)
    python bench/bench_startup.py --pyc   # with .pyc files, as an installed package has

Without ``--pyc`` the environment decides: where PYTHONDONTWRITEBYTECODE is set (as on the
shared development machine) every start compiles actorgraph's own modules again (~0.05 s
of CPU for a named query, which a ``pip install``, which writes the .pyc files, never
pays). ``--pyc`` writes them once into the bench's temporary folder
(``PYTHONPYCACHEPREFIX``), for each source tree alike, and leaves the trees untouched.

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


def _once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system of the child, all its threads) of one run."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(cmd)} exited {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and median CPU time of ``repeat`` runs of ``cmd``."""
    runs = [_once(cmd, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _interleaved(a: tuple[list[str], dict[str, str]], b: tuple[list[str], dict[str, str]],
                 repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Medians (wall, CPU) of two commands run alternately, so that a change in the
    machine's load falls on both alike."""
    ra, rb = [], []
    for _ in range(repeat):
        ra.append(_once(*a))
        rb.append(_once(*b))
    med = statistics.median
    return (med(r[0] for r in ra), med(r[1] for r in ra)), (med(r[0] for r in rb),
                                                          med(r[1] for r in rb))


def _imports(cmd: list[str], env: dict[str, str]) -> int:
    """How many modules ``cmd`` imports (lines of ``python -X importtime``), counting
    those of Python's own start-up."""
    out = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], capture_output=True,
                         text=True, env=env).stderr
    return sum(1 for line in out.splitlines() if line.startswith("import time:")) - 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--importtime", action="store_true")
    ap.add_argument("--before", type=Path, metavar="SRC",
                    help="also time the same commands with this older source tree")
    ap.add_argument("--pyc", action="store_true",
                    help="run with .pyc files (in the bench's temporary folder)")
    args = ap.parse_args(argv)
    from actorgraph.demo import run_demo

    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-startup-"))
    store = run_demo(folder, extract=False, html=False).store
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "xdg"),
           "XDG_CACHE_HOME": str(folder / "cache")}
    if args.pyc:  # written by the first run of each command, read by the timed ones
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pyc")
    ag = [sys.executable, "-m", "actorgraph"]
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"PYTHONDONTWRITEBYTECODE={env.get('PYTHONDONTWRITEBYTECODE', '')!r} "
          "(set: no .pyc, every module compiled on each start)"
          + ("; .pyc in PYTHONPYCACHEPREFIX (--pyc)" if args.pyc else ""))
    base, base_cpu = _run([sys.executable, "-c", "pass"], args.repeat, env)
    print(f"baseline  python -c pass: {base * 1000:6.0f} ms wall, {base_cpu * 1000:4.0f} ms CPU, "
          f"{_imports([sys.executable, '-c', 'pass'], env)} imports")
    commands = {
        "actorgraph --help": [*ag, "--help"],
        "actorgraph --version": [*ag, "--version"],
        "query --named supporters-of -p target=RUS": [
            *ag, "query", "--store", store, "--named", "supporters-of", "-p", "target=RUS"],
        "query --named supporters-of -p target=Russia": [
            *ag, "query", "--store", store, "--named", "supporters-of", "-p", "target=Russia"],
        "query --named supporters-of -p target=Rusland": [
            *ag, "query", "--store", store, "--named", "supporters-of", "-p",
            "target=Rusland"],
        "query --named path-between": [
            *ag, "query", "--store", store, "--named", "path-between"],
        "queries (list all)": [*ag, "queries"],
    }
    old_env, old_store = None, None
    if args.before:
        old_env = {**env, "PYTHONPATH": str(args.before),
                   "XDG_CACHE_HOME": str(folder / "cache-before")}  # its own query cache
        old_store = str(folder / "before" / "graph.lbdb")
        subprocess.run([sys.executable, "-c", "import sys; from actorgraph.demo import run_demo;"
                        f" run_demo({str(folder / 'before')!r}, extract=False, html=False)"],
                       check=True, env=old_env, stdout=subprocess.DEVNULL)
    worst = 0.0
    for label, cmd in commands.items():
        _run(cmd, 1, env)  # once first: the named-query cache (config.cache_dir) is filled
        n = _imports(cmd, env)
        if old_env is not None:
            old_cmd = [old_store if c == store else c for c in cmd]
            _run(old_cmd, 1, old_env)
            (t, cpu), (t_old, cpu_old) = _interleaved((cmd, env), (old_cmd, old_env),
                                                      args.repeat)
        else:
            t, cpu = _run(cmd, args.repeat, env)
        worst = max(worst, cpu) if label != "queries (list all)" else worst
        verdict = "OK" if cpu < GOAL else "OVER 0.5 s"
        line = (f"{label:<46} {t * 1000:5.0f} ms wall {cpu * 1000:4.0f} ms CPU "
                f"{cpu / base_cpu:4.1f}x base CPU {n:4d} imports  {verdict}")
        if old_env is not None:
            n_old = _imports(old_cmd, old_env)
            line += (f" | before: {t_old * 1000:5.0f} ms wall {cpu_old * 1000:4.0f} ms CPU "
                     f"{cpu_old / base_cpu:4.1f}x {n_old:4d} imports")
        print(line)
    base_end, base_cpu_end = _run([sys.executable, "-c", "pass"], args.repeat, env)
    print(f"baseline again at the end: {base_end * 1000:.0f} ms wall, "
          f"{base_cpu_end * 1000:.0f} ms CPU; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
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
