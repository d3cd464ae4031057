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
