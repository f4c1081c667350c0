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
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
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
            return marshal.loads(fh.read())  # one read: marshal.load reads a file object piece by piece
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


@lru_cache(maxsize=512)
def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled program kept in the cache.

    Python's ``re`` parses a pattern and generates its program in Python; for the extractor's
    patterns (alternations of every demonym and country name, rules with their macros
    expanded) that is most of its start-up. The program is plain data, a list of integers
    that ``re`` hands to its C engine, so it is cached like any value here, keyed on the
    pattern, the flags, the Python version and the engine's format (``_sre.MAGIC``). An entry
    carries a digest of its program, and the engine checks a program's structure before it
    accepts it; an entry that fails either is compiled again, as is every pattern when the
    cache is off. A bad pattern raises :class:`re.error` as ``re.compile`` does.

    >>> rx = regex(r"(?P<word>[a-z]+)s$", re.IGNORECASE)
    >>> rx.search("Sanctions").group("word"), rx.groupindex["word"], rx.flags == re.compile(rx.pattern, re.I).flags
    ('Sanction', 1, True)
    """
    import _sre

    try:
        key = ("sealed program 2", pattern, str(int(flags)), str(_sre.MAGIC), str(_sre.CODESIZE))
        digest, program = cached("regex", key, lambda: _sealed(_regex_program(pattern, int(flags))))
        if _sealed(program)[0] != digest:
            raise ValueError("a damaged entry")
        flags_, code, groups, groupindex, indexgroup = program
        return _sre.compile(pattern, flags_, code, groups, groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # a damaged entry, a program the engine refuses, or a Python whose re works otherwise
        return re.compile(pattern, flags)


def _sealed(program: tuple) -> tuple[str, tuple]:
    """``program`` with a digest of its content, checked when it is read back."""
    return hashlib.blake2b(marshal.dumps(program, 2), digest_size=16).hexdigest(), program  # version 2: no references, so the same bytes for the same values


def _regex_program(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], list[str | None]]:
    """What ``re``'s compiler hands to the C engine for ``pattern``: flags, program, groups, their names."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, [int(c) for c in code], parsed.state.groups - 1, groupindex, indexgroup
