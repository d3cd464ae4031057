"""GDELT's SQLDATE read as a category by the Polars shortcut: the same day and period as
the text parse of the general query, every other text a suspicious row (the batch then
goes to DuckDB, which names the malformed rows with file and line)."""

from __future__ import annotations

import datetime as dt

import pytest

pl = pytest.importorskip("polars")
pytest.importorskip("duckdb")

from actorgraph.loaders.events import EventOptions, aggregate_events  # noqa: E402
from actorgraph.loaders.events.aggregate import gdelt_resolution  # noqa: E402
from actorgraph.loaders.events.coded import _Coded  # noqa: E402
from actorgraph.loaders.events.dates import FIRST, LAST  # noqa: E402
from actorgraph.loaders.events.formats import FORMATS, GDELT2_COLUMNS  # noqa: E402
from actorgraph.loaders.events.frames import _period, _typed  # noqa: E402
from actorgraph.loaders.events.mapping import load_mapping  # noqa: E402

FMT = FORMATS["gdelt2"]
VALID = ["20240229", "20000229", "19000101", "21001231", "20221231", "20230101",
         "20220224"]
#: month 13 and 0, day 0 and 32, 31 April, 29 February of 2023 and of 1900 (not leap),
#: other digits for a real day, outside the days set, not digits
INVALID = ["20221301", "20220001", "20220100", "20220132", "20220431", "20230229",
           "19000229", "020220224", "+20220224", "2022022", "18991231", "21010101",
           "2022-02-24"]


@pytest.fixture(scope="module")
def coded():
    return _Coded(pl, load_mapping(None), gdelt_resolution(), FMT)


def _row(day: str, line: int) -> str:
    """A GDELT 2.0 row (Russia's army fights Ukraine) dated ``day``."""
    row = dict.fromkeys(GDELT2_COLUMNS, "")
    row.update(GLOBALEVENTID=str(line), SQLDATE=day, EventCode="190", EventBaseCode="190",
               EventRootCode="19", GoldsteinScale="-10", NumMentions="2", NumSources="1",
               NumArticles="2", AvgTone="-1", IsRootEvent="1", QuadClass="4",
               Actor1Code="RUSMIL", Actor1CountryCode="RUS", Actor1Type1Code="MIL",
               Actor2Code="UKR", Actor2CountryCode="UKR", SOURCEURL=f"u/{line}")
    return "\t".join(row[c] for c in GDELT2_COLUMNS)


def _read(coded, path, period: str):
    """Per row: the shortcut's date, its period's first day, whether the row is suspicious."""
    frame = coded.read(pl, FMT, [str(path)]).select(
        "date", coded.day(pl, FMT, period).cast(pl.Date).alias("period"), "_bad")
    return frame.collect()


@pytest.mark.parametrize("period", ["day", "week", "month", "year"])
def test_a_real_day_gives_the_text_parse_and_its_truncation(tmp_path, coded, period):
    path = tmp_path / "20220301000000.export.CSV"
    path.write_text("".join(_row(d, i) + "\n" for i, d in enumerate(VALID, 1)))
    got = _read(coded, path, period)
    # the general query's own expressions on the same texts
    text = pl.DataFrame({"sqldate": VALID}).select(
        _typed(pl, FMT, "sqldate", "DATE").alias("date")).with_columns(
        _period(pl, period).alias("period"))
    assert got["date"].to_list() == text["date"].to_list()
    assert got["period"].to_list() == text["period"].to_list()
    assert not got["_bad"].any()
    assert got["date"][0] == dt.date(2024, 2, 29)
    if period == "week":  # ISO weeks start on Monday
        assert all(d.weekday() == 0 for d in got["period"].to_list())


def test_every_other_text_is_a_suspicious_row_and_an_empty_one_is_not(tmp_path, coded):
    path = tmp_path / "20220301000000.export.CSV"
    days = [*INVALID, ""]
    path.write_text("".join(_row(d, i) + "\n" for i, d in enumerate(days, 1)))
    got = _read(coded, path, "month")
    assert got["date"].null_count() == len(days)
    assert got["_bad"].to_list() == [True] * len(INVALID) + [False]
    # the text parse agrees for the days inside the range set
    inside = [d for d in INVALID if d[:4].isdigit() and FIRST.year <= int(d[:4]) <= LAST.year]
    assert pl.DataFrame({"sqldate": inside}).select(
        _typed(pl, FMT, "sqldate", "DATE")).to_series().null_count() == len(inside)


def test_bad_dates_are_counted_with_file_and_line_and_nothing_else_is_lost(tmp_path):
    """Through the whole aggregation on Polars: the file with bad dates goes to DuckDB,
    which counts each with its file and line; the good rows all count."""
    days = ["20240229", "20230229", "20220224", "20221301", "20000229"]
    path = tmp_path / "20220301000000.export.CSV"
    path.write_text("".join(_row(d, i) + "\n" for i, d in enumerate(days, 1)))
    result = aggregate_events([path], EventOptions(engine="polars", period="year"))
    s = result.summary
    assert (s.events_read, s.malformed) == (3, 2)  # read: the rows not malformed
    assert [(m.file, m.line) for m in s.malformed_rows] == [(str(path), 2), (str(path), 4)]
    periods = {r["period"]: r["events"] for r in result.dyads.to_pylist()}
    assert periods == {"2000": 1, "2022": 1, "2024": 1}
