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
