"""Hostile input, hostile clients, faults: each case of issue 15 tried for real.

Real listeners record whether kg contacted them, real `kg serve` endpoints answer real HTTP, memory limits
are real (``resource.setrlimit`` in a subprocess), and every command runs as a whole process.
"""

from __future__ import annotations

import base64
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from kg.store.serve import ServeOptions, start

JSON = "application/sparql-results+json"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
ID = "https://kg.example.org/id/"


def kg_main(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            preexec_fn=None) -> subprocess.CompletedProcess:
    """The real console entry point, in a subprocess."""
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})}, preexec_fn=preexec_fn)


class Listener:
    """A real TCP listener that records every connection made to it and answers with an empty SPARQL result
    (or, with ``hang``, never answers)."""

    def __init__(self, *, hang: bool = False) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.requests: list[bytes] = []
        self.hang = hang
        self._open: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._open.append(conn)
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            data = conn.recv(65536)
            self.requests.append(data)
            if self.hang:
                return
            body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                         b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
            conn.close()
        except OSError:
            pass

    @property
    def contacted(self) -> int:
        return len(self.requests)

    def close(self) -> None:
        self.sock.close()
        for conn in self._open:
            conn.close()


@pytest.fixture
def listener():
    made = Listener()
    yield made
    made.close()


@pytest.fixture(scope="module")
def out(seed_build) -> str:
    return str(seed_build.out_dir)


@pytest.fixture(scope="module")
def endpoint(seed_build):
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, timeout=30, max_rows=50, quiet=True,
                                                                cors=True, max_memory=1024)) as ep:
        yield ep


def service_queries(url: str) -> list[str]:
    return [f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
            f"select * where {{ service<{url}>{{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ # a comment\n \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}"]


# --------------------------------------------------------------------------- 1. SSRF: SERVICE and the Host header


def test_serve_refuses_service_and_contacts_no_one(endpoint, listener):
    for query in service_queries(listener.url):
        r = requests.get(endpoint.url, params={"query": query}, headers={"Accept": JSON}, timeout=30)
        assert r.status_code == 400, (query, r.status_code, r.text)
        assert "SERVICE" in r.text and "--allow-federation" in r.text
    time.sleep(0.5)
    assert listener.contacted == 0


def test_serve_federates_only_when_the_operator_allows_it(seed_build, listener):
    options = ServeOptions(port=0, quiet=True, workers=1, allow_federation=True)
    with start(out_dir=seed_build.out_dir, options=options) as ep:
        query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        r = requests.get(ep.url, params={"query": query}, headers={"Accept": JSON}, timeout=30)
        assert r.status_code == 200, r.text
        assert listener.contacted == 1  # the listener does record a request when one is made
        # SERVICE over an unbound variable is the client's mistake: 400, not 500
        unbound = requests.get(ep.url, params={"query": "SELECT * WHERE { SERVICE ?nowhere { ?s ?p ?o } }"},
                               timeout=30)
        assert unbound.status_code == 400 and "unbound" in unbound.text


def test_serve_listens_on_loopback_only_and_checks_its_limits():
    from kg.errors import InputError

    for bad in ({"host": "0.0.0.0"}, {"host": "10.1.2.3"}, {"max_memory": 10}, {"host_names": ("a b",)},
                {"host_names": ("evil@host",)}):
        with pytest.raises(InputError):
            ServeOptions(**bad)


def test_serve_answers_only_for_its_host_names(endpoint, seed_build):
    port = endpoint.port
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", ""):
        r = requests.get(endpoint.url, params={"query": COUNT}, headers={"Host": host, "Origin": "http://evil.example"},
                         timeout=30)
        assert r.status_code == 403, host
        assert "host name" in r.text and "Access-Control-Allow-Origin" in r.headers  # CORS, but no data
        assert "results" not in r.text
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST"):
        r = requests.get(endpoint.url, params={"query": COUNT}, headers={"Host": host, "Accept": JSON}, timeout=30)
        assert r.status_code == 200, host
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, quiet=True, workers=1,
                                                                host_names=("kg.lan",))) as ep:
        r = requests.get(ep.url, params={"query": COUNT}, headers={"Host": f"kg.lan:{ep.port}"}, timeout=30)
        assert r.status_code == 200


