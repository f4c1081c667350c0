"""Identity: an article keeps its ID when the repair code changes, and reloading a source replaces its graph."""

from __future__ import annotations

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
