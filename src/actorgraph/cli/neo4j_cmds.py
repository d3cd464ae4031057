"""CLI commands for Neo4j: ``push`` (copy a graph into Neo4j), ``neo4j-server``
(start, stop, status, env of the local server of ``scripts/neo4j-local.sh``) and
``browser-guide`` (the Neo4j Browser guide of the named queries, written or served).

Each command calls one library function (:func:`actorgraph.graph.store.push`,
:mod:`actorgraph.viz.browser_guide`) or the script; an
:class:`~actorgraph.errors.ActorGraphError` becomes ``Error: …`` on stderr and its exit code.

Example
-------
>>> import click
>>> from click.testing import CliRunner
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['browser-guide', 'neo4j-server', 'push']
>>> result = CliRunner().invoke(cli, ["push", "--store", "/nonexistent/g.lbdb"], env={
...     "NEO4J_URI": ""})
>>> result.exit_code, result.output.strip()
(4, 'Error: push needs a Neo4j to copy into; give --to bolt://HOST:7687 or set NEO4J_URI \
(scripts/neo4j-local.sh env prints it)')
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from actorgraph.cli.common import handle_errors, store_option
from actorgraph.config import neo4j_settings
from actorgraph.errors import StoreUnavailable

#: where the local-server script lives in a source checkout
SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "neo4j-local.sh"


def register(cli: click.Group) -> None:
    """Add ``push``, ``neo4j-server`` and ``browser-guide`` to the command group."""
    cli.add_command(push)
    cli.add_command(neo4j_server)
    cli.add_command(browser_guide)


@click.command()
@store_option
@click.option(
    "--to",
    "target",
    metavar="URI",
    help="The Neo4j to copy into: bolt://HOST:7687, neo4j://HOST:7687, neo4j+s://… "
    "(default: $NEO4J_URI; user, password, database from NEO4J_USERNAME, NEO4J_PASSWORD, "
    "NEO4J_DATABASE).",
)
@click.option("--fresh", is_flag=True, help="Empty the Neo4j database first.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def push(store_spec: str | None, target: str | None, fresh: bool, quiet: bool) -> None:
    """Copy the graph (default: the embedded one) into Neo4j.

    Pushing is an upsert: pushing again adds nothing, and relations already in Neo4j get
    the new evidence merged into their provenance. Afterwards every command works on
    Neo4j with --store neo4j (or --store bolt://…).

    \b
    Examples:
      eval "$(scripts/neo4j-local.sh env)"; actorgraph push
      actorgraph push --store my-graph.lbdb --to bolt://127.0.0.1:7687 --fresh
    """
    from actorgraph.cli.progress import progress_hook
    from actorgraph.graph.store import is_neo4j_spec, open_store
    from actorgraph.graph.store import push as push_graph

    spec = target or ("neo4j" if neo4j_settings().uri else None)
    if spec is None:
        raise StoreUnavailable(
            "push needs a Neo4j to copy into",
            hint="give --to bolt://HOST:7687 or set NEO4J_URI "
            "(scripts/neo4j-local.sh env prints it)",
        )
    if not is_neo4j_spec(spec):
        raise StoreUnavailable(
            f"--to {spec} is not a Neo4j URI", hint="use bolt://HOST:7687 or neo4j://HOST:7687"
        )
    with open_store(store_spec, read_only=True) as source, open_store(spec) as dest:
        if fresh:
            dest.clear()
        total = source.stats().relations
        with progress_hook(disable=quiet) as hook:
            done = 0

            def progress(n: int) -> None:
                nonlocal done
                done += n
                if hook:
                    hook("pushing", done, total)

            summary = push_graph(source, dest, progress=progress)
        stats = dest.stats()
    click.echo(
        f"pushed {source.location} into {dest.location}: {summary.describe()}; "
        f"Neo4j now holds {stats.actors} actors, {stats.relations} relations, "
        f"{stats.documents} documents"
    )


@click.group("neo4j-server")
def neo4j_server() -> None:
    """Run a local Neo4j 5.26 without Docker (scripts/neo4j-local.sh; Java 17 + Maven).

    \b
    Ports and password from NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
    NEO4J_PASSWORD (actorgraph-test); heap from NEO4J_HEAP (512m).
    """


def _run_script(*args: str) -> None:
    if not SCRIPT.is_file():
        raise StoreUnavailable(
            f"no {SCRIPT.name} next to this actorgraph (it lives in the source checkout, "
            "scripts/neo4j-local.sh)",
            hint="run it from a clone of the repository, or use `docker compose up -d`",
        )
    import subprocess  # here: every command's start-up would pay for it

    code = subprocess.call(["bash", str(SCRIPT), *args])
    if code:
        sys.exit(code)


@neo4j_server.command()
@handle_errors
def start() -> None:
    """Fetch Neo4j if needed, start it on 127.0.0.1 and wait until Bolt answers."""
    _run_script("start")


@neo4j_server.command()
@handle_errors
def stop() -> None:
    """Stop the local server."""
    _run_script("stop")


@neo4j_server.command()
@handle_errors
def status() -> None:
    """Say whether the local server runs and answers (exit 1 when it does not run)."""
    _run_script("status")


@neo4j_server.command()
@handle_errors
def env() -> None:
    """Print `export NEO4J_URI=…` lines: eval "$(actorgraph neo4j-server env)"."""
    _run_script("env")


@click.command("browser-guide")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the guide to this HTML file.")
@click.option("--serve", is_flag=True,
              help="Serve the guide and the style on 127.0.0.1 (with CORS) until Ctrl+C.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port for --serve (0: any free port).")
@handle_errors
def browser_guide(output: Path | None, serve: bool, port: int) -> None:
    """A Neo4j Browser guide of the named queries: one slide per query, runnable.

    With -o it writes the HTML file; with --serve it serves the guide at /guide.html and
    the style at /actorgraph.grass, and prints the :style and :play commands to paste
    into the Browser. The Browser fetches only from hosts in
    browser.remote_content_hostname_whitelist (scripts/neo4j-local.sh allows 127.0.0.1
    and localhost).

    \b
    Examples:
      actorgraph browser-guide -o guide.html
      actorgraph browser-guide --serve            # then in the Browser: :play <url>
    """
    from actorgraph.viz.browser_guide import make_guide_server, render_guide

    if output is None and not serve:
        raise click.UsageError("give -o FILE to write the guide, or --serve to serve it")
    if output is not None:
        path = render_guide(output)
        click.echo(f"wrote {path}; serve it with CORS from a whitelisted host and "
                   f":play its URL in the Neo4j Browser")
    if not serve:
        return
    server = make_guide_server("127.0.0.1", port)
    click.echo(f"serving the guide at {server.guide_url} and the style at "
               f"{server.grass_url}; paste into the Neo4j Browser:")
    for command in server.browser_commands():
        click.echo(f"  {command}")
    click.echo("Ctrl+C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
