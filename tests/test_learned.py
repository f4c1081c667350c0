"""The learned stage (kg.extraction.pairs, trained by kg.extraction.train): off by default, on with
Settings(learned=True) or --learned; it completes what the rules told and never asserts what they would not."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.config import Settings
from kg.errors import ConfigError, RuleError
from kg.extraction import extract
from kg.extraction.pairs import PairModel
from kg.extraction.patterns import internal
from kg.ingest.reader import article_from_text

LEARNED = Settings(learned=True)
# the rules read the first name of this list and miss the two in apposition after a counted description
HALF_READ = ("Canada on Sunday imposed sanctions on former President Ivo Tal of Peru and two of his former prime "
             "ministers, Pero Vek and Ana Dorn, accusing them of protecting armed gangs.")


def facts(body: str, settings: Settings | None = None) -> set[tuple[str, str, str, str]]:
    art = article_from_text(f"Report\n\nMay 3, 2021\n\n{body}\n", source="t.txt")
    return {(f.subject.label, f.predicate, f.object.label, f.rule or "") for f in extract(art, settings=settings).facts
            if f.predicate != "leaderOf"}


def test_the_learned_stage_is_off_by_default():
    assert not any(rule == "learned-pair" for *_, rule in facts(HALF_READ))
    assert not Settings().learned


def test_the_learned_stage_completes_a_list_the_rules_read_in_part():
    rules = {(s, p, o) for s, p, o, _ in facts(HALF_READ)}
    learned = facts(HALF_READ, LEARNED)
    assert ("Canada", "sanctionsImposedOn", "Ivo Tal") in rules
    assert ("Canada", "sanctionsImposedOn", "Pero Vek") not in rules
    assert {("Canada", "sanctionsImposedOn", "Pero Vek", "learned-pair"),
            ("Canada", "sanctionsImposedOn", "Ana Dorn", "learned-pair")} <= learned
    assert rules <= {(s, p, o) for s, p, o, _ in learned}  # it only adds


def test_learned_facts_carry_the_models_probability_as_their_confidence():
    art = article_from_text(f"Report\n\nMay 3, 2021\n\n{HALF_READ}\n", source="t.txt")
    added = [f for f in extract(art, settings=LEARNED).facts if f.rule == "learned-pair"]
    model = PairModel.default()
    assert added and all(model.threshold <= f.confidence <= 1.0 for f in added)


@pytest.mark.parametrize("text", [
    "The EU might lift sanctions on Belarus and Russia next year.",
    "Would Canada impose sanctions on Ivo Tal and Pero Vek?",
    "Norway urged Chile to free Ivo Tal and Pero Vek.",
    "Norway imposed sanctions on Ana Costa, whose father, Pedro Lopez, is a general.",
])
def test_the_learned_stage_asserts_nothing_the_rules_would_not(text):
    assert facts(text, LEARNED) == facts(text)


@pytest.mark.parametrize("batch", ["devset-ab", "sealed"])
def test_on_batches_it_never_trained_on_the_learned_stage_finds_more(batch):
    from pathlib import Path

    from kg.extraction.evaluate import evaluate

    folder = Path(__file__).parent / "resources" / batch
    rules, learned = evaluate([folder]).overall, evaluate([folder], settings=LEARNED).overall
    assert learned.recall > rules.recall and learned.tp > rules.tp


def test_a_candidate_in_scope_or_in_a_relative_clause_is_not_asserted():
    model = PairModel.default()
    told = model.candidates(internal("⟦C0⟧ freed ⟦P1⟧ and ⟦P2⟧."))
    assert {(c.predicate, c.subject, c.object) for c in told} >= {("released", 0, 1), ("released", 0, 2)}
    assert all(c.asserted for c in told)
    assert not any(c.asserted for c in model.candidates(internal("⟦C0⟧ refused to free ⟦P1⟧.")))
    related = model.candidates(internal("⟦C0⟧ sanctioned ⟦P1⟧, whose father, ⟦P2⟧, is a general."))
    imposed = {c.object: c.asserted for c in related if c.predicate == "sanctionsImposedOn" and c.subject == 0}
    assert imposed == {1: True, 2: False}


def test_the_bundled_model_never_trained_on_a_first_contact_batch():
    from kg.extraction.train import FIRST_CONTACT, TRAINING_SETS

    model = PairModel.default()
    assert model.weights and 0.0 < model.threshold <= model.discover <= 1.0
    assert model.trained_on == sorted([*TRAINING_SETS, "construction-grid"])
    assert not set(FIRST_CONTACT) & set(model.trained_on)


def test_every_development_set_is_either_trained_on_or_kept_for_first_contact():
    from kg.extraction.train import FIRST_CONTACT, RESOURCES, TRAINING_SETS

    sets = {p.name for p in RESOURCES.glob("devset*") if p.is_dir()}
    assert sets == (set(TRAINING_SETS) | set(FIRST_CONTACT)) & sets and set(TRAINING_SETS) <= sets
    assert not set(TRAINING_SETS) & set(FIRST_CONTACT)


@pytest.mark.parametrize("batch", ["devset-ab", "sealed", "devset-y"])
def test_the_learned_stage_only_adds_facts_and_leaves_headlines_to_the_rules(batch):
    from pathlib import Path

    from kg.ingest.reader import iter_input_files, read_article

    for path in iter_input_files([Path(__file__).parent / "resources" / batch]):
        article = read_article(path)
        plain = {(f.subject.iri, f.predicate, f.object.iri, f.rule, f.confidence, f.sentence.start)
                 for f in extract(article).facts}
        learned = extract(article, settings=LEARNED).facts
        kept = {(f.subject.iri, f.predicate, f.object.iri, f.rule, f.confidence, f.sentence.start) for f in learned}
        assert plain <= kept, path.name
        added = [f for f in learned if f.rule == "learned-pair"]
        assert all(f.sentence.text != article.title for f in added), path.name
        assert len(kept - plain) == len(added), path.name


def test_a_broken_model_file_is_refused_with_its_path(tmp_path):
    bad = tmp_path / "pairs.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleError, match="not valid JSON") as err:
        PairModel.load(bad)
    assert str(bad) in str(err.value)
    bad.write_text(json.dumps({"weights": ["a"]}), encoding="utf-8")
    with pytest.raises(RuleError, match="map features to numbers"):
        PairModel.load(bad)
    bad.write_text(json.dumps({"weights": {"a": "heavy"}}), encoding="utf-8")
    with pytest.raises(RuleError, match="the weight of 'a' is no finite number"):
        PairModel.load(bad)
    bad.write_text(json.dumps({"weights": {}, "threshold": 2}), encoding="utf-8")
    with pytest.raises(RuleError, match="'threshold' must be a number from 0 to 1"):
        PairModel.load(bad)
    bad.write_text('{"weights": {"a": NaN}}', encoding="utf-8")
    with pytest.raises(RuleError, match="no finite number"):
        PairModel.load(bad)
    bad.write_text(json.dumps({"weights": {"a": 10 ** 400}}), encoding="utf-8")
    with pytest.raises(RuleError, match="no finite number"):
        PairModel.load(bad)
    bad.write_text(json.dumps({"weights": {}, "threshold": 0.9, "discover": 0.1}), encoding="utf-8")
    with pytest.raises(RuleError, match="may not exceed"):
        PairModel.load(bad)
    bad.write_text(json.dumps({"weights": {}, "trained_on": "devset-ab"}), encoding="utf-8")
    with pytest.raises(RuleError, match="list of folder names"):
        PairModel.load(bad)


def test_learned_must_be_true_or_false():
    with pytest.raises(ConfigError, match="learned: must be true or false"):
        Settings(learned="yes")


def _write_batch(folder, n: int) -> None:
    """Invented articles whose gold says who freed whom; the sentence names a third person who was not freed."""
    folder.mkdir()
    for i in range(n):
        freed, other = f"Ana Tal{i}", f"Ivo Vek{i}"
        text = f"Release {i}\n\nMay 3, 2021\n\nPeru freed {freed} on Monday, {other} said.\n"
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
        gold = {"subject": "Peru", "predicate": "released", "object": freed}
        (folder / f"a{i}.gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")


def test_training_labels_candidates_by_the_gold_and_writes_a_model_that_ranks_them(tmp_path):
    pytest.importorskip("sklearn")
    from kg.extraction.train import examples, train

    _write_batch(tmp_path / "batch", 6)
    data = examples([tmp_path / "batch"])
    released = [e for e in data if e.candidate.predicate == "released"]
    assert {e.label for e in released} == {0, 1} and sum(e.label for e in released) == 6
    model = train([tmp_path / "batch"], tmp_path / "model.json", min_weight=0.0)
    loaded = PairModel.load(tmp_path / "model.json")
    assert loaded.trained_on == ["batch"] and loaded.weights == pytest.approx(model.weights, abs=1e-4)
    right = max((e for e in released if e.label), key=lambda e: e.candidate.subject)
    wrong = next(e for e in released if not e.label and e.source == right.source)
    assert loaded.probability(right.candidate) > loaded.probability(wrong.candidate)


def test_training_reads_a_city_that_acts_as_its_government_and_refuses_a_batch_without_both_labels(tmp_path):
    pytest.importorskip("sklearn")
    from kg.errors import InputError
    from kg.extraction.train import examples, train

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "w.txt").write_text("Curbs\n\nMay 3, 2021\n\nWashington imposed sanctions on Ana Tal and Ivo Vek.\n",
                                 encoding="utf-8")
    gold = [{"subject": "United States", "predicate": "sanctionsImposedOn", "object": o} for o in ("Ana Tal", "Ivo Vek")]
    (batch / "w.gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    named = [e for e in examples([batch]) if e.label]
    assert len(named) == 2 and {e.candidate.predicate for e in named} == {"sanctionsImposedOn"}
    assert len({e.candidate.subject for e in named}) == 1  # Washington, read as the United States
    (batch / "w.gold.jsonl").write_text(json.dumps({"subject": "Chile", "predicate": "released", "object": "Ana Tal"})
                                        + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="training needs candidates that the gold names and candidates it does not"):
        train([batch], tmp_path / "m.json")


def test_the_training_command_says_how_to_call_it(capsys):
    from kg.extraction.train import main

    assert main([]) == 2 and "usage: python -m kg.extraction.train" in capsys.readouterr().err
    assert main(["out.json", "--with", "no/such/folder"]) == 2
    assert "no such folder: no/such/folder" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_extract_and_evaluate_take_learned(tmp_path):
    (tmp_path / "a.txt").write_text(f"Report\n\nMay 3, 2021\n\n{HALF_READ}\n", encoding="utf-8")
    gold = [{"subject": "Canada", "predicate": "sanctionsImposedOn", "object": o} for o in ("Ivo Tal", "Pero Vek", "Ana Dorn")]
    (tmp_path / "a.gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")

    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)

    plain, learned = kg("extract", str(tmp_path / "a.txt")), kg("extract", "--learned", str(tmp_path / "a.txt"))
    assert plain.returncode == learned.returncode == 0, learned.stderr
    assert "learned-pair" not in plain.stdout and "Pero Vek" in learned.stdout and "learned-pair" in learned.stdout
    scores = [json.loads(kg("evaluate", "-f", "json", *flag, str(tmp_path)).stdout)["overall"]["recall"]
              for flag in ((), ("--learned",))]
    assert scores[0] < scores[1] == 1.0


@pytest.mark.slow
def test_a_learned_build_keeps_its_additions_apart_for_review(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Report\n\nMay 3, 2021\n\n{HALF_READ}\n", encoding="utf-8")

    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)

    built = kg("build", "-q", "--learned", "-i", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    rows = kg("query", "--out", str(tmp_path / "out"), "--name", "provenance", "--bind", 'rule="learned-pair"',
              "-f", "json")
    assert rows.returncode == 0, rows.stderr
    labels = {b["objectLabel"]["value"] for b in json.loads(rows.stdout)["results"]["bindings"]}
    assert labels == {"Pero Vek", "Ana Dorn"}

