"""The HTML view in real headless Chromium: offline, no errors, renders, safe.

Opens the file written by :func:`actorgraph.viz.html.render_html` from a ``file://`` URL
with every request recorded, and checks what a user would see: the network is drawn
with the right actors and relations, tooltips and details show, filters work, and
script-like text in names, aliases, evidence and the title stays text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actorgraph.graph.model import Actor, Document, Evidence, Relation, merge_relations
from actorgraph.viz.html import render_html

try:
    from tests.e2e.browser import launch_chromium, login_neo4j_browser, screenshot_on_failure
except ImportError:  # tests/ is not a package: pytest puts this folder on sys.path
    from browser import launch_chromium, login_neo4j_browser, screenshot_on_failure

pytestmark = pytest.mark.browser

NL_DOC = Document(
    id="6c1f0e3b5a7d9c2e",
    title="Verslag van de NAVO Foreign Ministers Meeting (FMM) van 3-4 april 2024",
    date="2024-04-04",
    language="nl",
)
EN_DOC = Document(
    id="a41d9e07b2c3f5e8",
    title="FACT SHEET: The United States Welcomes Growing Contributions to Global "
    "Security from NATO's Indo-Pacific Partners",
    date="2024-07-11",
    language="en",
)

ACTORS = [
    ("NATO", "NATO", "organisation", "nato_ally", {"nl": ["NAVO"]}),
    ("EU", "European Union", "organisation", "eu", {"nl": ["Europese Unie"]}),
    ("G7", "G7", "organisation", "other", {}),
    ("UN", "United Nations", "organisation", "other", {"nl": ["Verenigde Naties"]}),
    ("NLD", "Netherlands", "state", "nato_ally", {"nl": ["Nederland"]}),
    ("USA", "United States", "state", "nato_ally", {"nl": ["Verenigde Staten"]}),
    ("GBR", "United Kingdom", "state", "nato_ally", {}),
    ("SWE", "Sweden", "state", "nato_ally", {"nl": ["Zweden"]}),
    ("UKR", "Ukraine", "state", "ukraine", {"nl": ["Oekraïne"]}),
    ("RUS", "Russia", "state", "russia_and_supporters", {"nl": ["Rusland"]}),
    ("BLR", "Belarus", "state", "russia_and_supporters", {}),
    ("IRN", "Iran", "state", "russia_and_supporters", {}),
    ("PRK", "North Korea", "state", "russia_and_supporters", {"nl": ["Noord-Korea"]}),
    ("CHN", "China", "state", "russia_and_supporters", {}),
    ("AUS", "Australia", "state", "nato_partner", {"nl": ["Australië"]}),
    ("JPN", "Japan", "state", "nato_partner", {}),
    ("KOR", "South Korea", "state", "nato_partner", {"nl": ["Zuid-Korea"]}),
    ("NZL", "New Zealand", "state", "nato_partner", {"nl": ["Nieuw-Zeeland"]}),
    ("jens-stoltenberg", "Jens Stoltenberg", "person", "nato_ally", {}),
    ("dmytro-kuleba", "Dmytro Kuleba", "person", "ukraine", {}),
    ("josep-borrell", "Josep Borrell", "person", "eu", {}),
    ("mark-rutte", "Mark Rutte", "person", "nato_ally", {}),
    ("joe-biden", "Joe Biden", "person", "nato_ally", {}),
    ("judith-collins", "Judith Collins", "person", "nato_partner", {}),
    ("vladimir-putin", "Vladimir Putin", "person", "russia_and_supporters", {}),
]

# The gold relations of the two corpus documents (source, type, target, document, evidence).
RELATIONS = [
    ('NATO', 'PARTNERS_WITH', 'EU', 'nl',
     'De derde werksessie stond in het teken van de partnerschappen van de '
     'NAVO met de EU en landen in de Indo-Pacific'),
    ('NATO', 'PARTNERS_WITH', 'AUS', 'nl',
     'het strategisch partnerschap van de NAVO met de Europese Unie en met '
     'de NAVO-partners in de Indo-Pacific ... Australië, Japan, Nieuw-'
     'Zeeland en Zuid-Korea'),
    ('NATO', 'PARTNERS_WITH', 'JPN', 'nl',
     'De aanwezigheid van NAVO-partners Australië, Japan, Nieuw-Zeeland en '
     'Zuid-Korea'),
    ('NATO', 'PARTNERS_WITH', 'NZL', 'nl',
     'De aanwezigheid van NAVO-partners Australië, Japan, Nieuw-Zeeland en '
     'Zuid-Korea'),
    ('NATO', 'PARTNERS_WITH', 'KOR', 'nl',
     'De aanwezigheid van NAVO-partners Australië, Japan, Nieuw-Zeeland en '
     'Zuid-Korea'),
    ('SWE', 'MEMBER_OF', 'NATO', 'nl',
     'de eerste ministeriële NAVO-bijeenkomst waar Zweden als bondgenoot bij'
     ' aanwezig was'),
    ('NLD', 'MEMBER_OF', 'NATO', 'nl',
     'Bondgenoten, waaronder Nederland, reageerden daarop'),
    ('NATO', 'SUPPORTS', 'UKR', 'nl',
     'Bondgenoten hebben uitgesproken zich maximaal te zullen inspannen om '
     'de steun aan Oekraïne te intensiveren'),
    ('NLD', 'SUPPORTS', 'UKR', 'nl',
     'Bondgenoten, waaronder Nederland, reageerden daarop met de toezegging '
     'zo snel mogelijk nieuwe mogelijkheden te verkennen om samen met '
     'partners in die urgente behoefte te voorzien'),
    ('RUS', 'THREATENS', 'UKR', 'nl',
     'zodat Oekraïne weerstand kan blijven bieden aan de Russische agressie'),
    ('RUS', 'THREATENS', 'NATO', 'nl',
     'Bondgenoten herbevestigden dat Rusland de grootste dreiging zal '
     'blijven voor de NAVO'),
    ('IRN', 'SUPPORTS', 'RUS', 'nl',
     'de nog altijd toenemende steun van Iran, Noord-Korea, Belarus en China'
     ' aan Rusland'),
    ('PRK', 'SUPPORTS', 'RUS', 'nl',
     'de nog altijd toenemende steun van Iran, Noord-Korea, Belarus en China'
     ' aan Rusland'),
    ('BLR', 'SUPPORTS', 'RUS', 'nl',
     'de nog altijd toenemende steun van Iran, Noord-Korea, Belarus en China'
     ' aan Rusland'),
    ('CHN', 'SUPPORTS', 'RUS', 'nl',
     'de nog altijd toenemende steun van Iran, Noord-Korea, Belarus en China'
     ' aan Rusland'),
    ('AUS', 'SUPPORTS', 'UKR', 'nl',
     'Bovendien zijn deze landen belangrijke en gewaardeerde partners in de '
     'steun aan Oekraïne'),
    ('JPN', 'SUPPORTS', 'UKR', 'nl',
     'Bovendien zijn deze landen belangrijke en gewaardeerde partners in de '
     'steun aan Oekraïne'),
    ('NZL', 'SUPPORTS', 'UKR', 'nl',
     'Bovendien zijn deze landen belangrijke en gewaardeerde partners in de '
     'steun aan Oekraïne'),
    ('KOR', 'SUPPORTS', 'UKR', 'nl',
     'Bovendien zijn deze landen belangrijke en gewaardeerde partners in de '
     'steun aan Oekraïne'),
    ('NLD', 'PARTNERS_WITH', 'UKR', 'nl',
     'In dat kader refereerde Nederland ook aan de bilaterale '
     'veiligheidsarrangementen met Oekraïne'),
    ('NATO', 'PARTNERS_WITH', 'UKR', 'nl',
     'Werksessie 2: NATO-Ukraine Council'),
    ('NATO', 'OPPOSES', 'IRN', 'nl',
     'herbevestigden zij hun commitment om deze landen daarop te blijven '
     'aanspreken'),
    ('NATO', 'OPPOSES', 'PRK', 'nl',
     'herbevestigden zij hun commitment om deze landen daarop te blijven '
     'aanspreken'),
    ('NATO', 'OPPOSES', 'BLR', 'nl',
     'herbevestigden zij hun commitment om deze landen daarop te blijven '
     'aanspreken'),
    ('NATO', 'OPPOSES', 'CHN', 'nl',
     'herbevestigden zij hun commitment om deze landen daarop te blijven '
     'aanspreken'),
    ('NLD', 'OPPOSES', 'CHN', 'nl',
     'zoals Nederland ook deed tijdens het bezoek van minister-president '
     'Rutte aan China'),
    ('UKR', 'ASPIRES_TO_JOIN', 'NATO', 'nl',
     'de voortgang van Oekraïne bij de uitvoering van het adapted Annual '
     'National Program in aanloop naar toekomstig NAVO-lidmaatschap'),
    ('jens-stoltenberg', 'REPRESENTS', 'NATO', 'nl',
     'de voorstellen van secretaris-generaal Jens Stoltenberg'),
    ('dmytro-kuleba', 'REPRESENTS', 'UKR', 'nl',
     'de Oekraïense minister van Buitenlandse Zaken Dmytro Kuleba'),
    ('josep-borrell', 'REPRESENTS', 'EU', 'nl',
     'de Hoge Vertegenwoordiger van de Europese Unie Borrell'),
    ('mark-rutte', 'REPRESENTS', 'NLD', 'nl',
     'het bezoek van minister-president Rutte aan China'),
    ('AUS', 'OPPOSES', 'RUS', 'en',
     'the Government has imposed a suite of measures against Russia, '
     'including over 1,200 targeted sanctions'),
    ('NATO', 'PARTNERS_WITH', 'AUS', 'en',
     'NATO and Australia have been engaged in dialogue and cooperation since'
     ' 2005'),
    ('AUS', 'PARTNERS_WITH', 'UKR', 'en',
     'The IPP countries have also added their voices to the chorus of '
     'countries working with Ukraine to secure a just and lasting peace'),
    ('USA', 'PARTNERS_WITH', 'AUS', 'en',
     'the United States has built a global coalition of countries around the'
     ' world – including the IPP – that have stepped up to make historic '
     'contributions to support Ukraine'),
    ('AUS', 'SUPPORTS', 'NATO', 'en',
     'Australia has been a leading contributor to NATO missions around the '
     'world for two decades'),
    ('AUS', 'SUPPORTS', 'UKR', 'en',
     'Australia continued its steadfast support to Ukraine'),
    ('CHN', 'SUPPORTS', 'RUS', 'en',
     'The People’s Republic of China (PRC)’s ongoing support for Russia’s '
     'defense industrial base'),
    ('GBR', 'SUPPORTS', 'UKR', 'en',
     'multinational efforts to train Ukrainian personnel in the United '
     'Kingdom'),
    ('joe-biden', 'REPRESENTS', 'USA', 'en',
     'Since taking office, President Biden has worked to strengthen the '
     'critical ties between our NATO Allies'),
    ('JPN', 'MEMBER_OF', 'G7', 'en',
     'Japan’s contribution in the G7'),
    ('NATO', 'PARTNERS_WITH', 'JPN', 'en',
     'NATO and Japan have been engaged in dialogue and cooperation since '
     'initial contacts in the early 1990s'),
    ('JPN', 'PARTNERS_WITH', 'UKR', 'en',
     'the Accord on Support for Ukraine and Cooperation between the '
     'government of Japan and Ukraine'),
    ('USA', 'PARTNERS_WITH', 'JPN', 'en',
     'the United States has built a global coalition of countries around the'
     ' world – including the IPP – that have stepped up to make historic '
     'contributions to support Ukraine'),
    ('JPN', 'SUPPORTS', 'NATO', 'en',
     'Japan announced $67 million to the NATO Comprehensive Assistance '
     'Package for Ukraine'),
    ('JPN', 'SUPPORTS', 'UKR', 'en',
     'Japan has been a prominent supporter of Ukraine'),
    ('judith-collins', 'REPRESENTS', 'NZL', 'en',
     'Defense Minister Judith Collins KC'),
    ('NATO', 'PARTNERS_WITH', 'KOR', 'en',
     'NATO and the Republic of Korea have been engaged in dialogue and '
     'cooperation since 2005'),
    ('KOR', 'PARTNERS_WITH', 'UKR', 'en',
     'The IPP countries have also added their voices to the chorus of '
     'countries working with Ukraine to secure a just and lasting peace'),
    ('USA', 'PARTNERS_WITH', 'KOR', 'en',
     'the United States has built a global coalition of countries around the'
     ' world – including the IPP – that have stepped up to make historic '
     'contributions to support Ukraine'),
    ('KOR', 'SUPPORTS', 'NATO', 'en',
     'the ROK contributed $12 million to the NATO Comprehensive Assistance '
     'Package for Ukraine'),
    ('KOR', 'SUPPORTS', 'UKR', 'en',
     'The ROK provided $100 million in humanitarian aid to Ukraine in 2022'),
    ('NATO', 'PARTNERS_WITH', 'NZL', 'en',
     'New Zealand has a more than 25-year history of cooperation with NATO'),
    ('NATO', 'SUPPORTS', 'UKR', 'en',
     'the NATO Comprehensive Assistance Package for Ukraine'),
    ('NZL', 'OPPOSES', 'RUS', 'en',
     'New Zealand has imposed sanctions on more than 1,700 individuals and '
     'entities since the Russia Sanctions Act entered into force'),
    ('NZL', 'PARTNERS_WITH', 'UKR', 'en',
     'The IPP countries have also added their voices to the chorus of '
     'countries working with Ukraine to secure a just and lasting peace'),
    ('USA', 'PARTNERS_WITH', 'NZL', 'en',
     'the United States has built a global coalition of countries around the'
     ' world – including the IPP – that have stepped up to make historic '
     'contributions to support Ukraine'),
    ('NZL', 'SUPPORTS', 'NATO', 'en',
     'contributing to NATO operations in Bosnia-Herzegovina and Afghanistan'),
    ('NZL', 'SUPPORTS', 'UKR', 'en',
     'New Zealand announced an additional $15.8 million package of support '
     'for Ukraine'),
    ('RUS', 'PARTNERS_WITH', 'PRK', 'en',
     'Russia and the DPRK committed to increasing their military and '
     'economic cooperation'),
    ('PRK', 'SUPPORTS', 'RUS', 'en',
     'the Democratic People’s Republic of Korea (DPRK) has provided '
     'ballistic missiles and munitions to Russia for use against Ukraine'),
    ('PRK', 'THREATENS', 'KOR', 'en',
     'the Three-Axis System to counter DPRK WMD and ballistic missile '
     'threats'),
    ('PRK', 'THREATENS', 'UKR', 'en',
     'provided ballistic missiles and munitions to Russia for use against '
     'Ukraine'),
    ('RUS', 'SUPPORTS', 'PRK', 'en',
     'Russia continues to supply the DPRK with refined petroleum'),
    ('RUS', 'THREATENS', 'UKR', 'en',
     'Russia’s war of aggression against Ukraine'),
    ('UN', 'OPPOSES', 'PRK', 'en',
     'blocked the renewal of a U.N. sanctions monitoring panel'),
    ('USA', 'MEMBER_OF', 'NATO', 'en',
     'President Biden has worked to strengthen the critical ties between our'
     ' NATO Allies and NATO partners in the Indo-Pacific'),
    ('USA', 'OPPOSES', 'CHN', 'en',
     'ongoing support for Russia’s defense industrial base also enables '
     'Russia to reconstitute its war machine and maintain its illegal war '
     'against Ukraine'),
    ('USA', 'OPPOSES', 'PRK', 'en',
     'has provided ballistic missiles and munitions to Russia for use '
     'against Ukraine, in clear violation of multiple United Nations '
     'Security Council resolutions'),
    ('USA', 'OPPOSES', 'RUS', 'en',
     'Russia continues to supply the DPRK with refined petroleum beyond what'
     ' is permitted by U.N. Security Council resolutions'),
    ('USA', 'SUPPORTS', 'UKR', 'en',
     'the United States has built a global coalition of countries around the'
     ' world – including the IPP – that have stepped up to make historic '
     'contributions to support Ukraine'),
    ('vladimir-putin', 'REPRESENTS', 'RUS', 'en',
     'during Putin’s recent visit to Pyongyang, Russia and the DPRK '
     'committed'),
]

SHOT = Path("/tmp/actorgraph-view.png")


def sample_graph() -> tuple[list[Actor], list[Relation], list[Document]]:
    """The actors and gold relations of the two corpus documents, as model objects."""
    actors = [
        Actor(id=i, name=n, kind=k, bloc=b, aliases=a) for i, n, k, b, a in ACTORS
    ]
    docs = {"nl": NL_DOC, "en": EN_DOC}
    rels = [
        Relation(
            source=s,
            type=t,
            target=o,
            provenance=[
                Evidence(
                    doc=docs[d].id,
                    text=text,
                    date=docs[d].date,
                    confidence=0.9 if d == "nl" else 0.7,
                )
            ],
        )
        for s, t, o, d, text in RELATIONS
    ]
    return actors, merge_relations(rels), [NL_DOC, EN_DOC]


class PageLog:
    """Everything a page asked for or complained about."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def open_view(context, path: Path):
    """Open a rendered view with all non-file requests blocked; wait until it settles."""
    page = context.new_page()
    log = PageLog(page)

    def block(route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    return page, log


def dom_point(page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    box = page.locator("#ag-network canvas").bounding_box()
    xy = page.evaluate(
        "id => { const n = actorgraphView.network;"
        " return n.canvasToDOM(n.getPositions([id])[id]); }",
        node_id,
    )
    return box["x"] + xy["x"], box["y"] + xy["y"]


def edge_point(page, edge_id: str) -> tuple[float, float]:
    """A point on a drawn (curved) relation where no actor covers it, in page coordinates."""
    box = page.locator("#ag-network canvas").bounding_box()
    xy = page.evaluate(
        """id => {
          const n = actorgraphView.network, e = n.body.edges[id];
          const alone = (p) => [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6]].every(([dx, dy]) => {
            const q = {x: p.x + dx, y: p.y + dy}, hit = n.getEdgeAt(q);
            return n.getNodeAt(q) === undefined && (hit === id || hit === undefined);
          });
          for (let i = 10; i <= 90; i += 5) {
            const t = (i % 2 ? 100 - i : i) / 100;
            const p = n.canvasToDOM(e.edgeType.getPoint(t));
            if (n.getEdgeAt(p) === id && alone(p)) return p;
          }
          return null;
        }""",
        edge_id,
    )
    assert xy is not None, f"relation {edge_id} is hidden under actors everywhere"
    return box["x"] + xy["x"], box["y"] + xy["y"]


def painted_fraction(page) -> float:
    """The share of canvas pixels that are not background."""
    return page.evaluate(
        """() => {
          const c = document.querySelector('#ag-network canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) ink++;
          }
          return ink / (d.length / 4);
        }"""
    )


@pytest.fixture(scope="module")
def browser_context():
    with launch_chromium() as context:
        yield context


@pytest.fixture(scope="module")
def sample_view(tmp_path_factory) -> tuple[Path, list[Actor], list[Relation]]:
    actors, rels, docs = sample_graph()
    path = tmp_path_factory.mktemp("view") / "graph.html"
    render_html(actors, rels, path, title="NATO FMM April 2024", documents=docs)
    return path, actors, rels


def test_view_renders_offline_without_errors(browser_context, sample_view):
    path, actors, rels = sample_view
    page, log = open_view(browser_context, path)
    try:
        assert log.errors == []
        assert [u for u in log.requests if not u.startswith("file://")] == []
        assert log.requests == [path.resolve().as_uri()]
        assert page.locator("#ag-network canvas").count() == 1
        shown = page.evaluate("actorgraphView.shown()")
        connected = {r.source for r in rels} | {r.target for r in rels}
        assert sorted(shown["edges"]) == sorted("|".join(r.key) for r in rels)
        assert sorted(shown["nodes"]) == sorted(a.id for a in actors if a.id in connected)
        total = page.evaluate("actorgraphView.nodes.length")
        assert total == len(actors)
        assert page.evaluate("actorgraphView.network.physics.options.enabled") is False
        assert painted_fraction(page) > 0.01
        summary = page.locator("#ag-summary").inner_text()
        assert f"{len(rels)} of {len(rels)} relations" in summary
        legend = page.locator("#ag-types").inner_text()
        assert "PARTNERS_WITH" in legend and "THREATENS" in legend
        page.screenshot(path=str(SHOT))
    finally:
        page.close()


def test_view_layout_is_spread_out(browser_context, sample_view):
    """After the layout settles, actors do not sit on top of each other."""
    path, _, _ = sample_view
    page, _ = open_view(browser_context, path)
    try:
        pos = page.evaluate("actorgraphView.network.getPositions()")
        pts = list(pos.values())
        close = 0
        for i, a in enumerate(pts):
            for b in pts[i + 1 :]:
                if ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5 < 30:
                    close += 1
        assert close == 0
    finally:
        page.close()


def test_hover_and_click_show_tooltip_and_evidence(browser_context, sample_view):
    path, _, rels = sample_view
    page, log = open_view(browser_context, path)
    try:
        x, y = dom_point(page, "NLD")
        page.mouse.move(x - 40, y - 40)
        page.mouse.move(x, y, steps=4)
        tip = page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        text = tip.inner_text()
        assert "Netherlands" in text and "state" in text and "NATO ally" in text
        assert "nl: Nederland" in text

        page.mouse.click(x, y)
        details = page.locator("#ag-details-body").inner_text()
        assert "Netherlands" in details
        assert "SUPPORTS" in details and "Ukraine" in details
        # the clicked actor's neighbourhood stays, the rest fades
        opacity = page.evaluate(
            "ids => ids.map(id => actorgraphView.nodes.get(id).opacity)", ["NLD", "UKR", "G7"]
        )
        assert opacity == [1, 1, 0.18]
        page.keyboard.press("Escape")
        assert page.evaluate("actorgraphView.nodes.get('G7').opacity") == 1

        eid = "RUS|THREATENS|UKR"
        ex, ey = edge_point(page, eid)
        page.mouse.move(ex + 30, ey + 30)
        page.mouse.move(ex, ey, steps=4)
        page.wait_for_function(
            "() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.innerText.includes('THREATENS'); }",
            timeout=5_000,
        )
        text = tip.inner_text()
        assert "Russia → THREATENS → Ukraine" in text
        assert "Russische agressie" in text
        assert "Verslag van de NAVO Foreign Ministers Meeting" in text and "2024-04-04" in text

        page.mouse.click(ex, ey)
        details = page.locator("#ag-details-body").inner_text()
        assert "Russische agressie" in details and "confidence 0.90" in details
        assert log.errors == []
    finally:
        page.close()


def test_filters_hide_types_and_blocs(browser_context, sample_view):
    path, actors, rels = sample_view
    page, _ = open_view(browser_context, path)
    try:
        n_threat = sum(1 for r in rels if r.type.value == "THREATENS")
        page.locator("#ag-types input[value='THREATENS']").uncheck()
        shown = page.evaluate("actorgraphView.shown()")
        assert len(shown["edges"]) == len(rels) - n_threat
        assert not any("|THREATENS|" in e for e in shown["edges"])

        page.locator("#ag-blocs input[value='russia_and_supporters']").uncheck()
        shown = page.evaluate("actorgraphView.shown()")
        russia = {a.id for a in actors if a.bloc.value == "russia_and_supporters"}
        assert not russia & set(shown["nodes"])
        assert not any(e.split("|")[0] in russia or e.split("|")[2] in russia
                       for e in shown["edges"])

        page.locator("button[data-all='ag-types']").click()
        page.locator("button[data-all='ag-blocs']").click()
        page.locator("#ag-conf").fill("0.8")
        shown = page.evaluate("actorgraphView.shown()")
        assert sorted(shown["edges"]) == sorted(
            "|".join(r.key) for r in rels if r.confidence >= 0.8
        )
        page.locator("#ag-find").fill("Noord-Korea")
        page.locator("#ag-find").press("Enter")
        assert "North Korea" in page.locator("#ag-details-body").inner_text()
        assert page.evaluate("actorgraphView.network.getSelectedNodes()") == ["PRK"]
    finally:
        page.close()


PAYLOADS = [
    "<script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=2;alert(2)\">",
    "<a href=\"javascript:window.__pwned=3;alert(3)\">click</a>",
    "</script><script>window.__pwned=4</script><!--",
    "\u2028<svg onload=alert(5)>",
]


def test_injected_markup_stays_text(browser_context, tmp_path):
    evil_title = PAYLOADS[0] + " & " + PAYLOADS[1]
    actors = [
        Actor(id="EVL", name=PAYLOADS[1], kind="state", bloc="other",
              aliases={"en": [PAYLOADS[0], PAYLOADS[2]]}),
        Actor(id="BAD", name=PAYLOADS[3], kind="group", bloc="russia_and_supporters",
              description=PAYLOADS[4]),
        Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine"),
    ]
    doc = Document(id="deadbeefdeadbeef", title=PAYLOADS[2], date="2024-01-02")
    rels = [
        Relation(source="EVL", type="THREATENS", target="UKR", role=PAYLOADS[4],
                 provenance=[Evidence(doc=doc.id, text=p, date="2024-01-02")
                             for p in PAYLOADS]),
        Relation(source="BAD", type="SUPPORTS", target="EVL",
                 provenance=[Evidence(doc="curated", text=PAYLOADS[1], source=PAYLOADS[0])]),
    ]
    path = render_html(actors, rels, tmp_path / "evil.html", title=evil_title,
                       documents=[doc])
    page, log = open_view(browser_context, path)
    try:
        assert page.locator("#ag-title").inner_text() == evil_title
        assert page.title() == evil_title
        for eid, sel in (("EVL", "node"), ("BAD|SUPPORTS|EVL", "edge"),
                         ("EVL|THREATENS|UKR", "edge")):
            if sel == "node":
                x, y = dom_point(page, eid)
            else:
                x, y = edge_point(page, eid)
            page.mouse.move(x + 25, y + 25)
            page.mouse.move(x, y, steps=4)
            page.wait_for_timeout(400)
            page.mouse.click(x, y)
            page.wait_for_timeout(100)
        details = page.locator("#ag-details-body").inner_text()
        for p in PAYLOADS:
            assert p.strip("\u2028") in details
        page.locator("#ag-find").fill("EVL")
        page.locator("#ag-find").press("Enter")
        details = page.locator("#ag-details-body").inner_text()
        assert PAYLOADS[1] in details and PAYLOADS[2] in details

        assert log.dialogs == []
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0
        assert page.locator("svg[onload], [onerror], a[href^='javascript']").count() == 0
        assert page.locator("script").count() == 3
        assert page.locator("body *").evaluate_all(
            "els => els.filter(e => [...e.attributes].some(a => a.name.startsWith('on')))"
            ".length"
        ) == 0
        assert log.errors == []
        assert [u for u in log.requests if not u.startswith("file://")] == []
    finally:
        page.close()


def test_long_names_get_short_labels(browser_context, tmp_path):
    """Acronyms stand in for long organisation names, other long names wrap; tooltips
    and details keep the full name."""
    actors = [
        Actor(id="NATO", name="North Atlantic Treaty Organization", kind="organisation"),
        Actor(id="josep-borrell", name="Josep Borrell Fontelles, High Representative",
              kind="person"),
        Actor(id="UKR", name="Ukraine", kind="state"),
    ]
    rels = [Relation(source="NATO", type="SUPPORTS", target="UKR"),
            Relation(source="josep-borrell", type="SUPPORTS", target="UKR")]
    path = render_html(actors, rels, tmp_path / "long.html")
    page, log = open_view(browser_context, path)
    try:
        labels = page.evaluate(
            "ids => ids.map(id => actorgraphView.nodes.get(id).label)",
            ["NATO", "josep-borrell", "UKR"],
        )
        assert labels == ["NATO", "Josep Borrell\nFontelles, High\nRepresentative", "Ukraine"]
        x, y = dom_point(page, "NATO")
        page.mouse.click(x, y)
        assert "North Atlantic Treaty Organization" in page.locator("#ag-details-body").inner_text()
        assert log.errors == []
    finally:
        page.close()


def test_empty_graph_renders(browser_context, tmp_path):
    path = render_html([], [], tmp_path / "empty.html", title="nothing yet")
    page, log = open_view(browser_context, path)
    try:
        assert "No actors to show." in page.locator("#ag-network").inner_text()
        assert log.errors == []
    finally:
        page.close()


def test_shipped_page_has_no_external_reference(sample_view):
    """The only URLs in the file are licence notes and the SVG namespace, never a source."""
    text = sample_view[0].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text, re.I)
    assert "@import" not in text
    assert "sourceMappingURL" not in text


# ---------------------------------------------------------------------------------------
# The GraSS style in the real Neo4j Browser served by the local server
# ---------------------------------------------------------------------------------------


@pytest.mark.neo4j
def test_grass_style_applies_in_the_neo4j_browser(browser_context, neo4j_server, neo4j_store,
                                                  tmp_path):
    """Dropping the .grass file on the served Browser restyles actors as the palette says."""
    from urllib.parse import urlsplit

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
    scheme = "neo4j://" if urlsplit(neo4j_server.uri).scheme.startswith("neo4j") else "bolt://"
    page = browser_context.new_page()
    shot = tmp_path / "neo4j-browser-style.png"
    try:
        with screenshot_on_failure(page, shot, "the Browser did not take the style"):
            login_neo4j_browser(page, neo4j_server, scheme)

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

            page.locator(".monaco-editor").first.click()
            page.keyboard.type("MATCH p=(:Actor {id: 'RUS'})-[:THREATENS]->(:Actor) RETURN p")
            page.keyboard.press("Control+Enter")
            page.locator("svg g.node").nth(1).wait_for(timeout=60_000)
            drawn = page.evaluate(
                """() => [...document.querySelectorAll('svg g.node')].map(g => ({
                    text: g.textContent.trim(),
                    fill: g.querySelector('circle.b-outline').getAttribute('fill'),
                    r: g.querySelector('circle.b-outline').getAttribute('r')}))"""
            )
            page.screenshot(path="/tmp/actorgraph-neo4j-browser-style.png")
    finally:
        page.close()
    by_name = {d["text"]: d for d in drawn}
    assert set(by_name) == {"Russia", "NATO"}, drawn
    for a in actors:
        assert by_name[a.name]["fill"].upper() == BLOC_STYLES[a.bloc].color
        assert float(by_name[a.name]["r"]) == KIND_STYLES[a.kind].diameter / 2


@pytest.mark.neo4j
def test_viz_and_export_give_the_same_files_from_both_stores(neo4j_server, neo4j_store,
                                                             tmp_path):
    """``viz`` and ``export`` on Neo4j produce what they produce on the embedded store."""
    import json

    import click
    from click.testing import CliRunner

    from actorgraph.cli.viz_cmds import register
    from actorgraph.graph.model import GraphBatch
    from actorgraph.graph.store import open_store

    actors, rels, docs = sample_graph()
    batch = GraphBatch(actors=actors, relations=rels, documents=docs)
    embedded = str(tmp_path / "graph.lbdb")
    with open_store(embedded, fresh=True) as store:
        store.write(batch)
    neo4j_store.write(batch)

    cli = click.Group("actorgraph")
    register(cli)
    env = {k: v for k, v in neo4j_server.env().items() if k != "NEO4J_URI"}
    outputs = {}
    for name, spec in (("embedded", embedded), ("neo4j", neo4j_server.uri)):
        out = tmp_path / name
        for args in (
            ["viz", "-o", str(out / "g.html"), "--type", "SUPPORTS,THREATENS"],
            ["export", "--format", "csv", "-o", str(out)],
            ["export", "--format", "graphml", "-o", str(out / "g.graphml")],
        ):
            result = CliRunner().invoke(cli, [*args, "--store", spec], env=env)
            assert result.exit_code == 0, (name, args, result.output, result.exception)
        html_text = (out / "g.html").read_text(encoding="utf-8")
        block = re.search(r'id="ag-data">(.*?)</script>', html_text, re.S).group(1)
        data = json.loads(block)
        data.pop("generated")
        outputs[name] = {
            "view": data,
            "actors.csv": (out / "actors.csv").read_text(encoding="utf-8"),
            "relations.csv": (out / "relations.csv").read_text(encoding="utf-8"),
            "graphml": (out / "g.graphml").read_text(encoding="utf-8"),
        }
    assert len(outputs["neo4j"]["view"]["edges"]) == sum(
        r.type.value in {"SUPPORTS", "THREATENS"} for r in rels
    )
    for key in ("view", "actors.csv", "relations.csv", "graphml"):
        assert outputs["neo4j"][key] == outputs["embedded"][key], key
