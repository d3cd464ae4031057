"""The view's data layer: layout, dates, selection by focus/date/query, pyvis, Jupyter."""

from __future__ import annotations

import html as html_lib
import math

from actorgraph.graph.model import Actor, Relation
from actorgraph.viz.html import View, choose_renderer
from actorgraph.viz.layout import compute_layout
from actorgraph.viz.pyvis_view import to_pyvis
from actorgraph.viz.selection import as_of, neighbourhood
from actorgraph.viz.synthetic import synthetic_graph
from actorgraph.viz.viewdata import day_number, view_data


def test_layout_is_deterministic_and_spread():
    actors, rels, _ = synthetic_graph(300)
    ids = [a.id for a in actors]
    index = {a: i for i, a in enumerate(ids)}
    edges = [(index[r.source], index[r.target]) for r in rels]
    blocs = [a.bloc.value for a in actors]
    first = compute_layout(ids, edges, blocs=blocs)
    assert first == compute_layout(ids, edges, blocs=blocs)
    # no pile-up: no two actors closer than a tenth of the spacing
    grid = {}
    for x, y in first:
        grid.setdefault((round(x / 9), round(y / 9)), 0)
        grid[(round(x / 9), round(y / 9))] += 1
    assert max(grid.values()) <= 2


def test_blocs_become_regions_unless_turned_off():
    actors, rels, _ = synthetic_graph(600)
    ids = [a.id for a in actors]
    index = {a: i for i, a in enumerate(ids)}
    edges = [(index[r.source], index[r.target]) for r in rels]
    blocs = [a.bloc.value for a in actors]

    def spread(pos):  # mean distance to the own bloc's centre / to the overall centre
        centre = {}
        for b in set(blocs):
            pts = [p for p, bb in zip(pos, blocs) if bb == b]
            centre[b] = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        own = sum(math.dist(p, centre[b]) for p, b in zip(pos, blocs)) / len(pos)
        mx = sum(p[0] for p in pos) / len(pos)
        my = sum(p[1] for p in pos) / len(pos)
        whole = sum(math.dist(p, (mx, my)) for p in pos) / len(pos)
        return own / whole

    seeded = spread(compute_layout(ids, edges, blocs=blocs))
    free = spread(compute_layout(ids, edges, blocs=blocs, by_bloc=False))
    assert seeded < 0.8 * free  # 0.45 vs 0.62 on this graph


def test_every_actor_has_a_place_isolated_ones_too():
    d = view_data([Actor(id=x, name=x, kind="state") for x in "ABCDE"],
                  [Relation(source="A", type="SUPPORTS", target="B")])
    places = {(n["x"], n["y"]) for n in d["nodes"]}
    assert len(places) == 5


def test_dates_become_day_spans():
    assert day_number("2022-02-24") == 19047
    assert day_number("2022", end=True) == day_number("2022-12-31")
    assert day_number("not a date") is None and day_number("2022-13") is None
    r = Relation(source="A", type="SUPPORTS", target="B", first_seen="2014-03",
                 valid_to="2016-06-30")
    (edge,) = view_data([], [r])["edges"]
    assert (edge["t0"], edge["t1"], edge["until"]) == (
        day_number("2014-03-01"), day_number("2016-06-30"), day_number("2016-06-30"))


def test_focus_and_as_of_select_the_right_part():
    actors = [Actor(id=x, name=x, kind="state") for x in "ABCD"]
    rels = [Relation(source="A", type="SUPPORTS", target="B", first_seen="2020"),
            Relation(source="B", type="THREATENS", target="C", first_seen="2023"),
            Relation(source="C", type="OPPOSES", target="D")]
    assert [a.id for a in neighbourhood(actors, rels, "b", 1)[0]] == ["A", "B", "C"]
    assert [a.id for a in neighbourhood(actors, rels, "A", 0)[0]] == ["A"]
    assert [r.target for r in as_of(rels, "2021-06-01")] == ["B", "D"]


def test_renderer_is_chosen_by_size():
    assert choose_renderer(150, 400) == "vis"
    assert choose_renderer(1000, 3000) == "canvas"
    assert choose_renderer(5000, 15000) == "canvas"
    assert choose_renderer(20000, 60000) == "canvas"


def test_to_pyvis_is_styled_and_laid_out():
    actors, rels, _ = synthetic_graph(40)
    net = to_pyvis(actors, rels)
    assert len(net.nodes) == 40 and len(net.edges) == len(rels)
    assert all("x" in n and "y" in n for n in net.nodes)
    assert net.options["physics"]["enabled"] is False


def test_jupyter_display_is_an_iframe_with_the_escaped_page():
    v = View([Actor(id="E", name='"><script>alert(1)</script>', kind="group")], [])
    out = v._repr_html_()
    assert out.startswith('<iframe srcdoc="') and out.endswith("</iframe>")
    srcdoc = out.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc
    assert html_lib.unescape(srcdoc) == v.page
