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


def _clean_failure(res, *needles: str) -> None:
    """Exit code 2, ``Error: …`` naming the problem on stderr, and no traceback."""
    assert res.exit_code == 2, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    assert "Error: " in res.stderr
    for needle in needles:
        assert needle in res.stderr, res.stderr


def test_extract_only_bad_files_fails_cleanly(cli):
    res = CliRunner().invoke(cli, ["extract", str(DATA / "empty.txt")])
    _clean_failure(res, "empty.txt", "the file is empty")
    assert res.stdout == ""  # no table header for nothing


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("noise.txt", bytes(range(256)) * 20, "binary file"),
        ("fake.pdf", b"%PDF-1.4\nnot really a pdf", "not a readable PDF"),
        ("huge.txt", b"a" * (21 * 1024 * 1024), "20 MB limit"),
    ],
)
def test_extract_bad_inputs_fail_cleanly(cli, tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)
    _clean_failure(CliRunner().invoke(cli, ["extract", str(path)]), name, needle)


def test_extract_missing_path_and_all_bad_folder(cli, tmp_path):
    _clean_failure(CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")]),
                   "no such file")
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.pdf")])
    _clean_failure(res, "skipped: ", "a.txt", "b.pdf", "none of the 2")


def test_evaluate_bad_gold_fails_cleanly(cli, tmp_path):
    _clean_failure(CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "nonexist")]),
                   "no such gold folder")
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold" / "a.jsonl").write_text(
        '{"source": "RUS", "type": "HATES", "target": "UKR", "tier": "core"}\n')
    (tmp_path / "docs" / "a.txt").write_text("Russia attacked Ukraine.")
    res = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "gold"),
                                   "--docs", str(tmp_path / "docs")])
    _clean_failure(res, "a.jsonl line 1", "HATES")


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
