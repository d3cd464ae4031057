"""Persons in text: names after a role word that the catalogue does not know ("Defense
Minister Judith Collins"), their ids, and the offices read from titles ("secretaris-
generaal Jens Stoltenberg", "De minister van Defensie, Kajsa Ollongren").
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from actorgraph.loaders.extract.clauses import verb_form
from actorgraph.loaders.extract.cues import ROLE
from actorgraph.loaders.extract.docstate import DocState
from actorgraph.loaders.extract.lexicon import Lexicon, RawMention
from actorgraph.loaders.extract.person_roles import (  # noqa: F401 (matching.py's imports)
    STAFF_ROLE_RE,
    issuer_titled,
    past_office,
    signs_for_issuer,
    state_word_before,
)
from actorgraph.loaders.extract.prefilter import find_all

#: Dutch portfolios after "minister van": the office, never the start of a name ("de
#: Oekraïense Minister van Defensie Oleksii Reznikov" is Oleksii Reznikov, not "van Defensie
#: Oleksii Reznikov", as the particle "van" in a name would have it).
_NL_PORTFOLIO = (
    r"(?:[A-Z]\w+ Zaken(?: en [A-Z]\w+)?|Defensie|Financiën|Justitie(?: en Veiligheid)?|"
    r"Buitenlandse Handel(?: en Ontwikkelingssamenwerking)?|Ontwikkelingssamenwerking|"
    r"Onderwijs|Volksgezondheid|Landbouw|Infrastructuur|Asiel en Migratie|Klimaat|"
    r"Rechtsbescherming|Volkshuisvesting|Koninkrijksrelaties)"
)
_PERSON_RE = re.compile(
    r"\b(?:[Mm]inister van " + _NL_PORTFOLIO + r"|President|Prime Minister|Minister|"
    r"Secretary[- ]General|Secretary of State|"
    r"Secretary|Chancellor|Ambassador|King|Queen|Premier|Foreign Minister|"
    r"Defen[cs]e Minister|Vice President|High Representative|Crown Prince|Emir|"
    r"Secretary of (?:the )?(?:Defense|State|Foreign Affairs|National Defense|Treasury|"
    r"Homeland Security|Commerce|Energy)|"
    r"minister-president|premier|ministers?|secretaris-generaal|president|"
    r"National Security Advis[eo]r|"
    # staff and advisers: "NSC Spokesperson", "Diplomatic Counselor", "Policy Advisor"
    r"Spokesperson|Counsel+or|Advis[eo]r|Director|Envoy|Coordinator|Speaker|Minster|"
    r"(?:plaatsvervangend )?SG|topman|chef|directeur-generaal|staatssecretaris|"
    r"woordvoerder)"
    # "… of Poland, Name" / "… van Polen, Name" / "(SG) Name"
    r"(?:\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,|"
    r"\s+\([A-Z]{1,5}\))?\s+"
    # a name: initials ("J.A."), particles ("de", "van der"), one to four capitalised words;
    # not the portfolio of "Minister van Justitie en Veiligheid, D. Yeşilgöz"
    r"(?!(?:van|voor)\s+" + _NL_PORTFOLIO + r"\b)"
    r"((?:(?:[A-Z]\.){1,4}\s?|[A-Z][\w'’-]*\.?\s+|(?:de|van|der|den|ter|ten|von|al|bin|el)\s+)"
    r"{0,4}[A-Z][a-zà-ÿā-ž'’]+(?:-[A-Z]?[a-zà-ÿā-ž'’]+)*)"
)
#: A portfolio after a name ("Kofod van Buitenlandse Zaken"): the office, not the name.
_PORTFOLIO_AFTER_RE = re.compile(r"(?:van|voor)\s+" + _NL_PORTFOLIO + r"\b")
#: A name with its office after it in brackets, as the answers to parliamentary questions
#: list who answers: "Eric van der Burg (staatssecretaris justitie en veiligheid)".
_NAME_PAREN_ROLE_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-zà-ÿā-ž'’-]+\s+)(?:(?:[A-Z][a-zà-ÿā-ž'’-]+|de|van|der|den|ter|ten)\s+)"
    r"{0,3}[A-Z][a-zà-ÿā-ž'’]+(?:-[A-Z]?[a-zà-ÿā-ž'’]+)*)\s*\(\s*(?:vice)?(?:minister|"
    r"staatssecretaris|state secretary|secretary of state|minister-president|premier)\b"
)
_PAREN_ROLE_HINT_RE = re.compile(
    r"\(\s*(?:vice)?(?:minister|staatssecretaris|state secretary|secretary of state|premier)\b"
)
#: "President of Ukraine Andriy Yermak", "directeur-generaal van het IAEA, dhr. Rafael
#: Grossi": a name right after the state or organisation an office belongs to.
_OF_ACTOR_NAME_RE = re.compile(
    r"\s*,?\s*(?:(?:dhr|mevr|Mr|Ms|Mrs|Dr)\.\s+)?"
    r"((?:[A-Z][\w'’-]*\s+|(?:de|van|der|den|ter|ten|von|al|bin|el)\s+){1,3}"
    r"[A-Z][a-zà-ÿā-ž'’]+(?:-[A-Z]?[a-zà-ÿā-ž'’]+)*)"
)
_ROLE_OF_BEFORE_RE = re.compile(
    r"\b" + ROLE + r"\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?$", re.I
)
_OF_BEFORE_RE = re.compile(r"\b(?:of|van)\s+(?:the\s+|de\s+|het\s+)?$")
#: Words that end a name in a title written in Title Case ("Vice President Harris Are
#: Delivering …", "NSC Spokesperson Adrienne Watson Welcoming the …").
_TITLE_NEXT_RE = re.compile(r"\s+[A-Z]")
_AUX = frozenset(
    ["Are", "Is", "Was", "Were", "Will", "Has", "Have", "Had", "Would", "Can", "Could",
     "Should", "Does", "Did", "Do"]
)
_NAME_STOP = frozenset(
    (  # noqa: SIM905
        "The Of And Affairs Foreign State General Council Defense Defence Zaken Buitenlandse "
        "Administration Office House Government Ministry Minister President Prime Republic "
        "Kingdom United People Federal Department Agency Commission European Union Summit "
        "Meeting On In For To At This That"
    ).split()
)


def slugify(name: str) -> str:
    """A person's id from their name.

    >>> slugify("Judith Collins")
    'judith-collins'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def find_persons(
    text: str, mentions: list[RawMention], lex: Lexicon, lang: str | None = None
) -> list[RawMention]:
    """Names after a role word ("Defense Minister Judith Collins") not in the catalogue.

    The name ends at a possessive ("Jake Sullivan’s Meeting" → Jake Sullivan); its id
    follows the catalogue's order, given name first, also for a Japanese name the text
    writes family name first ("National Security Advisor Akiba Takeo of Japan" →
    ``takeo-akiba``).
    """
    out: list[RawMention] = []
    overlaps = _overlap_test([(m.start, m.end) for m in mentions])
    for m in find_all(_PERSON_RE, text):  # tried only where a role word opens a match
        s = m.start(1)
        words: list[str] = []
        given = m.group(1).split()
        for i, w in enumerate(given):
            if i and w in ("van", "voor") and _PORTFOLIO_AFTER_RE.match(" ".join(given[i:])):
                break  # "minister Kofod van Buitenlandse Zaken": the name ends at the office
            if i and (w in _AUX or _title_verb(w, i, text, m.start(1) + len(
                    " ".join(m.group(1).split()[: i + 1])))):
                break  # "Harris Marking One Year …", "Watson Welcoming the …": a verb
            bare = re.sub(r"['’]s$", "", w)
            words.append(bare)
            if bare != w:
                break  # "Sullivan’s Meeting": the name ends at the possessive
        while words and (words[-1] in _NAME_STOP or words[-1].isupper()):
            words.pop()
        if len(words) < 2 or any(w in _NAME_STOP for w in words):
            continue
        name = " ".join(words)
        if text[s : s + len(name)] != name:
            continue
        e = s + len(name)
        if overlaps(s, e):
            continue  # (the names of this loop cannot overlap: finditer's matches do not)
        order = words[::-1] if len(words) == 2 and _japanese(text, s, e) else words
        out.append(RawMention(s, e, _person_id(order, lex), "person", name))
    hint = _PAREN_ROLE_HINT_RE.search(text)  # a cheap test first: few texts have one
    for m in _NAME_PAREN_ROLE_RE.finditer(text, max(0, hint.start() - 80)) if hint else ():
        s, e = m.span(1)
        words = m.group(1).split()
        if any(w in _NAME_STOP for w in words) or overlaps(s, e):
            continue
        if any(a < e and s < b for a, b in ((r.start, r.end) for r in out)):
            continue
        out.append(RawMention(s, e, _person_id(words, lex), "person", m.group(1)))
    out.sort(key=lambda r: r.start)
    named = _overlap_test([(r.start, r.end) for r in out])
    taken: list[tuple[int, int]] = []  # names found after an office "of STATE" (few)
    for m in mentions:  # "Head of the Office of the President of Ukraine Andriy Yermak"
        if not _OF_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
            continue  # a cheap test first: "of (the)" / "van (de)" right before
        if not _ROLE_OF_BEFORE_RE.search(text, max(0, m.start - 60), m.start):
            continue
        nm = _OF_ACTOR_NAME_RE.match(text, m.end)
        if nm is None:
            continue
        words = nm.group(1).split()
        if len(words) < 2 or any(w in _NAME_STOP for w in words) or _is_word(words[-1], lang):
            continue  # "head of the Ukrainian Supreme Court": no name
        s, e = nm.span(1)
        if overlaps(s, e) or named(s, e) or any(a < e and s < b for a, b in taken):
            continue
        out.append(RawMention(s, e, _person_id(words, lex), "person", nm.group(1)))
        taken.append((s, e))
    return sorted(out, key=lambda r: r.start)


