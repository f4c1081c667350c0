"""A read-only SPARQL 1.1 Protocol endpoint on localhost, for YASGUI and other tools.

``kg serve`` answers ``GET /sparql?query=...`` and ``POST /sparql`` (form
encoded or ``application/sparql-query``) over the built graph or an on-disk
store. It never changes the data: SPARQL Update (``update=``, the
``application/sparql-update`` media type, ``/update``) is refused with 403.

Queries run in a small pool of worker processes, each with its own read-only
view of the store and a memory limit, so that a query over its time or memory
limit can be stopped: its worker is killed (or dies) and is replaced, and the
client gets 503. Results larger than the row limit are refused (400) rather
than cut short silently. ``SERVICE`` (federated queries, which would make the
server send requests on a client's behalf) is refused with 400 unless
``allow_federation``; requests for a host name the server does not serve are
refused with 403 (DNS rebinding). docs/security.md lists every promise.

>>> opts = ServeOptions(port=0, timeout=5, max_rows=100)
>>> opts.host, opts.allow_federation
('127.0.0.1', False)
>>> ServeOptions(host="0.0.0.0")
Traceback (most recent call last):
...
kg.errors.InputError: --host: kg serve only listens on localhost (127.0.0.1, ::1 or localhost), got '0.0.0.0'
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import re
import resource
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import InputError, KgError, NotBuiltError, StoreError
from kg.pipeline.folder import process_alive, process_start
from kg.store.page import asset

LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")
MAX_REQUEST_BYTES = 1 << 20
LISTEN_BACKLOG = 128  # connections the kernel queues before the server accepts them
PENDING_PER_WORKER = 32  # requests that may wait for a worker; more are told to retry (503)
SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "tsv",
}
SELECT_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
               "application/n-quads", "application/trig")
# format= and output= (the Fuseki habit): a short name, or a media type
FORMAT_NAMES = {
    "select": {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values", "text": "text/plain"},
    "graph": {"turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples",
              "nt": "application/n-triples", "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
              "rdf": "application/rdf+xml", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
              "json": "application/ld+json", "nquads": "application/n-quads", "trig": "application/trig"},
}


def format_media(name: str, form: str) -> str | None:
    """The media type a ``format=`` or ``output=`` parameter asks for, or None if unknown for this form.

    >>> format_media("csv", "select"), format_media("ttl", "graph"), format_media("csv", "graph")
    ('text/csv', 'text/turtle', None)
    """
    names = FORMAT_NAMES["graph" if form == "graph" else "select"]
    value = name.strip().lower()
    if value in names:
        return names[value]
    return value if value in (GRAPH_TYPES if form == "graph" else SELECT_TYPES) else None


@dataclass(frozen=True)
class ServeOptions:
    """How ``kg serve`` listens and what it allows."""

    host: str = "127.0.0.1"
    port: int = 7879
    timeout: float = 30.0  # seconds per query, serialisation included
    max_rows: int = 10_000  # solutions or triples per result
    workers: int = 2
    cors: bool = False
    union_default_graph: bool = False
    quiet: bool = False
    allow_federation: bool = False  # SERVICE clauses: requests to other servers on a client's behalf
    host_names: tuple[str, ...] = ()  # names the server answers for besides the loopback ones (Host header)
    max_memory: int = 2048  # MB of address space per query worker
    max_query_bytes: int = 100_000

    def __post_init__(self) -> None:
        if self.host not in LOCAL_HOSTS:
            raise InputError(f"kg serve only listens on localhost ({', '.join(LOCAL_HOSTS[:2])} or localhost), "
                             f"got {self.host!r}", where="--host")
        if not 0 <= self.port <= 65535:
            raise InputError(f"must be a port number, got {self.port}", where="--port")
        if self.timeout <= 0:
            raise InputError(f"must be positive, got {self.timeout}", where="--timeout")
        if self.max_rows < 1:
            raise InputError(f"must be 1 or more, got {self.max_rows}", where="--max-rows")
        if not 1 <= self.workers <= 64:
            raise InputError(f"must be between 1 and 64, got {self.workers}", where="--workers")
        if self.max_memory < 256:
            raise InputError(f"must be 256 MB or more, got {self.max_memory}", where="--max-memory")
        for name in self.host_names:
            if not name or any(c in name for c in "/@ ") or name != name.strip():
                raise InputError(f"must be a host name, got {name!r}", where="--host-name")

    def served_hosts(self) -> frozenset[str]:
        """The host names (lower case, no port) that requests may name in their ``Host`` header.

        >>> sorted(ServeOptions(host_names=("kg.lan",)).served_hosts())
        ['127.0.0.1', '::1', 'kg.lan', 'localhost']
        """
        return frozenset({*LOCAL_HOSTS, self.host, *(n.lower() for n in self.host_names)})


# --------------------------------------------------------------------------- content negotiation


def _accepted(header: str) -> list[tuple[str, float]]:
    out = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q - i * 1e-6))  # earlier entries win ties
    return sorted(out, key=lambda x: -x[1])


def negotiate(accept: str | None, form: str) -> str | None:
    """The media type to answer with, or None when nothing acceptable is offered.

    >>> negotiate("text/csv, application/sparql-results+json;q=0.5", "select")
    'text/csv'
    >>> negotiate(None, "graph")
    'text/turtle'
    >>> negotiate("image/png", "select") is None
    True
    """
    offers = list(SELECT_TYPES) if form in ("select", "ask") else list(GRAPH_TYPES)
    if not accept:
        return offers[0]
    for media, q in _accepted(accept):
        if q <= 0:
            continue
        if media in ("*/*", "application/*") or (media == "text/*" and form == "graph"):
            return offers[0]
        if media == "text/*":
            return "text/csv"
        if media in offers:
            return media
    return None


# --------------------------------------------------------------------------- worker processes


def _execute(store, job: dict[str, Any]) -> tuple[int, str, bytes]:
    """Run one query job in a worker; returns (HTTP status, content type, body)."""
    import io

    import pyoxigraph as ox

    from kg.store import query as q

    try:
        default_graph = [ox.NamedNode(g) for g in job["default_graph"]] or None
        named_graphs = [ox.NamedNode(g) for g in job["named_graphs"]] or None
        raw = q._query(store, job["query"], where="query", bindings=None, allow_federation=job["federation"],
                       default_graph=default_graph, named_graphs=named_graphs, union_default_graph=job["union"],
                       prefixes=None, max_bytes=job["max_query_bytes"])
        form = "ask" if isinstance(raw, ox.QueryBoolean) else "select" if isinstance(raw, ox.QuerySolutions) else "graph"
        if job.get("format"):
            media = format_media(job["format"], form)
            if media is None:
                names = ", ".join(FORMAT_NAMES["graph" if form == "graph" else "select"])
                return 400, "text/plain", f"unknown format {job['format']!r} for this query; known: {names}\n".encode()
        else:
            media = negotiate(job["accept"], form)
        if media is None:
            offers = ", ".join(SELECT_TYPES if form != "graph" else GRAPH_TYPES)
            return 406, "text/plain", f"none of the accepted media types can be produced; offered: {offers}\n".encode()
        buf = io.BytesIO()
        if form == "graph":
            q.write_result(raw, buf, ox.RdfFormat.from_media_type(media), max_rows=job["max_rows"])
            ctype = media + ("; charset=utf-8" if media.startswith("text/") else "")
        else:
            name = SELECT_TYPES[media]
            q.write_result(raw, buf, name, max_rows=job["max_rows"])
            ctype = SELECT_MEDIA[name]
        return 200, ctype, buf.getvalue()
    except q.ResultLimitExceeded as exc:
        return 400, "text/plain", (f"{exc.message}, the limit of this endpoint; add a LIMIT to the query\n").encode()
    except KgError as exc:
        return 400, "text/plain", (str(exc) + "\n").encode()
    except ValueError as exc:  # e.g. an invalid IRI in default-graph-uri
        return 400, "text/plain", f"bad request: {exc}\n".encode()


OUT_OF_MEMORY = (503, "text/plain", b"out of memory")


def worker_main(store_dir: str, conn, max_memory: int | None = None) -> None:
    """A worker process: limit its memory, open the store read-only, then answer jobs from ``conn`` until it closes."""
    import pyoxigraph as ox

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server; it stops the workers
    if max_memory:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = max_memory << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    store = ox.Store.read_only(store_dir)
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(_execute(store, job))
        except MemoryError:
            conn.send(OUT_OF_MEMORY)
            return  # a worker that ran out of memory is replaced
        except Exception as exc:  # a bug or a store failure: report it, keep serving
            conn.send((500, "text/plain", f"internal error: {type(exc).__name__}: {exc}\n".encode()))


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, ctx, store_dir: str, *, start_timeout: float = 60.0, max_memory: int | None = None) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(store_dir, child, max_memory), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout):
            self.kill()
            raise StoreError("a query worker did not start in time", where=store_dir)
        try:
            self.conn.recv()
        except EOFError as exc:
            self.kill()
            hint = f" within its memory limit of {max_memory} MB (--max-memory)" if max_memory else ""
            raise StoreError(f"a query worker could not open the store{hint}", where=store_dir) from exc

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A fixed number of workers; a worker whose query runs over the time limit is killed and replaced."""

    def __init__(self, store_dir: str, size: int, *, max_memory: int | None = None) -> None:
        self.store_dir = store_dir
        self.max_memory = max_memory
        self.ctx = multiprocessing.get_context("spawn")  # safe with the server's threads
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.workers_started = 0
        self.replacing = 0  # workers being started in place of killed ones
        self._lock = threading.Lock()
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        self.idle.put(Worker(self.ctx, self.store_dir, max_memory=self.max_memory))
        self.workers_started += 1

    def _replace(self) -> None:
        try:
            self._add()
        finally:
            with self._lock:
                self.replacing -= 1

    def _start_replacement(self) -> None:
        with self._lock:
            self.replacing += 1
        threading.Thread(target=self._replace, daemon=True).start()

    def run(self, job: dict[str, Any], timeout: float) -> tuple[int, str, bytes]:
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            if not self.replacing:
                return 503, "text/plain", BUSY
            # A worker is starting in place of a killed one (a new process opening the store, which takes
            # longer on a loaded machine): wait for it, and give the query its whole time limit once it runs.
            try:
                worker = self.idle.get(timeout=REPLACEMENT_WAIT)
            except queue.Empty:
                return 503, "text/plain", BUSY
            started = time.monotonic()
        remaining = max(timeout - (time.monotonic() - started), 0.001)
        answer, died = None, False
        try:
            worker.conn.send(job)
            if worker.conn.poll(remaining):
                answer = worker.conn.recv()
                if answer != OUT_OF_MEMORY:
                    self.idle.put(worker)
                    return answer
        except (EOFError, OSError):
            died = True
        if died or answer == OUT_OF_MEMORY:
            # the worker died (a memory allocation over its limit aborts it) or gave up after a MemoryError
            worker.process.join(timeout=5)
            code = worker.process.exitcode
            worker.kill()
            self._start_replacement()
            if answer == OUT_OF_MEMORY or (self.max_memory and code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV)):
                return 503, "text/plain", (f"the query needed more memory than the limit of {self.max_memory} MB "
                                           "of this endpoint and was stopped; add a LIMIT or simplify it\n").encode()
            return 500, "text/plain", b"the query worker died; the query was not answered\n"
        worker.kill()
        self._start_replacement()
        return 503, "text/plain", f"the query ran longer than the time limit of {timeout:g} s and was stopped\n".encode()

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                break


