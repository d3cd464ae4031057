"""Which loader reads a file: decided from its name and first bytes.

>>> from pathlib import Path
>>> detect_format(Path("report.docx"))
'document'
>>> detect_format(Path("graph.yaml"))
'curated-yaml'
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.errors import LoaderError

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}
YAML_SUFFIXES = {".yaml", ".yml"}
# -- event data (loaders/events): files whose first line says ICEWS, GDELT or POLECAT
EVENT_SUFFIXES = {".tab", ".tsv", ".zip", ".gz"}
#: suffixes whose first line is checked for event data before anything else
EVENT_SNIFFED = EVENT_SUFFIXES | {".csv", ".txt"}
#: every suffix a folder load picks up
LOADABLE = DOCUMENT_SUFFIXES | YAML_SUFFIXES | {".csv", ".jsonl"} | EVENT_SUFFIXES

FORMATS = {
    "curated-yaml": "curated actors and relations (YAML)",
    "actors-csv": "actors (CSV with id,name,kind,…)",
    "relations-csv": "relations (CSV with source,type,target,…)",
    "relations-jsonl": "relations as printed by `actorgraph extract --format jsonl`",
    "document": "a document to extract relations from (txt, md, html, docx, pdf)",
    "events-icews": "ICEWS coded events (.tab)",
    "events-gdelt2": "GDELT 2.0 event export (61 columns, .CSV or .CSV.zip)",
    "events-gdelt1": "GDELT 1.0 daily events (58 columns)",
    "events-gdelt1-nourl": "GDELT 1.0 events (57 columns)",
    "events-polecat": "POLECAT weekly events (.txt)",
}


def event_format(path: Path) -> str | None:
    """``events-<format>`` if ``path`` holds event data (by its first line), else None."""
    name = path.name.lower()
    if not any(name.endswith(s) for s in EVENT_SNIFFED):
        return None
    from actorgraph.loaders.events.files import event_file_of

    found = event_file_of(path)
    return None if found is None else f"events-{found.format}"


def detect_format(path: Path) -> str:
    """The format of ``path`` (a key of :data:`FORMATS`), or a :class:`LoaderError`."""
    suffix = path.suffix.lower()
    events = event_format(path)
    if events is not None:
        return events
    if suffix in YAML_SUFFIXES:
        return "curated-yaml"
    if suffix == ".csv":
        from actorgraph.loaders.curated import csv_kind

        kind = csv_kind(path)
        if kind is None:
            # Let the reader explain (encoding, empty file, unknown header).
            with path.open("rb") as fh:
                head = fh.readline()
            try:
                head.decode("utf-8-sig")
            except UnicodeDecodeError:
                return "relations-csv"
            raise LoaderError(
                "cannot tell what this CSV holds from its header",
                path=str(path), line=1,
                hint="relations need the columns source,type,target; actors need id,name,kind",
            )
        return f"{kind}-csv"
    if suffix == ".jsonl":
        return "relations-jsonl"
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    known = ", ".join(sorted(YAML_SUFFIXES | {".csv", ".jsonl"} | DOCUMENT_SUFFIXES
                             | EVENT_SUFFIXES))
    raise LoaderError(
        f"unknown file type {suffix or '(no suffix)'!r}", path=str(path),
        hint=f"actorgraph loads {known}",
    )
