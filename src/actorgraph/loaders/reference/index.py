"""Turn alias entries into lookup tables, one per language, and find ambiguous aliases.

Within one language every key (see :mod:`~actorgraph.loaders.reference.normalize`) must
point to one actor or office. When entries of one key disagree:

* among curated lines and babel names it is an error, reported with both lines;
* a generated combination ("President Biden", "Oekraïense minister") that disagrees with
  a curated line or babel name is dropped; generated combinations that disagree with each
  other (two Chinese premiers: "premier Li") are all dropped. Dropped entries are listed
  in :attr:`AliasIndex.dropped`.

If any entry of a key is case-sensitive, the key matches only with the written case of
its entries or in capitals ("US", "Turkey", "TURKEY", but not "us" or "turkey").

Example
-------
>>> from actorgraph.loaders.reference.entries import AliasEntry
>>> ix = build_index([AliasEntry("Rusland", "RUS", "nl", "name"),
...                   AliasEntry("VS", "USA", "nl", "acronym", cased=True)])
>>> ix.lookup("rusland", "nl"), ix.lookup("VS", "nl"), ix.lookup("vs", "nl")
('RUS', 'USA', None)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from actorgraph.loaders.reference.entries import (
    BABEL,
    AliasEntry,
    CatalogueProblem,
    RoleRef,
)
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased
from actorgraph.loaders.reference.tables import LANGS


@dataclass
class AliasIndex:
    """Per-language tables: ``plain[lang][key]`` and ``cased[lang][cased_key]`` hold an
    actor id (``str``) or a :class:`RoleRef`; ``lang`` None is every language, English
    first."""

    plain: dict[str | None, dict[str, str]] = field(default_factory=dict)
    cased: dict[str | None, dict[str, str]] = field(default_factory=dict)
    kept: list[AliasEntry] = field(default_factory=list)
    dropped: list[tuple[AliasEntry, str]] = field(default_factory=list)
    problems: list[CatalogueProblem] = field(default_factory=list)
    #: keys that mean different things in different languages: (key, {lang: target})
    cross_language: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def lookup(self, text: str, lang: str | None = None) -> str | None:
        """The target of ``text`` in ``lang`` (None: any language), or None."""
        hit = self.plain.get(lang, {}).get(normalize_alias(text))
        if hit is None:
            hit = self.cased.get(lang, {}).get(normalize_cased(text))
        return hit


def _target(entry: AliasEntry) -> str:
    return RoleRef(entry.actor_id) if entry.form == "role" else entry.actor_id


def build_index(entries: list[AliasEntry]) -> AliasIndex:
    """Index ``entries``; ambiguities become problems or dropped entries (see module doc)."""
    ix = AliasIndex()
    groups: dict[tuple[str, str], list[AliasEntry]] = defaultdict(list)
    for e in entries:
        groups[(e.lang, e.key)].append(e)
    for lang in LANGS:
        ix.plain[lang], ix.cased[lang] = {}, {}
    for (lang, key), group in groups.items():
        named = [e for e in group if e.level >= BABEL]
        best = named or group
        targets = {_target(e) for e in best}
        if len(targets) > 1:
            if named:
                # report at the curated line added last; name the line it clashes with
                ordered = [e for _, e in sorted(enumerate(named),
                                                key=lambda ie: (ie[1].level, ie[0]))]
                b = ordered[-1]
                a = next(e for e in reversed(ordered) if _target(e) != _target(b))
                ix.problems.append(CatalogueProblem(
                    f"alias {b.text!r} ({lang}) points to {b.actor_id} here and to "
                    f"{a.actor_id} at {a.where}",
                    path=b.path, line=b.line,
                    hint="an alias names one actor per language: remove one of the two, "
                    "or document a rule in docs/catalogue.md and keep only its winner",
                ))
            for e in group:
                ix.dropped.append((e, f"ambiguous {lang} alias: "
                                   + ", ".join(sorted(str(t) for t in targets))))
            continue
        (target,) = targets
        keep = [e for e in group if _target(e) == target]
        if any(e.cased for e in keep):
            keep = [e if e.cased else replace(e, cased=True) for e in keep]
        seen_texts: set[tuple[str, str, str]] = set()
        for e in sorted(keep, key=lambda e: -e.level):
            if (e.text, e.actor_id, e.form) not in seen_texts:
                seen_texts.add((e.text, e.actor_id, e.form))
                ix.kept.append(e)
        ix.dropped.extend((e, f"{key!r} means {target} ({lang})")
                          for e in group if _target(e) != target)
        if any(e.cased for e in keep):
            for e in keep:
                ix.cased[lang][e.cased_key] = target
            for e in keep:  # headlines: "ERDOGAN", "TURKEY" match too
                ix.cased[lang].setdefault(e.cased_key.upper(), target)
        else:
            ix.plain[lang][key] = target
    ix.plain[None], ix.cased[None] = {}, {}
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for lang in LANGS:
        for table, merged in ((ix.plain[lang], ix.plain[None]), (ix.cased[lang], ix.cased[None])):
            for key, target in table.items():
                merged.setdefault(key, target)
                seen[key][lang] = target
    for key, by_lang in seen.items():
        if len(set(by_lang.values())) > 1:
            ix.cross_language.append((key, dict(by_lang)))
    return ix
