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
...                   ox.NamedNode("https://kg.example.org/id/country/BY"), ox.NamedNode("https://kg.example.org/graph/g")))
>>> result = run(store, "SELECT ?who WHERE { GRAPH ?g { ?who kgo:sanctionsLiftedOn country:BY } }")
>>> print(render(result, "table").decode(), end="")
who
-----
id:US
>>> render(result, "json")
b'{"head":{"vars":["who"]},"results":{"bindings":[{"who":{"type":"uri","value":"https://kg.example.org/id/US"}}]}}'
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.config import QUERIES_DIR, Settings
from kg.errors import InputError, KgError, QueryError
from kg.views.formats import RdfFormat
from kg.namespaces import KGO, PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
XSD = "http://www.w3.org/2001/XMLSchema#"
TABLE_CELL_MAX = 80


def KGO_NODE(local: str) -> ox.NamedNode:  # noqa: N802 (reads like the namespace it stands for)
    """The pyoxigraph node of a ``kgo:`` term.

    >>> KGO_NODE("metWith").value
    'https://kg.example.org/ontology#metWith'
    """
    return ox.NamedNode(str(KGO) + local)


def default_prefixes() -> dict[str, str]:
    """Prefixes an inline query may use without declaring them: the project's, plus ``id:``, ``country:`` and ``graph:``.

    Saved queries declare their own, so they run unchanged on any engine.

    >>> default_prefixes()["id"]
    'https://kg.example.org/id/'
    """
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    base = Settings().base_iri  # KG_BASE_IRI, read by the one configuration object
    prefixes["id"] = base + "id/"
    prefixes["country"] = base + "id/country/"
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


# --------------------------------------------------------------------------- checks before parsing

MAX_QUERY_BYTES = 100_000  # far above any real query; a huge one is refused before it reaches the parser
MAX_QUERY_DEPTH = 100  # nesting of (), {} and []; Oxigraph's parser overflows its stack near 5,000
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                       r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*", re.S)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.I)


