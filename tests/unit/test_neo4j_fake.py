"""The Neo4j store against a fake driver: the exact Cypher and parameters it sends.

The real-server tests are in tests/e2e (test_neo4j_store.py, test_parity.py); these run
the same code in the unit suite, with answers scripted per statement.
"""

from __future__ import annotations

import threading
import time
import types
from collections.abc import Callable
from typing import Any

import pytest

from actorgraph.errors import LoaderError, QueryError, SchemaError
from actorgraph.graph import neo4j_cypher as cy
from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Mention, Relation
from actorgraph.graph.neo4j_bulk import pipeline
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.records import EVIDENCE_PROPS, RELATION_PROPS, RelationColumns


class Record(dict):
    def values(self):  # the driver's Record.values() is a list
        return list(super().values())


class Result:
    def __init__(self, rows: list[dict[str, Any]]):
        self._rows = [Record(r) for r in rows]

    def __iter__(self):
        return iter(self._rows)

    def keys(self):
        return list(self._rows[0]) if self._rows else []

    def single(self):
        return self._rows[0]

    def consume(self):  # the driver's ResultSummary: no counts of changes
        return types.SimpleNamespace(counters=types.SimpleNamespace(
            nodes_created=0, properties_set=0, labels_added=0, labels_removed=0))


class FakeDriver:
    """Records every (cypher, params) sent; ``answer(cypher, params)`` gives the rows."""

    def __init__(self, answer: Callable[[str, dict], list[dict]] | None = None):
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.timeouts: list[float | None] = []
        self.answer = answer or (lambda cypher, params: [])
        self._lock = threading.Lock()

    def run(self, cypher, params=None, **kw):
        params = {**(params or {}), **kw}
        with self._lock:
            self.sent.append((cypher, params))
        if cypher == "RETURN 1":
            return Result([{"1": 1}])
        if "count(" in cypher and "RETURN count" in cypher:
            rows = self.answer(cypher, params) or [{"n": 0}]
            return Result(rows)
        return Result(self.answer(cypher, params))

    # driver / session / transaction in one object
    def verify_connectivity(self):
        return None

    def session(self, database=None):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def execute_read(self, work):
        self.timeouts.append(getattr(work, "timeout", None))
        return work(self)

    execute_write = execute_read

    def close(self):
        return None

    def begin_transaction(self, metadata=None, timeout=None):
        """An explicit transaction: records the statements sent in it and its end."""
        self.explicit = getattr(self, "explicit", [])
        tx = ExplicitTx(self)
        self.explicit.append(tx)
        return tx

    def statements(self) -> list[str]:
        """The statements sent, without the schema and the connection check."""
        skip = set(cy.SCHEMA) | set(cy.CONVERSIONS) | {
            "RETURN 1", "CALL db.awaitIndexes(300)", cy.CYPHER_SCHEMA_MARKED,
            cy.CYPHER_MARK_SCHEMA}
        return [c for c, _ in self.sent if c not in skip]


class ExplicitTx:
    def __init__(self, driver: FakeDriver):
        self.driver, self.sent, self.ended = driver, [], None

    def run(self, cypher, params=None, **kw):
        self.sent.append(cypher)
        return self.driver.run(cypher, params, **kw)

    def commit(self):
        self.ended = "commit"

    def rollback(self):
        self.ended = "rollback"


def make(answer=None, **kw) -> tuple[Neo4jStore, FakeDriver]:
    driver = FakeDriver(answer)
    return Neo4jStore("bolt://fake:7687", "neo4j", "pw", driver=driver, **kw), driver


def actors(*ids: str) -> list[Actor]:
    return [Actor(id=i, name=i, kind="state") for i in ids]


def test_connecting_checks_the_database_and_writing_creates_the_schema_once():
    store, driver = make()
    assert driver.sent == [("RETURN 1", {})]
    store.write(GraphBatch())
    store.write(GraphBatch())
    schema = [c for c, _ in driver.sent if c in cy.SCHEMA]
    assert schema == list(cy.SCHEMA)


def test_an_unmarked_store_is_converted_and_marked_a_marked_one_is_not():
    unmarked, driver = make()
    unmarked.write(GraphBatch())
    sent = [c for c, _ in driver.sent]
    assert [c for c in sent if c in cy.CONVERSIONS] == list(cy.CONVERSIONS)
    assert sent.index(cy.CYPHER_MARK_SCHEMA) > sent.index(cy.CONVERSIONS[-1])
    marked, driver = make(lambda cypher, params: [{"n": 1}]
                          if cypher == cy.CYPHER_SCHEMA_MARKED else [])
    marked.write(GraphBatch())
    sent = [c for c, _ in driver.sent]
    assert cy.CYPHER_SCHEMA_MARKED in sent
    assert not set(cy.CONVERSIONS) & set(sent) and cy.CYPHER_MARK_SCHEMA not in sent


