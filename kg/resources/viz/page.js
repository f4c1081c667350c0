/* kg viz: the page logic (kg's own code; vis-network comes from the pyvis package).
 * The graph arrives as JSON blocks. Every string from the graph is shown with
 * textContent or handed to vis-network, which draws labels on a canvas and shows
 * string tooltips with innerText: nothing is ever parsed as HTML.
 * window.kg.ready turns true once the layout has stopped and the graph is drawn.
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
  var parsed = performance.now();
  var nodes = new vis.DataSet(nodeList);
  var edges = new vis.DataSet(edgeList);
  var state = { ready: false, timings: { script: started, parsed: parsed }, nodes: nodes, edges: edges,
                settings: settings };
  window.kg = state;

  function setText(id, text) { el(id).textContent = text; }

  // --- the network, with a bounded layout: stabilise, then stop physics
  var network = new vis.Network(el("mynetwork"), { nodes: [], edges: [] }, options);
  window.network = network;  // as in pyvis pages: network.body.data.nodes is the node DataSet

  function finish() {
    state.timings.finish = performance.now();
    network.setOptions({ physics: { enabled: false } });
    state.timings.physicsOff = performance.now();
    if (nodeList.length) {  // fit() frames the nodes, not their labels: leave the labels some room
      network.moveTo({ scale: network.getScale() * 0.9 });
    }
    network.once("afterDrawing", function () {
      state.timings.settled = performance.now();
      state.ready = true;
      document.body.setAttribute("data-ready", "true");
      setText("kg-status", "");
    });
    network.redraw();
  }

  var physics = options.physics && options.physics.enabled;
  if (physics) {
    var layoutStart = null;
    state.layout = { iterations: 0, target: 0, stoppedEarly: false, progress: [] };
    network.on("stabilizationProgress", function (p) {
      var now = performance.now();
      if (layoutStart === null) { layoutStart = now; state.timings.layout = now; }
      state.layout.iterations = p.iterations;
      state.layout.target = p.total;
      state.layout.progress.push([p.iterations, Math.round(now - layoutStart)]);
      setText("kg-status", "laying out… " + Math.round(100 * p.iterations / Math.max(p.total, 1)) + "%");
      // stop at the budget, or at the page's deadline (counted from navigation) once some layout is done
      var spent = now - layoutStart;
      var late = now > settings.layoutDeadlineMs && spent > settings.layoutMinMs;
      if ((spent > settings.layoutBudgetMs || late) && p.iterations < p.total) {
        state.layout.stoppedEarly = true;
        network.stopSimulation();
      }
    });
    network.once("stabilizationIterationsDone", function () {
      state.timings.stabilized = performance.now();
      network.stopSimulation();
      finish();
    });
  }
  state.timings.data = performance.now();
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

  // --- filters: classes (the legend) and relations
  function bindFilter(attr, dataset, list, field) {
    var boxes = document.querySelectorAll("input[" + attr + "]");
    Array.prototype.forEach.call(boxes, function (box) {
      box.addEventListener("change", function () {
        var value = box.getAttribute(attr);
        var changes = [];
        list.forEach(function (item) {
          if (item[field] === value) { changes.push({ id: item.id, hidden: !box.checked }); }
        });
        dataset.update(changes);
        updateCounts();
      });
    });
  }
  bindFilter("data-type", nodes, nodeList, "kgType");
  bindFilter("data-relation", edges, edgeList, "relation");

  // --- details panel
  function showDetails(text) { setText("kg-details", text || ""); }
  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(nodes.get(params.nodes[0]).title);
    } else if (params.edges.length) {
      showDetails(edges.get(params.edges[0]).title);
    }
  });

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
    showDetails(nodes.get(id).title);
    setText("kg-search-status", (hitIndex + 1) + " of " + shown.length);
    return id;
  }
  state.find = find;
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); find(search.value); }
  });
  el("kg-find").addEventListener("click", function () { find(search.value); });
  el("kg-fit").addEventListener("click", function () { network.fit(); });
})();
