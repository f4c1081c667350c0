"""Text -> mentions, events and facts (rules and gazetteers as data files).

The stage's one entry point is :func:`extract`, which takes an
:class:`~kg.model.Article` and returns an :class:`~kg.model.Extraction`:
entities, event nodes (type, participants, date, count, place, sentence) and
binary facts with the seven core predicates, each tied to its sentence and
event, with a confidence.

>>> from kg.ingest.reader import article_from_text
>>> art = article_from_text("Talks\\n\\nMay 2, 2025\\n\\nThe EU has not lifted sanctions on Belarus. "
...                         "Washington lifted sanctions on Belavia.", source="demo.txt")
>>> [(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts]
[('United States', 'sanctionsLiftedOn', 'Belavia')]
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.config import Settings
from kg.model import Article, Extraction
from kg.extraction.engine import Extractor
from kg.extraction.events import load_definitions
from kg.extraction.gazetteer import default_gazetteer
from kg.extraction.resources import load_resources

__all__ = ["Extractor", "extract", "extractor_for"]


@lru_cache(maxsize=8)
def _extractor(extra: tuple[str, ...]) -> Extractor:
    if not extra:
        return Extractor.default()
    events = [p for p in extra if p.endswith(".toml")]  # event definitions: more classes and triggers
    data = [p for p in extra if not p.endswith(".toml")]
    res = load_resources(extra=data)
    return Extractor(res, None if data else default_gazetteer(), load_definitions(events) if events else None)


def extractor_for(extra: tuple[str | Path, ...] | list[str | Path] = ()) -> Extractor:
    """The extractor for the bundled data files plus ``extra`` rule, gazetteer or event-definition (``.toml``)
    files (cached).

    >>> extractor_for() is extractor_for()
    True
    """
    return _extractor(tuple(str(p) for p in extra))


def extract(article: Article, *, settings: Settings | None = None,
            extra: tuple[str | Path, ...] | list[str | Path] = ()) -> Extraction:
    """Read the facts of one article."""
    return extractor_for(extra).extract(article, settings=settings)
