"""Dutch constructions of issue 9 (round 11), each tested on sentences written for these
tests (not copied from any document), with varied actors, word order and tense; runs on
the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # an adjective right before a verb-final "verb": the plural noun it modifies
    ("Het kabinet veroordeelt de aanhoudende Russische aanvallen op de Oekraïense steden.",
     ("NLD", "THREATENS", "RUS"), ("NLD", "OPPOSES", "RUS")),
    ("Nederland veroordeelt de Iraanse aanvallen op Israël.",
     ("NLD", "THREATENS", "IRN"), ("IRN", "THREATENS", "ISR")),
    ("Frankrijk bekritiseerde gisteren de recente Chinese leveringen aan Rusland.",
     ("FRA", "SUPPORTS", "CHN"), None),
])
def test_no_false_relation(text, wrong, right):
    got = triples(text, lang="nl", date="2023-03-01", issuer="NLD")
    assert wrong not in got
    if right:
        assert right in got


@pytest.mark.parametrize(("text", "want"), [
    # an adjective with its noun before the verb is still the object
    ("Het kabinet wil dat Nederland de Oekraïense bevolking blijft steunen.",
     ("NLD", "SUPPORTS", "UKR")),
    ("Het kabinet verwacht dat Rusland Oekraïense steden opnieuw zal aanvallen.",
     ("RUS", "THREATENS", "UKR")),
    ("Bekend is dat Iran de Russische strijdkrachten bewapent.", ("IRN", "SUPPORTS", "RUS")),
])
def test_the_relation_is_read(text, want):
    assert want in triples(text, lang="nl", date="2023-03-01", issuer="NLD")
