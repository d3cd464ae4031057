"""Draw the White House documents of a blind set at random, reproducibly (one script for
every set since blind16; each set's ``draw_whitehouse.py`` calls it with its own numbers).

The pool: files of ``/work/shared/corpus/whitehouse-2024`` dated ``--from`` .. ``--to`` whose
stem is not a name, URL slug, ``docs`` or ``gold`` stem of any eval set that existed when the set
was drawn (the set itself and later blind sets are left out, so an old draw still reproduces),
nor in ``--extra-names`` (a file with one name or URL per line), whose slug is a readout or
(joint) statement, names a foreign country, region or organisation (``FOREIGN``) and none of
``EXCLUDE`` (disasters, climate, deaths), and whose body has 69 .. 1,000 words. Then
``random.seed(SEED)`` and ``random.sample(pool, COUNT)`` over the sorted pool.

Example::

    python eval/blind/draw_whitehouse.py --set blind18 --seed 18 --count 6 --from 2024-01
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


def used_names(name: str, extra: Path | None = None) -> set[str]:
    """Stems and URL slugs used by every other eval set (and the extra list, if given)."""
    used: set[str] = set()

    def add(value: str) -> None:
        value = value.strip().rstrip("/")
        if value:
            used.add(value.split("/")[-1])

    for tsv in EVAL.glob("**/sources*.tsv"):
        if not _earlier(tsv, name):
            continue
        for row in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"):
            add(row.get("name") or "")
            add(row.get("source_url") or "")
    for path in list(EVAL.glob("**/docs/*")) + list(EVAL.glob("**/gold/*")):
        if _earlier(path, name):
            add(path.stem)
    if extra is not None:
        for line in extra.read_text(encoding="utf-8").splitlines():
            for cell in line.split("\t"):
                add(Path(cell).stem if cell.endswith(".txt") else cell)
    return used


def pool(used: set[str], months: tuple[str, str] = ("2024-01", "2024-12")) -> list[str]:
    """The sorted candidate stems."""
    out = []
    for path in sorted(CORPUS.glob("2024-*.md")):
        stem, slug = path.stem, path.stem[11:]
        if not months[0] <= stem[:7] <= months[1] or stem in used:
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


def _earlier(path: Path, name: str) -> bool:
    """Whether ``path`` belongs to an eval set that existed before blind set ``name`` (the
    other sets — eval/, dev, heldout, news1 — all came before blind16).

    >>> _earlier(EVAL / "blind17" / "x.jsonl", "blind18"), _earlier(EVAL / "dev", "blind16")
    (True, True)
    >>> _earlier(EVAL / "blind18" / "docs" / "x.md", "blind17")
    False
    """
    top = path.relative_to(EVAL).parts[0]
    m = re.fullmatch(r"blind(\d*)", top)
    return m is None or int(m.group(1) or 1) < int(name[5:] or 1)


def main(argv: list[str] | None = None) -> None:
    """Print the pool size and the drawn stems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="the blind set drawn for, e.g. blind18")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--from", dest="start", default="2024-01", help="first month (YYYY-MM)")
    parser.add_argument("--to", dest="end", default="2024-12", help="last month (YYYY-MM)")
    parser.add_argument("--extra-names", type=Path, default=None)
    args = parser.parse_args(argv)
    candidates = pool(used_names(args.set, args.extra_names), (args.start, args.end))
    random.seed(args.seed)
    print(len(candidates), "candidates")
    for stem in sorted(random.sample(candidates, args.count)):
        print(stem)


if __name__ == "__main__":
    main()
