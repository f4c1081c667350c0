"""Training the learned stage's model (:mod:`kg.extraction.pairs`) on gold facts; needs scikit-learn (``pip install
'kg-sanctions[train]'``). ``make model`` retrains the bundled model::

    python -m kg.extraction.train OUT.json FOLDER...

Every candidate the extractor meets in the articles of the folders is labelled 1 when a gold fact names its two
ends (by the scorer's matching, :func:`kg.extraction.evaluate.fact_matches`), and a logistic regression (L2, C=0.3)
is fitted to the labels. The thresholds were chosen on devset-y and devset-z held out of training (see
docs/extraction.md, "The learned stage"); no folder that measures first contact (devset-aa, the sealed batch, the
second and third construction grids) is ever trained on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from kg.extraction.pairs import Candidate, PairModel


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
    from kg.extraction.evaluate import SYMMETRIC, entity_names, gold_path_for, load_gold
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
        for resolver, mentions, read in trace:
            for c, new, told in read:
                s = entity_names(resolver.entity(mentions[c.subject][0]))
                o = entity_names(resolver.entity(mentions[c.object][0]))
                hit = any(g.predicate == c.predicate and (
                    s & g.subject_names and o & g.object_names
                    or c.predicate in SYMMETRIC and o & g.subject_names and s & g.object_names) for g in gold)
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

    weights = {k: v for k, v in fit(examples(paths), c=c).items() if abs(v) >= min_weight or k == ""}
    model = PairModel(default_definitions(), weights, threshold, discover, sorted(Path(p).name for p in paths))
    model.dump(out)
    return model


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: python -m kg.extraction.train OUT.json FOLDER...")
    trained = train(sys.argv[2:], sys.argv[1])
    print(f"{len(trained.weights)} weights from {len(trained.trained_on)} folders -> {sys.argv[1]}")
