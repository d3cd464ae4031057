"""Dutch error classes of issue 9 (session of 3 December), each tested on sentences
written for these tests (not copied from any gold set): what is supported is a list of a
state's attributes ("de onafhankelijkheid, soevereiniteit en integriteit van X"), also as
the object of a verb-final clause; who "wij" is in a Dutch text that names its own state
and nothing else. Runs on the real reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract.speaker import own_state_nl
from extract_triples import triples


# ------------------------------------ "steun voor de onafhankelijkheid, … van X"
def test_support_for_a_list_of_a_states_attributes():
    got = triples("Polen en Litouwen bevestigen hun steun voor de veiligheid, de "
                  "onafhankelijkheid en de soevereiniteit van Moldavië.", lang="nl", issuer=None)
    assert {("POL", "SUPPORTS", "MDA"), ("LTU", "SUPPORTS", "MDA")} <= got
    got = triples("Japan reaffirmed its support for the sovereignty, independence and "
                  "territorial integrity of Georgia.", issuer=None)
    assert ("JPN", "SUPPORTS", "GEO") in got


def test_a_verb_that_takes_the_attributes_of_a_state():
    got = triples("Frankrijk steunt de eenheid, soevereiniteit en territoriale integriteit "
                  "van Irak.", lang="nl", issuer=None)
    assert ("FRA", "SUPPORTS", "IRQ") in got


def test_verb_final_object_is_the_state_of_the_attributes():
    got = triples("Het is duidelijk dat Spanje de soevereiniteit en territoriale integriteit "
                  "van Georgië ondubbelzinnig steunt.", lang="nl", issuer=None)
    assert ("ESP", "SUPPORTS", "GEO") in got
    got = triples("Daarom steunt Italië de veiligheid en de onafhankelijkheid van Armenië.",
                  lang="nl", issuer=None)
    assert ("ITA", "SUPPORTS", "ARM") in got


def test_attributes_with_a_verb_of_no_relation_give_nothing():
    got = triples("Het is duidelijk dat Spanje de soevereiniteit van Georgië uitvoerig "
                  "besprak.", lang="nl", issuer=None)
    assert not any(t[0] == "ESP" for t in got)
    got = triples("Daarom bestudeert Italië de veiligheid van Armenië.", lang="nl", issuer=None)
    assert not got
    # a list of attributes that belongs to no state named
    got = triples("Oostenrijk hecht aan de soevereiniteit, veiligheid en welvaart van de "
                  "regio.", lang="nl", issuer=None)
    assert not got


# --------------------------------------------- who "wij" is in a Dutch text
def test_a_dutch_text_that_names_one_of_the_two_states_speaks_for_it():
    assert own_state_nl("Ons land blijft aan de zijde van de bevolking staan. België ...") == "BEL"
    assert own_state_nl("De Nederlandse inzet wordt voortgezet.") == "NLD"
    assert own_state_nl("Nederland en België werken samen.") is None  # both: no guess
    assert own_state_nl("Wij steunen de Verenigde Naties.") is None  # neither: no guess


def test_we_in_a_text_that_names_its_state():
    text = ("Namens België neem ik hier het woord. Wij blijven Georgië steunen, politiek "
            "en financieel.")
    assert ("BEL", "SUPPORTS", "GEO") in triples(text, lang="nl", issuer=None)
    # no state of the two named: "wij" stays unresolved, no relation
    text = "Wij blijven Georgië steunen, politiek en financieel."
    assert not triples(text, lang="nl", issuer=None)


def test_a_harm_noun_after_a_demonstrative_is_not_ours():
    # "wij veroordelen deze aanval": the speaker is no agent of the attack, so the
    # accomplice of "deze aanvallen" supports the attacker, not the speaker
    text = ("Gisteren viel Rusland Georgië aan. Namens België zeg ik: wij veroordelen deze "
            "aanval. Wij veroordelen ook de betrokkenheid van Belarus bij deze aanvallen.")
    got = triples(text, lang="nl", issuer=None)
    assert ("BLR", "SUPPORTS", "BEL") not in got
    assert ("BEL", "THREATENS", "GEO") not in got


def test_its_war_is_never_the_speakers():
    text = ("Namens Nederland zeg ik dit. Het is pijnlijk hoe hij onze gedeelde geschiedenis "
            "misbruikt voor zijn oorlog tegen Georgië.")
    assert ("NLD", "THREATENS", "GEO") not in triples(text, lang="nl", issuer=None)


def test_a_dutch_joint_declaration_speaks_for_every_state_in_its_title():
    from actorgraph.loaders.extract.speaker import _JOINT_RE

    m = _JOINT_RE.search("Gezamenlijke verklaring van Nederland en Polen over energie")
    assert m and "Polen" in m.group(1)


# ------------------------- "de Russische agressie" with its victim named before it
def test_aggression_noun_with_an_agent_adjective_takes_the_state_named_before():
    got = triples("Volgens Georgië zijn twee dorpen bevrijd van de Russische bezetting.",
                  lang="nl", issuer=None)
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Hij beschreef de toestand in Moldavië en wees op de Russische aanvallen op "
                  "de stroomvoorziening.", lang="nl", issuer=None)
    assert ("RUS", "THREATENS", "MDA") in got
    got = triples("In Syrië herinnert men zich de Turkse inval van 2019.", lang="nl", issuer=None)
    assert ("TUR", "THREATENS", "SYR") in got


def test_aggression_noun_takes_the_topic_of_the_previous_sentence():
    text = ("Georgië vroeg om meer steun. De minister schetste de gevolgen van de Russische "
            "bombardementen op de havens.")
    assert ("RUS", "THREATENS", "GEO") in triples(text, lang="nl", issuer="NLD")


def test_aggression_noun_gives_no_victim_that_is_not_one():
    # the speaker is no victim, neither named nor carried over
    got = triples("Nederland wil dat deze Russische agressie stopt.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "NLD") not in got
    text = "Nederland blijft betrokken. Het is duidelijk dat deze Russische agressie moet stoppen."
    assert ("RUS", "THREATENS", "NLD") not in triples(text, lang="nl", issuer="NLD")
    # an accomplice or enabler is no victim
    got = triples("Wij blijven Iran aanspreken op zijn medeplichtigheid aan de Russische "
                  "agressie.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "IRN") not in got
    got = triples("Op de top werd Wit-Rusland een belangrijke facilitator van de Russische "
                  "oorlog genoemd.", lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "BLR") not in got
    got = triples("Het gaat om China en andere landen die de Russische oorlog mogelijk maken.",
                  lang="nl", issuer="NLD")
    assert ("RUS", "THREATENS", "CHN") not in got
    # a state that only fears an attack does not attack the attacker
    got = triples("Polen vreest een Russische aanval.", lang="nl", issuer=None)
    assert ("POL", "THREATENS", "RUS") not in got


# -------------------- a passive of support with no agent: the speaker gives it
def test_agentless_passive_of_support_is_the_speakers():
    got = triples("Vorig jaar werd politieke, militaire, economische, financiële, juridische en "
                  "humanitaire steun aan Moldavië geleverd.", lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "MDA") in got
    got = triples("Ook wordt de hulp aan Georgië dit jaar voortgezet.", lang="nl", issuer="BEL")
    assert ("BEL", "SUPPORTS", "GEO") in got
    got = triples("Armenië moet de komende jaren krachtig gesteund worden.", lang="nl",
                  issuer="NLD")
    assert ("NLD", "SUPPORTS", "ARM") in got


def test_passive_of_support_with_an_agent_or_a_negation_is_not_the_speakers():
    got = triples("Er werd steun aan Moldavië geleverd door Roemenië.", lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "MDA") not in got
    got = triples("Er werd geen steun aan Moldavië geleverd.", lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "MDA") not in got
    # another actor before the receiver: whose support it is, is not said
    got = triples("Volgens Roemenië wordt de steun aan Moldavië voortgezet.", lang="nl",
                  issuer="NLD")
    assert ("NLD", "SUPPORTS", "MDA") not in got
    # no speaker: nothing
    got = triples("Er werd steun aan Moldavië geleverd.", lang="nl", issuer=None)
    assert not got


def test_a_belgian_text_with_a_minister_of_defence_is_not_dutch():
    from actorgraph.loaders.extract.catalogue import default_lexicon
    from actorgraph.loaders.extract.speaker import find_speaker

    lex = default_lexicon()
    be = "De minister van Defensie sprak gisteren. België blijft Georgië steunen."
    assert find_speaker(lex, text=be, lang="nl").issuers == ["BEL"]
    nl = "Het kabinet steunt Georgië. België doet dat ook."  # "het kabinet": Dutch
    assert find_speaker(lex, text=nl, lang="nl").issuers == ["NLD"]


def test_de_unie_is_the_european_union():
    got = triples("De ministers waren het eens dat de Unie Georgië moet blijven bijstaan.",
                  lang="nl", issuer="NLD")
    assert ("EU", "SUPPORTS", "GEO") in got
    got = triples("De Afrikaanse Unie steunt Soedan.", lang="nl", issuer="NLD")
    assert ("AU", "SUPPORTS", "SDN") in got and ("EU", "SUPPORTS", "SDN") not in got
