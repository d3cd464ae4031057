"""Dutch news reports (issue 9, round 13): constructions of NOS/ANP/VRT-style news that
the verb lexicon (:mod:`.dutch`) and the news frames (:mod:`.dutch_news`) do not read.

- **receiving aid**: the receiver is the subject of "krijgen/ontvangen" and the giver
  follows "van/uit" — "Georgië kreeg vorig jaar militaire steun van de VS", "dat Armenië
  wapens uit Rusland ontving", "Moldavië heeft hulp van Roemenië gekregen";
- **an infinitive with its receiver before the verb** and a long object: "heeft aangekondigd
  om als eerste stap twaalf gevechtstanks van het nieuwste type snel aan X te leveren"
  (the main clause's subject, found as for a noun of support);
- **allies named as such**: "heeft met bondgenoot X overlegd", "De Turkse minister, een
  bondgenoot van Y, …" (the word "bondgenoot" may be read as NATO's collective, so the
  slot stands in the pattern too);
- **a headline participle of accession**: "Finland vandaag toegetreden tot 74-jarige NAVO";
- **wanting to join, verb last**: "Servië en Kosovo willen beide tot de EU toetreden",
  "Moldavië hoopt snel lid van de EU te worden"; a candidate or aspirant member without its
  organisation ("het aspirant-lid X", "X is als kandidaat-lidstaat …") belongs to the
  document's organisation;
- **sanctions against a state's people**: "sancties tegen hoge functionarissen en militairen
  in Belarus" (the agent found as for any sanction);
- **a located target, verb last**: "drones waarmee Rusland doelwitten in Oekraïne aanvalt";
- **a supplier sanctioned for its deliveries**: "sancties tegen Iran wegens de levering van
  drones aan Rusland", "het sanctieregime tegen X, zodat ook de levering van raketten aan Y
  kan worden getroffen", "… de levering van drones die Rusland inzet": the sanctioned state
  supplies the receiver;
- **a defence owned by its victim**: "de Oekraïense strijd tegen Rusland", "de strijd van
  Georgië tegen Rusland", "steun aan Moldavië in zijn strijd tegen X": the opponent
  threatens the owner;
- **an aggression fronted, its agent inverted**: "Met de invasie van Oekraïne heeft Rusland
  …" (the subject after the verb is the aggressor; not after "na", "door": "Na de aanval op
  X is Y geïsoleerd" does not say who attacked);
- **assuring of support**: "X verzekerde Y van zijn steun", "verzekerde de Oekraïense
  collega van de steun van België";
- **guarding a state's airspace or territory**: "Frankrijk beschermt het Roemeense
  luchtruim", "… om het Slowaakse grondgebied en haar inwoners te beschermen" (SUPPORTS);
- **a present perfect with a long adverbial run** before the object: "Rusland heeft in de
  nacht van zondag op maandag opnieuw de hoofdstad van Oekraïne bestookt";
- **close ties**: "Nederland staat hierover in nauw contact met Duitsland", "beide landen zijn
  al nauw verbonden met de NAVO" (PARTNERS_WITH).

>>> sorted({c.name for c in dutch_report_cues()})[:3]
['nl.aspire-aspirant', 'nl.aspire-candidate-of-context', 'nl.aspire-want-final']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, ORGS, STATES, Cue, _cue
from actorgraph.loaders.extract.dutch import _NO_PREP, _PART_OF, _alt, dutch_verbs
from actorgraph.loaders.extract.dutch_news import _NOT_LOCATED, _PLACE_IN

#: One word of no actor, never across a comma.
_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
#: What is given: a noun of aid or arms ("militaire steun", "noodhulp", "wapens", "een
#: steunpakket").
_AID = (r"(?:[\w-]*steun|[\w-]*hulp|bijstand|ondersteuning|[\w-]*wapens|munitie|"
        r"[\w-]*leveringen|tanks|leningen|[\w-]*pakket(?:ten)?|financiering|geld)\b")
_GET = r"(?:krijgt|kreeg|kregen|krijgen|ontvangt|ontving|ontvingen|ontvangen)"
_GOT = (r"(?:gekregen|ontvangen|krijgt|kreeg|kregen|krijgen|ontvangt|ontving|ontvingen|"
        r"te krijgen|te ontvangen)")
_FROM = r" (?:van|uit|vanuit) {the}{b}"
#: Adjectives of an ally ("trouwe bondgenoot", "nauwe bondgenoot").
_ALLY_ADJ = r"(?:(?:trouwe|nauwe|belangrijke|belangrijkste|oude|grote|naaste) )?"
#: "bondgenoot" as written, or read as a collective's slot.
_ALLY = r"(?:bondgenoot|{x})"
_WANT = r"(?:wil|willen|wilde|wilden|hoopt|hopen|hoopte|hoopten|streeft|streven)"
#: People of a state that sanctions may target ("hoge functionarissen en militairen").
_PEOPLE = (r"(?:functionarissen|militairen|personen|entiteiten|bedrijven|leiders|ambtenaren|"
           r"officieren|generaals|oligarchen|politici|instellingen|banken|individuen|"
           r"ministers|rechters|bestuurders)")


def _receive_cues() -> list[Cue]:
    kw = {"a_kinds": STATES | ORGS, "b_kinds": ACTORS, "lang": "nl"}
    obj = _W + r"{0,6}?" + _AID + _FROM
    return [
        _cue("nl.support-received", "SUPPORTS", "ba", r"{a} {n4}" + _GET + r" " + obj, 0.7,
             subject=True, anchor=r"krij|kre|ontv", **kw),
        _cue("nl.support-received", "SUPPORTS", "ba", r"\b" + _GET + r" {a} " + obj, 0.7,
             a_forms={"name", "variant", "acronym", "genitive", "pronoun"}, **kw),
        _cue("nl.support-received-final", "SUPPORTS", "ba",
             r"{a} " + _W + r"{0,8}?" + _AID + _FROM + r" " + _W + r"{0,3}?" + _GOT + r"\b",
             0.65, subject=True, anchor=r"krij|kre|ontv", **kw),
    ]  # fmt: skip


def _infinitive_cue() -> Cue:
    """"om … aan X te leveren" with an object of up to twelve words (the cue of
    :func:`.dutch._om_te_aan_cues` reads the receiver after the verb)."""
    give = [v for v in dutch_verbs() if v.type == "SUPPORTS" and v.frame in ("aan", "both")
            and not v.apart]  # fmt: skip
    te = _alt(v.final_forms[-1] for v in give)  # "te leveren", "over te dragen"
    return _cue("nl.support-om-aan-te", "SUPPORTS", "agent",
                r"\bom " + _W + r"{1,12}?(?:aan|naar) {the}{b} " + _W + r"{0,3}?" + te + r"\b",
                0.6, lang="nl", anchor=r"\bom ")


def _ally_cues() -> list[Cue]:
    kw = {"a_kinds": STATES | {"person"}, "b_kinds": STATES, "lang": "nl"}
    return [
        # "heeft (dinsdag) met bondgenoot X overlegd": the subject and X
        _cue("nl.partner-with-ally", "PARTNERS_WITH", "pair",
             r"{a} {n8}met (?:zijn |haar |hun )?" + _ALLY_ADJ + _ALLY + r" {b}", 0.65,
             subject=True, **kw),
        # "De Turkse minister, een bondgenoot van Azerbeidzjan, …"
        _cue("nl.partner-ally-of", "PARTNERS_WITH", "pair",
             r"{a} , (?:een|de) " + _ALLY_ADJ + _ALLY + r" van {the}{b}", 0.65, **kw),
    ]


def _contact_cues() -> list[Cue]:
    """"staat in nauw contact met X", "zijn nauw verbonden met X": close ties, both ways."""
    kw = {"a_kinds": STATES | ORGS, "b_kinds": STATES | ORGS, "lang": "nl"}
    close = r"(?:nauw|nauwe|voortdurend|intensief|hecht|sterk|innig)"
    return [
        _cue("nl.partner-close-contact", "PARTNERS_WITH", "pair",
             r"{a} {n4}(?:staat|staan|stond|stonden) " + _W + r"{0,3}?in " + close
             + r" contact met {the}{b}", 0.65, subject=True, anchor="contact", **kw),
        _cue("nl.partner-close-contact", "PARTNERS_WITH", "pair",  # "… staat X in nauw contact"
             r"\b(?:staat|staan|stond|stonden) {a} " + _W + r"{0,3}?in " + close
             + r" contact met {the}{b}", 0.65, anchor="contact", **kw),
        _cue("nl.partner-close-contact", "PARTNERS_WITH", "pair",
             r"{a} (?:is|zijn|was|waren|blijft|blijven) " + _W + r"{0,2}?" + close
             + r" verbonden met {the}{b}", 0.65, subject=True, anchor="verbonden", **kw),
        _cue("nl.partner-close-contact", "PARTNERS_WITH", "pair",  # "Ook zijn X al nauw …"
             r"\b(?:is|zijn|was|waren) {a} " + _W + r"{0,2}?" + close
             + r" verbonden met {the}{b}", 0.65, anchor="verbonden", **kw),
    ]  # fmt: skip


#: What is guarded of a state: its airspace, territory, borders, coast.
_GUARDED = r"(?:luchtruim|grondgebied|territorium|grenzen|grens|oostgrens|kust|kustwateren)\b"
_GUARD = (r"(?:beschermt|beschermen|beschermde|beschermden|verdedigt|verdedigen|verdedigde|"
          r"verdedigden|bewaakt|bewaken|bewaakte|bewaakten)")


def _guard_cues() -> list[Cue]:
    """Guarding a state's airspace or territory supports it: "Frankrijk beschermt het
    Roemeense luchtruim", "… plaatsen Patriot-systemen om het Slowaakse grondgebied te
    beschermen" (the agent found as for a noun)."""
    return [
        _cue("nl.support-guard", "SUPPORTS", "ab",
             r"{a} {n6}" + _GUARD + r" " + _W + r"{0,3}?(?:de |het )?{b} " + _GUARDED, 0.65,
             a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor="beschermt|"
             r"beschermen|beschermde|verdedig|bewaak|bewaken"),
        _cue("nl.support-guard", "SUPPORTS", "agent",
             r"\bom " + _W + r"{0,6}?(?:de |het )?{b} " + _GUARDED + r" " + _W + r"{0,4}?te "
             r"(?:beschermen|verdedigen|bewaken)\b", 0.6, b_kinds=STATES, lang="nl",
             anchor=r"\bom "),
    ]  # fmt: skip


