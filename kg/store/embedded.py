"""Triple stores: the built graph into an embedded Oxigraph store or a remote server.

Two targets, one unit of work: the named graph. ``kg build`` writes one graph
per article plus ``graph/ontology`` and ``graph/curated``; loading replaces
each of them whole, so loading an article again never leaves duplicates.

* :func:`load_embedded` writes into an on-disk `pyoxigraph` store. A new store
  is bulk-loaded into a staging folder and renamed into place (all or
  nothing); an existing one gets ONE transaction (a single SPARQL Update:
  ``DROP`` the graphs that changed, ``INSERT DATA`` the new content). Graphs
  whose content is already in the store are left alone, so reloading an
  unchanged build writes nothing.
* :func:`load_remote` pushes each named graph with the SPARQL 1.1 Graph Store
  HTTP Protocol: one ``PUT {endpoint}?graph={iri}`` per graph, body in
  N-Triples, a few graphs in parallel. Transient failures (connection errors,
  408/425/429/502/503/504) are retried with exponential backoff. Credentials
  come from ``$KG_STORE_USER``/``$KG_STORE_PASSWORD`` or a netrc file, never
  from the command line, and never appear in messages (see :mod:`kg.store.http`).

>>> store = open_build_bytes(b'<http://e/s> <http://e/p> "o" <http://e/g> .')
>>> report = load_embedded(store, None)
>>> report.loaded, report.triples
(['http://e/g'], 1)
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, StoreError
from kg.pipeline import folder
from kg.store.http import (  # noqa: F401 (the HTTP client lives in kg.store.http; names kept here for callers)
    ENV_AUTH,
    ENV_PASSWORD,
    ENV_USER,
    Credentials,
    HttpClient,
    check_url,
    credentials_for,
    redact,
)

GRAPH_MEDIA_TYPE = "application/n-triples"  # measured: as fast as Turtle or faster, on every server


# --------------------------------------------------------------------------- the build


open_build = folder.open_build  # the build folder's reader; kept here under its old name
_load_nquads = folder.load_nquads


def open_build_bytes(data: bytes) -> ox.Store:
    """An in-memory store holding N-Quads ``data`` (for tests and pipes).

    >>> len(open_build_bytes(b'<http://e/s> <http://e/p> <http://e/o> <http://e/g> .'))
    1
    """
    store = ox.Store()
    try:
        store.load(input=data, format=ox.RdfFormat.N_QUADS)
    except SyntaxError as exc:
        raise InputError(f"invalid N-Quads: {exc}") from exc
    return store


def open_store(path: str | Path, *, read_only: bool = True) -> ox.Store:
    """Open what ``path`` points to: an on-disk Oxigraph store (read-only by default, so several
    readers may share it), or else a build folder or an N-Quads file, parsed into memory.

    >>> open_store("no/such/store")
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: no/such/store: no Oxigraph store here; create one with `kg load --store DIR`
    """
    path = Path(path)
    if read_only and not (path / "CURRENT").is_file():
        if folder.build_file(path).is_file():
            return open_build(path)
        if path.is_file() and path.suffix == ".nq":
            return _load_nquads(path)
        raise StoreError("no Oxigraph store here; create one with `kg load --store DIR`", where=str(path))
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        hint = " (is another process using it?)" if "lock" in str(exc).lower() else ""
        raise StoreError(f"cannot open the store: {exc}{hint}", where=str(path)) from exc


def graphs_of(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    """The store's named graphs in IRI order, then the default graph if it holds anything.

    >>> [str(g) for g in graphs_of(open_build_bytes(b'<http://e/s> <http://e/p> <http://e/o> .'))]
    ['DEFAULT']
    """
    graphs: list = sorted(store.named_graphs(), key=lambda g: g.value)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        graphs.append(ox.DefaultGraph())
    return graphs


def graph_label(graph) -> str:
    """How messages name a graph: its IRI, or ``default graph``."""
    return "default graph" if isinstance(graph, ox.DefaultGraph) else graph.value


def _triples(store: ox.Store, graph) -> bytes:
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)


# --------------------------------------------------------------------------- embedded store


@dataclass
class LoadReport:
    """What a load did. ``loaded`` lists only the graphs the target confirmed."""

    target: str
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # graphs of sources the build holds under a new ID
    triples: int = 0  # triples sent (or inserted)
    bytes: int = 0
    seconds: float = 0.0
    method: str = ""

    def summary(self) -> str:
        """One line for the terminal.

        >>> LoadReport("s", loaded=["g"], triples=3, seconds=0.25, method="one transaction").summary()
        'Loaded 1 graph(s), 3 triples into s (one transaction) in 0.25 s'
        """
        extra = f", {len(self.unchanged)} unchanged" if self.unchanged else ""
        extra += f", {len(self.removed)} replaced under a new ID" if self.removed else ""
        return (f"Loaded {len(self.loaded)} graph(s), {self.triples} triples into {self.target}"
                f" ({self.method}{extra}) in {self.seconds:.2f} s")


def _digest(store: ox.Store, graph) -> str | None:
    """A digest of a graph's triples, independent of their order; None if it has blank nodes
    (their labels differ from store to store, so such graphs are always rewritten)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    if b"_:" in data:
        return None
    return hashlib.sha256(b"\n".join(sorted(data.split(b"\n")))).hexdigest()


