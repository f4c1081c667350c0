"""Precision, recall and F1 of the extractor against gold files, per relation and overall.

For an article ``NAME.txt`` or ``NAME.html`` the gold is ``NAME.gold.jsonl``
beside it (or in a gold folder): one JSON object per line, one fact each::

    {"subject": "Russia", "predicate": "released", "object": "Evan Gershkovich"}
    {"subject": ["Donald Trump", "Trump"], "predicate": "metWith", "object": "Alexander Lukashenko"}

``subject`` and ``object`` are a label or a list of acceptable labels;
``predicate`` is the local name of a core ``kgo:`` property.

Matching. A predicted fact matches a gold fact of the same article when the
predicate is the same and the subject and the object each match: some
normalised name of the predicted entity (its label or any alias) equals some
normalised gold label (:func:`normalise_label`). ``metWith`` is symmetric.
Predicted facts are de-duplicated first (same predicate and entities; for
``metWith``, the same pair in either order). Each gold fact is matched to at
most one predicted fact and each predicted fact to at most one gold fact
(a maximum matching), so:

- true positives: matched gold facts;
- false negatives: gold facts left unmatched;
- false positives: predicted facts that match no gold fact at all;
- duplicates: predicted facts that match a gold fact another prediction
  already accounts for (the same fact read twice under two names); they count
  neither for nor against.

Precision is TP / (TP + FP), recall TP / (TP + FN), F1 their harmonic mean;
the overall figures are micro-averaged (counts summed over relations and
articles). A ratio with a zero denominator is ``None`` (printed as ``-``).

>>> from kg.model import Entity, Fact, Sentence
>>> s = Sentence(index=0, text="The U.S. lifted sanctions on Belarus.", start=0, end=37)
>>> us = Entity(iri="x:US", label="United States", type="Country", aliases=("U.S.",))
>>> by = Entity(iri="x:BY", label="Belarus", type="Country")
>>> fact = Fact(subject=us, predicate="sanctionsLiftedOn", object=by, confidence=0.9, source="a.txt",
...             doc_id="d", sentence=s)
>>> gold = [GoldFact(("US",), "sanctionsLiftedOn", ("Belarus",)), GoldFact(("Belarus",), "released", ("52 prisoners",))]
>>> score = score_facts([fact], gold)
>>> score.overall.tp, score.overall.fp, score.overall.fn, score.overall.precision, score.overall.recall
(1, 0, 1, 1.0, 0.5)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.config import Settings
from kg.errors import InputError
from kg.model import Entity, Fact
from kg.namespaces import CORE_PREDICATES

GOLD_SUFFIX = ".gold.jsonl"


class ReportFormat(str, Enum):
    """How ``kg evaluate`` prints its report."""

    TABLE = "table"
    JSON = "json"


SYMMETRIC = frozenset({"metWith"})
_GOLD_KEYS = {"subject", "predicate", "object"}
_GOLD_COMMENT_KEYS = {"note", "comment", "sentence"}


# --- labels ------------------------------------------------------------------------------------


def normalise_label(label: str) -> str:
    """The form in which labels are compared.

    NFKC, case-folded, full stops and apostrophes dropped ("U.S." = "US"),
    other punctuation (hyphens, commas, quotes, brackets) read as spaces,
    whitespace collapsed, and a leading "the" removed. Letters keep their
    diacritics: "Nausėda" is not "Nauseda".

    >>> normalise_label("  The U.S.  Treasury ")
    'us treasury'
    >>> normalise_label("al-Sharaa") == normalise_label("Al Sharaa")
    True
    >>> normalise_label("Belarus' national airline"), normalise_label("Nausėda")
    ('belarus national airline', 'nausėda')
    """
    text = unicodedata.normalize("NFKC", label).casefold()
    text = re.sub(r"[.'\u2019\u2018`´]", "", text)
    text = "".join(" " if unicodedata.category(c)[0] in "PSZ" else c for c in text)
    text = " ".join(text.split())
    return re.sub(r"^the ", "", text)


def entity_names(entity: Entity) -> frozenset[str]:
    """The normalised label and aliases of an entity, and the bundled gazetteer's names for the entity its IRI keys.

    A fact is about an entity, not a string: gold that names the United Nations Security Council "UN Security
    Council" matches a fact whose subject was read as "United Nations Security Council".

    >>> sorted(entity_names(Entity("https://kg.example.org/id/un-security-council", "Security Council",
    ...                            "InternationalOrganization")))[:3]
    ['security council', 'un security council', 'united nations security council']
    """
    names = (entity.label, *entity.aliases, *_gazetteer_names(entity.iri))
    return frozenset(n for n in (normalise_label(x) for x in names) if n)


def _gazetteer_names(iri: str) -> tuple[str, ...]:
    """The names the bundled gazetteer gives the country or entry an IRI keys; none for other IRIs."""
    key = iri.rsplit("/id/", 1)[1] if "/id/" in iri else ""
    return _names_by_key().get(key[len("country/"):] if key.startswith("country/") else key, ())


@lru_cache(maxsize=1)
def _names_by_key() -> dict[str, tuple[str, ...]]:
    """Every name of a country (by its code) or of a gazetteer entry (by its id): labels, aliases, the names read."""
    from kg.extraction.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    names: dict[str, set[str]] = {}
    for records in gazetteer.names.values():
        for record in records:
            if record.kind in ("country", "org", "person", "metonym"):
                names.setdefault(record.ref, set()).add(" ".join(record.surface))
    for code, country in gazetteer.countries.items():
        names.setdefault(code, set()).update((country.label, *country.aliases))
    for key, entry in gazetteer.entries.items():
        names.setdefault(key, set()).update(n for n in (entry.label, *entry.aliases) if n)
    return {key: tuple(sorted(values)) for key, values in names.items()}


# --- gold --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldFact:
    """One gold fact: acceptable labels for each side, and where it was read (``file:line``)."""

    subject: tuple[str, ...]
    predicate: str
    object: tuple[str, ...]
    where: str = ""

    @property
    def subject_names(self) -> frozenset[str]:
        return frozenset(normalise_label(x) for x in self.subject)

    @property
    def object_names(self) -> frozenset[str]:
        return frozenset(normalise_label(x) for x in self.object)

    def key(self) -> tuple:
        """Gold facts with the same key are the same fact (listed twice, or a symmetric one both ways)."""
        ends = (self.subject_names, self.object_names)
        if self.predicate in SYMMETRIC:
            return (self.predicate, frozenset(ends))
        return (self.predicate, *ends)

    def describe(self) -> str:
        return f"{_alts(self.subject)} -[{self.predicate}]-> {_alts(self.object)}"


def _alts(labels: Sequence[str]) -> str:
    return labels[0] if len(labels) == 1 else "{" + " | ".join(labels) + "}"


def _labels(value: Any, *, key: str, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise InputError(f"{key!r} must be a non-empty string or a non-empty list of them, got {value!r}",
                         where=where)
    return tuple(v.strip() for v in values)


def load_gold(path: str | Path) -> list[GoldFact]:
    """Read a gold file; a bad line raises :class:`InputError` naming ``file:line``.

    Blank lines and lines starting with ``#`` are skipped. Besides the three
    keys, ``note``, ``comment`` and ``sentence`` are allowed and ignored.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a.gold.jsonl"
    >>> _ = path.write_text('{"subject": "US", "predicate": "metWith", "object": ["Iran", "Tehran"]}\\n'
    ...                     '{"subject": "US", "predicate": "met", "object": "Iran"}\\n', encoding="utf-8")
    >>> load_gold(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.InputError: ...a.gold.jsonl:2: unknown predicate 'met'; expected one of sanctionsLiftedOn, ...
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the gold file: {exc.strerror or exc}", where=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"the gold file is not UTF-8 ({exc.reason} at byte {exc.start})", where=str(path)) from exc
    facts: list[GoldFact] = []
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg} at column {exc.colno}", where=where) from exc
        if not isinstance(row, dict):
            raise InputError(f"expected a JSON object, got {type(row).__name__}", where=where)
        missing = _GOLD_KEYS - row.keys()
        unknown = row.keys() - _GOLD_KEYS - _GOLD_COMMENT_KEYS
        if missing or unknown:
            raise InputError("; ".join(filter(None, [
                f"missing key(s) {', '.join(sorted(missing))}" if missing else "",
                f"unknown key(s) {', '.join(sorted(unknown))}" if unknown else ""]))
                + "; expected subject, predicate, object", where=where)
        predicate = row["predicate"]
        if predicate not in CORE_PREDICATES:
            raise InputError(f"unknown predicate {predicate!r}; expected one of {', '.join(CORE_PREDICATES)}",
                             where=where)
        facts.append(GoldFact(_labels(row["subject"], key="subject", where=where), predicate,
                              _labels(row["object"], key="object", where=where), where))
    return facts