def _membership_cues() -> list[Cue]:
    return [
        _cue("nl.member-acceded-headline", "MEMBER_OF", "ba",
             r"{b} (?:[^\s\ue000-\uefff;:,]+ ){0,2}?toegetreden tot (?:de |het )?(?:[\w-]+ )?{a}",
             0.7, a_kinds=ORGS, b_kinds=STATES, lang="nl", anchor="toegetreden"),
        *(_cue("nl.aspire-want-final", "ASPIRES_TO_JOIN", "ab",
               r"{a} {n4}" + _WANT + r" " + _W + r"{0,3}?" + join + r"\b",
               0.75, a_kinds=STATES, b_kinds=ORGS, subject=True, lang="nl", anchor=r"tre|word")
          for join in (r"(?:tot|bij) {the}{b} (?:toetreden|toe te treden)",
                       r"lid (?:van|bij) {the}{b} (?:te )?worden")),
        _cue("nl.aspire-aspirant", "ASPIRES_TO_JOIN", "context-org",
             r"\baspirant-?lid(?:staat|staten)? {the}{a}", 0.65, a_kinds=STATES, lang="nl",
             anchor="aspirant"),
        # "Servië is als kandidaat-lidstaat …", "X, officieel kandidaat-lid," (no "van Y")
        _cue("nl.aspire-candidate-of-context", "ASPIRES_TO_JOIN", "context-org",
             r"{a} (?:is|was|werd|wordt) " + _W + r"{0,3}?(?:als |een |officieel |officiële )?"
             r"kandidaat-?lid(?:staat)?\b(?! (?:van|voor|bij|tot|om)\b)", 0.6, a_kinds=STATES,
             subject=True, lang="nl", anchor="kandidaat"),
    ]  # fmt: skip


