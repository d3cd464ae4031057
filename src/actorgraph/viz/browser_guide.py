"""A Neo4j Browser guide of the named queries, and a small server that serves it.

The guide is the HTML slide format the Neo4j Browser (5.24, served by the local Neo4j
5.26) plays with ``:play <url>`` or ``:guide <url>``: an ``<article class="guide">``
whose ``<slide>`` elements become the pages of a carousel. The Browser adds a run button
to every ``<pre class="runnable">``: clicking the button runs the block, clicking the
text copies it into the editor. Each named query gets one slide with its title,
description and parameters, a ``:params`` block that sets the defaults, and the Cypher.
Every text is HTML-escaped (the Browser only strips ``<script>`` and ``on…=`` attributes).

The Browser fetches a guide (and a ``:style <url>`` sheet) from the page, so the server
must answer with CORS headers, the OPTIONS preflight included, and its host name must be
listed in ``browser.remote_content_hostname_whitelist`` (the Browser compares host names
only, without the port). :func:`make_guide_server` serves the guide at ``/guide.html`` and
the GraSS style at ``/actorgraph.grass``.

Example
-------
>>> from actorgraph.viz.browser_guide import guide_html, params_command
>>> from actorgraph.queries.registry import get_query
>>> params_command(get_query("supporters-of"))
":params {target: 'UKR', min_confidence: 0.0, origin: 'any'}"
>>> '<pre class="pre-scrollable code runnable">' in guide_html()
True
"""

from __future__ import annotations

import html
import http.server
import math
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorGraphError
from actorgraph.queries.registry import NamedQuery, list_queries

#: the URL paths the guide server answers
GUIDE_PATH = "/guide.html"
GRASS_PATH = "/actorgraph.grass"
#: the port ``actorgraph browser-guide --serve`` uses unless told otherwise
DEFAULT_PORT = 8001
DEFAULT_TITLE = "actorgraph: named queries"


