"""kg.views.html: the HTML page, read as text (the browser tests are in test_browser.py).

The page is checked against the graph it draws (computed with kg.views.network, never
hard-coded), for being self-contained, and for escaping everything an article
can put in it.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import json
import os
import re
import subprocess
import sys
import time
from importlib import resources

import pytest

from kg.errors import InputError
from kg.views.formats import export
from kg.views.network import direct_graph, event_graph, find_node, view_graph
from kg.views.html import (
    LAYOUT_BUDGET_MS,
    PRECOMPUTE_ABOVE,
    component_layout,
    node_size,
    node_style,
    radial_layout,
    render_html,
    styles,
    vis_options,
    write_html,
)
from vizdata import EVIL_ALIASES, EVIL_NAMES, malicious_dataset, view_like_graph


def kg(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def page_json(html: str, block: str):
    m = re.search(rf'<script type="application/json" id="kg-{block}">(.*?)</script>', html, re.S)
    assert m, block
    return json.loads(m.group(1))


def inline_scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


@pytest.fixture(scope="module")
def seed_page(seed_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "graph.html"
    write_html(seed_dataset, out)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def evil_dataset():
    return malicious_dataset()


@pytest.fixture(scope="module")
def evil_page(evil_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("evil") / "graph.html"
    write_html(evil_dataset, out, view="events")
    return out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- self-contained


def test_page_loads_nothing_from_anywhere(seed_page):
    assert "<link" not in seed_page and "@import" not in seed_page
    assert not re.search(r"<script[^>]*\ssrc=", seed_page)
    assert not re.search(r"<(img|iframe|object|embed)\b", seed_page)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", seed_page)
    assert "bootstrap" not in seed_page.lower() and "cdnjs" not in seed_page and "jsdelivr" not in seed_page


def test_page_inlines_the_vis_network_that_pyvis_ships(seed_page):
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    assert (lib / "vis-network.min.js").read_text(encoding="utf-8") in inline_scripts(seed_page)
    assert (lib / "vis-network.css").read_text(encoding="utf-8") in seed_page


def test_content_security_policy_allows_only_the_page_scripts(seed_page):
    csp = htmllib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', seed_page).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    allowed = set(re.search(r"script-src ([^;]+);", csp).group(1).split())
    digests = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
               for s in inline_scripts(seed_page)}
    assert allowed == digests and len(digests) == 2


def test_writing_the_page_leaves_no_lib_folder(seed_dataset, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_html(seed_dataset, "graph.html")
    assert sorted(os.listdir(tmp_path)) == ["graph.html"]


# --------------------------------------------------------------------------- the picture


def test_page_nodes_and_edges_are_the_graph(seed_dataset, seed_page):
    g = direct_graph(seed_dataset)
    nodes, edges = page_json(seed_page, "nodes"), page_json(seed_page, "edges")
    assert {n["id"] for n in nodes} == set(g.nodes)
    assert sorted((e["from"], e["relation"], e["to"]) for e in edges) == \
        sorted((u, d["relation"], v) for u, v, d in g.edges(data=True))
    assert len({e["id"] for e in edges}) == len(edges)
    for n in nodes:
        assert n["kgName"] == g.nodes[n["id"]]["label"]  # canonical name
        assert n["size"] == node_size(g.degree(n["id"]))  # sized by degree
        color, shape = node_style(n["kgType"])
        assert (n["color"]["background"], n["shape"]) == (color, shape)  # coloured and shaped by class
    for e in edges:
        assert e["label"] == g.edges[e["from"], e["to"], e["relation"]]["label"]  # labelled by relation


def test_bigger_degree_gives_bigger_nodes():
    sizes = [node_size(d) for d in range(0, 50)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[4] < sizes[-1] <= 48


def test_legend_lists_every_class_on_the_page_with_its_count(seed_dataset, seed_page):
    g = direct_graph(seed_dataset)
    legend = dict(re.findall(r'data-type="(\w+)"><span class="sym" style="color: #\w+">.</span><span>[^<]+</span>'
                             r'<span class="n">(\d+)</span>', seed_page))
    counts: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    assert {k: int(v) for k, v in legend.items()} == counts
    relations = set(re.findall(r'data-relation="(\w+)"', seed_page))
    assert relations == {d["relation"] for _, _, d in g.edges(data=True)}


def test_sources_travel_once_in_a_table_that_nodes_and_edges_point_into(seed_dataset, seed_page):
    g = direct_graph(seed_dataset)
    table = page_json(seed_page, "sources")
    for e in page_json(seed_page, "edges"):  # the page's script writes the tooltips and details from these
        d = g.edges[e["from"], e["to"], e["relation"]]
        rows = [table["sources"][i] for i in e["kgSrc"]]
        assert [table["sentences"][r[0]] for r in rows] == [src.sentence for src in d["sources"]]
        assert [table["articles"][r[1]][:2] for r in rows] == [[src.article, src.headline] for src in d["sources"]]
        assert [(r[2], r[3]) for r in rows] == [(src.method, src.confidence) for src in d["sources"]]
    assert len(table["sentences"]) == len(set(table["sentences"]))  # each sentence once


def test_filters_timeline_and_articles_reach_the_page(seed_dataset, tmp_path):
    write_html(seed_dataset, tmp_path / "events.html", view="events")
    html = (tmp_path / "events.html").read_text(encoding="utf-8")
    g = event_graph(seed_dataset)
    nodes = {n["id"]: n for n in page_json(html, "nodes")}
    events = [n for n, d in g.nodes(data=True) if d["kind"] == "event"]
    for ev in events:
        d = g.nodes[ev]
        assert nodes[ev]["kgMethods"] == sorted(d["method"].split("+"))
        assert nodes[ev]["kgArticles"] == sorted({s.article for s in d["sources"] if s.article})
        assert nodes[ev]["kgDates"] == ([str(d["date"])] if d.get("date") else
                                        sorted({s.published for s in d["sources"] if s.published}))
    timeline = page_json(html, "timeline-items")
    assert {t["id"] for t in timeline} == {ev for ev in events if nodes[ev]["kgDates"]}
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)
    articles = {a["id"] for a in page_json(html, "settings")["articles"]}
    assert articles == {a for n in nodes.values() for a in n.get("kgArticles", ())}


def test_event_view_page_shows_events_and_role_edges(seed_dataset, tmp_path):
    result = write_html(seed_dataset, tmp_path / "events.html", view="events")
    g = event_graph(seed_dataset)
    html = (tmp_path / "events.html").read_text(encoding="utf-8")
    nodes, edges = page_json(html, "nodes"), page_json(html, "edges")
    assert (result.nodes, result.edges) == (g.number_of_nodes(), g.number_of_edges()) == (len(nodes), len(edges))
    assert {n["kgKind"] for n in nodes} == {"entity", "event"}
    assert any(e["kind"] == "role" and e.get("dashes") for e in edges)
    assert 'data-view="events"' in html and "event view" in html


def test_relation_filter_and_focus_reach_the_page(seed_dataset, tmp_path):
    write_html(seed_dataset, tmp_path / "g.html", relations=["leaderOf"])
    edges = page_json((tmp_path / "g.html").read_text(encoding="utf-8"), "edges")
    assert edges and {e["relation"] for e in edges} == {"leaderOf"}
    result = write_html(seed_dataset, tmp_path / "f.html", focus="Lukashenko", hops=1)
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    focused = view_graph(seed_dataset, "direct", focus="Lukashenko", hops=1)
    assert {n["id"] for n in page_json(html, "nodes")} == set(focused.nodes)
    assert result.nodes == focused.number_of_nodes()
    assert "around Alexander Lukashenko (1 hop)" in html


def test_layout_is_bounded(seed_page):
    options = page_json(seed_page, "options")
    settings = page_json(seed_page, "settings")
    assert options["physics"]["stabilization"]["enabled"] is True
    assert 0 < options["physics"]["stabilization"]["iterations"] <= 1000
    assert settings["layoutBudgetMs"] == LAYOUT_BUDGET_MS
    big = vis_options(5000, 10000)["physics"]
    assert big["stabilization"]["iterations"] <= 200 and big["stabilization"]["updateInterval"] <= 5


def test_big_graphs_start_from_a_precomputed_layout():
    g = view_like_graph(PRECOMPUTE_ABOVE + 50, seed=3)
    pos = radial_layout(g)
    assert set(pos) == set(g.nodes)
    assert len(set(pos.values())) == len(pos)  # no two nodes on the same spot
    html = render_html(g)
    assert all("x" in n and "y" in n for n in page_json(html, "nodes"))


def test_stories_are_laid_out_apart():
    """Each connected component gets its own region: no node of one lies inside another's bounding box."""
    import networkx as nx

    g = nx.disjoint_union_all([nx.path_graph(6), nx.star_graph(8), nx.cycle_graph(5), nx.empty_graph(3)])
    pos = component_layout(g)
    boxes = []
    for comp in nx.connected_components(g):
        xs, ys = [pos[n][0] for n in comp], [pos[n][1] for n in comp]
        boxes.append((comp, min(xs), max(xs), min(ys), max(ys)))
    for comp, x0, x1, y0, y1 in boxes:
        others = [n for n in g if n not in comp]
        assert not any(x0 - 40 <= pos[n][0] <= x1 + 40 and y0 - 40 <= pos[n][1] <= y1 + 40 for n in others)


