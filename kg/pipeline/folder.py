"""The build folder (``out/``): its file names, atomic writes, and reading a finished build.

>>> import tempfile
>>> path = atomic_write_text(Path(tempfile.mkdtemp()) / "note.txt", "written whole or not at all")
>>> path.read_text()
'written whole or not at all'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from kg.errors import InputError, NotBuiltError
from kg.namespaces import bind_prefixes

BUILD_FILE = "graph.nq"  # what every command that reads a build parses


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    Nothing is left behind when ``write`` fails: the old file, if any, stays as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write(path, lambda fh: fh.write(text.encode("utf-8")))


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


def read_build(out_dir: str | Path) -> Dataset:
    """The dataset of a finished build in ``out_dir`` (raises :class:`NotBuiltError` if none)."""
    path = Path(out_dir) / BUILD_FILE
    if not path.is_file():
        raise NotBuiltError("no built graph here; run `kg build` first", where=str(path))
    ds = Dataset()
    try:
        ds.parse(path, format="nquads")
    except Exception as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    bind_prefixes(ds)
    return ds
