"""The validate stage: SHACL validation with pySHACL, a report object, the input never changed.

:func:`validate_build` checks a build's N-Quads file: pyoxigraph reads it and
hands pySHACL the union of its graphs (the one place rdflib is needed).

>>> from rdflib import Graph
>>> report = validate_graph(Graph())
>>> report.conforms, report.results
(True, [])
>>> import tempfile; bad = Path(tempfile.mkdtemp()) / "shapes.ttl"; _ = bad.write_text("kgo:X a ;")
>>> validate_graph(Graph(), shapes=bad)
Traceback (most recent call last):
...
kg.errors.InputError: .../shapes.ttl:1: invalid Turtle: ...
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SH

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


def validate_build(nquads: str | Path, *, settings: Settings | None = None) -> Report:
    """Validate a build's N-Quads file against ``settings.shapes`` (with ``settings.ontology``)."""
    settings = settings or Settings()
    return validate_graph(union_from_nquads(nquads), shapes=settings.shapes, ontology=settings.ontology)


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    severity: str
    message: str
    shape: str | None


@dataclass
class Report:
    """The outcome of a validation: conformance, each violation, and pySHACL's text."""

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
    """Validate ``data`` (a dataset's union, or a graph, left unchanged: no inference) against the SHACL shapes.

    A shapes or ontology file that does not parse raises :class:`~kg.errors.InputError` naming it.
    """
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
        results.append(Violation(
            focus=str(results_graph.value(r, SH.focusNode)),
            path=results_graph.qname(path) if path is not None and not isinstance(path, Literal) else None,
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            message=str(msg) if msg else "constraint violated",
            shape=str(results_graph.value(r, SH.sourceShape)),
        ))
    results.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return Report(conforms=bool(conforms), results=results, text=str(text), triples=len(data_graph))