def test_styles_come_from_the_data_file():
    conf = styles()
    assert set(conf["relations"]) >= {"sanctionsLiftedOn", "leaderOf"}
    assert node_style("Country") == (conf["classes"]["Country"]["color"], conf["classes"]["Country"]["shape"])


# --------------------------------------------------------------------------- escaping


def test_malicious_names_and_sentences_never_reach_the_page_as_html(evil_page):
    code = inline_scripts(evil_page)
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    assert code == [(lib / "vis-network.min.js").read_text(encoding="utf-8"),
                    (resources.files("kg") / "resources" / "viz" / "page.js").read_text(encoding="utf-8")]
    blocks = re.findall(r'<script type="application/json" id="kg-[\w-]+">(.*?)</script>', evil_page, re.S)
    assert len(blocks) == 6
    for block in blocks:  # all data: no "<" or ">" can close the block or open a tag
        assert "<" not in block and ">" not in block
    skeleton = evil_page
    for text in code + blocks:
        skeleton = skeleton.replace(text, "")
    assert "__xss" in evil_page and "__xss" not in skeleton  # the payloads live only inside the JSON
    assert skeleton.count("<script") == 8 and not re.search(r"<(img|svg|a|iframe)\b", skeleton)


def test_malicious_strings_are_kept_intact_as_data(evil_page, evil_dataset):
    nodes = page_json(evil_page, "nodes")
    names = {n["kgName"] for n in nodes}
    assert set(EVIL_NAMES) <= names
    searchable = "\n".join(x for n in nodes for x in [n["kgName"], *n.get("kgAliases", ())])
    assert all(alias in searchable for alias in EVIL_ALIASES)
    sentences = "\n".join(page_json(evil_page, "sources")["sentences"])
    assert "onerror=\"window.__xss='sentence'\"" in sentences  # the sentence, verbatim
    assert "{{ 7*7 }}" in searchable and "49" not in searchable  # not a template


