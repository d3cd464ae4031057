"""Who speaks in a document: its issuer(s), to whom "we", "our", "het kabinet" refer.

From metadata (``issuer:`` in front matter, the author of a Word/PDF file, the site of
``source_url``), else from the text: "We, the Leaders of the Group of Seven" → G7; a
joint statement "from"/"between" several governments → each of them; a Dutch letter to
parliament ("het kabinet", "de Kamer", "De minister van …") → NLD; a text signed by
"The White House" → USA.

Example
-------
>>> from actorgraph.loaders.extract.lexicon import Lexicon
>>> lex = Lexicon.from_aliases([("Group of Seven", "G7", None, "name")],
...                          kinds={"G7": "organisation"})
>>> detect_issuers(lex, text="We, the Leaders of the Group of Seven, condemn it.", lang="en")
['G7']
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from actorgraph.loaders.extract.lexicon import Lexicon

#: Web sites whose statements speak for one actor.
SITE_ISSUERS = {
    "whitehouse.gov": "USA", "state.gov": "USA", "defense.gov": "USA",
    "rijksoverheid.nl": "NLD", "government.nl": "NLD", "tweedekamer.nl": "NLD",
    "officielebekendmakingen.nl": "NLD", "nato.int": "NATO", "consilium.europa.eu": "EU",
    "ec.europa.eu": "EU", "eeas.europa.eu": "EU", "un.org": "UN", "gov.uk": "GBR",
}  # fmt: skip
#: Issuer names that are not actor names.
ISSUER_NAMES = {
    "white house": "USA", "the white house": "USA", "rijksoverheid": "NLD",
    "ministerie van buitenlandse zaken": "NLD", "ministerie van defensie": "NLD",
    "ministry of foreign affairs of the netherlands": "NLD", "nato": "NATO",
}  # fmt: skip

_WE_THE_RE = re.compile(
    r"\b(?:We|Wij),?\s+(?:the|de)\s+(?:[\w-]+\s+){0,3}?(?:leaders|heads of state(?: and "
    r"government)?|ministers|members|governments?|co-leaders|foreign ministers|"
    r"regeringsleiders|ministers|leiders|lidstaten)\s+(?:of|van)\s+(.{1,200}?)(?:,|:|\bhave\b|"
    r"\bhereby\b|\bare\b|\bcondemn)",
    re.I | re.S,
)
_JOINT_RE = re.compile(
    r"\bjoint\s+(?:statement|readout|declaration|communiqu[eé]|verklaring)\b.{0,80}?"
    r"\b(?:from|of|by|between|van|tussen)\b(.{1,300})",
    re.I | re.S,
)
_NL_GOV_RE = re.compile(
    r"\b(?:het kabinet|de Kamer|Tweede Kamer|Kamerbrief|geachte voorzitter|"
    r"[Dd]e minister van (?:Buitenlandse Zaken|Defensie|Buitenlandse Handel)|"
    r"minister-president)\b"
)


def _actors_in(lex: Lexicon, text: str, lang: str | None, kinds=("state", "organisation")):
    """States/organisations named in ``text``; a role phrase ("Dutch Prime Minister")
    counts for the actor its office is held for."""
    out: list[str] = []
    for m in lex.scan(text, lang):
        actor = m.actor
        if actor.startswith("role:"):
            actor = lex.role_targets.get(actor[5:]) or ""
        if not actor or actor.startswith("@") or lex.kind(actor) not in kinds:
            continue
        if actor not in out:
            out.append(actor)
    return out


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
    issuers: list[str] = []

    def add(ids):
        for i in ids:
            if i and i not in issuers:
                issuers.append(i)

    if meta_issuer:
        name = meta_issuer.strip()
        hit = ISSUER_NAMES.get(name.lower())
        add([hit] if hit else _actors_in(lex, name, lang))
        if not hit and name.upper() == name and lex.kind(name) in ("state", "organisation"):
            add([name])
    if source_url:
        host = urlparse(source_url).netloc.lower()
        for site, actor in SITE_ISSUERS.items():
            if host == site or host.endswith("." + site) or (
                "whitehouse" in site and "whitehouse" in host
            ):
                add([actor])
    head = text[:3000]
    m = _WE_THE_RE.search(head)
    if m:
        named = _actors_in(lex, m.group(1), lang)
        if named:  # "We, the Leaders of the G7": the G7 speaks, not the web site
            return named
    jm = _JOINT_RE.search(title or "")
    if jm:
        add(_actors_in(lex, jm.group(1), lang, kinds=("state",)))
    if not issuers and lang == "nl" and _NL_GOV_RE.search(text[:20000]):
        add(["NLD"])
    if not issuers and re.search(r"\bThe White House\b", text[-2000:] + head):
        add(["USA"])
    return issuers
