"""Issue 12 items 7 and 11: a read-only query touches neither the graph nor the file
system nor the network; a graph edited by hand stays readable (or names what to fix)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli

REFUSED = {
    "COPY (MATCH (a:Actor) RETURN a.id) TO '{tmp}/out.csv'": "writes files",
    "EXPORT DATABASE '{tmp}/dump'": "writes files",
    "IMPORT DATABASE '{tmp}/dump'": "writes files",
    "INSTALL httpfs": "loads an extension",
    "LOAD httpfs": "loads an extension",
    "LOAD EXTENSION '{tmp}/x.so'": "loads an extension",
    "LOAD FROM '/etc/passwd' (header=false) RETURN *": "reads files",
    "LOAD WITH HEADERS (a STRING) FROM '/etc/passwd' RETURN *": "reads files",
    "COPY Actor FROM '{tmp}/a.csv'": "writes files",
    "MATCH (a:Actor) SET a.bloc = 'x'": "changes the graph",
    "MERGE (a:Actor {id: 'Q'})": "changes the graph",
    "MATCH (a:Actor) DETACH DELETE a": "changes the graph",
    "CALL threads = 1": "changes the graph",
    "ATTACH '{tmp}/other.lbdb' AS o (dbtype lbug)": "writes files",
    "MATCH (a) RETURN a /* */ ; COPY (RETURN 1) TO '{tmp}/x.csv'": "writes files",
}


@pytest.fixture
def graph(tmp_path):
    src = tmp_path / "g.csv"
    src.write_text("source,type,target\nNLD,SUPPORTS,UKR\nRUS,THREATENS,UKR\n")
    path = str(tmp_path / "g.lbdb")
    res = CliRunner().invoke(cli, ["load", "-q", "--store", path, str(src)])
    assert res.exit_code == 0, res.output
    return path


def _q(graph, *args):
    return CliRunner().invoke(cli, ["query", "--store", graph, *args])


@pytest.mark.parametrize("cypher", sorted(REFUSED))
def test_read_only_query_refuses_what_touches_files_network_or_graph(graph, tmp_path, cypher):
    (tmp_path / "out.csv").write_text("keep me")
    text = cypher.replace("{tmp}", str(tmp_path))
    res = _q(graph, text)
    assert res.exit_code != 0
    assert REFUSED[cypher] in res.output and "read-only by default" in res.output
    assert (tmp_path / "out.csv").read_text() == "keep me"
    assert not (tmp_path / "dump").exists() and not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("cypher", [
    "MATCH (a:Actor {id: 'NLD'}) WHERE a.name <> 'COPY x TO y; EXPORT DATABASE z' "
    "RETURN a.id",
    "MATCH (a:Actor) WHERE a.id = \"LOAD FROM '/etc/passwd'\" OR a.id = 'NLD' RETURN a.id",
    "MATCH (a:Actor {id: 'NLD'}) // SET a.x = 1\nRETURN a.id",
    "MATCH (a:Actor {id: 'NLD'}) RETURN a.id AS `create`",
    "CALL show_tables() RETURN count(*) > 0 AS ok",
])
def test_keywords_inside_strings_comments_and_names_do_not_count(graph, cypher):
    res = _q(graph, "-f", "csv", cypher)
    assert res.exit_code == 0, res.output


def test_reading_files_needs_the_flag(graph, tmp_path):
    data = tmp_path / "list.csv"
    data.write_text("x\n1\n2\n")
    text = f"LOAD FROM '{data}' (header=true) RETURN count(*)"
    assert "--allow-file-read" in _q(graph, text).output
    res = _q(graph, "--allow-file-read", "-f", "csv", text)
    assert res.exit_code == 0 and "2" in res.output, res.output


def test_write_queries_still_run_with_write(graph):
    res = _q(graph, "--write", "MATCH (a:Actor {id: 'NLD'}) SET a.description = 'edited'")
    assert res.exit_code == 0, res.output


EDITS = {
    "MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'martian'":
        ("actor 'NLD' in the store has an invalid bloc", "SET a.bloc = …", "nato_ally"),
    "MATCH (a:Actor {id: 'NLD'}) SET a.bloc = NULL":
        ("actor 'NLD' in the store has an invalid bloc", "SET a.bloc = …", "nato_ally"),
    "MATCH (:Actor {id: 'NLD'})-[r:SUPPORTS]->() SET r.confidence = 7.5":
        ("relation NLD SUPPORTS UKR in the store has an invalid confidence",
         "SET r.confidence = …", "from 0 to 1"),
    "MATCH (:Actor {id: 'NLD'})-[r:SUPPORTS]->() SET r.first_seen = 'yesterday'":
        ("relation NLD SUPPORTS UKR in the store has an invalid first_seen",
         "SET r.first_seen = …", "YYYY-MM-DD"),
}


def _by_hand(graph, cypher):
    """An edit made outside actorgraph (LadybugDB's own connection, no checks)."""
    import ladybug

    db = ladybug.Database(graph)
    conn = ladybug.Connection(db)
    conn.execute(cypher)
    conn.close()
    db.close()


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_values_edited_out_of_the_vocabulary_are_named_with_the_fix(graph, tmp_path, edit):
    _by_hand(graph, edit)
    runner = CliRunner()
    assert runner.invoke(cli, ["stats", "--store", graph]).exit_code == 0
    message, fix, allowed = EDITS[edit]
    named = 0
    for cmd in (["viz", "-o", str(tmp_path / "v.html")],
                ["export", "-o", str(tmp_path / "e.graphml"), "--format", "graphml"],
                ["load", "-q", "--store", graph, str(tmp_path / "g.csv")]):
        res = runner.invoke(cli, [*cmd, "--store", graph])
        # tolerated, or refused in one line naming the item, the property and the fix
        assert res.exception is None or isinstance(res.exception, SystemExit), res.output
        if res.exit_code != 0:
            assert message in res.output and fix in res.output and allowed in res.output
            named += 1
    if "martian" in edit or "confidence" in edit:  # (NULL bloc, non-date first_seen: read
        assert named >= 1                          # as they are, tolerated)


@pytest.mark.parametrize("edit, named", [
    ("MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'martian'", "actor NLD with bloc 'martian'"),
    ("MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'NATO', a.description = 'x'",
     "actor NLD with bloc 'NATO'"),
    ("MATCH (a:Actor {id: 'RUS'}) SET a.kind = 'country'", "actor RUS with kind 'country'"),
    ("CREATE (:Actor {id: 'XYZ', name: 'made up'})", "actor XYZ with kind None"),
])
def test_a_write_query_leaving_a_kind_or_bloc_outside_the_vocabulary_changes_nothing(
        graph, edit, named):
    before = _q(graph, "-f", "json", "MATCH (a:Actor) RETURN a.id, a.kind, a.bloc, "
                "a.description ORDER BY a.id")
    res = _q(graph, "--write", edit)
    assert res.exit_code == 2
    assert named in res.output and "nothing was changed" in res.output
    assert "nato_ally, nato_partner, eu" in res.output  # the fix: the values allowed
    after = _q(graph, "-f", "json", "MATCH (a:Actor) RETURN a.id, a.kind, a.bloc, "
               "a.description ORDER BY a.id")
    assert after.output == before.output
    assert _q(graph, "--write", "MATCH (a:Actor {id: 'NLD'}) SET a.bloc = 'eu'").exit_code == 0
    assert "eu" in _q(graph, "MATCH (a:Actor {id: 'NLD'}) RETURN a.bloc").output


def test_a_relation_table_made_by_hand_is_reported_by_stats(graph):
    assert _q(graph, "--write", "CREATE REL TABLE HATES(FROM Actor TO Actor)").exit_code == 0
    assert _q(graph, "--write", "MATCH (a:Actor {id: 'RUS'}), (b:Actor {id: 'NLD'}) "
                     "CREATE (a)-[:HATES]->(b)").exit_code == 0
    res = CliRunner().invoke(cli, ["stats", "--store", graph])
    assert res.exit_code == 0
    assert "outside the vocabulary (HATES 1)" in res.output
    res = CliRunner().invoke(cli, ["stats", "-f", "json", "--store", graph])
    assert '"HATES": 1' in res.output
