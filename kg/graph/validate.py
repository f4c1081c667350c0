"""SHACL validation, article by article and once across graphs, with pySHACL as the reference.

A build validates each article's named graph where it is made (in the pool
workers or on Dask) and keeps the small report in the manifest; only what spans
graphs is checked again at the end of the build. The rule that splits the work
follows from the shapes and the data, not from a list:

* Every shape of ``ontology/shapes.ttl`` targets nodes by ``sh:targetClass`` or
  ``sh:targetSubjectsOf`` and follows plain predicate paths, so whether a node
  ``F`` is a target, and which values a constraint sees, depends only on the
  triples whose **subject is F** (with ``rdfs:subClassOf`` from the ontology).
* So for a node that is a subject in **one graph only** (an article's events,
  statements, sentences, ...), that graph decides every constraint exactly, with
  one exception: ``sh:class`` (alone or inside ``sh:or``) also reads the
  ``rdf:type`` triples of the **value** node, which may come from another graph.
  A class violation on one article is therefore checked again at the end when
  its value is a subject elsewhere; every other result on such a node is final.
* A node that is a subject in **several graphs** (entities named by many
  articles, an article described by the curated file, the same text under two
  file names), and every subject of the curated and ontology graphs, is checked
  once per build on the union of all its triples (the "spanning" check): one
  preferred label per entity across articles, the curated graph against the
  articles, and any ``sh:minCount``/``sh:maxCount``/``sh:class`` whose data
  comes from several graphs.

Each article's report records, for each of its subjects, a 64-bit hash and
where its lines are in the article's sorted N-Quads; the spanning check counts
the hashes over all graphs (a hash collision only makes a node look shared, which
costs a recheck, never a missed violation), takes the lines of the shared
subjects, and runs the same checks on them.

Why not SPARQL on Oxigraph: Oxigraph stores ``"5"^^xsd:nonNegativeInteger``
as an ``xsd:integer``, so ``sh:datatype xsd:nonNegativeInteger`` cannot be
decided on the store. The checks here are compiled from the shapes and run on
the N-Triples terms the build already has; the components they support are
those the shapes use (a shapes file with another component makes
:func:`compile_shapes` raise :class:`Unsupported`, and validation falls back
to pySHACL on the whole graph). The tests compare both on every case.

>>> shapes = compile_shapes()
>>> report = validate_article(b"")
>>> report.violations
[]
>>> bad = b'<https://kg.example.org/id/g> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ' \\
...       b'<https://kg.example.org/ontology#Group> <https://kg.example.org/g> .\\n'
>>> sorted({v.component for v in validate_article(bad).violations})
['MinCountConstraintComponent']

:func:`validate_build` checks a build's N-Quads file: with the article reports
of the build's manifest when they describe that very file, otherwise in one go.
:func:`validate_graph` is pySHACL on an rdflib graph, the reference engine:

>>> validate_graph(Graph()).conforms
True
>>> import tempfile; bad = Path(tempfile.mkdtemp()) / "shapes.ttl"; _ = bad.write_text("kgo:X a ;")
>>> validate_graph(Graph(), shapes=bad)
Traceback (most recent call last):
...
kg.errors.InputError: .../shapes.ttl:1: invalid Turtle: ...
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import marshal
import os
import re
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.config import ONTOLOGY_FILE, SHAPES_FILE, Settings
from kg.graph.assemble import parse_turtle
from kg.namespaces import bind_prefixes


def union_graph(dataset: Dataset | Graph) -> Graph:
    """A fresh Graph holding the union of a dataset's graphs (the input is not changed)."""
    g = Graph()
    bind_prefixes(g)
    if isinstance(dataset, Dataset):
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        for t in dataset:
            g.add(t)
    return g


def union_from_nquads(path: str | Path) -> Graph:
    """The union of the graphs of an N-Quads file as an rdflib Graph: parsed by pyoxigraph, handed over as N-Triples.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "g.nq"
    >>> _ = p.write_text('<http://e/s> <http://e/p> "o" <http://e/g1> .\\n<http://e/s> <http://e/p> "o" <http://e/g2> .\\n')
    >>> len(union_from_nquads(p))
    1
    """
    import pyoxigraph as ox

    from kg.errors import InputError

    try:
        quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
        nt = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read the built graph: {exc}", where=str(path)) from exc
    g = Graph()
    bind_prefixes(g)
    g.parse(data=nt, format="nt")
    return g

# --- reports --------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    severity: str
    message: str
    shape: str | None
    component: str = ""  # e.g. "MinCountConstraintComponent"
    value: str | None = None  # the value node, as an N-Triples term (None for counts)

    def key(self) -> tuple:
        """What identifies a result whichever engine found it (pySHACL names property shapes by blank nodes)."""
        return (self.focus, self.path, self.component, self.value)


@dataclass
class Report:
    """The outcome of a validation: conformance, each violation, and the engine's text."""

    conforms: bool
    results: list[Violation] = field(default_factory=list)
    text: str = ""
    triples: int = 0

    def summary(self) -> str:
        if self.conforms:
            return f"Conforms: the graph ({self.triples} triples) satisfies every SHACL shape."
        lines = [f"Does NOT conform: {len(self.results)} violation(s) in {self.triples} triples."]
        for v in self.results[:50]:
            where = f" {v.path}" if v.path else ""
            lines.append(f"  [{v.severity}] <{v.focus}>{where}: {v.message}")
        if len(self.results) > 50:
            lines.append(f"  ... and {len(self.results) - 50} more")
        return "\n".join(lines)


def validate_graph(data: Dataset | Graph, *, shapes: Path = SHAPES_FILE, ontology: Path = ONTOLOGY_FILE) -> Report:
    """Validate ``data`` (a dataset's union, or a graph) with pySHACL: the reference engine."""
    import pyshacl

    data_graph = union_graph(data) if isinstance(data, Dataset) else data
    ont = parse_turtle(Path(ontology))
    shapes_graph = parse_turtle(Path(shapes))
    conforms, results_graph, text = pyshacl.validate(
        data_graph, shacl_graph=shapes_graph, ont_graph=ont, inference="none",
        abort_on_first=False, allow_warnings=True, inplace=True,
    )
    results = []
    for r in results_graph.subjects(RDF.type, SH.ValidationResult):
        msg = results_graph.value(r, SH.resultMessage)
        path = results_graph.value(r, SH.resultPath)
        sev = results_graph.value(r, SH.resultSeverity)
        value = results_graph.value(r, SH.value)
        component = results_graph.value(r, SH.sourceConstraintComponent)
        results.append(Violation(
            focus=str(results_graph.value(r, SH.focusNode)),
            path=_qname(path) if path is not None and not isinstance(path, Literal) else None,
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            message=str(msg) if msg else "constraint violated",
            shape=str(results_graph.value(r, SH.sourceShape)),
            component=str(component).rsplit("#", 1)[-1] if component else "",
            value=value.n3() if value is not None and _has_value(component) else None,
        ))
    results.sort(key=_order)
    return Report(conforms=bool(conforms), results=results, text=str(text), triples=len(data_graph))


def _has_value(component) -> bool:
    return component is not None and not str(component).endswith(("MinCountConstraintComponent",
                                                                 "MaxCountConstraintComponent"))


def _order(v: Violation) -> tuple:
    return (v.focus, v.path or "", v.message, v.component, v.value or "")


@lru_cache(maxsize=1)
def _prefixes() -> Graph:
    from kg.namespaces import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    return g


def _qname(iri) -> str:
    try:
        return _prefixes().qname(URIRef(iri))
    except Exception:  # an IRI no prefix covers
        return str(iri)


