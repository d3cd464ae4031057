"""``actorgraph analyze``: centrality, communities against blocs, derived blocs
(:func:`actorgraph.queries.analysis.analyze`).

>>> import click
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['analyze']
"""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from actorgraph.cli.common import handle_errors, render_table, store_option


def format_report(report, top: int) -> str:
    """The report as text: top actors per type, communities, derived blocs."""
    when = f"as of {report.as_of}" if report.as_of else "all relations"
    lines = [f"{report.edges} relations ({when})", ""]
    by_type: dict[str, list] = {}
    for c in report.centrality:
        by_type.setdefault(c.type, []).append(c)
    for rtype, rows in by_type.items():
        shown = [r for r in rows if r.degree][:top]
        if not shown:
            continue
        lines.append(render_table(
            ["actor", "degree", "in", "out", "betweenness", "pagerank"],
            [[f"{r.name} ({r.id})", str(r.degree), str(r.in_strength), str(r.out_strength),
              f"{r.betweenness:.3f}", f"{r.pagerank:.3f}"] for r in shown],
            f"Centrality: {rtype} (top {len(shown)} by PageRank)"))
    comm = report.communities
    if comm.communities:
        rows = [[label, comm.majority[label], str(len(m)), ", ".join(m)]
                for label, m in comm.communities.items()]
        lines.append(render_table(["community", "majority bloc", "actors", "members"], rows,
                                  "Communities of the cooperation network "
                                  "(SUPPORTS, PARTNERS_WITH, MEMBER_OF)"))
        lines.append(f"agreement with the declared blocs: {comm.agreement:.0%} of actors in "
                     f"their community's majority bloc; Rand index {comm.rand:.2f}")
        if comm.differ:
            lines.append(render_table(
                ["actor", "declared bloc", "community", "community's bloc"],
                [list(d) for d in comm.differ], "Actors whose bloc differs from their community"))
    moved = [b for b in report.blocs if b.derived is not None]
    if moved:
        rows = [[f"{b.name} ({b.id})", b.declared, b.derived, "yes" if b.differs else "",
                 b.basis] for b in moved]
        lines.append(render_table(["actor", "declared", "derived", "differs", "basis"], rows,
                                  f"Derived blocs as of {report.as_of or 'today'}"))
    if report.written:
        lines.append(f"wrote degree, strength, betweenness, pagerank, community and "
                     f"derived_bloc on {report.written} actors")
    return "\n".join(lines)


def register(cli: click.Group) -> None:
    """Add ``analyze`` to the ``actorgraph`` command."""

    @cli.command("analyze")
    @store_option
    @click.option("--as-of", "as_of", metavar="DATE",
                  help="Only relations that held on this date (YYYY-MM-DD, YYYY-MM, YYYY).")
    @click.option("--type", "types", multiple=True, metavar="TYPE",
                  help="Only these relation types (repeatable or comma-separated).")
    @click.option("--top", type=click.IntRange(1), default=10, show_default=True,
                  help="Actors shown per relation type.")
    @click.option("--write", is_flag=True,
                  help="Store the results as actor properties (degree, in_strength, "
                  "out_strength, betweenness, pagerank, community, derived_bloc).")
    @click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]),
                  default="text", show_default=True)
    @handle_errors
    def analyze(store_spec: str | None, as_of: str | None, types: tuple[str, ...], top: int,
                write: bool, fmt: str) -> None:
        """Who is central, which communities form, and which blocs the evidence gives.

        \b
        Per relation type: degree, weighted in/out strength (evidence counts),
        betweenness and PageRank; communities of the cooperation network against the
        declared blocs; blocs derived from MEMBER_OF NATO/EU, SUPPORTS into Russia and
        PARTNERS_WITH NATO as of the date. Examples:
          actorgraph analyze --as-of 2024-03-07
          actorgraph analyze --type SUPPORTS --top 5
          actorgraph analyze --write        (the views can then size by pagerank)
        """
        from actorgraph.graph.store import open_store
        from actorgraph.queries.analysis import analyze as run

        wanted = ",".join(types) or None
        with open_store(store_spec, read_only=not write) as store:
            report = run(store, as_of=as_of, types=wanted, write=write)
        if fmt == "json":
            click.echo(json.dumps(asdict(report), ensure_ascii=False, indent=2))
        else:
            click.echo(format_report(report, top))
