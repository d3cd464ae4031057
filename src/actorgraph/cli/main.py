"""The ``actorgraph`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns an
:class:`~actorgraph.errors.ActorGraphError` into a message and an exit code
(``--debug`` shows the traceback instead).
"""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph import __version__
from actorgraph.cli.common import (
    OUTPUT_FORMATS,
    STORE_HELP,
    echo_result,
    format_result,
    handle_errors,
    parse_params,
    paused_gc,
    render_table,
    store_option,
)
from actorgraph.cli.lazy import LazyGroup
from actorgraph.cli.output import safe_text


def open_store(*args, **kwargs):
    """:func:`actorgraph.graph.store.open_store`, imported when a command needs it."""
    from actorgraph.graph.store import open_store as _open

    return _open(*args, **kwargs)

EPILOG = """\b
Start here:
  actorgraph demo                        build the founding report's graph and view
  actorgraph load FILE_OR_FOLDER…        add curated YAML/CSV or documents
  actorgraph query --named supporters-of -p target=RUS
  actorgraph viz -o graph.html           interactive view that works offline
"""


#: the commands of other modules, imported when run (:mod:`actorgraph.cli.lazy`): name ->
#: (module, the first paragraph of its help, as ``--help`` lists it)
LAZY = {
    "actors": ("actorgraph.cli.catalogue_cmds",
               "List the reference catalogue's actors, or those matching SEARCH."),
    "analyze": ("actorgraph.cli.analyze_cmds", "Who is central, which communities form, and "
                "which blocs the evidence gives."),
    "browser-guide": ("actorgraph.cli.neo4j_cmds", "A Neo4j Browser guide of the named "
                      "queries: one slide per query, runnable."),
    "browser-style": ("actorgraph.cli.viz_cmds", "Print the Neo4j Browser style (GraSS): bloc "
                      "colours, names as captions."),
    "catalogue": ("actorgraph.cli.catalogue_cmds", "Check the reference catalogue (states, "
                  "organisations, persons, offices)."),
    "evaluate": ("actorgraph.cli.extract_cmds", "Score the extractor against gold relations "
                 "(ANNOTATION.md): core and secondary precision, recall and F1 per document "
                 "and micro-averaged, with the false positives (FP) and false negatives (FN) "
                 "listed."),
    "events": ("actorgraph.cli.events_cmds", "Aggregate event files into dyads per (source, "
               "type, target, period), no store."),
    "export": ("actorgraph.cli.viz_cmds",
               "Export the graph for Gephi, yEd, Cytoscape or a spreadsheet."),
    "extract": ("actorgraph.cli.extract_cmds", "Print the relations that the documents at "
                "PATHS state, without storing them."),
    "load": ("actorgraph.cli.load_cmds",
             "Load files or folders into the graph (format detected from each file)."),
    "neo4j-server": ("actorgraph.cli.neo4j_cmds", "Run a local Neo4j 5.26 without Docker "
                     "(scripts/neo4j-local.sh; Java 17 + Maven)."),
    "push": ("actorgraph.cli.neo4j_cmds",
             "Copy the graph (default: the embedded one) into Neo4j."),
    "show": ("actorgraph.cli.show_cmds", "Everything about one actor: names, kind, bloc, "
             "memberships and offices with their dates, and its relations by type with "
             "evidence counts and dates."),
    "viz": ("actorgraph.cli.viz_cmds", "Write the graph as an interactive HTML page that "
            "works offline, or a picture."),
}


