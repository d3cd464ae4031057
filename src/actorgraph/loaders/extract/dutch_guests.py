"""Dutch partners at the table (issue 9, round 14): PARTNERS_WITH written as the partners a
meeting or a government works with.

- **a meeting widened with partners named by their state's adjective**: "De Raad werd
  uitgebreid met de Japanse en Australische partners" (the document's organisation and each
  state);
- **partners present, one named**: "in aanwezigheid van zes partners, waaronder de minister
  van Buitenlandse Zaken van Georgië" (the document's organisation and the state);
- **working with partners such as a state**: "Het kabinet werkt hierover samen met partners
  als Japan", "staat in nauw contact met Europese partners en andere partners zoals Canada"
  (the agent found as for any agent-less cue: subject, issuer).

>>> sorted({c.name for c in dutch_guest_cues()})
['nl.partner-guests', 'nl.partner-such-as']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ORGS, STATES, Cue, _cue

_W = r"(?:[^\s\ue000-\uefff;:,]+ )"
_PARTNERS = r"(?:partners|partnerlanden|partnerländer)"
_TOGETHER = (r"(?:samen|samenwerking|samenwerken|samenwerkt|contact|overleg|overlegt|"
             r"overleggen|optrekken|optrekt|op te trekken|afstemming|stemt af|afstemmen)")


def dutch_guest_cues() -> list[Cue]:
    """The cues of the module docstring."""
    return [
        _cue("nl.partner-guests", "PARTNERS_WITH", "context-org",
             r"\b(?:uitgebreid|uitgebreide|verruimd|aangevuld) met (?:de )?{a} (?:[\w-]+ )?"
             + _PARTNERS + r"\b", 0.65, a_kinds=STATES, a_forms={"adjective"}, lang="nl",
             anchor="uitgebreid|verruimd|aangevuld"),
        _cue("nl.partner-guests", "PARTNERS_WITH", "context-org",
             r"\bin (?:aanwezigheid|het bijzijn|bijzijn) van " + _W + r"{0,2}?" + _PARTNERS
             + r" (?:, )?(?:waaronder|onder wie|onder meer|met name) (?:de |het )?"
             r"(?:[\w-]+ )?(?:minister|ministers|premier|president|vertegenwoordigers?|"
             r"ambassadeur) (?:van (?:buitenlandse zaken|defensie) )?(?:van |uit )?{a}", 0.65,
             a_kinds=STATES, lang="nl", anchor="aanwezigheid|bijzijn"),
        _cue("nl.partner-such-as", "PARTNERS_WITH", "agent",
             r"\b" + _TOGETHER + r" " + _W + r"{0,2}?met (?:[^;:]+? )?" + _PARTNERS
             + r" (?:als|zoals|waaronder|onder meer) {the}{b}", 0.6, b_kinds=STATES | ORGS,
             lang="nl", anchor="partners|partnerlanden"),
    ]  # fmt: skip
