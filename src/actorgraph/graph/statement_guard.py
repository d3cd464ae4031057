"""What a Cypher text may do, decided before it runs: the read-only guard of ``query``.

A read-only transaction stops LadybugDB from changing the graph, but not from touching
the file system or the network: ``COPY … TO`` writes files, ``EXPORT DATABASE`` writes a
dump, ``INSTALL`` downloads, ``LOAD FROM '/etc/passwd'`` reads any file. So a query run
without ``--write`` is first read by :func:`classify`, a small lexer over the statement
(string literals, backquoted names and comments are read as what they are, so a keyword
inside a string never counts, and a string never hides one). Nothing untrusted is
EXPLAINed or prepared first: in LadybugDB even ``EXPLAIN EXPORT DATABASE`` created the
target folder.

>>> classify("MATCH (a:Actor {name: 'COPY x TO y'}) RETURN a").allowed(files=False)
True
>>> classify("COPY (MATCH (a) RETURN a) TO '/tmp/x.csv'").kinds
('writes files',)
>>> classify("LOAD FROM '/etc/passwd' RETURN *").allowed(files=True)
True
>>> classify("MATCH (a) SET a.bloc = 'x'").kinds
('changes the graph',)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: clause keywords that change the database
GRAPH_WRITES = {"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER",
                "CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK"}
#: keywords that write files, reach the network or the database's configuration
FILE_WRITES = {"COPY", "EXPORT", "IMPORT", "INSTALL", "UNINSTALL", "ATTACH", "USE",
               "UPDATE"}
#: table functions a read-only query may CALL (LadybugDB's catalogue functions)
READ_CALLS = {"show_tables", "table_info", "show_connection", "db_version",
              "current_setting", "show_functions", "show_indexes", "show_warnings",
              "storage_info", "show_attached_databases", "show_official_extensions",
              "show_loaded_extensions", "show_macros", "show_sequences"}

_TOKEN = re.compile(
    r"""(?P<string>'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.|"")*")"""
    r"""|(?P<quoted>`(?:[^`]|``)*`)"""
    r"""|(?P<comment>//[^\n]*|/\*.*?(?:\*/|$))"""
    r"""|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"""
    r"""|(?P<space>\s+)"""
    r"""|(?P<other>.)""",
    re.S,
)


@dataclass(frozen=True)
class Verdict:
    """What a statement does: ``kinds`` among 'changes the graph', 'writes files',
    'reads files', 'loads an extension'; empty for a plain read."""

    kinds: tuple[str, ...]
    words: tuple[str, ...]

    def allowed(self, files: bool) -> bool:
        """Whether a read-only query may run it (``files``: reading files was allowed)."""
        left = set(self.kinds) - ({"reads files"} if files else set())
        return not left


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each meaningful token: strings, names, words, other characters."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        out.append((kind, m.group(0)))
    return out


def classify(text: str) -> Verdict:
    """Read ``text`` and say what it would do (see :class:`Verdict`)."""
    toks = tokens(text)
    kinds: list[str] = []
    words: list[str] = []

    def add(kind: str, word: str) -> None:
        if kind not in kinds:
            kinds.append(kind)
        words.append(word)

    for i, (kind, tok) in enumerate(toks):
        if kind != "word":
            continue
        prev = toks[i - 1][1] if i else ""
        nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
        if prev in (".", ":", "$") or (nxt == ":" and prev in ("{", ",")):
            continue  # a property, label, parameter or map key, not a clause
        up = tok.upper()
        if up in GRAPH_WRITES:
            add("changes the graph", up)
        elif up in FILE_WRITES:
            add("loads an extension" if "INSTALL" in up else "writes files", up)
        elif up == "LOAD":
            after = toks[i + 1][1].upper() if i + 1 < len(toks) else ""
            if after in ("FROM", "WITH", "CSV"):
                add("reads files", up)
            else:
                add("loads an extension", up)
        elif up == "CALL":
            name = toks[i + 1][1] if i + 1 < len(toks) else ""
            after = toks[i + 2][1] if i + 2 < len(toks) else ""
            if after == "=" or name.lower() not in READ_CALLS:
                add("changes the graph" if after == "=" else "calls a procedure", up)
    semis = [i for i, (k, t) in enumerate(toks) if k == "other" and t == ";"]
    if any(t != ";" for _, t in toks[semis[0] + 1:]) if semis else False:
        add("several statements", ";")
    return Verdict(tuple(kinds), tuple(words))


def neo4j_file_reads(text: str) -> bool:
    """Whether Neo4j Cypher reads a file or URL (``LOAD CSV``).

    >>> neo4j_file_reads("LOAD CSV FROM 'http://x/y.csv' AS r RETURN r")
    True
    >>> neo4j_file_reads("RETURN 'LOAD CSV FROM x'")
    False
    """
    return "reads files" in classify(text).kinds


def check_read_only(text: str, *, allow_file_read: bool = False) -> None:
    """Raise :class:`~actorgraph.errors.QueryError` unless ``text`` is a plain read.

    >>> check_read_only("MATCH (a) RETURN a.name")
    >>> check_read_only("EXPORT DATABASE '/tmp/x'")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    actorgraph.errors.QueryError: this query writes files (EXPORT), and queries are read-only...
    """
    from actorgraph.errors import QueryError

    verdict = classify(text)
    if verdict.allowed(files=allow_file_read):
        return
    kinds = [k for k in verdict.kinds if not (allow_file_read and k == "reads files")]
    what = " and ".join(kinds)
    words = ", ".join(dict.fromkeys(verdict.words))
    if kinds == ["reads files"]:
        hint = "pass --allow-file-read (allow_file_read=True) if you mean to read files"
    elif "calls a procedure" in kinds:
        hint = ("only the catalogue functions (show_tables, table_info, …) run read-only; "
                "pass --write to run other procedures")
    elif kinds == ["several statements"]:
        hint = "run one statement at a time"
    else:
        hint = "pass --write (or write=True) if you mean to do that"
    raise QueryError(f"this query {what} ({words}), and queries are read-only by default",
                     hint=hint)
