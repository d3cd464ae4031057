"""A small graph whose query answers were worked out by hand (see test_named_queries.py).

Thirteen actors, fourteen evidence-backed relations (one from event data) between 2022
and 2024, nine dated memberships and an office, two documents. Used by the unit tests
(embedded store) and by the parity test (the same batch in Neo4j must give the same rows).
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.model import Actor, Document, Evidence, GraphBatch, Mention, Relation


def _actor(i, name, kind, bloc, **aliases):
    return Actor(id=i, name=name, kind=kind, bloc=bloc,
                 aliases={k: list(v) for k, v in aliases.items()})


ACTORS = [
    _actor("CHN", "China", "state", "russia_and_supporters"),
    _actor("EU", "European Union", "organisation", "eu", nl=["Europese Unie"]),
    _actor("GBR", "United Kingdom", "state", "nato_ally", nl=["Verenigd Koninkrijk"]),
    _actor("HUN", "Hungary", "state", "nato_ally", nl=["Hongarije"]),
    _actor("IRN", "Iran", "state", "russia_and_supporters"),
    _actor("KOR", "South Korea", "state", "nato_partner", en=["Korea"]),
    _actor("NATO", "NATO", "organisation", "nato_ally", nl=["NAVO"]),
    _actor("NLD", "Netherlands", "state", "nato_ally", nl=["Nederland"]),
    _actor("PRK", "North Korea", "state", "russia_and_supporters", en=["Korea"],
           nl=["Noord-Korea"]),
    _actor("RUS", "Russia", "state", "russia_and_supporters", nl=["Rusland"]),
    _actor("SWE", "Sweden", "state", "nato_ally", nl=["Zweden"]),
    _actor("UKR", "Ukraine", "state", "ukraine", nl=["Oekraïne"]),
    _actor("mark-rutte", "Mark Rutte", "person", "nato_ally"),
]


def _origin(doc):
    return {"curated.yaml": "curated", "catalogue": "catalogue", "icews": "icews"}.get(
        doc, "document")


def _ev(doc, date, conf, rule, text, sentence=None, location=None, **events):
    return Evidence(doc=doc, date=date, confidence=conf, rule=rule, text=text,
                    sentence=sentence, source=location, origin=_origin(doc), **events)


def _rel(s, t, o, *evidence, **kw):
    return Relation(source=s, type=t, target=o, provenance=list(evidence), **kw)


CUR = "curated.yaml"

RELATIONS = [
    _rel("NLD", "SUPPORTS", "UKR",
         _ev("d1", "2022-03-01", 0.9, "support.verb", "Nederland steunt Oekraïne", 2),
         _ev("d2", "2024-04-04", 0.8, "support.verb", "The Netherlands supports Ukraine", 4)),
    _rel("SWE", "SUPPORTS", "UKR",
         _ev("d2", "2024-04-04", 0.7, "support.verb", "Sweden supports Ukraine", 5)),
    _rel("IRN", "SUPPORTS", "RUS",
         _ev(CUR, "2022-09-01", 0.95, "curated", "Iran delivers drones", None, "curated.yaml:3"),
         _ev("d2", "2024-04-04", 0.85, "support.noun", "support from Iran to Russia", 6)),
    _rel("PRK", "SUPPORTS", "RUS", _ev(CUR, "2024-07-11", 1.0, "curated", "missiles")),
    _rel("CHN", "SUPPORTS", "PRK", _ev(CUR, "2023-06-01", 1.0, "curated", "aid")),
    _rel("CHN", "SUPPORTS", "RUS",
         _ev("d2", "2024-04-04", 0.6, "support.noun", "support from China", 7)),
    _rel("RUS", "THREATENS", "UKR",
         _ev(CUR, "2022-02-24", 1.0, "curated", "full-scale invasion"),
         _ev("d1", "2022-03-01", 0.9, "threat.verb", "Rusland bedreigt Oekraïne", 1),
         _ev("d2", "2024-04-04", 0.9, "threat.verb", "Russia's war against Ukraine", 3)),
    _rel("RUS", "THREATENS", "NATO",
         _ev("d2", "2024-04-04", 0.8, "threat.verb", "Russia threatens the Alliance", 8)),
    _rel("HUN", "SUPPORTS", "UKR",
         _ev("d1", "2022-03-01", 0.7, "support.verb", "Hongarije steunt Oekraïne", 3)),
    _rel("HUN", "OPPOSES", "UKR", _ev(CUR, "2024-02-01", 1.0, "curated", "veto")),
    _rel("UKR", "PARTNERS_WITH", "NATO",
         _ev("d2", "2024-04-04", 0.9, "partner.noun", "NATO-Ukraine Council", 9)),
    _rel("UKR", "ASPIRES_TO_JOIN", "NATO",
         _ev("d2", "2024-04-04", 0.9, "aspire.verb", "Ukraine's future is in NATO", 10)),
    _rel("CHN", "OPPOSES", "RUS",
         _ev("d2", "2024-04-04", 0.5, "oppose.verb", "China calls on Russia", 11)),
    # from event data only: twelve ICEWS events aggregated into one piece of evidence
    _rel("PRK", "THREATENS", "KOR",
         _ev("icews", "2023-03-01", 0.6, "cameo:138", "PRK threatens KOR (12 events)",
             events=12, weight=-84.0)),
]


def _fact(s, t, o, start, end=None, role=None):
    return _rel(s, t, o, _ev("catalogue", None, 1.0, "catalogue", f"{s} {t} {o}"),
                valid_from=start, valid_to=end, role=role)


FACTS = [
    _fact("NLD", "MEMBER_OF", "NATO", "1949-08-24"),
    _fact("NLD", "MEMBER_OF", "EU", "1958-01-01"),
    _fact("SWE", "MEMBER_OF", "NATO", "2024-03-07"),
    _fact("SWE", "MEMBER_OF", "EU", "1995-01-01"),
    _fact("HUN", "MEMBER_OF", "NATO", "1999-03-12"),
    _fact("HUN", "MEMBER_OF", "EU", "2004-05-01"),
    _fact("GBR", "MEMBER_OF", "NATO", "1949-08-24"),
    _fact("GBR", "MEMBER_OF", "EU", "1973-01-01", "2020-01-31"),
    _fact("mark-rutte", "REPRESENTS", "NATO", "2024-10-01", role="Secretary General"),
]

DOCUMENTS = [
    Document(id="d1", title="Letter 1", date="2022-03-01", language="nl", issuer="NLD"),
    Document(id="d2", title="Report 2", date="2024-04-04", language="en", issuer="NATO"),
]

MENTIONS = [Mention(doc="d1", actor=a) for a in ("NLD", "UKR", "RUS", "HUN")] + [
    Mention(doc="d2", actor=a, count=3 if a == "RUS" else 1)
    for a in ("NLD", "SWE", "UKR", "RUS", "IRN", "CHN", "NATO")
]


def small_batch() -> GraphBatch:
    """The whole small graph as one batch (fresh copies each call)."""
    return GraphBatch(
        actors=[a.model_copy(deep=True) for a in ACTORS],
        relations=[r.model_copy(deep=True) for r in RELATIONS + FACTS],
        documents=[d.model_copy() for d in DOCUMENTS],
        mentions=[m.model_copy() for m in MENTIONS],
    )


def copy_graph(source: Path, target: Path) -> Path:
    """Copy a closed embedded graph (one file once closed) to ``target``."""
    import shutil

    leftovers = [p.name for p in source.parent.glob(source.name + ".*")
                 if not p.name.endswith(".load-lock")]
    assert not leftovers, f"{source} is not closed: {leftovers}"
    shutil.copyfile(source, target)
    return target
