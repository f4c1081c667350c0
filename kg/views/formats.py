"""Output formats: pyoxigraph's RDF formats, plus GraphML and GEXF (for Gephi), written atomically.

Each RDF format wraps a :class:`pyoxigraph.RdfFormat` (its extension, media type
and whether it keeps named graphs come from there). Quad formats (TriG,
N-Quads, JSON-LD) keep the named graphs; triple formats (Turtle, N-Triples,
RDF/XML) carry the union of the graphs. GraphML and GEXF go through networkx,
see :mod:`kg.views.network`.

>>> RdfFormat.from_name("ttl") is RdfFormat.TURTLE
True
>>> RdfFormat.from_extension("graph.nq").name, RdfFormat.NQUADS.ox.media_type
('NQUADS', 'application/n-quads')
>>> RdfFormat.from_name("rdfa")
Traceback (most recent call last):
...
kg.errors.InputError: unknown format 'rdfa'; valid formats: turtle, ntriples, nquads, trig, json-ld, xml, graphml, gexf
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.namespaces import prefix_map as prefixes
from kg.pipeline.folder import atomic_write

_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads", "n-quads": "nquads",
            "jsonld": "json-ld", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml"}


class RdfFormat(Enum):
    """Output formats: (name, the pyoxigraph format or None, extensions besides pyoxigraph's, rdflib's name)."""

    TURTLE = ("turtle", ox.RdfFormat.TURTLE, (), "turtle")
    NTRIPLES = ("ntriples", ox.RdfFormat.N_TRIPLES, (), "nt")
    NQUADS = ("nquads", ox.RdfFormat.N_QUADS, (), "nquads")
    TRIG = ("trig", ox.RdfFormat.TRIG, (), "trig")
    JSONLD = ("json-ld", ox.RdfFormat.JSON_LD, (".json",), "json-ld")
    XML = ("xml", ox.RdfFormat.RDF_XML, (".xml", ".owl"), "xml")
    GRAPHML = ("graphml", None, (".graphml",), None)
    GEXF = ("gexf", None, (".gexf",), None)

    def __init__(self, label: str, ox_format: ox.RdfFormat | None, more: tuple[str, ...], rdflib_name: str | None):
        self.label = label
        self.ox = ox_format
        self.extensions = ((f".{ox_format.file_extension}",) if ox_format else ()) + more
        self.quads = bool(ox_format and ox_format.supports_datasets)
        self.rdflib_name = rdflib_name  # for readers that parse the output with rdflib

    @classmethod
    def names(cls) -> list[str]:
        return [f.label for f in cls]

    @classmethod
    def from_name(cls, name: str) -> RdfFormat:
        key = name.strip().lower()
        key = _ALIASES.get(key, key)
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

    @classmethod
    def of(cls, output: str | Path, fmt: RdfFormat | str | None = None) -> RdfFormat:
        """The format asked for, else the one the extension of ``output`` names."""
        if fmt is None:
            return cls.from_extension(output)
        return cls.from_name(fmt) if isinstance(fmt, str) else fmt


def serialize(store: ox.Store, fmt: RdfFormat, *, base: str | None = None) -> bytes:
    """The store's quads (or, for a triple format, the union of its graphs) in ``fmt``, written by pyoxigraph.

    >>> store = ox.Store(); store.add(ox.Quad(ox.NamedNode("https://kg.example.org/id/a"),
    ...     ox.NamedNode("https://kg.example.org/ontology#p"), ox.Literal("x"), ox.NamedNode("http://g")))
    >>> print(serialize(store, RdfFormat.NTRIPLES).decode().strip())
    <https://kg.example.org/id/a> <https://kg.example.org/ontology#p> "x" .
    """
    if fmt.ox is None:
        raise InputError(f"{fmt.label} is a network format; use kg.views.network")
    items = iter(store) if fmt.quads else _union(store)
    return ox.serialize(items, format=fmt.ox, prefixes=prefixes(base))


def _union(store: ox.Store):
    """The distinct triples of all the store's graphs."""
    return (ox.Triple(sol["s"], sol["p"], sol["o"]) for sol in store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))


def export(store: ox.Store, output: str | Path, fmt: RdfFormat | str | None = None, *,
           base: str | None = None) -> Path:
    """Write ``store`` to ``output`` atomically; the format comes from ``fmt`` or the extension.

    ``store`` may also be an rdflib graph or dataset (as :mod:`kg.views.network` reads).
    """
    fmt = RdfFormat.of(output, fmt)
    if fmt.ox is None:
        from kg.views import network

        data = network.serialize(_as_rdflib(store) if isinstance(store, ox.Store) else store, fmt.label)
        return atomic_write(output, lambda fh: fh.write(data))
    if not isinstance(store, ox.Store):  # an rdflib graph or dataset: handed over as N-Quads
        data = store.serialize(format="nquads", encoding="utf-8")
        store = ox.Store()
        store.load(data, format=ox.RdfFormat.N_QUADS)
    return atomic_write(output, lambda fh: ox.serialize(iter(store) if fmt.quads else _union(store), fh, fmt.ox,
                                                        prefixes=prefixes(base)))


def _as_rdflib(store: ox.Store):
    """The store as an rdflib Dataset, for :mod:`kg.views.network` until it reads pyoxigraph stores."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds
