"""The command line: help everywhere, stable exit codes, one-line errors without tracebacks."""

from __future__ import annotations

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
