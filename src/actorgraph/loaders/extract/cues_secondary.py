"""Hand-written cues of MEMBER_OF and the secondary types: ASPIRES_TO_JOIN, OPPOSES,
REPRESENTS (see :mod:`.cue_base` for the pattern language)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _HARM,
    ACTORS,
    ASP,
    COLLECTIVE,
    FIRST,
    MEM,
    NAMED,
    OPP,
    ORGS,
    REP,
    STATES,
    Cue,
    S,
    _cue,
)

#: A state's envoys or officers, whose expulsion opposes the state.
_ENVOYS = (
    r"(?:diplomats?|diplomaten|inlichtingenofficieren|intelligence officers|officials|"
    r"functionarissen|ambassadors?|ambassadeurs?)"
)

OTHER_CUES: list[Cue] = [
    # --------------------------------------------------------------- MEMBER_OF
    _cue(
        "member.including",
        MEM,
        "ba",
        r"{a} {w16},? (?:waaronder|inclusief|including|among them|among whom|such as|"
        r"zoals|in particular|met name|like) {b}",
        0.75,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(  # "Latvia, along with other EU countries", "Polen en andere NAVO-bondgenoten"
        "member.along-with-other",
        MEM,
        "ab",
        r"{a} ,? (?:along with|together with|alongside|like|as well as|with|and|samen met|"
        r"net als|evenals|met|en) (?:the |de )?(?:other|fellow|andere|overige) {b}"
        r"(?! (?:partners?|partnerlanden|neighbou?rs|buurlanden)\b)",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
        anchor=r"other|fellow|andere|overige",
    ),
    _cue(
        "member.as-ally",
        MEM,
        "ba",
        r"{b} (?:als|as) {the}{w2}{a}",
        0.8,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(  # "Finland en Zweden zijn robuuste democratieën, delen ook als EU-lidstaten de
        # waarden": a few words between the states and "als" (Dutch only: English "as well
        # as" is no role)
        "member.as-ally-gap-nl",
        MEM,
        "ba",
        r"{b} (?:[^\s\ue000-\uefff;:]+ ){1,6}?als {the}(?:[\w-]+ )?{a}",
        0.7,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
        lang="nl",
        anchor=r"\bals ",
    ),
    _cue(
        "member.our-allies",
        MEM,
        "ba",
        r"{b} (?:fellow |mede-)?{a}",
        0.7,
        b_forms=FIRST,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(
        "member.member-of",
        MEM,
        "ba",
        r"{b} {w3}(?:is|are|was|were|became|become|becomes|has been|have been|remains?|"
        r"werd|wordt|zijn|is nu|as|als) {w2}(?:member|members|member state|member states|"
        r"lid|lidstaat|lidstaten|ally|allies|bondgenoot|bondgenoten)(?: geworden)? "
        r"(?:of|van|in) {the}{a}",
        0.8,
        b_kinds=STATES | ORGS,
        a_kinds=ORGS,
    ),
    _cue(  # "Poland, a NATO member, …", "Estland, een NAVO-lidstaat", "X is a NATO ally",
        # "Ukraine, a democracy and a UN member"
        "member.a-org-member",
        MEM,
        "ba",
        r"{b}(?: ,| {w2}(?:is|are|was|were|remains?|became|wordt|werd|blijft|is nu)) "
        r"(?:(?:a|an|een) [\w-]+ (?:and|en) )?(?:a|an|een) (?:(?:fellow|founding|full|"
        r"volwaardige?) )?{a}[- ](?:member|member state|lidstaat|lid|ally|bondgenoot)\b",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(  # "Finland, a member of the EU since 1995", "Estland, lid van de NAVO"
        "member.appositive-member-of",
        MEM,
        "ba",
        r"{b} , (?:(?:a|an|een) )?(?:(?:fellow|founding|full|volwaardige?) )?(?:member|lid|"
        r"lidstaat|member state|ally|bondgenoot) (?:of|van) {the}{a}",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.org-member",
        MEM,
        "ba",
        r"{a}[- ](?:member|members|member state|member states|lid|lidstaat|lidstaten|"
        r"ally|allies|bondgenoot|bondgenoten|countries|landen) {b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.role-in",
        MEM,
        "ba",
        r"{b} {w2}(?:role|contribution|presidency|seat|participation|chairmanship|rol|"
        r"voorzitterschap|deelname) (?:in|at|within|binnen|bij) {the}{a}",
        0.65,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.as-org-ally",
        MEM,
        "ba",
        r"{b} (?:as|als) {the}{a}'s? (?:[\w-]+ ){0,2}?(?:(?:ally|member|member state|lid|"
        r"lidstaat|bondgenoot)\b|{x})",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.added-to",
        MEM,
        "ba",
        r"(?:add(?:ed|s|ing)?|addition of|admit(?:s|ted|ting)?|toegelaten|toevoeging van) "
        r"{the}{b} (?:to|into|tot|aan) {the}(?:{x} )?{a}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.ratified-membership",
        MEM,
        "ba",
        r"{a} {w3}(?:ratif\w*|geratificeerd|approved|goedgekeurd) {the}{b}'s? (?:full )?"
        r"(?:membership|accession|lidmaatschap|toetreding)",
        0.65,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.founded",
        MEM,
        "ba",
        r"{b} {w8}(?:to establish|established|to found|founded|founding|to create|created|"
        r"op te richten|richtten) {the}{a}(?= ?[-,.;:]| (?:in|on|at|op)\b|$)",
        0.65,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.own-counterparts",
        MEM,
        "ab",
        r"{a} {n4}(?:and|with|en|met) (?:his|her|their|its|zijn|haar|hun) {b}[ -]?(?:counterparts|"
        r"colleagues|fellow leaders|partners|ambtgenoten|collega's)",
        0.7,
        b_kinds=ORGS,
    ),
    _cue(
        "member.fellow-leaders",
        MEM,
        "ba",
        r"{b} (?:fellow|other|mede-?) ?{a}[ -]?(?:leaders|members|member states|partners|"
        r"allies|counterparts|colleagues|leiders|collega's|lidstaten)",
        0.7,
        b_forms=FIRST,
        a_kinds=ORGS,
    ),
    _cue(
        "member.collective-apposition",
        MEM,
        "ba",
        r"{a} {b}",
        0.7,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(
        "member.membership-of",
        MEM,
        "ba",
        r"{a}[- ](?:membership|lidmaatschap) (?:of|van) (?:[\w-]+ ){0,2}?{b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    _cue(
        "member.as-collective",
        MEM,
        "ba",
        r"{b} (?:[\w-]+ ){0,2}?(?:als|as) {the}{a}",
        0.7,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(  # "Nederland was lang een van de NAVO-lidstaten", "one of the NATO Allies"
        "member.one-of",
        MEM,
        "ab",
        r"{a} (?:is|was|wordt|werd|remains|blijft|as|als) {w2}(?:een|één|one) (?:van|of) "
        r"(?:de|the|onze|our) (?:[\w-]+ )?{b}",
        0.7,
        a_kinds=STATES,
        b_forms=COLLECTIVE,
    ),
    _cue(
        "member.other-members",
        MEM,
        "ba",
        r"{b} {w2}(?:andere|other|fellow|overige) {a}",
        0.65,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(
        "member.joined",
        MEM,
        "ba",
        r"{b} {w3}(?:joined|trad toe tot|is toegetreden tot|zijn toegetreden tot|"
        r"became a member of|acceded to|werd lid van) {the}(?:{x} )?(?P<a>" + S + r")(?!')",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
    ),
    # --------------------------------------------------------- ASPIRES_TO_JOIN
    _cue(
        "aspire.future-membership",
        ASP,
        "agent",
        r"(?:future|eventual|toekomstige?|path to|pad naar|weg naar|road to|aspirations? "
        r"for|application for|aanvraag voor|ambitie tot)[ -]{w2}{b}[ -]?(?:membership|"
        r"lidmaatschap|accession|toetreding)",
        0.7,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.path-to-membership",
        ASP,
        "agent",
        r"(?:weg naar|op weg naar|path to|road to|towards?|pad naar|future|toekomstige?|"
        r"eventual|perspectief op) (?:full |volledig |volwaardig )?(?:lidmaatschap|"
        r"membership|toetreding|accession) (?:van|of|in|to|tot) {the}{b}",
        0.7,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.its-accession",
        ASP,
        "agent",
        r"(?:its|their|zijn|haar|hun) {b}[ -]?(?:accession|membership|toetredings?\w*|"
        r"lidmaatschaps?\w*)(?: (?:goals?|aspirations?|bid|path|process|ambitions?|talks|"
        r"negotiations|onderhandelingen|proces|traject|ambities?))?",
        0.65,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.candidate",
        ASP,
        "ab",
        r"{a} {w6}(?:candidate|kandidaat)[- ]?(?:member state|member|lidstaat|lid|country|"
        # "the status of candidate for accession to the EU"
        r"land)? ?(?:of|van|for|voor) (?:(?:accession|membership|toetreding|lidmaatschap) "
        r"(?:to|of|tot|van|in) )?{the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.accession",
        ASP,
        "ab",
        r"{a} {w2}(?:accession|toetreding) (?:to|tot) {the}{b}",
        0.65,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "member.accession",
        MEM,
        "ab",
        r"{a} {w2}(?:accession|toetreding) (?:to|tot) {the}{b}",
        0.65,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(  # "de toetreding van Oekraïne tot de EU", "the accession of Moldova to the EU"
        "aspire.accession-of-to",
        ASP,
        "ab",
        r"(?:accession|toetreding) (?:of|van) {the}{a} (?:to|tot|in|bij) {the}{b}",
        0.6,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(  # "hebben hun aanvragen voor het NAVO-lidmaatschap ingediend"
        "aspire.application-for",
        ASP,
        "ab",
        r"{a} {w8}(?:aanvraag|aanvragen|application|applications|bid|bids|verzoek) (?:voor|for|"
        r"tot|om) {the}{b}[ -]?(?:lidmaatschap|membership|toetreding|accession)",
        0.7,
        a_kinds=STATES,
        b_kinds=ORGS,
        anchor=r"aanvra|applicat|bids? |verzoek",
    ),
    _cue(  # "de status van Moldavië als EU-kandidaatlid", "EU candidate country Moldova"
        "aspire.candidate-compound",
        ASP,
        "ab",
        r"{a} (?:als|as) {the}{b}[ -](?:kandidaat-?lid(?:staat)?|kandidaat|candidate"
        r"(?: country| member state| member)?)\b",
        0.7,
        a_kinds=STATES,
        b_kinds=ORGS,
        anchor=r"kandidaat|candidate",
    ),
    _cue(
        "aspire.adjective",
        ASP,
        "ab",
        r"{a} {w2}{b}[ -]?(?:membership|lidmaatschap|accession|toetreding|aspirations?|"
        r"bid)",
        0.6,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.verb",
        ASP,
        "ab",
        r"{a} {w8}(?:bid|application|aspirations?|ambitions?|wish|request|seeks?|sought|"
        r"aspires?|applied|apply|applies|wants?|hopes?|strives?|streeft|wil|wens\w*|"
        r"aanvraag|aanvragen|verzoek) "
        r"{w3}(?:to join|to become a member of|membership (?:of|in)|for membership (?:of|in)|"
        r"toe te treden tot|lid (?:te )?worden van|toetreding tot|lidmaatschap van|"
        r"(?:tot|voor) lidmaatschap van) {the}{b}",
        0.8,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.application-of",
        ASP,
        "ab",
        r"(?:toetredingsaanvra\w*|lidmaatschapsaanvra\w*|(?:membership|accession) "
        r"(?:applications?|bids?)|applications? for membership) (?:van|of|by|door) {the}{a} "
        r"(?:(?:tot|to|for|in|bij) (?:the |de |het )?)?{b}",
        0.7,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.future-in",
        ASP,
        "ab",
        r"(?:future|toekomst|rightful place|plaats) (?:of|van) {a} {w3}(?:is |lies |ligt )?"
        r"(?:in|within|binnen) {the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    _cue(
        "aspire.future-is-in",
        ASP,
        "ab",
        r"{a} (?:future|rightful place|place|toekomst) (?:is |lies |ligt )?(?:in|within) "
        r"{the}{b}",
        0.75,
        a_kinds=STATES,
        b_kinds=ORGS,
    ),
    # ---------------------------------------------------------------- OPPOSES
    _cue(
        "oppose.condemn",
        OPP,
        "ab",
        r"{a} {w5}(?:condemn|denounce|deplore|veroordeel|veroordel|hekel|criticiz|"
        r"criticis|bekritiseer|oppose|warn|waarschuw|reject|verwerp|sanction)\w* "
        r"{w8}{the}{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(  # "condemned the brutal attack by Hamas", "the attacks against Israel by Iran",
        # "the attack launched by Iran": the attacker after "by" is condemned
        "oppose.condemn-act-by",
        OPP,
        "ab",
        r"{a} {w5}(?:condemn|denounce|deplore|veroordeel|veroordel)\w* {w8}" + _HARM
        + r" (?:(?:against|on|tegen|op) {the}{x} )?(?:(?:launched|carried out|conducted|"
        r"perpetrated|committed|uitgevoerd|gepleegd) )?(?:by|door) {the}{b}",
        0.7,
        a_kinds=ACTORS | {"person"},
        anchor=r"condemn|denounc|deplor|veroordee|veroordel",
    ),
    _cue(  # "het uitoefenen van druk op Rusland", "de druk hoog houden op X", "pressure on X"
        "oppose.pressure-on",
        OPP,
        "agent",
        # ("military pressure on X" is force, not criticism)
        r"(?<!military )(?<!militaire )(?:pressure|druk) {w3}(?:on|op) {the}{b}",
        0.55,
        anchor=r"pressure|druk",
    ),
    _cue(  # "the objective to see Hamas defeated"
        "oppose.see-defeated",
        OPP,
        "agent",
        r"(?:see|zien) {the}{b} (?:defeated|verslagen)",
        0.55,
        anchor=r"defeated|verslagen",
    ),
    _cue(
        "oppose.holds-responsible",
        OPP,
        "agent",
        r"(?:houdt|houden|hield|hielden|hold|holds|held|holding) {w4}{b} {w4}"
        r"(?:verantwoordelijk|accountable|responsible|aansprakelijk)",
        0.6,
    ),
    _cue(
        "oppose.sanctions-on",
        OPP,
        "ab",
        r"{a} {w5}(?:impose[sd]?|imposing|announce[sd]?|adopt\w*|introduced|legt|legde|"
        r"kondigde|nam|neemt|heeft|hebben|hadden|had|have|has) {w8}(?:sanctions|measures|"
        r"restrictions|export controls|sancties|maatregelen|tariffs) {w6}(?:on|against|tegen|"
        r"op) {the}(?:onder meer |onder andere |among others )?{b}",
        0.75,
        a_kinds=ACTORS,
    ),
    _cue(  # "het Verenigd Koninkrijk, dat sancties oplegt aan X", "heeft strafmaatregelen
        # opgelegd aan X": the Dutch phrase takes "aan"
        "oppose.sancties-opleggen-aan",
        OPP,
        "agent",
        r"(?:sancties|sanctiemaatregelen|strafmaatregelen|inreisverboden) "
        r"(?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:opgelegd|oplegt|oplegde|oplegden|opleggen|"
        r"op te leggen) aan {the}{b}",
        0.6,
        lang="nl",
    ),
    _cue(  # "Nederland wijst 17 Russische diplomaten uit", "the Netherlands expelled two
        # Iranian diplomats": expelling a state's diplomats or officers opposes the state
        "oppose.expel-diplomats",
        OPP,
        "ab",
        r"{a} {w6}(?:expel(?:s|led|ling)?|wijst|wees|wezen|uitgewezen|uitwijst|uitwijzen|"
        r"uit te wijzen) (?:[^\s\ue000-\uefff;:,]+ ){0,3}?{b} (?:[\w-]+ )?" + _ENVOYS,
        0.7,
        a_kinds=STATES,
        b_kinds=STATES,
        anchor=r"expel|wijs|wijz|wees|wezen",
    ),
    _cue(  # verb-final: "dat Nederland 17 Russische inlichtingenofficieren, werkzaam onder
        # diplomatiek dekmantel, uit Nederland uitwijst"
        "oppose.expel-diplomats-final",
        OPP,
        "ab",
        r"{a} (?:[^\s\ue000-\uefff;:,]+ ){0,3}?{b} (?:[\w-]+ )?" + _ENVOYS
        + r"[^;:]{0,100}?(?:uitwijst|uitwijzen|uitgewezen|uit te wijzen|uitzet|uitgezet)\b",
        0.65,
        a_kinds=STATES,
        b_kinds=STATES,
        lang="nl",
        anchor=r"uitwijs|uitwijz|uitgewezen|uit te wijzen|uitzet|uitgezet",
    ),
    _cue(
        "oppose.sanctions-agent",
        OPP,
        "agent",
        r"(?:sanctions|sancties|sanctiepakket|restrictive measures|measures|"
        r"export controls|maatregelen|costs|penalties|consequences) {w2}(?:on|against|tegen|op) "
        r"{the}"
        r"(?:onder meer |onder andere |among others )?{b}",
        0.55,
    ),
    _cue(
        "oppose.adj-sanctions",
        OPP,
        "agent",
        r"{b}(?: | -)?(?:sanctions|sancties)",
        0.5,
        b_kinds={"state", "group"},
    ),
    _cue(
        "oppose.roept-op",
        OPP,
        "agent",
        r"(?:roept|riep|riepen|roepen) {the}{b} (?:op|ertoe op)",
        0.55,
    ),
    _cue(  # "België heeft Rwanda onlangs opgeroepen zijn steun aan M23 stop te zetten": a
        # call (verb-final) to stop or undo what the state does
        "oppose.opgeroepen-te-stoppen",
        OPP,
        "agent",
        r"{b} {w3}(?:opgeroepen|oproept|oproepen|op te roepen) (?:[^\s\ue000-\uefff;:]+ ){0,8}?"
        r"(?:stop te zetten|te stoppen|te staken|te beëindigen|terug te draaien|"
        r"terug te trekken|vrij te laten|in te trekken)\b",
        0.6,
        negatable=False,  # the call itself names the "stop"
        lang="nl",
    ),
    _cue(  # "We call for an immediate ceasefire and for Azerbaijan to stop its attacks"
        "oppose.call-for-to-stop",
        OPP,
        "agent",
        r"call(?:s|ed|ing)? for (?:[^;:]{0,100}? (?:and|as well as) for )?{the}{b} to "
        r"(?:immediately |[a-z]+ly )?(?:stop|cease|end|halt|withdraw|release|refrain|desist)\b",
        0.6,
        negatable=False,
        anchor=r"call",
        lang="en",
    ),
    _cue(  # "De inzet van het kabinet blijft gericht op het uitoefenen van druk op Rusland"
        "oppose.effort-of-pressure",
        OPP,
        "ab",
        r"(?:inzet|beleid|inspanningen|efforts?|policy|doel|doelstelling|aim|goal) (?:van|of) "
        r"{the}{a} (?:(?! (?:van|of|door|by) (?:the |de |het )?[\ue000-\uefff])[^;:]){0,80}?"
        r"(?:druk|pressure) (?:op|on) {the}{b}",
        0.65,
        a_kinds=ACTORS,
        anchor=r"inzet|beleid|inspanning|effort|policy|doel|aim|goal",
    ),
    _cue(
        "oppose.call-on",
        OPP,
        "agent",
        r"(?:call(?:s|ed|ing)? (?:on|upon)|urge[sd]?|urging|roep\w*|dringt er bij|demand\w*) "
        # "the Georgian government to investigate …, to repeal laws": any action undoes
        r"{the}{b} (?:(?:government|authorities|regime|leadership|regering|autoriteiten) )?"
        r"(?:to|op|om|aan) (?:[^;:]{0,160}?(?:, |and )(?:to|(?:begin|start)"
        r"(?: the process of)?) )?(?:immediately |"
        r"onmiddellijk |[a-z]+ly )?(?:stop|cease|end|halt|releasing|freeing|"
        r"refrain|withdraw|release|comply|respect|abide|desist|stand down|abandon|reverse|"
        r"repeal|revoke|rescind|annul|scrap|te stoppen|te staken|"
        r"terug te trekken|vrij te laten)\b",
        0.6,
        negatable=False,
    ),
    _cue(
        "oppose.accountable",
        OPP,
        "agent",
        r"(?:hold|holding|held) {the}{b} (?:fully )?(?:accountable|responsible)",
        0.65,
    ),
    _cue(
        "oppose.aanspreken",
        OPP,
        "agent",
        r"{b} {w3}(?:aan te spreken|aanspreken|aanspreekt|aangesproken|ter verantwoording)",
        0.6,
    ),
    _cue("oppose.warn", OPP, "agent", r"warn(?:s|ed|ing)? {the}{b} (?:against|not to)", 0.6),
    _cue(
        "oppose.violation",
        OPP,
        "issuer-subject",
        r"in (?:clear |flagrant |direct |blatant |open |manifest )?(?:violation|breach|"
        r"schending) (?:of|van)",
        0.55,
    ),
    # ------------------------------------------------------------- REPRESENTS
    _cue(
        "represents.state-role-person",
        REP,
        "ba",
        r"{a} {rolewords}{role}\b {w5}{b}",  # "German Chancellery Foreign … Policy Advisor X"
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
        a_forms=NAMED,
    ),
    _cue(
        "represents.role-person-of-state",
        REP,
        "ba",
        r"{role}\b {w2}{b} (?:of|van) {the}{a}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(
        "represents.role-of-state-person",
        REP,
        "ba",
        r"{role} (?:van|of|for|voor) {the}{a} {w2}{b}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(
        "represents.person-role-of",
        REP,
        "ba",
        r"{b} , {the}{w2}{role} (?:van|of|for|voor) {the}{a}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(  # "Beantwoord door Wopke Hoekstra (viceminister-president, minister buitenlandse
        # zaken) (CDA)", "Jane Doe (Foreign Minister)": the office in brackets after the name
        "represents.person-paren-role",
        REP,
        "person-role",
        r"{b} \( (?:[^\s\ue000-\uefff;:()]+ ,? ){0,3}?{role}\b(?:[^\ue000-\uefff;:()]{0,60}) \)",
        0.7,
        b_kinds={"person"},
        negatable=False,  # "minister zonder portefeuille": a title, nothing denied
    ),
    _cue(
        "represents.role-person",
        REP,
        "person-role",
        r"{role}\b (?:(?!and |en ){w2})?{b}",  # "the Vice President and President X": two
        0.6,
        b_kinds={"person"},
    ),
]
