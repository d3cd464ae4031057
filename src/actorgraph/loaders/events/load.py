"""Event files into a store: aggregate, turn dyads into relations, write.

:func:`events_batch` is what ``actorgraph load`` calls for the event files among its
inputs (the pipeline adds the catalogue actors the relations name and writes everything
in one go); :func:`load_events` does the same on its own.

>>> from actorgraph.graph.store import open_store                     # doctest: +SKIP
>>> with open_store("/tmp/g.lbdb") as store:                           # doctest: +SKIP
...     summary = load_events(store, ["events.2018.sample.tab"])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from actorgraph.graph.model import GraphBatch
from actorgraph.graph.store import GraphStore, WriteSummary
from actorgraph.loaders.events.aggregate import (
    EventOptions,
    EventProgress,
    EventSummary,
    aggregate_events,
)
from actorgraph.loaders.events.files import EventFile
from actorgraph.loaders.events.relations import dyads_to_columns, dyads_to_relations


def events_batch(
    paths: Iterable[str | Path] | list[EventFile],
    options: EventOptions | None = None,
    progress: EventProgress | None = None,
) -> tuple[GraphBatch, EventSummary]:
    """The relations of event files (no actors: the caller takes them from the catalogue),
    and the summary of what was read, kept and skipped."""
    result = aggregate_events(paths, options, progress)
    relations = dyads_to_relations(result.dyads, result.mapping.confidence)
    return GraphBatch(relations=relations), result.summary


def events_input(
    paths: Iterable[str | Path] | list[EventFile],
    options: EventOptions | None = None,
    progress: EventProgress | None = None,
):
    """The relations of event files as a curated ``ParsedInput`` (columns for the bulk
    write, and the actor ids they name for the catalogue), and the summary."""
    from actorgraph.loaders.curated import ParsedInput

    result = aggregate_events(paths, options, progress)
    columns = dyads_to_columns(result.dyads, result.mapping.confidence)
    where = {}
    for rtype in columns.types():
        for end in ("s", "t"):
            where.update(dict.fromkeys(columns.by_type[rtype][end], 0))
    parsed = ParsedInput(path=Path(result.summary.files[0] if result.summary.files else "events"),
                         columns=columns, where=where)
    return parsed, result.summary


def load_events(
    store: GraphStore,
    paths: Iterable[str | Path],
    options: EventOptions | None = None,
    progress: Callable[[str, int, int | None], None] | None = None,
) -> tuple[WriteSummary, EventSummary]:
    """Aggregate event files and write the relations (and their actors, from the
    reference catalogue) into ``store``; nothing is written if reading fails."""
    from actorgraph.loaders.pipeline import load_paths

    report = load_paths(store, paths, events=options, progress=progress)
    assert report.events is not None
    return report.summary, report.events
