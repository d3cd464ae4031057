"""The embedded store's evidence-by-document index: its I/O (the rules are in
:mod:`actorgraph.graph.plan`, "the evidence-by-document index").

LadybugDB indexes only primary keys, so ``MATCH (e:Evidence {doc: $doc})`` reads every
piece of evidence. The node table :data:`TABLE` holds, per document id (or curated source
name), a head ``n|DOC`` with its number of segments and segments ``K|DOC`` with the ids
of the pieces one write added (and their number); ``claims-in-document`` and
``documents-timeline`` read them with primary-key lookups only (their ``indexed`` form
in ``queries/library``).

- Every write of the store (``write``, ``write_columns``) notes the pieces it creates;
  :meth:`DocIndex._index_flush` appends one segment per touched document just before the
  write's transaction commits (earlier segments are never rewritten). A write that
  deletes pieces or moves one to another document rebuilds the index instead (one scan
  of the evidence ids; rare: strays of relations deleted with Cypher, re-dated event
  pieces), so the index stays exact.
- The row :data:`~actorgraph.graph.plan.INDEX_COMPLETE` says the index names every piece.
  Cypher run with ``query(write=True)`` may change evidence the index cannot see, so it
  removes that row (:meth:`DocIndex._after_cypher_write`); the named queries then read
  evidence the slow way (same answers), and the next write of the store (a load),
  ``actorgraph upgrade`` or ``actorgraph repair`` rebuilds the index from the evidence
  (one scan: ~5 s for a million pieces).
- The table is left out of stats, views and exports, which read ``Actor``, ``Document``,
  ``Evidence`` and the relation tables by name, and out of a user's Cypher: a node
  pattern without a label (``MATCH (n)``) is given the labels of the data tables
  (:meth:`DocIndex._data_tables`, :func:`actorgraph.graph.dialect.label_bare_nodes`), so
  it finds the nodes it finds in Neo4j; a listing of the tables (``CALL show_tables()``,
  ``CALL show_indexes()``) leaves it out (:meth:`DocIndex._hide_internal`). The same
  holds for the actor-adjacency index's table (:data:`INTERNAL`,
  :mod:`actorgraph.graph.embedded_adjacency`). Cypher that
  names the table reads it (``CALL table_info('EvidenceIndex')``, ``MATCH (x:EvidenceIndex)``).

Example
-------
>>> import tempfile
>>> from actorgraph.graph.embedded_store import EmbeddedStore
>>> from actorgraph.graph.model import Actor, Evidence, GraphBatch, Relation
>>> store = EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb")
>>> _ = store.write(GraphBatch(
...     actors=[Actor(id="NLD", name="NL", kind="state"),
...             Actor(id="UKR", name="UA", kind="state")],
...     relations=[Relation(source="NLD", type="SUPPORTS", target="UKR",
...                         provenance=[Evidence(doc="d1", text="steun")])]))
>>> store.doc_index, store.index_segments("d1")
(True, [['NLD|SUPPORTS|UKR|0']])
>>> _ = store.query("MATCH (a:Actor {id: 'NLD'}) SET a.name = 'Nederland'", write=True)
>>> store.doc_index
False
>>> store.rebuild_doc_index()
>>> store.doc_index
True
>>> store.close()
"""

from __future__ import annotations

from typing import Any

from actorgraph.graph import plan
from actorgraph.graph.embedded_adjacency import TABLE as ADJACENCY_TABLE

#: the index's node table (not in Neo4j, which has an index on Evidence(doc))
TABLE = "EvidenceIndex"
#: the store's internal node tables: this one and the actor-adjacency index's
INTERNAL = (TABLE, ADJACENCY_TABLE)
CREATE = f"CREATE NODE TABLE IF NOT EXISTS {TABLE}(id STRING, n INT64, ids STRING, PRIMARY KEY(id))"
_COMPLETE = f"MERGE (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}})"


