"""``kg extract``: read article files and print their facts as JSON Lines or as a table.

>>> from kg.config import sample_articles
>>> exs, skipped = extract_files(sample_articles())
>>> lines = format_facts([f for ex in exs for f in ex.facts], "jsonl").splitlines()
>>> import json; first = json.loads(lines[0])
>>> sorted(first)
['confidence', 'end', 'object', 'predicate', 'rule', 'sentence', 'source', 'start', 'subject']
>>> format_facts(exs[0].facts[:1], "table").splitlines()[0].split()
['subject', 'predicate', 'object', 'conf', 'source', 'sentence']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import Enum
from pathlib import Path

from kg.config import Settings
from kg.errors import InputError
from kg.model import Extraction, Fact
from kg.extraction import extractor_for


class FactFormat(str, Enum):
    """How ``kg extract`` prints facts."""

    JSONL = "jsonl"
    TABLE = "table"

    @classmethod
    def from_name(cls, name: str) -> FactFormat:
        try:
            return cls(name.lower())
        except ValueError:
            raise InputError(f"unknown format {name!r}; expected one of: jsonl, table", where="--format") from None


def extract_files(paths: Iterable[str | Path], *, settings: Settings | None = None,
                  extra: Sequence[str | Path] = ()) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Ingest and extract every article under ``paths``; bad files are skipped and returned as (path, reason)."""
    from kg.ingest.reader import read_corpus

    settings = settings or Settings()
    articles, skipped = read_corpus(paths, max_bytes=settings.max_bytes)
    engine = extractor_for(tuple(extra))
    return [engine.extract(a, settings=settings) for a in articles], skipped


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_facts(facts: Sequence[Fact], fmt: FactFormat | str) -> str:
    """JSON Lines (one object per fact, the ``kg extract`` contract) or an aligned table for people."""
    fmt = FactFormat.from_name(fmt) if isinstance(fmt, str) else fmt
    if fmt is FactFormat.JSONL:
        return "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in facts)
    rows = [("subject", "predicate", "object", "conf", "source", "sentence")]
    for f in facts:
        rows.append((_cut(f.subject.label, 40), f.predicate, _cut(f.object.label, 40), f"{f.confidence:.2f}",
                     _cut(f.source, 30), _cut(f.sentence.text, 90)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
