"""Constructions: the extractor on a grid of sentence shapes, one fact pattern at a time.

    python benchmarks/constructions.py [FILE.toml ...] [--per-template N] [--seed S] [--verbose] [--learned]
    python benchmarks/constructions.py --write DIR      # the articles and gold files, for ``kg evaluate DIR``

Each template in a constructions file is one way news tells a fact ("{B} was freed by {A}",
"{A}, which had held {B} since ..., released ..."), with typed slots filled from the file's
invented names, countries, agencies and groups. Every filling is a small article (a headline, a
dateline on every second one, the sentence) whose gold facts follow from the template. The
figures are kg's own precision and recall over all of them, and per template the share of
fillings read exactly (every gold fact, no other event fact): a shape the extractor does not
know fails for every filling, whatever the names.

This is a behavioural test in the manner of CheckList (Ribeiro et al., 2020): it measures
whether the extractor reads a construction, not whether it was tuned on an article.
The files in ``tests/resources/constructions/`` are the grid the extractor is developed
against; a grid written by someone who never saw the code is measured once, as first contact.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GRID_DIR = ROOT / "tests" / "resources" / "constructions"
DEFAULT_GRIDS = sorted(GRID_DIR.glob("*.toml")) + sorted(GRID_DIR.glob("*/*.toml"))
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
PREDICATES = {"sanctionsImposedOn", "sanctionsLiftedOn", "released", "releasedTo", "praisedBy", "metWith",
              "leaderOf"}
DATELINES = ["LIMA", "NAIROBI", "BRUSSELS", "GENEVA", "WASHINGTON", "BANGKOK", "AMMAN", "VIENNA"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@dataclass(frozen=True)
class Filler:
    """One value of a slot type: its text, and the labels a fact about it may carry."""

    text: str
    labels: tuple[str, ...]


@dataclass
class Template:
    id: str
    text: str
    facts: list[tuple[tuple[str, ...], str, tuple[str, ...]]]
    grid: str


@dataclass
class Instance:
    """One filled template: the article text and its gold facts."""

    template: str
    name: str
    text: str
    gold: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = field(default_factory=list)


def _filler(value) -> Filler:
    if isinstance(value, str):
        bare = value[4:] if value.startswith("the ") else value
        return Filler(value, (bare,))
    return Filler(value["text"], tuple(value["labels"]))


def load_grid(path: Path) -> tuple[dict[str, list[Filler]], list[Template]]:
    """Read a constructions file: ``[fillers]`` by slot type and ``[[template]]`` entries."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    fillers = {kind: [_filler(v) for v in values] for kind, values in data.get("fillers", {}).items()}
    templates = []
    for t in data.get("template", []):
        facts = []
        for spec in t["facts"]:
            subj, pred, obj = spec.split()
            if pred not in PREDICATES:
                raise ValueError(f"{path}: template {t['id']}: unknown predicate {pred!r}")
            facts.append((tuple(subj.split("|")), pred, tuple(obj.split("|"))))
        grid = f"{path.parent.name}/{path.stem}" if path.parent.parent == GRID_DIR else path.stem  # "second/talks"
        templates.append(Template(t["id"], t["text"], facts, grid))
    for t in templates:
        for _, kind in SLOT.findall(t.text):
            if kind and kind not in fillers:
                raise ValueError(f"{path}: template {t.id}: no fillers of type {kind!r}")
    return fillers, templates


def _fill(template: Template, fillers: dict[str, list[Filler]], rng: random.Random) -> tuple[str, dict[str, Filler]]:
    chosen: dict[str, Filler] = {}
    used: set[str] = set()
    for slot, kind in SLOT.findall(template.text):
        if slot in chosen or not kind:
            continue
        pool = [f for f in fillers[kind] if f.text not in used and not (set(f.labels) & used)]
        pick = rng.choice(pool)
        chosen[slot] = pick
        used.add(pick.text)
        used.update(pick.labels)

    def sub(m: re.Match[str]) -> str:
        return chosen[m.group(1)].text

    text = SLOT.sub(sub, template.text)
    # a sentence starts with a capital, whatever the filler
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text, chosen