# --- shapes, compiled ----------------------------------------------------------------

_REPORT_FORMAT = b"kg-article-report-2\0"  # changes with what an ArticleReport holds: old reports are redone


class Unsupported(Exception):
    """The shapes use a SHACL feature the compiled checks do not implement (pySHACL is used instead)."""


_VALUE_COMPONENTS = {  # sh: parameter -> component; each decided by one value node alone
    SH.datatype: "Datatype", SH.pattern: "Pattern", SH.minLength: "MinLength", SH.maxLength: "MaxLength",
    SH.minInclusive: "MinInclusive", SH.maxInclusive: "MaxInclusive", SH.minExclusive: "MinExclusive",
    SH.maxExclusive: "MaxExclusive", SH.nodeKind: "NodeKind", SH["in"]: "In", SH["class"]: "Class",
    SH["or"]: "Or",
}
_COUNT_COMPONENTS = {SH.minCount: "MinCount", SH.maxCount: "MaxCount"}
_IGNORED = {RDF.type, RDFS.comment, RDFS.label, SH.path, SH.message, SH.name, SH.description, SH.targetClass,
            SH.targetSubjectsOf, SH.property, SH.flags, SH.order, SH.group, SH.severity, SH.deactivated}


@dataclass(frozen=True)
class Constraint:
    """One constraint component of one shape, with its parameter in the form the checks use."""

    component: str  # e.g. "MinCountConstraintComponent"
    param: Any
    path: str | None  # the predicate's IRI for a property shape, None for the node itself
    message: str
    severity: str
    shape: str  # the named node shape it belongs to
    reads_values: bool  # reads the rdf:type of the value node (sh:class, alone or in sh:or)
    uid: int = 0  # its number in the compiled shapes (the key of the cache of value checks)

    @property
    def kind(self) -> str:
        return self.component[:-len("ConstraintComponent")]


