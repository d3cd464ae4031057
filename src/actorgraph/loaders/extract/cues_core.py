"""Hand-written cues of the core type SUPPORTS (THREATENS is in :mod:`.cues_threat`,
PARTNERS_WITH in :mod:`.cues_partners`; see
:mod:`.cue_base` for the pattern language)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _GIVE,
    _HARM,
    ACTORS,
    NOT_PARTICLE_BACK,
    ORGS,
    STATES,
    SUP,
    Cue,
    S,
    _cue,
)

#: The participle a Dutch perfect puts between the noun and its recipient ("heeft zijn steun
#: betuigd aan X", "heeft zijn steun uitgesproken voor X"), or the infinitive of a light verb
#: after the auxiliaries of a verb cluster ("zal steun blijven verlenen aan X", "dat Y hulp
#: gaat bieden aan X", "om steun te geven aan X"): the verb's bracket closes before the
#: extraposed recipient.
_NL_PTC = (
    r"(?:(?:betuigd|uitgesproken|toegezegd|gegeven|verleend|bevestigd|herbevestigd|"
    r"herhaald|aangeboden|geboden|uitgedrukt|verzekerd|gebracht) |"
    r"(?:(?:blijven|blijft|gaan|gaat|kunnen|kan|willen|wil|moeten|moet|zal|zullen|te) ){0,3}"
    r"(?:verlenen|bieden|geven|leveren|"
    r"verstrekken|toezeggen|betuigen|aanbieden|uitspreken|sturen|zenden|schenken) )?"
)
#: A membership bid as the object of support ("steunt de aanvraag", "backs the bid").
_BID = (
    r"(?:aanvra\w+|toetreding\w*|lidmaatschap\w*|membership|accession|applications?|bids?|"
    r"candidacy|kandidatuur|kandidaat-?lidmaatschap\w*|ambities|aspiraties|aspirations)"
)
#: What a state's support is for, in place of the state ("support for the sovereignty of X").
CORE_CUES: list[Cue] = [
    _cue(  # "de door Polen en Litouwen georganiseerde conferentie … om Georgië te steunen":
        # the organisers support the state the event is for
        "support.organised-to-support-nl",
        SUP,
        "ab",
        r"door {the}{a} (?:georganiseerde|opgezette|bijeengeroepen|gefinancierde|geleide) "
        r"(?:[^\s\ue000-\uefff;:]+ ){0,8}?om {the}{b} te (?:onder)?steunen\b",
        0.7,
        a_kinds=STATES,
        anchor=r"georganiseerd|opgezet|bijeengeroepen|gefinancierd|geleid",
        lang="nl",
    ),
    _cue(  # "a conference hosted by Poland and Lithuania to support Georgia"
        "support.organised-to-support",
        SUP,
        "ab",
        r"(?:organi[sz]ed|hosted|convened|co-hosted) by {the}{a} "
        r"(?:[^\s\ue000-\uefff;:]+ ){0,8}?to (?:help |further )?support {the}{b}\b",
        0.7,
        a_kinds=STATES,
        anchor=r"organi|hosted|convened",
        lang="en",
    ),
    _cue(  # "our continued support of Georgia": "of" after a possessor (alone, "with the
        # support of X" names X's support, not support for X)
        "support.possessor-support-of",
        SUP,
        "ab",
        r"{a} (?:[\w-]+ ){0,2}?(?:support|backing) of {the}{peopleof}{b}",
        0.7,
        a_forms={"pronoun", "issuer", "genitive"},
        a_kinds=ACTORS,
        anchor=r"(?:support|backing) of ",
        lang="en",
    ),
    _cue(  # "the support of the United States for the stability of Jordan", "de steun van
        # Japan aan Oekraïne": a support noun with its giver after "of"
        "support.support-of-for",
        SUP,
        "ab",
        r"(?:support|backing|steun) (?:of|van) {the}{a} (?:for|to|voor|aan) {the}{secof}"
        r"{peopleof}{b}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        anchor=r"(?:support|backing|steun) (?:of|van) ",
    ),
    _cue(  # "The two leaders will reaffirm their commitment to continue supporting X": the
        # subject named (never a topic carried over, as the agent cues would)
        "support.continue-supporting",
        SUP,
        "ab",
        r"{a} {w14}(?:to|and|om) (?:continue|keep|blijven) "
        r"(?:to )?(?:supporting|support|steunen|ondersteunen) {the}{peopleof}{b}",
        0.7,
        a_kinds=ACTORS,
        subject=True,
        anchor=r"continue|keep|blijven",
    ),
    _cue(  # "De inzet van het kabinet blijft gericht op … het bieden van steun aan Oekraïne":
        # the owner of the effort or policy gives the support (no other owner in between)
        "support.effort-of-agent",
        SUP,
        "ab",
        r"(?:inzet|beleid|inspanningen|efforts?|policy|doel|doelstelling|aim|goal) (?:van|of) "
        r"{the}{a} (?:(?! (?:van|of|door|by) (?:the |de |het )?[\ue000-\uefff])[^;:]){0,80}?"
        r"(?:steun|hulp|ondersteuning|support|assistance|aid) (?:aan|voor|to|for) {the}{secof}{b}",
        0.65,
        a_kinds=ACTORS,
        anchor=r"inzet|beleid|inspanning|effort|policy|doel|aim|goal",
    ),
    _cue(  # "thanked X for hosting U.S. servicemembers in Poland": the troops' state supports
        # the host (deployment rule)
        "support.hosting-troops",
        SUP,
        "ab",
        r"(?:hosting|hosts|hosted|host|ontvangen|herbergt) {the}{a} (?:[\w-]+ )?(?:troops|"
        r"servicemembers|service members|soldiers|forces|personnel|militairen|troepen) "
        r"(?:in|on|op) {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"host|ontvang|herberg",
    ),
    _cue(
        "support.give-to",
        SUP,
        "ab",
        # "providing finance to enable Ukraine to buy …", "support to bolster the Haitian
        # police": the one enabled or strengthened receives
        # ("the Franco-German proposal sent to X", "sent a letter to X": a message, no gift)
        r"{a} (?!(?:[^\s\ue000-\uefff;:,]+ ){0,8}?(?:proposals?|letters?|messages?|"
        r"invitations?|voorstel(?:len)?|brief|brieven|uitnodiging(?:en)?) )"
        r"{n6}" + _GIVE + r" {w10}(?:to|into|for|aan|naar) "
        r"(?:(?:enable|allow|bolster|strengthen|equip|train) )?{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.supply-with",
        SUP,
        "ab",
        r"{a} {n6}(?:provide[sd]?|providing|supply|supplies|supplied|supplying|furnish\w*|"
        r"equip\w*|arm(?:s|ed|ing)?) {the}{b} (?:with|met)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.verb",
        SUP,
        "ab",
        r"{a} {n6}(?:support(?:s|ed|ing)?|"
        + NOT_PARTICLE_BACK + r"back(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
        r"help(?:s|ed|ing)?|aid(?:s|ed|ing)?|arm(?:s|ed|ing)?|fund(?:s|ed|ing)?|"
        r"stand(?:s|ing)? (?:(?:strong|firm|firmly|resolutely) )?(?:with|by)|"
        r"stood (?:(?:strong|firm|firmly) )?(?:with|by)|defend(?:s|ed|ing)?|"
        r"steun(?:t|en|de|den)?|"
        r"ondersteun(?:t|en|de|den)?|helpt|helpen|hielp(?:en)?|bijgestaan|gesteund) "
        r"{the}{secof}{peopleof}{b}",
        0.8,
        a_kinds=ACTORS | {"person"},  # "President X and President Y will continue supporting"
    ),
    _cue(  # "Duitsland staat volledig achter Moldavië", "stands firmly behind Moldova"
        "support.stand-behind",
        SUP,
        "ab",
        r"{a} {n4}(?:staat|staan|stond|stonden|stands?|stood|standing|vecht|vechten|vocht|"
        r"vochten|strijdt|strijden|streed|streden) {w4}"
        r"(?:achter|behind|schouder aan schouder met|shoulder to shoulder with|aan de zijde van|"
        r"zij aan zij met) {the}{peopleof}"
        r"{b}(?! (?:-|'))",
        0.75,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # verb-final: "blijft Nederland pal achter Oekraïne staan", "… achter X te staan"
        "support.stand-behind-final",
        SUP,
        "ab",
        r"{a} (?:(?:[^\s\ue000-\uefff;:,]+ ){0,10}?|(?:[^\s\ue000-\uefff;:,]+ ){0,4}?met "
        r"(?:[^\s;:,]+ ){1,6}?)(?:achter|aan de zijde van|zij aan zij met) {the}{peopleof}{b} {w3}"
        r"(?:te )?"
        r"(?:staan|gestaan|staat|stond)\b",  # "schouder aan schouder staan met X": see below
        0.7,
        a_kinds=ACTORS,
        subject=True,
        lang="nl",
    ),
    _cue(
        "support.supporter-of",
        SUP,
        "ab",
        r"{a} {w6}(?:supporters?|backers?|donors?|contributors?|friend|champion|steunpilaar|"
        r"donateur|facilitators?|enablers?|financier|leverancier|suppliers?|donoren|"
        r"leveranciers|steunpilaren) (?:of|to|van|voor|aan) "
        r"{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.possessive-noun",
        SUP,
        "ab",
        r"{a}(?: {n4}|-)(?:support|assistance|aid|help|contributions?|solidarity|funding|"
        r"backing|steun|hulp|bijdrage|ondersteuning|bijstand|solidariteit|weapons|arms|"
        r"missiles|deliveries|leveringen|leveranties)(?: package| packages)? " + _NL_PTC
        + r"(?:to|for|towards|with|aan|voor|met) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(  # "committed to ensuring continued support of Ukraine’s self-defense": the
        # possessor of the defence is the one supported ("support of X" alone is X's support)
        "support.of-possessor-defense",
        SUP,
        "ab",
        r"{a} {n6}(?:support|assistance|aid|help|backing|steun|hulp|commitment|committed|"
        r"dedication|toewijding|contributions?|bijdragen?) (?:of|for|to|van|voor|aan) "
        # "contributions to transatlantic security and Ukraine's defense"
        r"(?:(?:[\w-]+ ){1,3}?(?:and|en) )?{the}(?P<b>" + S + r")(?:'s?|s') (?:[\w-]+ )?"
        r"(?:self-defen[cs]e|defen[cs]e|security|"
        r"sovereignty|fight|struggle|resistance|recovery|reconstruction|zelfverdediging|"
        r"verdediging|veiligheid|soevereiniteit|strijd|herstel|wederopbouw|"
        r"right to (?:self-defen[cs]e|defend (?:itself|themselves)))\b",
        0.75,
        a_kinds=ACTORS,
        subject=True,
    ),
    _cue(  # "steunt de aanvraag voor NAVO-lidmaatschap van X", "backs the membership bid of X"
        "support.membership-of",
        SUP,
        "ab",
        r"{a} {n4}(?:steun\w*|support\w*|back\w*|endorse\w*) {w3}(?:{x}-)?" + _BID
        # (the organisation may come first, "de toetreding tot de NAVO van X"; the state
        # first is b, "de toetreding van Zweden tot de NAVO")
        + r"(?: (?:{x}-)?" + _BID + r")?(?: (?:tot|van|voor|of|to|for) (?:de |het |the )?{x}"
        r"(?! (?:tot|to|bij)\b))? "  # (no comma: ", verklaarde Rutte" names no receiver)
        r"(?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:(?:van|of) )?{the}{b}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"aanvra|toetred|lidmaatschap|membership|accession|applica|bid|candida|kandida|ambitie|aspira",
    ),
    _cue(  # "Oekraïne heeft onze hulp hard nodig", "Moldova can count on our support"
        "support.needs-our-v2",
        SUP,
        "ab",
        r"(?:heeft|hebben|krijgt|krijgen|kan|kunnen|mag|mogen) {b} {w3}(?:rekenen op )?{a} "
        r"(?:[\w-]+ )?(?:steun|hulp|bijstand)\b",
        0.7,
        a_forms=frozenset({"pronoun"}),
        lang="nl",
        anchor=r"steun|hulp|bijstand",
    ),
    _cue(  # "Nederland blijft schouder aan schouder staan met X", "shoulder to shoulder with X"
        "support.shoulder-to-shoulder",
        SUP,
        "ab",
        r"{a} {n6}(?:schouder aan schouder (?:te )?(?:blijven )?(?:staan|staat|stond|stonden)? ?"
        r"met|shoulder to shoulder with) {the}{peopleof}{b}",
        0.75,
        a_kinds=ACTORS,
        subject=True,
        anchor=r"schouder|shoulder",
    ),
    _cue(  # "het (zoveel mogelijk) steunen van Oekraïne", "met het helpen van het land"
        "support.nominal-nl",
        SUP,
        "agent",
        r"\bhet (?:[\w-]+ ){0,3}?(?:steunen|ondersteunen|helpen|bijstaan) van {the}{b}",
        0.65,
        lang="nl",
        anchor=r"steunen|helpen|bijstaan",
    ),
    _cue(
        "support.needs-our",
        SUP,
        "ab",
        r"{b} {n4}(?:heeft|hebben|had|needs?|needed|kan|can|krijgt|krijgen|receives?|received|"
        r"ontvangt|ontving) {w3}(?:rekenen op |count on |mag rekenen op )?{a} (?:[\w-]+ )?"
        r"(?:steun|hulp|support|help|assistance|bijstand)\b",
        0.7,
        a_forms=frozenset({"pronoun"}),
        anchor=r"steun|hulp|support|help|assistance|bijstand",
    ),
    _cue(  # "De Nederlandse inzet in Litouwen, Roemenië …": the issuer's own deployment
        "support.own-deployment-in",
        SUP,
        "ab",
        r"{a} (?:militaire )?(?:inzet|deployments?|troop presence) (?:[\w-]+ )?(?:in|to|naar) "
        r"{the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"inzet|deployment|troop presence",
    ),
    _cue(  # "our commitment to the security of X", "steun voor de soevereiniteit van X"
        "support.security-of",
        SUP,
        "ab",
        r"{a} {n6}(?:support|commitment|committed|dedication|steun|toewijding) (?:to|for|aan|"
        r"voor) (?:ensur\w+ |guarantee\w* |safeguard\w* )?"
        # one noun or a list: "the independence, territorial integrity and sovereignty of X"
        r"{seclist} (?:of|van) {the}{b}(?!-)",  # "the security of United States-provided articles"
        0.75,
        a_kinds=ACTORS,
        subject=True,
        # (no anchor: the pre-filter reads the nouns of {seclist} off the pattern)
    ),
    _cue(  # "the commitment of the United States to supporting X"
        "support.commitment-of-to",
        SUP,
        "ab",
        r"(?:commitment|pledge|toezegging) (?:of|van) {the}{a} (?:to|om) {the}(?:continu\w+ )?"
        r"(?:support\w*|help\w*|assist\w*|defend\w*|steunen|helpen) {the}{peopleof}{b}",
        0.75,
        a_kinds=ACTORS,
        anchor=r"commitment|pledge|toezegging",
    ),
    _cue(  # "Iranian-backed militias", "door Rusland gesteunde separatisten"
        "support.backed",
        SUP,
        "ab",
        # an inclusion ("groups such as Lebanese Hezbollah") is read on its folded variant
        r"{a}-(?:backed|supported|sponsored|armed|funded|gesteunde?) "
        # the gap never crosses the clause's verb ("Iranian-backed militias attacked U.S.
        # forces": the U.S. is their target, not the backer's protégé)
        # nor a place ("Russia-backed separatists in eastern X": X is where they are)
        r"(?:(?!such |including |include |like |(?!armed )\w+ed |attacks? |strikes? |struck |"
        r"hits? |shot |fires? |threatens? |says |said |in |into |inside |across |throughout |"
        r"near |from |against |tegen |uit )[\w-]+ ){0,3}?{b}",
        0.75,
        a_kinds=STATES,
        anchor=r"-(?:backed|supported|sponsored|armed|funded|gesteund)",
    ),
    _cue(  # "Hamas, another Iranian-backed group", "the Houthis, an Iran-backed militia": the
        # actor before the apposition is the one backed
        "support.backed-apposition",
        SUP,
        "ab",
        r"{b} , (?:another|an?|the|one|its|their) (?:[\w-]+ )?{a}-(?:backed|supported|"
        r"sponsored|armed|funded) ",
        0.75,
        a_kinds=STATES,
        b_kinds=ACTORS,
        lang="en",
        anchor=r"-(?:backed|supported|sponsored|armed|funded) ",
    ),
    _cue(
        "support.noun-from",
        SUP,
        "ab",
        r"(?:steun|hulp|bijdrage|ondersteuning|leveranties?|leveringen|support|assistance|aid)"
        # "the support provided by the EU to X", "the flow of assistance from Egypt into Gaza"
        r"(?: (?:provided|given|delivered|offered|geleverd|gegeven|verleend|verstrekt|geboden))?"
        r" (?:van|door|from|by) {the}{a} (?:aan|voor|to|for|into|naar) {the}{b}",
        0.85,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.provide-nl",
        SUP,
        "ab",
        r"{a} {the}{b} (?:van|met) {w6}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|"
        r"bevoorraadt|uitrusten|uitrust|bewapenen|bewapent)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.ter-beschikking",
        SUP,
        "ab",
        r"{a} {w10}ter beschikking {w4}(?:aan|van) {the}{w2}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.transfers-from-to",
        SUP,
        "ab",
        # ("prohibits the export from X to Y", "verbod op leveringen van X aan Y": banned)
        r"(?<!prohibits the )(?<!prohibit the )(?<!bans the )(?<!ban on )(?<!ban the )"
        r"(?<!banned the )(?<!prohibited the )(?<!verbod op )(?<!verbiedt de )"
        r"(?:transfers?|deliveries|delivery|shipments?|supplies|supply|exports?|leveringen|"
        r"leveranties|levering) {w4}(?:from|by|van|door) {the}{a} (?:to|aan|naar) {the}{b}",
        0.8,
    ),
    _cue(
        "support.procurement-from",
        SUP,
        "ab",
        r"{b} {w2}(?:procurement|purchases?|acquisition|imports?|aankoop|aankopen|inkoop) "
        r"(?:of|van) {a} {w3}(?:weapons|arms|missiles|drones|munitions|equipment|ammunition|"
        r"wapens|munitie|raketten|materieel)",
        0.7,
    ),
    _cue(
        "support.verb-final-nl",
        SUP,
        "ab",
        # "om Moldavië vanuit Nederland te ondersteunen": an object of a preposition is no
        # object of the verb
        # "… aan X, omdat we Y bewapenen": the clause has its own subject, not X
        r"{a} (?!(?:\S+ ){0,2}?(?:omdat|want|terwijl|zodat|toen|nadat|doordat|als|dat) "
        r"(?:we|wij|ik|zij|ze|hij|u|jullie|men) )"
        r"{w3}(?<!uit )(?<!van )(?<!met )(?<!in )(?<!door )(?<!naar )(?<!bij )"
        # "De EU-lidstaten, zoals Duitsland, steunen Moldavië": a list of the subject, and a
        # verb with its object after it, is no verb-final clause
        r"(?<!zoals )(?<!waaronder )(?<!meer )"
        # ("X voor het steunen van …": an infinitive after an article is a noun)
        r"{secof}{b} {w6}(?<!\bhet )(?<!\been )(?:steunen|ondersteunen|helpen|bijstaan|"
        r"bewapenen|bevoorraden|financieren)\b(?! (?:de |het )?[\ue000-\uefff])",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.troops-to",
        SUP,
        "ab",
        r"(?:deploy\w*|inzet|sent|sending|stationing|dispatch\w*) {w4}(?:by |of |van |door )?"
        r"{the}{a} (?:troops|soldiers|forces|militairen|troepen|personnel|strijders)? ?"
        r"(?:to|naar|into|in) {the}{b}",
        0.75,
    ),
    _cue(
        "support.troops-side",
        SUP,
        "ab",
        r"{a} (?:troops|soldiers|forces|militairen|troepen|strijders) {w3}(?:aan|on|"
        r"alongside|naast|at) {the}{b} (?:zijde|side)",
        0.75,
    ),
    _cue(
        "support.supplies-which-b",
        SUP,
        "ab",
        r"{a} {n4}(?:levert|leveren|leverde|leverden|supplies|supplied|provides|provided|"
        r"delivers|delivered|sends|sent) {w12}, (?:die|dat|which|that) {the}{b}",
        0.65,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.provide-nl-v2",
        SUP,
        "ab",
        r"{a} {n4}(?:voorzien|voorziet|voorzag|voorzagen|bevoorraden|bevoorraadt|"
        r"bevoorraadde|bewapenen|bewapent|bewapende) {the}{b} (?:van|met)",
        0.8,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.commitment-of",
        SUP,
        "ab",
        r"(?:commitments?|pledges?|determination|resolve|readiness|toezegging|inzet|"
        r"vastberadenheid) (?:of|van) {the}{a} (?:to|om) {w3}(?:support|help|assist|aid|arm|"
        r"defend|steunen|ondersteunen|helpen|bijstaan) {the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.with-support-of",
        SUP,
        "ab",
        # "A, with support from B", "A's forces—together with C and with support from B—"
        r"{b}(?: (?:armed |military |naval )?(?:forces|troops|strijdkrachten))? ?(?:,|-) "
        r"(?:(?:together with|samen met) {the}{x} (?:and|en) )?"
        r"(?:with|met) (?:the |de )?(?:full |continued |strong |[\w-]+ )?(?:support|backing|"
        r"help|assistance|participation|steun|hulp|medewerking) (?:of|from|van) {the}{a}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.coalition-led-by",
        SUP,
        "ab",
        r"(?:coalition|coalitie|campaign|effort|initiative|initiatief) {w4}(?:in support of|"
        r"supporting|to support|for|voor|ter ondersteuning van) {the}{b} (?:, )?(?:led|co-led|"
        r"headed|convened|geleid|aangevoerd) (?:by|door) {the}{a}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.give-double-object",
        SUP,
        "ab",
        r"{a} {n4}(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?:send|sends|sent|sending|"
        r"give[sn]?|gave|giving|provide[sd]?|providing|"
        r"deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?) {b} (?:[\w-]+ ){0,3}?"
        r"(?:air defen[cs]es?|weapons|arms|ammunition|munitions|missiles|aid|assistance|"
        r"support|equipment|tanks|funding|loans|\w*systems?|\w*defen[cs]es)\b",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.harm-enabled-by",
        SUP,
        "ab",
        r"{b}'s? {w3}" + _HARM + r" , (?:which|that|die|dat) {w3}(?:enabled|fuel+ed|"
        r"supported|sustained|made possible|powered|mogelijk gemaakt|gesteund|gevoed) "
        r"(?:by|door) {w6}(?:from|of|van|uit|door) {the}{a}",
        0.7,
        a_kinds=ACTORS,
    ),
    _cue(
        "support.efforts-of",
        SUP,
        "ab",
        r"{a} {n4}(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|steun(?:t|en|de|den)?|"
        r"ondersteun(?:t|en|de|den)?) {the}(?:[\w-]+ ){0,2}?(?:\w*inspanningen|efforts|"
        r"mediation|bemiddeling|mission|missie|work|werk) (?:of|van) {the}{b}",
        0.75,
        a_kinds=ACTORS,
        b_kinds=ORGS | STATES,
        subject=True,
    ),
    _cue(
        "support.in-support-of-agent",
        SUP,
        "agent",
        r"(?:cooperation|coordination|efforts?|work|samenwerking) (?:[\w-]+ )?in support of "
        r"{the}{secof}{peopleof}{b}",
        0.6,
    ),
    _cue(
        "support.noun-agent",
        SUP,
        "agent",
        # ("funding"/"financing" alone are as often a third party's: "impede terrorist
        # funding to X")
        r"(?:support|assistance|aid|help|contributions?|solidarity|backing|loans?|grants?|"
        r"steun|hulp|bijdrage|ondersteuning|bijstand|solidariteit)(?: package| packages)?"
        r"(?: (?:and|en|or|of) [\w-]+)? " + _NL_PTC
        + r"(?:to|for|towards|aan|voor|met|with) {the}{secof}{b}",
        0.6,
    ),
    _cue(
        "support.to-verb-agent",
        SUP,
        "agent",
        r"(?:to|and|in|om) (?:support|assist|help|aid|arm|fund|steunen|ondersteunen|"
        r"helpen|stand (?:strong |firm |firmly )?(?:with|by))(?:ing)? {the}{secof}{peopleof}{b}",
        0.6,
    ),
    _cue(
        "support.steun-uitspreken",
        SUP,
        "ab",
        r"{a} {n4}(?:spreekt|spreken|sprak|spraken|sprak|uitgesproken|uit te spreken) "
        r"{n4}(?:steun|solidariteit) {w2}(?:uit )?(?:voor|aan|met) {the}{b}",
        0.7,
        a_kinds=ACTORS,
    ),
]