def test_kg_query_refuses_service_unless_allowed(out, listener, tmp_path):
    for query in service_queries(listener.url):
        proc = kg_main("query", query, "--out", out)
        assert proc.returncode == 2, (query, proc.stderr)
        assert "SERVICE" in proc.stderr and "--allow-federation" in proc.stderr and "Traceback" not in proc.stderr
    shared = tmp_path / "shared.rq"  # a query from a shared folder, which the user did not write
    shared.write_text(f"# Question: harmless?\nSELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}\n")
    proc = kg_main("query", "--file", str(shared), "--out", out)
    assert proc.returncode == 2 and f"{shared}: SERVICE" in proc.stderr
    assert listener.contacted == 0
    proc = kg_main("query", "--file", str(shared), "--out", out, "--allow-federation", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert listener.contacted == 1


# --------------------------------------------------------------------------- 2. bounded memory


def _limit_memory(megabytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))
    return apply


CROSS_JOIN = "SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } } LIMIT %d"


def test_a_big_result_streams_in_bounded_memory(out, tmp_path):
    rows = 200_000  # materialised, these rows take about 800 MB; the limit is 400 MB of address space
    target = tmp_path / "big.csv"
    proc = kg_main("query", CROSS_JOIN % rows, "--out", out, "-f", "csv", "--output", str(target),
                   preexec_fn=_limit_memory(400), timeout=300)
    assert proc.returncode == 0, proc.stderr
    with target.open("rb") as fh:
        assert sum(1 for _ in fh) == rows + 1
    # the same rows held in memory at once do not fit under the same limit: the limit is real
    held = subprocess.run([sys.executable, "-c", "import sys; from kg.store.embedded import open_build; "
                           "from kg.store.query import render, run; "
                           "print(len(render(run(open_build(sys.argv[1]), sys.argv[2]), 'csv')))",
                           out, CROSS_JOIN % rows], capture_output=True, text=True, timeout=300,
                          preexec_fn=_limit_memory(400))
    assert held.returncode != 0


def test_a_query_over_the_worker_memory_limit_is_stopped_and_the_server_carries_on(endpoint):
    before = requests.get(endpoint.url, params={"query": COUNT}, headers={"Accept": JSON}, timeout=30).json()
    sort = ("SELECT * WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } } "
            "ORDER BY ?o1 ?o2 ?o3 LIMIT 5")
    results: dict[str, requests.Response] = {}

    def other_client() -> None:
        time.sleep(0.5)
        results["other"] = requests.get(endpoint.url, params={"query": COUNT}, headers={"Accept": JSON}, timeout=60)

    side = threading.Thread(target=other_client)
    side.start()
    started = time.monotonic()
    r = requests.get(endpoint.url, params={"query": sort}, headers={"Accept": JSON}, timeout=120)
    side.join()
    assert r.status_code == 503 and "memory" in r.text and "1024 MB" in r.text, (r.status_code, r.text)
    assert time.monotonic() - started < 30  # stopped by the memory limit, not the time limit
    assert results["other"].status_code == 200 and results["other"].json() == before
    after = requests.get(endpoint.url, params={"query": COUNT}, headers={"Accept": JSON}, timeout=30)
    assert after.status_code == 200 and after.json() == before


# --------------------------------------------------------------------------- 5. --bind


