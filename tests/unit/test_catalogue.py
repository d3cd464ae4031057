"""The reference catalogue against the record: memberships, offices, names, ambiguity."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from actorgraph.errors import CatalogueError
from actorgraph.graph.model import GraphBatch
from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType
from actorgraph.loaders.reference import (
    FORMS,
    AliasEntry,
    Catalogue,
    load_catalogue,
    normalize_alias,
)


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def _member_since(cat: Catalogue, org: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        r.source: (r.valid_from, r.valid_to)
        for r in cat.relations()
        if r.type is RelationType.MEMBER_OF and r.target == org
    }


# -- memberships ---------------------------------------------------------------------------

NATO_ACCESSIONS = {
    "FIN": "2023-04-04", "SWE": "2024-03-07", "MKD": "2020-03-27", "MNE": "2017-06-05",
    "ALB": "2009-04-01", "HRV": "2009-04-01", "POL": "1999-03-12", "CZE": "1999-03-12",
    "HUN": "1999-03-12", "EST": "2004-03-29", "LTU": "2004-03-29", "LVA": "2004-03-29",
    "ESP": "1982-05-30", "DEU": "1955-05-06", "TUR": "1952-02-18", "GRC": "1952-02-18",
}


@pytest.mark.parametrize(("state", "date"), sorted(NATO_ACCESSIONS.items()))
def test_nato_accession_dates(cat: Catalogue, state: str, date: str) -> None:
    assert _member_since(cat, "NATO")[state] == (date, None)


def test_nato_has_32_members_all_nato_allies(cat: Catalogue) -> None:
    members = {s for s, (_, end) in _member_since(cat, "NATO").items() if end is None}
    assert len(members) == 32
    allies = {a.id for a in cat.actors.values()
              if a.kind is ActorKind.STATE and a.bloc is Bloc.NATO_ALLY}
    assert allies == members


def test_eu_has_27_members_and_the_uk_left(cat: Catalogue) -> None:
    eu = _member_since(cat, "EU")
    assert len([s for s, (_, end) in eu.items() if end is None]) == 27
    assert eu["GBR"] == ("1973-01-01", "2020-01-31")
    assert eu["HRV"] == ("2013-07-01", None)
    assert eu["FIN"] == ("1995-01-01", None)


def test_eu_only_members_are_bloc_eu(cat: Catalogue) -> None:
    assert {a.id for a in cat.actors.values() if a.bloc is Bloc.EU and a.kind is ActorKind.STATE} \
        == {"AUT", "CYP", "IRL", "MLT"}


def test_brics_2024_enlargement_and_csto_sco(cat: Catalogue) -> None:
    brics = _member_since(cat, "BRICS")
    assert {s for s, (start, _) in brics.items() if start == "2024-01-01"} == {
        "EGY", "ETH", "IRN", "ARE"}
    assert "SAU" not in brics  # invited, never confirmed: left out on purpose
    assert set(_member_since(cat, "CSTO")) == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}
    assert _member_since(cat, "SCO")["BLR"] == ("2024-07-04", None)
    assert set(_member_since(cat, "G7")) == {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA",
                                             "EU"}


def test_partners_and_aspirants(cat: Catalogue) -> None:
    partners = {frozenset((r.source, r.target)) for r in cat.relations()
                if r.type is RelationType.PARTNERS_WITH}
    for p in ("AUS", "JPN", "NZL", "KOR", "UKR", "EU"):
        assert frozenset((p, "NATO")) in partners
    aspires = {(r.source, r.target) for r in cat.relations()
               if r.type is RelationType.ASPIRES_TO_JOIN}
    assert ("UKR", "NATO") in aspires
    assert {"UKR", "MDA", "GEO", "TUR", "SRB"} <= {s for s, t in aspires if t == "EU"}


def test_every_un_member_is_a_member_of_the_un(cat: Catalogue) -> None:
    un = _member_since(cat, "UN")
    assert len(un) == 193
    assert "TWN" not in un and "XKX" not in un and "PSE" not in un
    states = [a for a in cat.actors.values() if a.kind is ActorKind.STATE]
    assert len(states) == 197  # 193 members, 2 observers, Taiwan, Kosovo


def test_blocs_of_russia_and_supporters(cat: Catalogue) -> None:
    assert {a.id for a in cat.actors.values() if a.kind is ActorKind.STATE
            and a.bloc is Bloc.RUSSIA_AND_SUPPORTERS} == {"RUS", "BLR", "IRN", "PRK", "CHN"}
    assert cat.get("UKR").bloc is Bloc.UKRAINE
    assert {"AUS", "JPN", "NZL", "KOR"} <= {
        a.id for a in cat.actors.values() if a.bloc is Bloc.NATO_PARTNER}


# -- offices -------------------------------------------------------------------------------

@pytest.mark.parametrize(("role", "date", "who"), [
    ("NATO:secretary-general", "2024-09-30", "jens-stoltenberg"),
    ("NATO:secretary-general", "2024-10-01", "mark-rutte"),
    ("NATO:secretary-general", "2014-10-01", "jens-stoltenberg"),
    ("NATO:secretary-general", "2014-09-30", "anders-fogh-rasmussen"),
    ("EU:high-representative", "2024-11-30", "josep-borrell"),
    ("EU:high-representative", "2024-12-01", "kaja-kallas"),
    ("EU:high-representative", "2019-12-01", "josep-borrell"),
    ("EU:high-representative", "2016-01-01", "federica-mogherini"),
    ("UKR:foreign-minister", "2024-09-04", "dmytro-kuleba"),
    ("UKR:foreign-minister", "2024-09-05", "andrii-sybiha"),
    ("UKR:foreign-minister", "2020-03-04", "dmytro-kuleba"),
    ("NLD:prime-minister", "2024-07-01", "mark-rutte"),
    ("NLD:prime-minister", "2024-07-02", "dick-schoof"),
    ("NLD:foreign-minister", "2024-04-04", "hanke-bruins-slot"),
    ("NLD:foreign-minister", "2024-12-01", "caspar-veldkamp"),
    ("USA:president", "2024-07-11", "joe-biden"),
    ("USA:president", "2025-02-01", "donald-trump"),
    ("USA:president", "2018-01-01", "donald-trump"),
    ("GBR:prime-minister", "2022-10-01", "liz-truss"),
    ("DEU:chancellor", "2023-01-01", "olaf-scholz"),
    ("CHN:foreign-minister", "2023-05-01", "qin-gang"),
    ("CHN:foreign-minister", "2024-01-01", "wang-yi"),
    ("RUS:foreign-minister", "2014-01-01", "sergey-lavrov"),
    ("TUR:president", "2014-08-27", "abdullah-gul"),
    ("HUN:prime-minister", "2024-01-01", "viktor-orban"),
    ("POL:prime-minister", "2023-12-13", "donald-tusk"),
])
def test_office_holders_by_date(cat: Catalogue, role: str, date: str, who: str) -> None:
    assert cat.holder(role, date) == who


def test_holder_edges(cat: Catalogue) -> None:
    assert cat.holder("NATO:secretary-general") == "mark-rutte"  # the open term
    assert cat.holder("NATO:secretary-general", dt.date(2024, 4, 4)) == "jens-stoltenberg"
    assert cat.holder("NATO:secretary-general", "2024-10") == "mark-rutte"  # first day
    assert cat.holder("TUR:prime-minister", "2020-01-01") is None  # office abolished 2018
    assert cat.holder("TUR:prime-minister") is None
    with pytest.raises(CatalogueError, match="unknown role"):
        cat.holder("NATO:janitor", "2024-01-01")
    with pytest.raises(CatalogueError, match="YYYY-MM-DD"):
        cat.holder("NATO:secretary-general", "April 2024")


def test_office_relations_carry_dates_and_roles(cat: Catalogue) -> None:
    (rutte_sg,) = [r for r in cat.office_of("mark-rutte") if r.target == "NATO"]
    assert (rutte_sg.valid_from, rutte_sg.valid_to, rutte_sg.role) == (
        "2024-10-01", None, "Secretary General")
    assert rutte_sg.type is RelationType.REPRESENTS
    assert [r.target for r in cat.office_of("mark-rutte", "2024-04-04")] == ["NLD"]
    (kallas,) = cat.office_of("kaja-kallas")
    assert (kallas.target, kallas.valid_from, kallas.role) == (
        "EU", "2024-12-01", "High Representative")
    (sybiha,) = cat.office_of("andrii-sybiha")
    assert (sybiha.target, sybiha.valid_from) == ("UKR", "2024-09-05")
    assert cat.office_of("judith-collins") == []


_HEAD_OR_FOREIGN = frozenset({"president", "prime-minister", "premier", "chancellor",
                              "monarch", "foreign-minister", "foreign-secretary",
                              "secretary-of-state"})


def test_every_required_state_has_head_and_foreign_minister_since_2014(cat: Catalogue) -> None:
    keys = set(cat.roles)
    for state in ("NLD", "USA", "GBR", "FRA", "DEU", "UKR", "RUS", "CHN", "POL", "TUR", "HUN"):
        offices = {k for k in keys if k.startswith(state + ":")}
        assert any(k.endswith(("foreign-minister", "foreign-secretary", "secretary-of-state"))
                   for k in offices), state
        assert len(offices) >= 2, state
        # heads and foreign ministers go back to 2014; other offices (defence, security
        # advisers) are curated from 2022, the period of the documents
        heads = {k for k in offices if k.split(":")[1] in _HEAD_OR_FOREIGN}
        assert len(heads) >= 2, state
        for key in heads:
            terms = cat.terms(key)
            assert terms and terms[0].valid_from <= "2014-12-31", key


def test_offices_never_overlap(cat: Catalogue) -> None:
    for key in cat.roles:
        terms = cat.terms(key)
        for a, b in zip(terms, terms[1:]):
            assert a.valid_to is not None and a.valid_to <= b.valid_from, (key, a, b)


# -- names ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Wit-Rusland", "BLR"), ("Belarus", "BLR"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("Turkije", "TUR"), ("DPRK", "PRK"), ("ROK", "KOR"), ("PRC", "CHN"),
    ("Republic of Korea", "KOR"), ("Democratic People’s Republic of Korea", "PRK"),
    ("Zuid-Korea", "KOR"), ("Noord-Korea", "PRK"), ("the United States", "USA"),
    ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("Verenigde Staten", "USA"),
    ("VS", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("Verenigd Koninkrijk", "GBR"),
    ("Russische", "RUS"), ("Russisch", "RUS"), ("Oekraïense", "UKR"), ("Chinese", "CHN"),
    ("Noord-Koreaanse", "PRK"), ("Amerikaanse", "USA"), ("Nederlandse", "NLD"),
    ("Russian", "RUS"), ("Ukrainian", "UKR"), ("American", "USA"), ("Australian", "AUS"),
    ("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Peking", "CHN"),
    ("Beijing", "CHN"), ("Washington", "USA"), ("Pyongyang", "PRK"), ("Den Haag", "NLD"),
    ("NATO", "NATO"), ("NAVO", "NATO"), ("Europese Unie", "EU"), ("European Commission", "EU"),
    ("Europese Commissie", "EU"), ("Council of the EU", "EU"), ("European Council", "EU"),
    ("Council of Europe", "COE"), ("VN", "UN"), ("Verenigde Naties", "UN"),
    ("UN Security Council", "UN"), ("OVSE", "OSCE"), ("G7", "G7"), ("BRICS", "BRICS"),
    ("bondgenoten", "NATO"), ("de bondgenoten", "NATO"), ("NAVO-bondgenoten", "NATO"),
    ("the Allies", "NATO"), ("NATO Allies", "NATO"), ("de lidstaten", "EU"),
    ("EU member states", "EU"), ("the Quad", "QUAD"), ("Hamas", "HAMAS"),
    ("Hezbollah", "HEZBOLLAH"), ("the Houthis", "HOUTHIS"), ("Wagner", "WAGNER"),
    ("ISIS", "ISIS"), ("Daesh", "ISIS"), ("Congo", "COD"), ("Congo-Brazzaville", "COG"),
    ("Georgia", "GEO"), ("Korea", "KOR"), ("Korean", "KOR"), ("Australië", "AUS"),
    ("Nieuw-Zeeland", "NZL"), ("Myanmar", "MMR"), ("Burma", "MMR"), ("Palestine", "PSE"),
    ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Holy See", "VAT"),
    ("Jens Stoltenberg", "jens-stoltenberg"), ("Stoltenberg", "jens-stoltenberg"),
    ("secretaris-generaal Stoltenberg", "jens-stoltenberg"), ("President Biden", "joe-biden"),
    ("minister-president Rutte", "mark-rutte"), ("Borrell", "josep-borrell"),
    ("Kuleba", "dmytro-kuleba"), ("Erdogan", "recep-tayyip-erdogan"),
    ("Zelensky", "volodymyr-zelenskyy"), ("Poetin", "vladimir-putin"),
])
def test_resolves(cat: Catalogue, text: str, actor: str) -> None:
    assert cat.resolve(text) == actor


@pytest.mark.parametrize("text", ["us", "vs", "who", "is", "turkey", "chad", "quad",
                                  "Brussels", "Europe", "the President of nothing", ""])
def test_common_words_and_unknowns_do_not_resolve(cat: Catalogue, text: str) -> None:
    assert cat.resolve(text) is None


def test_case_diacritics_and_punctuation_are_tolerated(cat: Catalogue) -> None:
    for text in ("OEKRAINE", "oekraïne", "Oekraine", "  Oekraïne ", "“Oekraïne”"):
        assert cat.resolve(text, lang="nl") == "UKR", text
    assert cat.resolve("noord korea") == "PRK"
    assert cat.resolve("Erdoğan") == cat.resolve("ERDOGAN") == "recep-tayyip-erdogan"
    assert cat.resolve("Binali Yildirim") == "binali-yildirim"
    assert normalize_alias("De  Bondgenoten") == "bondgenoten"


@pytest.mark.parametrize(("text", "lang", "date", "who"), [
    ("de secretaris-generaal", "nl", "2024-04-04", "jens-stoltenberg"),
    ("de secretaris-generaal", "nl", "2024-12-01", "mark-rutte"),
    ("secretaris-generaal", "nl", "2014-06-01", "anders-fogh-rasmussen"),
    ("the Secretary General", "en", "2024-04-04", "jens-stoltenberg"),
    ("de Oekraïense minister van Buitenlandse Zaken", "nl", "2024-04-04", "dmytro-kuleba"),
    ("de Oekraïense minister van Buitenlandse Zaken", "nl", "2024-10-01", "andrii-sybiha"),
    ("Ukraine's Foreign Minister", "en", "2024-10-01", "andrii-sybiha"),
    ("de Hoge Vertegenwoordiger", "nl", "2024-04-04", "josep-borrell"),
    ("High Representative", "en", "2025-01-01", "kaja-kallas"),
    ("minister-president", "nl", "2024-03-26", "mark-rutte"),
    ("de minister van Buitenlandse Zaken", "nl", "2024-04-04", "hanke-bruins-slot"),
    ("Russian President", "en", "2024-01-01", "vladimir-putin"),
    ("de Britse premier", "nl", "2023-01-01", "rishi-sunak"),
    ("the President", "en", "2024-07-11", "joe-biden"),
    ("UN Secretary-General", "en", "2016-06-01", "ban-ki-moon"),
])
def test_role_phrases_resolve_by_date(cat: Catalogue, text: str, lang: str, date: str,
                                      who: str) -> None:
    assert cat.resolve(text, lang=lang, date=date) == who


def test_role_entries_name_a_role_key(cat: Catalogue) -> None:
    roles = [e for e in cat.alias_entries() if e.form == "role"]
    assert roles and all(e.actor_id in cat.roles for e in roles)
    assert cat.lookup("de secretaris-generaal", "nl") == "NATO:secretary-general"


def test_alias_entries_are_well_formed(cat: Catalogue) -> None:
    entries = cat.alias_entries()
    assert len(entries) > 3000
    assert {e.form for e in entries} == set(FORMS)
    assert {e.lang for e in entries} == {"en", "nl"}
    for e in entries:
        assert isinstance(e, AliasEntry)
        assert e.form == "role" or e.actor_id in cat.actors, e
    # every entry resolves, through the public API, to its own actor or office
    for e in entries:
        got = cat.lookup(e.text, e.lang)
        assert got == e.actor_id, (e, got)


def test_every_alias_names_one_actor_per_language(cat: Catalogue) -> None:
    """No alias key is shared by two actors within a language, except the dropped,
    documented generated titles (two Chinese premiers called Li)."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in cat.alias_entries():
        seen[(e.lang, e.key)].add(e.actor_id)
    ambiguous = {k: v for k, v in seen.items() if len(v) > 1}
    assert ambiguous == {}
    dropped = {(e.text, e.lang) for e, _ in cat.dropped_aliases}
    assert dropped == {("Premier Li", "en"), ("premier Li", "nl")}
    assert cat.cross_language == []


