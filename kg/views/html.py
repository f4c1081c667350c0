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
import json
import math
import textwrap
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from kg import __version__
from kg.errors import InputError
from kg.pipeline.folder import atomic_write_text
from kg.views.network import (SYMMETRIC_RELATIONS, VIZ_DIR, Schema, Source, bundled_schema, node_style, styles,
                              view_graph)

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
    """A file that the installed pyvis ships (its vis-network build), as text."""
    path = resources.files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}" / name
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


# --------------------------------------------------------------------------- text of tooltips


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def source_lines(src: Source) -> list[str]:
    """A source as plain-text lines: the sentence, then the article, then how.

    >>> source_lines(Source(sentence="The US lifted sanctions.", headline="US lifts", source_file="a.txt",
    ...                     method="curated", confidence=1.0))
    ['  “The US lifted sanctions.”', '  article: US lifts (a.txt)', '  curated, confidence 1.0']
    """
    lines = []
    if src.sentence:
        lines.append(f"  “{_cut(src.sentence, MAX_SENTENCE)}”")
    if src.article or src.headline or src.source_file:
        where = ", ".join(x for x in (src.source_file, src.published) if x)
        name = src.headline or src.article or ""
        lines.append(f"  article: {_cut(name, 160)}" + (f" ({where})" if where else ""))
        if src.url:
            lines.append(f"  {src.url}")
    how = [x for x in (src.method, None if src.confidence is None else f"confidence {round(src.confidence, 3)}",
                       f"rule {src.rule}" if src.rule else None) if x]
    if how:
        lines.append("  " + ", ".join(how))
    return lines


