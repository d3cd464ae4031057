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
    """Commands that remember things (the demo's store) write into a temporary data
    home, never the user's ~/.local/share."""
    import os

    old = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    yield
    if old is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = old
