"""Issue 12 input items: every hostile input is one line with file, line and fix, a
non-zero exit, and the store as it was."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from actorgraph.cli.main import cli
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.loaders.rows import MAX_TEXT_CHARS

ACTORS = """\
actors:
  - {id: NLD, name: Netherlands, kind: state, bloc: nato_ally}
  - {id: UKR, name: Ukraine, kind: state, bloc: ukraine}
"""
REL = "relations:\n  - {source: NLD, type: SUPPORTS, target: UKR, date: 2024-04-04}\n"
BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))

# name: (content, the message, the fix or a second line named)
CASES = {
    "dupcol.csv": ("source,type,target,source\nNLD,SUPPORTS,UKR,RUS\n",
                   "dupcol.csv line 1: column 'source' appears twice in the header "
                   "(columns 1 and 4)", "remove or rename one"),
    "dupkey.yaml": (ACTORS + "relations:\n  - source: NLD\n    type: SUPPORTS\n"
                    "    target: UKR\n    target: RUS\n",
                    "dupkey.yaml line 8: key 'target' appears twice in this mapping "
                    "(lines 7 and 8)", "keep one of them"),
    "dupactor.yaml": (ACTORS + "  - {id: NLD, name: Holland, kind: state}\n",
                      "dupactor.yaml line 4: actor 'NLD' is defined twice with different "
                      "values (lines 2 and 4; name: 'Netherlands' or 'Holland')",
                      "keep one definition"),
    "dupactor.csv": ("id,name,kind\nNLD,Netherlands,state\nNLD,Netherlands,organisation\n",
                     "dupactor.csv line 3: actor 'NLD' is defined twice with different values "
                     "(lines 2 and 3; kind: 'state' or 'organisation')", "make them agree"),
    "bomb.yaml": (BOMB, "bomb.yaml line 2: YAML aliases (*a) are not allowed",
                  "write the value out in full"),
    "longtext.yaml": (ACTORS + "relations:\n  - {source: NLD, type: SUPPORTS, target: UKR, "
                      f"evidence: {'x' * (MAX_TEXT_CHARS + 1)}}}\n",
                      f"longtext.yaml line 5: a text of {MAX_TEXT_CHARS + 1:,} characters is "
                      "longer than", "shorten it"),
    "longname.csv": ("id,name,kind\nXYZ," + "n" * (MAX_TEXT_CHARS + 1) + ",state\n",
                     "longname.csv line 2: a value is longer than 1,000,000 characters",
                     "split it"),
    "longname.yaml": (ACTORS + "  - {id: POL, kind: state, name: " + "n" * (MAX_TEXT_CHARS + 1)
                      + "}\n", "longname.yaml line 4: a text of 1,000,001 characters is longer "
                      "than the 1,000,000 allowed", "shorten it"),
    "actorfield.yaml": (ACTORS + "  - {id: POL, name: Poland, kind: state, colour: red}\n",
                        "actorfield.yaml line 4: bad actor: unknown field 'colour'",
                        "an actor needs id, name and kind"),
    "bigint.yaml": (ACTORS + "relations:\n  - {source: NLD, type: SUPPORTS, target: UKR, "
                    f"confidence: {'9' * 5000}}}\n",
                    "bigint.yaml line 5: the number 99999999999999999999… is too long",
                    "write a shorter number"),
    "bigint.jsonl": ('{"source": "NLD", "type": "SUPPORTS", "target": "UKR", "start": '
                     + "9" * 5000 + "}\n",
                     "bigint.jsonl line 1: cannot read this line: a number has more digits",
                     "ordinary size"),
    "offset.jsonl": ('{"source": "NLD", "type": "SUPPORTS", "target": "UKR", "start": '
                     + "9" * 30 + "}\n",
                     "offset.jsonl line 1: bad relation: start: Input should be less than or "
                     "equal to 9223372036854775807", "start"),
    "nan.jsonl": ('{"source": "NLD", "type": "SUPPORTS", "target": "UKR", '
                  '"confidence": NaN}\n', "nan.jsonl line 1: cannot read this line: NaN",
                  "without NaN"),
    "year0.yaml": (ACTORS + REL.replace("2024-04-04", "0000"),
                   "year0.yaml line 5: bad relation: date: bad date '0000': there is no year 0",
                   "YYYY-MM-DD"),
    "year0.csv": ("source,type,target,date\nNLD,SUPPORTS,UKR,0000-01-01\n",
                  "year0.csv line 2: bad date '0000-01-01': there is no year 0", "year 0"),
    "quote.csv": ('source,type,target,evidence\nNLD,SUPPORTS,UKR,x\nNLD,THREATENS,UKR,"open\n'
                  "NLD,OPPOSES,UKR,y\n", "quote.csv line 3: a quoted value is not closed",
                  'end it with a "'),
    "junk.csv": ('source,type,target,evidence\nNLD,SUPPORTS,UKR,x\nNLD,THREATENS,UKR,"a"b\n',
                 "junk.csv line 3: CSV syntax error", "quote a value"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "g.lbdb"
    good = path.parent / "good.yaml"
    good.write_text(ACTORS + REL)
    res = CliRunner().invoke(cli, ["load", str(good), "--store", str(path), "-q"])
    assert res.exit_code == 0, res.output
    return path


def snapshot(path):
    with EmbeddedStore(path, read_only=True) as s:
        return s.actors(), s.relations(), s.documents()


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_refused_in_one_line(store, tmp_path, name):
    content, message, fix = CASES[name]
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    before = snapshot(store)
    res = CliRunner().invoke(cli, ["load", str(bad), "--store", str(store), "-q"])
    assert res.exit_code == 2, res.output
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith(f"Error: {tmp_path}"), lines[0]
    assert message in lines[0], lines[0]
    assert fix in lines[0], lines[0]
    assert snapshot(store) == before


def test_conflicting_definitions_in_two_files_name_both(store, tmp_path):
    a = tmp_path / "a.yaml"
    a.write_text(ACTORS)
    b = tmp_path / "b.csv"
    b.write_text("id,name,kind,bloc\nUKR,Ukraine,state,russia_and_supporters\n")
    before = snapshot(store)
    res = CliRunner().invoke(cli, ["load", str(a), str(b), "--store", str(store)])
    assert res.exit_code == 2
    assert (f"Error: {b} line 2: actor 'UKR' is defined differently in {a} line 3 and here "
            "(bloc: 'ukraine' or 'russia_and_supporters'); keep one definition") in res.stderr
    assert snapshot(store) == before


def test_agreeing_duplicates_are_one_actor(store, tmp_path):
    a = tmp_path / "same.yaml"
    a.write_text(ACTORS + "  - {id: NLD, name: Netherlands, kind: state, "
                 "aliases: {nl: [Nederland]}}\n")
    from actorgraph.loaders.curated_yaml import read_yaml

    [nld] = [x for x in read_yaml(a).batch.actors if x.id == "NLD"]
    assert nld.aliases == {"nl": ["Nederland"]} and nld.bloc.value == "nato_ally"


def test_front_matter_alias_bomb_is_refused(tmp_path):
    doc = tmp_path / "bomb.md"
    doc.write_text("---\n" + BOMB + "---\nRussia threatens Ukraine.\n")
    res = CliRunner().invoke(cli, ["extract", str(doc)])
    assert res.exit_code == 2
    assert f"{doc} line 3: bad YAML front matter: YAML aliases (*a) are not allowed" in res.stderr


def test_a_bad_input_does_not_create_a_new_store(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("source,type,target,source\nNLD,SUPPORTS,UKR,RUS\n")
    target = tmp_path / "new" / "g.lbdb"
    res = CliRunner().invoke(cli, ["load", str(bad), "--catalogue", "--store", str(target)])
    assert res.exit_code == 2
    assert not target.exists() and not target.parent.exists()
