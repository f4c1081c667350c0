"""`kg query`: inline, --file and --name queries over a build or a store; every output format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, QueryError
from kg.store.query import (
    Label,
    QueryResult,
    execute,
    parse_binding,
    query_text,
    render,
    run,
    saved_queries,
    with_bindings,
    with_prefix_declarations,
)

runner = CliRunner()
LEADERS = "SELECT ?leader ?led WHERE { GRAPH ?g { ?leader kgo:leaderOf ?led } } ORDER BY ?leader ?led"
ID = "https://kg.example.org/id/"


def kg(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def kg_main(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real console entry point (exit codes and one-line errors), in a subprocess."""
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def out(seed_build) -> str:
    return str(seed_build.out_dir)


def test_select_over_the_build_finds_the_curated_leaders(seed_store):
    result = run(seed_store, LEADERS)
    pairs = {(r["leader"], r["led"]) for r in result.dicts()}
    assert {(ID + "donald-trump", ID + "country/US"), (ID + "alexander-lukashenko", ID + "country/BY"),
            (ID + "gitanas-nauseda", ID + "country/LT")} <= pairs


def test_cli_table_is_the_default_and_shortens_iris(out):
    res = kg("query", LEADERS, "--out", out)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["leader", "led"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert any(line.split() == ["id:donald-trump", "country:US"] for line in lines[2:])


@pytest.mark.parametrize("fmt, parse_as", [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                                           ("csv", None), ("tsv", ox.QueryResultsFormat.TSV)])
def test_select_formats_are_standard_sparql_results(seed_store, fmt, parse_as):
    query = ("SELECT ?s ?label ?n WHERE { GRAPH ?g { ?s skos:prefLabel ?label . OPTIONAL { ?s kgo:count ?n } } } "
             "ORDER BY ?s")
    result = run(seed_store, query)
    data = render(result, fmt)
    if parse_as is None:  # CSV carries plain values only; compare those
        rows = list(csv.reader(io.StringIO(data.decode(), newline="")))
        assert data.endswith(b"\r\n") and rows[0] == ["s", "label", "n"]
        assert rows[1:] == [["" if t is None else t.value for t in row] for row in result.rows]
        assert any("," in r[1] for r in rows[1:])  # "more than 1,000 political prisoners" is quoted
        return
    parsed = ox.parse_query_results(data, format=parse_as)
    assert [v.value for v in parsed.variables] == ["s", "label", "n"]
    back = [tuple(sol[v] for v in ("s", "label", "n")) for sol in parsed]
    assert back == result.rows
    assert any(row[2] is not None for row in back) and any(row[2] is None for row in back)


def test_json_output_follows_the_results_json_spec(out):
    res = kg("query", "SELECT ?s WHERE { GRAPH ?g { ?s kgo:leaderOf country:BY } }", "--out", out, "-f", "json")
    doc = json.loads(res.output)
    assert doc["head"]["vars"] == ["s"]
    assert {"type": "uri", "value": ID + "alexander-lukashenko"} in [b["s"] for b in doc["results"]["bindings"]]


@pytest.mark.parametrize("fmt, expected", [("table", "true\n"), ("json", '{"head":{},"boolean":true}'),
                                           ("csv", "true"), ("tsv", "true"),
                                           ("xml", '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                                                   "<head></head><boolean>true</boolean></sparql>")])
def test_ask(out, fmt, expected):
    res = kg("query", "ASK { GRAPH ?g { id:donald-trump kgo:metWith id:alexander-lukashenko } }", "--out", out, "-f", fmt)
    assert res.exit_code == 0
    assert res.stdout_bytes.decode() == expected


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "json-ld", "xml"])
def test_construct_in_every_rdf_format(seed_store, fmt):
    result = run(seed_store, "CONSTRUCT { ?s kgo:leaderOf ?o } WHERE { GRAPH ?g { ?s kgo:leaderOf ?o } }")
    assert len(result) >= 3
    data = render(result, fmt)
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
                 "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[fmt]
    back = {q.triple for q in ox.parse(data, format=ox_format)}
    assert back == set(result.triples)


def test_construct_refuses_a_results_format(out):
    proc = kg_main("query", "CONSTRUCT { ?s kgo:leaderOf ?o } WHERE { GRAPH ?g { ?s kgo:leaderOf ?o } }", "--out", out, "-f", "csv")
    assert proc.returncode == 2
    assert "CONSTRUCT and DESCRIBE results can be written as turtle" in proc.stderr


def test_describe_needs_the_union_default_graph_and_says_so(out):
    proc = kg_main("query", "DESCRIBE id:belavia", "--out", out)
    assert proc.returncode == 0 and proc.stdout.strip() == ""
    assert "data are in named graphs" in proc.stderr
    res = kg("query", "DESCRIBE id:belavia", "--out", out, "--union-default-graph", "-f", "nt")
    listed = [q.triple for q in ox.parse(res.output.encode(), format=ox.RdfFormat.N_TRIPLES)]
    triples = set(listed)
    assert len(listed) == len(triples)  # a triple found in several graphs is written once
    assert ox.Triple(ox.NamedNode(ID + "belavia"), ox.NamedNode("https://kg.example.org/ontology#country"),
                     ox.NamedNode(ID + "country/BY")) in triples


def test_syntax_error_names_line_and_column_and_exits_2(out):
    proc = kg_main("query", "SELECT ?x WHERE {\n  ?s <http://a b> ?o .\n}", "--out", out)
    assert proc.returncode == 2
    assert proc.stderr.startswith("kg: query:2:18: SPARQL syntax error")
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_syntax_error_in_a_file_names_the_file(out, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# a comment\nSELECT * WHERE {\n  ?s ?p ?o\n  FILTER(?o = )\n}\n", encoding="utf-8")
    proc = kg_main("query", "--file", str(path), "--out", out)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"kg: {path}:")
    line, col = proc.stderr.split(f"{path}:")[1].split(":")[:2]
    assert int(line) >= 4 and int(col) >= 1


def test_update_is_not_a_query(out):
    proc = kg_main("query", "INSERT DATA { GRAPH <http://e/g> { <http://e/a> <http://e/b> <http://e/c> } }", "--out", out)
    assert proc.returncode == 2
    assert "SPARQL Update is not allowed" in proc.stderr


def test_query_from_file_and_by_name_agree(out, tmp_path):
    saved = saved_queries()["leaders"]
    path = tmp_path / "leaders.rq"
    path.write_text(saved.text, encoding="utf-8")
    by_file = kg("query", "--file", str(path), "--out", out, "-f", "tsv")
    by_name = kg("query", "--name", "leaders", "--out", out, "-f", "tsv")
    assert by_file.exit_code == by_name.exit_code == 0
    assert by_file.output == by_name.output
    assert "<https://kg.example.org/id/donald-trump>" in by_name.output


def test_list_shows_every_saved_query_with_its_question():
    res = kg("query", "--list")
    assert res.exit_code == 0
    for name, saved in saved_queries().items():
        assert f"{name}" in res.output and saved.question in res.output


def test_unknown_saved_query_lists_the_known_ones(out):
    proc = kg_main("query", "--name", "who-knows", "--out", out)
    assert proc.returncode == 2
    assert "no saved query 'who-knows'" in proc.stderr and "sanctions-lifted" in proc.stderr


def test_exactly_one_query_source():
    with pytest.raises(InputError, match="give a query"):
        query_text()
    with pytest.raises(InputError, match="only one"):
        query_text(query="ASK {}", name="leaders")
    with pytest.raises(InputError, match="not found"):
        query_text(file="no/such.rq")


def test_bind_fixes_a_variable_with_a_standard_values_clause(seed_store, out):
    name, term = parse_binding("subject=country:US")
    assert (name, term) == ("subject", ox.NamedNode(f"{ID}country/US"))
    text = with_bindings(saved_queries()["provenance"].text, {"subject": term, "object": ox.NamedNode(f"{ID}belavia")})
    assert text.rstrip().endswith(f"VALUES (?subject ?object) {{ (<{ID}country/US> <{ID}belavia>) }}")
    rows = run(seed_store, text, prefixes={}).dicts()
    assert rows and {(r["subject"], r["object"]) for r in rows} == {(ID + "country/US", ID + "belavia")}
    res = kg("query", "--name", "provenance", "--out", out, "--bind", "subject=country:US",
             "--bind", "object=id:belavia", "-f", "json")
    assert len(json.loads(res.output)["results"]["bindings"]) == len(rows)


XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize("raw, term", [
    ("x=<http://e/a>", ox.NamedNode("http://e/a")), ("x=https://e.org/a", ox.NamedNode("https://e.org/a")),
    ("x=2.5", ox.Literal("2.5", datatype=ox.NamedNode(XSD + "decimal"))), ('x="quoted"', ox.Literal("quoted")),
    ('x="oui"@fr', ox.Literal("oui", language="fr")),
    ('x="2025-01-01"^^xsd:date', ox.Literal("2025-01-01", datatype=ox.NamedNode(XSD + "date"))),
    ("x=plain text", Label("plain text")), ("x=unknownprefix:thing", Label("unknownprefix:thing"))])
def test_binding_values(raw, term):
    assert parse_binding(raw) == ("x", term)


def test_bad_binding_is_a_usage_error():
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_binding("no-equals-sign")


def test_output_file_is_written(out, tmp_path):
    target = tmp_path / "res" / "leaders.csv"
    res = kg("query", "--name", "leaders", "--out", out, "-f", "csv", "--output", str(target))
    assert res.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("leader,leaderLabel,title")


def test_missing_build_exits_2(tmp_path):
    proc = kg_main("query", "ASK {}", "--out", str(tmp_path / "nothing"))
    assert proc.returncode == 2
    assert "no built graph here" in proc.stderr


def test_store_and_endpoint_are_exclusive(out):
    with pytest.raises(InputError, match="only one"):
        execute("ASK {}", store_dir=out, endpoint="http://localhost:1/query")


def test_prefixes_are_declared_for_remote_engines_without_moving_lines():
    text = "# first line\nSELECT * WHERE { GRAPH ?g { ?s kgo:leaderOf country:BY ; kgo:metWith id:donald-trump } }"
    full = with_prefix_declarations(text)
    assert full.count("\n") == text.count("\n")
    assert all(f"PREFIX {p}:" in full.splitlines()[0] for p in ("kgo", "id", "country"))
    assert "PREFIX skos:" not in full
    ox.Store().query(full, prefixes={})  # parses with no default prefixes at all


def test_a_query_result_iterates_and_counts():
    result = QueryResult("select", ["a"], [(ox.Literal("1"),), (None,)])
    assert len(result) == 2 and list(result) == result.rows
    assert result.dicts() == [{"a": "1"}, {}]


def test_run_reports_syntax_errors_as_query_errors():
    with pytest.raises(QueryError) as info:
        run(ox.Store(), "SELECT * WHERE { ?s ?p ?o", where="inline")
    assert info.value.where.startswith("inline:1:")
    assert info.value.exit_code == 2


def test_a_reader_that_stops_early_ends_the_query_quietly(out):
    query = "SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } } LIMIT 300000"
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "query", query, "--out", out,
                             "-f", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b"a,b,")  # `| head -1`
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""
