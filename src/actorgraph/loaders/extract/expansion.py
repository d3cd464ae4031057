"""List expansion, one component for every relation type: inclusions, appositions and
asides that name the actors a clause is about.

The cues read a sentence's abstract string; a list set off by commas, dashes or
parentheses after a head ("Several Allies, including Poland and Estonia, will send …",
"Three Allies — among them Latvia and Lithuania — will …", "Enkele lidstaten, waaronder
Polen en Finland, leveren …") hides the real subject from them. :func:`variants` gives
the same sentence with the head and the aside folded into the listed actors ("Poland and
Estonia will send …"); "A, as well as B, …" becomes one list of A and B. Every cue
then runs on the sentence as written *and* on each variant (a relation is kept once).

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> text = "Several partners, including Japan and Italy, will help Ukraine."
>>> ms = [Mention(28, 33, ["JPN"], {"name"}, "Japan"), Mention(38, 43, ["ITA"], {"name"}, "Italy"),
...       Mention(55, 62, ["UKR"], {"name"}, "Ukraine")]
>>> sent = analyse_sentence(text, 0, 0, len(text), ms)
>>> [v.abstract.replace("\\ue000", "A").replace("\\ue001", "B") for v in variants(sent)]
['A will help B.']
"""

from __future__ import annotations

import dataclasses
import enum
import re

from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence, Slot, slot_positions
from actorgraph.loaders.extract.prefilter import may_match

_S = SLOT_CLASS
#: (a head word never starts inside a compound: in "X-backed groups, including A, B," the
#: head is "groups", and "X-backed" stays before the folded list)
_HEAD_WORDS = r"(?<![^\s,;:()])(?:[^\s,;:()\ue000-\uefff-]+ ){1,3}"
_INCLUDE = (
    r"(?:including|such as|among them|among whom|notably|in particular|particularly|"
    r"especially|namely|like|waaronder|zoals|onder meer|onder andere|met name|te weten|"
    r"namelijk|in het bijzonder)"
)
#: Who speaks for the states or the organisation after "of" when a sentence opens with
#: them: "The Foreign Ministers of A, B and C", "The leaders of the G7", "The Government of
#: A", "Heads of State and Government of A and B" (English; the Dutch "De ministers van …"
#: opening a meeting report is read by the Dutch rules).
_REPRESENTATIVES = (
    r"(?:the )?(?:[a-z-]+ ){0,3}?(?:leaders?|ministers?|governments?|presidents?|"
    r"heads of state(?: and(?: of)? government)?|heads of government|representatives|"
    r"delegations?|envoys|spokespersons?|secretaries) (?:of|from) (?:the )?"
)
_UNION = (
    r"(?:as well as|along with|together with|in addition to|alongside|jointly with|"
    r"in concert with|in coordination with|in close coordination with|in cooperation with|"
    r"in close cooperation with|in partnership with|evenals|alsook|naast|"
    r"samen met|tezamen met)"
)


class Construction(enum.Enum):
    """The kinds of list construction that :func:`variants` folds (one handler each)."""

    INCLUSION = "inclusion"  # "Allies, including A and B, …"
    DASH_ASIDE = "dash-aside"  # "Three Allies — among them A and B — …"
    PAREN_ASIDE = "paren-aside"  # "Three partners (A, B and C) …"
    UNION = "union"  # "A, as well as B, …"
    COMITATIVE = "comitative"  # "Nederland heeft samen met Denemarken … geleverd": both
    SPEAKER = "speaker"  # "We, the Leaders of A, B and C, condemn …" → "We condemn …"
    LIST_SUBJECT = "list-subject"  # "A, as well as B, sent …" read as one list: the comma goes
    OTHERS = "others"  # "A and other member states …" → A and the organisation act together
    BACKED_ASIDE = "backed-aside"  # "A, with support from B and C, struck …" → "A struck …"
    BARE_INCLUSION = "bare-inclusion"  # "X-backed groups such as A" → "X-backed A"
    REPRESENTATIVES = "representatives"  # "The Foreign Ministers of A and B condemned …"


