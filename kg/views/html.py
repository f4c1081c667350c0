"""The interactive graph: one self-contained HTML page that works offline.

The page is rendered by pyvis with kg's own template (``kg/resources/viz/``):

* vis-network's JS and CSS are read from the installed pyvis package and inlined;
  nothing else is loaded (no bootstrap, no CDN, no ``lib/`` folder), and a
  Content-Security-Policy forbids every request and every script but the page's own;
* every string is data: nodes and edges travel as JSON (``<`` escaped) in
  ``application/json`` blocks, tooltips are plain text (vis-network shows them with
  ``innerText``), and the page script only ever sets ``textContent``;
* nodes are coloured and shaped by class (``styles.json``), sized by degree and
  labelled with their canonical names; edges are labelled by relation;
* the layout is bounded: vis-network stabilises for a number of iterations that
  shrinks with the graph's size, within a time budget, and then physics stops.

>>> from kg.views.network import direct_graph, example_dataset
>>> html = render_html(direct_graph(example_dataset()), title="<b>demo</b>")
>>> "&lt;b&gt;demo&lt;/b&gt;" in html and "<b>demo</b>" not in html
True
>>> "https://cdn" in html or "bootstrap" in html
False
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import math
import textwrap
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
import importlib.util
from pathlib import Path
from typing import IO, Any

import networkx as nx
import orjson
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from kg import __version__
from kg.errors import InputError
from kg.pipeline.folder import atomic_write
from kg.views.network import (SYMMETRIC_RELATIONS, VIZ_DIR, Schema, Source, bundled_schema, node_style, paused_gc,
                              styles, view_graph)

VIS_VERSION = "9.1.2"  # the vis-network build that pyvis 0.3.2 ships
LAYOUT_BUDGET_MS = 2000  # the longest the page spends laying out before it stops physics...
LAYOUT_DEADLINE_MS = 3000  # ...and it stops by this time after navigation (once LAYOUT_MIN_MS of layout is done)
LAYOUT_MIN_MS = 300
TIMELINE_MAX = 2000  # the timeline draws at most this many marks, sampled evenly over time (filters narrow it)
RELAYOUT_ITERATIONS = 300  # the Re-layout button runs at most this many iterations (within LAYOUT_BUDGET_MS)
ARROWS_AT_SCALE = 0.5  # big graphs (over 1,000 nodes) show arrow heads from this zoom level on
PRECOMPUTE_ABOVE = 300  # bigger graphs start from radial_layout() instead of vis-network's ring
MAX_TOOLTIP_ITEMS = 2  # a tooltip shows this many sources or facts; the details pane up to MAX_DETAIL_ITEMS
MAX_TOOLTIP_LINE = 150
MAX_DETAIL_ITEMS = 50
MAX_DETAIL_SENTENCES = 8  # a node's details quote the sentences of its first facts; an edge's quote them all
MAX_SENTENCE = 360
ASPECT = 1.6  # components are packed for a screen this many times wider than high
LABEL_WIDTH = 22  # node labels wrap at this many characters...
LABEL_LINES = 3  # ...over at most this many lines
LABEL_MIN_PX = 9  # labels smaller than this many pixels on screen are not drawn (zoom in to read them)
VIEW_NAMES = {"direct": "direct-relation view", "events": "event view"}


@dataclass
class VizResult:
    """What ``kg viz`` wrote."""

    path: Path
    view: str
    nodes: int
    edges: int
    seconds: float


# --------------------------------------------------------------------------- styles and assets


def relation_color(relation: str) -> str:
    conf = styles()
    return conf["relations"].get(relation, conf["role_color"])


def _pyvis_asset(name: str) -> str:
    """A file that the installed pyvis ships (its vis-network build), as text; pyvis itself is not imported."""
    spec = importlib.util.find_spec("pyvis")  # importing pyvis would import IPython: a second of start-up
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the pyvis package is not installed")
    path = Path(spec.submodule_search_locations[0]) / "templates" / "lib" / f"vis-{VIS_VERSION}" / name
    text = path.read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():  # would end the inline block early
        raise RuntimeError(f"pyvis's {name} contains {closing!r}; it cannot be inlined")
    return text


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    page_js = (VIZ_DIR / "page.js").read_text(encoding="utf-8")
    if "</script" in page_js.lower():
        raise RuntimeError("page.js contains '</script'")
    return {"vis_js": _pyvis_asset("vis-network.min.js"), "vis_css": _pyvis_asset("vis-network.css"),
            "page_js": page_js}


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


# --------------------------------------------------------------------------- sources, as one table


class SourceTable:
    """Every source of a page once: the page's script writes the tooltips and details from it.

    Nodes and edges carry the row numbers of their sources (``kgSrc``); a row is
    ``[sentence, article, method, confidence, rule]``, the sentence and the article
    being numbers in their own tables, so that a sentence or an article cited a
    thousand times is written once.

    >>> t = SourceTable()
    >>> src = Source(sentence="The US lifted sanctions.", article="a:1", headline="US lifts", method="curated")
    >>> t.ref(src), t.ref(src), t.ref(Source(sentence="The US lifted sanctions.", article="a:1", headline="US lifts"))
    (0, 0, 1)
    >>> t.data()["sources"], t.data()["sentences"], t.data()["articles"]
    ([[0, 0, 'curated', None, None], [0, 0, None, None, None]], ['The US lifted sanctions.'], [['a:1', 'US lifts', None, None, None]])
    """

    def __init__(self) -> None:
        self._rows: dict[int, tuple[int, Source]] = {}  # id of a source object -> its row (and the object, kept alive)
        self._values: dict[Source, int] = {}
        self._sentences: dict[str, int] = {}
        self._articles: dict[Any, int] = {}
        self._article_rows: list[list[Any]] = []
        self.rows: list[list[Any]] = []

    def ref(self, src: Source) -> int:
        known = self._rows.get(id(src))
        if known is not None:
            return known[0]
        i = self._values.get(src)
        if i is None:
            i = self._values[src] = len(self.rows)
            sentence = None if src.sentence is None else self._sentences.setdefault(src.sentence, len(self._sentences))
            key = src.article or (src.headline, src.source_file, src.published, src.url)
            where = self._articles.get(key)
            if where is None and (src.article or any(key)):
                where = self._articles[key] = len(self._article_rows)
                self._article_rows.append([src.article, src.headline, src.source_file, src.published, src.url])
            self.rows.append([sentence, where, src.method, src.confidence, src.rule])
        self._rows[id(src)] = (i, src)
        return i

    def data(self) -> dict[str, list[Any]]:
        return {"sources": self.rows, "sentences": list(self._sentences), "articles": self._article_rows}


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fact_text(g: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> str:
    arrow = "—" if attrs.get("relation") in SYMMETRIC_RELATIONS else "→"
    return f"{g.nodes[u]['label']} —{attrs.get('label', attrs.get('relation'))}{arrow} {g.nodes[v]['label']}"


# --------------------------------------------------------------------------- page data


@lru_cache(maxsize=4096)
def node_size(degree: int) -> float:
    """Node radius from degree: 10 for an isolated node, growing with the square root, at most 48.

    >>> node_size(0), node_size(4), node_size(10_000)
    (10.0, 20.0, 48.0)
    """
    return round(min(48.0, 10.0 + 5.0 * math.sqrt(degree)), 2)


def wrap_label(label: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """A label over a few short lines instead of one long one cut short.

    >>> wrap_label("sanctions relief: United States → Belavia").split(chr(10))
    ['sanctions relief:', 'United States →', 'Belavia']
    >>> wrap_label("Belarus")
    'Belarus'
    """
    return _wrapped(label, width, lines)


@lru_cache(maxsize=4096)
def _wrapper(width: int, lines: int) -> textwrap.TextWrapper:
    return textwrap.TextWrapper(width=width, max_lines=lines, placeholder=" …")


def _wrapped(label: str, width: int, lines: int) -> str:
    text = " ".join(label.split())
    if len(text) <= width:  # one line: what textwrap would give
        return text or label
    wrapper = _wrapper(width, lines)
    if "-" in text:  # textwrap also breaks after hyphens
        return "\n".join(wrapper.wrap(text)) or label
    words = text.split(" ")  # without hyphens, textwrap's chunks are the words and the single spaces between them
    chunks = [" "] * (2 * len(words) - 1)
    chunks[::2] = words
    return "\n".join(wrapper._wrap_chunks(chunks)) or label


def _dates(d: dict[str, Any]) -> list[str]:
    if d.get("date"):
        return [str(d["date"])[:10]]
    return sorted({s.published[:10] for s in d.get("sources", ()) if s.published})


def _filter_fields(d: dict[str, Any]) -> dict[str, Any]:
    """What the page's filters read from a node or an edge: dates, articles, confidence, curated or extracted."""
    sources = d.get("sources", ())
    methods = sorted({s.method for s in sources if s.method} | set(filter(None, (d.get("method") or "").split("+"))))
    return {"kgDates": _dates(d), "kgArticles": sorted({s.article for s in sources if s.article}),
            "kgConf": d.get("confidence"), "kgMethods": methods}


