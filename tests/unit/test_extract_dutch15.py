"""Dutch constructions of issue 9 (round 15: blind12's Dutch false positives and news
verbs of threatening and of drawing ties closer), each tested on sentences written for
these tests (not copied from any document); runs on the real catalogue."""

from __future__ import annotations

import pytest

from extract_triples import triples


def nl(text: str) -> set:
    return triples(text, lang="nl", date="2023-03-01")


@pytest.mark.parametrize(("text", "unwanted"), [
    # a message handed to a state is no support of it
    ("Nederland verlengt de sancties om Iran een krachtig signaal te geven.",
     ("NLD", "SUPPORTS", "IRN")),
    ("Duitsland zet zich in om Wit-Rusland een duidelijke waarschuwing te geven.",
     ("DEU", "SUPPORTS", "BLR")),
    # who sees or calls something a threat is threatened, not threatening
    ("China ziet een ernstige bedreiging voor Noord-Korea in de nieuwe raketbasis.",
     ("CHN", "THREATENS", "PRK")),
    ("België zag een gevaar voor Congo in de plannen.", ("BEL", "THREATENS", "COD")),
    ("Servië noemt de nieuwe wet een gevaar voor Kosovo.", ("SRB", "THREATENS", "XKX")),
    # the applicant follows "door": not the main clause's subject
    ("Turkije ziet problemen in het verzoek om EU-lidmaatschap door Georgië.",
     ("TUR", "ASPIRES_TO_JOIN", "EU")),
])
def test_blind12_false_positive_constructions(text, unwanted):
    assert unwanted not in nl(text)


def test_plain_aid_and_threat_still_read():
    assert ("DEU", "SUPPORTS", "MDA") in nl(
        "Duitsland stuurt geld om Moldavië verder te ondersteunen.")
    assert ("IRN", "THREATENS", "ISR") in nl("Iran vormt een bedreiging voor Israël.")


@pytest.mark.parametrize(("text", "want"), [
    ("Wit-Rusland dreigt met harde maatregelen tegen Polen vanwege de gesloten grens.",
     ("BLR", "THREATENS", "POL")),
    ("Iran heeft gisteren gedreigd met zware represailles voor Israël.",
     ("IRN", "THREATENS", "ISR")),
    ("Turkije dreigt Griekenland met militaire stappen.", ("TUR", "THREATENS", "GRC")),
])
def test_threatening_with(text, want):
    assert want in nl(text)


@pytest.mark.parametrize("text", [
    "Hongarije dreigt met een veto tegen de steun voor Oekraïne.",
    "Japan dreigt zijn positie in Azië te verliezen aan China.",
    "Polen dreigt met sancties tegen Wit-Rusland.",
])
def test_no_threat_in_a_veto_sanction_or_risk(text):
    assert not {t for t in nl(text) if t[1] == "THREATENS"}


@pytest.mark.parametrize(("text", "want"), [
    ("Vietnam en Indonesië halen de banden aan.", ("IDN", "PARTNERS_WITH", "VNM")),
    ("Brazilië haalt de banden met Argentinië aan.", ("ARG", "PARTNERS_WITH", "BRA")),
    ("Ecuador heeft de banden met Peru aangehaald.", ("ECU", "PARTNERS_WITH", "PER")),
    ("Marokko sluit een visserijdeal met Mauritanië.", ("MAR", "PARTNERS_WITH", "MRT")),
])
def test_ties_and_deals(text, want):
    assert want in nl(text)


@pytest.mark.parametrize("text", [
    "Het is onduidelijk of Chili een deal met Peru sluit.",
    "Ghana sluit een lening af bij het IMF.",
])
def test_no_partnership_in_a_doubt_or_a_loan(text):
    assert not {t for t in nl(text) if t[1] == "PARTNERS_WITH"}


def test_heads_of_state_drawing_ties_closer():
    assert ("PRK", "PARTNERS_WITH", "RUS") in nl("Poetin en Kim Jong-un halen banden aan.")


@pytest.mark.parametrize(("text", "want"), [
    ("Rusland heeft voor de derde dag op rij marineoefeningen uitgevoerd in de wateren rond "
     "Japan.", ("RUS", "THREATENS", "JPN")),
    ("Oekraïne vraagt wapens om de Russische troepen uit Oekraïne te verdrijven.",
     ("RUS", "THREATENS", "UKR")),
    ("De Arabische Liga telt 22 lidstaten, waaronder Somalië.",
     ("SOM", "MEMBER_OF", "ARAB-LEAGUE")),
    ("De NAVO telt 31 leden, zoals Noorwegen en IJsland.", ("ISL", "MEMBER_OF", "NATO")),
])
def test_drills_expelled_troops_and_member_counts(text, want):
    assert want in nl(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Spanje houdt voor de derde keer dit jaar een oefening met Marokko in de wateren nabij "
     "Portugal.", ("ESP", "THREATENS", "PRT")),
    ("Het land telt 12 provincies, waaronder Utrecht.", None),
    ("Nederland wil de Russische invloed uit Afrika verdrijven.", ("RUS", "THREATENS", "NLD")),
])
def test_no_threat_in_joint_drills_nor_member_without_members(text, unwanted):
    got = nl(text)
    if unwanted is None:
        assert not {t for t in got if t[1] == "MEMBER_OF"}
    else:
        assert unwanted not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Duitsland steunt het EU kandidaat-lidmaatschap van Georgië.", ("DEU", "SUPPORTS", "GEO")),
    ("Oostenrijk steunt het kandidaat-lidmaatschap van Albanië.", ("AUT", "SUPPORTS", "ALB")),
    ("Het EU-kandidaat-lidmaatschap van Albanië ligt op tafel.",
     ("ALB", "ASPIRES_TO_JOIN", "EU")),
])
def test_candidate_membership(text, want):
    assert want in nl(text)


def test_a_members_membership_is_no_candidacy():
    got = nl("Duitsland steunt het EU-lidmaatschap van Frankrijk niet meer.")
    assert not {t for t in got if t[1] in ("SUPPORTS", "ASPIRES_TO_JOIN")}


def test_no_threat_from_who_protests_against_drills():
    got = nl("Zuid-Korea protesteerde voor de tweede keer deze maand tegen de oefeningen in de "
             "wateren rond Japan.")
    assert not {t for t in got if t[1] == "THREATENS"}
