"""Identity: an article keeps its ID when the repair code changes, and reloading a source replaces its graph."""

from __future__ import annotations

import json
import shutil

import pyoxigraph as ox

from kg.config import Settings, sample_articles
from kg.pipeline.run import build
from kg.store.embedded import load_build

ARTICLE_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?a a <https://kg.example.org/ontology#NewsArticle> } }"


def _article_graphs(store_dir) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    return {sol["g"].value for sol in store.query(ARTICLE_GRAPHS)}


def test_reloading_an_edited_source_replaces_its_graph_and_leaves_no_stale_one(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    article = folder / sample_articles()[0].name
    shutil.copy(sample_articles()[0], article)
    first = build([folder], settings=Settings(out_dir=tmp_path / "v1", validate=False, curated=[]))
    store = tmp_path / "db"
    load_build(first.out_dir, store)
    before = _article_graphs(store)
    assert len(before) == 1

    article.write_text(article.read_text(encoding="utf-8").replace("lifted", "eased", 1), encoding="utf-8")
    second = build([folder], settings=Settings(out_dir=tmp_path / "v2", validate=False, curated=[]))
    report = load_build(second.out_dir, store)
    after = _article_graphs(store)
    assert len(after) == 1 and after != before  # a new ID (no URL: the bytes changed), the old graph gone
    assert report.removed == sorted(before)
    assert "replaced under a new ID" in report.summary()


def test_build_rules_and_gazetteers_reach_the_graph_and_their_edits_redo_the_articles(tmp_path):
    import json

    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Relief\n\nMay 2, 2025\n\nThe United States lifted sanctions on Zorblat.\n",
                                  encoding="utf-8")
    gaz = tmp_path / "airlines.jsonl"
    gaz.write_text(json.dumps({"id": "zorblat", "label": "Zorblat Holdings", "type": "Company",
                               "aliases": ["Zorblat"], "country": "BY"}) + "\n", encoding="utf-8")
    args = ["build", "-i", str(folder), "--no-validate", "-q"]
    plain = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    assert "Zorblat Holdings" not in (tmp_path / "plain" / "graph.nq").read_text(encoding="utf-8")
    out = tmp_path / "with"
    first = CliRunner().invoke(app, [*args, "--out", str(out), "--gazetteer", str(gaz)])
    assert first.exit_code == 0, first.output
    assert '"Zorblat Holdings"' in (out / "graph.nq").read_text(encoding="utf-8")
    assert "sanctionsLiftedOn 1" in first.output
    gaz.write_text(gaz.read_text(encoding="utf-8").replace("Zorblat Holdings", "Zorblat Group"), encoding="utf-8")
    import os
    import subprocess
    import sys
    from pathlib import Path

    again = subprocess.run([sys.executable, "-m", "kg", *args, "--out", str(out), "--gazetteer", str(gaz)],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert "1 processed, 0 unchanged" in again.stdout, again.stderr  # the settings' files are fingerprinted
    assert '"Zorblat Group"' in (out / "graph.nq").read_text(encoding="utf-8")


# --- entity IRIs come from keys, not labels -----------------------------------------------------------

def _entities(text: str, **kw) -> dict[str, "object"]:
    from kg.extraction import extract
    from kg.ingest.reader import article_from_text

    return {e.iri: e for e in extract(article_from_text(text, source="t.txt"), **kw).entities}


def test_a_person_and_an_organisation_with_one_name_are_two_entities():
    from kg.extraction.resolve import Resolver

    r = Resolver(doc_id="d")
    person, org = r.entity(("person", "Wagner")), r.entity(("org", "Wagner", "Organization", None))
    assert (person.label, org.label) == ("Wagner", "Wagner")
    assert person.iri.endswith("/id/person/Wagner") and org.iri.endswith("/id/org/Wagner")


def test_the_national_assemblies_of_two_countries_are_two_entities():
    venezuela = _entities("Venezuela's National Assembly met on Monday. "
                          "The United States imposed sanctions on the National Assembly.")
    france = _entities("France's National Assembly met on Monday. Russia imposed sanctions on the National Assembly.")
    ve = "https://kg.example.org/id/org/VE/National_Assembly"
    fr = "https://kg.example.org/id/org/FR/National_Assembly"
    assert ve in venezuela and fr in france and fr not in venezuela
    # both keep the label the articles give; the country link tells them apart
    assert venezuela[ve].label == france[fr].label == "National Assembly"
    assert ("country", "https://kg.example.org/id/country/VE") in venezuela[ve].attributes
    assert ("country", "https://kg.example.org/id/country/FR") in france[fr].attributes


def test_a_national_assembly_whose_country_the_article_never_gives_stays_in_its_article():
    first = _entities("The United States imposed sanctions on the National Assembly.")
    second = _entities("The European Union lifted sanctions on the National Assembly on Friday.")
    [a] = [iri for iri, e in first.items() if e.label == "National Assembly"]
    [b] = [iri for iri, e in second.items() if e.label == "National Assembly"]
    assert a != b and "/id/org/article/" in a and "/id/org/article/" in b
    assert not any(iri.endswith("/id/org/National_Assembly") for iri in {*first, *second})


def test_countries_are_named_by_their_iso_code_and_gazetteer_entries_by_their_id():
    found = _entities("Washington lifted sanctions on Belavia, Belarus' national airline.")
    assert {"https://kg.example.org/id/country/US", "https://kg.example.org/id/belavia"} <= set(found)
    assert found["https://kg.example.org/id/country/US"].label == "United States"


def test_correcting_a_label_in_the_gazetteer_keeps_the_iri(tmp_path):
    entry = {"id": "zorblat", "label": "Zorblat Holdings", "type": "Company", "aliases": ["Zorblat"], "country": "BY"}
    text = "The United States lifted sanctions on Zorblat."
    iris = []
    for label in ("Zorblat Holdings", "Zorblat Group"):
        gaz = tmp_path / f"{label.split()[1].lower()}.jsonl"
        gaz.write_text(json.dumps({**entry, "label": label}) + "\n", encoding="utf-8")
        found = _entities(text, extra=(gaz,))
        [zorblat] = [e for e in found.values() if e.label == label]
        iris.append(zorblat.iri)
    assert iris == ["https://kg.example.org/id/zorblat"] * 2


def test_a_gazetteer_entry_with_a_checked_qid_links_to_wikidata_and_others_do_not():
    from kg.graph.assemble import entity_triples

    found = _entities("Donald Trump met Alexander Lukashenko in Minsk.")
    trump = found["https://kg.example.org/id/donald-trump"]
    lukashenko = found["https://kg.example.org/id/alexander-lukashenko"]
    assert trump.identifiers == (("wikidata", "Q22686"),) and lukashenko.identifiers == ()
    assert ("<https://kg.example.org/id/donald-trump>", "<https://schema.org/sameAs>",
            "<http://www.wikidata.org/entity/Q22686>") in entity_triples(trump)


def test_every_wikidata_key_names_a_gazetteer_entry_and_a_source():
    import csv

    from kg.extraction.gazetteer import default_gazetteer
    from kg.extraction.resolve import WIKIDATA_FILE, wikidata_ids

    known = default_gazetteer().entries
    assert set(wikidata_ids()) <= set(known)
    with WIKIDATA_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            assert row["source"] == f"https://www.wikidata.org/wiki/{row['qid']}"


def test_a_bad_wikidata_key_file_is_refused_naming_its_line(tmp_path):
    import pytest

    from kg.errors import InputError
    from kg.extraction.resolve import wikidata_ids

    bad = tmp_path / "wikidata.csv"
    bad.write_text("id,qid,source\ndonald-trump,Q22686,https://www.wikidata.org/wiki/Q22686\nbelavia,22686,x\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        wikidata_ids(str(bad))
    assert err.value.where == f"{bad}:3"


def test_a_build_keeps_two_national_assemblies_apart_and_a_label_that_names_both_is_refused(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, country, by in (("ve", "Venezuela", "The United States"), ("fr", "France", "Russia")):
        (folder / f"{name}.txt").write_text(
            f"Sanctions\n\nMay 2, 2025\n\n{country}'s National Assembly met on Monday. "
            f"{by} imposed sanctions on the National Assembly.\n", encoding="utf-8")
    out = tmp_path / "out"
    built = CliRunner().invoke(app, ["build", "-i", str(folder), "--out", str(out), "-q"])
    assert built.exit_code == 0, built.output  # SHACL conforms: one preferred label per IRI
    query = "SELECT ?o WHERE { GRAPH ?g { ?s kgo:sanctionsImposedOn ?o } }"
    rows = CliRunner().invoke(app, ["query", query, "--out", str(out), "-f", "csv"])
    assert set(rows.output.split()[1:]) == {"https://kg.example.org/id/org/VE/National_Assembly",
                                            "https://kg.example.org/id/org/FR/National_Assembly"}
    ambiguous = CliRunner().invoke(app, ["query", query, "--out", str(out), "--bind", "o=National Assembly"])
    assert ambiguous.exit_code != 0 and "names several entities" in str(ambiguous.exception)
    one = CliRunner().invoke(app, ["query", "SELECT ?s WHERE { GRAPH ?g { ?s kgo:sanctionsImposedOn ?o } }",
                                   "--out", str(out), "--bind", "o=<https://kg.example.org/id/org/VE/National_Assembly>", "-f", "csv"])
    assert one.output.split()[1:] == ["https://kg.example.org/id/country/US"]
