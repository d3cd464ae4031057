"""The event file formats: their columns, how to tell them apart, what each column means.

Every format is read into the same normalised columns (:data:`NORMALISED`): the event's
date, its two actors (name, code, country, known group, sectors or type), its code (a
CAMEO code or a PLOVER type), its weight (Goldstein scale or intensity), its mentions and
a sample (source URL or story id).

>>> from pathlib import Path
>>> sniff_format(Path("20220301.export.CSV"), "1\\t20220301" + "\\tx" * 59)
'gdelt2'
>>> head = "Event ID\\tEvent Date\\tSource Name\\tTarget Name\\tCAMEO Code"
>>> sniff_format(Path("events.tab"), head)
'icews'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from actorgraph.graph.vocabulary import Origin

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
_GEO2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_GEO1 = tuple(g for g in _GEO2 if g != "ADM2Code")


def _gdelt(geo: tuple[str, ...], url: bool) -> tuple[str, ...]:
    cols = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    for n in (1, 2):
        cols += [f"Actor{n}{c}" for c in _ACTOR]
    cols += list(_EVENT)
    for prefix in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        cols += [prefix + g for g in geo]
    cols.append("DATEADDED")
    if url:
        cols.append("SOURCEURL")
    return tuple(cols)


#: GDELT 2.0 event export: 61 columns, no header (names as in the GDELT codebook)
GDELT2_COLUMNS = _gdelt(_GEO2, url=True)
#: GDELT 1.0 daily files: 58 columns from April 2013 (with SOURCEURL), 57 before
GDELT1_COLUMNS = _gdelt(_GEO1, url=True)
GDELT1_COLUMNS_NO_URL = _gdelt(_GEO1, url=False)
#: ICEWS coded event files (tab-separated, with this header)
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)
#: POLECAT weekly files (tab-separated, with a header; some releases call the intensity
#: column "Event Intensity")
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)

#: the columns every format is read into
NORMALISED = (
    "date", "s_name", "s_code", "s_country", "s_group", "s_sectors",
    "t_name", "t_code", "t_country", "t_group", "t_sectors",
    "code", "weight", "mentions", "sample",
)


def snake(name: str) -> str:
    """A column name as a plain SQL identifier: ``"Event Date"`` → ``event_date``.

    >>> snake("Actor1Geo_FullName"), snake("CAMEO Code")
    ('actor1geo_fullname', 'cameo_code')
    """
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")


@dataclass(frozen=True)
class EventFormat:
    """One event file format: its columns and what they mean."""

    name: str
    origin: Origin
    title: str
    columns: tuple[str, ...]
    header: bool
    #: code scheme: ``cameo`` or ``plover``
    scheme: str
    #: normalised column -> raw column (snake-cased) or None
    select: tuple[tuple[str, str | None], ...]
    #: raw columns (snake-cased) that must parse as a date / a number
    date_column: str = ""
    numbers: tuple[str, ...] = ()
    integers: tuple[str, ...] = ()
    #: text written for a missing value
    null_text: tuple[str, ...] = ("",)

    @property
    def raw_names(self) -> list[str]:
        return [snake(c) for c in self.columns]

    def raw_types(self) -> dict[str, str]:
        """Column -> SQL type name (DATE, DOUBLE, BIGINT or VARCHAR)."""
        out = {}
        for c in self.raw_names:
            if c == self.date_column:
                out[c] = "DATE"
            elif c in self.numbers:
                out[c] = "DOUBLE"
            elif c in self.integers:
                out[c] = "BIGINT"
            else:
                out[c] = "VARCHAR"
        return out


def _gdelt_format(name: str, title: str, columns: tuple[str, ...]) -> EventFormat:
    has_url = "SOURCEURL" in columns
    select = (
        ("s_name", None), ("s_code", "actor1code"), ("s_country", "actor1countrycode"),
        ("s_group", "actor1knowngroupcode"), ("s_sectors", "actor1type1code"),
        ("t_name", None), ("t_code", "actor2code"), ("t_country", "actor2countrycode"),
        ("t_group", "actor2knowngroupcode"), ("t_sectors", "actor2type1code"),
        ("code", "eventcode"), ("weight", "goldsteinscale"), ("mentions", "nummentions"),
        ("sample", "sourceurl" if has_url else "globaleventid"),
    )
    return EventFormat(
        name=name, origin=Origin.GDELT, title=title, columns=columns, header=False,
        scheme="cameo", select=select, date_column="sqldate",
        numbers=("goldsteinscale", "avgtone"),
        integers=("nummentions", "numsources", "numarticles"),
    )


FORMATS: dict[str, EventFormat] = {
    "icews": EventFormat(
        name="icews", origin=Origin.ICEWS, title="ICEWS coded events (.tab)",
        columns=ICEWS_COLUMNS, header=True, scheme="cameo",
        select=(
            ("s_name", "source_name"), ("s_code", None), ("s_country", "source_country"),
            ("s_group", None), ("s_sectors", "source_sectors"),
            ("t_name", "target_name"), ("t_code", None), ("t_country", "target_country"),
            ("t_group", None), ("t_sectors", "target_sectors"),
            ("code", "cameo_code"), ("weight", "intensity"), ("mentions", None),
            ("sample", "story_id"),
        ),
        date_column="event_date", numbers=("intensity",), null_text=("", "NA"),
    ),
    "gdelt2": _gdelt_format("gdelt2", "GDELT 2.0 event export (61 columns)", GDELT2_COLUMNS),
    "gdelt1": _gdelt_format("gdelt1", "GDELT 1.0 daily events (58 columns)", GDELT1_COLUMNS),
    "gdelt1-nourl": _gdelt_format(
        "gdelt1-nourl", "GDELT 1.0 events (57 columns, before April 2013)",
        GDELT1_COLUMNS_NO_URL),
    "polecat": EventFormat(
        name="polecat", origin=Origin.POLECAT, title="POLECAT weekly events (PLOVER)",
        columns=POLECAT_COLUMNS, header=True, scheme="plover",
        select=(
            ("s_name", "actor_name"), ("s_code", None), ("s_country", "actor_country"),
            ("s_group", None), ("s_sectors", "actor_sectors"),
            ("t_name", "recipient_name"), ("t_code", None), ("t_country", "recipient_country"),
            ("t_group", None), ("t_sectors", "recipient_sectors"),
            ("code", "event_type"), ("weight", "intensity"), ("mentions", None),
            ("sample", "event_id"),
        ),
        date_column="event_date", numbers=("intensity",), null_text=("", "None"),
    ),
}

_BY_COUNT = {61: "gdelt2", 58: "gdelt1", 57: "gdelt1-nourl"}
#: suffixes an event file may have (after .zip / .gz are taken off)
EVENT_SUFFIXES = {".tab", ".tsv", ".txt", ".csv"}


def polecat_format(header: list[str]) -> EventFormat:
    """The POLECAT format for a file's own header (releases differ in a column or two)."""
    cols = tuple("Intensity" if h.strip() == "Event Intensity" else h.strip() for h in header)
    cols = tuple(c for c in cols if c)  # trailing empty names of excess tabs
    return EventFormat(**{**FORMATS["polecat"].__dict__, "columns": cols})


def sniff_format(path: Path, first_line: str) -> str | None:
    """The event format of a file from its name and first line, or None if it is none.

    Header files are told apart by their header; GDELT files (no header) by their column
    count and a first column of digits (the event id) and an 8-digit date.
    """
    cells = first_line.rstrip("\r\n").split("\t")
    names = {c.strip() for c in cells}
    if {"Event ID", "Event Date", "Source Name", "Target Name", "CAMEO Code"} <= names:
        return "icews"
    if {"Event ID", "Event Date", "Event Type", "Actor Name", "Recipient Name"} <= names:
        return "polecat"
    fmt = _BY_COUNT.get(len(cells))
    if fmt and cells[0].strip().isdigit() and re.fullmatch(r"\d{8}", cells[1].strip()):
        return fmt
    return None
