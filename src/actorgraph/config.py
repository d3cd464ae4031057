"""Every setting actorgraph reads from the environment, read and checked in one place.

A bad value is a :class:`~actorgraph.errors.ConfigError` naming the variable, the value
and the fix; no other module reads ``os.environ`` for an ``ACTORGRAPH_*`` or ``NEO4J_*``
setting. Functions take an optional ``env`` mapping (default: ``os.environ``) so that
tests and callers can pass their own.

:data:`SETTINGS` lists every variable read here and what it sets.

Example
-------
>>> query_timeout(env={})
300.0
>>> query_timeout(env={"ACTORGRAPH_QUERY_TIMEOUT": "abc"})
Traceback (most recent call last):
...
actorgraph.errors.ConfigError: ACTORGRAPH_QUERY_TIMEOUT='abc' is not a number of seconds; \
give a number from 0.001 to 604800, e.g. ACTORGRAPH_QUERY_TIMEOUT=60
>>> default_store_path(env={"XDG_DATA_HOME": "/data"}).as_posix()
'/data/actorgraph/graph.lbdb'
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import ConfigError

STORE = "ACTORGRAPH_STORE"
QUERY_TIMEOUT = "ACTORGRAPH_QUERY_TIMEOUT"
EVENTS_MEMORY = "ACTORGRAPH_EVENTS_MEMORY"
EVENTS_ENGINE = "ACTORGRAPH_EVENTS_ENGINE"
CHROMIUM = "ACTORGRAPH_CHROMIUM"
NEO4J_ATOMIC_MAX = "ACTORGRAPH_NEO4J_ATOMIC_MAX"
NEO4J_URI = "NEO4J_URI"
PAIR_MODEL = "ACTORGRAPH_PAIR_MODEL"
EVAL_LOCAL = "ACTORGRAPH_EVAL_LOCAL"

#: every environment variable actorgraph reads, with what it sets
SETTINGS = {
    STORE: "the store commands use unless --store is given (a folder or a neo4j:// URI)",
    QUERY_TIMEOUT: "seconds a query may run before it is stopped (default 300)",
    EVENTS_MEMORY: "memory the event-data engine (DuckDB) may use before it spills (1GB)",
    EVENTS_ENGINE: "the event-data engine when a command names none: auto (Polars if "
    "installed, else DuckDB), duckdb, polars or spark",
    CHROMIUM: "the Chromium that draws PNG/SVG views (default: chromium on the PATH)",
    PAIR_MODEL: "the extractor's pair model (a JSON file; 'off' for none; default: the one "
    "shipped, data/pair_model.json)",
    EVAL_LOCAL: "folder of eval texts not committed, <set>/<name> (pair model training)",
    NEO4J_ATOMIC_MAX: "relations up to which one Neo4j load is one transaction (10000; "
    "0: always in chunks)",
    "XDG_DATA_HOME": "base folder of the default store (~/.local/share)",
    "XDG_CACHE_HOME": "base folder of the cache of checked query files and catalogue names "
                      "(~/.cache)",
    NEO4J_URI: "the Neo4j that --store neo4j and push use",
    "NEO4J_USERNAME": "the Neo4j user (NEO4J_USER is also read; default neo4j)",
    "NEO4J_PASSWORD": "the Neo4j password",
    "NEO4J_DATABASE": "the Neo4j database (default: the server's default)",
}

#: the default query timeout, and the range a timeout may take (seconds). Below a
#: millisecond the embedded database would round it to 0, which means "no timeout".
DEFAULT_TIMEOUT = 300.0
MIN_TIMEOUT = 0.001
MAX_TIMEOUT = 7 * 24 * 3600.0


def _env(env: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if env is None else env


def check_timeout(value: object, where: str) -> float:
    """``value`` as seconds, or a :class:`ConfigError` saying ``where`` it came from.

    >>> check_timeout("2.5", "--timeout")
    2.5
    >>> check_timeout(0, "--timeout")
    Traceback (most recent call last):
    ...
    actorgraph.errors.ConfigError: --timeout 0 is out of range; give a number from 0.001 \
