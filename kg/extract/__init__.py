"""Text -> mentions, events and facts (rules and gazetteers as data files).

The stage's one entry point is :func:`extract`, which takes an
:class:`~kg.model.Article` and returns an :class:`~kg.model.Extraction`.
"""

from __future__ import annotations

from ..config import Settings
from ..model import Article, Extraction


def extract(article: Article, *, settings: Settings | None = None) -> Extraction:
    """Read the facts of one article. (Placeholder until the rule engine lands.)"""
    return Extraction(article=article)
