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
