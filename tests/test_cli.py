"""The command line: help everywhere, stable exit codes, one-line errors without tracebacks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def _commands() -> list[str]:
    from kg.cli import app

    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_the_contracted_commands_exist():
    assert {"build", "validate", "export"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command):
    result = kg(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout and "--help" in result.stdout


def test_build_prints_a_summary_and_exits_zero(tmp_path):
    result = kg("build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "entities" in result.stdout and "facts" in result.stdout and "events" in result.stdout
    assert "SHACL: conforms" in result.stdout


def test_validate_export_on_a_build(seed_build, tmp_path):
    result = kg("validate", "--out", seed_build.out_dir)
    assert result.returncode == 0 and "Conforms" in result.stdout
    target = tmp_path / "g.ttl"
    result = kg("export", "--out", seed_build.out_dir, "--output", str(target))
    assert result.returncode == 0 and target.stat().st_size > 0


@pytest.mark.parametrize("args,needle", [
    (("export", "--output", "x.unknown"), "x.unknown"),
    (("export", "--format", "rdfa", "--output", "x.ttl"), "valid formats"),
    (("validate", "--out", "no-such-build"), "no-such-build"),
    (("build", "--input", "no-such-file.txt"), "no-such-file.txt"),
])
def test_expected_errors_are_one_line_with_exit_code_2(seed_build, tmp_path, args, needle):
    if "--out" not in args and args[0] == "export":
        args = (*args, "--out", seed_build.out_dir)
    result = kg(*args, cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2():
    result = kg("build", "--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_a_nonconformant_graph_exits_1(tmp_path):
    curated = tmp_path / "bad-count.ttl"
    curated.write_text(
        "@prefix kgo: <https://kg.example.org/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<id/group/x/minus_two> a kgo:Group ; skos:prefLabel \"minus two\" ; rdfs:label \"minus two\" ;\n"
        "    kgo:count -2 .\n", encoding="utf-8")
    from kg.config import sample_articles

    result = kg("build", "--input", str(sample_articles()[0]), "--curated", str(curated), "--out", str(tmp_path / "o"))
    assert result.returncode == 1, result.stderr
    assert "does not conform" in result.stderr
    assert "kgo:count" in (tmp_path / "o" / "validation.txt").read_text()


# --- Unix habits: -, --version, -q/-v, -f, readable help ------------------------------------------


def kg_in(stdin: bytes, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, cwd=cwd, timeout=600)


def test_version_prints_the_package_version():
    import kg as package

    for flag in ("--version", "-V"):
        result = kg(flag)
        assert result.returncode == 0 and result.stdout == f"kg {package.__version__}\n"


@pytest.mark.parametrize("command", _commands())
def test_help_names_values_as_people_write_them(command):
    text = kg(command, "--help").stdout
    assert not re.search(r"<(list\[|path>|str>|int>|float>|bool>)", text), text


def test_extract_reads_an_article_from_standard_input():
    from kg.config import sample_articles

    article = sample_articles()[0]
    from_file = kg("extract", str(article))
    from_stdin = kg_in(article.read_bytes(), "extract", "-")
    assert from_stdin.returncode == 0, from_stdin.stderr
    facts = [json.loads(line) for line in from_stdin.stdout.decode().splitlines()]
    expected = [json.loads(line) for line in from_file.stdout.splitlines()]
    assert facts and [(f["subject"]["iri"], f["predicate"], f["object"]["iri"]) for f in facts] == \
        [(f["subject"]["iri"], f["predicate"], f["object"]["iri"]) for f in expected]
    assert {f["source"] for f in facts} == {"stdin.txt"}


def test_empty_standard_input_is_a_one_line_error():
    result = kg_in(b"", "extract", "-")
    assert result.returncode == 2 and result.stderr.decode() == "kg: standard input: empty file\n"


def test_build_reads_an_article_from_standard_input(tmp_path):
    from kg.config import sample_articles

    result = kg_in(sample_articles()[0].read_bytes(), "build", "--input", "-", "--out", str(tmp_path), "--no-validate")
    assert result.returncode == 0, result.stderr
    assert "Built 1 article(s)" in result.stdout.decode()
    assert "sanctionsLiftedOn" in (tmp_path / "facts.jsonl").read_text()


def test_export_writes_to_standard_output_and_nothing_else(seed_build, tmp_path):
    result = kg("export", "--out", seed_build.out_dir, "--output", "-", "--format", "turtle", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("@prefix") and result.stderr == ""
    assert list(tmp_path.iterdir()) == []  # no file named -
    from rdflib import Graph

    assert len(Graph().parse(data=result.stdout, format="turtle")) > 100
    nquads = kg("export", "--out", seed_build.out_dir)  # standard output by default, N-Quads like riot
    assert nquads.returncode == 0
    from rdflib import Dataset

    quads = len(list(Dataset().parse(data=nquads.stdout, format="nquads").quads((None, None, None, None))))
    assert quads == len([line for line in nquads.stdout.splitlines() if line.strip()]) > 100


def test_query_reads_the_query_from_standard_input_and_writes_to_standard_output(seed_build, tmp_path):
    query = b"SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s kgo:sanctionsLiftedOn ?o } }"
    result = kg_in(query, "query", "--out", seed_build.out_dir, "--file", "-", "--format", "csv", "--output", "-",
                   cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "n" and int(lines[1]) >= 1
    assert list(tmp_path.iterdir()) == []


def test_viz_writes_the_page_to_standard_output(seed_build, tmp_path):
    result = kg("viz", "--out", seed_build.out_dir, "--output", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().lower().startswith("<!doctype html") and "</html>" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_stats_takes_the_format_option_like_the_other_commands(seed_build):
    as_json = kg("stats", "--out", seed_build.out_dir, "-f", "json")
    assert as_json.returncode == 0
    report = json.loads(as_json.stdout)
    assert report["nodes"] > 0
    assert json.loads(kg("stats", "--out", seed_build.out_dir, "--json").stdout) == report  # the old spelling
    bad = kg("stats", "--out", seed_build.out_dir, "-f", "xml")
    assert bad.returncode == 2 and bad.stderr == "kg: --format: unknown format 'xml'; expected text or json\n"


def test_quiet_prints_only_data_and_verbose_says_how_long(seed_build, tmp_path):
    quiet = kg("-q", "build", "--out", str(tmp_path / "o"))
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    target = tmp_path / "g.ttl"
    quiet = kg("-q", "export", "--out", seed_build.out_dir, "--output", str(target))
    assert quiet.returncode == 0 and quiet.stderr == "" and target.stat().st_size > 0
    loud = kg("-v", "stats", "--out", seed_build.out_dir)
    assert loud.returncode == 0 and re.fullmatch(r"kg: done in \d+\.\d\d s\n", loud.stderr)
    both = kg("-q", "-v", "stats", "--out", seed_build.out_dir)
    assert both.returncode == 2 and both.stderr == "kg: give -q or -v, not both\n"


def test_the_progress_bar_counts_from_the_first_article(capsys):
    """The start-up before the first article (loading the extractor) is not spread over the ETA."""
    import time

    from kg.pipeline.run import _progress_bar

    with _progress_bar(30, enabled=True) as bar:
        time.sleep(0.5)  # what loading the extractor costs before the first article is done
        bar.update(1)
        elapsed_at_first = bar.format_dict["elapsed"]
        time.sleep(0.05)
        bar.update(1)
        rate = bar.format_dict["rate"] or bar.format_dict["n"] / bar.format_dict["elapsed"]
    assert elapsed_at_first < 0.1
    assert rate > 10  # about 20 articles/s as measured from the first one, not 2/0.55 s


@pytest.mark.parametrize("command", [("export",), ("query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv"),
                                     ("viz", "-o", "-")], ids=["export", "query", "viz"])
def test_a_reader_that_stops_early_ends_the_command_quietly(seed_build, command):
    """`kg export | head -1`: the closed pipe is the reader's choice, not an error (exit 0, nothing on stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", *command, "--out", str(seed_build.out_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(16)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == ""


def test_a_store_under_a_file_is_bad_input_naming_it(seed_build, tmp_path):
    (tmp_path / "afile").write_text("x")
    result = kg("load", "--out", str(seed_build.out_dir), "--store", str(tmp_path / "afile" / "db"))
    assert result.returncode == 2 and "afile is a file" in result.stderr and "Traceback" not in result.stderr
