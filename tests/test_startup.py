"""What keeps ``kg`` quick to start: commands load only what they use, and regular expressions compile when needed.

The timings themselves are measured by ``benchmarks/startup.py``, never here.
"""

from __future__ import annotations

import decimal
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.config import sample_articles
from kg.extraction.relations import RuleSet, compile_rule, internal, prefilter
from kg.extraction.resources import load_resources

# Run a kg command in a fresh interpreter and print, after it, the top-level packages it imported.
_RUN = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})) + "\\n"))
sys.argv = ["kg", *json.loads(sys.argv[1])]
from kg.cli import main
main()
"""


def _modules_of(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    line = next(ln for ln in done.stderr.splitlines() if ln.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_kg_extract_loads_no_nlp_or_rdf_library():
    loaded = _modules_of("extract", str(sample_articles()[0]))
    assert "sentencex" in loaded  # it did split sentences
    assert not loaded & {"spacy", "thinc", "rdflib", "pyshacl", "pyoxigraph", "networkx", "pyvis", "jsonschema"}


@pytest.mark.parametrize("args", [("--version",), ("--help",)])
def test_version_and_help_load_no_stage(args):
    loaded = _modules_of(*args)
    assert not loaded & {"spacy", "rdflib", "pyoxigraph", "ftfy", "sentencex", "fastjsonschema", "pycountry"}


def test_every_bundled_rule_and_prefilter_compiles():
    """Bundled rules compile when a sentence first needs them, so the suite compiles every one here."""
    res = load_resources()
    for rule in res.rules:
        assert compile_rule(rule, res.macros).pattern
        for test in prefilter(rule, res.macros):
            test.search("")  # compiles it


def test_a_rule_compiles_only_when_a_sentence_wakes_it():
    rules = RuleSet(load_resources())
    assert not any(rx._rx for _, rx in rules.rules)
    rules.apply(internal("\u27e6C0\u27e7 lifted sanctions on \u27e6O1\u27e7 ."))
    woken = {rule.id for rule, rx in rules.rules if rx._rx is not None}
    assert woken and len(woken) < len(rules.rules)
    assert {r.split("-")[0] for r in woken} <= {"lift", "impose"}  # no release, transfer, praise or talks rule


_NUMERIC = ("integer", "decimal", "double", "float", "nonNegativeInteger", "int", "long")


@given(st.sampled_from(["0", "1", "-1", "0.5", "1.0", "-0.0", "1e0", "2.5", "0.30000000000000004", "0.3", "INF",
                        "-INF", "NaN", "7", "1.00"]) | st.integers(-10, 10).map(str) | st.decimals(allow_nan=False).map(str),
       st.sampled_from(_NUMERIC), st.sampled_from(["0", "1", "0.5", "-2", "NaN", "INF"]), st.sampled_from(_NUMERIC),
       st.sampled_from(["MinInclusive", "MaxInclusive", "MinExclusive", "MaxExclusive"]))
@settings(max_examples=300, deadline=None)
def test_range_facets_on_numbers_compare_as_pyshacl_does(value, value_type, bound, bound_type, facet):
    """SHACL validation compares numbers itself (importing pySHACL cost a third of a build's start); pySHACL's
    compare_literal is the reference."""
    import logging

    from pyshacl.rdfutil.compare import compare_literal
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.graph.validate import _Data, _ok, compile_shapes

    logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)  # ill-typed literals are the point of some cases
    term, param = Literal(value, datatype=XSD[value_type]), Literal(bound, datatype=XSD[bound_type])
    if term.ill_typed or param.ill_typed or isinstance(param.value, str):
        return
    try:
        cmp = compare_literal(term, param)
    except decimal.InvalidOperation:  # the reference itself fails (a decimal NaN): nothing to compare with
        return
    except (TypeError, NotImplementedError):
        cmp = None
    if cmp is not None:
        expected = {"MinInclusive": cmp >= 0, "MaxInclusive": cmp <= 0, "MinExclusive": cmp > 0,
                    "MaxExclusive": cmp < 0}[facet]
    else:
        expected = False
    assert _ok(facet, param, term.n3(), _Data("", compile_shapes())) == expected


def _kg(*args: str, **kw) -> subprocess.CompletedProcess:
    """The ``kg`` command as installed (``kg.cli:run``), in a fresh interpreter."""
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, timeout=300, **kw)


def test_the_kg_command_ends_at_once_with_its_whole_output_and_exit_code(tmp_path):
    built = _kg("-q", "build", "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    export = _kg("export", "--out", str(tmp_path / "out"), "-f", "nquads", "--output", "-")
    assert export.returncode == 0
    # everything written to the pipe arrived, and it is the graph file itself
    assert export.stdout == (tmp_path / "out" / "graph.nq").read_bytes() and export.stdout.count(b"\n") > 500


def test_the_kg_command_keeps_main_s_exit_codes_and_messages(tmp_path):
    missing = _kg("extract", str(tmp_path / "nowhere.txt"))
    assert missing.returncode == 2 and b"nowhere.txt" in missing.stderr and b"Traceback" not in missing.stderr
    usage = _kg("no-such-command")
    assert usage.returncode == 2 and b"No such command" in usage.stderr
