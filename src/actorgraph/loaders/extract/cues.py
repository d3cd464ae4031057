"""The hand-written relation cues, in Dutch and English (the pattern language, the
:class:`Cue` record and the negation/hedge expressions are in :mod:`.cue_base`; the
cue tables in :mod:`.cues_contrib`, :mod:`.cues_core`, :mod:`.cues_threat`,
:mod:`.cues_partners`, :mod:`.cues_groups_en`, :mod:`.cues_secondary`,
:mod:`.cues_carry13_en`, :mod:`.cues_round15_en`, :mod:`.cues_round16_en`,
:mod:`.cues_round17_en`, :mod:`.cues_round18_en` and :mod:`.cues_nl`).
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import (
    ACTORS,
    BLOCK_RE,
    DENIAL_RE,
    HEDGE_RE,
    NEGATION_RE,
    ROLE,
    SUBJECT_VERB_CUES,
    Cue,
    CueKind,
    _cue,
)
from actorgraph.loaders.extract.cues_carry13_en import CARRY13_CUES
from actorgraph.loaders.extract.cues_contrib import CONTRIBUTION_CUES
from actorgraph.loaders.extract.cues_core import CORE_CUES
from actorgraph.loaders.extract.cues_groups_en import GROUP_CUES
from actorgraph.loaders.extract.cues_membership import MEMBERSHIP_CUES
from actorgraph.loaders.extract.cues_nl import DUTCH_CUES
from actorgraph.loaders.extract.cues_partners import PARTNER_CUES
from actorgraph.loaders.extract.cues_protection import PROTECTION_CUES
from actorgraph.loaders.extract.cues_round15_en import ROUND15_CUES
from actorgraph.loaders.extract.cues_round16_en import ROUND16_CUES
from actorgraph.loaders.extract.cues_round17_en import ROUND17_CUES
from actorgraph.loaders.extract.cues_round18_en import ROUND18_CUES
from actorgraph.loaders.extract.cues_round20 import ROUND20_CUES
from actorgraph.loaders.extract.cues_secondary import OTHER_CUES
from actorgraph.loaders.extract.cues_threat import STATE_VICTIM_CUES, THREAT_CUES
from actorgraph.loaders.extract.cues_war_started import WAR_STARTED_CUES

#: Every hand-written cue, core types first.
CUES: list[Cue] = (
    CONTRIBUTION_CUES + CORE_CUES + THREAT_CUES + PARTNER_CUES + GROUP_CUES + OTHER_CUES
    + CARRY13_CUES + ROUND15_CUES + ROUND16_CUES + ROUND17_CUES + ROUND18_CUES + DUTCH_CUES
    + MEMBERSHIP_CUES + PROTECTION_CUES + WAR_STARTED_CUES + ROUND20_CUES
)

__all__ = [
    "ACTORS", "BLOCK_RE", "CUES", "DENIAL_RE", "HEDGE_RE", "NEGATION_RE", "ROLE",
    "STATE_VICTIM_CUES", "SUBJECT_VERB_CUES", "Cue", "CueKind", "_cue",
]  # fmt: skip
