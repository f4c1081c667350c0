"""Typed settings, validated up front.

One :class:`Settings` object drives a run. Values come from keyword arguments,
then ``KG_*`` environment variables, then defaults; a bad value is rejected at
once, naming the key, the value and what is allowed.

>>> Settings(max_bytes=10).max_bytes
10
>>> Settings(max_bytes=-1)
Traceback (most recent call last):
...
kg.errors.ConfigError: max_bytes: must be a positive integer, got -1
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError
from kg.namespaces import base_iri

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES = PACKAGE_DIR / "resources"
SAMPLE_DIR = RESOURCES / "sample"
QUERIES_DIR = RESOURCES / "queries"
PROJECT_DIR = PACKAGE_DIR.parent
ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY_DIR", PROJECT_DIR / "ontology"))
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CURATED_FILE = ONTOLOGY_DIR / "curated" / "seed-facts.ttl"


def sample_articles() -> list[Path]:
    """The bundled sample article(s).

    >>> [p.name for p in sample_articles()]
    ['us-lifts-sanctions-on-belarus-2025-09-13.txt']
    """
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.suffix in {".txt", ".html", ".htm"})


@dataclass(frozen=True)
class Settings:
    """Settings for one run of the pipeline."""

    base_iri: str = field(default_factory=lambda: base_iri())
    out_dir: Path = Path("out")
    max_bytes: int = field(default_factory=lambda: int(os.environ.get("KG_MAX_BYTES", 5_000_000)))
    min_confidence: float = 0.5
    curated: tuple[Path, ...] = (CURATED_FILE,)
    ontology: Path = ONTOLOGY_FILE
    shapes: Path = SHAPES_FILE

    def __post_init__(self) -> None:
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ConfigError(f"must be a positive integer, got {self.max_bytes!r}", where="max_bytes")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"must be between 0 and 1, got {self.min_confidence!r}", where="min_confidence")
        if not self.base_iri.startswith(("http://", "https://", "urn:")):
            raise ConfigError(f"must be an http(s) or urn IRI, got {self.base_iri!r}", where="base_iri")
        object.__setattr__(self, "base_iri", base_iri(self.base_iri))
        object.__setattr__(self, "out_dir", Path(self.out_dir))
