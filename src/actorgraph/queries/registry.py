"""Named, parameterised Cypher queries, kept as data (one YAML file per query).

Each file in ``library/`` has a ``name``, ``title``, ``description``, typed ``params``
(with defaults) and the ``cypher`` text, written in Neo4j's dialect; the embedded store
rewrites what differs. Queries are read-only.

>>> q = get_query("supporters-of")
>>> q.title
'Who supports an actor'
>>> q.bind({"target": "UKR"})["target"]
'UKR'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from actorgraph.errors import SchemaError, UnknownQuery
from actorgraph.graph.store import GraphStore, QueryResult

_CASTS = {
    "string": str,
    "int": int,
    "float": float,
    "bool": lambda v: v if isinstance(v, bool) else str(v).lower() in {"1", "true", "yes"},
}


@dataclass(frozen=True)
class Param:
    """A query parameter: its name, type (string, int, float, bool) and default."""

    name: str
    type: str = "string"
    default: Any = None
    description: str = ""

    def cast(self, value: Any) -> Any:
        try:
            return _CASTS[self.type](value)
        except (TypeError, ValueError):
            raise UnknownQuery(
                f"parameter {self.name!r} must be a {self.type}, not {value!r}"
            ) from None


@dataclass(frozen=True)
class NamedQuery:
    """One query of the library."""

    name: str
    title: str
    description: str
    cypher: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    #: columns to sort the rows by, for queries (a UNION) that cannot ORDER BY as a whole
    sort: tuple[str, ...] = ()

    def bind(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """Parameters with defaults filled in and values cast to their types."""
        given = dict(given or {})
        known = {p.name: p for p in self.params}
        for name in given:
            if name not in known:
                names = ", ".join(known) or "none"
                raise UnknownQuery(
                    f"query {self.name!r} has no parameter {name!r}",
                    hint=f"its parameters: {names}",
                )
        out = {}
        for p in self.params:
            if p.name in given:
                out[p.name] = p.cast(given[p.name])
            elif p.default is not None:
                out[p.name] = p.cast(p.default)
            else:
                raise UnknownQuery(
                    f"query {self.name!r} needs parameter {p.name!r}",
                    hint=f"pass -p {p.name}=VALUE ({p.description or p.type})",
                )
        return out

    def usage(self) -> str:
        args = " ".join(
            f"-p {p.name}={p.default if p.default is not None else '…'}" for p in self.params
        )
        return f"actorgraph query --named {self.name} {args}".strip()


@functools.cache
def _library() -> dict[str, NamedQuery]:
    out = {}
    folder = resources.files("actorgraph.queries") / "library"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        spec = read_query_file(entry.read_text(encoding="utf-8"), f"queries/library/{entry.name}")
        params = tuple(
            Param(name=k, **(v.model_dump() if v else {})) for k, v in spec.params.items()
        )
        q = NamedQuery(
            name=spec.name, title=spec.title, description=spec.description.strip(),
            cypher=spec.cypher.strip(), params=params, sort=tuple(spec.sort),
        )
        out[q.name] = q
    return out


def read_query_file(text: str, where: str) -> Any:
    """A query file checked against :class:`actorgraph.loaders.schemas.QueryFile`
    (unknown keys refused); a :class:`SchemaError` names the file, line and field.

    >>> read_query_file("name: x\\ntitle: T\\ndescription: D\\ncypher: RETURN 1\\nlimit: 3\\n",
    ...                 "x.yaml")
    Traceback (most recent call last):
    ...
    actorgraph.errors.SchemaError: x.yaml line 1: unknown field 'limit'; fields: name, title, \
description, cypher, params, sort
    """
    from pydantic import ValidationError

    from actorgraph.loaders.schemas import QueryFile, first_error
    from actorgraph.loaders.yamlfile import load_yaml, strip_lines

    data = load_yaml(text, where, error=SchemaError)
    try:
        return QueryFile(**strip_lines(data if isinstance(data, dict) else {}))
    except ValidationError as exc:
        raise SchemaError(first_error(exc), path=where, line=1,
                          hint=f"fields: {', '.join(QueryFile.model_fields)}") from None


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return sorted(_library().values(), key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The named query ``name``, or :class:`UnknownQuery` listing close names."""
    lib = _library()
    if name in lib:
        return lib[name]
    import difflib

    close = difflib.get_close_matches(name, list(lib), n=3)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    raise UnknownQuery(f"no named query {name!r}", hint=hint + "`actorgraph queries` lists them")


def run_query(
    store: GraphStore, name: str, params: dict[str, Any] | None = None
) -> QueryResult:
    """Run a named query on any store (read-only).

    >>> from actorgraph.graph.store import open_store
    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp() + "/q.lbdb", fresh=True) as s:
    ...     run_query(s, "supporters-of", {"target": "RUS"}).rows
    []
    """
    q = get_query(name)
    result = store.query(q.cypher, q.bind(params))
    if q.sort:
        idx = [result.columns.index(c) for c in q.sort]
        result.rows.sort(key=lambda row: [(row[i] is None, row[i]) for i in idx])
    return result