to 604800, e.g. --timeout 60
    """
    example = f"{where}=60" if where.isupper() else f"{where} 60"
    shown = f"{where}={value!r}" if where.isupper() else f"{where} {value}"
    hint = f"give a number from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g}, e.g. {example}"
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"{shown} is not a number of seconds", hint=hint) from None
    if not math.isfinite(seconds) or not MIN_TIMEOUT <= seconds <= MAX_TIMEOUT:
        raise ConfigError(f"{shown} is out of range", hint=hint)
    return seconds


def query_timeout(value: object = None, *, env: Mapping[str, str] | None = None) -> float:
    """Seconds a query may run: ``value`` (``--timeout``), else the variable, else 300."""
    if value is not None:
        return check_timeout(value, "--timeout")
    raw = _env(env).get(QUERY_TIMEOUT)
    if raw is None or not raw.strip():
        return DEFAULT_TIMEOUT
    return check_timeout(raw, QUERY_TIMEOUT)


def default_store_path(*, env: Mapping[str, str] | None = None) -> Path:
    """The embedded store used when neither ``--store`` nor ``$ACTORGRAPH_STORE`` is given:
    ``$XDG_DATA_HOME/actorgraph/graph.lbdb`` (``~/.local/share/actorgraph/graph.lbdb``).
    :func:`store_spec` is the one that reads ``$ACTORGRAPH_STORE``."""
    base = _env(env).get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "actorgraph" / "graph.lbdb"


def cache_dir(*, env: Mapping[str, str] | None = None) -> Path:
    """Where actorgraph keeps what it can compute again (the checked named-query files, the
    catalogue's name tables): ``$XDG_CACHE_HOME/actorgraph`` (``~/.cache/actorgraph``);
    deleting it is always safe.

    >>> cache_dir(env={"XDG_CACHE_HOME": "/c"}).as_posix()
    '/c/actorgraph'
    """
    base = _env(env).get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "actorgraph"


def store_spec(spec: str | None = None, *, env: Mapping[str, str] | None = None) -> str:
    """The store a command uses: ``spec`` (``--store``), else ``$ACTORGRAPH_STORE``, else
    :func:`default_store_path`.

    >>> store_spec(env={"ACTORGRAPH_STORE": "g.lbdb"}), store_spec("x", env={})
    ('g.lbdb', 'x')
    """
    e = _env(env)
    return spec or (e.get(STORE) or "").strip() or str(default_store_path(env=e))


@dataclass(frozen=True)
class Neo4jSettings:
    """Where Neo4j is and how to log in, from the ``NEO4J_*`` variables."""

    uri: str | None
    user: str
    password: str
    database: str | None


def neo4j_settings(env: Mapping[str, str] | None = None) -> Neo4jSettings:
    """The ``NEO4J_*`` settings (a URI given on the command line overrides ``uri``).

    >>> neo4j_settings({"NEO4J_URI": "bolt://h:7687", "NEO4J_USER": "x"})
    Neo4jSettings(uri='bolt://h:7687', user='x', password='', database=None)
    """
    e = _env(env)
    uri = (e.get(NEO4J_URI) or "").strip() or None
    if uri is not None and "://" not in uri:
        raise ConfigError(
            f"{NEO4J_URI}={uri!r} is not a Neo4j URI",
            hint="give bolt://HOST:7687 or neo4j://HOST:7687 (neo4j+s:// for TLS)",
        )
    return Neo4jSettings(
        uri=uri,
        user=e.get("NEO4J_USERNAME") or e.get("NEO4J_USER") or "neo4j",
        password=e.get("NEO4J_PASSWORD") or "",
        database=e.get("NEO4J_DATABASE") or None,
    )


def neo4j_atomic_max(*, env: Mapping[str, str] | None = None) -> int:
    """Relations up to which one Neo4j load is one transaction (readers see all of it or
    none; above it the load goes in chunks): ``$ACTORGRAPH_NEO4J_ATOMIC_MAX``, default
    :data:`actorgraph.graph.neo4j_atomic.DEFAULT_MAX_RELATIONS`; 0 means always chunks.

    >>> neo4j_atomic_max(env={}), neo4j_atomic_max(env={"ACTORGRAPH_NEO4J_ATOMIC_MAX": "0"})
    (10000, 0)
    >>> neo4j_atomic_max(env={"ACTORGRAPH_NEO4J_ATOMIC_MAX": "-1"})
    Traceback (most recent call last):
    ...
    actorgraph.errors.ConfigError: ACTORGRAPH_NEO4J_ATOMIC_MAX='-1' is not a number of \
relations; give a whole number from 0 up, e.g. ACTORGRAPH_NEO4J_ATOMIC_MAX=100000
    """
    from actorgraph.graph.neo4j_atomic import DEFAULT_MAX_RELATIONS

    raw = (_env(env).get(NEO4J_ATOMIC_MAX) or "").strip().replace("_", "")
    if not raw:
        return DEFAULT_MAX_RELATIONS
    if not raw.isdigit():
        raise ConfigError(f"{NEO4J_ATOMIC_MAX}={raw!r} is not a number of relations",
                          hint=f"give a whole number from 0 up, e.g. {NEO4J_ATOMIC_MAX}=100000")
    return int(raw)


def events_memory(*, env: Mapping[str, str] | None = None) -> str:
    """The memory DuckDB may use while it groups event data (it spills to disk beyond it):
    ``$ACTORGRAPH_EVENTS_MEMORY`` as a number and a unit, default ``1GB``.

    >>> events_memory(env={}), events_memory(env={"ACTORGRAPH_EVENTS_MEMORY": "512 mb"})
    ('1GB', '512MB')
    >>> events_memory(env={"ACTORGRAPH_EVENTS_MEMORY": "lots"})
    Traceback (most recent call last):
    ...
    actorgraph.errors.ConfigError: ACTORGRAPH_EVENTS_MEMORY='lots' is not a size; give a \
number and a unit, e.g. ACTORGRAPH_EVENTS_MEMORY=2GB
    """
    import re

    raw = (_env(env).get(EVENTS_MEMORY) or "").strip()
    if not raw:
        return "1GB"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt]i?b)", raw, flags=re.IGNORECASE)
    if not m:
        raise ConfigError(f"{EVENTS_MEMORY}={raw!r} is not a size",
                          hint=f"give a number and a unit, e.g. {EVENTS_MEMORY}=2GB")
    return f"{m.group(1)}{m.group(2).upper()}"


def events_engine(*, env: Mapping[str, str] | None = None) -> str:
    """The engine event data is grouped with when a command names none:
    ``$ACTORGRAPH_EVENTS_ENGINE`` (``auto``, ``duckdb``, ``polars`` or ``spark``), default
    ``auto`` (Polars if the ``polars`` extra is installed, else DuckDB).

    >>> events_engine(env={}), events_engine(env={"ACTORGRAPH_EVENTS_ENGINE": " DuckDB "})
    ('auto', 'duckdb')
    >>> events_engine(env={"ACTORGRAPH_EVENTS_ENGINE": "pandas"})
    Traceback (most recent call last):
    ...
    actorgraph.errors.ConfigError: ACTORGRAPH_EVENTS_ENGINE='pandas' is not an engine; use \
one of: auto, duckdb, polars, spark
    """
    engines = ("auto", "duckdb", "polars", "spark")
    raw = (_env(env).get(EVENTS_ENGINE) or "").strip().lower() or "auto"
    if raw not in engines:
        raise ConfigError(f"{EVENTS_ENGINE}={raw!r} is not an engine",
                          hint=f"use one of: {', '.join(engines)}")
    return raw


def chromium(*, env: Mapping[str, str] | None = None) -> str | None:
    """The Chromium executable named by ``$ACTORGRAPH_CHROMIUM``, or None.

    >>> chromium(env={"ACTORGRAPH_CHROMIUM": " /usr/bin/chromium "}), chromium(env={})
    ('/usr/bin/chromium', None)
    """
    return (_env(env).get(CHROMIUM) or "").strip() or None


def pair_model(*, env: Mapping[str, str] | None = None) -> str | None:
    """The pair model file named by ``$ACTORGRAPH_PAIR_MODEL``: a path, ``"off"`` (no
    learned readings), or None (the shipped model).

    >>> pair_model(env={"ACTORGRAPH_PAIR_MODEL": " OFF "}), pair_model(env={})
    ('off', None)
    """
    raw = (_env(env).get(PAIR_MODEL) or "").strip()
    return "off" if raw.lower() == "off" else (raw or None)


def eval_local(*, env: Mapping[str, str] | None = None) -> Path | None:
    """The folder of eval texts that may not be committed (``$ACTORGRAPH_EVAL_LOCAL``).

    >>> eval_local(env={"ACTORGRAPH_EVAL_LOCAL": "/data/eval-local"}), eval_local(env={})
    (PosixPath('/data/eval-local'), None)
    """
    raw = (_env(env).get(EVAL_LOCAL) or "").strip()
    return Path(raw) if raw else None
