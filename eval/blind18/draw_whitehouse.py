"""Draw the 6 White House documents of eval/blind18 (English half) at random, reproducibly.

The pool: files of ``/work/shared/corpus/whitehouse-2024`` dated 2024-01 .. 2024-12 whose stem
is not a name, URL slug, ``docs`` or ``gold`` stem of any other eval set (``eval/blind18``
itself excluded; blind15 is on main now and is excluded through its ``sources.tsv``;
``--extra-names`` stays for a file with one name or URL per line), whose slug is a readout or
(joint) statement, names a foreign country, region or organisation (``FOREIGN``) and none of
``EXCLUDE`` (disasters, climate, deaths), and whose body has 69 .. 1,000 words. Then
``random.seed(18)`` and ``random.sample(pool, 6)`` over the sorted pool.

Example::

    python eval/blind18/draw_whitehouse.py
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/whitehouse-2024")
KINDS = ("readout", "joint-statement", "statement")
FOREIGN = (
    "ukrain",
    "israel",
    "gaza",
    "middle-east",
    "lebanon",
    "iran",
    "houthi",
    "yemen",
    "syria",
    "china",
    "prc",
    "japan",
    "korea",
    "indo-pacific",
    "philippin",
    "australia",
    "india",
    "sanction",
    "nato",
    "g7",
    "quad",
    "taiwan",
    "russia",
    "moldova",
    "georgia",
    "belarus",
    "sudan",
    "venezuela",
    "hostage",
    "ceasefire",
    "pacific",
    "asean",
    "vietnam",
    "indonesia",
    "mongolia",
    "qatar",
    "egypt",
    "jordan",
    "saudi",
    "turkiye",
    "poland",
    "germany",
    "france",
    "italy",
    "united-kingdom",
    "canada",
    "mexico",
    "brazil",
    "argentina",
    "kenya",
    "angola",
    "nigeria",
    "africa",
    "haiti",
    "guatemala",
    "panama",
    "colombia",
    "chile",
    "peru",
    "ecuador",
    "baltic",
    "finland",
    "sweden",
    "slovenia",
    "czech",
    "romania",
    "bulgaria",
    "greece",
    "cyprus",
    "armenia",
    "azerbaijan",
    "kazakhstan",
    "singapore",
    "thailand",
    "malaysia",
    "bangladesh",
    "pakistan",
    "afghanistan",
    "iraq",
    "libya",
    "somalia",
    "ethiopia",
    "congo",
    "drc",
    "netherlands",
    "spain",
    "portugal",
    "ireland",
    "belgium",
    "denmark",
    "norway",
    "estonia",
    "latvia",
    "lithuania",
    "hungary",
    "slovakia",
    "croatia",
    "serbia",
    "kosovo",
    "bosnia",
    "albania",
    "montenegro",
    "macedonia",
    "papua",
    "fiji",
    "solomon",
    "tonga",
    "samoa",
    "palau",
    "micronesia",
    "marshall",
    "new-zealand",
    "european-union",
    "african-union",
    "united-nations",
    "nicaragua",
    "cuba",
    "ghana",
    "benin",
    "zambia",
    "tanzania",
    "prime-minister",
    "foreign-minister",
    "kingdom-of",
    "republic-of",
)
EXCLUDE = (
    "landslide",
    "earthquake",
    "hurricane",
    "flood",
    "typhoon",
    "storm",
    "wildfire",
    "cop29",
    "climate",
    "passing",
    "death",
    "mourn",
    "condolen",
    "tragedy",
    "shooting",
    "crash",
    "accident",
    "remembering",
    "honoring",
    "memorial",
    "birthday",
)


def used_names(extra: Path | None) -> set[str]:
    """Stems and URL slugs used by every other eval set (and the extra list, if given)."""
    used: set[str] = set()

    def add(value: str) -> None:
        value = value.strip().rstrip("/")
        if value:
            used.add(value.split("/")[-1])

    for tsv in EVAL.glob("**/sources*.tsv"):
        if "blind18" in tsv.parts:
            continue
        for row in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"):
            add(row.get("name") or "")
            add(row.get("source_url") or "")
    for path in list(EVAL.glob("**/docs/*")) + list(EVAL.glob("**/gold/*")):
        if "blind18" not in path.parts:
            add(path.stem)
    if extra is not None:
        for line in extra.read_text(encoding="utf-8").splitlines():
            for cell in line.split("\t"):
                add(Path(cell).stem if cell.endswith(".txt") else cell)
    return used


def pool(used: set[str]) -> list[str]:
    """The sorted candidate stems."""
    out = []
    for path in sorted(CORPUS.glob("2024-*.md")):
        stem, slug = path.stem, path.stem[11:]
        if not "2024-01" <= stem[:7] <= "2024-12" or stem in used:
            continue
        if not any(k in slug for k in KINDS) or not any(k in slug for k in FOREIGN):
            continue
        if any(k in slug for k in EXCLUDE):
            continue
        text = path.read_text(encoding="utf-8")
        body = text.split("---", 2)[2] if text.startswith("---") else text
        if 69 <= len(re.split(r"\s+", body.strip())) <= 1000:
            out.append(stem)
    return out


def main() -> None:
    """Print the pool size and the 6 drawn stems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-names", type=Path, default=None)
    args = parser.parse_args()
    candidates = pool(used_names(args.extra_names))
    random.seed(18)
    print(len(candidates), "candidates")
    for stem in sorted(random.sample(candidates, 6)):
        print(stem)


if __name__ == "__main__":
    main()
