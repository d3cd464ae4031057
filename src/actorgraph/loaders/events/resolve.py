"""ICEWS and POLECAT actors to catalogue ids: the rules of docs/events.md, run once per
distinct actor (GDELT actors are resolved inside the grouping statement, by the rules
written once in :func:`actorgraph.loaders.events.sql._gdelt_resolution`).

An event actor is a tuple (name, code, country, known group, sectors). ICEWS and POLECAT
give names, sectors and a country name. Rules, first hit wins:

1. the name in the mapping's ``names``, else a catalogue state or organisation by that
   name ("Russia", "European Union");
2. a state actor of a country: sectors that include a ``state_sectors`` entry and no
   ``excluded_sectors`` one ("Foreign Affairs (Russia)": Government, Foreign Ministry):
   the country (``countries``, then the catalogue) is the actor.

Anything else is unresolved, with the reason (counted, never dropped silently).

>>> from actorgraph.loaders.events.mapping import load_mapping
>>> r = ActorResolver(load_mapping())
>>> r.resolve(("Foreign Affairs (Russia)", None, "Russian Federation", None,
...            "Government,Foreign Ministry,Executive"))
('RUS', None)
>>> r.resolve(("Citizen (India)", None, "India", None, "General Population / Civilian / Social"))
(None, 'not a state or organisation')
"""

from __future__ import annotations

from actorgraph.graph.vocabulary import ActorKind
from actorgraph.loaders.events.mapping import EventMapping

ActorKey = tuple[str | None, str | None, str | None, str | None, str | None]

NO_ACTOR = "no actor"
NOT_STATE = "not a state or organisation"
UNKNOWN_COUNTRY = "country not in the catalogue"
NOT_IN_CATALOGUE = "mapped to an id the catalogue does not have"
_KINDS = {ActorKind.STATE, ActorKind.ORGANISATION}


class ActorResolver:
    """Resolves event actors with a mapping and the reference catalogue (cached)."""

    def __init__(self, mapping: EventMapping, catalogue=None) -> None:
        if catalogue is None:
            from actorgraph.loaders.reference import load_catalogue

            catalogue = load_catalogue()
        self.mapping = mapping
        self.catalogue = catalogue
        self._cache: dict[ActorKey, tuple[str | None, str | None]] = {}

    def _known(self, actor_id: str | None, kinds=_KINDS) -> bool:
        actor = self.catalogue.get(actor_id) if actor_id else None
        return actor is not None and actor.kind in kinds

    def _by_name(self, name: str) -> tuple[str | None, str | None]:
        key = name.strip().lower()
        if key in self.mapping.names:
            hit = self.mapping.names[key]
            if hit is None:
                return None, NOT_STATE
            return (hit, None) if self._known(hit) else (None, NOT_IN_CATALOGUE)
        hit = self.catalogue.resolve(name.strip(), lang="en")
        if hit and self._known(hit):
            return hit, None
        return None, None

    def _country(self, country: str | None) -> str | None:
        if not country:
            return None
        text = country.strip()
        key = text.lower()
        if key in self.mapping.countries:
            hit = self.mapping.countries[key]
        elif self._known(text.upper(), {ActorKind.STATE}) and len(text) == 3:
            hit = text.upper()  # POLECAT writes ISO alpha-3 codes
        else:
            hit = self.catalogue.resolve(text, lang="en")
        return hit if self._known(hit, {ActorKind.STATE}) else None

    def resolve(self, key: ActorKey) -> tuple[str | None, str | None]:
        """(catalogue id, None) or (None, reason) for one event actor."""
        have = self._cache.get(key)
        if have is None:
            have = self._cache[key] = self._resolve(key)
        return have

    def _resolve(self, key: ActorKey) -> tuple[str | None, str | None]:
        name, _code, country, _group, sectors = key
        m = self.mapping
        if not name or not name.strip():
            return None, NO_ACTOR
        hit, why = self._by_name(name)
        if hit or why:
            return hit, why
        parts = {s.strip().lower() for s in (sectors or "").split(",") if s.strip()}
        if parts & m.state_sectors and not parts & m.excluded_sectors:
            state = self._country(country)
            return (state, None) if state else (None, UNKNOWN_COUNTRY)
        return None, NOT_STATE
