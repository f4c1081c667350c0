"""`kg load`: the embedded Oxigraph store and remote Graph Store Protocol servers (a real Oxigraph server).

Authentication and failures are tested through a small proxy in front of the real server: it asks
for Basic or Digest credentials (checking them as a server does) and can answer 503 or reject a graph.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
import requests
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, StoreError
from kg.store.query import run, saved_queries
from kg.store.embedded import (
    Credentials,
    HttpClient,
    credentials_for,
    graphs_of,
    load_build,
    load_embedded,
    load_remote,
    open_build,
    open_store,
    redact,
)

runner = CliRunner()
PASSWORD = "pa55-" + secrets.token_hex(4)  # must never show in any output


def kg_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KG_STORE_")}
    full_env.update(env or {})
    full_env.setdefault("NETRC", "/nonexistent")
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                          capture_output=True, text=True, env=full_env, timeout=300)


def graph_content(store: ox.Store, graph) -> set:
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)}


@pytest.fixture
def out(seed_build) -> str:
    return str(seed_build.out_dir)


@pytest.fixture
def build(seed_store) -> ox.Store:
    return seed_store


def changed_build(seed_build, tmp_path) -> tuple[Path, ox.NamedNode]:
    """A copy of the seed build whose article graph lost its first sentence node's text and gained a triple."""
    src = Path(seed_build.out_dir) / "graph.nq"
    lines = src.read_text(encoding="utf-8").splitlines()
    article_graph = next(line.rsplit(" ", 2)[1] for line in lines if "/graph/article/" in line.rsplit(" ", 2)[1])
    dropped = next(i for i, line in enumerate(lines) if line.endswith(f"{article_graph} .") and "schema.org/text" in line)
    del lines[dropped]
    lines.append(f"<https://kg.example.org/id/country/BY> <http://www.w3.org/2000/01/rdf-schema#comment> "
                 f"\"changed\" {article_graph} .")
    out = tmp_path / "build2"
    out.mkdir()
    (out / "graph.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, ox.NamedNode(article_graph.strip("<>"))


# --------------------------------------------------------------------------- embedded store


def test_load_into_a_new_store_writes_every_graph(out, build, tmp_path):
    report = load_build(out, tmp_path / "db")
    assert report.loaded == [str(g.value) for g in graphs_of(build)]
    assert report.method.startswith("new store") and report.triples == len(build)
    assert [p.name for p in tmp_path.iterdir()] == ["db"]  # the staging folder was moved into place
    store = open_store(tmp_path / "db")
    assert len(store) == len(build)
    for g in graphs_of(build):
        assert graph_content(store, g) == graph_content(build, g)


def test_loading_again_adds_no_duplicates(out, build, tmp_path):
    load_build(out, tmp_path / "db")
    again = load_build(out, tmp_path / "db")
    assert again.loaded == [] and len(again.unchanged) == len(graphs_of(build))
    assert len(open_store(tmp_path / "db")) == len(build)


def test_a_changed_article_graph_is_replaced_whole_and_other_graphs_stay(seed_build, build, tmp_path):
    db = tmp_path / "db"
    load_build(seed_build.out_dir, db)
    other = ox.NamedNode("https://kg.example.org/graph/article/from-another-build")
    store = ox.Store(str(db))
    store.add(ox.Quad(ox.NamedNode("https://kg.example.org/id/X"), ox.NamedNode("http://e/p"), ox.Literal("x"), other))
    del store
    build2_dir, article = changed_build(seed_build, tmp_path)
    report = load_build(build2_dir, db)
    assert report.loaded == [article.value] and report.method == "one transaction"
    build2 = open_build(build2_dir)
    store = open_store(db)
    assert graph_content(store, article) == graph_content(build2, article) != graph_content(build, article)
    assert len(graph_content(store, other)) == 1
    assert len(store) == len(build2) + 1


def test_a_failed_load_leaves_the_store_as_it_was(seed_build, tmp_path, monkeypatch):
    db = tmp_path / "db"
    load_build(seed_build.out_dir, db)
    before = set(open_store(db))
    build2_dir, article = changed_build(seed_build, tmp_path)
    import kg.store.embedded as kgs

    real = kgs._triples

    def corrupt_one(store, graph):  # the second graph's data come out broken
        data = real(store, graph)
        return data + b"<broken" if graph == article else data

    monkeypatch.setattr(kgs, "_triples", corrupt_one)
    with pytest.raises(StoreError, match="nothing was written"):
        load_build(build2_dir, db)
    assert set(open_store(db)) == before


def test_a_new_store_is_all_or_nothing(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text('<http://e/s> <http://e/p> "ok" <http://e/g> .\n<http://e/s> <http://e/p> broken <http://e/g> .\n',
                   encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse"):
        load_build(bad, tmp_path / "db")
    assert [p.name for p in tmp_path.iterdir()] == ["bad.nq"]  # no store, no staging folder left


def test_bulk_load_only_into_new_graphs(out, build, tmp_path):
    db = tmp_path / "db"
    store = ox.Store(str(db))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("x"), ox.NamedNode("http://e/g")))
    del store
    report = load_build(out, db, bulk=True)
    assert len(report.loaded) == len(graphs_of(build)) and report.method == "bulk loader, no transaction"
    assert len(open_store(db)) == len(build) + 1
    with pytest.raises(InputError, match="--bulk only writes graphs that are not in the store yet"):
        load_build(out, db, bulk=True)


def test_cli_load_then_query_the_store_without_parsing_again(out, tmp_path):
    db = tmp_path / "db"
    res = runner.invoke(app, ["load", "--out", out, "--store", str(db)], catch_exceptions=False)
    assert res.exit_code == 0 and res.output.startswith("Loaded ")
    by_store = runner.invoke(app, ["query", "--store", str(db), "--name", "leaders", "-f", "tsv"])
    by_build = runner.invoke(app, ["query", "--out", out, "--name", "leaders", "-f", "tsv"])
    assert by_store.exit_code == 0 and by_store.output == by_build.output
    assert (db / "CURRENT").is_file() and not (Path(out) / "CURRENT").exists()


def test_saved_queries_agree_between_store_and_build(out, build, tmp_path):
    load_build(out, tmp_path / "db")
    store = open_store(tmp_path / "db")
    for name, saved in saved_queries().items():
        assert sorted(map(str, run(store, saved.text).rows)) == sorted(map(str, run(build, saved.text).rows)), name


def test_query_on_a_folder_that_is_no_store(tmp_path):
    proc = kg_main("query", "ASK {}", "--store", str(tmp_path))
    assert proc.returncode == 2 and "no Oxigraph store here" in proc.stderr


@pytest.mark.server
def test_a_store_in_use_by_a_server_is_reported(out, tmp_path, oxigraph_server_factory):
    db = tmp_path / "db"
    load_build(out, db)
    oxigraph_server_factory(db)  # holds the store's lock
    proc = kg_main("load", "--out", out, "--store", str(db))
    assert proc.returncode == 2
    assert "cannot open the store" in proc.stderr and "another process" in proc.stderr


# --------------------------------------------------------------------------- remote store, real server


@pytest.mark.server
def test_load_to_oxigraph_server_puts_every_graph(build, oxigraph_server):
    report = load_remote(build, oxigraph_server.store_url)
    assert report.loaded == sorted(g.value for g in graphs_of(build))
    assert report.triples == len(build) and oxigraph_server.count() == len(build)
    for g in graphs_of(build):
        r = requests.get(oxigraph_server.store_url, params={"graph": g.value},
                         headers={"Accept": "application/n-triples"}, timeout=30)
        assert {q.triple for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)} == \
            {ox.Triple(*t) for t in graph_content(build, g)}


