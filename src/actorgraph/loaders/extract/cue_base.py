"""The relation cues, in Dutch and English: regular expressions over a sentence's
abstract string (see :mod:`~actorgraph.loaders.extract.analysis`).

A pattern names its arguments ``{a}`` (source) and ``{b}`` (target); ``{x}`` is any
other slot. Gaps are counted in words and never cross another slot or a ``;``/``:``:
``{w4}`` is up to four words. ``{the}`` is an optional article. Each :class:`Cue` says
how its arguments become relations (``kind``):

- ``ab``: every actor of slot a → every actor of slot b;
- ``pair``: every two actors inside slot a (a list: "NATO and Japan cooperate"), or
  a × b when the pattern has b (symmetric types only);
- ``agent``: only b is written; the source is the nearest earlier slot in the sentence
  that is not b (or, failing that, the topic of the previous sentence);
- ``victim``: only a is written; the target is found the same way;
- ``issuer``: the document's issuer → slot b.

English verb cues were seeded from the CAMEO 2.0 verb dictionary (``--- SUPPORT [050]``,
``PROVIDE AID [070]``, ``THREATEN [130]``, ``COOPERATE [040]``, ``SANCTION [163]``,
``DISAPPROVE [110]``), MIT licence, Open Event Data Alliance, petrarch2 commit
676801cd; the Dutch cues are this project's own.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from actorgraph.graph.vocabulary import RelationType
from actorgraph.loaders.extract.analysis import SLOT_CLASS
from actorgraph.loaders.extract.prefilter import (
    find_matches,
    may_match,
    opening_literals,
    required_literals,
)

S = SLOT_CLASS
_GAP_TOKEN = r"[^\s\ue000-\uefff;:]+ "
_NO_FACE = (
    # ("to deter threats against X": who deters a threat does not pose it)
    r"(?!(?:faces?|facing|faced|counter\w*|address\w*|combat\w*|deter(?:s|red|ring|rence)?|confront\w*|"
    r"prevent\w*|mitigat\w*|tackl\w*|from|van|by|door|tegen\w*|"
    r"the threat|de dreiging)\b)"
)

#: Cues whose source is the subject of a verb.
SUBJECT_VERB_CUES = frozenset(
    {
        "support.give-to",
        "support.supply-with",
        "support.give-double-object",  # "pressure on X while providing Y with arms": not X
        "support.verb",
        "threat.verb",
        "threat.fired-at",
        "oppose.condemn",
        "oppose.sanctions-on",
    }
)


#: A Dutch minister's portfolio ("minister van Justitie en Veiligheid", "minister voor
#: Volkshuisvesting en Ruimtelijke Ordening"): part of the role, never the start of a name.
_PORTFOLIO = (
    r"(?:buitenlandse zaken|binnenlandse zaken|economische zaken|sociale zaken|algemene zaken|"
    r"defensie|financiën|justitie|veiligheid|buitenlandse handel|ontwikkelingssamenwerking|"
    r"rechtsbescherming|volkshuisvesting|ruimtelijke ordening|infrastructuur|waterstaat|"
    r"klimaat|energie|koninkrijksrelaties|landbouw|onderwijs|volksgezondheid|asiel|migratie|"
    r"werkgelegenheid|werk)"
)
#: Roles that make a person the representative of a state or organisation.
ROLE = (
    r"(?:(?:vice[- ])?president|(?:deputy |vice[- ])?prime minister|(?:foreign |defen[cs]e |"
    r"deputy |vice[- ])?minister(?:[- ]president)?(?: (?:van|voor) " + _PORTFOLIO
    + r"(?:(?:,| en) " + _PORTFOLIO + r"){0,3})?|"
    r"secretary[- ]general|secretaris-generaal|staatssecretaris|state secretary|"
    r"secretary of state|secretary|chancellor|king|queen|ambassador|envoy|high representative|"
    r"hoge vertegenwoordiger|premier|kanselier|koning|koningin|ambassadeur|gezant|"
    r"national security advis[eo]r|leader|spokesperson|woordvoerder|commissioner|eurocommissaris|"
    r"crown prince|emir|amir|taoiseach|sultan|director[- ]general|directeur-generaal|director|"
    r"head|hoofd|"
    r"topman|chef|counsel+or|advis[eo]r|envoy|minster|"
    # Dutch: "voorzitter van de Europese Commissie", "de leider van Noord-Korea", "de
    # Taiwanese presidente", Belgian "eerste minister", "Commissievoorzitter"
    r"(?:commissie|raads)?voorzitter|leider|presidente|(?:vice-)?eerste ?minister|"
    # "haar Poolse ambtgenoot Sikorski", "zijn Oekraïense collega Koeleba"
    r"(?:ambtgenoot|ambtgenote|collega)(?! van))"
)

MACROS = {
    "a": rf"(?P<a>{S})(?:'s?|s')?",
    "b": rf"(?P<b>{S})(?:'s?|s')?",
    "x": rf"{S}(?:'s?|s')?",
    "the": r"(?:(?:the|de|het|a|an|een|its|their|his|her|zijn|haar|hun) )?",
    "role": ROLE,
    "nf": _NO_FACE,
}
MACROS["tight"] = r"(?:[^\s\ue000-\uefff;:,]+ ){0,2}?"
#: Words of an office's name between its state and its head noun ("German Chancellery
#: Foreign and Security Policy Advisor"): no comma and no function word but "and"/"en".
MACROS["rolewords"] = (
    r"(?:(?!(?:since|in|at|on|with|from|for|to|by|the|a|an|that|which|who|after|before|during|"
    r"when|while|as|than|is|was|has|have|had|will|said|says|met|sinds|met|bij|door|op|voor|"
    r"de|het|een|die|dat|dit|deze|zijn|is|was|waren|wordt|werd|worden|hij|zij|ze|naast)\b)"
    r"[^\s\ue000-\uefff;:,]+ ){0,6}?"
)
#: A subject who sees or calls something a threat is the one who feels threatened, not the
#: one who threatens (Dutch): "Moskou ziet een bedreiging in de uitbreiding voor X", "X
#: noemt de oefening een gevaar voor de regio".
MACROS["perceives"] = (
    r"(?!(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:ziet|zag|zien|zagen|ervaart|ervoer|ervaren|"
    r"beschouwt|beschouwde|beschouwen|noemt|noemde|noemen|noemden|vreest|vreesde|vrezen)\b)"
)
for _n in (4, 6, 8):  # word gaps that never cross a comma
    MACROS[f"n{_n}"] = rf"(?:[^\s\ue000-\uefff;:,]+ ){{0,{_n}}}?"
_SEC_NOUN = (
    r"(?:security|safety|veiligheid|territory|grondgebied|sovereignty|soevereiniteit|"
    r"independence|onafhankelijkheid|people|bevolking|self-defen[cs]e|defen[cs]e|verdediging|"
    r"territorial integrity|territoriale integriteit|unity|eenheid|stability|stabiliteit)"
)
_SEC_ITEM = r"(?:the |de |het )?(?:(?:its|their|zijn|haar|hun) )?(?:[\w-]+ )??" + _SEC_NOUN
#: What is supported when a state's "security", "sovereignty", … is: one of these nouns or
#: a list of them ("the independence , territorial integrity and sovereignty"; the
#: abstract spaces its commas). The one list of them, for every cue.
MACROS["seclist"] = (
    _SEC_ITEM + r"(?:(?: ,)? (?:and|en) " + _SEC_ITEM + r"| , " + _SEC_ITEM + r"){0,3}"
)
#: "the security of", "the sovereignty and territorial integrity of": what is supported
#: belongs to the state after "of"/"van".
MACROS["secof"] = r"(?:" + MACROS["seclist"] + r" (?:of|van) )?"
#: What a victim's people or operations are called before the state's adjective ("against
#: lawful Philippine operations", "on innocent Ukrainian civilians").
MACROS["victimadj"] = (
    r"(?:(?:lawful|legitimate|legal|civilian|innocent|peaceful|routine|unarmed|defenceless|"
    r"defenseless) )?"
)
#: "the armed forces of the Russian Federation", "troops of X": the state whose forces act.
MACROS["forcesof"] = (
    r"(?:(?:[\w-]+ )?(?:armed forces|forces|troops|military|army|navy|air force|krijgsmacht|"
    r"strijdkrachten|troepen) (?:of|van) (?:the |de |het )?)?"
)
#: "the (brave) people of Ukraine", "de bevolking van Oekraïne": the state they belong to.
MACROS["peopleof"] = (
    r"(?:(?:[^\s\ue000-\uefff;:,]+ )?(?:people|peoples|citizens|population|bevolking|burgers|"
    r"volk|government and (?:the )?people) (?:of|van) (?:the |de |het )?)?"
)
#: "parts of Georgia", "de gebieden van Oekraïne": a part of the target state.
MACROS["partof"] = (
    r"(?:(?:[^\s\ue000-\uefff;:,]+ )?(?:parts?|regions?|territory|territories|areas?|cities|"
    r"delen|gebieden|grondgebied) (?:of|van) (?:the |de |het )?)?"
)
#: "against military facilities in Israel": a place inside the target state.
MACROS["placein"] = r"(?:(?:[^\s\ue000-\uefff;:,]+ ){1,3}?(?:in|op) (?:the |de |het )?)?"
#: "Iran—and its proxies operating out of Yemen—launched": a dash parenthetical.
#: "in northern Iraq", "on eastern Ukraine": a compass word before the state's name.
MACROS["compass"] = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)? )?"
)
MACROS["paren"] = r"(?: ?- [^;:]{1,120}? ?- | )"
for _n in range(1, 17):
    MACROS[f"w{_n}"] = rf"(?:{_GAP_TOKEN}){{0,{_n}}}?"
    MACROS[f"v{_n}"] = rf"(?:{_NO_FACE}{_GAP_TOKEN}){{0,{_n}}}?"


class CueKind(str, enum.Enum):
    """How a cue's slots become relations (one handler each in :mod:`.matching`)."""

    AB = "ab"  # slot a → slot b
    BA = "ba"  # slot b → slot a
    PAIR = "pair"  # every two actors of a list, or a × b (symmetric types)
    AGENT = "agent"  # only b is written; the source is found
    VICTIM = "victim"  # only a is written; the target is found
    ISSUER_SUBJECT = "issuer-subject"  # the issuer → the sentence's subject
    PERSON_ROLE = "person-role"  # a titled person → the office's actor
    CONTEXT_ORG = "context-org"  # only a state is written → the document's organisation


