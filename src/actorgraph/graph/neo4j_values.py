"""Values and errors between the Neo4j driver and the library.

Driver values become plain Python (:func:`to_plain`, as the embedded store returns
them), store specs become connection settings (:func:`connection_settings`), stored rows
become parameters (:func:`drop_none`, :func:`rel_params`), and driver errors become
:class:`~actorgraph.errors.ActorGraphError` subclasses with the fix (:func:`driver_errors`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from actorgraph.errors import ConstraintViolation, QueryError, StoreUnavailable, require
from actorgraph.graph.neo4j_cypher import BLOC_LABELS, KIND_LABELS

_KIND_LABELS = KIND_LABELS
_BLOC_LABELS = BLOC_LABELS

UNREACHABLE_HINT = "start it with scripts/neo4j-local.sh start, or check NEO4J_URI"
AUTH_HINT = "check NEO4J_PASSWORD (and NEO4J_USERNAME)"
WRITE_HINT = "pass --write (query(..., write=True)) to allow a query that changes the graph"


def to_plain(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships become dicts of their
    properties plus ``_labels`` or ``_type``, as the embedded store returns them (an actor's
    kind label is left out: it is the ``kind`` property); temporal values become ISO
    strings as Python's ``isoformat`` writes them.

    >>> to_plain([1, {"a": (2, 3)}])
    [1, {'a': [2, 3]}]
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    graph = _neo4j_module("neo4j.graph")
    if graph is not None:
        if isinstance(value, graph.Node):
            out = {k: to_plain(v) for k, v in value.items()}
            labels = set(value.labels)
            if "Actor" in labels:  # the kind is a property too; match the embedded store
                labels -= set(_KIND_LABELS.values()) | set(_BLOC_LABELS)
            out["_labels"] = sorted(labels)
            return out
        if isinstance(value, graph.Relationship):
            out = {k: to_plain(v) for k, v in value.items()}
            out["_type"] = value.type
            return out
        if isinstance(value, graph.Path):
            return {
                "nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships],
            }
    if hasattr(value, "to_native"):  # neo4j.time Date, DateTime, Time: as Python's isoformat
        with contextlib.suppress(ValueError, OverflowError):
            return value.to_native().isoformat()
    if hasattr(value, "iso_format"):  # Duration, and values Python's types cannot hold
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if hasattr(value, "srid"):  # spatial points
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)


def _neo4j_module(name: str):
    import sys

    return sys.modules.get(name)


def connection_settings(spec: str, env: Any = os.environ) -> tuple[str, str, str, str | None]:
    """(uri, user, password, database) for a store spec and the environment.

    >>> connection_settings("bolt://u:p%40ss@h:7687", env={})
    ('bolt://h:7687', 'u', 'p@ss', None)
    >>> connection_settings("neo4j", env={"NEO4J_URI": "neo4j://h", "NEO4J_USER": "x"})
    ('neo4j://h', 'x', '', None)
    """
    from actorgraph.config import neo4j_settings

    settings = neo4j_settings(env)
    if spec == "neo4j":
        uri = settings.uri
        if not uri:
            raise StoreUnavailable(
                "--store neo4j needs NEO4J_URI",
                hint="export NEO4J_URI=bolt://127.0.0.1:7687 "
                "(scripts/neo4j-local.sh env prints the settings)",
            )
    else:
        uri = spec
    user, password, database = settings.user, settings.password, settings.database
    parts = urlsplit(uri)
    if parts.username is not None or parts.password is not None:
        user = unquote(parts.username or user)
        password = unquote(parts.password or password)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        uri = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return uri, user, password, database



def drop_none(row: dict[str, Any]) -> dict[str, Any]:
    """A row without its None values (Neo4j stores no nulls: absent is None)."""
    return {k: v for k, v in row.items() if v is not None}


def rel_params(row: dict[str, Any]) -> dict[str, Any]:
    """A relation row as the parameters of a relationship: ends and property map."""
    props = {k: v for k, v in row.items() if k not in ("s", "t", "type") and v is not None}
    return {"s": row["s"], "t": row["t"], "p": props}


def one_line(text: str) -> str:
    return " ".join(str(text).split())


@contextlib.contextmanager
def driver_errors(
    uri: str, user: str, database: str, timeout: float | None = None
) -> Iterator[None]:
    """Turn driver errors into ActorGraphError subclasses with the fix in the hint."""
    exc_mod = require("neo4j", "neo4j").exceptions
    try:
        yield
    except exc_mod.AuthError:
        raise StoreUnavailable(
            f"Neo4j at {uri} refused the login of user {user!r}", hint=AUTH_HINT
        ) from None
    except exc_mod.ConstraintError as exc:
        raise ConstraintViolation(
            f"Neo4j rejected the write: {one_line(exc.message)}",
            hint="ids of actors and documents must be unique, and so must relation keys "
            "in one write_columns (evidence ids contain them); fix the duplicate",
        ) from None
    except exc_mod.CypherSyntaxError as exc:
        raise QueryError(f"Cypher syntax error: {exc.message}") from None
    except exc_mod.Neo4jError as exc:
        raise server_error(exc, uri, database, timeout) from None
    except exc_mod.ServiceUnavailable:
        raise StoreUnavailable(f"cannot reach Neo4j at {uri}", hint=UNREACHABLE_HINT) from None
    except exc_mod.SessionExpired:
        raise StoreUnavailable(
            f"lost the connection to Neo4j at {uri}", hint=UNREACHABLE_HINT
        ) from None
    except exc_mod.DriverError as exc:
        raise StoreUnavailable(
            f"Neo4j at {uri}: {one_line(str(exc))}", hint=UNREACHABLE_HINT
        ) from None


def server_error(
    exc: Any, uri: str, database: str, timeout: float | None = None
) -> Exception:
    """The library error for a Neo4j server error (by its status code).

    >>> class E:  # a server error as the driver gives it
    ...     code, message = "Neo.ClientError.Transaction.TransactionTimedOut", "timed out"
    >>> print(server_error(E(), "bolt://h", "neo4j", 2.0))
    the query ran longer than 2 s and was stopped; bound variable-length patterns \
