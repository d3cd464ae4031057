"""The rules a relations row follows, written once for both CSV readers.

The row-by-row reader (:func:`actorgraph.loaders.curated.read_relations_csv`) calls the
functions here on each row; the Arrow fast path (:mod:`actorgraph.loaders.csv_fast`)
applies the same constants to whole columns and, on anything it cannot prove clean,
hands the file to the row-by-row reader, whose messages come from here. The two give
the same columns (tests/unit/test_csv_fast.py, bench/bench_csv_paths.py).

Example
-------
>>> relation_type(" member_of ")
'MEMBER_OF'
>>> confidence("0.9"), confidence("")
(0.9, 1.0)
>>> confidence("1.5")
Traceback (most recent call last):
...
ValueError: bad confidence '1.5'
>>> plain_iso_date("2024-02-28"), plain_iso_date("2024-02-29"), plain_iso_date("2024-2-1")
(True, False, False)
>>> plain_iso_date("0000-01-01"), plain_iso_date("0999-01-01")
(False, True)
"""

from __future__ import annotations

import math
import re

from actorgraph.graph.keys import SYMMETRIC_TYPES, canonical_key
from actorgraph.graph.vocabulary import RelationType

__all__ = [
    "ACTOR_CSV_FIELDS", "CONFIDENCE_MAX", "CONFIDENCE_MIN", "DEFAULT_CONFIDENCE",
    "DEFAULT_RULE", "EXPORTED_RELATION_FIELDS", "ISO_DATE", "MAX_TEXT_CHARS",
    "RELATION_FIELDS", "SAFE_DAY_MAX", "SYMMETRIC_TYPES", "TYPE_NAMES", "canonical_key",
    "confidence", "plain_iso_date", "relation_type",
]

#: the columns of a relations CSV file (and the keys of a relation in curated YAML)
RELATION_FIELDS = (
    "source", "type", "target", "date", "evidence", "confidence", "doc", "valid_from",
    "valid_to", "role", "rule",
)
#: columns of `actorgraph export --format csv` that a relations file may also have; with
#: ``provenance`` present, each row's evidence comes from it and the rest is derived
EXPORTED_RELATION_FIELDS = (
    "count", "first_seen", "last_seen", "docs", "provenance", "origins", "weight",
)
#: the columns of an actors CSV file
ACTOR_CSV_FIELDS = (
    "id", "name", "kind", "bloc", "country", "aliases_en", "aliases_nl", "start", "end",
    "description", "source",
    # as `actorgraph export --format csv` writes them: aliases as JSON, names derived
    "aliases", "names",
)

#: the rule of evidence from a curated row that names none
DEFAULT_RULE = "curated"
#: confidence of a row without one, and the range a confidence may take
DEFAULT_CONFIDENCE = 1.0
CONFIDENCE_MIN, CONFIDENCE_MAX = 0.0, 1.0
#: the longest text a value may hold (characters): a longer one is an error, not a load
MAX_TEXT_CHARS = 1_000_000
#: a date both readers take as it is: YYYY-MM-DD with a day up to SAFE_DAY_MAX (every
#: month has it); anything else goes through ``parse_date`` (row-by-row reader)
ISO_DATE = r"^(?:[1-9]\d{3}|0[1-9]\d{2}|00[1-9]\d|000[1-9])-\d{2}-\d{2}$"  # no year 0
SAFE_DAY_MAX = "28"
_ISO_DATE_RE = re.compile(ISO_DATE)

#: relation type names as written (upper or lower case) -> the vocabulary's name
TYPE_NAMES = {t.value: t.value for t in RelationType} | {
    t.value.lower(): t.value for t in RelationType
}


def relation_type(text: str) -> str:
    """The vocabulary name of a type as written; a SchemaError names the known ones."""
    name = TYPE_NAMES.get(text) or TYPE_NAMES.get(text.strip()) or TYPE_NAMES.get(
        text.strip().lower())
    return name if name is not None else RelationType.parse(text).value


def confidence(text: str) -> float:
    """A confidence cell: empty is :data:`DEFAULT_CONFIDENCE`; outside 0..1 a ValueError."""
    if not text.strip():
        return DEFAULT_CONFIDENCE
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not CONFIDENCE_MIN <= value <= CONFIDENCE_MAX:
        raise ValueError(f"bad confidence {text!r}")
    return value


def plain_iso_date(text: str) -> bool:
    """Whether a date cell is ``YYYY-MM-DD`` with a month 01-12 and a day every month has."""
    return (_ISO_DATE_RE.match(text) is not None and "01" <= text[5:7] <= "12"
            and "01" <= text[8:10] <= SAFE_DAY_MAX)