_INFO = ("title", "count", "count_qualifier", "date", "modality", "description")  # shown in a node's details
_INFO_NAMES = tuple((k, k.replace("_", " ")) for k in _INFO)


def page_items(g: nx.MultiDiGraph, *, schema: Schema | None = None) -> dict[str, Any]:
    """The vis-network nodes and edges of a graph, with the legend, relations, articles, timeline and sources of the page.

    Tooltips and details are not written here: the page's script writes them from these
    fields and the table of sources (:class:`SourceTable`), when the page opens.

    >>> from kg.views.network import direct_graph, example_dataset
    >>> items = page_items(direct_graph(example_dataset()))
    >>> [(n["label"], n["shape"], n["size"]) for n in items["nodes"]]
    [('Belavia', 'triangle', 10.0), ('Belarus', 'square', 15.0), ('United States', 'square', 15.0)]
    >>> [(e["label"], e["relation"], e["kgSrc"]) for e in items["edges"]]
    [('sanctions lifted on', 'sanctionsLiftedOn', [0])]
    >>> items["sources"]["sentences"]
    ['The US lifted sanctions on Belarus.']
    >>> [(t["label"], t["edges"]) for t in items["timeline"]]
    [('United States —sanctions lifted on→ Belarus', ['e0'])]
    """
    schema = schema or bundled_schema()
    conf = styles()
    symbols, role_color = conf["symbols"], conf["role_color"]
    table = SourceTable()
    degree = degrees(g)
    nodes, types = [], Counter()
    articles: dict[str, tuple[str, str]] = {}
    timeline: list[dict[str, Any]] = []
    node_colors: dict[str, tuple[dict[str, Any], str, str]] = {}
    labels: dict[str, str] = {}  # label -> wrapped: events of one kind and the same parties share a label
    for node, d in g.nodes(data=True):
        cls = d["type"]
        style = node_colors.get(cls)
        if style is None:
            color, shape = node_style(cls, schema)
            style = node_colors[cls] = ({"background": color, "border": "#4d4d4d",
                                         "highlight": {"background": color, "border": "#000000"},
                                         "hover": {"background": color, "border": "#000000"}}, shape, color)
        label = d["label"]
        wrapped = labels.get(label)
        if wrapped is None:
            wrapped = labels[label] = _wrapped(label, LABEL_WIDTH, LABEL_LINES)
        item = {"id": node, "label": wrapped, "shape": style[1], "size": node_size(degree[node]),
                "color": style[0], "kgName": label, "kgType": cls, "kgTypeLabel": d.get("type_label", cls),
                "kgKind": d.get("kind", "entity"), "kgDegree": degree[node]}
        if d.get("aliases"):
            item["kgAliases"] = list(d["aliases"])
        if d.get("identifiers"):
            item["kgIds"] = [list(pair) for pair in d["identifiers"]]
        info = [[name, d[k]] for k, name in _INFO_NAMES if d.get(k) is not None]
        if info:
            item["kgInfo"] = info
        if d.get("kind") == "event":
            item.update(_filter_fields(d))
            sources = d.get("sources", ())
            item["kgSrc"] = [table.ref(src) for src in sources]
            item["kgMethod"] = d.get("method", "")
            if d.get("descriptions"):
                item["kgDescriptions"] = list(d["descriptions"])
            if item["kgDates"]:
                timeline.append({"id": node, "label": label, "date": item["kgDates"][0], "color": style[2],
                                 "nodes": [node], "edges": []})
            for src in sources:
                if src.article:
                    articles.setdefault(src.article, (src.published or "",
                                                      src.headline or src.source_file or src.article))
        nodes.append(item)
        types[(d.get("kind", "entity"), cls)] += 1
    positions = component_layout(g)
    for item in nodes:
        item["x"], item["y"] = positions[item["id"]]
    edges, relations = [], Counter()
    pairs: dict[frozenset[str], int] = {}
    behind: dict[str, dict[str, Any]] = {}  # direct view: the events behind the facts, for the timeline
    edge_colors: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}  # (kind, relation) -> colour, as the page gives it
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        rel = attrs["relation"]
        kind = attrs.get("kind", "fact")
        found = edge_colors.get((kind, rel))
        if found is None:
            color = relation_color(rel) if kind == "fact" else role_color
            found = edge_colors[(kind, rel)] = (color, {"color": color, "highlight": "#000000", "hover": "#000000"})
        color = found[0]
        edge = {"id": f"e{i}", "from": u, "to": v, "label": attrs.get("label", rel), "relation": rel, "kind": kind,
                "color": found[1], "width": 2 if kind == "fact" else 1}
        if kind == "role":
            edge["dashes"] = True
        else:
            edge.update(_filter_fields(attrs))
            sources = attrs.get("sources", ())
            edge["kgSrc"] = [table.ref(src) for src in sources]
            if attrs.get("method"):
                edge["kgMethod"] = attrs["method"]
            for src in sources:
                if src.article:
                    articles.setdefault(src.article, (src.published or "",
                                                      src.headline or src.source_file or src.article))
            for ev in [e for e in attrs.get("events", ()) if e not in g] if edge["kgDates"] else ():
                item = behind.setdefault(ev, {"id": ev, "label": _fact_text(g, u, v, attrs), "date": edge["kgDates"][0],
                                              "color": color, "nodes": [], "edges": []})
                item["edges"].append(edge["id"])
                item["nodes"] = sorted({*item["nodes"], u, v})
        if rel in SYMMETRIC_RELATIONS:
            edge["arrows"] = {"to": {"enabled": False}}
        pair = frozenset((u, v))
        seen = pairs.get(pair, 0)
        if seen:  # a parallel edge: bend it so that both stay visible
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * seen}
        pairs[pair] = seen + 1
        edges.append(edge)
        relations[(kind, rel)] += 1
    timeline += behind.values()
    timeline.sort(key=lambda t: (t["date"], t["label"], t["id"]))
    legend = []
    for (kind, cls), count in sorted(types.items(), key=lambda kv: (kv[0][0] != "entity", schema.label(kv[0][1]))):
        color, shape = node_style(cls, schema)
        legend.append({"type": cls, "label": schema.label(cls), "kind": kind, "color": color,
                       "symbol": symbols.get(shape, "●"), "count": count})
    rel_list = [{"relation": rel, "label": schema.label(rel), "kind": kind, "count": count,
                 "color": relation_color(rel) if kind == "fact" else role_color}
                for (kind, rel), count in sorted(relations.items())]
    article_list = [{"id": a, "label": _cut(f"{label} ({date})" if date else label, 90)}
                    for a, (date, label) in sorted(articles.items(), key=lambda kv: (kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges, "legend": legend, "relations": rel_list, "articles": article_list,
            "timeline": timeline, "sources": table.data()}


Adjacency = dict[Any, set[Any]]


def _spring(und: Adjacency, comp: list[Any], spacing: float) -> tuple[dict[Any, tuple[float, float]], float]:
    """A small component laid out by force (networkx's Fruchterman-Reingold, seeded), scaled to its size."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}, spacing * 0.6
    sub = nx.Graph()
    sub.add_nodes_from(comp)  # in a fixed order: the seeded start positions go by it
    sub.add_edges_from((u, v) for u in comp for v in und[u])
    pos = nx.spring_layout(sub, seed=7, iterations=80)
    scale = spacing * 0.35 * math.sqrt(len(comp))
    out = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
    return out, max(math.hypot(x, y) for x, y in out.values()) + spacing * 0.9


def _radial(und: Adjacency, comp: list[Any], spacing: float, gap: float) -> tuple[dict[Any, tuple[float, float]], float]:
    most = max(len(und[n]) for n in comp)
    root = max((n for n in comp if len(und[n]) == most), key=str)  # the best connected node, the last by name
    parent, order, depth = {root: None}, [root], {root: 0}
    children: dict[Any, list[Any]] = {}
    key = _order_key(comp)
    for node in order:
        new = [nb for nb in und[node] if nb not in parent]  # a node's neighbours not reached yet, in order
        if new:
            new.sort(key=key)
            below = depth[node] + 1
            for nb in new:
                parent[nb], depth[nb] = node, below
            children[node] = new
            order += new
    size = {n: 1 for n in order}
    for node in reversed(order):
        if parent[node] is not None:
            size[parent[node]] += size[node]
    per_depth = Counter(depth.values())
    radius = [0.0]
    for d in range(1, max(per_depth) + 1):
        radius.append(max(radius[-1] + spacing, math.sqrt(radius[-1] ** 2 + per_depth[d] * gap ** 2 / math.pi)))
    span = {root: (0.0, 2 * math.pi)}
    pos = {}
    for k, node in enumerate(order):
        lo, hi = span[node]
        angle = (lo + hi) / 2
        d = depth[node]
        if d == 0:
            pos[node] = (0.0, 0.0)
        else:  # spread over the annulus, not on one circle
            inner = radius[d - 1] + 0.5 * spacing if d > 1 else radius[1]
            r = inner + (radius[d] - inner) * ((k * 0.6180339887) % 1.0)
            pos[node] = (r * math.cos(angle), r * math.sin(angle))
        kids = children.get(node)
        if not kids:
            continue
        total = sum([size[c] for c in kids])
        start = lo
        for c in kids:
            width = (hi - lo) * size[c] / total
            span[c] = (start, start + width)
            start += width
    return pos, radius[-1] + spacing / 2


def _pack(layouts: list[tuple[dict[Any, tuple[float, float]], float]]) -> dict[str, tuple[float, float]]:
    """Shelf packing: rows of components (each in its own square), biggest first, with room between them."""
    total_area = sum((2 * r) ** 2 for _, r in layouts) or 1.0  # rows as wide as a landscape screen wants
    row_width = max(math.sqrt(total_area * ASPECT) * 1.15, max((2 * r for _, r in layouts), default=0.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, r in layouts:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            out[node] = (round(x + r + px - layouts[0][1], 1), round(y + r + py - layouts[0][1], 1))
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return out


def _order_key(nodes: Iterable[Any]) -> Any:
    """Nodes are ordered by their text: strings as they are (faster), anything else through ``str``."""
    return None if all(type(n) is str for n in nodes) else str


def _components(g: nx.Graph) -> tuple[Adjacency, list[list[Any]]]:
    """Every node's neighbours, either way and without loops, and the connected components, biggest first.

    A component of up to ``PRECOMPUTE_ABOVE`` nodes is sorted (its order seeds its force layout); a bigger one
    is left in the order it was found (its radial layout does not depend on it).
    """
    und: Adjacency = {n: set() for n in g}
    for u, nbrs in g._adj.items():  # the plain dicts behind g.adj
        mine = und[u]
        for v in nbrs:
            if u != v:
                mine.add(v)
                und[v].add(u)
    seen: set[Any] = set()
    comps = []
    for start in und:
        if start not in seen:
            seen.add(start)
            comp = [start]
            for node in comp:  # breadth first; the list grows as it is read
                for nb in und[node]:
                    if nb not in seen:
                        seen.add(nb)
                        comp.append(nb)
            comps.append(comp)
    key = _order_key(und)
    # in order: a small component's order seeds its force layout; a big one's radial layout needs only its least node
    comps = [sorted(c, key=key) if len(c) <= PRECOMPUTE_ABOVE else c for c in comps]
    comps.sort(key=lambda c: (-len(c), str(c[0] if len(c) <= PRECOMPUTE_ABOVE else min(c, key=key))))
    return und, comps


def component_layout(g: nx.Graph, *, spacing: float = 150.0, gap: float = 45.0) -> dict[str, tuple[float, float]]:
    """Starting positions: each connected component (a story) laid out by itself, then the components packed apart.

    Components up to ``PRECOMPUTE_ABOVE`` nodes are laid out by force; bigger ones as a
    radial BFS tree (:func:`radial_layout`), in linear time.

    >>> g = nx.Graph([(1, 2), (3, 4)])
    >>> pos = component_layout(g)
    >>> math.dist(pos[1], pos[3]) > math.dist(pos[1], pos[2])
    True
    """
    und, comps = _components(g)
    layouts = [_spring(und, comp, spacing) if len(comp) <= PRECOMPUTE_ABOVE else _radial(und, comp, spacing * 0.8, gap)
               for comp in comps]
    return _pack(layouts)


def radial_layout(g: nx.Graph, *, spacing: float = 120.0, gap: float = 45.0) -> dict[str, tuple[float, float]]:
    """Starting positions for big graphs, in linear time: each component drawn as a radial BFS tree.

    The best-connected node of a component sits in its centre and each BFS level fills
    an annulus around the previous one (wide enough to give every node ``gap`` room);
    every node gets a wedge of its parent's wedge in proportion to the size of its
    subtree, so neighbours start close together and the bounded physics only has to
    relax the picture. Components are packed in rows, biggest first.

    >>> pos = radial_layout(nx.star_graph(4))
    >>> pos[0], sorted({round(math.dist(pos[0], pos[n])) for n in range(1, 5)}) <= [120, 240]
    ((0.0, 0.0), True)
    """
    und, comps = _components(g)
    return _pack([_radial(und, comp, spacing, gap) for comp in comps])


def vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: bounded physics whose iterations shrink as the graph grows.

    >>> vis_options(10, 10)["physics"]["stabilization"]["iterations"]
    1000
    >>> vis_options(5000, 10000)["physics"]["stabilization"]["iterations"]
    150
    """
    large = n_nodes > 1000
    iterations = max(150, min(1000, 200_000 // max(n_nodes, 1)))
    batch = max(1, min(25, 10_000 // max(n_nodes, 1)))  # iterations between checks of the time budget
    return {
        "autoResize": True,
        # labels are hidden, not shrunk, below LABEL_MIN_PX on screen (vis-network's drawThreshold)
        "nodes": {"borderWidth": 1, "font": {"size": 20, "face": "sans-serif", "strokeWidth": 4,
                                              "strokeColor": "#ffffff", "multi": False},
                  "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_MIN_PX + 1, "maxVisible": 28}}},
        "edges": {
            # big graphs draw arrow heads only once zoomed in (ARROWS_AT_SCALE): they are most of the drawing time
            "arrows": {"to": {"enabled": not large, "scaleFactor": 0.6}},
            "font": {"size": 13, "face": "sans-serif", "align": "horizontal", "color": "#444444",
                     "strokeWidth": 0, "background": "rgba(255,255,255,0.85)"},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_MIN_PX + 1, "maxVisible": 22}},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "navigationButtons": False, "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": n_nodes > 0,
            "solver": "barnesHut",
            # the components start apart (component_layout): little pull to the centre, so they stay apart
            "barnesHut": {"gravitationalConstant": -2600, "centralGravity": 0.15 if not large else 0.02,
                          "springLength": 85 if not large else 80, "springConstant": 0.04,
                          "damping": 0.4, "avoidOverlap": 0.5 if not large else 0.0, "theta": 1.0 if large else 0.5},
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": batch, "fit": True},
        },
    }


# --------------------------------------------------------------------------- rendering


def json_bytes(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON that is safe inside an HTML ``<script>`` block: no ``<``, ``>``, ``&`` or ``'``.

    >>> print(json_bytes({"name": "<b>Tom & Jerry's</b>"}).decode())
    {"name":"\\u003cb\\u003eTom \\u0026 Jerry\\u0027s\\u003c/b\\u003e"}
    """
    data = orjson.dumps(value)  # compact, UTF-8, as json.dumps(ensure_ascii=False, separators=(",", ":"))
    return data.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026").replace(b"'", b"\\u0027")


def json_block(value: Any) -> Markup:
    """:func:`json_bytes` as text for the template."""
    return Markup(json_bytes(value).decode("utf-8"))


@lru_cache(maxsize=1)
def _template():
    """kg's page template: autoescaping on, undefined names are errors."""
    env = Environment(loader=FileSystemLoader(str(VIZ_DIR)), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    return env.get_template("page.html")


def default_title(g: nx.MultiDiGraph) -> str:
    """The page heading: the view, and the focus when there is one.

    >>> from kg.views.network import view_graph, example_dataset
    >>> default_title(view_graph(example_dataset(), "events", focus="Belarus", hops=2))
    'kg: event view around Belarus (2 hops)'
    """
    title = f"kg: {VIEW_NAMES.get(g.graph.get('view', 'direct'), 'graph')}"
    if g.graph.get("focus"):
        hops = g.graph.get("hops", 1)
        title += f" around {g.nodes[g.graph['focus']]['label']} ({hops} hop{'s' if hops != 1 else ''})"
    if g.graph.get("relations"):
        title += f", relations: {g.graph['relations'].replace(',', ', ')}"
    return title


_BLOCKS = ("nodes", "edges", "sources", "timeline")  # the big JSON blocks, written as bytes, never as text


def page_parts(g: nx.MultiDiGraph, *, title: str | None = None, schema: Schema | None = None) -> Iterator[bytes]:
    """The HTML page of a view graph (from :func:`kg.views.network.view_graph`), piece by piece, as UTF-8 bytes.

    The template is rendered with a random mark where each big JSON block goes, and the
    blocks are written there as the bytes orjson made: a page of hundreds of megabytes is
    never one string, and its JSON is never decoded and encoded again.
    """
    with paused_gc():
        items = page_items(g, schema=schema)
        blocks = {k: json_bytes(items[k]) for k in _BLOCKS}
    assets = _assets()
    n, m = g.number_of_nodes(), len(items["edges"])  # networkx counts a multigraph's edges by walking every degree
    settings = {"layoutBudgetMs": LAYOUT_BUDGET_MS, "layoutDeadlineMs": LAYOUT_DEADLINE_MS,
                "layoutMinMs": LAYOUT_MIN_MS, "arrowsAtScale": ARROWS_AT_SCALE if n > 1000 else None,
                "view": g.graph.get("view", "direct"), "nodes": n, "edges": m, "labelMinPx": LABEL_MIN_PX,
                "articles": items["articles"], "focus": g.graph.get("focus"), "hops": g.graph.get("hops", 1),
                "relayoutIterations": RELAYOUT_ITERATIONS, "timelineMax": TIMELINE_MAX,
                "symmetric": sorted(SYMMETRIC_RELATIONS),
                "text": {"tooltipItems": MAX_TOOLTIP_ITEMS, "tooltipLine": MAX_TOOLTIP_LINE,
                         "detailItems": MAX_DETAIL_ITEMS, "detailSentences": MAX_DETAIL_SENTENCES,
                         "sentence": MAX_SENTENCE}}
    view = settings["view"]
    mark = f"kg-block-{secrets.token_hex(12)}-"  # nothing from the graph can forge it
    chunks = _template().generate(
        heading=title or default_title(g), vis_js=Markup(assets["vis_js"]), vis_css=Markup(assets["vis_css"]),
        page_js=Markup(assets["page_js"]), script_hashes=" ".join(_csp_hash(assets[k]) for k in ("vis_js", "page_js")),
        legend=items["legend"], relations=items["relations"], settings=settings, view_name=VIEW_NAMES.get(view, view),
        other_view="events" if view == "direct" else "direct", kg_version=__version__, node_count=n, edge_count=m,
        options=json_block(vis_options(n, m)), settings_json=json_block(settings),
        **{k: Markup(mark + k + "-") for k in _BLOCKS})
    for chunk in chunks:
        if mark not in chunk:
            yield chunk.encode("utf-8")
            continue
        first, *rest = chunk.split(mark)
        yield first.encode("utf-8")
        for piece in rest:
            name, _, text = piece.partition("-")
            yield blocks[name]
            yield text.encode("utf-8")


def render_html(g: nx.MultiDiGraph, *, title: str | None = None, schema: Schema | None = None) -> str:
    """The HTML page of a view graph (from :func:`kg.views.network.view_graph`), as a string."""
    return b"".join(page_parts(g, title=title, schema=schema)).decode("utf-8")


def write_page(g: nx.MultiDiGraph, fh: IO[bytes], *, title: str | None = None) -> None:
    """Write the page of ``g`` to a binary stream, a piece at a time (a big graph's page is never one string)."""
    for part in page_parts(g, title=title):
        fh.write(part)


def write_html(dataset, output: str | Path, *, view: str = "direct", relations: Iterable[str] | None = None,
               focus: str | None = None, hops: int | None = None, title: str | None = None) -> VizResult:
    """Write the interactive page of ``dataset`` to ``output`` (atomically); what ``kg viz`` does.

    >>> import tempfile, pathlib
    >>> from kg.views.network import example_dataset
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> r = write_html(example_dataset(), out, view="events")
    >>> (r.view, r.nodes, r.edges, out.is_file())
    ('events', 4, 2, True)
    """
    start = time.perf_counter()
    output = Path(output)
    if output.is_dir():
        raise InputError("is a folder; give the HTML file to write", where=str(output))
    g = view_graph(dataset, view, relations=relations, focus=focus, hops=hops)
    atomic_write(output, lambda fh: write_page(g, fh, title=title))
    return VizResult(path=output, view=g.graph["view"], nodes=g.number_of_nodes(), edges=edge_count(g),
                     seconds=time.perf_counter() - start)


def degrees(g: nx.MultiDiGraph) -> dict[Any, int]:
    """Every node's degree, as ``dict(g.degree())``, read from the adjacency without networkx's views.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a"), ("c", "c")])
    >>> degrees(g) == dict(g.degree()) == {"a": 3, "b": 3, "c": 2}
    True
    """
    if not (g.is_multigraph() and g.is_directed()):
        return dict(g.degree())
    succ, pred = g._succ, g._pred  # the plain dicts behind g.succ and g.pred
    return {n: sum(map(len, succ[n].values())) + sum(map(len, pred[n].values())) for n in succ}


def edge_count(g: nx.MultiDiGraph) -> int:
    """How many edges ``g`` has, read from its adjacency (networkx sums a multigraph's degrees, both ways).

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a")])
    >>> edge_count(g) == g.number_of_edges() == 3
    True
    """
    if not g.is_multigraph():
        return g.number_of_edges()
    return sum(len(keys) for nbrs in g._succ.values() for keys in nbrs.values())  # the plain dicts behind g.succ
