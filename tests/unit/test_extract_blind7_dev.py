"""Constructions from blind7's first scoring (development data since), tested on sentences
of our own: a Dutch verb of offering with a support noun, objects that turn a verb of giving
into blame or resistance, a date after the preposition of an aggression noun, and a
coordinated list of what support is for."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text


def triples(text: str, lang: str = "nl", issuer: str | None = None) -> set:
    res = extract_text(text, lang=lang, issuer=issuer, date="2022-10-01")
    return {(r.source, r.type.value, r.target) for r in res.relations}


def test_an_offer_of_aid_is_support():
    assert ("BEL", "SUPPORTS", "MDA") in triples("België biedt Moldavië dringend noodhulp.")
    assert ("DEU", "SUPPORTS", "GEO") in triples(
        "Vorig jaar bood Duitsland Georgië financiële steun aan.")


def test_an_offer_of_an_opportunity_is_not_support():
    assert triples("De aanwezigheid van Japan bood Finland de gelegenheid tot overleg.") == set()


def test_blame_and_resistance_are_not_support():
    got = triples("Frankrijk geeft Iran de schuld van het incident.")
    assert ("FRA", "SUPPORTS", "IRN") not in got
    assert ("GEO", "SUPPORTS", "RUS") not in triples("Georgië biedt Rusland al jaren het hoofd.")
    # the plain verb of giving still reads
    assert ("FRA", "SUPPORTS", "ARM") in triples("Frankrijk geeft Armenië extra steun.")


def test_a_date_after_an_aggression_noun_names_no_target():
    got = triples("Na de aanval van Azerbeidzjan op 13 september heeft Armenië het CSTO om "
                  "hulp gevraagd.")
    assert ("ARM", "THREATENS", "AZE") not in got
    got = triples("De invasie van Georgië in augustus heeft Rusland nooit erkend als oorlog.")
    assert ("GEO", "THREATENS", "RUS") not in got
    # a target after the preposition still reads
    got = triples("De aanval van Azerbeidzjan op Armenië duurt voort.")
    assert ("AZE", "THREATENS", "ARM") in got


def test_support_for_two_attributes_of_a_state():
    got = triples("Canada reaffirms its support for the independence and sovereignty of Moldova.",
                  lang="en")
    assert ("CAN", "SUPPORTS", "MDA") in got
    got = triples("Polen herhaalt zijn steun voor de onafhankelijkheid en soevereiniteit van "
                  "Georgië.")
    assert ("POL", "SUPPORTS", "GEO") in got


# ------------------------------------------- found in review of the sixth round (extract6)
def test_a_vowel_apart_is_another_person_not_the_catalogues():
    got = triples("Prime Minister Park Geun-hee of South Korea met the President.", lang="en",
                  issuer="USA")
    assert ("park-geun-hye", "REPRESENTS", "KOR") not in got
    got = triples("Foreign Minister Heike Maas of Germany met the President.", lang="en",
                  issuer="USA")
    assert ("heiko-maas", "REPRESENTS", "DEU") not in got


def test_a_doubled_letter_is_the_catalogues_person():
    from actorgraph.loaders.extract.lexicon import Lexicon

    lex = Lexicon([], kinds={"abdullah-al-hassan": "person"})
    assert lex.person_spelled("abdulah-al-hasan") == "abdullah-al-hassan"
    assert lex.person_spelled("abdullah-e-al-hassan") == "abdullah-al-hassan"
    assert lex.person_spelled("abdullah-al-hussan") == "abdullah-al-hussan"


def test_what_a_sentence_says_against_a_mission_is_not_about_its_host():
    head = "Statement on the Multinational Security Support Mission to Haiti\n\n"
    assert ("RUS", "OPPOSES", "HTI") not in triples(head + "Russia opposes this mission.",
                                                    lang="en", issuer="USA")
    got = triples(head + "Chad and Benin have pledged personnel to this mission.", lang="en",
                  issuer="USA")
    assert {("TCD", "SUPPORTS", "HTI"), ("BEN", "SUPPORTS", "HTI")} <= got


def test_an_embassy_is_no_mission_to_a_state():
    got = triples("Readout of a call with the U.S. Mission to Russia\n\n"
                  "Poland condemned this mission.", lang="en", issuer="USA")
    assert ("POL", "OPPOSES", "RUS") not in got


def test_damage_wrought_in_english_order():
    got = triples("We will never forget the destruction that Russia has wrought in Georgia.",
                  lang="en", issuer="USA")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("The damage that Russia saw in Ukraine caused alarm in Kyiv.", lang="en",
                  issuer="USA")
    assert ("RUS", "THREATENS", "UKR") not in got


def test_a_joint_statements_authors_do_not_all_speak_for_the_issuer():
    got = triples("Joint statement by Foreign Minister Ana Petrescu and Foreign Minister Ola Berg.",
                  lang="en", issuer="USA")
    assert ("ana-petrescu", "REPRESENTS", "USA") not in got
    got = triples("Statement by Ambassador Ana Petrescu on the situation in Sudan.", lang="en",
                  issuer="USA")
    assert ("ana-petrescu", "REPRESENTS", "USA") in got
