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
    from tests.e2e.browser import launch_chromium
except ImportError:  # tests/ is not a package: pytest puts this folder on sys.path
    from browser import launch_chromium

pytestmark = pytest.mark.browser
#: the suite's second Neo4j server (tests/neo4j_servers.py): these tests run beside the rest
NEO4J_SERVER = "b"

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


def open_view(context, path: Path, fragment: str = ""):
    """Open a rendered view with all non-file requests blocked; wait until it is ready."""
    page = context.new_page()
    log = PageLog(page)

    def block(route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block)
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    return page, log


def dom_point(page, node_id: str) -> tuple[float, float]:
    """Where an actor is drawn, in page coordinates (any renderer)."""
    xy = page.evaluate("id => actorgraphView.nodeScreen(id)", node_id)
    return xy["x"], xy["y"]


def hover_edge(page, edge_id: str, headline: str) -> str:
    """Move the mouse along a relation until its tooltip shows; return the tooltip text."""
    tip = page.locator("#ag-tooltip")
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8):
        xy = page.evaluate("([id, t]) => actorgraphView.edgeScreen(id, t)", [edge_id, t])
        page.mouse.move(xy["x"] + 20, xy["y"] + 20)
        page.mouse.move(xy["x"], xy["y"], steps=3)
        page.wait_for_timeout(150)
        if tip.is_visible() and headline in tip.inner_text():
            return tip.inner_text()
    raise AssertionError(f"no tooltip for {edge_id} anywhere along it")


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


