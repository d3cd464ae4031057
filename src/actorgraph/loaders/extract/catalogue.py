"""Build the extractor's :class:`~actorgraph.loaders.extract.lexicon.Lexicon` from the
reference catalogue (``actorgraph.loaders.reference``): every alias entry, each actor's
kind, name and country, and the catalogue's role holders by date.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from actorgraph.errors import CatalogueError
from actorgraph.loaders.extract.lexicon import Lexicon


def _actors_of(cat: Any) -> list[Any]:
    for name in ("actors", "all_actors"):
        value = getattr(cat, name, None)
        if callable(value):
            value = value()
        if value is not None:
            return list(value.values()) if isinstance(value, dict) else list(value)
    return []


def lexicon_from_catalogue(cat: Any) -> Lexicon:
    """A lexicon over ``cat.alias_entries()``; role aliases resolve through ``cat.holder``."""
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for a in _actors_of(cat):
        aid = getattr(a, "id", None)
        if not aid:
            continue
        kind = getattr(a, "kind", None)
        kinds[aid] = getattr(kind, "value", kind) or "group"
        names[aid] = getattr(a, "name", aid)
        if getattr(a, "country", None):
            countries[aid] = a.country
    aliases = []
    for e in cat.alias_entries():
        form = getattr(e, "form", None) or "name"
        actor = e.actor_id
        if form == "role":
            actor = "role:" + actor
        aliases.append((e.text, actor, getattr(e, "lang", None), form))
    lex = Lexicon.from_aliases(aliases, kinds=kinds, names=names, countries=countries)
    holder = getattr(cat, "holder", None)
    if callable(holder):

        def _holder(key: str, date: str | None) -> str | None:
            try:
                h = holder(key, date)
            except Exception:  # an unknown role or date: no holder
                return None
            return getattr(h, "id", h) if h else None

        lex.holder = _holder
    lex.catalogue = cat
    return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon over the packaged reference catalogue (built once per process)."""
    try:
        from actorgraph.loaders.reference import load_catalogue
    except ImportError as exc:  # pragma: no cover - the catalogue ships with the package
        raise CatalogueError(
            f"the reference catalogue cannot be imported: {exc}",
            hint="reinstall actorgraph (pip install -e .)",
        ) from None
    return lexicon_from_catalogue(load_catalogue())