def _code(text: str) -> str:
    """The query with strings, IRIs and comments blanked out (code points escaped as ``\\uXXXX`` decoded first)."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16) < 0x110000
                       else " ", text)
    return _NOT_CODE.sub(lambda m: " " * len(m.group(0)), text)


def uses_service(text: str) -> bool:
    """Whether a query has a ``SERVICE`` clause (a federated query, which makes the engine send HTTP requests).

    >>> uses_service("SELECT * WHERE { SERVICE <http://e/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * WHERE { ?service <http://e/SERVICE> "SERVICE" } # SERVICE')
    False
    """
    return bool(_SERVICE.search(_code(text)))


def check_query(text: str, *, where: str = "query", allow_federation: bool = False,
                max_bytes: int = MAX_QUERY_BYTES, max_depth: int = MAX_QUERY_DEPTH) -> None:
    """Refuse, before parsing, a query that is too big, nested too deep, or federated without permission.

    >>> check_query("SELECT * WHERE { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: query: SERVICE (a federated query) is not allowed: it would make kg send requests to other servers; allow it explicitly with --allow-federation
    >>> check_query("ASK {" + "(" * 500 + "1" + ")" * 500 + "}")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: query: the query is nested 501 levels deep, over the limit of 100
    """
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise QueryError(f"the query is {size} bytes long, over the limit of {max_bytes}", where=where)
    code = _code(text)
    depth = deepest = 0
    for ch in code:
        if ch in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")}]":
            depth -= 1
    if deepest > max_depth:
        raise QueryError(f"the query is nested {deepest} levels deep, over the limit of {max_depth}", where=where)
    if not allow_federation and _SERVICE.search(code):
        raise QueryError("SERVICE (a federated query) is not allowed: it would make kg send requests to other "
                         "servers; allow it explicitly with --allow-federation", where=where)


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Label:
    """A ``--bind`` value that names an entity by its label; :func:`resolve_bindings` turns it into the entity."""

    text: str


Binding = ox.NamedNode | ox.Literal | Label
_LABEL_QUERY = """SELECT DISTINCT ?e WHERE {
  VALUES ?label { %s }
  VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2004/02/skos/core#altLabel>
              <http://www.w3.org/2000/01/rdf-schema#label> }
  { ?e ?p ?l } UNION { GRAPH ?g { ?e ?p ?l } }
  FILTER(isIRI(?e) && LCASE(STR(?l)) = LCASE(STR(?label)))
} ORDER BY ?e LIMIT 6"""


def _bind_error(name: str, value: str, why: str) -> InputError:
    return InputError(f"{name}={value}: {why}", where="--bind")


def parse_binding(text: str) -> tuple[str, Binding]:
    """``NAME=VALUE`` from ``--bind`` as a variable name and a pyoxigraph term (never pasted as text).

    ``<iri>``, an ``http(s)://`` or ``urn:`` IRI, or ``prefix:local`` with a known prefix become IRIs;
    ``"..."`` (with an optional ``@lang`` or ``^^type``), numbers and booleans literals; any other text is a
    :class:`Label`, the name of an entity.

    >>> parse_binding("subject=country:BY")
    ('subject', <NamedNode value=https://kg.example.org/id/country/BY>)
    >>> parse_binding("year=2025")[1]
    <Literal value=2025 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    >>> parse_binding("who=Alexander Lukashenko")
    ('who', Label(text='Alexander Lukashenko'))
    >>> parse_binding("o=country:BY>)(<https://kg.example.org/id/country/LT")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --bind: o=country:BY>)(<https://kg.example.org/id/country/LT: not a valid IRI ...
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise InputError(f"expected NAME=VALUE, got {text!r}", where="--bind")
    value = value.strip()
    prefixes = default_prefixes()

    def iri(raw: str) -> ox.NamedNode:
        try:
            return ox.NamedNode(raw)
        except ValueError as exc:
            raise _bind_error(name, value, f"not a valid IRI ({exc})") from None

    if value.startswith("<") and value.endswith(">"):
        return name, iri(value[1:-1])
    if re.match(r"(https?://|urn:)\S+$", value):
        return name, iri(value)
    prefix, colon, local = value.partition(":")
    if colon and prefix in prefixes and re.fullmatch(r"[A-Za-z][\w-]*", prefix) and not local.startswith("//"):
        return name, iri(prefixes[prefix] + local)
    if re.fullmatch(r"[+-]?\d+", value):
        return name, ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if re.fullmatch(r"[+-]?\d*\.\d+", value):
        return name, ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
    if value in ("true", "false"):
        return name, ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))
    if value.startswith('"'):
        return name, _literal(name, value, prefixes)
    if not value:
        raise _bind_error(name, value, "give a value")
    return name, Label(value)


def _literal(name: str, value: str, prefixes: Mapping[str, str]) -> ox.Literal:
    """A Turtle literal parsed by the RDF parser, as the object of exactly one triple (so nothing can be added)."""
    decls = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in prefixes.items())
    try:
        triples = list(ox.parse(f"{decls}<x:s> <x:p> {value} .".encode(), format=ox.RdfFormat.TURTLE))
    except SyntaxError:
        triples = []
    if len(triples) != 1 or not isinstance(triples[0].object, ox.Literal):
        raise _bind_error(name, value, 'not a literal; write "text", "text"@en or "2025-01-01"^^xsd:date')
    return triples[0].object


def resolve_bindings(bindings: Mapping[str, Binding], lookup) -> dict[str, ox.NamedNode | ox.Literal]:
    """Every :class:`Label` replaced by the one entity that has it as ``skos:prefLabel``, ``skos:altLabel`` or
    ``rdfs:label`` (case ignored); ``lookup(query)`` runs the label query and returns the rows.

    A label that names no entity, or several, is an :class:`InputError` naming it: never a silent empty result.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://kg.example.org/id/belavia"),
    ...                   ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), ox.Literal("Belavia"),
    ...                   ox.NamedNode("https://kg.example.org/graph/g")))
    >>> resolve_bindings({"o": Label("belavia")}, lambda q: run(store, q).rows)
    {'o': <NamedNode value=https://kg.example.org/id/belavia>}
    >>> resolve_bindings({"o": Label("Nobody")}, lambda q: run(store, q).rows)
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --bind: o=Nobody: no entity has the label 'Nobody' (skos:prefLabel, skos:altLabel or rdfs:label); write "Nobody" in quotes to bind the text itself
    """
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, value in bindings.items():
        if not isinstance(value, Label):
            out[name] = value
            continue
        query = _LABEL_QUERY % ox.Literal(value.text)  # a term in N-Triples form, escaped by pyoxigraph
        found = [row[0] for row in lookup(query)]
        if not found:
            raise _bind_error(name, value.text, f"no entity has the label {value.text!r} (skos:prefLabel, "
                              f'skos:altLabel or rdfs:label); write "{value.text}" in quotes to bind the text itself')
        if len(found) > 1:
            names = ", ".join(shorten(e) for e in found[:5]) + (", ..." if len(found) > 5 else "")
            raise _bind_error(name, value.text, f"the label {value.text!r} names several entities ({names}); "
                              "bind the one you mean by its IRI")
        out[name] = found[0]
    return out


