"""Blocs derived from the evidence as of a date, beside the blocs the catalogue declares.

On a date, an actor is derived to be

1. ``nato_ally`` if it is a member of NATO (MEMBER_OF NATO held on the date: from its
   ``valid_from``, up to and including its ``valid_to``), or NATO itself;
2. ``russia_and_supporters`` if it SUPPORTS Russia (seen on or before the date), or is
   Russia;
3. ``nato_partner`` if it PARTNERS_WITH NATO (seen on or before the date);
4. ``eu`` if it is a member of the EU on the date, or the EU itself;

the first that applies (NATO, Russia and the EU are their own blocs); ``basis`` lists
every rule that applied, with its date, so an analyst sees who moved and when. Actors
none of them covers get no derived bloc.

>>> from actorgraph.queries.analytics import Edge
>>> edges = [Edge("SWE", "MEMBER_OF", "NATO", valid_from="2024-03-07")]
>>> actors = {"SWE": {"name": "Sweden", "bloc": "nato_ally"}}
>>> [(b.id, b.derived) for b in derived_blocs(edges, actors, "2024-03-06")]
[('SWE', None)]
>>> [(b.id, b.derived, b.basis) for b in derived_blocs(edges, actors, "2024-03-07")]
[('SWE', 'nato_ally', 'MEMBER_OF NATO since 2024-03-07')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from actorgraph.queries.analytics import Edge

NATO, EU, RUSSIA = "NATO", "EU", "RUS"


@dataclass
class DerivedBloc:
    id: str
    name: str
    declared: str
    derived: str | None
    #: the rules that applied, each with the date it rests on
    basis: str = ""

    @property
    def differs(self) -> bool:
        return self.derived is not None and self.derived != self.declared


def _rules(e: Edge, day: str) -> list[tuple[int, str, str, str]]:
    """(priority, actor, bloc, basis) that one edge gives on ``day``."""
    if not e.holds_on(day):
        return []
    since = e.valid_from or e.first_seen
    out = []
    if e.type == "MEMBER_OF" and e.target == NATO:
        out.append((1, e.source, "nato_ally", f"MEMBER_OF NATO since {since}"))
    if e.type == "SUPPORTS" and e.target == RUSSIA:
        out.append((2, e.source, "russia_and_supporters", f"SUPPORTS RUS since {since}"))
    if e.type == "PARTNERS_WITH" and NATO in (e.source, e.target):
        other = e.target if e.source == NATO else e.source
        out.append((3, other, "nato_partner", f"PARTNERS_WITH NATO since {since}"))
    if e.type == "MEMBER_OF" and e.target == EU:
        out.append((4, e.source, "eu", f"MEMBER_OF EU since {since}"))
    return out


def derived_blocs(edges: list[Edge], actors: dict[str, dict[str, Any]],
                  as_of: str) -> list[DerivedBloc]:
    """Each actor's declared bloc and the bloc its relations give on ``as_of``
    (YYYY-MM-DD, or a partial date standing for its first day), sorted by id."""
    from actorgraph.queries.params import Param

    day = Param("as_of", "date").cast(as_of)
    found: dict[str, list[tuple[int, str, str]]] = {
        NATO: [(0, "nato_ally", "is NATO")], RUSSIA: [(0, "russia_and_supporters", "is Russia")],
        EU: [(0, "eu", "is the EU")],
    }
    for e in edges:
        for prio, actor, bloc, basis in _rules(e, day):
            found.setdefault(actor, []).append((prio, bloc, basis))
    out = []
    for aid in sorted(actors):
        info = actors[aid]
        rules = sorted(found.get(aid, []))
        out.append(DerivedBloc(
            aid, info.get("name") or aid, info.get("bloc") or "other",
            rules[0][1] if rules else None, "; ".join(r[2] for r in rules)))
    return out
