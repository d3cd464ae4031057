"""Dutch constructions of issue 9 (round 11), each tested on sentences written for these
tests (not copied from any document), with varied actors, word order and tense; runs on
the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import assert_not_read, triples


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
    assert_not_read(got, wrong, right)


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


@pytest.mark.parametrize(("text", "issuer", "want"), [
    # an appeal to end what the addressee does reports that it does it
    ("Het kabinet roept Belarus op een einde te maken aan zijn steun voor de Russische oorlog.",
     "NLD", {("BLR", "SUPPORTS", "RUS"), ("NLD", "OPPOSES", "BLR")}),
    ("De EU riep Iran gisteren op om een onmiddellijk einde te maken aan de steun aan Rusland.",
     None, {("IRN", "SUPPORTS", "RUS"), ("EU", "OPPOSES", "IRN")}),
    ("Nederland riep Noord-Korea op geen munitie meer aan Rusland te leveren.",
     "NLD", {("PRK", "SUPPORTS", "RUS"), ("NLD", "OPPOSES", "PRK")}),
    # the European Parliament is an institution of the EU
    ("Het Europees Parlement veroordeelt de aanvalsoorlog van Rusland tegen Georgië.",
     None, {("EU", "OPPOSES", "RUS"), ("RUS", "THREATENS", "GEO")}),
    ("Vorige week sprak het Europees Parlement zijn steun uit voor Moldavië.",
     None, {("EU", "SUPPORTS", "MDA")}),
    # "aan de zijde van", "zij aan zij met": standing (or fighting) on a state's side
    ("Ons land staat aan de zijde van Oekraïne.", "BEL", {("BEL", "SUPPORTS", "UKR")}),
    ("Het kabinet benadrukt dat Nederland ook in de toekomst aan de zijde van de Oekraïense "
     "bevolking zal staan.", "NLD", {("NLD", "SUPPORTS", "UKR")}),
    ("Volgens het kabinet vechten Noord-Koreaanse militairen inmiddels aan de zijde van "
     "Rusland.", "NLD", {("PRK", "SUPPORTS", "RUS")}),
    ("Daarom staat Japan zij aan zij met de Filipijnen.", None, {("JPN", "SUPPORTS", "PHL")}),
])
def test_appeals_institutions_and_sides(text, issuer, want):
    assert want <= triples(text, lang="nl", date="2023-03-01", issuer=issuer)


@pytest.mark.parametrize("text", [
    # an appeal that something not begin reports nothing about the addressee
    "Nederland roept China op om geen wapens aan Rusland te leveren.",
    # an object that is not an actor after the inverted verb
    "In de Raad staat België achter het voorstel van de Commissie.",
])
def test_nothing_read(text):
    got = triples(text, lang="nl", date="2023-03-01", issuer="NLD")
    assert not {t for t in got if t[1] in ("SUPPORTS", "THREATENS")}


@pytest.mark.parametrize(("text", "want"), [
    # allocating money or aid: every clause order, the receiver after "voor"/"aan"
    ("België kent 5 miljoen euro toe aan Libanon.", ("BEL", "SUPPORTS", "LBN")),
    ("Duitsland kende Oekraïne vorige week een nieuw steunpakket toe.",
     ("DEU", "SUPPORTS", "UKR")),
    ("Daarom trekt het kabinet dit jaar 100 miljoen euro extra uit voor de luchtverdediging "
     "van Oekraïne.", ("NLD", "SUPPORTS", "UKR")),
    ("De minister kondigde aan dat België 10 miljoen euro vrijmaakt voor Soedan.",
     ("BEL", "SUPPORTS", "SDN")),
    ("Het kabinet heeft besloten 20 miljoen euro te reserveren voor de wederopbouw van Syrië.",
     ("NLD", "SUPPORTS", "SYR")),
    ("Japan heeft 10 miljoen dollar toegekend aan Moldavië.", ("JPN", "SUPPORTS", "MDA")),
])
def test_allocating_money_supports(text, want):
    issuer = "BEL" if "België" in text else "NLD"
    assert want in triples(text, lang="nl", date="2023-03-01", issuer=issuer)


@pytest.mark.parametrize("text", [
    # no amount or aid: a status, a value, a withdrawal
    "De EU kent Georgië de status van kandidaat-lidstaat toe.",
    "Het kabinet kent veel waarde toe aan de betrekkingen met Duitsland.",
    "Nederland trekt zich terug uit de missie in Mali.",
])
def test_allocating_nothing(text):
    got = triples(text, lang="nl", date="2023-03-01", issuer="NLD")
    assert not {t for t in got if t[1] == "SUPPORTS"}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # a member backing its own organisation's work is participation, not support
    ("Nederland steunt de inspanningen van de EU in de Sahel.", ("NLD", "SUPPORTS", "EU"),
     None),
    ("België steunt volledig de aanpak van de Commissie.", ("BEL", "SUPPORTS", "EU"), None),
    ("Duitsland steunt de inzet van de NAVO aan de oostflank.", ("DEU", "SUPPORTS", "NATO"),
     None),
    # a colleague OF someone is not the office that person holds
    ("De Franse collega van minister Bruins Slot, Stéphane Séjourné, was ook aanwezig.",
     ("hanke-bruins-slot", "REPRESENTS", "FRA"), ("hanke-bruins-slot", "REPRESENTS", "NLD")),
])
def test_members_and_colleagues(text, wrong, right):
    got = triples(text, lang="nl", date="2024-03-01", issuer="NLD")
    assert_not_read(got, wrong, right)


@pytest.mark.parametrize(("text", "want"), [
    # a non-member's backing of an organisation is still read
    ("Japan steunt de inspanningen van de NAVO.", ("JPN", "SUPPORTS", "NATO")),
    # "ambtgenoot"/"collega" with a state's adjective, and Dutch transliterations
    ("Minister Bruins Slot sprak met haar Poolse ambtgenoot Sikorski.",
     ("radoslaw-sikorski", "REPRESENTS", "POL")),
    ("Hoekstra sprak met zijn Oekraïense collega Koeleba over de oorlog.",
     ("dmytro-kuleba", "REPRESENTS", "UKR")),
    ("De Russische minister van Defensie Sjojgoe bezocht Pyongyang.",
     ("sergei-shoigu", "REPRESENTS", "RUS")),
])
def test_offices_read(text, want):
    assert want in triples(text, lang="nl", date="2023-03-01", issuer="NLD")


@pytest.mark.parametrize(("text", "want"), [
    # word order: inversion with the receiver after "aan", a longer run before the object
    # of a separable verb (its particle closes the clause)
    ("Bovendien levert Duitsland sinds 2023 ook Patriot-systemen aan Oekraïne.",
     ("DEU", "SUPPORTS", "UKR")),
    ("Ook stuurde Japan afgelopen maand noodhulp naar Turkije.", ("JPN", "SUPPORTS", "TUR")),
    ("Rusland viel op 24 februari 2022 Oekraïne binnen.", ("RUS", "THREATENS", "UKR")),
    ("Daarom valt Rusland sinds maandag opnieuw Oekraïne aan.", ("RUS", "THREATENS", "UKR")),
    # summoning a state's envoy calls it to account
    ("Nederland heeft de Iraanse ambassadeur op het ministerie ontboden.",
     ("NLD", "OPPOSES", "IRN")),
    ("Daarom ontbood België de zaakgelastigde van Rusland.", ("BEL", "OPPOSES", "RUS")),
    ("Het kabinet ontbiedt de Chinese ambassadeur.", ("NLD", "OPPOSES", "CHN")),
])
def test_word_order_and_summons(text, want):
    assert want in triples(text, lang="nl", date="2023-03-01", issuer="NLD")


@pytest.mark.parametrize("text", [
    # a prepositional object is no object of the separable verb; speaking with an envoy is
    # no summons
    "Rusland neemt in het overleg met Turkije een harde positie in.",
    "Minister Hoekstra sprak met de Oekraïense ambassadeur.",
    "Daarom geeft het kabinet aan de Kamer aan dat het overleg doorgaat.",
])
def test_word_order_nothing(text):
    got = triples(text, lang="nl", date="2023-03-01", issuer="NLD")
    assert not {t for t in got if t[1] in ("SUPPORTS", "THREATENS", "OPPOSES")}


def test_inverted_adjective_subject_is_no_giver():
    got = triples("Eeuwenlang verstrekten Venetiaanse en Italiaanse banken leningen aan Franse "
                  "vorsten.", lang="nl", date="2023-03-01", issuer="NLD")
    assert ("ITA", "SUPPORTS", "FRA") not in got
