"""Checks on an office holder named in a sentence (split from :mod:`.persons`): an office
held in the past ("former Secretary X"), a signature line that signs for the issuer, a
staff office or an author line ("Statement by Ambassador X"), a person who is the target
of a measure ("sanctioned officials, including X"), a state's word before the title
("Kenyan President X"), and an unqualified title in the issuer's own release.
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.docstate import DocState
from actorgraph.loaders.extract.lexicon import Lexicon

#: An office held before ("former Secretary of State X", "served under Secretary Y",
#: "the late President Z", "voormalig premier …", "then-Senator").
_FORMER_RE = re.compile(
    r"\b(?:former|formerly|then|ex|(?<=the )late|erstwhile|previous|voormalige?|oud|toenmalige?|"
    r"gewezen|served (?:[\w-]+ ){0,8}?(?:under|as|with)|diende (?:[\w-]+ ){0,6}?(?:onder|als))"
    r"\b[- ](?:[^\s\ue000-\uefff;:,]+ ){0,5}?$"
)
_AGO_RE = re.compile(r"\b(?:years|decades) ago\b|\b(?:jaar|decennia) geleden\b")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def past_office(abstract: str, start: int, persons: list[str], st: DocState) -> bool:
    """Whether the office is one held in the past: "former …" before the role, or, for a
    person the catalogue has no offices for, a year in the sentence two or more years
    before the document's ("In 1949, President Harry Truman signed …")."""
    if _FORMER_RE.search(abstract, max(0, start - 60), start):
        return True
    if not st.date or any(st.lex.offices and st.lex.offices(p, st.date) for p in persons):
        return False
    year = int(st.date[:4])
    return bool(_AGO_RE.search(abstract)) or any(
        int(y) <= year - 2 for y in _YEAR_RE.findall(abstract)
    )


#: The line of an answer or letter that names who answers or signs for the issuer.
_SIGNED_LINE_RE = re.compile(
    r"(?:beantwoord door|antwoord van|ondertekend door|answered by|signed by)\b"
)


def signs_for_issuer(abstract: str, m: re.Match, st: DocState) -> bool:
    """Whether the person of slot ``b`` in ``m`` answers or signs for the document's one
    issuing state ("Beantwoord door X (staatssecretaris …)"): the line opens with who
    answers, and the office in brackets names no other actor."""
    return (
        len(st.issuers) == 1
        and st.kind(st.issuers[0]) == "state"
        and bool(_SIGNED_LINE_RE.match(abstract))
        and not re.search("[\ue000-\uefff]", abstract[m.end("b") : m.end()])
    )


#: Offices held on the issuer's own staff when no state is named with them.
STAFF_ROLE_RE = re.compile(
    r"(?:deputy |principal deputy )?(?:national security advis[eo]r|homeland security advis[eo]r|"
    r"vice president|chief of staff|(?:special )?(?:presidential )?envoy|"
    r"secretary of (?:defense|state|the treasury|homeland security|commerce)|"
    r"(?:nsc |white house )?spokesperson|press secretary|woordvoerder)\b"
)


#: A list of persons a measure targets: "is designating … individuals, including X, Y".
_TARGETED_LIST_RE = re.compile(
    r"\b(?:designat\w*|sanction\w*|sancties|gesanctioneerd\w*)\b[^;:]{0,160}?\b(?:individuals|"
    r"persons|officials|people|personen|functionarissen)\b[^;:]{0,40}?\b(?:including|among them|"
    r"such as|namely|waaronder|onder wie|zoals)\b"
)


#: What ends a list of targeted persons before the person (a clause break, a report verb),
#: or makes the person the speaker after it ("…, including X, Advisor Y said").
_SAYS = r"(?:said|says|announced|stated|added|noted|zei|zegt|verklaarde)"
_LIST_END_RE = re.compile(r"[;:]|\b(?:" + _SAYS + r"|welcomed|according|aldus)\b")
_SPEAKS_RE = re.compile(r" ?,? " + _SAYS + r"\b")


def measure_target(abstract: str, start: int, end: int | None = None) -> bool:
    """Whether the person at ``abstract[start:end]`` is one of a list of persons a sanction
    or designation targets ("the Treasury is designating eleven individuals, including Vice
    President X"): their titles are not the issuer's offices. A person after the list has
    ended, or who says it, is not one of them.

    >>> a = "treasury is designating five individuals, including general \ue000"
    >>> measure_target(a, a.index("general"))
    True
    >>> b = a + " ; deputy national security advisor \ue001 welcomed it"
    >>> measure_target(b, b.index("deputy"))
    False
    >>> c = a + " , deputy national security advisor \ue001 said"
    >>> measure_target(c, c.index("deputy"), len(c) - 5)
    False
    """
    hits = list(_TARGETED_LIST_RE.finditer(abstract, 0, start))
    if not hits:
        return False
    if end is not None and _SPEAKS_RE.match(abstract, end):
        return False
    return not _LIST_END_RE.search(abstract, hits[-1].end(), start)


#: The author line of a statement: "Statement by Ambassador X", "Toespraak van minister X".
_AUTHOR_RE = re.compile(
    r"(?:[^\s\ue000-\uefff]+ ){0,2}?(?:statement|remarks|speech|address|op-ed|verklaring|"
    r"toespraak|bijdrage) (?:by|from|of|van) (?:the |de |het )?(?:[^\s\ue000-\uefff]+ ){0,2}?"
)

_JOINT_RE = re.compile(r"\b(?:joint|gezamenlijke?)\b")


def authored(abstract: str, start: int) -> bool:
    """Whether the sentence opens with the author line of a statement and the titled person
    at ``start`` is its author ("Statement by Ambassador X at the Security Council"): the
    author speaks for the document's issuer, whatever the title. A joint statement's
    authors speak for several ("Joint statement by Foreign Minister X and …").

    >>> authored("statement by ambassador \ue000", 13)
    True
    >>> authored("joint statement by foreign minister \ue000", 19)
    False
    """
    return bool(_AUTHOR_RE.fullmatch(abstract, 0, start)) and not _JOINT_RE.search(
        abstract, 0, start
    )


_LAST_WORDS_RE = re.compile(r"((?:[^\s\ue000-\uefff]+ ){1,2})$")


def state_word_before(abstract: str, start: int, lex: Lexicon) -> bool:
    """Whether a state's adjective or name ends right before the title at ``start``
    ("Remarks by Kenyan President X": the author is Kenya's, not the issuer's). The
    abstract is lowercase and the catalogue's adjectives are capitalised, so the last two
    words are tried capitalised.

    >>> from actorgraph.loaders.extract.catalogue import default_lexicon
    >>> state_word_before("remarks by kenyan president \ue000", 18, default_lexicon())
    True
    >>> state_word_before("remarks by ambassador \ue000", 11, default_lexicon())
    False
    """
    m = _LAST_WORDS_RE.search(abstract, 0, start)
    if not m:
        return False
    words = m.group(1).title()
    return any(
        hit.end == len(words) - 1 and lex.kind(hit.actor) == "state"
        for hit in lex.scan(words, None)
    )


def issuer_titled(abstract: str, start: int, end: int) -> bool:
    """Whether the title of the person in ``abstract[start:end]`` makes them the issuer's:
    a staff title ("National Security Advisor X") or a statement's author line, unless the
    person is one of those a designation targets."""
    return bool(
        (STAFF_ROLE_RE.search(abstract, max(0, start - 14), end) or authored(abstract, start))
        and not measure_target(abstract, start, end)
    )
