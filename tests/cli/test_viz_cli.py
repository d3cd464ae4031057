"""``viz``, ``export`` and ``browser-style`` on a real embedded store, and graph selection."""

from __future__ import annotations

import json
import re

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from actorgraph.errors import SchemaError
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Relation
from actorgraph.graph.store import open_store
from actorgraph.viz.selection import select_graph
from actorgraph.viz.styles import grass_path, grass_text

from actorgraph.cli.viz_cmds import register  # isort: skip

DOC = Document(id="0123456789abcdef", title="Verslag FMM april 2024", date="2024-04-04")
ACTORS = [
    Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
    Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine"),
    Actor(id="RUS", name="Russia", kind="state", bloc="russia_and_supporters"),
    Actor(id="IRN", name="Iran", kind="state", bloc="russia_and_supporters"),
    Actor(id="NATO", name="NATO", kind="organisation", bloc="nato_ally"),
    Actor(id="G7", name="G7", kind="organisation"),
]
RELATIONS = [
    Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[
        Evidence(doc=DOC.id, text="Nederland steunt Oekraïne", date="2024-04-04",
                 confidence=0.9)]),
    Relation(source="IRN", type="SUPPORTS", target="RUS", provenance=[
        Evidence(doc=DOC.id, text="steun van Iran aan Rusland", date="2024-04-04",
                 confidence=0.6)]),
    Relation(source="RUS", type="THREATENS", target="UKR", provenance=[
        Evidence(doc=DOC.id, text="de Russische agressie", date="2024-04-04")]),
    Relation(source="NLD", type="MEMBER_OF", target="NATO"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "graph.lbdb")
    with open_store(path, fresh=True) as store:
        store.write(GraphBatch(actors=ACTORS, relations=RELATIONS, documents=[DOC]))
    return path


@pytest.fixture()
def cli() -> click.Group:
    group = click.Group("actorgraph")
    register(group)
    return group


def run(cli, *args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=True)


def embedded_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', text, re.S)
    return json.loads(block.group(1))


def test_viz_writes_the_whole_graph(cli, store_path, tmp_path):
    out = tmp_path / "g.html"
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--title", "FMM")
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote {out}: 6 actors, 4 relations; open it in a browser (it needs no network)\n"
    )
    data = embedded_data(out)
    assert data["title"] == "FMM"
    assert sorted(n["id"] for n in data["nodes"]) == sorted(a.id for a in ACTORS)
    sup = next(e for e in data["edges"] if e["id"] == "NLD|SUPPORTS|UKR")
    assert data["docs"][sup["evidence"][0]["doc"]]["title"] == "Verslag FMM april 2024"


def test_viz_filters_and_reads_the_store_variable(cli, store_path, tmp_path):
    out = tmp_path / "f.html"
    result = run(cli, "viz", "-o", str(out), "--type", "supports,threatens",
                 "--min-confidence", "0.7", env={"ACTORGRAPH_STORE": store_path})
    assert result.exit_code == 0, result.output
    data = embedded_data(out)
    assert sorted(e["id"] for e in data["edges"]) == ["NLD|SUPPORTS|UKR", "RUS|THREATENS|UKR"]
    assert sorted(n["id"] for n in data["nodes"]) == ["NLD", "RUS", "UKR"]

    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--bloc", "russia")
    assert "3 actors, 2 relations" in result.output
    assert sorted(n["id"] for n in embedded_data(out)["nodes"]) == ["IRN", "RUS", "UKR"]


def test_viz_rejects_an_unknown_type_with_the_known_ones(cli, store_path, tmp_path):
    result = run(cli, "viz", "--store", store_path, "-o", str(tmp_path / "x.html"),
                 "--type", "ALLY_OF")
    assert result.exit_code == SchemaError.exit_code == 2
    assert result.output == (
        "Error: unknown relation type 'ALLY_OF'; known: SUPPORTS, THREATENS, PARTNERS_WITH, "
        "MEMBER_OF, OPPOSES, ASPIRES_TO_JOIN, REPRESENTS\n"
    )
    assert not (tmp_path / "x.html").exists()
    result = run(cli, "viz", "--store", store_path, "--min-confidence", "2")
    assert result.exit_code == 2 and "0.0<=x<=1.0" in result.output


def test_export_to_an_unwritable_place_is_one_line(cli, store_path, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(cli, "export", "--store", store_path, "-o", str(blocker / "g.graphml"))
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {blocker}: cannot write the graphml export there, it is a file, not a "
        "folder; choose another path with -o\n"
    )
    assert len(result.output.splitlines()) == 1


