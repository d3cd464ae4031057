"""Load files and folders into a store: detect, parse and validate everything, then write.

Nothing is written until every curated input has been read and checked, so a bad file
leaves the store as it was. Actor ids that relations name but no input defines are taken
from the reference catalogue; an id found nowhere is an error at the line that names it.
Documents in a folder are read one by one: a bad document is reported and skipped, the
rest are loaded.

>>> from actorgraph.graph.store import open_store
>>> from actorgraph.loaders.pipeline import load_paths
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
>>> _ = p.write_text("source,type,target\\nPRK,SUPPORTS,RUS\\n")
>>> with open_store(str(p.parent / "g.lbdb")) as store:
...     report = load_paths(store, [p])
...     print(report.summary.relations_added, sorted(store.actor_ids()))
1 ['PRK', 'RUS']
"""

from __future__ import annotations

import contextlib
import difflib
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import LoaderError
from actorgraph.graph.bulk import write_columns
from actorgraph.graph.model import Actor, GraphBatch
from actorgraph.graph.store import GraphStore, WriteSummary
from actorgraph.loaders import formats
from actorgraph.loaders.curated import ParsedInput, check_actor_definitions

#: called with (what, done, total) as work proceeds
ProgressHook = Callable[[str, int, int | None], None]


@dataclass
class Problem:
    """A file that could not be loaded, and why (the rest were loaded)."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.path) else (
            f"{self.path}: {self.message}"
        )


@dataclass
class LoadReport:
    """What a load did: files read, what changed, and the files that were skipped."""

    files: list[str] = field(default_factory=list)
    summary: WriteSummary = field(default_factory=WriteSummary)
    problems: list[Problem] = field(default_factory=list)
    from_catalogue: list[str] = field(default_factory=list)
    #: what the event files gave (an ``EventSummary``), when there were any
    events: Any = None

    def describe(self) -> str:
        text = f"{len(self.files)} file(s) read: {self.summary.describe()}"
        if self.from_catalogue:
            text += f"; {len(self.from_catalogue)} actors taken from the reference catalogue"
        if self.events is not None:
            text += "\nevents: " + self.events.describe().replace("\n", "\n  ")
        return text


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the loadable files under folders named: see
    :func:`actorgraph.loaders.formats.find_files` (hidden files and folders skipped)."""
    return formats.find_files(paths)


def parse_file(path: Path) -> ParsedInput:
    """Read one records input (curated YAML, actors or relations CSV, relations JSONL, …)
    with the reader the format registry names for it."""
    fmt = formats.detect(path)
    if fmt.kind != "records":
        raise LoaderError(
            f"{fmt.description} is not a curated input", path=str(path),
            hint="documents are read by load_paths",
        )
    return fmt.read(path)


def _catalogue_actor(actor_id: str) -> Actor | None:
    # (from the cache of the catalogue's actors: an event load names a few of them and
    # need not build the whole catalogue)
    from actorgraph.loaders.reference.quick import catalogue_actor

    return catalogue_actor(actor_id)


def _resolve_actors(
    store: GraphStore,
    parsed: Sequence[ParsedInput],
    extra: GraphBatch,
    use_catalogue: bool,
    report: LoadReport,
) -> list[Actor]:
    """Actors the inputs refer to but do not define, from the catalogue; else an error."""
    defined = {a.id for p in parsed for a in p.batch.actors} | {a.id for a in extra.actors}
    known = store.actor_ids() | defined
    needed: dict[str, tuple[str, int]] = {}
    for p in parsed:
        for actor_id, line in p.where.items():
            needed.setdefault(actor_id, (str(p.path), line))
    for m in extra.mentions:
        needed.setdefault(m.actor, ("(documents)", 0))
    for r in extra.relations:
        for end in (r.source, r.target):
            needed.setdefault(end, ("(documents)", 0))
    added: list[Actor] = []
    for actor_id, (path, line) in needed.items():
        if actor_id in known:
            continue
        actor = _catalogue_actor(actor_id) if use_catalogue else None
        if actor is None:
            pool = sorted(known | (_catalogue_ids() if use_catalogue else set()))
            close = difflib.get_close_matches(actor_id, pool, n=3)
            hint = f"did you mean {' or '.join(close)}? " if close else ""
            hint += "define the actor in an actors: list or actors CSV"
            if use_catalogue:
                hint += " (`actorgraph actors NAME` searches the catalogue)"
            raise LoaderError(
                f"unknown actor {actor_id!r}", path=path, line=line or None, hint=hint
            )
        added.append(actor)
        known.add(actor_id)
        report.from_catalogue.append(actor_id)
    return added


def _catalogue_ids() -> set[str]:
    from actorgraph.loaders.reference import load_catalogue

    return set(load_catalogue().actors)


def load_catalogue_into(store: GraphStore) -> WriteSummary:
    """Write the whole reference catalogue (actors, dated memberships and offices).

    Loading it again changes nothing; curated data already in the store keeps its
    names, and gains the catalogue's aliases.
    """
    from actorgraph.loaders.reference import load_catalogue

    batch = load_catalogue().batch()
    stored = {a.id: a for a in store.actors()}
    # What the store already says of an actor wins; the catalogue adds aliases and gaps.
    batch.actors = [
        a.merged(stored[a.id]) if a.id in stored else a for a in batch.actors
    ]
    return store.write(batch)


@dataclass
class ReadInputs:
    """Every input of a load, read and checked, before a store is opened."""

    files: list[Path]
    parsed: list[ParsedInput]
    extra: GraphBatch
    problems: list[Problem]
    #: what the event files gave (an ``EventSummary``), when there were any
    events: Any = None


