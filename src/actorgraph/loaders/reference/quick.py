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

>>> resolve_name("Kremlin"), resolve_name("Moskou"), resolve_name("US"), resolve_name("us")
('RUS', 'RUS', 'USA', None)
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

from actorgraph import __version__, config
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased

_NAME = "catalogue-names.json"
_HERE = Path(__file__).resolve().parent


def _stamp() -> list:
    """What the tables depend on: the version, the data files, this package's code."""
    files = sorted([*(_HERE / "data").iterdir(), *_HERE.glob("*.py")])
    return [__version__] + [[f.name, f.stat().st_size, f.stat().st_mtime_ns] for f in files]


@functools.cache
def _tables() -> tuple[dict[str, str | None], dict[str, str | None]]:
    path = config.cache_dir() / _NAME
    stamp = _stamp()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["stamp"] == stamp:
            return data["plain"], data["cased"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    from actorgraph.loaders.reference.catalogue import load_catalogue

    plain, cased = load_catalogue().name_tables()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{_NAME}.{os.getpid()}")
        tmp.write_text(json.dumps({"stamp": stamp, "plain": plain, "cased": cased}),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return plain, cased


def resolve_name(text: str) -> str | None:
    """The actor id the package catalogue gives ``text`` (as ``resolve(text)``), or None.
    Raises :class:`~actorgraph.errors.CatalogueError` if the catalogue cannot be read."""
    plain, cased = _tables()
    key = normalize_alias(text)
    if key in plain:
        return plain[key]
    return cased.get(normalize_cased(text))
