"""English cues of issue 9's thirteenth round (blind10/blind11's misses, grouped by
construction): the recipient of a noun of support written before its giver ("the support
of X by A and B", "aid to X from A"), a threat described by what its author poses ("the
threat that X poses to Y"). The pattern language is in :mod:`.cue_base`.

>>> sorted(c.name for c in CARRY13_CUES)
['support.noun-recipient-by', 'threat.poses-to']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, SUP, THR, Cue, S, _cue

#: Nouns of support whose recipient may come first ("the support of Ukraine by …").
_SUPPORT_NOUN = (
    r"(?:support|assistance|aid|help|backing|military aid|humanitarian aid|"
    r"security assistance|arms deliveries|deliveries of [\w-]+)"
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
