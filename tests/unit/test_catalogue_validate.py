"""Bad edits of the catalogue data fail validation with the file and line to fix.

Each test copies the package data to tmp_path, breaks one thing, and validates the copy;
the bad lines of BAD_LINES, each reported on its own line with its own message, are
appended together to one copy that is validated once (one validation costs ~0.2 s CPU;
fifteen of them were the slowest part of the unit layer).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actorgraph.errors import CatalogueError
from actorgraph.loaders.reference import DATA_DIR, load_catalogue, validate_catalogue


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _append(path: Path, line: str) -> int:
    """Append a line; return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def _line_of(path: Path, start: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(start):
            return n
    raise AssertionError(f"{start!r} not in {path}")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_package_data_is_valid() -> None:
    assert validate_catalogue() == []
    load_catalogue().validate()


def test_an_unchanged_copy_is_valid(data: Path) -> None:
    assert validate_catalogue(data) == []


def test_duplicate_id(data: Path) -> None:
    orgs = data / "organisations.csv"
    line = _append(orgs, "NLD,Netherlands Organisation,other,,test")
    (problem,) = validate_catalogue(data)
    assert problem.path == str(orgs) and problem.line == line
    first = _line_of(data / "states.csv", "NLD,")
    assert "duplicate id 'NLD'" in problem.message
    assert f"states.csv line {first}" in problem.message


def test_alias_pointing_to_two_actors(data: Path) -> None:
    aliases = data / "aliases.csv"
    line = _append(aliases, "RUS,nl,variant,Oekraïne,test")
    problems = validate_catalogue(data)
    assert len(problems) == 1
    (problem,) = problems
    assert (problem.path, problem.line) == (str(aliases), line)
    assert "'Oekraïne' (nl) points to RUS here and to UKR" in problem.message


def test_alias_clash_between_curated_files_names_both_lines(data: Path) -> None:
    words = data / "state_words.csv"
    _replace(words, "BLR,en,Belarusian|Belarussian,", "BLR,en,Belarusian|Russian,")
    (problem,) = validate_catalogue(data)
    rus = _line_of(words, "RUS,en,")
    blr = _line_of(words, "BLR,en,")
    assert problem.path == str(words)
    assert {problem.line, int(problem.message.rsplit("line ", 1)[1])} == {rus, blr}


def test_same_text_in_two_languages_is_not_a_clash(data: Path) -> None:
    _append(data / "aliases.csv", "UKR,en,variant,Rusland,test (an English alias)")
    assert validate_catalogue(data) == []


def test_overlapping_terms_of_one_office(data: Path) -> None:
    offices = data / "offices.csv"
    _replace(offices, "NATO:secretary-general,mark-rutte,2024-10-01,",
             "NATO:secretary-general,mark-rutte,2024-09-01,")
    (problem,) = validate_catalogue(data)
    assert problem.path == str(offices)
    assert problem.line == _line_of(offices, "NATO:secretary-general,mark-rutte,")
    stoltenberg = _line_of(offices, "NATO:secretary-general,jens-stoltenberg,")
    assert "overlaps jens-stoltenberg" in problem.message
    assert f"offices.csv line {stoltenberg}" in problem.message


def test_an_open_term_followed_by_another_overlaps(data: Path) -> None:
    offices = data / "offices.csv"
    line = _append(offices, "NATO:secretary-general,jens-stoltenberg,2030-01-01,,test")
    (problem,) = validate_catalogue(data)
    assert (problem.path, problem.line) == (str(offices), line)


def test_handover_on_the_same_day_is_allowed(data: Path) -> None:
    # NLD: Rutte's term ends 2024-07-02, Schoof's starts 2024-07-02 (already in the data)
    assert validate_catalogue(data) == []
    assert load_catalogue(data).holder("NLD:prime-minister", "2024-07-02") == "dick-schoof"


BAD_LINES = [
    ("memberships.csv", "SWE,MEMBER_OF,NATO,2024-13-07,,test", "month must be in 1..12"),
    ("memberships.csv", "XYZ,MEMBER_OF,NATO,2024-03-07,,test", "unknown actor 'XYZ'"),
    ("memberships.csv", "SWE,ALLY_OF,NATO,2024-03-07,,test", "unknown relation type"),
    ("memberships.csv", "SWE,MEMBER_OF,NATO,1990-01-01,,test", "overlapping dates"),
    ("offices.csv", "NATO:janitor,mark-rutte,2024-01-01,,test", "unknown role"),
    ("offices.csv", "UN:secretary-general,NLD,2030-01-01,,test", "unknown person 'NLD'"),
    ("offices.csv", "UN:secretary-general,mark-rutte,2030-01-01,2029-01-01,test",
     "before valid_from"),
    ("aliases.csv", "NLD,fr,variant,Pays-Bas,test", "unknown language 'fr'"),
    ("aliases.csv", "NLD,nl,nickname,Oranje,test", "unknown form 'nickname'"),
    ("aliases.csv", "NOBODY,nl,variant,Niemand,test", "unknown actor 'NOBODY'"),
    ("states.csv", "XXA,QQ,other,other,,test", "babel has no territory 'QQ'"),
    ("persons.csv", "jan-jansen,Jan Jansen,Jansen,ZZZ,yes,test", "country 'ZZZ'"),
    ("organisations.csv", "BAD ID,Bad,other,,test", "bad actor id"),
    ("organisations.csv", "NEWORG,New,allies,,test", "unknown bloc"),
    ("organisations.csv", "NEWORG,New,other,,", "the source column is empty"),
]


@pytest.fixture(scope="module")
def bad_copy(tmp_path_factory) -> tuple[Path, dict[str, int], list]:
    """A copy of the package data with every line of BAD_LINES appended (to its file):
    (the folder, the line number of each appended line, the problems validation reports)."""
    data = tmp_path_factory.mktemp("bad") / "data"
    shutil.copytree(DATA_DIR, data)
    numbers = {line: _append(data / file, line) for file, line, _ in BAD_LINES}
    return data, numbers, validate_catalogue(data)


def test_the_bad_lines_are_the_only_problems(bad_copy) -> None:
    # every problem is on one of the appended lines, one each: no line's problem is
    # reported because of another's, nor anywhere else in the copy
    data, numbers, problems = bad_copy
    appended = {(str(data / f), numbers[line]) for f, line, _ in BAD_LINES}
    assert sorted((p.path, p.line) for p in problems) == sorted(appended), [
        str(p) for p in problems]


@pytest.mark.parametrize(("file", "line", "message"), BAD_LINES)
def test_bad_lines_are_reported_with_their_line(bad_copy, file: str, line: str,
                                                message: str) -> None:
    data, numbers, problems = bad_copy
    assert problems, f"{line!r} passed validation"
    assert any(p.line == numbers[line] and p.path == str(data / file)
               and message in p.message for p in problems), [str(p) for p in problems]


def test_bloc_that_contradicts_memberships(data: Path) -> None:
    states = data / "states.csv"
    _replace(states, "AUT,AT,un_member,eu,", "AUT,AT,un_member,nato_ally,")
    (problem,) = validate_catalogue(data)
    assert (problem.path, problem.line) == (str(states), _line_of(states, "AUT,"))
    assert "AUT has bloc nato_ally" in problem.message


def test_broken_csv_row_names_the_line(data: Path) -> None:
    line = _append(data / "groups.csv", "NEWGROUP,New,,other")
    (problem,) = validate_catalogue(data)
    assert problem.line == line and "cells where the header has" in problem.message


def test_missing_column_names_the_header(data: Path) -> None:
    path = data / "roles.csv"
    text = path.read_text(encoding="utf-8").replace("titles_nl", "titles_fr", 1)
    path.write_text(text, encoding="utf-8")
    problems = validate_catalogue(data)
    assert problems[0].line == 1 and "titles_nl" in problems[0].message


def test_a_single_edited_file_is_checked_with_the_package_data(tmp_path: Path) -> None:
    edited = tmp_path / "aliases.csv"
    shutil.copy(DATA_DIR / "aliases.csv", edited)
    line = _append(edited, "CHN,en,variant,Kyiv,test")
    (problem,) = validate_catalogue(edited)
    assert (problem.path, problem.line) == (str(edited), line)
    bad_name = tmp_path / "notes.csv"
    bad_name.write_text("x\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not a catalogue file"):
        validate_catalogue(bad_name, raise_on_error=True)


def test_load_and_validate_raise_with_file_and_line(data: Path) -> None:
    aliases = data / "aliases.csv"
    line = _append(aliases, "RUS,nl,variant,Oekraïne,test")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(data)
    assert (info.value.path, info.value.line) == (str(aliases), line)
    assert f"aliases.csv line {line}:" in str(info.value)
    with pytest.raises(CatalogueError):
        validate_catalogue(data, raise_on_error=True)
