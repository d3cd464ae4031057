"""Export a graph for other tools: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi), CSV.

GraphML and GEXF are written by networkx from a ``MultiDiGraph``: one node per actor,
one edge per relation (keyed ``SOURCE|TYPE|TARGET``), every value a string, number or
boolean. Lists and dicts travel as text: ``names``, ``origins`` and ``docs`` joined with
``"; "``, ``aliases`` and ``provenance`` as JSON. The relation type is the edge attribute
``relation`` (and its ``label``); ``symmetric`` marks PARTNERS_WITH. GEXF also gets
Gephi's ``viz`` colours from the palette in :mod:`actorgraph.viz.styles`.

CSV writes two files, ``<stem>-actors.csv`` and ``<stem>-relations.csv`` (or
``actors.csv`` and ``relations.csv`` inside a folder), with the same columns, UTF-8.

Example
-------
>>> from actorgraph.graph.model import Actor, Relation
>>> actors = [Actor(id="NLD", name="Netherlands", kind="state", bloc="nato_ally"),
...           Actor(id="UKR", name="Ukraine", kind="state", bloc="ukraine")]
>>> rels = [Relation(source="NLD", type="SUPPORTS", target="UKR")]
>>> [p.name for p in export_graph(actors, rels, "/tmp/ag-doctest.graphml", "graphml")]
['ag-doctest.graphml']
>>> [p.name for p in export_graph(actors, rels, "/tmp/ag-doctest.csv", "csv")]
['ag-doctest-actors.csv', 'ag-doctest-relations.csv']
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorGraphError, require
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.records import relation_to_row
from actorgraph.viz.output import ensure_folder
from actorgraph.viz.styles import BLOC_STYLES, KIND_STYLES, RELATION_STYLES, hex_to_rgb

#: The formats :func:`export_graph` writes.
FORMATS = ("graphml", "gexf", "csv")

ACTOR_COLUMNS = (
    "id", "name", "kind", "bloc", "country", "start", "end", "description", "source",
    "names", "aliases",
)
RELATION_COLUMNS = (
    "source", "type", "target", "confidence", "count", "first_seen", "last_seen",
    "valid_from", "valid_to", "role", "origins", "weight", "docs", "evidence", "provenance",
)
LIST_SEP = "; "


#: Characters XML 1.0 cannot carry at all (not even as &#x..;): C0 controls but tab,
#: newline and carriage return; U+FFFE, U+FFFF; lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: Any) -> Any:
    r"""A string XML can carry: each character XML 1.0 forbids becomes ``\uXXXX``.

    Other values pass unchanged.

    >>> xml_safe("Iran\x07Oil"), xml_safe(3)
    ('Iran\\u0007Oil', 3)
    """
    if isinstance(value, str) and _NOT_XML.search(value):
        return _NOT_XML.sub(lambda m: f"\\u{ord(m.group(0)):04x}", value)
    return value


class ExportError(ActorGraphError):
    """An export that cannot be written: unknown format, unwritable path."""

    exit_code = 2


def actor_record(actor: Actor) -> dict[str, Any]:
    """An actor as flat values (None for missing ones), the same for every format.

    >>> actor_record(Actor(id="NLD", name="Netherlands", kind="state",
    ...                    aliases={"nl": ["Nederland"]}))["names"]
    'Netherlands; Nederland'
    """
    names = [actor.name]
    for lang in sorted(actor.aliases):
        names.extend(n for n in actor.aliases[lang] if n not in names)
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind.value,
        "bloc": actor.bloc.value,
        "country": actor.country,
        "start": actor.start,
        "end": actor.end,
        "description": actor.description,
        "source": actor.source,
        "names": LIST_SEP.join(names),
        "aliases": json.dumps(actor.aliases, ensure_ascii=False, sort_keys=True),
    }


def relation_record(rel: Relation) -> dict[str, Any]:
    """A relation as flat values; ``evidence`` is the evidence texts joined by ``" | "``.

    >>> from actorgraph.graph.model import Evidence
    >>> r = Relation(source="NLD", type="SUPPORTS", target="UKR",
    ...              provenance=[Evidence(doc="d1", text="steun", date="2024-04-04")])
    >>> relation_record(r)["docs"], relation_record(r)["first_seen"]
    ('d1', '2024-04-04')
    """
    row = relation_to_row(rel)
    record = {"source": row.pop("s"), "type": row.pop("type"), "target": row.pop("t"), **row}
    record["origins"] = LIST_SEP.join(o.value for o in rel.origins)
    record["docs"] = LIST_SEP.join(sorted({e.doc for e in rel.provenance}))
    record["evidence"] = " | ".join(e.text for e in rel.provenance if e.text)
    record["provenance"] = json.dumps(
        [e.model_dump(exclude_none=True) for e in rel.provenance],
        ensure_ascii=False, sort_keys=True,
    )
    return record


def _rgb(color: str) -> dict[str, Any]:
    r, g, b = hex_to_rgb(color)
    return {"r": r, "g": g, "b": b, "a": 1.0}


def to_networkx(actors: Sequence[Actor], relations: Sequence[Relation], *, viz: bool = False):
    """The graph as a networkx ``MultiDiGraph`` with flat, writer-safe attributes.

    Actor ``start``/``end`` become ``start_date``/``end_date`` (GEXF reserves ``start``
    and ``end`` for its timeline). A relation to an actor not in ``actors`` adds a bare
    node with ``missing=True``. ``viz=True`` adds Gephi's colour/size/shape attributes.

    >>> g = to_networkx([Actor(id="NLD", name="Netherlands", kind="state")],
    ...                 [Relation(source="NLD", type="SUPPORTS", target="UKR")])
    >>> sorted(g.nodes), list(g.edges(keys=True))
    (['NLD', 'UKR'], [('NLD', 'UKR', 'NLD|SUPPORTS|UKR')])
    """
    nx = require("networkx", "viz")
    graph = nx.MultiDiGraph(name="actorgraph")
    for a in actors:
        rec = actor_record(a)
        rec["label"] = rec.pop("name")
        rec["name"] = rec["label"]
        rec["start_date"] = rec.pop("start")
        rec["end_date"] = rec.pop("end")
        attrs = {k: xml_safe(v) for k, v in rec.items() if v is not None and k != "id"}
        if viz:
            attrs["viz"] = {
                "color": _rgb(BLOC_STYLES[a.bloc].color),
                "size": KIND_STYLES[a.kind].diameter / 5,
                "shape": KIND_STYLES[a.kind].gexf,
            }
        graph.add_node(xml_safe(a.id), **attrs)
    for r in relations:
        source, target = xml_safe(r.source), xml_safe(r.target)
        for end in (source, target):
            if end not in graph:
                graph.add_node(end, label=end, name=end, missing=True)
        rec = relation_record(r)
        key = xml_safe("|".join(r.key))
        attrs = {
            k: xml_safe(v)
            for k, v in rec.items()
            if v is not None and k not in {"source", "target"}
        }
        attrs["relation"] = attrs.pop("type")
        attrs["label"] = attrs["relation"]
        attrs["symmetric"] = r.type.symmetric
        attrs["weight"] = float(r.count or 1)
        if viz:
            attrs["id"] = key
            attrs["viz"] = {"color": _rgb(RELATION_STYLES[r.type].color)}
        graph.add_edge(source, target, key=key, **attrs)
    return graph


def _csv_paths(path: Path) -> tuple[Path, Path]:
    if path.is_dir() or path.suffix == "":
        return path / "actors.csv", path / "relations.csv"
    return (
        path.with_name(f"{path.stem}-actors.csv"),
        path.with_name(f"{path.stem}-relations.csv"),
    )


class _Atomic:
    """A temporary file beside ``path`` that replaces it on success and vanishes on error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Path:
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                    dir=self.path.parent)
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def _write_csv(path: Path, columns: Sequence[str], rows) -> None:
    with _Atomic(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if row.get(k) is None else row[k] for k in columns})


