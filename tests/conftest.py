"""Shared fixtures: one seed build per test session (read-only for tests), and the set-up of parallel runs.

``make test`` runs the suite on one process per core (pytest-xdist, ``--dist loadgroup``). Each worker gets a
temporary folder of its own as TMPDIR, so that what one test finds in the system's temporary folder
(``kg serve``'s temporary stores, for one) is not another test's; and the tests of a module that starts
a costly server or browser for all of its tests run on one worker, so that it starts once.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.config import Settings
from kg.pipeline.run import build


# Modules whose tests share a module- or session-scoped server, browser or build: under `--dist loadgroup`
# each group runs whole on one worker, so that its server or browser starts once; the other tests are spread
# one by one. (Groups go by module name here: xdist's own `xdist_group` marks are lost under pytest 9.2,
# pytest-xdist issue 1386.)
XDIST_GROUPS = {
    "test_browser.py": "chromium",  # the one headless Chromium of the session
    "test_query_page.py": "chromium",
    "test_virtuoso.py": "virtuoso",
    "test_faults.py": "faults",
    "test_network.py": "network",
    "test_notebook.py": "notebook",
    "test_ontology.py": "ontology",
    "test_query.py": "query",
    "test_saved_queries.py": "saved-queries",
    "test_security.py": "security",
    "test_serve.py": "serve",
    "test_targets.py": "targets",
    "test_visualise.py": "visualise",
}
# Under xdist the longest modules start first, so that no worker is left alone with one of them at the end.
LONGEST_FIRST = ("test_browser.py", "test_query_page.py", "test_security.py", "test_install.py", "test_notebook.py",
                 "test_virtuoso.py", "test_cli.py", "test_faults.py")


def pytest_configure(config):
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    basetemp = getattr(config.option, "basetemp", None)
    if worker and basetemp:  # a worker of a parallel run: a temporary folder of its own
        import tempfile

        private = Path(basetemp).parent / f"tmp-{worker}"
        private.mkdir(parents=True, exist_ok=True)
        os.environ["TMPDIR"] = str(private)
        tempfile.tempdir = None  # gettempdir() reads TMPDIR again


def pytest_collection_modifyitems(config, items):
    if os.environ.get("PYTEST_XDIST_WORKER"):  # a serial run keeps pytest's order
        rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a module's order stays


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: without it, pytest runs the suite in one process
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup``, with the groups of :data:`XDIST_GROUPS` (and any ``xdist_group`` mark xdist still sees)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    config.option.loadscopereorder = False  # hand out the groups in the order above, not the biggest first

    class ModuleGroups(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
            return XDIST_GROUPS.get(module) or super()._split_scope(nodeid)

    return ModuleGroups(config, log)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The bundled sample article plus the curated facts, built once. Do not modify."""
    out = tmp_path_factory.mktemp("seed-build")
    result = build(settings=Settings(out_dir=out))
    return result


@pytest.fixture(scope="session")
def seed_dataset(seed_build):
    from kg.pipeline.folder import read_build

    return read_build(seed_build.out_dir)


# --- Oxigraph server fixtures (query and store tests) --------------------------------------------


def _oxigraph_binary() -> str:
    """The `oxigraph` server binary of the PyPI package `oxigraph`: beside this Python, else on PATH."""
    import shutil
    import sys
    from pathlib import Path

    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server binary is missing; install the PyPI package `oxigraph` (a dependency of kg)")
    return found


def oxigraph_free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """A real `oxigraph serve` (or `serve-read-only`) process on a free port, with its data folder."""

    def __init__(self, location, *, read_only: bool = False, extra: tuple[str, ...] = ()) -> None:
        import subprocess
        import time

        import requests

        self.location = location
        self.port = oxigraph_free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.store_url = f"{self.base}/store"
        self.query_url = f"{self.base}/query"
        command = [_oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
                   "--bind", f"127.0.0.1:{self.port}", *extra]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {self.process.stderr.read().decode()[:500]}")
            try:
                requests.get(self.query_url, timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("oxigraph did not start in 30 s") from None
                time.sleep(0.05)

    def count(self, graph: str | None = None) -> int:
        """Triples in one named graph, or in all of them."""
        import requests

        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        r = requests.post(self.query_url, data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
        r.raise_for_status()
        return int(r.json()["results"]["bindings"][0]["n"]["value"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except Exception:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()


@pytest.fixture
def oxigraph_server(tmp_path):
    """A fresh, empty, read-write Oxigraph server for one test; stopped afterwards."""
    server = OxigraphServer(tmp_path / "oxigraph-data")
    yield server
    server.stop()


@pytest.fixture
def oxigraph_server_factory(tmp_path):
    """Start more Oxigraph servers (read-only ones, on a given folder); all are stopped afterwards."""
    started: list[OxigraphServer] = []

    def start(location=None, **kwargs) -> OxigraphServer:
        server = OxigraphServer(location or tmp_path / f"oxigraph-{len(started)}", **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def seed_store(seed_build):
    """The seed build in an in-memory pyoxigraph store (read-only for tests)."""
    from kg.store.embedded import open_build

    return open_build(seed_build.out_dir)


# --- headless Chromium (browser tests) -------------------------------------------------------------

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (no browser is downloaded); skipped with a reason when missing."""
    if not CHROMIUM or not Path(CHROMIUM).exists():
        where = f"KG_CHROMIUM={CHROMIUM} does not exist" if CHROMIUM else "no `chromium` on the PATH"
        pytest.skip(f"Debian's chromium is not installed ({where}): the browser tests need it; "
                    "`apt-get install chromium`, as .ci/run does")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
