"""Every ACTORGRAPH_* and NEO4J_* setting is read and checked in actorgraph.config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actorgraph import config
from actorgraph.errors import ConfigError
from actorgraph.graph.store import default_store_path, resolve_store_spec

SRC = Path(__file__).resolve().parents[2] / "src" / "actorgraph"


@pytest.mark.parametrize("raw", ["abc", "0", "-5", "nan", "inf", "-inf", "0.0001", "1e400", "1e9"])
def test_bad_timeouts_are_one_line_errors(raw):
    with pytest.raises(ConfigError, match=r"ACTORGRAPH_QUERY_TIMEOUT=.* (is not a number|is out)"):
        config.query_timeout(env={"ACTORGRAPH_QUERY_TIMEOUT": raw})
    with pytest.raises(ConfigError, match=r"^--timeout "):
        config.query_timeout(raw)


def test_good_timeouts():
    assert config.query_timeout(env={}) == 300.0
    assert config.query_timeout(env={"ACTORGRAPH_QUERY_TIMEOUT": " "}) == 300.0
    assert config.query_timeout(env={"ACTORGRAPH_QUERY_TIMEOUT": "2.5"}) == 2.5
    assert config.query_timeout("0.001", env={"ACTORGRAPH_QUERY_TIMEOUT": "abc"}) == 0.001


def test_store_spec_reads_actorgraph_store(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORGRAPH_STORE", str(tmp_path / "g.lbdb"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_store_spec(None) == str(tmp_path / "g.lbdb")
    assert resolve_store_spec("other") == "other"
    # the default path is what is used when ACTORGRAPH_STORE is not set (as documented)
    assert default_store_path() == tmp_path / "xdg" / "actorgraph" / "graph.lbdb"
    monkeypatch.delenv("ACTORGRAPH_STORE")
    assert resolve_store_spec(None) == str(tmp_path / "xdg" / "actorgraph" / "graph.lbdb")


def test_neo4j_settings():
    s = config.neo4j_settings({"NEO4J_URI": "bolt://h:1", "NEO4J_USERNAME": "u",
                               "NEO4J_USER": "ignored", "NEO4J_PASSWORD": "p"})
    assert (s.uri, s.user, s.password, s.database) == ("bolt://h:1", "u", "p", None)
    with pytest.raises(ConfigError, match="NEO4J_URI='localhost' is not a Neo4j URI"):
        config.neo4j_settings({"NEO4J_URI": "localhost"})


def test_no_other_module_reads_the_settings():
    pattern = re.compile(r"environ(\.get)?\(?\[?[\"'](ACTORGRAPH_|NEO4J_|XDG_)|getenv\(")
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if p.name != "config.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
