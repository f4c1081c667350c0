"""SHACL validation per article and across graphs: the same verdict and results as pySHACL on the whole graph."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.config import CURATED_FILE, ONTOLOGY_FILE, SHAPES_FILE, Settings, sample_articles
from kg.graph.validate import (
    ArticleReport,
    Spanning,
    SpanningInput,
    check_spanning,
    _Spans,
    compile_shapes,
    subject_spans,
    validate_article,
    validate_graph,
    validate_nquads,
)
from kg.graph.assemble import graph_to_nquads
from kg.pipeline.folder import read_build
from kg.pipeline.run import WORK_DIR, build, validate

ROOT = Path(__file__).resolve().parents[1]
PREFIXES = """
@prefix kgo: <https://kg.example.org/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix id: <https://kg.example.org/id/> .
"""


def _synth():
    spec = importlib.util.spec_from_file_location("kg_benchmarks_synth_v", ROOT / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def keys(report) -> Counter:
    return Counter(v.key() for v in report.results)


def _nquads(turtle: str, name: str) -> bytes:
    return graph_to_nquads(Graph().parse(data=PREFIXES + turtle, format="turtle"), f"https://kg.example.org/graph/{name}")


def split_and_whole(articles: dict[str, str], curated: str = ""):
    """The per-article + spanning report and pySHACL's report on the union, for graphs given in Turtle."""
    shapes = compile_shapes()
    ontology = graph_to_nquads(Graph().parse(ONTOLOGY_FILE), "https://kg.example.org/graph/ontology")
    others = ontology + (_nquads(curated, "curated") if curated else b"")
    parts = {name: _nquads(text, f"article/{name}") for name, text in articles.items()}
    inputs = [SpanningInput(source=n, nquads=nq, report=validate_article(nq, shapes)) for n, nq in parts.items()]
    split = check_spanning(lambda lines: iter(inputs), others, shapes)
    ds = Dataset()
    ds.parse(data=(others + b"".join(parts.values())).decode(), format="nquads")
    whole = validate_graph(ds)
    one_go = validate_nquads(others + b"".join(parts.values()))
    return split, whole, one_go


PERSON = 'id:{0} a kgo:Person ; skos:prefLabel "{1}" ; rdfs:label "{1}" .\n'


# --- the rule: per article, and across graphs --------------------------------------------------------


def test_a_violation_inside_one_article_is_found_there_and_in_the_build_report():
    bad = PERSON.format("Ann", "Ann") + 'id:ev a kgo:Event ; kgo:date "13 May"^^xsd:date ; prov:wasDerivedFrom id:a .\n'
    report = validate_article(_nquads(bad, "article/a"))
    assert [(v.focus.rsplit("/", 1)[-1], v.component) for v in report.violations] == [("ev", "DatatypeConstraintComponent")]
    split, whole, one_go = split_and_whole({"a": bad, "b": PERSON.format("Bob", "Bob")})
    assert not split.conforms and keys(split) == keys(whole) == keys(one_go)


def test_two_preferred_labels_from_two_articles_are_found_only_across_graphs():
    a, b = PERSON.format("Ann", "Ann"), PERSON.format("Ann", "Ann Lee")
    assert validate_article(_nquads(a, "article/a")).violations == []
    assert validate_article(_nquads(b, "article/b")).violations == []
    split, whole, one_go = split_and_whole({"a": a, "b": b})
    assert [(v.focus.rsplit("/", 1)[-1], v.path, v.component) for v in split.results] == \
        [("Ann", "skos:prefLabel", "MaxCountConstraintComponent")]
    assert keys(split) == keys(whole) == keys(one_go)


def test_a_class_missing_in_one_article_but_given_by_another_is_no_violation():
    # the talks' participants are typed only in the other article: each graph alone fails, the union conforms
    a = ('id:t a kgo:Talks ; kgo:participant id:Ann , id:Bob ; prov:wasDerivedFrom id:a .\n')
    b = PERSON.format("Ann", "Ann") + PERSON.format("Bob", "Bob")
    assert {v.component for v in validate_article(_nquads(a, "article/a")).violations} == {"ClassConstraintComponent"}
    split, whole, one_go = split_and_whole({"a": a, "b": b})
    assert split.conforms and whole.conforms and one_go.conforms


