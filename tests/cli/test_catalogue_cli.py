"""``actorgraph actors`` and ``actorgraph catalogue validate``: output and exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from actorgraph.cli import catalogue_cmds
from actorgraph.loaders.reference import DATA_DIR


@pytest.fixture(scope="module")
def cli() -> click.Group:
    @click.group()
    @click.option("--debug", is_flag=True)
    def root(debug: bool) -> None:
        """test root"""

    catalogue_cmds.register(root)
    return root


def run(cli: click.Group, *args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_actors_search_says_which_alias_matched(cli: click.Group) -> None:
    res = run(cli, "actors", "Oekraïense", "--format", "json")
    assert res.exit_code == 0
    rows = json.loads(res.output)
    assert rows[0] == {"id": "UKR", "kind": "state", "bloc": "ukraine", "name": "Ukraine",
                       "country": "", "matched": "Oekraïense", "form": "adjective",
                       "lang": "nl"}


def test_actors_search_is_case_and_accent_blind(cli: click.Group) -> None:
    rows = json.loads(run(cli, "actors", "oekraiense", "--format", "json").output)
    assert [r["id"] for r in rows] == ["UKR"]


def test_actors_search_by_id_and_substring(cli: click.Group) -> None:
    rows = json.loads(run(cli, "actors", "nld", "--format", "json").output)
    assert rows[0]["id"] == "NLD" and rows[0]["form"] == "id"
    rows = json.loads(run(cli, "actors", "korea", "--format", "json").output)
    assert {"KOR", "PRK"} <= {r["id"] for r in rows}
    assert rows[0]["id"] == "KOR"  # the exact alias "Korea" first


def test_actors_filters_and_csv(cli: click.Group) -> None:
    res = run(cli, "actors", "--kind", "state", "--bloc", "russia_and_supporters",
              "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert sorted(r["id"] for r in rows) == ["BLR", "CHN", "IRN", "PRK", "RUS"]
    res = run(cli, "actors", "--kind", "organisation")
    assert "NATO" in res.output and "North Atlantic Treaty Organization" in res.output
    assert "jens-stoltenberg" not in res.output


def test_actors_without_a_match_exits_1(cli: click.Group) -> None:
    res = run(cli, "actors", "Xanadu")
    assert res.exit_code == 1
    assert "(no rows)" in res.output


def test_bad_option_value_is_a_usage_error(cli: click.Group) -> None:
    res = CliRunner().invoke(cli, ["actors", "--bloc", "allies"])
    assert res.exit_code == 2
    assert "Invalid value for '--bloc'" in res.output


def test_validate_package_data(cli: click.Group) -> None:
    res = run(cli, "catalogue", "validate")
    assert (res.exit_code, res.output) == (0, "catalogue OK: package data\n")


def test_validate_reports_file_and_line_and_exits_2(cli: click.Group, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    with (data / "aliases.csv").open("a", encoding="utf-8") as f:
        f.write("RUS,nl,variant,Oekraïne,test\n")
    line = (data / "aliases.csv").read_text(encoding="utf-8").count("\n")
    res = CliRunner().invoke(cli, ["catalogue", "validate", str(data)])
    assert res.exit_code == 2
    assert f"Error: {data / 'aliases.csv'} line {line}: alias 'Oekraïne' (nl) points to RUS" \
        in res.output
    assert res.output.rstrip().endswith("1 problem(s) in the catalogue")


def test_validate_a_missing_path_is_a_usage_error(cli: click.Group, tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["catalogue", "validate", str(tmp_path / "nope")])
    assert res.exit_code == 2
    assert "does not exist" in res.output


def test_registers_into_an_existing_catalogue_group() -> None:
    @click.group()
    def root() -> None:
        """test root"""

    @root.group("catalogue")
    def catalogue() -> None:
        """existing"""

    catalogue_cmds.register(root)
    assert root.commands["catalogue"] is catalogue
    assert "validate" in catalogue.commands
