"""Check the evaluation gold set: every line parses, every id and type is valid, every
piece of evidence is verbatim in its document.

Run from anywhere::

    python eval/check_gold.py            # checks eval/gold against eval/docs
    python eval/check_gold.py --quiet    # only problems and the total

Rules checked (see ``/work/shared/corpus/ANNOTATION.md`` and ``eval/README.md``):

- ``gold/NAME.jsonl`` has a document ``docs/NAME.txt`` or ``docs/NAME.md`` and every
  document has a gold file;
- each line is one JSON object with exactly the keys source, type, target, tier, evidence;
- ``type`` is one of the seven relation types; ``tier`` is ``core`` for SUPPORTS,
  THREATENS, PARTNERS_WITH, MEMBER_OF, ``secondary`` for the others, or ``optional``;
- ids are ISO 3166-1 alpha-3 codes, known organisation acronyms, or person slugs
  (``jens-stoltenberg``); REPRESENTS goes from a person to a state or organisation;
- no triple twice in a file (PARTNERS_WITH compared unordered), no self-relation;
- ``evidence`` occurs in the document after whitespace is collapsed (documents are
  hard-wrapped); an evidence may join verbatim fragments with `` ... ``, which must
  occur in this order.

The check uses the standard library and PyYAML (to read the ``title`` of a Markdown
document's front matter, which is part of the text an analyst reads); it imports nothing
from actorgraph, so that the gold set stays independent of the extractor it scores (it
reads the ids of the reference catalogue's organisations and groups, which are data).

>>> normalise("a\\n  b\\u00a0c")
'a b c'
>>> evidence_found("x ... z", "x y z")
True
>>> evidence_found("z ... x", "x y z")
False
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CORE_TYPES = {"SUPPORTS", "THREATENS", "PARTNERS_WITH", "MEMBER_OF"}
SECONDARY_TYPES = {"OPPOSES", "ASPIRES_TO_JOIN", "REPRESENTS"}
TIERS = {"core", "secondary", "optional"}
KEYS = {"source", "type", "target", "tier", "evidence"}

# Organisations and groups used as actor ids (usual English acronym or short name).
_KNOWN_ORGANISATIONS = {
    "NATO", "EU", "UN", "G7", "G20", "OSCE", "AU", "ASEAN", "OPCW", "IAEA", "QUAD",
    "AUKUS", "HAMAS", "HEZBOLLAH", "HOUTHIS", "BRICS", "SCO", "CSTO", "WTO", "IMF",
}
#: The reference catalogue's data (CSV, not the extractor's code): every organisation and
#: group id the extractor can name must be writable in the gold, or each relation it reads
#: about one (ECOWAS, the GCC, Wagner: blind17) is counted wrong without anyone judging it.
_CATALOGUE = Path(__file__).resolve().parent.parent / "src/actorgraph/loaders/reference/data"


def _catalogue_ids() -> set[str]:
    ids: set[str] = set()
    for name in ("organisations.csv", "groups.csv"):
        path = _CATALOGUE / name
        if path.exists():
            rows = path.read_text(encoding="utf-8").splitlines()[1:]
            ids.update(r.split(",", 1)[0] for r in rows if r and not r.startswith("#"))
    return ids


ORGANISATIONS = _KNOWN_ORGANISATIONS | _catalogue_ids()

_PERSON_RE = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
_ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
#: user-assigned codes the catalogue uses beside ISO 3166-1 (Kosovo, as the EU and IMF write
#: it): without it no annotator could write a Kosovo relation, and the extractor's were all
#: counted as false positives (blind11)
_USER_ASSIGNED = {"XKX"}
_WS = re.compile(r"\s+")


def iso_alpha3() -> set[str] | None:
    """ISO 3166-1 alpha-3 codes from the Debian ``iso-codes`` data, or None if absent.

    >>> codes = iso_alpha3()
    >>> codes is None or {"NLD", "PRK", "KOR", "XKX"} <= codes
    True
    """
    if not _ISO_JSON.exists():
        return None
    data = json.loads(_ISO_JSON.read_text(encoding="utf-8"))
    return {entry["alpha_3"] for entry in data["3166-1"]} | _USER_ASSIGNED


def normalise(text: str) -> str:
    """Collapse every run of whitespace (newlines, no-break spaces) to one space."""
    return _WS.sub(" ", text).strip()


def evidence_found(evidence: str, doc_text: str) -> bool:
    """True if the evidence (fragments joined by `` ... ``) occurs in order in the text."""
    pos = 0
    for fragment in normalise(evidence).split(" ... "):
        at = doc_text.find(fragment.strip(), pos)
        if at < 0:
            return False
        pos = at + len(fragment.strip())
    return True


def actor_kind(actor: str, iso: set[str] | None) -> str | None:
    """``state``, ``organisation`` or ``person`` for a valid id, else None.

    >>> actor_kind("jens-stoltenberg", None), actor_kind("NATO", None)
    ('person', 'organisation')
    >>> actor_kind("Nato", None) is None
    True
    """
    if actor in ORGANISATIONS:
        return "organisation"
    if re.fullmatch(r"[A-Z]{3}", actor) and (iso is None or actor in iso):
        return "state"
    if _PERSON_RE.match(actor):
        return "person"
    return None


def document_text(path: Path) -> str:
    """The text evidence is looked up in: the file as is, plus the decoded YAML ``title``.

    Titles in front matter are YAML-escaped (``Mette\\_Frederiksen``, ``\\u2019``), so the
    decoded title is added after the raw text.
    """
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if m:
        import yaml

        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict) and meta.get("title"):
            raw += "\n" + str(meta["title"])
    return normalise(raw)


def find_document(docs: Path, stem: str) -> Path | None:
    """The document ``docs/<stem>.txt`` or ``.md``, if it exists."""
    for ext in (".txt", ".md"):
        path = docs / f"{stem}{ext}"
        if path.exists():
            return path
    return None


def check_file(gold: Path, doc: Path, iso: set[str] | None) -> tuple[list[str], Counter]:
    """Problems found in one gold file (as ``file:line: message``) and its tier counts."""
    problems: list[str] = []
    tiers: Counter = Counter()
    text = document_text(doc)
    seen: dict[tuple[str, str, str], int] = {}
    for n, raw in enumerate(gold.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{gold.name}:{n}"
        if not raw.strip():
            problems.append(f"{where}: empty line; remove it")
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict) or set(row) != KEYS:
            got = sorted(row) if isinstance(row, dict) else type(row).__name__
            problems.append(f"{where}: keys must be exactly {sorted(KEYS)}, got {got}")
            continue
        src, typ, tgt, tier, ev = (row[k] for k in ("source", "type", "target", "tier",
                                                    "evidence"))
        if typ not in CORE_TYPES | SECONDARY_TYPES:
            problems.append(f"{where}: unknown type {typ!r}")
            continue
        if tier not in TIERS:
            problems.append(f"{where}: tier {tier!r} must be one of {sorted(TIERS)}")
        elif tier != "optional" and (tier == "core") != (typ in CORE_TYPES):
            want = "core" if typ in CORE_TYPES else "secondary"
            problems.append(f"{where}: {typ} is {want!r} (or 'optional'), not {tier!r}")
        kinds = {}
        for label, actor in (("source", src), ("target", tgt)):
            kinds[label] = actor_kind(actor, iso)
            if kinds[label] is None:
                problems.append(
                    f"{where}: bad {label} id {actor!r}: use ISO alpha-3 (NLD), an acronym "
                    f"(NATO) or a person slug (jens-stoltenberg)"
                )
        if src == tgt:
            problems.append(f"{where}: relation from {src!r} to itself")
        if typ == "REPRESENTS" and (kinds["source"] != "person" or kinds["target"] == "person"):
            problems.append(f"{where}: REPRESENTS goes from a person to a state or organisation")
        if typ == "MEMBER_OF" and kinds["target"] != "organisation":
            problems.append(f"{where}: MEMBER_OF needs an organisation as target, not {tgt!r}")
        key = (src, typ, tgt)
        if typ == "PARTNERS_WITH":
            key = (min(src, tgt), typ, max(src, tgt))
        if key in seen:
            problems.append(f"{where}: {key} already on line {seen[key]}; keep one line")
        seen.setdefault(key, n)
        if not isinstance(ev, str) or not ev.strip():
            problems.append(f"{where}: empty evidence")
        elif not evidence_found(ev, text):
            problems.append(f"{where}: evidence not verbatim in {doc.name}: {ev[:70]!r}")
        tiers[tier] += 1
    return problems, tiers


def main(argv: list[str] | None = None) -> int:
    """Check every gold file; print problems and counts; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=HERE, help="folder with docs/ and gold/")
    parser.add_argument("--quiet", action="store_true", help="print only problems and total")
    args = parser.parse_args(argv)
    docs, golds = args.root / "docs", args.root / "gold"
    iso = iso_alpha3()
    problems: list[str] = []
    total: Counter = Counter()
    gold_files = sorted(golds.glob("*.jsonl"))
    stems = {g.stem for g in gold_files}
    for doc in sorted(docs.iterdir()):
        if doc.suffix in (".txt", ".md") and doc.stem not in stems:
            problems.append(f"{doc.name}: no gold file gold/{doc.stem}.jsonl")
    for gold in gold_files:
        doc = find_document(docs, gold.stem)
        if doc is None:
            problems.append(f"{gold.name}: no document docs/{gold.stem}.txt or .md")
            continue
        found, tiers = check_file(gold, doc, iso)
        problems += found
        total += tiers
        if not args.quiet:
            counts = " ".join(f"{t}={tiers[t]}" for t in ("core", "secondary", "optional"))
            print(f"{'FAIL' if found else 'ok  '} {gold.stem[:70]:70} {counts}")
    for p in problems:
        print(p, file=sys.stderr)
    print(
        f"{len(gold_files)} gold files, {sum(total.values())} lines "
        f"(core {total['core']}, secondary {total['secondary']}, optional {total['optional']}), "
        f"{len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
