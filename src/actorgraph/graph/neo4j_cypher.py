"""The Cypher the Neo4j store sends: every statement text, built only from the vocabulary.

Relationship types and labels are formatted into the text only after
:func:`rel_type` / :func:`kind_label` checked them against the vocabulary; every value
travels as a parameter. Unit tests assert these texts against a fake driver.

>>> cypher_lookup_relations("supports")
'UNWIND $keys AS k MATCH (a:Actor {id: k[0]})-[r:SUPPORTS]->(b:Actor {id: k[1]}) \
RETURN a.id AS s, b.id AS t, properties(r) AS p'
"""

from __future__ import annotations

from actorgraph.graph.records import EVIDENCE_PROPS, RELATION_PROPS
from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType

KIND_LABELS = {k: k.neo4j_label for k in ActorKind}
BLOC_LABELS = [b.neo4j_label for b in Bloc]
_KIND_LABELS = KIND_LABELS
_BLOC_LABELS = BLOC_LABELS

SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
    "CREATE RANGE INDEX evidence_key IF NOT EXISTS FOR (e:Evidence) "
    "ON (e.source, e.type, e.target)",
    "CREATE RANGE INDEX evidence_doc IF NOT EXISTS FOR (e:Evidence) ON (e.doc)",
)
#: the layout this actorgraph writes; a store is marked with it once :data:`CONVERSIONS`
#: have run, so opening a store for writing does not scan every relationship each time
SCHEMA_VERSION = 2
#: the mark: an index of that name (on a label no node has), not a node, so that the
#: graph holds only actors, documents and evidence (``MATCH (n)`` counts stay as they
#: were) and emptying the store (:meth:`Neo4jStore.clear`) keeps it
SCHEMA_MARK = f"actorgraph_schema_{SCHEMA_VERSION}"
CYPHER_SCHEMA_MARKED = "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n"
CYPHER_MARK_SCHEMA = (
    f"CREATE RANGE INDEX {SCHEMA_MARK} IF NOT EXISTS FOR (m:ActorgraphSchema) ON (m.version)"
)
#: what brings a graph written by an older actorgraph to :data:`SCHEMA_VERSION`: it kept a
#: relation's origins as a list; they are one text now (records.origins_text), as in the
#: embedded store. Each statement scans every relationship: run while unmarked only
CONVERSIONS = (
    "MATCH (:Actor)-[r]->(:Actor) WHERE r.origins IS :: LIST<ANY> "
    "SET r.origins = reduce(s = '', o IN r.origins | "
    "s + CASE s WHEN '' THEN '' ELSE ',' END + o)",
)


def rel_type(value: object) -> str:
    """A relationship type safe to format into Cypher: only a :class:`RelationType` value.

    >>> rel_type("supports")
    'SUPPORTS'
    """
    return RelationType.parse(value).value


def kind_label(value: object) -> str:
    """The node label of an actor kind (``state`` → ``State``), only from the vocabulary.

    >>> kind_label("organisation")
    'Organisation'
    """
    return _KIND_LABELS[ActorKind.parse(value)]


def cypher_lookup_relations(rtype: str) -> str:
    return (
        "UNWIND $keys AS k "
        f"MATCH (a:Actor {{id: k[0]}})-[r:{rel_type(rtype)}]->(b:Actor {{id: k[1]}}) "
        "RETURN a.id AS s, b.id AS t, properties(r) AS p"
    )


def cypher_create_relations(rtype: str) -> str:
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"CREATE (a)-[r:{rel_type(rtype)}]->(b) SET r = row.p"
    )


def cypher_merge_relations(rtype: str) -> str:
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
        f"MERGE (a)-[r:{rel_type(rtype)}]->(b) SET r = row.p"
    )


def cypher_lookup_evidence(rtype: str) -> str:
    """The stored evidence of relation keys ``$keys`` (``[source, target]`` pairs)."""
    return (
        "UNWIND $keys AS k "
        f"MATCH (e:Evidence {{source: k[0], type: '{rel_type(rtype)}', target: k[1]}}) "
        "RETURN properties(e) AS p"
    )


def cypher_delete_evidence_of_keys(rtype: str) -> str:
    """Delete every Evidence node of the keys ``$s[i]``, ``$t[i]``: strays of relations a
    user deleted with Cypher, which would clash with the evidence about to be created."""
    return (
        "UNWIND range(0, size($s) - 1) AS i "
        f"MATCH (e:Evidence {{source: $s[i], type: '{rel_type(rtype)}', target: $t[i]}}) "
        "DELETE e"
    )


#: create Evidence nodes from parallel lists ``$e_id``, ``$e_source``, … (None: absent)
CYPHER_CREATE_EVIDENCE_COLUMNS = (
    "UNWIND range(0, size($e_id) - 1) AS i CREATE (e:Evidence) SET "
    + ", ".join(f"e.{p} = $e_{p}[i]" for p in EVIDENCE_PROPS)
)
#: create or replace Evidence nodes by id (rows without None values)
CYPHER_UPSERT_EVIDENCE = "UNWIND $rows AS row MERGE (e:Evidence {id: row.id}) SET e = row"
CYPHER_DELETE_EVIDENCE = "UNWIND $ids AS id MATCH (e:Evidence {id: id}) DELETE e"


