"""What the embedded store's before-load copy costs (docs/reliability.md).

An atomic block (one load, and any write) first copies the checkpointed graph file to
``<graph>.before-load`` so that a load killed while LadybugDB checkpoints can be rolled
back (embedded_recovery.LoadGuard). This loads N synthetic relations (bench_load's
inputs) into a new graph, then a small load of 1,000 more relations into that graph,
and prints for each: the whole load's time, the copy's time and its share, and the size
of the file copied; with the load average.

    python bench/bench_load_copy.py --n 1000000
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from actorgraph.graph import embedded_recovery
from actorgraph.graph.embedded_store import EmbeddedStore
from actorgraph.loaders.pipeline import load_paths
from bench_load import make_inputs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    args = ap.parse_args()
    copies: list[tuple[float, int]] = []
    guard_init = embedded_recovery.LoadGuard.__init__

    def timed_init(self, path):
        size = Path(path).stat().st_size if Path(path).exists() else 0
        t = time.perf_counter()
        guard_init(self, path)
        copies.append((time.perf_counter() - t, size))

    embedded_recovery.LoadGuard.__init__ = timed_init
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        folder = Path(tmp)
        actors, rels = make_inputs(folder, args.n)
        small = folder / "small"
        small.mkdir()
        _, small_rels = make_inputs(small, args.n + 1000)  # the same pairs and 1,000 more
        lines = small_rels.read_text().splitlines()
        have = set(rels.read_text().splitlines())
        extra = [lines[0]] + [ln for ln in lines[1:] if ln not in have]
        small_rels.write_text("\n".join(extra[:1001]) + "\n")
        store = EmbeddedStore(folder / "g.lbdb")
        load_paths(store, [actors], use_catalogue=False)
        for label, files in ((f"{args.n:,} relations into a new graph", [rels]),
                             ("1,000 relations into that graph", [small_rels])):
            copies.clear()
            t0 = time.perf_counter()
            load_paths(store, files, use_catalogue=False)
            total = time.perf_counter() - t0
            seconds, size = copies[0]
            load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
            print(f"{label}: load {total:.2f} s; copy of {size / 1e6:.0f} MB {seconds:.2f} s "
                  f"({100 * seconds / total:.0f}% of the load)\n    {load}", flush=True)
        print("graph file after:", f"{(folder / 'g.lbdb').stat().st_size / 1e6:.0f} MB",
              "relations:", store.stats().relations)
        store.close()


if __name__ == "__main__":
    main()
