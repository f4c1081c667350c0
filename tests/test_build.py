"""`kg build` on the bundled sample: named graphs, provenance, curated facts, SHACL."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.config import CURATED_FILE, Settings, sample_articles
from kg.errors import InputError
from kg.namespaces import CORE_PREDICATES, KGO, graph_iri
from kg.pipeline.run import build

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed"

PROVENANCE_QUERY = """
PREFIX kgo: <https://kg.example.org/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?s ?p ?o ?sentence ?article ?activityType ?confidence WHERE {
  GRAPH ?g {
    ?stmt a kgo:FactStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kgo:confidence ?confidence ; prov:wasGeneratedBy ?activity ;
          prov:wasDerivedFrom ?sent .
    ?sent a kgo:Sentence ; schema:text ?sentence ; schema:isPartOf ?article .
    ?activity a ?activityType .
  }
}
"""


def test_the_bundled_sample_is_the_seed_article_byte_for_byte():
    (sample,) = sample_articles()
    seed = SEED / sample.name
    if not seed.exists():
        pytest.skip("the shared seed folder is not beside this checkout")
    assert sample.read_bytes() == seed.read_bytes()


def test_seed_build_conforms_and_writes_its_outputs(seed_build):
    assert seed_build.conforms is True
    for name in ("graph.nq", "graph.trig", "facts.jsonl", "validation.txt", "disagreements.json", "summary.json"):
        assert (Path(seed_build.out_dir) / name).is_file(), name
    summary = json.loads((Path(seed_build.out_dir) / "summary.json").read_text())
    assert summary["conforms"] is True and summary["articles"] == 1


def test_dataset_has_ontology_curated_and_article_graphs(seed_dataset):
    names = {str(g.identifier) for g in seed_dataset.graphs()}
    assert str(graph_iri("ontology")) in names
    assert str(graph_iri("curated")) in names
    assert any("/graph/article/" in n for n in names)
    # nothing in the default graph: every triple belongs to a named source
    assert len(seed_dataset.default_graph) == 0


def test_curated_facts_from_the_article_are_in_the_graph(seed_dataset):
    cur = seed_dataset.graph(graph_iri("curated"))
    ID = "https://kg.example.org/id/"
    expected = [
        (ID + "country/US", "sanctionsLiftedOn", ID + "country/BY"),
        (ID + "country/US", "sanctionsLiftedOn", ID + "belavia"),
        (ID + "gitanas-nauseda", "leaderOf", ID + "country/LT"),
        (ID + "donald-trump", "metWith", ID + "alexander-lukashenko"),
    ]
    for s, p, o in expected:
        assert (URIRef(s), KGO[p], URIRef(o)) in cur


def test_mojibake_never_reaches_the_graph(seed_dataset):
    text = "".join(str(o) for _, _, o, _ in seed_dataset.quads((None, None, None, None))) + \
        "".join(str(s) for s, _, _, _ in seed_dataset.quads((None, None, None, None)))
    assert "Nausėda" in text
    assert "Ä—" not in text and "NausÄ" not in text


def test_countries_carry_identifiers_from_data_packages(seed_dataset):
    by = URIRef("https://kg.example.org/id/country/BY")
    assert (by, KGO.iso3166Alpha2, Literal("BY")) in seed_dataset.graph(graph_iri("curated"))
    assert (by, KGO.geonamesId, Literal("630336")) in seed_dataset.graph(graph_iri("curated"))


def test_one_query_gives_every_fact_its_sentence_article_activity_and_confidence(seed_build):
    store = pyoxigraph.Store()
    store.load(path=str(Path(seed_build.out_dir) / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    rows = list(store.query(PROVENANCE_QUERY))
    assert rows
    facts_with_provenance = {(r["s"].value, r["p"].value, r["o"].value) for r in rows}
    all_core_facts = set()
    for p in CORE_PREDICATES:
        for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(str(KGO[p])), None, None):
            if not q.graph_name.value.endswith("/graph/ontology"):
                all_core_facts.add((q.subject.value, q.predicate.value, q.object.value))
    # a symmetric fact (kgo:metWith) is stored both ways; one statement describes it
    facts_with_provenance |= {(o, p, s) for s, p, o in facts_with_provenance if p == str(KGO.metWith)}
    assert all_core_facts <= facts_with_provenance
    for r in rows:
        assert 0 <= float(r["confidence"].value) <= 1
        assert r["activityType"].value in {str(KGO.Extraction), str(KGO.Curation)}


def test_curated_quotes_are_tied_to_sentences_of_the_article(seed_dataset):
    cur = seed_dataset.graph(graph_iri("curated"))
    from rdflib.namespace import PROV

    from kg.ingest.reader import read_article

    article_sentences = {s.text for s in read_article(sample_articles()[0]).sentences}
    quoted = set(cur.subjects(KGO.quote, None))
    assert quoted
    for stmt in quoted:
        derived = [d for d in cur.objects(stmt, PROV.wasDerivedFrom) if (d, RDF.type, KGO.Sentence) in cur]
        assert len(derived) == 1, stmt
        text = str(cur.value(derived[0], URIRef("https://schema.org/text")))
        assert text in article_sentences
        assert " ".join(str(cur.value(stmt, KGO.quote)).split()) in text


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_curated_file_names_file_and_line_and_writes_nothing(tmp_path):
    bad = _write(tmp_path / "bad.ttl", "@prefix kgo: <https://kg.example.org/ontology#> .\n\n<a> kgo:x <b>\n<c> kgo:y .\n")
    out = tmp_path / "out"
    with pytest.raises(InputError) as err:
        build(sample_articles(), settings=Settings(out_dir=out, curated=[bad]))
    assert "bad.ttl:" in str(err.value)
    assert not out.exists() or not any(out.iterdir())


def test_curated_quote_that_is_not_in_the_article_is_an_error(tmp_path):
    text = CURATED_FILE.read_text(encoding="utf-8").replace(
        "a move praised by Lithuanian President", "a move condemned by Lithuanian President")
    bad = _write(tmp_path / "quote.ttl", text)
    with pytest.raises(InputError, match="quote .* not found"):
        build(sample_articles(), settings=Settings(out_dir=tmp_path / "out", curated=[bad]))


def test_a_failed_build_leaves_the_previous_outputs_intact(tmp_path):
    out = tmp_path / "out"
    build(settings=Settings(out_dir=out))
    before = (out / "graph.nq").read_bytes()
    bad = _write(tmp_path / "bad.ttl", "this is not turtle")
    with pytest.raises(InputError):
        build(sample_articles(), settings=Settings(out_dir=out, curated=[bad]))
    assert (out / "graph.nq").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_curated_labels_are_canonical_and_unique(seed_dataset):
    cur = seed_dataset.graph(graph_iri("curated"))
    for node in set(cur.subjects(SKOS.prefLabel, None)):
        assert len(list(cur.objects(node, SKOS.prefLabel))) == 1


def test_met_with_holds_both_ways_as_the_ontology_declares(seed_build):
    store = pyoxigraph.Store()
    store.load(path=str(Path(seed_build.out_dir) / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    pairs = {(r["a"].value, r["b"].value) for r in store.query(
        "SELECT ?a ?b WHERE { GRAPH ?g { ?a <https://kg.example.org/ontology#metWith> ?b } }")}
    assert pairs and all((b, a) in pairs for a, b in pairs)


def test_every_event_has_a_label_from_its_class_and_participants(seed_build):
    store = pyoxigraph.Store()
    store.load(path=str(Path(seed_build.out_dir) / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    rows = list(store.query("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e ?label WHERE { GRAPH ?g { ?e a ?c . FILTER(STRSTARTS(STR(?e), "https://kg.example.org/id/event/"))
                                            OPTIONAL { ?e rdfs:label ?label } } }"""))
    assert rows and all(r["label"] is not None and r["label"].value for r in rows)
    labels = {r["label"].value for r in rows}
    assert any(label.startswith("sanctions relief: ") and " → " in label for label in labels), labels


def test_a_malformed_shapes_file_is_bad_input_naming_the_file(tmp_path):
    from kg.errors import InputError
    from kg.graph.validate import validate_build

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nkgo:Shape a sh:NodeShape ;\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(InputError) as err:
        build(sample_articles(), settings=Settings(out_dir=out, shapes=shapes))
    assert err.value.exit_code == 2 and str(shapes) in str(err.value)
    assert not (out / "graph.nq").exists()  # nothing half-written
    build(sample_articles(), settings=Settings(out_dir=out, validate=False))
    with pytest.raises(InputError, match="shapes.ttl"):
        validate_build(out / "graph.nq", settings=Settings(shapes=shapes))


def test_library_api_is_four_names():
    import kg

    assert {"build", "extract", "query", "Settings"} <= set(kg.__all__)
    assert kg.Settings is Settings
    assert (Path(kg.__file__).parent / "py.typed").is_file()
