"""Who speaks in a document: the discourse model's speaker, read from the evidence in
order of strength — the opening formula, the title, the signature, the metadata.

- **Opening formula** ("We, the Foreign Ministers of Australia, India, Japan and the
  United States, …", "We the leaders of the Nordic countries …", "Wij, de
  regeringsleiders van …"), or the same in the third person near the top when it names
  one organisation ("Today the G7 Foreign Ministers of Canada, France, … condemned"): the
  whole list after "of"/"van" is read, not only its first name. When the list names one
  organisation (or the title does and the list holds states), that organisation speaks
  and each listed state is a member of it; a list of states alone speaks jointly (each
  state is an issuer).
- **Title**: "Joint Statement from/between A, B and C" → each state.
- **Signature / metadata**: the site of ``source_url``, the ``issuer`` field, a Dutch
  letter to parliament, "The White House" at the end.
- **Language**: a Dutch text with none of these that names exactly one of the Netherlands
  and Belgium speaks for it (:func:`own_state_nl`); signs both countries write ("de Kamer",
  "de minister van Defensie") do not make a text that names only Belgium Dutch.

When nothing identifies the speaker, ``issuers`` is empty and "we" gives no relation.

Example
-------
>>> from actorgraph.loaders.extract.lexicon import Lexicon
>>> lex = Lexicon.from_aliases(
...     [("Group of Seven", "G7", None, "name"), ("Japan", "JPN", None, "name"),
...      ("Italy", "ITA", None, "name")],
...     kinds={"G7": "organisation", "JPN": "state", "ITA": "state"})
>>> lex.memberships = {("JPN", "G7"): [(None, None)], ("ITA", "G7"): [(None, None)]}
>>> sp = find_speaker(lex, text="We, the Foreign Ministers of Japan and Italy, condemn it.",
...                   lang="en", title="Group of Seven Foreign Ministers' Statement")
>>> sp.issuers, sp.group, sp.members, sp.source
(['G7'], 'G7', ['JPN', 'ITA'], 'opening')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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

#: Ministries whose press releases speak for their state, named where a release names its
#: issuer ("The press release issued by the Foreign Office", "… - Global Affairs Canada").
HEADING_ISSUERS = {
    "foreign, commonwealth & development office": "GBR", "foreign office": "GBR",
    "global affairs canada": "CAN", "department of foreign affairs and trade": "AUS",
    "federal foreign office": "DEU", "ministry of foreign affairs of the netherlands": "NLD",
}  # fmt: skip
_HEADING_ISSUER_RE = re.compile(
    r"(?:\bissued by (?:the )?|^Tag: |[-–—] )(?:the )?(?P<n>"
    + "|".join(sorted((re.escape(k) for k in HEADING_ISSUERS), key=len, reverse=True))
    + r")\b",
    re.I | re.M,
)
#: A state's own statement named in a release's heading ("– UK statement at the Security
#: Council", "UK Statement to the OSCE").
_STATEMENT_AFTER_RE = re.compile(r"\s+[Ss]tatement\b")


def heading_state(lex: Lexicon, head: str, lang: str | None) -> str | None:
    """The state a release's heading names as its issuer: a ministry in
    :data:`HEADING_ISSUERS` where a release names who issued it, or "<state> statement"
    in its first lines; else None.

    >>> from actorgraph.loaders.extract.lexicon import Lexicon
    >>> lex = Lexicon.from_aliases([("UK", "GBR", None, "acronym")], kinds={"GBR": "state"})
    >>> heading_state(lex, "Grain deal – UK statement at the Security Council", "en")
    'GBR'
    >>> heading_state(lex, "The release issued by the Foreign Office on 2 May.", "en")
    'GBR'
    >>> heading_state(lex, "The UK and France met.", "en") is None
    True
    """
    if lang not in (None, "en"):
        return None
    top = head[:800]
    m = _HEADING_ISSUER_RE.search(top)
    if m:
        return HEADING_ISSUERS[m.group("n").lower()]
    for hit in lex.scan(top, lang):
        if lex.kind(hit.actor) == "state" and _STATEMENT_AFTER_RE.match(top, hit.end):
            return hit.actor
    return None


#: "We, the (…) Leaders/Ministers/… of" — the list of speakers follows.
#: What names the speakers in an opening formula ("leaders", "Foreign Ministers", …).
_SPEAKERS = (
    r"(?:heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|"
    r"ministers\s+van\s+\w+\s+zaken|foreign\s+ministers|defen[cs]e\s+ministers|"
    r"co-leaders|leaders|ministers|members|member\s+states|governments?|representatives|"
    r"allies|regeringsleiders|staatshoofden|leiders|lidstaten|bondgenoten)"
)
#: "We, the (G7) Leaders of A, B and C" — the list of speakers follows "of"/"van"; words
#: before the speaker noun may name the group ("the G7 Foreign Ministers of …").
#: "the (G7) Foreign Ministers of": the formula after "We," or, in the third person, alone.
_FORMULA = r"(?:the|de)\s+(?P<pre>(?:[\w'’.-]+\s+){%d,4}?)" + _SPEAKERS + r"\s+(?:of|van)\s+"
_OPENING_RE = re.compile(r"\b(?:We|Wij)\s*,?\s+" + _FORMULA % 0, re.I)
#: The same formula in the third person, as a chair's statement or a report opens ("Today
#: the G7 Foreign Ministers of Canada, France, … condemned", "de NAVO-ministers van …"):
#: taken only when the words before the speaker noun name one organisation and the list
#: holds states.
_THIRD_PERSON_RE = re.compile(r"\b" + _FORMULA % 1, re.I)
#: "We, the NATO Allies, …": a group and its speaker noun, no list.
_OPENING_GROUP_RE = re.compile(
    r"\b(?:We|Wij)\s*,?\s+(?:the|de)\s+(?P<pre>(?:[\w'’.-]+\s+){1,4}?)" + _SPEAKERS + r"\b",
    re.I,
)
#: What may stand between two names of one list ("A, B, and the C", "A (AB) en B").
_LIST_GAP_RE = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*)?(?:(?:and|en|as well as|&)\s+)?(?:the\s+|de\s+|het\s+)?",
    re.I,
)
#: Before the list: "the member countries of the North Atlantic Alliance"; a count before
#: the group ("the 30 NATO Allies", "de 27 lidstaten van de EU").
_LIST_LEAD_RE = re.compile(
    r"\s*(?:the\s+|de\s+|all\s+|alle\s+)?(?:\d{1,2}\s+(?=[A-Z])|(?:\d{1,2}\s+)?(?:member\s+"
    r"(?:states|countries|nations)|participating\s+states|lidstaten|landen)\s+(?:of|van)\s+)",
    re.I,
)
_JOINT_RE = re.compile(
    r"\b(?:joint|gezamenlijke)\s+(?:statement|readout|declaration|communiqu[eé]|verklaring)\b.{0,80}?"
    r"\b(?:from|of|by|between|van|tussen)\b(.{1,300})",
    re.I | re.S,
)
#: Signs of a Dutch government text that a Belgian one never writes ("de Kamer" and "de
#: minister van Defensie", in :data:`_NL_GOV_RE` too, are Belgian as well).
_NL_ONLY = r"[Hh]et kabinet|Tweede Kamer|Kamerbrief|minister-president"
_NL_ONLY_RE = re.compile(r"\b(?:" + _NL_ONLY + r")\b")
#: Signs of a Dutch government text.
_NL_GOV_RE = re.compile(
    r"\b(?:" + _NL_ONLY + r"|de Kamer|geachte voorzitter|"
    r"[Dd]e minister van (?:Buitenlandse Zaken|Defensie|Buitenlandse Handel))\b"
)


#: The two states that write in Dutch, by how their text names itself.
_NL_OWN = {"NLD": re.compile(r"\bNederland(?:se|s)?\b"),
           "BEL": re.compile(r"\b(?:Belgi[eë]|Belgische?)\b")}  # fmt: skip


def own_state_nl(text: str) -> str | None:
    """The state a Dutch text with no other sign of its speaker comes from: the one of the
    Netherlands and Belgium it names (never a guess when it names both or neither).

    >>> own_state_nl("Ons land zal België blijven verdedigen."), own_state_nl("Wij steunen X.")
    ('BEL', None)
    """
    named = [s for s, rx in _NL_OWN.items() if rx.search(text)]
    return named[0] if len(named) == 1 else None


#: A line that names who answers or signs ("Beantwoord door Wopke Hoekstra (minister …)",
#: "Antwoord van minister Bruins Slot", "Signed by …"): the persons on it speak.
_SIGNED_BY_RE = re.compile(
    r"^[ \t]*(?:Beantwoord door|Antwoord van|Ondertekend door|Answered by|Signed by)\b[^\n]{1,300}",
    re.M,
)


def _signers_state(lex: Lexicon, head: str, lang: str | None, date: str | None) -> str | None:
    """The one state whose office holders the answer's or signature's line names (their
    offices on ``date`` by the catalogue), or None."""
    if lex.offices is None:
        return None
    states: set[str] = set()
    for line in _SIGNED_BY_RE.finditer(head):
        for m in lex.scan(line.group(0), lang):
            if lex.kind(m.actor) == "person":
                states.update(a for a in lex.offices(m.actor, date) if lex.kind(a) == "state")
    return states.pop() if len(states) == 1 else None


#: A press release's heading, or its news-style opening ("Vandaag, maandag 21 maart, zijn
#: … minister … X … bijeengekomen"): the office holder it opens with speaks for their state.
_PRESS_RELEASE_RE = re.compile(
    r"^\s*(?:Persbericht|Nieuwsbericht|Press release|(?:Vandaag|Gisteren|Today|Yesterday),? )",
    re.I,
)


def _press_release_state(lex: Lexicon, head: str, lang: str | None, date: str | None):
    """The state of the first office holder named in a press release's first paragraphs
    ("Persbericht … heeft minister van Buitenlandse Zaken Hadja Lahbib deelgenomen"), when
    the catalogue gives that person one state on ``date``; else None."""
    if lex.offices is None or not (
        _PRESS_RELEASE_RE.match(head) or _RELEASE_LINE_RE.search(head, 0, 500)
    ):
        return None
    for m in lex.scan(head[:1200], lang):
        if lex.kind(m.actor) == "person":
            titled = _TITLED_RE.match(m.text) and not _ADJ_BEFORE_RE.search(
                head, max(0, m.start - 30), m.start)
            if _OF_STATE_AFTER_RE.match(head, m.end) or not (
                titled or _OWN_MINISTER_RE.search(head, max(0, m.start - 120), m.start)
            ):
                continue  # "President Putin", "de Congolese minister X": not the sender
            states = {a for a in lex.offices(m.actor, date) if lex.kind(a) == "state"}
            return states.pop() if len(states) == 1 else None
    return None


#: A release's kind on a line of its own under the title ("News release"), or a
#: statement quoted in full after its speaker ("Foreign Secretary X said:").
_RELEASE_LINE_RE = re.compile(
    r"^[ \t]*(?:News release|Press release|Media release)[ \t]*$|^[^\n]{3,80}\bsaid:[ \t]*$",
    re.M | re.I,
)
_OF_STATE_AFTER_RE = re.compile(r"\s*,?\s*(?:of|van)\s+(?:the\s+|de\s+|het\s+)?[A-Z]")
_TITLED_RE = re.compile(
    r"(?:(?:Eerste|Prime|Foreign|Vice|[Vv]ice-eerste)[ -]?)?[Mm]inister\b|"
    r"(?:Foreign|Defen[cs]e|Home) Secretary\b|Secretary of State\b"
)
_ADJ_BEFORE_RE = re.compile(r"[A-Z][\w-]+\s+$")
#: "(heeft) minister van Buitenlandse Zaken, Europese Zaken en Buitenlandse Handel " right
#: before a name, with no state's adjective before "minister" and no "van STATE" after it.
_OWN_MINISTER_RE = re.compile(
    r"(?:^|[.,:\n]|\b(?:heeft|has|de|the|Vandaag|Today)) *(?:(?:Eerste|Prime|Foreign) )?"
    r"[Mm]inister"
    r"(?: (?:van|voor|of|for))?(?: [A-Z][\w-]+| en| and|,)*\s*$"
)


@dataclass
class Speaker:
    """The speaker of a document and how it was found.

    ``issuers``: the actors "we" stands for; ``group``: the organisation that speaks when
    an opening formula names one; ``members``: the states the formula lists (each is a
    member of ``group``); ``span``: where in the text the formula stands;
    ``source``: ``opening``, ``title``, ``signature``, ``metadata`` or ``none``.
    """

    issuers: list[str] = field(default_factory=list)
    group: str | None = None
    members: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None
    source: str = "none"


def _resolve(lex: Lexicon, actor: str) -> list[str]:
    """An alias hit as actor ids: a role phrase counts for its office's actor, a group
    name ("the Baltic states") for its members."""
    if actor.startswith("role:"):
        target = lex.role_targets.get(actor[5:])
        return [target] if target else []
    if actor in lex.state_sets:
        return list(lex.state_sets[actor])
    return [actor]


def actors_in(lex: Lexicon, text: str, lang: str | None, kinds=("state", "organisation")):
    """States/organisations named in ``text``, in order, each once."""
    out: list[str] = []
    for m in lex.scan(text, lang):
        if m.form == "place":
            continue  # "… on the Hostages Held in Gaza": a place speaks for no state
        for actor in _resolve(lex, m.actor):
            if actor.startswith("@") or lex.kind(actor) not in kinds or actor in out:
                continue
            out.append(actor)
    return out


def opening_list(lex: Lexicon, text: str, start: int, lang: str | None) -> tuple[list[str], int]:
    """The actors of the list that begins at ``start`` (names joined by commas, "and",
    articles, an acronym in brackets) and where the list ends."""
    window = text[start : start + 400]
    out: list[str] = []
    lead = _LIST_LEAD_RE.match(window)
    pos = lead.end() if lead else 0
    for m in lex.scan(window, lang):
        if m.start < pos or m.form == "place":
            continue
        gap = window[pos : m.start]
        if not _LIST_GAP_RE.fullmatch(gap):
            break
        ids = [a for a in _resolve(lex, m.actor) if not a.startswith("@")]
        if not ids:
            break
        out.extend(a for a in ids if a not in out)
        pos = m.end
    return out, start + pos


def _lead(text: str) -> int:
    """Characters of white space and article before a list."""
    m = re.match(r"\s*(?:the\s+|de\s+|het\s+)?", text, re.I)
    return m.end() if m else 0


def _formula_parts(
    lex: Lexicon, text: str, m: re.Match, lang: str | None
) -> tuple[list[str], list[str], int]:
    """Of a matched formula: the organisations named before its speaker noun ("G7"), the
    actors listed after "of"/"van", and where the list ends."""
    named = [a for a in actors_in(lex, m.group("pre"), lang) if lex.kind(a) == "organisation"]
    listed, end = opening_list(lex, text, m.end(), lang)
    return named, listed, end


def find_speaker(
    lex: Lexicon,
    *,
    text: str,
    lang: str | None,
    meta_issuer: str | None = None,
    source_url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Speaker:
    """The speaker of a document (see the module docstring for the order of evidence)."""
    head = text[:3000]
    m = _OPENING_RE.search(head)
    if m:
        named, listed, end = _formula_parts(lex, text, m, lang)
        orgs = [a for a in listed if lex.kind(a) == "organisation"]
        states = [a for a in listed if lex.kind(a) == "state"]
        if len(named) == 1 and states:  # "the G7 Foreign Ministers of Canada, France, …"
            return Speaker([named[0]], named[0], states, (m.start(), end), "opening")
        if len(orgs) == 1:
            return Speaker([orgs[0]], orgs[0], states, (m.start(), end), "opening")
        if states and not orgs:
            titled = [a for a in actors_in(lex, title or "", lang) if lex.kind(a) == "organisation"]
            if len(titled) == 1 and any(lex.is_member(s, titled[0], None) for s in states):
                return Speaker([titled[0]], titled[0], states, (m.start(), end), "opening")
            return Speaker(states, None, [], (m.start(), end), "opening")
    for t in _THIRD_PERSON_RE.finditer(head[:1500]):
        named, listed, end = _formula_parts(lex, text, t, lang)
        if len(named) != 1:
            continue
        states = [a for a in listed if lex.kind(a) == "state"]
        if len(states) >= 2:  # "the G7 Foreign Ministers of Canada, France, …"
            return Speaker([named[0]], named[0], states, (t.start(), end), "opening")
    g = _OPENING_GROUP_RE.search(head)
    if g:  # "We, the NATO Allies, …"
        named = [a for a in actors_in(lex, g.group("pre"), lang) if lex.kind(a) == "organisation"]
        if len(named) == 1:
            return Speaker([named[0]], named[0], [], (g.start(), g.end()), "opening")
    jm = _JOINT_RE.search(title or "")
    if jm:
        listed, _ = opening_list(lex, title or "", jm.start(1) + _lead(jm.group(1)), lang)
        joint = [a for a in listed if lex.kind(a) == "state"]
        if len(joint) >= 2:
            return Speaker(joint, source="title")
    issuers: list[str] = []

    def add(ids):
        issuers.extend(i for i in ids if i and i not in issuers)

    if meta_issuer:
        name = meta_issuer.strip()
        hit = ISSUER_NAMES.get(name.lower())
        add([hit] if hit else actors_in(lex, name, lang))
        if not hit and name.upper() == name and lex.kind(name) in ("state", "organisation"):
            add([name])
    if source_url:
        host = urlparse(source_url).netloc.lower()
        for site, actor in SITE_ISSUERS.items():
            if (
                host == site
                or host.endswith("." + site)
                or ("whitehouse" in site and "whitehouse" in host)
            ):
                add([actor])
    if jm:
        add(actors_in(lex, jm.group(1), lang, kinds=("state",)))
    if issuers:
        return Speaker(issuers, source="metadata")
    signed = _signers_state(lex, head, lang, date)
    if signed:
        return Speaker([signed], source="signature")
    heading = heading_state(lex, head, lang)
    if heading:
        return Speaker([heading], source="signature")
    released = _press_release_state(lex, head, lang, date)
    if released:
        return Speaker([released], source="signature")
    own = own_state_nl(text) if lang == "nl" else None
    if lang == "nl" and _NL_GOV_RE.search(text[:20000]) and (
        own != "BEL" or _NL_ONLY_RE.search(text[:20000])
    ):
        return Speaker(["NLD"], source="signature")
    if own:
        return Speaker([own], source="language")
    if re.search(r"\bThe White House\b", text[-2000:] + head):
        return Speaker(["USA"], source="signature")
    stance = _stance_state(lex, head, lang)
    if stance:
        return Speaker([stance], source="stance")
    who = _headline_speaker(lex, (title or "") + "\n" + head, lang, date)
    if who:
        return Speaker([who], source="title")
    return Speaker()


#: A headline that names who speaks: "Toespraak van minister X tijdens …", "Speech by the
#: Prime Minister at …", "Statement by EU High Representative X on …", or "X: <quote>".
_SPEECH_HEAD_RE = re.compile(
    r"^[ \t]*(?:(?:Opening\s+|Keynote\s+)?(?:Toespraak|Speech|Remarks|Statement|Verklaring|"
    r"Address|Rede)\s+(?:van|door|by|of|from)\s+(?P<who>[^\n:]{3,140}?)"
    r"(?=\s+(?:tijdens|bij|at|on|to|op|over|in|before|voor|aan)\b|\s*[:—–]|\s*$)"
    r"|(?P<quoted>[^\n:]{3,60}):\s)",
    re.M,
)


def _headline_speaker(lex: Lexicon, head: str, lang: str | None, date: str | None) -> str | None:
    """The state or organisation of the one person or office a headline in the first
    lines names as the speaker (see :data:`_SPEECH_HEAD_RE`); only a "X: …" headline
    whose X is wholly that person or office.

    >>> from actorgraph.loaders.extract.catalogue import default_lexicon
    >>> lex = default_lexicon()
    >>> _headline_speaker(lex, "Toespraak van minister Ollongren tijdens een conferentie",
    ...                   "nl", "2022-04-06")
    'NLD'
    >>> _headline_speaker(lex, "Prime Minister Trudeau: We stand with Haiti", "en", "2023-02-16")
    'CAN'
    >>> _headline_speaker(lex, "Trudeau and Biden: a new era", "en", "2023-02-16") is None
    True
    """
    for m in _SPEECH_HEAD_RE.finditer(head[:600]):
        who = m.group("who") or m.group("quoted")
        hits = [h for h in lex.scan(who, lang) if not h.actor.startswith("@")]
        if m.group("quoted") and not (len(hits) == 1 and hits[0].end - hits[0].start
                                      >= len(who.strip()) - 1):
            continue  # "Trudeau and Biden: …", "Ukraine war: …": no one speaker
        actors: set[str] = set()
        for h in hits:
            if lex.kind(h.actor) == "person":
                offices = lex.offices(h.actor, date) if lex.offices else []
                actors.update(offices[:1] if len(set(offices)) == 1 else ["?"])
            elif h.actor.startswith("role:"):
                actors.update(_resolve(lex, h.actor) or ["?"])
        if len(actors) == 1 and "?" not in actors:
            return actors.pop()
    return None


#: A speaker who says "we" and "I" and names their own state as the one taking a stance, in
#: the present tense at a sentence's start ("I am here today with … We are here to talk about
#: … Canada condemns …", "Canada strongly condemns …"): that state speaks.
_FIRST_PERSON_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:I am|I’m|I'm|We are|We have|We will|We stand)\b"
)
_STANCE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w’'-]*\s+){1,3}?)(?:strongly\s+|firmly\s+|also\s+|"
    r"unequivocally\s+)?(?:condemns|denounces|welcomes|calls on|stands with|stands by|"
    r"reaffirms|remains committed|supports)\b"
)


def _stance_state(lex: Lexicon, head: str, lang: str | None) -> str | None:
    """The one state that takes the speaker's stance in a first-person English text with
    no other sign of its speaker (see :data:`_STANCE_RE`), if there is exactly one.

    >>> from actorgraph.loaders.extract.catalogue import default_lexicon
    >>> t = "We are here today. Canada condemns the attack. Canada also supports Ukraine."
    >>> _stance_state(default_lexicon(), t, "en")
    'CAN'
    >>> _stance_state(default_lexicon(), "Canada condemns the attack.", "en") is None
    True
    """
    if lang != "en" or not _FIRST_PERSON_RE.search(head):
        return None
    found: list[str] = []
    for m in _STANCE_RE.finditer(head):
        states = [a for a in actors_in(lex, m.group(1), lang) if lex.kind(a) == "state"]
        found.extend(states[:1] if len(states) == 1 else [])
    return found[0] if len(found) >= 2 and len(set(found)) == 1 else None
