"""The Neo4j Browser served by the local server: the page is there, and a headless Chromium
connects with it, runs Cypher on a graph loaded by the Neo4j store, and sees the result."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation

pytestmark = pytest.mark.neo4j
#: the suite's second Neo4j server (tests/neo4j_servers.py): these tests run beside the rest
NEO4J_SERVER = "b"

try:
    from tests.e2e.browser import (
        launch_chromium,
        login_neo4j_browser,
        run_in_browser,
        screenshot_on_failure,
    )
except ImportError:  # tests/ is not a package: pytest puts this folder on sys.path
    from browser import (
        launch_chromium,
        login_neo4j_browser,
        run_in_browser,
        screenshot_on_failure,
    )


@pytest.fixture(scope="module")
def browser_page(neo4j_server, tmp_path_factory):
    """One headless Chromium logged in to the served Neo4j Browser, shared by this module's
    Browser tests: launching Chromium and loading and logging in to the Browser are most of
    each test's time. Tests take it through :func:`neo4j_browser`, which empties it first."""
    bolt = urlsplit(neo4j_server.uri)
    scheme = "neo4j://" if bolt.scheme.startswith("neo4j") else "bolt://"
    with launch_chromium(viewport=(1400, 1000)) as ctx:
        page = ctx.new_page()
        with screenshot_on_failure(page, tmp_path_factory.mktemp("login") / "login.png",
                                   "could not log in to the Neo4j Browser"):
            login_neo4j_browser(page, neo4j_server, scheme)
        yield page


@pytest.fixture
def neo4j_browser(browser_page):
    """The logged-in Browser page as a new session shows it: the default style (no
    actorgraph style left by an earlier test, so a test of ``:style`` can fail) and an
    empty stream (no frame of an earlier test to be found instead of the new one)."""
    page = browser_page
    run_in_browser(page, ":style reset", lambda ms: page.wait_for_function(
        "() => !(localStorage.getItem('neo4j.grass') || '').includes('Actor')", timeout=ms))
    run_in_browser(page, ":clear", lambda ms: page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=frame]').length == 0", timeout=ms))
    return page


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
def test_headless_browser_connects_and_runs_cypher(neo4j_server, neo4j_store, neo4j_browser,
                                                   tmp_path):

    neo4j_store.write(GraphBatch(
        actors=[Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
                Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")],
        relations=[Relation(source="NLD", type="SUPPORTS", target="UKR",
                            provenance=[Evidence(doc="d", text="steun", date="2024-04-04")])],
    ))
    page = neo4j_browser  # logged in over the server's scheme (browser_page)
    with screenshot_on_failure(page, tmp_path / "neo4j-browser.png"):
        run_in_browser(
            page,
            "MATCH (a:Actor:State {id: 'NLD'})-[r:SUPPORTS]->(b:Actor) "
            "RETURN b.name + ' supported since ' + r.first_seen AS answer",
            lambda ms: page.get_by_text("Ukraine supported since 2024-04-04").last.wait_for(
                timeout=ms),
        )


class _CorsHandler:
    """Serves files from a folder with the CORS headers the Browser's fetches need
    (``:play`` sends a preflight OPTIONS request; ``:style`` a plain GET)."""

    @staticmethod
    def make(folder: Path):
        import functools
        import http.server

        class Handler(http.server.SimpleHTTPRequestHandler):
            def end_headers(self) -> None:
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Headers", "*")
                self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
                super().end_headers()

            def do_OPTIONS(self) -> None:  # noqa: N802  (the Browser's guide fetch preflights)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        return functools.partial(Handler, directory=str(folder))


@pytest.mark.browser
def test_headless_browser_applies_the_actorgraph_style_and_plays_a_guide(
    neo4j_server, neo4j_store, neo4j_browser, tmp_path
):
    """What the served Browser (5.24) supports for actorgraph: ``:style <url>`` loads the
    GraSS file (as ``browser.post_connect_cmd=style <url>`` does on connect) and
    ``:play <url>`` shows an HTML guide, from a host in
    browser.remote_content_hostname_whitelist (127.0.0.1 in scripts/neo4j/neo4j.conf)."""
    import http.server
    import threading
    from importlib import resources

    grass = (resources.files("actorgraph.viz") / "neo4j-browser.grass").read_text("utf-8")
    (tmp_path / "actorgraph.grass").write_text(grass, encoding="utf-8")
    (tmp_path / "guide.html").write_text(
        "<article class='guide'><carousel><slide class='row-fluid'>"
        "<h3>actorgraph guide check</h3>"
        "<pre class='pre-scrollable code runnable'>MATCH (a:Actor) RETURN count(a)</pre>"
        "</slide></carousel></article>",
        encoding="utf-8",
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CorsHandler.make(tmp_path))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        page = neo4j_browser
        with screenshot_on_failure(page, tmp_path / "neo4j-browser-style.png"):
            run_in_browser(page, f":style {base}/actorgraph.grass", lambda ms: (
                page.wait_for_function(
                    "() => (localStorage.getItem('neo4j.grass') || '').includes('{name}')",
                    timeout=ms)))
            stored = page.evaluate("() => JSON.parse(localStorage.getItem('neo4j.grass'))")
            assert stored["node.Actor"]["caption"] == "{name}"
            run_in_browser(page, f":play {base}/guide.html", lambda ms: (
                page.get_by_text("actorgraph guide check").last.wait_for(timeout=ms)))
    finally:
        httpd.shutdown()


def test_guide_params_blocks_are_cypher_the_server_reads(neo4j_server):
    """Every ``:params`` map of the guide, evaluated by Neo4j, gives the query's defaults
    (the Browser evaluates a ``:params`` map as Cypher on the server). Read-only."""
    import neo4j

    from actorgraph.queries.registry import list_queries
    from actorgraph.viz.browser_guide import param_defaults, params_command

    with neo4j.GraphDatabase.driver(
        neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password),
        connection_timeout=10,
    ) as driver:
        try:
            driver.verify_connectivity()
        except neo4j.exceptions.DriverError as exc:
            reason = f"cannot reach Neo4j at {neo4j_server.uri}: {exc}"
            if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)
        for query in list_queries():
            command = params_command(query)
            if not command:
                continue
            literal = command.removeprefix(":params ")
            records, _, _ = driver.execute_query(
                f"RETURN {literal} AS p", database_=neo4j_server.database,
                routing_=neo4j.RoutingControl.READ,
            )
            assert records[0]["p"] == param_defaults(query), query.name


