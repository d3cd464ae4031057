"""What every command shares: the ``--store`` option, error handling, output formats."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from actorgraph.errors import ActorGraphError

if TYPE_CHECKING:
    from actorgraph.graph.store import QueryResult

#: the environment variable naming the store (as :data:`actorgraph.graph.store.STORE_ENV`)
STORE_ENV = "ACTORGRAPH_STORE"

OUTPUT_FORMATS = ("table", "csv", "json", "jsonl")

STORE_HELP = (
    "Where the graph lives: a folder for the embedded database, or a neo4j:// / "
    "bolt:// URI (or `neo4j` to use NEO4J_URI). Default: $ACTORGRAPH_STORE, else "
    "~/.local/share/actorgraph/graph.lbdb, else the graph `actorgraph demo` built last. "
    "May also be given before the command: actorgraph --store PATH stats."
)


#: commands that write: they create the default store rather than add to the demo's
_WRITERS = {"load"}


def _store_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--store`` after the command, else before it, else $ACTORGRAPH_STORE, else the
    default store if it exists, else (for commands that read) the graph the demo built
    last, said on stderr."""
    import os

    if value:
        return value
    value = ctx.find_root().params.get("store_spec")
    if value or os.environ.get(STORE_ENV):
        return value
    from actorgraph.demo import remembered_demo_store
    from actorgraph.graph.store import default_store_path

    if default_store_path().exists() or ctx.info_name in _WRITERS:
        return None
    demo = remembered_demo_store()
    if demo is not None:
        click.echo(f"(using the demo graph at {demo}; pass --store or set {STORE_ENV} "
                   "to choose another)", err=True)
    return demo


store_option = click.option(
    "--store", "store_spec", metavar="PATH|URI", help=STORE_HELP, callback=_store_value,
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