def test_write_into_an_empty_store_sends_lookups_then_one_bulk_chunk():
    store, driver = make()
    rel = Relation(source="NLD", type="SUPPORTS", target="UKR",
                   provenance=[Evidence(doc="d1", text="steun", date="2024-04-04")])
    summary = store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=[rel]))
    assert (summary.actors_added, summary.relations_added) == (2, 1)
    sent = driver.statements()
    assert sent == [
        cy.CYPHER_LOOKUP_ACTORS,
        cy.cypher_upsert_actors("state", "other"),
        cy.CYPHER_HAS_EVIDENCE,
        cy.cypher_count_type("SUPPORTS"),
        cy.cypher_create_relation_evidence_columns("SUPPORTS"),
    ]
    params = dict(driver.sent)
    assert params[cy.CYPHER_LOOKUP_ACTORS] == {"ids": ["NLD", "UKR"]}
    upsert = params[cy.cypher_upsert_actors("state", "other")]["rows"]
    assert [r["id"] for r in upsert] == ["NLD", "UKR"]
    assert upsert[0] == {"id": "NLD", "name": "NLD", "kind": "state", "bloc": "other",
                         "aliases": "{}", "names": ["NLD"]}
    bulk = params[cy.cypher_create_relation_evidence_columns("SUPPORTS")]
    assert bulk["s"] == ["NLD"] and bulk["t"] == ["UKR"] and bulk["count"] == [1]
    assert bulk["first_seen"] == ["2024-04-04"] and bulk["confidence"] == [1.0]
    assert bulk["e_id"] == ["NLD|SUPPORTS|UKR|0"] and bulk["e_text"] == ["steun"]
    assert set(bulk) == {"s", "t", *RELATION_PROPS} | {f"e_{p}" for p in EVIDENCE_PROPS}


def test_cypher_texts_name_only_vocabulary_types():
    assert cy.cypher_create_relation_columns("supports") == (
        "UNWIND range(0, size($s) - 1) AS i MATCH (a:Actor {id: $s[i]}) "
        "MATCH (b:Actor {id: $t[i]}) CREATE (a)-[r:SUPPORTS]->(b) SET r.confidence = "
        "$confidence[i], r.count = $count[i], r.first_seen = $first_seen[i], r.last_seen = "
        "$last_seen[i], r.valid_from = $valid_from[i], r.valid_to = $valid_to[i], "
        "r.role = $role[i], r.origins = $origins[i], r.weight = $weight[i]"
    )
    with pytest.raises(SchemaError):
        cy.cypher_create_relations("SUPPORTS]->() DETACH DELETE (x")
    with pytest.raises(ValueError):
        cy.cypher_missing_ids("Evidence")


def stored_answer(cypher: str, params: dict) -> list[dict]:
    """A store holding NLD-SUPPORTS->UKR with one piece of evidence, and a stray piece
    under RUS-SUPPORTS->BLR (its relation deleted with Cypher)."""
    if cypher == cy.cypher_count_type("SUPPORTS"):
        return [{"n": 1}]
    if cypher == cy.CYPHER_HAS_EVIDENCE:
        return [{"n": 2}]
    if cypher == cy.cypher_lookup_relations("SUPPORTS"):
        return [{"s": "NLD", "t": "UKR", "p": {"confidence": 1.0, "count": 1,
                                               "first_seen": "2024-04-04",
                                               "last_seen": "2024-04-04"}}]
    if cypher == cy.cypher_lookup_evidence("SUPPORTS"):
        return [
            {"p": {"id": "NLD|SUPPORTS|UKR|0", "source": "NLD", "type": "SUPPORTS",
                   "target": "UKR", "seq": 0, "doc": "d1", "text": "steun",
                   "date": "2024-04-04", "confidence": 1.0}},
            {"p": {"id": "RUS|SUPPORTS|BLR|0", "source": "RUS", "type": "SUPPORTS",
                   "target": "BLR", "seq": 0, "doc": "old", "text": "stray",
                   "confidence": 1.0}},
        ]
    return []