def _sanction_people_cue() -> Cue:
    return _cue("nl.oppose-sanctions-people-of", "OPPOSES", "agent",
                r"(?:sancties|sanctiemaatregelen|strafmaatregelen) (?:tegen|op|aan) " + _W
                + r"{0,4}?" + _PEOPLE + r" (?:en " + _W + r"{0,2}?" + _PEOPLE + r" )?"
                r"(?:in|uit|van) {the}{b}", 0.55, b_kinds=STATES, lang="nl",
                anchor="maatregelen|sancties")


def _located_final_cue() -> Cue:
    force = [v for v in dutch_verbs() if v.type == "THREATENS" and v.frame in ("obj", "both")
             and v.lemma not in _NOT_LOCATED]  # fmt: skip
    final = _alt(f for v in force for f in v.final_forms)
    return _cue("nl.threat-located-final", "THREATENS", "ab",
                r"{a} " + _W + r"{1,5}?" + _PLACE_IN + r"{b}(?! van) " + _W + r"{0,2}?" + final
                + r"\b(?! (?:te )?(?:worden|wordt|werd|werden)\b)",
                0.6, a_kinds=ACTORS, subject=True, lang="nl")


#: A delivery as a noun, its goods after "van" ("de levering van drones en raketten").
_DELIVERY = (r"(?:de |het )?(?:[\w-]+ )?(?:levering|leveringen|leveren|verkoop|export|uitvoer) "
             r"van " + _W + r"{1,5}?")
