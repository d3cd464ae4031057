"""The rules of a write, above the store seam: what it may refer to, and what it changes.

Both stores follow these functions, so they accept and refuse the same writes and store
the same result; a store only reads the keys a rule needs and executes what the rule
decided. Everything here is pure: no store, no I/O.

- :func:`check_references`, :func:`check_column_references`: every actor a relation or
  mention names, and every document a mention names, is in the write or in the store;
  every piece of evidence belongs to a relation of the write. One message per broken
  rule, the same on both stores.
- :func:`plan_actors`, :func:`plan_documents`, :func:`plan_mentions`,
  :func:`plan_relations`: given what the store holds under the write's keys, which items
  are new, which change (and to what), and which pieces of evidence are created,
  replaced or deleted.

Example
-------
>>> from actorgraph.graph.model import Evidence, Relation
>>> stored = Relation(source="NLD", type="SUPPORTS", target="UKR",
...                   provenance=[Evidence(doc="a", text="steun")])
>>> new = Relation(source="NLD", type="SUPPORTS", target="UKR",
...                provenance=[Evidence(doc="b", text="F-16's")])
>>> from actorgraph.graph.records import evidence_rows
>>> p = plan_relations([new], {stored.key: stored}, {stored.key: evidence_rows(stored)})
>>> (p.added, p.updated, [e["id"] for e in p.evidence_create])
(0, 1, ['NLD|SUPPORTS|UKR|1'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from actorgraph.errors import LoaderError
from actorgraph.graph import records
from actorgraph.graph.keys import canonical_key
from actorgraph.graph.vocabulary import RelationType

if TYPE_CHECKING:  # only in type hints: the read path does not load the models (pydantic)
    from actorgraph.graph.model import Actor, Document, Mention, Relation

Key = tuple[str, str, str]
#: ``missing(label, ids)``: the ids among ``ids`` that no ``label`` node in the store has
MissingIds = Callable[[str, set[str]], set[str]]

ACTOR_HINT = (
    "add the actor to the file, or load the catalogue (`actorgraph load --catalogue`) first"
)
DOCUMENT_HINT = "write the documents with their mentions"


def relation_key(source: str, rtype: object, target: str) -> Key:
    """The stored key of a relation, with the type parsed (any case): the one key rule is
    :func:`actorgraph.graph.keys.canonical_key`.

    >>> relation_key("UKR", "partners_with", "NLD")
    ('NLD', 'PARTNERS_WITH', 'UKR')
    """
    return canonical_key(source, RelationType.parse(rtype), target)


# ----------------------------------------------------------------------- references
def check_references(
    actors: Iterable[Actor],
    relations: Iterable[Relation],
    documents: Iterable[Document],
    mentions: Iterable[Mention],
    missing: MissingIds,
) -> None:
    """Refuse a write whose relations or mentions name an actor, or whose mentions name
    a document, that is neither in the write nor in the store.

    Raises :class:`LoaderError` naming the first relation (by key) or mention (by
    document, actor) that breaks the rule; nothing is written then.

    >>> from actorgraph.graph.model import Actor, Mention
    >>> nothing_stored = lambda label, ids: set(ids)
    >>> check_references([Actor(id="NLD", name="NL", kind="state")], [], [],
    ...                  [Mention(doc="d1", actor="NLD")], nothing_stored)
    Traceback (most recent call last):
    ...
    actorgraph.errors.LoaderError: a mention names unknown document 'd1'; write the \
