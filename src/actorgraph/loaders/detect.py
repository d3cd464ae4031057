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
#: every suffix a folder load picks up
LOADABLE = DOCUMENT_SUFFIXES | YAML_SUFFIXES | {".csv", ".jsonl"}

FORMATS = {
    "curated-yaml": "curated actors and relations (YAML)",
    "actors-csv": "actors (CSV with id,name,kind,…)",
    "relations-csv": "relations (CSV with source,type,target,…)",
    "relations-jsonl": "relations as printed by `actorgraph extract --format jsonl`",
    "document": "a document to extract relations from (txt, md, html, docx, pdf)",
}


def detect_format(path: Path) -> str:
    """The format of ``path`` (a key of :data:`FORMATS`), or a :class:`LoaderError`."""
    suffix = path.suffix.lower()
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
    known = ", ".join(sorted(YAML_SUFFIXES | {".csv", ".jsonl"} | DOCUMENT_SUFFIXES))
    raise LoaderError(
        f"unknown file type {suffix or '(no suffix)'!r}", path=str(path),
        hint=f"actorgraph loads {known}",
    )
