"""A name resolved against the package's catalogue without loading it.

:func:`~actorgraph.loaders.reference.load_catalogue` reads nine CSV files and builds
their models: 0.5–0.7 s of CPU, which a query parameter naming an actor only the
catalogue knows ("Kremlin", "Moskou", "the Secretary General") paid on every command.
:func:`resolve_name` answers as ``load_catalogue().resolve(text)`` does (any language,
today's office holders) from the catalogue's two lookup tables
(:meth:`~actorgraph.loaders.reference.catalogue.Catalogue.name_tables`), kept in
``$XDG_CACHE_HOME/actorgraph/catalogue-names.json``: written by the first lookup, made
again when actorgraph's version, a data file or a module of this package changes (size
and time of each); a cache that cannot be read or written is only slower.

The same way, :func:`catalogue_actor` and :func:`actor_kinds` answer as
``load_catalogue().get(id)`` and the actors' kinds from the catalogue's actors kept in
``catalogue-actors.json``: an event load needs the ids of the catalogue's states and
organisations (GDELT actors resolve to them) and the few actors its relations name, and
building the whole catalogue for them cost ~0.25 s of single-threaded CPU on every load.

>>> resolve_name("Kremlin"), resolve_name("Moskou"), resolve_name("US"), resolve_name("us")
('RUS', 'RUS', 'USA', None)
>>> catalogue_actor("NLD").name, actor_kinds()["NATO"]
('Netherlands', 'organisation')
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph import __version__, config
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased

if TYPE_CHECKING:
    from actorgraph.graph.model import Actor

_NAME = "catalogue-names.json"
_ACTORS = "catalogue-actors.json"
_HERE = Path(__file__).resolve().parent


def _stamp() -> list:
    """What the tables depend on: the version, the data files, this package's code."""
    files = sorted([*(_HERE / "data").iterdir(), *_HERE.glob("*.py")])
    return [__version__] + [[f.name, f.stat().st_size, f.stat().st_mtime_ns] for f in files]


def _cached(name: str, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The data kept in the cache file ``name`` if its stamp is current, else ``make()``
    (written there for the next process)."""
    path = config.cache_dir() / name
    stamp = _stamp()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["stamp"] == stamp:
            return data
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = {"stamp": stamp, **make()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{name}.{os.getpid()}")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return data


@functools.cache
def _tables() -> tuple[dict[str, str | None], dict[str, str | None]]:
    def make() -> dict[str, Any]:
        from actorgraph.loaders.reference.catalogue import load_catalogue

        plain, cased = load_catalogue().name_tables()
        return {"plain": plain, "cased": cased}

    data = _cached(_NAME, make)
    return data["plain"], data["cased"]


@functools.cache
def _actors() -> dict[str, dict[str, Any]]:
    """Every catalogue actor's fields (``model_dump`` as JSON), by id."""
    def make() -> dict[str, Any]:
        from actorgraph.loaders.reference.catalogue import load_catalogue

        return {"actors": {i: a.model_dump(mode="json")
                           for i, a in load_catalogue().actors.items()}}

    return _cached(_ACTORS, make)["actors"]


def catalogue_actor(actor_id: str) -> Actor | None:
    """The package catalogue's actor with this id (as ``load_catalogue().get``), or None.
    Raises :class:`~actorgraph.errors.CatalogueError` if the catalogue cannot be read."""
    fields = _actors().get(actor_id)
    if fields is None:
        return None
    from actorgraph.graph.model import Actor

    return Actor.model_validate(fields)


def actor_kinds() -> dict[str, str]:
    """Each package catalogue actor's kind (``state``, ``organisation``…), by id."""
    return {i: a["kind"] for i, a in _actors().items()}


def resolve_name(text: str) -> str | None:
    """The actor id the package catalogue gives ``text`` (as ``resolve(text)``), or None.
    Raises :class:`~actorgraph.errors.CatalogueError` if the catalogue cannot be read."""
    plain, cased = _tables()
    key = normalize_alias(text)
    if key in plain:
        return plain[key]
    return cased.get(normalize_cased(text))
