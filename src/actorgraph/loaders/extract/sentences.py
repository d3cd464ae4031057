"""Split cleaned text into sentences with character offsets.

A line break ends a sentence (headings, list items and Word paragraphs stand alone;
hard-wrapped Markdown was joined when the text was cleaned), unless the line ends with a
comma and the next follows it directly (a signature's title and name). Inside a line a
sentence ends at ``.``, ``!`` or ``?`` followed by white space and a capital, a digit or
a quote, unless the dot ends an abbreviation ("U.S.", "Mr.", "D.C.", "jl.", "o.a.").

Example
-------
>>> text = "Op 3 april jl. spraken de ministers. The U.S. and Japan agreed.\\nKop"
>>> [text[s:e] for s, e in split_sentences(text)]
['Op 3 april jl. spraken de ministers.', 'The U.S. and Japan agreed.', 'Kop']
"""

from __future__ import annotations

import re

_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "no",
        "nos",
        "nr",
        "vol",
        "fig",
        "art",
        "sec",
        "ch",
        "p",
        "pp",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "approx",
        "est",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "jl",
        "bijv",
        "o.a",
        "m.b.t",
        "d.w.z",
        "z.g.a.n",
        "n.a.v",
        "t.a.v",
        "i.v.m",
        "mr",
        "drs",
        "ir",
        "ing",
        "blz",
        "dhr",
        "mevr",
        "resp",
        "ca",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "u.s.a",
        "p.r.c",
    ]
)
_BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])|\n")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the ``.`` at ``dot`` ends an abbreviation or an initial."""
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in _ABBREV:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Joseph R. Biden"
        return True
    return "." in word and len(word) <= 8 and word.replace(".", "").isalpha()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, trimmed of white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        g = m.group()
        if g != "\n" and g[:2] != ".." and g[0] == "." and _is_abbreviation(text, m.start()):
            continue
        if g == "\n" and _continues(text, m.start(), end):
            continue  # "De minister van Defensie,\nK.H. Ollongren": one sentence
        _add(text, pos, m.end(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def _continues(text: str, nl: int, end: int) -> bool:
    r"""Whether the line break at ``nl`` is inside a sentence: the line ends with a comma
    and the next line follows without a blank line (a signature's title and name).

    >>> _continues("De minister van Defensie,\nK. Jansen", 25, 35)
    True
    >>> _continues("Kop,\n\nTekst", 4, 11)
    False
    """
    k = nl - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    if k < 0 or text[k] != ",":
        return False
    k = nl + 1
    while k < end and text[k] in " \t\r":
        k += 1
    return k < end and text[k] != "\n"


#: A news agency's dateline before the first sentence of a report: "BRUSSEL (ANP) - ",
#: "LUXEMBURG (ANP/RTR) - ", "MANILA, Philippines (AP) — " (a place in capitals, the
#: agency in brackets, a dash). It is a sentence of its own, so the report's first
#: sentence opens with its subject.
_DATELINE_RE = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r" \((?:[A-Z]{2,5}|Reuters|Belga|Novum|dpa|NU\.nl)(?:/(?:[A-Z]{2,5}|Reuters|Belga|dpa)){0,2}"
    r"\)) ?[-–—]+ (?=\S)"
)


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    """Add the span ``[a, b)`` trimmed of white space (a dateline split off).

    >>> spans = []
    >>> _add("BRUSSEL (ANP) - De EU stuurt een missie.", 0, 40, spans)
    >>> spans
    [(0, 13), (16, 40)]
    """
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a + 1 and text[a + 1].isupper() and text[a].isupper():
        m = _DATELINE_RE.match(text, a, b)
        if m:
            spans.append((a, m.end(1)))
            a = m.end()
    if b > a:
        spans.append((a, b))


def paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph (a run of text after a blank line) begins."""
    starts = [0]
    for m in re.finditer(r"\n[ \t]*\n", text):
        starts.append(m.end())
    return starts
