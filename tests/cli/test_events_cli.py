"""`actorgraph events` and `actorgraph load` with event files: output and exit codes."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli

pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_events_writes_dyads_as_parquet_and_reports(tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "dyads.parquet"
    res = run("events", SAMPLE, "--period", "day", "-o", out, "-q")
    assert res.exit_code == 0, res.output
    assert "400 events read from 1 file(s) (1 icews)" in res.output
    assert "skipped 153 events: unmapped event code" in res.output
    table = pq.read_table(out)
    assert f"{table.num_rows:,} dyad-periods written to {out}" in res.output
    got = [r for r in table.to_pylist() if (r["source"], r["target"], r["kind"]) ==
           ("PRK", "USA", "04 consult")]
    assert sorted((r["period"], r["events"]) for r in got) == [
        ("2018-06-01", 14), ("2018-06-02", 8)]


def test_events_as_csv_and_as_a_table(tmp_path):
    out = tmp_path / "dyads.csv"
    assert run("events", SAMPLE, "-o", out, "-q").exit_code == 0
    assert out.read_text().splitlines()[0].startswith('"source","type","target","period"')
    res = run("events", SAMPLE, "--limit", "3", "-q")
    assert res.exit_code == 0 and "PRK" in res.output and "04 consult" in res.output


def test_events_prints_sql_for_a_warehouse_and_the_mapping():
    res = run("events", "--sql", "bigquery", "--since", "2022-02-24")
    assert res.exit_code == 0
    assert "FROM `gdelt-bq.gdeltv2.events`" in res.output
    assert "PARSE_DATE('%Y%m%d', CAST(sqldate AS STRING)) >= DATE '2022-02-24'" in res.output
    assert "('19', 'THREATENS', '19 fight')" in res.output  # the mapping, as a table
    assert "LEFT JOIN event_rules r1 ON r1.k = substr(code, 1, 2)" in res.output
    res = run("events", "--show-mapping")
    assert res.exit_code == 0 and '"163": {type: OPPOSES, kind: sanctions}' in res.output


def test_events_errors_name_the_fix(tmp_path):
    res = run("events", tmp_path / "missing.tab")
    assert res.exit_code != 0 and "no such file or folder" in res.output
    res = run("events", SAMPLE, "-o", tmp_path / "dyads.xlsx", "-q")
    assert res.exit_code != 0 and "use -o dyads.parquet or -o dyads.csv" in res.output
    res = run("events")
    assert res.exit_code == 2 and "name event files" in res.output


def test_load_detects_event_files_and_takes_the_options(tmp_path):
    store = tmp_path / "g.lbdb"
    res = run("load", SAMPLE, "--store", store, "--min-events", "5", "-q")
    assert res.exit_code == 0, res.output
    assert "events: 400 events read" in res.output
    assert "relation has fewer than 5 events (--min-events)" in res.output
    res = run("query", "--store", store,
              "MATCH (a)-[r:PARTNERS_WITH]->(b) WHERE r.origins CONTAINS 'icews' "
              "RETURN a.id, b.id, r.count ORDER BY a.id, b.id", "--format", "csv")
    assert res.exit_code == 0
    assert "PRK,USA,2" in res.output  # two kinds of evidence: 04 consult, 03 intend
