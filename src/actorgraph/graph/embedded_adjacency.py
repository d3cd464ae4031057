"""The embedded store's actor-adjacency index: its I/O (the rules are in
:mod:`actorgraph.graph.plan`, "the actor-adjacency index").

``neighbourhood`` at 2 hops on a dense graph reaches every actor, and LadybugDB's
breadth-first search then reads every relation more than once (2.5x one pass over them
on the 1M-relation bench graph). The node table :data:`TABLE` holds, per actor, the set
of its neighbours by each relation type and by any type (a bitmap over actor ordinals,
or a list of ordinals when shorter), so the query's plan ``adjacency``
(``queries/library/neighbourhood.yaml``) is a breadth-first search over those sets:
primary-key lookups of the frontier's rows while it is small, one scan of the index once
it holds more than 1/:data:`SCAN_SHARE` of the actors.

- Every write of the store notes the relations it creates (:meth:`_adjacency_note`, from
  ``_copy_new``); :meth:`_adjacency_flush` ORs them into the rows of the actors they
  touch just before the write's transaction commits (new actors get the next ordinals).
  Relations are only deleted by Cypher or ``clear``.
- The row ``complete`` says the index holds every relation. Cypher run with
  ``query(write=True)`` may add or delete relations it cannot see, so it removes that row
  (:meth:`_adjacency_cypher_write`); ``neighbourhood`` then runs its Cypher (same
  answers), and the next write of the store, ``actorgraph upgrade`` or ``actorgraph
  repair`` rebuilds the index (one read of each relation table: ~2 s for a million).
- Like the evidence-by-document index, the table is left out of stats, views, exports,
  ``MATCH (n)`` and the table listings (:data:`actorgraph.graph.embedded_doc_index.INTERNAL`).

Example
-------
>>> import tempfile
>>> from actorgraph.graph.embedded_store import EmbeddedStore
>>> from actorgraph.graph.model import Actor, GraphBatch, Relation
>>> store = EmbeddedStore(tempfile.mkdtemp() + "/g.lbdb")
>>> _ = store.write(GraphBatch(
...     actors=[Actor(id=i, name=i, kind="state") for i in ("NLD", "UKR", "RUS")],
...     relations=[Relation(source="NLD", type="SUPPORTS", target="UKR"),
...                Relation(source="RUS", type="THREATENS", target="UKR")]))
>>> store.adjacency_index
True
>>> store.run_plan("adjacency", {"actor": "NLD", "hops": 2, "types": ["SUPPORTS",
...     "THREATENS"]}).rows
[['UKR', 'UKR', 'state', 'other', 1], ['RUS', 'RUS', 'state', 'other', 2]]
>>> _ = store.query("MATCH (a:Actor {id: 'NLD'})-[r:SUPPORTS]->() DELETE r", write=True)
>>> store.adjacency_index, store.run_plan("adjacency", {"actor": "NLD", "hops": 2,
...     "types": ["SUPPORTS"]})
(False, None)
>>> store.rebuild_adjacency()
>>> store.run_plan("adjacency", {"actor": "NLD", "hops": 2, "types": ["SUPPORTS"]}).rows
[]
>>> store.close()
"""

from __future__ import annotations

from typing import Any

from actorgraph.graph import plan
from actorgraph.graph.store import QueryResult
from actorgraph.graph.vocabulary import RelationType

#: the index's node table (Neo4j's own search needs none)
TABLE = "ActorAdjacency"
#: the neighbour columns: one per relation type, and their union
COLUMNS = (*(t.value for t in RelationType), plan.ADJACENCY_ANY)
CREATE = (f"CREATE NODE TABLE IF NOT EXISTS {TABLE}(id STRING, actor STRING, o INT64, "
          + ", ".join(f"{c} BLOB" for c in COLUMNS) + ", PRIMARY KEY(id))")
