"""Streaming RDF conversions of a build with pyoxigraph: what ``kg export`` runs.

The build's N-Quads file is parsed and re-serialised quad by quad in Rust,
without holding the graph in memory. Triple formats carry the union of the
named graphs, where a triple asserted in two graphs may appear twice in the
file (the same graph once parsed).

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
from typing import IO

import pyoxigraph

from kg.errors import InputError
from kg.pipeline.folder import atomic_write, read_build, require_build
from kg.namespaces import prefix_map as prefixes
from kg.views.formats import RdfFormat


def convert(nquads: str | Path, output: str | Path | IO[bytes], fmt: RdfFormat, *, base: str | None = None) -> Path | None:
    """Stream the N-Quads file ``nquads`` into ``output`` (a path, written atomically, or a binary stream) in ``fmt``."""
    if fmt.ox is None:
        raise InputError(f"{fmt.label} is not an RDF format pyoxigraph writes; use kg.views.formats", where=str(output))
    try:
        quads = pyoxigraph.parse(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", where=str(nquads)) from exc
    items = quads if fmt.quads else (q.triple for q in quads)
    write = lambda fh: pyoxigraph.serialize(items, fh, fmt.ox, prefixes=prefixes(base))  # noqa: E731
    try:
        if isinstance(output, (str, Path)):
            return atomic_write(output, write)
        write(output)
        return None
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(nquads)) from exc


def export_build(out_dir: str | Path, output: str | Path | IO[bytes], fmt: RdfFormat | str | None = None, *,
                 base: str | None = None) -> Path | None:
    """Export the build in ``out_dir`` (``kg export``) to a file or a binary stream, streaming the RDF formats.

    GraphML and GEXF go through :mod:`kg.views.network` (networkx).
    """
    fmt = RdfFormat.of(output, fmt)
    source = require_build(out_dir)
    if fmt.ox is None:
        from kg.views import network

        data = network.serialize(read_build(out_dir), fmt.label)
        if not isinstance(output, (str, Path)):
            output.write(data)
            return None
        return atomic_write(output, lambda fh: fh.write(data))
    return convert(source, output, fmt, base=base)
