"""The cheap tests that let the mention finder skip a pattern never skip one that would match."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import sample_articles
from kg.extraction.mentions import ArticleState, MentionFinder
from kg.extraction.gazetteer import tokenize
from kg.ingest.reader import read_article

RESOURCES = Path(__file__).parent / "resources"


def _sentences() -> list[str]:
    paths = [p for d in ("devset", "devset-b", "devset-c", "devset-d", "devset-e") for p in
             sorted((RESOURCES / d).glob("*.txt"))] + list(sample_articles())
    return [s.text for p in paths for s in read_article(p).sentences]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + [
        "The sanctions were imposed under the Global Magnitsky Act on 3 March.",
        "It acted within the EU sanctions framework and under its Iran programme.",
        "Some 1,000 prisoners and 52 detainees were freed in 2025, 3.5 years later; 12,000 remain.",
    ]


def test_the_document_and_programme_patterns_are_tried_on_every_sentence_they_match(sentences):
    finder = MentionFinder.default()
    matched = 0
    for text in sentences:
        tried = finder._documents_in(text)
        for rx in (finder.document_re, finder.programme_re):
            if rx.search(text):
                matched += 1
                assert rx in tried, text
    assert matched >= 3


def test_a_number_without_white_space_after_it_would_open_no_group(sentences):
    finder = MentionFinder.default()
    skipped = 0
    for text in sentences:
        for tok, start, end in tokenize(text):
            if tok[0].isdigit() and not text[end:end + 1].isspace():
                skipped += 1
                assert finder.group_re.match(text, start) is None, text
                assert finder.partitive_re.match(text, start) is None, text
    assert skipped > 50


def test_counted_groups_and_documents_are_still_found():
    finder = MentionFinder.default()
    found = finder.find("Some 1,000 prisoners and 52 detainees were freed in 2025.", ArticleState())
    assert [f.text for f in found if f.code == "G"] == ["Some 1,000 prisoners", "52 detainees"]
    found = finder.find("The EU imposed sanctions under the Global Magnitsky Act on Russia.", ArticleState())
    assert "Global Magnitsky" not in " ".join(f.text for f in found)
