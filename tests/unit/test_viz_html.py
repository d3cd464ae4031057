"""The HTML view's file: self-contained, data safely embedded, CSP matching its scripts."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actorgraph.errors import ActorGraphError
from actorgraph.graph.model import Actor, Document, Evidence, Relation
from actorgraph.viz.html import MAX_EVIDENCE, VizError, render_html, script_json, view_data

DATA_BLOCK = re.compile(
    r'<script type="application/json" id="ag-data">(.*?)</script>', re.DOTALL
)
EVIL = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028 &amp;"


def graph():
    actors = [
        Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally",
              aliases={"nl": ["Nederland"]}),
        Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine"),
        Actor(id="NATO", name="NATO", kind="organisation", bloc="nato_ally"),
        Actor(id="G7", name="G7", kind="organisation"),
    ]
    doc = Document(id="0123456789abcdef", title="Verslag FMM", date="2024-04-04")
    rels = [
        Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
            Evidence(doc=doc.id, text="Nederland steunt Oekraïne", date="2024-04-04",
                     confidence=0.8)]),
        Relation(source="NLD", type="MEMBER_OF", target="NATO"),
        Relation(source="UKR", type="PARTNERS_WITH", target="NATO"),
        Relation(source="RUS", type="THREATENS", target="UKR"),
    ]
    return actors, rels, [doc]


class Markup(HTMLParser):
    """The tags of a page as a browser tokenises them (script bodies are raw text)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._raw: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._raw = {"script": self.scripts, "style": self.styles}.get(tag)
        if self._raw is not None:
            self._raw.append("")

    def handle_endtag(self, tag):
        self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw[-1] += data

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


def embedded(path: Path) -> dict:
    match = DATA_BLOCK.search(path.read_text(encoding="utf-8"))
    assert match, "no data block"
    return json.loads(match.group(1))


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_script_json_is_inert_in_a_script_element(text):
    out = script_json({"t": text, "list": [text]})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text, "list": [text]}


def test_script_json_escapes_the_known_breakouts():
    out = script_json(EVIL)
    assert "</script" not in out.lower() and "<!--" not in out
    assert json.loads(out) == EVIL


def test_page_embeds_the_graph(tmp_path):
    actors, rels, docs = graph()
    path = render_html(actors, rels, tmp_path / "g.html", title="FMM", documents=docs)
    data = embedded(path)
    ids = [n["id"] for n in data["nodes"]]
    assert ids == ["NLD", "UKR", "NATO", "G7", "RUS"]
    rus = data["nodes"][-1]
    assert rus["missing"] is True and rus["name"] == "RUS"
    degree = {n["id"]: n["degree"] for n in data["nodes"]}
    assert degree == {"NLD": 2, "UKR": 3, "NATO": 2, "G7": 0, "RUS": 1}
    edges = {e["id"]: e for e in data["edges"]}
    assert set(edges) == {"|".join(r.key) for r in rels}
    sup = edges["NLD|SUPPORTS|UKR"]
    assert data["docs"][sup["evidence"][0]["doc"]] == {"title": "Verslag FMM", "date": "2024-04-04"}
    assert sup["t0"] == sup["t1"] == 19817  # 2024-04-04 in days since 1970-01-01
    assert sup["confidence"] == 0.8 and sup["first_seen"] == "2024-04-04"
    # PARTNERS_WITH is symmetric: stored sorted, drawn without arrow
    assert "NATO|PARTNERS_WITH|UKR" in edges
    assert data["palette"]["types"]["PARTNERS_WITH"]["arrow"] is False
    assert data["nodes"][0]["aliases"] == {"nl": ["Nederland"]}


def test_page_is_self_contained(tmp_path):
    actors, rels, docs = graph()
    text = render_html(actors, rels, tmp_path / "g.html", documents=docs).read_text("utf-8")
    page = Markup(text)
    assert [a for _, a in page.tags if "src" in a or "href" in a] == []
    assert [t for t, _ in page.tags if t in {"link", "img", "iframe", "object", "base"}] == []
    assert len(page.styles) == 2
    for css in page.styles:
        assert not re.search(r"url\(\s*(?!['\"]?data:)", css, re.I)
    assert "sourceMappingURL" not in text and "@import" not in text
    for url in set(re.findall(r"https?://[^\s\"'()<>]+", text)):
        # licence notes and the SVG namespace, never something fetched
        assert re.match(
            r"https?://(www\.w3\.org/2000/svg|almende\.com|opensource\.org/licenses/MIT"
            r"|www\.apache\.org/licenses/LICENSE-2\.0|github\.com/(visjs|zloirock|uuidjs)"
            r"|visjs\.github\.io/vis-network/)",
            url,
        ), url


def test_csp_allows_exactly_the_page_scripts(tmp_path):
    actors, rels, docs = graph()
    text = render_html(actors, rels, tmp_path / "g.html", documents=docs).read_text("utf-8")
    page = Markup(text)
    (meta,) = [m for m in page.named("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    csp = meta["content"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    script_src = csp.split("script-src")[1].split(";")[0]
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    kinds = [attrs.get("type") for attrs in page.named("script")]
    # the data, vis-network, its renderer, details/export, the view
    assert kinds == ["application/json", None, None, None, None]
    for body in page.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in script_src
    assert len(script_src.split()) == 4


def test_user_text_cannot_break_out(tmp_path):
    actors = [Actor(id="EVL", name=EVIL, kind="group", aliases={"en": [EVIL]},
                    description=EVIL)]
    rels = [Relation(source="EVL", type="SUPPORTS", target="UKR",
                     provenance=[Evidence(doc="x", text=EVIL, source=EVIL)])]
    path = render_html(actors, rels, tmp_path / "evil.html", title=EVIL,
                       documents=[Document(id="x", title=EVIL)])
    text = path.read_text(encoding="utf-8")
    page = Markup(text)
    assert len(page.named("script")) == 5
    assert page.named("img") == []
    assert [a for _, a in page.tags if any(k.startswith("on") for k in a)] == []
    assert page.scripts[0].count("<") == 0
    data = embedded(path)
    assert data["nodes"][0]["name"] == EVIL
    assert data["docs"]["x"]["title"] == EVIL
    assert data["title"] == EVIL
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)" in text


def test_evidence_is_capped_and_counted():
    prov = [Evidence(doc="d", text=f"sentence {i}", sentence=i) for i in range(MAX_EVIDENCE + 7)]
    data = view_data([], [Relation(source="A", type="OPPOSES", target="B", provenance=prov)])
    edge = data["edges"][0]
    assert len(edge["evidence"]) == MAX_EVIDENCE
    assert edge["evidence_total"] == MAX_EVIDENCE + 7 == edge["count"]


def test_unwritable_path_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(VizError) as err:
        render_html([], [], blocker / "g.html")
    assert isinstance(err.value, ActorGraphError)
    assert str(blocker) in str(err.value) and "-o" in str(err.value)
