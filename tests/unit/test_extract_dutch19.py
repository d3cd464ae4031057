"""Dutch recall of the nineteenth round (issue 9): the spelling "Oekraïeners" names
Ukraine's people like "Oekraïners", and a capital after "naar"/"aan" that receives arms or
aid stands for its state ("stuurde wapens naar Kiev"), while troops, envoys or missiles
sent to a capital, and a trip there, name no receiver. Our own sentences; runs on the real
reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str) -> set:
    res = extract_text(text, lang="nl", date="2023-03-01", issuer=None, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


@pytest.mark.parametrize("text, want", [
    ("Finland stuurt al maanden wapens naar de Oekraïeners.", ("FIN", "SUPPORTS", "UKR")),
    ("Estland, een van de trouwste bondgenoten van de Oekraïeners, levert munitie.",
     ("EST", "PARTNERS_WITH", "UKR")),
    ("Noorwegen stuurde vorige week munitie naar Kiev.", ("NOR", "SUPPORTS", "UKR")),
    ("Denemarken levert luchtafweer aan Kiev.", ("DNK", "SUPPORTS", "UKR")),
])  # fmt: skip
def test_dutch_round19_reads(text, want):
    assert want in triples(text)


@pytest.mark.parametrize("text, bad", [
    ("Noorwegen stuurde een delegatie naar Kiev.", ("NOR", "SUPPORTS", "UKR")),
    ("De Noorse premier reisde vorige week naar Kiev.", ("NOR", "SUPPORTS", "UKR")),
    ("Rusland stuurde opnieuw raketten naar Kiev.", ("RUS", "SUPPORTS", "UKR")),
    ("Rusland stuurde troepen naar Minsk.", ("RUS", "SUPPORTS", "BLR")),
])  # fmt: skip
def test_dutch_round19_negatives(text, bad):
    assert bad not in triples(text)
