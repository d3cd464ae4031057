"""Score the extractor against gold relations written as in ANNOTATION.md.

Per document, predicted relations are reduced to unique ``(source, type, target)``
triples (PARTNERS_WITH unordered) and compared with the gold triples of tier ``core``
(SUPPORTS, THREATENS, PARTNERS_WITH, MEMBER_OF) and, separately, ``secondary`` (OPPOSES,
ASPIRES_TO_JOIN, REPRESENTS). Gold lines of tier ``optional`` are neither rewarded nor
punished: predicting one is not a false positive, missing one is not a false negative.
Precision, recall and F1 are given per document and micro-averaged over documents.

Example
-------
>>> gold = [GoldRelation("RUS", "THREATENS", "UKR", "core"),
...         GoldRelation("NATO", "PARTNERS_WITH", "JPN", "core"),
...         GoldRelation("NLD", "PARTNERS_WITH", "UKR", "optional")]
>>> pred = {("RUS", "THREATENS", "UKR"), ("JPN", "PARTNERS_WITH", "NATO"),
...         ("NLD", "PARTNERS_WITH", "UKR"), ("RUS", "THREATENS", "NATO")}
>>> s = score_document("demo", gold, pred)
>>> s.core.tp, s.core.fp, s.core.fn, round(s.core.f1, 3)
(2, 1, 0, 0.8)
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.errors import ActorGraphError, LoaderError
from actorgraph.graph.keys import canonical_key
from actorgraph.graph.vocabulary import RelationType

Triple = tuple[str, str, str]
TIERS = ("core", "secondary", "optional")


@dataclass(frozen=True)
class GoldRelation:
    """One gold line: a triple, its tier and the evidence a person reads."""

    source: str
    type: str
    target: str
    tier: str
    evidence: str = ""

    @property
    def triple(self) -> Triple:
        return canonical((self.source, self.type, self.target))


def canonical(t: Triple) -> Triple:
    """The scoring form of a triple: PARTNERS_WITH with its ends sorted.

    >>> canonical(("NATO", "PARTNERS_WITH", "AUS"))
    ('AUS', 'PARTNERS_WITH', 'NATO')
    """
    s, ty, o = t
    return canonical_key(s, RelationType.parse(ty), o)


@dataclass
class Counts:
    """True/false positives and negatives, with the triples behind the errors."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[Triple] = field(default_factory=list)
    false_negatives: list[Triple] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocumentScore:
    """Core and secondary counts for one document."""

    name: str
    core: Counts
    secondary: Counts


@dataclass
class Report:
    """Scores per document and micro-averaged."""

    documents: list[DocumentScore]
    core: Counts
    secondary: Counts
    problems: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        def c(x: Counts) -> dict:
            return {
                "tp": x.tp,
                "fp": x.fp,
                "fn": x.fn,
                "precision": round(x.precision, 4),
                "recall": round(x.recall, 4),
                "f1": round(x.f1, 4),
            }

        return {
            "core": c(self.core),
            "secondary": c(self.secondary),
            "documents": [
                {
                    "name": d.name,
                    "core": c(d.core),
                    "secondary": c(d.secondary),
                    "false_positives": [
                        list(t) for t in d.core.false_positives + d.secondary.false_positives
                    ],
                    "false_negatives": [
                        list(t) for t in d.core.false_negatives + d.secondary.false_negatives
                    ],
                }
                for d in self.documents
            ],
            "problems": [list(p) for p in self.problems],
        }


def read_gold(path: str | os.PathLike) -> list[GoldRelation]:
    """Read a gold ``.jsonl`` file; a bad line raises :class:`LoaderError` naming it."""
    out: list[GoldRelation] = []
    p = Path(path)
    for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            tier = obj.get("tier", "core")
            if tier not in TIERS:
                raise ValueError(f"tier {tier!r} is not one of {', '.join(TIERS)}")
            g = GoldRelation(
                obj["source"],
                RelationType.parse(obj["type"]).value,
                obj["target"],
                tier,
                obj.get("evidence", ""),
            )
        except (ValueError, KeyError, TypeError, ActorGraphError) as exc:
            raise LoaderError(
                f"bad gold line: {exc}",
                path=str(p),
                line=n,
                hint='write {"source":…, "type":…, "target":…, "tier":…}',
            ) from None
        out.append(g)
    return out


def _tier_of(rtype: str) -> str:
    return RelationType(rtype).tier


