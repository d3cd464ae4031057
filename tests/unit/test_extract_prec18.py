"""Precision on unseen text (issue 9, blind15's false positives grouped by construction):
a carried "the leaders" is never a leader named only as an aggressor, a place after
"X-backed …" is not the backed group, the object of "targeting" acts in no later clause,
who stresses a war is not its author, a Dutch clause with its own pronoun subject, and a
time adverbial ("sinds de Russische invasie") names no victim, nor is "voor X een
bedreiging" a threat by X. Our own sentences; runs on
the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str, lang: str = "en") -> set:
    res = extract_text(text, lang=lang, date="2023-03-01", issuer=None, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


def test_leaders_carry_skips_an_aggressor():
    got = triples("President Macron spoke with President Duda. Duda thanked France for its "
                  "support and described how French aid was helping Polish troops resist "
                  "Lukashenko's unjustified aggression. The leaders discussed continued "
                  "support for Moldova.")
    assert ("BLR", "SUPPORTS", "MDA") not in got
    assert {("FRA", "SUPPORTS", "MDA"), ("POL", "SUPPORTS", "MDA")} <= got


def test_leaders_carry_still_reads_the_parties():
    got = triples("President Macron called President Duda. The leaders discussed continued "
                  "support for Moldova.")
    assert {("FRA", "SUPPORTS", "MDA"), ("POL", "SUPPORTS", "MDA")} <= got


def test_backed_group_is_not_its_place():
    assert ("IRN", "SUPPORTS", "IRQ") not in triples(
        "Iranian-backed militias in Iraq attacked the base.")
    assert ("IRN", "SUPPORTS", "HOUTHIS") in triples(
        "The Iran-backed Houthis fired missiles at ships.")


def test_object_of_targeting_is_no_later_agent():
    got = triples("Last year the EU adopted sanctions targeting Belarus; we spent millions "
                  "to support Georgia.")
    assert ("BLR", "SUPPORTS", "GEO") not in got


@pytest.mark.parametrize(
    ("text", "want", "bad"),
    [
        ("Australia emphasised the war of aggression against Ukraine is far from the only "
         "crisis.", None, ("AUS", "THREATENS", "UKR")),
        ("Russia waged a war of aggression against Ukraine.", ("RUS", "THREATENS", "UKR"), None),
    ],
)
def test_who_stresses_a_war_is_not_its_author(text, want, bad):
    got = triples(text)
    assert want is None or want in got
    assert bad is None or bad not in got


def test_dutch_clause_with_its_own_subject():
    assert ("GEO", "SUPPORTS", "ARM") not in triples(
        "Wij sturen geen wapens meer naar Georgië, omdat we Armenië willen bewapenen.", "nl")
    assert ("DEU", "SUPPORTS", "UKR") in triples(
        "Het kabinet wil dat Duitsland Oekraïne blijft steunen.", "nl")


def test_dutch_time_adverbial_names_no_victim():
    got = triples("Litouwen, een trouwe bondgenoot van de Oekraïners sinds de Russische "
                  "invasie, levert munitie.", "nl")
    assert ("RUS", "THREATENS", "LTU") not in got
    assert ("RUS", "THREATENS", "LTU") in triples("Litouwen vreest de Russische agressie.", "nl")


def test_dutch_threat_noun_not_for_the_threatened_or_a_source():
    assert ("ISR", "THREATENS", "IRN") not in triples(
        "Omdat Iran ook voor Israël een grote bedreiging vormt, werken Egypte en Jordanië "
        "samen.", "nl")
    assert ("JPN", "THREATENS", "PRK") not in triples(
        "Noord-Korea vormt volgens Japan een bedreiging.", "nl")
    assert ("RUS", "THREATENS", "EST") in triples("Rusland blijft een bedreiging voor Estland.",
                                                  "nl")


def test_both_countries_in_a_new_paragraph_are_the_documents_pair():
    got = triples("Litouwen en Letland kopen samen munitie. Ook tussen Estland en Finland is al "
                  "lang toenadering.\n\nRol van Washington\n\nDe rol van Washington is groot. "
                  "Beide landen zijn belangrijke bondgenoten van de Amerikanen.", "nl")
    assert ("EST", "PARTNERS_WITH", "USA") not in got
    assert {("LTU", "PARTNERS_WITH", "USA"), ("LVA", "PARTNERS_WITH", "USA")} <= got
    # a pair named in the same paragraph is still the one carried
    got = triples("Litouwen en Letland kopen samen munitie.\n\nOok Estland en Finland werken "
                  "samen. Beide landen zijn bondgenoten van de Amerikanen.", "nl")
    assert {("EST", "PARTNERS_WITH", "USA"), ("FIN", "PARTNERS_WITH", "USA")} <= got
