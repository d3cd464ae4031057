"""Write a blind set's ``sources.tsv`` (English half) from its gold, its texts and its local
metadata (one script for every set since blind16; the set is the folder of the metadata file,
its local texts are in ``<set>/local/``).

Example::

    python eval/blind/make_sources.py eval/blind18/local_meta.tsv
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

COLUMNS = ["name", "language", "date", "kind", "title", "source_url", "text_committed", "text",
           "words", "core", "secondary", "optional"]


def kind_of(stem: str) -> str:
    """The kind of a White House release, from its slug."""
    slug = stem[11:]
    if slug.startswith("readout"):
        return "readout"
    if slug.startswith("joint-statement"):
        return "joint statement"
    if "communications-director" in slug:
        return "communications director statement"
    if "press-secretary" in slug:
        return "press secretary statement"
    if "senior-advisor" in slug:
        return "senior advisor statement"
    if "nsc" in slug:
        return "NSC spokesperson statement"
    if "national-security-advisor" in slug:
        return "national security advisor statement"
    return "presidential statement"


def counts(here: Path, stem: str) -> Counter:
    """Tier counts of one gold file."""
    lines = (here / "gold" / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
    return Counter(json.loads(line)["tier"] for line in lines if line.strip())


def main(argv: list[str] | None = None) -> None:
    """Write the file."""
    meta_path = Path((argv or sys.argv[1:])[0])
    here = meta_path.resolve().parent
    rows = []
    for doc in sorted((here / "docs").glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        _, front, body = text.split("---", 2)
        meta = yaml.safe_load(front)
        c = counts(here, doc.stem)
        rows.append([doc.stem, "en", doc.stem[:10], kind_of(doc.stem),
                     re.sub(r"\s+", " ", meta["title"]).strip(), meta["source_url"], "yes",
                     f"docs/{doc.name}", len(body.split()),
                     c["core"], c["secondary"], c["optional"]])
    for line in meta_path.read_text(encoding="utf-8").splitlines():
        name, date, kind, title, url = line.split("\t")
        body = (here / "local" / f"{name}.txt").read_text(encoding="utf-8")
        c = counts(here, name)
        rows.append([name, "en", date, kind, title, url, "no", f"local/{name}.txt",
                     len(body.split()), c["core"], c["secondary"], c["optional"]])
    with (here / "sources.tsv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(COLUMNS)
        out.writerows(rows)


if __name__ == "__main__":
    main()