def _person_id(words: list[str], lex: Lexicon) -> str:
    """The id of a person named by ``words``: the catalogue's where only the spelling
    differs (see :meth:`Lexicon.person_spelled`)."""
    return lex.person_spelled(slugify(" ".join(_id_words(words))))


def _title_verb(word: str, i: int, text: str, end: int) -> bool:
    """Whether the ``i``-th word of a name is the verb of a title written in Title Case
    ("Harris Announce Additional Actions", "Watson Welcoming the …"), by the lemmatiser."""
    low = word.lower()
    if low.endswith("ing"):
        return i >= 2 or bool(_TITLE_NEXT_RE.match(text, end))
    # the cheap test first: a verb of a title is followed by another capitalised word,
    # so most names never reach the lemmatiser (whose dictionary takes time to load)
    return bool(_TITLE_NEXT_RE.match(text, end)) and verb_form(low, "en") == "present"


def _is_word(word: str, lang: str | None) -> bool:
    """Whether a capitalised word is a common word of the document's language rather
    than a name, by the lemmatiser's dictionary ("Court", "Association"; not "Yermak",
    "Grossi")."""
    import simplemma

    return simplemma.is_known(word.lower(), lang="nl" if lang == "nl" else "en")


def _overlap_test(spans: list[tuple[int, int]]):
    """``overlaps(s, e)``: whether [s, e) overlaps one of ``spans``, in log time (a test
    against every span made a long document's extraction quadratic).

    >>> overlaps = _overlap_test([(0, 5), (10, 12)])
    >>> overlaps(4, 6), overlaps(5, 10), overlaps(11, 20)
    (True, False, True)
    """
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far

    def overlaps(s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, e)  # the spans that start before e
        return k > 0 and reach[k - 1] > s

    return overlaps