@pytest.mark.parametrize("curated", [
    # the curated graph against the articles: a second label, a count below zero, a wrong class, a missing label
    PERSON.format("Ann", "Ann Lee"),
    'id:g a kgo:Group ; skos:prefLabel "g" ; rdfs:label "g" ; kgo:count -2 .',
    'id:Ann kgo:sanctionsLiftedOn id:ev .',
    'id:Ann kgo:leaderOf id:Bob .',
    'id:Carl a kgo:Person ; rdfs:label "Carl" .',
    'id:s a kgo:FactStatement ; rdf:subject id:Ann ; rdf:predicate kgo:metWith ; rdf:object "Bob" ; '
    'kgo:confidence 1.5 ; prov:wasDerivedFrom id:a ; prov:wasGeneratedBy id:c .',
    # and what conforms only with the articles' triples
    'id:Ann kgo:metWith id:Bob .',
    'id:t a kgo:Talks ; kgo:participant id:Ann , id:Bob ; prov:wasDerivedFrom id:a .',
])
def test_curated_facts_against_the_articles_give_pyshacls_results(curated):
    articles = {"a": PERSON.format("Ann", "Ann") + 'id:ev a kgo:Meeting ; prov:wasDerivedFrom id:a .\n',
                "b": PERSON.format("Bob", "Bob")}
    split, whole, one_go = split_and_whole(articles, curated)
    assert split.conforms == whole.conforms
    assert keys(split) == keys(whole) == keys(one_go)


def test_value_constraints_give_pyshacls_results_component_by_component():
    text = (PERSON.format("Ann", "Ann") +
            'id:g a kgo:Group ; skos:prefLabel "" , "x"@en ; rdfs:label "g" ; kgo:count "1.5"^^xsd:decimal , 3 .\n'
            'id:c a kgo:Country ; skos:prefLabel "C" ; rdfs:label "C" ; kgo:iso3166Alpha2 "cx" ; '
            'kgo:geonamesId "12a" ; skos:altLabel id:Ann .\n'
            'id:ev a kgo:PrisonerRelease ; kgo:releasedParty id:c ; kgo:confidence 1.2 ; kgo:date "2025-02-30"^^xsd:date .\n'
            'id:s a kgo:FactStatement ; rdf:subject "Ann" ; rdf:predicate kgo:knows ; rdf:object id:c ; '
            'kgo:confidence "high" ; prov:wasGeneratedBy id:Ann .\n'
            'id:sen a kgo:Sentence ; schema:text 3 ; schema:isPartOf id:ev ; kgo:startOffset -1 .\n'
            'id:art a kgo:NewsArticle ; kgo:contentHash "xyz" ; schema:datePublished "2025-01-01" .\n')
    split, whole, one_go = split_and_whole({"a": text})
    assert len(whole.results) > 15
    assert keys(split) == keys(whole) == keys(one_go)


def test_a_literal_read_without_rdflib_has_the_datatype_text_and_value_of_its_rdflib_term():
    from kg.graph.validate import _simple_literal, _term

    integer = "^^<http://www.w3.org/2001/XMLSchema#integer>"
    terms = ['""', '"a b"', '"x"@en', '"x"@en-GB', '"x"@EN-us-1', '"a\\nb"', '"a\\"b"', '"x"@1en', '"x"@en--a',
             '"7"' + integer, '"-12"' + integer, '"0012"' + integer, '"+5"' + integer, '" 5"' + integer,
             '"1_0"' + integer, '""' + integer, '"\u0661"' + integer, '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
             '"x"^^<http://www.w3.org/2001/XMLSchema#string>', '"2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date>']
    read = 0
    for nt in terms:
        simple = _simple_literal(nt)
        if simple is None:
            continue
        read += 1
        term = _term(nt)
        datatype = str(term.datatype) if term.datatype else (
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if term.language else
            "http://www.w3.org/2001/XMLSchema#string")
        assert (datatype, str(term), term.value if term.datatype else str(term), bool(term.ill_typed)) == \
            (simple[0], simple[1], simple[2], False), nt
    assert read == 8


