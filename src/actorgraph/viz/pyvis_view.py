"""A styled ``pyvis.network.Network`` for people who script pyvis themselves.

Same colours, shapes and positions as the HTML view (actors by bloc and kind, sized by
degree; relations by type, dashed or arrowed as in the legend), physics off because the
layout is already computed.

Example
-------
>>> from actorgraph.graph.model import Actor, Relation
>>> net = to_pyvis([Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
...                 Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")],
...                [Relation(source="NLD", type="SUPPORTS", target="UKR")])
>>> [n["id"] for n in net.nodes], net.edges[0]["color"]
(['NLD', 'UKR'], '#2E8B3E')
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from actorgraph.errors import require
from actorgraph.graph.model import Actor, Relation
from actorgraph.viz.viewdata import view_data


def to_pyvis(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    *,
    height: str = "800px",
    width: str = "100%",
    by_bloc: bool = True,
    **network_options: Any,
) -> Any:
    """A ``pyvis.network.Network`` holding the graph, styled like actorgraph's view.

    ``network_options`` go to ``Network(...)`` (e.g. ``notebook=True``,
    ``cdn_resources="in_line"``). Call ``.show("graph.html")`` or ``.write_html(...)``.
    """
    pyvis_network = require("pyvis.network", "viz")
    data = view_data(actors, relations, by_bloc=by_bloc)
    pal = data["palette"]
    net = pyvis_network.Network(height=height, width=width, directed=True, **network_options)
    top = max([n["degree"] for n in data["nodes"]] or [1]) or 1
    for n in data["nodes"]:
        bloc = pal["blocs"].get(n["bloc"], pal["blocs"]["other"])
        kind = pal["kinds"].get(n.get("kind", ""), {"shape": "dot"})
        size = 10 + 24 * math.sqrt(n["degree"] / top)
        net.add_node(
            n["id"], label=n["name"], title=f"{n['name']} ({n.get('kind', 'missing')}, "
            f"{bloc['title']})", color={"background": bloc["color"], "border": bloc["border"]},
            shape=kind["shape"], size=size, x=n.get("x", 0.0), y=n.get("y", 0.0),
            font={"size": 12 + 10 * math.sqrt(n["degree"] / top)},
        )
    for e in data["edges"]:
        style = pal["types"][e["type"]]
        net.add_edge(
            data["nodes"][e["s"]]["id"], data["nodes"][e["t"]]["id"], title=e["type"],
            color=style["color"], dashes=style["dashes"], arrows="to" if style["arrow"] else "",
            width=1 + math.log2(1 + e.get("count", 0)),
        )
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "edges": {"smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.1}},
        "interaction": {"hover": True},
    }))
    return net
