"""Where LadybugDB's Cypher differs from Neo4j's, and the rewrite between them.

Named queries and user Cypher are written in Neo4j's dialect (what analysts know). The
embedded store passes them through :func:`to_ladybug` first:

- ``type(r)`` is ``label(r)`` in LadybugDB;
- a variable-length pattern ``-[*1..3]->`` follows *trails* in Neo4j (no relationship
  twice) but *walks* in LadybugDB unless written ``-[* TRAIL 1..3]->``;
- ``shortestPath((a)-[*..5]-(b))`` is ``(a)-[* SHORTEST 1..5]-(b)``.

>>> to_ladybug("MATCH (a)-[r]->(b) RETURN type(r) AS t")
'MATCH (a)-[r]->(b) RETURN label(r) AS t'
>>> to_ladybug("MATCH p=(a)-[:SUPPORTS*1..3]->(b) RETURN p")
'MATCH p=(a)-[:SUPPORTS* TRAIL 1..3]->(b) RETURN p'
"""

from __future__ import annotations

import re

_STRING = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_TYPE_FN = re.compile(r"\btype\s*\(", re.IGNORECASE)
_VARLEN = re.compile(
    r"\[(?P<head>\s*\w*\s*(?::\s*[\w|:]+\s*)?)\*\s*(?P<lo>\d*)\s*\.\.\s*(?P<hi>\d+)\s*\]"
)
_SHORTEST = re.compile(
    r"(?P<fn>allShortestPaths|shortestPath)\s*\(\s*(?P<a>\([^()]*\))\s*(?P<l><?-)\s*"
    r"\[(?P<head>\s*\w*\s*(?::\s*[\w|:]+\s*)?)\*\s*(?P<lo>\d*)\s*\.\.\s*(?P<hi>\d+)\s*\]"
    r"\s*(?P<r>->?)\s*(?P<b>\([^()]*\))\s*\)",
    re.IGNORECASE,
)


def _outside_strings(query: str, fn) -> str:
    """Apply ``fn`` to ``query`` with its string literals masked, then put them back."""
    literals: list[str] = []

    def mask(m: re.Match) -> str:
        literals.append(m.group(0))
        return f"'\x00{len(literals) - 1}\x00'"

    masked = re.sub(_STRING, mask, query)
    return re.sub(r"'\x00(\d+)\x00'", lambda m: literals[int(m.group(1))], fn(masked))


def _rewrite(part: str) -> str:
    part = _TYPE_FN.sub("label(", part)

    def shortest(m: re.Match) -> str:
        kind = "ALL SHORTEST" if m["fn"].lower().startswith("all") else "SHORTEST"
        lo = m["lo"] or "1"
        return f"{m['a']}{m['l']}[{m['head']}* {kind} {lo}..{m['hi']}]{m['r']}{m['b']}"

    part = _SHORTEST.sub(shortest, part)

    def trail(m: re.Match) -> str:
        lo = m["lo"] or "1"
        return f"[{m['head']}* TRAIL {lo}..{m['hi']}]"

    return _VARLEN.sub(lambda m: m.group(0) if "SHORTEST" in m.group(0) else trail(m), part)


def to_ladybug(query: str) -> str:
    """Rewrite Neo4j-dialect Cypher for LadybugDB (string literals are left alone).

    >>> to_ladybug("MATCH p = shortestPath((a:Actor {id:'NLD'})-[*..4]-(b)) RETURN p")
    "MATCH p = (a:Actor {id:'NLD'})-[* SHORTEST 1..4]-(b) RETURN p"
    """
    return _outside_strings(query, _rewrite)
