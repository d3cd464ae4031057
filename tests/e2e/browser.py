"""Launch the machine's headless Chromium with Playwright, for end-to-end tests.

Browser downloads fail on this machine, so Playwright drives Debian's ``/usr/bin/chromium``
(``apt-get install chromium``) with a fresh temporary profile and no background traffic.

Example
-------
>>> from tests.e2e.browser import launch_chromium  # doctest: +SKIP
>>> with launch_chromium() as context:             # doctest: +SKIP
...     page = context.new_page()
...     page.goto("file:///tmp/graph.html")
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: The Chromium binary the tests drive (override with $ACTORGRAPH_CHROMIUM).
CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM", "/usr/bin/chromium")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str:
    """The Chromium executable; without one the test fails with the command to install it."""
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        import pytest

        pytest.fail(
            f"no Chromium at {CHROMIUM}; install it with: sudo apt-get install chromium "
            "(or set ACTORGRAPH_CHROMIUM to a Chromium binary)",
            pytrace=False,
        )
    return CHROMIUM


@contextmanager
def launch_chromium(
    *, viewport: tuple[int, int] = (1400, 900), **context_options: Any
) -> Iterator[Any]:
    """A Playwright ``BrowserContext`` on headless Chromium with a fresh temporary profile.

    The profile folder is removed and the browser closed on exit. Extra keyword arguments
    go to ``launch_persistent_context`` (e.g. ``java_script_enabled=False``).
    """
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="actorgraph-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile,
                executable_path=executable,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": viewport[0], "height": viewport[1]},
                **context_options,
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
