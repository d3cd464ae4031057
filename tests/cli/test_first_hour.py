"""The first hour of a new user, as issue 11 met it: demo, then stats, then a query."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty XDG data home (no default store), no ACTORGRAPH_STORE, cwd in tmp."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ACTORGRAPH_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_after_the_demo_stats_and_queries_just_work(home):
    assert run("demo", "--no-extract").exit_code == 0
    demo_store = home / "actorgraph-demo" / "graph.lbdb"
    res = run("stats")
    assert res.exit_code == 0, res.output
    assert f"using the demo graph at {demo_store}" in res.output
    assert "Actors per kind" in res.output and "organisation" in res.output
    res = run("query", "--named", "supporters-of", "-p", "target=Russia", "-f", "csv")
    assert res.exit_code == 0, res.output
    assert [line.split(",")[0] for line in res.output.splitlines()[2:]] == [
        "BLR", "CHN", "IRN", "PRK"]


def test_the_demo_hint_is_an_absolute_path(home):
    res = run("demo", "--no-extract")
    line = next(x for x in res.output.splitlines() if "export ACTORGRAPH_STORE=" in x)
    assert line.split("=", 1)[1] == str(home / "actorgraph-demo" / "graph.lbdb")


def test_store_before_the_command(home):
    run("demo", "--no-extract", "-o", home / "d")
    store = home / "d" / "graph.lbdb"
    res = run("--store", store, "stats", "-f", "json")
    assert res.exit_code == 0 and '"actors": 18' in res.output
    # after the command wins over before it
    res = run("--store", home / "missing.lbdb", "stats", "--store", store)
    assert res.exit_code == 0, res.output


def test_a_failed_load_creates_no_store(home):
    bad = home / "bad.yaml"
    bad.write_text("actors: [\n", encoding="utf-8")
    res = run("load", bad, "--store", home / "new.lbdb")
    assert res.exit_code == 2
    assert not (home / "new.lbdb").exists()


def test_a_load_that_refuses_every_file_creates_no_store(home):
    odd = home / "notes.xyz"
    odd.write_text("nothing to load", encoding="utf-8")
    res = run("load", odd, "--store", home / "new.lbdb")
    assert res.exit_code != 0
    assert not (home / "new.lbdb").exists()


def test_an_empty_answer_gives_a_hint_and_an_unknown_name_candidates(home):
    run("demo", "--no-extract", "-o", home / "d")
    store = home / "d" / "graph.lbdb"
    res = CliRunner().invoke(
        cli, ["query", "--store", str(store), "--named", "supporters-of", "-p", "target=NAVO"])
    assert res.exit_code == 0
    assert "hint: no SUPPORTS relation into NATO" in res.stderr
    res = CliRunner().invoke(
        cli, ["query", "--store", str(store), "--named", "supporters-of", "-p", "target=Rusia"])
    assert res.exit_code == 2
    assert "no actor 'Rusia' in this graph; did you mean RUS (Russia)" in res.stderr


def test_load_after_the_demo_goes_to_the_default_store_not_the_demos(home):
    run("demo", "--no-extract")
    csv = home / "rels.csv"
    csv.write_text("source,type,target\nNLD,SUPPORTS,UKR\n", encoding="utf-8")
    res = run("load", csv)
    assert res.exit_code == 0, res.output
    assert (home / "data" / "actorgraph" / "graph.lbdb").exists()
    res = run("stats", "-f", "json")
    assert "using the demo graph" not in res.output and '"relations": 1' in res.output


def test_a_library_demo_leaves_the_users_default_store_alone(home):
    """Only the `demo` command chooses the store later commands use; a notebook's or a
    benchmark's run_demo() into a temporary folder must not (bench_startup once did)."""
    from actorgraph.demo import remembered_demo_store, run_demo

    assert run("demo", "--no-extract").exit_code == 0
    chosen = remembered_demo_store()
    run_demo(home / "elsewhere", extract=False, html=False)
    assert remembered_demo_store() == chosen == str(home / "actorgraph-demo" / "graph.lbdb")
