"""Benchmark: `viz` → an interactive page in headless Chromium, against plain pyvis.

For each size (synthetic graphs, 3 relations per actor, see actorgraph.viz.synthetic):

- ours: Python time to lay out and write the page (render_html), file size; in headless
  Chromium the time from navigation until the page marks itself ready
  (``body[data-ready="1"]``) and then answers input (the next frame after a click);
  JS heap; latency of search (Enter in "Find an actor"), a type filter, and a 2-hop
  focus, each measured in the page until the frame after the redraw.
- baseline: pyvis 0.3.2 defaults on the same graph (Network(), add_nodes/add_edges,
  write_html), time until vis-network reports the physics stabilised (capped), JS heap.

Ratios are printed against the baseline measured in the same run: the machine is
shared, absolute numbers move with its load.

    python bench/bench_viz.py                 # 1k, 5k, 20k
    python bench/bench_viz.py --sizes 1000 --baseline-cap 60
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from actorgraph.viz.html import render_html
from actorgraph.viz.synthetic import synthetic_graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
from browser import launch_chromium  # noqa: E402

FRAME = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))"
TIMED = """async (what) => {
  const t = performance.now();
  what();
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
}"""


def heap_mb(context, page) -> float:
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    cdp.detach()
    return metrics.get("JSHeapUsedSize", 0) / 1e6


def offline(page) -> None:
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else r.abort())


def timed(page, js: str) -> float:
    return page.evaluate(f"() => ({TIMED})(() => {{ {js} }})")


def bench_ours(context, actors, rels, docs, folder: Path, renderer: str = "auto") -> dict:
    path = folder / f"ours-{renderer}.html"
    t0 = time.perf_counter()
    render_html(actors, rels, path, documents=docs, renderer=renderer)
    python_s = time.perf_counter() - t0
    page = context.new_page()
    offline(page)
    t1 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=300_000)
    ready_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    page.locator("#ag-fit").click()
    page.evaluate(FRAME)
    input_s = time.perf_counter() - t2
    target = actors[len(actors) // 2]
    search = timed(page, f"""const f = document.getElementById('ag-find');
        f.value = {target.name!r};
        f.dispatchEvent(new KeyboardEvent('keydown', {{key: 'Enter'}}));""")
    assert page.evaluate("actorgraphView.state.sel") == target.id
    filt = timed(page, "document.querySelector(\"#ag-types input[value='THREATENS']\").click();")
    focus = timed(page, f"""document.getElementById('ag-focus').value = {target.id!r};
        document.getElementById('ag-depth').value = '2';
        document.getElementById('ag-focus-go').click();""")
    assert page.evaluate("actorgraphView.state.focus") == target.id
    heap = heap_mb(context, page)
    renderer = page.evaluate("actorgraphView.renderer")
    page.close()
    return {
        "renderer": renderer, "python_s": python_s, "ready_s": ready_s, "input_s": input_s,
        "total_s": python_s + ready_s + input_s, "mb": path.stat().st_size / 1e6,
        "heap_mb": heap, "search_ms": search, "filter_ms": filt, "focus_ms": focus,
    }


def bench_pyvis(context, actors, rels, folder: Path, cap_s: float) -> dict:
    from pyvis.network import Network

    path = folder / "pyvis.html"
    t0 = time.perf_counter()
    net = Network(cdn_resources="in_line")
    net.add_nodes([a.id for a in actors], label=[a.name for a in actors])
    if len(rels) <= 20_000:
        for r in rels:
            net.add_edge(r.source, r.target)
    else:  # add_edge scans every edge so far (47 s for 15k): append what it would add
        net.edges.extend({"from": r.source, "to": r.target} for r in rels)
    cwd = os.getcwd()
    os.chdir(folder)  # pyvis writes helper files beside the page
    try:
        net.write_html(str(path))
    finally:
        os.chdir(cwd)
    python_s = time.perf_counter() - t0
    page = context.new_page()
    offline(page)
    # catch pyvis's global `network` as it is assigned, and listen for vis-network's
    # "stabilized" event (the layout has stopped moving)
    page.add_init_script("""Object.defineProperty(window, 'network', { configurable: true,
        get() { return this.__agNet; },
        set(v) { this.__agNet = v; if (v && v.once) v.once('stabilized', () => {
          window.__agStable = performance.now(); }); } });""")
    t1 = time.perf_counter()
    # pyvis stabilises inside the load event: do not wait for "load"
    page.goto(path.as_uri(), wait_until="commit", timeout=cap_s * 1000)
    stable = True
    try:
        page.wait_for_function("() => window.__agStable !== undefined",
                               timeout=max(1.0, cap_s - (time.perf_counter() - t1)) * 1000,
                               polling=250)
    except Exception:
        stable = False
    ready_s = time.perf_counter() - t1
    # a page still busy stabilising does not answer the DevTools protocol: no heap then
    heap = heap_mb(context, page) if stable else float("nan")
    page.close(run_before_unload=False)
    return {"python_s": python_s, "ready_s": ready_s, "stable": stable,
            "total_s": python_s + ready_s, "mb": path.stat().st_size / 1e6, "heap_mb": heap}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--baseline-cap", type=float, default=150.0,
                    help="stop waiting for pyvis to stabilise after this many seconds")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--renderers", nargs="+", default=["auto"],
                    help="auto, vis, canvas, sigma: measure each (the first feeds the table)")
    args = ap.parse_args()
    rows = []
    with launch_chromium() as context, tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            actors, rels, docs = synthetic_graph(n)
            folder = Path(tmp) / str(n)
            folder.mkdir()
            ours = bench_ours(context, actors, rels, docs, folder, args.renderers[0])
            for other in args.renderers[1:]:
                print(f"{n} actors, renderer {other}: "
                      f"{bench_ours(context, actors, rels, docs, folder, other)}", flush=True)
            base = None if args.no_baseline else bench_pyvis(
                context, actors, rels, folder, args.baseline_cap)
            rows.append((n, len(rels), ours, base))
            print(f"{n} actors, {len(rels)} relations: ours {ours}", flush=True)
            print(f"   pyvis defaults: {base}", flush=True)
    print()
    print("| actors | relations | renderer | Python (layout + write) | page ready | answers "
          "input | end to end | file | JS heap | search | type filter | 2-hop focus | "
          "pyvis defaults: until stable | pyvis file | pyvis heap | speed-up |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
          "| --- | --- |")
    for n, m, o, b in rows:
        if b:
            until = f"{b['total_s']:.1f} s" if b["stable"] else f"> {b['total_s']:.0f} s (cap)"
            base_cols = f"{until} | {b['mb']:.1f} MB | {b['heap_mb']:.0f} MB | " + (
                f"{'≥ ' if not b['stable'] else ''}{b['total_s'] / o['total_s']:.1f}x")
        else:
            base_cols = "— | — | — | —"
        print(f"| {n:,} | {m:,} | {o['renderer']} | {o['python_s']:.2f} s | {o['ready_s']:.2f} s "
              f"| {o['input_s'] * 1000:.0f} ms | **{o['total_s']:.1f} s** | {o['mb']:.1f} MB | "
              f"{o['heap_mb']:.0f} MB | {o['search_ms']:.0f} ms | {o['filter_ms']:.0f} ms | "
              f"{o['focus_ms']:.0f} ms | {base_cols} |")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
