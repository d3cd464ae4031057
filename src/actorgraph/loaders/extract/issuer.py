"""Who "we" is: the issuer ids of a document (see :mod:`.speaker` for how they are read).

Example
-------
>>> from actorgraph.loaders.extract.lexicon import Lexicon
>>> lex = Lexicon.from_aliases([("Group of Seven", "G7", None, "name")],
...                          kinds={"G7": "organisation"})
>>> detect_issuers(lex, text="We, the Leaders of the Group of Seven, condemn it.", lang="en")
['G7']
"""

from __future__ import annotations

from actorgraph.loaders.extract.lexicon import Lexicon
from actorgraph.loaders.extract.speaker import ISSUER_NAMES, SITE_ISSUERS, find_speaker

__all__ = ["ISSUER_NAMES", "SITE_ISSUERS", "detect_issuers"]


def detect_issuers(
    lex: Lexicon,
    *,
    text: str,
    lang: str | None,
    meta_issuer: str | None = None,
    source_url: str | None = None,
    title: str | None = None,
) -> list[str]:
    """The actor ids that speak in the document, most certain first (may be empty)."""
    return find_speaker(
        lex, text=text, lang=lang, meta_issuer=meta_issuer, source_url=source_url, title=title
    ).issuers