_COMPLETE = f"MERGE (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}})"
_INCOMPLETE = f"MATCH (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}}) DELETE x"
#: a frontier or an answer holding more than 1/SCAN_SHARE of the actors is read with one
#: scan of the index (of the actors) instead of a primary-key lookup per actor
SCAN_SHARE = 8
#: from this many actors on, the scans are read as Arrow (faster per row; a named query on
#: a small store does not load pyarrow)
ARROW_FROM = 1000
#: the columns of ``neighbourhood`` (its Cypher's RETURN)
_NEIGHBOURHOOD = ["id", "name", "kind", "bloc", "hops"]


def schema_statements(have: set[str], read_only: bool) -> list[str]:
    """The statements making the index table, run when a graph does not carry this
    version's schema marker: a new graph's index is complete (it has no relations yet);
    an older graph's is made empty and filled by its next write or ``actorgraph
    upgrade``. A graph that has the table but another marker was last opened for writing
    by another version, which may not keep the index (or lay it out alike): the table is
    made again, empty. Read-only, an older graph is read without it.

    >>> schema_statements(set(), False)[1]
    "MERGE (x:ActorAdjacency {id: 'complete'})"
    >>> schema_statements({"Actor", "ActorAdjacency"}, False)[0]
    'DROP TABLE ActorAdjacency'
    >>> schema_statements({"Actor"}, True)
    []
    """
    if read_only:
        return []
    if TABLE in have:
        return [f"DROP TABLE {TABLE}", CREATE]
    return [CREATE] if "Actor" in have else [CREATE, _COMPLETE]


