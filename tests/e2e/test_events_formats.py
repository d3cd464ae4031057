"""GDELT 2.0 / 1.0, POLECAT, zips, folders, globs and malformed rows."""

import zipfile
from pathlib import Path

import pytest

from actorgraph.errors import LoaderError
from actorgraph.loaders.detect import detect_format
from actorgraph.loaders.events import EventOptions, aggregate_events, expand_event_paths
from actorgraph.loaders.events.formats import (
    GDELT1_COLUMNS,
    GDELT2_COLUMNS,
    POLECAT_COLUMNS,
)
from actorgraph.loaders.pipeline import load_paths

pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parents[1] / "data" / "events" / "icews-2018-06-sample.tab"


def gdelt_row(columns, day, a1, a2, code, goldstein, mentions, url, event_id=1):
    """One GDELT row: a1/a2 are (code, country, known group, type1)."""
    row = dict.fromkeys(columns, "")
    row.update(GLOBALEVENTID=str(event_id), SQLDATE=day, EventCode=code,
               EventBaseCode=code[:3], EventRootCode=code[:2], GoldsteinScale=str(goldstein),
               NumMentions=str(mentions), NumSources="1", NumArticles=str(mentions),
               AvgTone="-1.5", IsRootEvent="1", QuadClass="4")
    for n, (acode, country, group, typ) in ((1, a1), (2, a2)):
        row.update({f"Actor{n}Code": acode, f"Actor{n}CountryCode": country,
                    f"Actor{n}KnownGroupCode": group, f"Actor{n}Type1Code": typ,
                    f"Actor{n}Name": acode})
    if "SOURCEURL" in row:
        row["SOURCEURL"] = url
    return "\t".join(row[c] for c in columns)


GDELT_EVENTS = [
    # day, actor 1, actor 2, code, Goldstein, mentions, url
    ("20220224", ("RUSMIL", "RUS", "", "MIL"), ("UKR", "UKR", "", ""), "190", -10, 40, "u/1"),
    ("20220225", ("RUSMIL", "RUS", "", "MIL"), ("UKRMIL", "UKR", "", "MIL"), "193", -10, 10,
     "u/2"),
    ("20220301", ("RUS", "RUS", "", ""), ("UKR", "UKR", "", ""), "190", -10, 5, "u/3"),
    ("20220227", ("IGOEUREEC", "", "EEC", "IGO"), ("RUSGOV", "RUS", "", "GOV"), "1631", -8,
     20, "u/4"),
    ("20220228", ("USAGOV", "USA", "", "GOV"), ("UKRGOV", "UKR", "", "GOV"), "070", 7, 3,
     "u/5"),
    ("20220228", ("USACVL", "USA", "", "CVL"), ("UKRGOV", "UKR", "", "GOV"), "070", 7, 3,
     "u/6"),
    ("20220228", ("USAGOV", "USA", "", "GOV"), ("UKRGOV", "UKR", "", "GOV"), "010", 0, 3,
     "u/7"),
]