def test_the_check_kept_between_steps_finds_what_one_pass_finds_as_articles_come_and_go():
    """Articles added, removed, replaced and the state saved and loaded between steps: each step's report is the
    report of one pass over the articles there are then (a class given by another article, then taken away)."""
    shapes = compile_shapes()
    ontology = graph_to_nquads(Graph().parse(ONTOLOGY_FILE), "https://kg.example.org/graph/ontology")
    texts = {"talks": 'id:t a kgo:Talks ; kgo:participant id:Ann , id:Bob ; prov:wasDerivedFrom id:a .\n',
             "people": PERSON.format("Ann", "Ann") + PERSON.format("Bob", "Bob"),
             "ann-lee": PERSON.format("Ann", "Ann Lee"),
             "bob": PERSON.format("Bob", "Bob"),
             "group": 'id:g a kgo:Group ; skos:prefLabel "g" ; rdfs:label "g" ; kgo:count -2 .\n'}

    def made(name: str, text: str) -> SpanningInput:
        nq = _nquads(text, f"article/{name}")
        return SpanningInput(source=name, nquads=nq, report=validate_article(nq, shapes), stamp=text)

    check = Spanning(shapes)
    held: dict[str, SpanningInput] = {}
    steps = [("add", "talks"), ("add", "people"), ("add", "ann-lee"), ("remove", "people"), ("add", "bob"),
             ("remove", "ann-lee"), ("add", "people"), ("add", "group"), ("remove", "talks"), ("remove", "group")]
    verdicts = []
    for n, (step, name) in enumerate(steps):
        if step == "add":
            held[name] = made(name, texts[name])
            check.add([held[name]])
        else:
            del held[name]
            check.remove(name)
        if n % 3 == 2:  # between builds: only what dumps() keeps
            check = Spanning.loads(check.dumps(), shapes)
            check.fetch = held.get
        mine = check.finish(ontology)
        one_pass = check_spanning(lambda lines: iter(list(held.values())), ontology, shapes)
        assert keys(mine) == keys(one_pass), (step, name)
        verdicts.append(mine.conforms)
    assert verdicts == [False, True, False, False, True, False, True, False, False, True]
    assert Spanning.loads(b"not a state", shapes).arts == {}


def test_an_article_validated_from_its_triples_gets_the_report_made_from_its_text(tmp_path):
    from kg.extraction import extract
    from kg.graph.assemble import assemble_article
    from kg.ingest.reader import read_article

    shapes = compile_shapes(_strict_shapes(tmp_path))
    for path in _synth().write_corpus(tmp_path / "corpus", 3, seed=9, words=250):
        part = assemble_article(extract(read_article(path)), settings=Settings())
        from_text = validate_article(part.nquads, shapes)
        from_triples = validate_article(part.nquads, shapes, triples=part.triples)
        assert from_text.violations and from_text.violations == from_triples.violations
        assert from_text.reads_values == from_triples.reads_values and from_text.subjects == from_triples.subjects


# --- builds ---------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    _synth().write_corpus(folder, 5, seed=3, words=250)
    shutil.copy(sample_articles()[0], folder)
    return folder


def _reports(out: Path) -> dict[str, ArticleReport]:
    with sqlite3.connect(out / WORK_DIR / "manifest.sqlite") as db:
        return {Path(s).name: ArticleReport.from_json(v) for s, v in db.execute(
            "SELECT source, validation FROM articles WHERE error IS NULL")}


def _whole(out: Path):
    return validate_graph(read_build(out))


def test_a_build_keeps_each_report_and_does_not_validate_an_unchanged_article_again(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], settings=Settings(out_dir=out, curated=(CURATED_FILE,), workers=2))
    assert first.conforms is True and _whole(out).conforms
    before = _reports(out)
    assert len(before) == 6 and all(r.validated_at > 0 for r in before.values())
    assert all(r.by.split("/")[0] != str(os.getpid()) for r in before.values())  # in the pool's workers
    edited = corpus / "000002-synthetic.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n", encoding="utf-8")
    again = build([corpus], settings=Settings(out_dir=out, curated=(CURATED_FILE,), workers=2))
    after = _reports(out)
    assert (again.processed, again.reused, again.conforms) == (1, 5, True)
    assert {n for n in after if after[n].validated_at != before[n].validated_at} == {"000002-synthetic.txt"}
    assert validate(out).conforms
    with sqlite3.connect(out / WORK_DIR / "manifest.sqlite") as db:  # where each subject's lines are: found right
        for nquads, stored in db.execute("SELECT nquads, subjects FROM articles"):
            by_lines, kept = _Spans(subject_spans(nquads)), _Spans(stored)
            assert [(by_lines.hash(i), by_lines.block(i)) for i in range(by_lines.n)] == \
                [(kept.hash(i), kept.block(i)) for i in range(kept.n)]


