"""The aggressor of a war named in a relative clause (cues_war_started.py) or after "door"
(wars.py), from sentences written for these tests."""

import pytest

from actorgraph.loaders.extract import extract_text


def _threats(text: str, lang: str) -> set:
    r = extract_text(text, lang=lang, date="2023-05-01")
    return {(x.source, x.target) for x in r.relations if x.type.value == "THREATENS"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The war against Armenia that Azerbaijan started is over.", "en", ("AZE", "ARM")),
        ("The invasion of Georgia, which Russia launched in 2008, ended in days.", "en",
         ("RUS", "GEO")),
        ("De schade komt door de oorlog tegen Armenië die Azerbeidzjan is begonnen.", "nl",
         ("AZE", "ARM")),
        # "door X" after a war noun, the victim from the document's one receiver of support
        ("Nederland blijft Armenië steunen. We veroordelen de invasie door Azerbeidzjan.", "nl",
         ("AZE", "ARM")),
    ],
)
def test_aggressor_read(text, lang, want):
    assert want in _threats(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The war in Armenia that Georgia fears could spread.", "en"),
        ("De oorlog in Armenië die Georgië vreest, kan zich uitbreiden.", "nl"),
        ("Nederland blijft Armenië steunen. Een invasie door Georgië is niet te verwachten.", "nl"),
    ],
)
def test_no_aggressor_read(text, lang):
    assert not {t for t in _threats(text, lang) if t[0] == "GEO"}
