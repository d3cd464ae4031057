"""bench/gen_gdelt.py's --key-cycle: more events, the same dyad-periods (what the memory
measurements of issue 10 at a fixed output rely on)."""

import importlib.util
from pathlib import Path

from actorgraph.loaders.events import EventOptions, aggregate_events

GEN = Path(__file__).resolve().parents[2] / "bench" / "gen_gdelt.py"


def _gen():
    spec = importlib.util.spec_from_file_location("gen_gdelt", GEN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dyads(folder):
    rows = aggregate_events([folder], EventOptions(engine="duckdb")).dyads.to_pylist()
    return {(r["source"], r["type"], r["target"], r["period"], r["kind"]): r["events"]
            for r in rows}


def test_a_key_cycle_gives_the_same_dyad_periods_for_more_events(tmp_path):
    gen = _gen()
    gen.write_files(tmp_path / "one", 600, files=1, key_cycle=600)
    gen.write_files(tmp_path / "three", 1800, files=3, key_cycle=600)
    one, three = _dyads(tmp_path / "one"), _dyads(tmp_path / "three")
    assert len(one) > 100 and one.keys() == three.keys()
    assert all(three[k] == 3 * n for k, n in one.items())
    # without the cycle, the same number of events reaches other dyad-periods
    gen.write_files(tmp_path / "free", 1800, files=3)
    assert _dyads(tmp_path / "free").keys() != three.keys()
