"""Every named query on the small graph (tests/small_graph.py), with answers worked out
by hand from the relations listed there. Shared by the unit tests (embedded store) and
the Neo4j parity test."""

from __future__ import annotations

RA = "russia_and_supporters"

#: (query, parameters, expected rows)
CASES = [
    ("bloc-summary", {}, [
        ["eu", "organisation", 1], ["nato_ally", "organisation", 1],
        ["nato_ally", "person", 1], ["nato_ally", "state", 4], ["nato_partner", "state", 1],
        [RA, "state", 4], ["ukraine", "state", 1]]),
    ("claims-in-document", {"doc": "d1"}, [
        ["RUS", "THREATENS", "UKR", 1, "Rusland bedreigt Oekraïne", 0.9],
        ["NLD", "SUPPORTS", "UKR", 2, "Nederland steunt Oekraïne", 0.9],
        ["HUN", "SUPPORTS", "UKR", 3, "Hongarije steunt Oekraïne", 0.7]]),
    ("cross-bloc-support", {}, [["nato_ally", "ukraine", 3, 4]]),
    ("documents-mentioning", {"actor": "Rusland"}, [
        ["d2", "Report 2", "2024-04-04", 3], ["d1", "Letter 1", "2022-03-01", 1]]),
    ("evidence", {"source": "IRN", "type": "SUPPORTS", "target": "RUS"}, [
        ["curated.yaml", "2022-09-01", None, "Iran delivers drones", "curated", 0.95,
         "curated.yaml:3"],
        ["d2", "2024-04-04", 6, "support from Iran to Russia", "support.noun", 0.85, None]]),
    ("members-of", {"org": "NAVO"}, [
        ["GBR", "United Kingdom", "1949-08-24", None], ["NLD", "Netherlands", "1949-08-24", None],
        ["HUN", "Hungary", "1999-03-12", None], ["SWE", "Sweden", "2024-03-07", None]]),
    ("partners-of", {"actor": "Oekraïne"}, [["NATO", "NATO", "nato_ally", 1, None]]),
    ("relations-of", {"actor": "RUS"}, [
        ["in", "OPPOSES", "CHN", "China", 1], ["in", "SUPPORTS", "CHN", "China", 1],
        ["in", "SUPPORTS", "IRN", "Iran", 2], ["in", "SUPPORTS", "PRK", "North Korea", 1],
        ["out", "THREATENS", "NATO", "NATO", 1], ["out", "THREATENS", "UKR", "Ukraine", 3]]),
    ("representatives-of", {"actor": "NATO"}, [
        ["mark-rutte", "Mark Rutte", "Secretary General", "2024-10-01", None]]),
    ("supported-by", {"source": "Nederland"}, [
        ["UKR", "Ukraine", "ukraine", 2, 0.9, "2024-04-04"]]),
    ("supporters-of", {"target": "Oekraïne"}, [
        ["NLD", "Netherlands", "nato_ally", 2, 0.9, "2022-03-01", "2024-04-04"],
        ["HUN", "Hungary", "nato_ally", 1, 0.7, "2022-03-01", "2022-03-01"],
        ["SWE", "Sweden", "nato_ally", 1, 0.7, "2024-04-04", "2024-04-04"]]),
    ("threatened-by", {"source": "Russia"}, [
        ["UKR", "Ukraine", "ukraine", 3, "2024-04-04"],
        ["NATO", "NATO", "nato_ally", 1, "2024-04-04"]]),
    ("threats-to", {"target": "NATO"}, [["RUS", "Russia", RA, "NATO", 1, 0.8]]),
    ("threats-to", {"target": "UKR"}, [["RUS", "Russia", RA, "UKR", 3, 1.0]]),
    # -- the questions of issue 11 --
    ("path-between", {"from": "NLD", "to": "RUS"}, [
        [2, ["NLD", "NATO", "RUS"], ["MEMBER_OF", "THREATENS"]],
        [2, ["NLD", "UKR", "RUS"], ["SUPPORTS", "THREATENS"]]]),
    ("path-between", {"from": "Nederland", "to": "Rusland", "types": "member_of,threatens"}, [
        [2, ["NLD", "NATO", "RUS"], ["MEMBER_OF", "THREATENS"]]]),
    ("path-between", {"from": "NLD", "to": "RUS", "types": "SUPPORTS,PARTNERS_WITH"}, []),
    ("neighbourhood", {"actor": "Zweden"}, [
        ["EU", "European Union", "organisation", "eu", 1],
        ["NATO", "NATO", "organisation", "nato_ally", 1],
        ["UKR", "Ukraine", "state", "ukraine", 1],
        ["GBR", "United Kingdom", "state", "nato_ally", 2],
        ["HUN", "Hungary", "state", "nato_ally", 2],
        ["NLD", "Netherlands", "state", "nato_ally", 2],
        ["RUS", "Russia", "state", RA, 2],
        ["mark-rutte", "Mark Rutte", "person", "nato_ally", 2]]),
    ("neighbourhood", {"actor": "SWE", "types": "SUPPORTS"}, [
        ["UKR", "Ukraine", "state", "ukraine", 1],
        ["HUN", "Hungary", "state", "nato_ally", 2],
        ["NLD", "Netherlands", "state", "nato_ally", 2]]),
    ("relations-between", {"a": "HUN", "b": "UKR"}, [
        ["->", "OPPOSES", 1, 1.0, "2024-02-01", "2024-02-01", None, None],
        ["->", "SUPPORTS", 1, 0.7, "2022-03-01", "2022-03-01", None, None]]),
    ("relations-between", {"a": "UKR", "b": "RUS"}, [
        ["<-", "THREATENS", 3, 1.0, "2022-02-24", "2024-04-04", None, None]]),
    ("as-of", {"date": "2024-03-06", "types": "MEMBER_OF"}, [
        ["GBR", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["HUN", "MEMBER_OF", "EU", "2004-05-01", None, 1],
        ["HUN", "MEMBER_OF", "NATO", "1999-03-12", None, 1],
        ["NLD", "MEMBER_OF", "EU", "1958-01-01", None, 1],
        ["NLD", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["SWE", "MEMBER_OF", "EU", "1995-01-01", None, 1]]),
    ("as-of", {"date": "2024-03-07", "types": "MEMBER_OF"}, [
        ["GBR", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["HUN", "MEMBER_OF", "EU", "2004-05-01", None, 1],
        ["HUN", "MEMBER_OF", "NATO", "1999-03-12", None, 1],
        ["NLD", "MEMBER_OF", "EU", "1958-01-01", None, 1],
        ["NLD", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["SWE", "MEMBER_OF", "EU", "1995-01-01", None, 1],
        ["SWE", "MEMBER_OF", "NATO", "2024-03-07", None, 1]]),
    ("as-of", {"date": "2019"}, [
        ["GBR", "MEMBER_OF", "EU", "1973-01-01", "2020-01-31", 1],
        ["GBR", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["HUN", "MEMBER_OF", "EU", "2004-05-01", None, 1],
        ["HUN", "MEMBER_OF", "NATO", "1999-03-12", None, 1],
        ["NLD", "MEMBER_OF", "EU", "1958-01-01", None, 1],
        ["NLD", "MEMBER_OF", "NATO", "1949-08-24", None, 1],
        ["SWE", "MEMBER_OF", "EU", "1995-01-01", None, 1]]),
    ("as-of", {"date": "2022-03", "types": "SUPPORTS,THREATENS"}, [
        ["HUN", "SUPPORTS", "UKR", "2022-03-01", None, 1],
        ["NLD", "SUPPORTS", "UKR", "2022-03-01", None, 2],
        ["RUS", "THREATENS", "UKR", "2022-02-24", None, 3]]),
    ("changed-since", {"since": "2024-02"}, [
        ["2024-02-01", "began", "HUN", "OPPOSES", "UKR", 1],
        ["2024-03-07", "began", "SWE", "MEMBER_OF", "NATO", 1],
        ["2024-04-04", "began", "CHN", "OPPOSES", "RUS", 1],
        ["2024-04-04", "began", "CHN", "SUPPORTS", "RUS", 1],
        ["2024-04-04", "began", "NATO", "PARTNERS_WITH", "UKR", 1],
        ["2024-04-04", "began", "RUS", "THREATENS", "NATO", 1],
        ["2024-04-04", "began", "SWE", "SUPPORTS", "UKR", 1],
        ["2024-04-04", "began", "UKR", "ASPIRES_TO_JOIN", "NATO", 1],
        ["2024-07-11", "began", "PRK", "SUPPORTS", "RUS", 1],
        ["2024-10-01", "began", "mark-rutte", "REPRESENTS", "NATO", 1]]),
    ("changed-since", {"since": "2020", "types": "MEMBER_OF"}, [
        ["2020-01-31", "ended", "GBR", "MEMBER_OF", "EU", 1],
        ["2024-03-07", "began", "SWE", "MEMBER_OF", "NATO", 1]]),
    ("timeline-of", {"actor": "Zweden"}, [
        ["1995-01-01", None, "out", "MEMBER_OF", "EU", "European Union", 1],
        ["2024-03-07", None, "out", "MEMBER_OF", "NATO", "NATO", 1],
        ["2024-04-04", "2024-04-04", "out", "SUPPORTS", "UKR", "Ukraine", 1]]),
    ("supporters-of-supporters", {"target": "Russia"}, [
        ["CHN", "China", RA, 1, ["PRK"], 1, True]]),
    ("supporters-of-supporters", {"target": "UKR"}, []),
    ("contradictions", {}, [
        ["CHN", "RUS", 1, "2024-04-04", "2024-04-04", "OPPOSES", 1, "2024-04-04", "2024-04-04"],
        ["HUN", "UKR", 1, "2022-03-01", "2022-03-01", "OPPOSES", 1, "2024-02-01", "2024-02-01"]]),
    ("stance-changes", {}, [
        ["HUN", "UKR", "SUPPORTS", "OPPOSES", "2022-03-01", "2024-02-01"]]),
    ("co-members", {"actor": "Nederland"}, [
        ["HUN", "Hungary", "nato_ally", 2, ["EU", "NATO"]],
        ["SWE", "Sweden", "nato_ally", 2, ["EU", "NATO"]],
        ["GBR", "United Kingdom", "nato_ally", 1, ["NATO"]]]),
    ("top-supporters", {}, [
        ["CHN", "China", RA, 2, 2, 0.0], ["IRN", "Iran", RA, 1, 2, 0.0],
        ["NLD", "Netherlands", "nato_ally", 1, 2, 0.0], ["HUN", "Hungary", "nato_ally", 1, 1, 0.0],
        ["PRK", "North Korea", RA, 1, 1, 0.0], ["SWE", "Sweden", "nato_ally", 1, 1, 0.0]]),
    ("top-supporters", {"by": "count", "limit": 2}, [
        ["CHN", "China", RA, 2, 2, 0.0], ["HUN", "Hungary", "nato_ally", 1, 1, 0.0]]),
    ("top-supporters", {"origin": "documents"}, [
        ["IRN", "Iran", RA, 1, 2, 0.0], ["NLD", "Netherlands", "nato_ally", 1, 2, 0.0],
        ["CHN", "China", RA, 1, 1, 0.0], ["HUN", "Hungary", "nato_ally", 1, 1, 0.0],
        ["SWE", "Sweden", "nato_ally", 1, 1, 0.0]]),
    ("top-threats", {}, [
        ["RUS", "Russia", RA, 2, 4, 0.0], ["PRK", "North Korea", RA, 1, 1, -84.0]]),
    ("top-threats", {"by": "weight"}, [
        ["PRK", "North Korea", RA, 1, 1, -84.0], ["RUS", "Russia", RA, 2, 4, 0.0]]),
    ("top-threats", {"origin": "events"}, [["PRK", "North Korea", RA, 1, 1, -84.0]]),
    ("supporters-of", {"target": "RUS", "origin": "documents"}, [
        ["IRN", "Iran", RA, 2, 0.95, "2022-09-01", "2024-04-04"],
        ["CHN", "China", RA, 1, 0.6, "2024-04-04", "2024-04-04"]]),
    ("supporters-of", {"target": "RUS", "origin": "curated"}, [
        ["IRN", "Iran", RA, 2, 0.95, "2022-09-01", "2024-04-04"],
        ["PRK", "North Korea", RA, 1, 1.0, "2024-07-11", "2024-07-11"]]),
    ("supporters-of", {"target": "RUS", "origin": "events"}, []),
    ("threatened-by", {"source": "Noord-Korea", "origin": "events"}, [
        ["KOR", "South Korea", "nato_partner", 1, "2023-03-01"]]),
    ("relations-of", {"actor": "KOR", "origin": "documents"}, []),
    ("relations-of", {"actor": "KOR", "origin": "events"}, [
        ["in", "THREATENS", "PRK", "North Korea", 1]]),
    ("as-of", {"date": "2023-06", "types": "THREATENS", "origin": "events"}, [
        ["PRK", "THREATENS", "KOR", "2023-03-01", None, 1]]),
    ("changed-since", {"since": "2023", "origin": "events"}, [
        ["2023-03-01", "began", "PRK", "THREATENS", "KOR", 1]]),
    ("timeline-of", {"actor": "UKR", "origin": "curated"}, [
        ["2022-02-24", "2024-04-04", "in", "THREATENS", "RUS", "Russia", 3],
        ["2024-02-01", "2024-02-01", "in", "OPPOSES", "HUN", "Hungary", 1]]),
    ("relations-between", {"a": "NATO", "b": "UKR", "origin": "documents"}, [
        ["->", "PARTNERS_WITH", 1, 0.9, "2024-04-04", "2024-04-04", None, None],
        ["<-", "ASPIRES_TO_JOIN", 1, 0.9, "2024-04-04", "2024-04-04", None, None]]),
    ("partners-of", {"actor": "NATO", "origin": "curated"}, []),
    ("supported-by", {"source": "IRN", "origin": "events"}, []),
    ("threats-to", {"target": "NATO", "origin": "documents"}, [
        ["RUS", "Russia", RA, "NATO", 1, 0.8]]),
    ("cross-bloc-support", {"origin": "curated"}, []),
    ("documents-timeline", {}, [
        ["2022-03-01", "d1", "Letter 1", "NLD", "nl", 4, 3],
        ["2024-04-04", "d2", "Report 2", "NATO", "en", 7, 9]]),
    ("documents-timeline", {"since": "2023"}, [
        ["2024-04-04", "d2", "Report 2", "NATO", "en", 7, 9]]),
    ("documents-timeline", {"until": "2022-12"}, [
        ["2022-03-01", "d1", "Letter 1", "NLD", "nl", 4, 3]]),
    # a curated source and event data are "documents" of their pieces too (no sentence)
    ("claims-in-document", {"doc": "curated.yaml"}, [
        ["CHN", "SUPPORTS", "PRK", None, "aid", 1.0],
        ["HUN", "OPPOSES", "UKR", None, "veto", 1.0],
        ["IRN", "SUPPORTS", "RUS", None, "Iran delivers drones", 0.95],
        ["PRK", "SUPPORTS", "RUS", None, "missiles", 1.0],
        ["RUS", "THREATENS", "UKR", None, "full-scale invasion", 1.0]]),
    ("claims-in-document", {"doc": "icews"}, [
        ["PRK", "THREATENS", "KOR", None, "PRK threatens KOR (12 events)", 0.6]]),
    ("evidence-by-rule", {}, [
        ["catalogue", "MEMBER_OF", 8, 1, 8, 1.0],
        ["support.verb", "SUPPORTS", 4, 2, 3, 0.775],
        ["curated", "SUPPORTS", 3, 1, 3, 0.983],
        ["threat.verb", "THREATENS", 3, 2, 2, 0.867],
        ["support.noun", "SUPPORTS", 2, 1, 2, 0.725],
        ["aspire.verb", "ASPIRES_TO_JOIN", 1, 1, 1, 0.9],
        ["cameo:138", "THREATENS", 1, 1, 1, 0.6],
        ["catalogue", "REPRESENTS", 1, 1, 1, 1.0],
        ["curated", "OPPOSES", 1, 1, 1, 1.0],
        ["curated", "THREATENS", 1, 1, 1, 1.0],
        ["oppose.verb", "OPPOSES", 1, 1, 1, 0.5],
        ["partner.noun", "PARTNERS_WITH", 1, 1, 1, 0.9]]),
]


def case_id(case) -> str:
    name, params, _ = case
    return name + "".join(f"-{k}={v}" for k, v in params.items())
