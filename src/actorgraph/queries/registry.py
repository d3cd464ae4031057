"""Named, parameterised Cypher queries, kept as data (one YAML file per query).

Each file in ``library/`` has a ``name``, ``title``, ``description``, typed ``params``
(with defaults; see :mod:`actorgraph.queries.params`) and the ``cypher`` text, written
in Neo4j's dialect; the embedded store rewrites what differs. Queries are read-only.
Optional keys: ``sort`` (columns to sort the rows by, for a UNION that cannot be
ordered as a whole in both dialects), ``sort_lists`` (list columns whose items are
sorted, as ``collect()`` order differs between stores), ``empty`` (the hint shown
when the query finds nothing; ``{param}`` is replaced by its value) and ``indexed`` (the
same query through the embedded store's evidence-by-document index, run instead of
``cypher`` by a store whose ``doc_index`` is true: LadybugDB has no secondary index) and
``plan`` (the name of a store's own plan giving the same rows, run instead of ``cypher``
by a store whose ``run_plan`` has it: the embedded store's ``adjacency``, for
``neighbourhood``, reads its actor-adjacency index).

>>> q = get_query("supporters-of")
>>> q.title
'Who supports an actor'
>>> q.bind({"target": "UKR"})["target"]
'UKR'
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph import __version__, config
from actorgraph.errors import SchemaError, UnknownQuery
from actorgraph.queries.params import Param
from actorgraph.queries.result import Rows

__all__ = ["NamedQuery", "Param", "get_query", "list_queries", "run_query"]

_SLOT = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class NamedQuery:
    """One query of the library."""

    name: str
    title: str
    description: str
    cypher: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    #: columns to sort the rows by (``-col`` descending), applied after the query
    sort: tuple[str, ...] = ()
    #: list columns whose items are sorted (``collect()`` order is the store's own)
    sort_lists: tuple[str, ...] = ()
    #: hint shown when there are no rows
    empty: str = ""
    #: the query for a store with the evidence-by-document index (``store.doc_index``)
    indexed: str = ""
    #: the store plan with the same rows (``store.run_plan(plan, params)``), if it has it
    plan: str = ""

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

    def text(self, bound: dict[str, Any], indexed: bool = False) -> str:
        """The Cypher with its ``{{slots}}`` filled from checked parameter values
        (``indexed``: its :attr:`indexed` form, where it has one)."""
        known = {p.name: p for p in self.params}

        def fill(m: re.Match) -> str:
            p = known.get(m.group(1))
            if p is None:
                raise UnknownQuery(f"query {self.name!r} has a slot {{{{{m.group(1)}}}}} "
                                   "but no parameter of that name")
            return p.text(bound[p.name])

        return _SLOT.sub(fill, self.indexed if indexed and self.indexed else self.cypher)

    def usage(self) -> str:
        args = " ".join(f"-p {p.name}={p.shown_default()}" for p in self.params)
        return f"actorgraph query --named {self.name} {args}".strip()


def _param(name: str, spec: dict[str, Any] | None) -> Param:
    spec = dict(spec or {})
    if "choices" in spec:
        spec["choices"] = tuple(spec["choices"])
    return Param(name=name, **spec)


def _folder():
    return resources.files("actorgraph.queries") / "library"


@functools.cache
def _read(entry_name: str) -> NamedQuery:
    """One query file (``NAME.yaml``), checked by :func:`read_query_file`."""
    text = (_folder() / entry_name).read_text(encoding="utf-8")
    spec = _checked(entry_name, text)
    params = tuple(_param(k, v) for k, v in spec["params"].items())
    return NamedQuery(
        name=spec["name"], title=spec["title"], description=spec["description"].strip(),
        cypher=spec["cypher"].strip(), params=params, sort=tuple(spec["sort"]),
        sort_lists=tuple(spec["sort_lists"]), empty=spec["empty"].strip(),
        indexed=spec.get("indexed", "").strip(), plan=spec.get("plan", "").strip(),
    )


#: what a cached check depends on besides the file's text: the rules it was checked by
_SCHEMAS = Path(__file__).resolve().parents[1] / "loaders" / "schemas.py"


def _stamp() -> str:
    st = _SCHEMAS.stat()
    return f"{__version__}:{st.st_size}:{st.st_mtime_ns}"


@functools.cache
def _cache() -> dict[str, Any]:
    """The cache file's entries (file name -> {"text", "spec"}), empty when it is
    missing, unreadable or made under other rules (another version or schemas.py)."""
    try:
        data = json.loads((config.cache_dir() / _CACHE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("stamp") != _stamp():
        return {}
    return data.get("files") if isinstance(data.get("files"), dict) else {}


_CACHE_NAME = "named-queries.json"


def _checked(entry_name: str, text: str) -> dict[str, Any]:
    """The fields of a query file as :func:`read_query_file` checks them.

    The check (YAML, then the pydantic schema) costs more than the rest of a named query
    on a small store, so its result is kept in :func:`actorgraph.config.cache_dir` under
    the file's length and CRC-32 (zlib's: hashlib's OpenSSL module cost more to import
    than the check saves on a small store): a file is checked again as soon as its text
    (or the schema) changes, and a cache that cannot be read or written is only slower.
    """
    import zlib

    data = text.encode("utf-8")
    digest = f"{len(data)}:{zlib.crc32(data):08x}"
    hit = _cache().get(entry_name)
    if isinstance(hit, dict) and hit.get("text") == digest:
        return hit["spec"]
    q = read_query_file(text, f"queries/library/{entry_name}")
    spec = {
        "name": q.name, "title": q.title, "description": q.description, "cypher": q.cypher,
        "params": {k: v.model_dump(exclude_defaults=True) if v else None
                   for k, v in q.params.items()},
        "sort": list(q.sort), "sort_lists": list(q.sort_lists), "empty": q.empty,
        "indexed": q.indexed, "plan": q.plan,
    }
    files = _cache()
    files[entry_name] = {"text": digest, "spec": spec}
    folder = config.cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{_CACHE_NAME}.{os.getpid()}"
        tmp.write_text(json.dumps({"stamp": _stamp(), "files": files}), encoding="utf-8")
        os.replace(tmp, folder / _CACHE_NAME)
    except OSError:
        pass
    return spec


def read_query_file(text: str, where: str) -> Any:
    """A query file checked against :class:`actorgraph.loaders.schemas.QueryFile`
    (unknown keys refused); a :class:`SchemaError` names the file, line and field.

    >>> read_query_file("name: x\\ntitle: T\\ndescription: D\\ncypher: RETURN 1\\nlimit: 3\\n",
    ...                 "x.yaml")
    Traceback (most recent call last):
    ...
    actorgraph.errors.SchemaError: x.yaml line 1: unknown field 'limit'; fields: name, title, \
