"""Relations CSV files full of awkward text, for comparing the two relations-CSV readers
(the Arrow fast path and the row-by-row reader): tests/unit/test_csv_fast.py on small
files, bench/bench_csv_paths.py on files above the fast path's real size threshold."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

TEXTS = [
    'Nederland steunt "met overtuiging" Oekraïne, ook financieel',
    "back\\slash and a, comma",
    "Россия угрожает", "", "  padded  ", "emoji ✈ and ‘quotes’",
]

#: (evidence texts, whether the fast path takes a file of them)
MIXES: list[tuple[list[str], bool]] = [
    (TEXTS, True),
    (["plain ascii, only", " edges ", "x"], True),
    (["\ttab at the edges\t", "a\x01b", "\x07bell", "nbsp\xa0", "\xa0lead"], True),
    # Python's str.strip() and line breaks know these; Arrow's trim does not
    (["unit\x1fseparator\x1f", "ok"], False),
    (["form\x0cfeed", "ok"], False),
    # U+2028 (web pages have it) is a line break to str.splitlines(), not inside a CSV value
    (["para\u2028graph", "\u2028edge", "ok"], True),
]


def distinct_keys(rng: random.Random, ids: Sequence[str],
                  types: Sequence[str]) -> Iterator[tuple[str, str, str]]:
    """Random (source, type, target) relations between two of ``ids``, never the same key
    twice (PARTNERS_WITH in either order is one key), endlessly."""
    seen = set()
    while True:
        s, t = rng.sample(ids, 2)
        typ = rng.choice(types)
        key = (min(s, t), typ, max(s, t)) if typ == "PARTNERS_WITH" else (s, typ, t)
        if key not in seen:
            seen.add(key)
            yield s, typ, t


def write_mix(path: Path, texts: Sequence[str] = TEXTS, size: int = 40_000, actors: int = 400,
              rows_extra: Iterable[Sequence[str]] = ()) -> Path:
    """A relations CSV of about ``size`` bytes: random distinct relations of four types
    between ``actors`` ids (``A000``…), evidence drawn from ``texts`` (repeated 1-3 times),
    optional dates, confidences, documents and roles; then ``rows_extra`` as given."""
    rng = random.Random(3)
    ids = [f"A{i:03d}" for i in range(actors)]
    keys = distinct_keys(rng, ids, ["SUPPORTS", "PARTNERS_WITH", "THREATENS", "member_of"])
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "type", "target", "date", "evidence", "confidence", "doc",
                    "valid_from", "valid_to", "role"])
        while fh.tell() < size:
            s, typ, t = next(keys)
            w.writerow([
                s, typ, t,
                rng.choice(["", "2024-02-29", "2023-12-31", "2024-07-11"]),
                rng.choice(texts) * rng.randint(1, 3),
                rng.choice(["", "0.9", "1", "0.55", "1.0", "0"]),
                rng.choice(["", "doc-1", "report \"x\".pdf"]),
                rng.choice(["", "2020-01-01"]), "", rng.choice(["", "minister"]),
            ])
        for row in rows_extra:
            w.writerow(row)
    return path
