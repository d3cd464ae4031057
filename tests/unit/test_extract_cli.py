"""``actorgraph extract`` and ``actorgraph evaluate`` through click's runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from actorgraph.cli.extract_cmds import register

DATA = Path(__file__).parent.parent / "data" / "documents"
REQUIRED = {"source", "type", "target", "source_name", "target_name", "doc", "date",
            "evidence", "start", "end", "confidence", "rule"}


@pytest.fixture
def cli():
    group = click.Group()
    register(group)
    return group


def test_extract_jsonl(cli):
    res = CliRunner().invoke(cli, ["extract", str(DATA / "nl-2024-04-04-verslag.txt"),
                                   "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all(set(r) >= REQUIRED for r in rows)
    assert {"source": "RUS", "type": "THREATENS", "target": "NATO"}.items() <= next(
        r for r in rows if r["type"] == "THREATENS").items()
    r = rows[0]
    assert r["date"] == "2024-04-04" and r["source_name"] and r["rule"]


def test_extract_csv_and_min_confidence(cli):
    res = CliRunner().invoke(cli, ["extract", str(DATA / "statement.md"), "--format", "csv"])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and set(rows[0]) >= REQUIRED
    high = CliRunner().invoke(cli, ["extract", str(DATA / "statement.md"), "--format", "csv",
                                    "--min-confidence", "0.99"])
    assert len(list(csv.DictReader(io.StringIO(high.stdout)))) < len(rows)


def test_extract_table_and_folder_with_bad_files(cli):
    res = CliRunner().invoke(cli, ["extract", str(DATA)])
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0].split()[:3] == ["source", "type", "target"]
    assert "THREATENS" in res.stdout
    assert "skipped:" in res.stderr and "binary.txt" in res.stderr


def test_extract_only_bad_files_fails_cleanly(cli):
    res = CliRunner().invoke(cli, ["extract", str(DATA / "empty.txt")])
    assert res.exit_code != 0
    assert "the file is empty" in str(res.exception) or "empty" in res.stderr


def test_evaluate_command(cli, tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold" / "a.jsonl").write_text(
        '{"source": "RUS", "type": "THREATENS", "target": "UKR", "tier": "core"}\n')
    (tmp_path / "docs" / "a.txt").write_text(
        "Russia’s war of aggression against Ukraine continues.")
    res = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "gold"),
                                   "--docs", str(tmp_path / "docs")])
    assert res.exit_code == 0
    assert "micro-average (1 documents)" in res.output
    js = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "gold"),
                                  "--docs", str(tmp_path / "docs"), "--json"])
    assert json.loads(js.output)["core"]["f1"] == 1.0
