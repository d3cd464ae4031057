"""Where LadybugDB's Cypher differs from Neo4j's, and the rewrite between them.

Named queries and user Cypher are written in Neo4j's dialect (what analysts know). The
embedded store passes them through :func:`to_ladybug` first:

- ``type(r)`` is ``label(r)`` in LadybugDB, ``toString(x)`` is ``to_string(x)``;
- a variable-length pattern ``-[*1..3]->`` follows *trails* in Neo4j (no relationship
  twice) but *walks* in LadybugDB unless written ``-[* TRAIL 1..3]->``; ``*``, ``*2``,
  ``*2..`` and ``*..3`` are given LadybugDB's bounds (at most :data:`MAX_DEPTH` hops);
- ``shortestPath((a)-[*..5]-(b))`` is ``(a)-[* SHORTEST 1..5]-(b)``, without the
  properties of what it passes when only ``length(p)`` of the path is used;
- a list comprehension ``[x IN xs WHERE p | e]`` is
  ``list_transform(list_filter(xs, x -> p), x -> e)``;
- a node pattern without a label that stands alone in a ``MATCH`` (``MATCH (n)``,
  ``MATCH (n {id: 'x'}), (m)``) matches every node table in LadybugDB, the store's
  internal ones too (the evidence-by-document index, the schema marker): the store
  gives it the labels of its own data instead (:func:`label_bare_nodes`), so ``MATCH
  (n)`` finds what it finds in Neo4j. (A node in a relationship pattern is held to the
  tables the relationship joins; an internal table has none.)

>>> to_ladybug("MATCH (a)-[r]->(b) RETURN type(r) AS t")
'MATCH (a)-[r]->(b) RETURN label(r) AS t'
>>> to_ladybug("RETURN 'k|' + toString(2)")
"RETURN 'k|' + to_string(2)"
>>> to_ladybug("MATCH p=(a)-[:SUPPORTS*1..3]->(b) RETURN p")
'MATCH p=(a)-[:SUPPORTS* TRAIL 1..3]->(b) RETURN p'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STRING = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_TYPE_FN = re.compile(r"\btype\s*\(", re.IGNORECASE)
_TO_STRING = re.compile(r"\btoString\s*\(", re.IGNORECASE)
#: LadybugDB's deepest variable-length match; Neo4j's unbounded ``*`` becomes ``*1..30``
MAX_DEPTH = 30
_HEAD = r"(?P<head>\s*\w*\s*(?::\s*[\w|:]+\s*)?)"
_VARLEN = re.compile(
    r"\[" + _HEAD + r"\*\s*(?P<lo>\d*)\s*(?P<dots>\.\.)?\s*(?P<hi>\d*)\s*"
    r"(?P<props>\{[^{}]*\})?\s*\]"
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
    part = _TO_STRING.sub("to_string(", part)

    lengths_only = _length_only_paths(part)

    def shortest(m: re.Match) -> str:
        kind = "ALL SHORTEST" if m["fn"].lower().startswith("all") else "SHORTEST"
        lo = m["lo"] or "1"
        var = re.search(r"(\w+)\s*=\s*$", m.string[: m.start()])
        bare = _NO_PROPERTIES if var and var.group(1) in lengths_only else ""
        return f"{m['a']}{m['l']}[{m['head']}* {kind} {lo}..{m['hi']}{bare}]{m['r']}{m['b']}"

    part = _SHORTEST.sub(shortest, part)

    def trail(m: re.Match) -> str:
        lo, hi = m["lo"], m["hi"]
        if not m["dots"]:
            lo, hi = (lo, lo) if lo else ("1", str(MAX_DEPTH))
        lo, hi = lo or "1", hi or str(MAX_DEPTH)
        props = f" {m['props']}" if m["props"] else ""
        return f"[{m['head']}* TRAIL {lo}..{hi}{props}]"

    return _comprehensions(_VARLEN.sub(trail, part))


_COMPREHENSION = re.compile(r"\[\s*(?P<var>[A-Za-z_]\w*)\s+IN\s+", re.IGNORECASE)
_WHERE = re.compile(r"\bWHERE\b", re.IGNORECASE)


def _closing(text: str, start: int) -> int:
    """The index of the bracket that closes the one at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in "([{":
            depth += 1
        elif text[i] in ")]}":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _comprehensions(part: str) -> str:
    """``[x IN xs WHERE p | e]`` as LadybugDB's ``list_transform``/``list_filter``."""
    out, pos = [], 0
    while (m := _COMPREHENSION.search(part, pos)) is not None:
        end = _closing(part, m.start())
        var, inner = m["var"], part[m.end():end]
        pieces = _top_level_split(inner, "|")
        source, expr = pieces[0], "|".join(pieces[1:]) if len(pieces) > 1 else None
        where = _depth_zero_matches(_WHERE, source)
        pred = None
        if where:
            source, pred = source[: where[0].start()], source[where[0].end():]
        text = _comprehensions(source.strip())
        if pred is not None:
            text = f"list_filter({text}, {var} -> {_comprehensions(pred.strip())})"
        if expr is not None:
            text = f"list_transform({text}, {var} -> {_comprehensions(expr.strip())})"
        out.append(part[pos:m.start()] + text)
        pos = end + 1
    out.append(part[pos:])
    return "".join(out)


