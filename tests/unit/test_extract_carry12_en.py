"""English constructions that carry to unseen text (issue 9, round 12): made-up variants
of each class (different actors, tense, word order); none is copied from a gold file.
Runs on the real reference catalogue."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extract import extract_text


def triples(text: str) -> set:
    res = extract_text(text, lang="en", date="2024-03-01", issuer=None, doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------- 1. the agent of a support noun faces nothing: "support of X by A and B in
# the face of Russia's aggression" (X is the victim, A and B help)
@pytest.mark.parametrize(
    "text, helpers, victim",
    [
        ("Ministers agreed to keep up the steady support of Moldova by Romania and France in "
         "the face of Russia's aggression.", {"ROU", "FRA"}, "MDA"),
        ("Military aid to Ukraine by Germany will continue in the face of Russia's "
         "aggression.", {"DEU"}, "UKR"),
        ("Assistance to Georgia by the United States, Britain and France went on despite "
         "Russia's invasion.", {"USA", "GBR", "FRA"}, "GEO"),
    ],
)
def test_agent_of_support_noun_is_no_victim(text, helpers, victim):
    got = triples(text)
    assert not {t for t in got if t[1] == "THREATENS" and t[2] in helpers}
    if victim != "MDA":  # "Russian aggression" names no possessor to read
        assert ("RUS", "THREATENS", victim) in got


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Ukraine stands firm in the face of Russia's aggression.", {"UKR"}),
        ("Poland, Lithuania and Ukraine stood united in the face of Russia's aggression.",
         {"POL", "LTU", "UKR"}),
    ],
)
def test_who_faces_the_aggression_is_still_its_victim(text, victims):
    got = triples(text)
    assert {("RUS", "THREATENS", v) for v in victims} <= got


# ------------- 2. "X called Y reckless and said his war …": "his" may be Y's, so the
# coordinated reading does not give X the war
@pytest.mark.parametrize(
    "text, speaker_state",
    [
        ("Joly called Russian President Vladimir Putin unpredictable and said his invasion "
         "of Ukraine is a threat.", "CAN"),
        ("Chancellor Olaf Scholz described President Putin as reckless and said his war "
         "against Ukraine must end.", "DEU"),
        ("Emmanuel Macron called Vladimir Putin a liar and said his aggression against "
         "Ukraine would fail.", "FRA"),
    ],
)
def test_his_after_a_dropped_person_is_not_the_subjects(text, speaker_state):
    got = triples(text)
    assert (speaker_state, "THREATENS", "UKR") not in got


def test_coordinated_reading_still_reads_its():
    got = triples("France condemned the strikes and reaffirmed its support for Ukraine.")
    assert ("FRA", "SUPPORTS", "UKR") in got


# ------------- 3. "A keeps providing X with arms and steps up sanctions on Z": the second
# verb phrase is A's (a list or one state, infinitive or modal), never the object X's
@pytest.mark.parametrize(
    "text, subjects, obj, target",
    [
        ("Denmark, Norway and Iceland promise to keep providing Moldova with fuel and "
         "strengthen sanctions against Russia.", {"DNK", "NOR", "ISL"}, "MDA", "RUS"),
        ("Japan will continue providing Ukraine with generators and step up sanctions "
         "against Russia.", {"JPN"}, "UKR", "RUS"),
        ("Canada vowed to send Ukraine more ammunition and impose new sanctions on Belarus.",
         {"CAN"}, "UKR", "BLR"),
        ("Britain is training Ukrainian soldiers and has imposed sanctions on Iran.",
         {"GBR"}, "UKR", "IRN"),
    ],
)
def test_joined_verb_phrase_is_the_subjects(text, subjects, obj, target):
    got = triples(text)
    assert {(s, "OPPOSES", target) for s in subjects} <= got
    assert (obj, "OPPOSES", target) not in got


def test_a_subject_joined_to_its_own_verb_still_acts():
    got = triples("Ukraine welcomed the decision and called for sanctions against Russia.")
    assert ("UKR", "OPPOSES", "RUS") in got


# ------------- 4. "the right to defend itself against attacks from X": X threatens
@pytest.mark.parametrize(
    "text, want",
    [
        ("Japan supports the Philippines' right to defend itself against attacks by China.",
         ("CHN", "THREATENS", "PHL")),
        ("Ukraine has every right to defend itself against attacks from Russia.",
         ("RUS", "THREATENS", "UKR")),
        ("Estonia must protect itself against cyber attacks from Russia.",
         ("RUS", "THREATENS", "EST")),
        ("They backed Israel's right to defend itself against threats from Iran.",
         ("IRN", "THREATENS", "ISR")),
    ],
)
def test_defend_itself_against_harm_from(text, want):
    assert want in triples(text)


# ------------- 5. a fund money is paid into is no supporter: the payer is
@pytest.mark.parametrize(
    "text, payer, fund, target",
    [
        ("The United States has disbursed $20 billion to a new World Bank fund to provide "
         "economic support for Moldova.", "USA", "WORLD-BANK", "MDA"),
        ("Norway transferred $500 million to a NATO trust fund to provide support to Ukraine.",
         "NOR", "NATO", "UKR"),
        ("Japan contributed 100 million dollars to a UN facility that will deliver aid to "
         "Sudan.", "JPN", "UN", "SDN"),
    ],
)
def test_payer_into_a_fund_supports(text, payer, fund, target):
    got = triples(text)
    assert (payer, "SUPPORTS", target) in got
    assert (fund, "SUPPORTS", target) not in got


def test_an_organisations_own_facility_still_acts():
    got = triples("The EU's Peace Facility provides military support to Ukraine.")
    assert ("EU", "SUPPORTS", "UKR") in got


# ------------- 6. "A commended B for his … support for C": B supports C, not A
@pytest.mark.parametrize(
    "text, giver, praiser, target",
    [
        ("Prime Minister Starmer thanked President Macron for his leadership and for his "
         "continued military support to Ukraine.", "FRA", "GBR", "UKR"),
        ("The Chancellor praised Japan for its steadfast support for Moldova.", "JPN", None,
         "MDA"),
        ("Secretary Blinken applauded Poland for its generous humanitarian assistance to "
         "Ukraine.", "POL", "USA", "UKR"),
    ],
)
def test_praised_one_gives_the_support(text, giver, praiser, target):
    got = triples(text)
    assert (giver, "SUPPORTS", target) in got
    assert praiser is None or (praiser, "SUPPORTS", target) not in got


def test_praised_one_unnamed_gives_nobody_the_support():
    got = triples("President Biden commended the envoy for his visits to Kyiv and for his "
                  "humanitarian support for Ukraine.")
    assert ("USA", "SUPPORTS", "UKR") not in got
