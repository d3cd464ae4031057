"""Membership written as a description of the member (English and Dutch): the member is
called an ally, a member (state) or a partner of its organisation, or is set among the
others of it, without a verb of joining.

- ``member.apposition-noun``: "Hungary, the only EU member state to object", "Poland,
  one NATO ally that …" (with "a"/"an": ``member.a-org-member`` in ``cues_secondary.py``);
- ``member.as-noun``: "Canada, as a NATO ally, …", "Spanje, als NAVO-bondgenoot, …";
- ``member.and-others``: "Japan and the other G7 countries", "Lithuania and fellow
  Baltic NATO members" — the others of the organisation make the first one of them;
- ``member.among``: "Among the NATO allies, Poland spends …", "Spain, alone among EU
  members, …";
- ``member.as-member-of``: "Finland took its seat as the 31st member of NATO";
- ``nl.member-own-partners``: "Estland overlegt met zijn EU-collega's" — who speaks to
  its own organisation's partners is a member;
- ``member.which-consists-of``, ``nl.member-bestaat-uit``: "the BRICS group, which consists
  of Brazil, Russia, …", "de BRICS-groep, die bestaat uit Brazilië, Rusland, …".

None of these is undone by a verb of blocking after it ("NATO ally Turkey blocked the
accession": ``blockable=False``, as for the two cues of ``cues_secondary.py`` that name
the member with its organisation's noun).

Every MEMBER_OF is checked against the catalogue's memberships at the document's date
(``matching.add_relation``): a state the catalogue does not list for a listed
organisation ("Ukraine and other EU partners") gives nothing.

Example
-------
>>> from actorgraph.loaders.extract import extract_text
>>> r = extract_text("Hungary, the only EU member state to object, blocked it.", lang="en")
>>> [(x.source, x.type.value, x.target) for x in r.relations]
[('HUN', 'MEMBER_OF', 'EU')]
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import MEM, ORGS, STATES, Cue, _cue

#: Nouns that call a state a member of the organisation written before them.
_MEMBER_NOUN = r"(?:ally|allies|member|members|member states?|member countr(?:y|ies)|nations?)"
#: Dutch compounds of membership after "NAVO-", "EU-".
_NL_MEMBER = (r"(?:lid|lidstaat|lidstaten|leden|land|landen|bondgenoot|bondgenoten|partner|"
              r"partners|collega's|collega’s|ambtgenoten)")
#: A word of the clause (no slot, comma or clause break).
_WORD = r"[^\s\ue000-\uefff;:,]+ "
#: Adjectives between the article and the organisation.
_ADJ = (r"(?:(?:only|sole|first|last|fellow|founding|key|other|another|loyal|close|new|"
        r"enige|andere|trouwe) )?")

MEMBERSHIP_CUES: list[Cue] = [
    _cue("member.apposition-noun", MEM, "ab",
         r"{a} , (?:the |one )" + _ADJ + r"{b} " + _MEMBER_NOUN + r"\b",
         0.7, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("member.as-noun", MEM, "ab",
         r"{a} ,? (?:as|being) (?:a |an |one |the )?" + _ADJ + r"{b} " + _MEMBER_NOUN + r"\b",
         0.7, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("member.as-noun", MEM, "ab",  # "as a NATO member" read as one collective name
         r"{a} ,? (?:as|being) (?:a |an |one |the )?" + _ADJ + r"{b}(?= ,| [a-z])",
         0.7, a_kinds=STATES, b_kinds=ORGS, b_forms={"collective"}, lang="en", blockable=False),
    _cue("member.and-others", MEM, "ab",
         r"{a} and (?:the |its |their )?(?:fellow|other) (?:[\w-]+ ){0,2}?{b}"
         r"(?: (?:allies|members|member states|states|countries|nations|partners|leaders)\b"
         r"| ?[,.;]| (?:have|has|are|were|will|would|agreed|met|called|condemned|said)\b)",
         0.65, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("member.among", MEM, "ab",
         r"\bamong (?:the |its |their |fellow |other )*{b}(?: " + _MEMBER_NOUN + r")? , {a}",
         0.65, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("member.among", MEM, "ab",
         r"{a} , (?:alone |one |the only one |unique |uniquely )among (?:the |its |their |"
         r"fellow |other )*{b}",
         0.65, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("member.as-member-of", MEM, "ab",
         r"{a} (?:" + _WORD + r"){0,6}?as (?:a |an |the |its )?(?:full |founding |new |newest |"
         r"\d+(?:st|nd|rd|th) |[a-z]+(?:st|nd|rd|th) )?member of {the}{b}",
         0.65, a_kinds=STATES, b_kinds=ORGS, lang="en", blockable=False),
    _cue("nl.member-own-partners", MEM, "ab",
         r"{a} (?:" + _WORD + r"){0,5}?(?:met|tegen|tegenover|aan|bij|voor|en|samen met) "
         r"(?:haar|zijn|hun|onze|de andere) (?:" + _WORD + r")?{b}-(?:partners|bondgenoten|"
         r"collega's|collega’s|ambtgenoten)\b",
         0.65, a_kinds=STATES, b_kinds=ORGS, lang="nl", blockable=False),
    # the members listed after the organisation: "the BRICS group, which consists of Brazil,
    # Russia, …" (the plain "BRICS comprises …" is read by ``member.consisting-of``), "de
    # BRICS-groep, die bestaat uit Brazilië, …", "Aukus, bestaande uit …"
    _cue("member.which-consists-of", MEM, "ba",
         r"{a}(?: \( [\w-]+ \))?(?: [\w-]+)? ,? (?:which|that) (?:consists|consisted|"
         r"is composed|is made up) of {the}{b}",
         0.75, a_kinds=ORGS, b_kinds=STATES, lang="en", blockable=False),
    _cue("nl.member-bestaat-uit", MEM, "ba",
         r"{a}(?:-[\w-]+| [\w-]+)?(?: ,)? (?:(?:die|dat) )?(?:bestaat|bestond|bestaande|"
         r"bestaan) uit {the}{b}",
         0.75, a_kinds=ORGS, b_kinds=STATES, lang="nl", blockable=False),
]  # fmt: skip