#: a recursive pattern's projection that carries no property of the relationships and
#: nodes it passes: the shortest paths of a 2-hop neighbourhood on a million relations took
#: 0.47 s instead of 0.78 s when only their lengths were used
_NO_PROPERTIES = " (ag_rel, ag_node | {}, {})"
_PATH_VAR = re.compile(r"\b(\w+)\s*=\s*(?:allShortestPaths|shortestPath)\s*\(", re.IGNORECASE)


def _length_only_paths(query: str) -> set[str]:
    """The shortest-path variables the query uses only in ``length(p)``.

    >>> sorted(_length_only_paths("MATCH p = shortestPath((a)-[*..2]-(b)) RETURN length(p)"))
    ['p']
    >>> _length_only_paths("MATCH p = shortestPath((a)-[*..2]-(b)) RETURN nodes(p)")
    set()
    """
    out = set()
    for var in _PATH_VAR.findall(query):
        uses = len(re.findall(rf"\b{var}\b", query))
        lengths = len(re.findall(rf"\blength\s*\(\s*{var}\s*\)", query, re.IGNORECASE))
        if uses == lengths + 1:
            out.add(var)
    return out


def to_ladybug(query: str) -> str:
    """Rewrite Neo4j-dialect Cypher for LadybugDB (string literals are left alone).

    >>> to_ladybug("MATCH p = shortestPath((a:Actor {id:'NLD'})-[*..4]-(b)) RETURN p")
    "MATCH p = (a:Actor {id:'NLD'})-[* SHORTEST 1..4]-(b) RETURN p"
    """
    return _outside_strings(query, _rewrite)


_MATCH = re.compile(r"\bMATCH\b", re.IGNORECASE)
#: what ends the pattern of a MATCH (the next clause)
_CLAUSE = re.compile(
    r"\b(WHERE|RETURN|WITH|MATCH|OPTIONAL|UNWIND|CALL|ORDER|SET|DELETE|DETACH|REMOVE|"
    r"CREATE|MERGE|UNION|LIMIT|SKIP|FOREACH|LOAD|USING)\b|;", re.IGNORECASE)
_BARE_NODE = re.compile(
    r"(?P<lead>\s*(?:\w+\s*=\s*)?)\(\s*(?P<var>[A-Za-z_]\w*)?\s*(?P<props>\{.*\})?\s*\)\s*",
    re.DOTALL)


