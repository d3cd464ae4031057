"""Positions for the HTML view, computed in Python before the page opens.

A browser that lays out 20,000 actors with physics needs minutes; igraph's
Fruchterman–Reingold does it in about two seconds. The page then starts with physics
off and never moves an actor on its own: search, filters and selection only change
what is drawn, so nothing piles up when hidden actors come back.

Blocs become regions: each bloc gets an invisible anchor on a circle, every actor is
tied to its bloc's anchor by a weak spring, and the layout starts from those places.
``by_bloc=False`` lays out by the relations alone.

Example
-------
>>> pos = compute_layout(["NLD", "UKR", "RUS"], [(0, 1), (2, 1)],
...                      blocs=["nato_ally", "ukraine", "russia_and_supporters"])
>>> len(pos), all(len(p) == 2 for p in pos)
(3, True)
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from actorgraph.errors import require

#: Distance, in page units, that the layout aims to leave around an average actor.
SPACING = 90.0
#: Up to this many actors, a last pass pushes apart actors closer than ~SPACING (the
#: dense middle of a force layout), so labels have room.
SEPARATE_MAX = 1500
#: Attraction of an actor to its bloc's anchor, relative to a relation's (1.0).
ANCHOR_WEIGHT = 1.5


def _iterations(n: int) -> int:
    if n <= 2_000:
        return 500
    if n <= 10_000:
        return 250
    return 150


def compute_layout(
    ids: Sequence[str],
    edges: Sequence[tuple[int, int]],
    *,
    blocs: Sequence[str] | None = None,
    by_bloc: bool = True,
    seed: int = 7,
) -> list[tuple[float, float]]:
    """One ``(x, y)`` per id, in page units (about :data:`SPACING` between neighbours).

    ``edges`` are pairs of indices into ``ids``; repeated pairs pull harder.
    ``blocs`` (one per id) seeds and ties each bloc to a region when ``by_bloc`` is
    true. The result is the same for the same input and ``seed``.

    >>> compute_layout(["A"], []) == [(0.0, 0.0)]
    True
    >>> a = compute_layout(["A", "B"], [(0, 1)]); a == compute_layout(["A", "B"], [(0, 1)])
    True
    """
    n = len(ids)
    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    ig = require("igraph", "viz")
    rng = random.Random(seed)
    pairs: dict[tuple[int, int], float] = {}
    for s, t in edges:
        if s == t:
            continue
        key = (s, t) if s < t else (t, s)
        pairs[key] = pairs.get(key, 0.0) + 1.0
    edge_list = list(pairs)
    weights = [min(3.0, w) for w in pairs.values()]
    # igraph's grid is sized for coordinates of about sqrt(n): larger seeds make it crawl
    radius = math.sqrt(n) / 2
    start: list[tuple[float, float]] = []
    total = n
    if by_bloc and blocs:
        order = sorted(set(blocs))
        k = len(order)
        centre = {}
        for i, b in enumerate(order):
            angle = 2 * math.pi * i / k
            ring = radius * 0.9 if k > 1 else 0.0
            centre[b] = (ring * math.cos(angle), ring * math.sin(angle))
        spread = radius / max(1.5, math.sqrt(k))
        for b in blocs:
            cx, cy = centre[b]
            start.append((cx + rng.uniform(-spread, spread), cy + rng.uniform(-spread, spread)))
        anchor = {b: n + i for i, b in enumerate(order)}
        start.extend(centre[b] for b in order)
        for i, b in enumerate(blocs):
            edge_list.append((i, anchor[b]))
            weights.append(ANCHOR_WEIGHT)
        total = n + k
    else:
        start = [(rng.uniform(-radius, radius), rng.uniform(-radius, radius)) for _ in range(n)]
    graph = ig.Graph(n=total, edges=edge_list)
    saved = random.getstate()  # igraph draws from Python's random module
    random.seed(seed)
    try:
        layout = graph.layout_fruchterman_reingold(
            weights=weights if edge_list else None,
            niter=_iterations(n),
            seed=[list(p) for p in start],
            # a cool start keeps the bloc regions of the seed while relations pull
            start_temp=min(math.sqrt(total) / 10, 2.0) if by_bloc and blocs
            else math.sqrt(total) / 10,
            grid=total > 1000,
        )
    finally:
        random.setstate(saved)
    coords = _scaled([tuple(p) for p in layout.coords[:n]])
    if n <= SEPARATE_MAX:
        # small views have room for whole labels; large ones for the actors
        coords = _separated(coords, SPACING * (1.5 if n <= 300 else 0.85))
    return coords


def _nearest_gaps(points: list[tuple[float, float]], sample: int = 1000) -> list[float]:
    """Distance from (up to ``sample``) points to their nearest neighbour, via a grid."""
    n = len(points)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, y0 = min(xs), min(ys)
    cell = max(max(xs) - x0, max(ys) - y0, 1e-9) / max(1.0, math.sqrt(n))
    grid: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(points):
        grid.setdefault((int((x - x0) / cell), int((y - y0) / cell)), []).append(i)
    step = max(1, n // sample)
    gaps = []
    for i in range(0, n, step):
        x, y = points[i]
        gx, gy = int((x - x0) / cell), int((y - y0) / cell)
        best = math.inf
        for ring in range(1, 4):
            for cx in range(gx - ring, gx + ring + 1):
                for cy in range(gy - ring, gy + ring + 1):
                    for k in grid.get((cx, cy), ()):
                        if k != i:
                            best = min(best, math.hypot(points[k][0] - x, points[k][1] - y))
            if best <= ring * cell:
                break
        if math.isfinite(best):
            gaps.append(best)
    return gaps


def _scaled(coords: list[tuple[float, ...]]) -> list[tuple[float, float]]:
    """Centre the layout and scale it so the median nearest-neighbour gap is SPACING."""
    n = len(coords)
    cx = sum(p[0] for p in coords) / n
    cy = sum(p[1] for p in coords) / n
    centred = [(p[0] - cx, p[1] - cy) for p in coords]
    gaps = sorted(_nearest_gaps(centred))
    gap = gaps[len(gaps) // 2] if gaps else 0.0
    if gap <= 0:
        width = max(abs(c) for p in centred for c in p) or 1.0
        gap = 2 * width / math.sqrt(n)
    factor = SPACING / gap
    return [(round(x * factor, 1), round(y * factor, 1)) for x, y in centred]


def _separated(
    points: list[tuple[float, float]], gap: float, rounds: int = 25
) -> list[tuple[float, float]]:
    """Push apart every pair closer than ``gap`` (half each way), a few rounds, via a grid."""
    pts = [list(p) for p in points]
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(pts):
            grid.setdefault((int(x // gap), int(y // gap)), []).append(i)
        moved = 0
        for (gx, gy), members in grid.items():
            near = [
                k
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for k in grid.get((gx + dx, gy + dy), ())
            ]
            for i in members:
                for k in near:
                    if k <= i:
                        continue
                    dx = pts[k][0] - pts[i][0]
                    dy = pts[k][1] - pts[i][1]
                    d = math.hypot(dx, dy)
                    if d >= gap:
                        continue
                    if d < 1e-6:
                        angle = (i * 2.399963) % (2 * math.pi)  # golden angle: spread evenly
                        dx, dy, d = math.cos(angle), math.sin(angle), 1.0
                    push = (gap - d) / 2 / d
                    pts[i][0] -= dx * push
                    pts[i][1] -= dy * push
                    pts[k][0] += dx * push
                    pts[k][1] += dy * push
                    moved += 1
        if not moved:
            break
    return [(round(x, 1), round(y, 1)) for x, y in pts]
