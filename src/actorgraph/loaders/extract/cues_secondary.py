"""Hand-written cues of MEMBER_OF and the secondary types: ASPIRES_TO_JOIN, OPPOSES,
REPRESENTS (see :mod:`.cue_base` for the pattern language)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    ASP,
    COLLECTIVE,
    FIRST,
    MEM,
    NAMED,
    ORGS,
    REP,
    STATES,
    Cue,
    S,
    _cue,
)
from actorgraph.loaders.extract.cues_oppose import OPPOSE_CUES

OTHER_CUES: list[Cue] = [
    # --------------------------------------------------------------- MEMBER_OF
    _cue(
        "member.including",
        MEM,
        "ba",
        # ("EU-lidstaten zoals A en B" with no comma; "NAVO-landen als A en B" adjacent)
        r"{a} (?:{w16}(?:, )?(?:waaronder|inclusief|including|among them|among whom|such as|"
        r"zoals|in particular|met name|like)|als) {b}",
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
        r"werd|wordt|zijn|is nu|as|als) {w3}(?:member|members|member state|member states|"
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
        # any one or two adjectives before the organisation: "a stalwart NATO Ally"
        r"(?:(?:a|an|een) [\w-]+ (?:and|en) )?(?:a|an|een) (?:(?!member|lid|ally)[a-z-]+ ){0,2}"
        r"{a}[- ](?:member|member state|lidstaat|lid|ally|bondgenoot)\b",
        0.75,
        a_kinds=ORGS,
        b_kinds=STATES,
        blockable=False,
    ),
    _cue(  # "Portugal is a stalwart NATO Ally", "Portugal, a valued Ally, …": the
        # organisation's collective noun as the predicate or apposition of a state
        "member.is-a-collective",
        MEM,
        "ba",
        r"{b}(?: ,| {w2}(?:is|are|was|were|remains?|became)) (?:a|an) "
        r"(?:(?!member|ally)[a-z-]+ ){0,2}(?:and (?:[a-z-]+ ){1,2})?{a}(?! (?:of|to|for|in) )",
        0.7,
        a_forms=COLLECTIVE,
        b_kinds=STATES,
    ),
    _cue(  # "Finland, a member of the EU since 1995", "Estland, lid van de NAVO"
        "member.appositive-member-of",
        MEM,
        "ba",
        r"{b} , (?:(?:a|an|een) )?(?:(?!member|lid|ally)[a-z-]+ ){0,2}(?:member|lid|"
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
        blockable=False,  # "NATO ally Turkey blocked the accession": still an ally
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
    _cue(  # "we welcomed Finland into the NATO family", "welcome Sweden to the Alliance"
        # (kept only where the catalogue has the state a member on the document's date)
        "member.welcomed-into",
        MEM,
        "ba",
        r"welcom\w* {the}{b} (?:in|into|to) {the}(?P<a>" + S + r")(?: family)?"
        r"(?!'| (?:summit|meeting|talks|conference|table|council|ministerial|capital)\b)",
        0.7,
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
        r"tot|om) {the}{b}[ -]?(?:lidmaatschap|membership|toetreding|accession)"
        r"(?! (?:door|by) )",  # "de aanvraag … door Zweden": the applicant follows, not {a}
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
    # a candidacy whose organisation is the document's (an EU report): kind context-org
    _cue(  # "de lidmaatschapsverzoeken van Oekraïne en Moldavië", "toetredingsaanvraag X"
        "aspire.request-compound",
        ASP,
        "context-org",
        r"(?:lidmaatschaps|toetredings)(?:verzoek|aanvraag|aanvragen)(?:en)? (?:van |door )?"
        r"{the}{a}",
        0.65,
        a_kinds=STATES,
        anchor=r"lidmaatschapsverzoek|lidmaatschapsaanvra|toetredingsverzoek|toetredingsaanvra",
    ),
    _cue(  # "de aanvraag van X om kandidaat-lidstaat te worden"
        "aspire.request-to-become",
        ASP,
        "context-org",
        r"(?:aanvraag|aanvragen|verzoek|wens|streven) (?:van|door) {the}{a} om "
        r"(?:kandidaat-?lidstaat|kandidaat-?lid|lid) te worden(?! (?:van|bij) )",
        0.65,
        a_kinds=STATES,
        anchor=r" te worden",
    ),
    _cue(  # "het kandidaat-lidmaatschap toekennen aan X", "candidate status to X"
        "aspire.candidacy-to",
        ASP,
        "context-org",
        r"(?:kandidaat-?lidmaatschap|status van kandidaat-?lid(?:staat)?|kandidaatstatus|"
        r"candidate status|status of candidate(?: country)?) (?:[^\s\ue000-\uefff;:,]+ ){0,2}?"
        r"(?:aan|to) {the}{a}",
        0.65,
        a_kinds=STATES,
        anchor=r"kandida|candidate",
    ),
    _cue(  # "sinds de EU X in juni de status van kandidaat-lidstaat gaf", "X kreeg …"
        "aspire.candidacy-given",
        ASP,
        "context-org",
        r"{a} (?:[^\s\ue000-\uefff;:,]+ ){0,3}?(?:de )?(?:status van kandidaat-?lid(?:staat)?|"
        r"kandidaatstatus) (?:gaf|gegeven|verleende|verleend|toekende|toegekend|kreeg|gekregen|"
        r"ontving|ontvangen)\b",
        0.65,
        a_kinds=STATES,
        anchor=r"kandida",
    ),
    _cue(  # "de toetredingsonderhandelingen met X", "accession talks with X"
        "aspire.accession-talks-with",
        ASP,
        "context-org",
        r"(?:toetredingsonderhandelingen|toetredingsgesprekken|accession (?:talks|negotiations))"
        r" (?:met|with) {the}{a}",
        0.65,
        a_kinds=STATES,
        anchor=r"toetredingsonderhandelingen|toetredingsgesprekken|accession (?:talks|neg)",
    ),
    *OPPOSE_CUES,
    # ------------------------------------------------------------- REPRESENTS
    _cue(
        "represents.state-role-person",
        REP,
        "ba",
        # "German Chancellery Foreign … Policy Advisor X"; the gap never holds a verb of
        # meeting or "by" ("de Azerbeidzjaanse president sprak met minister X")
        r"{a} {rolewords}{role}\b (?:(?!(?:met|with|sprak|spoke|spreekt|speaks|ontmoette|"
        r"ontmoet|meets|belde|called|calls|door|by)\b)"
        r"[^\s\ue000-\uefff;:]+ ){0,5}?{b}",
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
        # ("de voorzitter van de Commissie en de Hoge Vertegenwoordiger": a second office
        # joined by "en" is not the first one's holder)
        r"{role} (?:van|of|for|voor) {the}{a} (?:(?!(?:en|and|of|or)\b)"
        r"[^\s\ue000-\uefff;:]+ ){0,2}?{b}",
        0.8,
        b_kinds={"person"},
        a_kinds=ACTORS,
    ),
    _cue(  # "Mark Rutte vertegenwoordigde Nederland", "X represented Y at the summit"
        "represents.verb",
        REP,
        "ba",
        r"{b} {tight}(?:vertegenwoordigt|vertegenwoordigde|vertegenwoordigden|represents|"
        r"represented) {the}{a}",
        0.75,
        b_kinds={"person"},
        a_kinds=ACTORS,
        anchor=r"vertegenwoordig|represent",
    ),
    _cue(  # inversion: "Op de top vertegenwoordigde Mark Rutte Nederland"
        "represents.verb-inversion",
        REP,
        "ba",
        r"\bvertegenwoordig(?:t|de|den) {b} {the}{a}",
        0.75,
        b_kinds={"person"},
        a_kinds=ACTORS,
        anchor=r"vertegenwoordig",
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
    _cue(  # "de heer Rutte, minister-president", "W.B. Hoekstra, minister van Buitenlandse
        # Zaken", "mevrouw Ollongren, Minister van Defensie": a catalogue person's title in
        # apposition after the name (the offices the catalogue gives on the date)
        "represents.person-comma-role",
        REP,
        "person-role",
        r"{b} , (?:de |het )?(?:(?!voormalige?|oud|gewezen|toenmalige?)[^\s\ue000-\uefff;:,]+ )?"
        r"(?<!oud-){role}\b",
        0.7,
        b_kinds={"person"},
        lang="nl",
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
