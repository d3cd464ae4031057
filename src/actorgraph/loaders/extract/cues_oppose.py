"""Hand-written cues of the secondary type OPPOSES: condemnation, sanctions, expulsions,
appeals to stop or undo, pressure (see :mod:`.cue_base` for the pattern language; the
other secondary types are in :mod:`.cues_secondary`, which lists these in its order)."""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    _HARM,
    ACTORS,
    OPP,
    STATES,
    Cue,
    _cue,
)

#: The object of a condemnation ends where a second verb phrase of the same subject begins
#: ("condemned the strikes and reaffirmed their support for X": X is not condemned). The
#: verbs are the reporting verbs of statements and readouts that follow "and" or a comma.
_NEXT_VERB = (
    r"(?!(?:and|en|,) (?:also |further |again |ook )?(?:reaffirm|reiterat|express|underscor|"
    r"emphasi[sz]|stress|welcom|call|urg|pledg|commit|discuss|highlight|affirm|recogni[sz]|"
    r"thank|prais|voic|renew|announc|agreed|vowed|promis|offer|support|stood|stand|"
    r"herhaal|benadruk|sprak|spreekt|roept|riep|verwelkom|steun)\w* )"
)
_OBJECT_GAP = r"(?:" + _NEXT_VERB + r"[^\s\ue000-\uefff;:]+ ){0,8}?"

#: A state's envoys or officers, whose expulsion opposes the state.
_ENVOYS = (
    r"(?:diplomats?|diplomaten|inlichtingenofficieren|intelligence officers|officials|"
    r"functionarissen|ambassadors?|ambassadeurs?)"
)

OPPOSE_CUES: list[Cue] = [
    _cue(
        "oppose.condemn",
        OPP,
        "ab",
        # (not a passive: "Iran was sanctioned by the EU" is the EU's act)
        r"{a} {w5}(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?<!be )"
        r"(?:condemn|denounce|deplore|veroordeel|veroordel|hekel|criticiz|"
        r"criticis|bekritiseer|oppose|warn|waarschuw|reject|verwerp|sanction)\w* (?!from )"
        # ("condemned Iran-backed Houthi attacks": the backed group is condemned, below)
        + _OBJECT_GAP + r"{the}{b}(?!-(?:backed|sponsored|supported|aligned|armed) )",
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
        r"perpetrated|committed|uitgevoerd|gepleegd) )?(?:by|door) {the}{forcesof}{b}",
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
        # (not the second half of a compound: "the U.S.-UK Sanctions Dialogue" is a forum)
        r"(?<!- )(?<!-)(?<![\ue000-\uefff]-){b}(?: | -)?(?:sanctions|sancties)",
        0.5,
        b_kinds={"state", "group"},
    ),
    _cue(
        "oppose.roept-op",
        OPP,
        "agent",
        # (a few adverbs between: "riep Iran gisteren opnieuw op")
        r"(?:roept|riep|riepen|roepen) {the}{b} (?:(?:gisteren|vandaag|opnieuw|nogmaals|ook|"
        r"eveneens|wederom|dringend|nadrukkelijk|daarom|eerder|al|met klem) ){0,3}"
        r"(?:op|ertoe op)\b",
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
        r"(?:call(?:s|ed|ing)? (?:on|upon|for)|urge[sd]?|urging|roep\w*|dringt er bij|demand\w*) "
        # "the Georgian government to investigate …, to repeal laws": any action undoes
        r"{the}{b} (?:(?:government|authorities|regime|leadership|regering|autoriteiten) )?"
        r"(?:to|op|om|aan) (?:[^;:]{0,160}?(?:, |and )(?:to|(?:begin|start)"
        r"(?: the process of)?) )?(?:immediately |"
        r"onmiddellijk |[a-z]+ly )?(?:stop|cease|end|halt|releasing|freeing|put an end to|"
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
]
