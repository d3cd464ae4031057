"""The interactive HTML view of a graph: one self-contained file that works offline.

The page is ours, not pyvis's template: pyvis 0.3.2's template fetches Bootstrap from a
CDN even with ``cdn_resources="in_line"`` and inserts the heading, the select-menu
options and "href" tooltips as raw HTML. We take only the vis-network library that the
pyvis package ships, inline it, and embed the graph as JSON in a non-executable
``<script type="application/json">`` block, escaped so no text can end the block. The
page's script builds every label, tooltip and detail with DOM ``textContent``, never
``innerHTML``, and a Content-Security-Policy allows only the page's own two scripts (by
hash) and no network access at all.

Example
-------
>>> from actorgraph.graph.model import Actor, Relation
>>> actors = [Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
...           Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")]
>>> rels = [Relation(source="NLD", type="SUPPORTS", target="UKR")]
>>> path = render_html(actors, rels, "/tmp/actorgraph-doctest.html", title="NL and UA")
>>> path.name, "https://cdn" in path.read_text(encoding="utf-8")
('actorgraph-doctest.html', False)
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph import __version__
from actorgraph.errors import ActorGraphError, require
from actorgraph.graph.model import Actor, Document, Relation
from actorgraph.graph.vocabulary import Bloc, RelationType
from actorgraph.viz.output import ensure_folder
from actorgraph.viz.styles import palette

#: vis-network version taken from the pyvis package (``pyvis/templates/lib/vis-<v>``).
VIS_VERSION = "9.1.2"
#: At most this many evidence items per relation are embedded (the rest are counted).
MAX_EVIDENCE = 25
#: Above this many actors or relations a page gets slow to lay out and hard to read.
LARGE_VIEW = (1500, 6000)

_MARKER = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


class VizError(ActorGraphError):
    """The HTML view could not be written (missing library files, unwritable path)."""

    exit_code = 2


def script_json(data: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c`` … so no ``</script>`` or ``<!--`` can
    appear, and U+2028/U+2029 are escaped; ``JSON.parse`` reads back the same value.

    >>> script_json({"name": "</script><!--"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    >>> json.loads(script_json({"a": "x\u2028y"})) == {"a": "x\u2028y"}
    True
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _evidence_items(rel: Relation, docs: dict[str, Document]) -> list[dict[str, Any]]:
    items = []
    for ev in rel.provenance[:MAX_EVIDENCE]:
        doc = docs.get(ev.doc)
        items.append(
            {
                "text": ev.text,
                "date": ev.date,
                "doc": ev.doc,
                "doc_title": doc.title if doc else None,
                "doc_date": doc.date if doc else None,
                "confidence": ev.confidence,
                "rule": ev.rule,
                "source": ev.source,
                "sentence": ev.sentence,
            }
        )
    return items


def view_data(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    *,
    title: str = "actorgraph",
    documents: Iterable[Document] | None = None,
) -> dict[str, Any]:
    """The data the HTML view embeds: palette, nodes (with degree) and edges (with evidence).

    A relation whose end is not among ``actors`` gets a placeholder node marked
    ``missing`` (grey, named by its id), so no relation silently disappears.

    >>> from actorgraph.graph.model import Actor, Relation
    >>> d = view_data([Actor(id="NLD", name="Netherlands", kind="state")],
    ...               [Relation(source="NLD", type="SUPPORTS", target="UKR")])
    >>> [(n["id"], n["degree"], n.get("missing", False)) for n in d["nodes"]]
    [('NLD', 1, False), ('UKR', 1, True)]
    """
    docs = {d.id: d for d in (documents or [])}
    degree: Counter[str] = Counter()
    for r in relations:
        degree[r.source] += 1
        degree[r.target] += 1
    nodes: list[dict[str, Any]] = []
    known: set[str] = set()
    for a in actors:
        if a.id in known:
            continue
        known.add(a.id)
        nodes.append(
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
    edges: list[dict[str, Any]] = []
    for r in relations:
        for end in (r.source, r.target):
            if end not in known:
                known.add(end)
                nodes.append(
                    {
                        "id": end,
                        "name": end,
                        "kind": None,
                        "bloc": Bloc.OTHER.value,
                        "aliases": {},
                        "degree": degree[end],
                        "missing": True,
                    }
                )
        edges.append(
            {
                "id": "|".join(r.key),
                "source": r.source,
                "target": r.target,
                "type": r.type.value,
                "confidence": r.confidence,
                "count": r.count,
                "first_seen": r.first_seen,
                "last_seen": r.last_seen,
                "valid_from": r.valid_from,
                "valid_to": r.valid_to,
                "role": r.role,
                "evidence": _evidence_items(r, docs),
                "evidence_total": len(r.provenance),
            }
        )
    return {
        "title": title,
        "generator": f"actorgraph {__version__}",
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "palette": palette(),
        "type_order": [t.value for t in RelationType],
        "bloc_order": [b.value for b in Bloc],
        "nodes": nodes,
        "edges": edges,
    }


def _read_asset(folder: str, name: str) -> str:
    return resources.files("actorgraph.viz").joinpath(folder, name).read_text(encoding="utf-8")


def vis_library() -> tuple[str, str]:
    """The vis-network JavaScript and CSS shipped inside the pyvis package.

    The source-map comment is dropped (a browser would fetch the map), and any
    ``</script``/``</style`` is broken up so the code can be inlined.
    """
    pyvis = require("pyvis", "viz")
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise VizError(
            f"cannot read vis-network {VIS_VERSION} from the pyvis package at {lib}: {exc}",
            hint='reinstall it with: pip install --force-reinstall "pyvis==0.3.2"',
        ) from None
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*# sourceMappingURL=\S*\s*\*/", "", css)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def html_page(data: dict[str, Any]) -> str:
    """The complete HTML text of the view for :func:`view_data` output."""
    vis_js, vis_css = vis_library()
    view_js = _read_asset("static", "view.js")
    view_css = _read_asset("static", "view.css")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)}",
            "style-src 'unsafe-inline'",
            "img-src data: blob:",
            "font-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(str(data["title"]), quote=True),
        "GENERATOR": html.escape(str(data["generator"]), quote=True),
        "VIS_CSS": vis_css,
        "VIEW_CSS": view_css,
        "DATA": script_json(data),
        "VIS_JS": vis_js,
        "VIEW_JS": view_js,
    }
    template = _read_asset("templates", "view.html")
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def render_html(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    path: str | Path,
    *,
    title: str = "actorgraph",
    documents: Sequence[Document] | None = None,
) -> Path:
    """Write the interactive view of ``actors`` and ``relations`` to ``path``; return it.

    Actors are coloured by bloc and shaped by kind, relations coloured by type (arrows,
    none for PARTNERS_WITH), wider with more evidence and higher confidence. Hovering
    shows a tooltip (an actor's name, kind, bloc and aliases; a relation's dates,
    confidence and evidence sentences with their document's title and date); the side
    panel has the legend, filters by relation type, bloc and confidence, a search box,
    and the full details of what is clicked. The file needs no network.

    >>> from actorgraph.graph.model import Actor
    >>> p = render_html([Actor(id="NATO", name="NATO", kind="organisation")], [],
    ...                 "/tmp/actorgraph-doctest-1.html")
    >>> p.stat().st_size > 100_000
    True
    """
    out = Path(path)
    page = html_page(view_data(actors, relations, title=title, documents=documents))
    ensure_folder(out, VizError, "HTML view")
    try:
        out.write_text(page, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise VizError(
            f"cannot write the HTML view: {exc.strerror or exc}",
            path=str(out),
            hint="choose a writable path with -o",
        ) from None
    return out
