"""SPARQL over the built graph, an on-disk store or a remote endpoint, and the saved queries.

Queries run on Oxigraph (pyoxigraph), not rdflib's engine, which is 30-60x
slower on joins and aggregates at a million triples. A query is given inline,
read from a file, or named from the saved library in ``kg/resources/queries``
(one ``.rq`` file per question, opening with ``# Question: ...``).

Data live in named graphs only; the saved queries use ``GRAPH`` patterns so
their answers do not depend on whether a server treats the default graph as
the union of the named graphs.

>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("https://kg.example.org/id/US"), KGO_NODE("sanctionsLiftedOn"),
...                   ox.NamedNode("https://kg.example.org/id/Belarus"), ox.NamedNode("https://kg.example.org/graph/g")))
>>> result = run(store, "SELECT ?who WHERE { GRAPH ?g { ?who kgo:sanctionsLiftedOn id:Belarus } }")
>>> print(render(result, "table").decode(), end="")
who
-----
id:US
>>> render(result, "json")
b'{"head": {"vars": ["who"]}, "results": {"bindings": [{"who": {"type": "uri", "value": "https://kg.example.org/id/US"}}]}}'
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from kg.config import QUERIES_DIR, Settings
from kg.errors import InputError, QueryError
from kg.views.formats import RdfFormat
from kg.namespaces import KGO, PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
TABLE_CELL_MAX = 80


def KGO_NODE(local: str) -> ox.NamedNode:  # noqa: N802 (reads like the namespace it stands for)
    """The pyoxigraph node of a ``kgo:`` term.

    >>> KGO_NODE("metWith").value
    'https://kg.example.org/ontology#metWith'
    """
    return ox.NamedNode(str(KGO) + local)


def default_prefixes() -> dict[str, str]:
    """Prefixes an inline query may use without declaring them: the project's, plus ``id:`` and ``graph:``.

    Saved queries declare their own, so they run unchanged on any engine.

    >>> default_prefixes()["id"]
    'https://kg.example.org/id/'
    """
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    base = Settings().base_iri  # KG_BASE_IRI, read by the one configuration object
    prefixes["id"] = base + "id/"
    prefixes["graph"] = base + "graph/"
    return prefixes


# --------------------------------------------------------------------------- the saved library


@dataclass(frozen=True)
class SavedQuery:
    """One ``.rq`` file of the saved library."""

    name: str
    question: str
    text: str
    path: Path


def saved_queries(folder: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """The saved queries by name (the file name without ``.rq``), in name order.

    >>> "sanctions-lifted" in saved_queries()
    True
    """
    out: dict[str, SavedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        match = re.match(r"#\s*Question:\s*(.+)", first)
        if not match:
            raise QueryError("a saved query must open with a '# Question: ...' comment", where=f"{path}:1")
        out[path.stem] = SavedQuery(path.stem, match.group(1).strip(), text, path)
    return out


def saved_query(name: str) -> SavedQuery:
    """A saved query by name; an unknown name lists the known ones.

    >>> saved_query("leaders").question
    'Who leads which country or organisation, and according to which article?'
    >>> saved_query("nope")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: --name: no saved query 'nope'; saved queries: ...
    """
    library = saved_queries()
    if name.endswith(".rq"):
        name = name[:-3]
    if name not in library:
        raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(library)}", where="--name")
    return library[name]


def query_text(*, query: str | None = None, file: str | Path | None = None, name: str | None = None) -> tuple[str, str]:
    """The query text and a label for messages, from exactly one of inline text, a file, or a saved name.

    >>> query_text(query="ASK {}")
    ('ASK {}', 'query')
    >>> query_text()
    Traceback (most recent call last):
    ...
    kg.errors.InputError: give a query: inline text, --file FILE or --name NAME (see --list)
    """
    given = [x for x in (query, file, name) if x is not None]
    if len(given) != 1:
        if not given:
            raise InputError("give a query: inline text, --file FILE or --name NAME (see --list)")
        raise InputError("give only one of: inline query, --file, --name")
    if query is not None:
        return query, "query"
    if file is not None:
        path = Path(file)
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except FileNotFoundError as exc:
            raise InputError("query file not found", where=str(path)) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query file: {exc}", where=str(path)) from exc
    saved = saved_query(name)
    return saved.text, str(saved.path)


# --------------------------------------------------------------------------- parameters


def parse_binding(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` from ``--bind`` as a variable name and a SPARQL term.

    ``<iri>``, an ``http(s)://`` or ``urn:`` IRI, or ``prefix:local`` with a
    known prefix become IRIs; ``"..."``, numbers and anything else literals.

    >>> parse_binding("subject=id:Belarus")
    ('subject', '<https://kg.example.org/id/Belarus>')
    >>> parse_binding("year=2025")
    ('year', '2025')
    >>> parse_binding("name=Alexander Lukashenko")
    ('name', '"Alexander Lukashenko"')
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise InputError(f"expected NAME=VALUE, got {text!r}", where="--bind")
    value = value.strip()
    prefixes = default_prefixes()
    if value.startswith("<") and value.endswith(">"):
        term = value
    elif re.match(r"(https?://|urn:)\S+$", value):
        term = f"<{value}>"
    elif re.fullmatch(r"[A-Za-z][\w-]*:[^\s]*", value) and value.split(":", 1)[0] in prefixes:
        prefix, local = value.split(":", 1)
        term = f"<{prefixes[prefix]}{local}>"
    elif re.fullmatch(r"[+-]?\d+(\.\d+)?", value) or value in ("true", "false"):
        term = value
    elif value.startswith('"'):
        term = value
    else:
        term = json.dumps(value, ensure_ascii=False)
    return name, term


def with_bindings(text: str, bindings: Mapping[str, str]) -> str:
    """Append a trailing ``VALUES`` clause (standard SPARQL 1.1, so it works on any server).

    >>> with_bindings("SELECT * WHERE { ?s ?p ?o }", {"s": "<http://e/x>"})
    'SELECT * WHERE { ?s ?p ?o }\\nVALUES (?s) { (<http://e/x>) }\\n'
    """
    if not bindings:
        return text
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(bindings.values())
    return f"{text.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


# --------------------------------------------------------------------------- results


class QueryResult:
    """A materialised result: ``form`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT and DESCRIBE).

    ``rows`` are tuples of pyoxigraph terms (None where unbound), made from the solutions on first use,
    so that counting or streaming a big result does not build them.

    >>> r = QueryResult("select", ["n"], [(ox.Literal("1"),)])
    >>> len(r), r.rows, r.dicts()
    (1, [(<Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>,)], [{'n': '1'}])
    """

    def __init__(self, form: str, variables: list[str] | None = None, rows: list[tuple[Any, ...]] | None = None, *,
                 boolean: bool | None = None, triples: list[ox.Triple] | None = None,
                 solutions: list[ox.QuerySolution] | None = None) -> None:
        self.form = form
        self.variables = variables if variables is not None else []
        self._rows = rows
        self._solutions = solutions if rows is None else None
        self.boolean = boolean
        self.triples = triples if triples is not None else []

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            # a solution iterates over its values in the order of the variables
            self._rows = list(map(tuple, self._solutions or ()))
            self._solutions = None
        return self._rows

    def __repr__(self) -> str:
        return f"QueryResult({self.form!r}, {len(self)} {'rows' if self.form == 'select' else 'items'})"

    def dicts(self) -> list[dict[str, str]]:
        """Rows as ``{variable: value}`` with plain string values (IRIs and lexical forms), unbound left out."""
        return [{v: t.value for v, t in zip(self.variables, row) if t is not None} for row in self.rows]

    def __len__(self) -> int:
        if self.form == "select":
            return len(self._rows) if self._rows is not None else len(self._solutions or ())
        return len(self.triples) if self.form == "graph" else 1

    def __iter__(self):
        """The rows (SELECT), the triples (CONSTRUCT, DESCRIBE) or the one boolean (ASK)."""
        if self.form == "select":
            return iter(self.rows)
        return iter(self.triples) if self.form == "graph" else iter([self.boolean])


class ResultLimitExceeded(QueryError):
    """A result has more rows than allowed."""


def _materialise(raw, *, max_rows: int | None = None) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        solutions = list(raw if max_rows is None else itertools.islice(raw, max_rows + 1))
        if max_rows is not None and len(solutions) > max_rows:
            raise ResultLimitExceeded(f"the result has more than {max_rows} rows")
        return QueryResult("select", variables=variables, solutions=solutions)
    triples = []
    for triple in raw:
        triples.append(triple)
        if max_rows is not None and len(triples) > max_rows:
            raise ResultLimitExceeded(f"the result has more than {max_rows} triples")
    return QueryResult("graph", triples=triples)


def syntax_error(exc: Exception, text: str, where: str) -> QueryError:
    """A :class:`QueryError` naming ``where:line:column`` from a pyoxigraph ``SyntaxError``.

    >>> text = "SELECT ?x WHERE {\\n  ?s <http://a b> ?o .\\n}"
    >>> try:
    ...     ox.Store().query(text)
    ... except SyntaxError as exc:
    ...     print(syntax_error(exc, text, "q.rq"))
    q.rq:2:18: SPARQL syntax error near '?o .': expected IRI parsing failed
    """
    message = str(exc)
    match = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.S)
    if not match:
        return QueryError(f"SPARQL error: {' '.join(message.split())[:300]}", where=where)
    line, col, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    detail = " ".join(detail.split())
    if "Prefix not found" in detail:
        detail = "unknown prefix (declare it with PREFIX)"
    elif len(detail) > 160:
        detail = detail[:160].rsplit(",", 1)[0] + ", ..."
    lines = text.splitlines()
    near = ""
    if 1 <= line <= len(lines):
        snippet = lines[line - 1][max(col - 1, 0):].strip()[:30]
        near = f" near {snippet!r}" if snippet else " at the end of the line"
    if re.match(r"\s*(?:#[^\n]*\n\s*)*(?:PREFIX[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                text, re.I):
        detail = "SPARQL Update is not allowed here; only SELECT, ASK, CONSTRUCT and DESCRIBE"
    return QueryError(f"SPARQL syntax error{near}: {detail}", where=f"{where}:{line}:{col}")


def run(store: ox.Store, text: str, *, where: str = "query", bindings: Mapping[str, str] | None = None,
        union_default_graph: bool = False, max_rows: int | None = None,
        default_graph: list | None = None, named_graphs: list | None = None,
        prefixes: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query on a pyoxigraph store and materialise the result.

    Inline queries may use the :func:`default_prefixes` without declaring them.
    A syntax error raises :class:`QueryError` naming the line and column.

    >>> run(ox.Store(), "ASK { GRAPH ?g { ?s ?p ?o } }").boolean
    False
    """
    full = with_bindings(text, bindings or {})
    try:
        raw = store.query(full, use_default_graph_as_union=union_default_graph,
                          prefixes=dict(default_prefixes() if prefixes is None else prefixes),
                          default_graph=default_graph, named_graphs=named_graphs)
        return _materialise(raw, max_rows=max_rows)
    except SyntaxError as exc:
        raise syntax_error(exc, full, where) from exc
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}", where=where) from exc


def run_query(store: ox.Store, text: str, **kwargs: Any) -> QueryResult:
    """Same as :func:`run` (the name other tools look for).

    >>> len(run_query(ox.Store(), "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"))
    0
    """
    return run(store, text, **kwargs)


def execute(text: str, *, where: str = "query", out_dir: str | Path | None = None, store_dir: str | Path | None = None,
            endpoint: str | None = None, bindings: Mapping[str, str] | None = None,
            union_default_graph: bool = False) -> QueryResult:
    """Run a query over exactly one source: a remote ``endpoint``, an on-disk store, or a build (default ``out``).

    >>> execute("ASK {}", out_dir="no/such/build")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/build/graph.nq: no built graph here; run `kg build` first
    """
    from kg.store.embedded import open_build, open_store

    if sum(x is not None for x in (store_dir, endpoint)) > 1:
        raise InputError("give only one of --store and --endpoint")
    if endpoint is not None:
        if union_default_graph:
            raise InputError("--union-default-graph is a setting of the server; see the docs for yours",
                             where="--endpoint")
        return run_remote(endpoint, text, where=where, bindings=bindings)
    store = open_store(store_dir) if store_dir is not None else open_build(out_dir if out_dir is not None else "out")
    return run(store, text, where=where, bindings=bindings, union_default_graph=union_default_graph)


def empty_result_hint(text: str, result: QueryResult, *, union_default_graph: bool = False) -> str | None:
    """A hint when a query found nothing, probably because it looked in the (empty) default graph.

    >>> empty_result_hint("DESCRIBE <http://e/x>", QueryResult("graph"))
    'no results: the data are in named graphs; use GRAPH ?g { ... } in the query or --union-default-graph'
    >>> empty_result_hint("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", QueryResult("select", ["s"])) is None
    True
    """
    empty = (result.form == "ask" and not result.boolean) or (result.form != "ask" and len(result) == 0)
    if not empty or union_default_graph or re.search(r"\bGRAPH\b", re.sub(r"#[^\n]*", "", text), re.I):
        return None
    return "no results: the data are in named graphs; use GRAPH ?g { ... } in the query or --union-default-graph"


def _declared(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"PREFIX\s+([A-Za-z][\w.-]*)?\s*:", text, re.I)} | (
        {""} if re.search(r"PREFIX\s+:", text, re.I) else set())


def with_prefix_declarations(text: str) -> str:
    """Declare the default prefixes a query uses but does not declare, on its first line (line numbers stay).

    >>> with_prefix_declarations("SELECT * WHERE { ?s kgo:metWith ?o }")
    'PREFIX kgo: <https://kg.example.org/ontology#> SELECT * WHERE { ?s kgo:metWith ?o }'
    """
    declared = _declared(text)
    body = re.sub(r"<[^>]*>|\"[^\"]*\"|#[^\n]*", " ", text)
    used = {m.group(1) for m in re.finditer(r"(?<![\w?$])([A-Za-z][\w-]*):", body)}
    decls = [f"PREFIX {p}: <{iri}>" for p, iri in default_prefixes().items() if p in used and p not in declared]
    return (" ".join(decls) + " " + text) if decls else text


def run_remote(endpoint: str, text: str, *, client=None, where: str = "query",
               bindings: Mapping[str, str] | None = None, max_rows: int | None = None) -> QueryResult:
    """Run a query on a remote SPARQL 1.1 Protocol endpoint (POST, form-encoded).

    The query is checked locally first, so a syntax error names the line and column.
    """
    from kg.store.embedded import HttpClient, check_url, credentials_for

    check_url(endpoint)
    full = with_bindings(with_prefix_declarations(text), bindings or {})
    try:
        ox.Store().query(full)  # a syntax check: on an empty store it costs nothing
    except SyntaxError as exc:
        raise syntax_error(exc, full, where) from exc
    client = client or HttpClient(credentials=credentials_for(endpoint), retries=2)
    accept = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
              "application/rdf+xml;q=0.5")
    response = client.request("POST", endpoint, what="query", ok=(200,), data={"query": full},
                              headers={"Accept": accept})
    ctype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    try:
        results_format = ox.QueryResultsFormat.from_media_type(ctype) if ctype else None
        if results_format is not None:
            raw = ox.parse_query_results(response.content, format=results_format)
            return _materialise(raw, max_rows=max_rows)
        rdf_format = ox.RdfFormat.from_media_type(ctype) if ctype else None
        if rdf_format is None:
            raise QueryError(f"the endpoint answered with an unknown content type {ctype!r}", where=where)
        triples = [q.triple for q in ox.parse(response.content, format=rdf_format)]
        return _materialise(iter(triples), max_rows=max_rows)
    except SyntaxError as exc:
        raise QueryError(f"cannot parse the endpoint's answer: {exc}", where=where) from exc


# --------------------------------------------------------------------------- serialisations


def _term_json(term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def results_json(result: QueryResult) -> bytes:
    """SPARQL 1.1 Query Results JSON.

    >>> results_json(QueryResult("ask", boolean=True))
    b'{"head": {}, "boolean": true}'
    """
    if result.form == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{v: _term_json(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def results_xml(result: QueryResult) -> bytes:
    """SPARQL Query Results XML.

    >>> b"<boolean>false</boolean>" in results_xml(QueryResult("ask", boolean=False))
    True
    """
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>")
    if result.form == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for v, t in zip(result.variables, row):
                if t is None:
                    continue
                if isinstance(t, ox.NamedNode):
                    inner = f"<uri>{xml_escape(t.value)}</uri>"
                elif isinstance(t, ox.BlankNode):
                    inner = f"<bnode>{xml_escape(t.value)}</bnode>"
                else:
                    attrs = (f" xml:lang={quoteattr(t.language)}" if t.language else
                             "" if t.datatype.value == XSD + "string" else f" datatype={quoteattr(t.datatype.value)}")
                    inner = f"<literal{attrs}>{xml_escape(t.value)}</literal>"
                out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return ("\n".join(out) + "\n").encode("utf-8")


def results_csv(result: QueryResult) -> bytes:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends.

    >>> results_csv(QueryResult("select", ["a", "b"], [(ox.Literal("x, y"), None)]))
    b'a,b\\r\\n"x, y",\\r\\n'
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.form == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value
                             for t in row])
    return buf.getvalue().encode("utf-8")


def results_tsv(result: QueryResult) -> bytes:
    """SPARQL 1.1 Query Results TSV: terms in N-Triples syntax.

    >>> results_tsv(QueryResult("select", ["a"], [(ox.NamedNode("http://e/x"),)]))
    b'?a\\n<http://e/x>\\n'
    """
    if result.form == "ask":
        return b"?_askResult\n" + (b"true\n" if result.boolean else b"false\n")
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def shorten(term, prefixes: Mapping[str, str] | None = None) -> str:
    """A term for people: IRIs with a known prefix shortened, literals as their text.

    >>> shorten(ox.NamedNode("https://kg.example.org/id/Belarus"))
    'id:Belarus'
    >>> shorten(ox.Literal("52", datatype=ox.NamedNode(XSD + "nonNegativeInteger")))
    '52'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = ""
        for prefix, iri in (prefixes or default_prefixes()).items():
            if term.value.startswith(iri) and len(iri) > len(best) and re.fullmatch(r"[^\s#?]*", term.value[len(iri):]):
                best = iri
                name = prefix
        return f"{name}:{term.value[len(best):]}" if best else f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return f"{term.value}@{term.language}" if term.language else term.value
    return str(term)


def results_table(result: QueryResult, *, max_width: int = TABLE_CELL_MAX) -> bytes:
    """An aligned text table for the terminal (long cells cut at ``max_width`` characters).

    >>> print(results_table(QueryResult("select", ["n"], [(ox.Literal("1"),), (None,)])).decode(), end="")
    n
    -
    1
    <BLANKLINE>
    """
    if result.form == "ask":
        return b"true\n" if result.boolean else b"false\n"
    prefixes = default_prefixes()

    def cell(t) -> str:
        text = " ".join(shorten(t, prefixes).split())
        return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"

    rows = [[cell(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.variables)]
    fmt = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    lines = [fmt(result.variables), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


OX_FORMATS = {
    RdfFormat.TURTLE: ox.RdfFormat.TURTLE,
    RdfFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    RdfFormat.NQUADS: ox.RdfFormat.N_QUADS,
    RdfFormat.TRIG: ox.RdfFormat.TRIG,
    RdfFormat.JSONLD: ox.RdfFormat.JSON_LD,
    RdfFormat.XML: ox.RdfFormat.RDF_XML,
}


def graph_format(name: str) -> ox.RdfFormat:
    """The pyoxigraph format for an RDF format name of :class:`kg.views.formats.RdfFormat`.

    >>> graph_format("ttl").name
    'Turtle'
    >>> graph_format("gexf")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: graph results can be written as turtle, ntriples, nquads, trig, json-ld, xml, not 'gexf'
    """
    fmt = RdfFormat.from_name(name)
    if fmt not in OX_FORMATS:
        raise InputError(f"graph results can be written as {', '.join(f.label for f in OX_FORMATS)}, not {name!r}")
    return OX_FORMATS[fmt]


def serialize_triples(triples: Iterable[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    """Triples in an RDF format (quad formats get them in the default graph), with the project's prefixes.

    >>> serialize_triples([ox.Triple(ox.NamedNode("https://kg.example.org/id/A"), KGO_NODE("metWith"),
    ...                              ox.NamedNode("https://kg.example.org/id/B"))], ox.RdfFormat.N_TRIPLES)
    b'<https://kg.example.org/id/A> <https://kg.example.org/ontology#metWith> <https://kg.example.org/id/B> .\\n'
    """
    items: list = list(triples)
    if fmt.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in items]
    prefixes = None
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        iris = {t.value for item in items for t in (item.subject, item.predicate, item.object)
                if isinstance(t, ox.NamedNode)}
        iris |= {t.datatype.value for item in items for t in (item.object,) if isinstance(t, ox.Literal)}
        prefixes = {p: ns for p, ns in default_prefixes().items() if any(i.startswith(ns) for i in iris)}
    return ox.serialize(items, format=fmt, prefixes=prefixes)


def render(result: QueryResult, fmt: str | None = None) -> bytes:
    """The result as bytes: ``table``, ``csv``, ``tsv``, ``json`` or ``xml`` for SELECT and ASK,
    any RDF format (default Turtle) for CONSTRUCT and DESCRIBE.

    >>> render(QueryResult("ask", boolean=True), "json")
    b'{"head": {}, "boolean": true}'
    >>> render(QueryResult("ask", boolean=True), "turtle")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --format: 'turtle' is for graph results; SELECT and ASK results can be written as table, csv, tsv, json, xml
    """
    if result.form == "graph":
        if fmt is not None and fmt.lower() in RESULT_FORMATS and fmt.lower() != "xml":
            raise InputError(f"{fmt!r} is for SELECT and ASK results; CONSTRUCT and DESCRIBE results can be "
                             f"written as {', '.join(f.label for f in OX_FORMATS)}", where="--format")
        return serialize_triples(result.triples, graph_format("xml" if fmt and fmt.lower() == "xml" else fmt or "turtle"))
    name = (fmt or "table").lower()
    writers = {"table": results_table, "csv": results_csv, "tsv": results_tsv, "json": results_json, "xml": results_xml}
    if name not in writers:
        raise InputError(f"{fmt!r} is for graph results; SELECT and ASK results can be written as "
                         f"{', '.join(RESULT_FORMATS)}", where="--format")
    return writers[name](result)
