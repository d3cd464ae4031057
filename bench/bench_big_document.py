"""Extraction time of one long document against its size: linear or not.

Builds documents of 0.5, 1, 2 and 4 MB (``--sizes``) by concatenating the bodies of real
White House statements (the shared corpus, else eval/dev/docs), extracts each in this
process (one core) and prints the CPU seconds, seconds per MB, and the ratio of each
size's time to the previous size's: about 2 per doubling when extraction is linear in
the document, more when something in it is quadratic (issue 12 item 14: 1 MB 14.5 s,
4 MB 65 s, 19.9 MB not done in 590 s). With the load average, as the machine is shared.

    python bench/bench_big_document.py
    python bench/bench_big_document.py --sizes 1 19.9
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from actorgraph.loaders.documents import read_document
from actorgraph.loaders.extract import default_lexicon, extract_document

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT.parent / "shared" / "corpus" / "whitehouse-2024",
           ROOT.parent.parent / "shared" / "corpus" / "whitehouse-2024",
           ROOT / "eval" / "dev" / "docs")


def statements() -> list[str]:
    """The bodies (front matter dropped) of the first corpus found."""
    folder = next(p for p in CORPORA if p.is_dir())
    out = []
    for f in sorted(folder.glob("*.md")):
        text = f.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text[text.find("\n---", 3) + 4:]
        out.append(text.strip() + "\n\n")
    return out


def document(bodies: list[str], megabytes: float) -> str:
    """Statements one after another (repeated as needed) up to ``megabytes`` of UTF-8."""
    target, parts, size, i = int(megabytes * 1_000_000), [], 0, 0
    while size < target:
        parts.append(bodies[i % len(bodies)])
        size += len(parts[-1].encode())
        i += 1
    return "".join(parts).encode()[:target].decode("utf-8", "ignore")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4])
    args = ap.parse_args()
    lex = default_lexicon()
    bodies = statements()
    prev = None
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            path = Path(tmp) / f"doc-{mb:g}mb.txt"
            path.write_text(document(bodies, mb), encoding="utf-8")
            doc = read_document(path)
            c0, w0 = time.process_time(), time.perf_counter()
            result = extract_document(doc, lexicon=lex)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            ratio = f"  x{cpu / prev[1]:.2f} for x{mb / prev[0]:g} the size" if prev else ""
            print(f"{mb:5g} MB: {cpu:7.2f} s CPU ({cpu / mb:5.2f} s/MB), {wall:7.1f} s wall, "
                  f"{result.sentences:,} sentences, {len(result.relations):,} relations, "
                  f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
                  f"{ratio}; load average {os.getloadavg()[0]:.1f}", flush=True)
            prev = (mb, cpu)


if __name__ == "__main__":
    main()