def export_graph(
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    path: str | Path,
    fmt: str = "graphml",
) -> list[Path]:
    """Write the graph to ``path`` as ``graphml``, ``gexf`` or ``csv``; return the files.

    For ``csv``, ``path`` is a folder (existing, or given without a suffix), which gets
    ``actors.csv`` and ``relations.csv``, or a file name whose stem names the pair
    ``<stem>-actors.csv`` and ``<stem>-relations.csv``.

    >>> export_graph([], [], "/tmp/ag-doctest-empty.gexf", "gexf")[0].exists()
    True
    """
    fmt = fmt.lower().strip().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            f"unknown export format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}"
        )
    out = Path(path)
    ensure_folder(_csv_paths(out)[0] if fmt == "csv" else out, ExportError, f"{fmt} export")
    try:
        if fmt == "csv":
            actors_csv, relations_csv = _csv_paths(out)
            _write_csv(actors_csv, ACTOR_COLUMNS, (actor_record(a) for a in actors))
            _write_csv(relations_csv, RELATION_COLUMNS, (relation_record(r) for r in relations))
            return [actors_csv, relations_csv]
        nx = require("networkx", "viz")
        graph = to_networkx(actors, relations, viz=fmt == "gexf")
        with _Atomic(out) as tmp:
            if fmt == "graphml":
                nx.write_graphml(graph, tmp, encoding="utf-8")
            else:
                nx.write_gexf(graph, tmp, encoding="utf-8")
        return [out]
    except OSError as exc:
        raise ExportError(
            f"cannot write the {fmt} export: {exc.strerror or exc}",
            path=str(exc.filename or out),
            hint="choose a writable path with -o",
        ) from None