def test_bind_cannot_inject_sparql(out):
    proc = kg_main("query", "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "--out", out,
                   "--bind", f"o=country:BY>)(<{ID}country/LT")
    assert proc.returncode == 2 and "--bind" in proc.stderr and "not a valid IRI" in proc.stderr
    for value in (f"<{ID}country/BY> ) (<{ID}country/LT>", f"{ID}country/BY>)(<{ID}country/LT",
                  '"x") ("y"', '"x" . } INSERT DATA { <a:b> <a:b> <a:b>'):
        proc = kg_main("query", "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "--out", out, "--bind", f"o={value}")
        assert proc.returncode == 2, (value, proc.stdout)
        assert "Traceback" not in proc.stderr


def test_bind_resolves_a_label_or_names_it(out):
    query = "SELECT ?subject ?o WHERE { GRAPH ?g { ?subject kgo:leaderOf ?o } }"
    by_label = kg_main("query", query, "--out", out, "--bind", "subject=Gitanas Nausėda", "-f", "json")
    by_iri = kg_main("query", query, "--out", out, "--bind", "subject=id:gitanas-nauseda", "-f", "json")
    assert by_label.returncode == 0, by_label.stderr
    rows = json.loads(by_label.stdout)["results"]["bindings"]
    assert rows and rows == json.loads(by_iri.stdout)["results"]["bindings"]
    unknown = kg_main("query", query, "--out", out, "--bind", "subject=Nobody Atall")
    assert unknown.returncode == 2 and "'Nobody Atall'" in unknown.stderr and "no entity has the label" in unknown.stderr


# --------------------------------------------------------------------------- 8. size and depth before parsing


def test_deeply_nested_query_is_refused_before_parsing(out, endpoint):
    nested = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    proc = kg_main("query", nested, "--out", out)
    assert proc.returncode == 2 and "nested 5002 levels deep" in proc.stderr  # not a segmentation fault
    started = endpoint.pool.workers_started
    r = requests.post(endpoint.url, data={"query": nested}, timeout=30)
    assert r.status_code == 400 and "nested" in r.text
    huge = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } #" + "x" * 200_000
    r = requests.post(endpoint.url, data={"query": huge}, timeout=30)
    assert r.status_code == 400 and "over the limit" in r.text
    r = requests.post(endpoint.url, data={"query": huge * 6}, timeout=30)  # a body over 1 MB is not even read
    assert r.status_code == 413
    assert endpoint.pool.workers_started == started  # no worker died
    assert requests.get(endpoint.url, params={"query": COUNT}, timeout=30).status_code == 200


# --------------------------------------------------------------------------- 9. --timeout for --endpoint


def test_query_endpoint_timeout():
    hanging = Listener(hang=True)
    try:
        started = time.monotonic()
        proc = kg_main("query", "ASK {}", "--endpoint", hanging.url, "--timeout", "1")
        took = time.monotonic() - started
    finally:
        hanging.close()
    assert proc.returncode == 2 and "no answer in time" in proc.stderr
    assert took < 30 and hanging.contacted >= 1


# --------------------------------------------------------------------------- 14. credentials never printed


class EchoServer:
    """A real HTTP server that asks for credentials, then echoes the Authorization header in its error body."""

    def __init__(self, status: int = 400) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _handle(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                authz = self.headers.get("Authorization")
                if not authz:
                    body, code, extra = b"who are you?", 401, {"WWW-Authenticate": 'Basic realm="echo"'}
                else:
                    decoded = base64.b64decode(authz.split()[1]).decode() if authz.startswith("Basic ") else ""
                    body = (f"denied. You sent Authorization: {authz}\nthat is {authz}\n"
                            f"decoded: {decoded}\npassword={decoded.partition(':')[2]}").encode()
                    code, extra = status, {}
                self.send_response(code)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _handle  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/store"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.mark.parametrize("status", [400, 500, 503])
def test_credentials_echoed_by_a_server_are_never_printed(out, status, tmp_path):
    server = EchoServer(status)
    password = "Sup3r-s3cret-" + os.urandom(4).hex()
    env = {"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": password, "NETRC": str(tmp_path / "none")}
    secrets = [password, base64.b64encode(f"kg:{password}".encode()).decode()[:12]]
    try:
        for args in (["query", "ASK {}", "--endpoint", server.url, "--timeout", "5"],
                     ["load", "--out", out, "--endpoint", server.url, "--retries", "0"]):
            proc = kg_main(*args, env=env)
            assert proc.returncode == 2, proc.stderr
            assert f"HTTP {status}" in proc.stderr and "denied" in proc.stderr  # the server's message is shown
            for secret in secrets:
                assert secret not in proc.stderr and secret not in proc.stdout
    finally:
        server.close()


# --------------------------------------------------------------------------- 15. 50 concurrent clients


def test_fifty_concurrent_clients_all_get_an_answer(seed_build):
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, quiet=True, workers=2, timeout=20)) as ep:
        barrier = threading.Barrier(50)
        answers: list[tuple[int, str]] = []
        errors: list[Exception] = []

        def client() -> None:
            barrier.wait()
            try:
                r = requests.get(ep.url, params={"query": COUNT}, headers={"Accept": JSON}, timeout=60)
                answers.append((r.status_code, r.text))
            except requests.RequestException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=client) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert len(answers) == 50
    assert all(code == 200 or (code == 503 and "retry" in text) for code, text in answers)
    assert sum(code == 200 for code, _ in answers) >= 25


