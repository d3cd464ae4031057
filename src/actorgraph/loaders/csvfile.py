"""The one CSV reader with line numbers: curated actors and relations and the catalogue.

Rules every CSV input follows, written once:

- UTF-8 (a byte-order mark is allowed); elsewhere an error at the line of the bad byte.
- Only ``\\n``, ``\\r`` and ``\\r\\n`` end a row: a value may hold U+2028, a form feed or
  a quoted line break (``str.splitlines()`` would break a value at U+2028).
- The header names each column once: a repeated column is refused with both positions,
  never silently "the last one wins".
- Each row comes with the line it starts on; a syntax error names the line it is on (an
  unclosed quote: the line where the quote opened), never the line before.

Example
-------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = p.write_text('id,name\\nNLD,"line one\\u2028line two"\\n', encoding="utf-8")
>>> table = read_csv(p)
>>> table.header, [(line, values) for line, values in table.rows]
(['id', 'name'], [(2, ['NLD', 'line one\\u2028line two'])])
>>> _ = p.write_text("source,type,target,source\\n", encoding="utf-8")
>>> read_csv(p)
Traceback (most recent call last):
...
actorgraph.errors.LoaderError: ...t.csv line 1: column 'source' appears twice in the \
header (columns 1 and 4); remove or rename one of them
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import ActorGraphError, LoaderError
from actorgraph.loaders.rows import MAX_TEXT_CHARS as MAX_FIELD_CHARS


@dataclass
class CsvTable:
    """A CSV file's header and its rows as ``(line where the row starts, values)``."""

    path: Path
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]


def decode_utf8(data: bytes, path: Path | str, error: type[ActorGraphError] = LoaderError) -> str:
    """``data`` as UTF-8 text (a BOM dropped), or ``error`` at the line of the bad byte.

    >>> decode_utf8("a\\nb\\xe2\\n".encode("cp1252"), "x.csv")
    Traceback (most recent call last):
    ...
    actorgraph.errors.LoaderError: x.csv line 2: the file is not UTF-8 text (it looks like \
...): byte 0xe2 cannot be read; re-save it as UTF-8 (in Excel: 'CSV UTF-8'; or iconv -f cp1252 \
-t utf-8)
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        from actorgraph.loaders.documents.encoding import legacy_decode

        found = legacy_decode(data)  # (only on this error path: the import is not light)
        encoding = found[1] if found else ""
        guess = f" (it looks like {encoding})" if encoding else ""
        raise error(
            f"the file is not UTF-8 text{guess}: byte 0x{data[exc.start]:02x} cannot be read",
            path=str(path),
            line=line,
            hint="re-save it as UTF-8 (in Excel: 'CSV UTF-8'; "
                 f"or iconv -f {encoding or 'cp1252'} -t utf-8)",
        ) from None


def read_text(path: Path, error: type[ActorGraphError] = LoaderError) -> str:
    """A file's text as UTF-8, or ``error`` saying where it is not (or that it is missing)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise error("no such file", path=str(path), hint="check the path") from None
    except OSError as exc:
        raise error(f"cannot read the file: {exc.strerror or exc}", path=str(path)) from None
    return decode_utf8(data, path, error)


def check_header(header: list[str], path: Path | str,
                 error: type[ActorGraphError] = LoaderError) -> None:
    """Refuse a header that names a column twice, naming both positions."""
    first: dict[str, int] = {}
    for i, name in enumerate(header, start=1):
        key = name.strip().lower()
        if key in first:
            raise error(
                f"column {name.strip()!r} appears twice in the header "
                f"(columns {first[key]} and {i})",
                path=str(path), line=1, hint="remove or rename one of them",
            )
        first[key] = i


def header_of(first_line: str) -> list[str] | None:
    """The column names (stripped, lower-cased) of a CSV header line; None if unreadable.

    >>> header_of(' Source ,TYPE,"target"\\n')
    ['source', 'type', 'target']
    """
    try:
        return [h.strip().lower() for h in next(csv.reader([first_line]), [])]
    except csv.Error:
        return None


def read_csv(
    path: Path,
    *,
    text: str | None = None,
    lower: bool = True,
    error: type[ActorGraphError] = LoaderError,
) -> CsvTable:
    """Open a CSV file (or its ``text``) by the rules of this module.

    Header names are stripped (and lower-cased with ``lower=True``). Rows are read
    lazily: a syntax error is raised, as ``error`` with its line, while iterating.
    """
    if text is None:
        text = read_text(path, error)
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        raw = next(reader)
    except StopIteration:
        raise error("the file is empty", path=str(path), line=1,
                    hint="add a header line") from None
    except csv.Error as exc:
        raise error(f"CSV syntax error: {exc}", path=str(path), line=1) from None
    header = [h.strip().lower() if lower else h.strip() for h in raw]
    check_header(header, path, error)
    return CsvTable(path, header, _rows(reader, path, error))


def _rows(reader, path: Path, error: type[ActorGraphError]) -> Iterator[tuple[int, list[str]]]:
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise csv_syntax_error(exc, path, start, reader.line_num, error) from None
        yield start, values
        start = reader.line_num + 1


def csv_syntax_error(exc: csv.Error, path: Path | str, start: int, at: int,
                     error: type[ActorGraphError] = LoaderError) -> ActorGraphError:
    """The error for a CSV syntax problem in the row starting on line ``start``, found
    on line ``at``."""
    text = str(exc)
    if "unexpected end of data" in text or "EOF" in text:
        return error(
            "a quoted value is not closed", path=str(path), line=start,
            hint='end it with a " (and write a " inside a value as "")',
        )
    if "field larger than field limit" in text:
        return error(
            f"a value is longer than {MAX_FIELD_CHARS:,} characters", path=str(path),
            line=start, hint="split it, or check for a quote that is not closed",
        )
    return error(f"CSV syntax error: {text}", path=str(path), line=max(at, start),
                 hint='quote a value that holds a comma or a " (write a " inside it as "")')
