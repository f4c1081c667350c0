"""The learned stage: pairs of mentions around a trigger, scored by a linear model trained on gold facts.

The rules and frames read the shapes they were written for. This stage reads every sentence that holds a trigger
lemma of an event class (``kg/resources/events.toml``): each pair of its mentions whose kinds the class's roles
accept is a *candidate* for each fact the class yields ("⟦C0⟧ slapped curbs on ⟦P1⟧": C0 ``sanctionsImposedOn``
P1), described by plain features: the trigger's lemma, where the two mentions stand against it, the words between
and around them, the scope cues before the trigger. A logistic model, trained by :mod:`kg.extraction.train` on the
gold facts of the development sets and the construction grid, and kept as data (``kg/resources/model/pairs.json``:
feature -> weight, with its thresholds and the folders it was trained on), gives each candidate its probability. With
``Settings.learned`` the engine adds, as events of the trigger's class, the candidates no event holds yet whose
trigger is asserted and whose probability reaches ``threshold`` (in a sentence where the rules told an event of the
predicate) or ``discover`` (where they told none); each fact keeps the probability as its confidence and
``learned-pair`` as its rule.

>>> from kg.extraction.patterns import internal
>>> model = PairModel.default()
>>> [(c.predicate, c.subject, c.object, c.asserted) for c in model.candidates(internal("⟦C0⟧ freed ⟦P1⟧."))]
[('released', 0, 1, True), ('releasedTo', 1, 0, True)]
>>> [c.asserted for c in model.candidates(internal("⟦C0⟧ may free ⟦P1⟧."))]
[False, False]
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import RuleError
from kg.extraction.events import Definitions, default_definitions
from kg.extraction.frames import Tok, tokenize

MODEL_FILE = Path(__file__).resolve().parent.parent / "resources" / "model" / "pairs.json"

_CLOSE_MARKS = frozenset({".", ";", ":", "?", "!"})
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
_RELATIVE = frozenset({"who", "whose", "whom", "which", "that"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "got"})


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "11+"


def _word(tok: Tok) -> str:
    """A token as a feature reads it: its lemma, or NAME for any mention."""
    return "NAME" if tok.code else tok.lem


@dataclass(frozen=True)
class Candidate:
    """A pair of mentions (indexes into the article's mentions) for one predicate, and the trigger it hangs on."""

    predicate: str
    event: str  # the event class of the trigger
    roles: tuple[str, str]  # the roles of the subject and of the object in that class
    subject: int
    object: int
    trigger: int  # token index
    features: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # no scope cue (negation, modal, condition, demand, plan) before the trigger in its clause, no question, and
    # neither end in a relative clause between it and the trigger ("on A, whose father, B, ...": not B)
    asserted: bool = True


@dataclass
class PairModel:
    """Trigger lemmas -> event classes (from the event definitions), and a weight for each feature."""

    defs: Definitions
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.7  # completing an event the rules told in the sentence
    discover: float = 0.8  # a sentence where the rules told no event of the predicate
    trained_on: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # lemma -> [(event class, object lemmas the trigger needs)]; a particle verb by its first word
        self.by_lemma: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for t in self.defs.triggers:
            if t.subject_nouns or t.released_only or t.measures:
                continue  # list openings, arrivals and measures in force: the frames' business
            objects = frozenset(o for obj in t.objects for o in obj)
            for lem in t.lemmas:
                self.by_lemma.setdefault(lem[0], []).append((t.event, objects))
        # event class -> [(subject role, predicate, object role)]; role -> the placeholder codes it accepts
        self.facts: dict[str, list[tuple[str, str, str]]] = {
            name: list(c.facts) for name, c in self.defs.classes.items()}
        self.codes = {name: c.roles for name, c in self.defs.classes.items()}
        cues = self.defs.scope
        self.cues: dict[str, str] = {}
        for kind in ("negation", "modal", "irrealis", "directive", "condition"):
            for w in cues.get(kind, ()):
                self.cues.setdefault(w, kind)

    # --- reading ---------------------------------------------------------------
    def candidates(self, masked: str) -> list[Candidate]:
        """The candidates of one masked sentence, with their features."""
        toks = tokenize(masked)
        names = [k for k, t in enumerate(toks) if t.code]
        if len(names) < 2:
            return []
        triggers: list[tuple[int, str, frozenset[str]]] = []
        lems = {t.lem for t in toks if not t.code}
        for k, t in enumerate(toks):
            if t.code is None and t.lem in self.by_lemma:
                for event, objects in self.by_lemma[t.lem]:
                    if objects and objects.isdisjoint(lems):
                        continue
                    triggers.append((k, event, objects))
        if not triggers:
            return []
        best: dict[tuple, tuple] = {}  # (predicate, subject, object) -> the nearest trigger's reading
        for k, event, objects in triggers:
            for sr, pred, orole in self.facts.get(event, ()):
                scodes, ocodes = self.codes[event].get(sr, ""), self.codes[event].get(orole, "")
                symmetric = sr == orole
                for a in names:
                    if toks[a].code not in scodes:
                        continue
                    for b in names:
                        if a == b or toks[b].code not in ocodes or symmetric and b < a:
                            continue
                        key = (pred, toks[a].idx, toks[b].idx)
                        dist = abs(a - k) + abs(b - k)
                        if key not in best or best[key][0] > dist:
                            best[key] = (dist, event, (sr, orole), k, a, b, objects, symmetric)
        out = []
        for (pred, si, oi), (_, event, roles, k, a, b, objects, sym) in best.items():
            f, asserted = self._features(toks, k, a, b, pred, event, objects, sym)
            out.append(Candidate(pred, event, roles, si, oi, k, f, asserted))
        return out

    def _features(self, toks: list[Tok], k: int, a: int, b: int, pred: str, event: str, objects: frozenset[str],
                  symmetric: bool) -> tuple[tuple[str, ...], bool]:
        """The features of the pair at token indexes ``a`` and ``b`` around the trigger at ``k``, and whether it is
        asserted (no scope cue, relative pronoun or question mark among them)."""
        asserted = True
        if symmetric and b < a:
            a, b = b, a
        t = toks[k]
        order = "".join(x for _, x in sorted(((a, "S"), (b, "O"), (k, "T"))))
        p = pred
        f = [f"{p}", f"{p}|t={t.lem}", f"{p}|o={order}", f"{p}|o={order}|t={t.lem}", f"{p}|ev={event}",
             f"{p}|sc={toks[a].code}", f"{p}|oc={toks[b].code}", f"{p}|o={order}|sc={toks[a].code}|oc={toks[b].code}",
             f"{p}|sd={_bucket(abs(a - k) - 1)}", f"{p}|od={_bucket(abs(b - k) - 1)}",
             f"{p}|o={order}|sd={_bucket(abs(a - k) - 1)}", f"{p}|o={order}|od={_bucket(abs(b - k) - 1)}",
             f"{p}|tform={'ed' if t.low.endswith(('ed', 'en')) and t.low != t.lem else 'ing' if t.low.endswith('ing') else 'base'}"]
        for role, x in (("s", a), ("o", b)):
            before = _word(toks[x - 1]) if x else "^"
            after = _word(toks[x + 1]) if x + 1 < len(toks) else "$"
            f += [f"{p}|{role}prev={before}", f"{p}|{role}next={after}", f"{p}|o={order}|{role}prev={before}"]
            lo, hi = (x + 1, k) if x < k else (k + 1, x)
            between = toks[lo:hi]
            names = sum(1 for y in between if y.code)
            f.append(f"{p}|{role}names={_bucket(names)}")
            marks = [y.low for y in between if y.low in (",", ";", "(", ")", "-", "--", "\u2014", "\u2013") or y.low in _QUOTES]
            f.append(f"{p}|{role}marks={_bucket(len(marks))}")
            if any(y.low in _CLOSE_MARKS for y in between):
                f.append(f"{p}|{role}clause")
            words = [y.lem for y in between if not y.code]
            for w in sorted(set(words[:6] + words[-6:])):  # (sorted: the same sum of weights in every process)
                f.append(f"{p}|{role}w={w}")
            rel = next((y.low for y in between if y.low in _RELATIVE), None)
            if rel is not None:  # "on A, whose father, B, ...": B is in A's relative clause
                f.append(f"{p}|{role}rel={rel}")
                asserted = False
            for y in toks[x + 1:x + 4]:  # what follows: "and B, the bishop, has kept ...": a clause of B's own
                f.append(f"{p}|{role}after={_word(y)}")
        dash = next((j for j in range(min(len(toks), 16)) if toks[j].low in ("-", "--", "\u2014", "\u2013")), None)
        if dash is not None and any(toks[j].low == ")" for j in range(dash)):  # "CITY, May 2 (Wire) - ..."
            for role, x in (("s", a), ("o", b)):
                if x < dash:
                    f.append(f"{p}|{role}dateline")
        lo, hi = min(a, b), max(a, b)
        names = sum(1 for y in toks[lo + 1:hi] if y.code)
        f.append(f"{p}|sonames={_bucket(names)}")
        if not symmetric and a > 0 and toks[a - 1].low == "by":
            f.append(f"{p}|sby")
        if k >= 1 and any(toks[j].lem in _BE for j in range(max(0, k - 3), k)):
            f.append(f"{p}|passive={'ed' if t.low.endswith(('ed', 'en')) else 'other'}")
        # scope cues before the trigger, back to the clause's start
        j = k - 1
        while j >= 0 and k - j <= 8 and toks[j].low not in _CLOSE_MARKS:
            kind = self.cues.get(toks[j].low) or self.cues.get(toks[j].lem)
            if kind is not None:
                f.append(f"{p}|cue={kind}")
                f.append(f"{p}|cuew={toks[j].lem}")
                asserted = False
            j -= 1
        f += [f"{p}|tprev={_word(toks[k - 1]) if k else '^'}",
              f"{p}|tnext={_word(toks[k + 1]) if k + 1 < len(toks) else '$'}"]
        for role, x in (("s", a), ("o", b)):
            if x >= 2 and not toks[x - 1].code and not toks[x - 2].code:
                f.append(f"{p}|{role}prev2={toks[x - 2].lem}_{toks[x - 1].lem}")
        first = next(j for j, y in enumerate(toks) if y.code)
        if first == a:
            f.append(f"{p}|sfirst")
        if toks and toks[-1].low == "?":
            f.append(f"{p}|question")
            asserted = False
        if objects:
            f.append(f"{p}|needs_object")
        return tuple(f), asserted

    def probability(self, c: Candidate) -> float:
        """The model's probability that a candidate is a fact."""
        z = sum(self.weights.get(x, 0.0) for x in c.features) + self.weights.get("", 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    # --- data ------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path, defs: Definitions | None = None) -> PairModel:
        """A model from its JSON file: ``weights`` (feature -> finite number), ``threshold`` <= ``discover`` (from 0
        to 1), ``trained_on`` (folder names)."""
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise RuleError(f"model file cannot be read: {exc.strerror}", where=str(path)) from exc
        except ValueError as exc:
            raise RuleError(f"model file is not valid JSON: {exc}", where=str(path)) from exc

        def number(value: object) -> float | None:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return None
            try:
                value = float(value)
            except OverflowError:
                return None
            return value if math.isfinite(value) else None

        if not isinstance(raw, dict) or not isinstance(raw.get("weights"), dict):
            raise RuleError("model file: expected an object whose 'weights' map features to numbers", where=str(path))
        weights = {str(k): number(v) for k, v in raw["weights"].items()}
        bad = next((k for k, v in weights.items() if v is None), None)
        if bad is not None:
            raise RuleError(f"model file: the weight of {bad!r} is no finite number", where=str(path))
        limits = {}
        for key in ("threshold", "discover"):
            value = number(raw.get(key, getattr(cls, key)))
            if value is None or not 0.0 <= value <= 1.0:
                raise RuleError(f"model file: '{key}' must be a number from 0 to 1, got {raw.get(key)!r}",
                                where=str(path))
            limits[key] = value
        if limits["threshold"] > limits["discover"]:
            raise RuleError("model file: 'threshold' may not exceed 'discover' (a sentence the rules told nothing of "
                            "needs more of the model, not less)", where=str(path))
        trained_on = raw.get("trained_on", [])
        if not isinstance(trained_on, list) or not all(isinstance(x, str) for x in trained_on):
            raise RuleError("model file: 'trained_on' must be a list of folder names", where=str(path))
        return cls(defs or default_definitions(), weights, trained_on=trained_on, **limits)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> PairModel:
        """The bundled model."""
        return cls.load(MODEL_FILE)

    def dump(self, path: str | Path) -> None:
        """Write the model as JSON (one weight a line, sorted: a retrained model diffs line by line)."""
        data = {"threshold": self.threshold, "discover": self.discover, "trained_on": self.trained_on,
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
