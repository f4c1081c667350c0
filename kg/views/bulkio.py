"""Streaming RDF conversions of a build with pyoxigraph, for graphs too big for rdflib.

The build's N-Quads file is parsed and re-serialised quad by quad in Rust,
without holding the graph in memory. The results are the same RDF as
:func:`kg.views.formats.export` writes through rdflib (the tests check that they are
isomorphic); the triple formats carry the union of the named graphs, where a
triple asserted in two graphs may appear twice in the file (the same graph
once parsed).

>>> import tempfile
>>> from kg.config import Settings
>>> from kg.pipeline.run import build
>>> out = build(settings=Settings(out_dir=tempfile.mkdtemp())).out_dir
>>> path = export_build(out, Path(out) / "graph.ttl")
>>> path.read_text(encoding="utf-8").startswith("@prefix")
True
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError, NotBuiltError
from kg.pipeline.folder import BUILD_FILE, atomic_write
from kg.views.formats import RdfFormat
from kg.namespaces import PREFIXES, base_iri


def _ox_format(fmt: RdfFormat):
    import pyoxigraph

    return {
        RdfFormat.TURTLE: pyoxigraph.RdfFormat.TURTLE, RdfFormat.NTRIPLES: pyoxigraph.RdfFormat.N_TRIPLES,
        RdfFormat.NQUADS: pyoxigraph.RdfFormat.N_QUADS, RdfFormat.TRIG: pyoxigraph.RdfFormat.TRIG,
        RdfFormat.JSONLD: pyoxigraph.RdfFormat.JSON_LD, RdfFormat.XML: pyoxigraph.RdfFormat.RDF_XML,
    }.get(fmt)


def prefixes(base: str | None = None) -> dict[str, str]:
    """The project's prefixes, ``id:`` included, as pyoxigraph takes them."""
    out = {p: str(ns) for p, ns in PREFIXES.items()}
    out["id"] = base_iri(base) + "id/"
    return out


def trig_header(base: str | None = None) -> bytes:
    """The ``@prefix`` lines that :func:`trig_body` output assumes.

    >>> trig_header().splitlines()[0]
    b'@prefix kgo: <https://kg.example.org/ontology#> .'
    """
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes(base).items()).encode()


def trig_body(nquads: bytes, *, base: str | None = None) -> bytes:
    """N-Quads as TriG graph blocks without the prefix lines, so that blocks from many articles concatenate.

    >>> trig_body(b'<https://kg.example.org/id/a> <https://kg.example.org/ontology#p> "x" <https://g> .\\n')
    b'<https://g> {\\n\\tid:a kgo:p "x" .\\n}\\n'
    """
    import pyoxigraph

    if not nquads:
        return b""
    text = pyoxigraph.serialize(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS),
                                format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes(base))
    start = 0
    while text.startswith(b"@prefix ", start):  # pyoxigraph writes every prefix line first
        start = text.index(b"\n", start) + 1
    return text[start:]


def convert(nquads: str | Path, output: str | Path, fmt: RdfFormat, *, base: str | None = None) -> Path:
    """Stream the N-Quads file ``nquads`` into ``output`` (written atomically) in ``fmt``."""
    import pyoxigraph

    target = _ox_format(fmt)
    if target is None:
        raise InputError(f"{fmt.label} is not an RDF format pyoxigraph writes; use kg.views.formats", where=str(output))
    try:
        quads = pyoxigraph.parse(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", where=str(nquads)) from exc
    items = quads if fmt.quads else (q.triple for q in quads)
    try:
        return atomic_write(output, lambda fh: pyoxigraph.serialize(items, fh, target, prefixes=prefixes(base)))
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(nquads)) from exc


def export_build(out_dir: str | Path, output: str | Path, fmt: RdfFormat | str | None = None) -> Path:
    """Export the build in ``out_dir`` like ``kg export`` does, streaming where the format allows.

    GraphML and GEXF go through :func:`kg.views.formats.export` (networkx).
    """
    if fmt is None:
        fmt = RdfFormat.from_extension(output)
    elif isinstance(fmt, str):
        fmt = RdfFormat.from_name(fmt)
    source = Path(out_dir) / BUILD_FILE
    if not source.is_file():
        raise NotBuiltError("no built graph here; run `kg build` first", where=str(source))
    if _ox_format(fmt) is None:
        from kg.views.formats import export
        from kg.pipeline.folder import read_build

        return export(read_build(out_dir), output, fmt)
    return convert(source, output, fmt)
