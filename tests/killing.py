"""Helpers of the crash tests: run ``actorgraph load`` in a subprocess and SIGKILL it at
chosen moments; read a graph's state as a small fingerprint."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def write_inputs(folder: Path, actors: int, per_actor: int, prefix: str = "X") -> list[Path]:
    """An actors CSV and a relations CSV (two files: a load is atomic over all of them)."""
    a, r = folder / "actors.csv", folder / "rels.csv"
    with a.open("w") as f:
        f.write("id,name,kind\n")
        for i in range(actors):
            f.write(f"{prefix}{i:05d},Actor {i},state\n")
    with r.open("w") as f:
        f.write("source,type,target,date,evidence,confidence\n")
        for i in range(actors):
            for j in range(1, per_actor + 1):
                f.write(f"{prefix}{i:05d},SUPPORTS,{prefix}{(i + j) % actors:05d},"
                        f"2024-01-0{j % 9 + 1},said so {i} {j},0.{j % 9 + 1}\n")
    return [a, r]


def load_args(store: str, paths: list[Path]) -> list[str]:
    """The arguments of ``actorgraph`` for the load the crash tests run."""
    return ["load", "-q", "--no-catalogue", "--store", store, *map(str, paths)]


def load_command(store: str, paths: list[Path]) -> list[str]:
    return [sys.executable, "-m", "actorgraph", *load_args(store, paths)]


def run_load(store: str, paths: list[Path], env: dict | None = None) -> tuple[float, str]:
    """Run a load to its end: (seconds, combined output); fails on a non-zero exit."""
    t = time.monotonic()
    res = subprocess.run(load_command(store, paths), capture_output=True, text=True,
                         env=env, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    return time.monotonic() - t, res.stdout + res.stderr


def load_in_process(store: str, paths: list[Path], env: dict | None = None) -> str:
    """What :func:`run_load` does, in this process (``actorgraph load`` through click's
    test runner, with ``env`` set meanwhile): the same command without the ~0.5-1.5 s of
    a new interpreter, for the reruns after a kill. Fails on a non-zero exit."""
    from click.testing import CliRunner

    from actorgraph.cli.main import cli

    res = CliRunner().invoke(cli, load_args(store, paths), env=env)
    assert res.exit_code == 0, (res.output, res.exception)
    return res.output


def _wait_for(proc: subprocess.Popen, marker: Path) -> float:
    """Wait until ``marker`` exists (or the process ends); the seconds waited."""
    t = time.monotonic()
    while not marker.exists() and proc.poll() is None:
        time.sleep(0.002)
    return time.monotonic() - t


def run_load_timed(store: str, paths: list[Path], marker: Path) -> tuple[float, float]:
    """Run a load to its end: (seconds until ``marker`` appeared, seconds after that)."""
    proc = subprocess.Popen(load_command(store, paths), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    before = _wait_for(proc, marker)
    t = time.monotonic()
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    return before, time.monotonic() - t


def kill_load_after(store: str, paths: list[Path], seconds: float,
                    env: dict | None = None, marker: Path | None = None) -> int | None:
    """Start a load and SIGKILL it ``seconds`` after its start, or after ``marker``
    appeared (a file the load creates); its exit code if it ended first."""
    proc = subprocess.Popen(load_command(store, paths), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    if marker is not None:
        _wait_for(proc, marker)
    try:
        return proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def fingerprint(store) -> tuple[int, int, int]:
    s = store.stats()
    return s.actors, s.relations, s.evidence
