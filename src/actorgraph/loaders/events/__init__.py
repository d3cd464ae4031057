"""Event data (ICEWS, GDELT 1.0/2.0, POLECAT) into weighted, dated relations.

- :mod:`.formats`: the file formats and how they are told apart;
- :mod:`.files`: files, globs, folders and zip archives;
- :mod:`.mapping`: event codes → relation types, event actors → catalogue ids (a YAML
  file the user can copy and override with ``--mapping``);
- :mod:`.sql`: the grouping statement (DuckDB, Spark SQL, BigQuery);
- :mod:`.aggregate`: :func:`aggregate_events`, the whole path to a dyads table;
- :mod:`.spark`: the same on PySpark (the ``spark`` extra);
- :mod:`.relations`: dyads → relations with one piece of evidence per period and kind;
- :mod:`.load`: :func:`events_batch` / :func:`load_events` for ``actorgraph load``.

See docs/events.md.
"""

from actorgraph.loaders.events.aggregate import (
    DYAD_COLUMNS,
    EventAggregation,
    EventOptions,
    EventSummary,
    aggregate_events,
)
from actorgraph.loaders.events.files import EventFile, event_file_of, expand_event_paths
from actorgraph.loaders.events.mapping import EventMapping, default_mapping_text, load_mapping
from actorgraph.loaders.events.relations import dyads_to_relations

__all__ = [
    "DYAD_COLUMNS",
    "EventAggregation",
    "EventFile",
    "EventMapping",
    "EventOptions",
    "EventSummary",
    "aggregate_events",
    "default_mapping_text",
    "dyads_to_relations",
    "event_file_of",
    "expand_event_paths",
    "load_mapping",
]
