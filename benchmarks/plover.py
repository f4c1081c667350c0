"""The extractor on real newswire sentences: the PLOVER gold-standard records.

    python benchmarks/plover.py [--data ../shared/data/plover/PLOVER_GSR_CAMEO.json] [--verbose] [--learned]

The records (CC BY-SA 4.0, Open Event Data Alliance) are read from the shared data folder,
never copied into the repository. Each record's text is read as a one-paragraph article.

- Recall: of the records listed in ``tests/resources/plover/assertions.jsonl`` (records that
  plainly assert one of kg's event relations, listed before the first measurement), the share
  for which the extractor finds every listed relation.
- Precision: of the event facts found in all records, the share that fits its record: the
  relation is listed for that record, or it is an imposition in a SANCTION record, a meeting in
  a CONSULT record or praise in a SUPPORT record. A release in a REJECT record, sanctions in a
  DEMAND or THREATEN record, a lifted curfew (CONCEDE, not listed) are wrong.
``leaderOf`` facts are not event facts and are not judged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _default_data() -> Path:
    """``shared/data/plover/...`` beside the repository or beside a folder above it (worktrees nest deeper)."""
    for parent in ROOT.parents:
        path = parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
        if path.is_file():
            return path
    return ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"


DEFAULT_DATA = _default_data()
ASSERTIONS = ROOT / "tests" / "resources" / "plover" / "assertions.jsonl"
FITS = {"sanctionsImposedOn": {"SANCTION"}, "metWith": {"CONSULT"}, "praisedBy": {"SUPPORT"}}


def load_assertions(path: Path = ASSERTIONS) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line) if line.strip() else {}
        if "id" in rec:
            out[rec["id"]] = set(rec["relations"])
    return out


def measure(data: Path = DEFAULT_DATA, assertions: Path = ASSERTIONS, *, learned: bool = False) -> dict:
    """Precision on event facts and recall on the listed records (``learned``: with the learned stage)."""
    sys.path.insert(0, str(ROOT))
    from kg.config import Settings
    from kg.extraction import extract
    from kg.ingest.reader import article_from_text

    settings = Settings(learned=learned)
    records = [r for r in json.loads(data.read_text(encoding="utf-8")) if r.get("text")]
    listed = load_assertions(assertions)
    right, wrong, found = [], [], {}
    for n, rec in enumerate(records):
        text = rec["text"].strip().strip("{}")
        art = article_from_text(text, source=f"{rec['id']}#{n}")
        facts = [f for f in extract(art, settings=settings).facts if f.predicate != "leaderOf"]
        for f in facts:
            ok = f.predicate in listed.get(rec["id"], ()) or rec["event"] in FITS.get(f.predicate, ())
            row = (rec["id"], rec["event"], f.subject.label, f.predicate, f.object.label, text)
            (right if ok else wrong).append(row)
        if rec["id"] in listed:
            found[rec["id"]] = listed[rec["id"]] <= {f.predicate for f in facts}
    n_facts = len(right) + len(wrong)
    return {"records": len(records), "event_facts": n_facts, "correct": len(right),
            "precision": round(len(right) / n_facts, 3) if n_facts else None,
            "listed": len(listed), "listed_found": sum(found.values()),
            "recall": round(sum(found.values()) / len(listed), 3) if listed else None,
            "wrong": wrong, "right": right, "missed": sorted(k for k, v in found.items() if not v)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--learned", action="store_true", help="with the extractor's learned stage")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"plover: {args.data} not found (the shared data folder is not here)", file=sys.stderr)
        return 2
    res = measure(args.data, learned=args.learned)
    print(f"PLOVER: {res['records']} records; event facts {res['event_facts']}, correct {res['correct']}, "
          f"precision {res['precision']}; listed records {res['listed']}, found {res['listed_found']}, "
          f"recall {res['recall']}")
    if args.verbose:
        for row in res["wrong"]:
            print("WRONG", *row[:5], "|", row[5][:160])
        for row in res["right"]:
            print("RIGHT", *row[:5])
        for rid in res["missed"]:
            print("MISSED", rid)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