def _labels(chosen: dict[str, Filler], slots: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(label for slot in slots for label in chosen[slot].labels)


def instances(grids: list[Path], per_template: int = 6, seed: int = 7) -> list[Instance]:
    """Every template of every grid, filled ``per_template`` times (the same fillings for the same seed)."""
    out = []
    for path in grids:
        fillers, templates = load_grid(path)
        for t in templates:
            rng = random.Random(f"{seed}:{path.stem}:{t.id}")
            for k in range(per_template):
                sentence, chosen = _fill(t, fillers, rng)
                if k % 2:
                    city = rng.choice(DATELINES)
                    sentence = f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} (Reuters) - {sentence}"
                text = f"World news in brief\n\n{sentence}\n"
                gold = [(_labels(chosen, s), p, _labels(chosen, o)) for s, p, o in t.facts]
                out.append(Instance(f"{t.grid}:{t.id}", f"{t.grid.replace('/', '-')}-{t.id}-{k}", text, gold))
    return out


def measure(grids: list[Path], per_template: int = 6, seed: int = 7, *, learned: bool = False) -> dict:
    """kg's precision and recall over the filled grid, and the share of fillings read exactly per template
    (``learned``: with the extractor's learned stage)."""
    sys.path.insert(0, str(ROOT))
    from kg.config import Settings
    from kg.extraction import extract
    from kg.extraction.evaluate import Counts, GoldFact, score_facts
    from kg.ingest.reader import article_from_text

    settings = Settings(learned=learned)
    total = Counts()
    by_template: dict[str, list[bool]] = {}
    failures: dict[str, list[str]] = {}
    for inst in instances(grids, per_template, seed):
        article = article_from_text(inst.text, source=inst.name + ".txt")
        facts = extract(article, settings=settings).facts
        gold = [GoldFact(s, p, o, where=inst.name) for s, p, o in inst.gold]
        score = score_facts(facts, gold, source=inst.name)
        counts = score.overall
        total.add(counts)
        exact = counts.fn == 0 and counts.fp == 0
        by_template.setdefault(inst.template, []).append(exact)
        if not exact:
            got = "; ".join(f"{f.subject.label} {f.predicate} {f.object.label}" for f in facts
                            if f.predicate != "leaderOf" or any(g[1] == "leaderOf" for g in inst.gold))
            failures.setdefault(inst.template, []).append(f"{inst.text.splitlines()[2]}  => {got or 'nothing'}")
    rates = {t: sum(v) / len(v) for t, v in by_template.items()}
    return {"instances": sum(len(v) for v in by_template.values()), "templates": len(rates),
            "precision": total.precision, "recall": total.recall, "f1": total.f1,
            "tp": total.tp, "fp": total.fp, "fn": total.fn,
            "templates_read": sum(1 for r in rates.values() if r == 1.0),
            "exact": sum(sum(v) for v in by_template.values()), "per_template": rates, "failures": failures}


def write(grids: list[Path], out: Path, per_template: int = 6, seed: int = 7) -> int:
    """Write each filling as ``NAME.txt`` with ``NAME.gold.jsonl`` beside it; returns how many."""
    out.mkdir(parents=True, exist_ok=True)
    items = instances(grids, per_template, seed)
    for inst in items:
        (out / f"{inst.name}.txt").write_text(inst.text, encoding="utf-8")
        lines = [json.dumps({"subject": list(s), "predicate": p, "object": list(o)}) for s, p, o in inst.gold]
        (out / f"{inst.name}.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("grids", nargs="*", type=Path, default=DEFAULT_GRIDS)
    ap.add_argument("--per-template", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--write", type=Path, metavar="DIR")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--learned", action="store_true", help="with the extractor's learned stage")
    args = ap.parse_args(argv)
    for path in args.grids:
        if not path.is_file():
            print(f"constructions: {path} not found", file=sys.stderr)
            return 2
    if args.write:
        print(f"constructions: wrote {write(args.grids, args.write, args.per_template, args.seed)} articles "
              f"to {args.write}")
        return 0
    res = measure(args.grids, args.per_template, args.seed, learned=args.learned)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"constructions: {res['templates']} templates, {res['instances']} fillings; "
          f"P {res['precision']:.3f} R {res['recall']:.3f} F1 {res['f1']:.3f} "
          f"(tp {res['tp']} fp {res['fp']} fn {res['fn']}); read exactly: {res['exact']} fillings, "
          f"{res['templates_read']} templates every time")
    if args.verbose:
        for t, rate in sorted(res["per_template"].items(), key=lambda kv: kv[1]):
            print(f"{rate:5.2f}  {t}")
            for line in res["failures"].get(t, [])[:3]:
                print(f"         {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
