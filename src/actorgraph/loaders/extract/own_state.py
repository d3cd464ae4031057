""""His country", "her government": the state of the office holder the sentence named
before.

News and releases report a leader's words in the third person: "Prime Minister Justin
Trudeau said his country would keep providing aid to Ukraine", "Chancellor Scholz said
his government will send tanks". The phrase is the state the last person named before
it in the same sentence holds office for on the document's date; with no such person
(or one without a single office) it names nobody.

Example
-------
>>> from actorgraph.loaders.extract.analysis import Mention
>>> ms = [Mention(0, 7, ["justin-trudeau"], {"name", "person"}, "Trudeau"),
...       Mention(13, 24, [OWN_STATE], {"anaphora"}, "his country")]
>>> [m.actors for m in own_state_mentions(ms, {"justin-trudeau": "CAN"}.get)]
[['justin-trudeau'], ['CAN']]
"""

from __future__ import annotations

from collections.abc import Callable

from actorgraph.loaders.extract.analysis import Mention
from actorgraph.loaders.extract.lexicon import OWN_STATE


def own_state_mentions(
    resolved: list[Mention], office_of: Callable[[str], str | None]
) -> list[Mention]:
    """``resolved`` (one sentence's mentions, in order) with each "his country" replaced by
    the state of the last person before it (``office_of(person)``), or dropped."""
    if not any(OWN_STATE in m.actors for m in resolved):
        return resolved
    out: list[Mention] = []
    person_state: str | None = None
    for m in resolved:
        if OWN_STATE in m.actors:
            if person_state:
                out.append(Mention(m.start, m.end, [person_state], {"name", "carried"}, m.text))
            continue
        if "person" in m.forms and len(m.actors) == 1:
            person_state = office_of(m.actors[0])
        out.append(m)
    return out
