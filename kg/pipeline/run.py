"""Runs the stages in order: ingest -> extract -> assemble -> validate -> write, over a whole corpus.

The per-article stage (:mod:`kg.pipeline.corpus`) runs on every core, or on a Dask
cluster, and streams: each article's named graph is stored in the build
manifest (:mod:`kg.pipeline.manifest`) as soon as it is done, so memory does not grow
with the corpus. A build is incremental: a file whose bytes, name, settings,
kg code and curated facts are unchanged is not read again, and a changed one
replaces its named graph. The outputs are then written from the manifest, all
to a staging folder first and moved into place together at the end, so an
interrupted build leaves the previous outputs as they were and running it
again picks up where it stopped.

Curated facts win over extracted ones article by article: an extracted fact
that contradicts a curated fact about the same article is left out of that
article's graph and reported in ``disagreements.json``.

>>> from kg.config import sample_articles
>>> import tempfile
>>> result = build(sample_articles(), settings=Settings(out_dir=tempfile.mkdtemp()))
>>> result.conforms, result.articles, result.processed, result.reused
(True, 1, 1, 0)
>>> build(sample_articles(), settings=Settings(out_dir=result.out_dir)).reused
1
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.namespace import PROV, RDF

from kg.graph.assemble import curated_facts, enrich_identifiers, link_quotes, load_curated, load_ontology
from kg.views.bulkio import trig_body, trig_header
from kg.config import Settings, sample_articles
from kg.pipeline.corpus import (
    ENTITY_CLASSES,
    EVENT_CLASSES,
    Context,
    Result,
    Runner,
    Task,
    default_workers,
    graph_index,
    graph_to_nquads,
    settings_fingerprint,
)
from kg.errors import InputError
from kg.pipeline.folder import BUILD_FILE
from kg.extraction import extract
from kg.ingest.reader import iter_input_files, read_article, read_corpus
from kg.pipeline.manifest import Manifest
from kg.model import BuildResult, Extraction
from kg.namespaces import CORE_PREDICATES, KGO, article_iri, graph_iri, short_hash
from kg.graph import validate as shacl

OUTPUTS = {
    "graph": BUILD_FILE,  # N-Quads: the build that other commands read
    "trig": "graph.trig",  # the same, for people
    "facts": "facts.jsonl",  # extracted facts, one JSON object per line
    "validation": "validation.txt",
    "disagreements": "disagreements.json",
    "summary": "summary.json",
}
WORK_DIR = ".kg-build"  # inside OUT: the manifest (a cache) and the staging folder


@dataclass
class CorpusBuildResult(BuildResult):
    """A :class:`BuildResult` that also says how much work the build did."""

    processed: int = 0  # files read and extracted by this build
    reused: int = 0  # files unchanged since the last build, taken from the manifest


def extract_all(paths: Iterable[str | Path], *, settings: Settings) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Ingest and extract every article in memory; bad files are skipped and reported."""
    articles, skipped = read_corpus(paths, max_bytes=settings.max_bytes)
    return [extract(a, settings=settings) for a in articles], skipped


def count_by_type(ds: Dataset) -> dict[str, dict[str, int]]:
    """Entities, events and facts by type in a dataset (distinct over all graphs)."""
    typed: dict[str, set[str]] = {}
    for s, _, o, _ in ds.quads((None, RDF.type, None, None)):
        if str(o).startswith(str(KGO)):
            typed.setdefault(str(o)[len(str(KGO)):], set()).add(str(s))
    facts = Counter()
    for p in CORE_PREDICATES:
        facts[p] = len({(s, o) for s, _, o, _ in ds.quads((None, KGO[p], None, None))})
    return _counts(typed, facts)


def _counts(typed: dict[str, set[str]], facts: Counter) -> dict[str, dict[str, int]]:
    return {
        "entities": {k: len(v) for k, v in sorted(typed.items()) if k in ENTITY_CLASSES},
        "events": {k: len(v) for k, v in sorted(typed.items()) if k in EVENT_CLASSES},
        "facts": {p: facts[p] for p in CORE_PREDICATES if facts[p]},
    }


class _Tally:
    """Merges the per-article indexes of :func:`kg.pipeline.corpus.graph_index` into summary counts."""

    def __init__(self) -> None:
        self.typed: dict[str, set[str]] = {}
        self.facts: dict[str, set[tuple[str, str]]] = {}

    def add(self, index: dict[str, dict[str, list]]) -> None:
        for cls, nodes in index.get("types", {}).items():
            self.typed.setdefault(cls, set()).update(nodes)
        for p, pairs in index.get("facts", {}).items():
            self.facts.setdefault(p, set()).update(map(tuple, pairs))

    def counts(self) -> dict[str, dict[str, int]]:
        return _counts(self.typed, Counter({p: len(v) for p, v in self.facts.items()}))


