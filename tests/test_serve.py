"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint, tested over real HTTP."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.errors import InputError, StoreError
from kg.store.query import run, saved_queries
from kg.store.serve import ServeOptions, negotiate, start
from kg.store.embedded import load_build

JSON = "application/sparql-results+json"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# four independent scans of the whole graph: (~800)^4 rows, far beyond any time limit
ENDLESS = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
           "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")


@pytest.fixture(scope="module")
def endpoint(seed_build):
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, timeout=20, max_rows=50, quiet=True)) as ep:
        yield ep


def count(url: str) -> int:
    r = requests.get(url, params={"query": COUNT}, headers={"Accept": JSON}, timeout=30)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_and_direct_post_give_the_same_json(endpoint, seed_store):
    query = saved_queries()["leaders"].text
    by_get = requests.get(endpoint.url, params={"query": query}, headers={"Accept": JSON}, timeout=30)
    by_form = requests.post(endpoint.url, data={"query": query}, headers={"Accept": JSON}, timeout=30)
    by_body = requests.post(endpoint.url, data=query.encode(), timeout=30,
                            headers={"Content-Type": "application/sparql-query", "Accept": JSON})
    for r in (by_get, by_form, by_body):
        assert r.status_code == 200 and r.headers["Content-Type"] == JSON
    assert by_get.json() == by_form.json() == by_body.json()
    parsed = ox.parse_query_results(by_get.content, format=ox.QueryResultsFormat.JSON)
    assert sorted(map(str, ([s[v] for v in parsed.variables] for s in parsed))) == \
        sorted(map(str, (list(r) for r in run(seed_store, query).rows)))


def test_every_saved_query_answers_over_http(endpoint, seed_store):
    for name, saved in saved_queries().items():
        r = requests.post(endpoint.url, data={"query": saved.text}, headers={"Accept": JSON}, timeout=30)
        assert r.status_code == 200, (name, r.text)
        assert len(r.json()["results"]["bindings"]) == len(run(seed_store, saved.text)), name


@pytest.mark.parametrize("accept, ctype, parse_as", [
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", "text/csv; charset=utf-8", None),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
    ("application/sparql-results+json,*/*;q=0.9", JSON, ox.QueryResultsFormat.JSON),  # what YASGUI sends
    ("*/*", JSON, ox.QueryResultsFormat.JSON),
])
def test_select_content_negotiation(endpoint, accept, ctype, parse_as):
    r = requests.get(endpoint.url, params={"query": COUNT}, headers={"Accept": accept}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"] == ctype
    if parse_as is None:  # CSV is lossy; pyoxigraph will not parse it
        assert r.text.startswith("n\r\n") and int(r.text.split()[1]) > 500
        return
    parsed = list(ox.parse_query_results(r.content, format=parse_as))
    assert int(parsed[0]["n"].value) > 500


def test_ask_and_construct(endpoint):
    ask = requests.get(endpoint.url, params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}, timeout=30)
    assert ask.json() == {"head": {}, "boolean": True}
    query = ("PREFIX kgo: <https://kg.example.org/ontology#> "
             "CONSTRUCT { ?s kgo:leaderOf ?o } WHERE { GRAPH ?g { ?s kgo:leaderOf ?o } }")
    ttl = requests.get(endpoint.url, params={"query": query}, timeout=30)
    assert ttl.headers["Content-Type"].startswith("text/turtle")
    nt = requests.get(endpoint.url, params={"query": query}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert nt.headers["Content-Type"] == "application/n-triples"
    from_ttl = set(ox.parse(ttl.content, format=ox.RdfFormat.TURTLE))
    assert len(from_ttl) >= 3 and from_ttl == set(ox.parse(nt.content, format=ox.RdfFormat.N_TRIPLES))


def test_update_is_refused_every_way(endpoint):
    before = count(endpoint.url)
    insert = "INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> <http://e/o> } }"
    answers = [
        requests.post(endpoint.url, data={"update": insert}, timeout=30),
        requests.post(endpoint.url, data=insert.encode(), headers={"Content-Type": "application/sparql-update"},
                      timeout=30),
        requests.post(endpoint.url.replace("/sparql", "/update"), data={"update": insert}, timeout=30),
        requests.get(endpoint.url, params={"update": insert}, timeout=30),
    ]
    assert [r.status_code for r in answers] == [403, 403, 403, 403]
    assert all("read-only" in r.text for r in answers)
    as_query = requests.post(endpoint.url, data={"query": insert}, timeout=30)  # not a query: it does not parse
    assert as_query.status_code == 400 and "SPARQL Update is not allowed" in as_query.text
    for method in ("PUT", "DELETE", "PATCH"):
        r = requests.request(method, endpoint.url, data=b"<http://e/s> <http://e/p> <http://e/o> .", timeout=30)
        assert r.status_code == 405 and "GET" in r.headers["Allow"]
    assert count(endpoint.url) == before


def test_result_size_limit(endpoint):
    too_many = requests.get(endpoint.url, params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}, timeout=30)
    assert too_many.status_code == 400 and "more than 50 rows" in too_many.text and "LIMIT" in too_many.text
    limited = requests.get(endpoint.url, params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 50"},
                           headers={"Accept": JSON}, timeout=30)
    assert limited.status_code == 200 and len(limited.json()["results"]["bindings"]) == 50
    graph = requests.get(endpoint.url, params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"},
                         timeout=30)
    assert graph.status_code == 400 and "more than 50 triples" in graph.text


