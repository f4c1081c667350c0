"""Training the learned stage's model (:mod:`kg.extraction.pairs`) on gold facts; needs scikit-learn (``pip install
'kg-sanctions[train]'``). ``make model`` retrains the bundled model from a checkout::

    python -m kg.extraction.train OUT.json [--with FOLDER]...

trains on the development sets of :data:`TRAINING_SETS` (``tests/resources/NAME``) and the extra folders given with
``--with`` (``make model`` writes the construction grid into one). Every candidate the extractor meets in their
articles is labelled 1 when a gold fact names its two ends as the stage reads them (by the scorer's matching,
:func:`kg.extraction.evaluate.names_match`), and a logistic regression (L2, C=0.3) is fitted to the labels. The
thresholds were chosen on devset-y and devset-z held out of training (docs/extraction.md, "The learned stage").
The batches of :data:`FIRST_CONTACT` measure text nobody tuned on and are never trained on; a new batch goes into
one list or the other (a test checks that every development set is in one).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError
from kg.extraction.pairs import Candidate, PairModel

TRAINING_SETS = ("devset", *(f"devset-{c}" for c in "bcdefghijklmnopqrstuvwxyz"), "devset-aa")
FIRST_CONTACT = ("devset-ab", "sealed", "second", "third")  # never trained on
RESOURCES = Path(__file__).resolve().parents[2] / "tests" / "resources"


class Example(NamedTuple):
    """One labelled candidate: its article, whether a gold fact names it, and whether the rules held it already
    (``held``) or told an event of its predicate in its sentence (``told``)."""

    source: str
    candidate: Candidate
    label: int
    held: bool
    told: bool


def examples(paths: Iterable[str | Path]) -> list[Example]:
    """Every candidate of the articles under ``paths`` (each with its gold file beside it), labelled."""
    from kg.extraction import extractor_for
    from kg.extraction.evaluate import entity_names, gold_path_for, load_gold, names_match
    from kg.ingest.reader import iter_input_files, read_article

    extractor = extractor_for()
    out = []
    for path in iter_input_files(list(paths)):
        gold = load_gold(gold_path_for(path))
        extractor.trace = []
        try:
            extractor.extract(read_article(path))
            trace = extractor.trace
        finally:
            extractor.trace = None
        for resolver, read in trace:
            for c, s_key, o_key, new, told in read:  # the ends as the stage reads them (a city acting: its government)
                s, o = entity_names(resolver.entity(s_key)), entity_names(resolver.entity(o_key))
                hit = any(names_match(s, c.predicate, o, g) for g in gold)
                out.append(Example(str(path), c, int(hit), not new, told))
    return out


def fit(data: Sequence[Example], *, c: float = 0.3) -> dict[str, float]:
    """Logistic-regression weights for labelled candidates (the intercept under ``""``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    x = vectors.fit_transform([dict.fromkeys(e.candidate.features, 1) for e in data])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, [e.label for e in data])
    weights = {str(k): float(v) for k, v in zip(vectors.get_feature_names_out(), clf.coef_[0])}
    weights[""] = float(clf.intercept_[0])
    return weights


def train(paths: Sequence[str | Path], out: str | Path, *, c: float = 0.3, threshold: float = 0.7,
          discover: float = 0.8, min_weight: float = 0.1) -> PairModel:
    """Train a model on the gold facts of the article folders ``paths`` and write it to ``out``. Weights under
    ``min_weight`` are dropped: a tenth of the features, the same figures."""
    from kg.extraction.events import default_definitions

    data = examples(paths)
    if len({e.label for e in data}) < 2:
        raise InputError("training needs candidates that the gold names and candidates it does not; found "
                         f"{sum(e.label for e in data)} of {len(data)} named", where=", ".join(map(str, paths)))
    weights = {k: v for k, v in fit(data, c=c).items() if abs(v) >= min_weight or k == ""}
    model = PairModel(default_definitions(), weights, threshold, discover, sorted(Path(p).name for p in paths))
    model.dump(out)
    return model


def main(argv: Sequence[str]) -> int:
    """``OUT.json [--with FOLDER]...``: train on :data:`TRAINING_SETS` and the extra folders."""
    args = list(argv)
    if not args or args[0].startswith("-") or len(args[1:]) % 2 or any(a != "--with" for a in args[1::2]):
        print("usage: python -m kg.extraction.train OUT.json [--with FOLDER]...", file=sys.stderr)
        return 2
    folders = [RESOURCES / name for name in TRAINING_SETS] + [Path(p) for p in args[2::2]]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"kg.extraction.train: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    trained = train(folders, args[0])
    print(f"{len(trained.weights)} weights from {len(trained.trained_on)} folders -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