def png_facts(page, url: str) -> dict:
    """Width, height and share of non-white pixels of a PNG data URL, read by the browser."""
    return page.evaluate(
        """url => new Promise(done => { const img = new Image(); img.onload = () => {
             const c = document.createElement('canvas');
             c.width = img.width; c.height = img.height;
             const g = c.getContext('2d'); g.drawImage(img, 0, 0);
             const d = g.getImageData(0, 0, c.width, c.height).data; let ink = 0;
             for (let i = 0; i < d.length; i += 4)
               if (d[i] < 240 || d[i+1] < 240 || d[i+2] < 240) ink++;
             done({width: img.width, height: img.height, ink: ink / (d.length / 4)}); };
           img.src = url; })""",
        url,
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


EVIL_TEXT = "<img src=x onerror=\"window.__pwned=1\"> & </script><b>bold</b>"


def large_graph(n: int = 2500) -> tuple[list[Actor], list[Relation], list[Document]]:
    """A synthetic graph big enough for the canvas renderer, with one hostile relation."""
    from actorgraph.viz.synthetic import synthetic_graph

    actors, rels, docs = synthetic_graph(n)
    actors.append(Actor(id="EVL", name="Evil <b>actor</b>", kind="group", bloc="other"))
    rels.append(Relation(source="EVL", type="THREATENS", target=actors[0].id,
                         first_seen="2020-01-01",
                         provenance=[Evidence(doc=docs[0].id, text=EVIL_TEXT,
                                              date="2020-01-01")]))
    return actors, rels, docs


@pytest.fixture(scope="module", params=["small", "large"])
def sized_view(request, tmp_path_factory):
    """The same checks at two sizes: 25 real actors (vis-network) and 2,501 (canvas)."""
    if request.param == "small":
        actors, rels, docs = sample_graph()
        rels.append(Relation(source="RUS", type="OPPOSES", target="UKR", first_seen="2014-02",
                             provenance=[Evidence(doc=NL_DOC.id, text=EVIL_TEXT,
                                                  date="2014-02-20")]))
        evil = ("RUS|OPPOSES|UKR", "Russia → OPPOSES → Ukraine", "RUS")
    else:
        actors, rels, docs = large_graph()
        evil = (f"EVL|THREATENS|{actors[0].id}", "Evil <b>actor</b> → THREATENS", "EVL")
    path = tmp_path_factory.mktemp(f"view-{request.param}") / "graph.html"
    render_html(actors, rels, path, title=f"{request.param} view", documents=docs)
    return request.param, path, actors, rels, evil


def _spans(rels):
    from actorgraph.viz.viewdata import relation_span

    return {"|".join(r.key): relation_span(r) for r in rels}


def test_view_at_two_sizes(browser_context, sized_view):
    """Offline and error-free; legend; type filter, date range, search, tooltip with
    escaped evidence, PNG export and URL state, at 25 and at 2,501 actors."""
    size, path, actors, rels, (evil_edge, evil_head, evil_actor) = sized_view
    page, log = open_view(browser_context, path)
    try:
        expected = "vis" if size == "small" else "canvas"
        assert page.evaluate("actorgraphView.renderer") == expected
        assert log.errors == [] and log.requests == [path.resolve().as_uri()]
        assert painted_fraction(page) > 0.01
        legend = page.locator("#ag-types").inner_text()
        assert all(t in legend for t in ("SUPPORTS", "THREATENS", "PARTNERS_WITH", "MEMBER_OF"))
        assert "Russia and its supporters" in page.locator("#ag-blocs").inner_text()
        assert "organisation" in page.locator("#ag-kinds").inner_text()
        everything = set(page.evaluate("actorgraphView.shown()")["edges"])
        assert everything == {"|".join(r.key) for r in rels}

        # a type filter hides exactly the relations of that type
        page.locator("#ag-types input[value='THREATENS']").uncheck()
        shown = set(page.evaluate("actorgraphView.shown()")["edges"])
        assert shown == {e for e in everything if "|THREATENS|" not in e}
        n_threat = sum(1 for e in everything if "|THREATENS|" in e)
        assert f"0 / {n_threat}" in page.locator("#ag-types").inner_text()
        page.locator("#ag-types input[value='THREATENS']").check()

        # the date range hides relations that end before it starts
        spans = _spans(rels)
        cut = "2024-05-01" if size == "small" else "2020-06-01"
        from actorgraph.viz.viewdata import day_number

        day = day_number(cut)
        page.evaluate("d => { const r = document.getElementById('ag-from'); r.value = d;"
                      " r.dispatchEvent(new Event('input')); }", day)
        shown = set(page.evaluate("actorgraphView.shown()")["edges"])
        want = {k for k, (t0, t1, _) in spans.items() if t0 is None or t1 >= day}
        assert shown == want and 0 < len(shown) < len(everything)
        assert f"from={cut}" in page.evaluate("location.hash")
        # as of a date: only what held then
        page.locator("#ag-asof-on").check()
        asof = set(page.evaluate("actorgraphView.shown()")["edges"])
        assert asof == {k for k, (t0, t1, until) in spans.items()
                        if t0 is None or (t0 <= day and (until is None or day <= until))}
        page.locator("#ag-asof-on").uncheck()
        page.evaluate("() => { const r = document.getElementById('ag-from'); r.value = r.min;"
                      " r.dispatchEvent(new Event('input')); }")
        assert set(page.evaluate("actorgraphView.shown()")["edges"]) == everything

        # the URL fragment restores the view in a fresh page
        page.locator("#ag-blocs input[value='eu']").uncheck()
        page.locator("#ag-find").fill(evil_actor)
        page.locator("#ag-find").press("Enter")
        state = page.evaluate("location.hash")
        before = page.evaluate("actorgraphView.shown()")
        other, log2 = open_view(browser_context, path, fragment=state)
        try:
            assert other.evaluate("actorgraphView.shown()") == before
            assert other.evaluate("actorgraphView.state.sel") == evil_actor
            assert other.locator("#ag-blocs input[value='eu']").is_checked() is False
            assert log2.errors == []
        finally:
            other.close()

        # search focused the actor: details, emphasis, centred on screen
        assert page.evaluate("actorgraphView.state.sel") == evil_actor
        focus = page.evaluate("actorgraphView.emphasized()")
        assert evil_actor in focus["nodes"] and evil_edge in focus["edges"]
        x, y = dom_point(page, evil_actor)
        box = page.locator("#ag-network").bounding_box()
        page.wait_for_timeout(500)
        x, y = dom_point(page, evil_actor)
        assert abs(x - (box["x"] + box["width"] / 2)) < box["width"] * 0.2
        assert abs(y - (box["y"] + box["height"] / 2)) < box["height"] * 0.2

        # the tooltip shows hostile evidence as text
        text = hover_edge(page, evil_edge, evil_head)
        assert EVIL_TEXT in text
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#ag-tooltip img, #ag-tooltip b, #ag-details-body b").count() == 0

        # PNG (and SVG) export of the current view
        url = page.evaluate("actorgraphView.png()")
        assert url.startswith("data:image/png;base64,")
        import base64

        assert base64.b64decode(url.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
        facts = png_facts(page, url)
        assert facts["width"] > 300 and facts["height"] > 200 and facts["ink"] > 0.005
        svg = page.evaluate("actorgraphView.svg()")
        assert svg.startswith("<?xml") and "<svg" in svg and "<b>" not in svg
        assert log.errors == [] and log.dialogs == []
        assert [u for u in log.requests if not u.startswith("file://")] == []
    finally:
        page.close()


def test_view_renders_offline_without_errors(browser_context, sample_view):
    path, actors, rels = sample_view
    page, log = open_view(browser_context, path)
    try:
        assert log.errors == []
        assert log.requests == [path.resolve().as_uri()]
        shown = page.evaluate("actorgraphView.shown()")
        connected = {r.source for r in rels} | {r.target for r in rels}
        assert sorted(shown["edges"]) == sorted("|".join(r.key) for r in rels)
        assert sorted(shown["nodes"]) == sorted(a.id for a in actors if a.id in connected)
        assert page.evaluate("actorgraphView.R.network.physics.options.enabled") is False
        assert painted_fraction(page) > 0.01
        summary = page.locator("#ag-summary").inner_text()
        assert f"{len(rels)} of {len(rels)} relations" in summary
        page.screenshot(path=str(SHOT))
    finally:
        page.close()


def test_no_pile_up_when_hidden_actors_come_back(browser_context, tmp_path):
    """Every actor has its own place from the start: unticking "hide actors without a
    shown relation" shows the isolated ones where the layout put them, nothing moves."""
    actors, rels, docs = sample_graph()
    lonely = [Actor(id=f"L{i}", name=f"Lonely {i}", kind="state", bloc="other")
              for i in range(12)]
    path = render_html(actors + lonely, rels, tmp_path / "lonely.html", documents=docs)
    page, _ = open_view(browser_context, path)
    try:
        assert "L0" not in page.evaluate("actorgraphView.shown()")["nodes"]
        before = page.evaluate("actorgraphView.R.network.getPositions()")
        page.locator("#ag-isolated").uncheck()
        assert {f"L{i}" for i in range(12)} <= set(page.evaluate("actorgraphView.shown()")["nodes"])
        after = page.evaluate("actorgraphView.R.network.getPositions()")
        assert len(after) == len(before) + 12
        assert all(after[k] == v for k, v in before.items())  # nothing moved
        pts = list(after.values())
        close = sum(1 for i, a in enumerate(pts) for b in pts[i + 1:]
                    if ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5 < 30)
        assert close == 0
    finally:
        page.close()


def test_click_dims_the_rest_entirely(browser_context, sample_view):
    path, _, _ = sample_view
    page, log = open_view(browser_context, path)
    try:
        x, y = dom_point(page, "NLD")
        page.mouse.move(x - 40, y - 40)
        page.mouse.move(x, y, steps=4)
        tip = page.locator("#ag-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        text = tip.inner_text()
        assert "Netherlands" in text and "state" in text and "NATO ally" in text
        assert "nl: Nederland" in text
        page.mouse.click(x, y)
        details = page.locator("#ag-details-body").inner_text()
        assert "Netherlands" in details and "SUPPORTS" in details and "Ukraine" in details
        assert "timeline" in details.lower()
        items = page.evaluate(
            """ids => ids.map(id => {
                 const n = actorgraphView.R.nodes.get(actorgraphView.index(id));
                 return [n.opacity, n.font.color]; })""", ["NLD", "UKR", "G7", "RUS"])
        assert items[0] == [1, "#1b1f24"] and items[1] == [1, "#1b1f24"]
        assert items[3][0] == 0.15 and items[3][1].endswith("0.12)")  # label dims too
        page.keyboard.press("Escape")
        assert page.evaluate("actorgraphView.emphasized()") is None
        text = hover_edge(page, "RUS|THREATENS|UKR", "Russia → THREATENS → Ukraine")
        assert "Russische agressie" in text
        assert "Verslag van de NAVO Foreign Ministers Meeting" in text and "2024-04-04" in text
        assert log.errors == []
    finally:
        page.close()


def test_focus_and_path(browser_context, sample_view):
    path, _, _ = sample_view
    page, log = open_view(browser_context, path)
    try:
        page.locator("#ag-focus").fill("Iran")
        page.locator("#ag-depth").select_option("1")
        page.locator("#ag-focus-go").click()
        shown = page.evaluate("actorgraphView.shown()")
        assert sorted(shown["nodes"]) == ["IRN", "NATO", "RUS"]
        assert "focus=IRN" in page.evaluate("location.hash")
        page.locator("#ag-focus-clear").click()
        page.locator("#ag-path-a").fill("Noord-Korea")
        page.locator("#ag-path-b").fill("Sweden")
        page.locator("#ag-path-go").click()
        em = page.evaluate("actorgraphView.emphasized()")
        assert "PRK" in em["nodes"] and "SWE" in em["nodes"]
        assert len(em["edges"]) == 2  # PRK - NATO - SWE
        assert "path" in page.locator("#ag-status").inner_text()
        page.locator("#ag-size").select_option("evidence")
        assert "size=evidence" in page.evaluate("location.hash")
        assert log.errors == []
    finally:
        page.close()


def test_origin_filter(browser_context, tmp_path):
    """Relations from documents, curated files and event data can be shown apart."""
    actors, rels, docs = sample_graph()
    mixed = []
    for k, r in enumerate(rels):
        origin = ("document", "curated", "icews")[k % 3]
        mixed.append(Relation.model_validate({**r.model_dump(), "provenance": [
            {**e.model_dump(), "origin": origin} for e in r.provenance]}))
    path = render_html(actors, mixed, tmp_path / "origins.html", documents=docs)
    page, log = open_view(browser_context, path)
    try:
        legend = page.locator("#ag-origins").inner_text()
        assert "document" in legend and "curated" in legend and "icews" in legend
        page.locator("#ag-origins input[value='icews']").uncheck()
        shown = set(page.evaluate("actorgraphView.shown()")["edges"])
        want = {"|".join(r.key) for r in mixed
                if any(o.value != "icews" for o in r.origins)}
        assert shown == want and len(shown) < len(mixed)
        assert "origins=curated%2Cdocument" in page.evaluate("location.hash")
        assert log.errors == []
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
        x, y = dom_point(page, "EVL")
        page.mouse.click(x, y)
        page.evaluate("actorgraphView.select('EVL')")
        page.locator("#ag-details-body button.ag-rel").first.click()
        details = page.locator("#ag-details-body").inner_text()
        for p in PAYLOADS:
            assert p.strip("\u2028") in details
        svg = page.evaluate("actorgraphView.svg()")
        assert "<script" not in svg and "<img" not in svg
        assert log.dialogs == []
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0
        assert page.locator("svg[onload], [onerror], a[href^='javascript']").count() == 0
        assert page.locator("script").count() == 5
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
        labels = page.evaluate("actorgraphView.look.label")
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


def test_viz_draws_png_and_svg_pictures_in_headless_chromium(tmp_path):
    """`actorgraph viz --format png|svg`: the page itself draws the picture (run as a
    separate process: Playwright's sync API cannot nest in this module's browser)."""
    import os
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    try:
        from tests.e2e.browser import chromium_path
    except ImportError:
        from browser import chromium_path
    from actorgraph.graph.model import GraphBatch
    from actorgraph.graph.store import open_store

    env = {**os.environ, "ACTORGRAPH_CHROMIUM": chromium_path()}
    actors, rels, docs = sample_graph()
    store = str(tmp_path / "g.lbdb")
    with open_store(store, fresh=True) as st:
        st.write(GraphBatch(actors=actors, relations=rels, documents=docs))

    def viz(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "actorgraph", "viz", "--store", store, *args],
                              capture_output=True, text=True, env=env, timeout=300)

    png = tmp_path / "out" / "view.png"
    result = viz("-o", str(png), "--focus", "RUS", "--depth", "1")
    assert result.returncode == 0, result.stderr
    assert "a PNG picture of the view" in result.stdout
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width > 300 and height > 200
    svg = tmp_path / "view.out"
    result = viz("-o", str(svg), "--format", "svg", "--type", "THREATENS")
    assert result.returncode == 0, result.stderr
    root = ET.parse(svg).getroot()
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert "Russia THREATENS Ukraine" in titles
    assert not any(t and "SUPPORTS" in t for t in titles)


def test_sigma_renderer_on_request(browser_context, tmp_path):
    """`--renderer sigma` (WebGL; software-rendered here) draws, filters and searches."""
    actors, rels, docs = sample_graph()
    path = render_html(actors, rels, tmp_path / "sigma.html", documents=docs, renderer="sigma")
    page, log = open_view(browser_context, path)
    try:
        assert page.evaluate("actorgraphView.renderer") == "sigma"
        page.locator("#ag-types input[value='SUPPORTS']").uncheck()
        shown = set(page.evaluate("actorgraphView.shown()")["edges"])
        assert shown == {"|".join(r.key) for r in rels if r.type.value != "SUPPORTS"}
        page.locator("#ag-find").fill("Rusland")
        page.locator("#ag-find").press("Enter")
        assert page.evaluate("actorgraphView.state.sel") == "RUS"
        assert "Russia" in page.locator("#ag-details-body").inner_text()
        assert log.errors == []
        assert [u for u in log.requests if not u.startswith("file://")] == []
    finally:
        page.close()
