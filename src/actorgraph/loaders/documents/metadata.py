"""Guess a document's language and date from its text or file name.

Example
-------
>>> detect_language("De minister heeft met de bondgenoten gesproken over de steun aan Oekraïne.")
'nl'
>>> date_from_text("Op 3 en 4 april 2024 kwamen de ministers bijeen.")
'2024-04-04'
>>> date_from_text("Washington, July 10, 2024")
'2024-07-10'
>>> date_from_filename("2024-07-11-fact-sheet.md")
'2024-07-11'
"""

from __future__ import annotations

import datetime as dt
import re

_STOP = {
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "in",
            "is",
            "op",
            "te",
            "dat",
            "die",
            "niet",
            "met",
            "zijn",
            "voor",
            "aan",
            "er",
            "ook",
            "als",
            "bij",
            "door",
            "naar",
            "om",
            "over",
            "dit",
            "deze",
            "wordt",
            "worden",
            "werd",
            "hebben",
            "heeft",
            "zich",
            "tot",
            "uit",
            "nog",
            "wel",
            "maar",
            "kan",
            "zal",
            "zij",
            "wij",
            "ons",
            "onze",
            "hun",
            "tijdens",
            "tegen",
            "waar",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "as",
            "by",
            "was",
            "are",
            "be",
            "this",
            "it",
            "from",
            "at",
            "have",
            "has",
            "an",
            "which",
            "their",
            "its",
            "will",
            "our",
            "we",
            "not",
            "or",
            "were",
            "been",
            "also",
            "these",
            "they",
            "who",
            "would",
        ]
    ),
}
_WORD_RE = re.compile(r"[^\W\d_]+")

#: Month names in English and Dutch, written out.
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "oktober": 10,
}  # fmt: skip
MONTHS = {
    **MONTH_NAMES,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "3 en 4 april 2024", "3-4 april 2024", "10 juli 2024", "10 July 2024"
_DMY_RE = re.compile(
    rf"\b(\d{{1,2}})(?:\s*(?:-|–|en|and|tot|to)\s*(\d{{1,2}}))?\s+({_MONTH_ALT})\.?\s+(\d{{4}})\b",
    re.I,
)
# "July 10, 2024", "July 9-11, 2024"
_MDY_RE = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:\s*(?:-|–)\s*(\d{{1,2}}))?(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
    re.I,
)
_ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def detect_language(text: str, default: str = "en") -> str:
    """``nl`` or ``en`` by the share of each language's stop words (first 5,000 chars)."""
    counts = {lang: 0 for lang in _STOP}
    for w in _WORD_RE.findall(text[:5000].lower()):
        for lang, words in _STOP.items():
            if w in words:
                counts[lang] += 1
    if counts["nl"] == counts["en"]:
        return default
    return max(counts, key=counts.get)


def _mk(year: str, month: int, day: str) -> str | None:
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def dates_in_text(text: str) -> list[tuple[int, str]]:
    """All dates written out in ``text`` as ``(offset, iso)``, in order; ranges give the
    last day ("3 en 4 april 2024" → 2024-04-04)."""
    found: list[tuple[int, str]] = []
    for m in _DMY_RE.finditer(text):
        d = _mk(m.group(4), MONTHS[m.group(3).lower()], m.group(2) or m.group(1))
        if d:
            found.append((m.start(), d))
    for m in _MDY_RE.finditer(text):
        d = _mk(m.group(4), MONTHS[m.group(1).lower()], m.group(3) or m.group(2))
        if d:
            found.append((m.start(), d))
    for m in _ISO_RE.finditer(text):
        d = _mk(m.group(1), int(m.group(2)), m.group(3))
        if d:
            found.append((m.start(), d))
    return sorted(found)


def date_from_text(text: str, window: int = 3000) -> str | None:
    """The first date written in the first ``window`` characters of the text."""
    found = dates_in_text(text[:window])
    return found[0][1] if found else None


# "nl-2022-11-telegraaf-...": a year and month that a day does not follow
_ISO_MONTH_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d])(?!-\d)")


def date_from_filename(name: str) -> str | None:
    """A ``YYYY-MM-DD`` date in a file name (``nl-2024-04-04-verslag.txt``); a name that
    gives only the month (``nl-2022-11-telegraaf.txt``) dates the document to that month's
    first day, so that offices and memberships are read as of the right year, not as of
    the day the file was copied.

    >>> date_from_filename("nl-2022-11-telegraaf-hoekstra.txt")
    '2022-11-01'
    >>> date_from_filename("nl-2024-04-04-verslag.txt")
    '2024-04-04'
    >>> date_from_filename("rapport-2011-2012.txt") is None
    True
    """
    m = _ISO_RE.search(name)
    if m:
        return _mk(m.group(1), int(m.group(2)), m.group(3))
    m = _ISO_MONTH_RE.search(name)
    return _mk(m.group(1), int(m.group(2)), "1") if m else None
