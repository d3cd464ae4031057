"""Dutch constructions of issue 9 (round 13: news of blind10 and blind11 by construction
class), each tested on sentences written for these tests (not copied from any document),
with varied actors, word order and tense; runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str, issuer: str | None = None, date: str = "2023-03-01") -> set:
    return triples(text, lang="nl", date=date, issuer=issuer)


@pytest.mark.parametrize(("text", "want"), [
    # letters of Latin Extended-A (č, ć, ł, ņ) belong to the name: the whole name is the id
    ("De Kroatische president Zoran Milanović sprak dinsdag met de Bosnische minister "
     "Elmedin Konaković.", {("zoran-milanovic", "REPRESENTS", "HRV"),
                            ("elmedin-konakovic", "REPRESENTS", "BIH")}),
    ("Volgens de Slowaakse minister Ivan Korčok is de stemming verdeeld.",
     {("ivan-korcok", "REPRESENTS", "SVK")}),
])
def test_names_with_extended_latin_letters(text, want):
    got = nl(text)
    assert want <= got
    assert not {t for t in got if t[1] == "REPRESENTS" and t not in want}
