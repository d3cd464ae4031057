"""Resolving a name from the cached catalogue tables (loaders/reference/quick.py) gives
what the loaded catalogue gives, and a warm cache spares loading the catalogue; so do the
catalogue's actors from their cache (what an event load needs)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from actorgraph.loaders.reference import load_catalogue, quick


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    quick._tables.cache_clear()
    quick._actors.cache_clear()
    yield tmp_path / "actorgraph" / "catalogue-names.json"
    quick._tables.cache_clear()
    quick._actors.cache_clear()


def test_every_alias_resolves_as_the_catalogue_resolves_it(cache):
    cat = load_catalogue()
    texts = {"", "no such actor", "us", "US", "the Secretary General", "Kremlin"}
    for e in cat.alias_entries():
        texts |= {e.text, e.text.lower(), e.text.upper(), f"the {e.text}"}
    texts |= set(cat.actors)
    assert not cache.exists()
    cold = {t: quick.resolve_name(t) for t in sorted(texts)}
    assert cache.exists()
    quick._tables.cache_clear()
    warm = {t: quick.resolve_name(t) for t in sorted(texts)}
    expected = {t: cat.resolve(t) for t in sorted(texts)}
    assert cold == expected and warm == expected
    assert sum(v is not None for v in expected.values()) > 1000


def test_a_stale_or_broken_cache_is_made_again(cache):
    quick.resolve_name("Kremlin")
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["stamp"][0] = "0.0.0"  # another version wrote it
    data["plain"]["kremlin"] = "XXX"
    cache.write_text(json.dumps(data), encoding="utf-8")
    quick._tables.cache_clear()
    assert quick.resolve_name("Kremlin") == "RUS"
    cache.write_text("{not json", encoding="utf-8")
    quick._tables.cache_clear()
    assert quick.resolve_name("Moskou") == "RUS"


def test_a_warm_cache_does_not_load_the_catalogue(cache):
    quick.resolve_name("Kremlin")
    probe = ("import sys; from actorgraph.loaders.reference.quick import resolve_name; "
             "print(resolve_name('Kremlin'), "
             "'actorgraph.loaders.reference.catalogue' in sys.modules, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.split() == ["RUS", "False", "False"], out.stderr


def test_cached_actors_are_the_catalogues(cache):
    from actorgraph.loaders.events.sql import GdeltResolution

    cat = load_catalogue()
    actors = cache.with_name("catalogue-actors.json")
    assert not actors.exists()
    cold = {i: quick.catalogue_actor(i) for i in cat.actors}
    assert actors.exists()
    quick._actors.cache_clear()
    warm = {i: quick.catalogue_actor(i) for i in cat.actors}
    assert cold == warm == cat.actors
    assert quick.catalogue_actor("no such actor") is None
    assert quick.actor_kinds() == {i: a.kind.value for i, a in cat.actors.items()}
    # what GDELT actors resolve to: the same from the cache as from the catalogue
    res = GdeltResolution.from_catalogue()
    assert res == GdeltResolution.from_catalogue(cat)
    assert {"USA", "NLD"} <= res.states and "NATO" in res.actors - res.states


def test_a_stale_actors_cache_is_made_again(cache):
    quick.catalogue_actor("NLD")
    path = cache.with_name("catalogue-actors.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stamp"][0] = "0.0.0"  # another version wrote it
    data["actors"]["NLD"]["name"] = "Holland"
    path.write_text(json.dumps(data), encoding="utf-8")
    quick._actors.cache_clear()
    assert quick.catalogue_actor("NLD").name == "Netherlands"
