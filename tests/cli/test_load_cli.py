"""`actorgraph load`: idempotent loads, and one clear error per kind of bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.demo import founding_files
from actorgraph.graph.embedded_store import EmbeddedStore

GOOD_YAML = """\
actors:
  - {id: NLD, name: Netherlands, kind: state, bloc: nato_ally}
  - {id: UKR, name: Ukraine, kind: state, bloc: ukraine}
relations:
  - {source: NLD, type: SUPPORTS, target: UKR, date: 2024-04-04, evidence: "steun"}
"""


def run(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


def counts(store_path):
    with EmbeddedStore(store_path, read_only=True) as s:
        st = s.stats()
        return (st.actors, st.relations, st.documents, s.relations(), s.actors())


@pytest.fixture
def loaded(tmp_path):
    """A store with the founding report's curated graph in it."""
    store = tmp_path / "g.lbdb"
    yaml_path, _ = founding_files()
    res = run("load", yaml_path, "--store", store, "-q")
    assert res.exit_code == 0, res.output
    return store


def test_loading_the_same_yaml_twice_changes_nothing(loaded):
    before = counts(loaded)
    assert before[:2] == (18, 30)
    yaml_path, _ = founding_files()
    res = run("load", yaml_path, "--store", loaded, "-q")
    assert res.exit_code == 0
    assert "0 actors added, 0 updated; 0 relations added, 0 updated" in res.output
    assert counts(loaded) == before


def test_loading_the_same_csv_twice_changes_nothing(tmp_path):
    store = tmp_path / "g.lbdb"
    actors = tmp_path / "actors.csv"
    actors.write_text("id,name,kind,bloc,aliases_nl\nNLD,Netherlands,state,nato_ally,Nederland\n"
                      "UKR,Ukraine,state,ukraine,Oekraïne\nRUS,Russia,state,russia\n")
    rels = tmp_path / "relations.csv"
    rels.write_text("source,type,target,date,evidence,confidence\n"
                    "NLD,SUPPORTS,UKR,2024-04-04,\"steun, veel steun\",0.9\n"
                    "RUS,THREATENS,UKR,2024-04-04,agressie,1\n"
                    "UKR,PARTNERS_WITH,NLD,2024-04-04,arrangement,0.6\n"
                    "NLD,SUPPORTS,UKR,2024-05-01,meer steun,0.8\n")
    assert run("load", actors, rels, "--store", store, "--no-catalogue").exit_code == 0
    before = counts(store)
    assert before[:2] == (3, 3)
    sup = [r for r in before[3] if r.key == ("NLD", "SUPPORTS", "UKR")][0]
    assert sup.count == 2 and sup.last_seen == "2024-05-01"
    assert run("load", actors, rels, "--store", store, "--no-catalogue").exit_code == 0
    assert counts(store) == before


def test_loading_jsonl_twice_changes_nothing(tmp_path, loaded):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"source": "IRN", "type": "THREATENS", "target": "UKR",
                                "doc": "d", "evidence": "e", "start": 1, "end": 2}) + "\n")
    assert run("load", path, "--store", loaded).exit_code == 0
    before = counts(loaded)
    assert run("load", path, "--store", loaded).exit_code == 0
    assert counts(loaded) == before


