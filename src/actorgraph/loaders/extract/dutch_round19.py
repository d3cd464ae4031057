"""Dutch constructions of the nineteenth round (issue 9): classes of the Dutch core misses
counted over every development set (blind16's first scoring: core precision 1.000, recall
0.512 — too conservative in Dutch). Supplies whose receiver the sentence leaves out (verb
last, gapped givers) are read in :mod:`.recipients`; this module has the cues.

- **one of the other members** (`nl.member-among-others`): "Zweden leidt samen met
  Noorwegen een groep met negen andere NAVO-landen" (Noorwegen, the nearest state; the
  subject before "samen met" is not read), "Estland, maar ook
  de andere Baltische NAVO-landen" — the state set beside "andere" belongs to the
  collective (kept only where the catalogue has the membership on the document's date);
- **a commitment with a te-infinitive and a noun object** (`nl.support-pledged-te`):
  "Japan heeft toegezegd de Filipijnen militaire steun te blijven verlenen", "Spanje heeft
  besloten Marokko noodhulp te sturen" (the bare "X te steunen" is read by the lexicon);
- **a joint exercise** (`nl.partner-joint-exercise`): "Zuid-Korea en Japan hebben bij een
  gezamenlijke oefening raketten afgevuurd" (the compound "een gezamenlijke marine-oefening"
  as object was read; the exercise as a circumstance was not);
- **a threatened intervention** (`nl.threat-threatened-intervention`): "Ecowas dreigde
  herhaaldelijk met een interventie om de orde in Niger te herstellen".

>>> {"nl.member-among-others", "nl.support-pledged-te"} <= {c.name for c in round19_cues()}
True
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, COLLECTIVE, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_OTHER = r"(?:met|en|naast|of|tussen) (?:de )?(?:[\w-]+ )?(?:andere|overige) (?:[\w-]+ )?"

# ------------------------------------------------------------------ among the other members
_MEMBERS = [
    # "Zweden leidt (samen met Noorwegen) een groep met negen andere NAVO-landen"
    _cue("nl.member-among-others", "MEMBER_OF", "ba",
         r"{b} " + _W + r"{1,6}?" + _OTHER + r"{a}", 0.65,
         a_forms=COLLECTIVE, b_kinds=STATES, lang="nl", anchor="andere|overige"),
    # "Estland, maar ook de andere Baltische NAVO-landen …"
    _cue("nl.member-among-others", "MEMBER_OF", "ba",
         r"{b} , (?:maar |en )?(?:ook )?(?:alle )?de (?:andere|overige) (?:[\w-]+ )?{a}", 0.65,
         a_forms=COLLECTIVE, b_kinds=STATES, lang="nl", anchor="andere|overige"),
]  # fmt: skip

# ------------------------------------------------------------------ pledged, te-infinitive
_PLEDGE = (r"(?:toegezegd|beloofd|aangekondigd|besloten|aangegeven|afgesproken|belooft|beloven|"
           r"beloofde|beloofden|besluit|besluiten|besloot|besloten)")
_AID = (r"(?:[\w-]*steun|hulp|noodhulp|bijstand|[\w-]*wapens|munitie|[\w-]*tanks|"
        r"[\w-]*systemen|[\w-]*systeem|[\w-]*pakket|leningen|[\w-]*drones|raketten)")
_GIVE_TE = (r"te (?:blijven )?(?:verlenen|geven|bieden|leveren|sturen|schenken|doneren|"
            r"verstrekken)\b")
_PLEDGED = [
    # "Japan heeft toegezegd de Filipijnen militaire steun te blijven verlenen"
    _cue("nl.support-pledged-te", "SUPPORTS", "ab",
         r"{a} " + _W + r"{0,4}?" + _PLEDGE + r" (?:om )?{the}{b} " + _W + r"{0,5}?" + _AID
         + r" " + _W + r"{0,2}?" + _GIVE_TE, 0.65,
         a_kinds=ACTORS, b_kinds=STATES, subject=True, lang="nl", anchor=" te "),
]  # fmt: skip

# ------------------------------------------------------------------ a joint exercise
_JOINT = [
    # "Zuid-Korea en Japan hebben bij een gezamenlijke oefening raketten afgevuurd"
    _cue("nl.partner-joint-exercise", "PARTNERS_WITH", "pair",
         r"{a} " + _W + r"{0,3}?(?:bij|tijdens|in) (?:een |de |hun )?gezamenlijke (?:[\w-]+ )?"
         r"(?:[\w-]*oefening|[\w-]*oefeningen|patrouille|patrouilles|operatie|manoeuvres)\b",
         0.65, a_kinds=STATES, lang="nl", anchor="gezamenlijke"),
]  # fmt: skip


# ------------------------------------------------------------------ a threatened intervention
_THREATENED = [
    # "Ecowas dreigde met een (militaire) interventie in Niger" (the English "threatened a
    # military intervention in X" is read by the lexicon's verb)
    _cue("nl.threat-threatened-intervention", "THREATENS", "ab",
         r"{a} " + _W + r"{0,4}?(?:dreigt|dreigde|dreigden|dreigen|gedreigd) " + _W + r"{0,5}?"
         r"met (?:een |militair |militaire )*(?:interventie|ingrijpen|invasie|aanval|"
         r"militaire actie|geweld|oorlog) " + _W + r"{0,8}?(?:in|tegen|op) "
         r"(?:de |het )?{b}",
         0.65, a_kinds=ACTORS, b_kinds=STATES, lang="nl", anchor="dreig|gedreigd"),
]  # fmt: skip


def round19_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return _MEMBERS + _PLEDGED + _JOINT + _THREATENED
