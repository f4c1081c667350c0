/* kg viz: the page logic (kg's own code; vis-network comes from the pyvis package).
 * The graph arrives as JSON blocks. Every string from the graph is shown with
 * textContent or handed to vis-network, which draws labels on a canvas and shows
 * string tooltips with innerText: nothing is ever parsed as HTML.
 * window.kg.ready turns true once the layout has stopped and the graph is drawn; the body's
 * data-ready attribute, once the timeline is drawn too.
 */
(function () {
  "use strict";

  function el(id) { return document.getElementById(id); }
  function readJSON(id) { return JSON.parse(el(id).textContent); }

  var started = performance.now();
  var nodeList = readJSON("kg-nodes");
  var edgeList = readJSON("kg-edges");
  var options = readJSON("kg-options");
  var settings = readJSON("kg-settings");
  var timeline = readJSON("kg-timeline-items");
  var table = readJSON("kg-sources");
  var parsed = performance.now();

  var nodeById = {}, edgeById = {}, edgesOf = {};
  nodeList.forEach(function (n) {
    nodeById[n.id] = n;
    edgesOf[n.id] = [];
    n.kgSearch = [n.kgName].concat(n.kgAliases || [], [n.id]).join("\n").toLowerCase();
  });
  edgeList.forEach(function (e) {
    edgeById[e.id] = e;
    edgesOf[e.from].push(e);
    if (e.to !== e.from) { edgesOf[e.to].push(e); }
  });

  // --- the text of tooltips and details, written here from the nodes, the edges and the table of sources
  var T = settings.text, symmetric = {};
  settings.symmetric.forEach(function (r) { symmetric[r] = true; });
  function source(i) {
    var row = table.sources[i], a = row[1] === null ? [null, null, null, null, null] : table.articles[row[1]];
    return { sentence: row[0] === null ? null : table.sentences[row[0]], article: a[0], headline: a[1],
             sourceFile: a[2], published: a[3], url: a[4], method: row[2], confidence: row[3], rule: row[4] };
  }
  function sourcesOf(x) { return (x.kgSrc || []).map(source); }
  function cut(text, limit) {
    text = String(text).split(/\s+/).filter(Boolean).join(" ");
    return text.length <= limit ? text : text.slice(0, limit - 1) + "…";
  }
  function num(x, digits) {  // as Python prints round(x, digits): 1.0, 0.85
    var r = Math.round(x * Math.pow(10, digits)) / Math.pow(10, digits);
    return Number.isInteger(r) ? r.toFixed(1) : String(r);
  }
  function present(list) { return list.filter(function (x) { return x !== null && x !== undefined && x !== ""; }); }
  function more(n, what) { return "… and " + n + " more " + what + " (click for all)"; }
  function factText(e) {
    return nodeById[e.from].kgName + " —" + e.label + (symmetric[e.relation] ? "—" : "→") + " " + nodeById[e.to].kgName;
  }
  function sourceLines(src) {  // a source in full: the sentence, the article, how
    var lines = [];
    if (src.sentence) { lines.push("  “" + cut(src.sentence, T.sentence) + "”"); }
    if (src.article || src.headline || src.sourceFile) {
      var where = present([src.sourceFile, src.published]).join(", ");
      lines.push("  article: " + cut(src.headline || src.article || "", 160) + (where ? " (" + where + ")" : ""));
      if (src.url) { lines.push("  " + src.url); }
    }
    var how = present([src.method, src.confidence === null ? null : "confidence " + num(src.confidence, 3),
                       src.rule ? "rule " + src.rule : null]);
    if (how.length) { lines.push("  " + how.join(", ")); }
    return lines;
  }
  function shortSource(src) {  // a source in a tooltip: the sentence, then where and how on one line
    var lines = src.sentence ? ["  “" + cut(src.sentence, T.tooltipLine) + "”"] : [];
    var where = cut(src.headline || src.sourceFile || src.article || "", 60);
    var how = present([src.method, src.confidence === null ? null : num(src.confidence, 2)]).join(", ");
    if (where || how) { lines.push("  — " + present([where, src.published, how]).join(" · ")); }
    return lines;
  }
  function factsOf(n) {  // the fact edges of a node: its own first, then those that point to it
    var out = [], into = [];
    edgesOf[n.id].forEach(function (e) {
      if (e.kind === "fact") {
        if (e.from === n.id) { out.push(e); }
        if (e.to === n.id) { into.push(e); }
      }
    });
    return out.concat(into);
  }
  function rolesOf(n) {
    return edgesOf[n.id].filter(function (e) { return e.kind === "role" && e.from === n.id; })
      .map(function (e) { return [e.label, nodeById[e.to].kgName]; })
      .sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0; });
  }
  function infoOf(n, key) {
    var found = (n.kgInfo || []).filter(function (kv) { return kv[0] === key; });
    return found.length ? found[0][1] : null;
  }
  function nodeTitle(n) {  // short: name, type, the first sources or facts, and how many more
    var head = [n.kgTypeLabel].concat((n.kgIds || []).slice(0, 1).map(function (p) { return p[0] + " " + p[1]; }));
    var date = infoOf(n, "date");
    if (date) { head.push(String(date)); }
    var lines = [n.kgName, head.join(" · ")];
    if (n.kgKind === "event") {
      var roles = rolesOf(n);
      if (roles.length) { lines.push(cut(roles.map(function (r) { return r[0] + ": " + r[1]; }).join("; "), T.tooltipLine)); }
      var sources = sourcesOf(n);
      sources.slice(0, T.tooltipItems).forEach(function (src) { lines = lines.concat(shortSource(src)); });
      if (sources.length > T.tooltipItems) { lines.push(more(sources.length - T.tooltipItems, "sources")); }
      return lines.join("\n");
    }
    var facts = factsOf(n);
    facts.slice(0, T.tooltipItems).forEach(function (e) {
      lines.push("• " + cut(factText(e), T.tooltipLine));
      var first = (e.kgSrc || []).length ? source(e.kgSrc[0]) : null;
      if (first && first.sentence) { lines.push("  “" + cut(first.sentence, T.tooltipLine) + "”"); }
    });
    if (facts.length > T.tooltipItems) { lines.push(more(facts.length - T.tooltipItems, "facts")); }
    return lines.join("\n");
  }
  function nodeDetails(n) {  // everything: type, aliases, identifiers, details, then the facts with their sources
    var limit = T.detailItems, lines = [n.kgName, n.kgTypeLabel + " (kgo:" + n.kgType + ")"];
    if (n.kgAliases) { lines.push("aliases: " + n.kgAliases.join(", ")); }
    if (n.kgIds) { lines.push("identifiers: " + n.kgIds.map(function (p) { return p[0] + " " + p[1]; }).join(", ")); }
    (n.kgInfo || []).forEach(function (kv) { lines.push(kv[0] + ": " + kv[1]); });
    lines.push("IRI: " + n.id);
    if (n.kgDescriptions) {
      lines.push("one event told " + n.kgDescriptions.length + " times (" + (n.kgMethod || "") + "):");
      n.kgDescriptions.forEach(function (iri) { lines.push("  " + iri); });
    }
    if (n.kgKind === "event") {
      var roles = rolesOf(n);
      if (roles.length) {
        lines.push("", "participants:");
        roles.forEach(function (r) { lines.push("  " + r[0] + ": " + r[1]); });
      }
      var sources = sourcesOf(n);
      if (sources.length) {
        lines.push("", "read in " + sources.length + " source(s):");
        sources.slice(0, limit).forEach(function (src) { lines = lines.concat(sourceLines(src)); });
        if (sources.length > limit) { lines.push("  … and " + (sources.length - limit) + " more"); }
      }
    }
    var facts = factsOf(n);
    if (facts.length) {
      lines.push("", "facts (" + facts.length + "):");
      facts.slice(0, limit).forEach(function (e, i) {
        lines.push("• " + factText(e));
        var first = (e.kgSrc || []).length ? source(e.kgSrc[0]) : null;
        if (i < T.detailSentences && first && first.sentence) { lines.push("  “" + cut(first.sentence, 200) + "”"); }
      });
      if (facts.length > limit) { lines.push("… and " + (facts.length - limit) + " more (see the edges)"); }
    }
    return lines.join("\n");
  }
  function edgeDetails(e) {  // the fact, then every source
    var lines = [factText(e)];
    if (e.kind === "role") {
      lines.push("role kgo:" + e.relation + " of the " + (nodeById[e.from].kgTypeLabel || "event"));
      return lines.join("\n");
    }
    lines.push("kgo:" + e.relation + (e.kgMethod ? ", " + e.kgMethod : "") +
               (e.kgConf === null || e.kgConf === undefined ? "" : ", confidence " + num(e.kgConf, 3)));
    var sources = sourcesOf(e), limit = T.detailItems;
    if (sources.length) {
      lines.push("", "sources (" + sources.length + "):");
      sources.slice(0, limit).forEach(function (src) { lines = lines.concat(sourceLines(src)); });
      if (sources.length > limit) { lines.push("  … and " + (sources.length - limit) + " more"); }
    }
    return lines.join("\n");
  }
  function edgeTitle(e) {  // short: the fact, how sure, the first sources and how many more
    if (e.kind === "role") { return edgeDetails(e); }
    var head = present([e.kgMethod, e.kgConf === null || e.kgConf === undefined ? null : "confidence " + num(e.kgConf, 2)]);
    var lines = [cut(factText(e), T.tooltipLine)].concat(head.length ? [head.join(", ")] : []);
    var sources = sourcesOf(e);
    sources.slice(0, T.tooltipItems).forEach(function (src) { lines = lines.concat(shortSource(src)); });
    if (sources.length > T.tooltipItems) { lines.push(more(sources.length - T.tooltipItems, "sources")); }
    return lines.join("\n");
  }
  nodeList.forEach(function (n) { n.title = nodeTitle(n); });  // vis-network shows string titles with innerText
  edgeList.forEach(function (e) { e.title = edgeTitle(e); });

  var nodes = new vis.DataSet(nodeList);
  var edges = new vis.DataSet(edgeList);
  var state = { ready: false, timings: { script: started, parsed: parsed }, nodes: nodes, edges: edges,
                settings: settings, timeline: timeline };
  window.kg = state;
  state.titleOf = function (kind, id) { return kind === "node" ? nodeById[id].title : edgeById[id].title; };

  function setText(id, text) { el(id).textContent = text; }

  // --- the network, with a bounded layout: stabilise, then stop physics
  var network = new vis.Network(el("mynetwork"), { nodes: [], edges: [] }, options);
  window.network = network;  // as in pyvis pages: network.body.data.nodes is the node DataSet

  var layout = { start: null, running: false, done: null };
  state.layout = { iterations: 0, target: 0, stoppedEarly: false, progress: [], runs: 0 };
  network.on("stabilizationProgress", function (p) {
    var now = performance.now();
    if (layout.start === null) { layout.start = now; if (!state.timings.layout) { state.timings.layout = now; } }
    state.layout.iterations = p.iterations;
    state.layout.target = p.total;
    state.layout.progress.push([p.iterations, Math.round(now - layout.start)]);
    setText("kg-status", "laying out… " + Math.round(100 * p.iterations / Math.max(p.total, 1)) + "%");
    // stop at the budget, or (the first time) at the page's deadline counted from navigation once some layout is done
    var spent = now - layout.start;
    var late = state.layout.runs === 1 && now > settings.layoutDeadlineMs && spent > settings.layoutMinMs;
    if ((spent > settings.layoutBudgetMs || late) && p.iterations < p.total) {
      state.layout.stoppedEarly = true;
      network.stopSimulation();
    }
  });
  network.on("stabilizationIterationsDone", function () {
    network.stopSimulation();
    network.setOptions({ physics: { enabled: false } });
    layout.running = false;
    var done = layout.done;
    layout.done = null;
    if (done) { done(); }
  });

  function runLayout(iterations, done) {
    layout.start = null;
    layout.running = true;
    layout.done = done;
    state.layout.runs += 1;
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(iterations);
  }

  function frame(then) {
    network.fit();
    if (nodeList.length) {  // fit() frames the nodes, not their labels: leave the labels some room
      network.moveTo({ scale: network.getScale() * 0.9 });
    }
    syncArrows(network.getScale());
    network.once("afterDrawing", function () { setText("kg-status", ""); if (then) { then(); } });
    network.redraw();
  }

  function finish() {
    state.timings.finish = performance.now();
    network.setOptions({ physics: { enabled: false } });
    state.timings.physicsOff = performance.now();
    frame(function () {
      state.timings.settled = performance.now();
      state.ready = true;
      setTimeout(function () {  // then the timeline; the page is ready once it is drawn too
        buildTimeline();
        state.timings.timeline = performance.now();
        document.body.setAttribute("data-ready", "true");
      }, 0);
    });
  }

  var physics = options.physics && options.physics.enabled;
  state.timings.data = performance.now();
  if (physics) {
    layout.done = function () { state.timings.stabilized = performance.now(); finish(); };
    layout.running = true;
    state.layout.runs = 1;
  }
  network.setData({ nodes: nodes, edges: edges });
  state.timings.network = performance.now();
  if (!physics) { finish(); }
  if (!nodeList.length) { setText("kg-counts", "nothing to show: no node matches the filters"); }

  // --- big graphs: arrow heads only when zoomed in far enough to see them
  var arrows = !settings.arrowsAtScale;
  function syncArrows(scale) {
    if (!settings.arrowsAtScale) { return; }
    var want = scale >= settings.arrowsAtScale;
    if (want !== arrows) {
      arrows = want;
      network.setOptions({ edges: { arrows: { to: { enabled: want } } } });
    }
  }
  network.on("zoom", function (p) { syncArrows(p.scale); });

  // --- what is shown: classes, relations, the filters, and the focus
  var hiddenTypes = {}, hiddenRelations = {};
  var filters = { from: "", to: "", article: "", minConf: 0, method: "all" };
  var focus = null;  // null, or {center: id, hops: n, shown: {id: true}}
  var shownNodes = {}, shownEdges = {};
  nodeList.forEach(function (n) { shownNodes[n.id] = true; });
  edgeList.forEach(function (e) { shownEdges[e.id] = true; });

  function dataFiltered() {
    return !!(filters.from || filters.to || filters.article || filters.minConf > 0 || filters.method !== "all");
  }
  // events and facts: the filters read their dates, articles, confidence and curated/extracted
  function passes(x) {
    if (filters.from || filters.to) {
      var dates = x.kgDates || [];
      var inRange = dates.some(function (d) {
        return (!filters.from || d >= filters.from) && (!filters.to || d <= filters.to);
      });
      if (!inRange) { return false; }
    }
    if (filters.article && (x.kgArticles || []).indexOf(filters.article) < 0) { return false; }
    if (filters.minConf > 0 && x.kgConf !== null && x.kgConf !== undefined && x.kgConf < filters.minConf) {
      return false;
    }
    if (filters.method !== "all") {
      var m = x.kgMethods || [];
      var cur = m.indexOf("curated") >= 0, ext = m.indexOf("extracted") >= 0;
      if ((filters.method === "curated" && !cur) || (filters.method === "extracted" && !ext) ||
          (filters.method === "both" && !(cur && ext))) { return false; }
    }
    return true;
  }

  // which nodes and edges pass, ignoring the focus; a node left without edges is not shown
  function compute(useFocus) {
    var nodeOk = {}, edgeOk = {}, degree = {};
    nodeList.forEach(function (n) {
      nodeOk[n.id] = !hiddenTypes[n.kgType] && (n.kgKind !== "event" || passes(n)) &&
        (!useFocus || !focus || !!focus.shown[n.id]);
      degree[n.id] = 0;
    });
    edgeList.forEach(function (e) {
      var ok = !hiddenRelations[e.relation] && nodeOk[e.from] && nodeOk[e.to] && (e.kind === "role" || passes(e));
      edgeOk[e.id] = ok;
      if (ok) { degree[e.from] += 1; degree[e.to] += 1; }
    });
    var filtered = dataFiltered() || Object.keys(hiddenRelations).length > 0 || Object.keys(hiddenTypes).length > 0;
    var shown = {};
    nodeList.forEach(function (n) {
      shown[n.id] = nodeOk[n.id] && (degree[n.id] > 0 || (n.kgDegree === 0 && !filtered) ||
                                     (useFocus && focus !== null && focus.center === n.id));
    });
    return { nodes: shown, edges: edgeOk };
  }

  function apply() {
    var c = compute(true);
    var nodeChanges = [], edgeChanges = [];
    nodeList.forEach(function (n) {
      if (c.nodes[n.id] !== shownNodes[n.id]) { nodeChanges.push({ id: n.id, hidden: !c.nodes[n.id] }); }
    });
    edgeList.forEach(function (e) {
      var show = c.edges[e.id] && c.nodes[e.from] && c.nodes[e.to];
      if (show !== shownEdges[e.id]) { edgeChanges.push({ id: e.id, hidden: !show }); }
      shownEdges[e.id] = show;
    });
    shownNodes = c.nodes;
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    updateCounts();
    updateTimeline();
  }
  state.apply = apply;

  // --- counts of what is visible
  function visibleNodes() {
    return nodes.get({ filter: function (n) { return !n.hidden; } }).length;
  }
  function visibleEdges() {
    return edges.get({
      filter: function (e) {
        if (e.hidden) { return false; }
        var a = nodes.get(e.from), b = nodes.get(e.to);
        return a && b && !a.hidden && !b.hidden;
      }
    }).length;
  }
  function updateCounts() {
    setText("kg-counts", visibleNodes() + " of " + nodes.length + " nodes, " +
      visibleEdges() + " of " + edges.length + " edges shown");
  }
  state.visibleNodes = visibleNodes;
  state.visibleEdges = visibleEdges;
  state.isShown = function (id) { return !!shownNodes[id]; };

  // --- class and relation check boxes
  function bindBoxes(attr, hidden) {
    Array.prototype.forEach.call(document.querySelectorAll("input[" + attr + "]"), function (box) {
      box.addEventListener("change", function () {
        var value = box.getAttribute(attr);
        if (box.checked) { delete hidden[value]; } else { hidden[value] = true; }
        apply();
      });
    });
  }
  bindBoxes("data-type", hiddenTypes);
  bindBoxes("data-relation", hiddenRelations);

  // --- the filters
  function readFilters() {
    filters.from = el("kg-from").value;
    filters.to = el("kg-to").value;
    filters.article = el("kg-article").value;
    filters.minConf = parseFloat(el("kg-conf").value) || 0;
    filters.method = el("kg-method").value;
    setText("kg-conf-value", "≥ " + filters.minConf);
    apply();
  }
  ["kg-from", "kg-to", "kg-article", "kg-conf", "kg-method"].forEach(function (id) {
    el(id).addEventListener("change", readFilters);
    el(id).addEventListener("input", readFilters);
  });
  settings.articles.forEach(function (a) {  // the article list, as text
    var option = document.createElement("option");
    option.value = a.id;
    option.textContent = a.label;
    el("kg-article").appendChild(option);
  });
  var dated = timeline.map(function (t) { return t.date; });
  if (dated.length) {  // the date pickers open on the span of the events
    ["kg-from", "kg-to"].forEach(function (id) { el(id).min = dated[0]; el(id).max = dated[dated.length - 1]; });
  }

  // --- details panel: everything about what was clicked
  function showDetails(text) { setText("kg-details", text || ""); }
  function detailsOf(kind, id) {
    var item = kind === "node" ? nodeById[id] : edgeById[id];
    return item ? (kind === "node" ? nodeDetails(item) : edgeDetails(item)) : "";
  }
  state.detailsOf = detailsOf;

  // --- explore: focus on a node with a number of hops, and expand a node's neighbours on click
  function neighbours(id, c) {
    var out = [];
    edgesOf[id].forEach(function (e) {
      if (c.edges[e.id]) { out.push(e.from === id ? e.to : e.from); }
    });
    return out;
  }
  function focusOn(id, hops) {
    if (!nodeById[id]) { return false; }
    var c = compute(false);
    var shown = {}, frontier = [id];
    shown[id] = true;
    for (var h = 0; h < hops && frontier.length; h++) {
      var next = [];
      frontier.forEach(function (n) {
        neighbours(n, c).forEach(function (m) { if (!shown[m]) { shown[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    focus = { center: id, hops: hops, shown: shown };
    apply();
    network.selectNodes([id]);
    setText("kg-explore-status", "Focus: " + nodeById[id].kgName + ", " + hops + " hop" + (hops === 1 ? "" : "s") +
            ". Click a node to expand its neighbours.");
    frame();
    return true;
  }
  function expand(id) {
    if (!focus) { return 0; }
    var c = compute(false), added = 0;
    neighbours(id, c).forEach(function (m) { if (!focus.shown[m]) { focus.shown[m] = true; added += 1; } });
    if (added) {
      var at = network.getPosition(id), fresh = [];
      Object.keys(focus.shown).forEach(function (m) { if (!shownNodes[m]) { fresh.push(m); } });
      fresh.forEach(function (m, i) {  // new neighbours start around the node they came from
        var angle = 2 * Math.PI * i / fresh.length;
        network.moveNode(m, at.x + 160 * Math.cos(angle), at.y + 160 * Math.sin(angle));
      });
      apply();
    }
    setText("kg-explore-status", "Expanded " + nodeById[id].kgName + ": " + added + " more node" +
            (added === 1 ? "" : "s") + ".");
    return added;
  }
  function showAll() {
    focus = null;
    apply();
    setText("kg-explore-status", "Select a node, then Focus. In focus, click a node to expand its neighbours.");
    frame();
  }
  state.focusOn = focusOn;
  state.expand = expand;
  state.showAll = showAll;
  el("kg-focus").addEventListener("click", function () {
    var selected = network.getSelectedNodes();
    if (!selected.length) { setText("kg-explore-status", "Select a node first (click it, or find it by name)."); return; }
    focusOn(selected[0], Math.max(0, parseInt(el("kg-hops").value, 10) || 0));
  });
  el("kg-all").addEventListener("click", showAll);

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (focus) { expand(id); }
      showDetails(detailsOf("node", id));
      markTimeline(id);
    } else if (params.edges.length) {
      showDetails(detailsOf("edge", params.edges[0]));
    }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { focusOn(params.nodes[0], Math.max(0, parseInt(el("kg-hops").value, 10) || 0)); }
  });

  // --- re-layout, fit, and the view as a PNG
  function relayout(then) {
    setText("kg-status", "laying out…");
    runLayout(Math.min(settings.relayoutIterations || 300, options.physics.stabilization.iterations),
              function () { frame(then); });
  }
  state.relayout = relayout;
  el("kg-relayout").addEventListener("click", function () { relayout(); });
  el("kg-fit").addEventListener("click", function () { frame(); });

  function pngURL() {
    var source = el("mynetwork").querySelector("canvas");
    var canvas = document.createElement("canvas");
    canvas.width = source.width;
    canvas.height = source.height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, 0);
    return canvas.toDataURL("image/png");
  }
  state.pngURL = pngURL;
  el("kg-png").addEventListener("click", function () {
    var link = document.createElement("a");
    link.download = "kg-" + settings.view + ".png";
    link.href = pngURL();
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // --- the timeline: events on a date axis; a click selects the event in the graph
  function day(d) { var p = d.split("-"); return Date.UTC(+p[0], (+p[1] || 1) - 1, +p[2] || 1); }
  var tlItems = el("kg-tl-items"), tlMarks = {}, tlScale = null, tlSelected = null;
  var TL_MAX = settings.timelineMax || 2000;  // marks drawn at most; more are sampled evenly over time
  function buildTimeline() {
    if (!timeline.length) {
      setText("kg-tl-title", "Timeline: no dated events in this view");
      return;
    }
    var lo = day(timeline[0].date), hi = day(timeline[timeline.length - 1].date);
    var pad = Math.max((hi - lo) * 0.03, 86400000 * 15);
    lo -= pad; hi += pad;
    tlScale = function (d) { return 100 * (day(d) - lo) / (hi - lo); };
    // ticks: years, or months when the events span less than three years
    var axis = el("kg-tl-axis"), first = new Date(lo), last = new Date(hi);
    var months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    var step = months > 36 ? 12 * Math.ceil(months / 12 / 10) : Math.max(1, Math.ceil(months / 10));
    var y = first.getUTCFullYear(), m = months > 36 ? 0 : first.getUTCMonth();
    for (var t = Date.UTC(y, m + 1, 1); t <= hi; ) {
      var d = new Date(t);
      if (t >= lo) {
        var tick = document.createElement("span");
        tick.className = "tl-tick";
        tick.style.left = (100 * (t - lo) / (hi - lo)) + "%";
        tick.textContent = months > 36 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7);
        axis.appendChild(tick);
      }
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
      if (months > 36 && d.getUTCMonth() !== 0) { t = Date.UTC(d.getUTCFullYear() + 1, 0, 1); }
    }
    updateTimeline();
  }
  // the marks of the events shown (the filters apply), drawn again after each change
  function updateTimeline() {
    if (!tlScale) { return; }
    var shown = timeline.filter(function (t) {
      return t.edges.length ? t.edges.some(function (e) { return shownEdges[e]; })
        : t.nodes.some(function (n) { return shownNodes[n]; });
    });
    var drawn = shown;
    if (shown.length > TL_MAX) {
      drawn = [];
      for (var i = 0; i < TL_MAX; i++) { drawn.push(shown[Math.floor(i * shown.length / TL_MAX)]); }
    }
    tlItems.textContent = "";
    tlMarks = {};
    var lanes = [], maxLanes = 6, fragment = document.createDocumentFragment();
    drawn.forEach(function (t) {
      var at = tlScale(t.date), lane = 0;
      while (lane < maxLanes - 1 && lanes[lane] !== undefined && at - lanes[lane] < 1.2) { lane += 1; }
      lanes[lane] = at;
      var mark = document.createElement("button");
      mark.type = "button";
      mark.className = "tl-item" + (t.id === tlSelected ? " selected" : "");
      mark.style.left = at + "%";
      mark.style.top = (10 + lane * 14) + "px";
      mark.style.background = t.color;
      mark.title = t.date + "  " + t.label;
      mark.setAttribute("aria-label", t.date + " " + t.label);
      mark.setAttribute("data-id", t.id);
      mark.addEventListener("click", function () { selectFromTimeline(t); });
      fragment.appendChild(mark);
      tlMarks[t.id] = { mark: mark, item: t };
    });
    tlItems.appendChild(fragment);
    var n = function (x) { return x.toLocaleString("en"); };
    setText("kg-tl-title", "Timeline: " + n(shown.length) + " event" + (shown.length === 1 ? "" : "s") +
            (drawn.length < shown.length ? " (" + n(drawn.length) + " drawn: filter by date or article for all)" : ""));
  }
  function markTimeline(id) {
    tlSelected = id;
    Object.keys(tlMarks).forEach(function (k) { tlMarks[k].mark.classList.toggle("selected", k === id); });
  }
  function selectFromTimeline(t) {
    network.setSelection({ nodes: t.nodes, edges: t.edges }, { highlightEdges: false });
    markTimeline(t.id);
    var center = t.edges.length ? null : t.nodes[0];
    if (center) {
      showDetails(detailsOf("node", center));
      network.focus(center, { scale: Math.max(network.getScale(), 1.0), animation: false });
    } else {
      showDetails(t.edges.map(function (e) { return detailsOf("edge", e); }).join("\n\n"));
      network.fit({ nodes: t.nodes, animation: false });
      if (network.getScale() > 1.5) { network.moveTo({ scale: 1.5 }); }
    }
    syncArrows(network.getScale());
  }
  state.selectFromTimeline = function (id) { selectFromTimeline(tlMarks[id].item); };


  // --- search box
  var search = el("kg-search");
  var namesFilled = false;
  function fillNames() {
    if (namesFilled) { return; }
    namesFilled = true;
    var seen = {};
    var list = el("kg-names");
    nodeList.forEach(function (n) {
      if (!seen[n.kgName]) {
        seen[n.kgName] = true;
        var option = document.createElement("option");
        option.value = n.kgName;
        list.appendChild(option);
      }
    });
  }
  search.addEventListener("focus", fillNames);

  var hits = [], hitIndex = -1, lastQuery = null;
  function find(query) {
    var q = (query || "").trim().toLowerCase();
    if (!q) { setText("kg-search-status", ""); return null; }
    if (q !== lastQuery) {
      lastQuery = q;
      hitIndex = -1;
      hits = nodeList.filter(function (n) { return n.kgSearch.indexOf(q) >= 0; });
      hits.sort(function (a, b) {
        var ea = a.kgName.toLowerCase() === q ? 0 : 1, eb = b.kgName.toLowerCase() === q ? 0 : 1;
        return ea - eb || a.kgName.localeCompare(b.kgName);
      });
    }
    var shown = hits.filter(function (n) { return !nodes.get(n.id).hidden; });
    if (!shown.length) {
      setText("kg-search-status", "no match");
      network.unselectAll();
      return null;
    }
    hitIndex = (hitIndex + 1) % shown.length;
    var id = shown[hitIndex].id;
    network.selectNodes([id]);
    var scale = Math.max(network.getScale(), 1.0);
    syncArrows(scale);
    network.focus(id, { scale: scale, animation: { duration: 250 } });
    showDetails(detailsOf("node", id));
    markTimeline(id);
    setText("kg-search-status", (hitIndex + 1) + " of " + shown.length);
    return id;
  }
  state.find = find;
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); find(search.value); }
  });
  el("kg-find").addEventListener("click", function () { find(search.value); });
})();
