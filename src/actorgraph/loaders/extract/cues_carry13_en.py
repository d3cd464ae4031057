"""English cues of issue 9's thirteenth round (blind10/blind11's misses, grouped by
construction): the recipient of a noun of support written before its giver ("the support
of X by A and B", "aid to X from A"), a threat described by what its author poses ("the
threat that X poses to Y"), a demand that X stop or withdraw ("we demand that X
immediately withdraw …": the speaker opposes X), an organisation's candidates listed after
it ("the EU candidate countries (A, B and C)"). The pattern language is in :mod:`.cue_base`.

>>> len(CARRY13_CUES), sorted(c.name for c in CARRY13_CUES)[:2]
(14, ['aspire.invited-to-join', 'aspire.org-candidates'])
"""

from __future__ import annotations

from actorgraph.loaders.documents.metadata import MONTH_NAMES
from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    ASP,
    OPP,
    ORGS,
    PAR,
    STATES,
    SUP,
    THR,
    Cue,
    S,
    _cue,
)

#: Nouns of support whose recipient may come first ("the support of Ukraine by …").
_SUPPORT_NOUN = (
    r"(?:support|assistance|aid|help|backing|military aid|humanitarian aid|"
    r"security assistance|arms deliveries|deliveries of [\w-]+)"
)

_MONTH = "(?:" + "|".join(m for m in MONTH_NAMES if m != "may") + ")"
#: The act of aggression a supported state suffered, after a word of time ("since the
#: Hamas attacks of October 7th", "following the Russian invasion").
_SINCE_HARM = (
    r"(?:since|after|following|in the wake of|in response to) {the}(?:[\w-]+ ){0,3}?{a}"
    r"(?! and)(?:'s?)? (?:[\w-]+ ){0,2}?(?:attacks?|invasion|aggression|assault|onslaught)\b"
    r"(?! (?:against|on|upon|in|into|towards?|near) )"  # a victim of its own: not b
    r"(?! of (?!\d|" + _MONTH + r"))"  # "of October 7th" is a date, "of Ukraine" a victim
)

