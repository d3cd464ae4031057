"""English constructions that carry to unseen documents (issue 9): each class checked on
sentences of our own wording, with negatives that must give nothing. Runs on the real
reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text


def triples(text: str, issuer: str | None = "USA", lang: str = "en") -> set:
    res = extract_text(text, lang=lang, issuer=issuer, date="2024-03-12", doc_id="t")
    return {(r.source, r.type.value, r.target) for r in res.relations}


# ------------------------------ an inclusion without commas: "groups such as X"
def test_backed_groups_such_as_a_name_are_backed():
    got = triples("The minister warned of attacks by Iranian-backed militias such as "
                  "Syrian Hezbollah.")
    assert ("IRN", "SUPPORTS", "HEZBOLLAH") in got
    assert ("IRN", "SUPPORTS", "SYR") not in got  # the adjective only qualifies the name
    got = triples("Our navy intercepted drones from Iranian-backed groups to include the "
                  "Houthis.")
    assert ("IRN", "SUPPORTS", "HOUTHIS") in got


def test_bare_inclusion_needs_a_plural_head():
    # "would like Japan to": no plural noun heads the inclusion, nothing is folded
    assert triples("We would like Japan to do more for Chile.") == set()
    got = triples("Russian-backed units such as Belarusian battalions patrol the border.")
    assert ("RUS", "SUPPORTS", "BLR") not in got


def test_two_names_side_by_side_are_no_inclusion():
    got = triples("Iranian-backed groups such as Hamas Hezbollah fighters protested.")
    assert ("IRN", "SUPPORTS", "HAMAS") not in got


# ------------------------------------- news: a reported "would" is a reported "will"
def test_reported_future_is_a_pledge():
    assert ("NOR", "SUPPORTS", "MDA") in triples(
        "Norway said it would send another 200 million euros of aid to Moldova.", issuer=None)
    assert ("PRT", "SUPPORTS", "MDA") in triples(
        "Portugal announced that it would provide de-mining equipment to Moldova.", issuer=None)


def test_a_would_that_is_no_report_still_hedges():
    assert triples("Norway would send more aid to Moldova.", issuer=None) == set()
    assert triples("Norway said it would consider sending aid to Moldova.", issuer=None) == set()
    assert triples("Norway said it would not send aid to Moldova.", issuer=None) == set()
    assert triples("If Norway wanted, it would send aid to Moldova.", issuer=None) == set()


# ------------------------------ who "we" is in another government's release
def _doc(text: str) -> tuple[list, set]:
    res = extract_text(text, lang="en", date="2023-03-01", doc_id="t")
    return res.issuers, {(r.source, r.type.value, r.target) for r in res.relations}


def test_a_state_statement_in_the_heading_speaks_for_the_state():
    issuers, got = _doc("Tag: Foreign Office\nPRESS RELEASE : Peace in the Sahel – UK statement "
                        "at the Security Council\n\nWe strongly support the mediation by Ghana.")
    assert issuers == ["GBR"] and ("GBR", "SUPPORTS", "GHA") in got
    issuers, _ = _doc("Aid to Chile: Canada statement to the OSCE\n\nWe stand with Chile.")
    assert issuers == ["CAN"]


def test_the_ministry_that_issued_a_release_speaks():
    issuers, got = _doc("Relief for Tonga\n\nThe press release issued by the Foreign Office on "
                        "2 March 2023.\n\nWe will continue to support Tonga.")
    assert issuers == ["GBR"] and ("GBR", "SUPPORTS", "TON") in got
    issuers, _ = _doc("Trip concluded\nNews release\nMarch 1, 2023 – Ottawa - Global Affairs "
                      "Canada\nWe met partners.")
    assert issuers == ["CAN"]


def test_a_heading_that_only_names_states_gives_no_speaker():
    issuers, got = _doc("The UK and France met in Paris\n\nWe support Tonga.")
    assert issuers == [] and not any(s in ("GBR", "FRA") for s, _, _ in got)


def test_a_statement_quoted_after_its_titled_speaker():
    issuers, got = _doc("Report\nLONDON: Foreign Secretary James Cleverly has issued a "
                        "statement.\nForeign Secretary James Cleverly said:\nWe will keep "
                        "supporting Moldova.")
    assert issuers == ["GBR"] and ("GBR", "SUPPORTS", "MDA") in got
    # a foreign office holder's quote without a release line: no speaker
    issuers, _ = _doc("Report\nForeign Secretary James Cleverly met partners.\nWe support Tonga.")
    assert issuers == []


# ------------------------- "our bilateral cooperation": the parties from the discourse
def _titled(text: str, title: str, issuer: str | None = "USA") -> set:
    res = extract_text(text, lang="en", issuer=issuer, date="2024-03-12", doc_id="t",
                       title=title)
    return {(r.source, r.type.value, r.target) for r in res.relations
            if r.type.value == "PARTNERS_WITH"}


def test_bilateral_cooperation_is_the_speaker_and_the_titled_state():
    got = _titled("The two officials discussed ways to deepen our bilateral cooperation on "
                  "energy.", "Readout of the Secretary's Meeting with President X of Peru")
    assert got == {("PER", "PARTNERS_WITH", "USA")}
    # other states named in passing take no part
    got = _titled("They discussed Iran's attacks on shipping and a strong bilateral "
                  "partnership.", "Readout of a Call with the Prime Minister of Chile")
    assert got == {("CHL", "PARTNERS_WITH", "USA")}


def test_trilateral_cooperation_of_three_speakers_or_a_listed_three():
    res = extract_text("Joint Statement of Chile, Peru and Ecuador\n\nThese talks are part of "
                       "our longstanding trilateral cooperation on fisheries.",
                       lang="en", date="2024-03-12", doc_id="t",
                       title="Joint Statement of Chile, Peru and Ecuador")
    got = {(r.source, r.target) for r in res.relations if r.type.value == "PARTNERS_WITH"}
    assert {("CHL", "PER"), ("CHL", "ECU"), ("ECU", "PER")} <= got
    got = _titled("Chile, Peru and Ecuador met and hailed their trilateral partnership.", "Summit")
    assert len(got) == 3
    got = _titled("Chancellor Olaf Scholz, French President Emmanuel Macron and Prime Minister "
                  "Donald Tusk met in Berlin to renew their trilateral cooperation.", "Weimar")
    pairs = {frozenset((a, c)) for a, _, c in got}
    assert {frozenset(p) for p in (("DEU", "FRA"), ("DEU", "POL"), ("FRA", "POL"))} <= pairs


def test_bilateral_without_clear_parties_or_as_no_fact_gives_nothing():
    # two other states in the title: "bilateral" cannot choose
    assert _titled("They discussed bilateral cooperation.",
                   "Readout of a Call with Leaders of Chile and Peru") == set()
    assert _titled("They may explore bilateral cooperation.",
                   "Readout of a Call with the President of Peru") == set()
    assert _titled("We have no bilateral partnership to speak of.",
                   "Readout of a Call with the President of Peru") == set()
    # no speaker, no title state
    assert _titled("Bilateral cooperation was discussed.", "Notes", issuer=None) == set()


# ------------------------------- a short statement wrapped at a fixed width is joined
def test_short_hard_wrapped_statement_keeps_its_sentences_whole():
    from actorgraph.loaders.documents.text import clean_text

    text = ("Today the Secretary met with the Foreign Minister of Peru in Lima, at\n"
            "the close of the regional summit. The two reaffirmed the enduring U.S.-\n"
            "Peru partnership, talked about trade and energy matters in the region,\n"
            "and discussed migration.\n")
    assert "at the close" in clean_text(text).cleaned
    # lines of one sentence each, of any length, are left as they are
    loose = ("We support Peru.\nThe Secretary will travel to Lima next week for talks on "
             "trade, energy and migration with the government.\nMore soon.\n")
    assert clean_text(loose).cleaned == loose.replace("\r", "")


# ---------------------- a state defending itself, its people or its security against X
def test_defence_of_a_state_names_its_threat():
    assert ("HEZBOLLAH", "THREATENS", "CHL") in triples(
        "We back Chile's right to defend itself, consistent with international law, against "
        "Hezbollah fighters who hide among civilians.")
    assert ("HEZBOLLAH", "THREATENS", "CHL") in triples(
        "The package gives Chile what it needs to protect its people against Hezbollah.")
    assert ("HEZBOLLAH", "THREATENS", "CHL") in triples(
        "We affirmed Chile's right to defend itself in the face of continued Hezbollah "
        "rocket fire.")
    got = triples("We reaffirmed our commitment to Chile's security against all Iranian-backed "
                  "militant groups to include Lebanese Hezbollah.")
    assert ("HEZBOLLAH", "THREATENS", "CHL") in got
    assert ("IRN", "THREATENS", "CHL") not in got  # the backer is not the attacker


def test_defence_against_no_actor_gives_no_threat():
    assert not any(t == "THREATENS" for _, t, _ in triples(
        "Chile must protect its people from floods, Peru said."))
    assert not any(t == "THREATENS" for _, t, _ in triples(
        "Chile's security against cyber crime improved with help from Peru."))


# ------------------------- "X is a stalwart NATO Ally", "X, a longstanding member of …"
def _members(text: str, date: str = "2024-04-15") -> set:
    res = extract_text(text, lang="en", date=date, doc_id="t")
    return {(r.source, r.target) for r in res.relations if r.type.value == "MEMBER_OF"}


def test_a_state_described_as_an_ally_or_member_with_adjectives():
    assert ("PRT", "NATO") in _members("NATO ministers met. Portugal is a steadfast NATO Ally "
                                       "marking many decades in the Alliance.")
    assert ("PRT", "NATO") in _members("NATO ministers met. We thanked Portugal, a reliable "
                                       "Ally, for its pledge.")
    assert ("HUN", "EU") in _members("Hungary, a long-standing member of the European Union, "
                                     "objected.")


def test_ally_descriptions_stay_checked_against_the_catalogue():
    # Sweden joined NATO on 7 March 2024; a partner is no member
    assert _members("NATO ministers met. Sweden is a close NATO Ally.", date="2024-02-01") == set()
    assert _members("NATO ministers met. Japan, a trusted partner, attended.") == set()
