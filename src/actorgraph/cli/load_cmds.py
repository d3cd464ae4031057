"""``actorgraph load``: files and folders into the graph (curated YAML/CSV, documents,
event data), all read and checked before the store is opened.

Example
-------
>>> import click
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['load']
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from actorgraph.cli.common import handle_errors, store_option
from actorgraph.cli.events_cmds import event_options, options_from
from actorgraph.cli.output import safe_text


def register(cli: click.Group) -> None:
    """Add ``load`` to the ``actorgraph`` command."""
    cli.add_command(load)


def _load_help() -> str:
    from actorgraph.loaders.formats import FORMATS, suffix_list

    lines = "\n".join(f"  {' '.join(f.suffixes):<17} {f.description}" for f in FORMATS
                       if f.kind == "records")
    events = f"{suffix_list('events')} (ICEWS, GDELT, POLECAT; by content)"
    return (
        "Load files or folders into the graph (format detected from each file).\n\n"
        f"\b\n{lines}\n  documents         {suffix_list('document')}\n"
        f"  event data        {events}\n                    (see `actorgraph events --help`)\n\n"
        "Folders are read recursively; hidden files and folders (.name) are skipped. "
        "Loading the same thing twice changes nothing. A bad curated file stops the load "
        "before anything is written."
    )


@click.command(help=_load_help())
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--catalogue", "with_catalogue", is_flag=True,
              help="Also load the whole reference catalogue: states, organisations, "
              "persons, dated memberships and offices.")
@click.option("--no-catalogue", is_flag=True,
              help="Do not take unknown actor ids from the reference catalogue.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the documents (default: detected per document).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@event_options
@handle_errors
def load(paths: tuple[Path, ...], store_spec: str | None, with_catalogue: bool,
         no_catalogue: bool, lang: str | None, quiet: bool, **event_kw) -> None:
    """Load files or folders into the graph (help text: :func:`_load_help`)."""
    from actorgraph.cli.progress import progress_hook
    from actorgraph.graph.store import open_store
    from actorgraph.loaders.pipeline import (
        atomic,
        load_catalogue_into,
        load_paths,
        read_inputs,
    )

    if not paths and not with_catalogue:
        raise click.UsageError("name files or folders to load, or pass --catalogue")
    from actorgraph.cli.store_guard import no_empty_store

    with progress_hook(disable=quiet) as hook:
        # everything is read and checked before the store is opened: a bad input leaves
        # the store (even one that does not exist yet) as it was
        inputs = (read_inputs(paths, lang=lang, progress=hook, events=options_from(event_kw))
                  if paths else None)
        with no_empty_store(store_spec), open_store(store_spec) as store, atomic(store):
            if with_catalogue:
                summary = load_catalogue_into(store)
                click.echo(f"reference catalogue: {summary.describe()}")
            if inputs is None:
                return
            report = load_paths(store, inputs, use_catalogue=not no_catalogue,
                                progress=hook)
    click.echo(f"{report.describe()} (store: {store.location})")
    for problem in report.problems:
        click.echo(f"skipped: {safe_text(str(problem))}", err=True)
    if report.problems:
        click.echo(f"{len(report.problems)} file(s) could not be loaded; the rest were.",
                   err=True)
        sys.exit(1)