@pytest.mark.server
def test_loading_again_replaces_each_graph_without_duplicates(seed_build, build, oxigraph_server, tmp_path):
    load_remote(build, oxigraph_server.store_url)
    load_remote(build, oxigraph_server.store_url, jobs=3)
    assert oxigraph_server.count() == len(build)
    build2_dir, article = changed_build(seed_build, tmp_path)
    res = runner.invoke(app, ["load", "--out", str(build2_dir), "--endpoint", oxigraph_server.store_url])
    assert res.exit_code == 0, res.output
    build2 = open_build(build2_dir)
    assert oxigraph_server.count(article.value) == len(graph_content(build2, article))
    assert oxigraph_server.count() == len(build2)


@pytest.mark.server
def test_cli_load_to_a_server(out, build, oxigraph_server):
    proc = kg_main("load", "--out", out, "--endpoint", oxigraph_server.store_url)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Loaded {len(graphs_of(build))} graph(s), {len(build)} triples into "
                                  f"{oxigraph_server.store_url} (Graph Store Protocol PUT, N-Triples")


def test_server_down_is_retried_then_names_the_graph(build):
    from conftest import oxigraph_free_port

    url = f"http://127.0.0.1:{oxigraph_free_port()}/store"
    client = HttpClient(retries=2, backoff=0.01)
    with pytest.raises(StoreError) as info:
        load_remote(build, url, client=client, jobs=1)
    message = str(info.value)
    assert re.search(r"graph <https://kg\.example\.org/graph/[^>]+>: connection refused", message)
    assert "after 3 attempts" in message and "0 of 3 graph(s) were loaded" in message
    assert client.attempts == 3


