"""Plain data passed between the pipeline stages.

``ingest`` makes :class:`Article`; ``extract`` makes :class:`Mention`,
:class:`Event` and :class:`Fact`; ``resolve`` turns mentions into
:class:`Entity`; ``assemble`` turns all of it into an RDF dataset.

>>> art = Article(doc_id="d1", text="A. B.", source="x.txt")
>>> s = Sentence(index=0, text="A.", start=0, end=2)
>>> us = Entity(iri="https://kg.example.org/id/country/US", label="United States", type="Country")
>>> by = Entity(iri="https://kg.example.org/id/country/BY", label="Belarus", type="Country")
>>> f = Fact(subject=us, predicate="sanctionsLiftedOn", object=by, confidence=0.9,
...          source="x.txt", doc_id="d1", sentence=s)
>>> f.to_json()["subject"]
{'iri': 'https://kg.example.org/id/country/US', 'label': 'United States', 'type': 'Country'}
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are character offsets in ``Article.text``."""

    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One ingested news article: repaired, normalised text plus metadata."""

    doc_id: str
    text: str
    source: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    content_hash: str | None = None
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A canonical entity. ``type`` is the local name of a ``kgo:`` class."""

    iri: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()  # (scheme, value): ("iso3166-1", "BY"), ("geonames", "630336")
    count: int | None = None  # for groups: "52 political prisoners"
    count_qualifier: str | None = None  # "more than", "several", "about"
    attributes: tuple[tuple[str, str], ...] = ()  # (kgo property local name, entity IRI): ("nationality", ...)

    def ref(self) -> dict[str, str]:
        return {"iri": self.iri, "label": self.label, "type": self.type}


@dataclass(frozen=True)
class Mention:
    """A span of text that names an entity, before resolution."""

    text: str
    start: int
    end: int
    type: str
    canonical: str | None = None  # a gazetteer's canonical label, when known
    source_rule: str | None = None


@dataclass(frozen=True)
class Event:
    """An event node: its ``kgo:`` class, participants by role, and where it was read."""

    iri: str
    type: str  # e.g. "SanctionsRelief", "PrisonerRelease", "Praise", "Meeting"
    roles: tuple[tuple[str, Entity], ...]  # (kgo role property, participant)
    doc_id: str
    sentence: Sentence
    date: dt.date | None = None
    count: int | None = None
    place: Entity | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Fact:
    """A binary fact with one of the core predicates, traceable to its sentence."""

    subject: Entity
    predicate: str
    object: Entity
    confidence: float
    source: str
    doc_id: str
    sentence: Sentence
    event: str | None = None  # IRI of the event node this fact is a shortcut of
    rule: str | None = None
    method: str = "extracted"  # or "curated"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject.iri, self.predicate, self.object.iri)

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract --format jsonl`` record."""
        return {
            "subject": self.subject.ref(),
            "predicate": self.predicate,
            "object": self.object.ref(),
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "sentence": self.sentence.text,
            "start": self.sentence.start,
            "end": self.sentence.end,
            "rule": self.rule,
        }


@dataclass
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class BuildResult:
    """What ``kg build`` produced: where, how much, and what was skipped or disputed."""

    out_dir: str
    files: dict[str, str] = field(default_factory=dict)  # role -> path
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # "entities"/"facts"/"events" -> type -> n
    skipped: list[tuple[str, str]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    conforms: bool | None = None
    articles: int = 0
    triples: int = 0
