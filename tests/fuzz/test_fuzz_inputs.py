"""Issue 12: every loader (YAML, CSV, JSONL, documents) and the query parameter parser,
fed generated input (Hypothesis): no traceback — either it loads, or it is refused with
an ActorGraphError — and a refused input leaves the store as it was. The number of
inputs tried is recorded (printed with -s, and checked against a floor)."""

from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from pathlib import Path

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import ActorGraphError
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.loaders.pipeline import load_paths

TRIED: Counter = Counter()
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))

IDS = st.sampled_from(["NLD", "UKR", "RUS", "POL", "XXX", "", "nld", "N\u202eLD", "1"])
TYPES = st.sampled_from(["SUPPORTS", "THREATENS", "supports", "HELPS", "", "MEMBER_OF"])
VALUES = st.one_of(
    st.text(max_size=12), st.integers(-10**30, 10**30).map(str),
    st.sampled_from(["2024-02-30", "0000", "1.5", "-1", "nan", "inf", "null", "~", "'",
                     '"', "\x00", "\ufeff", "\u202e", "&a", "*a", "!!python/object", "{", "["]),
)


@pytest.fixture(scope="module")
def store():
    folder = Path(tempfile.mkdtemp())
    (folder / "seed.csv").write_text("source,type,target\nNLD,SUPPORTS,UKR\n")
    with EmbeddedStore(folder / "g.lbdb") as s:
        load_paths(s, [folder / "seed.csv"])
        yield s


def _snapshot(store):
    st_ = store.stats()
    return (st_.actors, st_.relations, st_.evidence, st_.documents,
            tuple(r.key for r in store.relations()))


def _try(store, name: str, content: str | bytes, kind: str) -> None:
    """Load one generated file: it loads, or it is refused and nothing changed."""
    TRIED[kind] += 1
    folder = Path(tempfile.mkdtemp())
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    before = _snapshot(store)
    try:
        report = load_paths(store, [path])
    except ActorGraphError:
        assert _snapshot(store) == before, f"{kind} input refused, but the store changed"
        return
    if report.problems:  # a document refused (the others of a folder would load)
        assert _snapshot(store) == before


def _csv_rows(draw_rows):
    return "\n".join(",".join(r) for r in draw_rows)


@FUZZ
@given(header=st.lists(st.sampled_from(["source", "type", "target", "date", "confidence",
                                        "evidence", "souce", ""]), min_size=1, max_size=6),
       rows=st.lists(st.tuples(IDS, TYPES, IDS, VALUES, VALUES), max_size=4),
       raw=st.binary(max_size=40))
def test_fuzz_csv(store, header, rows, raw):
    body = ",".join(header) + "\n" + _csv_rows(
        [[str(c).replace("\n", " ") for c in r] for r in rows])
    _try(store, "f.csv", body.encode("utf-8", "surrogatepass") + raw, "csv")


@FUZZ
@given(rel=st.dictionaries(st.sampled_from(["source", "type", "target", "date",
                                            "confidence", "evidence", "role", "x"]),
                           st.one_of(IDS, TYPES, VALUES), max_size=7),
       actors=st.lists(st.fixed_dictionaries({"id": IDS, "name": VALUES,
                                              "kind": st.sampled_from(["state", "bad"]),
                                              "bloc": st.sampled_from(["eu", "mars"])}),
                       max_size=2),
       tail=st.sampled_from(["", "\n  - *a", "\n: :", "\n\t- x", "\nrelations: 3",
                             "\n- &a [x]\n", "\x00"]))
def test_fuzz_yaml(store, rel, actors, tail):
    import json

    text = "actors:\n" + "".join(f"  - {json.dumps(a)}\n" for a in actors)
    text += "relations:\n  - " + json.dumps(rel) + tail + "\n"
    _try(store, "f.yaml", text, "yaml")


@FUZZ
@given(lines=st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["source", "type", "target", "date", "confidence",
                                     "evidence", "count"]),
                    st.one_of(IDS, TYPES, VALUES, st.integers(-10**40, 10**40),
                              st.floats(allow_nan=True), st.none(), st.booleans()),
                    max_size=7),
    st.text(max_size=20)), max_size=4))
def test_fuzz_jsonl(store, lines):
    import json

    text = "\n".join(json.dumps(x) if not isinstance(x, str) else x for x in lines)
    _try(store, "f.jsonl", text, "jsonl")


@pytest.mark.slow
@settings(FUZZ, max_examples=15)
@given(front=st.dictionaries(st.sampled_from(["title", "date", "language", "issuer", "x"]),
                             VALUES, max_size=3),
       body=st.lists(st.one_of(st.sampled_from([
           "Russia threatens Ukraine.", "The Netherlands supports Ukraine.",
           "Nederland steunt Oekraïne.", "<script>alert(1)</script>", "\x1b[31m", "---"]),
           st.text(max_size=30)), max_size=5),
       suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_fuzz_documents(store, front, body, suffix):
    head = "---\n" + "".join(f"{k}: {v!r}\n" for k, v in front.items()) + "---\n"
    _try(store, "doc" + suffix, head + "\n\n".join(body), "documents")


@settings(FUZZ, max_examples=150)
@given(pairs=st.lists(st.text(max_size=15), max_size=4),
       name=st.sampled_from(["supporters-of", "threats-to", "evidence", "path-between"]))
def test_fuzz_query_parameters(store, pairs, name):
    """-p NAME=VALUE parsing and typing: a value is bound or refused, never a traceback."""
    from actorgraph.cli.common import parse_params
    from actorgraph.queries.registry import run_query

    TRIED["query parameters"] += 1
    try:
        values = parse_params(tuple(pairs))
    except click.BadParameter:
        return
    before = _snapshot(store)
    with contextlib.suppress(ActorGraphError):  # refused with a message: fine
        run_query(store, name, values)
    assert _snapshot(store) == before


def test_fuzz_counts_recorded():
    """Runs last in this file: the inputs tried per loader (see docs/reliability.md)."""
    print("fuzz inputs tried:", dict(TRIED))
    if len(TRIED) == 5:  # the whole file ran
        assert TRIED["documents"] >= 15 and TRIED["csv"] >= 60, TRIED
        assert TRIED["query parameters"] >= 150, TRIED
