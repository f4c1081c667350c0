"""One configuration object, validated up front: :class:`Settings`.

Every stage of a run receives the same :class:`Settings`: where the data
files are (rules, gazetteers, ontology, shapes, curated facts), the base IRI,
how many workers, whether to validate, and the limits. Values come from
keyword arguments, then ``KG_*`` environment variables (read here and only
here), then defaults. A bad value is rejected at once, naming the key, the
value and what is allowed:

>>> Settings(max_bytes=10).max_bytes
10
>>> Settings(max_bytes=-1)
Traceback (most recent call last):
...
kg.errors.ConfigError: max_bytes: must be a positive integer, got -1
>>> Settings(rules=["no/such/rules.jsonl"])
Traceback (most recent call last):
...
kg.errors.ConfigError: rules: no such file or folder: 'no/such/rules.jsonl'

The ontology, the shapes and the sample's curated facts ship inside the package
(``kg/ontology``; the top-level ``ontology/`` folder of a checkout points there):

>>> ONTOLOGY_FILE.name, ONTOLOGY_FILE.is_file()
('kg.ttl', True)
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import ConfigError
from kg.namespaces import DEFAULT_BASE, base_iri

PACKAGE_DIR = Path(str(files("kg")))
RESOURCES = PACKAGE_DIR / "resources"
SAMPLE_DIR = RESOURCES / "sample"
QUERIES_DIR = RESOURCES / "queries"
ONTOLOGY_DIR = PACKAGE_DIR / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CURATED_FILE = ONTOLOGY_DIR / "curated" / "seed-facts.ttl"


def sample_articles() -> list[Path]:
    """The bundled sample article(s).

    >>> [p.name for p in sample_articles()]
    ['us-lifts-sanctions-on-belarus-2025-09-13.txt']
    """
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.suffix in {".txt", ".html", ".htm"})


def _env_base() -> str:
    return os.environ.get("KG_BASE_IRI") or DEFAULT_BASE


def _env_max_bytes() -> int:
    raw = os.environ.get("KG_MAX_BYTES", "5000000")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"must be a positive integer, got {raw!r}", where="KG_MAX_BYTES") from None


def _paths(value: object, key: str) -> tuple[Path, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, Path)):
        value = (value,)
    try:
        return tuple(Path(v) for v in value)  # type: ignore[union-attr]
    except TypeError:
        raise ConfigError(f"must be a list of paths, got {value!r}", where=key) from None


# Fields that never change what a build contains: where it goes, and how it is run.
_NOT_CONTENT = frozenset({"out_dir", "workers", "validate"})
# Fields read by the whole-build steps only (the merge, validation), never by the per-article stage.
_BUILD_LEVEL = frozenset({"curated", "ontology", "shapes"})


@dataclass(frozen=True)
class Settings:
    """Settings for one run of the pipeline (see the module docstring).

    ``curated`` is ``None`` for "the bundled curated facts when building the
    bundled sample, none otherwise"; ``workers`` is ``None`` for every core.

    >>> s = Settings(out_dir="build", workers=2, validate=False)
    >>> s.out_dir, s.workers, s.validate, s.base_iri
    (PosixPath('build'), 2, False, 'https://kg.example.org/')
    >>> Settings(workers=0)
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: workers: must be 1 or more (or None for every core), got 0
    """

    base_iri: str = field(default_factory=_env_base)
    out_dir: Path = Path("out")
    rules: tuple[Path, ...] = ()  # extra rule files (.jsonl) or folders of them, beside the bundled rules
    gazetteers: tuple[Path, ...] = ()  # extra gazetteer files (.jsonl) or folders of them
    ontology: Path = ONTOLOGY_FILE
    shapes: Path = SHAPES_FILE
    curated: tuple[Path, ...] | None = None
    workers: int | None = None
    validate: bool = True
    max_bytes: int = field(default_factory=_env_max_bytes)
    min_confidence: float = 0.5
    learned: bool = False  # the extractor's learned stage (kg.extraction.pairs): more facts, at lower precision

    def __post_init__(self) -> None:
        put = object.__setattr__
        if not isinstance(self.max_bytes, int) or isinstance(self.max_bytes, bool) or self.max_bytes <= 0:
            raise ConfigError(f"must be a positive integer, got {self.max_bytes!r}", where="max_bytes")
        if not isinstance(self.min_confidence, (int, float)) or not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"must be between 0 and 1, got {self.min_confidence!r}", where="min_confidence")
        if not isinstance(self.base_iri, str) or not self.base_iri.startswith(("http://", "https://", "urn:")) \
                or any(c in self.base_iri for c in ' <>"{}|\\^`'):
            raise ConfigError(f"must be an http(s) or urn IRI without spaces, got {self.base_iri!r}",
                              where="base_iri")
        try:  # what an IRI parser refuses too: a port that is no number, a % not followed by two hex digits
            urlsplit(self.base_iri).port
            if re.search(r"%(?![0-9A-Fa-f]{2})", self.base_iri):
                raise ValueError("a '%' must be followed by two hexadecimal digits")
        except ValueError as exc:
            raise ConfigError(f"is not a valid IRI ({exc}): {self.base_iri!r}", where="base_iri") from None
        if self.workers is not None and (not isinstance(self.workers, int) or self.workers < 1):
            raise ConfigError(f"must be 1 or more (or None for every core), got {self.workers!r}", where="workers")
        for key in ("validate", "learned"):
            if not isinstance(getattr(self, key), bool):
                raise ConfigError(f"must be true or false, got {getattr(self, key)!r}", where=key)
        put(self, "base_iri", base_iri(self.base_iri))
        put(self, "out_dir", Path(self.out_dir))
        for key in ("rules", "gazetteers"):
            paths = _paths(getattr(self, key), key)
            for p in paths:
                if not p.exists():
                    raise ConfigError(f"no such file or folder: '{p}'", where=key)
            put(self, key, paths)
        if self.curated is not None:
            paths = _paths(self.curated, "curated")
            for p in paths:
                if not p.is_file():
                    raise ConfigError(f"no such file: '{p}'", where="curated")
            put(self, "curated", paths)
        for key in ("ontology", "shapes"):
            p = Path(getattr(self, key))
            if not p.is_file():
                raise ConfigError(f"no such file: '{p}'", where=key)
            put(self, key, p)

    @property
    def extra(self) -> tuple[Path, ...]:
        """The user's rule and gazetteer files, as the extractor takes them."""
        return (*self.rules, *self.gazetteers)

    def replace(self, **changes: object) -> Settings:
        """A copy with some values changed (validated again)."""
        return dataclasses.replace(self, **changes)

    def fingerprint(self, *, per_article: bool = False) -> str:
        """A digest of every setting that changes what a build contains, and of the files they name.

        ``per_article`` leaves out what only the whole-build steps read (curated
        facts, ontology, shapes): an article's result does not depend on them.

        >>> Settings(out_dir="a").fingerprint() == Settings(out_dir="b", workers=3).fingerprint()
        True
        >>> Settings().fingerprint() == Settings(min_confidence=0.7).fingerprint()
        False
        """
        digest = hashlib.sha256()
        for f in dataclasses.fields(self):
            if f.name in _NOT_CONTENT or (per_article and f.name in _BUILD_LEVEL):
                continue
            value = getattr(self, f.name)
            digest.update(f"{f.name}={value!s}\0".encode())
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Path):
                    for path in sorted(item.rglob("*")) if item.is_dir() else [item]:
                        if path.is_file():
                            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()[:32]