CARRY13_CUES: list[Cue] = [
    _cue(  # "the unwavering support of X by A and B", "military aid to X from A"
        "support.noun-recipient-by",
        SUP,
        "ab",
        # (not a possessive after "from": "help for X from Y's attacks" is no giver)
        _SUPPORT_NOUN + r" (?:of|for|to) {the}{peopleof}{b} (?:by|from) {the}(?P<a>" + S
        + r")(?!'|s')",
        0.75,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        lang="en",
    ),
    _cue(  # "the EU candidate countries (A, B and C)", "NATO's candidate states A and B"
        "aspire.org-candidates",
        ASP,
        "ba",
        r"(?P<a>" + S + r")(?:'s?)? candidate (?:countries|states|members|member states) "
        r"(?:\( |, |: )?(?:namely |notably |including )?{the}{b}",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "X has been widely condemned by neighbours and partners, including A, B and C"
        # (the inclusion folded: "by neighbours A+B+C"), "was sharply criticised by A"
        "oppose.passive-by-list",
        OPP,
        "ab",
        r"{b} (?:has been|have been|had been|was|were|is|are) (?:[a-z]+ly )?(?:condemned|"
        r"denounced|criticized|criticised|deplored|rejected|sanctioned) by "
        r"(?:[^\s\ue000-\uefff;:]+ ){0,4}?{the}{a}",
        0.65,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        anchor=r"condemned|denounced|critici[sz]ed|deplored|rejected|sanctioned",
        lang="en",
    ),
    _cue(  # "They condemned Iran-backed Houthi attacks": the backed group is condemned
        "oppose.condemn-backed",
        OPP,
        "ab",
        r"{a} {w5}(?<!was )(?<!were )(?<!been )(?:condemn|denounc|deplor|criticiz|criticis)\w* "
        r"{w4}{x}-(?:backed|sponsored|supported|aligned|armed) (?:[a-z-]+ )?{b}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        lang="en",
    ),
    _cue(  # "I want to thank President X for her leadership and partnership": the person's
        # state is the speaker's partner (not "for his partnership with Z")
        "partner.thanks-person-for-partnership",
        PAR,
        "pair",
        r"{a} {n6}(?:thank\w*|prais\w*|commend\w*|appreciat\w*) {the}{b} for (?:his|her|their) "
        r"(?:[a-z-]+ ){0,3}?(?:and )?(?:partnership|friendship)\b"
        r"(?! (?:with|between|among|in|on|to)\b)",
        0.7,
        a_kinds=STATES | {"person"},
        b_kinds={"person"},
        anchor=r"partnership|friendship",
        lang="en",
    ),
    _cue(  # "A stands with B in condemning X": both condemn X (B here; A below)
        "oppose.stand-with-in-condemning",
        OPP,
        "ab",
        r"(?:stand|stands|stood|standing) (?:with|alongside|together with) {the}{a}"
        r"(?: government| people)? in (?:condemning|denouncing|deploring|rejecting) {w6}{b}",
        0.65,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        lang="en",
    ),
    _cue(
        "oppose.subject-stands-with-in-condemning",
        OPP,
        "ab",
        r"{a} {w4}(?:stand|stands|stood|standing) (?:with|alongside|together with) {the}{x}"
        r"(?: government| people)? in (?:condemning|denouncing|deploring|rejecting) {w6}{b}",
        0.65,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        lang="en",
    ),
    _cue(  # "NATO invited Sweden and Finland to join": the invited want to join it
        "aspire.invited-to-join",
        ASP,
        "ba",
        r"{a} {w3}(?:invite[sd]?|inviting) {the}{b} to (?:join|become (?:a |full )?members?)\b",
        0.7,
        a_kinds=ORGS,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "NATO's training of Iraqi forces", "the EU's training mission for Ukrainian troops"
        "support.training-of-forces",
        SUP,
        "ab",
        r"{a}'s? (?:[\w-]+ ){0,2}?training (?:mission |programme |program )?(?:of|for) {the}"
        r"(?:(?:some|about|over|more than) )?(?:\d+(?: , \d+)* )?{b} (?:[\w-]+ )?(?:soldiers|"
        r"troops|forces|armed forces|pilots|personnel|military|army|recruits|officers)\b",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        lang="en",
    ),
    _cue(  # "we demand that X immediately withdraw …", "reiterate their demand that X cease …"
        # (an appeal to stop: modality reads it as APPEAL_STOP; an appeal to act is dropped)
        "oppose.demand-that",
        OPP,
        "agent",
        r"(?:demand|insist)(?:s|ed|ing)? that {the}{b} (?:(?:[a-z]+ly|,|and) ){0,6}"
        r"(?:stop|cease|end|halt|withdraw|release|comply|respect|abide|desist|stand down|"
        r"put an end to|"
        r"abandon|reverse|refrain)\b",
        0.6,
        lang="en",
    ),
    _cue(  # "X's right to defend itself against attacks from Y and all Y-backed groups,
        # including A, B and C" (the inclusion folded): the second agents attack X too
        "threat.defend-against-second",
        THR,
        "ab",
        r"{b} {w6}(?:defend\w*|protect\w*) (?:itself|themselves|its (?:people|citizens|"
        r"territory)) (?:against|from) {the}(?:[\w-]+ )?(?:attacks|threats|strikes|aggression) "
        r"(?:from|by) {the}{x} (?:and|, and|,) (?:all |other |the )?(?:{x}-backed )?"
        r"(?:[a-z-]+ ){0,2}?{a}",
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"defend|protect",
        lang="en",
    ),
    _cue(  # "support for X since the Y attacks", "X's right to defend itself following the
        # horrific Y attacks": the one supported or defending suffered the act
        "threat.supported-since-harm",
        THR,
        "ab",
        # (the noun with its preposition: "the assistance the United States has provided
        # since …" names the giver, not the one helped)
        r"(?:(?:support|help|aid|assistance|solidarity) (?:for|to|with)|(?:helped|supported|"
        r"assisted|stood with|stand with|standing with)) {the}{b}(?!'| and) {w6}" + _SINCE_HARM,
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"since|after|following|wake of|response to",
        lang="en",
    ),
    _cue(
        "threat.defending-since-harm",
        THR,
        "ab",
        r"{b}'s? right to defend itself {w4}" + _SINCE_HARM,
        0.7,
        a_kinds=ACTORS,
        b_kinds=STATES,
        anchor=r"since|after|following|wake of|response to",
        lang="en",
    ),
    _cue(  # "the threat that X poses to Y", "the danger which X presents to Y's security"
        "threat.poses-to",
        THR,
        "ab",
        r"(?:threats?|dangers?|risks?) (?:that|which) {the}{a} (?:poses?|posed|presents?|"
        r"presented|represents?|represented|constitutes?) (?:to|for) {the}{secof}{the}{b}",
        0.75,
        a_kinds=ACTORS,
        b_kinds=ACTORS,
        anchor=r"pose|posed|present|represent|constitut",
        lang="en",
    ),
]