BAD_INPUTS = {
    "syntax.yaml": (
        "actors:\n  - {id: NLD, name: Netherlands, kind: state\nrelations: []\n",
        "syntax.yaml line 3: YAML syntax error", "check indentation"),
    "type.yaml": (
        GOOD_YAML.replace("type: SUPPORTS", "type: ALLY_OF"),
        "type.yaml line 5: unknown relation type 'ALLY_OF'", "known: SUPPORTS"),
    "type.csv": (
        "source,type,target\nNLD,SUPPORTS,UKR\nNLD,HELPS,UKR\n",
        "type.csv line 3: unknown relation type 'HELPS'", "known: SUPPORTS"),
    "unknown.yaml": (
        GOOD_YAML.replace("target: UKR, date", "target: XQZ1, date"),
        "unknown.yaml line 5: unknown actor 'XQZ1'", "define the actor"),
    "unknown.csv": (
        "source,type,target\nNLD,SUPPORTS,UKR\nNLD,SUPPORTS,UKRR\n",
        "unknown.csv line 3: unknown actor 'UKRR'", "did you mean UKR"),
    "noid.csv": (
        "id,name,kind\nNLD,Netherlands,state\n,Nowhere,state\n",
        "noid.csv line 3: actor without id", "give every actor an id"),
    "noid.yaml": (
        GOOD_YAML.replace("{id: UKR, ", "{"),
        "noid.yaml line 3: bad actor: id: Field required", "needs id, name and kind"),
    "date.yaml": (
        GOOD_YAML.replace("2024-04-04", "2024-04-31"),
        "date.yaml line 5: bad relation: date: bad date '2024-04-31'", "YYYY-MM-DD"),
    "date.csv": (
        "source,type,target,date\nNLD,SUPPORTS,UKR,2024-04-04\nNLD,SUPPORTS,UKR,4 april 2024\n",
        "date.csv line 3: bad date '4 april 2024'", "YYYY-MM-DD"),
    "encoding.csv": (
        "source,type,target,evidence\nNLD,SUPPORTS,UKR,steun aan Oekraïne\n".encode("cp1252"),
        "encoding.csv line 2: the file is not UTF-8 text", "re-save it as UTF-8"),
    "encoding.yaml": (
        GOOD_YAML.replace('"steun"', '"steun aan Oekraïne"').encode("cp1252"),
        "encoding.yaml line 5: the file is not UTF-8 text", "re-save it as UTF-8"),
    "columns.csv": (
        "source,type,target,weight\nNLD,SUPPORTS,UKR,3\n",
        "columns.csv line 1: unknown column 'weight'", "relation columns are"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_clear_error_and_leaves_the_store(loaded, tmp_path, name):
    content, message, fix = BAD_INPUTS[name]
    bad = tmp_path / name
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    before = counts(loaded)
    res = run("load", bad, "--store", loaded)
    assert res.exit_code == 2, res.output
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("Error: ") and str(bad.parent) in lines[0]
    assert message in lines[0]
    assert fix in lines[0]
    assert counts(loaded) == before


def test_a_bad_file_among_good_ones_stops_everything(loaded, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(GOOD_YAML.replace("NLD", "POL").replace("Netherlands", "Poland"))
    bad = tmp_path / "bad.csv"
    bad.write_text("source,type,target\nPOL,HELPS,UKR\n")
    before = counts(loaded)
    res = run("load", good, bad, "--store", loaded)
    assert res.exit_code == 2
    assert counts(loaded) == before


def test_missing_path_is_explained(tmp_path):
    res = run("load", tmp_path / "nope.yaml", "--store", tmp_path / "g.lbdb")
    assert res.exit_code == 2
    assert "no such file or folder" in res.stderr


def test_catalogue_loads_dated_memberships_once(tmp_path):
    store = tmp_path / "g.lbdb"
    res = run("load", "--catalogue", "--store", store)
    assert res.exit_code == 0, res.output
    before = counts(store)
    res = run("query", "--store", store, "--named", "members-of", "-p", "org=NATO", "-f", "json")
    members = {r["id"]: r for r in json.loads(res.output)}
    assert len(members) == 32
    assert members["FIN"]["since"] == "2023-04-04"
    assert members["SWE"]["since"] == "2024-03-07"
    res = run("load", "--catalogue", "--store", store)
    assert "0 actors added, 0 updated; 0 relations added, 0 updated" in res.output
    assert counts(store) == before


def test_load_needs_something_to_load(tmp_path):
    res = run("load", "--store", tmp_path / "g.lbdb")
    assert res.exit_code == 2 and "--catalogue" in res.output


def test_folder_with_a_bad_document_loads_the_rest(tmp_path):
    import shutil

    from actorgraph.demo import founding_files

    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(founding_files()[1], folder / "sub" / "verslag.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    store = tmp_path / "g.lbdb"
    res = run("load", folder, "--store", store, "-q")
    assert res.exit_code == 1
    assert "broken.pdf" in res.stderr and "the rest were" in res.stderr
    assert "Traceback" not in res.output
    st = counts(store)
    assert st[2] == 1 and st[1] >= 10
    again = run("load", folder, "--store", store, "-q")
    assert counts(store) == st and again.exit_code == 1


def test_catalogue_keeps_curated_names_and_adds_aliases(loaded):
    res = run("load", "--catalogue", "--store", loaded)
    assert res.exit_code == 0, res.output
    with EmbeddedStore(loaded, read_only=True) as s:
        nato = {a.id: a for a in s.actors()}["NATO"]
    assert nato.name == "NATO"  # as the curated file says
    assert "bondgenoten" in nato.aliases["nl"]  # from the curated file
    assert len(nato.aliases["en"]) > 3  # and the catalogue's names too


def test_extract_then_load_round_trip(tmp_path):
    _, report = founding_files()
    res = run("extract", report, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    jsonl = tmp_path / "relations.jsonl"
    jsonl.write_text(res.stdout, encoding="utf-8")
    n = len([line for line in res.stdout.splitlines() if line.strip()])
    store = tmp_path / "g.lbdb"
    res = run("load", jsonl, "--store", store)
    assert res.exit_code == 0, res.output
    rels = counts(store)[3]
    assert rels and len(rels) <= n
    assert all(e.start is not None and e.rule for r in rels for e in r.provenance)
    assert run("load", jsonl, "--store", store).exit_code == 0
    assert counts(store)[3] == rels


def test_folder_reports_a_csv_it_cannot_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.csv").write_text("source,type,target\nNLD,SUPPORTS,UKR\n")
    (folder / "typo.csv").write_text("souce,type,target\nNLD,SUPPORTS,UKR\n")
    res = run("load", folder, "--store", tmp_path / "g.lbdb")
    assert res.exit_code == 2
    assert "typo.csv line 1: cannot tell what this CSV holds" in res.stderr


def test_correcting_a_row_and_reloading_corrects_the_relation(tmp_path):
    store = tmp_path / "g.lbdb"
    rels = tmp_path / "r.csv"
    rels.write_text("source,type,target,date,confidence,evidence\n"
                    "NLD,SUPPORTS,UKR,2024-04-04,0.9,Nederland steunt\n")
    assert run("load", rels, "--store", store).exit_code == 0
    rels.write_text("source,type,target,date,confidence,evidence\n"
                    "NLD,SUPPORTS,UKR,2023-01-01,0.3,Nederland steunt\n")
    assert run("load", rels, "--store", store).exit_code == 0
    [r] = [r for r in counts(store)[3] if r.key == ("NLD", "SUPPORTS", "UKR")]
    assert (r.count, r.first_seen, r.last_seen, r.confidence) == (
        1, "2023-01-01", "2023-01-01", 0.3)
    assert r.provenance[0].date == "2023-01-01"


@pytest.mark.parametrize("name,content,message", [
    ("ends.csv",
     "source,type,target,valid_from,valid_to\nSWE,MEMBER_OF,NATO,2024-03-07,2023-01-01\n",
     "ends.csv line 2: valid_to 2023-01-01 is before valid_from 2024-03-07"),
    ("ends.yaml",
     GOOD_YAML.replace("date: 2024-04-04", "valid_from: 2024-04-04, valid_to: 2020-01-01"),
     "ends.yaml line 5: bad relation: valid_to 2020-01-01 is before valid_from 2024-04-04"),
    ("quote.csv", 'source,type,target,evidence\nNLD,SUPPORTS,UKR,"steun\nRUS,THREATENS,UKR,x\n',
     "quote.csv line 2: a quoted value is not closed"),
])
def test_more_bad_input(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    res = run("load", bad, "--store", tmp_path / "g.lbdb")
    assert res.exit_code == 2, res.output
    assert message in res.stderr


def test_export_csv_loads_back_into_the_same_graph(loaded, tmp_path):
    out = tmp_path / "export"
    res = run("export", "--store", loaded, "--format", "csv", "-o", out)
    assert res.exit_code == 0, res.output
    copy = tmp_path / "copy.lbdb"
    res = run("load", out / "actors.csv", out / "relations.csv", "--store", copy,
              "--no-catalogue")
    assert res.exit_code == 0, res.output
    assert counts(copy)[:2] == counts(loaded)[:2]
    assert counts(copy)[3] == counts(loaded)[3]
    assert counts(copy)[4] == counts(loaded)[4]
