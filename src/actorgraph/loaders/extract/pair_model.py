"""A learned, explainable reading of two actors in one sentence: one logistic model per
core relation type over the words between and around the two, trained on the project's
annotated gold (``pair_training.py``), consulted after the rules where no rule related
the pair.

Why: the rules read the constructions they were written for; on documents nobody tuned
them on they find about half of the relations, and three quarters of what they miss are
two actors of one sentence that some unforeseen wording relates ("Moscow's drones
continued to rain down on Ukrainian cities", "Japan stands shoulder to shoulder with the
Philippines"). A linear model over those words was meant to carry to such wording
where a pattern does not (measured below: so far it does not); the weights are data
(``data/pair_model.json``) and every added relation names the rule ``learned.pair``
and the features that weighed most (:func:`explain`).

**Off by default** (no model is shipped): over the five last blind sets, with the
rules as they stood at each set's first scoring and a model trained without that set,
it adds about as many wrong core relations as right ones (F1 0.635 → 0.641 at threshold
0.9: +18 right, +31 wrong; docs/benchmarks-extract.md), and it reads relations into
sentences the rules deliberately leave alone ("Finland is waging a defensive war
against Russia"). Train one with ``pair_training.py`` and name it in
``$ACTORGRAPH_PAIR_MODEL`` to use it.

A reading is added when the model's probability reaches the threshold stored with the
weights, the span between the two is a statement of fact (negation, hedges and appeals
are decided by :func:`modality.classify`, as for every cue) and the catalogue checks of
:func:`matching.add_relation` pass. Its raw confidence is ``RAW_CONFIDENCE`` (0.5:
calibrated below 0.8), so a user filtering on ``confidence >= 0.8`` sees rules only.

Example
-------
>>> feats = pair_features("\\ue000 stands shoulder to shoulder with \\ue001 .".split(),
...                       0, 6, "state", "state", set(), set(), "en")
>>> sorted(f for f in feats if f.startswith("B:"))
['B:shoulder>', 'B:stands>', 'B:to>', 'B:with>']
"""

from __future__ import annotations

import contextvars
import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from actorgraph.graph.model import RelationType
from actorgraph.loaders.extract.analysis import SLOT_BASE
from actorgraph.loaders.extract.modality import Modality, classify

#: The weights and threshold written by ``pair_training.py``.
MODEL_PATH = Path(__file__).with_name("data") / "pair_model.json"
#: Rule name of every learned reading.
RULE = "learned.pair"
#: Raw confidence of a learned reading (calibrated below the 0.8 band).
RAW_CONFIDENCE = 0.5
#: The relation types the model reads (the core ones).
TYPES = (
    RelationType.SUPPORTS,
    RelationType.THREATENS,
    RelationType.PARTNERS_WITH,
    RelationType.MEMBER_OF,
)
#: Pairs further apart than this many tokens are not read (nor counted in training).
MAX_GAP = 40
#: Sentences with more slots than this are lists of names, not statements of a relation.
MAX_SLOTS = 12

_TOKEN_RE = re.compile(r"[\ue000-\uefff]|[^\W_]+(?:[-'’][^\W_]+)*")
_SLOT_LO, _SLOT_HI = SLOT_BASE, "\uefff"

#: Set by :func:`collecting`: training reads every candidate the pipeline sees.
_SINK: contextvars.ContextVar[list | None] = contextvars.ContextVar("pair_sink", default=None)


@dataclass(frozen=True)
class Candidate:
    """Two actors of one sentence (``source`` first in the reading) and their features."""

    doc: str
    sentence: int
    text: str
    source: str
    target: str
    features: frozenset[str]
    #: the slot indices of the source and the target in the sentence
    slots: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class PairModel:
    """Per type, feature weights (a logistic model) and the threshold to add a reading."""

    weights: dict[str, dict[str, float]]
    threshold: float

    def probability(self, rtype: str, features: frozenset[str]) -> float:
        """P(``rtype`` holds between the pair | features)."""
        w = self.weights.get(rtype)
        if not w:
            return 0.0
        z = sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def tokens(abstract: str) -> list[str]:
    """The words and slot characters of a sentence's abstract string.

    >>> tokens("\\ue000 reaffirmed its support for \\ue001.")
    ['\\ue000', 'reaffirmed', 'its', 'support', 'for', '\\ue001']
    """
    return _TOKEN_RE.findall(abstract)


def pair_features(
    toks: list[str],
    pi: int,
    pj: int,
    kind_a: str,
    kind_b: str,
    forms_a: set[str],
    forms_b: set[str],
    lang: str,
    *,
    a_issuer: bool = False,
    b_issuer: bool = False,
    a_list: bool = False,
    b_list: bool = False,
) -> frozenset[str]:
    """Features of the pair whose slots stand at token positions ``pi`` (the source) and
    ``pj`` (the target): the words between them (as written, and their first five
    letters, with the direction), bigrams between, three words each side, the kinds and
    mention forms of the two, and whether either is the speaker or part of a list."""
    lo, hi = (pi, pj) if pi < pj else (pj, pi)
    d = ">" if pi < pj else "<"
    between = toks[lo + 1 : hi]
    f = {
        "bias",
        "dir" + d,
        "lang=" + lang,
        f"ka={kind_a}{d}",
        f"kb={kind_b}{d}",
        f"kk={kind_a}_{kind_b}",
        f"gap={min(len(between), 12)}{d}",
    }
    words = []
    for w in between:
        if _SLOT_LO <= w <= _SLOT_HI:
            f.add("Bslot")
            words.append("@")
            continue
        words.append(w)
        f.add(f"B:{w}{d}")
        f.add(f"B5:{w[:5]}{d}")
        f.add("Bu:" + w)
    for w1, w2 in zip(words, words[1:], strict=False):
        f.add(f"BB:{w1}_{w2}{d}")
    f.update("L:" + w[:5] for w in toks[max(0, lo - 3) : lo])
    f.update("R:" + w[:5] for w in toks[hi + 1 : hi + 4])
    f.update("fa=" + x for x in forms_a)
    f.update("fb=" + x for x in forms_b)
    if a_issuer:
        f.add("a_iss")
    if b_issuer:
        f.add("b_iss")
    if a_list:
        f.add("a_list")
    if b_list:
        f.add("b_list")
    return frozenset(f)