def _pattern_end(text: str, start: int) -> int:
    """Where the pattern of the MATCH whose keyword ends at ``start`` ends."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return i
        elif depth == 0 and (ch == ";" or ch.isalpha()) and not (
                i and (text[i - 1].isalnum() or text[i - 1] == "_")) and _CLAUSE.match(text, i):
            return i
    return len(text)


def bare_nodes(query: str) -> list[tuple[int, int, str | None, str]]:
    """The label-less node patterns standing alone in a MATCH whose variable is not bound
    before it: ``(start, end, variable, properties)`` of each, in ``query`` as given.

    >>> [(v, p) for _, _, v, p in bare_nodes("MATCH (n), (m:Actor), (x {id: 'a;b'}) RETURN n")]
    [('n', ''), ('x', "{id: 'a;b'}")]
    >>> bare_nodes("MATCH (a:Actor) MATCH (a) RETURN a"), bare_nodes("MATCH (a)-[r]->(b) RETURN a")
    ([], [])
    """
    literals: list[str] = []

    def mask(m: re.Match) -> str:
        literals.append(m.group(0))
        return "'" + "\x00" * (len(m.group(0)) - 2) + "'"

    masked = re.sub(_STRING, mask, query)
    found = []
    for m in _MATCH.finditer(masked):
        end = _pattern_end(masked, m.end())
        pos = m.end()
        for element in _top_level_split(masked[m.end():end]):
            node = _BARE_NODE.fullmatch(element)
            var = node["var"] if node else None
            if node and not (var and re.search(rf"\b{var}\b", masked[:m.start()])):
                a, b = pos + node.start() + len(node["lead"]), pos + node.end()
                b = query.rindex(")", a, b) + 1
                props = query[pos + node.start("props"):pos + node.end("props")] \
                    if node["props"] else ""
                found.append((a, b, var, props))
            pos += len(element) + 1
    return found


def label_bare_nodes(query: str, labels: Callable[[], list[str]]) -> str:
    """``query`` with each of :func:`bare_nodes` given ``labels()`` (called only when
    there is one): in LadybugDB ``(n:A:B)`` is a node of table A or B.

    >>> label_bare_nodes("MATCH (n) RETURN count(n)", lambda: ["Actor", "Document"])
    'MATCH (n:`Actor`:`Document`) RETURN count(n)'
    >>> label_bare_nodes("MATCH (n:Actor) RETURN n", list)
    'MATCH (n:Actor) RETURN n'
    """
    found = bare_nodes(query)
    if not found:
        return query
    names = "".join(f":`{label}`" for label in labels())
    out, pos = [], 0
    for a, b, var, props in found:
        out.append(query[pos:a] + f"({var or ''}{names}{' ' + props if props else ''})")
        pos = b
    out.append(query[pos:])
    return "".join(out)


#: the catalogue calls that list tables, and the column of their rows naming the table
_LISTINGS = {"show_tables": "name", "show_indexes": "table_name"}
_LISTING = re.compile(r"\bCALL\s+(show_tables|show_indexes)\s*\(\s*\)", re.IGNORECASE)
_YIELD_AT = re.compile(r"\s*YIELD\b", re.IGNORECASE)
_WHERE_AT = re.compile(r"\s*WHERE\b", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    """Where the clause whose body starts at ``start`` ends: the next clause's keyword
    outside brackets (the WITH of ``STARTS WITH`` and ``ENDS WITH`` is not one)."""
    while True:
        end = _pattern_end(text, start)
        if not (text[end:end + 4].upper() == "WITH"
                and re.search(r"\b(STARTS|ENDS)\s*$", text[:end], re.IGNORECASE)):
            return end
        start = end + 4


def hide_tables(query: str, hidden: Callable[[str], str]) -> str:
    """``query`` with the rows of its table listings (``CALL show_tables()``,
    ``CALL show_indexes()``) for which ``hidden(column)`` holds left out; a ``WHERE`` or
    ``YIELD`` after the call is kept (string literals are left alone).

    >>> h = lambda col: f"{col} = 'X'"
    >>> hide_tables("CALL show_tables() RETURN name", h)
    "CALL show_tables() WHERE NOT (name = 'X') RETURN name"
    >>> hide_tables("call show_tables() WHERE type='REL' OR name ENDS WITH 'S' RETURN name", h)
    "call show_tables() WHERE NOT (name = 'X') AND (type='REL' OR name ENDS WITH 'S') RETURN name"
    >>> hide_tables("CALL show_indexes() YIELD table_name AS t, index_name RETURN t", h)
    "CALL show_indexes() YIELD table_name AS t, index_name WITH * WHERE NOT (t = 'X') RETURN t"
    >>> hide_tables("RETURN 'CALL show_tables()'", h)
    "RETURN 'CALL show_tables()'"
    """
    if "show_" not in query.lower():
        return query

    def hide(masked: str) -> str:
        out, pos = [], 0
        for m in _LISTING.finditer(masked):
            col = _LISTINGS[m.group(1).lower()]
            yields, where = _YIELD_AT.match(masked, m.end()), _WHERE_AT.match(masked, m.end())
            if yields:  # the column may be renamed; YIELD takes no WHERE: filter after it
                end = _clause_end(masked, yields.end())
                alias = re.search(rf"\b{col}\s+AS\s+(`[^`]+`|\w+)", masked[yields.end():end],
                                  re.IGNORECASE)
                var = alias.group(1) if alias else col
                out.append(f"{masked[pos:end].rstrip()} WITH * WHERE NOT ({hidden(var)}) ")
            elif where:
                end = _clause_end(masked, where.end())
                out.append(f"{masked[pos:where.end()]} NOT ({hidden(col)}) AND "
                           f"({masked[where.end():end].strip()}) ")
            else:
                end = m.end()
                out.append(f"{masked[pos:end]} WHERE NOT ({hidden(col)})")
            pos = end
        out.append(masked[pos:])
        return "".join(out)

    return _outside_strings(query, hide)


def _top_level_split(text: str, sep: str = ",") -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _depth_zero_matches(pattern: re.Pattern, text: str) -> list[re.Match]:
    """Matches of ``pattern`` outside any brackets."""
    depth, depths = 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        depths.append(depth)
    return [m for m in pattern.finditer(text) if depths[m.start()] == 0]


_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)
_TAIL = re.compile(r"\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b", re.IGNORECASE)
_ALIAS = re.compile(r"\s+AS\s+(`[^`]+`|\w+)\s*$", re.IGNORECASE)


def return_columns(query: str) -> list[str] | None:
    """The column names Neo4j gives the rows of ``query``: aliases, or the text as written.

    LadybugDB names unaliased columns after its own rewriting (``COUNT_STAR()``,
    ``LABEL(...)``); the embedded store renames them to these, so both stores label
    their rows alike. None when the names cannot be told (``RETURN *``).

    >>> return_columns("MATCH (a)-[r]->(b) RETURN a.name, type(r), count(*) AS n ORDER BY n")
    ['a.name', 'type(r)', 'n']
    """
    literals: list[str] = []

    def mask(m: re.Match) -> str:
        literals.append(m.group(0))
        return f"\x00{len(literals) - 1}\x00"

    masked = re.sub(_STRING, mask, query)
    returns = _depth_zero_matches(_RETURN, masked)
    if not returns:
        return None
    body = masked[returns[-1].end():]
    tail = _depth_zero_matches(_TAIL, body)
    if tail:
        body = body[: tail[0].start()]
    body = re.sub(r"^\s*DISTINCT\b", "", body, flags=re.IGNORECASE)
    names = []
    for item in _top_level_split(body):
        item = " ".join(item.split())
        if not item or item == "*":
            return None
        alias = _ALIAS.search(item)
        name = alias.group(1).strip("`") if alias else item
        names.append(re.sub("\x00(\\d+)\x00", lambda m: literals[int(m.group(1))], name))
    return names
