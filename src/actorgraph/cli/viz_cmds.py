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
    from actorgraph.graph.store import open_store
    from actorgraph.viz.selection import select_graph

    with open_store(store, read_only=True) as st:
        actors, relations, documents = st.actors(), st.relations(), st.documents()
    actors, relations = select_graph(
        actors,
        relations,
        types=_split(types) or None,
        blocs=_split(blocs) or None,
        min_confidence=min_confidence,
    )
    return actors, relations, documents


@click.command("viz")
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("actorgraph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--title", default="actorgraph", show_default=True, help="Page title.")
@filter_options
@handle_errors
def viz_command(
    store_spec: str | None,
    output: Path,
    title: str,
    types: tuple[str, ...],
    blocs: tuple[str, ...],
    min_confidence: float,
) -> None:
    """Write the graph as an interactive HTML page that works offline.

    Actors are coloured by bloc, relations by type; hover for a summary, click for the
    evidence, filter by type, bloc and confidence in the side panel.

    Example: actorgraph viz -o graph.html --type SUPPORTS --type THREATENS
    """
    from actorgraph.viz.html import LARGE_VIEW, render_html

    actors, relations, documents = read_graph(
        store_spec, types=types, blocs=blocs, min_confidence=min_confidence
    )
    path = render_html(actors, relations, output, title=title, documents=documents)
    click.echo(
        f"wrote {path}: {len(actors)} actors, {len(relations)} relations; "
        "open it in a browser (it needs no network)"
    )
    if len(actors) > LARGE_VIEW[0] or len(relations) > LARGE_VIEW[1]:
        click.echo(
            "note: a view this large is slow to lay out and hard to read; narrow it with "
            "--type, --bloc or --min-confidence",
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
