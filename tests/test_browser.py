"""The interactive page in a real headless browser: Debian's chromium, driven by Playwright.

No browser is downloaded: Playwright launches the system executable ($KG_CHROMIUM,
else ``chromium`` on the PATH). Without it these tests skip, saying so; CI
(.ci/run) installs it. Screenshots go to tests/artifacts/ (git-ignored); the demo
screenshot for the README, docs/screenshot.png, is written when it is missing or
when KG_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from kg.views.network import direct_graph, event_graph, find_node
from kg.views.html import render_html, write_html
from vizdata import EVIL_ALIASES, EVIL_NAMES, malicious_dataset, view_like_graph

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
README_SCREENSHOT = ROOT / "docs" / "screenshot.png"
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM or not Path(CHROMIUM).exists():
        where = f"KG_CHROMIUM={CHROMIUM} does not exist" if CHROMIUM else "no `chromium` on the PATH"
        pytest.skip(f"Debian's chromium is not installed ({where}): the browser tests need it; "
                    "`apt-get install chromium`, as .ci/run does")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Loaded:
    """A page opened on a file, with every request, console message and page error it made."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport=VIEWPORT, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        start = time.perf_counter()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
        self.wall_seconds = time.perf_counter() - start

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.eval("() => [network.body.data.nodes.length, network.body.data.edges.length]"))

    def assert_clean(self) -> None:
        assert self.requests == [self.url], f"requests other than the file: {self.requests}"
        assert not self.errors, self.errors
        bad = [(t, m) for t, m in self.console if t in ("error", "warning")]
        assert not bad, bad

    def hover(self, node_id: str) -> str:
        """Move the mouse onto a node and return the tooltip's text."""
        x, y = self.eval("""(id) => {
            const p = network.canvasToDOM(network.getPosition(id));
            const r = document.getElementById("mynetwork").getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", node_id)
        self.page.mouse.move(x + 40, y + 40)
        self.page.mouse.move(x, y, steps=4)
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        text = tip.inner_text()
        self.page.mouse.move(2, 2)
        return text

    def close(self) -> None:
        self.context.close()


def screenshot(loaded: Loaded, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    loaded.page.screenshot(path=str(path))
    return path


@pytest.fixture(scope="module")
def demo(browser, seed_dataset, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "graph.html"
    write_html(seed_dataset, path)  # what `make demo` writes
    loaded = Loaded(browser, path)
    yield loaded
    loaded.close()


# --------------------------------------------------------------------------- the demo graph


def test_demo_page_makes_no_request_and_no_console_error(demo):
    demo.assert_clean()


def test_demo_page_draws_every_node_and_edge_of_the_graph(demo, seed_dataset):
    g = direct_graph(seed_dataset)
    assert demo.counts() == (g.number_of_nodes(), g.number_of_edges())
    assert demo.eval("() => [kg.visibleNodes(), kg.visibleEdges()]") == [g.number_of_nodes(), g.number_of_edges()]
    drawn = demo.eval("() => Object.keys(network.getPositions())")
    assert set(drawn) == set(g.nodes)


def test_demo_screenshot(demo):
    path = screenshot(demo, "demo-direct.png")
    assert path.stat().st_size > 10_000
    if not README_SCREENSHOT.exists() or os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        README_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, README_SCREENSHOT)


def test_physics_stops_after_the_layout(demo):
    assert demo.eval("() => network.physics.physicsEnabled") is False
    before = demo.eval("() => network.getPositions()")
    demo.page.wait_for_timeout(300)
    assert demo.eval("() => network.getPositions()") == before


def test_tooltip_shows_type_aliases_identifiers_and_sources(demo, seed_dataset):
    g = direct_graph(seed_dataset)
    belarus = find_node(g, "Belarus")
    text = demo.hover(belarus)
    assert text.startswith("Belarus\ncountry (kgo:Country)")
    node = g.nodes[belarus]
    assert all(a in text for a in node["aliases"]) and all(f"{k} {v}" in text for k, v in node["identifiers"])
    assert "facts (" in text and "“" in text  # the fact sentences


def test_search_box_finds_a_node_by_alias(demo, seed_dataset):
    luka = find_node(direct_graph(seed_dataset), "Alexander Lukashenko")
    demo.page.fill("#kg-search", "lukashenko")
    demo.page.press("#kg-search", "Enter")
    assert demo.eval("() => network.getSelectedNodes()") == [luka]
    assert demo.page.inner_text("#kg-details").startswith("Alexander Lukashenko")
    assert demo.page.inner_text("#kg-search-status").startswith("1 of")
    demo.page.fill("#kg-search", "no such thing at all")
    demo.page.press("#kg-search", "Enter")
    assert demo.page.inner_text("#kg-search-status") == "no match"


def test_relation_and_class_filters_hide_and_show(demo, seed_dataset):
    g = direct_graph(seed_dataset)
    n, m = g.number_of_nodes(), g.number_of_edges()
    leader = sum(1 for _, _, d in g.edges(data=True) if d["relation"] == "leaderOf")
    box = demo.page.locator('input[data-relation="leaderOf"]')
    box.uncheck()
    assert demo.eval("() => kg.visibleEdges()") == m - leader
    box.check()
    assert demo.eval("() => kg.visibleEdges()") == m
    persons = [node for node, d in g.nodes(data=True) if d["type"] == "Person"]
    touching = sum(1 for u, v in g.edges() if u in persons or v in persons)
    box = demo.page.locator('input[data-type="Person"]')
    box.uncheck()
    assert demo.eval("() => [kg.visibleNodes(), kg.visibleEdges()]") == [n - len(persons), m - touching]
    assert demo.page.inner_text("#kg-counts").startswith(f"{n - len(persons)} of {n} nodes")
    box.check()
    demo.assert_clean()


def test_event_view_page(browser, seed_dataset, tmp_path):
    path = tmp_path / "events.html"
    write_html(seed_dataset, path, view="events")
    loaded = Loaded(browser, path)
    try:
        g = event_graph(seed_dataset)
        assert loaded.counts() == (g.number_of_nodes(), g.number_of_edges())
        loaded.assert_clean()
        screenshot(loaded, "demo-events.png")
    finally:
        loaded.close()


# --------------------------------------------------------------------------- a malicious article


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_malicious_article_cannot_run_script(browser, tmp_path, bypass_csp):
    """Hover every node, open every node and edge, search the payload: nothing runs, all shows as text."""
    ds = malicious_dataset()
    path = tmp_path / "evil.html"
    write_html(ds, path, view="events", title="<img src=x onerror=\"window.__xss='title'\">")
    loaded = Loaded(browser, path, bypass_csp=bypass_csp)
    try:
        g = event_graph(ds)
        assert loaded.counts() == (g.number_of_nodes(), g.number_of_edges())
        assert loaded.page.inner_text("#kg-heading") == "<img src=x onerror=\"window.__xss='title'\">"
        tips = [loaded.hover(node) for node in g.nodes]
        assert any(EVIL_NAMES[0] in t for t in tips) and any(EVIL_NAMES[2] in t for t in tips)
        assert any("onerror=\"window.__xss='sentence'\"" in t for t in tips)  # the sentence, as text
        for kind, ids in (("nodes", list(g.nodes)), ("edges", loaded.eval("() => network.body.data.edges.getIds()"))):
            for item in ids:
                loaded.eval("([kind, id]) => network.body.emitter.emit('click', "
                            "kind === 'nodes' ? {nodes: [id], edges: []} : {nodes: [], edges: [id]})", [kind, item])
                assert loaded.eval("() => document.getElementById('kg-details').childElementCount") == 0
        for query in (*EVIL_NAMES, *EVIL_ALIASES):
            loaded.page.fill("#kg-search", query)
            loaded.page.press("#kg-search", "Enter")
        loaded.page.focus("#kg-search")  # fills the datalist with the names
        loaded.page.wait_for_timeout(200)
        assert loaded.eval("() => window.__xss") is None
        injected = loaded.eval("() => document.querySelectorAll('img, svg, iframe, a, b, i').length")
        assert injected == 0
        assert loaded.eval("() => document.scripts.length") == 6
        loaded.assert_clean()
        screenshot(loaded, f"malicious-{'csp' if not bypass_csp else 'no-csp'}.png")
    finally:
        loaded.close()


# --------------------------------------------------------------------------- scale


@pytest.mark.slow
def test_a_5000_node_page_settles_with_physics_stopped(browser, tmp_path):
    """Timing is reported by benchmarks/run.py; here: the big page loads whole and its layout stops."""
    g = view_like_graph(5000)
    path = tmp_path / "big.html"
    start = time.perf_counter()
    path.write_text(render_html(g), encoding="utf-8")
    written = time.perf_counter() - start
    loaded = Loaded(browser, path)
    try:
        assert loaded.counts() == (5000, g.number_of_edges())
        timings = loaded.eval("() => kg.timings")
        layout = loaded.eval("() => kg.layout")
        print(f"\n5,000 nodes, {g.number_of_edges()} edges: HTML written in {written:.2f} s; in the browser, "
              f"script started at {timings['script']:.0f} ms, layout stopped after {layout['iterations']} "
              f"iterations at {timings['stabilized']:.0f} ms, settled at {timings['settled']:.0f} ms "
              f"after navigation ({loaded.wall_seconds:.2f} s measured by the test)")
        assert timings["settled"] >= timings["script"]
        assert loaded.eval("() => network.physics.physicsEnabled") is False
        loaded.assert_clean()
        screenshot(loaded, "scale-5000.png")
    finally:
        loaded.close()
