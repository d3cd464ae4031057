"""Dyads to relations: one relation per (source, type, target), one piece of evidence per
period and event kind.

A piece of evidence from event data says how many events it stands for (``events``),
their Goldstein/intensity sum (``weight``) and mentions, its first and last event dates
(``date``, ``last_date``), and in its text the dates, the mean and a few sample URLs or
story ids; ``doc`` is ``<origin>:<period>`` and ``rule`` ``<origin>:<kind>`` (the CAMEO
code or PLOVER type and its name). The two are the piece's identity: loading the same
period and kind again replaces it (never a second piece for the same events), and
loading the same events again changes nothing.

The evidence and relation columns are computed by one SQL statement over the dyads table
(:func:`evidence_table`, :func:`relation_table`): :func:`dyads_to_columns` hands them to
a store's bulk write as Arrow, :func:`dyads_to_relations` builds model objects from the
very same rows.

>>> import pyarrow as pa, datetime as dt
>>> dyads = pa.table({"source": ["RUS"], "type": ["THREATENS"], "target": ["UKR"],
...     "period": ["2022-03"], "kind": ["19 fight"], "origin": ["gdelt"], "events": [3],
...     "weight_sum": [-30.0], "weight_mean": [-10.0], "mentions": [12],
...     "first_date": [dt.date(2022, 3, 1)], "last_date": [dt.date(2022, 3, 9)],
...     "samples": [["https://a.example/1"]]})
>>> (rel,) = dyads_to_relations(dyads, confidence=0.5)
>>> rel.key, rel.weight, rel.provenance[0].events, rel.provenance[0].doc
(('RUS', 'THREATENS', 'UKR'), -30.0, 3, 'gdelt:2022-03')
>>> rel.first_seen, rel.last_seen
('2022-03-01', '2022-03-09')
>>> rel.provenance[0].text
'3 events (19 fight), 2022-03-01 to 2022-03-09; Goldstein sum -30, mean -10.00; 12 mentions; e.g. https://a.example/1'
"""

from __future__ import annotations

from typing import Any

from actorgraph.graph.model import Evidence, Relation
from actorgraph.graph.records import ORIGIN_SEP, RelationColumns, row_to_evidence

#: the evidence of each dyad-period-kind row, in the columns of ``records.EVIDENCE_COLUMNS``
_EVIDENCE_SQL = """
SELECT source || '|' || type || '|' || target || '|' || CAST(seq AS VARCHAR) AS id,
       source, type, target, seq, origin || ':' || period AS doc,
       format('{:,} event{} ({}), {}', events, CASE WHEN events = 1 THEN '' ELSE 's' END,
              kind, CASE WHEN first_date = last_date THEN CAST(first_date AS VARCHAR)
                         ELSE CAST(first_date AS VARCHAR) || ' to '
                              || CAST(last_date AS VARCHAR) END)
       || format('; {} sum {:g}, mean {:.2f}',
                 CASE WHEN origin IN ('icews', 'polecat') THEN 'intensity'
                      ELSE 'Goldstein' END,
                 coalesce(weight_sum, 0.0), coalesce(weight_mean, 0.0))
       || CASE WHEN mentions IS NULL THEN '' ELSE format('; {:,} mentions', mentions) END
       || CASE WHEN len(kept) = 0 THEN ''
               ELSE '; ' || CASE WHEN origin = 'icews' THEN 'stories' ELSE 'e.g.' END
                    || ' ' || array_to_string(kept, ', ') END AS text,
       CAST(first_date AS VARCHAR) AS date,
       CAST(NULL AS BIGINT) AS sentence, CAST(NULL AS BIGINT) AS char_start,
       CAST(NULL AS BIGINT) AS char_end, origin || ':' || kind AS rule,
       CAST(@confidence AS DOUBLE) AS confidence,
       CASE WHEN len(kept) = 0 THEN NULL ELSE array_to_string(kept, ' ') END AS location,
       origin, CAST(events AS BIGINT) AS events,
       CAST(coalesce(weight_sum, 0.0) AS DOUBLE) AS weight,
       CAST(mentions AS BIGINT) AS mentions, CAST(last_date AS VARCHAR) AS last_date
FROM (
  SELECT *, [x FOR x IN coalesce(samples, []) IF x IS NOT NULL AND x <> ''] AS kept,
         @seq
  FROM dyads
)
@order
"""

#: a piece's number within its relation, and the order of the pieces, for dyads in any
#: order (:func:`_sorted_seq` gives both for dyads already in this order, for less)
_SEQ = ("row_number() OVER (PARTITION BY source, type, target ORDER BY period, kind) - 1 "
        "AS seq", "ORDER BY source, type, target, seq")
#: the order of the dyads that makes :data:`_SEQ` a running number
_DYAD_ORDER = ("source", "type", "target", "period", "kind")

#: one relation per (source, type, target): its seen dates span its evidence's events
_RELATION_SQL = """
SELECT source AS s, target AS t, type, CAST(@confidence AS DOUBLE) AS confidence,
       CAST(count(*) AS BIGINT) AS count, min(date) AS first_seen, max(last_date) AS last_seen,
       CAST(NULL AS VARCHAR) AS valid_from, CAST(NULL AS VARCHAR) AS valid_to,
       CAST(NULL AS VARCHAR) AS role,
       array_to_string(list_sort(list_distinct(list(origin))), '@sep') AS origins,
       CAST(sum(weight) AS DOUBLE) AS weight
FROM evidence GROUP BY source, type, target ORDER BY source, type, target
"""