documents with their mentions
    """
    relations = list(relations)
    mentions = list(mentions)
    have = {a.id for a in actors}
    wanted = {end for r in relations for end in (r.source, r.target)}
    wanted |= {m.actor for m in mentions}
    lost = missing("Actor", wanted - have) if wanted - have else set()
    if lost:
        for rel in sorted(relations, key=lambda r: r.key):
            for end in (rel.source, rel.target):
                if end in lost:
                    raise LoaderError(
                        f"relation {rel.source} {rel.type.value} {rel.target} names "
                        f"unknown actor {end!r}",
                        hint=ACTOR_HINT,
                    )
        raise LoaderError(
            f"a mention names unknown actor {sorted(lost)[0]!r}", hint=ACTOR_HINT
        )
    docs = {d.id for d in documents}
    wanted_docs = {m.doc for m in mentions} - docs
    lost_docs = missing("Document", wanted_docs) if wanted_docs else set()
    if lost_docs:
        raise LoaderError(
            f"a mention names unknown document {sorted(lost_docs)[0]!r}", hint=DOCUMENT_HINT
        )


def check_column_references(
    columns: records.RelationColumns, actors: Iterable[Actor], missing: MissingIds
) -> None:
    """:func:`check_references` for bulk relation columns, and every piece of evidence
    belongs to a relation among the columns.

    Raises :class:`LoaderError` naming the first type (in type order) with unknown actors
    and up to five of its own, or the first piece of evidence without its relation.
    """
    have = {a.id for a in actors}
    ends = {rtype: columns.ends(rtype) for rtype in columns.types()}
    wanted = set().union(*ends.values()) - have if ends else set()
    lost = missing("Actor", wanted) if wanted else set()
    for rtype, names in ends.items():
        if names & lost:
            raise LoaderError(
                f"{rtype} relations name unknown actors: "
                f"{', '.join(sorted(names & lost)[:5])}",
                hint="add them to the actors file, or load the catalogue first",
            )
    for rtype in columns.types():
        orphan = columns.orphan_evidence(rtype)
        if orphan is not None:
            raise LoaderError(
                f"evidence for {orphan[0]} {rtype} {orphan[1]}, which is not among the "
                "relations",
                hint="add each relation's evidence with RelationColumns.add(row, evidence)",
            )


# ----------------------------------------------------------------------- the plans
@dataclass
class RowPlan:
    """Rows (as :mod:`records` gives them) to create and to change."""

    create: list[dict[str, Any]] = field(default_factory=list)
    change: list[dict[str, Any]] = field(default_factory=list)


def plan_actors(actors: Iterable[Actor], stored: Mapping[str, Actor]) -> RowPlan:
    """New actors, and stored ones the write changes (``Actor.merged``: the write's
    non-empty fields and aliases added); an actor the write leaves as it is is in neither.

    >>> from actorgraph.graph.model import Actor
    >>> a = Actor(id="NLD", name="Netherlands", kind="state")
    >>> p = plan_actors([a], {"NLD": a})
    >>> (len(p.create), len(p.change))
    (0, 0)
    """
    out = RowPlan()
    for actor in actors:
        have = stored.get(actor.id)
        if have is None:
            out.create.append(records.actor_to_row(actor))
            continue
        merged = have.merged(actor)
        if merged != have:
            out.change.append(records.actor_to_row(merged))
    return out


def plan_documents(docs: Iterable[Document], stored: Mapping[str, Document]) -> RowPlan:
    """New documents, and stored ones with fields the write fills in or corrects (a field
    the write leaves empty keeps what was stored)."""
    out = RowPlan()
    for doc in docs:
        have = stored.get(doc.id)
        if have is None:
            out.create.append(records.document_to_row(doc))
            continue
        row = records.document_to_row(have)
        row.update({k: v for k, v in records.document_to_row(doc).items() if v is not None})
        if row != records.document_to_row(have):
            out.change.append(row)
    return out


def plan_mentions(
    mentions: Iterable[Mention], stored: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Rows of the mentions not yet stored; a stored mention keeps its count."""
    return [records.mention_to_row(m) for m in mentions if (m.doc, m.actor) not in stored]


@dataclass
class RelationPlan:
    """What a write of relations changes: relation rows to create and to change, pieces of
    evidence to create, replace and delete (by id), and the counts for the summary."""

    create: list[dict[str, Any]] = field(default_factory=list)
    change: list[dict[str, Any]] = field(default_factory=list)
    evidence_create: list[dict[str, Any]] = field(default_factory=list)
    evidence_replace: list[dict[str, Any]] = field(default_factory=list)
    evidence_delete: list[str] = field(default_factory=list)
    #: replaced pieces whose document changed (the evidence-by-document index gains them)
    evidence_moved: list[dict[str, Any]] = field(default_factory=list)
    added: int = 0
    updated: int = 0

    def __bool__(self) -> bool:
        return bool(
            self.create or self.change or self.evidence_create or self.evidence_replace
            or self.evidence_delete
        )