class AdjacencyIndex:
    """The index's part of :class:`~actorgraph.graph.embedded_store.EmbeddedStore`, which
    provides ``_conn``, ``_run``, ``_rows_of``, ``_with_table``, ``_transaction``,
    ``atomic`` and ``_have``."""

    _conn: Any
    _have: set[str]
    #: (relation type, Arrow table with ``from`` and ``to``) created by the running write
    _adjacency_pending: list[tuple[str, Any]]
    #: whether the running transaction ran Cypher with ``query(write=True)``
    _adjacency_cypher: bool = False

    @property
    def adjacency_index(self) -> bool:
        """Whether the index is there and holds every relation (``neighbourhood`` runs
        its plan ``adjacency`` then)."""
        if TABLE not in self._have:
            return False
        found = self._run(f"MATCH (x:{TABLE} {{id: '{plan.INDEX_COMPLETE}'}}) RETURN count(*)")
        return bool(found[0][0])

    # -- the plan ---------------------------------------------------------------------

    def run_plan(self, name: str, bound: dict[str, Any]) -> QueryResult | None:
        """The rows of a named query's store plan (``plan:`` in its file), or None when
        the store has no such plan or its index is incomplete (run the Cypher then).
        ``adjacency`` answers ``neighbourhood`` from 2 hops on: at 1 hop the Cypher reads
        one actor's relations, as fast as the index."""
        if name != "adjacency" or bound["hops"] < 2:
            return None
        with self._transaction(read_only=True):  # type: ignore[attr-defined]
            if not self.adjacency_index:
                return None
            rows = self._neighbourhood(bound["actor"], bound["hops"], bound["types"])
        return QueryResult(columns=list(_NEIGHBOURHOOD), rows=rows)

    def _neighbourhood(self, actor: str, hops: int, types: list[str]) -> list[list[Any]]:
        """``neighbourhood``'s rows (id, name, kind, bloc, hops) ordered by hops, id."""
        use = list(types) if set(COLUMNS[:-1]) - set(types or COLUMNS) else [plan.ADJACENCY_ANY]
        cols = ", ".join(f"x.{c}" for c in use)
        found = dict(self._run(f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) RETURN x.id, x.o",
                               {"k": [plan.adjacency_actor(actor), plan.ADJACENCY_NEXT]}))
        start = found.get(plan.adjacency_actor(actor))
        if start is None:
            return []
        size = found.get(plan.ADJACENCY_NEXT) or 0
        whole: dict[int, tuple[str, list]] = {}  # ordinal -> (actor, stored sets), scanned

        def reach(frontier: list[int]) -> int:
            if not whole and len(frontier) * SCAN_SHARE > size:
                whole.update(self._adjacency_scan(cols, size))
            if whole:
                bits = 0
                for o in frontier:
                    for blob in whole[o][1] if o in whole else ():
                        bits |= plan.decode_neighbours(blob)
                return bits
            bits = 0
            for row in self._run(f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) RETURN {cols}",
                                 {"k": [plan.adjacency_row(o) for o in frontier]}):
                for blob in row:
                    bits |= plan.decode_neighbours(blob)
            return bits

        level = plan.neighbourhood_levels(start, hops, reach)
        if whole and len(level) * SCAN_SHARE > size:
            wanted = {whole[o][0]: h for o, h in level.items()}
            out = [[i, name, kind, bloc, wanted[i]] for i, name, kind, bloc in self._scan_rows(
                "MATCH (b:Actor) RETURN b.id, b.name, b.kind, b.bloc", size) if i in wanted]
        else:
            out = [[i, name, kind, bloc, level[o]] for i, name, kind, bloc, o in self._run(
                f"UNWIND $k AS k MATCH (x:{TABLE} {{id: k}}) WITH x.o AS o, x.actor AS i "
                "MATCH (b:Actor {id: i}) RETURN b.id, b.name, b.kind, b.bloc, o",
                {"k": [plan.adjacency_row(o) for o in level]})]
        out.sort(key=lambda r: (r[4], r[0]))
        return out

    def _scan_rows(self, cypher: str, size: int) -> Any:
        """The rows of a scan, read as Arrow from :data:`ARROW_FROM` actors on."""
        if size < ARROW_FROM:
            return self._run(cypher)
        return zip(*(c.to_pylist() for c in self._conn.execute(cypher).get_as_arrow().columns))

    def _adjacency_scan(self, cols: str, size: int) -> dict[int, tuple[str, list]]:
        """Every actor's row: ordinal -> (actor, its stored sets of the ``cols``)."""
        return {o: (actor, blobs) for o, actor, *blobs in self._scan_rows(
            f"MATCH (x:{TABLE}) WHERE x.id STARTS WITH '#' RETURN x.o, x.actor, {cols}", size)}

    # -- keeping it ---------------------------------------------------------------------

    def _adjacency_begin(self) -> None:
        """Start the index's bookkeeping of a transaction."""
        self._adjacency_pending, self._adjacency_cypher = [], False

    def _adjacency_note(self, rtype: str, rel: Any) -> None:
        """Note relations created by the running write (Arrow, ``from`` and ``to``)."""
        if rel.num_rows:
            self._adjacency_pending.append((rtype, rel.select(["from", "to"])))

    def _adjacency_cypher_write(self) -> None:
        """Cypher run with ``query(write=True)`` may have added or deleted relations
        unseen: the index is marked incomplete."""
        self._adjacency_cypher = True
        if TABLE in self._have:
            self._conn.execute(_INCOMPLETE)

    def _adjacency_flush(self) -> None:
        """Add the relations noted by the write about to commit; rebuild the index
        instead when it is not complete (a graph made without it, or after a Cypher
        write). A transaction of Cypher only leaves an incomplete index as it is."""
        pending, cypher = self._adjacency_pending, self._adjacency_cypher
        self._adjacency_begin()
        if TABLE not in self._have or (cypher and not pending):
            return
        if not self.adjacency_index:
            self.rebuild_adjacency()
        elif pending:
            self._adjacency_add(pending, fresh=False)

    def rebuild_adjacency(self) -> None:
        """Make the index again from every stored relation (one read of each relation
        table), inside the running transaction or in one of its own."""
        if not getattr(self, "_in_atomic", False):
            with self.atomic():  # type: ignore[attr-defined]
                self.rebuild_adjacency()
            return
        if TABLE not in self._have:
            self._conn.execute(CREATE)
            self._have.add(TABLE)
        self._conn.execute(f"MATCH (x:{TABLE}) DELETE x")
        self._adjacency_begin()
        parts = [(t.value, self._conn.execute(
            f"MATCH (a:Actor)-[:{t.value}]->(b:Actor) RETURN a.id AS `from`, b.id AS `to`"
        ).get_as_arrow()) for t in RelationType if t.value in self._have]
        self._adjacency_add(parts, fresh=True)
        self._conn.execute(_COMPLETE)

    def _adjacency_add(self, parts: list[tuple[str, Any]], fresh: bool) -> None:
        """OR the relations of ``parts`` into the rows of the actors they touch (``fresh``:
        the index is known to be empty, no lookups)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        parts = [(t, rel) for t, rel in parts if rel.num_rows]
        if not parts:
            return
        names = pc.unique(pa.chunked_array(
            [c.cast(pa.string()) for _, rel in parts for col in ("from", "to")
             for c in rel.column(col).chunks], pa.string())).to_pylist()
        known: dict[str, int] = {}
        next_free = 0
        if not fresh:
            for key, actor, o in self._rows_of(
                f"LOAD FROM _rows MATCH (x:{TABLE} {{id: k}}) RETURN x.id, x.actor, x.o",
                pa.table({"k": pa.array([plan.ADJACENCY_NEXT]
                                        + [plan.adjacency_actor(a) for a in names])}),
            ):
                if key == plan.ADJACENCY_NEXT:
                    next_free = o
                else:
                    known[actor] = o
        ordinals, after = plan.assign_ordinals(names, known, next_free)
        ids = pa.array(list(ordinals), pa.string())
        ords = pa.array(list(ordinals.values()), pa.int64())
        bits: dict[str, dict[int, int]] = {c: {} for c in COLUMNS}
        for rtype, rel in parts:
            s = pc.take(ords, pc.index_in(rel.column("from"), value_set=ids))
            t = pc.take(ords, pc.index_in(rel.column("to"), value_set=ids))
            grouped = pa.table({"x": pa.chunked_array(s.chunks + t.chunks),
                                "y": pa.chunked_array(t.chunks + s.chunks)}
                               ).group_by("x").aggregate([("y", "list")])
            column = bits[rtype]
            for x, ys in zip(grouped.column("x").to_pylist(),
                             grouped.column("y_list").to_pylist()):
                column[x] = column.get(x, 0) | plan.neighbour_bits(ys)
        for rtype in COLUMNS[:-1]:
            for x, b in bits[rtype].items():
                bits[plan.ADJACENCY_ANY][x] = bits[plan.ADJACENCY_ANY].get(x, 0) | b
        touched = sorted(bits[plan.ADJACENCY_ANY])
        actor_of = {o: a for a, o in ordinals.items()}
        stored = [plan.adjacency_row(o) for o in touched if actor_of[o] in known]
        if stored:
            for o, *blobs in self._rows_of(
                f"LOAD FROM _rows MATCH (x:{TABLE} {{id: k}}) RETURN x.o, "
                + ", ".join(f"x.{c}" for c in COLUMNS), pa.table({"k": pa.array(stored)}),
            ):
                for c, blob in zip(COLUMNS, blobs):
                    if blob:
                        bits[c][o] = bits[c].get(o, 0) | plan.decode_neighbours(blob)
        if not fresh:  # the rows written again below, and the next free ordinal
            self._with_table(f"LOAD FROM _rows MATCH (x:{TABLE} {{id: k}}) DELETE x",
                             pa.table({"k": pa.array(stored + [plan.ADJACENCY_NEXT])}))
        new = sorted(set(ordinals) - set(known))
        rows = {
            "id": [plan.adjacency_row(o) for o in touched]
            + [plan.adjacency_actor(a) for a in new] + [plan.ADJACENCY_NEXT],
            "actor": [actor_of[o] for o in touched] + new + [None],
            "o": touched + [ordinals[a] for a in new] + [after],
        }
        blank = [None] * (len(new) + 1)
        self._with_table(f"COPY {TABLE} FROM _rows", pa.table({
            "id": pa.array(rows["id"], pa.string()),
            "actor": pa.array(rows["actor"], pa.string()),
            "o": pa.array(rows["o"], pa.int64()),
            **{c: pa.array([plan.encode_neighbours(bits[c].get(o, 0)) for o in touched]
                           + blank, pa.binary()) for c in COLUMNS},
        }))