# --------------------------------------------------------------------------- the endpoint speaks like kg query


def test_endpoint_accepts_kg_prefixes_and_format_parameters(endpoint):
    query = "SELECT ?o WHERE { GRAPH ?g { id:alexander-lukashenko kgo:leaderOf ?o } }"
    r = requests.get(endpoint.url, params={"query": query}, headers={"Accept": JSON}, timeout=30)
    assert r.status_code == 200, r.text
    assert {"type": "uri", "value": ID + "country/BY"} in [b["o"] for b in r.json()["results"]["bindings"]]
    as_csv = requests.get(endpoint.url, params={"query": query, "format": "csv"}, headers={"Accept": JSON}, timeout=30)
    assert as_csv.headers["Content-Type"].startswith("text/csv") and as_csv.text.startswith("o\r\n")
    as_json = requests.post(endpoint.url, data={"query": query, "output": "json"}, timeout=30)
    assert as_json.headers["Content-Type"] == JSON
    graph = requests.get(endpoint.url, params={"query": "DESCRIBE id:belavia", "output": "nt",
                                               "union-default-graph": "true"}, timeout=30)
    assert graph.headers["Content-Type"] == "application/n-triples"
    lines = [line for line in graph.text.splitlines() if line.strip()]
    assert lines and len(lines) == len(set(lines))  # DESCRIBE over the union: no duplicates
    bad = requests.get(endpoint.url, params={"query": query, "format": "gif"}, timeout=30)
    assert bad.status_code == 400 and "unknown format" in bad.text


# --------------------------------------------------------------------------- 4. catastrophic backtracking in a user rule