@click.group(cls=LazyGroup, lazy=LAZY,
             context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.version_option(__version__, prog_name="actorgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option("--store", "store_spec", metavar="PATH|URI", help=STORE_HELP)
def cli(debug: bool, store_spec: str | None) -> None:
    """Build and query a graph of geopolitical actors and their relations.

    Loads curated YAML/CSV, documents (Dutch and English; `actorgraph load --help` lists
    the formats) and event data into an embedded graph database (default) or Neo4j, and
    answers questions in Cypher: who supports whom, who threatens whom, who is a member
    or partner of what.
    """


@cli.command()
@click.argument("cypher", required=False)
@store_option
@click.option("--named", "-n", metavar="NAME", help="Run a named query (see `actorgraph queries`).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter (repeatable); in Cypher write $NAME.")
@click.option("--format", "-f", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
              show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to change the graph (and to "
              "write files: COPY TO, EXPORT DATABASE, extensions).")
@click.option("--allow-file-read", is_flag=True,
              help="Allow a read-only query to read files or URLs (LOAD FROM, LOAD CSV).")
@click.option("--timeout", default=None, metavar="SECONDS",
              help="Stop the query after this long, from 0.001 to 604800 (both stores; "
              "default 300, or $ACTORGRAPH_QUERY_TIMEOUT).")
@handle_errors
def query(cypher: str | None, store_spec: str | None, named: str | None,
          params: tuple[str, ...], fmt: str, write: bool, allow_file_read: bool,
          timeout: str | None) -> None:
    """Run Cypher (Neo4j dialect) or a named query; read-only unless --write.

    \b
    Examples:
      actorgraph query "MATCH (a:Actor)-[r:SUPPORTS]->(b {id:'UKR'}) RETURN a.name"
      actorgraph query --named threats-to -p target=NATO --format csv
    """
    if bool(cypher) == bool(named):
        raise click.UsageError("give either CYPHER or --named NAME (see `actorgraph queries`)")
    with paused_gc():  # the imports, the store, the rows: nothing for the collector
        _query(cypher, store_spec, named, parse_params(params), fmt, write, allow_file_read,
               timeout)


def _query(cypher: str | None, store_spec: str | None, named: str | None,
           values: dict[str, str], fmt: str, write: bool, allow_file_read: bool,
           timeout: str | None) -> None:
    from actorgraph import config
    from actorgraph.queries.registry import get_query, run_query

    seconds = config.query_timeout(timeout) if timeout is not None else None
    with open_store(store_spec, read_only=not write) as store:
        if seconds is not None:
            store.query_timeout = seconds
        store.allow_file_read = allow_file_read
        if named:
            result = run_query(store, named, values)
            title = get_query(named).title
        elif write:
            from actorgraph.loaders.pipeline import atomic  # loads the models: writes only

            with atomic(store):  # all or nothing, even across a kill
                result = store.query(cypher or "", values, write=True)
            title = None
        else:
            result = store.query(cypher or "", values)
            title = None
    echo_result(result, fmt, title=title if fmt == "table" else None)
    if not result.rows and getattr(result, "hint", None):
        click.echo(f"hint: {result.hint}", err=True)


@cli.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def queries(fmt: str) -> None:
    """List the named queries with their parameters."""
    import json

    from actorgraph.queries.registry import list_queries

    qs = list_queries()
    if fmt == "json":
        click.echo(json.dumps([
            {"name": q.name, "title": q.title, "description": q.description,
             "params": {p.name: {"type": p.type, "default": p.default} for p in q.params},
             "cypher": q.cypher} for q in qs], indent=2))
        return
    rows = [[q.name, q.title, " ".join(f"{p.name}={p.default}" for p in q.params)] for q in qs]
    click.echo(render_table(["name", "title", "parameters (defaults)"], rows))
    click.echo("\nRun one: actorgraph query --named NAME -p PARAM=VALUE")


@cli.command()
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def stats(store_spec: str | None, fmt: str) -> None:
    """Count actors (per bloc and kind), relations (per type) and documents."""
    import json

    with open_store(store_spec, read_only=True) as store:
        s = store.stats()
        location = store.location
    if fmt == "json":
        click.echo(json.dumps(s.as_dict(), indent=2))
        return
    click.echo(format_stats(s, location))


@cli.command()
@store_option
@handle_errors
def upgrade(store_spec: str | None) -> None:
    """Bring a graph built by an older actorgraph up to the current schema.

    Missing tables and properties are added and a relation's ``origins`` stored as a list
    becomes one text ("curated,icews"); nothing else is removed or changed. (Any command
    that writes, such as load, does this too.)
    """
    from actorgraph.graph.store import upgrade_store

    click.echo(f"{upgrade_store(store_spec)} is up to date")


@cli.command()
@store_option
@handle_errors
def repair(store_spec: str | None) -> None:
    """Bring a graph whose last write was interrupted back to its last committed state.

    A load killed (or a disk that filled up) while it wrote can leave the embedded graph's
    write-ahead log torn, and then nothing opens it. This moves the torn log aside (a copy
    is kept next to the graph as GRAPH.wal.torn-TIME) and opens the graph: every load that
    completed is there, the interrupted one is not (run it again). Commands that write do
    this by themselves. A healthy graph is left alone.
    """
    from actorgraph.graph.store import repair_store

    click.echo(safe_text(repair_store(store_spec)))


def format_stats(s, location: str) -> str:
    from actorgraph.graph.vocabulary import Bloc

    lines = [f"Graph at {location}",
             f"{s.actors} actors, {s.relations} relations ({s.evidence} pieces of evidence), "
             f"{s.documents} documents", ""]
    def title(bloc) -> str:  # a bloc set by hand outside the vocabulary is shown as such
        try:
            return Bloc(bloc).title
        except ValueError:
            return f"{bloc!r} (not a bloc: fix with query --write)" if bloc else "(none)"

    blocs = [[title(b), str(n)] for b, n in sorted(s.actors_per_bloc.items(),
                                                   key=lambda kv: (-kv[1], str(kv[0])))]
    lines.append(render_table(["bloc", "actors"], blocs, "Actors per bloc"))
    kinds = [[str(k), str(n)] for k, n in sorted(s.actors_per_kind.items(),
                                                key=lambda kv: (-kv[1], str(kv[0])))]
    lines.append(render_table(["kind", "actors"], kinds, "Actors per kind"))
    types = [[t, str(n)] for t, n in sorted(s.relations_per_type.items(),
                                           key=lambda kv: (-kv[1], kv[0]))]
    lines.append(render_table(["type", "relations"], types, "Relations per type"))
    if getattr(s, "other_relations", None):
        listed = ", ".join(f"{t} {n}" for t, n in sorted(s.other_relations.items()))
        lines.append(f"Also relationships of types outside the vocabulary ({safe_text(listed)}): "
                     "queries see them; stats, views and exports leave them out")
    return "\n".join(lines)


@cli.command()
@click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path),
              default=Path("actorgraph-demo"), show_default=True,
              help="Folder for the graph and the HTML view.")
@click.option("--no-extract", is_flag=True,
              help="Only the curated graph, without reading the report with the extractor.")
@handle_errors
def demo(out_dir: Path, no_extract: bool) -> None:
    """Build the founding report's graph, write its HTML view, answer three questions.

    The graph goes into a fresh embedded store in OUT/graph.lbdb; nothing else is touched.
    """
    from actorgraph.demo import run_demo

    report = run_demo(out_dir, extract=not no_extract, remember=True)
    click.echo(format_stats(report.stats, report.store))
    for a in report.answers:
        click.echo("")
        click.echo(format_result(a.result, "table", title=a.question))
        click.echo(f"  ({a.command} --store {report.store})")
    click.echo("")
    if report.html:
        click.echo(f"Interactive view: {report.html.resolve()} (open it in a browser; "
                   "works offline)")
    click.echo(
        "\nTry next:\n"
        f"  export ACTORGRAPH_STORE={report.store}\n"
        "  actorgraph queries                         the named queries\n"
        "  actorgraph query --named evidence -p source=IRN -p type=SUPPORTS -p target=RUS\n"
        "  actorgraph query \"MATCH (a:Actor)-[r]->(b:Actor {id:'UKR'}) "
        "RETURN a.name, type(r)\"\n"
        "  actorgraph load YOUR-DOCUMENTS/            add your own reports\n"
        "  actorgraph viz -o graph.html               a view of the whole graph"
    )


def main() -> None:
    """Entry point of the ``actorgraph`` script and ``python -m actorgraph``."""
    cli(prog_name="actorgraph")