#: Whom the goods reach: "aan Rusland", "naar Rusland", "die Rusland inzet/gebruikt".
_RECEIVERS = (r"(?:aan|naar) {the}{b}",
              r"(?:die|waarmee) {the}{b} " + _W + r"{0,5}?(?:inzet|inzette|gebruikt|gebruikte|"
              r"gebruiken|inzetten)\b")


#: Why the sanctions are there: "wegens", "vanwege", "zodat (ook)", "omdat", "voor" right
#: after the sanctioned ("de sancties tegen X gelden ook voor de levering aan Y" is no reason).
_BECAUSE = (r"(?:(?:[^\s\ue000-\uefff;:]+ ){0,3}?(?:wegens|vanwege|zodat|omdat|in verband met|"
            r"als straf voor) (?:ook )?|voor )")


def _sanctioned_supplier_cues() -> list[Cue]:
    return [_cue("nl.support-sanctioned-supplier", "SUPPORTS", "ab",
                 r"(?:sancties|sanctieregime|sanctiepakket|strafmaatregelen|maatregelen) "
                 r"(?:op )?(?:tegen|op) {the}{a} " + _BECAUSE + _DELIVERY
                 + receiver, 0.65,
                 a_kinds=STATES | {"group"}, b_kinds=ACTORS, lang="nl",
                 anchor="leveri|leveren|verkoop|export|uitvoer")
            for receiver in _RECEIVERS]


#: A fight or defence (not "verdedigingsoorlog": the nouns as whole words).
_STRUGGLE = r"(?:strijd|verdedigingsstrijd|verdediging|zelfverdediging|verzet|vrijheidsstrijd)"


def _struggle_cues() -> list[Cue]:
    kw = {"a_kinds": STATES | {"group"}, "b_kinds": STATES, "lang": "nl",
          "anchor": "strijd|verdediging|verzet"}
    return [
        # "de Oekraïense strijd tegen Rusland" (the owner an adjective or a genitive)
        _cue("nl.threat-struggle-of", "THREATENS", "ab",
             r"(?:de|het|hun|zijn|haar) (?:[\w-]+ )?{b} (?:[\w-]+ )?" + _STRUGGLE
             + r" tegen {the}{a}(?! (?:van|in|op)\b)", 0.65, **kw),
        # "de strijd van Georgië tegen Rusland"
        _cue("nl.threat-struggle-of", "THREATENS", "ab",
             r"\b" + _STRUGGLE + r" van {the}{b} tegen {the}{a}(?! (?:van|in|op)\b)", 0.65,
             **kw),
        # "steun aan Moldavië in zijn strijd tegen X", "Oekraïne bij de verdediging tegen X"
        _cue("nl.threat-struggle-of", "THREATENS", "ab",
             r"(?:aan|voor) {the}{b} (?:in|bij) (?:zijn|haar|hun|de) (?:[\w-]+ )?" + _STRUGGLE
             + r" tegen {the}{a}(?! (?:van|in|op)\b)", 0.65, **kw),
    ]  # fmt: skip


