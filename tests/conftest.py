"""Fixtures shared by all test layers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.embedded_store import EmbeddedStore
from neo4j_servers import server_of
from small_graph import copy_graph

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"

#: tests that need the one shared Neo4j server (they empty its database)
NEO4J_FIXTURES = {"neo4j_server", "neo4j_store", "_neo4j_server_a", "_neo4j_server_b"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Schedule for pytest-xdist (``-n auto --dist loadgroup``, see pyproject.toml): every
    test that reaches one of the suite's Neo4j servers runs on one worker, one after the
    other (a test empties the database another is reading); the two servers' groups run
    side by side; a test that uses a module- or class-scoped fixture (a store, a parsed
    catalogue), and a doctest, goes with its module, so that fixture is built once, not
    on each worker;
    every other test is a group of its own, so a module of slow tests is shared between
    the workers instead of holding one of them. Without xdist the marks change nothing."""
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            group = "neo4j" if server_of(item.module) == "a" else "neo4j-b"
        elif _shares_a_fixture(item) or type(item).__name__ == "DoctestItem":
            # (the doctests of one module may share a file, e.g. a graph in /tmp that one
            # example upgrades and the next repairs: they stay together too)
            group = item.nodeid.split("::", 1)[0]
        else:  # a test of its own: any worker that is free takes it
            group = item.nodeid
        item.add_marker(pytest.mark.xdist_group(group))
        if getattr(config.option, "loadgroup", False) and hasattr(item, "_id"):
            # pytest >= 9.2 keeps the node id in ``_id``, and xdist 3.8 still appends the
            # group to the old ``_nodeid``, which no longer counts (pytest-xdist#1386):
            # append it where it counts
            from _pytest.nodes import NodeId

            item._id = NodeId.parse(f"{item.nodeid}@{group}")


def _shares_a_fixture(item) -> bool:
    """Whether ``item`` uses a fixture built once for its module, package or class."""
    info = getattr(item, "_fixtureinfo", None)
    for defs in (info.name2fixturedefs.values() if info else ()):
        if any(str(getattr(d.scope, "value", d.scope)) in ("module", "package", "class")
               for d in defs):
            return True
    return False


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    """Refuse to run a worker whose tests lost their group (a pytest or xdist release
    that groups differently): the Neo4j tests would run at once on two workers."""
    if getattr(session.config.option, "loadgroup", False):
        lost = [i.nodeid for i in session.items if "@" not in i.nodeid]
        if lost:
            raise pytest.UsageError(
                f"pytest-xdist did not group {lost[0]} (and {len(lost) - 1} more); "
                "run the suite with -n 0")


@pytest.fixture
def store(tmp_path):
    """A fresh embedded store in a temporary folder."""
    s = EmbeddedStore(tmp_path / "graph.lbdb")
    yield s
    s.close()


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "graph.lbdb"


@pytest.fixture(scope="session")
def small_graph_file(tmp_path_factory) -> Path:
    """tests/small_graph.py's batch written once per session (per pytest-xdist worker)
    into an embedded store, closed: tests copy it (:func:`copy_graph`) instead of
    writing the batch again (~0.2 s CPU and ~80 fsyncs each time). Session scope, so
    the tests that use it are not tied to one worker (see the grouping above)."""
    from small_graph import small_batch

    path = tmp_path_factory.mktemp("small-graph") / "g.lbdb"
    with EmbeddedStore(path) as s:
        s.write(small_batch())
    return path


@pytest.fixture
def small_graph_path(tmp_path, small_graph_file) -> Path:
    """A fresh copy of the small graph (tests/small_graph.py), written as
    ``EmbeddedStore(path).write(small_batch())`` writes it, in ``tmp_path``."""
    return copy_graph(small_graph_file, tmp_path / "g.lbdb")


@pytest.fixture
def small_store(small_graph_path):
    """The copy of the small graph, open for writing."""
    s = EmbeddedStore(small_graph_path)
    yield s
    s.close()



@pytest.fixture(autouse=True, scope="session")
def _fixed_terminal_width():
    """Tables are drawn to the terminal's width (cli/output.py): give every test the width
    a run without a terminal gets (120), whether it runs in a narrow terminal or in a
    pytest-xdist worker (which sets COLUMNS=80)."""
    import os

    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "120"
    yield
    if old is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = old


@pytest.fixture(autouse=True, scope="session")
def _own_data_home(tmp_path_factory):
    """Commands that remember things (the demo's store) or cache them (the checked
    named-query files) write into temporary homes, never the user's ~/.local/share or
    ~/.cache."""
    import os

    old = {v: os.environ.get(v) for v in ("XDG_DATA_HOME", "XDG_CACHE_HOME")}
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    for var, value in old.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value
