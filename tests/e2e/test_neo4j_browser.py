"""The Neo4j Browser served by the local server: the page is there, and a headless Chromium
connects with it, runs Cypher on a graph loaded by the Neo4j store, and sees the result."""

from __future__ import annotations

import os
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation

pytestmark = pytest.mark.neo4j

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def test_browser_page_is_served(neo4j_server):
    url = f"{neo4j_server.http_url}/browser/"
    with urllib.request.urlopen(url, timeout=30) as resp:
        assert resp.status == 200
        assert resp.headers.get_content_type() == "text/html"
        page = resp.read().decode("utf-8")
    assert "<title>Neo4j Browser</title>" in page
    # the discovery document points the Browser at our Bolt port
    with urllib.request.urlopen(neo4j_server.http_url + "/", timeout=30) as resp:
        discovery = resp.read().decode()
    assert urlsplit(neo4j_server.uri).netloc.split("@")[-1] in discovery


@pytest.mark.browser
def test_headless_browser_connects_and_runs_cypher(neo4j_server, neo4j_store, tmp_path):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")

    neo4j_store.write(GraphBatch(
        actors=[Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
                Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")],
        relations=[Relation(source="NLD", type="SUPPORTS", target="UKR",
                            provenance=[Evidence(doc="d", text="steun", date="2024-04-04")])],
    ))
    bolt = urlsplit(neo4j_server.uri)
    scheme = "neo4j://" if bolt.scheme.startswith("neo4j") else "bolt://"

    with sync_api.sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = ctx.new_page()
        try:
            page.goto(f"{neo4j_server.http_url}/browser/", wait_until="domcontentloaded")
            page.get_by_test_id("boltaddress").wait_for(timeout=90_000)
            page.locator("select").first.select_option(scheme)
            page.get_by_test_id("boltaddress").fill(bolt.netloc.split("@")[-1])
            page.get_by_test_id("username").fill(neo4j_server.user)
            page.get_by_test_id("password").fill(neo4j_server.password)
            page.get_by_test_id("connect").click()
            page.get_by_text("You are connected as user").wait_for(timeout=60_000)

            page.locator(".monaco-editor").first.click()
            page.keyboard.type(
                "MATCH (a:Actor:State {id: 'NLD'})-[r:SUPPORTS]->(b:Actor) "
                "RETURN b.name + ' supported since ' + r.first_seen AS answer"
            )
            page.keyboard.press("Control+Enter")
            page.get_by_text("Ukraine supported since 2024-04-04").last.wait_for(
                timeout=60_000
            )
        except Exception as exc:
            shot = tmp_path / "neo4j-browser.png"
            page.screenshot(path=str(shot))
            raise AssertionError(f"the Browser did not behave; screenshot: {shot}") from exc
        finally:
            ctx.close()
