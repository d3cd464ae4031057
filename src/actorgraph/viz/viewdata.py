"""The data an HTML view embeds: actors with positions and sizes, relations with dates.

Everything the page needs to filter by time, size by a number and explain a relation is
computed here once, so the page only reads it: each relation gets ``t0``/``t1`` (the
first and last day it is known to hold, as days since 1970-01-01, from first/last seen
and valid from/to) and ``until`` (the end of its validity, for "as of" views); each
actor a position from :func:`actorgraph.viz.layout.compute_layout`; ``metrics`` holds
one list of numbers per property the view can size actors by. Empty values are left
out to keep large pages small; documents are listed once in ``docs``.

Example
-------
>>> from actorgraph.graph.model import Actor, Relation
>>> d = view_data([Actor(id="NLD", name="Netherlands", kind="state")],
...               [Relation(source="NLD", type="SUPPORTS", target="UKR",
...                         first_seen="2022", last_seen="2024-03")])
>>> [(n["id"], n["degree"], n.get("missing", False)) for n in d["nodes"]]
[('NLD', 1, False), ('UKR', 1, True)]
>>> day_string(d["edges"][0]["t0"]), day_string(d["edges"][0]["t1"])
('2022-01-01', '2024-03-31')
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from actorgraph import __version__
from actorgraph.graph.model import Actor, Document, Evidence, Relation
from actorgraph.graph.vocabulary import Bloc, RelationType
from actorgraph.viz.layout import compute_layout
from actorgraph.viz.styles import palette

#: At most this many evidence items per relation are embedded (the rest are counted).
MAX_EVIDENCE = 25
_EPOCH = dt.date(1970, 1, 1)
# Evidence.origin, Relation.origins and Relation.weight arrive with the origin schema
_HAS_ORIGIN = "origin" in Evidence.model_fields
_HAS_ORIGINS = "origins" in Relation.model_fields
_HAS_WEIGHT = "weight" in Relation.model_fields
_DATE = re.compile(r"^\s*(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def day_number(value: str | None, *, end: bool = False) -> int | None:
    """Days since 1970-01-01 of a full or partial ISO date; ``end`` takes its last day.

    >>> day_number("1970-01-02"), day_number("2024", end=True) - day_number("2024")
    (1, 365)
    >>> day_number("2023-02", end=True) == day_number("2023-02-28"), day_number("soon")
    (True, None)
    """
    return _day_number(value, end) if value else None


@functools.lru_cache(maxsize=65536)
def _day_number(value: str, end: bool) -> int | None:
    m = _DATE.match(str(value))
    if not m:
        return None
    year = int(m.group(1))
    if not 1 <= year <= 9999:
        return None
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        return None
    return (dt.date(year, month, day) - _EPOCH).days


def day_string(day: int | None) -> str | None:
    """The ISO date of a :func:`day_number`.

    >>> day_string(19782)
    '2024-02-29'
    """
    return None if day is None else (_EPOCH + dt.timedelta(days=day)).isoformat()


def relation_span(rel: Relation) -> tuple[int | None, int | None, int | None]:
    """``(t0, t1, until)``: the first and last day a relation is known to hold, and the
    last day of its validity (``valid_to``) if it has one.

    >>> relation_span(Relation(source="A", type="SUPPORTS", target="B",
    ...                        valid_from="2022-02-24", last_seen="2023"))[0]
    19047
    """
    starts = [d for d in (day_number(rel.first_seen), day_number(rel.valid_from)) if d is not None]
    ends = [
        d
        for d in (day_number(rel.last_seen, end=True), day_number(rel.valid_to, end=True))
        if d is not None
    ]
    for ev in rel.provenance:
        d = day_number(ev.date)
        if d is not None:
            starts.append(d)
            ends.append(day_number(ev.date, end=True) or d)
    t0 = min(starts) if starts else (min(ends) if ends else None)
    t1 = max(ends) if ends else t0
    return t0, t1, day_number(rel.valid_to, end=True)


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v or v == 0 and v is not False}


def _evidence_items(rel: Relation) -> list[dict[str, Any]]:
    items = []
    for ev in rel.provenance[:MAX_EVIDENCE]:
        item = {
            "text": ev.text or None,
            "date": ev.date,
            "doc": ev.doc,
            "confidence": ev.confidence,
            "rule": ev.rule,
            "source": ev.source,
            "sentence": ev.sentence,
            "origin": _value(ev.origin) if _HAS_ORIGIN else None,
        }
        items.append(_compact(item))
    return items


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


def _origins(rel: Relation) -> list[str]:
    if _HAS_ORIGINS and rel.origins:
        return sorted({str(_value(o)) for o in rel.origins})
    if not _HAS_ORIGIN:
        return []
    return sorted({str(_value(ev.origin)) for ev in rel.provenance if ev.origin})


def view_data(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    *,
    title: str = "actorgraph",
    documents: Iterable[Document] | None = None,
    layout: bool = True,
    by_bloc: bool = True,
    metrics: Mapping[str, Mapping[str, float]] | None = None,
    state: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The data the HTML view embeds: palette, nodes, edges, documents, size metrics.

    A relation whose end is not among ``actors`` gets a placeholder node marked
    ``missing`` (grey, named by its id), so no relation silently disappears.
    ``metrics`` adds numeric actor properties to size by (``{"pagerank": {"RUS": 0.2}}``);
    degree, in/out degree and evidence counts are always there. ``state`` is the
    initial view state (the same keys as the page's URL fragment, e.g. ``{"asof":
    "2022-02-24", "focus": "RUS", "depth": 2}``).

    >>> d = view_data([Actor(id="NLD", name="Netherlands", kind="state")], [])
    >>> sorted(d["metrics"]), d["nodes"][0]["x"]
    (['degree', 'evidence', 'in_degree', 'out_degree'], 0.0)
    """
    docs = {d.id: d for d in (documents or [])}
    degree: Counter[str] = Counter()
    indeg: Counter[str] = Counter()
    outdeg: Counter[str] = Counter()
    evid: Counter[str] = Counter()
    for r in relations:
        degree[r.source] += 1
        degree[r.target] += 1
        outdeg[r.source] += 1
        indeg[r.target] += 1
        evid[r.source] += max(r.count, len(r.provenance))
        evid[r.target] += max(r.count, len(r.provenance))
    nodes: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for a in actors:
        if a.id in index:
            continue
        index[a.id] = len(nodes)
        nodes.append(
            _compact(
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind.value,
                    "bloc": a.bloc.value,
                    "aliases": a.aliases,
                    "country": a.country,
                    "start": a.start,
                    "end": a.end,
                    "description": a.description,
                    "degree": degree[a.id],
                }
            )
        )
    edges: list[dict[str, Any]] = []
    used_docs: set[str] = set()
    for r in relations:
        for end in (r.source, r.target):
            if end not in index:
                index[end] = len(nodes)
                nodes.append(
                    {"id": end, "name": end, "bloc": Bloc.OTHER.value, "degree": degree[end],
                     "missing": True}
                )
        t0, t1, until = relation_span(r)
        evidence = _evidence_items(r)
        used_docs.update(ev["doc"] for ev in evidence)
        weight = r.weight if _HAS_WEIGHT else None
        edges.append(
            _compact(
                {
                    "id": "|".join(r.key),
                    "s": index[r.source],
                    "t": index[r.target],
                    "type": r.type.value,
                    "confidence": r.confidence,
                    "count": r.count,
                    "weight": weight if isinstance(weight, (int, float)) else None,
                    "first_seen": r.first_seen,
                    "last_seen": r.last_seen,
                    "valid_from": r.valid_from,
                    "valid_to": r.valid_to,
                    "t0": t0,
                    "t1": t1,
                    "until": until,
                    "role": r.role,
                    "origins": _origins(r),
                    "evidence": evidence,
                    "evidence_total": len(r.provenance),
                }
            )
        )
    ids = [n["id"] for n in nodes]
    if layout:
        pos = compute_layout(
            ids, [(e["s"], e["t"]) for e in edges], blocs=[n["bloc"] for n in nodes],
            by_bloc=by_bloc,
        )
        for n, (x, y) in zip(nodes, pos):
            n["x"], n["y"] = x, y
    sizes: dict[str, list[float]] = {
        "degree": [degree[i] for i in ids],
        "in_degree": [indeg[i] for i in ids],
        "out_degree": [outdeg[i] for i in ids],
        "evidence": [evid[i] for i in ids],
    }
    for name, values in (metrics or {}).items():
        sizes[str(name)] = [_number(values.get(i)) for i in ids]
    return {
        "title": title,
        "generator": f"actorgraph {__version__}",
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "palette": palette(),
        "type_order": [t.value for t in RelationType],
        "bloc_order": [b.value for b in Bloc],
        "origin_order": sorted({o for e in edges for o in e.get("origins", [])}),
        "nodes": nodes,
        "edges": edges,
        "docs": {
            k: _compact({"title": docs[k].title, "date": docs[k].date})
            for k in sorted(used_docs)
            if k in docs
        },
        "metrics": sizes,
        "by_bloc": by_bloc,
        "state": dict(state or {}),
    }


def _number(x: Any) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return 0.0
    return v if math.isfinite(v) else 0.0