_SOURCES = """SELECT DISTINCT ?g ?src WHERE { GRAPH ?g { ?a a <https://kg.example.org/ontology#NewsArticle> .
    { ?a <https://schema.org/url> ?u BIND(CONCAT("url:", STR(?u)) AS ?src) }
    UNION { ?a <https://kg.example.org/ontology#sourceFile> ?f BIND(CONCAT("file:", STR(?f)) AS ?src) } } }"""


def _sources(store: ox.Store) -> dict:
    """Article graph -> the sources it was read from (its URL, else its file name)."""
    found: dict = {}
    for sol in store.query(_SOURCES):
        found.setdefault(sol["g"], set()).add(sol["src"].value)
    for graph, sources in found.items():
        if any(s.startswith("url:") for s in sources):
            found[graph] = {s for s in sources if s.startswith("url:")}
    return found


def stale_graphs(build: ox.Store, target: ox.Store) -> list:
    """Graphs of ``target`` that hold an article the build holds under another ID (it was edited, say).

    An article is known by its URL when it has one, else by its file name.

    >>> def article(n: int) -> bytes:
    ...     return (f'<http://e/a{n}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...             f'<https://kg.example.org/ontology#NewsArticle> <http://g/{n}> .\\n<http://e/a{n}> '
    ...             f'<https://kg.example.org/ontology#sourceFile> "a.txt" <http://g/{n}> .\\n').encode()
    >>> old, new = open_build_bytes(article(1)), open_build_bytes(article(2))
    >>> [g.value for g in stale_graphs(new, old)]
    ['http://g/1']
    """
    incoming = _sources(build)
    if not incoming:
        return []
    known = set().union(*incoming.values())
    return sorted((g for g, sources in _sources(target).items() if g not in incoming and sources <= known),
                  key=lambda g: g.value)


