"""SHACL validation with pySHACL: a report object, the input never changed.

>>> from rdflib import Graph
>>> report = validate_graph(Graph())
>>> report.conforms, report.results
(True, [])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SH

from kg.config import ONTOLOGY_FILE, SHAPES_FILE
from kg.pipeline.folder import union_graph


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
    """Validate ``data`` (a dataset's union, or a graph) against the SHACL shapes."""
    import pyshacl

    data_graph = union_graph(data)
    from kg.graph.assemble import parse_turtle  # names the file and line of a syntax error

    ont = parse_turtle(ontology)
    shapes_graph = parse_turtle(shapes)
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