def _fact_text(g: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> str:
    arrow = "—" if attrs.get("relation") in SYMMETRIC_RELATIONS else "→"
    return f"{g.nodes[u]['label']} —{attrs.get('label', attrs.get('relation'))}{arrow} {g.nodes[v]['label']}"


def _more(n: int, what: str) -> str:
    return f"… and {n} more {what} (click for all)"


def node_details(g: nx.MultiDiGraph, node: str, *, limit: int = MAX_DETAIL_ITEMS) -> str:
    """The details pane of a node: type, aliases, identifiers, details, then its facts with their sources."""
    d = g.nodes[node]
    lines = [d["label"], f"{d.get('type_label', d['type'])} (kgo:{d['type']})"]
    if d.get("aliases"):
        lines.append("aliases: " + ", ".join(d["aliases"]))
    if d.get("identifiers"):
        lines.append("identifiers: " + ", ".join(f"{k} {v}" for k, v in d["identifiers"]))
    details = [f"{k.replace('_', ' ')}: {d[k]}" for k in ("title", "count", "count_qualifier", "date", "modality",
                                                          "description") if d.get(k) is not None]
    lines += details
    lines.append(f"IRI: {node}")
    if d.get("descriptions"):
        lines.append(f"one event told {len(d['descriptions'])} times ({d.get('method', '')}):")
        lines += [f"  {iri}" for iri in d["descriptions"]]
    out_edges = [(node, v, a) for v, keyed in g.succ[node].items() for a in keyed.values()]
    in_edges = [(u, node, a) for u, keyed in g.pred[node].items() for a in keyed.values()]
    if d.get("kind") == "event":
        roles = [(attrs.get("label", attrs.get("relation")), g.nodes[v]["label"])
                 for _, v, attrs in out_edges if attrs.get("kind") == "role"]
        if roles:
            lines += ["", "participants:"] + [f"  {role}: {who}" for role, who in sorted(roles)]
        sources = d.get("sources", ())
        if sources:
            lines += ["", f"read in {len(sources)} source(s):"]
            for src in sources[:limit]:
                lines += source_lines(src)
            if len(sources) > limit:
                lines.append(f"  … and {len(sources) - limit} more")
    facts = [(u, v, a) for u, v, a in out_edges + in_edges if a.get("kind") == "fact"]
    if facts:
        lines += ["", f"facts ({len(facts)}):"]
        for i, (u, v, a) in enumerate(facts[:limit]):
            lines.append("• " + _fact_text(g, u, v, a))
            srcs = a.get("sources", ())
            if i < MAX_DETAIL_SENTENCES and srcs and srcs[0].sentence:  # the others: click the edge
                lines.append(f"  “{_cut(srcs[0].sentence, 200)}”")
        if len(facts) > limit:
            lines.append(f"… and {len(facts) - limit} more (see the edges)")
    return "\n".join(lines)


def node_title(g: nx.MultiDiGraph, node: str) -> str:
    """The tooltip of a node, kept short: name, type, then the first sources or facts and how many more.

    >>> from kg.views.network import direct_graph, example_dataset
    >>> print(node_title(direct_graph(example_dataset()), "https://kg.example.org/id/country/BY"))
    Belarus
    country · ISO 3166-1 alpha-2 BY
    • United States —sanctions lifted on→ Belarus
      “The US lifted sanctions on Belarus.”
    """
    d = g.nodes[node]
    head = [d.get("type_label", d["type"])] + [f"{k} {v}" for k, v in d.get("identifiers", ())[:1]]
    if d.get("date"):
        head.append(str(d["date"]))
    lines = [d["label"], " · ".join(head)]
    if d.get("kind") == "event":
        roles = sorted((a.get("label", a.get("relation")), g.nodes[v]["label"])
                       for v, keyed in g.succ[node].items() for a in keyed.values() if a.get("kind") == "role")
        if roles:
            lines.append(_cut("; ".join(f"{r}: {w}" for r, w in roles), MAX_TOOLTIP_LINE))
        sources = d.get("sources", ())
        for src in sources[:MAX_TOOLTIP_ITEMS]:
            lines += _short_source(src)
        if len(sources) > MAX_TOOLTIP_ITEMS:
            lines.append(_more(len(sources) - MAX_TOOLTIP_ITEMS, "sources"))
        return "\n".join(lines)
    facts = [(u, v, a) for u, v, a in [*((node, v, a) for v, k in g.succ[node].items() for a in k.values()),
                                       *((u, node, a) for u, k in g.pred[node].items() for a in k.values())]
             if a.get("kind") == "fact"]
    for u, v, a in facts[:MAX_TOOLTIP_ITEMS]:
        lines.append("• " + _cut(_fact_text(g, u, v, a), MAX_TOOLTIP_LINE))
        srcs = a.get("sources", ())
        if srcs and srcs[0].sentence:
            lines.append(f"  “{_cut(srcs[0].sentence, MAX_TOOLTIP_LINE)}”")
    if len(facts) > MAX_TOOLTIP_ITEMS:
        lines.append(_more(len(facts) - MAX_TOOLTIP_ITEMS, "facts"))
    return "\n".join(lines)


def _short_source(src: Source) -> list[str]:
    lines = [f"  “{_cut(src.sentence, MAX_TOOLTIP_LINE)}”"] if src.sentence else []
    where = _cut(src.headline or src.source_file or src.article or "", 60)
    how = ", ".join(x for x in (src.method, None if src.confidence is None else f"{round(src.confidence, 2)}") if x)
    if where or how:
        lines.append("  — " + " · ".join(x for x in (where, src.published, how) if x))
    return lines


def edge_details(g: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any], *, limit: int = MAX_DETAIL_ITEMS) -> str:
    """The details pane of an edge: the fact, then every source (sentence and article)."""
    lines = [_fact_text(g, u, v, attrs)]
    if attrs.get("kind") == "role":
        lines.append(f"role kgo:{attrs['relation']} of the {g.nodes[u].get('type_label', 'event')}")
        return "\n".join(lines)
    lines.append(f"kgo:{attrs['relation']}" + (f", {attrs['method']}" if attrs.get("method") else "")
                 + (f", confidence {round(attrs['confidence'], 3)}" if attrs.get("confidence") is not None else ""))
    sources = attrs.get("sources", ())
    if sources:
        lines += ["", f"sources ({len(sources)}):"]
        for src in sources[:limit]:
            lines += source_lines(src)
        if len(sources) > limit:
            lines.append(f"  … and {len(sources) - limit} more")
    return "\n".join(lines)


