"""The reference catalogue: actors, their aliases, memberships and offices over time.

:func:`load_catalogue` reads the package data once per process (or a folder given as
``path``) and returns a :class:`Catalogue`. Resolving a mention is a dictionary lookup:
surface forms seen in the data are answered from a precomputed table, anything else is
normalised (case, diacritics, punctuation, article) and looked up again.

Example
-------
>>> cat = load_catalogue()
>>> cat.resolve("Oekraïense"), cat.resolve("Wit-Rusland"), cat.resolve("DPRK")
('UKR', 'BLR', 'PRK')
>>> cat.resolve("de secretaris-generaal", lang="nl", date="2024-04-04")
'jens-stoltenberg'
>>> cat.holder("NATO:secretary-general", "2024-12-01")
'mark-rutte'
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from actorgraph.errors import CatalogueError
from actorgraph.graph.model import Actor, GraphBatch, Relation, parse_date
from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.reference.build import BuildResult, build
from actorgraph.loaders.reference.entries import (
    AliasEntry,
    CatalogueProblem,
    RoleDef,
    Term,
)
from actorgraph.loaders.reference.index import AliasIndex, build_index
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased
from actorgraph.loaders.reference.tables import LANGS

_MISSING = object()

#: the last date the catalogue's facts were checked; open terms and memberships are
#: "still so on this date", later changes are not in the data
AS_OF = "2025-10-31"


class Catalogue:
    """Actors, alias lookup, role holders by date, and the catalogue's relations.

    Build it with :func:`load_catalogue`; construct directly only from a
    :class:`~actorgraph.loaders.reference.build.BuildResult` without problems.
    """

    def __init__(self, result: BuildResult, index: AliasIndex) -> None:
        #: the date up to which the package data was checked (see :data:`AS_OF`)
        self.as_of = AS_OF
        self.actors: dict[str, Actor] = dict(sorted(result.actors.items()))
        self.roles: dict[str, RoleDef] = result.roles
        self._terms: dict[str, list[Term]] = result.terms
        self._relations = result.relations
        self._entries = index.kept
        self._index = index
        self.problems: list[CatalogueProblem] = list(result.problems) + index.problems
        #: alias entries left out because they were ambiguous, with the reason
        self.dropped_aliases = index.dropped
        #: keys that mean different actors in English and Dutch (``lang=None`` takes English)
        self.cross_language = index.cross_language
        self._plain = index.plain
        self._cased = index.cased
        #: per language, the answers for every alias as written, lower- and upper-cased:
        #: built on the first lookup in that language (a validation makes none)
        self._fast: dict[str | None, dict[str, str]] = {}
        self._holders: dict[tuple[str, str], str | None] = {}
        self._by_person: dict[str, list[Relation]] = {}
        for rel in self._relations:
            if rel.type is RelationType.REPRESENTS:
                self._by_person.setdefault(rel.source, []).append(rel)

    # -- lookup ------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None.

        >>> load_catalogue().get("NLD").name
        'Netherlands'
        """
        return self.actors.get(actor_id)

    def _fast_for(self, lang: str | None) -> dict[str, str]:
        fast = self._fast.get(lang)
        if fast is None:
            self._slow("", lang)  # raises for an unknown language
            fast = {}
            for e in self._entries:
                if lang is not None and e.lang != lang:
                    continue
                for s in (e.text, e.text.lower(), e.text.upper(), e.key):
                    if s not in fast:
                        hit = self._slow(s, lang)
                        if hit is not None:
                            fast[s] = hit
            self._fast[lang] = fast
        return fast

    def _slow(self, text: str, lang: str | None) -> str | None:
        plain = self._plain.get(lang)
        if plain is None:
            raise CatalogueError(f"unknown language {lang!r}",
                                 hint=f"use one of: {', '.join(LANGS)}, or None for any")
        hit = plain.get(normalize_alias(text))
        if hit is None:
            hit = self._cased[lang].get(normalize_cased(text))
        return hit

    def resolve(self, text: str, lang: str | None = None, date: object = None) -> str | None:
        """The actor id a name, alias, adjective, demonym, capital, collective or role
        phrase refers to; None if the catalogue does not know it.

        ``lang`` (``"en"``, ``"nl"``) limits the lookup to one language; None tries
        English, then Dutch. Role phrases ("de secretaris-generaal") resolve to the
        holder on ``date`` (ISO text or a date; None: the current holder).

        >>> cat = load_catalogue()
        >>> cat.resolve("Russische"), cat.resolve("Kiev"), cat.resolve("the Allies")
        ('RUS', 'UKR', 'NATO')
        >>> cat.resolve("us") is None and cat.resolve("US") == "USA"
        True
        """
        fast = self._fast.get(lang) or self._fast_for(lang)
        hit = fast.get(text)
        if hit is None:
            hit = self._slow(text, lang)
            if hit is None:
                return None
        if type(hit) is str:
            return hit
        memo = self._holders
        person = memo.get((hit, date), _MISSING) if type(date) is str else _MISSING
        if person is _MISSING:
            person = self.holder(hit, date)
            if type(date) is str:
                if len(memo) > 100_000:
                    memo.clear()
                memo[(hit, date)] = person
        return person

    def name_tables(self) -> tuple[dict[str, str | None], dict[str, str | None]]:
        """What :meth:`resolve` looks a text up in (any language, today's office holders)
        as two plain dicts: the :func:`normalize_alias` key, then the
        :func:`normalize_cased` key, to an actor id (None: a role without a holder).
        :mod:`actorgraph.loaders.reference.quick` keeps them in a small cache file.

        >>> plain, cased = load_catalogue().name_tables()
        >>> plain["kremlin"], cased["US"], "us" in plain
        ('RUS', 'USA', False)
        """
        def final(hit: object) -> str | None:
            return hit if type(hit) is str else self.holder(hit, None)  # type: ignore[arg-type]

        return ({k: final(v) for k, v in self._plain[None].items()},
                {k: final(v) for k, v in self._cased[None].items()})

    def lookup(self, text: str, lang: str | None = None) -> str | None:
        """Like :meth:`resolve` but a role phrase gives its role key, not a person.

        >>> load_catalogue().lookup("High Representative", "en")
        'EU:high-representative'
        """
        hit = (self._fast.get(lang) or self._fast_for(lang)).get(text)
        if hit is None:
            hit = self._slow(text, lang)
        return None if hit is None else str(hit)

    def alias_entries(self) -> list[AliasEntry]:
        """Every alias the catalogue resolves (ambiguous ones and exact duplicates left out).

        For ``form == "role"`` the ``actor_id`` is a role key for :meth:`holder`.
        """
        return list(self._entries)

    def search(self, text: str) -> list[tuple[Actor, AliasEntry | None]]:
        """Actors whose id, name or an alias contains ``text`` (normalised), with the
        alias that matched (None when the id matched); exact matches first.

        >>> [a.id for a, _ in load_catalogue().search("Zuid-Korea")][:1]
        ['KOR']
        """
        key = normalize_alias(text)
        found: dict[str, tuple[int, AliasEntry | None]] = {}
        for aid in self.actors:
            if aid.casefold() == key:
                found[aid] = (0, None)
        for e in self._entries:
            if e.form == "role":
                continue
            ek = e.key
            if key in ek:
                rank = 0 if ek == key else 1
                if e.actor_id not in found or rank < found[e.actor_id][0]:
                    found[e.actor_id] = (rank, e)
        order = sorted(found.items(), key=lambda kv: (kv[1][0], kv[0]))
        return [(self.actors[aid], entry) for aid, (_, entry) in order]

    # -- offices -------------------------------------------------------------------------

    def holder(self, role_key: str, date: object = None) -> str | None:
        """The person holding an office on ``date`` (None: the holder of the open term).

        On a handover day (one term ends as the next begins) the incoming holder is
        returned. A partial date ("2024", "2024-10") counts as its first day.

        >>> cat = load_catalogue()
        >>> cat.holder("NATO:secretary-general", "2024-04-04")
        'jens-stoltenberg'
        >>> cat.holder("UKR:foreign-minister", "2024-09-05")
        'andrii-sybiha'
        """
        terms = self._terms.get(role_key)
        if terms is None:
            if role_key in self.roles:
                return None
            raise CatalogueError(f"unknown role {role_key!r}",
                                 hint="see cat.roles for the role keys")
        if date is None:
            for term in reversed(terms):
                if term.valid_to is None:
                    return term.person
            return None
        day = _day(date)
        for term in reversed(terms):
            if term.covers(day):
                return term.person
        return None

    def terms(self, role_key: str) -> list[Term]:
        """Every term of an office, oldest first."""
        return list(self._terms.get(role_key, []))

    def office_of(self, person_id: str, date: object = None) -> list[Relation]:
        """The REPRESENTS relations (offices) of a person, those held on ``date`` if given.

        >>> [r.role for r in load_catalogue().office_of("mark-rutte", "2025-01-01")]
        ['Secretary General']
        """
        rels = self._by_person.get(person_id, [])
        if date is None:
            return list(rels)
        day = _day(date)
        return [r for r in rels
                if (r.valid_from or "") <= day and (r.valid_to is None or day <= r.valid_to)]

    # -- graph -----------------------------------------------------------------------------

    def relations(self) -> list[Relation]:
        """Memberships, partnerships, aspirations and offices, each with its dates.

        A person who held one office twice (Donald Trump, Donald Tusk) has two relations
        with the same key; a store that merges by key keeps one.
        """
        return [r.model_copy(deep=True) for r in self._relations]

    def batch(self) -> GraphBatch:
        """Actors and relations, ready for ``store.write(cat.batch())``."""
        return GraphBatch(actors=[a.model_copy(deep=True) for a in self.actors.values()],
                          relations=self.relations())

    def validate(self) -> None:
        """Raise :class:`CatalogueError` (with file and line) for the first problem."""
        if self.problems:
            raise self.problems[0].error()


def _day(date: object) -> str:
    if isinstance(date, dt.datetime):
        return date.date().isoformat()
    if isinstance(date, dt.date):
        return date.isoformat()
    text = str(date)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return text
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise CatalogueError(str(exc), hint="pass the document date as YYYY-MM-DD") from None
    if day is None:
        raise CatalogueError("empty date", hint="pass None for the current holder")
    return (day + "-01-01")[:10] if len(day) == 4 else (day + "-01")[:10]


def catalogue_from(path: str | Path | None = None) -> Catalogue:
    """Build a catalogue without the cache and without raising on problems
    (they are in ``cat.problems``)."""
    result = build(path)
    return Catalogue(result, build_index(result.entries))


@cache
def _cached(path: str | None) -> Catalogue:
    cat = catalogue_from(path)
    cat.validate()
    return cat


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """The reference catalogue, read once per process (per ``path``).

    ``path`` is a data folder, or one data file replacing the package's file of that
    name; None is the package data. Raises :class:`CatalogueError` naming the file and
    line of the first problem.

    >>> load_catalogue() is load_catalogue()
    True
    """
    return _cached(None if path is None else str(Path(path).resolve()))