def test_cli_server_down_exits_non_zero_and_reports_nothing_loaded(out):
    from conftest import oxigraph_free_port

    proc = kg_main("load", "--out", out, "--endpoint", f"http://127.0.0.1:{oxigraph_free_port()}/store",
                   "--retries", "0")
    assert proc.returncode == 2
    assert proc.stdout == "" and "connection refused" in proc.stderr and "Loaded" not in proc.stderr


@pytest.mark.server
def test_a_server_that_rejects_the_data(build, oxigraph_server_factory, tmp_path):
    ox.Store(str(tmp_path / "ro")).flush()
    server = oxigraph_server_factory(tmp_path / "ro", read_only=True)
    client = HttpClient(retries=3, backoff=0.01)
    with pytest.raises(StoreError) as info:
        load_remote(build, server.store_url, client=client, jobs=1)
    message = str(info.value)
    assert "graph <https://kg.example.org/graph/" in message and "HTTP 403 Forbidden" in message
    assert "0 of 3 graph(s) were loaded" in message
    assert client.attempts == 1  # a refusal is not retried
    assert server.count() == 0


# --------------------------------------------------------------------------- proxy: auth and faults


class Proxy:
    """An HTTP proxy to a real Oxigraph server that can require credentials and inject failures."""

    def __init__(self, upstream: str, *, auth: str | None = None, user: str = "kg", password: str = PASSWORD,
                 fail_first: int = 0, reject_graph: str | None = None) -> None:
        self.upstream, self.auth, self.user, self.password = upstream, auth, user, password
        self.fail_first, self.reject_graph = fail_first, reject_graph
        self.seen: list[tuple[str, str, str]] = []  # method, graph, Authorization scheme
        self.nonce = secrets.token_hex(8)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                graph = parse_qs(urlsplit(self.path).query).get("graph", [""])[0]
                authz = self.headers.get("Authorization", "")
                proxy.seen.append((self.command, graph, authz.split(" ")[0]))
                if proxy.auth and not proxy.authorised(self.command, authz):
                    challenge = ('Basic realm="kg-test"' if proxy.auth == "basic" else
                                 f'Digest realm="kg-test", qop="auth", nonce="{proxy.nonce}", '
                                 'opaque="0123", algorithm=MD5')
                    return self._reply(401, b"unauthorised", {"WWW-Authenticate": challenge})
                if proxy.fail_first > 0:
                    proxy.fail_first -= 1
                    return self._reply(503, b"busy, try later", {"Retry-After": "0"})
                if proxy.reject_graph and graph == proxy.reject_graph:
                    return self._reply(400, b"this graph is not welcome here")
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                r = requests.request(self.command, proxy.upstream + self.path, data=body, headers=headers, timeout=60)
                self._reply(r.status_code, r.content, {"Content-Type": r.headers.get("Content-Type", "text/plain")})

            do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = _handle  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def authorised(self, method: str, header: str) -> bool:
        if self.auth == "basic":
            import base64

            return header == "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        if not header.startswith("Digest "):
            return False
        fields = dict(re.findall(r'(\w+)="?([^",]+)"?', header[7:]))
        md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731, S324 (the digest scheme is MD5)
        ha1 = md5(f"{fields.get('username')}:kg-test:{self.password}")
        ha2 = md5(f"{method}:{fields.get('uri')}")
        expected = md5(f"{ha1}:{fields.get('nonce')}:{fields.get('nc')}:{fields.get('cnonce')}:{fields.get('qop')}:{ha2}")
        return fields.get("username") == self.user and fields.get("nonce") == self.nonce \
            and fields.get("response") == expected

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def proxy_factory(oxigraph_server):
    made: list[Proxy] = []

    def make(**kwargs) -> Proxy:
        made.append(Proxy(oxigraph_server.base, **kwargs))
        return made[-1]

    yield make
    for p in made:
        p.close()