@dataclass(frozen=True)
class Cue:
    """A named relation cue: pattern, type, how arguments map, base confidence."""

    name: str
    type: RelationType
    kind: CueKind
    pattern: re.Pattern
    confidence: float
    a_forms: frozenset[str] = frozenset()  # slot a must have one of these forms
    b_forms: frozenset[str] = frozenset()
    a_kinds: frozenset[str] = frozenset()  # slot a's actors must be of these kinds
    b_kinds: frozenset[str] = frozenset()
    negatable: bool = True  # False: the pattern itself holds the "stop"/"not" it needs
    #: False: a verb of blocking after the match does not undo it ("NATO ally Turkey blocked …")
    blockable: bool = True
    subject: bool = False  # slot a must be a clause's subject (see ``subject_first``)
    lang: str | None = None  # only for sentences of this language (None: any)
    source_text: str = ""  # the pattern as written, before the macros are expanded
    #: words one of which the sentence must hold before the pattern is tried (a cheap
    #: pre-filter for patterns that open with a slot and a wide gap)
    anchor: str = ""

    @functools.cached_property
    def anchor_re(self) -> re.Pattern | None:
        return re.compile(self.anchor) if self.anchor else None

    @functools.cached_property
    def required(self) -> tuple[tuple[str, ...], ...]:
        """Sets of literals a sentence must hold one of each before the pattern can
        match, read off the pattern (:func:`~.prefilter.required_literals`)."""
        return required_literals(self.pattern)

    @functools.cached_property
    def index_key(self) -> tuple:
        """What :class:`~.prefilter.CueSet` indexes of this cue (plain values, hashed fast)."""
        return (self.pattern.pattern, self.pattern.flags, self.anchor, self.lang,
                self.kind.value, self.b_kinds, self.type.value)  # fmt: skip

    @functools.cached_property
    def opening(self) -> tuple[str, ...]:
        """Strings one of which each match starts with (:func:`~.prefilter.opening_literals`)."""
        return opening_literals(self.pattern)

    def finditer(self, text: str):
        """``self.pattern.finditer(text)``, tried only where a match can start."""
        return find_matches(self.pattern, self.opening, text)

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the anchor words and a literal of each set the
        pattern needs (cheap tests before the search; ``False`` means no match)."""
        if self.required and not may_match(self.required, text):
            return False
        return not self.anchor or self.anchor_re.search(text) is not None

    @property
    def subject_first(self) -> bool:
        """A subject–verb cue: its source slot must be a clause's subject, not the object
        of a preposition ("support democracy in Venezuela and condemn …")."""
        return self.subject or (
            self.source_text.startswith("{a}") and self.name in SUBJECT_VERB_CUES
        )

    @functools.cached_property
    def needs_person(self) -> bool:
        """Whether slot b must be a person (every pattern with such a slot names it): a
        sentence without a person slot cannot match, so the search is skipped."""
        return self.b_kinds == frozenset({"person"}) and "b" in self.pattern.groupindex

    @functools.cached_property
    def slots_needed(self) -> int:
        """Slots a sentence needs before this cue can match (a list counts as two)."""
        groups = self.pattern.groupindex
        return 2 if ("a" in groups and "b" in groups) or self.kind == "pair" else 1


def _cue(name, type_, kind, pattern, conf, **kw) -> Cue:
    text = pattern
    for k in sorted(MACROS, key=len, reverse=True):
        text = text.replace("{" + k + "}", MACROS[k])
    extra = {k: (v if isinstance(v, (bool, str)) else frozenset(v)) for k, v in kw.items()}
    return Cue(
        name,
        RelationType(type_),
        CueKind(kind),
        re.compile(text),
        conf,
        **extra,
        source_text=pattern,
    )


SUP, THR, PAR, MEM = "SUPPORTS", "THREATENS", "PARTNERS_WITH", "MEMBER_OF"
OPP, ASP, REP = "OPPOSES", "ASPIRES_TO_JOIN", "REPRESENTS"
ORGS = {"organisation"}
STATES = {"state"}
ACTORS = {"state", "organisation", "group"}
COLLECTIVE = {"collective"}
FIRST = {"pronoun", "issuer"}
NAMED = {"name", "variant", "acronym", "adjective", "demonym", "genitive"}

_GIVE = (
    r"(?:provid|suppl|deliver|send|sent|donat|transfer|ship|pledg|contribut|allocat|"
    r"give|gave|giving|grant|offer|disburs|equipp?|lever|schenk|stuur|stuurt|doneer|"
    r"toegezegd|zegt|zegde|geleverd|gedoneerd|gestuurd)\w*"
)
_HARM = (
    r"(?:aggression|war|wars|invasion|incursions?|attacks?|strikes?|assault|bombardment|shelling|"
    r"missile strikes|onslaught|barrages?|agressie|"
    # "a new offensive in eastern X" (not "counteroffensive", not the adjective: "offensive
    # war" is read by "war"), "military pressure on X"
    r"(?<!counter)(?<!counter-)offensives?(?= (?:in|on|into|against|of|by|van|tegen)\b)|"
    r"military pressure|militaire druk|\w*oorlog|invasie|aanval(?:len)?|inval|"
    r"oorlogsvoering|"
    r"beschietingen|bombardementen|raketaanval(?:len)?|luchtaanval(?:len)?|"
    r"annexation|occupation|harassment|coercion|intimidation|annexatie|bezetting|intimidatie\w*|"
    r"use of (?:[\w-]+ ){0,2}?(?:missiles|drones|rockets|weapons)|"
    # "dangerous and escalatory actions against X": conduct that its adjectives make harm
    r"(?:dangerous|escalatory|aggressive|provocative|coercive|reckless|hostile|destabili[sz]ing)"
    r"(?: and [\w-]+)? (?:actions|activities|behaviou?r|conduct|maneuvers|manoeuvres))"
)
#: The harm before its author: "defend itself against (missile) attacks from X".
HARM_FROM = r"(?:(?:[\w-]+ )?(?:attacks|threats|strikes|aggression) (?:from|by) (?:the )?)?"
#: Not the agent of a noun ("support of X by A and B in the face of …": A and B act).
NOT_BY_AGENT = rf"(?<!by )(?<!by the )(?<!by {S} and )(?<!by {S} and the )"
#: What one holds about a war, not one's war: "standpunt", "position", "response".
_STANCE = (
    r"(?:standpunt|positie|visie|reactie|beleid|inzet|aanpak|houding|position|view|stance|"
    r"response|policy|approach)\b"
)

#: A war fought in defence is no threat by the one who fights it ("a defensive war against
#: X", "its war of self-defence", "een verdedigingsoorlog tegen X"); put right before _HARM.
_NOT_DEFENSIVE = (
    r"(?<![\w-])(?<!defensive )(?<!defence )(?<!defense )(?<!self-defence )(?<!self-defense )"
    r"(?<!defensieve )(?!\w*verdedigingsoorlog|wars? (?:of|in) (?:self-)?defen[cs]e\b)"
)

#: Negation and hedging near a cue: the relation is not stated as a fact.
NEGATION_RE = re.compile(
    # "a never-before-seen attack", "een nooit geziene aanval": an adjective, no negation
    r"\b(?:not|cannot|no|never(?![- ]before)|neither|nor|without|rather than|instead of|"
    r"stop(?:s|ped|ping)? |cease|ceasing|refrain|halt|end (?:its|their)|geen|"
    # "prevent X's goods from aiding Y", "keep X from arming Y": kept from doing it
    r"(?:prevent|stop|keep|kept|bar|deter|prohibit)\w* (?:[^\s;:]+ ){1,4}?from [\w-]+ing|"
    # "niet aflatende steun" (unrelenting), "niet alleen X maar ook Y", and a compound
    # "niet-militaire missie", "niet-dodelijke hulp" (an adjective): no negation
    r"niet(?!-|[- ](?:aflatend|aflatende|alleen|enkel|uitsluitend|in de laatste plaats)\b)|"
    r"nooit(?! (?:eerder )?(?:geziene?|vertoonde?|gekende?))|zonder|noch|"
    r"stoppen|staken|beëindigen|"
    # "Duitsland stopt de levering van wapens aan X", "stelde een verbod in op de levering
    # van drones aan X", "een embargo op leveringen aan X": the supply is ended or banned
    r"stopt|stopte|stopten|staakt|staakte|staakten|beëindigt|beëindigde|beëindigden|"
    r"verbod (?:in |ingesteld |instellen )?op|embargo (?:in |ingesteld )?op|verbiedt|verbieden|"
    r"verbood|verboden)\b|n't\b"
)
HEDGE_RE = re.compile(
    r"\b(?:(?<!in )(?<!\d )may(?! \d)|might|could|would|if|whether|possibly|reportedly|"
    r"allegedly|alleged|"
    r"consider(?:s|ed|ing)?|overweegt|overwegen|overwoog|overwogen|te overwegen|"
    r"potential(?:ly)?|perhaps|rumou?rs?|mogelijkheid|eventueel|eventuele|"
    # "zo snel mogelijk", "zoveel mogelijk" (as soon / as much as possible): no hedge
    r"(?<!\bzoveel )(?<!zo snel )(?<!zo veel )(?<!zo goed )(?<!zo spoedig )mogelijke?|"
    r"zou|zouden|indien|wellicht|misschien|vermeend|vermeende|naar verluidt)\b"
)
#: A verb after the cue that blocks or refuses what the cue names.
BLOCK_RE = re.compile(
    # (not the noun: "shelled an apartment block", "a residential block")
    r"\b(?:(?<!\ban )(?<!\ba )(?<!\bthe )(?<!apartment )(?<!residential )block(?:s|ed|ing)?|"
    r"blokkeer\w*|blokkeert|veto(?:es|ed)?|obstruct\w*|"
    r"tegenhoud\w*|tegengehouden|(?:houdt|houden|hield|hielden) (?:\S+ ){0,8}?tegen|"
    r"refuse[sd]?|weiger\w*)\b"
)
#: Sentences that deny or doubt what they report.
DENIAL_RE = re.compile(
    r"\b(?:no evidence|geen bewijs|geen aanwijzingen|den(?:y|ies|ied)|ontkent|ontkende|"
    r"false(?:ly)? claim|unfounded|unsubstantiated|baseless)\b"
)


def place_misused(cue: Cue, a, b) -> bool:
    """Whether a territory named as a place ("Gaza", form ``place``) stands anywhere but as
    the receiver of support from an agent the cue itself names: aid to Gaza is support of
    Palestine, but a war in Gaza is no threat by or to its state, a place never acts, and
    an agent searched for elsewhere in the sentence is too loose a guess for it.

    >>> from types import SimpleNamespace as N
    >>> sup = _cue("s", SUP, "ab", "{a} x {b}", 0.5)
    >>> place_misused(sup, N(forms={"name"}), N(forms={"place"}))
    False
    >>> place_misused(sup, N(forms={"place"}), N(forms={"name"}))
    True
    """
    target = a if cue.kind is CueKind.BA else b
    for slot in (a, b):
        if slot is not None and "place" in slot.forms and (
            cue.type is not RelationType.SUPPORTS or slot is not target
            or cue.kind not in (CueKind.AB, CueKind.BA)
        ):
            return True
    return False


#: Verbs whose "back" is a particle ("push back the attack", "fight back"): to repel, not to
#: back; put right before a verb of support that may be "back".
NOT_PARTICLE_BACK = (
    r"(?<!push )(?<!pushed )(?<!pushing )(?<!fight )(?<!fighting )(?<!beat )(?<!strike )"
    r"(?<!striking )(?<!hit )(?<!drive )(?<!driving )(?<!roll )(?<!rolling )"
)
#: A subject that judges, punishes or discusses what follows ("Japan condemned Russia's
#: invasion", "Japan imposed sanctions … in response to Russia's invasion"),
#: or takes part in it ("Belarus, complicit in Russia's war", "X aanspreken op zijn
#: medeplichtigheid aan de Russische agressie", "Belarus voor het steunen van de Russische
#: oorlog"): not the victim of the act.
JUDGING = (
    r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:condemn|denounc|deplor|criticis|criticiz|discuss|"
    r"veroordee|bespr|hekel|spoke|sprak|spreekt|complicit|medeplichtig|enabl|facilitat|"
    r"het (?:steunen|ondersteunen|faciliteren)|steun (?:aan|voor|geven|geeft|gaf|verlenen|"
    r"verleent)|ondersteuning (?:van|aan)|"
    r"betrokkenheid|involvement|impos|sanction|punish|sanctioneer|overleg|"
    # who stresses a war speaks of it ("X emphasized the war against Y")
    r"emphasi[sz]|stressed|stresses|underline|underscor|highlight|benadruk|onderstre)\w*"
)
_JUDGES_RE = re.compile(" " + JUDGING)


def judges(abstract: str, pos: int) -> bool:
    """Whether the slot at ``pos`` is the subject of a verb of judging or discussing.

    >>> judges("\ue000 condemned \ue001's invasion", 0), judges("\ue000 faces it", 0)
    (True, False)
    """
    return bool(_JUDGES_RE.match(abstract, pos + 1))


#: What an owner does or gives: "X's decision / efforts / pledge to help Y" is X's help.
_OWNER_ACTS_RE = re.compile(
    r"\b(?:decision|decided|efforts?|commitment|pledges?|plans?|readiness|willingness|resolve|"
    r"determination|intention|bid|offer|move|steps?|initiative|contributions?|aid|assistance|"
    r"support|government|administration|leaders?|forces|military|army|navy|minister|president|"
    r"chancellor|premier|cabinet|parliament|officials?|envoys?|ambassadors?|delegation|people)\b"
)


#: "the commitment of X to support Y": X, named after an act noun, acts (group ``of``).
OF_OWNER = (
    r"(?P<of>\b(?:commitment|decision|determination|efforts?|pledges?|readiness|resolve|"
    r"willingness|intention) (?:of|by) (?:the )?)?"
)


def owner_acts(cue_name: str, owned: str) -> bool:
    """Whether the possessor that ``owned`` opens ("X's frozen assets to help") is the agent
    of the verb of support of ``cue_name`` after it: for an infinitive or a coordination
    ("X's brutality and the need to keep aiding Y") only when what X owns is an act or an
    actor ("X's decision to help Y"), not a thing or a trait.

    >>> owner_acts("support.to-verb-agent", "\ue000's frozen assets "), owner_acts(
    ...     "support.verb", "\ue000's decision to help \ue001"), owner_acts("support.x", "")
    (False, True, True)
    >>> owner_acts("support.verb", "\ue000's cruelty and the need to keep aiding \ue001")
    False
    """
    if cue_name == "support.verb":  # only a possessor with "to"/"and" before the verb
        if not _OWNED_BEFORE_TO_RE.match(owned):
            return True
    elif cue_name != "support.to-verb-agent":
        return True
    return bool(_OWNER_ACTS_RE.search(owned))


_OWNED_BEFORE_TO_RE = re.compile(r"\S(?:'s?|s') (?:[^\s\ue000-\uefff;:,]+ ){1,6}?(?:to|and) ")