@dataclass(frozen=True)
class Shapes:
    """The shapes of a shapes file, compiled for :func:`validate_article` and :func:`check_spanning`."""

    target_classes: dict[str, tuple[int, ...]]  # class IRI -> indexes of the node shapes that target it
    target_subjects_of: dict[str, tuple[int, ...]]  # predicate as an N-Triples term (<...>) -> node shapes
    constraints: tuple[tuple[Constraint, ...], ...]  # per node shape
    subclass_of: tuple[tuple[str, str], ...]  # (sub, super) from the ontology
    digest: str  # of the shapes and ontology files: a stored report is good while it is unchanged
    cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)  # (uid, value) -> ok

    @property
    def plans(self) -> tuple[tuple[tuple, ...], ...]:
        """Per node shape: ``(kind, predicate term or None, param, reads_values, uid, constraint)``."""
        plans = self.__dict__.get("_plans")
        if plans is None:
            plans = tuple(tuple((c.kind, f"<{c.path}>" if c.path else None, c.param, c.reads_values, c.uid, c)
                                for c in cs) for cs in self.constraints)
            self.__dict__["_plans"] = plans
        return plans

    def __getstate__(self) -> dict:  # sent to workers without the cache
        return {k: v for k, v in self.__dict__.items() if k != "_plans"} | {"cache": {}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


@lru_cache(maxsize=4)
def compile_shapes(shapes: Path = SHAPES_FILE, ontology: Path = ONTOLOGY_FILE) -> Shapes:
    """Compile a shapes file (and the ontology's ``rdfs:subClassOf``) into :class:`Shapes`.

    Raises :class:`Unsupported` when the shapes use what the compiled checks cannot decide.

    >>> len(compile_shapes().constraints) > 10
    True
    """
    shapes_bytes, ont_bytes = Path(shapes).read_bytes(), Path(ontology).read_bytes()
    g = parse_turtle(Path(shapes))  # a file that does not parse: InputError naming it and the line
    ont = parse_turtle(Path(ontology))
    node_shapes = sorted({s for s in g.subjects(RDF.type, SH.NodeShape)} |
                         set(g.subjects(SH.targetClass, None)) | set(g.subjects(SH.targetSubjectsOf, None)), key=str)
    target_classes: dict[str, list[int]] = {}
    target_subjects: dict[str, list[int]] = {}
    per_shape: list[tuple[Constraint, ...]] = []
    for i, shape in enumerate(node_shapes):
        for p in g.predicates(shape, None):
            if p.startswith(str(SH)) and p not in _IGNORED and p not in _VALUE_COMPONENTS:
                raise Unsupported(f"{_qname(p)} on {shape}")
            if p in (SH.targetNode, SH.targetObjectsOf):
                raise Unsupported(f"{_qname(p)} on {shape}")
        for c in g.objects(shape, SH.targetClass):
            target_classes.setdefault(str(c), []).append(i)
        for c in g.objects(shape, SH.targetSubjectsOf):
            target_subjects.setdefault(str(c), []).append(i)
        constraints = _constraints(g, shape, path=None, shape_iri=str(shape))
        for prop in g.objects(shape, SH.property):
            path = g.value(prop, SH.path)
            if not isinstance(path, URIRef):
                raise Unsupported(f"a path that is not one predicate on {shape}")
            constraints += _constraints(g, prop, path=str(path), shape_iri=str(shape))
        per_shape.append(constraints)
    uid = itertools.count(1)
    per_shape = [tuple(dataclasses.replace(c, uid=next(uid)) for c in cs) for cs in per_shape]
    pairs = tuple(sorted((str(s), str(o)) for s, o in ont.subject_objects(RDFS.subClassOf)
                         if isinstance(s, URIRef) and isinstance(o, URIRef)))
    digest = hashlib.sha256(_REPORT_FORMAT + shapes_bytes + b"\0" + ont_bytes).hexdigest()[:16]
    return Shapes(target_classes={k: tuple(v) for k, v in target_classes.items()},
                  target_subjects_of={f"<{k}>": tuple(v) for k, v in target_subjects.items()},
                  constraints=tuple(per_shape), subclass_of=pairs, digest=digest)


def _constraints(g: Graph, node, *, path: str | None, shape_iri: str) -> tuple[Constraint, ...]:
    message = g.value(node, SH.message)
    severity = g.value(node, SH.severity)
    sev = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
    out = []
    for p, o in sorted(g.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
        if p in _IGNORED:
            continue
        if p in _COUNT_COMPONENTS:
            if path is None:
                raise Unsupported(f"{_qname(p)} on a node shape")
            name, param, reads = _COUNT_COMPONENTS[p], int(o), False
        elif p in _VALUE_COMPONENTS:
            name, param = _VALUE_COMPONENTS[p], _param(g, p, o)
            reads = p == SH["class"] or (p == SH["or"] and any(c == "Class" for alt in param for c, _ in alt))
        elif str(p).startswith(str(SH)):
            raise Unsupported(f"{_qname(p)} on {shape_iri}")
        else:
            continue
        out.append(Constraint(component=f"{name}ConstraintComponent", param=param, path=path,
                              message=str(message) if message else _default_message(name, param),
                              severity=sev, shape=shape_iri, reads_values=reads))
    return tuple(out)


def _param(g: Graph, p, o) -> Any:
    if p == SH["in"]:
        return frozenset(Collection(g, o))
    if p == SH["or"]:
        alts = []
        for alt in Collection(g, o):
            parts = []
            for ap, ao in g.predicate_objects(alt):
                if ap in _VALUE_COMPONENTS and ap != SH["or"]:
                    parts.append((_VALUE_COMPONENTS[ap], _param(g, ap, ao)))
                elif ap not in _IGNORED:
                    raise Unsupported(f"{_qname(ap)} inside sh:or")
            alts.append(tuple(parts))
        return tuple(alts)
    if p == SH.pattern:
        return str(o)
    if p in (SH.minLength, SH.maxLength):
        return int(o)
    if p in (SH.datatype, SH["class"], SH.nodeKind):
        return str(o)
    return o  # a literal bound


def _default_message(name: str, param: Any) -> str:
    if name in ("MinCount", "MaxCount"):
        return f"{'Less' if name == 'MinCount' else 'More'} than {param} values"
    if name in ("Datatype", "Class", "NodeKind"):
        return f"Value does not satisfy {name[0].lower() + name[1:]} {_qname(param)}"
    if name == "Pattern":
        return f"Value does not match pattern {param!r}"
    return f"Value does not satisfy sh:{name[0].lower() + name[1:]}"


# --- the checks, on N-Triples terms ------------------------------------------------------

_RDF_TYPE, _SUBCLASS = str(RDF.type), str(RDFS.subClassOf)
_XSD_STRING, _LANG_STRING, _XSD_INTEGER = str(XSD.string), str(RDF.langString), str(XSD.integer)
_TYPE_NT = f"<{_RDF_TYPE}>"


@lru_cache(maxsize=65536)
def _term(nt: str):
    """The rdflib term of an N-Triples term (cached: the same values recur in every article)."""
    if nt.startswith("_:"):
        return BNode(nt[2:])
    from kg.graph.assemble import to_rdflib

    return to_rdflib(nt)


def _split(line: str, quads: bool = True) -> tuple[str, str, str]:
    """Subject, predicate, object of one N-Quads line in a named graph (every line kg writes has one),
    or of one N-Triples line.

    >>> _split('<http://ex/s> <http://ex/p> "a b"@en <http://ex/g> .')
    ('<http://ex/s>', '<http://ex/p>', '"a b"@en')
    >>> _split('<http://ex/s> <http://ex/p> <http://ex/o> .', quads=False)
    ('<http://ex/s>', '<http://ex/p>', '<http://ex/o>')
    """
    body = line[:line.rindex(" <")] if quads else line.rstrip()[:-2]
    s, p, o = body.split(" ", 2)
    return s, p, o


_QUAD = re.compile(r"^(\S+) (\S+) (.*) <[^>]*> \.$", re.M)
_TRIPLE = re.compile(r"^(\S+) (\S+) (.*) \.$", re.M)


def _triples(lines: Iterable[str] | str, quads: bool) -> Iterable[tuple[str, str, str]]:
    """``(s, p, o)`` of N-Quads or N-Triples: a whole text at once (one regular expression), or lines."""
    if isinstance(lines, str):
        return (_QUAD if quads else _TRIPLE).findall(lines)
    return (_split(line, quads) for line in lines if line)


class _Data:
    """The triples of one or more graphs, by subject: ``out[s][p]`` is the list of objects (N-Triples terms)."""

    def __init__(self, lines: Iterable[str] | str, shapes: Shapes, *, quads: bool = True, parsed: bool = False) -> None:
        out: dict[str, dict[str, list[str]]] = {}
        sub: list[tuple[str, str]] = []
        subclass = f"<{_SUBCLASS}>"
        if parsed:  # distinct triples (a set): no object is there twice, and subclass triples are looked for after
            for s, p, o in lines:
                props = out.get(s)
                if props is None:
                    out[s] = {p: [o]}
                else:
                    objs = props.get(p)
                    if objs is None:
                        props[p] = [o]
                    else:
                        objs.append(o)
            sub = [(s[1:-1], o[1:-1]) for s, props in out.items() if subclass in props
                   for o in props[subclass] if o.startswith("<")]
        else:
            for s, p, o in _triples(lines, quads):
                props = out.get(s)
                if props is None:
                    props = out[s] = {}
                objs = props.get(p)
                if objs is None:
                    props[p] = [o]
                elif o not in objs:
                    objs.append(o)
                if p == subclass and o.startswith("<"):
                    sub.append((s[1:-1], o[1:-1]))
        self.out = out
        self._pairs = shapes.subclass_of + tuple(sub)
        self.supers = _superclasses(self._pairs)
        self._types: dict[str, set[str]] = {}

    def add(self, lines: Iterable[str] | str, *, quads: bool = True) -> None:
        """More triples (the lines of more subjects)."""
        sub = []
        for s, p, o in _triples(lines, quads):
            objs = self.out.setdefault(s, {}).setdefault(p, [])
            if o not in objs:
                objs.append(o)
            if p == f"<{_SUBCLASS}>" and o.startswith("<"):
                sub.append((s[1:-1], o[1:-1]))
        if sub:
            self.supers = _superclasses(tuple(sorted(set(self._pairs) | set(sub))))
            self._pairs = tuple(sorted(set(self._pairs) | set(sub)))
        self._types.clear()

    def types(self, node: str) -> set[str]:
        """Every class of ``node``, with their superclasses (IRIs, without brackets)."""
        found = self._types.get(node)
        if found is None:
            found = set()
            for t in self.out.get(node, {}).get(_TYPE_NT, ()):
                if t.startswith("<"):
                    found |= self.supers.get(t[1:-1], {t[1:-1]})
            self._types[node] = found
        return found


@lru_cache(maxsize=8)
def _superclasses(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    direct: dict[str, set[str]] = {}
    for s, o in pairs:
        direct.setdefault(s, set()).add(o)
    closed: dict[str, frozenset[str]] = {}
    for start in direct:
        seen, todo = {start}, [start]
        while todo:
            for up in direct.get(todo.pop(), ()):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        closed[start] = frozenset(seen)
    return closed


def _check(data: _Data, shapes: Shapes, subjects: Iterable[str] | None = None) -> list[tuple[Violation, bool]]:
    """Every violation on the given subjects (default: all), with whether it read a value node's types."""
    found: list[tuple[Violation, bool]] = []
    by_class, by_subject_of, plans, cache = shapes.target_classes, shapes.target_subjects_of, shapes.plans, shapes.cache

    def report(c: Constraint, focus: str, value: str | None) -> None:
        found.append((Violation(focus=_plain(focus), path=_qname(c.path) if c.path else None, severity=c.severity,
                                message=c.message, shape=c.shape, component=c.component, value=value),
                      c.reads_values))

    for focus in (data.out if subjects is None else subjects):
        props = data.out.get(focus)
        if not props:
            continue
        targeted: set[int] = set()
        if _TYPE_NT in props:
            for cls in data.types(focus):
                if cls in by_class:
                    targeted.update(by_class[cls])
        for p in props:
            if p in by_subject_of:
                targeted.update(by_subject_of[p])
        for i in sorted(targeted):
            for kind, pred, param, reads, uid, c in plans[i]:
                values = (focus,) if pred is None else props.get(pred, ())
                if kind == "MinCount":
                    if len(values) < param:
                        report(c, focus, None)
                elif kind == "MaxCount":
                    if len(values) > param:
                        report(c, focus, None)
                elif reads:  # depends on the data: never cached
                    for v in values:
                        if not _ok(kind, param, v, data):
                            report(c, focus, v)
                else:  # decided by the value alone: cached
                    for v in values:
                        ok = cache.get((uid, v))
                        if ok is None:
                            if len(cache) > 500_000:
                                cache.clear()
                            ok = cache[(uid, v)] = _ok(kind, param, v, data)
                        if not ok:
                            report(c, focus, v)
    return found


def _plain(term: str) -> str:
    return term[1:-1] if term.startswith("<") else term


def _ok(name: str, param: Any, value: str, data: _Data) -> bool:
    if name == "Class":
        return param in data.types(value)
    if name == "Or":
        return any(all(_ok(n, p, value, data) for n, p in alt) for alt in param)
    if name == "NodeKind":
        kind = "IRI" if value.startswith("<") else "BlankNode" if value.startswith("_:") else "Literal"
        allowed = {"IRI": {"IRI"}, "Literal": {"Literal"}, "BlankNode": {"BlankNode"},
                   "BlankNodeOrIRI": {"BlankNode", "IRI"}, "IRIOrLiteral": {"IRI", "Literal"},
                   "BlankNodeOrLiteral": {"BlankNode", "Literal"}}[str(param).rsplit("#", 1)[-1]]
        return kind in allowed
    if name == "Datatype":
        if not value.startswith('"'):
            return False
        simple = _simple_literal(value)
        if simple is not None:
            return simple[0] == param
        term = _term(value)
        dt = str(term.datatype) if term.datatype else (_LANG_STRING if term.language else _XSD_STRING)
        return dt == param and not term.ill_typed
    if name == "In":
        return _term(value) in param
    if value.startswith("_:"):  # string and range facets: a blank node never satisfies them
        return False
    simple = _simple_literal(value) if value.startswith('"') else None
    if simple is not None:  # what str() and .value of its rdflib term would be
        if name == "Pattern":
            return re.search(param, simple[1]) is not None
        if name in ("MinLength", "MaxLength"):
            n = len(simple[1])
            return n >= param if name == "MinLength" else n <= param
        if isinstance(simple[2], int) and _plain_number(param.value):
            a, b = simple[2], param.value
            cmp = (a > b) - (a < b)
            return {"MinInclusive": cmp >= 0, "MaxInclusive": cmp <= 0, "MinExclusive": cmp > 0,
                    "MaxExclusive": cmp < 0}[name]
    term = _term(value)
    if name == "Pattern":
        return re.search(param, str(term)) is not None
    if name in ("MinLength", "MaxLength"):
        n = len(str(term))
        return n >= param if name == "MinLength" else n <= param
    if not isinstance(term, Literal) or isinstance(term.value, str) != isinstance(param.value, str):
        return False
    a, b = term.value, param.value
    if _plain_number(a) and _plain_number(b):  # what the shapes bound (offsets, counts, confidence): compared
        cmp = (a > b) - (a < b)  # as pySHACL compares them, without importing it (a third of a build's start)
    else:
        from pyshacl.rdfutil.compare import compare_literal  # the range facets compare as pySHACL does

        try:
            cmp = compare_literal(term, param)
        except (TypeError, NotImplementedError):
            return False
    return {"MinInclusive": cmp >= 0, "MaxInclusive": cmp <= 0, "MinExclusive": cmp > 0, "MaxExclusive": cmp < 0}[name]


_SIMPLE_INTEGER = re.compile(r'"(-?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>')
_SIMPLE_STRING = re.compile(r'"([^"\\]*)"(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?')  # rdflib's test of a language tag


def _simple_literal(value: str) -> tuple[str, str, Any] | None:
    """``(datatype, lexical form, value)`` of a literal term that needs no rdflib term to be read: a string
    without escapes (plain or with a language tag) or an ``xsd:integer`` of ASCII digits (well-typed, since
    ``int`` reads it); None for any other. The same as :func:`_term`'s datatype, ``str()`` and ``.value``.

    >>> _simple_literal('"a b"@en'), _simple_literal('"7"^^<http://www.w3.org/2001/XMLSchema#integer>')[2]
    (('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', 'a b', 'a b'), 7)
    >>> _simple_literal('"a\\\\nb"') is None, _simple_literal('"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    (True, None)
    """
    m = _SIMPLE_STRING.fullmatch(value)
    if m is not None:
        return (_XSD_STRING if value.endswith('"') else _LANG_STRING), m[1], m[1]
    m = _SIMPLE_INTEGER.fullmatch(value)
    if m is not None:
        return _XSD_INTEGER, m[1], int(m[1])
    return None


def _plain_number(value: Any) -> bool:
    """An int, Decimal or float that is no bool and no NaN: values that pySHACL's ``compare_literal`` orders as
    Python does.

    >>> from decimal import Decimal
    >>> _plain_number(Decimal("0.5")), _plain_number(3), _plain_number(True), _plain_number(float("nan"))
    (True, True, False, False)
    """
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and value == value


# --- one article ------------------------------------------------------------------------------


@dataclass
class ArticleReport:
    """What validating one article's graph found, and what the spanning check needs of it.

    ``violations`` are final unless their focus node (or, for ``sh:class``, their value node)
    is a subject in another graph too; ``subjects`` holds ``(hash, start, end)`` for each subject
    of the graph: its 64-bit hash and the byte range of its lines in the article's N-Quads.
    """

    shapes: str  # Shapes.digest of the shapes it was checked against
    violations: list[Violation] = field(default_factory=list)
    reads_values: list[bool] = field(default_factory=list)  # per violation
    subjects: bytes = b""  # array('q') of (hash, start, end) triples
    validated_at: float = 0.0  # when (seconds since the epoch): an unchanged article keeps its time
    by: str = ""  # which process and thread validated it ("pid/thread name"): a pool or Dask worker in a build

    def to_json(self) -> str:
        return json.dumps({"shapes": self.shapes, "at": self.validated_at, "by": self.by,
                           "violations": [[v.focus, v.path, v.severity, v.message, v.shape, v.component, v.value, r]
                                          for v, r in zip(self.violations, self.reads_values)]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, subjects: bytes = b"") -> ArticleReport:
        """The report stored in the manifest (its ``subjects`` are kept in a column of their own).

        >>> r = ArticleReport(shapes="s", violations=[Violation("f", None, "Violation", "m", "s", "C")],
        ...                   reads_values=[True], validated_at=1.0)
        >>> ArticleReport.from_json(r.to_json()) == r
        True
        """
        data = json.loads(text)
        rows = data["violations"]
        return cls(shapes=data["shapes"], validated_at=data["at"], by=data.get("by", ""), subjects=subjects,
                   violations=[Violation(*row[:7]) for row in rows], reads_values=[bool(row[7]) for row in rows])


def subject_hash(term: str) -> int:
    """A signed 64-bit hash of an N-Triples subject term.

    >>> subject_hash("<http://ex/a>") == subject_hash("<http://ex/a>") != subject_hash("<http://ex/b>")
    True
    """
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little", signed=True)


def subject_spans(nquads: bytes, data: _Data | None = None) -> bytes:
    """Where each subject's lines are in sorted N-Quads, and which of the others its triples name.

    As ``array('q')`` bytes: ``n``, then ``(hash, start, end)`` for each of the ``n`` subjects,
    then ``n + 1`` offsets into the references that follow (the indexes of the subjects of the
    same graph that a subject's triples have as objects; only when ``data`` is given).

    >>> spans = _Spans(subject_spans(b"<a> <p> <b> <g> .\\n<a> <q> <c> <g> .\\n<b> <p> <a> <g> .\\n"))
    >>> spans.n, spans.block(0), spans.refs(0)
    (2, (0, 36), [])
    """
    subjects: list[bytes] = []
    cuts: list[int] = []
    if data is not None:  # the subjects are known: find where each one's run starts (sorted lines, so in order)
        subjects = sorted((s.encode() for s in data.out), key=lambda b: b + b" ")
        cuts = [0]
        for subject in subjects[1:]:
            cuts.append(nquads.find(b"\n" + subject + b" ", cuts[-1]) + 1)
        cuts.append(len(nquads))
    else:
        current, pos = None, 0
        for line in nquads.splitlines(keepends=True):
            subject = line[:line.index(b" ")]
            if subject != current:
                subjects.append(subject)
                cuts.append(pos)
                current = subject
            pos += len(line)
        cuts.append(pos)
    out = array("q", [len(subjects)])
    for i, subject in enumerate(subjects):
        out.extend((subject_hash(subject.decode()), cuts[i], cuts[i + 1]))
    refs: list[int] = []
    offsets = [0]
    if data is not None:
        index = {subject.decode(): i for i, subject in enumerate(subjects)}
        for subject in subjects:
            term = subject.decode()
            named = {index[o] for objs in data.out.get(term, {}).values() for o in objs if o in index and o != term}
            refs.extend(sorted(named))
            offsets.append(len(refs))
    else:
        offsets += [0] * len(subjects)
    out.extend(offsets)
    out.extend(refs)
    return out.tobytes()


class _Spans:
    """Reads :func:`subject_spans`."""

    def __init__(self, blob: bytes) -> None:
        self.a = array("q", blob) if blob else array("q", [0, 0])
        self.n = self.a[0]

    def hash(self, i: int) -> int:
        return self.a[1 + 3 * i]

    def block(self, i: int) -> tuple[int, int]:
        return self.a[2 + 3 * i], self.a[3 + 3 * i]

    def refs(self, i: int) -> list[int]:
        base = 1 + 3 * self.n
        first, last = self.a[base + i], self.a[base + i + 1]
        return list(self.a[base + self.n + 1 + first:base + self.n + 1 + last])


def validate_article(nquads: bytes, shapes: Shapes | None = None, *,
                     triples: set[tuple[str, str, str]] | None = None) -> ArticleReport:
    """Validate one article's named graph (sorted N-Quads) on its own; see the module's rule.

    ``triples`` are the same graph's triples as N-Triples terms (a set), when the caller has them
    (:func:`kg.graph.assemble.assemble_article` does): they are then not parsed from the text again.
    """
    shapes = shapes or compile_shapes()
    if triples is not None and not isinstance(triples, (set, frozenset)):
        triples = set(triples)  # the reading of parsed triples takes them distinct
    data = _Data(nquads.decode("utf-8") if triples is None else triples, shapes, parsed=triples is not None)
    found = _check(data, shapes)
    found.sort(key=lambda vr: _order(vr[0]))
    return ArticleReport(shapes=shapes.digest, violations=[v for v, _ in found], reads_values=[r for _, r in found],
                         subjects=subject_spans(nquads, data), validated_at=time.time(),
                         by=f"{os.getpid()}/{threading.current_thread().name}")


# --- across graphs ------------------------------------------------------------------------------


@dataclass
class SpanningInput:
    """One article as the spanning check reads it from the manifest."""

    source: str
    nquads: bytes
    report: ArticleReport
    ranges: Callable[[list[tuple[int, int]]], list[bytes]] | None = None  # reads parts of the N-Quads
    stamp: str = ""  # what its manifest row is (see sync_with_manifest)

    def read(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        """The bytes of each ``(start, end)`` of the article's N-Quads (neighbouring ranges read as one)."""
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and merged[-1][1] == start:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        pairs = [(a, b) for a, b in merged]
        return self.ranges(pairs) if self.ranges is not None and not self.nquads else \
            [self.nquads[a:b] for a, b in pairs]


def check_spanning(articles: Callable[[bool], Iterable[SpanningInput]], others: bytes, shapes: Shapes | None = None,
                   *, quads: int = 0) -> Report:
    """Merge the article reports and check what spans graphs; ``others`` holds the ontology and curated graphs.

    ``articles(True)`` yields the articles; an article's N-Quads may be left empty when its
    ``ranges`` reads the parts the check needs (from the manifest), so they are never all in memory.
    """
    check = Spanning(shapes or compile_shapes())
    check.take_in(articles(True))
    return check.finish(others, quads=quads)


class Spanning:
    """The check across graphs, kept up to date article by article: :meth:`add`, :meth:`remove`, :meth:`finish`.

    It holds, for every article, its subjects' hashes, its report, and which of its triples it
    gave to the union of the shared subjects' triples (each line counted once per article that
    gave it); the results of the check on each shared subject are kept too. :meth:`finish`
    takes the lines of the subjects shared since the last call and checks again only the
    subjects whose triples (or whose values' types) changed. Whatever the steps (articles
    added in several batches, removed, added again), :meth:`finish` gives the report
    :func:`check_spanning` gives in one go. :meth:`dumps` and :meth:`loads` keep the whole state
    between builds (see :func:`sync_with_manifest`), so a build that adds one article reads and
    checks only what that article touches.
    """

    FORMAT = 1

    def __init__(self, shapes: Shapes) -> None:
        self.shapes = shapes
        self.arts: dict[str, _Art] = {}
        self.line_of: list[bytes | None] = []  # line id -> triple line (no graph, no newline); None when free
        self.refs: list[int] = []  # line id -> how many articles (or the others) gave it
        self.id_of: dict[bytes, int] = {}
        self.data = _Data("", shapes)  # the union of the lines given, by subject
        self.results: dict[str, list[tuple[Violation, bool]]] = {}  # shared subject -> its results at the last finish
        self.owned: set[int] = set()  # hashes of the subjects checked across graphs
        self._owned_arr = None  # the same, sorted (numpy int64), as the last step left them
        self.others_digest = ""
        self.others_owned: set[int] = set()
        self.fetch: Callable[[str], SpanningInput | None] | None = None  # reads an article kept from an earlier build
        self._pending: set[str] = set()  # articles added since the last take
        self._dirty: set[str] = set()  # subjects whose triples changed since the last finish
        self._retyped: set[str] = set()  # ... whose rdf:type triples changed
        self._subclass_changed = False
        self._others: _Art | None = None  # the lines the ontology and curated graphs gave
        self._rows: dict[str, tuple] = {}  # source -> its manifest row's (rowid, stamp, report) (sync_with_manifest)
        self._uniq = self._counts = None  # every subject's hash, sorted, and in how many articles it is a subject
        self._unsorted: list = []  # hashes of articles added since, not yet in _uniq

    # --- articles in and out

    def add(self, inputs: Iterable[SpanningInput]) -> None:
        """Add articles (an article already held is replaced); their lines are taken by the next step."""
        import numpy as np

        for art in inputs:
            if art.source in self.arts:
                self.remove(art.source)
            arr = np.frombuffer(art.report.subjects, dtype=np.int64)
            hashes = arr[1:1 + 3 * int(arr[0]):3].copy() if len(arr) else np.zeros(0, dtype=np.int64)
            self.arts[art.source] = _Art(stamp=art.stamp, hashes=hashes, violations=list(art.report.violations),
                                         reads=list(art.report.reads_values), input=art)
            self._pending.add(art.source)
            self._unsorted.append(hashes)

    def remove(self, source: str) -> None:
        """Take an article out, and the lines only it gave."""
        import numpy as np

        art = self.arts.pop(source)
        if source in self._pending:
            self._pending.discard(source)
            self._unsorted = [h for h in self._unsorted if h is not art.hashes]
        else:
            h, c = np.unique(art.hashes, return_counts=True)
            at = np.searchsorted(self._uniq, h)
            self._counts[at] -= c
            keep = self._counts > 0
            self._uniq, self._counts = self._uniq[keep], self._counts[keep]
        for i in art.unpack().ids:
            self._release(i)

    def _give(self, art: _Art, lines: Iterable[bytes]) -> None:
        ids, id_of, refs = art.ids, self.id_of, self.refs
        for line in set(lines):
            i = id_of.get(line)
            if i is None:
                if not line:
                    continue
                i = id_of[line] = len(self.line_of)
                self.line_of.append(line)
                refs.append(0)
            elif i in ids:
                continue
            ids.add(i)
            refs[i] += 1
            if refs[i] == 1:
                self._edit(line, add=True)

    def _release(self, i: int) -> None:
        self.refs[i] -= 1
        if self.refs[i] == 0:
            line = self.line_of[i]
            self.line_of[i] = None
            del self.id_of[line]
            self._edit(line, add=False)

    def _edit(self, line: bytes, *, add: bool) -> None:
        s, p, o = _split(line.decode("utf-8"), quads=False)
        out = self.data.out
        if add:
            out.setdefault(s, {}).setdefault(p, []).append(o)
        else:
            props = out[s]
            props[p].remove(o)
            if not props[p]:
                del props[p]
                if not props:
                    del out[s]
        self._dirty.add(s)
        if p == _TYPE_NT:
            self._retyped.add(s)
        elif p == f"<{_SUBCLASS}>":
            self._subclass_changed = True

    # --- the steps

    def take_in(self, inputs: Iterable[SpanningInput] = (), *, others: bytes | None = None) -> None:
        """Add articles, and take the lines of every subject now shared (with ``others``' subjects, when given)."""
        import numpy as np

        self.add(inputs)
        if others is not None:
            self._set_others(others)
        self._merge()
        owned_arr = self._uniq[self._counts > 1]  # sorted and distinct, as _member wants
        if self.others_owned:
            owned_arr = np.union1d(owned_arr, np.array(sorted(self.others_owned), dtype=np.int64))
        before = self._owned_arr if self._owned_arr is not None else np.array(sorted(self.owned), dtype=np.int64)
        newly = owned_arr[~_member(owned_arr, before)]
        self.owned, self._owned_arr = set(owned_arr.tolist()), owned_arr
        # a new article: each of its subjects now shared; one held before: those shared since the last step
        sources = [x for x in self.arts if x not in self._pending] if len(newly) else []
        old = len(sources)
        sources += list(self._pending)
        hashes = [self.arts[x].hashes for x in sources]
        every = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.int64)
        cut = sum(len(h) for h in hashes[:old])
        hit = np.concatenate([_member(every[:cut], newly), _member(every[cut:], owned_arr)])
        for n, found in self._by_article(sources, hashes, np.nonzero(hit)[0]):
            art = self.arts[sources[n]]
            shared = art.unpack().shared
            new = [i for i in found if i not in shared]
            if new:
                self._take(sources[n], art, new, shared=True)
        self._pending.clear()

    def _merge(self) -> None:
        """Count the hashes of the articles added since the last step into ``_uniq`` and ``_counts``."""
        import numpy as np

        if self._uniq is None:
            self._uniq, self._counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        if not self._unsorted:
            return
        h, c = np.unique(np.concatenate(self._unsorted), return_counts=True)
        self._unsorted = []
        # placed into the sorted hashes by a binary search each: a copy of them, not a sort (a tenth of the time
        # when a batch of articles goes into the hashes of thousands)
        at = np.searchsorted(self._uniq, h)
        there = at < len(self._uniq)
        there[there] = self._uniq[at[there]] == h[there]
        self._counts[at[there]] += c[there]
        self._uniq = np.insert(self._uniq, at[~there], h[~there])
        self._counts = np.insert(self._counts, at[~there], c[~there])

    @staticmethod
    def _by_article(sources: list[str], hashes: list, positions) -> Iterator[tuple[int, list[int]]]:
        """Positions in the concatenated ``hashes`` as ``(article number, [indexes in its subjects])``."""
        import numpy as np

        if not len(positions):
            return
        starts = np.cumsum([0] + [len(h) for h in hashes])
        owners = np.searchsorted(starts, positions, side="right") - 1  # positions are sorted: so are owners
        firsts, cuts = np.unique(owners, return_index=True)
        for n, part in zip(firsts.tolist(), np.split(positions - starts[owners], cuts[1:])):
            yield n, part.tolist()

    def _input(self, source: str, art: _Art) -> SpanningInput:
        if art.input is None:
            art.input = self.fetch(source) if self.fetch is not None else None
            if art.input is None:
                raise KeyError(f"the check across graphs cannot read the article {source}")
        return art.input

    def _take(self, source: str, art: _Art, new: list[int], *, shared: bool) -> None:
        """Take the lines of the subjects ``new`` of an article (and, when they are shared, of those they name)."""
        inp = self._input(source, art)
        art.unpack()
        spans = _Spans(inp.report.subjects)
        take = set(new)
        if shared:
            art.shared.update(new)
            for i in new:
                take.update(spans.refs(i))
        take -= art.taken
        art.taken |= take
        if not take:
            return
        lines = b"".join(inp.read([spans.block(i) for i in take]))
        first = lines[:lines.index(b"\n") + 1]
        tail = first[first.rindex(b" <"):]  # b" <graph> .\n", the same on every line of the article
        self._give(art, lines.replace(tail, b" .\n").split(b"\n"))  # one triple from two articles is one line

    def _set_others(self, others: bytes) -> None:
        digest = hashlib.sha256(others).hexdigest()
        if digest == self.others_digest:
            return
        if self._others is not None:
            for i in self._others.ids:
                self._release(i)
        art = _Art(stamp=digest, hashes=None)
        triples = _QUAD.findall(others.decode("utf-8"))
        self._give(art, (f"{s} {p} {o} .".encode() for s, p, o in triples))
        self.others_owned = {subject_hash(s) for s, _, _ in triples}
        self.others_digest = digest
        self._others = art
        self.results.clear()  # the ontology or the curated facts changed: every shared subject is checked again

    def finish(self, others: bytes, *, quads: int = 0) -> Report:
        """The report: the article results that stand, and the check of what spans graphs."""
        import numpy as np

        shapes, data = self.shapes, self.data
        self.take_in((), others=others)
        owned = self.owned
        uniq = self._uniq

        def somewhere(term: str) -> bool:  # a subject in some graph
            h = subject_hash(term)
            i = int(np.searchsorted(uniq, h))
            return (i < len(uniq) and int(uniq[i]) == h) or h in self.others_owned

        kept: list[Violation] = []
        recheck: list[Violation] = []  # sh:class results whose value node has triples in another graph
        for source, art in self.arts.items():
            for v, reads in zip(art.violations, art.reads):
                if subject_hash(_nt(v.focus)) in owned:
                    continue  # decided by the spanning check
                if reads and v.value and somewhere(v.value):
                    recheck.append(v)
                else:
                    kept.append(v)
        spanning = self._check_shared()
        # A class check whose value node lives only in some article's own lines: fetch those types and decide again.
        missing = {v.value for v, r in spanning if r and v.value and v.value not in data.out and somewhere(v.value)}
        missing |= {v.value for v in recheck if v.value not in data.out}
        if missing:
            wanted = np.array(sorted({subject_hash(m) for m in missing}), dtype=np.int64)
            sources = list(self.arts)
            hashes = [self.arts[x].hashes for x in sources]
            every = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.int64)
            for n, found in self._by_article(sources, hashes, np.nonzero(_member(every, wanted))[0]):
                self._take(sources[n], self.arts[sources[n]], found, shared=False)
            spanning = self._check_shared()
        results = kept + [v for v, _ in spanning]
        results += [v for v in recheck if _recheck_fails(v, shapes, data)]
        results = sorted(set(results), key=_order)
        return Report(conforms=not results, results=results, text=_text(results), triples=quads)

    def _check_shared(self) -> list[tuple[Violation, bool]]:
        """The results on every shared subject: those kept from the last finish, the changed ones checked again."""
        data, owned = self.data, self.owned
        if self._dirty:
            data._types.clear()
        if self._subclass_changed:
            sub = [(s[1:-1], o[1:-1]) for s, props in data.out.items()
                   for o in props.get(f"<{_SUBCLASS}>", ()) if o.startswith("<")]
            data._pairs = tuple(sorted(set(self.shapes.subclass_of) | set(sub)))
            data.supers = _superclasses(data._pairs)
            data._types.clear()
            self.results.clear()
        targets = [s for s in data.out if subject_hash(s) in owned]
        again = {s for s in targets if s not in self.results or s in self._dirty}
        if self._retyped:  # a value's types changed: its class checks on every shared subject that names it
            retyped = self._retyped
            again.update(s for s in targets if s not in again and
                         any(o in retyped for objs in data.out[s].values() for o in objs))
        keep = set(targets)
        self.results = {s: r for s, r in self.results.items() if s in keep}
        for s in again:
            self.results[s] = _check(data, self.shapes, subjects=[s])
        self._dirty, self._retyped, self._subclass_changed = set(), set(), False
        return [vr for s in targets for vr in self.results[s]]

    # --- kept between builds

    def dumps(self) -> bytes:
        """The whole state as bytes (``marshal``: plain data only), for :meth:`loads`."""
        self.take_in()  # the articles added are taken in first: a loaded state has none pending
        sources = list(self.arts)
        arts = [self.arts[x] for x in sources]
        found = {x: [(*dataclasses.astuple(v), r) for v, r in zip(a.violations, a.reads)]
                 for x, a in zip(sources, arts) if a.violations}
        others = array("i", sorted(self._others.ids)).tobytes() if self._others is not None else b""
        results = {s: [(*dataclasses.astuple(v), r) for v, r in found] for s, found in self.results.items() if found}
        return marshal.dumps({
            "format": self.FORMAT, "shapes": self.shapes.digest, "sources": sources,
            "stamps": [a.stamp for a in arts], "hashes": b"".join(a.hashes.tobytes() for a in arts),
            "sizes": array("q", [len(a.hashes) for a in arts]).tobytes(), "found": found,
            "packed": [a.pack() for a in arts], "lines": self.line_of, "refs": array("i", self.refs).tobytes(),
            "out": self.data.out, "pairs": self.data._pairs, "results": results,
            "checked": sorted(self.results), "owned": array("q", sorted(self.owned)).tobytes(),
            "uniq": self._uniq.tobytes(), "counts": self._counts.tobytes(),
            "dirty": (sorted(self._dirty), sorted(self._retyped), self._subclass_changed),
            "others": (self.others_digest, others, sorted(self.others_owned))})

    @classmethod
    def loads(cls, blob: bytes, shapes: Shapes) -> Spanning:
        """The state :meth:`dumps` wrote; an empty one when it is for other shapes, or not such a state at all.

        What each article holds is unpacked only when the article is touched.
        """
        import numpy as np

        check = cls(shapes)
        try:
            state = marshal.loads(blob)
            if not isinstance(state, dict) or state.get("format") != cls.FORMAT or state.get("shapes") != shapes.digest:
                return check
            hashes = np.frombuffer(state["hashes"], dtype=np.int64)
            ends = np.cumsum(np.frombuffer(state["sizes"], dtype=np.int64)).tolist()
            found = state["found"]
            start = 0
            for source, stamp, end, packed in zip(state["sources"], state["stamps"], ends, state["packed"],
                                                  strict=True):
                rows = found.get(source, ())
                check.arts[source] = _Art(stamp=stamp, hashes=hashes[start:end], packed=packed,
                                          violations=[Violation(*row[:7]) for row in rows],
                                          reads=[bool(row[7]) for row in rows])
                start = end
            if start != len(hashes):
                raise ValueError("the subjects' hashes do not add up")
            check.line_of = state["lines"]
            check.refs = array("i", state["refs"]).tolist()
            check.id_of = dict(zip(check.line_of, range(len(check.line_of))))
            check.id_of.pop(None, None)  # the ids of lines no article gives any more
            check.data.out = state["out"]
            check.data._pairs = tuple(tuple(p) for p in state["pairs"])
            check.data.supers = _superclasses(check.data._pairs)
            results = state["results"]
            check.results = {s: [(Violation(*row[:7]), bool(row[7])) for row in results.get(s, ())]
                             for s in state["checked"]}
            check.owned = set(array("q", state["owned"]))
            dirty, retyped, check._subclass_changed = state["dirty"]
            check._dirty, check._retyped = set(dirty), set(retyped)
            check._uniq = np.frombuffer(state["uniq"], dtype=np.int64).copy()
            check._counts = np.frombuffer(state["counts"], dtype=np.int64).copy()
            if len(check._uniq) != len(check._counts) or int(check._counts.sum()) != len(hashes):
                raise ValueError("the subjects' counts do not add up")
            digest, others, others_owned = state["others"]
            if digest:
                check._others = _Art(stamp=digest, hashes=None, ids=set(array("i", others)))
                check.others_digest, check.others_owned = digest, set(others_owned)
        except (ValueError, EOFError, TypeError, KeyError, IndexError, AttributeError):
            return cls(shapes)  # damaged: start again (costs time, never a wrong report)
        return check


def _member(values, keys):
    """Which of ``values`` are among ``keys`` (sorted, distinct int64): a binary search each, with no sort of
    ``values``, which hold every subject of the articles held (``np.isin`` sorts them all on every step).

    >>> import numpy as np
    >>> _member(np.array([5, 1, 9, 5]), np.array([1, 5])).tolist(), _member(np.array([3]), np.zeros(0, dtype=np.int64)).tolist()
    ([True, True, False, True], [False])
    """
    import numpy as np

    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


@dataclass(eq=False)
class _Art:
    """What :class:`Spanning` holds of one article."""

    stamp: str  # what its manifest row was when it was added (see sync_with_manifest)
    hashes: Any  # numpy int64: its subjects' hashes, in the order of its report's spans
    violations: list[Violation] = field(default_factory=list)
    reads: list[bool] = field(default_factory=list)
    shared: set[int] = field(default_factory=set)  # its subjects taken as shared
    taken: set[int] = field(default_factory=set)  # its subjects whose lines it gave
    ids: set[int] = field(default_factory=set)  # the lines it gave
    input: SpanningInput | None = None  # where its bytes are read (this build only)
    packed: tuple[bytes, bytes, bytes] | None = None  # shared, taken and ids as saved, until unpack()

    def unpack(self) -> _Art:
        """Turn what was loaded into sets (an article a build does not touch stays packed)."""
        if self.packed is not None:
            shared, taken, ids = self.packed
            self.shared, self.taken, self.ids = set(array("i", shared)), set(array("i", taken)), set(array("i", ids))
            self.packed = None
        return self

    def pack(self) -> tuple[bytes, bytes, bytes]:
        if self.packed is not None:
            return self.packed
        return tuple(array("i", sorted(x)).tobytes() for x in (self.shared, self.taken, self.ids))


def _recheck_fails(v: Violation, shapes: Shapes, data: _Data) -> bool:
    """Whether a per-article ``sh:class`` result still holds with the value's triples from every graph."""
    for constraints in shapes.constraints:
        for c in constraints:
            if c.component == v.component and c.reads_values and c.shape == v.shape and \
                    (_qname(c.path) if c.path else None) == v.path and c.message == v.message:
                name = c.component[:-len("ConstraintComponent")]
                return not _ok(name, c.param, v.value, data)
    return True


def _nt(focus: str) -> str:
    return focus if focus.startswith("_:") else f"<{focus}>"


def _text(results: list[Violation]) -> str:
    """The detailed part of ``validation.txt``: one block per result, as pySHACL lists them."""
    if not results:
        return "Validation Report\nConforms: True\n"
    out = ["Validation Report", "Conforms: False", f"Results ({len(results)}):"]
    for v in results:
        out.append(f"Constraint Violation in {v.component} (http://www.w3.org/ns/shacl#{v.component}):")
        out.append(f"\tSeverity: sh:{v.severity}")
        out.append(f"\tSource Shape: {v.shape}")
        out.append(f"\tFocus Node: {v.focus}")
        if v.value:
            out.append(f"\tValue Node: {v.value}")
        if v.path:
            out.append(f"\tResult Path: {v.path}")
        out.append(f"\tMessage: {v.message}")
    return "\n".join(out) + "\n"


def validate_nquads(nquads: bytes | str | Path, shapes: Shapes | None = None) -> Report:
    """Validate a whole dataset (N-Quads) in one go with the compiled checks: no per-article reports needed."""
    shapes = shapes or compile_shapes()
    text = Path(nquads).read_bytes() if isinstance(nquads, (str, Path)) else nquads
    lines = text.decode("utf-8").splitlines()
    data = _Data(lines, shapes)
    results = sorted({v for v, _ in _check(data, shapes)}, key=_order)
    return Report(conforms=not results, results=results, text=_text(results), triples=len(lines))


# --- a build ------------------------------------------------------------------------------------

MANIFEST_META = "validated_graph"  # the manifest's record of the graph file its reports describe


def file_digest(path: str | Path) -> str:
    """What identifies a file as written: its size, modification time and inode (no read of its bytes).

    A file the build wrote and nobody touched since keeps all three; an edit or a replacement changes one.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "f"; _ = p.write_bytes(b"x")
    >>> file_digest(p) == file_digest(p)
    True
    """
    st = Path(path).stat()
    return f"{st.st_size}-{st.st_mtime_ns}-{st.st_ino}"


def validate_manifest(manifest, others: bytes, shapes: Shapes, *, quads: int = 0, store: bool = True) -> Report:
    """The build's report from the per-article reports in ``manifest`` plus the spanning check.

    Articles without a report for these shapes (built with ``--no-validate``, or before the
    shapes changed) are validated here, and their reports stored when ``store``.
    """
    def articles(lines: bool) -> Iterable[SpanningInput]:
        return manifest_inputs(manifest, shapes, store=store)

    return check_spanning(articles, others, shapes, quads=quads)


def manifest_inputs(manifest, shapes: Shapes, *, store: bool = True) -> Iterator[SpanningInput]:
    """The articles of ``manifest`` for :class:`Spanning`, reports and all.

    The N-Quads are not read whole: the check reads the parts it needs (``manifest.read_nquads``).
    An article without a report for these shapes is validated here, and its report stored when ``store``.
    """
    for rowid, source, text, subjects in manifest.rows("rowid", "source", "validation", "subjects"):
        yield _manifest_input(manifest, shapes, rowid, source, text, subjects, store=store)


def _manifest_input(manifest, shapes: Shapes, rowid: int, source: str, text: str | None, subjects: bytes | None, *,
                    stamp: str = "", store: bool = False) -> SpanningInput:
    """One manifest row as the check reads it: its stored report, or (none for these shapes) a new one."""
    report = ArticleReport.from_json(text, subjects) if text else None
    nquads = b""
    if report is None or report.shapes != shapes.digest:
        nquads = manifest.nquads(source)
        report = validate_article(nquads, shapes)
        if store:
            manifest.set_validation(source, report)
    return SpanningInput(source=source, nquads=nquads, report=report, stamp=stamp,
                         ranges=lambda pairs: manifest.read_nquads(rowid, pairs))


def sync_with_manifest(check: Spanning, manifest, *, only: set[str] | None = None, drop: bool = True) -> None:
    """Bring ``check`` to the articles of ``manifest`` (those of ``only``, if given), reading as little as it can.

    An article whose row is the one ``check`` holds (same content hash, same report, which carries
    the time it was made) is kept as it is, and its bytes are read only if the check needs more of
    them; another is (re)added from its row. With ``drop``, every article held that is not among
    those is taken out (its file changed, or is gone). An article without a report for these shapes
    is validated here (not stored): its report then never matches a later one.
    """
    shapes = check.shapes
    rows: dict[str, tuple[int, str, str | None]] = {}
    for rowid, source, content_hash, text in manifest.rows("rowid", "source", "content_hash", "validation",
                                                           sources=only):
        rows[source] = (rowid, f"{content_hash}\0{text}" if text else "", text)  # no report: never matched
    if drop:
        for source in [x for x in check.arts if x not in rows]:
            check.remove(source)

    def read(source: str, rowid: int, text: str | None, stamp: str) -> SpanningInput:
        return _manifest_input(manifest, shapes, rowid, source, text, manifest.subjects(rowid) if text else None,
                               stamp=stamp)

    def fetch(source: str) -> SpanningInput | None:
        row = known.get(source)  # holds the manifest's rows too (below)
        return read(source, row[0], row[2], row[1]) if row else None

    known = check._rows
    known.update(rows)
    check.fetch = fetch
    check.add(read(source, rowid, text, stamp) for source, (rowid, stamp, text) in rows.items()
              if source not in check.arts or check.arts[source].stamp != stamp or not stamp)


def validate_build(nquads: str | Path, *, settings: Settings | None = None, manifest: Any = None) -> Report:
    """Validate a build's N-Quads file against ``settings.shapes`` (with ``settings.ontology``).

    ``manifest`` (a :class:`kg.pipeline.manifest.Manifest`, opened read-only) gives the article
    reports of the build; they are used when its record says they describe this very file (same
    digest) and every article has a report for these shapes. Otherwise the whole file is checked in one go: with the compiled checks, or with
    pySHACL (:func:`validate_graph`) when the shapes use what those do not implement.
    """
    settings = settings or Settings()
    graph = Path(nquads)
    try:
        compiled = compile_shapes(Path(settings.shapes), Path(settings.ontology))
    except Unsupported:
        return validate_graph(union_from_nquads(graph), shapes=settings.shapes, ontology=settings.ontology)
    if manifest is not None:
        record = json.loads(manifest.meta(MANIFEST_META) or "{}")
        if record.get("digest") and record["digest"] == file_digest(graph) and not manifest.stale_reports(compiled.digest):
            return validate_manifest(manifest, record["others"].encode("utf-8"), compiled,
                                     quads=record.get("quads", 0), store=False)
    _check_nquads(graph)  # not the file the build wrote: its syntax is checked first, by pyoxigraph
    return validate_nquads(graph, compiled)


def _check_nquads(path: Path) -> None:
    """Raise :class:`~kg.errors.InputError` naming the line when ``path`` is not N-Quads (or cannot be read)."""
    import pyoxigraph as ox

    from kg.errors import InputError

    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            pass
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read the built graph: {exc}", where=str(path)) from exc


def build_record(graph: str | Path, others: bytes, quads: int) -> str:
    """What a manifest keeps so that :func:`validate_build` can reuse its reports for the file ``graph``."""
    return json.dumps({"digest": file_digest(graph), "others": others.decode("utf-8"), "quads": quads})