def gold_path_for(article: str | Path, gold_dir: str | Path | None = None) -> Path:
    """Where the gold of ``article`` is: ``NAME.gold.jsonl`` beside it, or in ``gold_dir``.

    >>> gold_path_for("dev/talks.html").as_posix(), gold_path_for("dev/talks.txt", "gold").as_posix()
    ('dev/talks.gold.jsonl', 'gold/talks.gold.jsonl')
    """
    article = Path(article)
    name = article.name[: -len(article.suffix)] if article.suffix else article.name
    return Path(gold_dir or article.parent) / f"{name}{GOLD_SUFFIX}"


# --- scoring -----------------------------------------------------------------------------------


@dataclass
class Counts:
    """True and false positives, false negatives and duplicates, with the ratios they give.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> c.precision, c.recall, round(c.f1, 3), Counts().precision
    (0.75, 0.6, 0.667, None)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.duplicates += other.duplicates

    def to_json(self) -> dict[str, Any]:
        rnd = (lambda x: None if x is None else round(x, 4))
        return {"gold": self.gold, "predicted": self.tp + self.fp + self.duplicates, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "duplicates": self.duplicates, "precision": rnd(self.precision),
                "recall": rnd(self.recall), "f1": rnd(self.f1)}


@dataclass
class Score:
    """The outcome for one article (or, summed, for many)."""

    source: str = ""
    relations: dict[str, Counts] = field(default_factory=dict)
    true_positives: list[tuple[Fact, GoldFact]] = field(default_factory=list)
    false_positives: list[Fact] = field(default_factory=list)
    false_negatives: list[GoldFact] = field(default_factory=list)
    duplicates: list[tuple[Fact, GoldFact]] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.relations.values():
            total.add(counts)
        return total

    def counts(self, predicate: str) -> Counts:
        return self.relations.setdefault(predicate, Counts())


def _fact_key(fact: Fact) -> tuple:
    ends = (fact.subject.iri, fact.object.iri)
    if fact.predicate in SYMMETRIC:
        return (fact.predicate, frozenset(ends))
    return (fact.predicate, *ends)


def dedupe_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Keep the first of facts with the same predicate and entities (either order for ``metWith``),
    preferring the most confident.

    >>> from kg.model import Sentence
    >>> s = Sentence(index=0, text="A met B.", start=0, end=8)
    >>> a, b = Entity(iri="x:A", label="A", type="Person"), Entity(iri="x:B", label="B", type="Person")
    >>> f1 = Fact(subject=a, predicate="metWith", object=b, confidence=0.6, source="", doc_id="", sentence=s)
    >>> f2 = Fact(subject=b, predicate="metWith", object=a, confidence=0.8, source="", doc_id="", sentence=s)
    >>> [f.confidence for f in dedupe_facts([f1, f2])]
    [0.8]
    """
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = _fact_key(fact)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return list(best.values())