def _other_kinds(label: str) -> list[str]:
    """The kind labels an actor with kind label ``label`` must not carry."""
    return [v for v in _KIND_LABELS.values() if v != label]


def _other_blocs(label: str) -> list[str]:
    """The bloc labels an actor with bloc label ``label`` must not carry."""
    return [v for v in _BLOC_LABELS if v != label]


def cypher_upsert_actors(kind: str, bloc: str = Bloc.OTHER.value) -> str:
    """Upsert actors of one kind and bloc: ``:Actor`` plus the kind's and the bloc's label
    (both from the vocabulary, never from input), other kind and bloc labels removed."""
    label = kind_label(kind)
    bloc_label = Bloc.parse(bloc).neo4j_label
    others = ":".join(_other_kinds(label) + _other_blocs(bloc_label))
    return (
        "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
        f"SET a = row, a:{label}:{bloc_label} REMOVE a:{others}"
    )


CYPHER_LOOKUP_ACTORS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN properties(a) AS p"
CYPHER_LOOKUP_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN properties(d) AS p"
CYPHER_UPSERT_DOCUMENTS = "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row"
# as in the embedded store, a mention already there keeps its count
CYPHER_CREATE_MENTIONS = (
    "UNWIND $rows AS row "
    "MATCH (d:Document {id: row.d}) MATCH (a:Actor {id: row.a}) "
    "WHERE NOT (d)-[:MENTIONS]->(a) "
    "CREATE (d)-[:MENTIONS {count: row.count}]->(a) RETURN count(*) AS n"
)


def cypher_create_relation_columns(rtype: str) -> str:
    """CREATE from parallel lists ``$s``, ``$t`` and one list per relation property:
    the cheapest shape to send (no dict per row) for the bulk path."""
    sets = ", ".join(f"r.{p} = ${p}[i]" for p in RELATION_PROPS)
    return (
        "UNWIND range(0, size($s) - 1) AS i "
        "MATCH (a:Actor {id: $s[i]}) MATCH (b:Actor {id: $t[i]}) "
        f"CREATE (a)-[r:{rel_type(rtype)}]->(b) SET {sets}"
    )


def cypher_create_relation_evidence_columns(rtype: str) -> str:
    """:func:`cypher_create_relation_columns` plus, in the same row, the relation's one
    Evidence node from the ``$e_<prop>`` lists: for a chunk whose ``i``-th piece of
    evidence belongs to its ``i``-th relation (the usual bulk load: one piece each).

    One UNWIND instead of two; the planner puts an Eager before the evidence's SET (it
    cannot tell that ``e`` is no Actor whose ``id`` the MATCH reads), which only buffers
    the chunk's rows.
    """
    ev_sets = ", ".join(f"e.{p} = $e_{p}[i]" for p in EVIDENCE_PROPS)
    return f"{cypher_create_relation_columns(rtype)} CREATE (e:Evidence) SET {ev_sets}"



CYPHER_MISSING_IDS = (
    "UNWIND $ids AS id OPTIONAL MATCH (n:{label} {{id: id}}) WITH id, n WHERE n IS NULL "
    "RETURN id"
)
CYPHER_LOOKUP_MENTIONS = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.d})-[:MENTIONS]->(a:Actor {id: row.a}) "
    "RETURN d.id AS d, a.id AS a"
)
CYPHER_HAS_EVIDENCE = "MATCH (e:Evidence) RETURN count(e) AS n"


def cypher_missing_ids(label: str) -> str:
    """The ids of ``$ids`` that no ``label`` node has (``label``: Actor or Document)."""
    if label not in ("Actor", "Document"):
        raise ValueError(f"no lookup of {label!r} ids")
    return CYPHER_MISSING_IDS.format(label=label)


def cypher_count_type(rtype: str) -> str:
    """The number of relationships of a type (from the count store: no scan)."""
    return f"MATCH ()-[r:{rel_type(rtype)}]->() RETURN count(r) AS n"


def _label_sync(label: str, others: list[str], where: str) -> str:
    wrong = " OR ".join([f"NOT a:{label}"] + [f"a:{o}" for o in others])
    return f"MATCH (a:Actor) WHERE {where} AND ({wrong}) SET a:{label} REMOVE a:{':'.join(others)}"


#: after a user's Cypher write, in its transaction: each actor's kind and bloc labels made
#: to match its ``kind`` and ``bloc`` properties again (the Browser styles by label)
CYPHER_SYNC_LABELS = tuple(
    _label_sync(label, _other_kinds(label), f"a.kind = '{k.value}'")
    for k, label in KIND_LABELS.items()
) + tuple(
    _label_sync(b.neo4j_label, _other_blocs(b.neo4j_label),
                f"coalesce(a.bloc, 'other') = '{b.value}'")
    for b in Bloc
)
