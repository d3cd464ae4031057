"""GraphML, GEXF and CSV exports: what networkx (Gephi, yEd) and a spreadsheet read back."""

from __future__ import annotations

import csv
import json
from xml.etree import ElementTree

import networkx as nx
import pytest

from actorgraph.graph.model import Actor, Evidence, Relation
from actorgraph.viz.export import ExportError, export_graph
from actorgraph.viz.styles import BLOC_STYLES, RELATION_STYLES, hex_to_rgb

TRICKY = 'comma, "quotes", semicolon; newline\nand Кириллица — </script>'


def graph() -> tuple[list[Actor], list[Relation]]:
    actors = [
        Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally",
              aliases={"nl": ["Nederland"], "en": ["the Netherlands", "Holland"]},
              start="1815", description=TRICKY),
        Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine", aliases={"uk": ["Україна"]}),
        Actor(id="NATO", name="NATO", kind="organisation", bloc="nato_ally",
              aliases={"nl": ["NAVO"]}),
        Actor(id="jens-stoltenberg", name="Jens Stoltenberg", kind="person", bloc="nato_ally"),
        Actor(id="RUS", name="Russia", kind="state", bloc="russia_and_supporters"),
    ]
    rels = [
        Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
            Evidence(doc="0123456789abcdef", text="Nederland steunt Oekraïne", date="2024-04-04",
                     sentence=3, start=10, end=35, rule="steun-aan", confidence=0.8),
            Evidence(doc="fedcba9876543210", text=TRICKY, date="2024-07-11", confidence=0.6),
        ]),
        Relation(source="NLD", type="PARTNERS_WITH", target="UKR",
                 provenance=[Evidence(doc="curated", text="bilaterale veiligheidsarrangementen")]),
        Relation(source="NLD", type="MEMBER_OF", target="NATO", valid_from="1949-04-04"),
        Relation(source="jens-stoltenberg", type="REPRESENTS", target="NATO",
                 role="secretary general", valid_from="2014-10-01", valid_to="2024-10-01"),
        Relation(source="RUS", type="THREATENS", target="UKR", confidence=0.9, count=4),
    ]
    return actors, rels


