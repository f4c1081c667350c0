"""Shared fixtures: one seed build per test session (read-only for tests)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.config import Settings
from kg.pipeline.run import build


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