def fact_matches(fact: Fact, gold: GoldFact) -> bool:
    """Does a predicted fact match a gold fact (same predicate; subject and object names match)?

    >>> from kg.model import Sentence
    >>> s = Sentence(index=0, text="Trump met Lukashenko.", start=0, end=21)
    >>> t = Entity(iri="x:T", label="Donald Trump", type="Person", aliases=("Trump",))
    >>> l = Entity(iri="x:L", label="Alexander Lukashenko", type="Person")
    >>> f = Fact(subject=l, predicate="metWith", object=t, confidence=0.9, source="", doc_id="", sentence=s)
    >>> fact_matches(f, GoldFact(("Trump",), "metWith", ("Alexander Lukashenko",)))  # symmetric
    True
    """
    if fact.predicate != gold.predicate:
        return False
    return names_match(entity_names(fact.subject), fact.predicate, entity_names(fact.object), gold)


def names_match(subject: frozenset[str], predicate: str, obj: frozenset[str], gold: GoldFact) -> bool:
    """Whether a fact whose ends have these normalised names (:func:`entity_names`) is the gold fact: the same
    predicate, a name of each end among the gold's (either way round for a symmetric predicate)."""
    if predicate != gold.predicate:
        return False
    if subject & gold.subject_names and obj & gold.object_names:
        return True
    return predicate in SYMMETRIC and bool(obj & gold.subject_names and subject & gold.object_names)


