"""The learned pair model (``pair_model.py``, ``pair_training.py``): features, the
reading it adds and where it adds none, and training on a small annotated set.
Made-up sentences (none copied from a gold file); runs on the real catalogue."""

from __future__ import annotations

import json

import pytest

from actorgraph.loaders.extract import extract_text
from actorgraph.loaders.extract import pair_model as pm
from actorgraph.loaders.extract import pair_training as pt


def triples(text: str, lang: str = "en") -> dict:
    res = extract_text(text, lang=lang, date="2023-05-10", doc_id="t")
    return {(r.source, r.type.value, r.target): r for r in res.relations}


@pytest.fixture
def tiny_model(tmp_path, monkeypatch):
    """A hand-written model: "step" between two states is a partnership."""
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"threshold": 0.9, "weights": {
        "PARTNERS_WITH": {"B:step>": 6.0, "bias": -3.0}, "SUPPORTS": {"bias": -5.0}}}))
    monkeypatch.setenv("ACTORGRAPH_PAIR_MODEL", str(path))
    return path


def test_features_name_the_words_between_with_the_direction():
    toks = pm.tokens("\ue000 , after long talks , stood by \ue001 .")
    fwd = pm.pair_features(toks, 0, toks.index("\ue001"), "state", "state", {"name"}, set(), "en")
    back = pm.pair_features(toks, toks.index("\ue001"), 0, "state", "state", set(), set(), "en")
    assert {"B:stood>", "B5:after>", "BB:stood_by>", "fa=name", "lang=en"} <= fwd
    assert "B:stood<" in back and "B:stood>" not in back


def test_a_learned_reading_is_added_below_the_high_confidence_band(tiny_model):
    rels = triples("Japan keeps in step with the Philippines.")
    r = rels[("JPN", "PARTNERS_WITH", "PHL")] if ("JPN", "PARTNERS_WITH", "PHL") in rels \
        else rels[("PHL", "PARTNERS_WITH", "JPN")]
    assert [e.rule for e in r.provenance] == [pm.RULE]
    assert r.confidence < 0.8


@pytest.mark.parametrize("text", [
    "Japan does not keep in step with the Philippines.",  # negated
    "We call on Japan to keep in step with the Philippines.",  # an appeal
    "Japan may soon keep in step with the Philippines.",  # hedged
])
def test_no_learned_reading_of_what_is_not_stated_as_a_fact(tiny_model, text):
    assert not {k for k in triples(text) if k[1] == "PARTNERS_WITH"}


def test_off_means_no_learned_reading(tiny_model, monkeypatch):
    monkeypatch.setenv("ACTORGRAPH_PAIR_MODEL", "off")
    assert not {k for k in triples("Japan keeps in step with the Philippines.")
                if k[1] == "PARTNERS_WITH"}


def test_explain_lists_the_weightiest_features(tiny_model):
    model = pm.load_model()
    toks = pm.tokens("\ue000 keeps in step with \ue001 .")
    feats = pm.pair_features(toks, 0, 5, "state", "state", set(), set(), "en")
    assert model.probability("PARTNERS_WITH", feats) > 0.9
    assert pm.explain(model, "PARTNERS_WITH", feats, 1) == [("B:step>", 6.0)]


def test_training_labels_pairs_by_the_evidence_sentence(tmp_path):
    """A tiny eval set: the gold pair is positive in its evidence sentence, left out in
    another sentence that names the pair, negative for the other types."""
    s = tmp_path / "eval" / "tiny"
    (s / "docs").mkdir(parents=True)
    (s / "gold").mkdir()
    (s / "docs" / "d1.txt").write_text(
        "Chile donated two field hospitals to Bolivia.\n\n"
        "Chile and Bolivia held talks on water rights.\n", encoding="utf-8")
    (s / "gold" / "d1.jsonl").write_text(json.dumps({
        "source": "CHL", "type": "SUPPORTS", "target": "BOL", "tier": "core",
        "evidence": "Chile donated two field hospitals to Bolivia"}) + "\n", encoding="utf-8")
    exs = pt.examples(pt.eval_sets(tmp_path / "eval"), None)
    got = {(c.source, c.target, c.text.split()[1]): y["SUPPORTS"] for c, y in exs}
    assert got[("CHL", "BOL", "donated")] == 1
    assert got[("BOL", "CHL", "donated")] == 0
    assert ("CHL", "BOL", "and") not in got or got[("CHL", "BOL", "and")] is None
    out = tmp_path / "m.json"
    assert pt.main(["--eval", str(tmp_path / "eval"), "--out", str(out)]) == 0
    model = json.loads(out.read_text())
    assert model["sets"] == ["tiny"] and model["threshold"] == pt.THRESHOLD
    assert set(model["weights"]) == {t.value for t in pm.TYPES}


def test_no_shipped_model_means_no_learned_reading(monkeypatch):
    """The model is off by default (none is shipped: see docs/extractor.md)."""
    monkeypatch.delenv("ACTORGRAPH_PAIR_MODEL", raising=False)
    assert not pm.MODEL_PATH.exists() and pm.load_model() is None

