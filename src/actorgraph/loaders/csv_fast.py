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

from pathlib import Path
from typing import Any

from actorgraph.graph.records import RELATION_PROPS, RelationColumns
from actorgraph.graph.vocabulary import RelationType

#: below this many bytes the row-by-row reader is fast enough
MIN_BYTES = 1_000_000
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (10, 13))
_OPTIONAL = ("date", "evidence", "confidence", "doc", "valid_from", "valid_to", "role", "rule")


def read_relations_csv_arrow(path: Path, data: bytes, header: list[str]) -> Any | None:
    """``ParsedInput`` for a clean relations CSV, or None to use the row-by-row reader."""
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

    def col(name: str):
        return pc.utf8_trim_whitespace(table.column(name)) if name in header else None

    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return None  # tabs and other control characters: JSON escapes them differently

    s, t = col("source"), col("target")
    if pc.any(pc.equal(s, "")).as_py() or pc.any(pc.equal(t, "")).as_py():
        return None
    if pc.any(pc.equal(s, t)).as_py():
        return None
    types = pc.utf8_upper(col("type"))
    known = pa.array([rt.value for rt in RelationType])
    if not pc.all(pc.is_in(types, value_set=known)).as_py():
        return None

    def dates(name: str):
        c = col(name)
        if c is None:
            return pa.nulls(n, pa.string())
        empty = pc.equal(c, "")
        iso = pc.match_substring_regex(c, r"^\d{4}-\d{2}-\d{2}$")
        if not pc.all(pc.or_(empty, iso)).as_py():
            return False
        month = pc.utf8_slice_codeunits(c, 5, 7)
        day = pc.utf8_slice_codeunits(c, 8, 10)
        if not pc.all(pc.or_(empty, pc.and_(
            pc.and_(pc.greater_equal(month, "01"), pc.less_equal(month, "12")),
            pc.greater_equal(day, "01"),
        ))).as_py():
            return False
        late = pc.and_(pc.invert(empty), pc.greater(day, "28"))
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
        conf = pa.array([1.0] * n, pa.float64())
    else:
        filled = pc.if_else(pc.equal(conf_text, ""), "1", conf_text)
        try:
            conf = pc.cast(filled, pa.float64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        if not pc.all(pc.and_(pc.greater_equal(conf, 0.0), pc.less_equal(conf, 1.0))).as_py():
            return None
        if pc.any(pc.is_nan(conf)).as_py():
            return None

    doc = col("doc")
    doc = pa.array([path.name] * n) if doc is None else pc.if_else(
        pc.equal(doc, ""), path.name, doc)
    rule = col("rule")
    rule = pa.array(["curated"] * n) if rule is None else pc.if_else(
        pc.equal(rule, ""), "curated", rule)
    text = col("evidence")
    text = pa.array([""] * n) if text is None else text
    role = col("role")
    role = pa.nulls(n, pa.string()) if role is None else pc.if_else(
        pc.equal(role, ""), pa.scalar(None, pa.string()), role)

    # PARTNERS_WITH is stored from the smaller id to the larger.
    swap = pc.and_(pc.equal(types, RelationType.PARTNERS_WITH.value), pc.less(t, s))
    s, t = pc.if_else(swap, t, s), pc.if_else(swap, s, t)

    keys = pc.binary_join_element_wise(s, types, t, "\x1f")
    if pc.count_distinct(keys).as_py() != n:
        return None  # a relation listed twice: the row-by-row reader merges them

    def q(arr):
        if pc.any(pc.match_substring(arr, "\\")).as_py():
            arr = pc.replace_substring(arr, "\\", "\\\\")
        if pc.any(pc.match_substring(arr, '"')).as_py():
            arr = pc.replace_substring(arr, '"', '\\"')
        return arr

    conf_str = pc.cast(conf, pa.string())
    conf_str = pc.if_else(pc.match_substring_regex(conf_str, r"[.eE]|inf|nan"), conf_str,
                          pc.binary_join_element_wise(conf_str, ".0", ""))
    date_part = pc.if_else(
        pc.is_null(date), "",
        pc.binary_join_element_wise('"date": "', pc.fill_null(date, ""), '", ', ""))
    provenance = pc.binary_join_element_wise(
        '[{"confidence": ', conf_str, ", ", date_part, '"doc": "', q(doc), '", "rule": "',
        q(rule), f'", "source": "{_escape(path.name)}:',
        pc.cast(pa.array(range(2, n + 2)), pa.string()), '", "text": "', q(text), '"}]', "",
    )
    doc_values = doc.combine_chunks() if isinstance(doc, pa.ChunkedArray) else doc
    docs = pa.ListArray.from_arrays(pa.array(range(0, n + 1), pa.int32()), doc_values)

    full = pa.table({
        "s": s, "t": t, "type": types, "confidence": conf,
        "count": pa.array([1] * n, pa.int64()), "first_seen": date, "last_seen": date,
        "valid_from": valid_from, "valid_to": valid_to, "role": role, "docs": docs,
        "provenance": provenance,
    })
    parsed = ParsedInput(path=path, columns=RelationColumns())
    assert parsed.columns is not None
    for rtype in sorted(pc.unique(types).to_pylist()):
        part = full.filter(pc.equal(full.column("type"), rtype))
        parsed.columns.set_arrow(rtype, part.select(["s", "t", *RELATION_PROPS]))
    # The first line naming each actor id, to point at it if the id is unknown.
    firsts: dict[str, int] = {}
    for end in (s, t):
        ids = pc.unique(end)
        first = pc.index_in(ids, value_set=end)  # index of the first occurrence
        for actor_id, i in zip(ids.to_pylist(), first.to_pylist()):
            firsts[actor_id] = min(i + 2, firsts.get(actor_id, i + 2))
    parsed.where.update(sorted(firsts.items(), key=lambda kv: kv[1]))
    return parsed


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
