"""The issue's acceptance targets for the extractor, measured with ``kg.extraction.evaluate``.

- recall 1.0 on the seed article's gold facts;
- F1 >= 0.85 and precision >= 0.9 on the development set (tests/resources/devset).

The later development sets (tests/resources/devset-b to devset-f: articles measured once on
first contact, then used for tuning, so no longer unseen) have no target of their own; their floors here keep the extractor from sliding back on them. PLOVER (real
newswire sentences, read from ../shared/data and skipped when absent): precision >= 0.95 on
event facts and recall >= 0.8 on the records listed in tests/resources/plover/assertions.jsonl.

These fail until the extractor is good enough: they are the acceptance test.
On failure the message carries the evaluation table with the false positives
and false negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.config import sample_articles
from kg.extraction.evaluate import GOLD_SUFFIX, evaluate

HERE = Path(__file__).parent
SEED_GOLD_DIR = HERE / "resources" / "seed"
DEVSET = HERE / "resources" / "devset"
DEVSET_B = HERE / "resources" / "devset-b"
DEVSET_C = HERE / "resources" / "devset-c"
DEVSET_D = HERE / "resources" / "devset-d"
DEVSET_E = HERE / "resources" / "devset-e"
DEVSET_F = HERE / "resources" / "devset-f"
DEVSET_G = HERE / "resources" / "devset-g"
DEVSET_H = HERE / "resources" / "devset-h"
DEVSET_I = HERE / "resources" / "devset-i"
DEVSET_J = HERE / "resources" / "devset-j"
DEVSET_K = HERE / "resources" / "devset-k"
DEVSET_L = HERE / "resources" / "devset-l"
DEVSET_M = HERE / "resources" / "devset-m"
DEVSET_N = HERE / "resources" / "devset-n"
DEVSET_O = HERE / "resources" / "devset-o"
DEVSET_P = HERE / "resources" / "devset-p"
DEVSET_Q = HERE / "resources" / "devset-q"
DEVSET_R = HERE / "resources" / "devset-r"
DEVSET_S = HERE / "resources" / "devset-s"
DEVSET_T = HERE / "resources" / "devset-t"
DEVSET_U = HERE / "resources" / "devset-u"
DEVSET_V = HERE / "resources" / "devset-v"
DEVSET_W = HERE / "resources" / "devset-w"
DEVSET_X = HERE / "resources" / "devset-x"
DEVSET_Y = HERE / "resources" / "devset-y"
DEVSET_Z = HERE / "resources" / "devset-z"
DEVSET_AA = HERE / "resources" / "devset-aa"
DEVSET_AB = HERE / "resources" / "devset-ab"


@pytest.fixture(scope="module")
def seed_report():
    return evaluate([sample_articles()[0]], gold_dir=SEED_GOLD_DIR)


@pytest.fixture(scope="module")
def devset_report():
    return evaluate([DEVSET])


def test_the_devset_has_at_least_ten_articles_with_gold():
    articles = sorted(p for p in DEVSET.iterdir() if p.suffix in {".txt", ".html"})
    assert len(articles) >= 10
    for article in articles:
        assert (DEVSET / (article.stem + GOLD_SUFFIX)).is_file(), article.name


def test_seed_recall_is_1(seed_report):
    assert seed_report.overall.gold == 10
    assert seed_report.overall.recall == 1.0, seed_report.format_table(verbose=True)


def test_devset_f1_at_least_0_85(devset_report):
    f1 = devset_report.overall.f1
    assert f1 is not None and f1 >= 0.85, devset_report.format_table(verbose=True)


def test_devset_precision_at_least_0_9(devset_report):
    precision = devset_report.overall.precision
    assert precision is not None and precision >= 0.9, devset_report.format_table(verbose=True)


# Each later development set stays close to what the extractor scores on it now (a floor a little below, so a
# change that loses facts there fails): (folder, gold facts, precision, F1).
FLOORS = [
    (DEVSET_B, 350, 0.94, 0.90),
    (DEVSET_C, 240, 0.94, 0.86),
    (DEVSET_D, 259, 0.96, 0.81),
    (DEVSET_E, 273, 0.93, 0.74),
    (DEVSET_F, 297, 0.95, 0.84),
    (DEVSET_G, 247, 0.93, 0.81),
    (DEVSET_H, 235, 0.96, 0.83),
    (DEVSET_I, 258, 0.94, 0.82),
    (DEVSET_J, 142, 0.95, 0.86),
    (DEVSET_K, 195, 0.88, 0.72),
    (DEVSET_L, 248, 0.86, 0.78),
    (DEVSET_M, 241, 0.91, 0.78),
    (DEVSET_N, 250, 0.85, 0.77),
    (DEVSET_O, 246, 0.89, 0.73),
    (DEVSET_P, 240, 0.92, 0.83),
    (DEVSET_Q, 249, 0.92, 0.82),
    (DEVSET_R, 253, 0.93, 0.84),
    (DEVSET_S, 249, 0.86, 0.78),
    (DEVSET_T, 217, 0.86, 0.79),
    (DEVSET_U, 241, 0.89, 0.80),
    (DEVSET_V, 241, 0.88, 0.79),
    (DEVSET_W, 308, 0.85, 0.74),
    (DEVSET_X, 218, 0.92, 0.83),
    (DEVSET_Y, 289, 0.80, 0.67),
    (DEVSET_Z, 274, 0.80, 0.63),
    (DEVSET_AA, 294, 0.93, 0.85),
    (DEVSET_AB, 220, 0.78, 0.65),
]


@pytest.mark.parametrize("folder, gold, precision, f1", FLOORS, ids=[f[0].name for f in FLOORS])
def test_later_devsets_stay_above_their_floors(folder, gold, precision, f1):
    report = evaluate([folder])
    assert report.overall.gold >= gold
    assert report.overall.precision >= precision and report.overall.f1 >= f1, report.format_table(verbose=True)


def test_plover_precision_and_recall():
    import importlib.util

    spec = importlib.util.spec_from_file_location("plover", HERE.parent / "benchmarks" / "plover.py")
    plover = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plover)
    if not plover.DEFAULT_DATA.is_file():
        pytest.skip(f"PLOVER records not found at {plover.DEFAULT_DATA} (the shared data folder is absent)")
    res = plover.measure(plover.DEFAULT_DATA)
    assert res["precision"] >= 0.95, res["wrong"]
    assert res["recall"] >= 0.8, res["missed"]


def _constructions():
    import importlib.util

    spec = importlib.util.spec_from_file_location("constructions", HERE.parent / "benchmarks" / "constructions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("constructions", module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return sys.modules["constructions"]


# The construction grid (tests/resources/constructions, the second and third grids in their folders second/ and
# third/): per file, the floor of precision and F1.
CONSTRUCTION_FLOORS = {"sanctions": (0.998, 0.998), "release": (1.0, 1.0), "talks": (0.995, 0.99),
                       # counted and definite descriptions of a set told before ("the five", "the three firms")
                       "coref": (0.99, 0.945),
                       # names of companies, banks and bodies read whole (session 20; a person whose given name is a
                       # country's, "Chad Okafor", is still read as the country)
                       "names": (0.97, 0.96),
                       # the second grid, by a writer who never saw the code (first contact at the end of session 19)
                       "second/sanctions": (0.80, 0.72), "second/release": (0.96, 0.74), "second/talks": (0.81, 0.70),
                       # the third grid, passages by another writer who never saw the code (first contact in session 20)
                       "third/sanctions": (0.86, 0.65), "third/release": (0.92, 0.66), "third/talks": (0.86, 0.75),
                       # the paradigm of sanctions imposed and lifted: voices, other verbs and nouns, lists (session 20;
                       # "won relief from X sanctions", "new measures. They target A", a list off a revised list unread)
                       "paradigm-sanctions": (0.99, 0.95),
                       # the paradigm of praise, meetings and leaders, written from the language, not a batch (session 20)
                       # (session 22: the others at a meeting, labelled deeds, thanks after a report, visits, guests)
                       "paradigm-talks": (0.99, 0.955),
                       # the paradigm of leaders of bodies that are not a state's government (session 22: blocs,
                       # movements, rival governments, juntas, parliaments, commissions and police named in lowercase;
                       # "Transitional Federal Government" and "Head of C's Prison Service B" after another titled
                       # name unread)
                       "paradigm-leaders": (0.99, 0.96),
                       # the paradigm of releases and destinations, written from the language (session 20, third round)
                       "paradigm-release": (1.0, 0.977)}


@pytest.mark.parametrize("name", sorted(CONSTRUCTION_FLOORS))
def test_the_construction_grid_stays_above_its_floor(name):
    constructions = _constructions()
    res = constructions.measure([constructions.GRID_DIR / f"{name}.toml"])
    precision, f1 = CONSTRUCTION_FLOORS[name]
    failing = {t: lines[:2] for t, lines in res["failures"].items()}
    assert res["precision"] >= precision and res["f1"] >= f1, failing


def test_no_trap_of_the_construction_grid_yields_a_fact():
    # the first grid; the traps of the second (second/) are held by its precision floor
    # (2 of its 25 still give a fact: a meeting called off, a telephone call between two people who lead nothing)
    constructions = _constructions()
    res = constructions.measure(sorted(constructions.GRID_DIR.glob("*.toml")))
    traps = {t: rate for t, rate in res["per_template"].items() if "-trap-" in t}
    assert traps and all(rate == 1.0 for rate in traps.values()), res["failures"]