#: An act of aggression (not "oorlog": a war is the setting of many a sentence).
_AGGRESSION = r"(?:[\w-]+ )?(?:invasie|inval|aanval|aanvallen|aanvalsoorlog|agressie)"


def _fronted_aggression_cue() -> Cue:
    return _cue("nl.threat-fronted-aggression", "THREATENS", "ab",
                r"^met (?:de|zijn|haar|het) " + _W + r"{0,2}?" + _AGGRESSION
                + r" (?:van|in|op|tegen) {the}{b} " + _W + r"{0,4}?(?:heeft|had) {a}",
                0.65, a_kinds=STATES, b_kinds=STATES, lang="nl",
                anchor="invasie|inval|aanval|agressie")


def _assure_cues() -> list[Cue]:
    kw = {"a_kinds": ACTORS | {"person"}, "b_kinds": ACTORS | {"person"}, "lang": "nl",
          "anchor": "verzeker"}
    verb = r"(?:verzekert|verzekerde|verzekerden|verzekeren|verzekerd)"
    return [
        # "X verzekerde Y van zijn steun" (the subject's own support)
        _cue("nl.support-assured", "SUPPORTS", "ab",
             r"{a} {n4}" + verb + r" {the}" + _W + r"{0,2}?{b} " + _W + r"{0,3}?van "
             r"(?:zijn|haar|hun|de volle|onze) (?:[\w-]+ )?steun\b(?! van)", 0.65,
             subject=True, **kw),
        # "… verzekerde de Oekraïense collega van de steun van België"
        _cue("nl.support-assured", "SUPPORTS", "ba",
             r"\b" + verb + r" {the}" + _W + r"{0,2}?{a} " + _W + r"{0,3}?van de "
             r"(?:[\w-]+ )?steun van {the}{b}", 0.65, **kw),
    ]


def _perfect_long_cues() -> list[Cue]:
    """A present perfect with a long adverbial run between the auxiliary and the object
    ("Rusland heeft in de nacht van zondag op maandag opnieuw de hoofdstad van Oekraïne
    bestookt"): the auxiliary right after the subject and the participle closing the object
    make the clause; the object is no object of a preposition."""
    out: list[Cue] = []
    for rtype, key in (("SUPPORTS", "support"), ("THREATENS", "threat"), ("OPPOSES", "oppose")):
        verbs = [v for v in dutch_verbs() if v.type == rtype and v.frame in ("obj", "both")
                 and not v.apart]  # fmt: skip
        part = _alt(v.participle for v in verbs)
        out.append(_cue(f"nl.{key}-perfect-long", rtype, "ab",
                        r"{a} (?:heeft|hebben|had|hadden) " + _W + r"{5,12}?" + _NO_PREP
                        + r"{the}" + _PART_OF + r"{b} " + _W + r"{0,2}?" + part + r"\b"
                        r"(?! (?:te )?(?:worden|wordt|werd|werden)\b)",
                        0.6, a_kinds=ACTORS, subject=True, lang="nl"))
    return out


def dutch_report_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [
        *_receive_cues(), _infinitive_cue(), *_ally_cues(), *_membership_cues(),
        _sanction_people_cue(), _located_final_cue(), *_sanctioned_supplier_cues(),
        *_struggle_cues(), _fronted_aggression_cue(), *_assure_cues(), *_contact_cues(),
        *_guard_cues(), *_perfect_long_cues(),
    ]  # fmt: skip
