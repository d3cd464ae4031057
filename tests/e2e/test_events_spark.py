"""The Spark path (local mode) gives the same dyads and summary as DuckDB."""

import os
from pathlib import Path

import pytest

from actorgraph.loaders.events import EventOptions, aggregate_events

pytestmark = [pytest.mark.spark, pytest.mark.slow]
pytest.importorskip("pyspark")
pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"

#: a small local Spark for files of a few hundred rows: two cores, two shuffle partitions
#: (the default 8 means 8 tasks per grouping of a handful of rows), and for its JVM the
#: JIT's quick tier and the serial collector (a short run never pays back the optimising
#: compiler's CPU). Together they halve the test's CPU time (77.6 s -> 38.6 s, sampled
#: from /proc, load 16-20); the same SQL runs on the same files.
SMALL_SPARK = {
    "SPARK_MASTER": "local[2]",
    "SPARK_PARTITIONS": "2",
    "JAVA_TOOL_OPTIONS": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
}


@pytest.fixture(scope="module", autouse=True)
def small_spark():
    """One :data:`SMALL_SPARK` session for the module (a setting given in the environment
    wins), stopped at the end so that its JVM does not idle through the rest of the
    suite."""
    from actorgraph.loaders.events import spark

    with pytest.MonkeyPatch.context() as mp:
        for name, value in SMALL_SPARK.items():
            mp.setenv(name, os.environ.get(name, value))
        yield
        if spark._SESSION is not None:
            spark._SESSION.stop()
            spark._SESSION = None


def test_spark_and_duckdb_agree_on_icews_and_gdelt(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
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
