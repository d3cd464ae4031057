"""PNG and SVG pictures of a view, drawn by the view's own page in headless Chromium.

The HTML page is written to a temporary file, opened offline (every request refused),
and asked for its current view as SVG or PNG (the same code as its export buttons), so a
picture in a report looks like the page an analyst shares. Needs Playwright (the
``image`` extra) and a Chromium: ``$ACTORGRAPH_CHROMIUM``, else ``chromium`` on the
PATH, else Playwright's own (``playwright install chromium``).

Example
-------
>>> from actorgraph.graph.model import Actor
>>> render_image([Actor(id="NATO", name="NATO", kind="organisation")], [],
...              "/tmp/ag-doctest.svg").suffix  # doctest: +SKIP
'.svg'
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from actorgraph.errors import require
from actorgraph.graph.model import Actor, Relation
from actorgraph.viz.html import VizError, html_page, view_data, write_atomic
from actorgraph.viz.output import ensure_folder

FORMATS = ("png", "svg")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]


def chromium_executable() -> str | None:
    """The Chromium to drive: ``$ACTORGRAPH_CHROMIUM``, ``chromium`` on the PATH, or None
    (Playwright's own browser)."""
    from actorgraph import config

    env = config.chromium()
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def render_image(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    path: str | Path,
    fmt: str | None = None,
    *,
    scale: float = 1.0,
    timeout: float = 120.0,
    renderer: str = "auto",
    **options: Any,
) -> Path:
    """Write the view of ``actors`` and ``relations`` as a PNG or SVG picture to ``path``.

    ``fmt`` defaults to the suffix of ``path``; ``scale`` multiplies the PNG's pixels;
    ``options`` go to :func:`actorgraph.viz.viewdata.view_data` (``title``, ``documents``,
    ``state`` …: the picture shows the view in that state).
    """
    out = Path(path)
    fmt = (fmt or out.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise VizError(f"cannot draw a {fmt!r} picture", hint="use png or svg")
    sync_api = require("playwright.sync_api", "image")
    page_html = html_page(view_data(actors, relations, **options), renderer)
    ensure_folder(out, VizError, f"{fmt} picture")
    with tempfile.TemporaryDirectory(prefix="actorgraph-image-") as tmp:
        html_path = Path(tmp) / "view.html"
        html_path.write_text(page_html, encoding="utf-8")
        try:
            with sync_api.sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path=chromium_executable(), headless=True, args=CHROMIUM_ARGS
                )
                try:
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    page.route("**/*", lambda route: route.continue_()
                               if route.request.url.startswith("file:") else route.abort())
                    page.goto(html_path.as_uri())
                    page.wait_for_selector("body[data-ready='1']", timeout=timeout * 1000)
                    if fmt == "svg":
                        text = page.evaluate("actorgraphView.svg()")
                    else:
                        url = page.evaluate("s => actorgraphView.png(s)", scale)
                finally:
                    browser.close()
        except sync_api.Error as exc:
            raise VizError(
                f"headless Chromium could not draw the picture: {str(exc).splitlines()[0]}",
                hint="install Chromium (apt-get install chromium, or playwright install "
                "chromium) or set ACTORGRAPH_CHROMIUM to its path",
            ) from None
    if fmt == "svg":
        return write_atomic(out, text, VizError, "SVG picture")
    data = base64.b64decode(url.split(",", 1)[1])
    tmp_file = out.with_name(f".{out.name}.tmp")
    try:
        tmp_file.write_bytes(data)
        os.replace(tmp_file, out)
    except OSError as exc:
        tmp_file.unlink(missing_ok=True)
        raise VizError(f"cannot write the PNG picture: {exc.strerror or exc}", path=str(out),
                       hint="choose a writable path with -o") from None
    return out
