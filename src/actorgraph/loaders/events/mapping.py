"""The event mapping: event codes to relation types, event actors to catalogue ids.

The defaults live in ``actorgraph/data/events/mapping.yaml`` (documented there and in
docs/events.md); a user's file given with ``--mapping`` replaces the keys it names.

>>> m = load_mapping()
>>> m.cameo_rule("190")
('THREATENS', '19 fight')
>>> m.cameo_rule("1631")
('OPPOSES', '163 sanctions')
>>> m.cameo_rule("010") is None
True
>>> m.plover_rule("assault")
('THREATENS', 'ASSAULT assault')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph.errors import LoaderError, SchemaError
from actorgraph.graph.vocabulary import RelationType

DEFAULT_MAPPING = "mapping.yaml"
_ACTOR_LISTS = ("state_sectors", "excluded_sectors", "state_types")
_ACTOR_MAPS = ("names", "countries", "codes", "known_groups", "country_codes")


def default_mapping_text() -> str:
    """The packaged default mapping file, as text (to copy and edit)."""
    base = resources.files("actorgraph") / "data" / "events" / DEFAULT_MAPPING
    return base.read_text(encoding="utf-8")


@dataclass
class Rule:
    """What one code prefix or PLOVER type maps to."""

    type: str
    kind: str


@dataclass
class EventMapping:
    """A loaded mapping (see the module docstring)."""

    confidence: float = 0.5
    cameo: dict[str, Rule] = field(default_factory=dict)
    plover: dict[str, Rule] = field(default_factory=dict)
    state_sectors: set[str] = field(default_factory=set)
    excluded_sectors: set[str] = field(default_factory=set)
    state_types: set[str] = field(default_factory=set)
    names: dict[str, str | None] = field(default_factory=dict)
    countries: dict[str, str | None] = field(default_factory=dict)
    codes: dict[str, str | None] = field(default_factory=dict)
    known_groups: dict[str, str | None] = field(default_factory=dict)
    country_codes: dict[str, str | None] = field(default_factory=dict)
    source: str = "default"

    def cameo_rule(self, code: str) -> tuple[str, str] | None:
        """(type, kind) of a CAMEO event code by its longest mapped prefix, or None."""
        code = normalise_cameo(code)
        for n in range(len(code), 1, -1):
            rule = self.cameo.get(code[:n])
            if rule is not None:
                return rule.type, f"{code[:n]} {rule.kind}"
        return None

    def plover_rule(self, event_type: str) -> tuple[str, str] | None:
        """(type, kind) of a PLOVER event type, or None."""
        key = event_type.strip().upper()
        rule = self.plover.get(key)
        return None if rule is None else (rule.type, f"{key} {rule.kind}")

    def cameo_prefixes(self) -> list[tuple[str, str, str]]:
        """(prefix, type, kind label) for every mapped CAMEO prefix, longest first."""
        return sorted(
            ((p, r.type, f"{p} {r.kind}") for p, r in self.cameo.items()),
            key=lambda x: (-len(x[0]), x[0]),
        )


def normalise_cameo(code: object) -> str:
    """A CAMEO code as a string with its leading zero (ICEWS and some tools drop it).

    >>> normalise_cameo("42"), normalise_cameo(190), normalise_cameo("0211")
    ('042', '190', '0211')
    """
    text = str(code).strip()
    return text.zfill(3) if text.isdigit() and len(text) < 3 else text


@functools.lru_cache(maxsize=1)
def _default_data() -> dict:
    """The default mapping file, parsed once per process (parsing it is most of a load of
    a small event file)."""
    from actorgraph.loaders.yamlfile import load_yaml, strip_lines

    return strip_lines(load_yaml(default_mapping_text(), "the default event mapping"))


def load_mapping(path: str | Path | None = None) -> EventMapping:
    """The default mapping, with the keys of the file at ``path`` (if any) replacing its own.

    Raises :class:`LoaderError` naming the file and the key for a bad file.
    """
    import copy

    from actorgraph.loaders.yamlfile import load_yaml, strip_lines

    data = copy.deepcopy(_default_data())  # (a user's file is laid over this copy)
    source = "default"
    if path is not None:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise LoaderError(f"cannot read the mapping: {exc.strerror or exc}", path=str(p),
                              hint="give an existing YAML file to --mapping") from None
        except UnicodeDecodeError:
            raise LoaderError("the mapping is not UTF-8 text", path=str(p),
                              hint="re-save it as UTF-8") from None
        # the one YAML reader: line numbers, no aliases, bounded sizes
        user = strip_lines(load_yaml(text, str(p))) or {}
        if not isinstance(user, dict):
            raise LoaderError("the mapping must be a YAML mapping of sections", path=str(p),
                              hint="start from `actorgraph events --show-mapping`")
        _overlay(data, user, str(p))
        source = str(p)
    return _build(data, source)


def _overlay(base: dict, user: dict, where: str) -> None:
    known = {"version", "confidence", "cameo", "plover", "actors"}
    for key, value in user.items():
        if key not in known:
            raise LoaderError(f"unknown mapping section {key!r}", path=where,
                              hint=f"sections: {', '.join(sorted(known))}")
        if key in ("cameo", "plover"):
            base.setdefault(key, {}).update(value or {})
        elif key == "actors":
            actors = base.setdefault("actors", {})
            for akey, avalue in (value or {}).items():
                if akey in _ACTOR_MAPS:
                    actors.setdefault(akey, {}).update(avalue or {})
                elif akey in _ACTOR_LISTS:
                    actors[akey] = list(avalue or [])
                else:
                    raise LoaderError(
                        f"unknown key actors.{akey}", path=where,
                        hint=f"keys: {', '.join(_ACTOR_LISTS + _ACTOR_MAPS)}")
        else:
            base[key] = value


def _rules(section: dict | None, where: str, name: str, cameo: bool) -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for key, value in (section or {}).items():
        code = str(key).strip() if cameo else str(key).strip().upper()
        if value is None:
            continue  # unmapped on purpose
        if isinstance(value, str):
            value = {"type": value}
        try:
            rtype = RelationType.parse(value.get("type")).value
        except SchemaError as exc:
            raise LoaderError(f"{name}.{key}: {exc.message}", path=where, hint=exc.hint) from None
        if cameo and not code.isdigit():
            raise LoaderError(f"cameo.{key}: a CAMEO code is digits ('19', '163')", path=where)
        out[code] = Rule(type=rtype, kind=str(value.get("kind") or rtype.lower()))
    return out


def _build(data: dict[str, Any], source: str) -> EventMapping:
    actors = data.get("actors") or {}
    try:
        confidence = float(data.get("confidence", 0.5))
    except (TypeError, ValueError):
        confidence = -1.0
    if not 0.0 <= confidence <= 1.0:
        raise LoaderError(f"confidence {data.get('confidence')!r} is not a number from 0 to 1",
                          path=source)

    def idmap(name: str) -> dict[str, str | None]:
        fold = name in ("names", "countries")
        return {
            (str(k).strip().lower() if fold else str(k).strip().upper()):
                (None if v is None else str(v).strip())
            for k, v in (actors.get(name) or {}).items()
        }

    return EventMapping(
        confidence=confidence,
        cameo=_rules(data.get("cameo"), source, "cameo", cameo=True),
        plover=_rules(data.get("plover"), source, "plover", cameo=False),
        state_sectors={s.strip().lower() for s in actors.get("state_sectors") or []},
        excluded_sectors={s.strip().lower() for s in actors.get("excluded_sectors") or []},
        state_types={s.strip().upper() for s in actors.get("state_types") or []},
        names=idmap("names"),
        countries=idmap("countries"),
        codes=idmap("codes"),
        known_groups=idmap("known_groups"),
        country_codes=idmap("country_codes"),
        source=source,
    )
