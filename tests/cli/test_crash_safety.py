"""Issue 12, items 1-3 and 13: a load killed at any point, or stopped by a full disk,
leaves the embedded graph in its old or its new state, never in between; it opens
(after `repair` where needed) and a rerun completes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.errors import StoreUnavailable
from actorgraph.graph.embedded_recovery import (
    before_load_path,
    load_lock_path,
    repair,
    wal_path,
)
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.loaders.pipeline import load_paths
from killing import fingerprint, kill_load_after, run_load, run_load_timed, write_inputs

#: kills before the write begins (during start-up and parsing), kills timed from the moment
#: the write takes its lock (spread over 1.3x the write: the machine's speed varies), and
#: one load let finish (two before and ten during: each point costs a load's start-up)
KILL_BEFORE, KILL_DURING = 2, 10


def _state(path: str) -> tuple[int, int, int]:
    """The graph's fingerprint as a reader sees it; a graph no reader can open is
    repaired first (as a user would: `actorgraph repair`)."""
    try:
        with EmbeddedStore(path, read_only=True) as s:
            return fingerprint(s)
    except StoreUnavailable as exc:
        assert "repair" in (exc.hint or ""), exc
        repair(path)
        with EmbeddedStore(path, read_only=True) as s:
            return fingerprint(s)


@pytest.mark.slow
def test_a_load_killed_at_13_points_leaves_the_old_or_the_new_graph(tmp_path):
    (tmp_path / "old").mkdir()
    old_inputs = write_inputs(tmp_path / "old", 40, 2, prefix="OLD")
    new_inputs = write_inputs(tmp_path, 150, 4)
    base = str(tmp_path / "base.lbdb")
    run_load(base, old_inputs)
    with EmbeddedStore(base, read_only=True) as s:
        old = fingerprint(s)
    full = str(tmp_path / "full.lbdb")
    shutil.copy(base, full)
    # most of a load's time is the interpreter starting; the kills that matter land in
    # the write, so they are timed from the moment it takes its lock
    start, write = run_load_timed(full, new_inputs, load_lock_path(full))
    with EmbeddedStore(full, read_only=True) as s:
        new = fingerprint(s)
    assert new == (old[0] + 150, old[1] + 600, old[2] + 600)

    points = [(start * (i + 0.5) / KILL_BEFORE, False) for i in range(KILL_BEFORE)]
    points += [(1.3 * write * (i + 0.5) / KILL_DURING, True) for i in range(KILL_DURING)]
    points.append((60.0, False))  # let finish
    seen = []
    for i, (at, in_write) in enumerate(points):
        graph = str(tmp_path / f"k{i}.lbdb")
        shutil.copy(base, graph)
        rc = kill_load_after(graph, new_inputs, at,
                             marker=load_lock_path(graph) if in_write else None)
        mid_write = before_load_path(graph).exists() or wal_path(graph).exists()
        state = _state(graph)
        where = f"{at:.2f}s after {'the write began' if in_write else 'the start'}"
        assert state in (old, new), f"killed {where}: {state}, neither {old} nor {new}"
        seen.append((where, rc, mid_write, "old" if state == old else "new"))
        # a rerun (which opens for writing: an interrupted load is undone first) completes
        with EmbeddedStore(graph) as store:
            load_paths(store, new_inputs, use_catalogue=False)
            assert fingerprint(store) == new, seen[-1]
        for f in tmp_path.glob(f"k{i}.lbdb*"):
            shutil.rmtree(f) if f.is_dir() else f.unlink()
    print("kill points (when, exit, mid-write, state):", seen)
    # the kills landed on both sides of the commit, and several inside the write
    assert any(s[3] == "old" for s in seen) and any(s[3] == "new" for s in seen), seen
    assert sum(1 for s in seen if s[2]) >= 3, seen


def test_a_reader_during_a_load_sees_the_graph_before_it(tmp_path, monkeypatch):
    """The before-load copy is what a read-only open reads while a load runs (lock held)."""
    from actorgraph.graph.embedded_recovery import LoadGuard

    (tmp_path / "old").mkdir()
    graph = str(tmp_path / "g.lbdb")
    with EmbeddedStore(graph) as store:
        load_paths(store, write_inputs(tmp_path / "old", 5, 1), use_catalogue=False)
        old = fingerprint(store)
        with store.atomic():
            load_paths(store, write_inputs(tmp_path, 30, 2, prefix="Y"), use_catalogue=False)
            with EmbeddedStore(graph, read_only=True) as reader:
                assert fingerprint(reader) == old
        assert fingerprint(store) == (35, 65, 65)
    assert not before_load_path(graph).exists()
    # a second writer is told a load is running
    with EmbeddedStore(graph) as store:
        guard = LoadGuard(graph)
        try:
            with pytest.raises(StoreUnavailable, match="another actorgraph process is loading"):
                EmbeddedStore(graph)
        finally:
            guard.release()


def test_a_torn_log_is_explained_and_repaired(tmp_path):
    graph = str(tmp_path / "g.lbdb")
    with EmbeddedStore(graph) as store:
        load_paths(store, write_inputs(tmp_path, 5, 1), use_catalogue=False)
        before = fingerprint(store)
    wal_path(graph).write_bytes(b"\x00torn" * 100)
    runner = CliRunner()
    res = runner.invoke(cli, ["stats", "--store", graph])
    assert res.exit_code != 0
    assert "write-ahead log is torn" in res.output and "actorgraph repair" in res.output
    assert "another actorgraph process" not in res.output
    res = runner.invoke(cli, ["repair", "--store", graph])
    assert res.exit_code == 0, res.output
    assert "moved aside" in res.output
    assert list(tmp_path.glob("g.lbdb.wal.torn-*"))  # a copy of the log is kept
    with EmbeddedStore(graph, read_only=True) as s:
        assert fingerprint(s) == before
    assert "nothing to repair" in runner.invoke(cli, ["repair", "--store", graph]).output
    # a writable open repairs by itself
    wal_path(graph).write_bytes(b"\x00torn" * 100)
    with EmbeddedStore(graph) as s:
        assert fingerprint(s) == before


def test_open_errors_say_what_is_wrong(tmp_path):
    not_db = tmp_path / "notes.lbdb"
    not_db.write_bytes(b"hello world" * 500)
    with pytest.raises(StoreUnavailable, match="not an actorgraph/LadybugDB graph"):
        EmbeddedStore(not_db)
    # a pending checkpoint needs a writable open, and the message says so
    graph = tmp_path / "g.lbdb"
    EmbeddedStore(graph).close()
    Path(f"{graph}.wal.checkpoint").write_bytes(b"")
    Path(f"{graph}.checkpoint.intent.lock").write_bytes(b"")
    Path(f"{graph}.shadow").write_bytes(b"")
    try:
        EmbeddedStore(graph, read_only=True).close()
    except StoreUnavailable as exc:
        assert "writable open" in exc.message and "repair" in exc.hint
        assert "another actorgraph process" not in str(exc)


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                         capture_output=True, text=True)
    return res.returncode == 0


def _need_mount(ok: bool, reason: str) -> None:
    if not ok:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"the disk-full test needs a tmpfs mount in CI: {reason}")
        pytest.skip(f"cannot mount a small tmpfs here ({reason})")


@pytest.mark.slow
def test_a_full_disk_ends_with_a_clear_error_and_the_old_graph(tmp_path, monkeypatch):
    from actorgraph.loaders import pipeline

    disk = tmp_path / "disk"
    _need_mount(_mount_tmpfs(disk, "12m"), "mount -t tmpfs failed or not root")
    try:
        (tmp_path / "old").mkdir()
        graph = str(disk / "g.lbdb")
        monkeypatch.setattr(pipeline, "SPACE_MARGIN", 0)  # the small old graph fits
        with EmbeddedStore(graph) as store:
            load_paths(store, write_inputs(tmp_path / "old", 20, 1, prefix="OLD"),
                       use_catalogue=False)
            old = fingerprint(store)
        monkeypatch.undo()
        big = write_inputs(tmp_path, 4000, 5)
        # 1. the free-space check refuses the load up front, with the fix
        res = CliRunner().invoke(cli, ["load", "-q", "--no-catalogue", "--store", graph,
                                       *map(str, big)])
        assert res.exit_code != 0, res.output
        assert "not enough free space" in res.output and "--store" in res.output
        # 2. past the check (as if the disk filled up during the load): the write fails
        # part-way, and the graph opens in its old state
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free
        room = Path(graph).stat().st_size + 1_500_000  # the before-load copy fits
        filler.write_bytes(b"\0" * max(0, free - room))
        code = ("import sys, actorgraph.loaders.pipeline as p; p.SPACE_MARGIN = 0; "
                "p.SPACE_FACTOR = 0; from actorgraph.cli.main import cli; "
                "cli(prog_name='actorgraph')")
        res2 = subprocess.run(
            [sys.executable, "-c", code, "load", "-q", "--no-catalogue", "--store", graph,
             *map(str, big)], capture_output=True, text=True, timeout=300)
        assert res2.returncode != 0, res2.stdout + res2.stderr
        filler.unlink()
        with EmbeddedStore(graph) as store:  # a writable open undoes what was left
            assert fingerprint(store) == old, res2.stderr[-500:]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


@pytest.mark.slow
def test_a_read_only_file_system_gets_its_own_message(tmp_path):
    """A graph on a file system mounted read-only (a real tmpfs remounted ro): reading
    works, writing says the file system is read-only (not "another process"), and so
    does a new store under a missing folder of that file system."""
    disk = tmp_path / "disk"
    _need_mount(_mount_tmpfs(disk, "64m"), "mount -t tmpfs failed or not root")
    try:
        graph = str(disk / "g.lbdb")
        with EmbeddedStore(graph) as store:
            load_paths(store, write_inputs(tmp_path, 20, 1), use_catalogue=False)
            before = fingerprint(store)
        res = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True,
                             text=True)
        _need_mount(res.returncode == 0, res.stderr.strip())
        runner = CliRunner()
        stats = runner.invoke(cli, ["stats", "--format", "json", "--store", graph])
        assert stats.exit_code == 0, stats.output
        for args in (["load", "-q", "--no-catalogue", "--store", graph,
                      str(tmp_path / "actors.csv")],
                     ["query", "--write", "--store", graph,
                      "MATCH (a:Actor) SET a.name = 'x'"],
                     ["load", "-q", "--no-catalogue", "--store", str(disk / "new" / "g.lbdb"),
                      str(tmp_path / "actors.csv")]):
            res = runner.invoke(cli, args)
            assert res.exit_code != 0, res.output
            assert "the file system is read-only" in res.output, res.output
            assert "another" not in res.output and "Traceback" not in res.output
        with EmbeddedStore(graph, read_only=True) as store:
            assert fingerprint(store) == before
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
