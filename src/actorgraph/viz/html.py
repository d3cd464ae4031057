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
import hashlib
import html
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorGraphError, require
from actorgraph.graph.model import Actor, Document, Relation
from actorgraph.viz.output import ensure_folder
from actorgraph.viz.viewdata import MAX_EVIDENCE, view_data

__all__ = ["MAX_EVIDENCE", "VizError", "html_page", "render_html", "script_json", "view_data"]

#: vis-network version taken from the pyvis package (``pyvis/templates/lib/vis-<v>``).
VIS_VERSION = "9.1.2"
#: sigma.js and graphology, vendored in ``actorgraph/viz/vendor`` (see its README).
SIGMA_VERSION = "3.0.3"
GRAPHOLOGY_VERSION = "0.26.0"
#: Up to this many actors and relations vis-network draws the view (shapes, curves,
#: dragging); above, our batched 2D-canvas renderer. Chosen by measurement in headless
#: Chromium (docs/benchmarks.md, "HTML view"): at 300 actors a search took 700 ms on
#: vis-network and 60 ms on the canvas, at 1,000 actors 920 ms and 150 ms; at 5,000
#: vis-network needed 10 s to draw and 7 s per filter, sigma.js (WebGL, software-rendered
#: without a GPU) 9 s and 0.4-13 s.
VIS_LIMIT = (250, 750)
#: Above this many actors or relations a view is hard to read as a whole.
LARGE_VIEW = (20000, 60000)
RENDERERS = ("auto", "vis", "canvas", "sigma")

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


def sigma_library() -> str:
    """graphology and sigma.js (vendored, MIT), ready to inline."""
    js = "\n".join(
        _read_asset("vendor", name)
        for name in ("graphology/graphology.umd.min.js", "sigma/sigma.min.js")
    )
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def choose_renderer(n_nodes: int, n_edges: int, renderer: str = "auto") -> str:
    """``"vis"`` up to :data:`VIS_LIMIT` actors and relations, ``"canvas"`` above.

    ``"sigma"`` (WebGL) is there for browsers with a GPU; it is never chosen on its own.

    >>> choose_renderer(25, 60), choose_renderer(5000, 15000), choose_renderer(5, 5, "sigma")
    ('vis', 'canvas', 'sigma')
    """
    renderer = (renderer or "auto").lower()
    if renderer not in RENDERERS:
        raise VizError(f"unknown renderer {renderer!r}", hint="use auto, vis, canvas or sigma")
    if renderer != "auto":
        return renderer
    return "vis" if n_nodes <= VIS_LIMIT[0] and n_edges <= VIS_LIMIT[1] else "canvas"


def html_page(data: dict[str, Any], renderer: str = "auto") -> str:
    """The complete HTML text of the view for :func:`view_data` output."""
    chosen = choose_renderer(len(data["nodes"]), len(data["edges"]), renderer)
    data = {**data, "renderer": chosen}
    if chosen == "vis":
        lib_js, lib_css = vis_library()
        credit = f"vis-network {VIS_VERSION}"
    elif chosen == "sigma":
        lib_js, lib_css = sigma_library(), ""
        credit = f"sigma.js {SIGMA_VERSION} and graphology {GRAPHOLOGY_VERSION} (MIT)"
    else:
        lib_js, lib_css = "", ""
        credit = "its own canvas renderer"
    render_js = _read_asset("static", f"render-{chosen}.js")
    view_js = _read_asset("static", "view.js")
    export_js = _read_asset("static", "view-export.js")
    scripts = [x for x in (lib_js, render_js, export_js, view_js) if x]
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_csp_hash(x) for x in scripts),
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
        "CREDIT": html.escape(credit, quote=True),
        "RENDERER": chosen,
        "LIB_CSS": lib_css,
        "VIEW_CSS": _read_asset("static", "view.css"),
        "DATA": script_json(data),
        "LIB_SCRIPT": f"<script>{lib_js}</script>\n" if lib_js else "",
        "RENDER_JS": render_js,
        "EXPORT_JS": export_js,
        "VIEW_JS": view_js,
    }
    template = _read_asset("templates", "view.html")
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def write_atomic(path: Path, text: str, error: type[ActorGraphError], what: str) -> Path:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place."""
    ensure_folder(path, error, what)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise error(
            f"cannot write the {what}: {exc.strerror or exc}",
            path=str(path),
            hint="choose a writable path with -o",
        ) from None
    return path


def render_html(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    path: str | Path,
    *,
    title: str = "actorgraph",
    documents: Sequence[Document] | None = None,
    renderer: str = "auto",
    by_bloc: bool = True,
    metrics: Mapping[str, Mapping[str, float]] | None = None,
    state: Mapping[str, Any] | None = None,
) -> Path:
    """Write the interactive view of ``actors`` and ``relations`` to ``path``; return it.

    The layout is computed here (blocs as regions unless ``by_bloc=False``), so the page
    opens with every actor in place. Actors are coloured by bloc and sized by degree
    (or any of ``metrics``); relations coloured by type and faded by weight. The side
    panel has the legend, filters by type, bloc, origin, confidence and date (range or
    "as of"), search, focus on a k-hop neighbourhood, a path between two actors, PNG and
    SVG export; the view's state lives in the URL fragment. ``renderer`` is ``"auto"``
    (vis-network up to :data:`VIS_LIMIT`, sigma.js/WebGL above), ``"vis"`` or ``"sigma"``.
    ``state`` sets the initial view (keys as in the URL fragment). No network needed.

    >>> from actorgraph.graph.model import Actor
    >>> p = render_html([Actor(id="NATO", name="NATO", kind="organisation")], [],
    ...                 "/tmp/actorgraph-doctest-1.html")
    >>> p.stat().st_size > 100_000
    True
    """
    data = view_data(
        actors, relations, title=title, documents=documents, by_bloc=by_bloc,
        metrics=metrics, state=state,
    )
    return write_atomic(Path(path), html_page(data, renderer), VizError, "HTML view")


class View:
    """A view to display inline in Jupyter (an ``<iframe srcdoc>``) or save.

    >>> from actorgraph.graph.model import Actor
    >>> v = View([Actor(id="NATO", name="NATO", kind="organisation")], [])
    >>> v._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """

    def __init__(
        self,
        actors: Sequence[Actor],
        relations: Sequence[Relation],
        *,
        height: int = 640,
        **options: Any,
    ) -> None:
        renderer = options.pop("renderer", "auto")
        self.height = height
        self.data = view_data(actors, relations, **options)
        self.page = html_page(self.data, renderer)

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path``."""
        return write_atomic(Path(path), self.page, VizError, "HTML view")

    def _repr_html_(self) -> str:
        doc = html.escape(self.page, quote=True)
        return (
            f'<iframe srcdoc="{doc}" sandbox="allow-scripts allow-downloads" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #d9dde3" '
            'title="actorgraph view"></iframe>'
        )
