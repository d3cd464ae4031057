"""The alias dictionary the extractor looks actors up in: a token trie over every alias
of the reference catalogue, plus the extractor's own function words (first person,
"these countries", "het kabinet") and collective subjects ("bondgenoten" → NATO).

Lookup is one dict access per token (an Aho–Corasick-like scan over word tokens), so
it costs the same for ten aliases or ten thousand.

Example
-------
>>> lex = Lexicon.from_aliases([("Oekraïne", "UKR", "nl", "name"),
...                             ("Noord-Korea", "PRK", "nl", "name"),
...                             ("NAVO", "NATO", "nl", "acronym")],
...                            kinds={"UKR": "state", "PRK": "state", "NATO": "organisation"})
>>> [(m.actor, m.form) for m in lex.scan("NAVO-steun aan Oekraïne en Noord-Korea", "nl")]
[('NATO', 'acronym'), ('UKR', 'name'), ('PRK', 'name')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from actorgraph.loaders.extract.wordlists import SET_PREFIX, state_sets
from actorgraph.loaders.reference.normalize import normalize_token

TOKEN_RE = re.compile(r"[^\W_]+")
#: An actor id the catalogue does not know that reads as a state's ISO code.
_STATE_ID_RE = re.compile(r"[A-Z]{3}")
_GROUP = re.Match.group

#: Special actor ids resolved per document.
ISSUER = "@issuer"
ANAPHORA = "@anaphora"
#: "het land", "the country": the single state the previous sentence was about.
TOPIC = "@topic"
#: "the two leaders", "beide leiders": the states of the persons last named together.
LEADERS = "@leaders"
#: "They …" opening a sentence: the two or more actors the previous sentence named
#: together (its leaders' states or its list), else nothing.
THEY = "@they"
ORG_CONTEXT = "@org"
#: "his country", "her government": the state of the person named before (own_state.py).
OWN_STATE = "@own-state"
OWN_STATE_PHRASES = ("his country", "her country", "his government", "her government")
#: "de Raad", "the Council": the EU's Council, only in a text whose organisation is the EU.
EU_COUNCIL = "@eu-council"

#: Forms that only count in their own language (names count in every language).
_LANG_BOUND = frozenset({"pronoun", "anaphora", "collective", "issuer"})

#: Case rule: any case / first letter upper-case / exactly as written.
ANY, TITLE, EXACT = 0, 1, 2


@dataclass(frozen=True)
class LexEntry:
    """One alias: the actor (or special id) it names, its form and language."""

    actor: str
    form: str
    lang: str | None
    case: int
    text: str


@dataclass
class RawMention:
    """An alias found in text: ``[start, end)`` in the scanned string."""

    start: int
    end: int
    actor: str
    form: str
    text: str


#: how tokens are compared (every alias rule lives in loaders/reference/normalize.py)
normalize = normalize_token


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(normalize(t) for t in TOKEN_RE.findall(text))


def _case_rule(text: str, form: str) -> int:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return ANY
    if form in ("pronoun", "anaphora", "collective", "issuer") and text[0].islower():
        return ANY
    if all(c.isupper() for c in letters) and len(letters) <= 6:
        return EXACT
    if text[0].islower():
        return ANY
    return TITLE


#: "The President and Prime Minister …": two bare titles joined are the meeting's parties.
_TITLE_PAIRS = [
    (f"{the} {a} and {the2}{b}", LEADERS, "anaphora")
    for the in ("the", "The")
    for a in ("President", "Vice President")
    for the2 in ("", "the ")
    for b in ("Prime Minister", "Chancellor", "President", "King", "Emir", "Crown Prince",
              "Taoiseach", "Premier")
    if a != b
]

#: Words the extractor resolves itself, per language: (text, special id or actor, form).
FUNCTION_WORDS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("we", ISSUER, "pronoun"), ("our", ISSUER, "pronoun"), ("ours", ISSUER, "pronoun"),
        ("I", ISSUER, "pronoun"), ("my", ISSUER, "pronoun"),
        ("us", ISSUER, "pronoun"), ("our country", ISSUER, "pronoun"),
        ("the Administration", ISSUER, "issuer"), ("this Administration", ISSUER, "issuer"),
        ("my Administration", ISSUER, "issuer"),
        ("the Biden-Harris Administration", ISSUER, "issuer"),
        ("the Biden Administration", ISSUER, "issuer"),
        ("these countries", ANAPHORA, "anaphora"), ("these nations", ANAPHORA, "anaphora"),
        ("both countries", ANAPHORA, "anaphora"), ("the two countries", ANAPHORA, "anaphora"),
        ("these states", ANAPHORA, "anaphora"), ("these partners", ANAPHORA, "anaphora"),
        ("both nations", ANAPHORA, "anaphora"), ("the three countries", ANAPHORA, "anaphora"),
        ("these governments", ANAPHORA, "anaphora"), ("both governments", ANAPHORA, "anaphora"),
        ("the country", TOPIC, "anaphora"), ("this country", TOPIC, "anaphora"),
        ("the two leaders", LEADERS, "anaphora"), ("both leaders", LEADERS, "anaphora"),
        ("the leaders", LEADERS, "anaphora"), ("they", THEY, "anaphora"),
        ("their countries", LEADERS, "anaphora"), ("their two countries", LEADERS, "anaphora"),
        ("our two countries", LEADERS, "anaphora"), ("our two nations", LEADERS, "anaphora"),
        ("The group", LEADERS, "anaphora"),  # "The group discussed …" after a meeting's parties
        ("the two sides", LEADERS, "anaphora"), ("both sides", LEADERS, "anaphora"),
        ("The two", LEADERS, "anaphora"),  # "The two condemned …" ("the two countries" is longer)
        *_TITLE_PAIRS,
        ("the two officials", LEADERS, "anaphora"), ("both officials", LEADERS, "anaphora"),
        ("the two ministers", LEADERS, "anaphora"), ("both ministers", LEADERS, "anaphora"),
        *((p, OWN_STATE, "anaphora") for p in OWN_STATE_PHRASES),  # own_state.py
        # "The Ministers also condemned …" after a meeting of named ministers
        ("the ministers", LEADERS, "anaphora"), ("the foreign ministers", LEADERS, "anaphora"),
        ("Allies", "NATO", "collective"), ("Ally", "NATO", "collective"),
        ("Allied", "NATO", "collective"),  # "Allied commitment to …" (NATO named in the text)
        ("the Alliance", "NATO", "collective"),
        ("Alliance", "NATO", "collective"),  # "our Alliance"; "U.S.-Japan Alliance" is dropped
        ("the Council", EU_COUNCIL, "collective"), ("The Council", EU_COUNCIL, "collective"),
        ("member states", ORG_CONTEXT, "collective"),
        ("Member States", ORG_CONTEXT, "collective"),
    ],
    "nl": [
        ("wij", ISSUER, "pronoun"), ("we", ISSUER, "pronoun"), ("ons", ISSUER, "pronoun"),
        ("onze", ISSUER, "pronoun"), ("ons land", ISSUER, "pronoun"),
        ("het kabinet", ISSUER, "issuer"), ("dit kabinet", ISSUER, "issuer"),
        ("de regering", ISSUER, "issuer"),
        ("deze landen", ANAPHORA, "anaphora"), ("die landen", ANAPHORA, "anaphora"),
        ("beide landen", ANAPHORA, "anaphora"), ("deze partners", ANAPHORA, "anaphora"),
        ("beide regeringen", ANAPHORA, "anaphora"), ("deze drie landen", ANAPHORA, "anaphora"),
        ("het land", TOPIC, "anaphora"), ("dit land", TOPIC, "anaphora"),
        ("de twee leiders", LEADERS, "anaphora"), ("beide leiders", LEADERS, "anaphora"),
        ("de twee ministers", LEADERS, "anaphora"), ("beide ministers", LEADERS, "anaphora"),
        ("bondgenoten", "NATO", "collective"), ("bondgenoot", "NATO", "collective"),
        ("het bondgenootschap", "NATO", "collective"),
        # news writes the alliance with its adjective: "lid worden van het militaire
        # bondgenootschap", "het trans-Atlantische bondgenootschap"
        ("het militaire bondgenootschap", "NATO", "collective"),
        ("het trans-Atlantische bondgenootschap", "NATO", "collective"),
        ("het westerse bondgenootschap", "NATO", "collective"),
        ("NAVO-landen", "NATO", "collective"), ("NAVO-bondgenoten", "NATO", "collective"),
        ("lidstaten", ORG_CONTEXT, "collective"), ("EU-lidstaten", "EU", "collective"),
        ("de Raad", EU_COUNCIL, "collective"), ("De Raad", EU_COUNCIL, "collective"),
        ("de Unie", "EU", "collective"), ("De Unie", "EU", "collective"),
        # the participants of a meeting as a report's subject: the organisation that met
        # ("De ministers veroordeelden …" in a report of the Council; not "De ministers van
        # Defensie en BZ", dropped in pipeline._resolve_mentions)
        ("De ministers", ORG_CONTEXT, "collective"),
        ("De regeringsleiders", ORG_CONTEXT, "collective"),
        ("De staatshoofden en regeringsleiders", ORG_CONTEXT, "collective"),
        # the same subject after a fronted phrase ("Tijdens de top herhaalden de
        # regeringsleiders dat …")
        ("de regeringsleiders", ORG_CONTEXT, "collective"),
        ("de staatshoofden en regeringsleiders", ORG_CONTEXT, "collective"),
    ],
}  # fmt: skip


def function_word_entries() -> list[tuple[str, LexEntry]]:
    """The extractor's own words (:data:`FUNCTION_WORDS`) and the names of state sets
    ("the Baltic states", ``data/state_sets.csv``) as lexicon entries."""
    items = []
    for st in state_sets().values():
        for alias in st.aliases:
            case = EXACT if alias.startswith("=") else ANY
            text = alias.lstrip("=")
            items.append((text, LexEntry(SET_PREFIX + st.key, "set", None, case, text)))
    for lang, words in FUNCTION_WORDS.items():
        for text, actor, form in words:
            case = EXACT if form == "collective" and text[0].isupper() else ANY
            if text in ("I", "They", "The group"):
                case = EXACT
            if form == "issuer" and text[0].isupper():
                case = TITLE
            items.append((text, LexEntry(actor, form, lang, case, text)))
    return items


#: A government named with its place: "de regering in Kiev", "het kabinet van Netanyahu",
#: "the Administration of X" (someone else's, not the speaker's).
_OF_PLACE_RE = re.compile(r"\s+(?:in|van|of|te)\s+(?:de\s+|het\s+|the\s+)?[A-Z]")
#: A government named by its seat: "de regering in Kiev", "het regime in Teheran", "the
#: government in Kyiv" (the state acts; the capital is no place here).
_GOVERNMENT_IN = tuple(f"{w} in " for w in (
    "regering", "regime", "autoriteiten", "machthebbers", "leiding", "government",
    "authorities", "leadership"))
#: A compass prefix of a state's Dutch name ("Noord-Irak", "Zuidoost-Oekraïne").
_COMPASS_RE = re.compile(r"\b(?:Noord|Zuid|Oost|West)(?:oost|west)?-$|\bCentraal-$")
#: Titles written before a state's Dutch name ("de Republiek Moldavië", "het Koninkrijk
#: België"): part of the mention, so that a list goes on through them.
_STATE_TITLES = ("Republiek ", "Bondsrepubliek ", "Koninkrijk ", "Groothertogdom ",
                 "Vorstendom ")


class Lexicon:
    """Aliases indexed by their first token; ``scan`` finds the longest match at each word."""

    def __init__(
        self,
        entries: Iterable[tuple[str, LexEntry]],
        *,
        kinds: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
        countries: dict[str, str] | None = None,
    ) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], LexEntry]]] = {}
        seen: set[tuple] = set()
        for text, entry in entries:
            toks = tokens_of(text)
            if not toks:
                continue
            key = (toks, entry.actor, entry.lang, entry.case)
            if key in seen:
                continue
            seen.add(key)
            self.index.setdefault(toks[0], []).append((toks, entry))
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[0]))
        #: first token -> (second token -> the longer candidates, in index order; the
        #: one-token candidates): a token is only compared with the aliases whose second
        #: token follows it ("minister" opens 484 aliases, "van" + "defensie" a few)
        self._next: dict[str, tuple[dict[str, list], list]] = {
            first: _by_second(cands) for first, cands in self.index.items()
        }
        self.kinds = dict(kinds or {})
        self.names = dict(names or {})
        self.countries = dict(countries or {})
        #: (role_key, date) -> the person holding the office then, or None
        self.holder = None
        #: role_key -> the actor the office is held for
        self.role_targets: dict[str, str | None] = {}
        #: (person, date) -> actors the person holds an office for on that date
        self.offices = None
        self.catalogue = None
        #: (member, organisation) -> [(valid_from, valid_to)] known from the catalogue
        self.memberships: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
        #: organisations whose members the catalogue lists (set with ``memberships``)
        self.listed_orgs: frozenset[str] = frozenset()
        #: ``set:KEY`` -> the member states a state-set name stands for
        self.state_sets: dict[str, tuple[str, ...]] = _state_set_members()
        #: spelling key (see _spelling_key) -> catalogue person ids (built on first use)
        self._spelling_keys: dict[str, list[str]] | None = None
        self._club_sizes: Counter[str] | None = None  # organisation -> members listed

    @classmethod
    def from_aliases(
        cls,
        aliases: Iterable[tuple[str, str, str | None, str]],
        *,
        kinds: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
        countries: dict[str, str] | None = None,
        function_words: bool = True,
    ) -> Lexicon:
        """A lexicon from ``(text, actor_id, lang, form)`` tuples (plus function words)."""
        items: list[tuple[str, LexEntry]] = []
        for text, actor, lang, form in aliases:
            items.append((text, LexEntry(actor, form, lang, _case_rule(text, form), text)))
        if function_words:
            items.extend(function_word_entries())
        return cls(items, kinds=kinds, names=names, countries=countries)

    def person_spelled(self, slug: str) -> str:
        """The catalogue's id of a person whose name the text spells another way.

        Transliterations double letters or not ("Mohamed" / "Mohammed") and leave a vowel
        of their own after an apostrophe ("Shia'a" / "Shia"): an id the catalogue does not
        have becomes the one catalogue person whose id is the same with doubled letters
        made single and one-vowel words dropped; otherwise the id stays as it is. Other
        vowel changes name other people ("Heike" / "Heiko", "Kerr" / "Kerry", "Geun-hee" /
        "Geun-hye") and are not matched.

        >>> lex = Lexicon([], kinds={"mohammed-shia-al-sudani": "person"})
        >>> lex.person_spelled("mohammed-shia-a-al-sudani")
        'mohammed-shia-al-sudani'
        >>> lex.person_spelled("mohamed-shia-al-sudani")
        'mohammed-shia-al-sudani'
        >>> lex.person_spelled("mohammed-shia-al-sudane")
        'mohammed-shia-al-sudane'
        """
        if self.kinds.get(slug) == "person":
            return slug
        if self._spelling_keys is None:
            table: dict[str, list[str]] = {}
            for actor, kind in self.kinds.items():
                if kind == "person":
                    table.setdefault(_spelling_key(actor), []).append(actor)
            self._spelling_keys = table
        found = self._spelling_keys.get(_spelling_key(slug), ())
        if len(found) == 1 and len(found[0]) >= 10 and len(slug) >= 10:
            return found[0]
        return slug

    def is_member(self, member: str, org: str, date: str | None) -> bool:
        """Whether the catalogue says ``member`` belongs to ``org`` on ``date``."""
        for start, end in self.memberships.get((member, org), ()):
            if date is None or ((start or "") <= date and (end is None or date <= end)):
                return True
        return False

    def in_club(self, member: str, org: str, date: str | None, size: int = 40) -> bool:
        """Whether ``member`` belongs to ``org`` on ``date`` and ``org`` is a club of at most
        ``size`` members (the G7, NATO; not the UN, whose members are also its partners).

        >>> lex = Lexicon([])
        >>> lex.memberships = {("USA", "G7"): [(None, None)], ("USA", "UN"): [(None, None)]}
        >>> lex.memberships.update({(f"S{i}", "UN"): [(None, None)] for i in range(50)})
        >>> lex.in_club("USA", "G7", None), lex.in_club("USA", "UN", None)
        (True, False)
        """
        if not self.is_member(member, org, date):
            return False
        if self._club_sizes is None:
            self._club_sizes = Counter(o for _, o in self.memberships)
        return self._club_sizes[org] <= size

    def kind(self, actor: str) -> str:
        if actor in self.kinds:  # (the default was matched on every call before)
            return self.kinds[actor]
        return "state" if _STATE_ID_RE.fullmatch(actor) else "group"

    def name(self, actor: str) -> str:
        return self.names.get(actor, actor)

    def scan(self, text: str, lang: str | None, start: int = 0, end: int | None = None):
        """Mentions in ``text[start:end]``, longest match first, left to right."""
        end = len(text) if end is None else end
        toks = list(TOKEN_RE.finditer(text, start, end))
        norms = list(map(normalize, map(_GROUP, toks)))
        nexts = self._next
        if lang == "nl":  # Dutch genitive: "Ruslands"
            where = [k for k, w in enumerate(norms) if w in nexts
                     or (len(w) > 4 and w[-1] == "s" and w[:-1] in nexts)]  # fmt: skip
        else:
            where = [k for k, w in enumerate(norms) if w in nexts]
        out: list[RawMention] = []
        after = 0  # the first token after the last mention found
        for i in where:  # only tokens that open an alias (or its genitive) can match
            if i < after:
                continue
            low = norms[i]
            cands = nexts.get(low)
            hit = None
            if cands:
                hit = self._longest(text, toks, norms, i, cands, lang)
            if hit is None and lang == "nl" and len(low) > 4 and low.endswith("s"):
                cands = nexts.get(low[:-1])
                if cands:
                    hit = self._longest(text, toks, norms, i, cands, lang, genitive=True)
            if hit is None:
                continue
            length, entry = hit
            s0 = toks[i].start()
            e = toks[i + length - 1].end()
            if e < end and text[e] == "." and "." in entry.text:
                e += 1  # a dotted abbreviation keeps its last dot: "U.S."
            form = (
                "genitive"
                if (length == 1 and low != tokens_of(entry.text)[0])
                else entry.form
            )
            if entry.actor == ISSUER and _OF_PLACE_RE.match(text, e):
                after = i + length  # "de regering in Kiev", "het kabinet van X": not ours
                continue
            if form == "capital" and text.endswith(_GOVERNMENT_IN, 0, s0):
                # "de regering in Kiev", "the regime in Tehran": the state, not a place
                s0 = text.rindex(" ", 0, text.rindex(" ", 0, s0 - 1)) + 1
                form = "name"
            if lang == "nl" and form == "name" and text[s0 - 1 : s0] == "-":
                c = _COMPASS_RE.search(text, max(0, s0 - 16), s0)
                s0 = c.start() if c else s0  # "Noord-Irak", "Oost-Oekraïne": the state's part
            if lang == "nl" and form == "name" and text.endswith(_STATE_TITLES, 0, s0):
                # "de Republiek Moldavië", "het Koninkrijk België": the title is the name's
                s0 = text.rindex(" ", 0, s0 - 1) + 1
            out.append(RawMention(s0, e, entry.actor, form, text[s0:e]))
            after = i + length
        return out

    def _longest(self, text, toks, norms, i, cands, lang, genitive=False):
        """The first of the candidates (longest first) that the tokens from ``i`` spell
        with allowed gaps, in case and language; ``cands`` as :func:`_by_second` gives,
        ``toks`` the token matches, ``norms`` their normalised forms."""
        n = len(toks)
        longer, single = cands
        if genitive or i + 1 >= n:
            seqs = single
        else:
            seqs = longer.get(norms[i + 1], ())
            if single:
                seqs = [*seqs, *single]
        for seq, entry in seqs:
            if entry.form in _LANG_BOUND and entry.lang and lang and entry.lang != lang:
                continue
            k = len(seq)
            if i + k > n:
                continue
            if k > 2 and tuple(norms[i + 2 : i + k]) != seq[2:]:
                continue
            ok = True
            for j in range(1, k):
                gap = text[toks[i + j - 1].end() : toks[i + j].start()]
                if len(gap) > 3 or any(c not in " -'’.\n" for c in gap):
                    ok = False
                    break
            if not ok:
                continue
            first = toks[i].group()
            if entry.case == EXACT:
                written = text[toks[i].start() : toks[i + k - 1].end()]
                if tokens_of(written) != tokens_of(entry.text) or not _same_case(
                    written, entry.text, genitive
                ):
                    continue
            elif entry.case == TITLE and not first[0].isupper():
                continue
            return k, entry
        return None


_DOUBLE_RE = re.compile(r"(.)\1+")


def _spelling_key(slug: str) -> str:
    """A person id with doubled letters made single and one-vowel words dropped.

    >>> _spelling_key("mohammed-shia-a-al-sudani")
    'mohamed-shia-al-sudani'
    """
    words = [w for w in slug.split("-") if not (len(w) == 1 and w in "aeiouy")]
    return "-".join(_DOUBLE_RE.sub(r"\1", w) for w in words)


def _by_second(cands: list) -> tuple[dict[str, list], list]:
    """The candidates of one first token split by their second token, each list in the
    candidates' order (longest first), and those of one token. A candidate whose second
    token is not the text's next token cannot match, so the search is the same.

    >>> longer, single = _by_second([(("a", "b", "c"), 1), (("a", "c"), 2), (("a",), 3)])
    >>> longer, single
    ({'b': [(('a', 'b', 'c'), 1)], 'c': [(('a', 'c'), 2)]}, [(('a',), 3)])
    """
    longer: dict[str, list] = {}
    single: list = []
    for seq, entry in cands:
        if len(seq) == 1:
            single.append((seq, entry))
        else:
            longer.setdefault(seq[1], []).append((seq, entry))
    return longer, single


def _state_set_members() -> dict[str, tuple[str, ...]]:
    return {SET_PREFIX + k: v.members for k, v in state_sets().items()}


def _same_case(written: str, alias: str, genitive: bool) -> bool:
    w = [t for t in TOKEN_RE.findall(written)]
    a = [t for t in TOKEN_RE.findall(alias)]
    if genitive:
        w = [w[0][:-1]]
    return w == a
