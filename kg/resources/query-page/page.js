// The query page of `kg serve`: runs the editor's query against the endpoint beside the page,
// shows the rows in a table and offers the results for download. No inline script, no other origin.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("kg-config").textContent);
  const endpoint = new URL("sparql", document.baseURI).href;
  const SELECT_DOWNLOADS = [["CSV", "text/csv", "csv"], ["TSV", "text/tab-separated-values", "tsv"],
                            ["JSON", "application/sparql-results+json", "srj"], ["XML", "application/sparql-results+xml", "srx"]];
  const GRAPH_DOWNLOADS = [["Turtle", "text/turtle", "ttl"], ["N-Triples", "application/n-triples", "nt"],
                           ["JSON-LD", "application/ld+json", "jsonld"], ["RDF/XML", "application/rdf+xml", "rdf"]];
  const $ = (id) => document.getElementById(id);
  let editor = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const child of children) node.append(child);
    return node;
  }

  // "https://kg.example.org/id/country/BY" -> "country:BY" with the longest matching namespace.
  const namespaces = Object.entries(config.prefixes).sort((a, b) => b[1].length - a[1].length);
  function shorten(iri) {
    for (const [name, ns] of namespaces) {
      if (iri.startsWith(ns) && /^[\p{L}\p{N}_.\-]*$/u.test(iri.slice(ns.length))) return `${name}:${iri.slice(ns.length)}`;
    }
    return `<${iri}>`;
  }

  function cell(term) {
    if (!term) return el("td", {});
    if (term.type === "uri") return el("td", {title: term.value}, el("span", {class: "iri"}, shorten(term.value)));
    if (term.type === "bnode") return el("td", {}, `_:${term.value}`);
    const td = el("td", {}, term.value);
    if (term["xml:lang"]) td.append(el("span", {class: "lang"}, `@${term["xml:lang"]}`));
    else if (term.datatype && !term.datatype.endsWith("#string")) {
      td.append(el("span", {class: "type", title: term.datatype}, shorten(term.datatype)));
    }
    return td;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = false;
    document.body.dataset.state = "error";
  }

  function showTable(data) {
    const vars = data.head.vars || [];
    const rows = data.results.bindings;
    const head = el("tr", {}, el("th", {}, "#"), ...vars.map((v) => el("th", {}, `?${v}`)));
    const body = el("tbody", {});
    rows.forEach((row, i) => body.append(el("tr", {}, el("td", {class: "n"}, String(i + 1)), ...vars.map((v) => cell(row[v])))));
    $("results").replaceChildren(el("table", {id: "result-table"}, el("thead", {}, head), body));
    return rows.length;
  }

  async function post(query, accept) {
    return fetch(endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
      body: new URLSearchParams({query}).toString(),
    });
  }

  function offerDownloads(kind) {
    const box = $("downloads");
    box.replaceChildren("Download:");
    for (const [label, media, ext] of kind === "graph" ? GRAPH_DOWNLOADS : SELECT_DOWNLOADS) {
      const button = el("button", {type: "button", "data-format": ext}, label);
      button.addEventListener("click", () => download(media, ext, button));
      box.append(" ", button);
    }
    box.hidden = false;
  }

  async function download(media, ext, button) {
    button.disabled = true;
    try {
      const response = await post(KgEditor.getText(editor), media);
      if (!response.ok) return showError(`HTTP ${response.status}: ${await response.text()}`);
      const url = URL.createObjectURL(await response.blob());
      const link = el("a", {href: url, download: `results.${ext}`});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) {
      showError(`The download failed: ${err.message}`);
    } finally {
      button.disabled = false;
    }
  }

  async function run() {
    const query = KgEditor.getText(editor);
    const button = $("run");
    button.disabled = true;
    $("error").hidden = true;
    $("status").textContent = "Running…";
    document.body.dataset.state = "running";
    const started = performance.now();
    try {
      const response = await post(query, "application/sparql-results+json, text/turtle;q=0.9");
      const ms = Math.round(performance.now() - started);
      const type = (response.headers.get("Content-Type") || "").split(";")[0];
      if (!response.ok) {
        $("status").textContent = "";
        $("results").replaceChildren();
        $("downloads").hidden = true;
        return showError(`HTTP ${response.status}: ${(await response.text()).trim()}`);
      }
      if (type === "application/sparql-results+json") {
        const data = await response.json();
        if (typeof data.boolean === "boolean") {
          $("results").replaceChildren(el("p", {class: "ask", id: "ask-result"}, `ASK: ${data.boolean}`));
          $("status").textContent = `answered in ${ms} ms`;
        } else {
          const n = showTable(data);
          $("status").textContent = `${n} row${n === 1 ? "" : "s"} in ${ms} ms`;
        }
        offerDownloads("select");
      } else {
        const text = await response.text();
        $("results").replaceChildren(el("pre", {class: "graph", id: "graph-result"}, text));
        $("status").textContent = `graph in ${ms} ms`;
        offerDownloads("graph");
      }
      document.body.dataset.state = "done";
    } catch (err) {
      $("status").textContent = "";
      showError(`The endpoint did not answer: ${err.message}`);
    } finally {
      button.disabled = false;
    }
  }

  function start() {
    $("endpoint-url").textContent = endpoint;
    $("kg-version").textContent = config.version;
    const nonce = document.querySelector("meta[name=kg-style-nonce]").content;  // lets the editor's style sheet in
    editor = KgEditor.create($("editor"), {doc: $("initial-query").value, prefixes: config.prefixes, onRun: run, nonce});
    const select = $("examples");
    for (const example of config.examples) {
      select.append(el("option", {value: example.name, title: example.question}, `${example.name}: ${example.question}`));
    }
    select.addEventListener("change", () => {
      const example = config.examples.find((e) => e.name === select.value);
      if (example) KgEditor.setText(editor, example.text);
    });
    $("run").addEventListener("click", run);
    window.kgPage = {editor, run};
    document.body.dataset.ready = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