def candidates(sent, st, doc_id: str, text: str) -> Iterator[Candidate]:
    """Every ordered pair of actors in two different slots of ``sent`` (persons read as
    the state they act for), with its features."""
    from actorgraph.loaders.extract.docstate import acting_for

    if len(sent.slots) < 2 or len(sent.slots) > MAX_SLOTS:
        return
    toks = tokens(sent.abstract)
    pos = {ord(t) - ord(SLOT_BASE): k for k, t in enumerate(toks) if _SLOT_LO <= t <= _SLOT_HI}
    issuers = set(st.issuers or ())
    lang = st.lang or "en"
    acting = {  # each slot's actors as they act (a person for the state of their office)
        slot.index: [x for a in slot.actors if (x := acting_for(a, st)) is not None]
        for slot in sent.slots
    }
    for si in sent.slots:
        for sj in sent.slots:
            if si.index == sj.index or si.index not in pos or sj.index not in pos:
                continue
            pi, pj = pos[si.index], pos[sj.index]
            if abs(pi - pj) > MAX_GAP:
                continue
            for a in acting[si.index]:
                for b in acting[sj.index]:
                    if a == b:
                        continue
                    yield Candidate(doc_id, sent.index, text, a, b, pair_features(
                        toks, pi, pj, st.kind(a), st.kind(b), si.forms, sj.forms, lang,
                        a_issuer=a in issuers, b_issuer=b in issuers,
                        a_list=len(si.actors) > 1, b_list=len(sj.actors) > 1,
                    ), (si.index, sj.index))  # fmt: skip


def load_model() -> PairModel | None:
    """The model in use: ``$ACTORGRAPH_PAIR_MODEL`` (a path, or ``off`` for none), else
    ``data/pair_model.json``; None when there is none (no learned readings)."""
    from actorgraph import config

    chosen = config.pair_model()
    if chosen == "off":
        return None
    return _load(Path(chosen) if chosen else MODEL_PATH)


@functools.cache
def _load(path: Path) -> PairModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(weights=data["weights"], threshold=float(data["threshold"]))


def explain(model: PairModel, rtype: str, features: frozenset[str], n: int = 5) -> list:
    """The ``n`` features that weighed most for ``rtype``, with their weights.

    >>> m = PairModel({"SUPPORTS": {"B:aid>": 2.0, "bias": -1.0}}, 0.9)
    >>> explain(m, "SUPPORTS", frozenset({"B:aid>", "bias"}))
    [('B:aid>', 2.0), ('bias', -1.0)]
    """
    w = model.weights.get(rtype, {})
    scored = [(f, w[f]) for f in features if f in w]
    return sorted(scored, key=lambda x: -abs(x[1]))[:n]


class collecting:  # noqa: N801 - used as a context manager
    """Within ``with collecting() as found:``, every candidate pair the pipeline reads is
    appended to ``found`` (training); no learned reading is added meanwhile."""

    def __enter__(self) -> list[Candidate]:
        self._found: list[Candidate] = []
        self._token = _SINK.set(self._found)
        return self._found

    def __exit__(self, *exc) -> None:
        _SINK.reset(self._token)


def add_learned(sent, st, doc, relations: dict) -> None:
    """Add the model's readings of the pairs of ``sent`` that no rule related in it."""
    from actorgraph.loaders.extract.fallback_en import related_pairs
    from actorgraph.loaders.extract.matching import add_relation

    sink = _SINK.get()
    model = None if sink is not None else load_model()
    if (sink is None and model is None) or len(sent.slots) < 2:
        return
    text = doc.text.cleaned[sent.start : sent.end]
    found = list(candidates(sent, st, doc.id, text))
    if sink is not None:
        sink.extend(found)
        return
    done = related_pairs(relations, sent.index)
    for c in found:
        if frozenset((c.source, c.target)) in done:
            continue
        for rtype in TYPES:
            if model.probability(rtype.value, c.features) < model.threshold:
                continue
            if not _stated(sent, c):
                break
            add_relation(relations, doc, sent, st, rtype, c.source, c.target, RULE,
                         RAW_CONFIDENCE)  # fmt: skip


def _stated(sent, c: Candidate) -> bool:
    """Whether the span between the two is a statement of fact (not negated, hedged or an
    appeal), by the modality rules every cue is read with."""
    ends = [sent.abstract.find(chr(ord(SLOT_BASE) + i)) for i in c.slots]
    lo, hi = min(ends), max(ends) + 1
    return classify(sent.abstract, lo, hi, True).kind is Modality.FACT