def edge_title(g: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> str:
    """The tooltip of an edge, kept short: the fact, how sure, the first sources and how many more."""
    if attrs.get("kind") == "role":
        return edge_details(g, u, v, attrs)
    head = ", ".join(x for x in (attrs.get("method"), None if attrs.get("confidence") is None
                                 else f"confidence {round(attrs['confidence'], 2)}") if x)
    lines = [_cut(_fact_text(g, u, v, attrs), MAX_TOOLTIP_LINE)] + ([head] if head else [])
    sources = attrs.get("sources", ())
    for src in sources[:MAX_TOOLTIP_ITEMS]:
        lines += _short_source(src)
    if len(sources) > MAX_TOOLTIP_ITEMS:
        lines.append(_more(len(sources) - MAX_TOOLTIP_ITEMS, "sources"))
    return "\n".join(lines)


# --------------------------------------------------------------------------- page data


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


@lru_cache(maxsize=65536)
def _wrapped(label: str, width: int, lines: int) -> str:  # labels repeat (events of the same kind and parties)
    return "\n".join(textwrap.wrap(" ".join(label.split()), width=width, max_lines=lines, placeholder=" …")) or label


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


def page_items(g: nx.MultiDiGraph, *, schema: Schema | None = None) -> dict[str, list[dict[str, Any]]]:
    """The vis-network nodes and edges of a graph, with the legend, relations, articles and timeline of the page.

    >>> from kg.views.network import direct_graph, example_dataset
    >>> items = page_items(direct_graph(example_dataset()))
    >>> [(n["label"], n["shape"], n["size"]) for n in items["nodes"]]
    [('Belavia', 'triangle', 10.0), ('Belarus', 'square', 15.0), ('United States', 'square', 15.0)]
    >>> [(e["label"], e["relation"]) for e in items["edges"]]
    [('sanctions lifted on', 'sanctionsLiftedOn')]
    >>> [(t["label"], t["edges"]) for t in items["timeline"]]
    [('United States —sanctions lifted on→ Belarus', ['e0'])]
    """
    schema = schema or bundled_schema()
    symbols = styles()["symbols"]
    degree = dict(g.degree())
    nodes, types = [], Counter()
    articles: dict[str, tuple[str, str]] = {}
    timeline: list[dict[str, Any]] = []
    for node, d in g.nodes(data=True):
        color, shape = node_style(d["type"], schema)
        label = d["label"]
        search = "\n".join([label, *d.get("aliases", ()), node]).lower()
        item = {
            "id": node, "label": wrap_label(label), "title": node_title(g, node), "shape": shape,
            "size": node_size(degree[node]),
            "color": {"background": color, "border": "#4d4d4d",
                      "highlight": {"background": color, "border": "#000000"},
                      "hover": {"background": color, "border": "#000000"}},
            "kgName": label, "kgType": d["type"], "kgKind": d.get("kind", "entity"), "kgSearch": search,
            "kgDetails": node_details(g, node), "kgDegree": degree[node],
        }
        if d.get("kind") == "event":
            item.update(_filter_fields(d))
            if item["kgDates"]:
                timeline.append({"id": node, "label": label, "date": item["kgDates"][0], "color": color,
                                 "nodes": [node], "edges": []})
        for src in d.get("sources", ()):
            if src.article:
                articles.setdefault(src.article, (src.published or "", src.headline or src.source_file or src.article))
        nodes.append(item)
        types[(d.get("kind", "entity"), d["type"])] += 1
    positions = component_layout(g)
    for item in nodes:
        item["x"], item["y"] = positions[item["id"]]
    edges, relations = [], Counter()
    pairs: dict[frozenset[str], int] = defaultdict(int)
    behind: dict[str, dict[str, Any]] = {}  # direct view: the events behind the facts, for the timeline
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        rel = attrs["relation"]
        color = relation_color(rel) if attrs.get("kind") == "fact" else styles()["role_color"]
        edge = {
            "id": f"e{i}", "from": u, "to": v, "label": attrs.get("label", rel), "title": edge_title(g, u, v, attrs),
            "relation": rel, "kind": attrs.get("kind", "fact"),
            "color": {"color": color, "highlight": "#000000", "hover": "#000000"},
            "width": 2 if attrs.get("kind") == "fact" else 1,
        }
        if attrs.get("kind") == "role":
            edge["dashes"] = True
        else:
            edge["kgDetails"] = edge_details(g, u, v, attrs)
            edge.update(_filter_fields(attrs))
            for src in attrs.get("sources", ()):
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
        if pairs[pair]:  # a parallel edge: bend it so that both stay visible
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * pairs[pair]}
        pairs[pair] += 1
        edges.append(edge)
        relations[(attrs.get("kind", "fact"), rel)] += 1
    timeline += behind.values()
    timeline.sort(key=lambda t: (t["date"], t["label"], t["id"]))
    legend = []
    for (kind, cls), count in sorted(types.items(), key=lambda kv: (kv[0][0] != "entity", schema.label(kv[0][1]))):
        color, shape = node_style(cls, schema)
        legend.append({"type": cls, "label": schema.label(cls), "kind": kind, "color": color,
                       "symbol": symbols.get(shape, "●"), "count": count})
    rel_list = [{"relation": rel, "label": schema.label(rel), "kind": kind, "count": count,
                 "color": relation_color(rel) if kind == "fact" else styles()["role_color"]}
                for (kind, rel), count in sorted(relations.items())]
    article_list = [{"id": a, "label": _cut(f"{label} ({date})" if date else label, 90)}
                    for a, (date, label) in sorted(articles.items(), key=lambda kv: (kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges, "legend": legend, "relations": rel_list, "articles": article_list,
            "timeline": timeline}


def _spring(und: nx.Graph, comp: list[Any], spacing: float) -> tuple[dict[Any, tuple[float, float]], float]:
    """A small component laid out by force (networkx's Fruchterman-Reingold, seeded), scaled to its size."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}, spacing * 0.6
    pos = nx.spring_layout(und.subgraph(comp), seed=7, iterations=80)
    scale = spacing * 0.35 * math.sqrt(len(comp))
    out = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
    return out, max(math.hypot(x, y) for x, y in out.values()) + spacing * 0.9


def _radial(und: nx.Graph, comp: list[Any], spacing: float, gap: float) -> tuple[dict[Any, tuple[float, float]], float]:
    root = max(comp, key=lambda n: (len(und[n]), str(n)))
    parent, order, depth = {root: None}, [root], {root: 0}
    children: dict[Any, list[Any]] = defaultdict(list)
    for node in order:
        for nb in sorted(und[node], key=str):
            if nb not in parent:
                parent[nb], depth[nb] = node, depth[node] + 1
                children[node].append(nb)
                order.append(nb)
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
        total = sum(size[c] for c in children[node])
        start = lo
        for c in children[node]:
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


def _components(g: nx.Graph) -> tuple[nx.Graph, list[list[Any]]]:
    und = nx.Graph()
    und.add_nodes_from(g)
    und.add_edges_from((u, v) for u, v in g.edges() if u != v)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(und)), key=lambda c: (-len(c), str(c[0])))
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


def _environment(extra: dict[str, Any]) -> Environment:
    """kg's Jinja environment: autoescaping on, undefined names are errors, ``extra`` as globals."""
    env = Environment(loader=FileSystemLoader(str(VIZ_DIR)), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    env.filters["json_text"] = lambda text: Markup(htmlsafe_json_dumps(json.loads(text)))
    env.globals.update(extra)
    return env


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


def render_html(g: nx.MultiDiGraph, *, title: str | None = None, schema: Schema | None = None) -> str:
    """The HTML page of a view graph (from :func:`kg.views.network.view_graph`), as a string."""
    from pyvis.network import Network

    items = page_items(g, schema=schema)
    assets = _assets()
    n, m = g.number_of_nodes(), g.number_of_edges()
    settings = {"layoutBudgetMs": LAYOUT_BUDGET_MS, "layoutDeadlineMs": LAYOUT_DEADLINE_MS,
                "layoutMinMs": LAYOUT_MIN_MS, "arrowsAtScale": ARROWS_AT_SCALE if n > 1000 else None,
                "view": g.graph.get("view", "direct"), "nodes": n, "edges": m, "labelMinPx": LABEL_MIN_PX,
                "articles": items["articles"], "focus": g.graph.get("focus"), "hops": g.graph.get("hops", 1),
                "relayoutIterations": RELAYOUT_ITERATIONS, "timelineMax": TIMELINE_MAX}
    net = Network(height="100%", width="100%", directed=True, heading=title or default_title(g),
                  cdn_resources="in_line")
    net.nodes = items["nodes"]  # set directly: add_edge scans every edge, too slow for big graphs
    net.edges = items["edges"]
    net.options = vis_options(n, m)
    net.path = "page.html"
    net.templateEnv = _environment({
        "vis_js": Markup(assets["vis_js"]), "vis_css": Markup(assets["vis_css"]),
        "page_js": Markup(assets["page_js"]),
        "script_hashes": " ".join(_csp_hash(assets[k]) for k in ("vis_js", "page_js")),
        "legend": items["legend"], "relations": items["relations"], "settings": settings,
        "timeline": items["timeline"],
        "view_name": VIEW_NAMES.get(settings["view"], settings["view"]), "other_view":
            "events" if settings["view"] == "direct" else "direct",
        "kg_version": __version__, "node_count": n, "edge_count": m,
    })
    return net.generate_html(name="graph.html")


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
    html = render_html(g, title=title)
    atomic_write_text(output, html)
    return VizResult(path=output, view=g.graph["view"], nodes=g.number_of_nodes(), edges=g.number_of_edges(),
                     seconds=time.perf_counter() - start)