def _strict_shapes(tmp_path: Path) -> Path:
    """The project's shapes plus one that real articles break: sentences of at most 60 characters."""
    path = tmp_path / "strict.ttl"
    path.write_text(SHAPES_FILE.read_text(encoding="utf-8") + """
kgsh:ShortSentenceShape a sh:NodeShape ;
    sh:targetClass kgo:Sentence ;
    sh:property [ sh:path schema:text ; sh:maxLength 60 ; sh:message "a sentence of at most 60 characters" ] .
""", encoding="utf-8")
    return path


def test_violations_in_articles_and_across_graphs_give_the_verdict_of_pyshacl_on_the_build(corpus, tmp_path):
    shapes = _strict_shapes(tmp_path)
    bad_curated = tmp_path / "bad.ttl"
    bad_curated.write_text(PREFIXES + '<id/country/BY> skos:prefLabel "Republic of Belarus" .\n'
                           '<id/group/x> a kgo:Group ; skos:prefLabel "x" ; rdfs:label "x" ; kgo:count -2 .\n',
                           encoding="utf-8")
    out = tmp_path / "out"
    settings = Settings(out_dir=out, shapes=shapes, curated=(CURATED_FILE, bad_curated), workers=2)
    result = build([corpus], settings=settings)
    reference = validate_graph(read_build(out), shapes=shapes)
    assert result.conforms is False and reference.conforms is False
    mine = validate(out, settings=Settings(shapes=shapes))
    assert keys(mine) == keys(reference) == keys(validate_nquads(out / "graph.nq", compile_shapes(shapes)))
    found = {(v.path, v.component) for v in mine.results}
    assert ("schema:text", "MaxLengthConstraintComponent") in found  # inside articles
    assert ("skos:prefLabel", "MaxCountConstraintComponent") in found  # curated against an article
    assert "a sentence of at most 60 characters" in (out / "validation.txt").read_text(encoding="utf-8")
    # the default shapes: the article reports are made again for them, without extracting anything again
    again = build([corpus], settings=Settings(out_dir=out, curated=(CURATED_FILE, bad_curated), workers=2))
    assert again.processed == 0 and again.conforms is False
    assert keys(validate(out)) == keys(validate_graph(read_build(out)))


def test_adding_articles_to_a_build_gives_the_report_of_a_fresh_build(tmp_path):
    """The check across graphs fed the unchanged articles first, the new ones last, finds what one pass finds."""
    corpus = tmp_path / "corpus"
    _synth().write_corpus(corpus, 12, seed=5, words=250)
    shutil.copy(sample_articles()[0], corpus)
    shapes = _strict_shapes(tmp_path)
    bad_curated = tmp_path / "bad.ttl"
    bad_curated.write_text(PREFIXES + '<id/Belarus> skos:prefLabel "Republic of Belarus" .\n', encoding="utf-8")
    settings = dict(shapes=shapes, curated=(CURATED_FILE, bad_curated), workers=1)
    build([corpus], settings=Settings(out_dir=tmp_path / "out", **settings))
    _synth().write_corpus(tmp_path / "more", 14, seed=6, words=250)
    shutil.copy(tmp_path / "more" / "000013-synthetic.txt", corpus / "000005a-added.txt")
    again = build([corpus], settings=Settings(out_dir=tmp_path / "out", **settings))
    fresh = build([corpus], settings=Settings(out_dir=tmp_path / "fresh", **settings))
    assert (again.processed, fresh.processed) == (1, 14)
    assert again.conforms is False
    assert (tmp_path / "out" / "validation.txt").read_bytes() == (tmp_path / "fresh" / "validation.txt").read_bytes()
    assert keys(validate(tmp_path / "out", settings=Settings(shapes=shapes))) == \
        keys(validate_graph(read_build(tmp_path / "out"), shapes=shapes))