def test_bad_requests(endpoint):
    syntax = requests.get(endpoint.url, params={"query": "SELECT * WHERE {\n  ?s <http://a b> ?o }"}, timeout=30)
    assert syntax.status_code == 400 and "query:2:18: SPARQL syntax error" in syntax.text
    assert requests.get(endpoint.url, params={"query": COUNT}, headers={"Accept": "image/png"},
                        timeout=30).status_code == 406
    assert requests.post(endpoint.url, data=b"x", headers={"Content-Type": "text/plain"}, timeout=30).status_code == 415
    assert requests.get(endpoint.url.replace("/sparql", "/elsewhere"), timeout=30).status_code == 404
    description = requests.get(endpoint.url, timeout=30)
    assert description.status_code == 200 and "sd:SPARQL11Query" in description.text


def test_protocol_dataset_parameters(endpoint):
    """default-graph-uri picks the default graph of a query, as the SPARQL Protocol says."""
    curated = "https://kg.example.org/graph/curated"
    plain = requests.get(endpoint.url, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                         headers={"Accept": JSON}, timeout=30)
    assert plain.json()["results"]["bindings"][0]["n"]["value"] == "0"  # the default graph is empty
    picked = requests.get(endpoint.url, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                                "default-graph-uri": curated}, headers={"Accept": JSON}, timeout=30)
    assert int(picked.json()["results"]["bindings"][0]["n"]["value"]) > 100


@pytest.mark.slow
def test_a_query_over_the_time_limit_is_stopped_and_the_endpoint_recovers(seed_build):
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, timeout=1.5, workers=1, quiet=True)) as ep:
        t0 = time.monotonic()
        r = requests.get(ep.url, params={"query": ENDLESS}, timeout=60)
        elapsed = time.monotonic() - t0
        assert r.status_code == 503 and "time limit of 1.5 s" in r.text
        assert 1.4 < elapsed < 10
        assert count(ep.url) > 500  # a fresh worker answers the next query
        assert ep.pool.workers_started == 2


def test_cors_is_opt_in(seed_build, endpoint):
    assert "Access-Control-Allow-Origin" not in requests.get(endpoint.url, params={"query": COUNT}, timeout=30).headers
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, cors=True, workers=1, quiet=True)) as ep:
        pre = requests.options(ep.url, headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"},
                               timeout=30)
        assert pre.status_code == 204 and pre.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in pre.headers["Access-Control-Allow-Methods"]
        assert requests.get(ep.url, params={"query": COUNT}, timeout=30).headers["Access-Control-Allow-Origin"] == "*"


def test_serves_an_embedded_store_as_it_is(seed_build, tmp_path):
    load_build(seed_build.out_dir, tmp_path / "db")
    with start(store_dir=tmp_path / "db", options=ServeOptions(port=0, workers=1, quiet=True)) as ep:
        assert ep.temp_dir is None and count(ep.url) == len(list(ox.Store.read_only(str(tmp_path / "db"))))


def test_options_are_checked():
    for bad in ({"host": "0.0.0.0"}, {"host": "192.168.1.2"}, {"timeout": 0}, {"max_rows": 0}, {"workers": 0},
                {"port": 70000}):
        with pytest.raises(InputError):
            ServeOptions(**bad)
    with pytest.raises(StoreError, match="no Oxigraph store here"):
        start(store_dir="no/such/store")


def test_negotiation_prefers_quality_then_order():
    assert negotiate("text/tab-separated-values;q=0.5, text/csv", "select") == "text/csv"
    assert negotiate("application/n-triples, text/turtle", "graph") == "application/n-triples"
    assert negotiate("text/*", "graph") == "text/turtle"
    assert negotiate("application/sparql-results+json;q=0", "select") is None


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_kg_serve_command_runs_until_stopped_and_cleans_up(seed_build, stop):
    import tempfile

    from conftest import oxigraph_free_port

    temp_dirs = lambda: set(Path(tempfile.gettempdir()).glob("kg-serve-*"))  # noqa: E731
    before = temp_dirs()
    port = oxigraph_free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", "--out",
                             str(seed_build.out_dir), "--port", str(port), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert count(url) > 500
                break
            except requests.ConnectionError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.2)
        assert len(temp_dirs() - before) == 1  # the build, bulk-loaded into a temporary store
    finally:
        proc.send_signal(stop)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert f"read-only at {url}" in err and "Traceback" not in err
    assert temp_dirs() - before == set()


@pytest.mark.server
def test_oxigraph_serve_read_only_serves_a_kg_store_as_it_is(seed_build, seed_store, tmp_path, oxigraph_server_factory):
    """The documented route: the store pyoxigraph writes, served by the oxigraph binary of the same version."""
    from conftest import _oxigraph_binary

    version = subprocess.run([_oxigraph_binary(), "--version"], capture_output=True, text=True).stdout.split()[-1]
    assert version == ox.__version__
    db = tmp_path / "db"
    load_build(seed_build.out_dir, db)
    server = oxigraph_server_factory(db, read_only=True)
    assert server.count() == len(seed_store)
    query = saved_queries()["sanctions-lifted"].text
    r = requests.post(server.query_url, data={"query": query}, headers={"Accept": JSON}, timeout=30)
    assert len(r.json()["results"]["bindings"]) == len(run(seed_store, query))
    refused = requests.post(server.store_url, params={"graph": "http://e/g"}, data=b"<http://e/s> <http://e/p> 1 .",
                            headers={"Content-Type": "application/n-triples"}, timeout=30)
    assert refused.status_code == 403
    assert json.loads(requests.get(server.query_url, params={"query": "ASK { GRAPH <http://e/g> { ?s ?p ?o } }"},
                                   headers={"Accept": JSON}, timeout=30).text)["boolean"] is False