def read_inputs(
    paths: Iterable[str | Path],
    *,
    lang: str | None = None,
    progress: ProgressHook | None = None,
    events: Any = None,
) -> ReadInputs:
    """Read and check everything ``paths`` name, without a store: curated and event files
    (the first bad one raises :class:`LoaderError`), and documents (extracted; a bad one
    is listed in ``problems``). Actors defined differently in two inputs are refused.
    Event files (ICEWS, GDELT, POLECAT) are aggregated with ``events`` (an
    ``EventOptions``; default monthly) into relations whose actors come from the catalogue.
    """
    files = expand_paths(paths)
    if not files:
        raise LoaderError("nothing to load: no loadable files found",
                          hint=f"actorgraph loads {formats.suffix_list()}")
    event_files = [f for f in files if formats.is_kind(f, "events")]
    documents = [f for f in files
                 if f not in event_files and formats.document_format(f) is not None]
    curated = [f for f in files if f not in documents and f not in event_files]

    parsed: list[ParsedInput] = []
    for i, f in enumerate(curated, start=1):
        parsed.append(parse_file(f))
        if progress:
            progress("reading", i, len(curated))

    extra = GraphBatch()
    problems: list[Problem] = []
    if documents:
        from actorgraph.loaders.extract import documents_batch

        done = 0

        def doc_progress(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress("extracting", done, len(documents))

        batch, bad = documents_batch(documents, progress=doc_progress, lang=lang)
        extra.extend(batch)
        problems.extend(Problem(path, message) for path, message in bad)
    summary = None
    if event_files:  # event data (loaders/events): aggregated into relation columns
        from actorgraph.loaders.events.load import events_input

        def event_progress(read: int, done: int, total: int) -> None:
            if progress:
                progress("reading events", done, total)

        event_input, summary = events_input(event_files, events, event_progress)
        parsed.append(event_input)
    check_actor_definitions(parsed)
    return ReadInputs(files, parsed, extra, problems, summary)


def load_paths(
    store: GraphStore,
    paths: Iterable[str | Path] | ReadInputs,
    *,
    use_catalogue: bool = True,
    lang: str | None = None,
    progress: ProgressHook | None = None,
    events: Any = None,
) -> LoadReport:
    """Load files and folders into ``store``; see the module docstring for the rules.

    ``paths`` may be what :func:`read_inputs` returned (the CLI reads everything before
    it opens the store, so a bad input leaves even a new store path untouched).
    Raises :class:`LoaderError` (the store unchanged) for a bad curated input; bad
    documents are listed in ``report.problems`` and the others are loaded.
    """
    inputs = paths if isinstance(paths, ReadInputs) else read_inputs(
        paths, lang=lang, progress=progress, events=events)
    report = LoadReport(files=[str(f) for f in inputs.files], problems=list(inputs.problems),
                        events=inputs.events)
    parsed, extra = inputs.parsed, inputs.extra

    # Actors that documents bring come from the catalogue: they fill gaps, and never
    # overwrite an actor that curated input defines or the store already holds.
    curated_ids = {a.id for p in parsed for a in p.batch.actors}
    if extra.actors:
        have = store.actor_ids() | curated_ids
        extra.actors = [a for a in extra.actors if a.id not in have]
    catalogue_actors = _resolve_actors(store, parsed, extra, use_catalogue, report)

    batch = GraphBatch(actors=catalogue_actors)
    for p in parsed:
        batch.extend(p.batch)
    batch.extend(extra)
    columns = [p.columns for p in parsed if p.columns is not None and len(p.columns)]
    total = len(batch.relations) + sum(len(c) for c in columns)
    done = 0

    def write_progress(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("writing", done, total)

    check_free_space(store, inputs.files)
    # one transaction for the whole load where the store offers it (embedded): a load
    # killed or failing part-way leaves the graph as it was
    with atomic(store, relations=total):
        report.summary = store.write(batch, progress=write_progress)
        for cols in columns:
            report.summary = report.summary + write_columns(store, cols, progress=write_progress)
    return report


def atomic(store: GraphStore, relations: int | None = None) -> contextlib.AbstractContextManager:
    """``store.atomic()`` (all the writes of the block in one transaction) where the store
    has it; otherwise a block without that guarantee. ``relations``, the size of the load
    when known, lets Neo4j write a load too large for one transaction in chunks (see
    docs/reliability.md).

    >>> with atomic(object()):
    ...     pass
    """
    block = getattr(store, "atomic", None)
    if block is None:
        return contextlib.nullcontext()
    if relations is not None and getattr(store, "kind", "") == "neo4j":
        return block(relations)
    return block()


#: bytes a load may need per byte of input (store pages, log and checkpoint copies)
SPACE_FACTOR = 4
#: free space kept in any case
SPACE_MARGIN = 16 * 1024 * 1024


def check_free_space(store: GraphStore, files: Iterable[str | Path]) -> None:
    """Refuse a load into an embedded store whose file system has clearly too little
    room for it (a write that runs out of space part-way is rolled back, but costs time).

    >>> class S: kind = "neo4j"
    >>> check_free_space(S(), [])
    """
    if getattr(store, "kind", "") != "embedded":
        return
    path = Path(store.location)
    need = SPACE_MARGIN + SPACE_FACTOR * sum(
        Path(f).stat().st_size for f in files if Path(f).is_file())
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return
    if free < need:
        raise LoaderError(
            f"not enough free space for this load at {path.parent}: "
            f"{free / 1e6:.0f} MB free, about {need / 1e6:.0f} MB needed",
            hint="free some space or put the graph elsewhere with --store",
        )