def test_write_into_a_stored_type_executes_the_plan_in_one_transaction():
    store, driver = make(stored_answer)
    new_ev = Evidence(doc="d2", text="F-16's", date="2024-06-01")
    summary = store.write(GraphBatch(relations=[
        Relation(source="NLD", type="SUPPORTS", target="UKR", provenance=[new_ev]),
        Relation(source="RUS", type="SUPPORTS", target="BLR"),
    ]))
    assert (summary.relations_added, summary.relations_updated) == (1, 1)
    sent = driver.statements()
    assert sent[-6:] == [
        cy.cypher_lookup_evidence("SUPPORTS"),
        cy.cypher_lookup_relations("SUPPORTS"),
        cy.CYPHER_DELETE_EVIDENCE,
        cy.cypher_create_relations("SUPPORTS"),
        cy.cypher_merge_relations("SUPPORTS"),
        cy.CYPHER_UPSERT_EVIDENCE,
    ]
    params = dict(driver.sent)
    assert params[cy.cypher_lookup_relations("SUPPORTS")] == {
        "keys": [["NLD", "UKR"], ["RUS", "BLR"]]}
    assert params[cy.CYPHER_DELETE_EVIDENCE] == {"ids": ["RUS|SUPPORTS|BLR|0"]}
    assert params[cy.cypher_create_relations("SUPPORTS")] == {"rows": [
        {"s": "RUS", "t": "BLR", "p": {"confidence": 1.0, "count": 0, "origins": "",
                                       "weight": 0.0}}]}
    changed = params[cy.cypher_merge_relations("SUPPORTS")]["rows"]
    assert changed == [{"s": "NLD", "t": "UKR", "p": {
        "confidence": 1.0, "count": 2, "first_seen": "2024-04-04", "last_seen": "2024-06-01",
        "origins": "", "weight": 0.0}}]
    assert params[cy.CYPHER_UPSERT_EVIDENCE] == {"rows": [
        {"id": "NLD|SUPPORTS|UKR|1", "source": "NLD", "type": "SUPPORTS", "target": "UKR",
         "seq": 1, "doc": "d2", "text": "F-16's", "date": "2024-06-01", "confidence": 1.0}]}


def test_a_write_naming_a_missing_document_sends_no_write():
    def answer(cypher, params):
        if cypher == cy.cypher_missing_ids("Document"):
            return [{"id": i} for i in params["ids"]]
        return []

    store, driver = make(answer)
    with pytest.raises(LoaderError, match="a mention names unknown document 'nowhere'"):
        store.write(GraphBatch(actors=actors("NLD"), mentions=[Mention(doc="nowhere",
                                                                       actor="NLD")]))
    assert driver.statements() == [cy.cypher_missing_ids("Document")]
    assert driver.sent[-1][1] == {"ids": ["nowhere"]}


def test_mentions_already_stored_are_not_sent_again():
    def answer(cypher, params):
        if cypher == cy.CYPHER_LOOKUP_MENTIONS:
            return [{"d": "d1", "a": "NLD"}]
        if cypher == cy.CYPHER_CREATE_MENTIONS:
            return [{"n": len(params["rows"])}]
        return []

    store, driver = make(answer)
    summary = store.write(GraphBatch(
        actors=actors("NLD", "UKR"), documents=[Document(id="d1")],
        mentions=[Mention(doc="d1", actor="NLD"), Mention(doc="d1", actor="UKR", count=2)]))
    assert summary.mentions == 1
    assert dict(driver.sent)[cy.CYPHER_CREATE_MENTIONS] == {
        "rows": [{"d": "d1", "a": "UKR", "count": 2}]}


def test_write_columns_refuses_unknown_actors_before_writing():
    def answer(cypher, params):
        if cypher == cy.cypher_missing_ids("Actor"):
            return [{"id": "XXX"}]
        return []

    store, driver = make(answer)
    cols = RelationColumns()
    cols.add({"s": "NLD", "t": "XXX", "type": "SUPPORTS", "confidence": 1.0, "count": 0})
    with pytest.raises(LoaderError, match="SUPPORTS relations name unknown actors: XXX"):
        store.write_columns(cols, actors("NLD"))
    assert driver.statements() == [cy.cypher_missing_ids("Actor")]


def test_query_runs_with_the_store_timeout_and_maps_a_timed_out_transaction():
    store, driver = make(lambda c, p: [{"one": 1}] if c == "RETURN 1 AS one" else [])
    store.query_timeout = 7.5
    result = store.query("RETURN 1 AS one")
    assert (result.columns, result.rows) == (["one"], [[1]])
    assert driver.timeouts[-1] == 7.5

    import neo4j

    def timed_out(cypher, params):  # as the driver raises the server's answer
        raise neo4j.exceptions.Neo4jError._hydrate_neo4j(
            code="Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            message="The transaction has been terminated.",
        )

    driver.answer = timed_out
    with pytest.raises(QueryError, match="ran longer than 7.5 s and was stopped"):
        store.query("MATCH (a)-[*]-(b) RETURN count(*) AS n")


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf"), "abc"])
def test_a_bad_timeout_is_one_line(bad):
    store, _ = make()
    store.query_timeout = bad
    with pytest.raises(QueryError, match="a query timeout must be a positive number"):
        store.query("RETURN 1")


def test_read_only_store_refuses_writes_without_sending():
    store, driver = make(read_only=True)
    with pytest.raises(QueryError, match="opened read-only"):
        store.write(GraphBatch(actors=actors("NLD")))
    with pytest.raises(QueryError, match="opened read-only"):
        store.query("CREATE (n)", write=True)
    assert driver.statements() == []