@pytest.mark.server
def test_transient_errors_are_retried_with_backoff(build, oxigraph_server, proxy_factory):
    proxy = proxy_factory(fail_first=2)
    client = HttpClient(retries=3, backoff=0.01)
    report = load_remote(build, proxy.url + "/store", client=client, jobs=1)
    assert len(report.loaded) == 3 and oxigraph_server.count() == len(build)
    assert client.attempts == 3 + 2


@pytest.mark.server
def test_a_rejected_graph_is_named_and_never_reported_loaded(build, oxigraph_server, proxy_factory):
    ontology = "https://kg.example.org/graph/ontology"
    proxy = proxy_factory(reject_graph=ontology)
    with pytest.raises(StoreError) as info:
        load_remote(build, proxy.url + "/store", client=HttpClient(retries=1, backoff=0.01), jobs=1)
    message = str(info.value)
    assert f"graph <{ontology}>: HTTP 400 Bad Request: this graph is not welcome here" in message
    loaded = int(re.search(r"(\d+) of 3 graph\(s\) were loaded", message).group(1))
    on_server = requests.post(oxigraph_server.query_url, data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"},
                              headers={"Accept": "text/csv"}, timeout=30).text.split()[1:]
    assert ontology not in on_server and len(on_server) == loaded


@pytest.mark.server
@pytest.mark.parametrize("scheme, env_auth", [("basic", None), ("digest", None), ("digest", "digest"),
                                              ("basic", "basic")])
def test_credentials_from_the_environment(out, build, oxigraph_server, proxy_factory, scheme, env_auth):
    proxy = proxy_factory(auth=scheme)
    env = {"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": PASSWORD}
    if env_auth:
        env["KG_STORE_AUTH"] = env_auth
    proc = kg_main("load", "--out", out, "--endpoint", proxy.url + "/store", env=env)
    assert proc.returncode == 0, proc.stderr
    assert oxigraph_server.count() == len(build)
    assert PASSWORD not in proc.stdout + proc.stderr
    used = {s for _, _, s in proxy.seen if s}
    assert used == {scheme.capitalize()}
    if env_auth == "basic":  # the scheme was given: no request went out without credentials
        assert all(s == "Basic" for _, _, s in proxy.seen)
    if env_auth is None:  # auto: the server's challenge picked the scheme
        assert any(s == "" for _, _, s in proxy.seen)


