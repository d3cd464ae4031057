"""Strict models (pydantic, ``extra="forbid"``) of what input files may hold.

One model per thing a user writes: the top of a curated YAML file
(:class:`CuratedFile`), its ``document:`` (:class:`DocumentSpec`), an actor
(:class:`ActorSpec`), a relation (:class:`RelationSpec`), a JSONL relation line
(:class:`JsonlRelation`) and a named-query file (:class:`QueryFile`). Texts are bounded
(:data:`~actorgraph.loaders.rows.MAX_TEXT_CHARS`), numbers are finite and in range, and
a date is checked as written. :func:`first_error` turns a validation error into the one
line our messages carry.

Example
-------
>>> RelationSpec(source="NLD", type="SUPPORTS", target="UKR", confidence=0.9).confidence
0.9
>>> try:
...     RelationSpec(source="NLD", type="SUPPORTS", target="UKR", weight=2)
... except Exception as exc:
...     print(first_error(exc))
unknown field 'weight'
>>> try:
...     RelationSpec(source="NLD", type="SUPPORTS", target="UKR", date="0000")
... except Exception as exc:
...     print(first_error(exc))
date: bad date '0000': there is no year 0
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    field_validator,
)

from actorgraph.graph.model import parse_date
from actorgraph.loaders.rows import MAX_TEXT_CHARS

#: the largest integer an offset or count may be (int64, what both stores hold)
MAX_INT = 2**63 - 1


def check_date(value: Any) -> str | None:
    """A date as written (text, or a number YAML read), checked; None and "" are None.

    >>> check_date(2024), check_date("2024-4-4"), check_date(None)
    ('2024', '2024-04-04', None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"bad date {value!r}: write it as YYYY-MM-DD (or YYYY-MM, YYYY)")
    text = str(value).strip()
    if text[:4] == "0000":
        raise ValueError(f"bad date {text!r}: there is no year 0")
    return parse_date(text)


def _text(value: Any) -> Any:
    """Numbers written where text is expected (an id ``1``, a role ``2``) become text."""
    if isinstance(value, bool) or value is None:
        return value
    return str(value) if isinstance(value, (int, float)) else value


Text = Annotated[str, BeforeValidator(_text), Field(max_length=MAX_TEXT_CHARS)]
Date = Annotated[str | None, BeforeValidator(check_date)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Offset = Annotated[StrictInt, Field(ge=0, le=MAX_INT)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=MAX_TEXT_CHARS)


class DocumentSpec(_Input):
    """The ``document:`` of a curated YAML file: an ``id``, or a ``path`` to the file."""

    id: Text | None = None
    path: Text | None = None
    title: Text | None = None
    date: Date = None
    language: Text | None = None
    issuer: Text | None = None
    source_url: Text | None = None


class ActorSpec(_Input):
    """An entry of ``actors:`` (checked again, with the vocabulary, by the model)."""

    id: Text
    name: Text
    kind: Text
    bloc: Text | None = None
    aliases: dict[Text, list[Text]] = Field(default_factory=dict)
    country: Text | None = None
    start: Date = None
    end: Date = None
    description: Text | None = None
    source: Text | None = None


class RelationSpec(_Input):
    """An entry of ``relations:`` (the columns of a relations CSV file, too)."""

    source: Text
    type: Text
    target: Text
    date: Date = None
    evidence: Text | None = None
    confidence: Confidence = 1.0
    doc: Text | None = None
    valid_from: Date = None
    valid_to: Date = None
    role: Text | None = None
    rule: Text | None = None


class CuratedFile(_Input):
    """The top level of a curated YAML file."""

    actors: list[dict[str, Any]] | None = None
    relations: list[dict[str, Any]] | None = None
    document: dict[str, Any] | None = None
    source: Text | None = None
    date: Date = None

    @field_validator("actors", "relations", mode="before")
    @classmethod
    def _entries(cls, value: Any) -> Any:
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, dict):
                    raise ValueError(
                        f"each entry must be a mapping such as '- {{id: NLD, name: "
                        f"Netherlands, kind: state}}', not {item!r}")
        return value


class JsonlRelation(_Input):
    """One line of a relations JSONL file (as ``actorgraph extract --format jsonl`` prints)."""

    source: Text
    type: Text
    target: Text
    doc: Text | None = None
    date: Date = None
    evidence: Text | None = None
    sentence: Offset | None = None
    start: Offset | None = None
    end: Offset | None = None
    confidence: Confidence = 1.0
    rule: Text | None = None
    # printed for people by `extract`, ignored when loading
    source_name: Any = None
    target_name: Any = None
    tier: Any = None
    issuer: Any = None
    lang: Any = None
    language: Any = None
    title: Any = None
    path: Any = None


class QueryParam(_Input):
    """A parameter of a named query."""

    #: checked by :class:`actorgraph.queries.params.Param` (its ``TYPES``)
    type: str = "string"
    default: Any = None
    description: str = ""
    choices: list[str] = Field(default_factory=list)
    min: int | None = None
    max: int | None = None


class QueryFile(_Input):
    """A named-query file of ``queries/library/``."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    title: str
    description: str
    cypher: str
    params: dict[str, QueryParam | None] = Field(default_factory=dict)
    sort: list[str] = Field(default_factory=list)
    sort_lists: list[str] = Field(default_factory=list)
    empty: str = ""
    indexed: str = ""
    plan: str = ""


def first_error(exc: ValidationError) -> str:
    """The first problem of a validation error, as one line: ``field: what is wrong``."""
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err.get("loc", ()) if x != "__root__")
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return f"unknown field {loc!r}"
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    if kind == "string_too_long":
        msg = f"a text longer than the {MAX_TEXT_CHARS:,} characters allowed"
    if kind == "finite_number" or (isinstance(err.get("input"), float)
                                   and not math.isfinite(err["input"])):
        msg = "must be a finite number"
    return f"{loc}: {msg}" if loc else msg