_INITIAL_RE = re.compile(r"^[A-Z]\.$")
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_HONORIFICS = frozenset({"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Prof.", "dhr.", "mevr."})


def _id_words(words: list[str]) -> list[str]:
    """The words of a person's id as the catalogue writes it: middle initials and
    suffixes go once a full given name stands first ("Eduardo M. Año" → eduardo-ano,
    "Lloyd J. Austin III" → lloyd-austin); "J.A. de Vries" keeps its initials.

    >>> _id_words(["Eduardo", "M.", "Año"])
    ['Eduardo', 'Año']
    """
    while len(words) > 2 and words[0] in _HONORIFICS:
        words = words[1:]  # "Dr. Kurt M. Campbell" → kurt-campbell
    if not words or _INITIAL_RE.match(words[0]) or "." in words[0]:
        return words
    kept = [w for w in words[1:] if not _INITIAL_RE.match(w) and w not in _SUFFIXES]
    return [words[0], *kept] if kept else words


_JAPAN_BEFORE_RE = re.compile(r"\bJapan(?:ese|’s|'s)\s+(?:[A-Z][\w-]*\s+){0,4}$")
_JAPAN_AFTER_RE = re.compile(r",?\s+of\s+Japan\b")


def _japanese(text: str, s: int, e: int) -> bool:
    """A name of a Japanese official: "Japanese …", "Japan’s …" before it or "of Japan"
    after it (English texts write Japanese names family name first)."""
    return bool(
        _JAPAN_BEFORE_RE.search(text, max(0, s - 60), s) or _JAPAN_AFTER_RE.match(text, e)
    )