def with_bindings(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal | ox.BlankNode]) -> str:
    """Append a trailing ``VALUES`` clause (standard SPARQL 1.1, so it works on any server). The values are
    pyoxigraph terms, written in their N-Triples form, which escapes every character that could end them.

    >>> with_bindings("SELECT * WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://e/x")})
    'SELECT * WHERE { ?s ?p ?o }\\nVALUES (?s) { (<http://e/x>) }\\n'
    >>> with_bindings("ASK {}", {"s": ox.Literal('a" ) } INSERT')})
    'ASK {}\\nVALUES (?s) { ("a\\\\" ) } INSERT") }\\n'
    """
    if not bindings:
        return text
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise InputError(f"cannot bind ?{name} to {term!r}", where="--bind")
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(str(term) for term in bindings.values())
    return f"{text.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


# --------------------------------------------------------------------------- results


class QueryResult:
    """A materialised result: ``form`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT and DESCRIBE).

    ``rows`` are tuples of pyoxigraph terms (None where unbound), made from the solutions on first use.
    ``kg query`` does not build one: it streams the result to its output (see :func:`stream`).

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

    def raw(self):
        """The result as pyoxigraph's own result object again, for its serialisers."""
        if self.form == "ask":
            return _boolean(bool(self.boolean))
        if self.form == "select":
            return _solutions(self.variables, self.rows)
        return iter(self.triples)


class ResultLimitExceeded(QueryError):
    """A result has more rows than allowed."""


def _boolean(value: bool) -> ox.QueryBoolean:
    return ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if value else b"false"),
                                  format=ox.QueryResultsFormat.JSON)