def _is_new_store(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def create_store(build: ox.Store | str | Path, store_dir: str | Path) -> LoadReport:
    """Make a NEW on-disk store from a build, all or nothing: Oxigraph's bulk loader writes into a
    staging folder beside ``store_dir``, which is renamed into place only when complete.

    ``build`` is an in-memory store or an N-Quads file (read straight from disk, never whole in memory).

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "db"
    >>> create_store(open_build_bytes(b'<http://e/a> <http://e/p> "1" <http://e/g> .'), target).loaded
    ['http://e/g']
    >>> create_store(open_build_bytes(b''), target)
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: ...: the store exists already; load into it with `kg load --store` (one transaction)
    """
    start = time.perf_counter()
    target = Path(store_dir)
    if not _is_new_store(target):
        raise StoreError("the store exists already; load into it with `kg load --store` (one transaction)",
                         where=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(target)
    staging = target.parent / folder.temporary_name(f"{target.name}.kg-staging")
    staging.mkdir()
    try:
        store = ox.Store(str(staging))
        if isinstance(build, ox.Store):
            store.bulk_load(input=build.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_load(path=str(build), format=ox.RdfFormat.N_QUADS)
        store.flush()
        graphs = graphs_of(store)
        triples = len(store)
        del store  # closes the database before it moves
        if target.exists():
            target.rmdir()  # an empty folder stood there
        os.rename(staging, target)
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(build)) from exc
    except OSError as exc:
        raise StoreError(f"could not create the store, nothing was written: {exc}", where=str(target)) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return LoadReport(target=f"store {target}", loaded=[graph_label(g) for g in graphs], triples=triples,
                      seconds=time.perf_counter() - start, method="new store: bulk load, then moved into place")


def remove_stale_staging(target: Path) -> list[Path]:
    """Remove the staging folders that dead processes left beside ``target`` (a SIGKILL mid-load, say).

    >>> import tempfile
    >>> parent = Path(tempfile.mkdtemp()); (parent / ".db.kg-staging.999999999-1.0123abcd.tmp").mkdir()
    >>> [p.name for p in remove_stale_staging(parent / "db")]
    ['.db.kg-staging.999999999-1.0123abcd.tmp']
    """
    gone = []
    prefix = f".{target.name}.kg-staging."
    for entry in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        m = folder.temporary_owner(entry.name)
        if m is not None and not folder.process_alive(*m):
            shutil.rmtree(entry, ignore_errors=True)
            gone.append(entry)
    return gone


def load_embedded(build: ox.Store, store_dir: str | Path | None, *, bulk: bool = False,
                  target: ox.Store | None = None) -> LoadReport:
    """Write the build's graphs into the Oxigraph store at ``store_dir``.

    A new store is made by :func:`create_store` (all or nothing, and fast). In
    an existing store every graph of the build replaces the graph of the same
    name, all in ONE transaction (a single SPARQL Update: DROP, then INSERT
    DATA): either the whole build is in the store afterwards, or nothing
    changed. Graphs of the store that the build does not have (articles loaded
    before) stay; graphs whose content is already there are skipped.

    ``bulk=True`` uses Oxigraph's bulk loader on an existing store (about 3x
    faster, no transaction); it only writes graphs that are not in the store yet.
    ``store_dir=None`` loads into ``target`` or a fresh in-memory store.

    >>> build = open_build_bytes(b'<http://e/a> <http://e/p> "1" <http://e/g> .')
    >>> mem = ox.Store()
    >>> load_embedded(build, None, target=mem).loaded
    ['http://e/g']
    >>> load_embedded(build, None, target=mem).unchanged   # again: nothing to do
    ['http://e/g']
    >>> len(mem)
    1
    """
    if target is None and store_dir is not None and _is_new_store(Path(store_dir)):
        return create_store(build, store_dir)
    start = time.perf_counter()
    where = str(store_dir) if store_dir is not None else "memory"
    if target is None:
        target = open_store(store_dir, read_only=False) if store_dir is not None else ox.Store()
    report = LoadReport(target=f"store {where}", method="bulk loader, no transaction" if bulk else "one transaction")
    existing = set(target.named_graphs())
    graphs = graphs_of(build)
    if bulk:
        clash = [g for g in graphs if g in existing or
                 (isinstance(g, ox.DefaultGraph) and len(list(target.quads_for_pattern(None, None, None, g))))]
        if clash:
            raise InputError(f"--bulk only writes graphs that are not in the store yet; {len(clash)} of the build's "
                             f"graphs are there already (first: {graph_label(clash[0])}); load without --bulk "
                             "to replace them in a transaction", where=where)
        try:
            target.bulk_load(input=build.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
            target.flush()
        except OSError as exc:
            raise StoreError(f"bulk load failed: {exc}", where=where) from exc
        report.loaded = [graph_label(g) for g in graphs]
        report.triples = len(build)
        report.seconds = time.perf_counter() - start
        return report

    drops: list[str] = []
    inserts: list[str] = []
    for stale in stale_graphs(build, target):  # the same source under an older ID: replaced, not kept beside
        drops.append(f"DROP SILENT GRAPH {stale} ;")
        report.removed.append(graph_label(stale))
    for graph in graphs:
        if graph in existing or isinstance(graph, ox.DefaultGraph):
            mine = _digest(build, graph)
            if mine is not None and mine == _digest(target, graph):
                report.unchanged.append(graph_label(graph))
                continue
        body = _triples(build, graph).decode("utf-8")
        if isinstance(graph, ox.DefaultGraph):
            drops.append("CLEAR SILENT DEFAULT ;")
            inserts.append(body)
        else:
            if graph in existing:
                drops.append(f"DROP SILENT GRAPH {graph} ;")
            inserts.append(f"GRAPH {graph} {{\n{body}}}")
        report.loaded.append(graph_label(graph))
        report.triples += body.count("\n")
    if inserts or drops:
        update = "\n".join(drops) + "\nINSERT DATA {\n" + "\n".join(inserts) + "\n}\n"
        report.bytes = len(update)
        try:
            target.update(update)
            target.flush()
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"the transaction failed, nothing was written: {exc}", where=where) from exc
    report.seconds = time.perf_counter() - start
    return report


# --------------------------------------------------------------------------- remote store


def graph_url(endpoint: str, graph) -> tuple[str, dict[str, str]]:
    """The Graph Store Protocol request for ``graph``: indirect identification, ``?graph=IRI`` or ``?default``.

    >>> graph_url("http://localhost:7878/store", ox.NamedNode("https://kg.example.org/graph/curated"))
    ('http://localhost:7878/store', {'graph': 'https://kg.example.org/graph/curated'})
    """
    if isinstance(graph, ox.DefaultGraph):
        return endpoint, {"default": ""}
    if isinstance(graph, ox.BlankNode):
        raise InputError("a graph named by a blank node cannot be sent with the Graph Store Protocol")
    return endpoint, {"graph": graph.value}


def load_remote(build: ox.Store, endpoint: str, *, client: HttpClient | None = None, jobs: int = 2,
                progress: Callable[[str], None] | None = None) -> LoadReport:
    """PUT every graph of ``build`` to a SPARQL 1.1 Graph Store Protocol ``endpoint``.

    One PUT per graph replaces that graph whole (the request succeeds or the
    graph is not reported as loaded); ``jobs`` requests run in parallel. On the
    first failure nothing more is sent and :class:`StoreError` names the graph
    and the HTTP status, with how many graphs were loaded before.

    >>> load_remote(open_build_bytes(b''), "http://localhost:1/store").loaded
    []
    """
    check_url(endpoint)
    if jobs < 1:
        raise InputError(f"must be 1 or more, got {jobs}", where="jobs")
    client = client or HttpClient(credentials=credentials_for(endpoint))
    start = time.perf_counter()
    report = LoadReport(target=redact(endpoint), method=f"Graph Store Protocol PUT, N-Triples, {jobs} in parallel")
    graphs = graphs_of(build)
    lock = threading.Lock()
    stop = threading.Event()

    def put(graph) -> None:
        if stop.is_set():
            return
        label = graph_label(graph)
        body = _triples(build, graph)
        url, params = graph_url(endpoint, graph)
        try:
            client.request("PUT", url, params=params, data=body, what=f"graph <{label}>",
                           headers={"Content-Type": f"{GRAPH_MEDIA_TYPE}; charset=utf-8"})
        except BaseException:
            stop.set()  # no new graph starts after a failure
            raise
        with lock:
            report.loaded.append(label)
            report.triples += body.count(b"\n")
            report.bytes += len(body)
        if progress:
            progress(label)

    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="kg-put") as pool:
        futures = [pool.submit(put, g) for g in graphs]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failure = next((f.exception() for f in futures if f.done() and f.exception()), None)
        if failure is not None:
            stop.set()
            for f in futures:
                f.cancel()
            wait(futures)
    report.seconds = time.perf_counter() - start
    if failure is not None:
        if isinstance(failure, StoreError):
            raise StoreError(f"{failure.message}; {len(report.loaded)} of {len(graphs)} graph(s) were loaded "
                             "before the failure", where=failure.where) from failure
        raise failure
    report.loaded.sort()
    return report


def load_build(source: str | Path, store_dir: str | Path | None = None, *, endpoint: str | None = None,
               bulk: bool = False, jobs: int = 2, retries: int = 4, timeout: float = 300.0,
               progress: Callable[[str], None] | None = None) -> LoadReport:
    """Load a build (a folder with ``graph.nq``, or an N-Quads file) into ``store_dir`` or a remote ``endpoint``.

    >>> load_build("no/such/build", "somewhere")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/build/graph.nq: no built graph here; run `kg build` first
    """
    if (store_dir is None) == (endpoint is None):
        raise InputError("give exactly one target: --store DIR or --endpoint URL")
    if endpoint is not None:
        check_url(endpoint)
        if bulk:
            raise InputError("--bulk is for the embedded store; for a big first load into Oxigraph server, "
                             "stop it and run `oxigraph load --location DIR --file graph.nq`", where="--bulk")
    source = Path(source)
    if endpoint is None and not bulk and _is_new_store(Path(store_dir)):
        nquads = source if source.is_file() else folder.require_build(source)
        return create_store(nquads, store_dir)
    build = _load_nquads(source) if source.is_file() else open_build(source)
    if endpoint is not None:
        client = HttpClient(credentials=credentials_for(endpoint), retries=retries, timeout=timeout)
        return load_remote(build, endpoint, client=client, jobs=jobs, progress=progress)
    return load_embedded(build, store_dir, bulk=bulk)