def test_a_rule_that_backtracks_catastrophically_is_refused_on_load(tmp_path):
    rules = tmp_path / "my-rules.jsonl"
    rules.write_text(json.dumps({"id": "evil-rule", "event": "Praise", "pattern": "{praiser} (a+)+$",
                                 "confidence": 0.9}) + "\n")
    article = tmp_path / "a.txt"
    article.write_text("Lukashenko praised Trump " + "a" * 40 + "!\n")
    started = time.monotonic()
    proc = kg_main("extract", str(article), "--rules", str(rules), timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "my-rules.jsonl:1 (evil-rule)" in proc.stderr and "backtrack" in proc.stderr and "(a+)+" in proc.stderr
    assert time.monotonic() - started < 60
    safe = tmp_path / "safe-rules.jsonl"  # a bounded repeat is fine
    safe.write_text(json.dumps({"id": "fine-rule", "event": "Praise", "pattern": "{praiser} (?:a+ ){0,3}praised {praised}",
                                "confidence": 0.9}) + "\n")
    assert kg_main("extract", str(article), "--rules", str(safe)).returncode == 0


# --------------------------------------------------------------------------- 12. a gazetteer id taken twice


def test_a_gazetteer_entry_may_not_replace_a_built_in_one(tmp_path):
    mine = tmp_path / "people.jsonl"
    mine.write_text(json.dumps({"id": "donald-trump", "label": "Someone Else", "type": "Person",
                                "aliases": ["Trump"]}) + "\n")
    article = tmp_path / "a.txt"
    article.write_text("President Trump met Alexander Lukashenko in Minsk on 12 September 2025.\n")
    proc = kg_main("extract", str(article), "--gazetteer", str(mine))
    assert proc.returncode == 2
    assert f"{mine}:1 (donald-trump): the id is taken by" in proc.stderr and "people.jsonl:2" in proc.stderr
    assert "Someone Else" not in proc.stdout


# --------------------------------------------------------------------------- 7 and 13. bad files in a corpus


def _without_file_override() -> list[str]:
    """Run a command without the power to read any file whatever its mode (root has it: chmod 000 would not bite)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


def test_a_huge_paragraph_and_an_unreadable_folder_are_reported_and_the_rest_is_built(tmp_path):
    from kg.config import sample_articles

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_bytes(sample_articles()[0].read_bytes())
    (corpus / "sub" / "huge.txt").write_text("Title\n\n" + "Talks resumed in Minsk. " * 90_000 + "\n")
    assert (corpus / "sub" / "huge.txt").stat().st_size > 2_000_000
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_bytes(sample_articles()[0].read_bytes())
    locked.chmod(0)
    try:
        proc = subprocess.run([*_without_file_override(), sys.executable, "-c", "from kg.cli import main; main()",
                               "build", "-i", str(corpus), "--out", str(tmp_path / "out"), "-q", "--no-validate"],
                              capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    assert "Built 1 article(s)" in proc.stdout
    assert f"skipped {corpus / 'sub' / 'huge.txt'}: a paragraph of" in proc.stderr
    assert f"skipped {locked}: cannot read" in proc.stderr and "Permission denied" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "out" / "graph.nq").is_file()


# --------------------------------------------------------------------------- 10 and 11. expected errors exit 2, no tracebacks


def test_expected_errors_exit_2_naming_the_path_or_line(out, tmp_path):
    spaced = tmp_path / "spaced.ttl"
    spaced.write_text("@prefix kgo: <https://kg.example.org/ontology#> .\n\n"
                      "<https://kg.example.org/id/A B> kgo:leaderOf <https://kg.example.org/id/C> .\n")
    folder, plain = tmp_path / "folder", tmp_path / "plain"
    folder.mkdir()
    plain.write_text("x")
    cases = [
        (["build", "--curated", str(spaced), "--out", str(tmp_path / "o1"), "-q"], f"{spaced}:3: invalid Turtle"),
        (["export", "--out", out, "-o", str(folder), "-f", "ttl"], "is a folder"),
        (["export", "--out", out, "-o", str(plain / "x.ttl")], f"{plain} is a file, not a folder"),
        (["viz", "--out", out, "-o", str(folder)], "is a folder"),
        (["viz", "--out", out, "-o", str(plain / "x.html")], f"{plain} is a file, not a folder"),
        (["query", "ASK {}", "--out", out, "-o", str(folder)], "is a folder"),
        (["query", "ASK {}", "--out", out, "-o", str(plain / "x.csv")], f"{plain} is a file, not a folder"),
        (["build", "--out", str(plain), "-q"], f"--out {plain}: {plain} is a file, not a folder"),
    ]
    for args, expected in cases:
        proc = kg_main(*args)
        assert proc.returncode == 2, (args, proc.returncode, proc.stderr)
        assert expected in proc.stderr and "Traceback" not in proc.stderr and "internal error" not in proc.stderr, \
            (args, proc.stderr)
    assert not (tmp_path / "o1" / "graph.nq").exists()


def test_a_malformed_shapes_file_is_named_with_its_line(tmp_path, seed_dataset):
    from kg.errors import InputError
    from kg.graph.validate import validate_graph

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://e/S> a sh:NodeShape ;\n  sh:targetClass\n")
    with pytest.raises(InputError) as info:
        validate_graph(seed_dataset, shapes=shapes)
    assert info.value.exit_code == 2 and str(shapes) in info.value.where and "invalid Turtle" in info.value.message


def test_an_ill_typed_literal_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kgo: <https://kg.example.org/ontology#> .\n"
                   "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                   '<https://kg.example.org/id/country/BY> kgo:sanctionsLiftedOn "abc"^^xsd:date .\n')
    build = tmp_path / "out"
    runs = [kg_main("build", "--curated", str(bad), "--out", str(build), "-q"),
            kg_main("export", "--out", str(build), "-o", str(tmp_path / "x.ttl")),
            kg_main("viz", "--out", str(build), "-o", str(tmp_path / "x.html")),
            kg_main("stats", "--out", str(build))]
    assert runs[0].returncode == 1 and "does not conform" in runs[0].stderr  # SHACL catches it
    assert [p.returncode for p in runs[1:]] == [0, 0, 0]
    for proc in runs:
        assert "Traceback" not in proc.stderr and "Failed to convert" not in proc.stderr, proc.stderr
