"""kg: news articles about sanctions and diplomacy in, a trustworthy RDF knowledge graph out.

The library API is four names: :func:`build`, :func:`extract`, :func:`query` and
:class:`Settings` (the one configuration object). They load what they need
when first called, so ``import kg`` stays quick.

The folders follow the data, one subpackage per stage::

    ingest/      files -> articles and sentences
    extraction/  sentences -> mentions, entities, events and facts
    graph/       facts + curated triples -> named graphs; SHACL validation
    pipeline/    runs the stages over a corpus: executors, manifest, build folder
    store/       embedded and remote stores, SPARQL, the read-only endpoint
    views/       RDF formats, the network, the HTML page

>>> import kg
>>> kg.__version__
'0.2.0'
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"
__all__ = ["Settings", "build", "extract", "query", "__version__"]

if TYPE_CHECKING:
    from kg.config import Settings
    from kg.model import Extraction
    from kg.pipeline.run import CorpusBuildResult
    from kg.store.query import QueryResult


def build(inputs: list[str | Path] | None = None, *, settings: Settings | None = None,
          **options: Any) -> CorpusBuildResult:
    """Build the graph from article files or folders into ``settings.out_dir`` (what ``kg build`` runs).

    With no inputs it builds the bundled sample article and its curated facts.
    ``options`` are ``scheduler``, ``progress`` and ``force`` (see :func:`kg.pipeline.run.build`).

    >>> import tempfile, kg
    >>> result = kg.build(settings=kg.Settings(out_dir=tempfile.mkdtemp()))
    >>> result.articles, result.conforms, result.counts["facts"]["sanctionsLiftedOn"]
    (1, True, 2)
    """
    from kg.pipeline.run import build as run_build

    return run_build(inputs, settings=settings, **options)


def extract(source: str | Path, *, settings: Settings | None = None) -> Extraction:
    """Read the entities, events and facts of one article: a file path, or the article's text.

    >>> import kg
    >>> ex = kg.extract("Talks\\n\\nMay 2, 2025\\n\\nWashington lifted sanctions on Belavia.")
    >>> [(f.subject.label, f.predicate, f.object.label) for f in ex.facts]
    [('United States', 'sanctionsLiftedOn', 'Belavia')]
    """
    from kg.config import Settings
    from kg.extraction import extract as run_extract
    from kg.ingest.reader import article_from_text, read_article

    settings = settings or Settings()
    if isinstance(source, Path) or ("\n" not in source and len(source) < 4096 and Path(source).is_file()):
        article = read_article(Path(source), max_bytes=settings.max_bytes)
    else:
        article = article_from_text(source, source="text")
    return run_extract(article, settings=settings, extra=settings.extra)


def query(text: str, out: str | Path = "out", *, store: str | Path | None = None,
          bindings: dict[str, str] | None = None, union_default_graph: bool = False) -> QueryResult:
    """Run a SPARQL query over a build (``out``) or an on-disk store, as ``kg query`` does; kg's prefixes need no declaring.

    >>> import tempfile, kg
    >>> out = kg.build(settings=kg.Settings(out_dir=tempfile.mkdtemp())).out_dir
    >>> kg.query("ASK { GRAPH ?g { country:BY a kgo:Country } }", out).boolean
    True
    """
    from kg.store.query import execute

    return execute(text, out_dir=out, store_dir=store, bindings=bindings, union_default_graph=union_default_graph)


def __getattr__(name: str) -> Any:
    if name == "Settings":
        from kg.config import Settings

        return Settings
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
