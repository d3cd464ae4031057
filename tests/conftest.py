"""Fixtures shared by all test layers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.embedded_store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(tmp_path):
    """A fresh embedded store in a temporary folder."""
    s = EmbeddedStore(tmp_path / "graph.lbdb")
    yield s
    s.close()


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "graph.lbdb"



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
