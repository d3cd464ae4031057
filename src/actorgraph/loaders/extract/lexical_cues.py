"""Cues built from the predicate lexicon (``data/predicates_en.csv``, derived from CAMEO)
instead of written by hand: one active and one passive cue per relation type.

- active: ``{a} … VERB {b}`` — "Russia shelled Kharkiv's suburbs in Ukraine", "Iran
  struck Israel", "the Houthis attacked Saudi Arabia";
- passive with a by-agent: ``{b} was/were/has been … VERB by {a}`` — "Ukraine was
  invaded by Russia".

The hand-written cues of :mod:`.cues` come first; these add the verbs they do not list.
"""

from __future__ import annotations

import re

from actorgraph.loaders.extract.cue_base import NOT_PARTICLE_BACK
from actorgraph.loaders.extract.cues import ACTORS, CUES, Cue, _cue
from actorgraph.loaders.extract.cues_news16_en import news16_cues
from actorgraph.loaders.extract.cues_news_en import news_cues
from actorgraph.loaders.extract.cues_nominal_en import nominal_cues
from actorgraph.loaders.extract.dutch import dutch_cues
from actorgraph.loaders.extract.dutch_guests import dutch_guest_cues
from actorgraph.loaders.extract.dutch_hostile import dutch_hostile_cues
from actorgraph.loaders.extract.dutch_news import dutch_news_cues
from actorgraph.loaders.extract.dutch_presence import dutch_presence_cues
from actorgraph.loaders.extract.dutch_reports import dutch_report_cues
from actorgraph.loaders.extract.dutch_round16 import round16_cues
from actorgraph.loaders.extract.dutch_round17 import round17_cues
from actorgraph.loaders.extract.dutch_round18 import round18_cues
from actorgraph.loaders.extract.dutch_round19 import round19_cues
from actorgraph.loaders.extract.dutch_stances import dutch_stance_cues
from actorgraph.loaders.extract.dutch_threats_ties import dutch_threat_tie_cues
from actorgraph.loaders.extract.predicates import forms_of

_BE = r"(?:was|were|is|are|has been|have been|had been|being|been|will be|werd|werden)"
#: Relation type → (base confidence, source kinds) of its lexicon cues.
_TYPES = {
    "THREATENS": (0.7, ACTORS | {"person"}),
    "OPPOSES": (0.65, ACTORS | {"person"}),
    "SUPPORTS": (0.65, ACTORS),
}


def _alternation(forms: list[str]) -> str:
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


def lexical_cues() -> list[Cue]:
    """The active and passive cue of every type the predicate lexicon covers."""
    out: list[Cue] = []
    for rtype, (conf, kinds) in _TYPES.items():
        verbs = (NOT_PARTICLE_BACK if rtype == "SUPPORTS" else "") + _alternation(forms_of(rtype))
        key = rtype.lower().rstrip("s")
        place = "{placein}" if rtype == "THREATENS" else ""  # "struck bases in Iraq"
        out.append(
            _cue(f"lexicon.{key}-active", rtype, "ab",
                 # "endorsed by X" is a participle, not the subject's act
                 r"{a}{paren}{n4}" + verbs + r" (?!by |door ){the}{peopleof}{partof}" + place
                 # "condemned Iran-backed Houthi attacks": the backer is not the object
                 + r"{b}(?!-(?:backed|sponsored|supported|aligned|armed) )", conf,
                 a_kinds=kinds, subject=True)
        )  # fmt: skip
        out.append(
            _cue(f"lexicon.{key}-passive", rtype, "ab",
                 r"{b} " + _BE + r" {tight}" + verbs + r" by {the}{a}", conf,
                 a_kinds=kinds)
        )  # fmt: skip
    return out


#: The hand-written cues, then the lexicons' (English from CAMEO, Dutch clause orders).
ALL_CUES: list[Cue] = (
    CUES + lexical_cues() + news_cues() + nominal_cues() + dutch_cues() + dutch_news_cues()
    + news16_cues()
    + dutch_report_cues() + dutch_stance_cues() + dutch_hostile_cues()
    + dutch_guest_cues() + dutch_threat_tie_cues()
    + dutch_presence_cues() + round16_cues() + round17_cues()
    + round18_cues() + round19_cues()
)
