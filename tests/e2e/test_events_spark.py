"""The Spark path (local mode) gives the same dyads and summary as DuckDB."""

from pathlib import Path

import pytest

from actorgraph.loaders.events import EventOptions, aggregate_events

pytestmark = [pytest.mark.spark, pytest.mark.slow]
pytest.importorskip("pyspark")
pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"


def test_spark_and_duckdb_agree_on_icews_and_gdelt(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
    from test_events_formats import with_bad_rows, write_gdelt

    gdelt = write_gdelt(tmp_path / "20220301000000.export.CSV")
    bad = with_bad_rows(tmp_path)  # a bad date and a non-numeric intensity
    for paths, period in (([SAMPLE], "month"), ([gdelt], "week"), ([bad], "day")):
        local = aggregate_events(paths, EventOptions(period=period))
        spark = aggregate_events(paths, EventOptions(period=period, engine="spark"))
        assert spark.dyads.to_pylist() == local.dyads.to_pylist()
        assert spark.summary.skipped == local.summary.skipped
        assert spark.summary.events_read == local.summary.events_read
    assert spark.summary.malformed == local.summary.malformed == 3