def test_rebuilds_that_add_edit_and_remove_articles_report_what_a_fresh_build_reports(tmp_path):
    """The check across graphs is kept between builds: each rebuild's validation.txt is a fresh build's, a violation
    in an unchanged article is still reported, and a damaged state only costs time."""
    from kg.pipeline.run import SPANNING_STATE

    corpus = tmp_path / "corpus"
    _synth().write_corpus(corpus, 10, seed=5, words=250)
    _synth().write_corpus(tmp_path / "more", 12, seed=6, words=250)
    shapes = _strict_shapes(tmp_path)
    bad_curated = tmp_path / "bad.ttl"
    bad_curated.write_text(PREFIXES + '<id/Belarus> skos:prefLabel "Republic of Belarus" .\n', encoding="utf-8")
    out = tmp_path / "out"

    def same_as_fresh(workers: int, name: str) -> None:
        settings = dict(shapes=shapes, curated=(CURATED_FILE, bad_curated), workers=workers)
        again = build([corpus], settings=Settings(out_dir=out, **settings))
        fresh = build([corpus], settings=Settings(out_dir=tmp_path / name, **settings))
        assert again.conforms is False and again.processed <= 1 < fresh.processed
        assert (out / "validation.txt").read_bytes() == (tmp_path / name / "validation.txt").read_bytes()

    build([corpus], settings=Settings(out_dir=out, shapes=shapes, curated=(CURATED_FILE, bad_curated), workers=1))
    state = Spanning.loads((out / WORK_DIR / SPANNING_STATE).read_bytes(), compile_shapes(shapes))
    assert len(state.arts) == 10
    shutil.copy(tmp_path / "more" / "000011-synthetic.txt", corpus / "000004a-added.txt")
    same_as_fresh(1, "fresh-added")
    kept = Spanning.loads((out / WORK_DIR / SPANNING_STATE).read_bytes(), compile_shapes(shapes))
    assert len(kept.arts) == 11 and {s: a.stamp for s, a in kept.arts.items() if s in state.arts} == \
        {s: a.stamp for s, a in state.arts.items()}
    assert kept.line_of[:len(state.line_of)] == state.line_of  # brought up to date, not made again
    edited = corpus / "000002-synthetic.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n", encoding="utf-8")
    same_as_fresh(2, "fresh-edited")
    (corpus / "000007-synthetic.txt").unlink()
    same_as_fresh(1, "fresh-removed")
    (out / WORK_DIR / SPANNING_STATE).write_bytes(b"\x00damaged")
    shutil.copy(tmp_path / "more" / "000010-synthetic.txt", corpus / "000009a-added.txt")
    same_as_fresh(1, "fresh-after-damage")
    assert len(Spanning.loads((out / WORK_DIR / SPANNING_STATE).read_bytes(), compile_shapes(shapes)).arts) == 11