(-[*1..3]-), add LIMIT, or allow more time with --timeout
    """
    code = exc.code or ""
    message = exc.message or str(exc)
    if "TransactionTimedOut" in code:
        return QueryError(
            f"the query ran longer than {timeout or 0:g} s and was stopped",
            hint="bound variable-length patterns (-[*1..3]-), add LIMIT, or allow more "
            "time with --timeout",
        )
    if code.endswith("Statement.AccessMode") or "read access mode" in message:
        return QueryError(
            "this query writes to the graph, but queries run read-only", hint=WRITE_HINT
        )
    if code.endswith("Database.DatabaseNotFound"):
        return StoreUnavailable(
            f"Neo4j at {uri} has no database {database!r}",
            hint="check NEO4J_DATABASE (Neo4j Community has one user database: neo4j)",
        )
    if "MemoryPoolOutOfMemoryError" in code or "TransactionOutOfMemoryError" in code:
        return StoreUnavailable(
            f"Neo4j at {uri} ran out of transaction memory ({one_line(message)}); the "
            "transaction was rolled back: nothing of it was written",
            hint="a load up to $ACTORGRAPH_NEO4J_ATOMIC_MAX relations is one transaction "
            "(about 11 KB of the server's heap per relation): lower it (e.g. "
            "ACTORGRAPH_NEO4J_ATOMIC_MAX=5000) to write in chunks, or give Neo4j more heap",
        )
    if code.startswith("Neo.ClientError.Security"):
        return StoreUnavailable(f"Neo4j at {uri} refused: {one_line(message)}", hint=AUTH_HINT)
    if code.startswith("Neo.ClientError.Statement"):
        return QueryError(f"Neo4j rejected the query: {message}")
    if code.startswith("Neo.ClientError.Schema"):
        return ConstraintViolation(f"Neo4j rejected the write: {one_line(message)}")
    return QueryError(f"Neo4j error {code}: {message}")
