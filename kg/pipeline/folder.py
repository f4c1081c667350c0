"""The build folder (``out/``): its file names, staging, atomic writes, the lock, and reading a build.

This module is the only one that knows how ``out/`` is laid out::

    out/graph.nq, graph.trig, ...   links into the current version (what users open)
    out/.kg-build/current           a link to versions/<id>, switched by ONE atomic rename
    out/.kg-build/versions/<id>/    the outputs of one build, written whole before the switch
    out/.kg-build/manifest.sqlite   the cache of per-article results (see kg.pipeline.manifest)
    out/.kg-build/spanning.marshal  the check across graphs, kept for the next build (kg.graph.validate.Spanning)
    out/.kg-build/lock              held by the running build; records its pid and start time

A build writes its outputs into a new version folder, and makes it current by
renaming one link over another, so a reader sees the old outputs or the new
ones, never a mix (:func:`current_dir` resolves the version once).

>>> import tempfile
>>> path = atomic_write_text(Path(tempfile.mkdtemp()) / "note.txt", "written whole or not at all")
>>> path.read_text()
'written whole or not at all'
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import InputError, NotBuiltError

BUILD_FILE = "graph.nq"  # what every command that reads a build parses
OUTPUTS = {
    "graph": BUILD_FILE,  # N-Quads: the build that other commands read
    "trig": "graph.trig",  # the same, for people
    "facts": "facts.jsonl",  # extracted facts, one JSON object per line
    "validation": "validation.txt",
    "disagreements": "disagreements.json",
    "summary": "summary.json",
}
WORK_DIR = ".kg-build"  # inside OUT: the manifest, the lock and the versions
_KEEP_VERSIONS = 2  # the current one and the one before (a reader may still be on it until the next build writes)
_HELD: set[str] = set()  # the build folders this process holds (POSIX locks do not stop the same process)


# --------------------------------------------------------------------------- processes


def process_start(pid: int) -> str | None:
    """The kernel's start time of process ``pid`` (clock ticks since boot), or None if it is not running.

    Together with the pid it names a process for good: a pid may be reused, the pair is not.

    >>> process_start(os.getpid()) is not None
    True
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        if fields[0] in (b"Z", b"X"):  # dead, not yet reaped by its parent
            return None
        return fields[19].decode()  # field 22 of stat(5); the first two are cut off above
    except (OSError, IndexError):
        if not Path("/proc/self/stat").exists():  # no /proc: ask the kernel whether the pid lives
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return None
            except PermissionError:
                return "?"
            return "?"
        return None


def process_alive(pid: int, start: str | None = None) -> bool:
    """Whether the process ``pid`` (started at ``start``, when given) is still running.

    >>> process_alive(os.getpid(), process_start(os.getpid())), process_alive(os.getpid(), "0")
    (True, False)
    """
    now = process_start(pid)
    return now is not None and (start is None or now == "?" or now == start)


# --------------------------------------------------------------------------- atomic writes


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(path: Path) -> int:
    """The mode a written file gets: that of the file it replaces, else what the umask allows (0644 with 022)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


_TMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-(?P<start>[\d?]+)\.[0-9a-f]{8}\.tmp$")


def temporary_owner(name: str) -> tuple[int, str] | None:
    """The (pid, start time) of the process that made a temporary of :func:`temporary_name`, if ``name`` is one.

    >>> temporary_owner(".graph.ttl.123-456.0123abcd.tmp"), temporary_owner("graph.ttl")
    ((123, '456'), None)
    """
    m = _TMP.match(name)
    return (int(m["pid"]), m["start"]) if m else None


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the ``.tmp`` files that dead processes left in ``folder`` (a SIGKILL mid-write, say)."""
    gone = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return gone
    for entry in entries:
        owner = temporary_owner(entry.name)
        if owner is not None and entry.is_file() and not process_alive(*owner):
            with contextlib.suppress(OSError):
                entry.unlink()
                gone.append(entry)
    return gone