description, cypher, params, sort, sort_lists, empty, indexed, plan
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


@functools.cache
def _library() -> dict[str, NamedQuery]:
    out = {}
    for entry in sorted(_folder().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            q = _read(entry.name)
            out[q.name] = q
    return out


def is_named(name: str) -> bool:
    """Whether ``name`` is a query of the library (without reading the others)."""
    return bool(re.fullmatch(r"[a-z0-9-]+", name)) and (_folder() / f"{name}.yaml").is_file()


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return sorted(_library().values(), key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The named query ``name``, or :class:`UnknownQuery` listing close names."""
    if is_named(name):
        q = _read(f"{name}.yaml")
        if q.name == name:
            return q
    lib = _library()
    if name in lib:
        return lib[name]
    import difflib

    close = difflib.get_close_matches(name, list(lib), n=3)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    raise UnknownQuery(f"no named query {name!r}", hint=hint + "`actorgraph queries` lists them")


def resolve_params(store: Any, query: NamedQuery, bound: dict[str, Any]) -> dict[str, Any]:
    """Actor parameters turned into the ids the store holds (names, aliases, catalogue)."""
    from actorgraph.queries.resolve import resolve_actor

    out = dict(bound)
    for p in query.params:
        if p.type == "actor":
            out[p.name] = resolve_actor(store, out[p.name], param=p.name)
    return out


def _sort_key(columns: list[str], spec: tuple[str, ...]):
    keys = [(columns.index(s.lstrip("-")), s.startswith("-")) for s in spec]

    def key(row: list[Any]) -> list[Any]:
        out = []
        for i, desc in keys:
            v = row[i]
            if desc and isinstance(v, (int, float)):
                out.append((v is None, -v))
            else:
                out.append((v is None, v))
        return out

    return key


def run_query(
    store: Any, name: str, params: dict[str, Any] | None = None
) -> Rows:
    """Run a named query on any store (read-only).

    Actor parameters may be names or aliases ("Rusland"); dates may be partial ("2022").

    >>> from actorgraph.graph.store import open_store
    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp() + "/g.lbdb") as s:
    ...     run_query(s, "bloc-summary").rows
    []
    """
    q = get_query(name)
    bound = resolve_params(store, q, q.bind(params))
    planned = getattr(store, "run_plan", None)
    result = planned(q.plan, bound) if q.plan and planned else None
    if result is None:
        # (asking the store whether its index is complete is a query: only when it matters)
        text = q.text(bound, indexed=bool(q.indexed) and getattr(store, "doc_index", False))
        used = {k: v for k, v in bound.items() if re.search(rf"\${k}\b", text)}
        result = store.query(text, used)
    rows = result.rows
    for col in q.sort_lists:
        i = result.columns.index(col)
        for row in rows:
            if isinstance(row[i], list):
                row[i] = sorted(row[i], key=lambda v: (v is None, v))
    if q.sort:
        rows.sort(key=_sort_key(result.columns, q.sort))
    hint = None
    if not rows and q.empty:
        hint = q.empty.format(**{k: v for k, v in bound.items()})
    return Rows(columns=result.columns, rows=rows, query=name, params=bound, hint=hint)