def write_gdelt(path: Path, columns=GDELT2_COLUMNS, events=GDELT_EVENTS) -> Path:
    lines = [gdelt_row(columns, *e, event_id=i) for i, e in enumerate(events, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dyads(result):
    return {(r["source"], r["type"], r["target"], r["period"], r["kind"]):
            (r["events"], r["weight_sum"], r["mentions"]) for r in result.dyads.to_pylist()}


def test_gdelt2_exports_resolve_codes_groups_and_state_types(tmp_path):
    path = write_gdelt(tmp_path / "20220301000000.export.CSV")
    assert detect_format(path) == "events-gdelt2"
    result = aggregate_events([path])
    assert dyads(result) == {
        ("RUS", "THREATENS", "UKR", "2022-02", "19 fight"): (2, -20.0, 50),
        ("RUS", "THREATENS", "UKR", "2022-03", "19 fight"): (1, -10.0, 5),
        ("EU", "OPPOSES", "RUS", "2022-02", "163 sanctions"): (1, -8.0, 20),
        ("USA", "SUPPORTS", "UKR", "2022-02", "07 provide aid"): (1, 7.0, 3),
    }
    s = result.summary
    assert s.skipped == {"unmapped event code": 1,
                         "source actor: not a state or organisation": 1}
    assert s.examples["source actor: not a state or organisation"] == [("USACVL", 1)]
    rus = [r for r in result.dyads.to_pylist() if r["period"] == "2022-02"
           and r["source"] == "RUS"][0]
    assert rus["samples"] == ["u/1", "u/2"]


def test_gdelt1_daily_files_and_zips_folders_and_globs(tmp_path):
    (tmp_path / "d").mkdir()
    one = write_gdelt(tmp_path / "d" / "20220301.export.CSV", GDELT1_COLUMNS)
    assert len(GDELT1_COLUMNS) == 58 and detect_format(one) == "events-gdelt1"
    two = write_gdelt(tmp_path / "20220302000000.export.CSV")
    zipped = tmp_path / "d" / "20220302000000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(two, two.name)
    two.unlink()
    (tmp_path / "d" / "notes.md").write_text("# not events\n")
    files = expand_event_paths([tmp_path / "d"])
    assert [(f.format, f.member) for f in files] == [
        ("gdelt1", None), ("gdelt2", "20220302000000.export.CSV")]
    assert expand_event_paths([str(tmp_path / "d" / "*.zip")])[0].member is not None
    result = aggregate_events([tmp_path / "d"])
    assert result.summary.events_read == 14
    assert dyads(result)[("RUS", "THREATENS", "UKR", "2022-02", "19 fight")] == (4, -40.0, 100)


def test_polecat_weekly_files_by_their_published_header(tmp_path):
    header = list(POLECAT_COLUMNS)
    header[header.index("Intensity")] = "Event Intensity"  # one release's spelling
    rows = [
        {"Event ID": "e1", "Event Date": "2023-05-02", "Event Type": "ASSAULT",
         "Event Intensity": "-9", "Actor Name": "Russia", "Actor Country": "RUS",
         "Actor Sectors": "Government", "Recipient Name": "Ukraine",
         "Recipient Country": "UKR", "Recipient Sectors": "Government"},
        {"Event ID": "e2", "Event Date": "2023-05-04", "Event Type": "aid",
         "Event Intensity": "6", "Actor Name": "Ministry of Defence", "Actor Country": "GBR",
         "Actor Sectors": "Military", "Recipient Name": "Ukraine",
         "Recipient Country": "UKR", "Recipient Sectors": ""},
        {"Event ID": "e3", "Event Date": "2023-05-04", "Event Type": "PROTEST",
         "Event Intensity": "-2", "Actor Name": "protesters", "Actor Country": "FRA",
         "Actor Sectors": "Civilian", "Recipient Name": "France",
         "Recipient Country": "FRA", "Recipient Sectors": "Government"},
        # PLOVER 0.8 (POLECAT's) writes ACCUSE where earlier drafts had DISAPPROVE
        {"Event ID": "e4", "Event Date": "2023-05-06", "Event Type": "ACCUSE",
         "Event Intensity": "-2", "Actor Name": "Ukraine", "Actor Country": "UKR",
         "Actor Sectors": "Government", "Recipient Name": "Russia",
         "Recipient Country": "RUS", "Recipient Sectors": "Government"},
    ]
    path = tmp_path / "ngecEvents.20230501-20230507.txt"
    path.write_text("\t".join(header) + "\n" + "\n".join(
        "\t".join(r.get(h, "") for h in header) for r in rows) + "\n", encoding="utf-8")
    assert detect_format(path) == "events-polecat"
    result = aggregate_events([path], EventOptions(period="week"))
    assert dyads(result) == {
        ("RUS", "THREATENS", "UKR", "2023-W18", "ASSAULT assault"): (1, -9.0, None),
        ("GBR", "SUPPORTS", "UKR", "2023-W18", "AID aid"): (1, 6.0, None),
        ("UKR", "OPPOSES", "RUS", "2023-W18", "ACCUSE accuse"): (1, -2.0, None),
    }
    assert result.summary.skipped == {"unmapped event code": 1}


def with_bad_rows(tmp_path: Path) -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    cells = lines[5].split("\t")
    bad_date = "\t".join([cells[0], "2018-06-31", *cells[2:]])
    bad_score = "\t".join([*cells[:7], "strong", *cells[8:]])
    lines[5:5] = ["only\tthree\tcolumns", bad_date, bad_score]  # lines 6, 7 and 8
    path = tmp_path / "bad.tab"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_rows_are_counted_with_file_and_line(tmp_path):
    path = with_bad_rows(tmp_path)
    result = aggregate_events([path])
    s = result.summary
    assert s.events_read == 400 and s.malformed == 3
    assert [(m.file, m.line) for m in s.malformed_rows] == [(str(path), n) for n in (6, 7, 8)]
    assert "wrong number of columns" in s.malformed_rows[0].error
    assert "event_date" in s.malformed_rows[1].error
    assert "intensity" in s.malformed_rows[2].error
    assert f"{path} line 7:" in s.describe()


def test_strict_makes_the_first_malformed_row_fatal_and_loads_nothing(tmp_path, store):
    path = with_bad_rows(tmp_path)
    with pytest.raises(LoaderError, match="malformed row: wrong number of columns") as err:
        load_paths(store, [path, SAMPLE], events=EventOptions(strict=True))
    assert err.value.path == str(path) and err.value.line == 6
    assert store.stats().relations == 0 and store.stats().actors == 0
    report = load_paths(store, [path], events=EventOptions())
    assert report.events.malformed == 3 and store.stats().relations > 0


def test_a_named_file_that_is_no_event_file_is_refused(tmp_path):
    other = tmp_path / "notes.tab"
    other.write_text("a\tb\n")
    with pytest.raises(LoaderError, match="not an event file"):
        aggregate_events([other])
    with pytest.raises(LoaderError, match="no file matches"):
        aggregate_events([str(tmp_path / "*.CSV")])


def test_bad_options_say_what_to_write():
    with pytest.raises(LoaderError, match="--since: bad date '2022-13'"):
        aggregate_events([SAMPLE], EventOptions(since="2022-13"))
    with pytest.raises(LoaderError, match="before --since"):
        aggregate_events([SAMPLE], EventOptions(since="2022", until="2021"))


@pytest.mark.parametrize("engine", ["duckdb", "polars"])
def test_batches_give_the_dyads_of_one_scan_and_a_raw_table_of_one_row_per_group(
        tmp_path, monkeypatch, engine):
    from actorgraph.loaders.events import aggregate
    from actorgraph.loaders.events.mapping import load_mapping

    if engine == "polars":
        pytest.importorskip("polars")
    # the same seven events in three files, each file its own batch: every count x3
    paths = [write_gdelt(tmp_path / f"2022030{i}000000.export.CSV") for i in (1, 2, 3)]
    one = aggregate_events(paths, EventOptions(engine=engine))
    monkeypatch.setattr(aggregate, "BATCH_BYTES", 1)
    three = aggregate_events(paths, EventOptions(engine=engine))
    assert dyads(three) == dyads(one) == {
        ("RUS", "THREATENS", "UKR", "2022-02", "19 fight"): (6, -60.0, 150),
        ("RUS", "THREATENS", "UKR", "2022-03", "19 fight"): (3, -30.0, 15),
        ("EU", "OPPOSES", "RUS", "2022-02", "163 sanctions"): (3, -24.0, 60),
        ("USA", "SUPPORTS", "UKR", "2022-02", "07 provide aid"): (3, 21.0, 9),
    }
    assert three.dyads.column("samples").to_pylist() == one.dyads.column("samples").to_pylist()
    assert three.summary.skipped == one.summary.skipped == {
        "unmapped event code": 3, "source actor: not a state or organisation": 3}
    # between batches the raw groups are merged: one row per group, as one scan gives:
    # RUS-UKR 19 in February and in March, EU-RUS 163, USA-UKR 07, USACVL (source not a
    # state), and the unmapped 01
    con = aggregate.connect_duckdb()
    opts = EventOptions(engine=engine)
    opts.check()
    aggregate.run_stage_one(con, expand_event_paths(paths), opts, load_mapping())
    assert con.execute("SELECT count(*) FROM raw").fetchall()[0][0] == 6


def _both(paths, **kw):
    """The same aggregation on DuckDB and on Polars."""
    return (aggregate_events(paths, EventOptions(engine="duckdb", **kw)),
            aggregate_events(paths, EventOptions(engine="polars", **kw)))


def _same(duck, polar):
    assert polar.summary.engine == "polars" and duck.summary.engine == "duckdb"
    assert polar.dyads.to_pylist() == duck.dyads.to_pylist()
    assert polar.summary.skipped == duck.summary.skipped
    assert polar.summary.examples == duck.summary.examples
    assert polar.summary.events_read == duck.summary.events_read
    assert polar.summary.malformed == duck.summary.malformed
    assert [str(m) for m in polar.summary.malformed_rows] == \
        [str(m) for m in duck.summary.malformed_rows]


def test_polars_and_duckdb_give_the_same_dyads_on_every_format(tmp_path):
    pytest.importorskip("polars")
    gdelt = write_gdelt(tmp_path / "20220301000000.export.CSV")
    gdelt1 = write_gdelt(tmp_path / "20130401.export.CSV", columns=GDELT1_COLUMNS)
    for paths, kw in (([SAMPLE], {"period": "month"}), ([gdelt], {"period": "week"}),
                      ([SAMPLE, gdelt, gdelt1], {"period": "year", "min_events": 2}),
                      ([gdelt], {"period": "day", "since": "2022-02-25",
                                 "until": "2022-02-28"})):
        duck, polar = _both(paths, **kw)
        _same(duck, polar)
        assert duck.dyads.num_rows


def test_polars_leaves_files_with_malformed_rows_to_duckdb(tmp_path):
    """A file with a row Polars cannot vouch for is read by DuckDB, which names the lines;
    the other files stay Polars's, and --strict stops at the first such row."""
    pytest.importorskip("polars")
    good = write_gdelt(tmp_path / "20220301000000.export.CSV")
    bad = tmp_path / "20220302000000.export.CSV"
    lines = good.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split("\t")
    lines[2] = "\t".join([cells[0], "20220231", *cells[2:]])  # no such day: line 3
    lines.insert(4, "\t".join(cells[:20]))                     # a short row: line 5
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    icews = with_bad_rows(tmp_path)
    duck, polar = _both([good, bad, icews])
    _same(duck, polar)
    assert polar.summary.malformed == 5
    assert [(m.file, m.line) for m in polar.summary.malformed_rows][:2] == [
        (str(bad), 3), (str(bad), 5)]
    with pytest.raises(LoaderError, match="malformed row") as err:
        aggregate_events([good, bad], EventOptions(engine="polars", strict=True))
    assert (err.value.path, err.value.line) == (str(bad), 3)


def test_polars_reads_codes_it_cannot_take_as_categories_the_general_way(tmp_path):
    """Lower-case or padded actor codes and event codes that are not digits: the
    categorical shortcut gives up and the general query gives DuckDB's dyads."""
    pytest.importorskip("polars")
    odd = [("20220224", ("rusmil ", "rus", "", "mil"), ("UKR", "UKR", "", ""), "190", -10, 4,
            "u/1"),
           ("20220224", ("RUS", "RUS", "", ""), ("UKR", "UKR", "", ""), "19X", -10, 4, "u/2"),
           *GDELT_EVENTS]
    path = write_gdelt(tmp_path / "20220301000000.export.CSV", events=odd)
    duck, polar = _both([path])
    _same(duck, polar)
    assert ("RUS", "THREATENS", "UKR", "2022-02", "19 fight") in dyads(polar)


def test_the_polars_engine_without_polars_names_the_extra(monkeypatch):
    import sys

    from actorgraph.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingExtra, match="polars") as err:
        aggregate_events([SAMPLE], EventOptions(engine="polars"))
    assert 'actorgraph[polars]' in err.value.hint
    auto = EventOptions()
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    auto.check()
    assert auto.engine == "duckdb"


def test_the_engine_can_be_chosen_in_the_environment(monkeypatch):
    monkeypatch.setenv("ACTORGRAPH_EVENTS_ENGINE", "duckdb")
    assert aggregate_events([SAMPLE]).summary.engine == "duckdb"
    named = EventOptions(engine="spark")
    named.check()
    assert named.engine == "spark"  # a named engine wins


# Sample evidence: the smallest and the largest URL of a group's events, whatever the
# engine, the batches and the order of the files (worked out by hand below).
S_RUS, S_UKR = ("RUSMIL", "RUS", "", "MIL"), ("UKRMIL", "UKR", "", "MIL")
S_USA_CIVILIANS = ("USACVL", "USA", "", "CVL")
SAMPLE_FILES = {
    # RUS fights UKR (190) in March, URLs in no order and one twice; UKR consults RUS (040)
    # and RUS consults UKR: PARTNERS_WITH is symmetric, so both are one dyad
    "20220301000000.export.CSV": [
        ("20220301", S_RUS, S_UKR, "190", -10, 1, "https://e/m"),
        ("20220302", S_RUS, S_UKR, "190", -10, 1, "https://e/z"),
        ("20220302", S_UKR, S_RUS, "040", 1, 1, "https://e/x"),
    ],
    "20220302000000.export.CSV": [
        ("20220303", S_RUS, S_UKR, "190", -10, 1, "https://e/m"),
        ("20220304", S_RUS, S_UKR, "190", -10, 1, "https://e/b"),
        # skipped (the source is no state): its URL is nobody's sample
        ("20220304", S_USA_CIVILIANS, S_UKR, "190", -10, 1, "https://e/a"),
    ],
    "20220303000000.export.CSV": [
        ("20220305", S_RUS, S_UKR, "190", -10, 1, "https://e/q"),
        ("20220305", S_RUS, S_UKR, "040", 1, 1, "https://e/c"),
        # one event in April: one sample; two in May with the same URL: one sample
        ("20220401", S_RUS, S_UKR, "190", -10, 1, "https://e/k"),
        ("20220501", S_RUS, S_UKR, "190", -10, 1, "https://e/k"),
        ("20220502", S_RUS, S_UKR, "190", -10, 1, "https://e/k"),
    ],
}
#: by hand: the smallest and the largest of each dyad-period's URLs
SAMPLES_BY_HAND = {
    ("RUS", "THREATENS", "UKR", "2022-03"): ["https://e/b", "https://e/z"],  # b m m q z
    ("RUS", "THREATENS", "UKR", "2022-04"): ["https://e/k"],
    ("RUS", "THREATENS", "UKR", "2022-05"): ["https://e/k"],
    ("RUS", "PARTNERS_WITH", "UKR", "2022-03"): ["https://e/c", "https://e/x"],
}


def _write_sample_files(folder):
    paths = []
    for name, events in SAMPLE_FILES.items():
        path = folder / name
        path.write_text("\n".join(gdelt_row(GDELT2_COLUMNS, *e, event_id=i)
                                  for i, e in enumerate(events, start=1)) + "\n")
        paths.append(path)
    return paths


@pytest.mark.parametrize("engine", ["duckdb", "polars"])
@pytest.mark.parametrize(("batched", "reverse"), [(False, False), (True, True)])
def test_samples_are_the_smallest_and_the_largest_url(tmp_path, monkeypatch, engine, batched,
                                                      reverse):
    from actorgraph.loaders.events import aggregate

    if engine == "polars":
        pytest.importorskip("polars")
    paths = _write_sample_files(tmp_path)
    if batched:  # every file its own batch: the batches' samples merged
        monkeypatch.setattr(aggregate, "BATCH_BYTES", 1)
    result = aggregate_events(paths[::-1] if reverse else paths, EventOptions(engine=engine))
    got = {(r["source"], r["type"], r["target"], r["period"]): r["samples"]
           for r in result.dyads.to_pylist()}
    assert got == SAMPLES_BY_HAND
    assert result.summary.skipped == {"source actor: not a state or organisation": 1}


def test_packed_keys_give_back_what_was_packed():
    pl = pytest.importorskip("polars")
    from actorgraph.loaders.events.coded import _field, _pack

    frame = pl.DataFrame({"a": [0, None, 5, 1 << 20], "b": [None, 3, 0, 30],
                          "c": [7, 0, None, 254]},
                         schema={"a": pl.Int64, "b": pl.Int64, "c": pl.Int64})
    packed = frame.select(_pack(pl, [(pl.col("a"), 23), (pl.col("b"), 5),
                                     (pl.col("c"), 8)]).alias("k"))
    back = packed.select(_field(pl, pl.col("k"), 13, 23).alias("a"),
                         _field(pl, pl.col("k"), 8, 5).alias("b"),
                         _field(pl, pl.col("k"), 0, 8).alias("c"))
    assert back.to_dict(as_series=False) == {"a": [0, None, 5, 1 << 20], "b": [None, 3, 0, 30],
                                             "c": [7, 0, None, 254]}


@pytest.mark.parametrize("engine", ["duckdb", "polars"])
def test_a_batch_read_partly_by_duckdb_leaves_one_raw_row_per_group(tmp_path, engine):
    from actorgraph.loaders.events import aggregate
    from actorgraph.loaders.events.mapping import load_mapping

    if engine == "polars":
        pytest.importorskip("polars")
    write_gdelt(tmp_path / "20220301000000.export.CSV")
    bad = write_gdelt(tmp_path / "20220302000000.export.CSV")
    with bad.open("a") as f:  # Polars leaves this file to DuckDB; the other one is its own
        f.write("1\t20220231\tshort row\n")
    con = aggregate.connect_duckdb()
    opts = EventOptions(engine=engine)
    opts.check()
    summary = aggregate.run_stage_one(con, expand_event_paths([tmp_path]), opts, load_mapping())
    assert (summary.events_read, summary.malformed) == (14, 1)
    key = ", ".join(aggregate.RAW_KEY)
    # the seven events' six groups (RUS-UKR 19 in February and March, EU-RUS 163, USA-UKR
    # 07, USACVL, the unmapped 01), each holding both files' events
    assert con.execute(f"SELECT count(*), count(DISTINCT ({key})), min(events), max(events) "
                       "FROM raw").fetchall() == [(6, 6, 2, 4)]


def test_skipped_events_are_counted_by_reason_and_example_alone(tmp_path):
    """The Polars GDELT shortcut groups a skipped event by its reason and example only
    (no period, type or other actor): the same counts and examples as DuckDB, which
    groups them by period, and far fewer raw rows."""
    pytest.importorskip("polars")
    from actorgraph.loaders.events import aggregate
    from actorgraph.loaders.events.mapping import load_mapping

    usa, ukr, rus = (("USAGOV", "USA", "", "GOV"), ("UKRGOV", "UKR", "", "GOV"),
                     ("RUS", "RUS", "", ""))
    cvl = ("USACVL", "USA", "", "CVL")
    skipped = [  # in three months, two types, several sources: one group per reason
        *((f"20220{m}01", cvl, ukr, code, 1, 1, f"s/{m}{code}") for m in (1, 2, 3)
          for code in ("070", "190")),                 # source not a state
        *((f"20220{m}02", src, cvl, "070", 1, 1, f"t/{m}") for m, src in
          ((1, usa), (2, rus), (3, ukr))),             # target not a state
        *((f"20220{m}03", rus, rus, "190", 1, 1, f"r/{m}") for m in (1, 2)),  # same actor
        *((f"20220{m}04", usa, ukr, "010", 1, 1, f"x/{m}") for m in (1, 2)),  # unmapped 01
        *((f"20220{m}05", usa, ukr, "020", 1, 1, f"y/{m}") for m in (1, 2)),  # unmapped 02
        ("", usa, ukr, "070", 1, 1, "n/1"), ("", cvl, ukr, "070", 1, 1, "n/2"),  # no date
        ("20220106", usa, ukr, "070", 2, 3, "k/1"), ("20220206", usa, ukr, "070", 4, 5, "k/2"),
    ]
    path = write_gdelt(tmp_path / "20220301000000.export.CSV", events=skipped)
    duck, polar = _both([path])
    _same(duck, polar)
    assert polar.summary.skipped == {
        "source actor: not a state or organisation": 6,
        "target actor: not a state or organisation": 3, "same actor at both ends": 2,
        "unmapped event code": 4, "no event date": 2}
    assert dyads(polar) == {("USA", "SUPPORTS", "UKR", "2022-01", "07 provide aid"): (1, 2.0, 3),
                            ("USA", "SUPPORTS", "UKR", "2022-02", "07 provide aid"): (1, 4.0, 5)}
    con = aggregate.connect_duckdb()
    opts = EventOptions(engine="polars")
    opts.check()
    aggregate.run_stage_one(con, expand_event_paths([path]), opts, load_mapping())
    # USACVL as source, USACVL as target, RUS-RUS, unmapped 01, unmapped 02, the two
    # without a date and the two kept months: 9 rows for 19 events
    assert con.execute("SELECT count(*), sum(events) FROM raw").fetchall() == [(9, 19)]


@pytest.mark.parametrize("kw", [{"period": "month"}, {"period": "week", "min_events": 3},
                                {"period": "day", "since": "2022-02-25"},
                                {"period": "month", "batched": True}])
def test_stage_two_on_polars_integers_gives_duckdbs_dyads(tmp_path, monkeypatch, kw):
    """GDELT alone through the shortcut: stage two runs on Polars on the coded groups
    (two_polars) and gives DuckDB's dyads, order, Arrow types and summary, with a
    symmetric type seen in both directions and a relation below --min-events; batched,
    every file its own batch, the last batch's groups reach stage two unmerged."""
    pytest.importorskip("polars")
    from actorgraph.loaders.events import aggregate, two_polars

    if kw.pop("batched", False):
        monkeypatch.setattr(aggregate, "BATCH_BYTES", 1)

    usa, ukr, rus = (("USAGOV", "USA", "", "GOV"), ("UKRGOV", "UKR", "", "GOV"),
                     ("RUS", "RUS", "", ""))
    events = [*GDELT_EVENTS,
              ("20220226", ukr, usa, "040", 1, 2, "p/1"), ("20220227", usa, ukr, "040", 3, 1,
                                                            "p/0"),
              ("20220301", usa, ukr, "036", 2.5, 4, "p/2"), ("20220302", ukr, usa, "036", 0.5,
                                                              4, "p/3"),
              ("20220303", rus, usa, "040", 1, 1, "p/4")]
    paths = [write_gdelt(tmp_path / f"2022030{i}000000.export.CSV", events=events)
             for i in (1, 2)]
    calls = []
    real = two_polars.stage_two_coded
    monkeypatch.setattr(two_polars, "stage_two_coded",
                        lambda *a: calls.append(1) or real(*a))
    duck, polar = _both(paths, **kw)
    assert calls == [1]
    _same(duck, polar)
    assert polar.dyads.schema == duck.dyads.schema
    assert (polar.summary.events_kept, polar.summary.dyads, polar.summary.relations) == \
        (duck.summary.events_kept, duck.summary.dyads, duck.summary.relations)
    partners = [r for r in polar.dyads.to_pylist() if r["type"] == "PARTNERS_WITH"]
    assert partners and all(r["source"] < r["target"] for r in partners)
