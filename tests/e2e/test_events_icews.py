"""The real ICEWS sample: dyads, relations and evidence against counts worked out by hand.

tests/data/events/icews-2018-06-sample.tab holds 400 real ICEWS events (200 of 1 June,
200 of 2 June 2018; see SOURCE.md). The expected numbers below were counted with awk,
with the mapping's rules written out by hand: an actor stands for a state when its name
is the country's name, or its sectors include Government, Military, Executive, Executive
Office, Foreign Ministry, Defense / Security Ministry, Cabinet or Legislative /
Parliamentary (and not Local, Provincial, Municipal); e.g. for PRK–USA consultations:

    awk -F'\\t' 'NR>1 { s = st($3,$4,$5); t = st($9,$10,$11) }
                 ((s=="North Korea" && t=="United States") ||
                  (s=="United States" && t=="North Korea")) && $7 ~ /^04/ {
                   n++; w += $8; print $2, $12 }'

gives 22 events (14 on 1 June, 8 on 2 June), intensity 66.1 (52.7 + 13.4), story ids
47400387 the smallest and 47853677 the largest (``… | sort``): the two samples.
Unmapped roots (01 02 08 09 14 17): 153 events
(`awk -F'\\t' 'NR>1 && $7 ~ /^(01|02|08|09|14|17)/' | wc -l`).
"""

import datetime as dt
from pathlib import Path

import pytest

from actorgraph.errors import LoaderError
from actorgraph.graph.vocabulary import Origin
from actorgraph.loaders.events import EventOptions, aggregate_events
from actorgraph.loaders.pipeline import load_paths

pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"
JUNE_1, JUNE_2 = dt.date(2018, 6, 1), dt.date(2018, 6, 2)


@pytest.fixture(scope="module")
def monthly():
    return aggregate_events([SAMPLE], EventOptions(period="month"))


def rows(result, source, rtype, target):
    return [r for r in result.dyads.to_pylist()
            if (r["source"], r["type"], r["target"]) == (source, rtype, target)]


def test_the_sample_is_read_whole(monthly):
    s = monthly.summary
    assert s.events_read == 400 and s.malformed == 0 and s.formats == {"icews": 1}
    assert s.skipped["unmapped event code"] == 153
    assert s.events_kept + sum(s.skipped.values()) == 400


def test_consultations_of_north_korea_and_the_united_states(monthly):
    (consult,) = [r for r in rows(monthly, "PRK", "PARTNERS_WITH", "USA")
                  if r["kind"] == "04 consult"]
    assert consult["events"] == 22
    assert consult["weight_sum"] == pytest.approx(66.1)
    assert consult["weight_mean"] == pytest.approx(66.1 / 22, abs=1e-6)
    assert (consult["first_date"], consult["last_date"]) == (JUNE_1, JUNE_2)
    assert consult["samples"] == ["47400387", "47853677"]  # the smallest and the largest
    assert consult["period"] == "2018-06" and consult["origin"] == "icews"
    (intend,) = [r for r in rows(monthly, "PRK", "PARTNERS_WITH", "USA")
                 if r["kind"] == "03 intend to cooperate"]
    assert (intend["events"], intend["weight_sum"]) == (4, pytest.approx(16.0))
    assert (intend["first_date"], intend["last_date"]) == (JUNE_1, JUNE_2)


def test_more_dyads_counted_by_hand(monthly):
    (chn_usa,) = [r for r in rows(monthly, "CHN", "PARTNERS_WITH", "USA")
                  if r["kind"] == "04 consult"]
    assert (chn_usa["events"], chn_usa["weight_sum"]) == (10, pytest.approx(18.1))
    # story ids 47400788 (twice), 47412117 (4 times), 47412241 (4 times)
    assert chn_usa["samples"] == ["47400788", "47412241"]
    (deu_ita,) = rows(monthly, "DEU", "SUPPORTS", "ITA")  # Merkel praises Italy's head
    assert (deu_ita["events"], deu_ita["weight_sum"], deu_ita["first_date"]) == (
        2, pytest.approx(6.8), JUNE_2)
    assert deu_ita["kind"] == "05 diplomatic cooperation"
    (are_yem,) = rows(monthly, "ARE", "THREATENS", "YEM")  # CAMEO 190, intensity -10
    assert (are_yem["events"], are_yem["weight_sum"], are_yem["kind"]) == (
        1, pytest.approx(-10.0), "19 fight")
    assert are_yem["samples"] == ["47412654"]


