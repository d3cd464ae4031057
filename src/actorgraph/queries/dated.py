"""The dates of a relation as the queries read them, declared once for the analytics
edge and the actor card's link: when it was first and last seen in the evidence, and
when it held (``valid_from``/``valid_to``, memberships and offices), with the one rule
for when a relation started.

>>> d = RelationDates(first_seen="2022-03-01", valid_to="2023-12-31")
>>> d.start, d.holds_on("2023-06-01"), d.holds_on("2024-01-01")
('2022-03-01', True, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True, kw_only=True)
class RelationDates:
    """The four dates of a relation (ISO text or None); a base of the query results that
    carry them."""

    first_seen: str | None = None
    last_seen: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    #: the field names, which are also the query columns that return them
    DATES: ClassVar[tuple[str, ...]] = ("first_seen", "last_seen", "valid_from", "valid_to")

    @classmethod
    def of(cls, source: Mapping[str, Any] | Any) -> dict[str, str | None]:
        """The four dates of a query row (a mapping) or a model relation, as keywords.

        >>> RelationDates.of({"first_seen": "2024", "last_seen": None, "valid_from": None,
        ...                   "valid_to": None, "type": "SUPPORTS"})["first_seen"]
        '2024'
        """
        if isinstance(source, Mapping):
            return {d: source[d] for d in cls.DATES}
        return {d: getattr(source, d) for d in cls.DATES}

    @property
    def start(self) -> str | None:
        """When the relation started: ``valid_from``, else when it was first seen."""
        return self.valid_from or self.first_seen

    def holds_on(self, day: str) -> bool:
        """Whether the relation held on ``day`` (ISO text), as the ``as-of`` query says."""
        start = self.start
        return start is not None and start <= day and (
            self.valid_to is None or self.valid_to >= day)
