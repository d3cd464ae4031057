"""Typed parameters of named queries: casting, checking, and the few that shape the text.

A parameter has a type:

``string``, ``int``, ``float``, ``bool``
    cast as the name says (``int`` may carry ``min``/``max``);
``actor``
    an id, a name or an alias in English or Dutch, resolved against the store and the
    reference catalogue (see :mod:`actorgraph.queries.resolve`) to an actor id;
``date``
    an ISO date or a partial one (``2022``, ``2022-02``), which stands for its first
    day (``2022-01-01``, ``2022-02-01``); an empty default means "no bound";
``types``
    relation types separated by commas (``SUPPORTS,PARTNERS_WITH``; empty: all of them),
    bound as a list and, for variable-length patterns, written into the text as a label
    alternative (``{{types}}`` becomes ``:SUPPORTS|PARTNERS_WITH``);
``choice``
    one of the listed ``choices`` (written into the text where it says ``{{name}}``,
    e.g. an ORDER BY column).

Only checked values are ever written into query text: relation types from the closed
vocabulary, bounded integers and listed choices. Everything else travels as a Cypher
parameter.

>>> Param("types", "types").cast("supports, partners_with")
['SUPPORTS', 'PARTNERS_WITH']
>>> Param("since", "date").cast("2022-2")
'2022-02-01'
>>> Param("hops", "int", min=1, max=4).text(3)
'3'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from actorgraph.errors import UnknownQuery

TYPES = ("string", "int", "float", "bool", "actor", "date", "types", "choice", "origin")

#: what each value of an ``origin`` parameter keeps: the relation's ``origins`` it needs
ORIGIN_GROUPS = {
    "documents": ("document",),
    "curated": ("curated", "catalogue"),
    "events": ("icews", "gdelt", "polecat"),
}


def _bool(v: Any) -> bool:
    return v if isinstance(v, bool) else str(v).strip().lower() in {"1", "true", "yes", "y"}


@dataclass(frozen=True)
class Param:
    """A query parameter: its name, type, default and, for some types, its bounds."""

    name: str
    type: str = "string"
    default: Any = None
    description: str = ""
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise UnknownQuery(f"parameter {self.name!r} has an unknown type {self.type!r}",
                               hint=f"known types: {', '.join(TYPES)}")

    def _bad(self, value: Any, what: str | None = None) -> UnknownQuery:
        return UnknownQuery(
            f"parameter {self.name!r} must be {what or 'a ' + self.type}, not {value!r}",
            hint=self.description or None,
        )

    def cast(self, value: Any) -> Any:
        """The value checked and converted to its type (an actor stays text here)."""
        kind = self.type
        try:
            if kind == "int":
                out = int(value)
                if (self.min is not None and out < self.min) or (
                    self.max is not None and out > self.max
                ):
                    raise self._bad(value, f"an integer from {self.min} to {self.max}")
                return out
            if kind == "float":
                return float(value)
            if kind == "bool":
                return _bool(value)
            if kind == "date":
                return _date(value, self)
            if kind == "types":
                return _types(value)
            if kind in ("choice", "origin"):
                text = str(value).strip().lower()
                choices = self.choices if kind == "choice" else ("any", *ORIGIN_GROUPS)
                if text not in choices:
                    raise self._bad(value, "one of " + ", ".join(choices))
                return text
            return str(value)
        except UnknownQuery:
            raise
        except (TypeError, ValueError):
            raise self._bad(value) from None

    def text(self, value: Any) -> str:
        """How a checked value is written into query text where it says ``{{name}}``."""
        if self.type == "types":
            return ":" + "|".join(value)
        if self.type == "origin":
            return _origin_clause(value)
        if self.type in ("int", "choice"):
            return str(value)
        raise UnknownQuery(f"parameter {self.name!r} ({self.type}) cannot be written "
                           "into query text; use ${name} instead")

    def shown_default(self) -> str:
        if self.default is None:
            return "…"
        return str(self.default) if self.default != "" else "''"


def _date(value: Any, param: Param) -> str:
    from actorgraph.graph.dates import parse_date

    if value is None or str(value).strip() == "":
        return ""
    try:
        day = parse_date(value) or ""
    except ValueError as exc:
        raise UnknownQuery(f"parameter {param.name!r}: {exc}",
                           hint="a date is YYYY-MM-DD, YYYY-MM or YYYY") from None
    return {4: f"{day}-01-01", 7: f"{day}-01"}.get(len(day), day)


def _types(value: Any) -> list[str]:
    from actorgraph.graph.vocabulary import RelationType

    items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    names = [str(v).strip() for v in items if str(v).strip()]
    if not names:
        return [t.value for t in RelationType]
    out: list[str] = []
    for n in names:
        t = RelationType.parse(n).value
        if t not in out:
            out.append(t)
    return out


def _origin_clause(value: str) -> str:
    """A WHERE condition on the relation ``r`` keeping the relations of one origin.

    >>> _origin_clause("events")
    "(r.origins CONTAINS 'icews' OR r.origins CONTAINS 'gdelt' OR r.origins CONTAINS 'polecat')"
    >>> _origin_clause("any")
    'true'
    """
    if value == "any":
        return "true"
    return "(" + " OR ".join(f"r.origins CONTAINS '{o}'" for o in ORIGIN_GROUPS[value]) + ")"