def temporary_name(name: str) -> str:
    """The name of a temporary file for ``name``, carrying this process's pid and start time."""
    pid = os.getpid()
    return f".{name}.{pid}-{process_start(pid) or '?'}.{uuid.uuid4().hex[:8]}.tmp"


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    Nothing is left behind when ``write`` fails: the old file, if any, stays as it
    was. The file gets the mode of the file it replaces, or the one the umask
    allows; temporary files of dead processes in the folder are removed first.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = atomic_write(target, lambda fh: fh.write(b"x"))
    >>> oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    True
    """
    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder; give a file name", where=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise InputError("its parent is not a folder", where=str(path)) from None
    remove_stale_temporaries(path.parent)
    mode = new_file_mode(path)
    tmp = path.parent / temporary_name(path.name)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write(path, lambda fh: fh.write(text.encode("utf-8")))


# --------------------------------------------------------------------------- the lock


def _lock_message(work: Path) -> str:
    try:
        pid, start, when = (work / "lock").read_text(encoding="ascii").split()[:3]
        if process_alive(int(pid), start):
            return f"another kg build (pid {pid}, since {when}) is writing to this folder"
    except (OSError, ValueError):
        pass
    return "another kg build is writing to this folder"


@contextlib.contextmanager
def exclusive(out: str | Path) -> Iterator[Path]:
    """Hold the build folder's lock for the whole build; a second build into it fails at once.

    The lock is a POSIX record lock (``lockf``): it belongs to this process
    alone, so forked workers do not inherit it and the kernel frees it when the
    process dies, however it dies; a folder whose builder was killed is taken
    over by the next build. The file records the holder's pid and start time,
    for the message a refused build prints. Yields the work folder.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError("is a file, not a build folder", where=str(out))
    work = out / WORK_DIR
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the build folder: {exc.strerror or exc}", where=str(out)) from exc
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield work
        return
    key = str(work.resolve())
    if key in _HELD:
        raise InputError("another kg build is writing to this folder", where=str(out))
    fd = os.open(work / "lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            raise InputError(_lock_message(work), where=str(out)) from None
        _HELD.add(key)
        pid = os.getpid()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{pid} {process_start(pid) or '?'} {time.strftime('%Y-%m-%dT%H:%M:%S')}\n".encode(), 0)
        try:
            yield work
        finally:
            _HELD.discard(key)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.lockf(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- versions


def current_dir(out: str | Path) -> Path:
    """The folder that holds the current outputs of the build in ``out``, resolved once.

    A reader that takes every file from it sees one build, even while the next
    one switches versions. A folder written by an older kg (plain files) is its own.

    >>> current_dir("no/such/dir")
    PosixPath('no/such/dir')
    """
    out = Path(out)
    link = out / WORK_DIR / "current"
    if link.is_symlink():
        target = link.parent / os.readlink(link)
        if target.is_dir():
            return target
    return out


def build_file(out: str | Path, role: str = "graph") -> Path:
    """The path of one output (``graph``, ``trig``, ``facts``, ...) of the current build.

    >>> build_file("out").name
    'graph.nq'
    """
    return current_dir(out) / OUTPUTS[role]


@contextlib.contextmanager
def new_version(work: Path) -> Iterator[Path]:
    """A staging folder for the outputs of one build; :func:`publish` makes it current.

    Left-over staging folders (of builds that died) are removed first; this
    one is removed if the build fails before it is published. The versions
    :func:`publish` will not keep are removed meanwhile, on a thread.
    """
    versions = work / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    for stale in versions.glob("*.partial"):  # the caller holds the lock: no one else writes here
        shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(work / "staging", ignore_errors=True)  # the single staging folder of older kg versions
    staging = versions / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}.partial"
    staging.mkdir()
    _PRUNING[staging] = _prune_in_background(work)
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        _join_pruning(staging)


_PRUNING: dict = {}  # staging folder -> the thread removing the versions its build will not keep


def _prune_in_background(work: Path):
    """Remove, on a thread of its own, the versions that :func:`publish` will not keep: all but the current one.

    Freeing the blocks of a big build's files takes the file system a while (about 0.4 s for 2 GB
    on ext4); started here, it runs while the new version is written instead of after it. Nothing is
    removed unless the current version is there (a folder whose ``current`` link is broken keeps all).
    """
    import threading

    link = work / "current"
    if not link.is_symlink():
        return None
    current = link.parent / os.readlink(link)
    if not current.is_dir():
        return None
    old = [p for p in (work / "versions").iterdir()
           if p.is_dir() and p.suffix != ".partial" and p.name != current.name]
    if not old:
        return None
    thread = threading.Thread(target=lambda: [shutil.rmtree(p, ignore_errors=True) for p in old],
                              name="prune versions", daemon=True)
    thread.start()
    return thread


def _join_pruning(staging: Path) -> None:
    thread = _PRUNING.pop(staging, None)
    if thread is not None:
        thread.join()


def publish(staging: Path, out: str | Path) -> dict[str, str]:
    """Make the finished ``staging`` folder the current build of ``out``: one atomic rename.

    Returns role -> path of each output, as users see them (``out/graph.nq``).
    """
    out = Path(out)
    work = out / WORK_DIR
    version = staging.with_suffix("")
    os.rename(staging, version)
    fsync_dir(version.parent)
    link_tmp = work / f".current.{os.getpid()}.tmp"
    link_tmp.unlink(missing_ok=True)
    os.symlink(Path("versions") / version.name, link_tmp)
    os.replace(link_tmp, work / "current")  # the switch: readers see the old build or the new one
    fsync_dir(work)
    files = {}
    for role, name in OUTPUTS.items():
        visible = out / name
        target = Path(WORK_DIR) / "current" / name
        if not (visible.is_symlink() and Path(os.readlink(visible)) == target):
            tmp = out / f".{name}.link.tmp"
            tmp.unlink(missing_ok=True)
            os.symlink(target, tmp)
            os.replace(tmp, visible)  # once per folder (a plain file from an older kg is replaced)
        files[role] = str(visible)
    _join_pruning(staging)  # what the build removed while it wrote: gone before the rest is looked at
    current = {version.name}
    for old in sorted((p for p in (work / "versions").iterdir() if p.is_dir() and p.suffix != ".partial"),
                      key=lambda p: p.stat().st_mtime, reverse=True):
        if old.name in current:
            continue
        if len(current) < _KEEP_VERSIONS:
            current.add(old.name)
            continue
        shutil.rmtree(old, ignore_errors=True)
    return files


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------- reading a build


def require_build(out: str | Path) -> Path:
    """The N-Quads file of the current build in ``out``; :class:`NotBuiltError` when there is none.

    >>> require_build("no/such/dir")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/dir/graph.nq: no built graph here; run `kg build` first
    """
    path = build_file(out)
    if not path.is_file():
        raise NotBuiltError("no built graph here; run `kg build` first", where=str(Path(out) / BUILD_FILE))
    return path


def load_nquads(path: str | Path):
    """An in-memory pyoxigraph store holding the N-Quads file ``path`` (:class:`InputError` on bad data)."""
    import pyoxigraph as ox

    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read the built graph: {exc}", where=str(path)) from exc
    return store


def open_build(out: str | Path):
    """The build in ``out`` as an in-memory :class:`pyoxigraph.Store`, named graphs kept (about 3 s per million quads).

    Raises :class:`NotBuiltError` when there is no build and :class:`InputError` on bad data. Oxigraph
    keeps some literals by value (``"1.0"^^xsd:decimal`` reads back as ``"1"``); files are copied
    byte for byte by streaming them instead (:mod:`kg.views.bulkio`).

    >>> open_build("no/such/dir")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/dir/graph.nq: no built graph here; run `kg build` first
    """
    return load_nquads(require_build(out))


def read_build(out: str | Path):
    """The build in ``out`` as an :class:`rdflib.Dataset`, only for code that needs rdflib (slow on big builds)."""
    from rdflib import Dataset

    from kg.namespaces import bind_prefixes

    path = require_build(out)
    ds = Dataset()
    try:
        ds.parse(path, format="nquads")
    except Exception as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    bind_prefixes(ds)
    return ds
