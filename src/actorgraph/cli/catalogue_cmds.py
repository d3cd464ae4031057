"""``actorgraph actors [SEARCH]`` and ``actorgraph catalogue validate [PATH]``.

Both are thin: ``actors`` calls :meth:`Catalogue.search`, ``catalogue validate`` calls
:func:`validate_catalogue`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from actorgraph.cli.common import handle_errors
from actorgraph.cli.output import echo_rows, safe_text
from actorgraph.graph.vocabulary import ActorKind, Bloc

COLUMNS = ["id", "kind", "bloc", "name", "country", "matched", "form", "lang"]


def _rows(search: str | None, kind: str | None, bloc: str | None) -> list[dict[str, str]]:
    from actorgraph.loaders.reference import load_catalogue

    cat = load_catalogue()
    found = cat.search(search) if search else [(a, None) for a in cat.actors.values()]
    want_kind = ActorKind.parse(kind) if kind else None
    want_bloc = Bloc.parse(bloc) if bloc else None
    rows = []
    for actor, entry in found:
        if want_kind and actor.kind is not want_kind:
            continue
        if want_bloc and actor.bloc is not want_bloc:
            continue
        rows.append({
            "id": actor.id,
            "kind": actor.kind.value,
            "bloc": actor.bloc.value,
            "name": actor.name,
            "country": actor.country or "",
            "matched": entry.text if entry else (actor.id if search else ""),
            "form": entry.form if entry else ("id" if search else ""),
            "lang": entry.lang if entry else "",
        })
    return rows


def register(cli: click.Group) -> None:
    """Add ``actors`` and ``catalogue validate`` to the ``actorgraph`` command."""

    @cli.command("actors")
    @click.argument("search", required=False)
    @click.option("--kind", type=click.Choice([k.value for k in ActorKind]),
                  help="Only actors of this kind.")
    @click.option("--bloc", type=click.Choice([b.value for b in Bloc]),
                  help="Only actors in this bloc.")
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                  default="table", show_default=True, help="Output format.")
    @handle_errors
    def actors(search: str | None, kind: str | None, bloc: str | None, fmt: str) -> None:
        """List the reference catalogue's actors, or those matching SEARCH.

        \b
        SEARCH is matched against every name, alias, adjective, demonym and capital in
        English and Dutch (case and accents ignored); the `matched` column says which
        alias matched. Examples:
          actorgraph actors Oekraïense
          actorgraph actors --kind organisation
          actorgraph actors --bloc russia_and_supporters --format csv
        """
        rows = _rows(search, kind, bloc)
        cols = COLUMNS if search or fmt != "table" else COLUMNS[:5]
        echo_rows(cols, [[r[c] for c in cols] for r in rows], fmt)
        if search and not rows:
            sys.exit(1)

    group = cli.commands.get("catalogue")
    if not isinstance(group, click.Group):

        @cli.group("catalogue")
        def group() -> None:
            """Check the reference catalogue (states, organisations, persons, offices)."""

    @group.command("validate")
    @click.argument("path", required=False, type=click.Path(path_type=Path, exists=True))
    @handle_errors
    def validate(path: Path | None) -> None:
        """Check the catalogue data: the package's, a data folder, or one edited file.

        \b
        Reports every duplicate id, alias pointing to two actors in one language,
        overlapping terms of one office, unknown actor, bad date or bloc that contradicts
        a membership, each with the file and line to fix, and exits with status 2.
        """
        from actorgraph.loaders.reference import validate_catalogue

        problems = validate_catalogue(path)
        for problem in problems:
            click.echo(f"Error: {safe_text(str(problem))}", err=True)
        if problems:
            click.echo(f"{len(problems)} problem(s) in the catalogue", err=True)
            sys.exit(2)
        click.echo(f"catalogue OK: {path or 'package data'}")
