"""A second real triple store: Virtuoso 7 from Debian (`virtuoso-opensource`), as the README documents it.

`kg load --endpoint` PUTs the build's named graphs into Virtuoso's authenticated Graph
Store endpoint (`/sparql-graph-crud-auth`, HTTP digest authentication), and every saved
query gives the same answers there as on Oxigraph. The server runs from a temporary
database folder on free ports, with a password of the test's own; it is stopped at
the end. Without `virtuoso-t` (`apt-get install virtuoso-opensource`, as .ci/run does)
these tests skip, saying so.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from conftest import oxigraph_free_port
from kg.store.query import execute, saved_queries

pytestmark = [pytest.mark.server, pytest.mark.slow]

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")


class Virtuoso:
    """A real `virtuoso-t` in the foreground, its database in ``folder``, listening on 127.0.0.1 only."""

    def __init__(self, folder: Path, *, start_timeout: float = 120.0) -> None:
        self.folder = folder
        self.sql_port = oxigraph_free_port()
        self.http_port = oxigraph_free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.store_url = f"{self.base}/sparql-graph-crud-auth"
        self.query_url = f"{self.base}/sparql"
        self.user, self.password = "dba", "dba"  # a new database's administrator, changed below
        ini = folder / "virtuoso.ini"
        ini.write_text(f"""[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort        = 127.0.0.1:{self.sql_port}
DisableUnixSocket = 1
CaseMode          = 2
DirsAllowed       = .
NumberOfBuffers   = 10000
MaxDirtyBuffers   = 6000

[HTTPServer]
ServerPort    = 127.0.0.1:{self.http_port}
ServerRoot    = {folder}
ServerThreads = 4
Charset       = UTF-8
""", encoding="utf-8")
        self.log = open(folder / "stdout.log", "wb")
        self.process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=folder, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + start_timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited ({self.process.returncode}): {self.tail()}")
            try:
                if requests.get(self.query_url, params={"query": "ASK {}"}, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"virtuoso-t did not answer in {start_timeout:.0f} s: {self.tail()}")
            time.sleep(0.25)
        self.set_password(secrets.token_urlsafe(12))

    def tail(self) -> str:
        path = self.folder / "stdout.log"
        return path.read_text(errors="replace")[-800:] if path.exists() else ""

    def sql(self, statement: str) -> str:
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", self.user, self.password, f"exec={statement}"],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"isql: {statement}: {done.stdout[-400:]} {done.stderr[-400:]}")
        return done.stdout

    def set_password(self, password: str) -> None:
        self.sql(f"USER_SET_PASSWORD('{self.user}', '{password}');")
        self.password = password

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # virtuoso-t checkpoints and exits
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not VIRTUOSO:
        pytest.skip("Virtuoso is not installed (no virtuoso-t on the PATH): "
                    "`apt-get install virtuoso-opensource`, as .ci/run does")
    if not ISQL:
        pytest.skip("Virtuoso's isql-vt is missing: `apt-get install virtuoso-opensource`")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def loaded(virtuoso, seed_build):
    """The seed build, loaded into Virtuoso by `kg load --endpoint` with digest authentication."""
    result = kg("load", "--out", seed_build.out_dir, "--endpoint", virtuoso.store_url,
                env={"KG_STORE_USER": virtuoso.user, "KG_STORE_PASSWORD": virtuoso.password, "KG_STORE_AUTH": "digest"})
    assert result.returncode == 0, result.stderr
    return result


def test_virtuoso_asks_for_digest_authentication(virtuoso):
    r = requests.put(virtuoso.store_url, params={"graph": "urn:x-test:anonymous"}, data=b"<urn:a> <urn:b> <urn:c> .\n",
                     headers={"Content-Type": "application/n-triples"}, timeout=30)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Digest ")


def test_kg_load_puts_every_graph_with_digest_authentication(loaded, virtuoso, seed_build, seed_dataset):
    graphs = {str(c.identifier) for c in seed_dataset.graphs() if len(c)}
    assert re.match(rf"Loaded {len(graphs)} graph\(s\), \d+ triples into {re.escape(virtuoso.store_url)}", loaded.stdout)
    for graph in graphs:  # each graph holds exactly what the build holds
        expected = len(seed_dataset.graph(graph))
        answer = execute(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                         endpoint=virtuoso.query_url)
        assert int(answer.rows[0][0].value) == expected, graph


def test_a_wrong_password_is_a_one_line_error(virtuoso, seed_build):
    result = kg("load", "--out", seed_build.out_dir, "--endpoint", virtuoso.store_url,
                env={"KG_STORE_USER": virtuoso.user, "KG_STORE_PASSWORD": "not-the-password"})
    assert result.returncode == 2
    assert "401" in result.stderr and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def _group_concat_columns(text: str) -> set[str]:
    """Variables bound by GROUP_CONCAT: SPARQL leaves the order of their parts to the engine."""
    return set(re.findall(r"GROUP_CONCAT\(.*?\)\s+AS\s+\?(\w+)", text, flags=re.S | re.I))


def _comparable(result, unordered: set[str]) -> list[tuple]:
    rows = []
    for row in result.rows:
        cells = []
        for var, term in zip(result.variables, row):
            if term is None:
                cells.append(None)
                continue
            value = term.value
            if var in unordered:
                value = " | ".join(sorted(value.split(" | ")))
            cells.append((type(term).__name__, value, getattr(getattr(term, "datatype", None), "value", None),
                          getattr(term, "language", None)))
        rows.append(tuple(cells))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_as_on_oxigraph(loaded, virtuoso, seed_build, name):
    text = saved_queries()[name].text
    on_oxigraph = execute(text, where=name, out_dir=seed_build.out_dir)
    on_virtuoso = execute(text, where=name, endpoint=virtuoso.query_url)
    assert on_virtuoso.variables == on_oxigraph.variables
    unordered = _group_concat_columns(text)
    assert _comparable(on_virtuoso, unordered) == _comparable(on_oxigraph, unordered)
    if name in ("sanctions-lifted", "leaders", "provenance", "timeline"):
        assert len(on_oxigraph) > 0  # the comparison is not between two empty answers