def test_heading_and_title_are_escaped(evil_dataset, tmp_path):
    evil = "<script>window.__xss='heading'</script>"
    write_html(evil_dataset, tmp_path / "a.html", title=evil)
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert evil not in html and "&lt;script&gt;window.__xss=&#39;heading&#39;&lt;/script&gt;" in html
    write_html(evil_dataset, tmp_path / "b.html", focus=EVIL_NAMES[0], hops=1)  # the heading names the focus
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert EVIL_NAMES[0] not in html and "around &lt;img src=x onerror=" in html


def test_href_in_a_tooltip_does_not_switch_the_page_to_innerhtml(evil_page):
    assert any("href" in n["kgName"] for n in page_json(evil_page, "nodes"))  # in tooltips: pyvis's template
    # would show them with innerHTML; kg's template and script never do
    assert "innerHTML" not in inline_scripts(evil_page)[1]  # kg's page script
    assert "popup.innerHTML" not in evil_page


# --------------------------------------------------------------------------- errors and the CLI


def test_output_that_is_a_folder_is_an_input_error(seed_dataset, tmp_path):
    with pytest.raises(InputError, match="folder"):
        write_html(seed_dataset, tmp_path)


def test_a_failed_viz_leaves_the_old_page_alone(seed_dataset, tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")
    with pytest.raises(InputError):
        write_html(seed_dataset, target, focus="Atlantis")
    assert target.read_text(encoding="utf-8") == "old page"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_kg_viz_writes_the_page(seed_build, tmp_path):
    result = kg("viz", "--out", seed_build.out_dir, "--output", str(tmp_path / "g.html"), "--view", "events")
    assert result.returncode == 0, result.stderr
    assert "events view" in result.stdout and (tmp_path / "g.html").is_file()
    assert os.listdir(tmp_path) == ["g.html"]


@pytest.mark.parametrize("args, message", [
    (["--view", "tree"], "--view: unknown view 'tree'"),
    (["--hops", "2"], "--hops: needs --focus"),
    (["--focus", "Atlantis"], "--focus: no node matches 'Atlantis'"),
    (["--relation", "bombed"], "--relation: unknown relation 'bombed'"),
])
def test_kg_viz_usage_errors_are_one_line_exit_2(seed_build, tmp_path, args, message):
    result = kg("viz", "--out", seed_build.out_dir, "--output", str(tmp_path / "g.html"), *args)
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg: {message}" or result.stderr.startswith(f"kg: {message}")
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "g.html").exists()


