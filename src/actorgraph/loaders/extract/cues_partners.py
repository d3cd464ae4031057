"""Hand-written cues of the core type PARTNERS_WITH (see :mod:`.cue_base` for the
pattern language)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    FIRST,
    NAMED,
    ORGS,
    PAR,
    STATES,
    Cue,
    S,
    _cue,
)

#: A copula before "samen met": the two share a property, they do not act together.
_COPULA_WITH = (r"(?:is|zijn|was|waren|blijft|bleef|behoort|behoren|behoorde|hoort|"
                r"is|are|was|were|remains|ranks) (?:[^\s\ue000-\uefff;:,]+ )?(?:samen met|"
                r"together with|along with)")

#: An agreement still to be reached ("efforts to conclude an agreement between X and Y",
#: "brokering a deal"): the parties are not (yet) partners.
_NOT_YET = "".join(rf"(?<!{v} an )(?<!{v} a )" for v in (
    "conclude", "reach", "negotiate", "broker"))

PARTNER_CUES: list[Cue] = [
    _cue(  # "President Biden and President Al-Sisi affirmed their commitment to work
        # together": two office holders a title apart, so no one list; each acts for their state
        "partner.titled-pair-together",
        PAR,
        "pair",
        r"{a} (?:and|en) (?:{role} )?{b} {w8}(?:work(?:s|ed|ing)? (?:closely )?together|"
        r"cooperat\w*|samen te werken|samenwerk\w*|werken samen)\b"
        r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:with|met) (?:the |de |het )?" + S + r")",
        0.7,
        a_kinds={"person"},
        b_kinds={"person"},
        anchor=r"together|cooperat|samen",
    ),
    _cue(
        "partner.list-cooperate",
        PAR,
        "pair",
        # ("X, Y and Z were invited to join the bloc": candidates, not partners)
        # ("we consult with X, Y and Z to explore collaboration": each is a partner of the
        # subject, not of the others; but "met with the A, B and C counterparts to discuss
        # cooperation" is one meeting of them all)
        r"(?:(?<!with )(?<!with the )(?<!met )(?<!met de )|(?=" + S + r" (?:counterparts|"
        r"officials|ministers|delegations|envoys|collega's|ambtgenoten)\b)){a} "
        r"(?!(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:uitgenodigd|invited|invites|"
        r"candidates?|kandida\w*)\b){w8}(?:cooperat\w*|collaborat\w*|partnership\w*|"
        # "agreed to deepen defence ties"
        r"(?:defen[cs]e|military|security|strategic) (?:ties|links)|work(?:s|ed|ing)? "
        r"(?:closely )?together|samenwerk\w*|samen(?:werken|werkten)|werken samen|"
        r"werkten samen|werkt samen|partnerschap\w*|engaged in dialogue|"
        r"(?:werkt|werken|werkte|werkten) (?:[\w-]+ ){0,3}samen)\b"
        # "A and B expanded their cooperation with C": partners of C, not of each other
        r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:with|met) (?:the |de |het )?" + S + r")",
        0.75,
    ),
    _cue(
        "partner.joint-action",
        PAR,
        "pair",
        r"{a} {n4}(?:conducted|carried out|held|launched|staged|performed|hielden|voerden|"
        r"uitgevoerd|began|started|conduct|conducts|hold|holds|stage|stages|will hold) "
        r"(?:[\w-]+ ){0,2}?(?:joint|combined|gezamenlijke) (?:[\w-]+ ){0,2}?"
        r"(?:strikes|operations?|exercises?|patrols?|missions?|drills|war games|manoeuvres|"
        r"maneuvers|[\w-]*oefening\w*|operaties?|acties|missies?)",  # "marine-oefening"
        0.7,
        a_kinds=STATES | ORGS,
    ),
    _cue(
        "partner.partners-such-as",
        PAR,
        "pair",
        r"(?:partners|partnerlanden|partner countries|partnerlanden) (?:of|van) {the}{a} "
        r"(?:[^\s\ue000-\uefff;:]+ ){0,6}?(?:, )?(?:such as|including|among them|like|"
        r"zoals|waaronder|onder meer|onder andere|met name) {b}",
        0.75,
        a_kinds=ORGS | STATES,
    ),
    _cue(
        "partner.designated-ally",
        PAR,
        "pair",
        r"{a} (?:as|als) (?:a|an|een) (?:[^\s;:,]+ ){0,4}?"
        r"(?:ally|partner|bondgenoot|(?:non-)?" + S + r") (?:of|to|van) {the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=STATES,
    ),
    _cue(
        "partner.with",
        PAR,
        "pair",
        # ("cooperation … through the Quad and partnerships with X": the Quad is a means)
        r"(?<!through )(?<!through the )(?<!via )(?<!via the )(?<!door )(?<!via de )"
        # ("withdrew from the agreement with X", "het akkoord met X opgezegd": ended)
        r"{a} (?!(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:withdr|pull\w* out|suspend|terminat|"
        r"quit|exit|left|abandon|trekt zich|trok zich|verlaat|verliet)\w*)"
        r"{n8}(?:cooperation|partnership|partnerships|partnerschap\w*|samenwerking|"
        r"cooperates|cooperated|cooperating|partnered|partners|samenwerkt|samenwerken|"
        r"alliance|agreement|accord|arrangement\w*|overeenkomst|akkoord|verdrag|treaty|"
        r"(?:defen[cs]e|military|security|strategic) (?:ties|links)|"
        r"memorandum) (?:with|met) {the}{peopleof}{b}"
        r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:opgezegd|opgeschort|beëindigd|verbroken|"
        r"stopgezet)\b)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
    ),
    _cue(  # "Fiji's security pact with China", "signed a defence pact with Japan" (not a
        # pact of "its": the pronoun's reading is left to the reference resolver)
        "partner.pact-with",
        PAR,
        "pair",
        # (no possessive or preposition between: "X's envoy to Y amid concern over its
        # pact with Z" is Y's pact, not X's)
        r"{a} (?:(?!(?:its|their|his|her|to|over|about|amid|on|against|after|before)\b)"
        r"[^\s\ue000-\uefff;:,]+ ){0,6}?(?:pacts?|compact) (?:with|met) {the}{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        a_forms={"name", "acronym", "adjective", "capital", "demonym", "variant", "list"},
    ),
    _cue(
        "partner.of-with",
        PAR,
        "pair",
        r"(?:cooperation|partnership|partnerships|partnerschap\w*|samenwerking) "
        r"(?:of|van) {the}{a} (?:with|met) {the}{b}",
        0.8,
    ),
    _cue(  # "Rusland en zijn bondgenoot Belarus", "Iran and its close ally Syria", "Putin's
        # government and its ally Belarus" (a leader's government is his state)
        "partner.and-its-ally",
        PAR,
        "pair",
        r"{a} (?:(?:government|regime|leadership|administration|regering|regime) )?(?:and|en) "
        r"(?:its|their|zijn|haar|hun) (?:(?:close|closest|key|main|nauwe|"
        # (the ally word may be read as a collective's mention where NATO is named)
        r"trouwe|belangrijkste) )?(?:ally|allies|partner|partners|bondgenoot|bondgenoten|{x}) "
        r"{the}{b}",
        0.75,
        a_kinds=STATES | {"person"},
        b_kinds=STATES,
        anchor=r"all(?:y|ies)|partner|bondgeno",
    ),
    _cue(  # "we've worked (closely) with X and other partners to …"
        "partner.worked-with",
        PAR,
        "pair",
        r"{a}(?: have| has| had|'ve)? (?:(?:closely|successfully) )?(?:worked|been working) "
        r"(?:closely |hand in hand |together )?(?:with|alongside) {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"worked|working",
    ),
    _cue(
        "partner.work-together-nl",
        PAR,
        "pair",
        r"{a} {w3}(?:werkt|werken|werkte|werkten) {w6}samen met {the}{b}",
        0.7,
        a_kinds=STATES | ORGS,
        b_kinds=STATES | ORGS,
    ),
    _cue(
        "partner.between",
        PAR,
        "pair",
        _NOT_YET + r"(?:cooperation|partnership|partnerschap|samenwerking|alliance|accord|"
        r"associatie|agreement|overeenkomst|akkoord|verdrag|treaty|pact)"
        r"(?:s|s?raad|s?verband|s?dialoog)? {w3}(?:between|tussen) "
        r"{the}{w3}{a}",
        0.75,
    ),
    _cue(
        "partner.between-and",
        PAR,
        "pair",
        _NOT_YET + r"(?:cooperation|partnership|partnerschap|samenwerking|alliance|accord|"
        r"associatie|agreement|overeenkomst|akkoord|verdrag|treaty|pact)"
        r"(?:s|s?raad|s?verband|s?dialoog)? {w3}(?:between|tussen) "
        # "tussen de EU en haar lidstaten, enerzijds, en X, anderzijds"
        r"{the}{w3}{a}(?: (?:en|and) (?:haar|its|de|the) (?:{x}|lidstaten|member states))?"
        r"(?: , (?:enerzijds|of the one part|on the one hand) ,)? (?:and|en) {the}{w2}{b}",
        0.7,
    ),
    _cue(
        "partner.together-with",
        PAR,
        "pair",
        r"(?:samen met|together with|alongside|in cooperation with|"
        r"in samenwerking met|in partnership with) {the}{a} (?:, )?(?:(?!- )"
        r"[^\s\ue000-\uefff;:]+ ){0,3}?(?<!aan )(?<!naar )(?<!to )(?<!for )(?<!voor ){b}(?!-)",
        0.6,
        a_kinds=STATES | ORGS,
        b_kinds=STATES | ORGS,
        a_forms=NAMED,
    ),
    _cue(  # "Daarnaast heeft Nederland, in samenwerking met A en B, bijgedragen": the
        # subject only (first actor of the sentence), not an object ("deze landen, samen met")
        "partner.subject-aside-with",
        PAR,
        "pair",
        r"^[^\ue000-\uefff;:]{0,40}?{b} , (?:samen met|together with|jointly with|"
        r"in (?:close |nauwe )?(?:cooperation|coordination|partnership|samenwerking|"
        r"coördinatie) (?:with|met)) {the}{a}(?! (?:-|'))",
        0.6,
        a_kinds=STATES | ORGS,
        b_kinds=STATES | ORGS,
        a_forms=NAMED,
    ),
    _cue(
        "partner.with-together",
        PAR,
        "pair",
        # (not a shared property after a copula: "Turkije is samen met Hongarije het
        # enige land dat …", "Polen behoort samen met X tot de grootste donoren")
        r"{b} (?!(?:[^\s\ue000-\uefff;:,]+ )?" + _COPULA_WITH + r")"
        r"(?:[^\s\ue000-\uefff;:,]+ ){0,4}?(?:samen met|together with|jointly with|"
        r"in cooperation with|"
        r"in samenwerking met|in partnership with) {the}{a}(?! (?:-|'))"
        # nor two candidates who each apply ("Zweden diende samen met Finland een verzoek
        # tot NAVO-lidmaatschap in"): each aspires to join, neither partners the other
        r"(?! (?:[^\s\ue000-\uefff;:,]+ ){0,5}?[^\s;:,]*(?:lidmaatschap|toetreding|membership|"
        r"accession)\b)",
        0.6,
        a_kinds=STATES | ORGS,
        b_kinds=STATES | ORGS,
        a_forms=NAMED,
    ),
    _cue(
        "partner.reaffirm-alliance",
        PAR,
        "pair",
        r"{a} {w3}(?:reaffirm\w*|strengthen\w*|deepen\w*|celebrat\w*|renew\w*|bevestig\w*|"
        # "A and B discussed / hailed / marked their alliance": the alliance is presupposed
        r"discuss\w*|review\w*|hail\w*|highlight\w*|underscor\w*|commemorat\w*|marked|"
        r"expand\w*|modernis\w*|moderniz\w*|"
        r"versterk\w*|verdiep\w*) (?:their|the|its|hun|het|de) (?:[\w-]+ ){0,2}?(?:alliance|"
        r"partnership|bondgenootschap|partnerschap)",
        0.7,
        a_kinds=STATES | ORGS,
    ),
    _cue(
        "partner.our-partners-appositive",
        PAR,
        "ab",
        r"{a}(?: ,| ?-) (?:two |three |both |all )?(?:of )?{b} (?:(?:close|closest|key|"
        r"strategic|trusted|valued|oldest|longest-standing|staunchest|strongest|nauwe|"
        r"belangrijke|oudste|trouwste) )*(?:partners?|all(?:y|ies)|partnerlanden|bondgenoot)\b",
        0.7,
        b_forms=FIRST,
        a_kinds=STATES,
    ),
    _cue(
        "partner.compound",
        PAR,
        "pair",
        r"{a}-{b} {w5}(?:partnership|cooperation|council|alliance|agreement|summit|"
        r"relationship|relations|ties|"
        r"samenwerking|partnerschap|raad|overeenkomst|akkoord|verdrag|treaty|dialogue|"
        r"consultative group|consultations|mechanism|dialoog)s?\b",
        0.7,
    ),
    _cue(
        "partner.partners-list",
        PAR,
        "pair",
        r"{a}[- ]{w3}(?:partners?|partnerlanden|partnerland|partner countries) "
        r"(?:\( [^)]{1,40} \) )?{b}",
        0.75,
    ),
    _cue(
        "partner.is-partner",
        PAR,
        "pair",
        r"{a} (?:is|are|remains?|has been|have been|zijn|is een|blijft|blijven) {w3}"
        r"(?:partners?|partner country|partnerland|ally|allies|bondgeno(?:ot|ten)) "
        r"(?:of|for|to|van|voor) {the}{b}",
        0.75,
    ),
    _cue(  # "Russia's closest ally Belarus", "Belarus, Russia's closest ally,", "Moskous
        # bondgenoot Minsk": an ally named with the possessor whose ally it is
        "partner.possessive-ally",
        PAR,
        "pair",
        r"{a}'s? (?:(?:close|closest|key|main|staunch|staunchest|oldest|nauwe|trouwe|"
        r"belangrijkste) )?(?:ally|bondgenoot) {the}{b}(?!-)",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        anchor=r"ally|bondgenoot",
    ),
    _cue(  # "Morocco, a close ally of Spain, …", "Kenya, one of the key partners of the US"
        "partner.apposition-ally-of",
        PAR,
        "pair",
        r"{a} , (?:a|an|the|one of the|one of its) {w3}(?:partners?|ally|allies|friends?) "
        r"(?:of|to) {the}{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"partner|all|friend",
    ),
    _cue(  # "China looks to Russia as a partner", "Japan sees Australia as a key ally"
        "partner.regard-as",
        PAR,
        "pair",
        r"{a} (?:\w+ )?(?:looks to|look to|sees|see|regards|regard|views|view|considers|"
        r"consider|counts on|treats) {b} (?:[^\s\ue000-\uefff;:]+ ){0,16}?as (?:a|an|its|their) "
        r"(?:(?:close|key|strategic|important|reliable|trusted|natural|major) )?(?:partner|ally)\b",
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        lang="en",
        anchor=r" as (?:a|an|its|their) ",
    ),
    _cue(  # "President X thanked Prime Minister Y for Canada's strong partnership", "we
        # welcome Japan's close friendship": who thanks for a partnership is the partner
        "partner.thanks-for-partnership",
        PAR,
        "pair",
        r"{a} {n6}(?:thank\w*|prais\w*|welcom\w*|appreciat\w*|commend\w*|celebrat\w*|"
        r"recogni[sz]\w*|hail\w*) (?:{w4}{x} )?{w3}(?:for )?{b}'s? (?:(?:strong|close|steadfast|"
        r"enduring|unwavering|continued|deep|longstanding|long-standing|valued|ongoing|"
        r"strategic|and) )*(?:partnership|friendship|alliance)\b(?! (?:with|between|among)\b)",
        0.7,
        a_kinds=STATES | {"person"},
        b_kinds=STATES,
        lang="en",
        anchor=r"partnership|friendship|alliance",
    ),
    _cue(  # "Belarus, Russia's closest ally, …"
        "partner.ally-apposition",
        PAR,
        "pair",
        r"{b} , {a}'s? (?:(?:close|closest|key|main|staunch|staunchest|oldest) )?ally ,",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        anchor=r"ally",
    ),
    _cue(
        "partner.signed",
        PAR,
        "pair",
        r"{a} {w4}(?:signed|concluded|agreed|sloten|ondertekenden|ondertekend|"
        # a ceasefire or peace deal between enemies is no partnership
        r"gesloten)\w* (?!(?:\S+ ){0,5}?(?:ceasefire|cease-fire|truce|armistice|peace|"
        r"bestand|wapenstilstand|vrede|prisoner|swap|exchange|grain|hostage)\w*\b)"
        r"{w6}(?:agreement|partnership|accord|declaration|treaty|pact|programme|program|deal|"
        r"overeenkomst|verdrag|akkoord|verklaring)",  # (a memorandum often settles a dispute)
        0.7,
    ),
]