def _tables(dyads: Any, confidence: float) -> tuple[Any, Any]:
    """(relations, evidence) of a dyads table as two ``pyarrow.Table``."""
    from actorgraph.loaders.events.aggregate import connect_duckdb

    seq = _sorted_seq(dyads)
    con = connect_duckdb()
    try:
        conf = float(confidence)  # a number, written into the statement as one
        sql = _EVIDENCE_SQL.replace("@confidence", repr(conf))
        if seq is None:
            con.register("dyads", dyads)
            sql = sql.replace("@seq", _SEQ[0]).replace("@order", _SEQ[1])
        else:  # numbered already, and in the order wanted: kept as it is
            con.register("dyads", dyads.append_column("seq", seq))
            con.execute("SET preserve_insertion_order = true")
            sql = sql.replace("@seq", "seq").replace("@order", "")
        evidence = con.sql(sql).to_arrow_table()
        con.register("evidence", evidence)
        # one thread: a relation's weight is the sum of its pieces' in their order, the
        # same in every run (two threads summed parts in the order they finished, and
        # the last bit of a sum changed from one load of the same files to the next)
        con.execute("SET threads = 1")
        relations = con.sql(_RELATION_SQL.replace("@confidence", repr(conf))
                            .replace("@sep", ORIGIN_SEP)).to_arrow_table()
    finally:
        con.close()
    return relations, evidence


def _sorted_seq(dyads: Any) -> Any:
    """Each dyad's number within its (source, type, target), if the dyads are sorted
    strictly by :data:`_DYAD_ORDER` without a null in it (as ``aggregate_events`` gives
    them): what :data:`_SEQ`'s window computes, without its two sorts (~0.6 s of CPU at
    212,000 dyads); None otherwise (the window then does it).

    >>> import pyarrow as pa
    >>> d = pa.table({"source": ["A", "A", "A", "B"], "type": ["T", "T", "T", "T"],
    ...               "target": ["B", "B", "C", "C"], "period": ["1", "2", "1", "1"],
    ...               "kind": ["k", "k", "k", "k"]})
    >>> _sorted_seq(d).to_pylist()
    [0, 1, 0, 0]
    >>> _sorted_seq(d.take([1, 0, 2, 3])) is None
    True
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    n = dyads.num_rows
    if n < 2 or any(dyads.column(k).null_count for k in _DYAD_ORDER):
        return None if n else pa.array([], pa.int64())
    before = None  # row i before row i + 1 on the keys from k on (the last: strictly)
    for k in reversed(_DYAD_ORDER):
        col = dyads.column(k)
        a, b = col.slice(0, n - 1), col.slice(1)
        less = pc.less(a, b)
        before = less if before is None else pc.or_(less, pc.and_(pc.equal(a, b), before))
    if not pc.all(before).as_py():
        return None
    new = None
    for k in ("source", "type", "target"):
        col = dyads.column(k)
        differs = pc.not_equal(col.slice(0, n - 1), col.slice(1))
        new = differs if new is None else pc.or_(new, differs)
    starts = pa.concat_arrays([pa.array([True]), new.combine_chunks()])
    row = pa.array(range(n), pa.int64())
    relation = pc.subtract(pc.cumulative_sum(pc.cast(starts, pa.int64())), 1)
    first = pc.cast(pc.indices_nonzero(starts), pa.int64())
    return pc.subtract(row, pc.take(first, relation))


def dyads_to_columns(dyads: Any, confidence: float) -> RelationColumns:
    """The relations of a dyads table as Arrow columns for ``store.write_columns``: the
    rows and evidence :func:`dyads_to_relations` gives once stored, without a Python
    object per row (75,000 pieces of evidence cost more in Python than in the store)."""
    import pyarrow.compute as pc

    cols = RelationColumns()
    if not dyads.num_rows:
        return cols
    relations, evidence = _tables(dyads, confidence)
    for rtype in sorted(pc.unique(relations.column("type")).to_pylist()):
        rel = relations.filter(pc.equal(relations.column("type"), rtype))
        ev = evidence.filter(pc.equal(evidence.column("type"), rtype))
        cols.set_arrow(rtype, rel.select(list(RelationColumns.COLUMNS)),
                       ev.select(list(RelationColumns.EVIDENCE_COLUMNS)))
    return cols


def dyads_to_relations(dyads: Any, confidence: float) -> list[Relation]:
    """Relations of a dyads table (sorted by source, type, target, period, kind)."""
    if not dyads.num_rows:
        return []
    _, evidence = _tables(dyads, confidence)
    out: list[Relation] = []
    pieces: list[Evidence] = []
    key = None
    for row in evidence.to_pylist():
        k = (row["source"], row["type"], row["target"])
        if k != key and key is not None:
            out.append(Relation(source=key[0], type=key[1], target=key[2], provenance=pieces))
            pieces = []
        key = k
        pieces.append(row_to_evidence(row))
    if key is not None:
        out.append(Relation(source=key[0], type=key[1], target=key[2], provenance=pieces))
    return out