_ROLE_IN_NAME_RE = re.compile(ROLE, re.I)
_OFFICE_OF_RE = re.compile(
    r"\b(?:[Oo]ffice|[Bb]ureau|[Kk]abinet|[Ss]taff) (?:of|van) (?:the |de |het )?$"
)
#: A body the catalogue does not know right before a title: "Caribbean Community (CARICOM)
#: Secretary-General", "the Arab League Secretary General": its office, not the one the
#: catalogue files under the bare title (NATO's Secretary General).
_OTHER_BODY_RE = re.compile(
    r"(?:\([A-Z][A-Za-z]{1,9}\)|\b(?:Organi[sz]ation|Community|Union|Council|Authority|"
    r"League|Forum|Bank|Fund|Agency|Commission|Committee|Assembly|Court|Secretariat|"
    r"Association|Movement|Front|Party|Group|Conference|Initiative))\s+$"
)
#: A role that completes another ("Counselor to the President", "Assistant to the President").
_COMPLEMENT_RE = re.compile(r"\b(?:to|aan) (?:the |de |het )?$")
_ROLE_OF_RE = re.compile(r"\s*(?:van|of)?\s*(?:de|het|the)?\s*")
#: Between an office and its holder's name: commas, a line break, initials ("H.G.J.").
_PAREN_GAP_RE = re.compile(r"\s*\(")
_PORTFOLIO_GAP_RE = re.compile(r"\s+(?:voor|for) [^,.;:()\n]{1,60},\s*")
_SIGN_GAP_RE = re.compile(r"[\s,:]*(?:(?:[A-Z][a-z]?\.\s?){1,4})?\s*")


def _holds_other(st: DocState, person: str, target: str) -> bool:
    """Whether the catalogue gives ``person`` offices on the document's date, none of
    them for ``target``."""
    held = st.lex.offices(person, st.date) if st.lex.offices and st.date else []
    return bool(held) and target not in held


def _names_state(title: str, st: DocState) -> bool:
    """Whether a title names its state ("Kenyan President", "president van Oekraïne")."""
    return any(st.lex.kind(h.actor) == "state" for w in title.split() for h in st.lex.scan(w, None))


