"""Benchmark: the interactive HTML of a 5,000-node graph, written and settled in headless Chromium.

    python benchmarks/viz.py [--nodes 5000] [--runs 3]

Targets (issue "The interactive graph in the browser"): written in <= 2 s, settled
in the browser within 5 s. Needs Debian's chromium (``/usr/bin/chromium``) and the
``playwright`` Python package (no browser download).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from vizdata import view_like_graph  # noqa: E402  (the seeded synthetic graph the tests use)

from kg.views.html import render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    g = view_like_graph(args.nodes)
    writes, settles = [], []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.html"
        for _ in range(args.runs):
            start = time.perf_counter()
            path.write_text(render_html(g), encoding="utf-8")
            writes.append(time.perf_counter() - start)
        if Path(CHROMIUM).exists():
            from playwright.sync_api import sync_playwright

            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                for _ in range(args.runs):
                    page = browser.new_page(viewport={"width": 1280, "height": 800})
                    page.goto(path.resolve().as_uri())
                    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)
                    settles.append(page.evaluate("() => kg.timings.settled") / 1000)
                    page.close()
                browser.close()
        size = path.stat().st_size
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    print(f"| step | median | runs | target |\n|---|---|---|---|")
    print(f"| HTML written ({size / 1e6:.1f} MB) | {statistics.median(writes):.2f} s | "
          f"{', '.join(f'{w:.2f}' for w in writes)} | <= 2 s |")
    if settles:
        print(f"| settled in headless Chromium | {statistics.median(settles):.2f} s | "
              f"{', '.join(f'{s:.2f}' for s in settles)} | <= 5 s |")
    else:
        print("| settled in headless Chromium | not measured: no chromium | | <= 5 s |")


if __name__ == "__main__":
    main()
