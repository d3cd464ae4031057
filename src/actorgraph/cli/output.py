"""The one output helper of the CLI: tables, CSV, JSON and JSON lines, safe and streamed.

Every command that prints rows comes here, so these rules hold everywhere:

- **Safe for a terminal.** Stored text may hold escape sequences (``\\x1b[2J``), other
  control characters and bidi overrides (U+202E turns "exe.txt" into "txt.exe" on
  screen). Tables always show them escaped (``\\x1b``, ``\\u202e``); JSON writes them as
  ``\\u`` escapes (the same data, still valid JSON); CSV, which has no escapes, shows
  them escaped when it goes to a terminal and writes the exact text to a file or pipe.
- **Streamed.** Rows are written as they are formatted, never gathered into one string;
  a table of more than :data:`RICH_ROWS` rows is written as plain aligned lines (widths
  from its first rows) instead of being laid out as a whole.

Example
-------
>>> safe_text("evil\\x1b[2J \\u202eexe.txt")
'evil\\\\x1b[2J \\\\u202eexe.txt'
>>> print("\\n".join(iter_rows(["a", "b"], [[1, "x,y"]], "csv")))
a,b
1,"x,y"
>>> print("\\n".join(iter_rows(["a"], [["\\u202e"]], "jsonl")))
{"a": "\\u202e"}
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import click

#: the formats :func:`iter_rows` writes
OUTPUT_FORMATS = ("table", "csv", "json", "jsonl")
#: tables up to this many rows are laid out by rich; longer ones are streamed plain
RICH_ROWS = 2000
#: rows a streamed table measures its column widths on, and the widest column it draws
_SAMPLE, _MAX_WIDTH = 200, 60

# C0 and C1 control characters (tab and newline too: a cell stays on its line), DEL,
# and the invisible characters that reorder or hide text: bidi marks, embeddings,
# overrides and isolates, zero-width characters, line and paragraph separators.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def safe_text(text: str) -> str:
    """``text`` with every character that could act on a terminal written as an escape."""
    return _UNSAFE.sub(_escape, text)


#: what json.dumps leaves raw of the unsafe characters (it escapes C0 itself; a raw
#: newline in its output is layout)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _json_safe(text: str) -> str:
    """JSON text with the unsafe characters as ``\\u`` escapes (valid JSON, same data)."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cell(value: Any) -> str:
    """A value as the text of one cell (lists and dicts as JSON, floats short)."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def to_terminal() -> bool:
    """Whether standard output is a terminal (then CSV is escaped too)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def iter_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: str = "table",
    *,
    title: str | None = None,
    terminal: bool | None = None,
    borders: bool = True,
) -> Iterator[str]:
    """The lines (or, for a rich table, one block) of ``rows`` in format ``fmt``.

    ``terminal`` says whether CSV goes to a terminal (default: :func:`to_terminal`);
    ``borders=False`` draws a table without its box lines.
    """
    if fmt == "json":
        yield from _iter_json(columns, rows)
    elif fmt == "jsonl":
        for row in rows:
            yield _json_safe(json.dumps(dict(zip(columns, row)), ensure_ascii=False,
                                        default=str))
    elif fmt == "csv":
        clean = safe_text if (to_terminal() if terminal is None else terminal) else str
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="")
        writer.writerow([clean(c) for c in columns])
        yield buf.getvalue()
        for row in rows:
            buf.seek(0)
            buf.truncate()
            writer.writerow([clean(cell(v)) for v in row])
            yield buf.getvalue()
    elif fmt == "table":
        yield from _iter_table(columns, rows, title, borders)
    else:
        raise ValueError(f"unknown output format {fmt!r}; known: {', '.join(OUTPUT_FORMATS)}")


def _iter_json(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """A JSON list, one element per chunk (chunks joined by newlines, as echo writes them)."""
    pending = None
    for row in rows:
        text = json.dumps(dict(zip(columns, row)), ensure_ascii=False, indent=2, default=str)
        if pending is None:
            yield "["
        else:
            yield pending + ","
        pending = _json_safe("\n".join("  " + line for line in text.splitlines()))
    if pending is None:
        yield "[]"
    else:
        yield pending
        yield "]"


def _iter_table(columns: Sequence[str], rows: Iterable[Sequence[Any]],
                title: str | None, borders: bool = True) -> Iterator[str]:
    rows = rows if isinstance(rows, list) else list(rows)
    if len(rows) <= RICH_ROWS:
        yield render_table(columns, [[cell(v) for v in row] for row in rows], title,
                           borders=borders)
        return
    # Long: plain aligned lines, streamed; widths from the first rows, longer cells cut.
    head = [[safe_text(cell(v)) for v in row] for row in rows[:_SAMPLE]]
    widths = [min(_MAX_WIDTH, max([len(c)] + [len(r[i]) for r in head if i < len(r)]))
              for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths)
        ).rstrip()

    if title:
        yield safe_text(title)
    yield line([safe_text(c) for c in columns])
    yield "  ".join("-" * w for w in widths)
    for row in rows:
        yield line([safe_text(cell(v)) for v in row])
    yield f"({len(rows):,} rows)"