def offices_in(sent_raw: list[RawMention], text: str, st: DocState):
    """Resolve role phrases and read offices from titles.

    "secretaris-generaal Jens Stoltenberg", "De minister van Defensie, Kajsa Ollongren":
    a role phrase right before a person's name says the person holds that office
    (REPRESENTS the office's actor); the phrase itself is then dropped. A role phrase
    alone ("de secretaris-generaal") stands for the holder on the document's date.
    A catalogue name that carries its title ("minister-president Rutte") gives the
    person's offices on that date.
    """
    out: list[RawMention] = []
    rels: list[tuple[int, str, str, str]] = []
    n = len(sent_raw)
    for k, m in enumerate(sent_raw):
        if m.actor.startswith("role:") and _OFFICE_OF_RE.search(
            text, max(0, m.start - 24), m.start
        ):
            continue  # "Head of the Office of the President Andriy Yermak": not the President
        if (
            m.actor.startswith("role:")
            and _OTHER_BODY_RE.search(text, max(0, m.start - 40), m.start)
            and not (k and sent_raw[k - 1].end >= m.start - 2)
        ):
            continue  # "Caribbean Community (CARICOM) Secretary-General X": not NATO's
        if m.actor.startswith("role:") and _COMPLEMENT_RE.search(
            text, max(0, m.start - 12), m.start
        ):
            continue  # "Counselor to the President Emmanuel Bonne": another's adviser
        if m.actor.startswith("role:"):
            key = m.actor[5:]
            target = st.lex.role_targets.get(key)
            prev = sent_raw[k - 1] if k else None
            after = sent_raw[k + 1] if k + 1 < n else None
            if (  # "Volodymyr Zelensky, president van Oekraïne": the title after the name
                target and prev is not None and st.kind(prev.actor) == "person"
                and text[prev.end : m.start].strip() == ","
                and not (  # "A, Dutch Prime Minister B": a list of titles before names
                    after is not None and st.kind(after.actor) == "person"
                    and _SIGN_GAP_RE.fullmatch(text, m.end, after.start))
                and (_names_state(m.text, st) or prev.actor == (
                    st.lex.holder(key, st.date) if st.lex.holder else None))
            ):
                rels.append((prev.start, prev.actor, target, "represents.name-title"))
            j = k + 1
            gap_end = m.end
            while (
                j < n
                and sent_raw[j].actor == target
                and _ROLE_OF_RE.fullmatch(text[gap_end : sent_raw[j].start])
            ):
                gap_end = sent_raw[j].end
                j += 1
            nxt = sent_raw[j] if j < n else None
            if (
                j > k + 1
                and nxt is not None
                and st.kind(nxt.actor) == "person"
                and (
                    (text[gap_end : nxt.start].strip(" ,:") == "" and nxt.start - gap_end <= 3)
                    # "de hoge vertegenwoordiger van de Unie voor buitenlandse zaken en
                    # veiligheidsbeleid, X": the portfolio between, X the office's holder
                    or (_PORTFOLIO_GAP_RE.fullmatch(text, gap_end, nxt.start) and st.lex.holder
                        and st.lex.holder(key, st.date) == nxt.actor)
                )
            ):
                if target:
                    rels.append((nxt.start, nxt.actor, target, "represents.title-name"))
                continue
            other = sent_raw[k + 1] if k + 1 < n else None
            if (  # "De minister van Buitenlandse Zaken van Polen": Poland's office, not ours
                other is not None
                and other.actor != target
                and st.kind(other.actor) in ("state", "organisation")
                and _ROLE_OF_RE.fullmatch(text[m.end : other.start])
                and text[m.end : other.start].strip()
            ):
                after = sent_raw[k + 2] if k + 2 < n else None
                if (
                    after is not None
                    and st.kind(after.actor) == "person"
                    and text[other.end : after.start].strip(" ,:\n") == ""
                ):
                    rels.append((after.start, after.actor, other.actor, "represents.title-name"))
                continue
            nxt = sent_raw[k + 1] if k + 1 < n else None
            if (  # "NATO Secretary General (SG) Jens Stoltenberg": the acronym repeats the role
                nxt is not None
                and nxt.actor == m.actor
                and k + 2 < n
                and _PAREN_GAP_RE.fullmatch(text, m.end, nxt.start)
            ):
                nxt = sent_raw[k + 2]
                gap_start = sent_raw[k + 1].end + 1
            else:
                gap_start = m.end
            if (
                nxt is not None
                and st.kind(nxt.actor) == "person"
                and _SIGN_GAP_RE.fullmatch(text, gap_start, nxt.start)
                and nxt.start - gap_start <= 14
            ):
                holder = st.lex.holder(key, st.date) if st.lex.holder else None
                # a person the catalogue does not know, under a title that names no state
                # and whose holder it knows to be another: the title is another state's
                # ("De minister van Buitenlandse Zaken, <an Iraqi name>, leidt de Iraakse
                # delegatie"; not "Kenyan President <name>")
                # (nor a catalogue person who holds another office on the document's
                # date: "… secretaris-generaal van de NAVO\nMinister-president Rutte" in
                # 2022 is a title before a heading, not Rutte's office)
                if target and (
                    holder in (None, nxt.actor)
                    or (nxt.actor in st.lex.kinds and not _holds_other(st, nxt.actor, target))
                    or _names_state(m.text, st)
                ):
                    rels.append((nxt.start, nxt.actor, target, "represents.title-name"))
                continue
            holder = st.lex.holder(key, st.date) if st.lex.holder else None
            if holder:
                st.kinds.setdefault(holder, "person")
                out.append(RawMention(m.start, m.end, holder, "role", m.text))
            continue
        if (
            st.kind(m.actor) == "person"
            and m.form in ("variant", "name")
            and _ROLE_IN_NAME_RE.search(m.text)
            and st.lex.offices
        ):
            for target in st.lex.offices(m.actor, st.date):
                rels.append((m.start, m.actor, target, "represents.titled-name"))
        out.append(m)
    return out, rels


