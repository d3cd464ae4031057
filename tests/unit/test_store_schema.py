"""A graph built by an older actorgraph: refused read-only with the fix, upgraded when
opened for writing; the schema follows records.*_COLUMNS."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.errors import StoreUnavailable
from actorgraph.graph import embedded_schema, records
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.graph.model import Actor, GraphBatch, Relation


def build_old(path, *, drop_table="REPRESENTS", drop_column=("Evidence", "location")):
    """A graph made as an older actorgraph made it: without a relation type's table and
    without one property, holding one relation."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for table in embedded_schema.TABLE_COLUMNS:
        if table == drop_table:
            continue
        stmt = embedded_schema.create_statement(table)
        if table == drop_column[0]:
            stmt = stmt.replace(f", {drop_column[1]} STRING", "")
        conn.execute(stmt)
    conn.execute("CREATE (:Actor {id: 'NLD', name: 'Netherlands', kind: 'state', "
                 "bloc: 'other', aliases: '{}', names: ['Netherlands']})")
    conn.execute("CREATE (:Actor {id: 'UKR', name: 'Ukraine', kind: 'state', "
                 "bloc: 'other', aliases: '{}', names: ['Ukraine']})")
    conn.execute("MATCH (a:Actor {id: 'NLD'}), (b:Actor {id: 'UKR'}) "
                 "CREATE (a)-[:SUPPORTS {confidence: 1.0, count: 0}]->(b)")
    conn.close()
    db.close()


def test_old_graph_opened_read_only_is_one_line_with_the_fix(tmp_path):
    path = tmp_path / "old.lbdb"
    build_old(path)
    with pytest.raises(StoreUnavailable) as info:
        EmbeddedStore(path, read_only=True)
    text = str(info.value)
    assert "\n" not in text
    assert "built by an older actorgraph" in text
    assert "table REPRESENTS" in text and "column Evidence.location" in text
    assert f"actorgraph upgrade --store {path}" in text


def test_stats_on_an_old_graph_exits_1_with_one_line_then_upgrade_fixes_it(tmp_path):
    path = tmp_path / "old.lbdb"
    build_old(path)
    runner = CliRunner()
    res = runner.invoke(cli, ["stats", "--store", str(path)])
    assert res.exit_code != 0
    assert "Traceback" not in res.output and "Binder exception" not in res.output
    assert "built by an older actorgraph" in res.output
    res = runner.invoke(cli, ["upgrade", "--store", str(path)])
    assert res.exit_code == 0, res.output
    assert res.output == f"{path} is up to date\n"
    res = runner.invoke(cli, ["stats", "--store", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert '"relations": 1' in res.output


def test_opening_an_old_graph_for_writing_upgrades_it_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.lbdb"
    build_old(path)
    with EmbeddedStore(path) as store:
        assert store.stats().relations == 1
        summary = store.write(GraphBatch(
            actors=[Actor(id="ZEL", name="Zelensky", kind="person")],
            relations=[Relation(source="ZEL", type="REPRESENTS", target="UKR",
                                role="president")]))
        assert summary.relations_added == 1
    with EmbeddedStore(path, read_only=True) as store:
        assert store.stats().relations_per_type == {"REPRESENTS": 1, "SUPPORTS": 1}


def test_every_table_has_the_columns_of_records(store):
    for table, cols in embedded_schema.TABLE_COLUMNS.items():
        assert set(cols) <= store._columns_of(table)
    assert embedded_schema.TABLE_COLUMNS["Evidence"] is records.EVIDENCE_COLUMNS
