"""The one rule for a relation's key: PARTNERS_WITH (symmetric) has its ends sorted.

Every place that builds a key — the model, the CSV readers, the extractor, the scorer —
calls :func:`canonical_key`; the Arrow fast path applies the same rule to whole columns
with :data:`SYMMETRIC_TYPES` (tested to agree).

>>> canonical_key("NATO", "PARTNERS_WITH", "AUS")
('AUS', 'PARTNERS_WITH', 'NATO')
>>> canonical_key("RUS", "THREATENS", "UKR")
('RUS', 'THREATENS', 'UKR')
"""

from __future__ import annotations

from actorgraph.graph.vocabulary import RelationType

#: the relation types whose two ends are interchangeable (stored smaller id first)
SYMMETRIC_TYPES = frozenset(t.value for t in RelationType if t.symmetric)


def canonical_key(source: str, rtype: str | RelationType, target: str) -> tuple[str, str, str]:
    """``(source, type, target)`` as stored: the ends of a symmetric type in sorted order."""
    name = rtype.value if isinstance(rtype, RelationType) else rtype
    if name in SYMMETRIC_TYPES and target < source:
        return target, name, source
    return source, name, target