_SURNAME_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "ten", "von", "al", "bin", "el"})


def surname_mentions(
    text: str, mentions: list[RawMention], kind, names: list[RawMention] = ()
) -> list[RawMention]:
    """Later mentions of a person by surname only ("Prime Minister Giorgia Meloni …
    President Biden and Prime Minister Meloni reaffirmed …"): a person the text (or
    ``names``, e.g. the title's) names in full is the one meant by a capitalised word
    equal to the last word of that name, where no other mention is. A surname two
    persons share names neither. ``kind(actor)`` says which actors are persons.

    >>> ms = [RawMention(0, 13, "giorgia-meloni", "name", "Giorgia Meloni")]
    >>> [(m.actor, m.text) for m in surname_mentions("Giorgia Meloni spoke. Meloni left.", ms,
    ...                                               lambda a: "person")]
    [('giorgia-meloni', 'Meloni')]
    """
    owner: dict[str, str | None] = {}
    for m in [*mentions, *names]:
        words = m.text.split()
        if len(words) < 2 or kind(m.actor) != "person":
            continue
        last = re.sub(r"['’]s$", "", words[-1])
        if len(last) < 3 or not last[0].isupper() or not last[1:].islower():
            continue
        if words[-2].lower() in _SURNAME_PARTICLES:  # "de Vries" is written with its particle
            continue
        owner[last] = m.actor if owner.get(last, m.actor) == m.actor else None
    owner = {k: v for k, v in owner.items() if v}
    if not owner:
        return []
    overlaps = _overlap_test([(m.start, m.end) for m in mentions])
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(owner))) + r")\b(?![-\w])")
    out = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        if not overlaps(s, e):
            out.append(RawMention(s, e, owner[m.group(1)], "person", m.group(1)))
    return out
