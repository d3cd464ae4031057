"""The fast path for large relations CSV files: Arrow reads and checks whole columns.

A million relations checked row by row in Python cost more than the database's own
``COPY``. Here pyarrow parses the CSV (in C, on every core) and the checks run on whole
columns. The fast path only accepts what it can prove is clean and plain: on anything
else — a bad value, a duplicate relation, a blank or multi-line row, a control
character, a date that is not ``YYYY-MM-DD`` — it returns None and the row-by-row reader
(:func:`actorgraph.loaders.curated.read_relations_csv`) takes over, with its exact
messages and line numbers. Both produce the same columns (tested).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actorgraph.graph.records import RelationColumns, origins_text
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders.rows import (
    CONFIDENCE_MAX,
    CONFIDENCE_MIN,
    DEFAULT_CONFIDENCE,
    DEFAULT_RULE,
    ISO_DATE,
    MAX_TEXT_CHARS,
    SAFE_DAY_MAX,
    SYMMETRIC_TYPES,
    TYPE_NAMES,
)

#: below this many bytes the row-by-row reader is fast enough
MIN_BYTES = 1_000_000
#: bytes the row-by-row reader treats apart (Python's line breaks and str.strip() set
#: beyond ASCII whitespace, and NUL): a file with any of them takes the row-by-row reader
_SPECIAL_BYTES = (b"\x00", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", b"\x1f", b"\xc2\x85")
_OPTIONAL = ("date", "evidence", "confidence", "doc", "valid_from", "valid_to", "role", "rule")


def read_relations_csv_arrow(path: Path, data: bytes, header: list[str]) -> Any | None:
    """``ParsedInput`` for a clean relations CSV, or None to use the row-by-row reader."""
    with _system_memory_pool():
        return _read(path, data, header)


@contextlib.contextmanager
def _system_memory_pool() -> Iterator[None]:
    """Allocate Arrow memory with the C library's malloc for the duration.

    pyarrow's default pool (mimalloc in the wheels) made reading and checking 1M rows
    take 2.4 s here against 1.5 s with the system allocator (`bench/bench_load.py`,
    same machine, same run): the work is a few dozen whole-column passes that each
    allocate a fresh column, and mimalloc handed each one pages that had to be faulted in
    again. Buffers remember their pool, so restoring the default afterwards is safe.
    """
    import pyarrow as pa

    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def _read(path: Path, data: bytes, header: list[str]) -> Any | None:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    from actorgraph.loaders.curated import ParsedInput

    crlf = data.count(b"\r\n")
    if data.count(b"\r") != crlf or b"\n\n" in data or b"\n\r\n" in data:
        return None  # lone CRs or blank lines: the row-by-row reader counts lines
    try:
        table = pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(column_names=header, skip_rows=1,
                                           use_threads=True),
            parse_options=pacsv.ParseOptions(newlines_in_values=False),
            convert_options=pacsv.ConvertOptions(
                column_types={h: pa.string() for h in header}, strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowException):
        return None
    n = table.num_rows
    lines = data.count(b"\n") - (0 if data.endswith(b"\n") else -1)
    if n == 0 or n != lines - 1:
        return None  # multi-line values, or rows pyarrow skipped: line numbers would drift

    # For ASCII text the ASCII trim is the same as str.strip() (the bytes where they differ,
    # \x1c-\x1f, are refused below) and several times faster.
    trim = pc.ascii_trim_whitespace if data.isascii() else pc.utf8_trim_whitespace

    def col(name: str):
        return trim(table.column(name)) if name in header else None

    if any(b in data for b in _SPECIAL_BYTES):  # memchr: far cheaper than a copy
        return None
    if len(data) > MAX_TEXT_CHARS and any(
        pc.max(pc.binary_length(table.column(h))).as_py() > MAX_TEXT_CHARS for h in header
    ):
        return None  # a value over the limit (bytes >= characters): the row reader names it

    s, t = col("source"), col("target")
    if pc.any(pc.equal(s, "")).as_py() or pc.any(pc.equal(t, "")).as_py():
        return None
    if pc.any(pc.equal(s, t)).as_py():
        return None
    # rows.relation_type: the vocabulary's names, in any case
    types = pc.utf8_upper(col("type"))
    known = pa.array(sorted(set(TYPE_NAMES.values())))
    if not pc.all(pc.is_in(types, value_set=known)).as_py():
        return None

    def dates(name: str):
        c = col(name)
        if c is None:
            return pa.nulls(n, pa.string())
        empty = pc.equal(c, "")
        iso = pc.match_substring_regex(c, ISO_DATE)
        if not pc.all(pc.or_(empty, iso)).as_py():
            return False
        month = pc.utf8_slice_codeunits(c, 5, 7)
        day = pc.utf8_slice_codeunits(c, 8, 10)
        if not pc.all(pc.or_(empty, pc.and_(
            pc.and_(pc.greater_equal(month, "01"), pc.less_equal(month, "12")),
            pc.greater_equal(day, "01"),
        ))).as_py():
            return False
        late = pc.and_(pc.invert(empty), pc.greater(day, SAFE_DAY_MAX))
        if pc.any(late).as_py():
            # Days 29-31 exist only in some months: a real date prints back the same
            # (strptime rolls 2024-02-30 over into March).
            some = pc.filter(c, late)
            parsed = pc.strptime(some, format="%Y-%m-%d", unit="s", error_is_null=True)
            same = pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), some)
            if not pc.all(pc.fill_null(same, False)).as_py():
                return False
        return pc.if_else(empty, pa.scalar(None, pa.string()), c)

    date, valid_from, valid_to = dates("date"), dates("valid_from"), dates("valid_to")
    if date is False or valid_from is False or valid_to is False:
        return None
    if pc.any(pc.less(valid_to, valid_from)).as_py():
        return None  # the row-by-row reader names the line

    conf_text = col("confidence")
    if conf_text is None:
        conf = pa.repeat(pa.scalar(DEFAULT_CONFIDENCE, pa.float64()), n)
    else:
        filled = pc.if_else(pc.equal(conf_text, ""), str(DEFAULT_CONFIDENCE), conf_text)
        try:
            conf = pc.cast(filled, pa.float64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        if not pc.all(pc.and_(pc.greater_equal(conf, CONFIDENCE_MIN),
                              pc.less_equal(conf, CONFIDENCE_MAX))).as_py():
            return None
        if pc.any(pc.is_nan(conf)).as_py():
            return None

    doc = col("doc")
    doc = pa.repeat(pa.scalar(path.name), n) if doc is None else pc.if_else(
        pc.equal(doc, ""), path.name, doc)
    rule = col("rule")
    rule = pa.repeat(pa.scalar(DEFAULT_RULE), n) if rule is None else pc.if_else(
        pc.equal(rule, ""), DEFAULT_RULE, rule)
    text = col("evidence")
    text = pa.repeat(pa.scalar(""), n) if text is None else text
    role = col("role")
    role = pa.nulls(n, pa.string()) if role is None else pc.if_else(
        pc.equal(role, ""), pa.scalar(None, pa.string()), role)

    # keys.canonical_key on whole columns: a symmetric type from the smaller id to the larger
    swap = pc.and_(pc.is_in(types, value_set=pa.array(sorted(SYMMETRIC_TYPES))), pc.less(t, s))
    s, t = pc.if_else(swap, t, s), pc.if_else(swap, s, t)

    if _repeats_a_key(s, types, t):
        return None  # a relation listed twice: the row-by-row reader merges them

    line_no = pc.cumulative_sum(pa.repeat(pa.scalar(1, pa.int64()), n), start=1)  # 2, 3, …
    ids = pc.binary_join_element_wise(s, types, t, "0", "|")  # records.evidence_id(…, 0)
    relations = pa.table({
        "s": s, "t": t, "confidence": conf,
        "count": pa.repeat(pa.scalar(1, pa.int64()), n), "first_seen": date, "last_seen": date,
        "valid_from": valid_from, "valid_to": valid_to, "role": role,
        "origins": pa.repeat(pa.scalar(origins_text([Origin.CURATED]), pa.string()), n),
        "weight": pa.repeat(pa.scalar(0.0, pa.float64()), n),
    })
    no_int = pa.nulls(n, pa.int64())
    evidence = pa.table({
        "id": ids, "source": s, "type": types, "target": t,
        "seq": pa.repeat(pa.scalar(0, pa.int64()), n), "doc": doc, "text": text,
        "date": date, "sentence": no_int, "char_start": no_int, "char_end": no_int,
        "rule": rule, "confidence": conf,
        "location": pc.binary_join_element_wise(f"{path.name}:", pc.cast(line_no, pa.string()),
                                                ""),
        "origin": pa.repeat(pa.scalar(Origin.CURATED.value), n), "events": no_int,
        "weight": pa.nulls(n, pa.float64()), "mentions": no_int,
        "last_date": pa.nulls(n, pa.string()),
    })
    parsed = ParsedInput(path=path, columns=RelationColumns())
    assert parsed.columns is not None
    kinds = pc.unique(types).to_pylist()
    for rtype in sorted(kinds):
        if len(kinds) == 1:
            parsed.columns.set_arrow(rtype, relations, evidence)
        else:
            mask = pc.equal(types, rtype)
            parsed.columns.set_arrow(rtype, relations.filter(mask), evidence.filter(mask))
    # The first line naming each actor id, to point at it if the id is unknown.
    firsts: dict[str, int] = {}
    for end in (s, t):
        ids = pc.unique(end)
        first = pc.index_in(ids, value_set=end)  # index of the first occurrence
        for actor_id, i in zip(ids.to_pylist(), first.to_pylist()):
            firsts[actor_id] = min(i + 2, firsts.get(actor_id, i + 2))
    parsed.where.update(sorted(firsts.items(), key=lambda kv: kv[1]))
    return parsed


def _repeats_a_key(*columns: Any) -> bool:
    """Whether a row's (source, type, target) key repeats an earlier one.

    Each column becomes dictionary codes (few distinct actors and types), the codes one
    int64 per row, and those are counted: far cheaper than hashing joined strings.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    key = None
    for col in columns:
        codes = pc.dictionary_encode(col)
        if isinstance(codes, pa.ChunkedArray):
            chunks = codes.chunks
            if not chunks or any(not c.dictionary.equals(chunks[0].dictionary) for c in chunks):
                codes = pc.dictionary_encode(col.combine_chunks())  # one dictionary for all
            else:
                codes = pa.DictionaryArray.from_arrays(
                    pa.chunked_array([c.indices for c in chunks]).combine_chunks(),
                    chunks[0].dictionary,
                )
        idx = pc.cast(codes.indices, pa.int64())
        key = idx if key is None else pc.add(pc.multiply(key, len(codes.dictionary)), idx)
    assert key is not None
    return pc.count_distinct(key).as_py() != len(key)
