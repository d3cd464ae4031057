"""What every command shares: the ``--store`` option, error handling, output formats."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from actorgraph.errors import ActorGraphError
from actorgraph.graph.store import STORE_ENV, QueryResult

OUTPUT_FORMATS = ("table", "csv", "json", "jsonl")

store_option = click.option(
    "--store",
    "store_spec",
    envvar=STORE_ENV,
    metavar="PATH|URI",
    help=(
        "Where the graph lives: a folder for the embedded database, or a neo4j:// / "
        "bolt:// URI (or `neo4j` to use NEO4J_URI). Default: $ACTORGRAPH_STORE, else "
        "~/.local/share/actorgraph/graph.lbdb."
    ),
)


def handle_errors(fn: Callable) -> Callable:
    """Turn an :class:`ActorGraphError` into ``Error: …`` on stderr and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ActorGraphError as exc:
            ctx = click.get_current_context(silent=True)
            if ctx is not None and ctx.find_root().params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_result(result: QueryResult, fmt: str, *, title: str | None = None) -> str:
    """A query result as text: a table, CSV, a JSON list, or JSON lines."""
    records = result.records()
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2, default=str)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in records)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for row in result.rows:
            w.writerow([_cell(v) for v in row])
        return buf.getvalue().rstrip("\n")
    return render_table(result.columns, [[_cell(v) for v in row] for row in result.rows], title)


def render_table(columns: list[str], rows: list[list[str]], title: str | None = None) -> str:
    """A plain-text table (rich when the terminal is wide enough, plain otherwise)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=max(100, min(200, _term_width())),
                      no_color=True, emoji=False)
    console.print(table)
    out = console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]
    if not rows:
        out += "\n(no rows)"
    return out


def _term_width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 20)).columns


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("target=RUS", "n=3")`` → ``{"target": "RUS", "n": "3"}``."""
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="-p/--param")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out