def test_commands_are_part_of_the_actorgraph_cli(store_path, tmp_path):
    from actorgraph.cli.main import cli as main_cli

    assert {"viz", "export", "browser-style"} <= set(main_cli.load_all())
    out = tmp_path / "main.html"
    result = run(main_cli, "viz", "--store", store_path, "-o", str(out), "--bloc", "ukraine")
    assert result.exit_code == 0, result.output
    assert "3 actors, 2 relations" in result.output
    result = run(main_cli, "viz", "--store", store_path, "--bloc", "asia")
    assert result.exit_code == 2
    assert result.output.startswith("Error: unknown bloc 'asia'; known: nato_ally")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph_formats(cli, store_path, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    result = run(cli, "export", "--store", store_path, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 6 actors, 4 relations\n"
    g = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    assert {(u, d["relation"], v) for u, v, d in g.edges(data=True)} == {
        r.key for r in RELATIONS
    }


def test_export_csv_with_a_filter(cli, store_path, tmp_path):
    out = tmp_path / "csv"
    result = run(cli, "export", "--store", store_path, "--format", "CSV", "-o", str(out),
                 "--type", "SUPPORTS")
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote {out / 'actors.csv'}, {out / 'relations.csv'}: 4 actors, 2 relations\n"
    )
    lines = (out / "relations.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("source,type,target,confidence")
    assert len(lines) == 3


def test_browser_style_prints_the_grass(cli):
    result = run(cli, "browser-style")
    assert result.exit_code == 0
    assert result.output == grass_text() == grass_path().read_text(encoding="utf-8")
    result = run(cli, "browser-style", "--path")
    assert result.output.strip() == str(grass_path())


def test_select_graph_semantics():
    actors, rels = select_graph(ACTORS, RELATIONS)
    assert actors == ACTORS and rels == RELATIONS  # no filter keeps isolated G7
    actors, rels = select_graph(ACTORS, RELATIONS, blocs=["russia_and_supporters"])
    assert [a.id for a in actors] == ["UKR", "RUS", "IRN"]
    assert [r.key for r in rels] == [("IRN", "SUPPORTS", "RUS"), ("RUS", "THREATENS", "UKR")]
    actors, rels = select_graph(ACTORS, RELATIONS, blocs=["other"])
    assert [a.id for a in actors] == ["G7"] and rels == []
    actors, rels = select_graph(ACTORS, RELATIONS, types=["MEMBER_OF"])
    assert [a.id for a in actors] == ["NLD", "NATO"]
    actors, rels = select_graph(ACTORS, RELATIONS, min_confidence=0.95)
    assert [r.key for r in rels] == [("RUS", "THREATENS", "UKR"), ("NLD", "MEMBER_OF", "NATO")]
    with pytest.raises(SchemaError, match="unknown bloc 'asia'"):
        select_graph(ACTORS, RELATIONS, blocs=["asia"])
    with pytest.raises(SchemaError, match="out of range"):
        select_graph(ACTORS, RELATIONS, min_confidence=1.5)


def test_viz_suggests_filters_for_a_large_view(cli, store_path, tmp_path, monkeypatch):
    import actorgraph.viz.html as html_module

    monkeypatch.setattr(html_module, "LARGE_VIEW", (5, 100))
    result = CliRunner().invoke(cli, ["viz", "--store", store_path, "-o", str(tmp_path / "a.html")])
    assert result.exit_code == 0
    assert "narrow it with --type, --bloc, --focus or --as-of" in result.stderr
    result = CliRunner().invoke(cli, ["viz", "--store", store_path, "-o", str(tmp_path / "b.html"),
                                      "--type", "SUPPORTS"])
    assert result.stderr == ""


def test_viz_focus_depth_and_as_of(cli, store_path, tmp_path):
    out = tmp_path / "f.html"
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--focus", "Iran",
                 "--depth", "1")
    assert result.exit_code == 0, result.output
    data = embedded_data(out)
    assert sorted(n["id"] for n in data["nodes"]) == ["IRN", "RUS"]
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--focus", "IRN",
                 "--depth", "2")
    assert sorted(n["id"] for n in embedded_data(out)["nodes"]) == ["IRN", "RUS", "UKR"]
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--focus", "Atlantis")
    assert result.exit_code != 0 and "no actor 'Atlantis'" in result.output + result.stderr
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--as-of", "yesterday")
    assert result.exit_code != 0 and "not a date" in result.output + result.stderr


def test_viz_shows_a_named_query(cli, store_path, tmp_path):
    out = tmp_path / "q.html"
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--query", "supporters-of",
                 "-p", "target=RUS")
    assert result.exit_code == 0, result.output
    data = embedded_data(out)
    assert sorted(n["id"] for n in data["nodes"]) == ["IRN", "RUS"]
    assert [e["id"] for e in data["edges"]] == ["IRN|SUPPORTS|RUS"]
    result = run(cli, "viz", "--store", store_path, "-o", str(out), "--query", "supporters-of",
                 "-p", "target")
    assert result.exit_code != 0


def test_viz_sizes_by_what_analyze_wrote(cli, tmp_path):
    from actorgraph.queries.analysis import analyze

    path = str(tmp_path / "analysed.lbdb")
    with open_store(path, fresh=True) as store:
        store.write(GraphBatch(actors=ACTORS, relations=RELATIONS, documents=[DOC]))
    before = tmp_path / "before.html"
    assert run(cli, "viz", "--store", path, "-o", str(before)).exit_code == 0
    assert "pagerank" not in embedded_data(before)["metrics"]  # nothing written yet

    with open_store(path) as store:
        analyze(store, as_of="2024-12-31", write=True)
        stored = dict(store.query("MATCH (a:Actor) RETURN a.id, a.pagerank").rows)
    after = tmp_path / "after.html"
    assert run(cli, "viz", "--store", path, "-o", str(after)).exit_code == 0
    data = embedded_data(after)
    assert {"pagerank", "betweenness", "in_strength"} <= set(data["metrics"])
    shown = dict(zip((n["id"] for n in data["nodes"]), data["metrics"]["pagerank"]))
    assert shown == pytest.approx(stored) and len(set(shown.values())) > 1
