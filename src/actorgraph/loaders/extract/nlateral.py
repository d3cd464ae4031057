"""Bilateral and trilateral cooperation whose parties the sentence does not list.

Readouts and joint statements name a partnership by its number of parties and leave the
parties to the discourse: "They discussed ways to strengthen our bilateral cooperation",
"the importance of sustaining a strong bilateral partnership", "their longstanding
trilateral cooperation". The parties are, in this order:

- the list right after "between"/"among" ("bilateral relations between Chile and Peru"),
  or the speaker and the list after "with" ("our bilateral cooperation with Peru");
- else a list of as many states (or office holders, who act for their state) before the
  word in the sentence ("Chile, Peru and Ecuador held a trilateral summit");
- else the document's speakers when they are as many (a joint statement of three states:
  "our trilateral cooperation");
- else the document's one speaker and the other states its title names, when together
  they are as many ("Readout of … Meeting with President X of Peru" → the speaker and
  Peru).

Other states the sentence names play no part ("Iran's attacks on Erbil, Iraq, and a
strong bilateral partnership" in a readout with Iraq is the speaker and Iraq). Anything
else gives nothing: two states in the title for "bilateral", a negated or hedged
sentence.

Example
-------
>>> parties("bilateral", None, [], ["USA"], ["PER"])
['USA', 'PER']
>>> parties("bilateral", ["CHL", "PER"], [], ["USA"], ["PER"])
['CHL', 'PER']
>>> parties("trilateral", None, [], ["FRA", "GBR", "USA"], [])
['FRA', 'GBR', 'USA']
>>> parties("bilateral", None, [], ["USA"], ["PER", "CHL"]) is None
True
"""

from __future__ import annotations

import re

#: "(our) bilateral cooperation", "a strong trilateral partnership", "trilateral ties".
NLATERAL_RE = re.compile(
    r"\b(?P<n>bilateral|trilateral)\s+(?:(?:security|defen[cs]e|strategic|economic|"
    r"military)\s+)?(?:co-?operation|partnership|relationship|relations|ties|alliance|"
    r"collaboration|coordination)\b",
    re.I,
)
#: A sentence that does not state the partnership as a fact.
_NOT_FACT_RE = re.compile(
    r"\b(?:not|no|never|without|lack|absence|if|whether|could|might|may|would|hope|"
    r"seek|explore|consider|aspire|rather than)\b|n't\b",
    re.I,
)
_COUNT = {"bilateral": 2, "trilateral": 3}


def parties(
    word: str, after: list[str] | None, before: list[list[str]], issuers: list[str],
    titled: list[str], prep: str = "between",
) -> list[str] | None:
    """The parties of a ``word`` ("bilateral"/"trilateral") partnership (see the module
    doc): ``after``, the list after its preposition ``prep`` (None without one);
    ``before``, the lists of states earlier in the sentence; ``issuers``, the document's
    speakers; ``titled``, the other states of the document's title."""
    want = _COUNT[word.lower()]
    if after is not None:
        found = list(after) if prep != "with" else issuers + [a for a in after if a not in issuers]
        return found if len(found) == want else None
    for run in reversed(before):
        if len(run) == want:
            return list(run)
    if len(issuers) == want:
        return list(issuers)
    if len(issuers) == 1:
        both = issuers + [t for t in titled if t not in issuers]
        if len(both) == want:
            return both
    return None


#: What may stand between two names of one list (titles of office holders too: "Prime
#: Minister X, U.S. President Y and South Korean President Z"); a hyphen compound of
#: names is one list too ("the U.S.-Japan-ROK trilateral", "Australia-United Kingdom-…").
_LIST_GAP_RE = re.compile(
    r"[-–]|\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}"
)
_PREP_RE = re.compile(r"\s+(between|among|with)\s+(?:the\s+)?")


def _runs(text: str, named: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The lists among ``named`` (start, end, states): mentions joined by commas, "and"."""
    runs: list[tuple[int, int, list[str]]] = []
    for start, end, acts in named:
        if runs and _LIST_GAP_RE.fullmatch(text, runs[-1][1], start):
            s0, _, have = runs[-1]
            runs[-1] = (s0, end, have + [a for a in acts if a not in have])
        else:
            runs.append((start, end, list(acts)))
    return runs


def nlateral_parties(
    text: str, named: list[tuple[int, int, list[str]]], issuers: list[str], titled: list[str]
) -> list[str] | None:
    """The parties of the partnership a sentence ``text`` states by its number of
    parties, or None (no such word, not stated as a fact, parties unclear). ``named``:
    the states the sentence names, as (start, end, states) in ``text``.

    >>> nlateral_parties("They discussed our bilateral cooperation.", [(15, 18, ["USA"])],
    ...                  ["USA"], ["GUY"])
    ['USA', 'GUY']
    >>> nlateral_parties("They may explore bilateral cooperation.", [], ["USA"], ["GUY"])
    """
    m = NLATERAL_RE.search(text)
    if m is None or _NOT_FACT_RE.search(text, 0, m.start()):
        return None
    runs = _runs(text, named)
    prep = _PREP_RE.match(text, m.end())
    after = None
    if prep:
        nxt = [r for r in runs if r[0] >= prep.end()]
        if nxt and nxt[0][0] == prep.end():
            after = nxt[0][2]
    before = [r[2] for r in runs if r[1] <= m.start()]
    return parties(m.group("n"), after, before, issuers, titled, prep.group(1) if prep else "")


def add_nlateral(text, si, s0, s1, resolved, st, doc, relations, titled) -> None:
    """Add PARTNERS_WITH between every two parties of a bilateral/trilateral partnership
    the sentence ``text[s0:s1]`` states (rule ``partner.n-lateral``)."""
    if "lateral" not in text[s0:s1]:
        return
    from actorgraph.graph.vocabulary import RelationType
    from actorgraph.loaders.extract.analysis import analyse_sentence
    from actorgraph.loaders.extract.docstate import acting_for
    from actorgraph.loaders.extract.matching import add_relation

    named = []
    for m in resolved:
        acts = [acting_for(a, st) if st.kind(a) == "person" else a for a in m.actors]
        acts = [a for a in acts if a and st.kind(a) == "state"]
        if acts:
            named.append((m.start - s0, m.end - s0, acts))
    found = nlateral_parties(text[s0:s1], named, st.issuers, titled)
    if not found:
        return
    sent = analyse_sentence(text, si, s0, s1, resolved)
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            add_relation(relations, doc, sent, st, RelationType.PARTNERS_WITH, a, b,
                         "partner.n-lateral", 0.65)  # fmt: skip