#: characters one terminal cell wide that rich lays out as one cell too (ASCII and the
#: Latin-1 and Latin Extended letters of actor names; no combining marks, no soft hyphen)
_NARROW = re.compile("[\x20-\x7e\xa0-\xac\xae-\u024f]*")


def _boxed_table(columns: Sequence[str], rows: Sequence[Sequence[str]],
                 width: int) -> str | None:
    """The table rich draws (heavy head, no colour, no title) when every cell is narrow
    text on one line and the whole fits in ``width``: drawn here, because importing rich
    cost more than a named query on a small store (CLI start-up); ``None`` for rich to
    lay it out. tests/unit/test_output_table.py checks the two agree."""
    texts = [[safe_text(str(v)) for v in row] for row in rows]
    head = [safe_text(c) for c in columns]
    if not head or any(len(r) != len(head) for r in texts):
        return None
    if not all(_NARROW.fullmatch(t) for t in (*head, *(c for r in texts for c in r))):
        return None
    widths = [max([len(h)] + [len(r[i]) for r in texts]) for i, h in enumerate(head)]
    if sum(widths) + 3 * len(widths) + 1 > width:
        return None

    def rule(left: str, fill: str, mid: str, right: str) -> str:
        return left + mid.join(fill * (w + 2) for w in widths) + right

    def line(edge: str, values: Sequence[str]) -> str:
        return edge + edge.join(f" {v.ljust(w)} " for v, w in zip(values, widths)) + edge

    out = [rule("┏", "━", "┳", "┓"), line("┃", head), rule("┡", "━", "╇", "┩")]
    out += [line("│", r) for r in texts]
    out.append(rule("└", "─", "┴", "┘"))
    return "\n".join(out)


def _rich_table(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int,
                borders: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    extra: dict[str, Any] = {} if borders else {"box": None, "pad_edge": False}
    table = Table(show_lines=False, header_style="bold", **extra)
    for c in columns:
        table.add_column(safe_text(c), overflow="fold")
    for row in rows:
        table.add_row(*(safe_text(str(v)) for v in row))
    console = Console(file=io.StringIO(), width=width, no_color=True, emoji=False,
                      markup=False, highlight=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]


#: :data:`_NARROW` and the box-drawing characters tables are drawn with
_NARROW_OR_BOX = re.compile("[\x20-\x7e\xa0-\xac\xae-\u024f\u2500-\u257f]*")


def _cells(text: str) -> int:
    """Terminal cells of ``text`` (as rich counts them)."""
    if _NARROW_OR_BOX.fullmatch(text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _title_line(title: str, table: str) -> str:
    """The title centred over the table as rich centres it; a title wider than the table
    on its own line, whole (rich would wrap it into a column of fragments)."""
    room = _cells(table.split("\n", 1)[0]) - _cells(title)
    if room < 0:
        return title
    return " " * (room // 2) + title + " " * (room - room // 2)


def render_table(columns: Sequence[str], rows: Sequence[Sequence[str]],
                 title: str | None = None, *, borders: bool = True) -> str:
    """A plain-text table laid out as rich lays it out (no colour), every cell
    terminal-safe; small tables of narrow text are drawn without importing rich.

    >>> print(render_table(["actor", "n"], [["Türkiye", "3"]]))
    ┏━━━━━━━━━┳━━━┓
    ┃ actor   ┃ n ┃
    ┡━━━━━━━━━╇━━━┩
    │ Türkiye │ 3 │
    └─────────┴───┘
    """
    width = max(100, min(200, _term_width()))
    out = _boxed_table(columns, rows, width) if borders else None
    if out is None:
        out = _rich_table(columns, rows, width, borders)
    if title:
        out = _title_line(safe_text(title), out) + "\n" + out
    if not rows:
        out += "\n(no rows)"
    return out


def _term_width() -> int:
    return shutil.get_terminal_size((120, 20)).columns


def echo_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str = "table",
              *, title: str | None = None, borders: bool = True) -> None:
    """Write ``rows`` to standard output as they are formatted (see :func:`iter_rows`)."""
    for chunk in iter_rows(columns, rows, fmt, title=title, borders=borders):
        # color=True: click would strip what looks like ANSI codes when not writing to a
        # terminal, changing the data; what goes to a terminal is escaped already
        click.echo(chunk, color=True)
