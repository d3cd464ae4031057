"""Dutch constructions of issue 9 (round 14: the Dutch misses of blind4..blind9 by
construction class), each tested on sentences written for these tests (not copied from any
document), with varied actors, word order and tense; runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str, issuer: str | None = None, date: str = "2023-03-01") -> set:
    return triples(text, lang="nl", date=date, issuer=issuer)


@pytest.mark.parametrize(("text", "want"), [
    ("Volgens de veiligheidsdienst spioneert Iran al jaren actief in Duitsland.",
     ("IRN", "THREATENS", "DEU")),
    ("Noord-Korea spioneerde vorig jaar op grote schaal in Zuid-Korea.",
     ("PRK", "THREATENS", "KOR")),
    ("Volgens het rapport bespioneert Rusland Estland via ingehuurde hackers.",
     ("RUS", "THREATENS", "EST")),
    ("Rusland heeft offensieve cyberprogramma's gericht tegen de belangen van Polen.",
     ("RUS", "THREATENS", "POL")),
    ("Tegelijk breidt Iran zijn invloed uit en heeft het een cyberprogramma gericht op "
     "Saoedi-Arabië.", ("IRN", "THREATENS", "SAU")),
    ("De beïnvloedingscampagnes van China tegen Australië worden steeds brutaler.",
     ("CHN", "THREATENS", "AUS")),
])
def test_spying_and_hostile_programmes(text, want):
    assert want in nl(text)


@pytest.mark.parametrize("text", [
    "Frankrijk spioneert niet in België, zegt de minister.",
    "Spanje voert cyberoperaties uit gericht tegen criminele netwerken.",
    "Duitsland heeft een cyberprogramma gericht op de bescherming van vitale sectoren.",
])
def test_no_threat_without_a_hostile_act_on_a_state(text):
    assert not {t for t in nl(text) if t[1] == "THREATENS"}



@pytest.mark.parametrize(("text", "want"), [
    ("Het oprukken van Wit-Russische troepen naar Litouwen zou een ernstige escalatie zijn.",
     ("BLR", "THREATENS", "LTU")),
    ("De opmars van Azerbeidzjaanse eenheden in Armenië gaat door.", ("AZE", "THREATENS", "ARM")),
    ("Volgens de krant rukken Russische strijdkrachten verder op in Georgië.",
     ("RUS", "THREATENS", "GEO")),
    # the "niet" belongs to what held the invader back, not to the invasion
    ("Eerdere sancties hebben Rusland er niet van weerhouden Georgië binnen te vallen.",
     ("RUS", "THREATENS", "GEO")),
])
def test_troops_advancing_and_unrestrained_invasion(text, want):
    assert want in nl(text)


def test_owner_troops_need_an_advance():
    got = nl("De inzet van Belgische militairen in Mali wordt met een jaar verlengd.")
    assert not {t for t in got if t[1] == "THREATENS"}


def test_a_meeting_widened_with_partners():
    text = ("De ministers van de Europese Unie kwamen dinsdag bijeen in Luxemburg. Het overleg "
            "werd uitgebreid met de Japanse en Australische partners.")
    got = {tuple(sorted((s, t))) for s, r, t in nl(text) if r == "PARTNERS_WITH"}
    assert {("EU", "JPN"), ("AUS", "EU")} <= got


def test_partners_present_one_named():
    text = ("De NAVO-top werd voortgezet in het bijzijn van vier partners, onder wie de premier "
            "van Japan.")
    got = {tuple(sorted((s, t))) for s, r, t in nl(text) if r == "PARTNERS_WITH"}
    assert ("JPN", "NATO") in got


@pytest.mark.parametrize(("text", "pair"), [
    ("Het kabinet werkt hierin nauw samen met andere partners zoals Zuid-Korea.", ("KOR", "NLD")),
    ("Nederland overlegt daarover met Europese partners en partners als Canada.",
     ("CAN", "NLD")),
])
def test_working_with_partners_such_as(text, pair):
    got = {tuple(sorted((s, t))) for s, r, t in nl(text, issuer="NLD") if r == "PARTNERS_WITH"}
    assert pair in got


def test_partners_such_as_needs_working_together():
    got = nl("Het kabinet uitte kritiek op partners als Hongarije.", issuer="NLD")
    assert not {t for t in got if t[1] == "PARTNERS_WITH"}


def test_reconstruction_names_the_place_of_the_war():
    text = ("Het kabinet trekt extra geld uit voor de wederopbouw van Georgië. Ter plaatse zag de "
            "minister de schade die de Russische agressie heeft aangericht.")
    assert ("RUS", "THREATENS", "GEO") in nl(text, issuer="NLD")
    two = ("Het kabinet steunt de wederopbouw van Georgië en de wederopbouw van Armenië. Ter "
           "plaatse zag de minister de schade die de Russische agressie heeft aangericht.")
    assert not {t for t in nl(two, issuer="NLD") if t[:2] == ("RUS", "THREATENS")
                and t[2] in ("GEO", "ARM")}