def schema_statements(have: set[str], read_only: bool) -> list[str]:
    """The statements making the index table: a new graph's index is complete (it has no
    evidence yet); an older graph's is made empty and filled by its next write or
    ``actorgraph upgrade``. Read-only, an older graph is read without it.

    >>> schema_statements(set(), False)[1]
    "MERGE (x:EvidenceIndex {id: 'complete'})"
    >>> schema_statements({"Evidence"}, True)
    []
    """
    if TABLE in have or read_only:
        return []
    return [CREATE] if "Evidence" in have else [CREATE, _COMPLETE]


class DocIndex:
    """The index's part of :class:`~actorgraph.graph.embedded_store.EmbeddedStore`, which
    provides ``_conn``, ``_run``, ``_rows_of``, ``_with_table`` and ``_have``."""

    _conn: Any
    _have: set[str]
    #: (doc, id) Arrow tables of the pieces the running write created
    _index_pending: list[Any]
    #: whether the running write deleted or moved pieces (the index is rebuilt then)
    _index_stale: bool = False
    #: whether the running transaction ran Cypher with ``query(write=True)``
    _index_cypher: bool = False

    @property
    def doc_index(self) -> bool:
        """Whether the index is there and names every piece of evidence (the named
        queries use their ``indexed`` form then)."""
        if TABLE not in self._have:
            return False
        found = self._run(f"MATCH (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}}) RETURN count(*)")
        return bool(found[0][0])

    def _data_tables(self) -> list[str]:
        """The node tables a user's Cypher sees: all but the :data:`INTERNAL` ones and the
        schema marker.

        >>> import tempfile
        >>> from actorgraph.graph.embedded_store import EmbeddedStore
        >>> with EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb") as store:
        ...     store._data_tables()
        ['Actor', 'Document', 'Evidence']
        """
        from actorgraph.graph.embedded_schema import MARKER_PREFIX

        return sorted(name for name, kind in self._run("CALL show_tables() RETURN name, type")
                      if kind == "NODE" and name not in INTERNAL
                      and not name.startswith(MARKER_PREFIX))

    def _hide_internal(self, cypher: str) -> str:
        """``cypher`` whose table listings leave out the :data:`INTERNAL` tables and the
        schema marker, as a node without a label does
        (:func:`actorgraph.graph.dialect.hide_tables`).

        >>> import tempfile
        >>> from actorgraph.graph.embedded_store import EmbeddedStore
        >>> with EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb") as store:
        ...     [r[0] for r in store.query("CALL show_tables() WHERE type = 'NODE' "
        ...                                "RETURN name ORDER BY name").rows]
        ['Actor', 'Document', 'Evidence']
        """
        from actorgraph.graph.dialect import hide_tables
        from actorgraph.graph.embedded_schema import MARKER_PREFIX

        return hide_tables(cypher, lambda col: "".join(f"{col} = '{t}' OR " for t in INTERNAL)
                           + f"{col} STARTS WITH '{MARKER_PREFIX}'")

    def index_segments(self, doc: str) -> list[list[str]]:
        """The ids in each of ``doc``'s segments, in order (for tests and inspection)."""
        from actorgraph.graph.embedded_values import drain

        head = self._run(f"MATCH (x:{TABLE} {{id: $h}}) RETURN x.n", {"h": plan.index_head(doc)})
        out = []
        for k in range(head[0][0] if head else 0):
            for (ids,) in drain(self._conn.execute(
                f"MATCH (x:{TABLE} {{id: $s}}) RETURN x.ids", {"s": plan.index_segment(doc, k)}
            )):
                out.append(ids.split(plan.INDEX_SEP))
        return out

    def _index_note(self, pieces: Any) -> None:
        """Note pieces created by the running write (an Arrow table with ``doc`` and
        ``id`` columns)."""
        if pieces.num_rows:
            self._index_pending.append(pieces.select(["doc", "id"]))

    def _index_note_removed(self) -> None:
        """Note that the running write deleted pieces or moved one to another document."""
        self._index_stale = True

    def _index_begin(self) -> None:
        """Start the index's bookkeeping of a transaction."""
        self._index_pending, self._index_stale, self._index_cypher = [], False, False

    def _index_flush(self) -> None:
        """Index the pieces noted by the write about to commit (one segment per document);
        rebuild the whole index instead when the write deleted or moved pieces, or when
        the index is not complete (a graph made without it, or after a Cypher write). A
        transaction of Cypher only leaves an incomplete index as it is."""
        pending, stale, cypher = self._index_pending, self._index_stale, self._index_cypher
        self._index_begin()
        if TABLE not in self._have or (cypher and not pending and not stale):
            return
        if stale or not self.doc_index:
            self.rebuild_doc_index()
        elif pending:
            import pyarrow as pa

            self._index_append(pa.concat_tables(pending), complete=False)

    def _index_append(self, pieces: Any, complete: bool) -> None:
        """Append a segment per document of ``pieces`` (Arrow ``doc``, ``id``); with
        ``complete`` the index is known to be empty (no head lookups)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        pieces = pieces.filter(pc.is_valid(pieces.column("doc")))
        if not pieces.num_rows:
            return
        grouped = pieces.group_by("doc").aggregate([("id", "list")])
        docs = grouped.column("doc")
        joined = pc.binary_join(grouped.column("id_list"), plan.INDEX_SEP)
        heads = {} if complete else dict(self._rows_of(
            f"LOAD FROM _rows MATCH (x:{TABLE} {{id: h}}) RETURN x.id, x.n",
            pa.table({"h": pa.array([plan.index_head(d) for d in docs.to_pylist()],
                                    pa.string())}),
        ))
        counts = pc.list_value_length(grouped.column("id_list"))
        p = plan.plan_index(
            dict(zip(docs.to_pylist(), zip(joined.to_pylist(), counts.to_pylist()))), heads
        )
        if p.change:
            self._conn.execute(
                f"UNWIND $rows AS r MATCH (x:{TABLE} {{id: r.id}}) SET x.n = r.n",
                {"rows": p.change},
            )
        self._with_table(f"COPY {TABLE} FROM _rows", pa.table({
            "id": pa.array([r["id"] for r in p.create], pa.string()),
            "n": pa.array([r["n"] for r in p.create], pa.int64()),
            "ids": pa.array([r["ids"] for r in p.create], pa.string()),
        }))

    def rebuild_doc_index(self) -> None:
        """Make the index again from every stored piece of evidence (one scan), inside
        the running transaction or in one of its own."""
        if getattr(self, "_in_atomic", False):
            self._rebuild()
            return
        with self.atomic():  # type: ignore[attr-defined]
            self._rebuild()

    def _rebuild(self) -> None:
        if TABLE not in self._have:
            self._conn.execute(CREATE)
            self._have.add(TABLE)
        self._conn.execute(f"MATCH (x:{TABLE}) DELETE x")
        self._index_begin()
        pieces = self._conn.execute(
            "MATCH (e:Evidence) WHERE e.doc IS NOT NULL RETURN e.doc AS doc, e.id AS id"
        ).get_as_arrow()
        self._index_append(pieces, complete=True)
        self._conn.execute(_COMPLETE)

    def _after_cypher_write(self, cypher: str) -> None:
        """What Cypher run with ``query(write=True)`` may have changed unseen: evidence
        (the index is marked incomplete) and, if it names a TABLE, the schema (its
        version marker is dropped, so the next open checks the tables again)."""
        from actorgraph.graph.embedded_schema import MARKER_PREFIX

        if "TABLE" in cypher.upper():
            self._have = {r[0] for r in self._run("CALL show_tables() RETURN name")}
            for t in sorted(self._have):
                if t.startswith(MARKER_PREFIX):
                    self._conn.execute(f"DROP TABLE {t}")
        self._index_cypher = True
        if TABLE in self._have:
            self._conn.execute(
                f"MATCH (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}}) DELETE x"
            )