def stored_relation(row: dict[str, Any], evidence: Iterable[dict[str, Any]]) -> Relation:
    """A stored relation from its row and the evidence rows stored under its key; pieces
    beyond its ``count`` are strays (of a relation deleted with Cypher) and left out."""
    count = row.get("count") or 0
    return records.row_to_relation(
        row, [e for e in evidence if (e.get("seq") or 0) < count]
    )


def unchanged(
    rows: Mapping[Key, tuple],
    evidence: Mapping[Key, Iterable[tuple]],
    stored_rows: Mapping[Key, tuple],
    stored_evidence: Mapping[Key, Iterable[tuple]],
) -> set[Key]:
    """Keys whose relation is read again exactly as stored: the same properties and the
    same pieces of evidence. Writing such a relation changes nothing, so a store may skip
    it before building model objects (loading a large file again stays cheap).

    Relations are tuples of their :data:`records.RELATION_PROPS` values, pieces of
    evidence tuples of :data:`records.EVIDENCE_PROPS` values (the stored ones may include
    strays beyond the relation's ``count``: they are not its evidence).

    >>> row = (1.0, 0, None, None, None, None, None)
    >>> unchanged({("A", "SUPPORTS", "B"): row}, {}, {("A", "SUPPORTS", "B"): row}, {})
    {('A', 'SUPPORTS', 'B')}
    """
    count = records.RELATION_PROPS.index("count")
    seq = records.EVIDENCE_PROPS.index("seq")
    out = set()
    for key, row in rows.items():
        have = stored_rows.get(key)
        if have is None or tuple(have) != tuple(row):
            continue
        n = have[count] or 0
        stored = {tuple(e) for e in stored_evidence.get(key, ()) if (e[seq] or 0) < n}
        if stored == {tuple(e) for e in evidence.get(key, ())}:
            out.add(key)
    return out


def plan_relations(
    relations: Iterable[Relation],
    stored: Mapping[Key, Relation],
    stored_evidence: Mapping[Key, Iterable[dict[str, Any]]],
) -> RelationPlan:
    """Merge relations with the stored ones of their keys.

    ``stored`` holds the stored relations of (some of) the keys, ``stored_evidence`` every
    Evidence row stored under a key, strays included. A new relation is created with its
    evidence; a stored one is replaced by ``stored.merged(new)`` when that differs. Either
    way the key's evidence is brought in line with the relation's provenance: pieces with a
    new id are created, changed ones replaced, stored ones no longer wanted (strays of a
    relation deleted with Cypher) deleted, so evidence ids stay unique.
    """
    out = RelationPlan()
    for rel in relations:
        have = stored.get(rel.key)
        if have is None:
            want = rel
            out.create.append(records.relation_to_row(rel))
            out.added += 1
        else:
            want = have.merged(rel)
            if want == have:
                continue
            out.updated += 1
            row = records.relation_to_row(want)
            if row != records.relation_to_row(have):
                out.change.append(row)
        by_id = {e["id"]: e for e in stored_evidence.get(rel.key, ())}
        wanted = set()
        for ev in records.evidence_rows(want):
            wanted.add(ev["id"])
            before = by_id.get(ev["id"])
            if before is None:
                out.evidence_create.append(ev)
            elif _differs(before, ev):
                out.evidence_replace.append(ev)
                if before.get("doc") != ev.get("doc"):
                    out.evidence_moved.append(ev)
        out.evidence_delete.extend(i for i in by_id if i not in wanted)
    return out


