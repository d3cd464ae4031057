"""CLI commands for views and exports: ``viz``, ``export``, ``browser-style``.

Each command reads the graph from a store (``--store`` or ``$ACTORGRAPH_STORE``, opened
read-only) and calls one library function: :func:`actorgraph.viz.html.render_html`,
:func:`actorgraph.viz.export.export_graph`, :func:`actorgraph.viz.styles.grass_text`.
An :class:`~actorgraph.errors.ActorGraphError` becomes ``Error: …`` on stderr and its
exit code (``actorgraph --debug`` shows the traceback).

Example
-------
>>> import click
>>> from click.testing import CliRunner
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['browser-style', 'export', 'viz']
>>> CliRunner().invoke(cli, ["browser-style"]).output.splitlines()[0]
'node {'
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from actorgraph.cli.common import handle_errors, store_option
from actorgraph.graph.vocabulary import Bloc, RelationType

if TYPE_CHECKING:  # the model (pydantic) loads when a view is made, not at start-up
    from actorgraph.graph.model import Actor, Document, Relation


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def filter_options(func):
    """``--type``, ``--bloc`` and ``--min-confidence``, shared by ``viz`` and ``export``."""
    func = click.option(
        "--min-confidence",
        type=click.FloatRange(0.0, 1.0),
        default=0.0,
        show_default=True,
        help="Only relations at least this confident.",
    )(func)
    func = click.option(
        "--bloc",
        "blocs",
        multiple=True,
        metavar="BLOC",
        help="Only actors of this bloc and their relations (repeat, or comma-separate): "
        + ", ".join(b.value for b in Bloc) + ".",
    )(func)
    func = click.option(
        "--type",
        "types",
        multiple=True,
        metavar="TYPE",
        help="Only relations of this type (repeat, or comma-separate): "
        + ", ".join(t.value for t in RelationType) + ".",
    )(func)
    return func


def read_graph(
    store: str | None,
    *,
    types: tuple[str, ...] = (),
    blocs: tuple[str, ...] = (),
    min_confidence: float = 0.0,
) -> tuple[list[Actor], list[Relation], list[Document]]:
    """Actors, relations and documents of a store, filtered as the options say."""
    actors, relations, documents, _ = view_graph(
        store, types=types, blocs=blocs, min_confidence=min_confidence)
    return actors, relations, documents


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="-p")
        out[key.strip()] = value
    return out


def view_graph(
    store: str | None,
    *,
    types: tuple[str, ...] = (),
    blocs: tuple[str, ...] = (),
    min_confidence: float = 0.0,
    focus: str | None = None,
    depth: int = 1,
    as_of: str | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> tuple[list[Actor], list[Relation], list[Document], dict[str, dict[str, float]]]:
    """The part of a store's graph a ``viz`` command shows (filters, focus, date, query),
    and the analysis results ``actorgraph analyze --write`` left on the actors (to size
    by)."""
    from actorgraph.graph.store import open_store
    from actorgraph.queries.analytics import stored_metrics
    from actorgraph.viz import selection

    with open_store(store, read_only=True) as st:
        actors, relations, documents = st.actors(), st.relations(), st.documents()
        metrics = stored_metrics(st)
        if query:
            from actorgraph.queries.registry import run_query

            result = run_query(st, query, params or {})
            actors, relations = selection.from_query(
                actors, relations, result.columns, result.rows, also=(params or {}).values()
            )
    actors, relations = selection.select_graph(
        actors, relations, types=_split(types) or None, blocs=_split(blocs) or None,
        min_confidence=min_confidence,
    )
    if as_of:
        relations = selection.as_of(relations, as_of)
    if focus:
        actors, relations = selection.neighbourhood(actors, relations, focus, depth)
    return actors, relations, documents, metrics


@click.command("viz")
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The file to write [default: actorgraph.html, .png or .svg by --format].",
)
@click.option(
    "--format", "fmt", type=click.Choice(["html", "png", "svg"], case_sensitive=False),
    default=None,
    help="html (interactive page, the default), or a png/svg picture of the same page "
    "drawn in headless Chromium [default: from the -o suffix, else html].",
)
@click.option("--title", default="actorgraph", show_default=True, help="Page title.")
@filter_options
@click.option("--focus", metavar="ACTOR", help="Only this actor (id, name or alias) and "
              "its neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
              help="How many relations away from --focus to show.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Only relations that held on this date (YYYY-MM-DD).")
@click.option("--query", "query", metavar="NAME",
              help="Show what a named query returns (see `actorgraph queries`).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of --query (repeatable).")
@click.option("--renderer", type=click.Choice(["auto", "vis", "canvas", "sigma"]),
              default="auto", show_default=True,
              help="vis-network (small graphs), canvas (large), sigma (WebGL, needs a GPU); "
              "auto picks by size.")
@click.option("--no-bloc-layout", is_flag=True,
              help="Lay out by relations only, not with the blocs as regions.")
@handle_errors
def viz_command(
    store_spec: str | None,
    output: Path | None,
    fmt: str | None,
    title: str,
    types: tuple[str, ...],
    blocs: tuple[str, ...],
    min_confidence: float,
    focus: str | None,
    depth: int,
    as_of: str | None,
    query: str | None,
    params: tuple[str, ...],
    renderer: str,
    no_bloc_layout: bool,
) -> None:
    """Write the graph as an interactive HTML page that works offline, or a picture.

    Actors are coloured by bloc, relations by type; hover for a summary, click for the
    evidence, filter by type, bloc, origin, confidence and date in the side panel.

    Examples:

      actorgraph viz -o graph.html --type SUPPORTS --type THREATENS

      actorgraph viz -o russia.svg --focus RUS --depth 2 --as-of 2022-02-24

      actorgraph viz -o supporters.html --query supporters-of -p target=RUS
    """
    from actorgraph.viz.html import LARGE_VIEW, render_html

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in ("png", "svg") else "html"
    fmt = fmt.lower()
    output = output or Path(f"actorgraph.{fmt}")
    actors, relations, documents, metrics = view_graph(
        store_spec, types=types, blocs=blocs, min_confidence=min_confidence, focus=focus,
        depth=depth, as_of=as_of, query=query, params=_params(params),
    )
    state = {"asof": as_of} if as_of else None
    if fmt == "html":
        path = render_html(actors, relations, output, title=title, documents=documents,
                           renderer=renderer, by_bloc=not no_bloc_layout, state=state,
                           metrics=metrics)
        tail = "open it in a browser (it needs no network)"
    else:
        from actorgraph.viz.snapshot import render_image

        path = render_image(actors, relations, output, fmt, title=title, documents=documents,
                            renderer=renderer, by_bloc=not no_bloc_layout, state=state,
                            metrics=metrics)
        tail = f"a {fmt.upper()} picture of the view"
    click.echo(f"wrote {path}: {len(actors)} actors, {len(relations)} relations; {tail}")
    if len(actors) > LARGE_VIEW[0] or len(relations) > LARGE_VIEW[1]:
        click.echo(
            "note: a view this large is hard to read as a whole; narrow it with --type, "
            "--bloc, --focus or --as-of",
            err=True,
        )


@click.command("export")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "csv"], case_sensitive=False),
    default="graphml",
    show_default=True,
    help="graphml (yEd, Gephi, Cytoscape), gexf (Gephi) or csv (two files).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="File to write; for csv a folder, or a name whose stem names "
    "<stem>-actors.csv and <stem>-relations.csv.",
)
@filter_options
@handle_errors
def export_command(
    store_spec: str | None,
    fmt: str,
    output: Path,
    types: tuple[str, ...],
    blocs: tuple[str, ...],
    min_confidence: float,
) -> None:
    """Export the graph for Gephi, yEd, Cytoscape or a spreadsheet.

    Example: actorgraph export --format gexf -o graph.gexf
    """
    from actorgraph.viz.export import export_graph

    actors, relations, _ = read_graph(
        store_spec, types=types, blocs=blocs, min_confidence=min_confidence
    )
    paths = export_graph(actors, relations, output, fmt.lower())
    click.echo(
        f"wrote {', '.join(str(p) for p in paths)}: {len(actors)} actors, "
        f"{len(relations)} relations"
    )


@click.command("browser-style")
@click.option("--path", "show_path", is_flag=True, help="Print the .grass file's path instead.")
@handle_errors
def browser_style_command(show_path: bool) -> None:
    """Print the Neo4j Browser style (GraSS): bloc colours, names as captions.

    Apply it by dragging the .grass file (see --path) onto the Neo4j Browser window,
    or paste it after :style in the Browser editor; :style reset restores the default.

    Example: actorgraph browser-style > actorgraph.grass
    """
    from actorgraph.viz.styles import grass_path, grass_text

    click.echo(str(grass_path()) if show_path else grass_text(), nl=show_path)


def register(cli: click.Group) -> None:
    """Add ``viz``, ``export`` and ``browser-style`` to the main command group."""
    cli.add_command(viz_command)
    cli.add_command(export_command)
    cli.add_command(browser_style_command)
