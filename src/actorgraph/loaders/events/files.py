"""Finding event files: named files, glob patterns, folders and zip archives.

A zip archive (GDELT ships ``20220301.export.CSV.zip``) is read member by member: each
member is copied to a temporary folder once (streamed, so memory stays small) before the
engine scans it. Gzipped files are scanned as they are.

>>> from pathlib import Path
>>> event_file_of(Path("no-such-file.tab")) is None
True
"""

from __future__ import annotations

import contextlib
import functools
import glob
import gzip
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import LoaderError
from actorgraph.loaders.events.formats import EVENT_SUFFIXES, sniff_format


@dataclass(frozen=True)
class EventFile:
    """One event file: where it is, its format and its first line (the header, if any)."""

    path: Path
    format: str
    first_line: str
    member: str | None = None  # the member of a zip archive
    size: int = 0

    @property
    def label(self) -> str:
        """How messages name it: ``file.zip:member`` or the path."""
        return f"{self.path}:{self.member}" if self.member else str(self.path)


def _first_line(fh) -> str:
    raw = fh.readline(1 << 16)
    return raw.decode("utf-8", errors="replace")


def _stem_suffix(path: Path) -> str:
    name = path.name.lower()
    for outer in (".zip", ".gz"):
        if name.endswith(outer):
            name = name[: -len(outer)]
    return Path(name).suffix


def event_file_of(path: Path) -> EventFile | None:
    """The :class:`EventFile` of ``path`` if it holds event data (zip: its first member)."""
    files = event_files_in(path)
    return files[0] if files else None


def event_files_in(path: Path) -> list[EventFile]:
    """Event files in ``path``: itself, or the event members of a zip archive."""
    if not path.is_file() or _stem_suffix(path) not in EVENT_SUFFIXES:
        return []
    name = path.name.lower()
    try:
        if name.endswith(".zip"):
            out = []
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.is_dir() or _stem_suffix(Path(info.filename)) not in EVENT_SUFFIXES:
                        continue
                    with zf.open(info) as fh:
                        line = _first_line(fh)
                    fmt = sniff_format(Path(info.filename), line)
                    if fmt:
                        out.append(EventFile(path, fmt, line, info.filename, info.file_size))
            return out
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rb") as fh:
            line = _first_line(fh)
    except (OSError, zipfile.BadZipFile, EOFError):
        return []
    fmt = sniff_format(path, line)
    return [EventFile(path, fmt, line, None, path.stat().st_size)] if fmt else []


def expand_event_paths(paths: Iterable[str | Path]) -> list[EventFile]:
    """Event files named by ``paths``: files, glob patterns (``data/*.CSV.zip``) and
    folders (searched recursively). A named file that holds no event data is an error;
    other files in folders are passed over."""
    out: list[EventFile] = []
    for raw in paths:
        text = str(raw)
        p = Path(text)
        if p.is_dir():  # the one folder rule (hidden files and folders skipped)
            from actorgraph.loaders.formats import find_files

            for f in find_files([p], "events"):
                out.extend(event_files_in(f))
        elif p.is_file():
            found = event_files_in(p)
            if not found:
                raise LoaderError(
                    "not an event file this version reads", path=text,
                    hint="actorgraph reads ICEWS .tab, GDELT 1.0/2.0 exports (.CSV, .CSV.zip) "
                    "and POLECAT .txt files (see docs/events.md)")
            out.extend(found)
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise LoaderError(f"no file matches {text!r}", hint="check the pattern")
            out.extend(expand_event_paths(matches))
        else:
            raise LoaderError(f"no such file or folder: {text}",
                              hint="check the path (and the current folder)")
    seen: set[tuple[Path, str | None]] = set()
    unique = []
    for f in out:
        if (f.path, f.member) not in seen:
            seen.add((f.path, f.member))
            unique.append(f)
    return unique


@contextlib.contextmanager
def scannable(files: list[EventFile]) -> Iterator[list[str]]:
    """Paths the engine can scan for ``files``: zip members copied to a temporary folder
    (removed afterwards), everything else as it is."""
    tmp: tempfile.TemporaryDirectory | None = None
    out = []
    try:
        for i, f in enumerate(files):
            if f.member is None:
                out.append(str(f.path))
                continue
            if tmp is None:
                tmp = tempfile.TemporaryDirectory(prefix="actorgraph-events-")
            target = Path(tmp.name) / f"{i:06d}-{Path(f.member).name}"
            with zipfile.ZipFile(f.path) as zf, zf.open(f.member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            out.append(str(target))
        yield out
    finally:
        if tmp is not None:
            tmp.cleanup()


@functools.lru_cache(maxsize=1024)
def _format_at(path: str, mtime_ns: int, size: int) -> str | None:
    found = event_file_of(Path(path))
    return None if found is None else found.format


def event_format(path: Path) -> str | None:
    """The event format of ``path`` (``icews``, ``gdelt2``, …) or None: read once per file
    version, however many registry entries ask."""
    try:
        st = path.stat()
    except OSError:
        return None
    return _format_at(str(path), st.st_mtime_ns, st.st_size)


def is_icews(path: Path) -> bool:
    """Sniffer of the format registry (:mod:`actorgraph.loaders.formats`)."""
    return event_format(path) == "icews"


def is_gdelt2(path: Path) -> bool:
    """Sniffer of the format registry."""
    return event_format(path) == "gdelt2"


def is_gdelt1(path: Path) -> bool:
    """Sniffer of the format registry."""
    return event_format(path) == "gdelt1"


def is_gdelt1_nourl(path: Path) -> bool:
    """Sniffer of the format registry."""
    return event_format(path) == "gdelt1-nourl"


def is_polecat(path: Path) -> bool:
    """Sniffer of the format registry."""
    return event_format(path) == "polecat"
