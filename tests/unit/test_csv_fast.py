"""The Arrow fast path for big relations CSV files gives exactly the row-by-row result.

The files here are small (about 40 KB) with the fast path's size threshold lowered to
match, so the unit layer stays fast; bench/bench_csv_paths.py runs the same comparison on
files above the real threshold (1 MB and more).
"""

from __future__ import annotations

import pytest

from actorgraph.errors import LoaderError
from actorgraph.loaders import csv_fast
from actorgraph.loaders.curated import read_relations_csv
from csv_mixes import MIXES, TEXTS, write_mix

#: the size of the test files, and the fast path's threshold while these tests run
SIZE = 40_000


@pytest.fixture(autouse=True)
def _small_threshold(monkeypatch):
    monkeypatch.setattr(csv_fast, "MIN_BYTES", SIZE // 2)


def write_big(path, rows_extra=(), texts=TEXTS):
    return write_mix(path, texts, SIZE, rows_extra=rows_extra)


@pytest.mark.parametrize("texts,fast_path", MIXES)
def test_fast_and_slow_paths_agree(tmp_path, texts, fast_path):
    path = tmp_path / "big.csv"
    write_big(path, texts=texts)
    fast = read_relations_csv(path)
    slow = read_relations_csv(path, fast=False)
    took_fast = any(fast.columns.arrow_table(t) is not None for t in fast.columns.types())
    assert took_fast == fast_path
    assert slow.columns.arrow_table("SUPPORTS") is None
    assert fast.columns.types() == slow.columns.types()
    for t in slow.columns.types():
        assert fast.columns.by_type[t] == slow.columns.by_type[t], t
        assert fast.columns.evidence_by_type[t] == slow.columns.evidence_by_type[t], t
    assert fast.columns.relations() == slow.columns.relations()
    assert fast.where == slow.where
    assert len(fast.columns) == len(slow.columns) > 300


@pytest.mark.parametrize("bad,message", [
    (["A001", "HELPS", "A002", "", "", "", "", "", "", ""], "unknown relation type 'HELPS'"),
    (["A001", "SUPPORTS", "A002", "2024-02-30", "", "", "", "", "", ""], "bad date"),
    (["A001", "SUPPORTS", "A001", "", "", "", "", "", "", ""], "to itself"),
    (["A001", "SUPPORTS", "A002", "", "", "1.5", "", "", "", ""], "bad confidence"),
])
def test_bad_rows_fall_back_to_exact_messages(tmp_path, bad, message):
    path = tmp_path / "big.csv"
    write_big(path, rows_extra=[bad])
    with pytest.raises(LoaderError) as exc:
        read_relations_csv(path)
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    assert message in str(exc.value)
    assert exc.value.line == n_lines


def test_duplicates_fall_back_and_merge(tmp_path):
    path = tmp_path / "big.csv"
    extra = ["Z1", "SUPPORTS", "Z2", "2024-01-01", "first", "", "", "", "", ""]
    write_big(path, rows_extra=[extra, extra[:3] + ["2024-05-01", "second"] + extra[5:]])
    parsed = read_relations_csv(path)
    assert parsed.columns.arrow_table("SUPPORTS") is None
    cols = parsed.columns.by_type["SUPPORTS"]
    i = [k for k, (s, t) in enumerate(zip(cols["s"], cols["t"])) if (s, t) == ("Z1", "Z2")][0]
    assert cols["count"][i] == 2 and cols["last_seen"][i] == "2024-05-01"


def test_big_file_in_the_wrong_encoding_is_reported_with_its_line(tmp_path):
    path = tmp_path / "big.csv"
    write_big(path)
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("ab") as fh:
        fh.write("A001,SUPPORTS,A002,,steun aan Oekra\u00efne,,,,,\r\n".encode("cp1252"))
    with pytest.raises(LoaderError, match="not UTF-8") as exc:
        read_relations_csv(path)
    assert exc.value.line == n_lines + 1


def test_a_short_spreadsheet_export_is_named_windows_1252_not_an_exotic_code_page(tmp_path):
    # charset_normalizer alone called a file like this cp775 (a Baltic DOS code page)
    path = tmp_path / "actors.csv"
    path.write_bytes("id,name\nCIV,C\u00f4te d'Ivoire\nCUW,Cura\u00e7ao\n".encode("cp1252"))
    with pytest.raises(LoaderError, match=r"it looks like cp1252") as exc:
        read_relations_csv(path)
    assert exc.value.line == 2 and "iconv -f cp1252" in exc.value.hint
