"""The one output helper: terminal-safe tables, CSV and JSON, streamed (issue 12 item 9)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.cli.output import RICH_ROWS, iter_rows, safe_text
from actorgraph.graph.model import Actor, GraphBatch

EVIL = "Evil\x1b[2J\x1b]0;pwned\x07 \u202eexe.txt\u2066 \x9b"


def test_safe_text_escapes_every_control_and_bidi_character():
    out = safe_text(EVIL)
    assert out == "Evil\\x1b[2J\\x1b]0;pwned\\x07 \\u202eexe.txt\\u2066 \\x9b"
    assert all(c.isprintable() for c in out)
    assert safe_text("Oekraïne – Україна, 日本") == "Oekraïne – Україна, 日本"


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_tables_and_csv_to_a_terminal_are_escaped(fmt):
    out = "\n".join(iter_rows(["name"], [[EVIL]], fmt, terminal=True))
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    assert "\\u202eexe.txt" in out


def test_csv_to_a_file_keeps_the_exact_text():
    out = "\n".join(iter_rows(["name"], [[EVIL]], "csv", terminal=False))
    assert out.splitlines()[1].strip('"') == EVIL


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_but_keeps_the_data(fmt):
    out = "\n".join(iter_rows(["name", "n"], [[EVIL, 1], ["b", 2]], fmt))
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    data = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
    assert data == [{"name": EVIL, "n": 1}, {"name": "b", "n": 2}]


def test_json_of_no_rows_is_an_empty_list():
    assert json.loads("\n".join(iter_rows(["a"], [], "json"))) == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_rows_are_streamed_not_gathered(fmt):
    def rows():
        yield ["a"]
        yield ["b"]
        raise RuntimeError("the third row was asked for before the first was written")

    chunks = iter_rows(["x"], rows(), fmt)
    first = [next(chunks) for _ in range(2)]
    assert any("a" in c for c in first)


def test_a_long_table_is_plain_lines():
    rows = [[i, f"name {i}"] for i in range(RICH_ROWS + 1)]
    lines = list(iter_rows(["i", "name"], rows, "table"))
    assert len(lines) == RICH_ROWS + 4  # header, rule, rows, count
    assert lines[0].split() == ["i", "name"] and lines[-1] == f"({RICH_ROWS + 1:,} rows)"


def test_query_output_of_a_hostile_name_is_escaped(store, tmp_path):
    store.write(GraphBatch(actors=[Actor(id="EVL", name=EVIL, kind="group")]))
    path = store.location
    store.close()
    q = "MATCH (a:Actor) RETURN a.name AS name"
    for fmt in ("table", "json", "jsonl"):
        res = CliRunner().invoke(cli, ["query", q, "--store", path, "-f", fmt])
        assert res.exit_code == 0, res.output
        assert "\x1b" not in res.output and "\u202e" not in res.output
        assert "u202e" in res.output
    res = CliRunner().invoke(cli, ["query", q, "--store", path, "-f", "csv"])
    assert EVIL in res.output  # not a terminal: the exact text