def test_only_bulk_chunks_run_concurrently():
    """At most ``workers`` bulk chunks at once; a read-merge-write chunk alone."""
    lock = threading.Lock()
    running: set[str] = set()
    overlaps: dict[str, set[str]] = {}
    peak: list[int] = []
    both_bulk = threading.Barrier(2, timeout=10)  # the first two bulk chunks meet here

    def job(name: str, concurrent: bool):
        def work(tx):
            with lock:  # each job notes every job that ran while it did
                overlaps[name] = set(running)
                for other in running:
                    overlaps[other].add(name)
                running.add(name)
                peak.append(len(running))
            if name in ("b1", "b2"):
                both_bulk.wait()
            time.sleep(0.02)
            with lock:
                running.discard(name)
            return 1, 0

        return 1, work, concurrent

    jobs = [job("b1", True), job("b2", True), job("b3", True), job("m1", False),
            job("b4", True), job("b5", True)]
    summary = pipeline(iter(jobs), lambda work: work(None), 2)
    assert summary.relations_added == 6
    assert "b2" in overlaps["b1"]  # two at once (else the barrier would have timed out)
    assert overlaps["m1"] == set() and all("m1" not in o for o in overlaps.values())
    assert max(peak) == 2


def test_a_read_query_may_not_load_csv_from_urls_or_files():
    """Issue 12 item 7: Neo4j fetched an http URL with LOAD CSV in a read query."""
    store, driver = make()
    for text in ("LOAD CSV FROM 'http://example.org/x.csv' AS r RETURN r",
                 "load csv with headers from 'file:///etc/passwd' AS r RETURN r"):
        with pytest.raises(QueryError, match="LOAD CSV"):
            store.query(text)
    assert driver.statements() == []
    store.query("RETURN 'LOAD CSV FROM x' AS s")  # a string that says it is no LOAD
    assert driver.statements()


def _lease_answer(cypher, params):
    return [{"owner": params["me"]}] if "ActorGraphLock" in cypher and "me" in params else []


def test_an_atomic_block_writes_in_one_transaction_and_commits_at_its_end():
    store, driver = make(_lease_answer)
    rel = Relation(source="NLD", type="SUPPORTS", target="UKR")
    with store.atomic(relations=1):
        store.write(GraphBatch(actors=actors("NLD", "UKR")))
        store.write(GraphBatch(relations=[rel]))
        assert [tx.ended for tx in driver.explicit] == [None]
    (tx,) = driver.explicit
    assert tx.ended == "commit"
    # the actors, the reference check of the second write (in the same transaction, so
    # it sees the actors) and the relation all went in it
    assert cy.CYPHER_LOOKUP_ACTORS in tx.sent
    assert any("CREATE (a)-[r:SUPPORTS]->(b)" in c for c in tx.sent)
    assert not any("CREATE (a)-[r:SUPPORTS]->(b)" in c for c, _ in driver.sent
                   if c not in tx.sent)


def test_an_atomic_block_that_fails_rolls_its_transaction_back():
    store, driver = make(_lease_answer)
    with pytest.raises(ValueError), store.atomic():
        store.write(GraphBatch(actors=actors("NLD")))
        raise ValueError("a later file failed")
    assert [tx.ended for tx in driver.explicit] == ["rollback"]


def test_an_atomic_block_above_the_limit_writes_in_chunks(monkeypatch, caplog):
    monkeypatch.setenv("ACTORGRAPH_NEO4J_ATOMIC_MAX", "1")
    store, driver = make(_lease_answer)
    rels = [Relation(source="NLD", type="SUPPORTS", target="UKR"),
            Relation(source="UKR", type="SUPPORTS", target="NLD")]
    with store.atomic(relations=2):
        store.write(GraphBatch(actors=actors("NLD", "UKR"), relations=rels))
    assert getattr(driver, "explicit", []) == []  # managed transactions, one per chunk
    assert "more than the 1 that go in one Neo4j transaction" in caplog.text


def test_a_load_too_large_for_the_servers_memory_says_what_to_do():
    from actorgraph.errors import StoreUnavailable
    from actorgraph.graph.neo4j_values import server_error

    class E:  # what Neo4j 5.26 answered to a 100,000-relation load with a 512 MB heap
        code = "Neo.TransientError.General.MemoryPoolOutOfMemoryError"
        message = ("The allocation of an extra 2.0 MiB would use more than the limit "
                   "358.4 MiB. dbms.memory.transaction.total.max threshold reached")

    err = server_error(E(), "bolt://h:7687", "neo4j")
    assert isinstance(err, StoreUnavailable)
    assert "nothing of it was written" in str(err)
    assert "ACTORGRAPH_NEO4J_ATOMIC_MAX" in err.hint