def edge_set(g) -> set[tuple[str, str, str]]:
    return {(u, d["relation"], v) for u, v, d in g.edges(data=True)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats_round_trip(tmp_path, fmt):
    actors, rels = graph()
    (path,) = export_graph(actors, rels, tmp_path / f"g.{fmt}", fmt)
    g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    assert g.is_directed() and g.is_multigraph()
    assert set(g.nodes) == {a.id for a in actors}
    assert edge_set(g) == {r.key for r in rels}
    assert {k for _, _, k in g.edges(keys=True)} == {"|".join(r.key) for r in rels}
    for a in actors:
        node = g.nodes[a.id]
        assert node["label"] == a.name and node["name"] == a.name
        assert node["kind"] == a.kind.value and node["bloc"] == a.bloc.value
        assert json.loads(node["aliases"]) == a.aliases
    assert g.nodes["NLD"]["start_date"] == "1815"
    assert g.nodes["NLD"]["description"] == TRICKY
    by_key = {k: d for _, _, k, d in g.edges(keys=True, data=True)}
    for r in rels:
        d = by_key["|".join(r.key)]
        assert d["label"] == r.type.value
        assert d["confidence"] == pytest.approx(r.confidence)
        assert int(d["count"]) == r.count
        assert bool(d["symmetric"]) is r.type.symmetric
        prov = [Evidence(**e) for e in json.loads(d["provenance"])]
        assert prov == r.provenance
    sup = by_key["NLD|SUPPORTS|UKR"]
    assert sup["docs"] == "0123456789abcdef; fedcba9876543210"
    assert sup["first_seen"] == "2024-04-04" and sup["last_seen"] == "2024-07-11"
    assert TRICKY in sup["evidence"]
    assert by_key["jens-stoltenberg|REPRESENTS|NATO"]["role"] == "secretary general"


def test_gexf_carries_the_palette_for_gephi(tmp_path):
    actors, rels = graph()
    (path,) = export_graph(actors, rels, tmp_path / "g.gexf", "gexf")
    g = nx.read_gexf(path)
    for a in actors:
        c = g.nodes[a.id]["viz"]["color"]
        assert (c["r"], c["g"], c["b"]) == hex_to_rgb(BLOC_STYLES[a.bloc].color)
    # networkx does not read edge colours back; Gephi does, so check the XML itself
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    edges = ElementTree.parse(path).getroot().findall(".//g:edge", ns)
    assert {e.get("id") for e in edges} == {"|".join(r.key) for r in rels}
    for e in edges:
        c = e.find("viz:color", ns)
        rtype = next(t for t in RELATION_STYLES if t.value == e.get("label"))
        assert (int(c.get("r")), int(c.get("g")), int(c.get("b"))) == hex_to_rgb(
            RELATION_STYLES[rtype].color
        )


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_round_trip_rebuilds_the_models(tmp_path):
    actors, rels = graph()
    paths = export_graph(actors, rels, tmp_path / "out" / "graph.csv", "csv")
    assert [p.name for p in paths] == ["graph-actors.csv", "graph-relations.csv"]
    arows, rrows = read_csv(paths[0]), read_csv(paths[1])
    back_actors = [
        Actor(
            id=r["id"], name=r["name"], kind=r["kind"], bloc=r["bloc"],
            aliases=json.loads(r["aliases"]), country=r["country"] or None,
            start=r["start"] or None, end=r["end"] or None,
            description=r["description"] or None, source=r["source"] or None,
        )
        for r in arows
    ]
    assert back_actors == actors
    assert arows[0]["names"] == "Netherlands; the Netherlands; Holland; Nederland"
    back_rels = [
        Relation(
            source=r["source"], type=r["type"], target=r["target"],
            confidence=float(r["confidence"]), count=int(r["count"]),
            first_seen=r["first_seen"] or None, last_seen=r["last_seen"] or None,
            valid_from=r["valid_from"] or None, valid_to=r["valid_to"] or None,
            role=r["role"] or None,
            provenance=[Evidence(**e) for e in json.loads(r["provenance"])],
        )
        for r in rrows
    ]
    assert back_rels == rels
    assert rrows[0]["evidence"] == "Nederland steunt Oekraïne | " + TRICKY


def test_csv_into_a_folder(tmp_path):
    actors, rels = graph()
    paths = export_graph(actors, rels, tmp_path / "export", "csv")
    assert paths == [tmp_path / "export" / "actors.csv", tmp_path / "export" / "relations.csv"]
    assert len(read_csv(paths[1])) == len(rels)
    (tmp_path / "existing.d").mkdir()
    paths = export_graph(actors, rels, tmp_path / "existing.d", "CSV")
    assert paths[0] == tmp_path / "existing.d" / "actors.csv"


def test_relation_to_an_unknown_actor_gets_a_bare_node(tmp_path):
    actors, rels = graph()
    (path,) = export_graph(actors[:1], rels[:1], tmp_path / "g.graphml", "graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.nodes["UKR"]["missing"] is True and g.nodes["UKR"]["label"] == "UKR"


def test_bad_format_and_path_are_clear_errors(tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'dot'; use one of: graphml"):
        export_graph([], [], tmp_path / "g.dot", "dot")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for fmt in ("graphml", "gexf", "csv"):
        with pytest.raises(ExportError) as err:
            export_graph([], [], blocker / f"g.{fmt}", fmt)
        assert str(blocker) in str(err.value) and "-o" in str(err.value)


# --- issue 12 item 10: what XML cannot carry, and no partial files -------------------


def _hostile_graph():
    from actorgraph.graph.model import Actor, Evidence, Relation

    actors = [Actor(id="IRN", name="Iran\x07\x00Oil\x1b[31m", kind="state",
                    description="bad \ufffe char"),
              Actor(id="RUS", name="Rus\x01sia", kind="state")]
    rels = [Relation(source="IRN", type="SUPPORTS", target="RUS",
                     provenance=[Evidence(doc="d\x0b1", text="steun\x0c aan \x1fRusland")])]
    return actors, rels


def test_xml_exports_escape_what_xml_cannot_carry(tmp_path):
    import xml.etree.ElementTree as ET

    import networkx as nx

    from actorgraph.viz.export import export_graph

    actors, rels = _hostile_graph()
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        export_graph(actors, rels, out, fmt)
        ET.parse(out)  # well-formed XML
        g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        names = {d.get("name", d.get("label")) for _, d in g.nodes(data=True)}
        assert "Iran\\u0007\\u0000Oil\\u001b[31m" in names
        assert "Rus\\u0001sia" in names
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_export_leaves_no_partial_file(tmp_path, monkeypatch):
    import networkx as nx
    import pytest

    from actorgraph.viz.export import export_graph

    actors, rels = _hostile_graph()
    out = tmp_path / "g.graphml"
    out.write_text("the old export", encoding="utf-8")

    def boom(graph, path, **kw):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("<graphml><half")
        raise RuntimeError("disk fell off")

    monkeypatch.setattr(nx, "write_graphml", boom)
    with pytest.raises(RuntimeError):
        export_graph(actors, rels, out, "graphml")
    assert out.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml"]


def test_export_cli_with_a_control_character_exits_0_with_valid_xml(tmp_path):
    import xml.etree.ElementTree as ET

    import click
    from click.testing import CliRunner

    from actorgraph.cli.viz_cmds import register
    from actorgraph.graph.model import GraphBatch
    from actorgraph.graph.store import open_store

    actors, rels = _hostile_graph()
    store = str(tmp_path / "s.lbdb")
    with open_store(store, fresh=True) as st:
        st.write(GraphBatch(actors=actors, relations=rels))
    cli = click.Group()
    register(cli)
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"cli.{fmt}"
        result = CliRunner().invoke(cli, ["export", "--store", store, "--format", fmt,
                                          "-o", str(out)])
        assert result.exit_code == 0, result.output
        ET.parse(out)
