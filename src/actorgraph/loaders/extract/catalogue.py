"""Build the extractor's :class:`~actorgraph.loaders.extract.lexicon.Lexicon` from the
reference catalogue (``actorgraph.loaders.reference``): every alias entry, each actor's
kind, name and country, and the catalogue's role holders by date.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from actorgraph.errors import CatalogueError
from actorgraph.loaders.extract.lexicon import (
    EXACT,
    TITLE,
    LexEntry,
    Lexicon,
    _case_rule,
    function_word_entries,
)


def _actors_of(cat: Any) -> list[Any]:
    for name in ("actors", "all_actors"):
        value = getattr(cat, name, None)
        if callable(value):
            value = value()
        if value is not None:
            return list(value.values()) if isinstance(value, dict) else list(value)
    return []


def _letters(text: str) -> int:
    """How many letters ``text`` has: a two-letter acronym ("UK", "U.K.") keeps its
    written case, so a word cut off mid-way ("support for Uk") names no state."""
    return sum(c.isalpha() for c in text)


def lexicon_from_catalogue(cat: Any) -> Lexicon:
    """A lexicon over ``cat.alias_entries()``.

    Role phrases ("de secretaris-generaal") become ``role:KEY`` entries that resolve to
    the holder on the document's date (``cat.holder``); ``cat.roles[KEY].target`` is the
    actor the office is held for, and ``cat.office_of`` gives a person's offices.
    """
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
    items: list[tuple[str, LexEntry]] = []
    for e in cat.alias_entries():
        form = getattr(e, "form", None) or "name"
        actor = "role:" + e.actor_id if form == "role" else e.actor_id
        case = EXACT if getattr(e, "cased", False) else _case_rule(e.text, form)
        if case == EXACT and not getattr(e, "cased", False) and _letters(e.text) > 2:
            case = TITLE  # short all-capital names the catalogue left uncased ("Nato")
        items.append((e.text, LexEntry(actor, form, getattr(e, "lang", None), case, e.text)))
    items.extend(function_word_entries())
    lex = Lexicon(items, kinds=kinds, names=names, countries=countries)
    holder = getattr(cat, "holder", None)
    if callable(holder):

        def _holder(key: str, date: str | None) -> str | None:
            try:
                h = holder(key, date)
            except CatalogueError:  # an unknown role: no holder
                return None
            return getattr(h, "id", h) if h else None

        lex.holder = _holder
    roles = getattr(cat, "roles", None) or {}
    lex.role_targets = {k: getattr(r, "target", None) for k, r in roles.items()}
    office_of = getattr(cat, "office_of", None)
    if callable(office_of):

        def _offices(person: str, date: str | None) -> list[str]:
            try:
                rels = office_of(person, date)
            except CatalogueError:  # a date the catalogue cannot read: no office known
                return []
            return [r.target for r in rels]

        lex.offices = _offices
    relations = getattr(cat, "relations", None)
    if callable(relations):
        for r in relations():
            if getattr(r.type, "value", r.type) == "MEMBER_OF":
                lex.memberships.setdefault((r.source, r.target), []).append(
                    (r.valid_from, r.valid_to)
                )
    lex.listed_orgs = frozenset(o for _, o in lex.memberships)
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