def test_the_check_across_graphs_fed_in_batches_while_the_build_runs_reports_what_a_fresh_build_reports(
        tmp_path, monkeypatch):
    """The articles are fed to the check across graphs in batches as they come back from the workers; a fresh
    build, a rebuild that edits, adds and removes articles, and a check fed all at once report the same."""
    from kg.pipeline.run import SPANNING_STATE, _Across

    corpus = tmp_path / "corpus"
    _synth().write_corpus(corpus, 11, seed=5, words=250)
    _synth().write_corpus(tmp_path / "more", 14, seed=6, words=250)
    shapes = _strict_shapes(tmp_path)
    bad_curated = tmp_path / "bad.ttl"
    bad_curated.write_text(PREFIXES + '<id/Belarus> skos:prefLabel "Republic of Belarus" .\n', encoding="utf-8")
    settings = dict(shapes=shapes, curated=(CURATED_FILE, bad_curated), workers=2)
    out = tmp_path / "out"

    def same_as_fed_at_once(name: str) -> None:
        monkeypatch.setattr(_Across, "FEED", 3)
        again = build([corpus], settings=Settings(out_dir=out, **settings))
        monkeypatch.setattr(_Across, "FEED", 10**9)  # never fed while the build runs: read whole at the end
        fresh = build([corpus], settings=Settings(out_dir=tmp_path / name, **settings))
        assert again.conforms is False and fresh.processed == again.articles
        assert (out / "validation.txt").read_bytes() == (tmp_path / name / "validation.txt").read_bytes()

    same_as_fed_at_once("fresh")
    for n in (1, 4, 7):  # more changed files than the 1-in-10 of a build that feeds the unchanged ones first
        edited = corpus / f"00000{n}-synthetic.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n", encoding="utf-8")
    shutil.copy(tmp_path / "more" / "000013-synthetic.txt", corpus / "000005a-added.txt")
    (corpus / "000009-synthetic.txt").unlink()
    same_as_fed_at_once("fresh-edited")  # the kept check: the changed rows are read at the end, not streamed
    (out / WORK_DIR / SPANNING_STATE).unlink()  # none kept: the changed articles are streamed, the rest read last
    for n in (2, 3):
        edited = corpus / f"00000{n}-synthetic.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in June.\n", encoding="utf-8")
    same_as_fed_at_once("fresh-edited-again")
    assert keys(validate(out, settings=Settings(shapes=shapes))) == \
        keys(validate_graph(read_build(out), shapes=shapes))


def test_the_check_across_graphs_takes_in_the_rows_fed_to_it_and_reads_only_the_rest_at_the_end(tmp_path):
    from kg.graph import validate as shacl
    from kg.pipeline.manifest import Manifest
    from kg.pipeline.run import SPANNING_STATE, _Across

    corpus = tmp_path / "corpus"
    _synth().write_corpus(corpus, 7, seed=5, words=250)
    shapes = _strict_shapes(tmp_path)
    out = tmp_path / "out"
    assert build([corpus], settings=Settings(out_dir=out, shapes=shapes, workers=1)).conforms is False
    (out / WORK_DIR / SPANNING_STATE).unlink()  # nothing kept: every article is taken in from its row
    with Manifest(out / WORK_DIR / "manifest.sqlite", readonly=True) as manifest:
        sources = [s for (s,) in manifest.rows("source")]
        others = json.loads(manifest.meta(shacl.MANIFEST_META))["others"].encode("utf-8")
        with _Across(manifest, compile_shapes(shapes)) as across:
            across.FEED = 3
            across.open()
            for source in sources:
                across.stored(source)
            assert across.fed == 6  # two batches of three; the seventh is read with the rest at the end
            report = across.finish(sources, others).result()
    assert keys(report) == keys(validate(out, settings=Settings(shapes=shapes))) != Counter()
    assert len(Spanning.loads((out / WORK_DIR / SPANNING_STATE).read_bytes(), compile_shapes(shapes)).arts) == 7


def test_a_kept_check_over_a_manifest_made_again_gives_a_fresh_builds_report(tmp_path):
    """The kept check names each article's row by its content hash and report: rows made again (a damaged
    manifest, a build without validation in between) are never taken for the ones it holds."""
    corpus = tmp_path / "corpus"
    _synth().write_corpus(corpus, 6, seed=4, words=250)
    shapes = _strict_shapes(tmp_path)
    out = tmp_path / "out"
    build([corpus], settings=Settings(out_dir=out, shapes=shapes, workers=1))
    edited = corpus / "000001-synthetic.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n", encoding="utf-8")
    build([corpus], settings=Settings(out_dir=out, shapes=shapes, workers=1, validate=False))
    build([corpus], settings=Settings(out_dir=out, shapes=shapes, workers=1))
    for p in (out / WORK_DIR).glob("manifest.sqlite*"):
        p.write_bytes(b"not a database" * 100)
    (corpus / "000003-synthetic.txt").unlink()
    again = build([corpus], settings=Settings(out_dir=out, shapes=shapes, workers=1))
    fresh = build([corpus], settings=Settings(out_dir=tmp_path / "fresh", shapes=shapes, workers=1))
    assert again.processed == fresh.processed == 5 and again.conforms is False
    assert (out / "validation.txt").read_bytes() == (tmp_path / "fresh" / "validation.txt").read_bytes()


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)


