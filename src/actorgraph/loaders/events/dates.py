"""GDELT's ``SQLDATE`` (``YYYYMMDD``) read as a category: the day and its period looked
up, no text parsed per row.

The GDELT shortcut (:mod:`~.coded`) reads the date column as a Polars categorical whose
first categories are set beforehand: the text of every day from 1900-01-01 to
2100-12-31 (:data:`FIRST`, :data:`LAST`). A row's date is then its category's number,
and its day and its period's first day are two look-ups in arrays computed once from
those days (by the same ``%Y%m%d`` parse and ``dt.truncate`` the general query applies
to each row). Only the exact text of a real day is one of the categories: a month 13,
31 February, 29 February of a year that is not leap, a day outside the years above, or
a text of other digits (``"020220101"``, ``"+20220101"``) becomes a new category, whose
number is beyond the arrays: its date is null, the row is suspicious, and the batch goes
to the general query, where DuckDB names the malformed rows with file and line, as
before. On the date column alone (3M events) the read and look-ups cost 0.97-1.08 s of
CPU against 1.25-1.33 s for the text, its parse and truncation; in the whole query the
gain is smaller (~0.1 s at 10M events: a category's read is a hash look-up per row;
docs/benchmarks.md, branch ``events11``).

>>> import polars as pl
>>> keys = date_keys(pl).to_list()
>>> keys[0], keys[-1], len(keys)
('19000101', '21001231', 73414)
>>> first = period_days(pl, "month")[keys.index("20240229")]
>>> dt.date(1970, 1, 1) + dt.timedelta(days=first)
datetime.date(2024, 2, 1)
"""

from __future__ import annotations

import datetime as dt
import functools

#: the first and last day set as categories
FIRST, LAST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
#: a period's ``dt.truncate`` argument (the general query's ``frames._period``)
TRUNCATE = {"week": "1w", "month": "1mo", "year": "1y"}


@functools.cache
def _days(pl):
    return pl.date_range(FIRST, LAST, "1d", eager=True)


def date_keys(pl):
    """The text (``YYYYMMDD``) of every day from :data:`FIRST` to :data:`LAST`, in order:
    the date column's first categories (a Polars ``String`` series).

    >>> import polars as pl
    >>> date_keys(pl)[59]
    '19000301'
    """
    return _days(pl).dt.strftime("%Y%m%d")


@functools.cache
def period_days(pl, period: str):
    """Per key of :func:`date_keys`: the day number (days since 1970-01-01) of the first
    day of its ``period`` (``day``: the day itself), as ``dt.truncate`` gives it, from the
    key's text parsed as the general query parses a GDELT date (an ``Int32`` series).

    >>> import polars as pl
    >>> week = period_days(pl, "week")[date_keys(pl).to_list().index("20240229")]
    >>> (dt.date(1970, 1, 1) + dt.timedelta(days=week)).isoformat()  # its Monday
    '2024-02-26'
    """
    date = date_keys(pl).str.to_date("%Y%m%d")
    if period != "day":
        date = date.dt.truncate(TRUNCATE[period])
    return date.cast(pl.Int32)
