"""The one date rule: ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, in its own module so
that reading a date parameter does not load the models (pydantic)."""

from __future__ import annotations

import datetime as dt
import re


def parse_date(value: object) -> str | None:
    """Normalise a date to ISO ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``); None stays None.

    >>> parse_date("2024-4-4")
    '2024-04-04'
    >>> parse_date(dt.date(2024, 7, 11))
    '2024-07-11'
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not m:
        m2 = re.match(r"(\d{4})-(\d{2})-(\d{2})[T ]", text)
        if m2:
            return parse_date(text[:10])
        raise ValueError(f"bad date {text!r}: write it as YYYY-MM-DD (or YYYY-MM, YYYY)")
    year, month, day = m.groups()
    if month is None:
        return year
    if day is None:
        if not 1 <= int(month) <= 12:
            raise ValueError(f"bad date {text!r}: month {month} does not exist")
        return f"{year}-{int(month):02d}"
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError as exc:
        raise ValueError(f"bad date {text!r}: {exc}; write it as YYYY-MM-DD") from None