def cypher_literal(value: Any) -> str:
    """A Python value as a Cypher literal, for a ``:params`` map.

    >>> cypher_literal("O'Neil"), cypher_literal(0.5), cypher_literal(True), cypher_literal(None)
    ("'O\\\\'Neil'", '0.5', 'true', 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ActorGraphError(f"a parameter default {value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, (list, tuple)):  # e.g. a `types` parameter
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def param_defaults(query: NamedQuery) -> dict[str, Any]:
    """The query's parameters with their defaults cast to their types (None: no default).

    >>> from actorgraph.queries.registry import get_query
    >>> param_defaults(get_query("supporters-of"))
    {'target': 'UKR', 'min_confidence': 0.0, 'origin': 'any'}
    """
    return {p.name: (None if p.default is None else p.cast(p.default)) for p in query.params}


def params_command(query: NamedQuery) -> str:
    """The Browser command that sets the query's parameters to their defaults ("" if none).

    >>> from actorgraph.queries.registry import get_query
    >>> params_command(get_query("members-of"))
    ":params {org: 'NATO'}"
    """
    defaults = param_defaults(query)
    if not defaults:
        return ""
    body = ", ".join(f"{name}: {cypher_literal(v)}" for name, v in defaults.items())
    return f":params {{{body}}}"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _intro_slide(queries: list[NamedQuery], title: str) -> str:
    items = "\n".join(
        f"        <li>slide {n}: <b>{_e(q.title)}</b> <code>{_e(q.name)}</code></li>"
        for n, q in enumerate(queries, start=2)
    )
    return f"""  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>{_e(title)}</h3>
      <p class="lead">The named queries of actorgraph, one per slide.</p>
      <p>On each slide, click the run button of the <code>:params</code> block to set
      the parameters to their defaults (edit them with <code>:param name =&gt; value</code>),
      then the run button of the query. Clicking the text of a block copies it into the
      editor instead. The same queries run on the command line with
      <code>actorgraph query --named NAME -p name=value</code>.</p>
      <ul class="undecorated">
{items}
      </ul>
    </div>
  </slide>"""


def _query_slide(query: NamedQuery, number: int, total: int) -> str:
    defaults = param_defaults(query)
    if query.params:
        shown = {
            name: "(required)" if v is None else cypher_literal(v)
            for name, v in defaults.items()
        }
        rows = "\n".join(
            f"          <tr><td><code>{_e(p.name)}</code></td><td>{_e(p.type)}</td>"
            f"<td><code>{_e(shown[p.name])}</code></td><td>{_e(p.description)}</td></tr>"
            for p in query.params
        )
        params = f"""      <table class="table">
        <thead><tr><th>parameter</th><th>type</th><th>default</th><th>meaning</th></tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <p>Set the parameters:</p>
      <pre class="pre-scrollable code runnable">{_e(params_command(query))}</pre>
      <p>Run the query:</p>"""
    else:
        params = "      <p>No parameters. Run the query:</p>"
    return f"""  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>{_e(query.title)}</h3>
      <p class="lead">{_e(query.description)}</p>
      <p><small>{number} / {total} · named query <code>{_e(query.name)}</code> ·
      <code>{_e(query.usage())}</code></small></p>
{params}
      <pre class="pre-scrollable code runnable">{_e(query.text(query.bind()))}</pre>
    </div>
  </slide>"""


def guide_html(
    queries: Iterable[NamedQuery] | None = None, *, title: str = DEFAULT_TITLE
) -> str:
    """The guide as HTML text: an intro slide, then one slide per named query.

    ``queries`` defaults to every named query (:func:`list_queries`).

    >>> text = guide_html()
    >>> text.count("<slide ") == len(list_queries()) + 1
    True
    """
    chosen = list(list_queries() if queries is None else queries)
    total = len(chosen) + 1
    slides = [_intro_slide(chosen, title)] + [
        _query_slide(q, n, total) for n, q in enumerate(chosen, start=2)
    ]
    body = "\n".join(slides)
    return (
        "<!DOCTYPE html>\n"
        f'<html><head><meta charset="utf-8"><title>{_e(title)}</title></head><body>\n'
        '<article class="guide">\n'
        '<carousel class="deck container-fluid">\n'
        f"{body}\n"
        "</carousel>\n"
        "</article>\n"
        "</body></html>\n"
    )


def render_guide(path: str | Path, *, title: str = DEFAULT_TITLE) -> Path:
    """Write the guide of every named query to ``path`` (UTF-8) and return the path.

    >>> import tempfile, os
    >>> out = render_guide(os.path.join(tempfile.mkdtemp(), "guide.html"))
    >>> "Who supports an actor" in out.read_text(encoding="utf-8")
    True
    """
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(guide_html(title=title), encoding="utf-8")
    except OSError as exc:
        raise ActorGraphError(
            f"cannot write the guide to {out}: {exc.strerror or exc}",
            hint="choose another -o path",
        ) from None
    return out


class _GuideHandler(http.server.BaseHTTPRequestHandler):
    """Answers GET/HEAD for the guide and the style, OPTIONS preflights, 404 otherwise."""

    files: dict[str, tuple[bytes, str]] = {}

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        # the Browser's fetch sends pragma and cache-control headers, hence a preflight
        self.send_header("Access-Control-Allow-Headers", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Max-Age", "600")

    def do_OPTIONS(self) -> None:  # noqa: N802  (http.server's naming)
        self.send_response(204)
        self._cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, with_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        found = self.files.get(path)
        if found is None:
            body = f"not found; try {GUIDE_PATH} or {GRASS_PATH}\n".encode()
            self.send_response(404)
            ctype = "text/plain; charset=utf-8"
        else:
            body, ctype = found
            self.send_response(200)
        self._cors()
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._send(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._send(False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class GuideServer(http.server.ThreadingHTTPServer):
    """An HTTP server for the guide and the style; ``base_url`` is where it answers."""

    daemon_threads = True

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def guide_url(self) -> str:
        return self.base_url + GUIDE_PATH

    @property
    def grass_url(self) -> str:
        return self.base_url + GRASS_PATH

    def browser_commands(self) -> list[str]:
        """The commands to type into the Neo4j Browser: ``:style <url>``, ``:play <url>``."""
        return [f":style {self.grass_url}", f":play {self.guide_url}"]

    def start_in_thread(self) -> threading.Thread:
        """Serve in a daemon thread (stop with ``shutdown()`` then ``server_close()``)."""
        thread = threading.Thread(target=self.serve_forever, name="actorgraph-guide",
                                  daemon=True)
        thread.start()
        return thread


def make_guide_server(
    host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, title: str = DEFAULT_TITLE
) -> GuideServer:
    """A bound (not yet serving) server for ``/guide.html`` and ``/actorgraph.grass``.

    ``port=0`` picks a free port. The guide and the style are rendered once, here.

    >>> server = make_guide_server(port=0)
    >>> server.guide_url.startswith("http://127.0.0.1:")
    True
    >>> server.server_close()
    """
    from actorgraph.viz.styles import grass_text

    files = {
        GUIDE_PATH: (guide_html(title=title).encode("utf-8"), "text/html; charset=utf-8"),
        GRASS_PATH: (grass_text().encode("utf-8"), "text/plain; charset=utf-8"),
    }
    handler = type("GuideHandler", (_GuideHandler,), {"files": files})
    try:
        return GuideServer((host, port), handler)
    except OSError as exc:
        raise ActorGraphError(
            f"cannot serve the guide on {host}:{port}: {exc.strerror or exc}",
            hint="another program holds the port; pick another with --port "
            "(and whitelist its host in browser.remote_content_hostname_whitelist)",
        ) from None