def test_periods_split_the_dyads_by_day():
    daily = aggregate_events([SAMPLE], EventOptions(period="day"))
    got = {(r["period"], r["events"], round(r["weight_sum"], 6))
           for r in rows(daily, "PRK", "PARTNERS_WITH", "USA") if r["kind"] == "04 consult"}
    assert got == {("2018-06-01", 14, 52.7), ("2018-06-02", 8, 13.4)}
    weekly = aggregate_events([SAMPLE], EventOptions(period="week"))
    assert {r["period"] for r in weekly.dyads.to_pylist()} == {"2018-W22"}


def test_since_and_until_keep_only_their_days():
    second = aggregate_events([SAMPLE], EventOptions(since="2018-06-02", until="2018-06-02"))
    assert second.summary.events_read == 200
    (consult,) = [r for r in rows(second, "PRK", "PARTNERS_WITH", "USA")
                  if r["kind"] == "04 consult"]
    assert consult["events"] == 8


def test_min_events_leaves_out_thin_relations_and_says_so(monthly):
    strict = aggregate_events([SAMPLE], EventOptions(min_events=20))
    keys = {(r["source"], r["type"], r["target"]) for r in strict.dyads.to_pylist()}
    assert keys == {("PRK", "PARTNERS_WITH", "USA")}  # 22 + 4 events; next is CHN–USA, 13
    reason = "relation has fewer than 20 events (--min-events)"
    assert strict.summary.skipped[reason] == monthly.summary.events_kept - 26


