"""Failure classes of issue 9, each tested on sentences written for these tests (none is
copied from a gold set): the speaker, lists, appeals, plain threat verbs, persons, the
false positives seen on the White House corpus, Dutch word order and carried-over
subjects."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text
from actorgraph.loaders.extract.expansion import Construction
from actorgraph.loaders.extract.modality import Modality, classify
from actorgraph.loaders.extract.predicates import derive, inflect, predicate_forms
from actorgraph.loaders.extract.wordlists import state_sets


def triples(text: str, lang: str = "en", issuer: str | None = "USA", **kw) -> set:
    res = extract_text(text, lang=lang, issuer=issuer, date=kw.pop("date", "2024-09-15"), **kw)
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------------------------------------------------------------ who "we" is
def test_opening_formula_lists_every_speaker():
    res = extract_text(
        "We, the Foreign Ministers of Canada, Poland and the Netherlands, strongly condemn "
        "Belarus. We reaffirm our support for Moldova.",
        lang="en", date="2024-09-15",
    )
    got = {(r.source, r.type.value, r.target) for r in res.relations}
    assert res.issuers == ["CAN", "POL", "NLD"]
    assert {("CAN", "OPPOSES", "BLR"), ("POL", "OPPOSES", "BLR"), ("NLD", "OPPOSES", "BLR")} <= got
    assert ("NLD", "SUPPORTS", "MDA") in got


def test_opening_formula_names_the_group_and_its_members():
    res = extract_text(
        "We, the Leaders of the Group of Seven, Canada, France, Germany, Italy, Japan, the "
        "United Kingdom and the United States, stand with Ukraine.",
        lang="en", date="2024-09-15", title="G7 Leaders' Statement",
    )
    got = {(r.source, r.type.value, r.target) for r in res.relations}
    assert res.issuers == ["G7"]
    assert ("JPN", "MEMBER_OF", "G7") in got and ("CAN", "MEMBER_OF", "G7") in got
    assert ("G7", "SUPPORTS", "UKR") in got


def test_opening_formula_beats_the_web_site():
    text = "---\ntitle: Statement\nsource_url: https://www.whitehouse.gov/x\n---\n" \
           "We, the leaders of France and Germany, condemn Iran.\n"
    res = extract_text(text, lang="en", date="2024-09-15")
    assert res.issuers == ["FRA", "DEU"]


def test_state_set_speaks_for_its_members():
    got = triples("We the leaders of the Baltic states condemn Belarus.", issuer=None)
    assert {("EST", "OPPOSES", "BLR"), ("LVA", "OPPOSES", "BLR"), ("LTU", "OPPOSES", "BLR")} <= got


def test_unresolved_we_gives_no_relation():
    assert triples("We stand firmly with Armenia and condemn Azerbaijan.", issuer=None) == set()


def test_joint_title_speaks_for_each_state():
    res = extract_text("We discussed the crisis and support Lebanon.", lang="en",
                       date="2024-09-15",
                       title="Joint Statement from Spain, Portugal and Greece on Lebanon")
    assert res.issuers == ["ESP", "PRT", "GRC"]


def test_title_names_the_official():
    res = extract_text("I welcome the talks.", lang="en", date="2024-09-15", issuer="USA",
                       title="Statement from National Security Advisor Jake Sullivan on Sudan")
    got = {(r.source, r.type.value, r.target) for r in res.relations}
    assert ("jake-sullivan", "REPRESENTS", "USA") in got
    ev = next(r for r in res.relations if r.source == "jake-sullivan").provenance[0]
    assert ev.sentence is None and "Jake Sullivan" in ev.text


# ------------------------------------------------------------------ lists
@pytest.mark.parametrize("text, lang", [
    ("Several Allies, including Portugal and Greece, will send tanks to Ukraine.", "en"),
    ("Some partners — among them Portugal and Greece — will send tanks to Ukraine.", "en"),
    ("A few partners (Portugal and Greece) will send tanks to Ukraine.", "en"),
    ("Portugal, as well as Greece, will send tanks to Ukraine.", "en"),
    ("Enkele lidstaten, waaronder Portugal en Griekenland, leveren tanks aan Oekraïne.", "nl"),
])
def test_listed_actors_are_the_subject(text, lang):
    got = triples(text, lang=lang, issuer="NLD")
    assert {("PRT", "SUPPORTS", "UKR"), ("GRC", "SUPPORTS", "UKR")} <= got


def test_every_construction_has_a_handler():
    from actorgraph.loaders.extract.expansion import _HANDLERS, _PATTERNS
    assert set(_HANDLERS) == set(Construction) == set(_PATTERNS)


def test_state_sets_are_data():
    sets = state_sets()
    assert sets["nordic-countries"].members == ("DNK", "FIN", "ISL", "NOR", "SWE")
    got = triples("De Benelux steunt Moldavië.", lang="nl", issuer="NLD")
    assert {("BEL", "SUPPORTS", "MDA"), ("LUX", "SUPPORTS", "MDA")} <= got


# ------------------------------------------------------------------ appeals
def test_appeal_to_stop_reports_the_act():
    got = triples("We urge Iran to stop arming the Houthis with drones.")
    assert ("IRN", "SUPPORTS", "HOUTHIS") in got
    assert ("USA", "OPPOSES", "IRN") in got


def test_appeal_to_act_states_nothing_about_the_addressee():
    got = triples("We call on Brazil to support Ukraine.")
    assert not any(s == "BRA" for s, _, _ in got)
    assert ("USA", "SUPPORTS", "UKR") not in got
    assert triples("Wij roepen India op Oekraïne te steunen.", lang="nl", issuer="NLD") == set()


def test_dutch_appeal_to_stop_with_verb_final_infinitive():
    got = triples("Het kabinet roept Belarus op om de levering van munitie aan Rusland "
                  "zo snel mogelijk te stoppen.", lang="nl", issuer="NLD")
    assert ("NLD", "OPPOSES", "BLR") in got


def test_modality_kinds():
    s = "\ue000"
    assert classify(f"we ask {s} whether it will help", 10, 25, True).kind is Modality.HEDGED
    assert classify(f"{s} does not help \ue001", 0, 20, True).kind is Modality.NEGATED
    assert classify(f"{s} helps \ue001", 0, 10, True).kind is Modality.FACT


# ------------------------------------------------------------------ threats in plain verbs
@pytest.mark.parametrize("text, triple", [
    ("Azerbaijan shelled Armenia overnight.", ("AZE", "THREATENS", "ARM")),
    ("Armenia was attacked by Azerbaijan last week.", ("AZE", "THREATENS", "ARM")),
    ("Russia occupies parts of Moldova.", ("RUS", "THREATENS", "MDA")),
    ("North Korea threatened Japan with missiles.", ("PRK", "THREATENS", "JPN")),
    ("Iran struck Israel with ballistic missiles.", ("IRN", "THREATENS", "ISR")),
    ("Russia invaded Georgia in 2008.", ("RUS", "THREATENS", "GEO")),
])
def test_threat_verbs_from_the_lexicon(text, triple):
    assert triple in triples(text)


def test_predicate_lexicon_is_derived_from_cameo_categories():
    forms = predicate_forms()
    assert forms["bombarded"].type == "THREATENS"
    assert forms["denounces"].type == "OPPOSES"
    assert "targeted" not in forms and "hit" not in forms  # excluded as too ambiguous
    sample = ("---  ATTACK   [190]  ---\nATTACK \nBLITZ {BLITZES BLITZED}\n- * X [190] # c\n"
              "---  THANK   [051]  ---\nTHANK \n")
    derived = {p.form: p.type for p in derive(sample)}
    assert derived["attacked"] == "THREATENS" and derived["blitzed"] == "THREATENS"
    assert "thank" not in derived  # praise is not support
    assert inflect("occupy") == ["occupy", "occupies", "occupied", "occupying"]


# ------------------------------------------------------------------ persons
def test_possessive_ends_a_name_and_japanese_order():
    got = triples("National Security Advisor Kenji Tanaka's talks with Foreign Minister "
                  "Sato Hiroshi of Japan went well.")
    assert ("hiroshi-sato", "REPRESENTS", "JPN") in got
    assert not any(s.endswith("-s") for s, _, _ in got)
    assert ("hiroshi-sato", "REPRESENTS", "USA") not in got


def test_signature_with_initials():
    got = triples("Nederland steunt Oekraïne.\n\nDe minister van Buitenlandse Zaken,\n"
                  "H.G.J. Bruins Slot", lang="nl", issuer="NLD", date="2024-03-01")
    assert ("hanke-bruins-slot", "REPRESENTS", "NLD") in got


# ------------------------------------------------------------------ false positives
def test_war_in_a_place_is_not_aggression_by_us():
    assert triples("We honour those who served with us during the long war in Iraq.") == set()


def test_possessor_is_the_agent_of_its_support():
    got = triples("We welcome Ghana's steadfast support for Ukraine.")
    assert ("GHA", "SUPPORTS", "UKR") in got
    assert ("USA", "SUPPORTS", "UKR") not in got


def test_market_targeting_is_no_threat():
    assert triples("Chinese firms are targeting the American market with cheap steel.") == set()


# ------------------------------------------------------------------ Dutch word order
@pytest.mark.parametrize("text, triple", [
    ("Bovendien blijft Frankrijk Moldavië economisch, militair en politiek onverminderd "
     "steunen.", ("FRA", "SUPPORTS", "MDA")),
    ("De minister meldt dat Belarus munitie aan Rusland levert.", ("BLR", "SUPPORTS", "RUS")),
    ("Spanje heeft Oekraïne dit voorjaar opnieuw pantservoertuigen geleverd.",
     ("ESP", "SUPPORTS", "UKR")),
    ("In 2008 viel Rusland Georgië binnen.", ("RUS", "THREATENS", "GEO")),
    ("Azerbeidzjan valt Armenië opnieuw aan.", ("AZE", "THREATENS", "ARM")),
    ("Armenië wordt door Azerbeidzjan bedreigd.", ("AZE", "THREATENS", "ARM")),
    ("Sinds vorig jaar steunt Japan Oekraïne met generatoren.", ("JPN", "SUPPORTS", "UKR")),
])
def test_dutch_clause_orders(text, triple):
    assert triple in triples(text, lang="nl", issuer="NLD")


def test_dutch_inversion_reads_the_subject_after_the_verb():
    got = triples("In de Raad steunt Portugal het voorstel van de Commissie.", lang="nl",
                  issuer="NLD")
    assert ("EU", "SUPPORTS", "PRT") not in got
    assert ("PRT", "SUPPORTS", "EU") not in got


def test_dutch_considered_or_blocked_support_is_no_support():
    assert ("KOR", "SUPPORTS", "UKR") not in triples(
        "Zuid-Korea overweegt Oekraïne wapens te leveren.", lang="nl", issuer="NLD")
    assert ("HUN", "SUPPORTS", "UKR") not in triples(
        "Hongarije blokkeert de steun aan Oekraïne.", lang="nl", issuer="NLD")


def test_dutch_verbs_stay_in_dutch():
    assert ("UKR", "SUPPORTS", "USA") not in triples(
        "To help Ukraine recover, the United States sends aid.", lang="en")


# ------------------------------------------------------------------ carried-over subjects
def test_het_land_carries_the_previous_subject():
    got = triples("Zweden sprak steun uit voor Moldavië. Het land levert ook munitie aan "
                  "Moldavië.", lang="nl", issuer="NLD")
    assert ("SWE", "SUPPORTS", "MDA") in got


def test_the_two_leaders_are_the_states_of_their_offices():
    got = triples("President Biden spoke with President Zelenskyy. The two leaders "
                  "agreed to support Moldova.")
    assert {("USA", "SUPPORTS", "MDA"), ("UKR", "SUPPORTS", "MDA")} <= got


def test_these_partners_carry_the_last_list():
    got = triples("Chile and Peru signed a declaration. These partners will provide aid "
                  "to Ecuador.")
    assert {("CHL", "SUPPORTS", "ECU"), ("PER", "SUPPORTS", "ECU")} <= got


def test_the_country_needs_one_state_before_it():
    assert triples("The meeting was long. The country sent aid to Chad.") == set()


def test_link_split_over_a_line_break_leaves_no_markdown_in_evidence():
    from actorgraph.loaders.documents import load_text
    from actorgraph.loaders.extract import extract_document

    text = ("Today the leaders of Chile and Peru announced the [Andean Cooperation\n"
            "Effort](https://example.org/andes) to cooperate on ports.\n")
    doc = load_text(text, doc_id="links", lang="en", markdown=True,
                    meta={"date": "2024-09-15", "issuer": "USA"})
    res = extract_document(doc)
    evs = [e for r in res.relations for e in r.provenance]
    assert evs, "the partnership is read"
    for e in evs:
        assert "](" not in e.text and "http" not in e.text
        assert e.text.endswith("ports.")
        assert text[e.start : e.end].startswith("Today the leaders")


# ------------------------------------------------------------------ calibration
def test_calibration_is_monotone_and_applied():
    from actorgraph.loaders.extract.calibration import EDGES, Labelled, calibrated, fit

    values = [calibrated(lo) for lo in EDGES[:-1]]
    assert values == sorted(values)
    res = extract_text("Portugal supplies Chad with rifles.", lang="en", date="2024-09-15")
    raw = 0.8  # support.supply-with
    assert res.relations[0].provenance[0].confidence == calibrated(raw)
    # shrinkage: two right answers do not make a bin certain
    table = fit([Labelled(0.9, True), Labelled(0.9, True)])
    assert table[-1][2] < 0.85


def test_unknown_person_with_initials_and_particles():
    got = triples("Today I spoke with Prime Minister K.L. van den Broek of Suriname.")
    assert ("k-l-van-den-broek", "REPRESENTS", "SUR") in got


def test_office_of_another_state_before_the_name():
    got = triples("De minister van Buitenlandse Zaken van Polen, Radosław Sikorski, sprak "
                  "met de Kamer.", lang="nl", issuer="NLD", date="2024-05-01")
    assert ("radoslaw-sikorski", "REPRESENTS", "POL") in got
    assert not any(t == "NLD" and r == "REPRESENTS" for _, r, t in got)


def test_acronym_between_office_and_name():
    got = triples("NATO Secretary General (SG) Jens Stoltenberg visited Oslo.", date="2024-05-01")
    assert ("jens-stoltenberg", "REPRESENTS", "NATO") in got


def test_the_month_may_is_no_hedge():
    got = triples("In May 2023, Chile and Peru—two of our close partners—signed the accord.")
    assert ("CHL", "PARTNERS_WITH", "USA") in got
    assert ("CHL", "SUPPORTS", "UKR") not in triples("Chile may support Ukraine.")


def test_own_counterparts_are_membership_and_defence_against_aggression():
    got = triples("The President spoke with his NATO counterparts.", date="2024-09-15")
    assert ("USA", "MEMBER_OF", "NATO") in got
    got = triples("We reaffirm our support for Georgia in its defense against Russian "
                  "aggression.")
    assert ("RUS", "THREATENS", "GEO") in got


def test_dutch_together_with_and_attack_by_on():
    got = triples("België heeft samen met Noorwegen tanks aan Moldavië geleverd.", lang="nl",
                  issuer="NLD")
    assert {("BEL", "SUPPORTS", "MDA"), ("NOR", "SUPPORTS", "MDA")} <= got
    assert ("MDA", "PARTNERS_WITH", "NOR") not in got and ("NOR", "PARTNERS_WITH", "MDA") not in got
    got = triples("Het kabinet veroordeelt de aanval van Azerbeidzjan op Armenië.", lang="nl",
                  issuer="NLD")
    assert ("AZE", "THREATENS", "ARM") in got and ("NLD", "THREATENS", "AZE") not in got
    assert triples("Iran stuurt drones naar Rusland.", lang="nl", issuer="NLD") == {
        ("IRN", "SUPPORTS", "RUS")}
    assert ("SVK", "SUPPORTS", "UKR") not in triples(
        "Slowakije hield het besluit over steun aan Oekraïne tegen.", lang="nl", issuer="NLD")


def test_they_is_the_pair_named_just_before():
    got = triples("President Biden met Prime Minister Kishida today. They condemned Belarus.",
                  date="2024-05-01")
    assert {("USA", "OPPOSES", "BLR"), ("JPN", "OPPOSES", "BLR")} <= got
    assert triples("The talks were long. They condemned Belarus.") == set()
    got = triples("A truce between Israel and Hamas holds. They praised the mediators for "
                  "working together with Egypt.")
    assert not any(r == "PARTNERS_WITH" for _, r, _ in got)


@pytest.mark.parametrize("text, lang, issuers", [
    ("We, the Heads of State and Government of the member countries of the North Atlantic "
     "Alliance, condemn Belarus.", "en", ["NATO"]),
    ("We, the NATO Allies, condemn Belarus.", "en", ["NATO"]),
    ("We, the G7 Foreign Ministers of Canada, Italy and Japan, condemn Belarus.", "en", ["G7"]),
    ("Wij, de ministers van Buitenlandse Zaken van België, Nederland en Luxemburg, "
     "veroordelen Belarus.", "nl", ["BEL", "NLD", "LUX"]),
])
def test_opening_formulas(text, lang, issuers):
    res = extract_text(text, lang=lang, date="2024-09-15")
    assert res.issuers == issuers
    got = {(r.source, r.type.value, r.target) for r in res.relations}
    assert all((i, "OPPOSES", "BLR") in got for i in issuers)
