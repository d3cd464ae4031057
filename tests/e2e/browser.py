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
from collections.abc import Callable, Iterator
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


def login_neo4j_browser(page: Any, server: Any, scheme: str) -> None:
    """Open the served Neo4j Browser and log in to ``server`` over ``scheme``
    (``bolt://`` or ``neo4j://``)."""
    from urllib.parse import urlsplit

    page.goto(f"{server.http_url}/browser/", wait_until="domcontentloaded")
    page.get_by_test_id("boltaddress").wait_for(timeout=90_000)
    page.locator("select").first.select_option(scheme)
    page.get_by_test_id("boltaddress").fill(urlsplit(server.uri).netloc.split("@")[-1])
    page.get_by_test_id("username").fill(server.user)
    page.get_by_test_id("password").fill(server.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for(timeout=60_000)


@contextmanager
def screenshot_on_failure(
    page: Any, shot: Path, what: str = "the Browser did not behave"
) -> Iterator[None]:
    """On any error inside, save a screenshot to ``shot`` and fail with ``what`` and its path."""
    try:
        yield
    except Exception as exc:
        page.screenshot(path=str(shot))
        raise AssertionError(f"{what}; screenshot: {shot}") from exc


def run_in_browser(page: Any, command: str, done: Callable[[float], Any],
                   attempts: int = 3, each_ms: float = 20_000) -> None:
    """Type ``command`` into the Neo4j Browser's editor, run it (Ctrl+Enter), and wait
    with ``done(timeout_ms)`` for what it should show; up to ``attempts`` times.

    Why more than once: the Browser reads the server's settings (the hosts ``:style`` and
    ``:play`` may fetch from) through ``dbms.clientConfig()`` after connecting, so a
    command run before they arrive is refused, and a keystroke sent while the editor is
    still being laid out can be lost. Each attempt starts from an empty editor. The last
    failure names the command and what the page showed.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    last: Exception | None = None
    for _ in range(attempts):
        editor = page.locator(".monaco-editor").first
        editor.click()
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.keyboard.type(command)
        page.keyboard.press("Control+Enter")
        try:
            done(each_ms)
            return
        except PlaywrightTimeout as exc:
            last = exc
    shown = " ".join(page.inner_text("body").split())[-1500:]
    raise AssertionError(
        f"{command!r} did not take effect in {attempts} tries; the page ends with: {shown}"
    ) from last
