"""The checked named-query files are cached (CLI start-up) without weakening the check."""

from __future__ import annotations

import json

import pytest

from actorgraph.errors import SchemaError
from actorgraph.queries import registry


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def clear():
        for fn in (registry._cache, registry._read, registry._library):
            fn.cache_clear()

    clear()
    yield tmp_path / "actorgraph" / registry._CACHE_NAME
    clear()


def test_a_cached_query_is_the_checked_query(cache):
    checked = registry.list_queries()          # every file checked by the schema
    assert cache.exists()
    for fn in (registry._cache, registry._read, registry._library):
        fn.cache_clear()
    from_cache = registry.list_queries()        # every file from the cache
    assert from_cache == checked
    assert len(json.loads(cache.read_text())["files"]) == len(checked) >= 25


def test_a_changed_file_is_checked_again(cache):
    registry._checked("supporters-of.yaml", "name: x\ntitle: T\ndescription: D\ncypher: RETURN 1\n")
    bad = "name: x\ntitle: T\ndescription: D\ncypher: RETURN 1\nlimit: 3\n"
    with pytest.raises(SchemaError, match="unknown field 'limit'"):
        registry._checked("supporters-of.yaml", bad)


def test_a_cache_of_other_rules_or_broken_is_not_used(cache):
    text = "name: x\ntitle: T\ndescription: D\ncypher: RETURN 1\n"
    registry._checked("x.yaml", text)
    data = json.loads(cache.read_text())
    data["files"]["x.yaml"]["spec"]["title"] = "tampered under other rules"
    data["stamp"] = "0.0.0:1:1"
    cache.write_text(json.dumps(data))
    registry._cache.cache_clear()
    assert registry._checked("x.yaml", text)["title"] == "T"
    cache.write_text("{not json")
    registry._cache.cache_clear()
    assert registry._checked("x.yaml", text)["title"] == "T"