# --------------------------------------------------------------------------- HTTP

REPLACEMENT_WAIT = 60.0  # seconds a query waits for a worker that replaces a killed one
BUSY = b"the server is busy: all query workers are taken; retry in a moment\n"


def _service_description(url: str) -> bytes:
    return (f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{url}> a sd:Service ;
    sd:endpoint <{url}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML> , <http://www.w3.org/ns/formats/SPARQL_Results_CSV> ,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV> , <http://www.w3.org/ns/formats/Turtle> ,
        <http://www.w3.org/ns/formats/N-Triples> .
""").encode()


class Handler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol, query operation only."""

    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    endpoint: Endpoint  # set on the subclass made per server

    # -- plumbing
    def parse_request(self) -> bool:
        """Parse the request line and headers, then refuse a host name this server does not serve."""
        if not super().parse_request():
            return False
        host = (self.headers.get("Host") or "").strip().lower()
        name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        if name not in self.endpoint.options.served_hosts():
            self.close_connection = True
            self._text(403, f"this server does not answer for the host name {host!r}; its operator can allow it "
                            "with --host-name")
            return False
        return True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        if not self.endpoint.options.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if self.endpoint.options.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode(), extra)

    def _path(self) -> str:
        return urlsplit(self.path).path.rstrip("/") or "/"

    # -- methods
    def do_OPTIONS(self) -> None:  # noqa: N802
        extra = {"Allow": "GET, HEAD, POST, OPTIONS"}
        if self.endpoint.options.cors:
            extra.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                          "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "600"})
        self._send(204, "text/plain", b"", extra)

    def _refuse_method(self) -> None:
        self._text(405, f"{self.command} is not allowed: this endpoint is read-only",
                   {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method  # noqa: N815

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        path = self._path()
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if path == "/update":
            return self._refuse_update()
        page = asset(path)  # the query page at / and its files under /query-page/
        if page is not None:
            return self._send(200, page.media_type, page.body, page.headers)
        if path not in ("/sparql", "/query"):
            return self._text(404, f"no such resource {path}; the endpoint is /sparql")
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            return self._send(200, "text/turtle; charset=utf-8", _service_description(self.endpoint.url))
        self._answer(params)

    def do_POST(self) -> None:  # noqa: N802
        path = self._path()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self.close_connection = True
            return self._text(413, f"the request body is over the limit of {MAX_REQUEST_BYTES} bytes")
        body = self.rfile.read(length) if length else b""
        if path == "/update":
            return self._refuse_update()
        if path not in ("/sparql", "/query"):
            return self._text(404, f"no such resource {path}; the endpoint is /sparql")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._refuse_update()
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                return self._text(400, "the request body is not UTF-8")
            if "update" in form:
                return self._refuse_update()
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            try:
                params["query"] = [body.decode("utf-8")]
            except UnicodeDecodeError:
                return self._text(400, "the query is not UTF-8")
        else:
            return self._text(415, "send application/x-www-form-urlencoded or application/sparql-query")
        if "query" not in params:
            return self._text(400, "no query given")
        self._answer(params)

    def _refuse_update(self) -> None:
        self._text(403, "this endpoint is read-only: SPARQL Update is refused")

    def _answer(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1:
            return self._text(400, "give exactly one query parameter")
        opts = self.endpoint.options
        union = opts.union_default_graph or params.get("union-default-graph", [None])[0] in ("", "true")
        formats = [v for k in ("format", "output") for v in params.get(k, []) if v]
        job = {"query": queries[0], "accept": self.headers.get("Accept"), "max_rows": opts.max_rows,
               "default_graph": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", []),
               "union": union, "federation": opts.allow_federation, "max_query_bytes": opts.max_query_bytes,
               "format": formats[0] if formats else None}
        if not self.endpoint.pending.acquire(blocking=False):
            return self._text(503, BUSY.decode(), {"Retry-After": "1"})
        try:
            status, ctype, body = self.endpoint.pool.run(job, opts.timeout)
        finally:
            self.endpoint.pending.release()
        self._send(status, ctype, body, {"Retry-After": "1"} if body == BUSY else None)


class Endpoint:
    """A running ``kg serve``: an HTTP server, its worker pool and the store they read.

    Use :func:`start` to make one; ``close()`` stops everything and removes temporary files.
    """

    def __init__(self, store_dir: Path, options: ServeOptions, *, temp_dir: Path | None = None) -> None:
        self.options = options
        self.store_dir = store_dir
        self.temp_dir = temp_dir
        self.pool = WorkerPool(str(store_dir), options.workers, max_memory=options.max_memory)
        self.pending = threading.BoundedSemaphore(options.workers * PENDING_PER_WORKER)
        handler = type("BoundHandler", (Handler,), {"endpoint": self})
        attrs: dict[str, Any] = {"request_queue_size": LISTEN_BACKLOG}
        if ":" in options.host:
            import socket

            attrs["address_family"] = socket.AF_INET6
        server_cls = type("Server", (ThreadingHTTPServer,), attrs)
        try:
            self.httpd = server_cls((options.host, options.port), handler)
        except OSError as exc:
            self.pool.close()
            raise StoreError(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}") from exc
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        host = f"[{self.options.host}]" if ":" in self.options.host else self.options.host
        return f"http://{host}:{self.port}/sparql"

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def start_in_thread(self) -> Endpoint:
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True, name="kg-serve")
        self._thread.start()
        return self

    def wait(self) -> None:
        """Block until the server stops. Ctrl-C (SIGINT) and SIGTERM raise KeyboardInterrupt here."""
        if threading.current_thread() is threading.main_thread():
            def interrupt(signum, frame):
                raise KeyboardInterrupt

            signal.signal(signal.SIGTERM, interrupt)
            signal.signal(signal.SIGINT, interrupt)
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=0.5)

    def close(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=10)
        self.httpd.server_close()
        self.pool.close()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TEMP_PREFIX = "kg-serve-"  # then the pid and start time of the serving process, so leftovers can be told apart


def remove_dead_temporaries(parent: str | Path | None = None) -> list[Path]:
    """Remove the temporary stores of ``kg serve`` processes that died without cleaning up (SIGKILL, OOM).

    A folder is removed only when the process named in it (pid and start time) no longer runs.

    >>> import tempfile
    >>> parent = Path(tempfile.mkdtemp())
    >>> (parent / "kg-serve-999999999-1-abc").mkdir(); (parent / f"kg-serve-{os.getpid()}-{process_start(os.getpid())}-x").mkdir()
    >>> [p.name for p in remove_dead_temporaries(parent)]
    ['kg-serve-999999999-1-abc']
    """
    removed = []
    for path in Path(parent or tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        m = re.match(rf"{_TEMP_PREFIX}(\d+)-(\d+)-", path.name)
        if m and path.is_dir() and not process_alive(int(m[1]), m[2]):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def prepare_store(*, out_dir: str | Path | None = None, store_dir: str | Path | None = None) -> tuple[Path, Path | None]:
    """The store directory to serve and a temporary directory to remove afterwards (or None).

    A build (``out_dir``) is bulk-loaded into a temporary on-disk store, which
    every worker opens read-only; a store (``store_dir``) is served as it is.
    """
    from kg.pipeline.folder import BUILD_FILE
    from kg.store.embedded import create_store, open_store

    if store_dir is not None:
        if not (Path(store_dir) / "CURRENT").is_file():
            raise StoreError("no Oxigraph store here; create one with `kg load --store DIR`", where=str(store_dir))
        open_store(store_dir)  # fails early and clearly if it cannot be opened
        return Path(store_dir), None
    nquads = Path(out_dir if out_dir is not None else "out") / BUILD_FILE
    if not nquads.is_file():
        raise NotBuiltError("no built graph here; run `kg build` first", where=str(nquads))
    remove_dead_temporaries()
    pid = os.getpid()
    temp = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}{pid}-{process_start(pid) or '0'}-"))
    try:
        create_store(nquads, temp / "store")
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return temp / "store", temp


def start(*, out_dir: str | Path | None = None, store_dir: str | Path | None = None,
          options: ServeOptions | None = None) -> Endpoint:
    """Start serving in a background thread and return the running :class:`Endpoint`."""
    path, temp = prepare_store(out_dir=out_dir, store_dir=store_dir)
    try:
        return Endpoint(path, options or ServeOptions(), temp_dir=temp).start_in_thread()
    except BaseException:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
        raise
