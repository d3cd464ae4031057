"""The Neo4j Browser guide: its HTML (every named query, runnable, escaped), the server
that serves it with CORS, and the ``browser-guide`` command."""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request

import click
import pytest
from click.testing import CliRunner
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from actorgraph.errors import ActorGraphError
from actorgraph.queries.registry import NamedQuery, Param, list_queries
from actorgraph.viz.browser_guide import (
    GRASS_PATH,
    GUIDE_PATH,
    cypher_literal,
    guide_html,
    make_guide_server,
    param_defaults,
    params_command,
    render_guide,
)
from actorgraph.viz.styles import grass_text

from actorgraph.cli.neo4j_cmds import register  # isort: skip


def _slides(text: str) -> list:
    tree = HTMLParser(text)
    article = tree.css_first("article.guide")
    assert article is not None
    assert article.css_first("carousel") is not None
    return article.css("carousel > slide")


def test_every_named_query_has_a_slide_with_its_runnable_cypher(tmp_path):
    path = render_guide(tmp_path / "sub" / "guide.html")
    slides = _slides(path.read_text(encoding="utf-8"))
    queries = list_queries()
    assert len(queries) >= 10
    assert len(slides) == len(queries) + 1  # an intro slide, then one per query
    intro = slides[0].text()
    for query, slide in zip(queries, slides[1:], strict=True):
        assert query.title in intro and query.name in intro
        assert slide.css_first("h3").text() == query.title
        assert slide.css_first("p.lead").text() == query.description
        blocks = [pre.text() for pre in slide.css("pre.runnable")]
        # the Browser runs a block's textContent, so the unescaped text is the query,
        # its {{slots}} (relation types, origin, ranking) filled with the defaults
        assert blocks[-1] == query.text(query.bind())
        assert "{{" not in blocks[-1]
        if query.params:
            assert blocks[0] == params_command(query)
            assert len(blocks) == 2
            table = slide.css_first("table").text()
            for p in query.params:
                assert p.name in table and p.description in table
        else:
            assert len(blocks) == 1


def test_params_blocks_set_every_default_as_a_cypher_literal():
    supporters = next(q for q in list_queries() if q.name == "supporters-of")
    assert params_command(supporters) == (
        ":params {target: 'UKR', min_confidence: 0.0, origin: 'any'}")
    assert cypher_literal(["SUPPORTS", "MEMBER_OF"]) == "['SUPPORTS', 'MEMBER_OF']"
    for query in list_queries():
        command = params_command(query)
        for name, value in param_defaults(query).items():
            assert f"{name}: {cypher_literal(value)}" in command
    assert cypher_literal("O'Neil \\ co") == "'O\\'Neil \\\\ co'"
    assert cypher_literal(3) == "3" and cypher_literal(False) == "false"
    with pytest.raises(ActorGraphError):
        cypher_literal(float("nan"))


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & \'quote\''


def test_every_text_is_escaped():
    query = NamedQuery(
        name="hostile<b>", title=HOSTILE, description=HOSTILE,
        cypher=f"MATCH (a:Actor) WHERE a.name <> '{HOSTILE}' RETURN a",
        params=(Param(name="who", default=HOSTILE, description=HOSTILE),),
    )
    text = guide_html([query], title=HOSTILE)
    assert "<script" not in text and "<img" not in text and "hostile<b>" not in text
    slide = _slides(text)[1]
    assert slide.css_first("h3").text() == HOSTILE
    assert slide.css_first("p.lead").text() == HOSTILE
    blocks = [pre.text() for pre in slide.css("pre.runnable")]
    assert blocks == [params_command(query), query.cypher]
    assert HTMLParser(text).css_first("title").text() == HOSTILE


# What the Browser 5.24 does to a fetched guide before showing it (cleanHtml in its
# bundle): it drops <script> elements and anything that looks like an on…= attribute.
_BROWSER_ON_ATTR = re.compile(r"""(\s+(on[^\s=]+)[^\s=]*\s*=\s*("[^"]*"|'[^']*'|[\w\-.:]+\s*))""",
                              re.IGNORECASE)


def test_the_browsers_clean_up_leaves_the_guide_intact():
    text = guide_html()
    assert _BROWSER_ON_ATTR.sub("", text) == text
    assert "<script" not in text.lower() and "javascript:" not in text.lower()


@pytest.fixture
def served():
    server = make_guide_server(port=0)
    server.start_in_thread()
    yield server
    server.shutdown()
    server.server_close()


def test_server_serves_guide_and_style_with_cors(served):
    with urllib.request.urlopen(served.guide_url, timeout=10) as resp:
        assert resp.status == 200
        assert resp.headers["Access-Control-Allow-Origin"] == "*"
        assert resp.headers.get_content_type() == "text/html"
        assert resp.read().decode("utf-8") == guide_html()
    with urllib.request.urlopen(served.base_url + GRASS_PATH + "?v=1", timeout=10) as resp:
        assert resp.read().decode("utf-8") == grass_text()
    # the preflight the Browser sends before its fetch (it adds pragma/cache-control)
    req = urllib.request.Request(served.guide_url, method="OPTIONS", headers={
        "Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "pragma,cache-control"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 204
        assert resp.headers["Access-Control-Allow-Origin"] == "*"
        assert "GET" in resp.headers["Access-Control-Allow-Methods"]
        assert resp.headers["Access-Control-Allow-Headers"] == "*"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(served.base_url + "/../etc/passwd", timeout=10)
    assert err.value.code == 404
    assert served.browser_commands() == [
        f":style {served.base_url}{GRASS_PATH}", f":play {served.base_url}{GUIDE_PATH}"]


def test_a_taken_port_is_a_clear_error():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        with pytest.raises(ActorGraphError, match=rf"127\.0\.0\.1:{port}.*--port"):
            make_guide_server(port=port)


def _cli() -> click.Group:
    group = click.Group()
    register(group)
    return group


def test_cli_writes_the_guide(tmp_path):
    out = tmp_path / "guide.html"
    result = CliRunner().invoke(_cli(), ["browser-guide", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out};")
    assert out.read_text(encoding="utf-8") == guide_html()


def test_cli_needs_output_or_serve_and_reports_a_bad_path(tmp_path):
    result = CliRunner().invoke(_cli(), ["browser-guide"])
    assert result.exit_code == 2
    assert "give -o FILE to write the guide, or --serve to serve it" in result.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(_cli(), ["browser-guide", "-o", str(blocker / "g.html")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot write the guide to {blocker / 'g.html'}")
    assert "choose another -o path" in result.output
