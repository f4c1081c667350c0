"""A small on-disk cache for plain data that kg derives from installed files, to start faster.

Nothing here is downloaded: a cached value is only ever what ``build()`` returned on this
machine. The file name holds a digest of everything the value depends on (the ``key``
parts, the Python version), so a changed input is a miss, never a stale hit. Values are
plain data (``marshal``: tuples, lists, dicts, str, int, float, bool, None), written
to a temporary file and renamed into place, so that a reader never sees half a file. The
cache is optional: an unreadable or unwritable folder (a read-only home) only costs
time. The folder is ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
``KG_CACHE_DIR=""`` (empty) turns it off.

>>> import tempfile, os
>>> calls = []
>>> def build():
...     calls.append(1)
...     return (("Minsk", "BY", 1742124),)
>>> with tempfile.TemporaryDirectory() as d:
...     os.environ["KG_CACHE_DIR"] = d
...     first = cached("cities", ("v1",), build)
...     again = cached("cities", ("v1",), build)
...     changed = cached("cities", ("v2",), build)
>>> del os.environ["KG_CACHE_DIR"]
>>> first == again == changed == (("Minsk", "BY", 1742124),), len(calls)
(True, 2)
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when ``KG_CACHE_DIR`` is set to the empty string."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def file_key(path: str | os.PathLike) -> str:
    """What identifies an installed file's content cheaply: its path, size and modification time.

    A reinstall of the package that ships the file rewrites it, which changes the key.
    """
    st = os.stat(path)
    return f"{os.fspath(path)}:{st.st_size}:{st.st_mtime_ns}"


def cached(name: str, key: Iterable[str], build: Callable[[], T]) -> T:
    """``build()``'s value, from the cache when an earlier run stored it under the same ``key``."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256("\0".join([sys.version, str(marshal.version), *key]).encode()).hexdigest()[:32]
    path = folder / f"{name}-{digest}.marshal"
    try:
        with path.open("rb") as fh:
            return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not cached yet, or unreadable: build it
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(value, fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # a read-only or full disk: the cache is optional
    return value