def test_kg_viz_reads_a_build_with_a_malicious_article(evil_dataset, tmp_path):
    export(evil_dataset, tmp_path / "build" / "graph.nq")
    result = kg("viz", "--out", str(tmp_path / "build"), "--output", str(tmp_path / "g.html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert all(name not in html for name in EVIL_NAMES)
    assert set(EVIL_NAMES) <= {n["kgName"] for n in page_json(html, "nodes")}


# --------------------------------------------------------------------------- scale


@pytest.mark.slow
def test_the_page_of_a_5000_node_graph_holds_every_node_and_edge(tmp_path):
    """Timing is reported by benchmarks/run.py; here: nothing is lost at scale."""
    g = view_like_graph(5000)
    start = time.perf_counter()
    html = render_html(g)
    (tmp_path / "big.html").write_text(html, encoding="utf-8")
    seconds = time.perf_counter() - start
    print(f"\n5,000-node page ({g.number_of_edges()} edges, {len(html) / 1e6:.1f} MB) written in {seconds:.2f} s")
    assert len(page_json(html, "nodes")) == 5000 and len(page_json(html, "edges")) == g.number_of_edges()


def test_labels_wrap_as_textwrap_wraps_them():
    """The page wraps labels without hyphens itself, from the words: the same lines as textwrap."""
    import random
    import textwrap

    from kg.views.html import LABEL_LINES, LABEL_WIDTH, wrap_label

    words = ["sanctions", "relief:", "United", "States", "→", "Belarus", "&", "a", "x", "Alexander Lukashenko",
             "Supercalifragilisticexpialidocious", "prisoner-transfer", "Tsikhanouski's"]
    rng = random.Random(5)
    for _ in range(3000):
        label = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 14)))
        expected = "\n".join(textwrap.wrap(" ".join(label.split()), width=LABEL_WIDTH, max_lines=LABEL_LINES,
                                           placeholder=" …")) or label
        assert wrap_label(label) == expected, label
