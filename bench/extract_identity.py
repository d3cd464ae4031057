"""Dump the extractor's whole output, one JSON line per document, to check that a speed-up
changes nothing: run it on the old code and the new, then ``diff`` (or ``--compare``).

Each line holds the file, the relations with every piece of evidence (sentence, offsets,
text, rule, confidence), the mentions, the issuers, the sentence count, the new actors
and the document record. One lexicon serves every document, as in ``actorgraph load``.

Run:  python bench/extract_identity.py OUT.jsonl [DIR ...]
      python bench/extract_identity.py --compare OLD.jsonl NEW.jsonl
      python bench/extract_identity.py --check-prefilter [DIR ...]

``--check-prefilter`` tries every cue on every reading the extractor builds from the
documents and counts the matches the cue pre-filter (``Cue.may_match``) would skip, apart
for the literals read off the patterns and for the hand-written anchors (``Cue.anchor``):
both must be 0 (run it after a change to the cues or to ``prefilter.py``).

Without DIRs it reads the shared White House corpus, every development set under eval/
(docs, dev, dev2, heldout, blind .. blind5) and the blind sets' local texts in
``/root/actorgraph-eval-local/<set>/`` when present.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from actorgraph.loaders.documents import read_document
from actorgraph.loaders.extract import default_lexicon, extract_document, find_documents
from bench_extract import DEFAULT_CORPUS

ROOT = Path(__file__).resolve().parent.parent
LOCAL = Path("/root/actorgraph-eval-local")
SETS = ("dev", "dev2", "heldout", "blind", "blind2", "blind3", "blind4", "blind5")


def default_dirs() -> list[Path]:
    """The corpus and the development sets (never eval/blind6)."""
    dirs = [DEFAULT_CORPUS, ROOT / "eval" / "docs"]
    dirs += [ROOT / "eval" / s / "docs" for s in SETS]
    dirs += [LOCAL / s for s in SETS if (LOCAL / s).is_dir()]
    return [d for d in dirs if d.is_dir()]


def record(path: Path, lex) -> dict:
    """The extractor's whole output for one file, as plain JSON data."""
    res = extract_document(read_document(path), lexicon=lex)
    return {
        "file": str(path),
        "document": res.document.model_dump(mode="json"),
        "relations": [r.model_dump(mode="json") for r in res.relations],
        "mentions": [m.model_dump(mode="json") for m in res.mentions],
        "issuers": res.issuers,
        "sentences": res.sentences,
        "new_actors": res.new_actors,
    }


def dump(out: Path, dirs: list[Path]) -> int:
    lex = default_lexicon()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for d in dirs:
            for f in find_documents([d]):
                fh.write(json.dumps(record(f, lex), sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} documents -> {out}")
    return n


def check_prefilter(dirs: list[Path]) -> int:
    """Every cue against every distinct reading of the documents: 1 when the pre-filter
    would skip a sentence the cue's pattern matches."""
    import actorgraph.loaders.extract.pipeline as pipeline
    from actorgraph.loaders.extract.lexical_cues import ALL_CUES
    from actorgraph.loaders.extract.prefilter import may_match

    abstracts: set[str] = set()
    original = pipeline.match_sentence

    def record(sent, *args, **kw):
        abstracts.add(sent.abstract)
        return original(sent, *args, **kw)

    pipeline.match_sentence = record
    lex = default_lexicon()
    n = 0
    for d in dirs:
        for f in find_documents([d]):
            extract_document(read_document(f), lexicon=lex)
            n += 1
    pipeline.match_sentence = original
    pairs = matched = skipped = bad = bad_anchor = 0
    for a in sorted(abstracts):
        for cue in ALL_CUES:
            pairs += 1
            ok = cue.may_match(a)
            skipped += not ok
            if cue.pattern.search(a):
                matched += 1
                if not may_match(cue.required, a):
                    bad += 1
                    print("literals skip a match:", cue.name, repr(a))
                elif not ok:  # the hand-written anchor (Cue.anchor) misses a word
                    bad_anchor += 1
                    print(f"anchor {cue.anchor!r} skips a match:", cue.name, repr(a))
    print(f"{n} documents, {len(abstracts)} readings, {pairs} cue x reading pairs, "
          f"{matched} matches, {skipped} skipped before the search; matches skipped: "
          f"{bad} by the literals read off the patterns, {bad_anchor} by a hand-written anchor")
    return 1 if bad or bad_anchor else 0


def compare(old: Path, new: Path) -> int:
    """Print the files whose output differs; 0 when none does."""
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    diffs = 0
    if len(a) != len(b):
        print(f"document count differs: {len(a)} vs {len(b)}")
        diffs += 1
    for x, y in zip(a, b, strict=False):
        if x != y:
            diffs += 1
            print("differs:", json.loads(x)["file"])
    print(f"{min(len(a), len(b))} documents compared, {diffs} differ")
    return 1 if diffs else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("--check-prefilter", action="store_true")
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("dirs", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.check_prefilter:
        dirs = ([args.out] if args.out else []) + args.dirs
        return check_prefilter(dirs or default_dirs())
    if args.out is None:
        ap.error("OUT.jsonl is required")
    dump(args.out, args.dirs or default_dirs())
    return 0


if __name__ == "__main__":
    sys.exit(main())