@pytest.mark.browser
def test_headless_browser_plays_the_served_guide_and_runs_a_query(
    neo4j_server, neo4j_store, neo4j_browser, tmp_path, monkeypatch, capsys
):
    """``actorgraph browser-guide --serve`` (the real command, in a thread) serves the
    guide; the Browser ``:play``s the URL the command prints, pages to the supporters-of
    slide, runs its ``:params`` block and its query with the blocks' run buttons, and
    shows the answer from the graph."""
    import re
    import socket
    import threading
    import time

    import actorgraph.viz.browser_guide as guide_module
    from actorgraph.cli.main import cli
    from actorgraph.queries.registry import list_queries

    neo4j_store.write(GraphBatch(
        actors=[Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
                Actor(id="DEU", name="Germany", kind="state", bloc="nato_ally"),
                Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")],
        relations=[
            Relation(source="NLD", type="SUPPORTS", target="UKR", confidence=0.9,
                     provenance=[Evidence(doc="d", text="steun", date="2024-04-04")]),
            Relation(source="DEU", type="SUPPORTS", target="UKR", confidence=0.8,
                     provenance=[Evidence(doc="d", text="Hilfe", date="2024-05-01")]),
        ],
    ))

    # the command's own server, recorded so the test can stop it afterwards
    servers = []
    real_make = guide_module.make_guide_server

    def recording_make(*args, **kwargs):
        servers.append(real_make(*args, **kwargs))
        return servers[-1]

    monkeypatch.setattr(guide_module, "make_guide_server", recording_make)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serving = threading.Thread(
        target=cli.main, args=(["browser-guide", "--serve", "--port", str(port)],),
        kwargs={"standalone_mode": False}, daemon=True,
    )
    serving.start()
    deadline = time.monotonic() + 30
    while not servers and time.monotonic() < deadline:
        time.sleep(0.05)
    assert servers, "browser-guide --serve did not start a server"
    try:
        for _ in range(100):
            printed = capsys.readouterr().out
            if ":play " in printed:
                break
            time.sleep(0.05)
        play = re.search(r"^\s*(:play http://127\.0\.0\.1:\d+/guide\.html)$", printed, re.M)
        style = re.search(r"^\s*(:style http://\S+/actorgraph\.grass)$", printed, re.M)
        assert play and style, printed
        names = [q.name for q in list_queries()]
        slide = names.index("supporters-of") + 1  # after the intro slide

        page = neo4j_browser
        with screenshot_on_failure(page, tmp_path / "neo4j-browser-guide.png"):
            carousel = page.get_by_test_id("carousel").first
            run_in_browser(page, play.group(1), lambda ms: (
                carousel.get_by_text("The named queries of actorgraph").wait_for(
                    timeout=ms)))
            for _ in range(slide):
                carousel.get_by_test_id("nextSlide").click()
            carousel.get_by_role("heading", name="Who supports an actor").wait_for(
                timeout=10_000)
            blocks = carousel.locator("pre.runnable")
            assert blocks.count() == 2
            # the Browser prepends a run button (an <i>) to each runnable block
            blocks.nth(0).locator("i.fa-play-circle-o").click()
            page.get_by_text('"target": "UKR"').first.wait_for(timeout=30_000)
            blocks.nth(1).locator("i.fa-play-circle-o").click()
            page.get_by_text("Netherlands").first.wait_for(timeout=30_000)
            page.get_by_text("Germany").first.wait_for(timeout=10_000)
    finally:
        for server in servers:
            server.shutdown()
        serving.join(timeout=10)
    assert not serving.is_alive()


@pytest.mark.browser
def test_grass_style_applies_in_the_neo4j_browser(neo4j_server, neo4j_store, neo4j_browser,
                                                  tmp_path):
    """Dropping the .grass file on the served Browser restyles actors as the palette says."""
    from actorgraph.graph.model import GraphBatch
    from actorgraph.viz.styles import BLOC_STYLES, KIND_STYLES, bloc_label, grass_text

    actors = [
        Actor(id="RUS", name="Russia", kind="state", bloc="russia_and_supporters"),
        Actor(id="NATO", name="NATO", kind="organisation", bloc="nato_ally"),
    ]
    neo4j_store.write(GraphBatch(actors=actors, relations=[
        Relation(source="RUS", type="THREATENS", target="NATO")]))
    # The Browser styles by label only: the store gives every actor its bloc's label.
    labelled = neo4j_store.query(
        f"MATCH (a:Actor:{bloc_label('russia_and_supporters')}) RETURN a.id AS id"
    ).rows
    assert labelled == [["RUS"]]
    page = neo4j_browser
    shot = tmp_path / "neo4j-browser-style.png"
    with screenshot_on_failure(page, shot, "the Browser did not take the style"):
        # what dragging actorgraph.grass onto the window does
        page.evaluate(
            """grass => {
              const dt = new DataTransfer();
              dt.items.add(new File([grass], 'actorgraph.grass'));
              const drop = document.querySelector('.filedrop');
              for (const type of ['dragenter', 'dragover', 'drop']) {
                drop.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true,
                                                         cancelable: true}));
              }
            }""",
            grass_text(),
        )
        page.get_by_text("node.BlocRussiaAndSupporters").first.wait_for(timeout=30_000)

        run_in_browser(
            page, "MATCH p=(:Actor {id: 'RUS'})-[:THREATENS]->(:Actor) RETURN p",
            lambda ms: page.locator("svg g.node").nth(1).wait_for(timeout=ms))
        drawn = page.evaluate(
            """() => [...document.querySelectorAll('svg g.node')].map(g => ({
                text: g.textContent.trim(),
                fill: g.querySelector('circle.b-outline').getAttribute('fill'),
                r: g.querySelector('circle.b-outline').getAttribute('r')}))"""
        )
        page.screenshot(path="/tmp/actorgraph-neo4j-browser-style.png")
    by_name = {d["text"]: d for d in drawn}
    assert set(by_name) == {"Russia", "NATO"}, drawn
    for a in actors:
        assert by_name[a.name]["fill"].upper() == BLOC_STYLES[a.bloc].color
        assert float(by_name[a.name]["r"]) == KIND_STYLES[a.kind].diameter / 2
