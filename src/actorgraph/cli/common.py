"""What every command shares: the ``--store`` option, error handling, output formats."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from actorgraph.cli.output import OUTPUT_FORMATS, echo_rows, iter_rows, render_table, safe_text
from actorgraph.errors import ActorGraphError

if TYPE_CHECKING:
    from actorgraph.graph.store import QueryResult

#: the environment variable naming the store (as :data:`actorgraph.graph.store.STORE_ENV`)
STORE_ENV = "ACTORGRAPH_STORE"

__all__ = ["OUTPUT_FORMATS", "echo_result", "format_result", "handle_errors", "parse_params",
           "paused_gc", "render_table", "store_option"]

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


@contextlib.contextmanager
def paused_gc() -> Any:
    """Python's cycle collector off for the block (a read that ends with the command).

    The collector ran again and again over the objects of the modules a named query
    imports (the registry, the store, LadybugDB) and over the rows it builds, none of
    them garbage: 17 ms of CPU in 68 collections for ``query --named supporters-of`` on
    the demo graph (``gc.callbacks``), 4 ms with the block (the collections of the
    imports before it). At its end the objects still alive are frozen (``gc.freeze``:
    later collections skip them; refcounting still frees them), so the collector does
    not make up for the pause by walking them all once more; cyclic garbage made in the
    block stays until the process ends.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


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
            click.echo(f"Error: {safe_text(str(exc))}", err=True)  # names may hold escapes
            sys.exit(exc.exit_code)

    return wrapper


def format_result(result: QueryResult, fmt: str, *, title: str | None = None) -> str:
    """A query result as text: a table, CSV, a JSON list, or JSON lines (terminal-safe;
    see :mod:`actorgraph.cli.output`, which also streams it: :func:`echo_result`)."""
    return "\n".join(iter_rows(result.columns, result.rows, fmt, title=title))


def echo_result(result: QueryResult, fmt: str, *, title: str | None = None) -> None:
    """Write a query result to standard output as it is formatted."""
    echo_rows(result.columns, result.rows, fmt, title=title)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("target=RUS", "n=3")`` → ``{"target": "RUS", "n": "3"}``."""
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="-p/--param")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out