_PATTERNS: dict[Construction, re.Pattern] = {
    Construction.INCLUSION: re.compile(
        rf"(?:(?P<h>{_S}) |{_HEAD_WORDS})?, {_INCLUDE} (?P<l>{_S}) , "
    ),
    Construction.DASH_ASIDE: re.compile(
        rf"(?:(?P<h>{_S}) ?|{_HEAD_WORDS})?- (?:{_INCLUDE} )?(?P<l>{_S}) ?- "
    ),
    Construction.PAREN_ASIDE: re.compile(
        rf"(?:(?P<h>{_S}) |{_HEAD_WORDS})\( (?:{_INCLUDE} )?(?P<l>{_S}) \) "
    ),
    Construction.UNION: re.compile(
        rf"(?P<h>{_S}) , {_UNION} (?:(?:the|de|het) )?(?P<l>{_S}) , "
    ),
    Construction.COMITATIVE: re.compile(
        rf"(?P<h>{_S}) (?P<v>(?:[^\s,;:\ue000-\uefff]+ ){{0,2}}?)(?:samen met|together with|"
        rf"jointly with|along with|tezamen met) (?:the |de |het )?(?P<l>{_S}) "
    ),
    Construction.SPEAKER: re.compile(
        rf"(?P<l>{_S}) (?:, )?(?:the|de) (?:[^\s;:]+ ){{1,5}}?(?:of|van) "
        rf"(?:(?:the|de|het) )?(?:{_S}|[ ,]|and |en |the |de |het |\( [^()]{{1,12}} \) )+?"
        rf"(?:, )?(?=[a-z])"
    ),
    Construction.LIST_SUBJECT: re.compile(rf"^(?:the |de |het )?(?P<l>{_S}) , (?=[a-z])"),
    Construction.OTHERS: re.compile(
        rf"(?P<h>{_S}) (?:and|en) (?:other|andere|overige|fellow) (?P<l>{_S}) "
    ),
    Construction.BACKED_ASIDE: re.compile(
        rf"(?P<h>{_S}) , (?:with|met) (?:the |de )?(?:[\w-]+ )?(?:support|backing|assistance|"
        rf"help|participation|steun|hulp|medewerking) (?:from|of|van) (?:the |de |het )?"
        rf"(?P<l>{_S}) , "
    ),
    # no commas: the head is a plural noun of one to three words ("militant groups such
    # as", "all terrorist organisations to include"); "would like A to" has no such head
    Construction.BARE_INCLUSION: re.compile(
        # (after a comma only when no comma closes the list: "partners, including A and
        # B, will …" is the parenthetical list's)
        rf"(?<!\S)(?:[a-z]+ ){{0,2}}[a-z]{{3,}}s (?P<c>, )?(?:such as|including|to include|like) "
        rf"(?:the )?(?:(?P<m>{_S}) )?(?P<l>{_S})(?(c)(?! ,))"
    ),
    # at the sentence's start or after a fronted phrase ("On Tuesday, …"), and only when a
    # verb follows the actors ("The leaders of A and B condemned …")
    # ("Today, in their 12th meeting, the G7 Foreign Ministers of A, B and C, and the High
    # Representative of the EU, condemned …": the group named before the office speaks)
    Construction.REPRESENTATIVES: re.compile(
        r"^(?P<f>(?:[^\ue000-\uefff;:]{1,80}? , )?)(?:the )?(?:(?P<o>" + _S + r") )?"
        + _REPRESENTATIVES + rf"(?P<l>{_S})(?: of (?:the )?{_S})?"  # "… of America"
        rf"(?: , and [^;:,]{{1,80}}? ,| ,)? (?=(?!and )[a-z])"
    ),
}


