"""Reference across sentences that the sentence loop cannot see by itself.

Two small, conservative resolvers, each with one rule:

* **The parties of a meeting or call from the title** (:func:`title_parties`): "Readout
  of Vice President Harris's Meeting with Chancellor Scholz of Germany" → USA, DEU. They
  stand for "the two leaders", "the two sides" and a sentence-opening "They" when the
  body never named the office holders together (it says "The Vice President" and "the
  Chancellor"). Only a title that names a meeting, call or talks, and only exactly two
  states or organisations (an organisation is dropped when another party is a member):
  with three or more, "bilateral" and "both" would be a guess.
* **"He" / "She" / "Hij" opening a sentence** (:class:`PersonSalience`): the single
  person who was the subject of the previous sentence of the same paragraph. No
  referent across a paragraph break, when the subject was two or more persons (they
  compete), when the subject was not a person, or when the honorific the text gives the
  person ("Ms.", "King", "mevrouw") disagrees with the pronoun. Dutch "zij"/"ze" is
  left alone (she or they). Relations read through a resolved reference get a lower
  confidence (:data:`RESOLVED_PENALTY`).
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.agents import MODIFIER_FORMS, PREP_BEFORE_RE
from actorgraph.loaders.extract.analysis import Mention
from actorgraph.loaders.extract.lexicon import Lexicon, RawMention

#: How much less sure a relation is whose argument came from another sentence.
RESOLVED_PENALTY = 0.05

#: A title that reports a meeting, a call or talks between parties.
_MEETING_TITLE_RE = re.compile(
    r"\b(?:call|calls|meeting|meetings|meets|met|meet|talks|consultations?|consultative|"
    r"dialogue|visit|gesprek|ontmoeting|overleg|bezoek)\b",
    re.I,
)
#: "He"/"She"/"Hij" opening a sentence (after optional opening punctuation).
_PRONOUN_RE = re.compile(r"^[\s\"'“‘(]*(He|She|Hij)\b")
#: "…, and she …" / "…; he …": a second clause of the sentence, whose subject is the
#: sentence's own subject.
_CLAUSE_PRONOUN_RE = re.compile(r"(?:, and|; and|;|, en) (he|she|hij)\b")
_MALE = {"He": "m", "Hij": "m"}
#: Honorifics that give a person's gender, right before the name.
_HONORIFIC_RE = re.compile(
    r"\b(?P<m>Mr\.?|Mister|King|Prince|Crown Prince|Sheikh|Amir|Emir|His Majesty|"
    r"His Highness|His Royal Highness|de heer|dhr\.|koning|prins)"
    r"|\b(?P<f>Ms\.?|Mrs\.?|Madam|Madame|Queen|Princess|Her Majesty|Her Highness|"
    r"Her Royal Highness|mevrouw|mevr\.|mw\.|koningin|prinses)"
    r"[\s\u00a0]+$"
)


def title_parties(
    title: str | None, lex: Lexicon, issuers: list[str], office_of, kind_of, lang: str | None
) -> list[str]:
    """The states (and organisations) a meeting or call in the title is between.

    ``office_of(person)`` gives the state a person acts for (or None), ``kind_of(actor)``
    the actor's kind. The issuer is a party when it is one state (its readout).

    >>> from types import SimpleNamespace as N
    >>> names = {"Germany": "DEU", "Scholz": "olaf-scholz", "Harris": "kamala-harris"}
    >>> def scan(text, lang):
    ...     return [RawMention(text.find(k), text.find(k) + len(k), v, "name", k)
    ...             for k, v in names.items() if k in text]
    >>> lex = N(scan=scan)
    >>> kinds = {"DEU": "state", "USA": "state"}
    >>> office = {"olaf-scholz": "DEU", "kamala-harris": "USA"}.get
    >>> t = "Readout of Vice President Harris's Meeting with Chancellor Scholz of Germany"
    >>> title_parties(t, lex, ["USA"], office, lambda a: kinds.get(a, "person"), "en")
    ['USA', 'DEU']
    >>> title_parties("Statement on Germany", lex, ["USA"], office,
    ...               lambda a: kinds.get(a, "person"), "en")
    []
    """
    if not title or not _MEETING_TITLE_RE.search(title):
        return []
    out: list[str] = []
    if len(issuers) == 1 and kind_of(issuers[0]) == "state":
        out.append(issuers[0])
    for m in lex.scan(title, lang):
        if m.actor.startswith("@") or m.form == "place":
            continue
        actor = m.actor
        if kind_of(actor) == "person":
            actor = office_of(actor)
        if actor and kind_of(actor) in ("state", "organisation") and actor not in out:
            out.append(actor)
    is_member = getattr(lex, "is_member", None)
    if is_member is not None:  # "… Call with the G7": the G7 is no party beside its member
        out = [a for a in out if kind_of(a) != "organisation"
               or not any(is_member(b, a, None) for b in out if b != a)]  # fmt: skip
    return out if len(out) == 2 else []  # three or more: which two "both" is, is a guess


def gender_hints(text: str, persons: list[RawMention]) -> dict[str, str]:
    """The gender the text's honorifics give its persons ("Ms. Kaag" → f); a person
    given both is left out.

    >>> p = [RawMention(4, 8, "sigrid-kaag", "name", "Kaag"),
    ...      RawMention(17, 22, "jake-sullivan", "name", "Finer")]
    >>> gender_hints("Ms. Kaag and Mr. Finer", p)
    {'sigrid-kaag': 'f', 'jake-sullivan': 'm'}
    """
    seen: dict[str, set[str]] = {}
    for p in persons:
        m = _HONORIFIC_RE.search(text, max(0, p.start - 24), p.start)
        if m:
            seen.setdefault(p.actor, set()).add("m" if m.group("m") else "f")
    return {a: next(iter(g)) for a, g in seen.items() if len(g) == 1}


class PersonSalience:
    """The person a sentence-opening "He"/"She"/"Hij" refers to: the single person who
    was the subject of the previous sentence of the same paragraph.

    >>> from types import SimpleNamespace as N
    >>> sal = PersonSalience({"jake-sullivan": "m", "sigrid-kaag": "f"})
    >>> slot = N(actors=["jake-sullivan"], forms={"name", "person"})
    >>> sal.after_sentence(N(slots=[slot], slot_pos=[0], abstract="\ue000 urged talks ."),
    ...                    lambda a: "person")
    >>> person = lambda a: "person"
    >>> sal.mentions("He called for talks.", 100, [], person)[0].actors
    ['jake-sullivan']
    >>> sal.mentions("She called for talks.", 100, [], person)
    []
    >>> kaag = Mention(100, 108, ["sigrid-kaag"], {"name"}, "Ms. Kaag")
    >>> [x.actors for x in sal.mentions("Ms. Kaag spoke, and she urged talks.", 100, [kaag],
    ...                                 person)]
    [['sigrid-kaag']]
    """

    def __init__(self, genders: dict[str, str] | None = None) -> None:
        self.genders = genders or {}
        self.subject: str | None = None

    def new_paragraph(self) -> None:
        self.subject = None

    def mentions(self, sentence: str, offset: int, named: list[Mention], kind_of) -> list[Mention]:
        """The pronouns of ``sentence`` (starting at ``offset`` in the text; ``named`` its
        resolved mentions) as mentions of their referents, where there is exactly one:
        an opening pronoun → the previous sentence's subject; "…, and she …" → this
        sentence's subject when that is the only person named before the pronoun."""
        out: list[Mention] = []
        m = _PRONOUN_RE.match(sentence)
        if m is not None and self.subject is not None:
            out += self._agreeing(m, offset, self.subject)
        for m in _CLAUSE_PRONOUN_RE.finditer(sentence):
            before = [x for x in named if x.start < offset + m.start(1)]
            persons = {a for x in before for a in x.actors if kind_of(a) == "person"}
            first = before[0] if before else None
            if (first is None or first.start - offset > 4 or len(first.actors) != 1
                    or persons != set(first.actors)):
                continue  # no person subject opens the sentence, or another person is named
            out += self._agreeing(m, offset, first.actors[0])
        return out

    def _agreeing(self, m: re.Match, offset: int, person: str) -> list[Mention]:
        word = m.group(1)
        want = _MALE.get(word.capitalize(), "f")
        have = self.genders.get(person)
        if have is not None and have != want:
            return []  # "Ms. Kaag …. He …": not her
        start, end = offset + m.start(1), offset + m.end(1)
        return [Mention(start, end, [person], {"anaphora", "carried", "person"}, word)]

    def after_sentence(self, sent, kind_of) -> None:
        """Remember the subject of ``sent`` (an analysed sentence) when it is one person."""
        self.subject = None
        for slot, pos in zip(sent.slots, sent.slot_pos, strict=False):
            if slot.forms and slot.forms <= MODIFIER_FORMS:
                continue
            if PREP_BEFORE_RE.search(sent.abstract[max(0, pos - 16) : pos]):
                continue  # "On Taiwan, President Biden …": Taiwan is no subject
            persons = [a for a in slot.actors if kind_of(a) == "person"]
            if len(persons) == 1 and len(slot.actors) == 1:
                self.subject = persons[0]
            return  # the first subject decides: a state, a list of persons → nobody
