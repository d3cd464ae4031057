"""English news cues of the sixteenth round (issue 9, the English news set ``eval/news1``).

News reports an attack on what a state or group owns, not on the state by name, and names
the attacker by its forces ("Israeli warplanes", "Turkish jets", "the Saudi-led coalition"):

- ``news16.strikes-on-owner``: "{a} has stepped up strikes on regime and {b} targets",
  "{a} launched a series of airstrikes on {b} positions" — a nominal attack with its owner's
  adjective before a military object noun;
- ``news16.verb-owner-object``: "{a} warplanes hit what it identified as two {b} militant
  sites" — a strong attack verb, a short gap, then the owner and a military object noun;
- ``news16.belonging-to``: "{a} jets struck a weapons site belonging to {b}";
- ``news16.military-operation``: "{a} announced he was launching a military operation in
  {b}" (a person stands for the state whose office he holds);
- ``news16.retaliation``: "{a} launched air strikes on … in response to drone attacks
  carried out by {b}" — who strikes back threatens who attacked;
- ``news16.arms-transfer``: "transfers of {a}'s missiles and weapons to allies like {b}";
- ``news16.plan-to-provide``: "{a} unveiled details of a plan to provide {b} with submarines";
- ``news16.annexation-approved``: "{a}'s parliament formally approved the annexation of
  swaths of {b} territory";
- ``news16.condemnation-from``: "the {b} raid brought condemnations from {a} and …
  countries {a}" — who condemns is named after "from";
- ``news16.its-allies``: "pressure on {a} from some of its {b} allies" — the owner of the
  allies is a member (checked against the catalogue's memberships).

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("Turkish drones hit several hideouts belonging to the PKK.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('TUR', 'THREATENS', 'PKK')]
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, MEM, OPP, ORGS, SUP, THR, Cue, _cue

#: A word inside the clause (no slot, comma or clause break).
_WORD = r"[^\s\ue000-\uefff;:,]+ "
#: Verbs of an armed strike whose object is a thing: "hit" and "target" only ever with one
#: of the military objects below, so "hit a record" or "targeting the market" is not read.
_STRIKE_VERBS = (
    r"(?:struck|strikes|hit|hits|bombed|bombs|bombarded|bombards|shelled|shells|pounded|"
    r"pounds|targeted|targets|targeting|raided|raids|attacked|attacks|destroyed|destroys)"
)
#: What an armed strike hits that belongs to its target.
_MILITARY_OBJECTS = (
    r"(?:targets?|positions?|sites?|posts?|facilit(?:y|ies)|compounds?|bases?|camps?|"
    r"hideouts?|strongholds?|depots?|warehouses?|workshops?|launchers?|infrastructure|"
    r"outposts?|command centres?|command centers?|headquarters|militias?|fighters|"
    r"militants|commanders|weapons supplies|supply lines?|arms shipments?)"
)
#: Nouns of an armed strike.
_STRIKE_NOUNS = (
    r"(?:air ?strikes|airstrikes|strikes|raids|attacks|bombings|bombardments?|shelling|"
    r"barrages?|missile strikes|drone strikes|rocket attacks)"
)
_LAUNCH = (
    r"(?:has |have |had )?(?:stepped up|intensified|launched|carried out|conducted|resumed|"
    r"escalated|expanded|stages|staged|launches|carries out|conducts)"
)
#: A gap that may hold other actors ("air strikes on targets in Yemen's capital Sanaa in
#: response to …"), still inside the clause.
_ANY = r"[^\s;:,]+ "
#: The leader of a coalition acts for it: "the Saudi-led coalition launched …".
_LED = r"(?:-led (?:coalition|forces|alliance|troops|military|operation))?"
#: A group backed by another: "the Iran-aligned Houthis" is the Houthis.
_BACKED_B = r"(?:{x}-(?:backed|aligned|allied|sponsored|supported) )?"


def news16_cues() -> list[Cue]:
    """The cues of this module (see the module docstring).

    >>> sorted(c.name for c in news16_cues())[:2]
    ['news16.annexation-approved', 'news16.arms-transfer']
    """
    return [
        _cue("news16.strikes-on-owner", THR, "ab",
             r"{a}" + _LED + r"{paren}{n4}" + _LAUNCH + r" (?:" + _WORD + r"){0,4}?" + _STRIKE_NOUNS
             + r" (?:on|against) (?:[\w-]+ (?:and|or) )?{b} (?:[\w-]+ ){0,2}?"
             + _MILITARY_OBJECTS + r"\b",
             0.65, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news16.verb-owner-object", THR, "ab",
             r"{a}" + _LED + r"{paren}{n4}(?<!-)\b" + _STRIKE_VERBS + r" (?!by )(?:" + _WORD
             + r"){0,5}?"
             + r"{b} (?:[\w-]+ ){0,2}?" + _MILITARY_OBJECTS + r"\b",
             0.65, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news16.belonging-to", THR, "ab",
             r"{a}" + _LED + r"{paren}{n4}(?<!-)\b" + _STRIKE_VERBS + r" (?!by )(?:" + _WORD
             + r"){0,8}?"
             + _MILITARY_OBJECTS + r" (?:belonging to|that belongs? to|owned by|operated by|"
             r"run by|controlled by|used by) {the}{b}",
             0.65, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news16.military-operation", THR, "ab",
             r"{a} (?:" + _WORD + r"){0,4}?(?:launch|launched|launches|launching|began|begins|"
             r"started|starts|ordered|orders) (?:a |an |the |its |his |her )?(?:special |"
             r"full-scale |large-scale |ground |new |major )?military (?:operation|offensive|"
             r"campaign|intervention) (?:in|against|on|into) {the}{b}(?! ?-)",
             0.65, a_kinds=ACTORS | {"person"}, subject=True, lang="en"),
        _cue("news16.retaliation", THR, "ab",
             r"{a}" + _LED + r"{paren}{n4}(?:" + _LAUNCH + r" (?:" + _WORD + r"){0,3}?"
             + _STRIKE_NOUNS + r"|struck|hit|bombed|shelled|pounded|retaliated) (?:" + _ANY
             + r"){0,10}?"
             r"in (?:response|retaliation|reprisal) (?:to|for) (?:the )?(?:" + _WORD
             + r"){0,3}?(?:attacks?|rocket fire|rockets|missiles|shelling|strikes|raids?) "
             r"(?:carried out |launched |fired |staged )?by (?:the )?" + _BACKED_B + r"{b}",
             0.65, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news16.arms-transfer", SUP, "ab",
             r"(?:transfers?|deliveries|delivery|shipments?|supplies|supply) of {a} "
             r"(?:[\w-]+ ){0,3}?(?:weapons|missiles|arms|drones|rockets|munitions|ammunition)"
             r"(?: and [\w-]+)? to (?:its |their )?(?:allies |proxies |partners )?"
             r"(?:like |such as |including )?{b}",
             0.65, a_kinds=ACTORS, lang="en"),
        _cue("news16.plan-to-provide", SUP, "ab",
             r"{a} {n4}(?:announced|announces|unveiled|unveils|approved|approves|agreed|"
             r"signed|signs|finali[sz]ed|presented)(?: details of| the details of)? (?:a |an |the "
             r"|its |their )?(?:plan|deal|agreement|package|programme|program)"
             r"(?: [^\s\ue000-\uefff;:,]+){0,3}? to (?:provide|supply|sell|deliver|give|equip|"
             r"arm) {the}{b}",
             0.65, a_kinds=ACTORS, subject=True, lang="en"),
        _cue("news16.annexation-approved", THR, "ab",
             r"{a} (?:" + _WORD + r"){0,8}?(?:approved|approves|announced|announces|proclaimed|"
             r"proclaims|declared|declares|formali[sz]ed|formali[sz]es|completed|ratified|"
             r"ratifies) (?:the |its )?(?:illegal |illegitimate |formal |sham )?annexation of "
             r"(?:[\w-]+ (?:of )?){0,3}?{the}{b}",
             0.65, a_kinds=ACTORS, lang="en"),
        _cue("news16.condemnation-from", OPP, "ab",
             r"{b} (?:" + _WORD + r"){0,4}?(?:brought|brings|drew|draws|drawn|prompted|sparked|"
             r"triggered|provoked|received|met with|faced) (?:[\w-]+ ){0,2}?(?:condemnations?|"
             r"criticism|rebukes?|censure) from (?:{the}{x} and (?:[\w-]+ ){0,3}?)?{the}{a}",
             0.65, lang="en"),
        _cue("news16.condemnation-from-first", OPP, "ab",
             r"{b} (?:" + _WORD + r"){0,4}?(?:brought|brings|drew|draws|drawn|prompted|sparked|"
             r"triggered|provoked|received|met with|faced) (?:[\w-]+ ){0,2}?(?:condemnations?|"
             r"criticism|rebukes?|censure) from {the}{a}",
             0.65, lang="en"),
        _cue("news16.its-allies", MEM, "ab",
             r"{a} (?:[\w-]+ ){0,3}?(?:from|by|with|and|among|of) (?:(?:some|several|many|one|"
             r"all|most|two|three) of )?(?:its|their) (?:fellow |closest )?{b}"
             r"(?= ?[.,;:]| (?:and|that|who|which|to|in)\b| ?$)",
             0.65, a_kinds={"state"}, b_kinds=ORGS, lang="en"),
    ]  # fmt: skip