def build(inputs: Sequence[str | Path] | None = None, *, settings: Settings | None = None,
          curated: Sequence[Path] | None = None, validate: bool = True, workers: int | None = None,
          scheduler: Any = None, progress: bool | Callable[[int, int], None] = False,
          force: bool = False) -> CorpusBuildResult:
    """Build the graph from ``inputs`` (default: the bundled sample plus the curated facts) into ``settings.out_dir``.

    ``workers`` processes share the per-article stage (default: every core; 1
    runs it in this process); ``scheduler`` runs it on a Dask cluster instead
    (an address like ``tcp://host:8786``, or a ``distributed.Client``).
    ``progress`` shows a progress bar on stderr (or, if it is a function, is
    called with ``(done, total)`` as each file is done); ``force`` ignores
    the manifest and processes every file again.

    Files that cannot be read are skipped and reported in ``result.skipped``;
    a missing input or a bad curated file raises :class:`InputError` before
    anything is written.
    """
    settings = settings or Settings()
    if inputs is None or len(inputs) == 0:
        inputs = sample_articles()
        curated = settings.curated if curated is None else curated
    paths = list(iter_input_files(inputs))
    ontology = load_ontology(settings.ontology)
    curated_graphs = [(Path(p), load_curated(Path(p), settings=settings)) for p in curated or []]
    plan = _Plan.make(settings, [g for _, g in curated_graphs])
    if validate:  # validation hook: workers validate each article as they build it
        try:
            plan.context.shapes = shacl.compile_shapes(Path(settings.shapes), Path(settings.ontology))
        except shacl.Unsupported:
            plan.context.shapes = None  # shapes beyond the compiled checks: pySHACL on the whole graph below

    out = Path(settings.out_dir)
    work = out / WORK_DIR
    result = CorpusBuildResult(out_dir=str(out))
    with _exclusive(work), Manifest(work / "manifest.sqlite", fingerprint=plan.fingerprint) as manifest:
        n_workers = 1 if len(paths) <= 1 and scheduler is None else (workers or default_workers())
        with Runner(plan.context, workers=n_workers, scheduler=scheduler) as runner, \
                _progress_bar(len(paths), enabled=progress) as bar:
            for res in runner.map(_changed(paths, manifest, plan, result, bar, force=force)):
                manifest.put(res, key=plan.key(res.content_hash, res.name, res.doc_id))
                result.processed += 1
                bar.update(1)
        manifest.keep_only(str(p.resolve()) for p in paths)
        try:
            _write_outputs(result, manifest, plan, ontology=ontology, curated=curated_graphs, validate=validate,
                           staging=work / "staging", shown={str(p.resolve()): str(p) for p in paths})
        finally:
            shutil.rmtree(work / "staging", ignore_errors=True)
    return result


@dataclass
class _Plan:
    """What decides whether a stored result is still good: the build fingerprint and the curated facts."""

    settings: Settings
    context: Context
    fingerprint: str
    curated_rows: dict[str, str]  # article IRI -> digest of the curated facts about it

    @classmethod
    def make(cls, settings: Settings, curated: list[Graph]) -> _Plan:
        union = Graph()
        for graph in curated:
            union += graph
        referenced = frozenset(str(o) for o in union.objects(None, PROV.wasDerivedFrom))
        by_article: dict[str, list] = {}
        for row in curated_facts(union):
            for art in row["articles"]:
                by_article.setdefault(art, []).append((row["subject"], row["predicate"], row["object"]))
        digests = {art: short_hash(art, json.dumps(sorted(by_article.get(art, [])))) for art in referenced}
        context = Context(settings=settings, referenced=referenced,
                          curated_nt=union.serialize(format="nt", encoding="utf-8") if referenced else b"")
        return cls(settings=settings, context=context, curated_rows=digests,
                   fingerprint=short_hash(context.code, settings_fingerprint(settings), length=32))

    def key(self, content_hash: str, name: str, doc_id: str | None) -> str:
        """The key a stored result must have to be reused."""
        cur = self.curated_rows.get(str(article_iri(doc_id, base=self.settings.base_iri)), "") if doc_id else ""
        return short_hash(content_hash, name, cur, length=32)


def _changed(paths: list[Path], manifest: Manifest, plan: _Plan, result: CorpusBuildResult, bar,
             *, force: bool) -> Iterator[Task]:
    """The tasks for the files that changed; unchanged ones are counted and passed over."""
    max_bytes = plan.settings.max_bytes
    for path in paths:
        source = str(path.resolve())
        try:
            if path.stat().st_size > max_bytes:  # refused without reading it, as read_article does
                read_article(path, max_bytes=max_bytes)
            data = path.read_bytes()
        except (OSError, InputError) as exc:
            error = exc.message if isinstance(exc, InputError) else f"cannot read: {exc.strerror or exc}"
            manifest.put(Result(source=source, name=path.name, content_hash="", error=error), key="")
            bar.update(1)
            continue
        content_hash = hashlib.sha256(data).hexdigest()
        row = manifest.lookup(source)
        if not force and row is not None and row[0] == content_hash and row[1] == plan.key(content_hash, path.name,
                                                                                          row[2]):
            result.reused += 1
            bar.update(1)
            continue
        yield Task(source=source, name=path.name, data=data, content_hash=content_hash)


