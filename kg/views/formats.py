"""Serialisations of the built dataset, written atomically.

Quad formats (TriG, N-Quads, JSON-LD) keep the named graphs; triple formats
(Turtle, N-Triples, RDF/XML) carry the union of the graphs. GraphML and GEXF
(for Gephi) go through networkx, see :mod:`kg.views.network`.

>>> RdfFormat.from_name("ttl") is RdfFormat.TURTLE
True
>>> RdfFormat.from_extension("graph.nq").name
'NQUADS'
>>> RdfFormat.from_name("rdfa")
Traceback (most recent call last):
...
kg.errors.InputError: unknown format 'rdfa'; valid formats: turtle, ntriples, nquads, trig, json-ld, xml, graphml, gexf
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.pipeline.folder import atomic_write, union_graph
from kg.namespaces import bind_prefixes

class RdfFormat(Enum):
    """Output formats: (name, rdflib name, extensions, keeps named graphs)."""

    TURTLE = ("turtle", "turtle", (".ttl",), False)
    NTRIPLES = ("ntriples", "nt", (".nt",), False)
    NQUADS = ("nquads", "nquads", (".nq",), True)
    TRIG = ("trig", "trig", (".trig",), True)
    JSONLD = ("json-ld", "json-ld", (".jsonld", ".json"), True)
    XML = ("xml", "xml", (".rdf", ".xml", ".owl"), False)
    GRAPHML = ("graphml", None, (".graphml",), False)
    GEXF = ("gexf", None, (".gexf",), False)

    def __init__(self, label: str, rdflib_name: str | None, extensions: tuple[str, ...], quads: bool) -> None:
        self.label = label
        self.rdflib_name = rdflib_name
        self.extensions = extensions
        self.quads = quads

    @classmethod
    def names(cls) -> list[str]:
        return [f.label for f in cls]

    @classmethod
    def from_name(cls, name: str) -> RdfFormat:
        key = name.strip().lower()
        key = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads", "n-quads": "nquads",
               "jsonld": "json-ld", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml"}.get(key, key)
        for fmt in cls:
            if fmt.label == key:
                return fmt
        raise InputError(f"unknown format {name!r}; valid formats: {', '.join(cls.names())}")

    @classmethod
    def from_extension(cls, path: str | Path) -> RdfFormat:
        suffix = Path(path).suffix.lower()
        for fmt in cls:
            if suffix in fmt.extensions:
                return fmt
        exts = ", ".join(e for f in cls for e in f.extensions)
        raise InputError(f"cannot tell the format from the extension {suffix or '(none)'!r}; "
                         f"use --format or one of {exts}", where=str(path))


def serialize(dataset: Dataset, fmt: RdfFormat) -> bytes:
    """The dataset in ``fmt`` as bytes (UTF-8)."""
    if fmt.rdflib_name is None:
        from kg.views import network

        return network.serialize(dataset, fmt.label)
    target: Graph | Dataset = dataset if fmt.quads else union_graph(dataset)
    bind_prefixes(target)
    out = target.serialize(format=fmt.rdflib_name, encoding="utf-8")
    return out if isinstance(out, bytes) else out.encode("utf-8")


def export(dataset: Dataset, output: str | Path, fmt: RdfFormat | str | None = None) -> Path:
    """Write ``dataset`` to ``output`` atomically; the format comes from ``fmt`` or the extension."""
    if fmt is None:
        fmt = RdfFormat.from_extension(output)
    elif isinstance(fmt, str):
        fmt = RdfFormat.from_name(fmt)
    data = serialize(dataset, fmt)
    return atomic_write(output, lambda fh: fh.write(data))