def score_document(
    name: str, gold: Iterable[GoldRelation], predicted: Iterable[Triple]
) -> DocumentScore:
    """Score one document's predicted triples against its gold relations."""
    gold = list(gold)
    optional = {g.triple for g in gold if g.tier == "optional"}
    pred = {canonical(t) for t in predicted}
    result = {}
    for tier in ("core", "secondary"):
        want = {g.triple for g in gold if g.tier != "optional" and _tier_of(g.triple[1]) == tier}
        got = {t for t in pred if _tier_of(t[1]) == tier and t not in optional}
        c = Counts()
        c.tp = len(want & got)
        c.false_positives = sorted(got - want)
        c.false_negatives = sorted(want - got)
        c.fp, c.fn = len(c.false_positives), len(c.false_negatives)
        result[tier] = c
    return DocumentScore(name, result["core"], result["secondary"])


def find_document(docs: str | os.PathLike, stem: str) -> Path | None:
    """The document ``docs/stem.*`` in any format the loaders read, or None.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "speech.md").write_text("x")
    >>> find_document(d, "speech").name, find_document(d, "letter")
    ('speech.md', None)
    """
    from actorgraph.loaders.formats import suffixes

    docs = Path(docs)

    for suffix in suffixes("document"):
        p = docs / (stem + suffix)
        if p.exists():
            return p
    return None


def evaluate(
    gold_dir: str | os.PathLike,
    docs_dir: str | os.PathLike,
    *,
    predict: Callable[[Path], Iterable[Triple]] | None = None,
) -> Report:
    """Score every ``gold_dir/NAME.jsonl`` against the extraction of ``docs_dir/NAME.*``.

    ``predict(path)`` returns the predicted triples; by default the extractor's.
    A gold file whose document is missing or unreadable is listed in ``problems``.
    """
    gold_dir, docs_dir = Path(gold_dir), Path(docs_dir)
    if not gold_dir.is_dir():
        raise LoaderError(
            "no such gold folder",
            path=str(gold_dir),
            hint="give --gold DIR holding NAME.jsonl files",
        )
    if predict is None:
        from actorgraph.loaders.extract import extract_path

        def predict(path: Path) -> list[Triple]:
            res = extract_path(path)
            return [(r.source, r.type.value, r.target) for r in res.relations]

    docs: list[DocumentScore] = []
    problems: list[tuple[str, str]] = []
    core, secondary = Counts(), Counts()
    for gp in sorted(gold_dir.glob("*.jsonl")):
        doc = find_document(docs_dir, gp.stem)
        if doc is None:
            problems.append((str(gp), f"no document {gp.stem}.* in {docs_dir}"))
            continue
        gold = read_gold(gp)
        try:
            pred = list(predict(doc))
        except LoaderError as exc:
            problems.append((str(doc), str(exc)))
            continue
        s = score_document(gp.stem, gold, pred)
        docs.append(s)
        core.add(s.core)
        secondary.add(s.secondary)
    return Report(docs, core, secondary, problems)


def format_report(report: Report, *, errors: bool = True) -> str:
    """The report as text: one line per document, the totals, then the errors."""
    lines = [f"{'document':60} {'core P':>7} {'R':>6} {'F1':>6}   {'sec P':>6} {'R':>6} {'F1':>6}"]
    for d in report.documents:
        lines.append(
            f"{d.name[:60]:60} {d.core.precision:7.3f} {d.core.recall:6.3f} {d.core.f1:6.3f}   "
            f"{d.secondary.precision:6.3f} {d.secondary.recall:6.3f} {d.secondary.f1:6.3f}"
        )
    c, s = report.core, report.secondary
    lines.append(
        f"{'micro-average (' + str(len(report.documents)) + ' documents)':60} "
        f"{c.precision:7.3f} {c.recall:6.3f} {c.f1:6.3f}   "
        f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
    )
    lines.append(f"core tp={c.tp} fp={c.fp} fn={c.fn}; secondary tp={s.tp} fp={s.fp} fn={s.fn}")
    if errors:
        for d in report.documents:
            fps = d.core.false_positives + d.secondary.false_positives
            fns = d.core.false_negatives + d.secondary.false_negatives
            if not fps and not fns:
                continue
            lines.append(f"\n{d.name}")
            lines.extend(f"  FP {s_} {t} {o}" for s_, t, o in fps)
            lines.extend(f"  FN {s_} {t} {o}" for s_, t, o in fns)
    for _path, msg in report.problems:
        lines.append(f"problem: {msg}")
    return "\n".join(lines)