def _differs(stored: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a stored row differs from a planned one (an absent value is None)."""
    return any(stored.get(k) != v for k, v in row.items()) or any(
        v is not None and k not in row for k, v in stored.items()
    )


# ----------------------------------------------------- the evidence-by-document index
# A store without secondary indexes (LadybugDB indexes only primary keys) finds a
# document's pieces of evidence through an index kept by every write: per document a head
# ``n|DOC`` holding how many segments it has, and segments ``K|DOC`` (K = 0, 1, …) holding
# the ids of the pieces one write added, joined by INDEX_SEP. A write that only adds
# pieces appends a segment per document it touched (earlier segments are never
# rewritten); a write that deletes pieces or moves one to another document (a replaced
# piece whose ``doc`` changed: RelationPlan.evidence_moved) has the index rebuilt from
# the stored evidence instead, so every id is in its document's segments exactly once and
# a document's claims can be counted from its segments. Neo4j has a real index on
# Evidence(doc) and needs none of this. (queries/library spells these keys too.)

#: the ids in a segment are joined by this (evidence ids never contain it)
INDEX_SEP = "\x1f"
#: the key of the row saying the index is complete (no ``|``: no head or segment has it)
INDEX_COMPLETE = "complete"


def index_head(doc: str) -> str:
    """The key of a document's head in the evidence-by-document index.

    >>> index_head("relations.csv"), index_segment("relations.csv", 2)
    ('n|relations.csv', '2|relations.csv')
    """
    return f"n|{doc}"


def index_segment(doc: str, k: int) -> str:
    """The key of a document's ``k``-th segment (see :func:`index_head`)."""
    return f"{k}|{doc}"


@dataclass
class IndexPlan:
    """What one write adds to the evidence-by-document index: rows (``id``, ``n``,
    ``ids``) to create (new heads and every new segment) and heads whose ``n`` grows. A
    head's ``n`` is its number of segments, a segment's the number of ids it holds."""

    create: list[dict[str, Any]] = field(default_factory=list)
    change: list[dict[str, Any]] = field(default_factory=list)


def plan_index(
    grouped: Mapping[str, tuple[str, int]], heads: Mapping[str, int]
) -> IndexPlan:
    """One new segment per document of ``grouped`` (doc -> its new ids joined by
    :data:`INDEX_SEP`, and how many), after the segments it has: ``heads`` maps the
    stored heads' keys (:func:`index_head`) to their ``n``; a document without a head
    gets one.

    >>> p = plan_index({"d1": ("A|SUPPORTS|B|0", 1), "d2": ("A|SUPPORTS|B|1", 1)},
    ...                {"n|d2": 3})
    >>> [(r["id"], r["n"]) for r in p.create], p.change
    ([('n|d1', 1), ('0|d1', 1), ('3|d2', 1)], [{'id': 'n|d2', 'n': 4}])
    """
    out = IndexPlan()
    for doc, (ids, count) in grouped.items():
        n = heads.get(index_head(doc))
        if n is None:
            out.create.append({"id": index_head(doc), "n": 1, "ids": None})
            n = 0
        else:
            out.change.append({"id": index_head(doc), "n": n + 1})
        out.create.append({"id": index_segment(doc, n), "n": count, "ids": ids})
    return out


# ------------------------------------------------------------ the actor-adjacency index
# A store without secondary indexes reads (nearly) every relation to find the actors k
# relations away from one actor when the graph is dense (on a graph where each actor has
# ~1,000 relations, 2 hops is every actor). The embedded store keeps, per actor and
# relation type, the set of its neighbours (either direction, each once) as an integer
# set over actor ordinals, in one row per actor keyed ``#O`` (ordinal O), with a row
# ``@ACTOR`` per actor holding its ordinal and a row ``n`` holding the next free ordinal;
# the column ADJACENCY_ANY holds the union over all types. Relations are only ever added
# by a write (deleted only by Cypher, which marks the index incomplete), so a write ORs
# its new relations into the rows of the actors they touch. ``neighbourhood`` is then a
# breadth-first search over these sets (:func:`neighbourhood_levels`), which finds the
# same actors at the same distances as the shortest paths of its Cypher.

#: the column holding an actor's neighbours by any type (the default of ``neighbourhood``)
ADJACENCY_ANY = "ANY_TYPE"
#: the key of the row holding the next free ordinal (no ``@`` or ``#``)
ADJACENCY_NEXT = "n"


def adjacency_actor(actor: str) -> str:
    """The key of the row holding an actor's ordinal; :func:`adjacency_row` the key of the
    row holding the neighbours of the actor of an ordinal.

    >>> adjacency_actor("NLD"), adjacency_row(7)
    ('@NLD', '#7')
    """
    return f"@{actor}"


def adjacency_row(ordinal: int) -> str:
    """The key of the neighbours' row of the actor of ``ordinal`` (:func:`adjacency_actor`)."""
    return f"#{ordinal}"


def assign_ordinals(actors: Iterable[str], known: Mapping[str, int],
                    next_free: int) -> tuple[dict[str, int], int]:
    """Ordinals for ``actors``: the ``known`` ones keep theirs, the others get the next
    free ones in id order. Returns every actor's ordinal and the next free one after.

    >>> assign_ordinals(["UKR", "NLD", "BEL"], {"NLD": 0}, 1)
    ({'NLD': 0, 'BEL': 1, 'UKR': 2}, 3)
    """
    out = {a: known[a] for a in actors if a in known}
    for a in sorted(set(actors) - set(known)):
        out[a], next_free = next_free, next_free + 1
    return out, next_free


def neighbour_bits(ordinals: Iterable[int]) -> int:
    """The set of ``ordinals`` as an integer (bit ``k`` set: ordinal ``k`` is in it).

    >>> bin(neighbour_bits([0, 3, 3]))
    '0b1001'
    """
    ordinals = list(ordinals)
    if not ordinals:
        return 0
    buf = bytearray(max(ordinals) // 8 + 1)
    for o in ordinals:
        buf[o >> 3] |= 1 << (o & 7)
    return int.from_bytes(buf, "little")


def set_bits(bits: int) -> list[int]:
    """The ordinals in ``bits``, in order (byte by byte: linear in its length).

    >>> set_bits(0b1001), set_bits(0)
    ([0, 3], [])
    """
    out: list[int] = []
    for i, byte in enumerate(bits.to_bytes((bits.bit_length() + 7) // 8, "little")):
        if byte:
            out.extend(i * 8 + k for k in range(8) if byte >> k & 1)
    return out


def encode_neighbours(bits: int) -> bytes | None:
    """A set of ordinals as stored: ``B`` and the bitmap (little-endian), or ``L`` and the
    ordinals as 4-byte little-endian integers when that is shorter (a few neighbours
    among many actors), so the index grows with the relations, not with actors squared.
    None for the empty set.

    >>> encode_neighbours(neighbour_bits([1, 2, 3]))
    b'B\\x0e'
    >>> encode_neighbours(neighbour_bits([1000]))
    b'L\\xe8\\x03\\x00\\x00'
    >>> decode_neighbours(encode_neighbours(neighbour_bits([5, 1000]))) == neighbour_bits([5, 1000])
    True
    """
    if not bits:
        return None
    width = (bits.bit_length() + 7) // 8
    if bits.bit_count() * 4 < width:
        return b"L" + b"".join(o.to_bytes(4, "little") for o in set_bits(bits))
    return b"B" + bits.to_bytes(width, "little")


def decode_neighbours(blob: bytes | None) -> int:
    """The set of ordinals :func:`encode_neighbours` stored (0 for None)."""
    if not blob:
        return 0
    if blob[:1] == b"B":
        return int.from_bytes(blob[1:], "little")
    return neighbour_bits(int.from_bytes(blob[i:i + 4], "little")
                          for i in range(1, len(blob), 4))


def neighbourhood_levels(start: int, hops: int,
                         reach: Callable[[list[int]], int]) -> dict[int, int]:
    """Every ordinal within ``hops`` steps of ``start`` but ``start``, with its distance:
    a breadth-first search where ``reach(frontier)`` gives the union of the neighbours of
    the frontier's ordinals (by the relation types asked for). This is the answer of
    ``neighbourhood`` (its shortest paths either way, restricted to the types).

    >>> adj = {0: 0b10, 1: 0b101, 2: 0b1010, 3: 0b100}
    >>> neighbourhood_levels(0, 2, lambda f: neighbour_bits(
    ...     o for x in f for o in set_bits(adj[x])))
    {1: 1, 2: 2}
    """
    seen, frontier, out = 1 << start, [start], {}
    for hop in range(1, hops + 1):
        new = reach(frontier) & ~seen
        if not new:
            break
        seen |= new
        frontier = set_bits(new)
        out.update(dict.fromkeys(frontier, hop))
    return out
