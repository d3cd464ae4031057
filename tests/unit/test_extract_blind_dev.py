"""Failure classes found on the first blind set (issue 9, now development data), each
checked on sentences of our own wording, not the set's: the rule, not the sentence, is
what passes. Runs on the real reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text


def triples(text: str, *, lang: str = "en", date: str = "2024-05-02",
            issuer: str | None = "USA") -> set[tuple[str, str, str]]:
    res = extract_text(text, lang=lang, date=date, issuer=issuer)
    return {(r.source, r.type.value, r.target) for r in res.relations}


# --------------------------------------- a third party is the subject of the clause
def test_those_who_supply_are_not_the_speaker():
    got = triples("We stress that those who supply Hezbollah with rockets breach the "
                  "arms embargo.")
    assert not any(t == "SUPPORTS" for _, t, _ in got)
    # the speaker as the subject still counts
    assert ("USA", "SUPPORTS", "UKR") in triples("We supply Ukraine with air defense.")


def test_entities_providing_support_are_not_the_speaker():
    got = triples("We will keep raising costs on Iran, including on companies providing "
                  "support for Russia's drone industry.")
    assert ("USA", "SUPPORTS", "RUS") not in got
    assert ("USA", "OPPOSES", "IRN") in got


# ---------------------------------------------------- "A, with support from B, …"
def test_backers_in_an_aside_support_the_subject_and_do_not_strike():
    got = triples("The navies of France and Spain, with support from Portugal and Norway, "
                  "carried out strikes against pirate bases in Somalia.")
    assert {("PRT", "SUPPORTS", "FRA"), ("NOR", "SUPPORTS", "ESP")} <= got
    assert ("FRA", "THREATENS", "SOM") in got
    assert ("PRT", "THREATENS", "SOM") not in got
    got = triples("Kenya, with the backing of Uganda, launched an offensive against Somalia.")
    assert ("UGA", "SUPPORTS", "KEN") in got
    assert ("UGA", "THREATENS", "SOM") not in got