@pytest.mark.server
def test_credentials_from_netrc(out, build, oxigraph_server, proxy_factory, tmp_path):
    proxy = proxy_factory(auth="digest")
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login kg password {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    proc = kg_main("load", "--out", out, "--endpoint", proxy.url + "/store", env={"NETRC": str(netrc)})
    assert proc.returncode == 0, proc.stderr
    assert oxigraph_server.count() == len(build)


@pytest.mark.server
def test_wrong_or_missing_credentials(out, proxy_factory):
    proxy = proxy_factory(auth="basic")
    wrong = kg_main("load", "--out", out, "--endpoint", proxy.url + "/store",
                    env={"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "not-" + PASSWORD})
    assert wrong.returncode == 2
    assert "HTTP 401" in wrong.stderr and "refused the credentials from $KG_STORE_USER/$KG_STORE_PASSWORD" in wrong.stderr
    assert PASSWORD not in wrong.stderr and "not-" not in wrong.stderr
    missing = kg_main("load", "--out", out, "--endpoint", proxy.url + "/store")
    assert missing.returncode == 2 and "the server wants credentials" in missing.stderr


def test_credentials_never_come_from_the_url(out):
    proc = kg_main("load", "--out", out, "--endpoint", f"http://kg:{PASSWORD}@127.0.0.1:9/store")
    assert proc.returncode == 2
    assert "credentials in the URL are not allowed" in proc.stderr and PASSWORD not in proc.stderr


def test_credentials_sources(tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine db.example.org login ann password from-netrc\n", encoding="utf-8")
    netrc.chmod(0o600)
    env = {"NETRC": str(netrc)}
    assert credentials_for("https://db.example.org/store", environ=env) == Credentials("ann", "from-netrc",
                                                                                       source="netrc")
    assert credentials_for("https://other.example.org/store", environ=env) is None
    both = {**env, "KG_STORE_USER": "bob", "KG_STORE_PASSWORD": "from-env", "KG_STORE_AUTH": "Digest"}
    assert credentials_for("https://db.example.org/store", environ=both) == Credentials("bob", "from-env", "digest")
    assert "from-env" not in repr(credentials_for("https://db.example.org/store", environ=both))
    with pytest.raises(InputError, match="KG_STORE_PASSWORD"):
        credentials_for("https://h/", environ={"KG_STORE_USER": "bob"})
    with pytest.raises(InputError, match="KG_STORE_AUTH"):
        credentials_for("https://h/", environ={"KG_STORE_AUTH": "ntlm"})
    assert redact("https://u:p@h:1/x") == "https://h:1/x"


def test_store_and_endpoint_are_exclusive(out, tmp_path):
    with pytest.raises(InputError, match="exactly one target"):
        load_build(out, tmp_path / "db", endpoint="http://localhost:1/store")
    with pytest.raises(InputError, match="exactly one target"):
        load_build(out)


def test_load_embedded_into_memory_keeps_other_graphs():
    mem = ox.Store()
    g1, g2 = ox.NamedNode("http://e/g1"), ox.NamedNode("http://e/g2")
    mem.add(ox.Quad(ox.NamedNode("http://e/old"), ox.NamedNode("http://e/p"), ox.Literal("1"), g1))
    mem.add(ox.Quad(ox.NamedNode("http://e/keep"), ox.NamedNode("http://e/p"), ox.Literal("1"), g2))
    new = ox.Store()
    new.add(ox.Quad(ox.NamedNode("http://e/new"), ox.NamedNode("http://e/p"), ox.Literal("2"), g1))
    report = load_embedded(new, None, target=mem)
    assert report.loaded == ["http://e/g1"]
    assert {q.subject.value for q in mem} == {"http://e/new", "http://e/keep"}


@pytest.mark.server
def test_kg_query_on_the_server_after_kg_load(out, oxigraph_server):
    assert runner.invoke(app, ["load", "--out", out, "--endpoint", oxigraph_server.store_url]).exit_code == 0
    remote = runner.invoke(app, ["query", "--endpoint", oxigraph_server.query_url, "--name", "leaders", "-f", "tsv"])
    local = runner.invoke(app, ["query", "--out", out, "--name", "leaders", "-f", "tsv"])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    inline = runner.invoke(app, ["query", "--endpoint", oxigraph_server.query_url,
                                 "SELECT ?who WHERE { GRAPH ?g { ?who kgo:leaderOf country:BY } }", "-f", "csv"])
    assert "https://kg.example.org/id/alexander-lukashenko" in inline.output  # default prefixes were declared
    bad = kg_main("query", "--endpoint", oxigraph_server.query_url, "SELECT * WHERE {\n ?s <http://a b> ?o }")
    assert bad.returncode == 2 and "query:2:" in bad.stderr


@pytest.mark.server
def test_oxigraph_server_keeps_a_graph_whose_put_it_rejects(build, oxigraph_server):
    """What the docs promise about Oxigraph server: a PUT is all or nothing for its graph."""
    load_remote(build, oxigraph_server.store_url)
    curated = "https://kg.example.org/graph/curated"
    before = oxigraph_server.count(curated)
    r = requests.put(oxigraph_server.store_url, params={"graph": curated}, timeout=30,
                     data=b'<http://e/s> <http://e/p> "new" .\n<http://e/s> <http://e/p> broken .\n',
                     headers={"Content-Type": "application/n-triples"})
    assert r.status_code == 400
    assert oxigraph_server.count(curated) == before > 0
