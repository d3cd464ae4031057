"""Failure classes found on the first blind set (issue 9, now development data), each
checked on sentences of our own wording, not the set's: the rule, not the sentence, is
what passes. Runs on the real reference catalogue."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text
from extract_triples import triples


# --------------------------------------- a third party is the subject of the clause
def test_those_who_supply_are_not_the_speaker():
    got = triples("We stress that those who supply Hezbollah with rockets breach the "
                  "arms embargo.")
    assert not any(t == "SUPPORTS" for _, t, _ in got)
    # the speaker as the subject still counts
    assert ("USA", "SUPPORTS", "UKR") in triples("We supply Ukraine with air defense.")


def test_entities_providing_support_are_not_the_speaker():
    got = triples("We will keep raising costs on Iran, including on companies providing "
                  "support for Russia's drone industry.")
    assert ("USA", "SUPPORTS", "RUS") not in got
    assert ("USA", "OPPOSES", "IRN") in got


# ---------------------------------------------------- "A, with support from B, …"
def test_backers_in_an_aside_support_the_subject_and_do_not_strike():
    got = triples("The navies of France and Spain, with support from Portugal and Norway, "
                  "carried out strikes against pirate bases in Somalia.")
    assert {("PRT", "SUPPORTS", "FRA"), ("NOR", "SUPPORTS", "ESP")} <= got
    assert ("FRA", "THREATENS", "SOM") in got
    assert ("PRT", "THREATENS", "SOM") not in got
    got = triples("Kenya, with the backing of Uganda, launched an offensive against Somalia.")
    assert ("UGA", "SUPPORTS", "KEN") in got
    assert ("UGA", "THREATENS", "SOM") not in got


# ------------------------------------------- aggression with its agent after "by"
def test_harm_of_a_victim_by_an_agent():
    got = triples("Ministers condemned the invasion of Georgia by the armed forces of Russia.")
    assert ("RUS", "THREATENS", "GEO") in got
    assert not any(s == "USA" and t == "THREATENS" for s, t, _ in got)
    got = triples("The statement denounced repeated harassment of lawful Vietnamese fishing "
                  "boats by China.")
    assert ("CHN", "THREATENS", "VNM") in got


def test_aggression_by_against_a_long_object():
    got = triples("They discussed the aggression by Azerbaijan against the territorial "
                  "integrity and sovereignty of Armenia.")
    assert ("AZE", "THREATENS", "ARM") in got


def test_an_adjective_before_the_agent_is_not_the_agent():
    got = triples("We condemn the ongoing attacks against Jordan by Lebanese Hezbollah.")
    assert ("HEZBOLLAH", "THREATENS", "JOR") in got
    assert ("LBN", "THREATENS", "JOR") not in got
    assert ("USA", "OPPOSES", "JOR") not in got  # Jordan is the victim of what is condemned


def test_defender_helped_by_us_is_not_us():
    got = triples("We stand with the Armenian people as we help them defend against "
                  "Azerbaijan's attacks.")
    assert ("AZE", "THREATENS", "USA") not in got


def test_self_defense_possessor_is_the_victim():
    got = triples("The two leaders backed Moldova's self-defense against Russia's war of "
                  "aggression.")
    assert ("RUS", "THREATENS", "MDA") in got


def test_adjective_aggressor_in_plain_nouns():
    got = triples("Both sides reaffirmed support for Georgia in the face of continued Russian "
                  "aggression.")
    assert ("RUS", "THREATENS", "GEO") in got
    assert ("IRN", "THREATENS", "ISR") in triples("They spoke about Iran's use of drones "
                                                  "against Israel.")


def test_dutch_occupation_and_jegens():
    got = triples("De Raad sprak over de door Rusland bezette gebieden in Georgië.", lang="nl",
                  issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Op de agenda stond de Russische agressie jegens Georgië.", lang="nl",
                  issuer="NLD")
    assert ("RUS", "THREATENS", "GEO") in got
    got = triples("Armenië zet de strijd tegen Azerbeidzjaanse agressie voort.", lang="nl",
                  issuer="NLD")
    assert ("AZE", "THREATENS", "ARM") in got


# ------------------------------------------------------- partners and members
def test_partners_of_an_organisation_such_as():
    got = triples("Aan de sessie nemen verschillende partners van de NAVO deel, zoals Chili, "
                  "Colombia en Ierland.", lang="nl", issuer="NLD")
    assert {("CHL", "PARTNERS_WITH", "NATO"), ("IRL", "PARTNERS_WITH", "NATO")} <= got
    got = triples("Several partners of the EU will attend, such as Chile and Iceland.")
    assert ("CHL", "PARTNERS_WITH", "EU") in got


def test_cooperation_with_a_third_is_no_partnership_of_the_list():
    got = triples("In 2014 breidden Ierland en Oostenrijk hun samenwerking met de NAVO verder "
                  "uit.", lang="nl", issuer="NLD")
    assert ("AUT", "PARTNERS_WITH", "IRL") not in got and ("IRL", "PARTNERS_WITH", "AUT") not in got
    assert ("IRL", "PARTNERS_WITH", "NATO") in got


def test_joint_action_and_designated_ally_and_compounds():
    got = triples("The armed forces of France and Spain conducted joint exercises in the "
                  "Baltic Sea.")
    assert ("ESP", "PARTNERS_WITH", "FRA") in got or ("FRA", "PARTNERS_WITH", "ESP") in got
    got = triples("I hereby designate Chile as a Major Non-NATO Ally of the United States.")
    assert ("CHL", "PARTNERS_WITH", "USA") in got
    got = triples("The President discussed the strong U.S.-Danish strategic energy security "
                  "partnership.")
    assert ("DNK", "PARTNERS_WITH", "USA") in got


def test_membership_stated_in_appositions_and_nouns():
    got = triples("Mr. Sullivan met his counterparts from NATO Allies Norway, Denmark, and "
                  "Iceland.")
    assert {("NOR", "MEMBER_OF", "NATO"), ("ISL", "MEMBER_OF", "NATO")} <= got
    got = triples("Zij spraken over het NAVO-lidmaatschap van buurlanden Estland en Letland.",
                  lang="nl", issuer="NLD")
    assert ("EST", "MEMBER_OF", "NATO") in got
    got = triples("Polen en Tsjechië delen als EU-lidstaten dezelfde waarden.", lang="nl",
                  issuer="NLD")
    assert ("CZE", "MEMBER_OF", "EU") in got


def test_supporting_the_efforts_of_an_organisation():
    got = triples("Nederland en de EU steunen de bemiddelingsinspanningen van de VN in Libië.",
                  lang="nl", issuer="NLD")
    assert {("NLD", "SUPPORTS", "UN"), ("EU", "SUPPORTS", "UN")} <= got


def test_a_and_other_members_is_one_subject():
    got = triples("Nederland en andere lidstaten riepen op tot aanhoudende steun voor Moldavië.",
                  lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "EU") not in got
    assert ("NLD", "SUPPORTS", "MDA") in got


def test_support_owned_by_an_unnamed_regime_is_not_ours():
    got = triples("We condemn the Lukashenka regime's support for Russia's war.")
    assert ("USA", "SUPPORTS", "RUS") not in got


# ------------------------------------------------ who met, quotes, places of others
def test_meeting_parties_are_they_and_the_two_officials():
    got = triples("National Security Advisor Jake Sullivan met today with his counterparts "
                  "from Norway, Denmark, and Iceland.  They expressed strong support for "
                  "Moldova.")
    assert {("USA", "SUPPORTS", "MDA"), ("ISL", "SUPPORTS", "MDA")} <= got
    got = triples("National Security Advisor Jake Sullivan spoke with Foreign Minister Penny "
                  "Wong of Australia. The two officials committed to close cooperation in "
                  "support of Moldova.")
    assert {("USA", "SUPPORTS", "MDA"), ("AUS", "SUPPORTS", "MDA")} <= got


def test_half_of_a_compound_is_no_agent():
    got = triples("Amid growing DPRK-Russia cooperation, the envoys discussed support for "
                  "Moldova.")
    assert ("RUS", "SUPPORTS", "MDA") not in got


def test_words_inside_a_quoted_title_are_nobodys_act():
    got = triples("Rutte joined a forum under the title ‘Ensuring Continued Support to "
                  "Moldova’ in Vilnius.")
    assert ("NLD", "SUPPORTS", "MDA") not in got


def test_a_place_used_by_others_is_not_the_target():
    got = triples("This morning, U.S. forces struck depots in Syria and Lebanon that the IRGC "
                  "and its proxies use to store rockets.")
    assert ("USA", "THREATENS", "SYR") not in got
    got = triples("Russian forces struck power plants in Ukraine that provide heat to millions.")
    assert ("RUS", "THREATENS", "UKR") in got


# -------------------------------------------------------------------- persons
def test_person_ids_drop_middle_initials_and_suffixes():
    got = triples("Secretary of Defense Lloyd J. Austin III met Philippine Secretary of "
                  "Foreign Affairs Enrique Manalo and Philippine National Security Advisor "
                  "Eduardo M. Año.")
    assert {("lloyd-austin", "REPRESENTS", "USA"), ("eduardo-ano", "REPRESENTS", "PHL"),
            ("enrique-manalo", "REPRESENTS", "PHL")} <= got


def test_office_of_the_president_is_no_title():
    got = triples("Sullivan met Ukrainian President Volodymyr Zelenskyy, Head of the Office of "
                  "the President Andriy Yermak, and others.")
    assert not any(s == "andriy-yermak" and t == "USA" for s, _, t in got)


# ------------------------------------------------------- EU Council reports (nl)
def test_de_raad_is_the_eu_in_an_eu_council_report():
    got = triples("De Europese Unie vergaderde in Brussel. De Raad nam het tiende "
                  "sanctiepakket tegen Belarus aan.", lang="nl", issuer="NLD")
    assert ("EU", "OPPOSES", "BLR") in got
    # in a NATO text "de Raad" is not the EU
    got = triples("De NAVO kwam bijeen. De Raad nam een besluit over sancties tegen Belarus.",
                  lang="nl", issuer="NLD")
    assert ("EU", "OPPOSES", "BLR") not in got


def test_during_the_council_is_no_object_and_the_stem_is_a_noun():
    got = triples("De EU vergaderde. Nederland benadrukte tijdens de Raad het belang van "
                  "militaire steun op langere termijn.", lang="nl", issuer="NLD")
    assert ("NLD", "SUPPORTS", "EU") not in got


def test_condemned_annexation_by_a_of_b_does_not_oppose_b():
    got = triples("The G7 firmly condemn the attempted annexation by Russia of Georgia's "
                  "Abkhazia region.", issuer="G7")
    assert ("G7", "OPPOSES", "RUS") in got
    assert ("G7", "OPPOSES", "GEO") not in got
    assert ("RUS", "THREATENS", "GEO") in got


def test_participants_announced_then_enumerated_are_members():
    text = ("Aan de bijeenkomst nemen regeringsleiders van zes NAVO-landen deel. Naast "
            "Nederland en Estland zijn dit president Iohannis van Roemenië en "
            "minister-president Costa van Portugal.")
    got = triples(text, lang="nl", issuer="NLD")
    assert {("EST", "MEMBER_OF", "NATO"), ("ROU", "MEMBER_OF", "NATO"),
            ("PRT", "MEMBER_OF", "NATO")} <= got
    # a state the catalogue does not have in NATO is no member, whatever the enumeration says
    got = triples("Aan de bijeenkomst nemen regeringsleiders van zes NAVO-landen deel. Naast "
                  "Nederland zijn dit president Tokajev van Kazachstan.", lang="nl",
                  issuer="NLD")
    assert ("KAZ", "MEMBER_OF", "NATO") not in got
    # without the announcement an enumeration says nothing about membership
    got = triples("Naast Nederland zijn dit president Iohannis van Roemenië en "
                  "minister-president Costa van Portugal.", lang="nl", issuer="NLD")
    assert ("ROU", "MEMBER_OF", "NATO") not in got


# ---------------------------------------------------------------- calibration
def test_calibration_pools_a_worse_high_bin_with_the_bin_below():
    from actorgraph.loaders.extract.calibration import Labelled, fit, frozen_rows

    rows = [Labelled(0.9, i % 2 == 0) for i in range(40)] + [Labelled(0.77, True)] * 40
    table = fit(rows)
    assert table[-1][2] == table[-2][2] < 0.8  # pooled, not lifted to the better bin
    assert all(a[2] <= b[2] for a, b in zip(table, table[1:]))
    frozen = frozen_rows()  # the blind set's first scoring, kept as measured
    assert len(frozen) > 100 and 0.5 < sum(r.correct for r in frozen) / len(frozen) < 0.9


def test_a_bullet_dash_is_no_compound():
    got = triples("-Quad partners are working together to provide assistance to support the "
                  "people of Vietnam.")
    assert ("QUAD", "SUPPORTS", "VNM") in got


def test_applications_for_membership_are_aspirations():
    got = triples("Moldavië en Georgië hebben op 3 maart een aanvraag tot lidmaatschap van de "
                  "EU ingediend.", lang="nl", issuer="NLD")
    assert {("MDA", "ASPIRES_TO_JOIN", "EU"), ("GEO", "ASPIRES_TO_JOIN", "EU")} <= got
    got = triples("Zij bespraken de toetredingsaanvragen van Finland en Zweden tot de NAVO.",
                  lang="nl", issuer="NLD", date="2022-05-20")
    assert ("FIN", "ASPIRES_TO_JOIN", "NATO") in got
    got = triples("Ministers welcomed the membership applications of Moldova and Georgia to "
                  "the EU.")
    assert ("GEO", "ASPIRES_TO_JOIN", "EU") in got


# ------------------------------------- office holders of 2022-2024 in the catalogue
def test_office_holders_the_catalogue_knows_represent_their_state():
    got = triples("Eerste minister De Croo opende woensdag de top in Brussel.", lang="nl",
                  issuer="BEL", date="2023-03-01")
    assert ("alexander-de-croo", "REPRESENTS", "BEL") in got
    got = triples("Later that day, Taoiseach Varadkar received the delegation in Dublin.",
                  date="2023-06-01")
    assert ("leo-varadkar", "REPRESENTS", "IRL") in got
    got = triples("The Vice President spoke with President Al-Sisi about the Rafah crossing.")
    assert ("abdel-fattah-el-sisi", "REPRESENTS", "EGY") in got
    # an office ends: the minister of 2021 is no minister in 2024
    got = triples("Minister Wilmès sprak met de pers.", lang="nl", issuer="BEL",
                  date="2024-05-01")
    assert ("sophie-wilmes", "REPRESENTS", "BEL") not in got


def test_a_dutch_portfolio_is_part_of_the_title_not_a_name():
    res = extract_text("Namens het kabinet,\n\nde minister van Infrastructuur en Waterstaat,\n"
                       "M.G.J. Harbers", lang="nl", issuer="NLD", date="2023-02-01")
    got = {(r.source, r.type.value, r.target) for r in res.relations}
    assert ("mark-harbers", "REPRESENTS", "NLD") in got
    res = extract_text("De Minister van Justitie en Veiligheid, P.Q. Onbekend, schreef de Kamer.",
                       lang="nl", issuer="NLD", date="2023-02-01")
    assert not any("justitie" in a for a in res.new_actors)  # "van Justitie" is no person


def test_states_before_a_copula_do_not_own_the_office_after_it():
    got = triples("Naast Polen en Estland zijn dit president Nausėda van Litouwen en "
                  "premier Fiala van Tsjechië.", lang="nl", issuer="NLD", date="2023-02-01")
    assert ("gitanas-nauseda", "REPRESENTS", "LTU") in got
    assert not any(t in ("POL", "EST") for _, r, t in got if r == "REPRESENTS")


# ------------------------------------------ troops gathered at another state's border
def test_a_build_up_near_a_state_threatens_it():
    got = triples("De ministers spraken hun zorg uit over de Turkse militaire opbouw rond "
                  "Cyprus.", lang="nl", issuer="NLD")
    assert ("TUR", "THREATENS", "CYP") in got
    got = triples("Leaders discussed Azerbaijan's troop build-up along its border with Armenia.")
    assert ("AZE", "THREATENS", "ARM") in got
    got = triples("Servië heeft troepen samengetrokken aan de grens met Kosovo.", lang="nl",
                  issuer="NLD")
    assert ("SRB", "THREATENS", "XKX") in got
    got = triples("Venezuela has amassed several thousand soldiers near the border with "
                  "Guyana.")
    assert ("VEN", "THREATENS", "GUY") in got
    # building up one's own or a partner's forces threatens nobody
    got = triples("Nederland draagt bij aan de opbouw van de Moldavische krijgsmacht.",
                  lang="nl", issuer="NLD")
    assert not any(r == "THREATENS" for _, r, _ in got)


def test_an_attack_on_a_town_then_its_state_targets_the_state():
    got = triples("The ministers condemned Russia's drone strikes on Odesa, Ukraine, last "
                  "night.")
    assert ("RUS", "THREATENS", "UKR") in got
    got = triples("We discussed Syria's rocket attacks against Irbid, Jordan the week before.")
    assert ("SYR", "THREATENS", "JOR") in got
    # a comma that opens a new clause names no victim
    got = triples("After the attacks on shipping, Egypt reopened the canal.")
    assert not any(r == "THREATENS" and t == "EGY" for _, r, t in got)


def test_backers_in_a_dash_aside_after_a_partner_support_the_subject():
    got = triples("This morning Italian naval forces—together with Greece and with support "
                  "from Malta and Cyprus—intercepted the smugglers' vessels.")
    assert {("MLT", "SUPPORTS", "ITA"), ("CYP", "SUPPORTS", "ITA")} <= got


# --------------------------------------------- a territory as the receiver of aid only
def test_aid_to_gaza_supports_palestine_but_gaza_never_acts_or_is_attacked():
    got = triples("Canada will deliver food and medical supplies into the Gaza Strip this week.",
                  issuer="CAN")
    assert ("CAN", "SUPPORTS", "PSE") in got
    got = triples("Ierland stuurt extra humanitaire hulp naar Gaza.", lang="nl", issuer="NLD")
    assert ("IRL", "SUPPORTS", "PSE") in got
    got = triples("Hamas fired rockets from Gaza at Israel overnight.")
    assert ("HAMAS", "THREATENS", "ISR") in got and not any("PSE" in (s, t) for s, _, t in got)
    got = triples("Israel expanded its ground operation in Gaza.")
    assert not any("PSE" in (s, t) for s, _, t in got)
    # a place in a joint statement's title is none of its speakers
    res = extract_text("We call for the release of the hostages.", lang="en", date="2024-05-02",
                       title="Joint Statement from the Leaders of Chile and Spain on the "
                             "Hostages Held in Gaza")
    assert "PSE" not in res.issuers


# ------------------------------------------ office holders as the subject of a verb
def test_honorifics_do_not_break_a_list_of_persons():
    got = triples("Prime Minister Mark Carney of Canada met President Alar Karis of Estonia. "
                  "Mr. Carney and Mr. Karis reaffirmed that they continue supporting Moldova.",
                  date="2025-06-01")
    assert {("CAN", "SUPPORTS", "MDA"), ("EST", "SUPPORTS", "MDA")} <= got


def test_office_holders_who_support_act_for_their_states():
    got = triples("President Erdoğan and Chancellor Scholz pledged to keep supporting Moldova.")
    assert {("TUR", "SUPPORTS", "MDA"), ("DEU", "SUPPORTS", "MDA")} <= got


# ------------------------------------------------ accomplices of an act of aggression
def test_an_accomplice_supports_the_aggressor():
    got = triples("We condemn Azerbaijan's offensive against Armenia, an offensive in which "
                  "Turkey is complicit.")
    assert ("TUR", "SUPPORTS", "AZE") in got
    got = triples("Iran continues its attacks on shipping. We urge Syria to end its "
                  "complicity.")
    assert ("SYR", "SUPPORTS", "IRN") in got
    got = triples("Gisteren voerden de Houthi's nieuwe aanvallen uit op schepen in de Rode Zee. "
                  "Wij veroordelen ook de betrokkenheid van Iran bij deze aanvallen.", lang="nl",
                  issuer="NLD")
    assert ("IRN", "SUPPORTS", "HOUTHIS") in got
    # involvement in anything but the act, and a denial, are no complicity
    assert not any(r == "SUPPORTS" for _, r, _ in triples(
        "We welcome the involvement of Japan in the peace talks with Russia."))
    got = triples("Russia's war against Ukraine goes on; Kazakhstan is not complicit.")
    assert ("KAZ", "SUPPORTS", "RUS") not in got


# --------------------------------------------------- criticism: by-agents, pressure
def test_condemning_an_attack_by_an_agent_opposes_the_agent():
    got = triples("The Vice President condemned the deadly rocket attack by Hezbollah.")
    assert ("USA", "OPPOSES", "HEZBOLLAH") in got
    got = triples("Minister Wadephul condemned the drone strikes on Poland carried out by "
                  "Russia.", date="2025-09-12", issuer="DEU")
    assert ("DEU", "OPPOSES", "RUS") in got
    assert ("DEU", "OPPOSES", "POL") not in got


def test_pressure_on_a_state_opposes_it_but_military_pressure_does_not():
    got = triples("Het kabinet blijft zich inzetten om de druk op Iran verder te verhogen.",
                  lang="nl", issuer="NLD")
    assert ("NLD", "OPPOSES", "IRN") in got
    got = triples("The United States will keep up the pressure on Venezuela.")
    assert ("USA", "OPPOSES", "VEN") in got
    got = triples("Turkey keeps military pressure on the PKK.", issuer=None)
    assert not any(r == "OPPOSES" for _, r, _ in got)