def test_kg_validate_exits_1_when_the_graph_file_was_broken_after_the_build(corpus, tmp_path):
    out = tmp_path / "out"
    built = kg("build", "--input", str(corpus), "--out", str(out), "--quiet")
    assert built.returncode == 0, built.stderr
    assert kg("validate", "--out", str(out)).returncode == 0
    with open(out / "graph.nq", "a", encoding="utf-8") as fh:  # no longer the graph the manifest describes
        fh.write('<https://kg.example.org/id/country/BY> <http://www.w3.org/2004/02/skos/core#prefLabel> "B" '
                 '<https://kg.example.org/graph/x> .\n')
    result = kg("validate", "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert "skos:prefLabel" in result.stdout and "does not conform" in result.stderr
    assert not _whole(out).conforms


def test_each_dask_worker_validates_its_articles(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = build([corpus], settings=Settings(out_dir=tmp_path / "dask", curated=(CURATED_FILE,)),
                        scheduler=cluster.scheduler_address)
    assert on_dask.conforms is True
    reports = _reports(tmp_path / "dask")
    assert len(reports) == 6 and all("Dask" in r.by for r in reports.values())  # made on the worker's threads
    assert keys(validate(tmp_path / "dask")) == keys(_whole(tmp_path / "dask")) == Counter()


def test_kg_validate_of_a_graph_file_that_is_not_n_quads_is_bad_input_naming_the_line(tmp_path):
    out = tmp_path / "out"
    build(sample_articles(), settings=Settings(out_dir=out, validate=False))
    with open(out / "graph.nq", "a", encoding="utf-8") as fh:  # an unterminated literal, on a line of its own
        fh.write('<https://kg.example.org/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "x .\n')
    result = kg("validate", "--out", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot parse the built graph" in result.stderr and "graph.nq" in result.stderr


def test_kg_validate_after_a_failed_build_checks_the_graph_that_is_there(tmp_path):
    """A build that fails after its articles changed the manifest must not make `kg validate` read those rows."""
    from kg.errors import InputError
    from kg.pipeline.run import build as run_build, validate as run_validate

    out = tmp_path / "out"
    persia = tmp_path / "persia.ttl"  # a second label for Iran, which only the development set's articles name
    persia.write_text('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
                      '<id/Iran> skos:prefLabel "Persia" .\n', encoding="utf-8")
    first = run_build(settings=Settings(out_dir=out, curated=(CURATED_FILE, persia)))
    assert first.conforms is True
    before = (out / "graph.nq").read_bytes()
    bad = tmp_path / "bad-quote.ttl"
    bad.write_text(CURATED_FILE.read_text(encoding="utf-8").replace(
        "facilitating the release of 52 political prisoners", "a sentence no article holds"), encoding="utf-8")
    devset = Path(__file__).parent / "resources" / "devset"
    with pytest.raises(InputError):
        run_build([*sample_articles(), devset], settings=Settings(out_dir=out, curated=(CURATED_FILE, persia, bad)))
    assert (out / "graph.nq").read_bytes() == before  # the failed build published nothing
    assert run_validate(out).conforms is True  # the graph that is there, not the failed build's articles


def test_a_step_of_the_check_across_graphs_that_fails_makes_the_report_raise_and_nothing_is_kept(tmp_path,
                                                                                                monkeypatch):
    """The batches fed while the build runs are not waited for one by one: the first step that fails stops the
    others, the report raises its error (the build fails with it), and the check is not saved."""
    import sqlite3 as sql

    from kg.pipeline import run

    monkeypatch.setattr(run, "_ACROSS", None)
    monkeypatch.setattr(run, "_ACROSS_FAILED", None)
    run._across_load(tmp_path / "no-such-folder" / "manifest.sqlite", compile_shapes())  # cannot open it
    run._across_sync({"a.txt"}, False)  # not run: a step failed before it
    with pytest.raises(sql.OperationalError):
        run._across_finish(b"", None)
    run._across_save()
    assert not (tmp_path / "no-such-folder").exists()