def _solutions(variables: list[str], rows: Iterable[Iterable[Any]]) -> ox.QuerySolutions:
    """Rows of terms as a pyoxigraph ``QuerySolutions`` (through TSV, whose cells are terms in N-Triples form)."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), format=ox.QueryResultsFormat.TSV)


def _unique(triples: Iterable[ox.Triple], max_rows: int | None = None) -> Iterator[ox.Triple]:
    """Each triple once (a graph is a set: DESCRIBE over the union of the graphs meets a triple once per graph)."""
    seen: set[ox.Triple] = set()
    for triple in triples:
        if triple in seen:
            continue
        seen.add(triple)
        if max_rows is not None and len(seen) > max_rows:
            raise ResultLimitExceeded(f"the result has more than {max_rows} triples")
        yield triple


def _materialise(raw, *, max_rows: int | None = None) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        solutions = list(raw if max_rows is None else itertools.islice(raw, max_rows + 1))
        if max_rows is not None and len(solutions) > max_rows:
            raise ResultLimitExceeded(f"the result has more than {max_rows} rows")
        return QueryResult("select", variables=variables, solutions=solutions)
    return QueryResult("graph", triples=list(_unique(raw, max_rows)))


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


class _Evaluation:
    """Maps errors raised while a result is computed (lazily, as it is read) to :class:`QueryError`;
    errors of the output stream pass through unchanged."""

    def __init__(self, where: str, output: _Output | None = None) -> None:
        self.where, self.output = where, output

    def __enter__(self) -> _Evaluation:
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None:
            return False
        if self.output is not None and self.output.error is not None:
            raise self.output.error
        if isinstance(exc, MemoryError):
            raise QueryError("the query needs more memory than this process may use", where=self.where) from exc
        if isinstance(exc, (OSError, RuntimeError)) and not isinstance(exc, KgError):
            raise QueryError(f"the query failed: {' '.join(str(exc).split())[:300]}", where=self.where) from exc
        return False


def _query(store: ox.Store, text: str, *, where: str, bindings: Mapping[str, Binding] | None,
           union_default_graph: bool, default_graph: list | None, named_graphs: list | None,
           prefixes: Mapping[str, str] | None, allow_federation: bool, max_bytes: int = MAX_QUERY_BYTES):
    check_query(text, where=where, allow_federation=allow_federation, max_bytes=max_bytes)
    values = resolve_bindings(bindings or {}, lambda q: run(store, q, prefixes={}).rows)
    full = with_bindings(text, values)
    with _Evaluation(where):
        try:
            return store.query(full, use_default_graph_as_union=union_default_graph,
                               prefixes=dict(default_prefixes() if prefixes is None else prefixes),
                               default_graph=default_graph, named_graphs=named_graphs)
        except SyntaxError as exc:
            raise syntax_error(exc, full, where) from exc


def run(store: ox.Store, text: str, *, where: str = "query", bindings: Mapping[str, Binding] | None = None,
        union_default_graph: bool = False, max_rows: int | None = None,
        default_graph: list | None = None, named_graphs: list | None = None,
        prefixes: Mapping[str, str] | None = None, allow_federation: bool = False) -> QueryResult:
    """Run a SPARQL query on a pyoxigraph store and materialise the result.

    Inline queries may use the :func:`default_prefixes` without declaring them.
    A syntax error raises :class:`QueryError` naming the line and column; so do
    a query over the size or nesting limits and, unless ``allow_federation``, ``SERVICE``.

    >>> run(ox.Store(), "ASK { GRAPH ?g { ?s ?p ?o } }").boolean
    False
    """
    raw = _query(store, text, where=where, bindings=bindings, union_default_graph=union_default_graph,
                 default_graph=default_graph, named_graphs=named_graphs, prefixes=prefixes,
                 allow_federation=allow_federation)
    with _Evaluation(where):
        return _materialise(raw, max_rows=max_rows)


def run_query(store: ox.Store, text: str, **kwargs: Any) -> QueryResult:
    """Same as :func:`run` (the name other tools look for).

    >>> len(run_query(ox.Store(), "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"))
    0
    """
    return run(store, text, **kwargs)


def _open_source(out_dir, store_dir, endpoint, union_default_graph) -> ox.Store | None:
    from kg.store.embedded import open_build, open_store

    if sum(x is not None for x in (store_dir, endpoint)) > 1:
        raise InputError("give only one of --store and --endpoint")
    if endpoint is not None:
        if union_default_graph:
            raise InputError("--union-default-graph is a setting of the server; see the docs for yours",
                             where="--endpoint")
        return None
    return open_store(store_dir) if store_dir is not None else open_build(out_dir if out_dir is not None else "out")


def execute(text: str, *, where: str = "query", out_dir: str | Path | None = None, store_dir: str | Path | None = None,
            endpoint: str | None = None, bindings: Mapping[str, Binding] | None = None,
            union_default_graph: bool = False, allow_federation: bool = False, timeout: float = 60.0) -> QueryResult:
    """Run a query over exactly one source: a remote ``endpoint``, an on-disk store, or a build (default ``out``),
    and materialise the result (:func:`stream` writes it out instead, in bounded memory).

    >>> execute("ASK {}", out_dir="no/such/build")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/build/graph.nq: no built graph here; run `kg build` first
    """
    store = _open_source(out_dir, store_dir, endpoint, union_default_graph)
    if store is None:
        return run_remote(endpoint, text, where=where, bindings=bindings, allow_federation=allow_federation,
                          timeout=timeout)
    return run(store, text, where=where, bindings=bindings, union_default_graph=union_default_graph,
               allow_federation=allow_federation)


@dataclass
class Written:
    """What :func:`stream` wrote: the form of the result, its size when known, and whether it was empty."""

    form: str
    count: int | None
    empty: bool


def stream(text: str, output: IO[bytes], fmt: str | None = None, *, where: str = "query",
           out_dir: str | Path | None = None, store_dir: str | Path | None = None, endpoint: str | None = None,
           bindings: Mapping[str, Binding] | None = None, union_default_graph: bool = False,
           allow_federation: bool = False, timeout: float = 60.0) -> Written:
    """Run a query like :func:`execute` and write the result to ``output`` as it comes, with pyoxigraph's
    serialisers: a result of any size is written in bounded memory (the ``table`` format sizes its columns
    on the first rows).

    >>> import io
    >>> buf = io.BytesIO()
    >>> stream("ASK {}", buf, "json", out_dir="no/such/build")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/build/graph.nq: no built graph here; run `kg build` first
    """
    check_format(fmt)
    store = _open_source(out_dir, store_dir, endpoint, union_default_graph)
    if store is None:
        return _stream_remote(endpoint, text, output, fmt, where=where, bindings=bindings,
                              allow_federation=allow_federation, timeout=timeout)
    raw = _query(store, text, where=where, bindings=bindings, union_default_graph=union_default_graph,
                 default_graph=None, named_graphs=None, prefixes=None, allow_federation=allow_federation)
    return write_result(raw, output, fmt, where=where)


def empty_result_hint(text: str, empty: bool, *, union_default_graph: bool = False) -> str | None:
    """A hint when a query found nothing, probably because it looked in the (empty) default graph.

    >>> empty_result_hint("DESCRIBE <http://e/x>", True)
    'no results: the data are in named graphs; use GRAPH ?g { ... } in the query or --union-default-graph'
    >>> empty_result_hint("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", True) is None
    True
    """
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


ACCEPT_REMOTE = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
                 "application/rdf+xml;q=0.5")


def _remote(endpoint: str, text: str, *, client, where: str, bindings, allow_federation: bool, timeout: float):
    """Send a query to an endpoint; returns the parsed result (read from the response as it arrives) and the client."""
    from kg.store.http import HttpClient, check_url, credentials_for

    check_url(endpoint)
    check_query(text, where=where, allow_federation=allow_federation)
    client = client or HttpClient(credentials=credentials_for(endpoint), retries=2, timeout=timeout)
    values = resolve_bindings(bindings or {}, lambda q: run_remote(endpoint, q, client=client, where="--bind").rows)
    full = with_bindings(with_prefix_declarations(text), values)
    try:
        ox.Store().query(full)  # a syntax check: on an empty store it costs nothing
    except SyntaxError as exc:
        raise syntax_error(exc, full, where) from exc
    response = client.request("POST", endpoint, what="query", ok=(200,), data={"query": full},
                              headers={"Accept": ACCEPT_REMOTE}, stream=True)
    response.raw.decode_content = True
    ctype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    try:
        results_format = ox.QueryResultsFormat.from_media_type(ctype) if ctype else None
        if results_format is not None:
            return ox.parse_query_results(response.raw, format=results_format), client
        rdf_format = ox.RdfFormat.from_media_type(ctype) if ctype else None
        if rdf_format is None:
            raise QueryError(f"the endpoint answered with an unknown content type {ctype!r}", where=where)
        return (q.triple for q in ox.parse(response.raw, format=rdf_format)), client
    except SyntaxError as exc:
        raise QueryError(f"cannot parse the endpoint's answer: {client.scrub(str(exc))[:300]}", where=where) from exc


class _RemoteEvaluation(_Evaluation):
    def __init__(self, where: str, client, output: _Output | None = None) -> None:
        super().__init__(where, output)
        self.client = client

    def __exit__(self, kind, exc, tb) -> bool:
        import requests

        if isinstance(exc, (SyntaxError, requests.RequestException)) and (self.output is None or self.output.error is None):
            raise QueryError(f"cannot read the endpoint's answer: {self.client.scrub(str(exc))[:300]}",
                             where=self.where) from exc
        return super().__exit__(kind, exc, tb)


def run_remote(endpoint: str, text: str, *, client=None, where: str = "query",
               bindings: Mapping[str, Binding] | None = None, max_rows: int | None = None,
               allow_federation: bool = False, timeout: float = 60.0) -> QueryResult:
    """Run a query on a remote SPARQL 1.1 Protocol endpoint (POST, form-encoded) and materialise the result.

    The query is checked locally first, so a syntax error names the line and column.
    """
    raw, client = _remote(endpoint, text, client=client, where=where, bindings=bindings,
                          allow_federation=allow_federation, timeout=timeout)
    with _RemoteEvaluation(where, client):
        return _materialise(raw, max_rows=max_rows)


def _stream_remote(endpoint: str, text: str, output: IO[bytes], fmt: str | None, *, where: str, bindings,
                   allow_federation: bool, timeout: float) -> Written:
    raw, client = _remote(endpoint, text, client=None, where=where, bindings=bindings,
                          allow_federation=allow_federation, timeout=timeout)
    out = _Output(output)
    with _RemoteEvaluation(where, client, out):
        return _write(raw, out, fmt)


# --------------------------------------------------------------------------- serialisations

RESULTS_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
TABLE_SAMPLE = 1000  # rows that size the columns of a table; later rows are written as they come


class _Output:
    """Counts the bytes written to a binary stream, and keeps the stream's own error apart from the query's."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.size, self.error = stream, 0, None

    def write(self, data) -> int:
        try:
            n = self.stream.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self.size += len(data)
        return n if n is not None else len(data)

    def flush(self) -> None:
        flush = getattr(self.stream, "flush", None)
        if flush is not None:
            flush()


