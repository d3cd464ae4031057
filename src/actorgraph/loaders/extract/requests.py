"""Requests to join referred back (Dutch): "Finland en Zweden dienden een verzoek tot
lidmaatschap in. … Ook Nederland steunde de aanvraag." The applicants of the latest
request the document stated (its ASPIRES_TO_JOIN relations) are what a later "de aanvraag",
"het verzoek", "hun kandidatuur", "deze aanvragen" refers to: the phrase is a mention of
them, so that every cue reads it ("steunde de aanvraag" → SUPPORTS the applicants, "verzet
zich tegen het verzoek" → OPPOSES them). A phrase that names its own applicant or aim ("de
aanvraag van X", "het verzoek om wapens", "de aanvraag voor subsidie") is no reference.

Example
-------
>>> r = ReferredRequests()
>>> r.applicants = ["FIN", "SWE"]
>>> [(m.start, m.end, m.actors) for m in r.mentions("Ook Nederland steunde de aanvraag.", 0)]
[(22, 33, ['FIN', 'SWE'])]
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.analysis import Mention

#: A request named by its noun alone ("de aanvraag", "hun verzoek", "deze kandidaturen"),
#: not followed by what names it otherwise ("van X", "om …", "tot …", "voor …").
_REQUEST_RE = re.compile(
    r"\b(?:de|het|die|deze|dit|dat|hun|zijn|haar)\s+(?:[a-zë-]+\s+)?"
    r"(?:aanvraag|aanvragen|verzoek|verzoeken|lidmaatschapsaanvragen|lidmaatschapsaanvraag|"
    r"toetredingsaanvraag|toetredingsaanvragen|toetredingsverzoek|toetredingsverzoeken|"
    r"kandidatuur|kandidaturen)\b(?!\s+(?:van|om|tot|voor|aan|bij|op|in|dat|die)\b)"
)


class ReferredRequests:
    """The applicants of the latest request to join, and the phrases that refer to it."""

    def __init__(self) -> None:
        self.applicants: list[str] = []

    def mentions(self, text: str, offset: int) -> list[Mention]:
        """The phrases of ``text`` (a sentence at ``offset``) that refer to the request."""
        if not self.applicants or "a" not in text:
            return []
        return [Mention(offset + m.start(), offset + m.end(), list(self.applicants),
                        {"name", "request"}, m.group())
                for m in _REQUEST_RE.finditer(text)]  # fmt: skip

    def note(self, applicants: list[str]) -> None:
        """Remember the applicants of a request the document states."""
        if applicants:
            self.applicants = list(dict.fromkeys(applicants))
