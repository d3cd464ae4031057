"""One CSV reader with line numbers for curated input and the catalogue (csvfile.py)."""

from __future__ import annotations

import pytest

from actorgraph.errors import CatalogueError, LoaderError
from actorgraph.loaders import csv_fast
from actorgraph.loaders.csvfile import MAX_FIELD_CHARS, read_csv
from actorgraph.loaders.curated import read_actors_csv, read_relations_csv
from actorgraph.loaders.reference.tables import read_table


def test_catalogue_keeps_a_value_with_u2028(tmp_path):
    path = tmp_path / "organisations.csv"
    path.write_text("id,name,bloc,source,description\n"
                    "XO,Org,other,test,\"line one\u2028line two\"\n"
                    "YO,Org two,other,test,para\u2029graph and form\x0cfeed\n", encoding="utf-8")
    rows = read_table(path)
    assert [r.line for r in rows] == [2, 3]
    assert rows[0]["description"] == "line one\u2028line two"
    assert rows[1]["description"] == "para\u2029graph and form\x0cfeed"


@pytest.mark.parametrize("reader", [read_relations_csv, read_actors_csv])
def test_a_repeated_column_is_refused_with_both_positions(tmp_path, reader):
    path = tmp_path / "r.csv"
    header = ("source,type,target,Source" if reader is read_relations_csv
              else "id,name,kind,id")
    path.write_text(f"{header}\nNLD,SUPPORTS,UKR,RUS\n")
    with pytest.raises(LoaderError) as exc:
        reader(path)
    assert exc.value.line == 1
    assert "appears twice in the header (columns 1 and 4)" in exc.value.message


def test_a_repeated_column_is_refused_on_the_fast_path_too(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_fast, "MIN_BYTES", 10)
    path = tmp_path / "r.csv"
    path.write_text("source,type,target,source\n" + "NLD,SUPPORTS,UKR,RUS\n" * 50)
    with pytest.raises(LoaderError, match=r"line 1: column 'source' appears twice"):
        read_relations_csv(path)


def test_catalogue_refuses_a_repeated_column(tmp_path):
    path = tmp_path / "organisations.csv"
    path.write_text("id,name,bloc,source,name\nXO,a,other,t,b\n")
    with pytest.raises(CatalogueError, match="column 'name' appears twice"):
        read_table(path)


@pytest.mark.parametrize("text,line,message", [
    # an unclosed quote: the line where it opened, not the one before
    ('source,type,target,evidence\nNLD,SUPPORTS,UKR,x\nRUS,THREATENS,UKR,"open\nPOL,SUPPORTS,UKR,y\n',
     3, "a quoted value is not closed"),
    # text after a closing quote: the line it is on
    ('source,type,target,evidence\nNLD,SUPPORTS,UKR,x\nRUS,THREATENS,UKR,"a"b\n', 3,
     "CSV syntax error"),
    ('source,type,target,evidence\nNLD,SUPPORTS,UKR,"two\nlines"\nRUS,THREATENS,UKR,"a"b\n', 4,
     "CSV syntax error"),
])
def test_syntax_errors_name_the_bad_line(tmp_path, text, line, message):
    path = tmp_path / "r.csv"
    path.write_text(text)
    with pytest.raises(LoaderError) as exc:
        read_relations_csv(path)
    assert (exc.value.line, message in exc.value.message) == (line, True), str(exc.value)


def test_a_value_longer_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("source,type,target,evidence\nNLD,SUPPORTS,UKR,\"" + "x" * (MAX_FIELD_CHARS + 1)
                    + "\"\n")
    with pytest.raises(LoaderError, match=r"line 2: a value is longer than 1,000,000"):
        read_relations_csv(path)


def test_rows_come_with_the_line_they_start_on(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('a,b\n1,"x\ny"\n\n3,4\r\n5,6')
    table = read_csv(path)
    assert list(table.rows) == [(2, ["1", "x\ny"]), (4, []), (5, ["3", "4"]), (6, ["5", "6"])]
