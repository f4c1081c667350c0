"""Evaluation: label normalisation, matching rules and arithmetic on hand-built facts; the CLI end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.config import sample_articles
from kg.errors import InputError
from kg.extraction.evaluate import (
    Counts,
    GoldFact,
    Report,
    dedupe_facts,
    fact_matches,
    gold_path_for,
    load_gold,
    normalise_label,
    score_facts,
)
from kg.model import Entity, Fact, Sentence

HERE = Path(__file__).parent
SEED_GOLD_DIR = HERE / "resources" / "seed"

SENTENCE = Sentence(index=0, text="A sentence.", start=0, end=11)


def ent(label: str, *aliases: str, iri: str | None = None, type: str = "Country") -> Entity:
    return Entity(iri=iri or f"x:{label.replace(' ', '_')}", label=label, type=type, aliases=aliases)


def fact(subject: Entity, predicate: str, obj: Entity, confidence: float = 0.9) -> Fact:
    return Fact(subject=subject, predicate=predicate, object=obj, confidence=confidence, source="a.txt",
                doc_id="d", sentence=SENTENCE)


def gold(subject: str | list[str], predicate: str, obj: str | list[str]) -> GoldFact:
    as_tuple = (lambda v: (v,) if isinstance(v, str) else tuple(v))
    return GoldFact(as_tuple(subject), predicate, as_tuple(obj))


US = ent("United States", "US", "Washington")
BY = ent("Belarus", "Minsk")
LT = ent("Lithuania")
TRUMP = ent("Donald Trump", "Trump", type="Person")
LUKA = ent("Alexander Lukashenko", "Lukashenko", type="Person")


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize("a,b", [
    ("U.S.", "US"),
    ("the United States", "United States"),
    ("THE  united\tstates ", "United States"),
    ("U.S. Treasury Department", "US Treasury Department"),
    ("Belarus' national airline", "Belarus national airline"),
    ("al-Sharaa", "Al Sharaa"),
    ("Iran’s morality police", "Iran's morality police"),
    ("“Belavia”", "Belavia"),
])
def test_labels_that_normalise_alike(a, b):
    assert normalise_label(a) == normalise_label(b)


@pytest.mark.parametrize("a,b", [
    ("Nausėda", "Nauseda"),  # diacritics are part of the name
    ("United States", "United Kingdom"),
    ("52 prisoners", "5 prisoners"),
])
def test_labels_that_stay_apart(a, b):
    assert normalise_label(a) != normalise_label(b)


def test_only_a_whole_leading_the_goes():
    assert normalise_label("Theodore Roosevelt") == "theodore roosevelt"
    assert normalise_label("The Hague") == "hague"


# --- matching rules ----------------------------------------------------------------------------


def test_label_or_any_alias_matches_any_gold_alternative():
    assert fact_matches(fact(US, "sanctionsLiftedOn", BY), gold("U.S.", "sanctionsLiftedOn", "Belarus"))
    assert fact_matches(fact(US, "sanctionsLiftedOn", BY), gold(["Treasury", "Washington"], "sanctionsLiftedOn", "Minsk"))
    assert not fact_matches(fact(US, "sanctionsLiftedOn", BY), gold("Treasury", "sanctionsLiftedOn", "Belarus"))


def test_an_entity_the_gazetteer_keys_matches_gold_under_any_of_its_gazetteer_names():
    unsc = ent("United Nations Security Council", iri="https://kg.example.org/id/un-security-council",
               type="InternationalOrganization")
    chile = ent("Chile", iri="https://kg.example.org/id/country/CL")
    assert fact_matches(fact(unsc, "sanctionsImposedOn", chile), gold("UN Security Council", "sanctionsImposedOn", "Chile"))
    # an entity the gazetteer does not key keeps only its own names
    assert not fact_matches(fact(ent("Security Council"), "sanctionsImposedOn", chile),
                            gold("UN Security Council", "sanctionsImposedOn", "Chile"))


def test_predicate_and_direction_must_match():
    assert not fact_matches(fact(US, "sanctionsImposedOn", BY), gold("United States", "sanctionsLiftedOn", "Belarus"))
    assert not fact_matches(fact(BY, "sanctionsLiftedOn", US), gold("United States", "sanctionsLiftedOn", "Belarus"))


def test_met_with_is_symmetric():
    g = gold("Donald Trump", "metWith", "Alexander Lukashenko")
    assert fact_matches(fact(TRUMP, "metWith", LUKA), g)
    assert fact_matches(fact(LUKA, "metWith", TRUMP), g)


def test_scoring_arithmetic():
    golds = [gold("United States", "sanctionsLiftedOn", "Belarus"),
             gold("Belarus", "released", "52 political prisoners"),
             gold("52 political prisoners", "releasedTo", "Lithuania"),
             gold("Alexander Lukashenko", "leaderOf", "Belarus"),
             gold("Donald Trump", "metWith", "Alexander Lukashenko")]
    prisoners = ent("52 political prisoners", type="Group")
    predicted = [fact(US, "sanctionsLiftedOn", BY),  # TP
                 fact(BY, "released", prisoners),  # TP
                 fact(LUKA, "leaderOf", BY),  # TP
                 fact(US, "sanctionsImposedOn", BY)]  # FP
    score = score_facts(predicted, golds)
    c = score.overall
    assert (c.tp, c.fp, c.fn, c.duplicates) == (3, 1, 2, 0)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert score.relations["sanctionsImposedOn"].precision == 0.0
    assert score.relations["sanctionsImposedOn"].recall is None  # no gold
    assert score.relations["releasedTo"].recall == 0.0 and score.relations["releasedTo"].precision is None
    assert score.relations["praisedBy"].f1 is None  # neither gold nor predictions
    assert [g.predicate for g in score.false_negatives] == ["releasedTo", "metWith"]
    assert [f.predicate for f in score.false_positives] == ["sanctionsImposedOn"]


def test_the_same_fact_twice_counts_once():
    golds = [gold("Donald Trump", "metWith", "Alexander Lukashenko")]
    score = score_facts([fact(TRUMP, "metWith", LUKA), fact(LUKA, "metWith", TRUMP, 0.7),
                         fact(TRUMP, "metWith", LUKA, 0.5)], golds)
    assert (score.overall.tp, score.overall.fp, score.overall.fn, score.overall.duplicates) == (1, 0, 0, 0)


def test_one_fact_under_two_names_is_a_duplicate_not_a_false_positive():
    trump_again = ent("Trump", iri="x:Trump_2", type="Person")
    score = score_facts([fact(TRUMP, "metWith", LUKA), fact(trump_again, "metWith", LUKA)],
                        [gold(["Donald Trump", "Trump"], "metWith", "Alexander Lukashenko")])
    assert (score.overall.tp, score.overall.fp, score.overall.duplicates) == (1, 0, 1)
    assert score.overall.precision == 1.0


def test_gold_listed_twice_or_both_ways_counts_once():
    golds = [gold("Donald Trump", "metWith", "Alexander Lukashenko"),
             gold("Alexander Lukashenko", "metWith", "Donald Trump"),
             gold("Donald Trump", "metWith", "Alexander Lukashenko")]
    score = score_facts([], golds)
    assert score.overall.fn == 1


def test_one_prediction_cannot_account_for_two_gold_facts():
    golds = [gold(["United States", "Treasury"], "sanctionsImposedOn", "Belarus"),
             gold("United States", "sanctionsImposedOn", ["Belarus", "Minsk"])]
    score = score_facts([fact(US, "sanctionsImposedOn", BY)], golds)
    assert (score.overall.tp, score.overall.fn) == (1, 1)


def test_matching_is_maximal_not_greedy():
    """P1 fits G1 or G2, P2 fits only G1: the best assignment uses both."""
    treasury = ent("Treasury", "United States", iri="x:Treasury", type="GovernmentBody")
    golds = [gold("United States", "sanctionsImposedOn", "Belarus"),
             gold("Treasury", "sanctionsImposedOn", "Belarus")]
    p1 = fact(treasury, "sanctionsImposedOn", BY)  # "Treasury" or "United States": fits both
    p2 = fact(US, "sanctionsImposedOn", BY)  # fits the first only
    for order in ([p1, p2], [p2, p1]):
        score = score_facts(order, golds)
        assert (score.overall.tp, score.overall.fp, score.overall.fn, score.overall.duplicates) == (2, 0, 0, 0)


def test_dedupe_keeps_the_most_confident():
    kept = dedupe_facts([fact(US, "sanctionsLiftedOn", BY, 0.6), fact(US, "sanctionsLiftedOn", BY, 0.95)])
    assert [f.confidence for f in kept] == [0.95]


def test_counts_with_nothing_are_undefined_not_zero():
    assert (Counts().precision, Counts().recall, Counts().f1) == (None, None, None)
    assert Counts(tp=0, fp=2, fn=3).f1 == 0.0


def test_report_sums_articles_per_relation_and_overall():
    a = score_facts([fact(US, "sanctionsLiftedOn", BY)], [gold("US", "sanctionsLiftedOn", "Belarus")], source="a.txt")
    b = score_facts([fact(US, "sanctionsLiftedOn", LT)], [gold("Belarus", "released", "52 prisoners")], source="b.txt")
    report = Report(articles=[a, b])
    assert (report.relations["sanctionsLiftedOn"].tp, report.relations["sanctionsLiftedOn"].fp) == (1, 1)
    assert report.relations["released"].fn == 1
    overall = report.overall
    assert (overall.tp, overall.fp, overall.fn) == (1, 1, 1)
    data = report.to_json()
    assert data["overall"]["precision"] == 0.5 and data["overall"]["recall"] == 0.5
    assert data["false_positives"][0]["source"] == "b.txt" and data["false_positives"][0]["object"] == "Lithuania"
    assert data["false_negatives"][0]["predicate"] == "released"
    table = report.format_table(verbose=True)
    assert "overall" in table and "0.500" in table
    assert "FP b.txt: United States -[sanctionsLiftedOn]-> Lithuania" in table
    assert "FN b.txt: Belarus -[released]-> 52 prisoners" in table


# --- gold files --------------------------------------------------------------------------------


def test_gold_path_for():
    assert gold_path_for(Path("dev/a.b.html")) == Path("dev/a.b.gold.jsonl")
    assert gold_path_for("dev/x.txt", gold_dir="g") == Path("g/x.gold.jsonl")


def test_load_gold_reads_strings_and_lists(tmp_path):
    path = tmp_path / "a.gold.jsonl"
    path.write_text('# a comment\n{"subject": "US", "predicate": "sanctionsLiftedOn", "object": ["Belarus", "Minsk"]}\n'
                    '\n{"subject": ["Trump"], "predicate": "metWith", "object": "Lukashenko", "note": "talks"}\n',
                    encoding="utf-8")
    facts = load_gold(path)
    assert [(g.subject, g.predicate, g.object) for g in facts] == [
        (("US",), "sanctionsLiftedOn", ("Belarus", "Minsk")), (("Trump",), "metWith", ("Lukashenko",))]
    assert facts[1].where == f"{path}:4"


@pytest.mark.parametrize("line,message", [
    ('{"subject": "US", "predicate": "sanctionsLiftedOn"', "not JSON"),
    ('["US", "sanctionsLiftedOn", "Belarus"]', "expected a JSON object"),
    ('{"subject": "US", "predicate": "sanctionsLiftedOn"}', "missing key(s) object"),
    ('{"subject": "US", "predicate": "sanctionsLiftedOn", "objet": "Belarus"}', "unknown key(s) objet"),
    ('{"subject": "US", "predicate": "liftedSanctions", "object": "Belarus"}', "unknown predicate 'liftedSanctions'"),
    ('{"subject": [], "predicate": "released", "object": "Belarus"}', "'subject' must be a non-empty string"),
    ('{"subject": "US", "predicate": "released", "object": ["A", 3]}', "'object' must be"),
])
def test_bad_gold_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.gold.jsonl"
    path.write_text('{"subject": "US", "predicate": "metWith", "object": "Iran"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert err.value.where == f"{path}:2"
    assert message in err.value.message


@pytest.mark.parametrize("path", sorted((HERE / "resources").glob("*/*.gold.jsonl")), ids=lambda p: p.name)
def test_every_gold_file_in_the_repo_loads(path):
    assert load_gold(path)


# --- the command, end to end on the seed article -----------------------------------------------


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def run_app(*args: str):
    """The command in this process (fast); exit codes of expected errors are tested through ``kg`` below."""
    from typer.testing import CliRunner

    from kg.cli import app

    return CliRunner().invoke(app, list(args))


def test_kg_evaluate_on_the_seed_prints_figures():
    result = run_app("evaluate", str(sample_articles()[0]), "--gold", str(SEED_GOLD_DIR), "--verbose")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Evaluated 1 article(s) against 10 gold fact(s)" in out
    for predicate in ("sanctionsLiftedOn", "released", "releasedTo", "praisedBy", "metWith", "leaderOf", "overall"):
        assert predicate in out
    overall = next(line for line in out.splitlines() if line.startswith("overall")).split()
    assert overall[1] == "10"  # gold facts
    precision, recall, f1 = overall[-3:]
    for figure in (precision, recall, f1):
        assert figure == "-" or 0.0 <= float(figure) <= 1.0
    assert "False positives" in out and "False negatives" in out


def test_kg_evaluate_json_agrees_with_the_library():
    from kg.extraction.evaluate import evaluate

    result = run_app("evaluate", str(sample_articles()[0]), "--gold", str(SEED_GOLD_DIR), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 1 and data["overall"]["gold"] == 10
    assert set(data["relations"]) >= {"sanctionsLiftedOn", "metWith", "leaderOf"}
    library = evaluate([sample_articles()[0]], gold_dir=SEED_GOLD_DIR).to_json()
    assert data["overall"] == library["overall"]


def test_kg_evaluate_without_gold_is_a_one_line_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nThe EU met Iran.", encoding="utf-8")
    result = kg("evaluate", str(article))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no gold file" in result.stderr and "a.gold.jsonl" in result.stderr
    result = kg("evaluate", str(article), "--format", "xml")
    assert result.returncode == 2 and "--format" in result.stderr


def test_evaluate_passes_extra_rule_files_to_the_extractor(tmp_path):
    from kg.extraction.evaluate import evaluate

    with pytest.raises(InputError) as err:
        evaluate([sample_articles()[0]], gold_dir=SEED_GOLD_DIR, extra=[tmp_path / "missing-rules.jsonl"])
    assert "missing-rules.jsonl" in str(err.value)
