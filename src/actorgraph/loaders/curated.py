"""Curated input: what every curated reader shares, and the readers by name.

A curated YAML file (see ``src/actorgraph/data/founding/`` for a full example)::

    document:                 # optional: the document the evidence comes from
      path: report.txt        # its id is the hash of this file when it exists
      title: Verslag NAVO FMM 3-4 april 2024
      date: 2024-04-04
      language: nl
    actors:
      - {id: NLD, name: Netherlands, kind: state, bloc: nato_ally,
         aliases: {nl: [Nederland]}}
    relations:
      - {source: NLD, type: SUPPORTS, target: UKR, date: 2024-04-04,
         evidence: "Bondgenoten, waaronder Nederland, …", confidence: 0.9}

CSV files are recognised by their header: ``id,name,kind,…`` holds actors (aliases
separated by ``|`` in ``aliases_en`` / ``aliases_nl``), ``source,type,target,…`` holds
relations. The readers live in :mod:`~actorgraph.loaders.curated_yaml` and
:mod:`~actorgraph.loaders.curated_csv`; every problem is reported with its file, line and
the fix. An actor defined twice with different values is refused with both lines.

>>> from actorgraph.loaders.curated import read_yaml, read_relations_csv  # old names work
>>> read_yaml.__module__, read_relations_csv.__module__
('actorgraph.loaders.curated_yaml', 'actorgraph.loaders.curated_csv')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actorgraph.errors import ActorGraphError, LoaderError
from actorgraph.graph.model import Actor, GraphBatch
from actorgraph.graph.records import RelationColumns
from actorgraph.graph.vocabulary import Bloc
from actorgraph.loaders import csvfile


@dataclass
class ParsedInput:
    """What one input file holds, validated, before it is written.

    ``where`` maps an actor id that relations refer to (but the file does not define) to
    the line that first refers to it, so that an unknown id can be reported there;
    ``actor_lines`` maps each actor the file defines to the line that defines it.
    """

    path: Path
    batch: GraphBatch = field(default_factory=GraphBatch)
    columns: RelationColumns | None = None
    where: dict[str, int] = field(default_factory=dict)
    actor_lines: dict[str, int] = field(default_factory=dict)

    @property
    def relation_count(self) -> int:
        return len(self.batch.relations) + (len(self.columns) if self.columns else 0)


def read_text(path: Path) -> str:
    """A file's text as UTF-8, or a :class:`LoaderError` saying where it is not.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_bytes("id,name\\nNLD,Nederl\\xe2nd\\n".encode("cp1252"))
    >>> read_text(p)
    Traceback (most recent call last):
    ...
    actorgraph.errors.LoaderError: ...x.csv line 2: the file is not UTF-8 text ...
    """
    return csvfile.read_text(path)


def pydantic_message(exc: ValidationError) -> str:
    """The first problem of a validation error as ``field: what is wrong``."""
    from actorgraph.loaders.schemas import first_error

    return first_error(exc)


#: the fields of an actor that two definitions must not disagree on
_COMPARED = ("name", "kind", "bloc", "country", "start", "end", "description")


def actor_conflict(a: Actor, b: Actor) -> str | None:
    """The first field two definitions of one actor give different values, or None.

    A field one of them leaves empty is no conflict (the other fills it), and aliases
    add up.

    >>> a = Actor(id="NLD", name="Netherlands", kind="state")
    >>> actor_conflict(a, Actor(id="NLD", name="Nederland", kind="state"))
    "name: 'Netherlands' or 'Nederland'"
    >>> actor_conflict(a, Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"))
    """
    for name in _COMPARED:
        x, y = getattr(a, name), getattr(b, name)
        if x in (None, "", Bloc.OTHER) or y in (None, "", Bloc.OTHER) or x == y:
            continue
        show = (lambda v: v.value if hasattr(v, "value") else v)  # noqa: E731
        return f"{name}: {show(x)!r} or {show(y)!r}"
    return None


def add_actor(parsed: ParsedInput, line: int | None, data: dict[str, Any],
              hint: str = "an actor needs id, name and kind (state, organisation, person, "
              "group)") -> None:
    """Validate one actor entry and add it; the same id again must not conflict."""
    from actorgraph.loaders.schemas import ActorSpec

    path = parsed.path
    try:
        actor = Actor(**ActorSpec(**data).model_dump(exclude_unset=True))
    except ValidationError as exc:
        raise LoaderError(f"bad actor: {pydantic_message(exc)}", path=str(path), line=line,
                          hint=hint) from None
    except ActorGraphError as exc:
        raise LoaderError(exc.message, path=str(path), line=line, hint=exc.hint) from None
    before = parsed.actor_lines.get(actor.id)
    if before is not None:
        i = next(i for i, a in enumerate(parsed.batch.actors) if a.id == actor.id)
        clash = actor_conflict(parsed.batch.actors[i], actor)
        if clash:
            raise LoaderError(
                f"actor {actor.id!r} is defined twice with different values (lines {before} "
                f"and {line}; {clash})", path=str(path), line=line,
                hint="keep one definition, or make them agree",
            )
        parsed.batch.actors[i] = parsed.batch.actors[i].merged(actor)
        return
    parsed.actor_lines[actor.id] = line or 0
    parsed.batch.actors.append(actor)


def check_actor_definitions(parsed: list[ParsedInput]) -> None:
    """Refuse an actor that two inputs of one load define differently, naming both."""
    seen: dict[str, tuple[Actor, str]] = {}
    for p in parsed:
        for actor in p.batch.actors:
            where = f"{p.path} line {p.actor_lines.get(actor.id, 0)}"
            if actor.id not in seen:
                seen[actor.id] = (actor, where)
                continue
            first, first_where = seen[actor.id]
            clash = actor_conflict(first, actor)
            if clash:
                raise LoaderError(
                    f"actor {actor.id!r} is defined differently in {first_where} and here "
                    f"({clash})", path=str(p.path), line=p.actor_lines.get(actor.id),
                    hint="keep one definition, or make them agree",
                )


def __getattr__(name: str) -> Any:
    """The readers, by their old names: ``read_yaml``, ``read_actors_csv``, …"""
    if name in ("read_yaml",):
        from actorgraph.loaders import curated_yaml

        return getattr(curated_yaml, name)
    if name in ("read_actors_csv", "read_relations_csv", "csv_kind", "is_actors_csv",
                "is_relations_csv"):
        from actorgraph.loaders import curated_csv

        return getattr(curated_csv, name)
    raise AttributeError(name)
