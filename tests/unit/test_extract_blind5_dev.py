"""Failure classes found on the fifth blind set (issue 9, now development data), each
checked on sentences of our own wording, not the set's: the rule, not the sentence, is
what passes. Runs on the real reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text
from extract_triples import triples

# ------------------------- who answers: "Beantwoord door NAME (office …)" in metadata
_ANSWER_HEAD = (
    "Kamervraag 2023Z99999\n\nDe situatie in Kirgizië\n\n"
    "Ingediend 2 februari 2023\nBeantwoord 1 maart 2023\n"
    "Beantwoord door {who}\n\n • Vraag 1\n  Kent u het bericht?\n\n  Ja.\n"
)


def test_answering_ministers_in_brackets_represent_their_state():
    text = _ANSWER_HEAD.format(
        who="Kajsa Ollongren (minister defensie) (D66), Liesje Schreinemacher (minister "
            "zonder portefeuille buitenlandse zaken) (VVD)")
    got = triples(text, lang="nl", date="2023-03-01", issuer=None)
    assert ("kajsa-ollongren", "REPRESENTS", "NLD") in got
    # "zonder" belongs to the title, it denies nothing
    assert ("liesje-schreinemacher", "REPRESENTS", "NLD") in got


def test_the_answering_minister_makes_the_state_the_speaker():
    text = _ANSWER_HEAD.format(who="Wopke Hoekstra (minister buitenlandse zaken) (CDA)")
    res = extract_text(text, lang="nl", date="2023-03-01", issuer=None)
    assert res.issuers == ["NLD"]
    # no answering line: no speaker from it
    res = extract_text(text.replace("Beantwoord door", "Gesproken met"), lang="nl",
                       date="2023-03-01", issuer=None)
    assert res.issuers == []


def test_an_unknown_state_secretary_answering_belongs_to_the_issuer():
    text = _ANSWER_HEAD.format(
        who="Wopke Hoekstra (minister buitenlandse zaken) (CDA), Jan de Boerhaave "
            "(staatssecretaris financiën) (VVD)")
    got = triples(text, lang="nl", date="2023-03-01", issuer=None)
    assert ("jan-de-boerhaave", "REPRESENTS", "NLD") in got
    # a name with an office in brackets elsewhere than the answering line names no state
    got = triples("Tijdens het bezoek sprak Jan de Boerhaave (staatssecretaris) met de pers.",
                  lang="nl", date="2023-03-01", issuer="NLD")
    assert not any(t == "REPRESENTS" for _, t, _ in got)


# ------------------------------------ aggression named by its agent, the victim elsewhere
def test_aggression_of_an_agent_threatens_the_state_the_sentence_names():
    got = triples("The Prime Minister praised Georgia for standing firm despite the "
                  "relentless aggression of Russia.")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Nederland blijft Georgië steunen in het licht van de agressie van de "
                  "Russische Federatie.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got


def test_the_agent_of_aggression_after_van_is_not_its_victim():
    got = triples("Nederland zal met de EU optrekken om de agressie van de Russische "
                  "Federatie te veroordelen.", lang="nl", issuer="NLD")
    assert ("EU", "THREATENS", "RUS") not in got
    assert ("NLD", "THREATENS", "RUS") not in got


def test_a_state_that_condemns_an_invasion_is_not_its_victim():
    got = triples("Japan condemned Russia's full-scale invasion in the strongest terms.")
    assert ("RUS", "THREATENS", "JPN") not in got
    assert ("JPN", "OPPOSES", "RUS") in got


def test_confronting_and_facing_bombardment_and_defending_against_ongoing_aggression():
    assert ("RUS", "THREATENS", "MDA") in triples(
        "Moldova, as it confronts Russia's aggression, deserves our help.")
    assert ("AZE", "THREATENS", "ARM") in triples(
        "Armenia, facing relentless shelling from Azerbaijan, asked for help.")
    assert ("RUS", "THREATENS", "GEO") in triples(
        "We stand with the people of Georgia as they defend themselves against ongoing "
        "Russian aggression.")
    assert ("RUS", "THREATENS", "GEO") in triples(
        "Ministers condemned Russia's further incursion into Georgia.")


def test_destabilising_a_state_verb_final_after_a_long_adverbial_run():
    got = triples("Het is bekend dat Rusland al jaren via desinformatie, het financieren van "
                  "demonstraties en andere hybride middelen Georgië probeert te "
                  "destabiliseren.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Het kabinet vreest niet dat Rusland Georgië probeert te destabiliseren.",
                  lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") not in got


# -------------------------- Dutch verbs whose particle is a word of its own; organisers
def test_beschikbaar_and_ter_beschikking_stellen_in_every_clause_order():
    for text in (
        "Daar maakte hij bekend dat Nederland 5 miljoen euro aan de Georgische regering "
        "beschikbaar zal stellen.",
        "Nederland stelt 5 miljoen euro beschikbaar aan Georgië.",
        "Daarnaast heeft Nederland aan Georgië 3 miljoen euro ter beschikking gesteld.",
    ):
        assert ("NLD", "SUPPORTS", "GEO") in triples(text, lang="nl", issuer="NLD"), text
    got = triples("Nederland stelt dit jaar geen geld beschikbaar aan Georgië.", lang="nl",
                  issuer="NLD")
    assert ("NLD", "SUPPORTS", "GEO") not in got


def test_the_organisers_of_an_event_to_support_a_state_support_it():
    got = triples("De minister nam deel aan de door Polen en Letland georganiseerde "
                  "conferentie in Warschau om Georgië te ondersteunen.", lang="nl",
                  issuer="NLD")
    assert {("POL", "SUPPORTS", "GEO"), ("LVA", "SUPPORTS", "GEO")} <= got
