"""Actors by name: an id, a name or an alias in English or Dutch, to the id in a store.

:func:`resolve_actor` tries, in order: the id as given, the id in any case, the names
and aliases the store holds (its ``names`` property), and the reference catalogue (which
also knows adjectives, capitals and offices: "Kremlin", "Russische", "the Secretary
General"). An ambiguous or unknown name raises :class:`~actorgraph.errors.UnknownActor`
listing the candidates, so that a query never answers "no rows" for a typo.

>>> from actorgraph.graph.store import open_store
>>> from actorgraph.graph.model import Actor, GraphBatch
>>> import tempfile
>>> with open_store(tempfile.mkdtemp() + "/g.lbdb") as s:
...     _ = s.write(GraphBatch(actors=[Actor(id="RUS", name="Russia", kind="state",
...                                          aliases={"nl": ["Rusland"]})]))
...     [resolve_actor(s, t) for t in ("RUS", "rus", "Rusland", "russia")]
['RUS', 'RUS', 'RUS', 'RUS']
"""

from __future__ import annotations

from typing import Any

from actorgraph.errors import UnknownActor


def _norm(text: str) -> str:
    """Case, accents, dots, hyphens and a leading article folded away ("Noord-Korea" =
    "noord korea", "the Kremlin" = "kremlin"): the catalogue's one alias key.

    >>> _norm("  Oekraïne "), _norm("U.S."), _norm("the Kremlin")
    ('oekraine', 'us', 'kremlin')
    """
    from actorgraph.loaders.reference.normalize import normalize_alias

    return normalize_alias(text)


def _store_names(store: Any) -> list[tuple[str, str, list[str]]]:
    rows = store.query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.names AS names")
    return [(i, n or i, list(ns or [])) for i, n, ns in rows.rows]


def resolve_actor(store: Any, text: str, *, param: str = "actor") -> str:
    """The id of the store's actor that ``text`` names.

    Raises :class:`UnknownActor` with the candidates when ``text`` is ambiguous, unknown,
    or names a catalogue actor that this graph does not hold.
    """
    given = str(text).strip()
    if not given:
        raise UnknownActor(f"parameter {param!r} is empty", hint="name an actor, e.g. RUS")
    if given == given.upper():  # written as ids are ("RUS", "A00010"): one key lookup
        hit = store.query("MATCH (a:Actor) WHERE a.id = $x RETURN a.id AS id", {"x": given})
        if hit.rows:
            return hit.rows[0][0]
    actors = _store_names(store)  # a name ("Russia"): one query for the names, not two
    if any(i == given for i, _, _ in actors):
        return given
    key = _norm(given)
    by_id = [i for i, _, _ in actors if _norm(i) == key]
    if len(by_id) == 1:
        return by_id[0]
    matched = sorted({i for i, name, names in actors
                      if any(_norm(n) == key for n in [name, *names])})
    names = {i: name for i, name, _ in actors}
    if len(matched) == 1:
        return matched[0]
    if len(matched) > 1:
        listed = ", ".join(f"{i} ({names[i]})" for i in matched)
        raise UnknownActor(f"{given!r} names {len(matched)} actors in this graph: {listed}",
                           hint=f"pass the id, e.g. -p {param}={matched[0]}")
    catalogue_id = _from_catalogue(given)
    if catalogue_id is not None:
        if catalogue_id in names:
            return catalogue_id
        raise UnknownActor(
            f"{given!r} is {catalogue_id} in the reference catalogue, but this graph has "
            f"no actor {catalogue_id}",
            hint="load the catalogue with `actorgraph load --catalogue`, or pick an actor "
            "the graph holds (`actorgraph query --named bloc-summary`)",
        )
    raise UnknownActor(f"no actor {given!r} in this graph",
                       hint=_candidates_hint(given, key, actors, param))


def _from_catalogue(text: str) -> str | None:
    from actorgraph.errors import CatalogueError
    from actorgraph.loaders.reference.quick import resolve_name  # not the whole catalogue

    try:
        return resolve_name(text)
    except CatalogueError:
        return None


def _candidates_hint(given: str, key: str, actors: list, param: str) -> str:
    import difflib

    labels: dict[str, str] = {}
    for i, name, names in actors:
        for n in {i, name, *names}:
            labels.setdefault(_norm(n), i)
    close = difflib.get_close_matches(key, list(labels), n=8, cutoff=0.6)
    close += [k for k in labels if key and key in k and k not in close]
    ids: list[str] = []
    for k in close:
        if labels[k] not in ids:
            ids.append(labels[k])
    names = {i: name for i, name, _ in actors}
    if not ids:
        return "`actorgraph show ID` or `actorgraph actors SEARCH` finds actors by name"
    listed = ", ".join(f"{i} ({names[i]})" for i in ids[:5])
    return f"did you mean {listed}? pass -p {param}=ID"
