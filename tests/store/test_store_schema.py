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


def build_serial_keyed(path):
    """A graph whose Evidence table is keyed by a serial ``_row`` (before 2026-12-02) and
    lacks a column, holding a relation with two pieces of evidence."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for table in embedded_schema.TABLE_COLUMNS:
        stmt = embedded_schema.create_statement(table)
        if table == "Evidence":
            cols = ", ".join(f"{c} {k}" for c, k in records.EVIDENCE_COLUMNS.items()
                             if c != "location")
            stmt = f"CREATE NODE TABLE Evidence(_row SERIAL, {cols}, PRIMARY KEY(_row))"
        conn.execute(stmt)
    for code in ("NLD", "UKR"):
        conn.execute(f"CREATE (:Actor {{id: '{code}', name: '{code}', kind: 'state', "
                     f"bloc: 'other', aliases: '{{}}', names: ['{code}']}})")
    conn.execute("MATCH (a:Actor {id: 'NLD'}), (b:Actor {id: 'UKR'}) "
                 "CREATE (a)-[:SUPPORTS {confidence: 1.0, count: 2}]->(b)")
    for seq, text in enumerate(["steun", "F-16"]):
        conn.execute(f"CREATE (:Evidence {{id: 'NLD|SUPPORTS|UKR|{seq}', source: 'NLD', "
                     f"type: 'SUPPORTS', target: 'UKR', seq: {seq}, doc: 'd{seq}', "
                     f"text: '{text}', confidence: 1.0}})")
    conn.close()
    db.close()


def _evidence_key(store):
    return [r[0] for r in store.query(
        "CALL table_info('Evidence') WHERE `primary key` RETURN name").rows]


def test_serial_keyed_evidence_is_read_as_it_is_and_rekeyed_by_a_write(tmp_path):
    from actorgraph.queries.registry import run_query

    path = tmp_path / "old.lbdb"
    build_serial_keyed(path)
    params = {"source": "NLD", "type": "SUPPORTS", "target": "UKR"}
    with pytest.raises(StoreUnavailable, match="column Evidence.location"):
        EmbeddedStore(path, read_only=True)   # a missing column is still refused
    with EmbeddedStore(path) as store:       # opened for writing: upgraded and rekeyed
        assert _evidence_key(store) == ["id"]
        assert [r[3] for r in run_query(store, "evidence", params).rows] == ["steun", "F-16"]
        assert store.stats().evidence == 2
    with EmbeddedStore(path, read_only=True) as store:
        assert _evidence_key(store) == ["id"]
        assert len(run_query(store, "evidence", params).rows) == 2