def _write_outputs(result: CorpusBuildResult, manifest: Manifest, plan: _Plan, *, ontology: Graph,
                   curated: list[tuple[Path, Graph]], validate: bool, staging: Path, shown: dict[str, str]) -> None:
    """Write every output from the manifest into ``staging``, then move them all into the build folder."""
    settings = plan.settings
    out = Path(settings.out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    tally = _Tally()
    head = graph_to_nquads(ontology, graph_iri("ontology", base=settings.base_iri))
    tally.add(graph_index(ontology))
    if curated:
        extractions = [Extraction(article=a) for a in manifest.articles()]
        curated_all = Graph()
        for path, graph in curated:
            link_quotes(graph, extractions, settings=settings, source=str(path))
            curated_all += graph
        enrich_identifiers(curated_all)
        head += graph_to_nquads(curated_all, graph_iri("curated", base=settings.base_iri))
        tally.add(graph_index(curated_all))

    disagreements: list[dict[str, Any]] = []
    quads = head.count(b"\n")
    duplicates = manifest.duplicate_docs()
    shared: dict[str, dict[bytes, None]] = {}  # the same text under two names: one named graph, the union
    base = settings.base_iri
    with open(staging / OUTPUTS["graph"], "wb") as nq, open(staging / OUTPUTS["trig"], "wb") as trig, \
            open(staging / OUTPUTS["facts"], "wb") as facts:
        nq.write(head)
        trig.write(trig_header(base) + trig_body(head, base=base))
        for doc_id, nquads, trig_blocks, n, fact_lines, rows, index in manifest.rows(
                "doc_id", "nquads", "trig", "quads", "facts", "disagreements", "idx"):
            if doc_id in duplicates:
                shared.setdefault(doc_id, {}).update(dict.fromkeys(nquads.splitlines(keepends=True)))
            else:
                nq.write(nquads)
                trig.write(trig_blocks)
                quads += n
            facts.write(fact_lines)
            disagreements.extend(json.loads(rows))
            tally.add(json.loads(index))
        for lines in shared.values():
            union = b"".join(sorted(lines))
            nq.write(union)
            trig.write(trig_body(union, base=base))
            quads += len(lines)

    result.articles = manifest.count()
    result.skipped = [(shown.get(source, source), why) for source, why in manifest.skipped()]
    result.disagreements = disagreements
    result.triples = quads
    result.counts = tally.counts()
    if validate and plan.context.shapes is not None:  # validation hook: article reports + the check across graphs
        report = shacl.validate_manifest(manifest, head, plan.context.shapes, quads=quads)
        result.conforms = report.conforms
        text = report.summary() + "\n\n" + report.text
    elif validate:
        ds = Dataset()
        ds.parse(staging / OUTPUTS["graph"], format="nquads")
        report = shacl.validate_graph(ds, shapes=settings.shapes, ontology=settings.ontology)
        result.conforms = report.conforms
        text = report.summary() + "\n\n" + report.text
    else:
        text = "Not validated: the build ran with --no-validate. Run `kg validate` to check it.\n"
    (staging / OUTPUTS["validation"]).write_text(text, encoding="utf-8")
    (staging / OUTPUTS["disagreements"]).write_text(json.dumps(disagreements, indent=2, ensure_ascii=False),
                                                    encoding="utf-8")
    summary = {"articles": result.articles, "quads": result.triples, "conforms": result.conforms,
               "skipped": [{"file": f, "reason": r} for f, r in result.skipped],
               "disagreements": Counter(d["kind"] for d in disagreements), **result.counts,
               "build": {"processed": result.processed, "unchanged": result.reused}}
    (staging / OUTPUTS["summary"]).write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")

    for role, name in OUTPUTS.items():  # every output is ready: move them in, one rename each
        os.replace(staging / name, out / name)
        result.files[role] = str(out / name)
    # validation hook: what `kg validate` needs to reuse the article reports for this very graph file
    manifest.set_meta(shacl.MANIFEST_META, json.dumps({"digest": shacl.file_digest(out / OUTPUTS["graph"]),
                                                       "others": head.decode("utf-8"), "quads": quads}))


@contextmanager
def _progress_bar(total: int, *, enabled: bool | Callable[[int, int], None]):
    """A tqdm bar on stderr, a stand-in that calls ``enabled(done, total)``, or one that does nothing."""
    if callable(enabled):
        yield _CallbackBar(enabled, total)
        return
    if not enabled:
        yield _NoBar()
        return
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked after the bar starts

    with Bar(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, desc="kg build") as bar:
        yield bar


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass


class _CallbackBar:
    def __init__(self, callback: Callable[[int, int], None], total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def update(self, n: int = 1) -> None:
        self.done += n
        self.callback(self.done, self.total)


@contextmanager
def _exclusive(work: Path):
    """Hold a lock on the build folder for the whole build; a second build into it fails at once."""
    work.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(work / "lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise InputError("another kg build is writing to this folder", where=str(work.parent)) from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