def test_a_mapping_file_overrides_the_defaults(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text('cameo:\n  "04": null\n  "17": {type: THREATENS, kind: coerce}\n')
    result = aggregate_events([SAMPLE], EventOptions(mapping=mine))
    assert result.summary.skipped["unmapped event code"] == 153 - 43 + 84
    assert not [r for r in result.dyads.to_pylist() if r["kind"].startswith("04")]
    unmapped = dict(result.summary.examples["unmapped event code"])
    assert "unmapped 17" not in unmapped and unmapped["unmapped 04"] == 84


def test_a_bad_mapping_names_the_file_and_the_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('cameo:\n  "04": {type: ALLY_OF}\n')
    with pytest.raises(LoaderError, match="cameo.04: unknown relation type 'ALLY_OF'") as err:
        aggregate_events([SAMPLE], EventOptions(mapping=bad))
    assert str(bad) in str(err.value)


def test_loading_writes_relations_with_their_evidence_once(store):
    report = load_paths(store, [SAMPLE])
    assert report.events.events_read == 400
    (rel,) = store.relations([("PRK", "PARTNERS_WITH", "USA")])
    assert rel.origins == [Origin.ICEWS]
    assert rel.weight == pytest.approx(66.1 + 16.0)
    # first and last event of the relation (the consultations run to 2018-06-02)
    assert (rel.first_seen, rel.last_seen) == ("2018-06-01", "2018-06-02")
    by_rule = {e.rule: e for e in rel.provenance}
    consult = by_rule["icews:04 consult"]
    assert (consult.events, consult.doc, consult.date) == (22, "icews:2018-06", "2018-06-01")
    assert consult.last_date == "2018-06-02"
    assert consult.weight == pytest.approx(66.1) and consult.mentions is None
    assert "22 events (04 consult), 2018-06-01 to 2018-06-02" in consult.text
    assert "stories 47400387, 47853677" in consult.text
    assert by_rule["icews:03 intend to cooperate"].events == 4
    (are_yem,) = store.relations([("ARE", "THREATENS", "YEM")])
    assert are_yem.provenance[0].rule == "icews:19 fight"
    assert "ARE" in store.actor_ids() and "YEM" in store.actor_ids()  # from the catalogue
    before = (store.stats().as_dict(), store.relations())
    again = load_paths(store, [SAMPLE])
    assert again.summary.relations_added == again.summary.relations_updated == 0
    assert (store.stats().as_dict(), store.relations()) == before


def test_queries_can_filter_by_origin(store):
    load_paths(store, [SAMPLE])
    rows_ = store.query("MATCH (a)-[r:THREATENS]->(b) WHERE r.origins CONTAINS 'icews' "
                        "RETURN a.id, b.id, r.weight ORDER BY a.id, b.id").rows
    assert ["ARE", "YEM", -10.0] in rows_


def test_the_bulk_columns_hold_the_same_relations_as_the_models(monthly):
    from actorgraph.loaders.events.relations import dyads_to_columns, dyads_to_relations

    models = dyads_to_relations(monthly.dyads, 0.5)
    columns = dyads_to_columns(monthly.dyads, 0.5)
    assert len(models) == len(columns) == monthly.summary.relations
    assert sorted(columns.relations(), key=lambda r: r.key) == sorted(models,
                                                                      key=lambda r: r.key)


def _split_by_day(tmp_path):
    """The sample as two files of the same month: 1 June's events and 2 June's."""
    head, *lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    out = []
    for day in ("2018-06-01", "2018-06-02"):
        path = tmp_path / f"icews-{day}.tab"
        path.write_text("\n".join([head] + [x for x in lines if x.split("\t")[1] == day])
                        + "\n", encoding="utf-8")
        out.append(path)
    return out


def _consults(store):
    (rel,) = store.relations([("PRK", "PARTNERS_WITH", "USA")])
    return rel, [(e.doc, e.events, round(e.weight, 6), e.date, e.last_date)
                 for e in rel.provenance if e.rule == "icews:04 consult"]


def test_loading_other_files_of_a_loaded_period_replaces_its_evidence(tmp_path, store):
    # a period's evidence is what the last load read of it: one piece per period and
    # kind, never a second piece that would count events twice (docs/events.md)
    june_1, june_2 = _split_by_day(tmp_path)
    load_paths(store, [june_1])
    rel, consult = _consults(store)
    assert consult == [("icews:2018-06", 14, 52.7, "2018-06-01", "2018-06-01")]  # by hand
    load_paths(store, [june_2])
    rel, consult = _consults(store)
    assert consult == [("icews:2018-06", 8, 13.4, "2018-06-02", "2018-06-02")]
    assert rel.last_seen == "2018-06-02"
    load_paths(store, [SAMPLE])
    rel, consult = _consults(store)
    assert consult == [("icews:2018-06", 22, 66.1, "2018-06-01", "2018-06-02")]
    assert len(rel.provenance) == len({(e.doc, e.rule) for e in rel.provenance})
    # days as periods (a graph of their own: periods of another length are other
    # evidence): the two files are two periods, and together they are the sample
    from actorgraph.graph.embedded_store import EmbeddedStore

    with EmbeddedStore(tmp_path / "days.lbdb") as days:
        load_paths(days, [june_1], events=EventOptions(period="day"))
        load_paths(days, [june_2], events=EventOptions(period="day"))
        rel, consult = _consults(days)
    assert consult == [("icews:2018-06-01", 14, 52.7, "2018-06-01", "2018-06-01"),
                       ("icews:2018-06-02", 8, 13.4, "2018-06-02", "2018-06-02")]
    assert (rel.first_seen, rel.last_seen) == ("2018-06-01", "2018-06-02")