def _fold_to_list(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """The head and its aside become the listed actors."""
    return sent.abstract[: m.start()] + m.group("l") + " " + sent.abstract[m.end() :], []


def _fold_bare(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """The head and its inclusion become the listed actor; a state's adjective before it
    ("such as Lebanese Hezbollah") only qualifies the name and goes too."""
    if m.group("m") and "adjective" not in sent.slot_of(m.group("m")).forms:
        return sent.abstract, []  # two actors side by side: no single inclusion
    if sent.slot_of(m.group("l")).forms <= {"adjective", "demonym"}:
        return sent.abstract, []  # "such as Belarusian battalions": no actor is listed
    return sent.abstract[: m.start()] + m.group("l") + sent.abstract[m.end() :], []


def _joined(sent: Sentence, head: Slot, tail: Slot) -> Slot:
    """One new slot that holds the actors of ``head`` and then those of ``tail``."""
    return Slot(
        len(sent.slots),
        head.start,
        tail.end,
        head.actors + [a for a in tail.actors if a not in head.actors],
        head.forms | tail.forms | {"list"},
    )


def _fold_union(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """ "A, as well as B," becomes one new slot holding A and B."""
    slot = _joined(sent, sent.slot_of(m.group("h")), sent.slot_of(m.group("l")))
    return sent.abstract[: m.start()] + slot.char + " " + sent.abstract[m.end() :], [slot]


def _speaker(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """The opening formula is an apposition of "we": the pronoun is the subject."""
    if "pronoun" not in sent.slot_of(m.group("l")).forms:
        return sent.abstract, []
    return _fold_to_list(sent, m)


def _list_subject(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """A list that opens the sentence is its subject: the comma after it goes."""
    if "list" not in sent.slot_of(m.group("l")).forms:
        return sent.abstract, []
    return _fold_to_list(sent, m)


def _comitative(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """"A (heeft) samen met B …" → "A+B (heeft) …": both do what follows."""
    slot = _joined(sent, sent.slot_of(m.group("h")), sent.slot_of(m.group("l")))
    folded = slot.char + " " + m.group("v")
    return sent.abstract[: m.start()] + folded + sent.abstract[m.end() :], [slot]


def _representatives(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """ "The Foreign Ministers of A and B condemned …" → "A and B condemned …": those who
    speak for the states are the subject; a fronted phrase stays; a group named before the
    office ("the G7 Foreign Ministers of A, B and C") is the subject instead."""
    if sent.slot_of(m.group("l")).forms & {"adjective", "demonym", "pronoun"}:
        return sent.abstract, []
    subject = m.group("l")
    if m.group("o") and "pronoun" not in sent.slot_of(m.group("o")).forms:
        subject = m.group("o")  # "the G7 Foreign Ministers of A, B …": the G7
    return m.group("f") + subject + " " + sent.abstract[m.end() :], []


def _drop_aside(sent: Sentence, m: re.Match) -> tuple[str, list[Slot]]:
    """ "A, with support from B, struck …": the aside goes, A is the subject."""
    return sent.abstract[: m.end("h")] + " " + sent.abstract[m.end() :], []


_HANDLERS = {
    Construction.INCLUSION: _fold_to_list,
    Construction.DASH_ASIDE: _fold_to_list,
    Construction.PAREN_ASIDE: _fold_to_list,
    Construction.UNION: _fold_union,
    Construction.COMITATIVE: _comitative,
    Construction.SPEAKER: _speaker,
    Construction.LIST_SUBJECT: _list_subject,
    Construction.OTHERS: _fold_union,
    Construction.BACKED_ASIDE: _drop_aside,
    Construction.BARE_INCLUSION: _fold_bare,
    Construction.REPRESENTATIVES: _representatives,
}
assert set(_HANDLERS) == set(Construction), "one handler per construction"


def _rebuilt(sent: Sentence, abstract: str, extra: list[Slot]) -> Sentence:
    slots = sent.slots + extra
    far = len(abstract) + 10  # a slot folded away is never "before" anything
    pos = slot_positions(abstract, len(slots), far)
    return dataclasses.replace(sent, abstract=abstract, slots=slots, slot_pos=pos)


#: Literal text each construction needs (tested before its pattern runs).
_NEEDS: dict[Construction, tuple[str, ...]] = {
    Construction.INCLUSION: tuple(_INCLUDE[3:-1].split("|")),
    Construction.DASH_ASIDE: ("- ",),
    Construction.PAREN_ASIDE: ("( ",),
    Construction.UNION: tuple(_UNION[3:-1].split("|")),
    Construction.COMITATIVE: ("samen met", "together with", "jointly with", "along with",
                              "tezamen met"),
    Construction.SPEAKER: (" of ", " van "),
    Construction.LIST_SUBJECT: (" , ",),
    Construction.OTHERS: (" other ", " andere ", " overige ", " fellow "),
    Construction.BACKED_ASIDE: (" support ", " backing ", " assistance ", " help ",
                                " participation ", " steun ", " hulp ", " medewerking "),
    Construction.BARE_INCLUSION: ("such as", "including", "to include", "like"),
    Construction.REPRESENTATIVES: ("leader", "minister", "government", "president", "heads of",
                                   "representatives", "delegation", "envoys", "spokesperson",
                                   "secretaries"),
}
assert set(_NEEDS) == set(Construction)


#: The part of a pattern without its optional head, which every match holds: searched first,
#: so that the full pattern (whose optional head words make each position expensive) runs
#: only where the list itself is written. Same matches, less search.
_GATES: dict[Construction, re.Pattern] = {
    Construction.INCLUSION: re.compile(rf", {_INCLUDE} {_S} , "),
    Construction.DASH_ASIDE: re.compile(rf"- (?:{_INCLUDE} )?{_S} ?- "),
    Construction.PAREN_ASIDE: re.compile(rf"\( (?:{_INCLUDE} )?{_S} \) "),
}
_NEEDS_SETS = {kind: (needs,) for kind, needs in _NEEDS.items()}


def variants(sent: Sentence) -> list[Sentence]:
    """The sentence with each list construction folded (empty when it has none)."""
    abstract = sent.abstract
    out: list[Sentence] = []
    for kind, pattern in _PATTERNS.items():
        if not may_match(_NEEDS_SETS[kind], abstract):
            continue  # a cheap test before the regular expression
        gate = _GATES.get(kind)
        if gate is not None and gate.search(abstract) is None:
            continue  # no list set off by commas, dashes or brackets
        m = pattern.search(abstract)
        if m is None:
            continue
        new_abstract, extra = _HANDLERS[kind](sent, m)
        if new_abstract == abstract:
            continue
        out.append(_rebuilt(sent, new_abstract, extra))
    return out
