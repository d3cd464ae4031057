"""The scorer on a tiny hand example, and the gold-set evaluation end to end."""

from __future__ import annotations

import json

import pytest

from actorgraph.errors import LoaderError
from actorgraph.evaluate import (
    GoldRelation,
    canonical,
    evaluate,
    format_report,
    read_gold,
    score_document,
)


def g(s, t, o, tier="core"):
    return GoldRelation(s, t, o, tier)


def test_hand_example_core_and_secondary():
    gold = [
        g("RUS", "THREATENS", "UKR"),
        g("NATO", "PARTNERS_WITH", "JPN"),
        g("CHN", "SUPPORTS", "RUS"),
        g("NLD", "PARTNERS_WITH", "UKR", "optional"),
        g("jens-stoltenberg", "REPRESENTS", "NATO", "secondary"),
        g("NATO", "OPPOSES", "IRN", "secondary"),
    ]
    pred = [
        ("RUS", "THREATENS", "UKR"),          # tp
        ("JPN", "PARTNERS_WITH", "NATO"),     # tp: symmetric, order does not matter
        ("RUS", "THREATENS", "UKR"),          # duplicate: counted once
        ("NLD", "PARTNERS_WITH", "UKR"),      # optional: not a false positive
        ("UKR", "THREATENS", "RUS"),          # fp: direction matters
        ("jens-stoltenberg", "REPRESENTS", "NATO"),  # secondary tp
        ("NATO", "OPPOSES", "CHN"),           # secondary fp
    ]
    s = score_document("demo", gold, pred)
    assert (s.core.tp, s.core.fp, s.core.fn) == (2, 1, 1)
    assert s.core.false_positives == [("UKR", "THREATENS", "RUS")]
    assert s.core.false_negatives == [("CHN", "SUPPORTS", "RUS")]
    assert s.core.precision == pytest.approx(2 / 3)
    assert s.core.recall == pytest.approx(2 / 3)
    assert s.core.f1 == pytest.approx(2 / 3)
    assert (s.secondary.tp, s.secondary.fp, s.secondary.fn) == (1, 1, 1)


def test_missing_optional_is_not_a_false_negative():
    s = score_document("d", [g("NLD", "PARTNERS_WITH", "UKR", "optional")], [])
    assert (s.core.tp, s.core.fp, s.core.fn) == (0, 0, 0)
    assert s.core.f1 == 0.0


def test_canonical_partners_with():
    assert canonical(("NATO", "partners_with", "AUS")) == ("AUS", "PARTNERS_WITH", "NATO")
    assert canonical(("NATO", "SUPPORTS", "AUS")) == ("NATO", "SUPPORTS", "AUS")


def _write(tmp_path, name, gold_lines, doc_text):
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "gold" / f"{name}.jsonl").write_text(
        "\n".join(json.dumps(x) for x in gold_lines) + "\n", encoding="utf-8")
    (tmp_path / "docs" / f"{name}.txt").write_text(doc_text, encoding="utf-8")


def test_micro_average_over_documents(tmp_path):
    _write(tmp_path, "a", [{"source": "RUS", "type": "THREATENS", "target": "UKR",
                            "tier": "core"}],
           "Russia’s war of aggression against Ukraine continues.")
    _write(tmp_path, "b", [{"source": "CHN", "type": "SUPPORTS", "target": "RUS",
                            "tier": "core"},
                           {"source": "JPN", "type": "SUPPORTS", "target": "UKR",
                            "tier": "core"}],
           "Japan has been a prominent supporter of Ukraine.")
    report = evaluate(tmp_path / "gold", tmp_path / "docs")
    assert [d.name for d in report.documents] == ["a", "b"]
    assert (report.core.tp, report.core.fp, report.core.fn) == (2, 0, 1)
    assert report.core.recall == pytest.approx(2 / 3)
    text = format_report(report)
    assert "FN CHN SUPPORTS RUS" in text and "micro-average (2 documents)" in text


def test_bad_gold_line_names_file_and_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"source": "A", "type": "SUPPORTS", "target": "B"}\n'
                 '{"source": "A", "type": "ALLY_OF", "target": "B"}\n', encoding="utf-8")
    with pytest.raises(LoaderError, match=r"x.jsonl line 2: bad gold line"):
        read_gold(p)


def test_missing_document_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold" / "lost.jsonl").write_text("", encoding="utf-8")
    report = evaluate(tmp_path / "gold", tmp_path / "docs")
    assert report.documents == [] and "lost" in report.problems[0][1]