def shorten(term, prefixes: Mapping[str, str] | None = None) -> str:
    """A term for people: IRIs with a known prefix shortened, literals as their text.

    >>> shorten(ox.NamedNode("https://kg.example.org/id/country/BY"))
    'country:BY'
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


def _write_table(variables: list[str], rows: Iterator[tuple[Any, ...]], out: _Output, *,
                 max_width: int = TABLE_CELL_MAX) -> int:
    """An aligned text table for the terminal, long cells cut at ``max_width`` characters; returns the row count."""
    prefixes = default_prefixes()

    def cells(row) -> list[str]:
        out = []
        for t in row:
            text = " ".join(shorten(t, prefixes).split())
            out.append(text if len(text) <= max_width else text[: max_width - 1] + "\u2026")
        return out

    head = [cells(r) for r in itertools.islice(rows, TABLE_SAMPLE)]
    widths = [max([len(v)] + [len(r[i]) for r in head]) for i, v in enumerate(variables)]
    fmt = lambda cs: ("  ".join(c.ljust(w) for c, w in zip(cs, widths)).rstrip() + "\n").encode("utf-8")  # noqa: E731
    out.write(fmt(variables) + ("  ".join("-" * w for w in widths) + "\n").encode("utf-8"))
    count = 0
    for r in itertools.chain(head, (cells(row) for row in rows)):
        out.write(fmt(r))
        count += 1
    return count


def results_table(result: QueryResult, *, max_width: int = TABLE_CELL_MAX) -> bytes:
    """A materialised result as the table ``kg query`` prints.

    >>> print(results_table(QueryResult("select", ["n"], [(ox.Literal("1"),), (None,)])).decode(), end="")
    n
    -
    1
    <BLANKLINE>
    """
    if result.form == "ask":
        return b"true\n" if result.boolean else b"false\n"
    buf = io.BytesIO()
    _write_table(result.variables, iter(result.rows), _Output(buf), max_width=max_width)
    return buf.getvalue()


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


def check_format(fmt: str | None) -> None:
    """Refuse, before the query runs, a ``--format`` that no result can be written in.

    >>> check_format("gexf")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --format: 'gexf' is not a result format; SELECT and ASK: table, csv, tsv, json, xml; CONSTRUCT and DESCRIBE: turtle, ntriples, nquads, trig, json-ld, xml
    """
    if fmt is None or fmt.lower() in RESULT_FORMATS:
        return
    try:
        graph_format(fmt)
    except InputError:
        raise InputError(f"{fmt!r} is not a result format; SELECT and ASK: {', '.join(RESULT_FORMATS)}; "
                         f"CONSTRUCT and DESCRIBE: {', '.join(f.label for f in OX_FORMATS)}", where="--format") from None


def _graph_format(fmt: str | ox.RdfFormat | None) -> ox.RdfFormat:
    if isinstance(fmt, ox.RdfFormat):
        return fmt
    if fmt is not None and fmt.lower() in RESULT_FORMATS and fmt.lower() != "xml":
        raise InputError(f"{fmt!r} is for SELECT and ASK results; CONSTRUCT and DESCRIBE results can be "
                         f"written as {', '.join(f.label for f in OX_FORMATS)}", where="--format")
    return graph_format("xml" if fmt and fmt.lower() == "xml" else fmt or "turtle")


def _results_format(fmt: str | None) -> str:
    name = (fmt or "table").lower()
    if name not in RESULT_FORMATS:
        raise InputError(f"{fmt!r} is for graph results; SELECT and ASK results can be written as "
                         f"{', '.join(RESULT_FORMATS)}", where="--format")
    return name


def serialize_triples(triples: Iterable[ox.Triple], fmt: ox.RdfFormat, output: IO[bytes] | None = None) -> bytes | None:
    """Triples in an RDF format (quad formats get them in the default graph), with the project's prefixes,
    written by pyoxigraph to ``output`` as they come (or returned as bytes).

    >>> serialize_triples([ox.Triple(ox.NamedNode("https://kg.example.org/id/A"), KGO_NODE("metWith"),
    ...                              ox.NamedNode("https://kg.example.org/id/B"))], ox.RdfFormat.N_TRIPLES)
    b'<https://kg.example.org/id/A> <https://kg.example.org/ontology#metWith> <https://kg.example.org/id/B> .\\n'
    """
    items: Iterable = triples
    if fmt.supports_datasets:
        items = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    prefixes = default_prefixes() if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(items, output, format=fmt, prefixes=prefixes)


def _write(raw, out: _Output, fmt: str | None, *, max_rows: int | None = None) -> Written:
    if isinstance(raw, ox.QueryBoolean):
        name = _results_format(fmt)
        if name == "table":
            out.write(b"true\n" if raw else b"false\n")
        else:
            raw.serialize(out, format=RESULTS_FORMATS[name])
        return Written("ask", 1, not bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        name = _results_format(fmt)
        variables = [v.value for v in raw.variables]
        if max_rows is not None:  # at most max_rows + 1 rows in memory
            rows = [tuple(s) for s in itertools.islice(raw, max_rows + 1)]
            if len(rows) > max_rows:
                raise ResultLimitExceeded(f"the result has more than {max_rows} rows")
            raw = _solutions(variables, rows)
        if name == "table":
            count = _write_table(variables, map(tuple, raw), out)
            return Written("select", count, count == 0)
        raw.serialize(out, format=RESULTS_FORMATS[name])
        empty = out.size == len(_solutions(variables, []).serialize(format=RESULTS_FORMATS[name]))
        return Written("select", None, empty)
    rdf_format = _graph_format(fmt)
    count = 0

    def counted():
        nonlocal count
        for triple in _unique(raw, max_rows):
            count += 1
            yield triple

    serialize_triples(counted(), rdf_format, out)
    return Written("graph", count, count == 0)


def write_result(raw, output: IO[bytes], fmt: str | ox.RdfFormat | None = None, *, max_rows: int | None = None,
                 where: str = "query") -> Written:
    """Write a pyoxigraph result (``QuerySolutions``, ``QueryBoolean`` or triples) to ``output`` with pyoxigraph's
    serialisers: ``table``, ``csv``, ``tsv``, ``json`` or ``xml`` for SELECT and ASK, any RDF format (default
    Turtle) for CONSTRUCT and DESCRIBE. Over ``max_rows`` rows, :class:`ResultLimitExceeded` is raised
    before anything is written.

    >>> import io
    >>> buf = io.BytesIO()
    >>> write_result(ox.Store().query("SELECT ?x WHERE { VALUES ?x { 1 2 } }"), buf, "csv")
    Written(form='select', count=None, empty=False)
    >>> buf.getvalue()
    b'x\\r\\n1\\r\\n2\\r\\n'
    """
    out = _Output(output)
    with _Evaluation(where, out):
        return _write(raw, out, fmt, max_rows=max_rows)


def render(result: QueryResult, fmt: str | None = None) -> bytes:
    """A materialised result as bytes, written by :func:`write_result`.

    >>> render(QueryResult("ask", boolean=True), "json")
    b'{"head":{},"boolean":true}'
    >>> render(QueryResult("ask", boolean=True), "turtle")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --format: 'turtle' is for graph results; SELECT and ASK results can be written as table, csv, tsv, json, xml
    """
    buf = io.BytesIO()
    write_result(result.raw(), buf, fmt)
    return buf.getvalue()
