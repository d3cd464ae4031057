"""Dyads to relations: one relation per (source, type, target), one piece of evidence per
period and event kind.

A piece of evidence from event data says how many events it stands for (``events``),
their Goldstein/intensity sum (``weight``) and mentions, its first date (``date``), and
in its text the last date, the mean and a few sample URLs or story ids; ``doc`` is
``<origin>:<period>`` and ``rule`` ``<origin>:<kind>`` (the CAMEO code or PLOVER type and
its name), so loading the same events again finds the same evidence and adds nothing.

>>> import pyarrow as pa, datetime as dt
>>> dyads = pa.table({"source": ["RUS"], "type": ["THREATENS"], "target": ["UKR"],
...     "period": ["2022-03"], "kind": ["19 fight"], "origin": ["gdelt"], "events": [3],
...     "weight_sum": [-30.0], "weight_mean": [-10.0], "mentions": [12],
...     "first_date": [dt.date(2022, 3, 1)], "last_date": [dt.date(2022, 3, 9)],
...     "samples": [["https://a.example/1"]]})
>>> (rel,) = dyads_to_relations(dyads, confidence=0.5)
>>> rel.key, rel.weight, rel.provenance[0].events, rel.provenance[0].doc
(('RUS', 'THREATENS', 'UKR'), -30.0, 3, 'gdelt:2022-03')
"""

from __future__ import annotations

from typing import Any

from actorgraph.graph.model import Evidence, Relation
from actorgraph.graph.records import RelationColumns, evidence_id, origins_text


def _text(row: dict[str, Any]) -> str:
    n = row["events"]
    first, last = row["first_date"], row["last_date"]
    span = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    score = "intensity" if row["origin"] in ("icews", "polecat") else "Goldstein"
    parts = [
        f"{n:,} event{'s' if n != 1 else ''} ({row['kind']}), {span}",
        f"{score} sum {row['weight_sum']:g}, mean {row['weight_mean']:.2f}",
    ]
    if row.get("mentions") is not None:
        parts.append(f"{row['mentions']:,} mentions")
    samples = [s for s in row.get("samples") or [] if s]
    if samples:
        what = "stories" if row["origin"] == "icews" else "e.g."
        parts.append(f"{what} {', '.join(samples)}")
    return "; ".join(parts)


def dyad_evidence(row: dict[str, Any], confidence: float) -> Evidence:
    """The evidence of one dyad-period-kind row of the dyads table."""
    samples = [s for s in row.get("samples") or [] if s]
    return Evidence(
        doc=f"{row['origin']}:{row['period']}",
        text=_text(row),
        date=row["first_date"],
        rule=f"{row['origin']}:{row['kind']}",
        confidence=confidence,
        source=" ".join(samples) or None,
        origin=row["origin"],
        events=int(row["events"]),
        weight=float(row["weight_sum"] or 0.0),
        mentions=None if row.get("mentions") is None else int(row["mentions"]),
    )


def dyads_to_relations(dyads: Any, confidence: float) -> list[Relation]:
    """Relations of a dyads table (sorted by source, type, target, period, kind)."""
    out: list[Relation] = []
    current: tuple | None = None
    evidence: list[Evidence] = []
    for row in dyads.to_pylist():
        key = (row["source"], row["type"], row["target"])
        if key != current:
            if current is not None:
                out.append(Relation(source=current[0], type=current[1], target=current[2],
                                    provenance=evidence))
            current, evidence = key, []
        evidence.append(dyad_evidence(row, confidence))
    if current is not None:
        out.append(Relation(source=current[0], type=current[1], target=current[2],
                            provenance=evidence))
    return out


def dyads_to_columns(dyads: Any, confidence: float) -> RelationColumns:
    """The relations of a dyads table as columns for ``store.write_columns``: the same
    rows and evidence :func:`dyads_to_relations` gives once stored, without a model
    object per piece of evidence (75,000 pieces cost more in pydantic than in the store).
    """
    cols = RelationColumns()
    rel: dict[str, dict[str, list]] = {}
    ev: dict[str, dict[str, list]] = {}
    key = None
    seq = 0
    weights: list[float] = []
    origins: set[str] = set()
    dates: list[str] = []

    def close() -> None:
        if key is None:
            return
        s, rtype, t = key
        r = rel.setdefault(rtype, {c: [] for c in RelationColumns.COLUMNS})
        for c, v in (("s", s), ("t", t), ("confidence", float(confidence)), ("count", seq),
                     ("first_seen", min(dates)), ("last_seen", max(dates)),
                     ("valid_from", None), ("valid_to", None), ("role", None),
                     ("origins", origins_text(origins)), ("weight", float(sum(weights)))):
            r[c].append(v)

    for row in dyads.to_pylist():
        k = (row["source"], row["type"], row["target"])
        if k != key:
            close()
            key, seq, weights, origins, dates = k, 0, [], set(), []
        samples = [x for x in row.get("samples") or [] if x]
        weight = float(row["weight_sum"] or 0.0)
        date = row["first_date"].isoformat()
        e = ev.setdefault(k[1], {c: [] for c in RelationColumns.EVIDENCE_COLUMNS})
        for c, v in (("id", evidence_id(k[0], k[1], k[2], seq)), ("source", k[0]),
                     ("type", k[1]), ("target", k[2]), ("seq", seq),
                     ("doc", f"{row['origin']}:{row['period']}"), ("text", _text(row)),
                     ("date", date), ("sentence", None), ("char_start", None),
                     ("char_end", None), ("rule", f"{row['origin']}:{row['kind']}"),
                     ("confidence", float(confidence)), ("location", " ".join(samples) or None),
                     ("origin", row["origin"]), ("events", int(row["events"])),
                     ("weight", weight),
                     ("mentions", None if row.get("mentions") is None else int(row["mentions"]))):
            e[c].append(v)
        seq += 1
        weights.append(weight)
        origins.add(row["origin"])
        dates.append(date)
    close()
    for rtype in rel:
        cols.by_type[rtype] = rel[rtype]
        cols.evidence_by_type[rtype] = ev[rtype]
    return cols