def _maximum_matching(edges: list[list[int]], n_right: int) -> list[int | None]:
    """For each left node, its right partner in a maximum bipartite matching (Kuhn's augmenting paths)."""
    right_to_left: list[int | None] = [None] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right_to_left[right] is None or augment(right_to_left[right], seen):
                right_to_left[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    left_to_right: list[int | None] = [None] * len(edges)
    for right, left in enumerate(right_to_left):
        if left is not None:
            left_to_right[left] = right
    return left_to_right


def score_facts(predicted: Iterable[Fact], gold: Iterable[GoldFact], *, source: str = "") -> Score:
    """Score one article's predicted facts against its gold facts (see the module docstring)."""
    facts = dedupe_facts(predicted)
    golds = list({g.key(): g for g in gold}.values())
    score = Score(source=source)
    for predicate in CORE_PREDICATES:
        score.counts(predicate)
    edges = [[j for j, g in enumerate(golds) if fact_matches(f, g)] for f in facts]
    partner = _maximum_matching(edges, len(golds))
    matched_gold: set[int] = set()
    for i, fact in enumerate(facts):
        j = partner[i]
        if j is not None:
            matched_gold.add(j)
            score.counts(fact.predicate).tp += 1
            score.true_positives.append((fact, golds[j]))
    for i, fact in enumerate(facts):
        if partner[i] is not None:
            continue
        if edges[i]:
            score.counts(fact.predicate).duplicates += 1
            score.duplicates.append((fact, golds[edges[i][0]]))
        else:
            score.counts(fact.predicate).fp += 1
            score.false_positives.append(fact)
    for j, g in enumerate(golds):
        if j not in matched_gold:
            score.counts(g.predicate).fn += 1
            score.false_negatives.append(g)
    return score


# --- running the extractor over files -----------------------------------------------------------


@dataclass
class Report:
    """Scores of every article, with per-relation and overall totals."""

    articles: list[Score] = field(default_factory=list)
    min_confidence: float | None = None

    @property
    def relations(self) -> dict[str, Counts]:
        total: dict[str, Counts] = {p: Counts() for p in CORE_PREDICATES}
        for score in self.articles:
            for predicate, counts in score.relations.items():
                total.setdefault(predicate, Counts()).add(counts)
        return total

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.relations.values():
            total.add(counts)
        return total

    def to_json(self) -> dict[str, Any]:
        """Everything, for ``--format json``."""
        return {
            "articles": len(self.articles),
            "min_confidence": self.min_confidence,
            "overall": self.overall.to_json(),
            "relations": {p: c.to_json() for p, c in self.relations.items()},
            "per_article": [{"source": s.source, **s.overall.to_json()} for s in self.articles],
            "false_positives": [{"source": s.source, **_fact_json(f)} for s in self.articles
                                for f in s.false_positives],
            "false_negatives": [{"source": s.source, "subject": list(g.subject), "predicate": g.predicate,
                                 "object": list(g.object), "gold": g.where}
                                for s in self.articles for g in s.false_negatives],
        }

    def render(self, fmt: ReportFormat = ReportFormat.TABLE, *, verbose: bool = False) -> str:
        """The report as ``fmt``: the table, or JSON (which always lists the errors)."""
        if ReportFormat(fmt) is ReportFormat.JSON:
            return json.dumps(self.to_json(), indent=2, ensure_ascii=False)
        return self.format_table(verbose=verbose)

    def format_table(self, *, verbose: bool = False) -> str:
        """The per-relation table (and, with ``verbose``, the articles and the errors) for people."""
        overall = self.overall
        lines = [f"Evaluated {len(self.articles)} article(s) against {overall.gold} gold fact(s)"
                 + (f" (min confidence {self.min_confidence})" if self.min_confidence is not None else ""), ""]
        header = f"{'relation':<20} {'gold':>5} {'pred':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'dup':>4}  " \
                 f"{'precision':>9} {'recall':>7} {'f1':>6}"
        lines += [header, "-" * len(header)]
        rows = list(self.relations.items()) + [("overall", overall)]
        for name, c in rows:
            if name == "overall":
                lines.append("-" * len(header))
            lines.append(f"{name:<20} {c.gold:>5} {c.tp + c.fp + c.duplicates:>5} {c.tp:>4} {c.fp:>4} {c.fn:>4} "
                         f"{c.duplicates:>4}  {_ratio(c.precision):>9} {_ratio(c.recall):>7} {_ratio(c.f1):>6}")
        if verbose:
            lines += ["", f"{'article':<56} {'gold':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'f1':>6}"]
            for s in self.articles:
                c = s.overall
                lines.append(f"{Path(s.source).name[:56]:<56} {c.gold:>5} {c.tp:>4} {c.fp:>4} {c.fn:>4} {_ratio(c.f1):>6}")
            lines += ["", "False positives (extracted, not in the gold):"]
            fps = [(s.source, f) for s in self.articles for f in s.false_positives]
            for source, f in fps:
                lines.append(f"  FP {source}: {f.subject.label} -[{f.predicate}]-> {f.object.label}"
                             f"  ({f.confidence:.2f}{', ' + f.rule if f.rule else ''}) \"{_clip(f.sentence.text)}\"")
            if not fps:
                lines.append("  none")
            lines += ["", "False negatives (in the gold, not extracted):"]
            fns = [(s.source, g) for s in self.articles for g in s.false_negatives]
            for source, g in fns:
                lines.append(f"  FN {source}: {g.describe()}  ({g.where})")
            if not fns:
                lines.append("  none")
        return "\n".join(lines)


def _ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {"subject": fact.subject.label, "predicate": fact.predicate, "object": fact.object.label,
            "confidence": round(fact.confidence, 3), "rule": fact.rule, "sentence": fact.sentence.text}


def evaluate(paths: Sequence[str | Path], *, gold_dir: str | Path | None = None, settings: Settings | None = None,
             min_confidence: float | None = None, extra: Sequence[str | Path] = ()) -> Report:
    """Run the extractor on every article under ``paths`` and score it against the gold files.

    Every article needs its gold file (:func:`gold_path_for`); a missing or
    malformed one, or an unreadable article, raises :class:`InputError`.
    ``min_confidence`` drops predicted facts below it; ``extra`` are extra
    rule or gazetteer files for the extractor.
    """
    from kg.extraction import extract
    from kg.ingest.reader import iter_input_files, read_article

    settings = settings or Settings()
    files = list(iter_input_files(paths))
    if not files:
        raise InputError("no .txt or .html articles found", where=", ".join(str(p) for p in paths))
    golds: list[tuple[Path, Path]] = []
    for path in files:
        gold = gold_path_for(path, gold_dir)
        if not gold.is_file():
            raise InputError(f"no gold file for this article (expected {gold})", where=str(path))
        golds.append((path, gold))
    report = Report(min_confidence=min_confidence)
    for path, gold in golds:
        article = read_article(path, max_bytes=settings.max_bytes)
        facts = extract(article, settings=settings, extra=tuple(extra)).facts
        if min_confidence is not None:
            facts = [f for f in facts if f.confidence >= min_confidence]
        report.articles.append(score_facts(facts, load_gold(gold), source=str(path)))
    return report
