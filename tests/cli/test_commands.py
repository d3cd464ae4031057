"""The main job and the query commands, through the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli


def run(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    res = run("demo", "-o", out)
    assert res.exit_code == 0, res.output
    return out, res.output


def test_demo_builds_the_graph_view_and_answers(demo):
    out, text = demo
    html = out / "founding-report.html"
    assert html.is_file() and html.stat().st_size > 10_000
    for question in ("Who supports Russia?", "Who supports Ukraine?",
                     "What threatens NATO (or its allies)?"):
        assert question in text
    russia = text.split("Who supports Russia?")[1].split("Who supports Ukraine?")[0]
    for state in ("Iran", "North Korea", "Belarus", "China"):
        assert state in russia
    assert "Try next" in text


def test_demo_is_repeatable(demo):
    out, text = demo
    again = run("demo", "-o", out)
    assert again.exit_code == 0
    assert again.output == text


def store_of(demo):
    return str(demo[0] / "graph.lbdb")


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "table"])
def test_query_formats(demo, fmt):
    res = run("query", "--store", store_of(demo), "--named", "supporters-of",
              "-p", "target=RUS", "-f", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.output)))
        assert sorted(r["id"] for r in rows) == ["BLR", "CHN", "IRN", "PRK"]
    elif fmt == "json":
        assert sorted(r["id"] for r in json.loads(res.output)) == ["BLR", "CHN", "IRN", "PRK"]
    elif fmt == "jsonl":
        ids = sorted(json.loads(line)["id"] for line in res.output.splitlines())
        assert ids == ["BLR", "CHN", "IRN", "PRK"]
    else:
        assert "Who supports an actor" in res.output and "Belarus" in res.output


def test_cypher_with_parameters(demo):
    res = run("query", "--store", store_of(demo), "-f", "json",
              "MATCH (a:Actor)-[r]->(b:Actor {id: $t}) RETURN a.id AS src, type(r) AS rel "
              "ORDER BY src, rel", "-p", "t=NATO")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert {"src": "RUS", "rel": "THREATENS"} in rows
    assert {"src": "SWE", "rel": "MEMBER_OF"} in rows


def test_query_refuses_writes_without_flag(demo):
    res = run("query", "--store", store_of(demo), "MATCH (a:Actor {id:'RUS'}) DETACH DELETE a")
    assert res.exit_code == 3
    assert "read-only" in res.stderr and "--write" in res.stderr


def test_unknown_named_query_suggests(demo):
    res = run("query", "--store", store_of(demo), "--named", "supporter-of")
    assert res.exit_code == 2
    assert "did you mean supporters-of" in res.stderr


def test_bad_cypher_is_one_line(demo):
    res = run("query", "--store", store_of(demo), "MATCH (a RETURN a")
    assert res.exit_code == 3
    assert res.stderr.startswith("Error: ") and len(res.stderr.strip().splitlines()) == 1


def test_stats_json(demo):
    res = run("stats", "--store", store_of(demo), "-f", "json")
    data = json.loads(res.output)
    assert data["relations_per_type"]["SUPPORTS"] >= 10
    assert data["documents"] == 1


def test_query_on_missing_store_says_how_to_build_one(tmp_path):
    res = run("query", "--store", tmp_path / "none.lbdb", "RETURN 1")
    assert res.exit_code == 4
    assert "actorgraph demo" in res.stderr


def test_store_from_environment(demo):
    res = CliRunner(env={"ACTORGRAPH_STORE": store_of(demo)}).invoke(cli, ["stats"])
    assert res.exit_code == 0 and store_of(demo) in res.output


def test_every_command_is_documented():
    for name, command in cli.load_all().items():
        assert command.help and len(command.help) > 20, name
        res = run(name, "--help")
        assert res.exit_code == 0, name


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf", "0.0001", "abc"])
def test_query_timeout_out_of_range_is_one_line(tmp_path, value):
    result = CliRunner().invoke(
        cli, ["query", "RETURN 1", "--timeout", value, "--store", str(tmp_path / "g.lbdb")])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: --timeout {value} ")
    assert "give a number from 0.001 to 604800" in result.output
    assert "Traceback" not in result.output


def test_bad_timeout_variable_is_one_line(tmp_path):
    CliRunner().invoke(cli, ["load", "--catalogue", "--store", str(tmp_path / "g.lbdb")])
    result = CliRunner().invoke(
        cli, ["query", "RETURN 1", "--store", str(tmp_path / "g.lbdb")],
        env={"ACTORGRAPH_QUERY_TIMEOUT": "abc"})
    assert result.exit_code == 2, result.output
    assert result.output == ("Error: ACTORGRAPH_QUERY_TIMEOUT='abc' is not a number of seconds; "
                             "give a number from 0.001 to 604800, e.g. "
                             "ACTORGRAPH_QUERY_TIMEOUT=60\n")
