"""Benchmark the extractor on the White House 2024 corpus, and score it on the gold set.

Measures, in one process (one core):

- baseline: read the documents, split sentences and look up actor aliases only;
- full: the whole extraction (mentions, issuers, roles, cues, relations, provenance);

and prints sentences per second for both, the ratio full / baseline, the peak resident
memory (``resource.getrusage``), and the gold-set scores per document. With
``--write`` the results and the command are written to ``docs/benchmarks-extract.md``.

Run:  python bench/bench_extract.py [--corpus DIR] [--gold DIR --docs DIR] [--write]
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

from actorgraph.evaluate import evaluate, format_report
from actorgraph.loaders.documents import read_document
from actorgraph.loaders.extract import default_lexicon, extract_document, find_documents
from actorgraph.loaders.extract.lexicon import normalize
from actorgraph.loaders.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
#: The shared corpus next to the checkout (/work/main) or next to a worktree (/work/wt/x).
DEFAULT_CORPUS = (
    next(
        (
            p
            for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
            if (p / "corpus" / "whitehouse-2024").is_dir()
        ),
        ROOT.parent / "shared",
    )
    / "corpus"
    / "whitehouse-2024"
)


def _peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def run(corpus: Path, limit: int | None = None) -> dict:
    lex = default_lexicon()
    files = find_documents([corpus])[:limit]
    t0 = time.perf_counter()
    docs = [read_document(f) for f in files]
    t_read = time.perf_counter() - t0

    normalize.cache_clear()  # each phase starts with a cold token cache
    t0 = time.perf_counter()
    c0 = time.process_time()
    sentences = 0
    mentions = 0
    for d in docs:
        sentences += len(split_sentences(d.text.cleaned))
        mentions += len(lex.scan(d.text.cleaned, d.language))
    t_base = time.perf_counter() - t0
    c_base = time.process_time() - c0

    normalize.cache_clear()
    t0 = time.perf_counter()
    c0 = time.process_time()
    relations = 0
    evidence = 0
    for d in docs:
        res = extract_document(d, lexicon=lex)
        relations += len(res.relations)
        evidence += sum(len(r.provenance) for r in res.relations)
    t_full = time.perf_counter() - t0
    c_full = time.process_time() - c0
    return {
        "baseline_cpu_s": c_base,
        "full_cpu_s": c_full,
        "full_cpu_sps": sentences / c_full,
        "documents": len(docs),
        "sentences": sentences,
        "mentions": mentions,
        "relations": relations,
        "evidence": evidence,
        "read_s": t_read,
        "baseline_s": t_base,
        "full_s": t_full,
        "baseline_sps": sentences / t_base,
        "full_sps": sentences / t_full,
        "ratio": t_full / t_base,
        "peak_mb": _peak_mb(),
    }


def report_text(r: dict) -> str:
    return "\n".join(
        [
            f"documents            {r['documents']}",
            f"sentences            {r['sentences']}",
            f"actor mentions       {r['mentions']}",
            f"relations (evidence) {r['relations']} ({r['evidence']})",
            f"reading files        {r['read_s']:.2f} s",
            f"baseline             {r['baseline_s']:.2f} s = {r['baseline_sps']:,.0f} sentences/s"
            " (sentence split + alias lookup)",
            f"full extraction      {r['full_s']:.2f} s = {r['full_sps']:,.0f} sentences/s per core",
            f"full / baseline      {r['ratio']:.2f}x the baseline's time",
            f"CPU time             baseline {r['baseline_cpu_s']:.2f} s,"
            f" full {r['full_cpu_s']:.2f} s = {r['full_cpu_sps']:,.0f} sentences per CPU-second",
            f"peak memory (RSS)    {r['peak_mb']:.0f} MB",
        ]
    )


def kept_sections(old: str, generated: str) -> str:
    """The ``## `` sections of ``old`` that ``generated`` does not write (hand-written
    results such as the eval/dev table), so that ``--write`` does not drop them.

    >>> kept_sections("# T\\n## A\\nx\\n## B\\ny\\n", "# T\\n## A\\nz\\n")
    '\\n## B\\ny\\n'
    """
    ours = {line for line in generated.splitlines() if line.startswith("## ")}
    parts = old.split("\n## ")
    kept = [p for p in parts[1:] if "## " + p.splitlines()[0] not in ours]
    return "".join("\n## " + p.rstrip("\n") + "\n" for p in kept)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold")
    ap.add_argument("--docs", type=Path, default=ROOT / "eval" / "docs")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--write", action="store_true", help="write docs/benchmarks-extract.md")
    args = ap.parse_args(argv)

    r = run(args.corpus, args.limit)
    speed = report_text(r)
    print(speed)
    scores = ""
    if args.gold.is_dir():
        scores = format_report(evaluate(args.gold, args.docs), errors=False)
        print()
        print(scores)
    if args.write:
        cmd = "python bench/bench_extract.py --write"
        if args.limit:
            cmd += f" --limit {args.limit}"
        machine = f"{platform.machine()}, Python {platform.python_version()}"
        text = TEMPLATE.format(
            cmd=cmd,
            machine=machine,
            speed=speed,
            scores=scores,
            corpus=args.corpus.name,
            date=time.strftime("%Y-%m-%d"),
        )
        out = ROOT / "docs" / "benchmarks-extract.md"
        old = out.read_text(encoding="utf-8") if out.exists() else ""
        out.write_text(text.rstrip("\n") + "\n" + kept_sections(old, text), encoding="utf-8")
        print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


TEMPLATE = """# Extractor benchmarks

Measured {date} on this project's development machine ({machine}), one process (one
core), with:

    {cmd}

## Throughput on the White House corpus

The corpus is `../shared/corpus/{corpus}` (1,391 statements and releases of 2024,
Markdown). The *baseline* is the least any extractor must do: split sentences and look
every word up in the alias dictionary. The *full* run is the whole extraction, with
issuers, roles, lists, cues, negation checks and provenance. Target: at least 2,000
sentences per second per core. The development machine is shared with other engineers:
compare the CPU-time line and the ratio, wall-clock rates swing with the load.

```
{speed}
```

## Quality on the gold set

Scored as in ANNOTATION.md (`actorgraph evaluate`): core types (SUPPORTS, THREATENS,
PARTNERS_WITH, MEMBER_OF) and secondary types (OPPOSES, ASPIRES_TO_JOIN, REPRESENTS)
separately, PARTNERS_WITH unordered, the `optional` tier neither rewarded nor punished,
micro-averaged over documents. Run `actorgraph evaluate` for the false positives and
negatives of each document.

```
{scores}
```
"""


if __name__ == "__main__":
    raise SystemExit(main())
