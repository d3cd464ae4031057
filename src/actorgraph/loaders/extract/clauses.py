"""Clause segmentation for the cues: coordinated verb phrases share their subject.

The cues read ``{a} … VERB … {b}`` within a few words, so in "The leaders condemned
Russia's war against Ukraine, discussed the Victory Plan, and reiterated their resolve to
continue supporting Ukraine" only the first verb phrase is read with its subject. A
verb phrase joined by "and"/"en" or a comma to the subject's own verb phrase is a clause
of the same subject: :func:`coordinated_readings` gives one reading per such phrase, with
the subject written before it ("The leaders reiterated their resolve to continue
supporting Ukraine"). Every cue then runs on those readings as well.

Whether a word is a verb is decided with the lemmatiser (``simplemma``), not a word list:
an English word is a verb form when its lemma differs and it is a past form ("condemned",
"struck") or when its lemma is a predicate of the CAMEO verb lexicon or a reporting verb;
a Dutch word when its lemma is an infinitive other than itself ("leidt" → leiden). The
joined word must have the same form as the subject's own verb (past with past, present
with present: "express … and condemn"), so that "condemned the war and attacks on …"
(a noun after "and") gives nothing.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention, analyse_sentence
>>> text = "France condemned the strikes and reaffirmed its support for Ukraine."
>>> ms = [Mention(0, 6, ["FRA"], {"name"}, "France"), Mention(60, 67, ["UKR"], {"name"}, "Ukraine")]
>>> sent = analyse_sentence(text, 0, 0, len(text), ms)
>>> readings = coordinated_readings(sent, "en")
>>> [r.abstract.replace("\\ue000", "A").replace("\\ue001", "B") for r in readings]
['A reaffirmed its support for B.']
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from actorgraph.loaders.extract.analysis import SLOT_CLASS, Sentence, slot_positions
from actorgraph.loaders.extract.predicates import DATA, predicate_forms

_S = SLOT_CLASS
_ADVERBS = (
    r"(?:(?:[a-z]+ly|also|further|jointly|today|then|again|once again|together|ook|"
    r"opnieuw|eveneens|vervolgens|daarnaast|tevens|verder|vandaag|nogmaals) )*"
)
#: The subject at the start of a clause: the sentence's start, or after a fronted phrase
#: without actors ("Yesterday, we …") or a fronted prepositional phrase ("On the eve of
#: …, we condemn …"); then the subject's own (finite) verb.
_SUBJECT_RE = re.compile(
    rf"^(?:(?:[^\ue000-\uefff;:]{{1,80}}?|(?:on|in|at|after|following|during|op|na|"
    rf"tijdens|bij) [^;:]{{1,160}}?) , )?(?:(?:the|de|het) )?"
    rf"(?P<h>{_S}(?:(?: ,| , and| and| en) (?:(?:the|de|het) )?{_S})*) "  # a list: "A, B and C"
    rf"(?P<adv>{_ADVERBS})(?P<v>[a-z][a-z-]+) "
)
#: A verb phrase joined to the previous one: ", and", " and", ", " (a series), " en".
_JOIN_RE = re.compile(
    rf"(?:, (?:and |en |but |maar )?|(?<! ,) (?:and|en) )(?P<adv>{_ADVERBS})(?:to )?"
    rf"(?P<w>[a-z][a-z-]+) "
)

#: An infinitive after the subject's verb: "vowed to send", "will keep providing".
_INFINITIVE_RE = re.compile(
    r"(?<= )(?:to |(?<=will )|(?<=would )|(?<=shall )|(?<=must )|(?<=can )|(?<=could ))"
)
#: An actor in the verb phrase a reading leaves out, and a gendered possessive soon after
#: the joined verb: the pronoun may point at that actor.
_DROPPED_SLOT_RE = re.compile(rf"{_S}")
_HIS_RE = re.compile(r"(?:[^\s\ue000-\uefff;:]+ ){0,3}?(?:his|her|zijn|haar) ")


@lru_cache(maxsize=1)
def _english_verbs() -> frozenset[str]:
    """Lemmas of the CAMEO predicate lexicon (``data/predicates_en.csv``) and of the
    reporting verbs (``data/verbs_en.txt``)."""
    lemmas = set()
    with open(DATA / "verbs_en.txt", encoding="utf-8") as fh:
        lemmas.update(w.strip() for w in fh if w.strip() and not w.startswith("#"))
    lemmas.update(p.lemma for p in predicate_forms().values())
    return frozenset(lemmas)


@lru_cache(maxsize=8192)
def verb_form(word: str, lang: str | None) -> str | None:
    """The form of ``word`` as a verb ("past", "present", "ing") or None when the
    lemmatiser does not read it as a verb.

    >>> verb_form("condemned", "en"), verb_form("attacks", "en"), verb_form("leidt", "nl")
    ('past', 'present', 'present')
    >>> verb_form("aggression", "en"), verb_form("landen", "nl")
    (None, None)
    """
    import simplemma

    if word in _FUNCTION_WORDS:
        return None
    if lang == "nl":
        lemma = simplemma.lemmatize(word, lang="nl")
        if lemma != word and lemma.endswith("en") and not word.endswith("en"):
            return "present"
        return None
    if word in _english_verbs():
        return "present"  # a lemma of the lexicons: no dictionary look-up needed
    lemma = simplemma.lemmatize(word, lang="en")
    if word.endswith("ing"):
        return "ing" if lemma != word or word[:-3] in _english_verbs() else None
    if lemma == word:
        return "present" if word in _english_verbs() else None
    if word.endswith("s"):
        return "present" if lemma in _english_verbs() else None
    return "past"  # "condemned", "struck"


#: Words that never head a verb phrase (no dictionary look-up for them).
_FUNCTION_WORDS = frozenset(
    (  # noqa: SIM905
    "the a an its their his her our this that these those which who whom whose and or but "
    "to of in on at by for with from as than then also not no de het een en of maar die dat "
    "deze dit van in op aan met voor door bij naar om tot ook niet geen"
    ).split()
)


def coordinated_readings(sent: Sentence, lang: str | None) -> list[Sentence]:
    """One reading per verb phrase coordinated with the subject's verb phrase, the
    subject written before it (empty when the sentence has none)."""
    abstract = sent.abstract
    m = _SUBJECT_RE.match(abstract)
    if m is None:
        return []
    last_slot = max(sent.slot_pos) if sent.slot_pos else -1
    joins = [j for j in _JOIN_RE.finditer(abstract, m.end(), last_slot) if j.end() <= last_slot]
    if not joins:
        return []  # no verb phrase joined before the last actor: nothing a cue can read
    form = verb_form(m.group("v"), lang)
    # "X vowed to send … and impose …", "X will provide … and step up …": infinitives
    infinitive = _INFINITIVE_RE.match(abstract, m.end()) is not None
    if form is None and not infinitive:
        return []
    forms = {form, "present"} if infinitive else {form}
    head = m.group("h")
    out: list[Sentence] = []
    for j in joins:
        if verb_form(j.group("w"), lang) not in forms:
            continue
        if _DROPPED_SLOT_RE.search(abstract, m.end(), j.start()) and _HIS_RE.match(
            abstract, j.end()
        ):  # "X called Y reckless and said his war …": "his" may be Y's, not X's
            continue
        out.append(_reading(sent, head + " " + abstract[j.start("adv") :]))
    return out


def _reading(sent: Sentence, abstract: str) -> Sentence:
    far = len(abstract) + 10  # a slot left out is never "before" anything
    pos = slot_positions(abstract, len(sent.slots), far, clip=True)
    return dataclasses.replace(sent, abstract=abstract, slot_pos=pos)


_VERB_BEFORE_RE = re.compile(r"([a-z][a-z-]+) (?:(?:the|de|het) )?$")
#: Base forms and auxiliaries the lemmatiser cannot tell from nouns or adjectives.
_JOINED_VERBS = frozenset(
    (  # noqa: SIM905
        "has have had will would is was are were step strengthen tighten increase expand "
        "impose ramp scale introduce adopt extend intensify broaden widen maintain keep"
    ).split()
)
_JOINED_VERB_RE = re.compile(r"(?: ,)? and (?:to )?([a-z][a-z-]+) ")


def object_then_verb(abstract: str, pos: int, before: int) -> bool:
    """Whether the slot at ``pos`` is a verb's object and a verb phrase joined by "and"
    follows it before ``before``: the later phrase is the subject's, not the object's.

    >>> a = "\ue000 will keep providing \ue001 with arms and step up sanctions on \ue002"
    >>> object_then_verb(a, a.index("\ue001"), a.index("sanctions"))
    True
    >>> a = "\ue000 and \ue001 agreed and imposed sanctions on \ue002"
    >>> object_then_verb(a, a.index("\ue001"), a.index("sanctions"))
    False
    """
    verb = _VERB_BEFORE_RE.search(abstract, max(0, pos - 40), pos)
    if verb is None or verb_form(verb.group(1), "en") is None:
        return False
    return any(
        j.group(1) in _JOINED_VERBS or verb_form(j.group(1), "en") is not None
        for j in _JOINED_VERB_RE.finditer(abstract, pos + 1, before)
    )
