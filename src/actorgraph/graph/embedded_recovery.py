"""Why an embedded graph cannot be opened, and bringing one with a torn log back.

LadybugDB keeps committed work in a write-ahead log (``<graph>.wal``) until a checkpoint
writes it into the database file. A process killed (or a disk that filled up) while it
wrote leaves the log torn, and LadybugDB then refuses to open the graph at all
(``Checksum verification failed, the WAL file is corrupted``) instead of replaying it up
to the tear. actorgraph checkpoints after every write transaction (one per load), so the
log only ever holds the work that was in flight when the process died: moving it aside
returns the graph to its last committed state. :func:`repair` does that, keeping a copy
of the torn log next to the graph (``<graph>.wal.torn-<time>``); a store opened for
writing does it by itself.

>>> explain_open_error("/g.lbdb", "Storage exception: Checksum verification failed, "
...                    "the WAL file is corrupted.", read_only=True).hint.split(";")[0]
'run `actorgraph repair --store /g.lbdb` (it keeps a copy of the log)'
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import StoreUnavailable


def _warn(message: str, *args: object) -> None:
    """``logging`` is imported only when there is something to say (its import, with
    traceback and string, was ~5% of a named query's start-up)."""
    import logging

    logging.getLogger("actorgraph").warning(message, *args)

TORN_LOG = "the WAL file is corrupted"


def wal_path(path: str | Path) -> Path:
    """The write-ahead log of the graph file ``path``."""
    return Path(f"{path}.wal")


def is_torn_log(message: str) -> bool:
    """Whether an open error says the write-ahead log is torn."""
    return TORN_LOG in message or "Checksum verification failed" in message


def explain_open_error(path: str | Path, message: str, *, read_only: bool) -> StoreUnavailable:
    """The error to show for a graph LadybugDB would not open: what is really wrong, and
    the fix (one line each)."""
    path = Path(path)
    low = message.lower()
    where = f"cannot open the embedded graph at {path}"
    if is_torn_log(message):
        return StoreUnavailable(
            f"{where}: its write-ahead log is torn (a write was interrupted: killed, "
            "crashed or out of disk space)",
            hint=f"run `actorgraph repair --store {path}` (it keeps a copy of the log); "
            "the graph returns to its last committed state",
        )
    if "not a valid" in low and "database file" in low:
        return StoreUnavailable(
            f"{where}: the file is not an actorgraph/LadybugDB graph",
            hint="point --store at a graph (or at a new path to create one)",
        )
    if "read-only file system" in low or _read_only_fs(path):
        return StoreUnavailable(
            f"{where}: the file system is read-only",
            hint="open it read-only (stats, query without --write) or copy the graph to a "
            "writable place",
        )
    if "checkpoint" in low or "wal" in low and read_only:
        return StoreUnavailable(
            f"{where}: it has committed work not yet written into the file, which only a "
            f"writable open can finish ({message})",
            hint=f"run `actorgraph repair --store {path}` (or any command that writes)",
        )
    if "lock" in low:
        return StoreUnavailable(
            f"{where}: another process holds it open for writing ({message})",
            hint="close the other actorgraph process (or notebook) and try again, or use "
            "another --store path",
        )
    if "permission" in low or not os.access(path if path.exists() else path.parent, os.R_OK):
        return StoreUnavailable(f"{where}: permission denied ({message})",
                                hint="check the file's owner and mode")
    return StoreUnavailable(
        f"{where}: {message}",
        hint="another actorgraph process may hold it open; close it and try again, "
        "or use another --store path",
    )


def _read_only_fs(path: Path) -> bool:
    probe = path if path.exists() else path.parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except OSError:
        return False


@dataclass
class RepairReport:
    """What :func:`repair` found and did."""

    path: str
    state: str  # "healthy" | "repaired" | "restored"
    kept: str | None = None

    def describe(self) -> str:
        if self.state == "healthy":
            return f"{self.path} opens cleanly; nothing to repair"
        if self.state == "restored":
            return (f"{self.path}: an interrupted load was undone; the graph is back as it "
                    f"was before it (the interrupted files are in {self.kept}); run the "
                    "load again")
        return (
            f"{self.path}: the torn write-ahead log was moved aside to {self.kept}; the "
            "graph is back at its last committed state"
        )


def _opens(path: Path) -> str | None:
    """None if LadybugDB opens the graph for writing, else its error message."""
    from actorgraph.graph.embedded_values import import_ladybug

    ladybug = import_ladybug()

    try:
        db = ladybug.Database(str(path))
    except RuntimeError as exc:
        return str(exc)
    try:
        conn = ladybug.Connection(db)
        conn.execute("CHECKPOINT")
        conn.close()
    finally:
        db.close()
    return None


def move_log_aside(path: str | Path) -> Path:
    """Keep a copy of the torn log of ``path`` next to it and remove the log."""
    wal = wal_path(path)
    kept = Path(f"{wal}.torn-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    try:
        shutil.copy2(wal, kept)
        wal.unlink()
    except OSError as exc:
        hint = "free some space, then try again" if exc.errno == errno.ENOSPC else (
            "check that the folder is writable")
        raise StoreUnavailable(f"cannot move the torn log {wal} aside: {exc.strerror}",
                               hint=hint) from None
    _warn("actorgraph: the write-ahead log of %s was torn by an interrupted write; "
                "moved it to %s (the graph is at its last committed state)", path, kept)
    return kept


def repair(path: str | Path) -> RepairReport:
    """Bring an embedded graph whose log is torn back to its last committed state.

    A graph that opens is left alone; any other open error is raised, explained.

    >>> import tempfile
    >>> from actorgraph.graph.embedded_store import EmbeddedStore
    >>> p = tempfile.mkdtemp() + "/g.lbdb"
    >>> EmbeddedStore(p).close()
    >>> _ = wal_path(p).write_bytes(b"torn" * 64)
    >>> repair(p).state
    'repaired'
    >>> repair(p).state
    'healthy'
    """
    path = Path(path).expanduser()
    if not path.exists() and not before_load_path(path).exists():
        raise StoreUnavailable(f"no graph at {path}", hint="check --store / ACTORGRAPH_STORE")
    if load_running(path):
        raise StoreUnavailable(f"a load into {path} is running",
                               hint="wait until it has finished")
    restored = restore_before_load(path)
    if restored is not None:
        return RepairReport(str(path), "restored", str(restored))
    problem = _opens(path)
    if problem is None:
        return RepairReport(str(path), "healthy")
    if not is_torn_log(problem) or not wal_path(path).exists():
        raise explain_open_error(path, problem, read_only=False)
    kept = move_log_aside(path)
    problem = _opens(path)
    if problem is not None:
        raise explain_open_error(path, problem, read_only=False)
    return RepairReport(str(path), "repaired", str(kept))


# -- the before-load copy: a load is all or nothing even across a kill ----------------
#
# LadybugDB's own recovery cannot be trusted with a write killed while it is checkpointed:
# relations that went in with COPY were lost on replay (1050 actors of a load kept, its
# 4,000 relations gone) — an in-between state. So an atomic block (one load) first copies
# the checkpointed file to ``<graph>.before-load`` and holds a lock on
# ``<graph>.load-lock``; the copy is removed once the load is committed and checkpointed.
# A copy found with its lock free means the write died: the next writable open (or
# ``actorgraph repair``) puts the copy back. A reader that finds the lock held (a load is
# running) reads the copy: it sees the graph as it was before the load, never half of it.

SIDE_FILES = (".wal", ".shadow", ".wal.checkpoint", ".checkpoint.apply.lock",
              ".checkpoint.intent.lock")


def before_load_path(path: str | Path) -> Path:
    return Path(f"{path}.before-load")


def load_lock_path(path: str | Path) -> Path:
    """The file a writer locks for one atomic block; it appears when a load's write begins.

    >>> load_lock_path("/data/g.lbdb").name
    'g.lbdb.load-lock'
    """
    return Path(f"{path}.load-lock")


class LoadGuard:
    """Held by a writer for one atomic block: the lock, then the copy of the file."""

    def __init__(self, path: str | Path) -> None:
        import fcntl

        self.path = Path(path)
        self._lock = open(load_lock_path(path), "a+")  # noqa: SIM115 - held until release
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise StoreUnavailable(
                f"another actorgraph process is loading into {path}",
                hint="wait until it has finished, then load again (loads are atomic)",
            ) from None
        copy = before_load_path(path)
        tmp = Path(f"{copy}.tmp")
        try:
            shutil.copyfile(self.path, tmp)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, copy)
        except OSError as exc:
            with _suppress():
                tmp.unlink()
            self.release(keep=False)
            hint = "free some space (a load needs room for a copy of the graph)" if (
                exc.errno == errno.ENOSPC) else "check that the folder is writable"
            raise StoreUnavailable(f"cannot prepare the load into {path}: {exc.strerror}",
                                   hint=hint) from None

    def release(self, keep: bool = False) -> None:
        """Drop the copy (the load is committed and checkpointed) and the lock; with
        ``keep``, leave the copy (the store could not roll back by itself)."""
        import fcntl

        if not keep:
            with _suppress():
                before_load_path(self.path).unlink()
        with _suppress():
            fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()


def _suppress():
    import contextlib

    return contextlib.suppress(OSError)


def load_running(path: str | Path) -> bool:
    """Whether another process holds the load lock of ``path`` right now."""
    import fcntl

    lock = load_lock_path(path)
    if not lock.exists():
        return False
    try:
        with open(lock, "a+") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(f, fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def restore_before_load(path: str | Path) -> Path | None:
    """If a load into ``path`` died, put the copy taken before it back (the files of the
    interrupted write are kept in ``<graph>.interrupted-<time>/``); returns that folder."""
    path = Path(path)
    copy = before_load_path(path)
    if not copy.exists() or load_running(path):
        return None
    kept = Path(f"{path}.interrupted-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    kept.mkdir()
    for suffix in ("", *SIDE_FILES):
        f = Path(f"{path}{suffix}")
        if f.exists():
            os.replace(f, kept / f.name)
    os.replace(copy, path)
    _warn("actorgraph: a load into %s was interrupted; the graph is back as it was "
                "before it (the interrupted files are in %s); run the load again", path, kept)
    return kept