def test_sources_on_every_actor_and_relation(cat: Catalogue) -> None:
    for a in cat.actors.values():
        assert a.source, a.id
    for r in cat.relations():
        assert r.provenance and r.provenance[0].source, r.key
        assert r.provenance[0].rule.split(":")[0].endswith(".csv")


def test_actors_carry_their_aliases_by_language(cat: Catalogue) -> None:
    ukr = cat.get("UKR")
    assert "Oekraïne" in ukr.aliases["nl"] and "Oekraïense" in ukr.aliases["nl"]
    assert "Kyiv" in ukr.aliases["en"]
    assert cat.get("jens-stoltenberg").kind is ActorKind.PERSON
    assert cat.get("jens-stoltenberg").country == "NOR"
    assert cat.get("nobody") is None


def test_batch_is_a_loadable_graph_batch(cat: Catalogue) -> None:
    batch = cat.batch()
    assert isinstance(batch, GraphBatch)
    ids = {a.id for a in batch.actors}
    assert len(ids) == len(batch.actors) == len(cat.actors)
    for r in batch.relations:
        assert r.source in ids and r.target in ids, r.key
    batch.actors[0].name = "changed"  # a copy: the catalogue is not touched
    assert cat.get(batch.actors[0].id).name != "changed"


def test_load_catalogue_is_cached() -> None:
    # No wall-clock limit here: it fails on a busy machine and says nothing on a fast one.
    assert load_catalogue() is load_catalogue()


def test_unknown_language_is_an_error(cat: Catalogue) -> None:
    with pytest.raises(CatalogueError, match="unknown language"):
        cat.resolve("Rusland", lang="fr")
