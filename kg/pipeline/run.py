"""``kg build``: runs the stages in order over a corpus: ingest -> extract -> assemble -> write -> validate.

The walk goes down the layers: :func:`build` takes the build folder's lock
(:mod:`kg.pipeline.folder`), opens the manifest (:mod:`kg.pipeline.manifest`),
runs the per-article stage (:mod:`kg.pipeline.corpus`: ingest, extract,
assemble) on every core or a Dask cluster, writes the outputs from the
manifest into a new version of the build folder, validates it, and switches
the folder to it. Validation is incremental: each article's graph is checked
where it is built and its report kept in the manifest; at the end only what
spans graphs is checked, by a :class:`kg.graph.validate.Spanning` that the
previous build saved beside the manifest and that this one brings up to date
with the articles that changed (in a process of its own, fed the articles in
batches as they come back from the workers).

It streams: each article's result is stored in the manifest as soon as it is
done, so memory does not grow with the corpus. A build is incremental: a file
whose bytes, name, settings, kg code and curated facts are unchanged is not
read again, and a changed one replaces its named graph. An interrupted build
leaves the previous outputs as they were, and running it again picks up where
it stopped.

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

import functools
import hashlib
import json
import os
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.config import CURATED_FILE, Settings, sample_articles
from kg.errors import InputError, KgError
from kg.graph.assemble import (
    Counts,
    Curated,
    assemble_shared,
    load_ontology,
    trig_body,
    trig_header,
)
from kg.graph import validate as shacl
from kg.graph.validate import Report, validate_build
from kg.ingest.reader import input_files, read_article
from kg.model import BuildResult, Extraction
from kg.namespaces import short_hash
from kg.pipeline import folder
from kg.pipeline.corpus import Context, Result, Runner, Task, default_workers, die_with_parent, stop_workers
from kg.pipeline.manifest import Manifest, count_index_lines, index_lines

OUTPUTS = folder.OUTPUTS
WORK_DIR = folder.WORK_DIR


@dataclass
class CorpusBuildResult(BuildResult):
    """A :class:`BuildResult` that also says how much work the build did."""

    processed: int = 0  # files read and extracted by this build
    reused: int = 0  # files unchanged since the last build, taken from the manifest


def build(inputs: Sequence[str | Path] | None = None, *, settings: Settings | None = None, scheduler: Any = None,
          progress: bool | Callable[[int, int], None] = False, force: bool = False) -> CorpusBuildResult:
    """Build the graph from ``inputs`` into ``settings.out_dir`` (default: the bundled sample and its curated facts).

    Everything that decides the result is in ``settings`` (rules, gazetteers,
    curated files, ontology, shapes, base IRI, workers, validation, limits).
    ``scheduler`` runs the per-article stage on a Dask cluster (an address
    like ``tcp://host:8786``, or a ``distributed.Client``); ``progress`` shows
    a bar on stderr (or, if it is a function, is called with ``(done, total)``
    as each file is done); ``force`` processes every file again.

    Files that cannot be read are skipped and reported in ``result.skipped``;
    a missing input, a curated or shapes file that does not parse raises
    :class:`InputError` before anything is written. A curated quote that no
    article holds is found after the articles are read; it raises
    :class:`InputError` too, and the previous outputs stay as they were.
    """
    settings = settings or Settings()
    if not inputs:
        inputs = sample_articles()
        curated_paths = settings.curated if settings.curated is not None else (CURATED_FILE,)
    else:
        curated_paths = settings.curated or ()
    sources = input_files(inputs)  # each file and the manifest's key of it
    paths = list(sources)
    ontology = load_ontology(settings.ontology)
    curated = Curated.load(curated_paths, settings=settings)
    plan = _Plan.make(settings, curated)
    if settings.validate:  # each article is validated where it is built (in the workers, or on Dask)
        try:
            # a bad shapes file is refused here, before any article is read, naming it and the line
            plan.context.shapes = shacl.compile_shapes(Path(settings.shapes), Path(settings.ontology))
        except shacl.Unsupported:  # shapes beyond the compiled checks: pySHACL on the whole graph below
            plan.context.shapes = None

    out = settings.out_dir
    result = CorpusBuildResult(out_dir=str(out))
    with folder.exclusive(out) as work, Manifest(work / "manifest.sqlite", fingerprint=plan.fingerprint) as manifest:
        # the rows change from here on: until this build publishes, no record may say they describe graph.nq
        manifest.delete_meta(shacl.MANIFEST_META)
        n_workers = 1 if len(paths) <= 1 and scheduler is None else (settings.workers or default_workers())
        shapes = plan.context.shapes if settings.validate else None
        with _Across(manifest, shapes) as across_graphs:
            across_graphs.open()  # its process forks now, before the pool's or the Dask client's threads exist
            with Runner(plan.context, workers=n_workers, scheduler=scheduler) as runner, \
                    _progress_bar(len(paths), enabled=progress) as bar:
                for res in runner.map(_changed(paths, sources, manifest, plan, result, bar, force=force,
                                               scanned=across_graphs.begin)):
                    manifest.put(res, key=plan.key(res.content_hash, res.name, res.doc_id))
                    across_graphs.stored(res.source)  # the check takes the articles in as they come
                    result.processed += 1
                    bar.update(1)
            manifest.keep_only(sources.values())
            shared = assemble_shared(ontology, curated, [Extraction(article=a) for a in manifest.articles()],
                                     settings=settings)
            others = shared[0]  # the graphs that are not articles' (the ontology, the curated facts)
            previous = _previous_outputs(manifest, Path(out))
            across = across_graphs.finish(sources.values(), others)
            with folder.new_version(work) as staging:
                shown = {sources[p]: str(p) for p in paths}
                places = write_outputs(result, manifest, staging, settings=settings, shared=shared, shown=shown,
                                       previous=previous)
                graph = staging / OUTPUTS["graph"]
                if across is not None:  # the check across graphs, run beside the writing above
                    report = across.result()
                    report.triples = result.triples
                elif shapes is not None:
                    # the article reports from the manifest (articles without one for these shapes are
                    # validated now), and the check of what spans graphs, once, on the shared subjects only
                    report = shacl.validate_manifest(manifest, others, shapes, quads=result.triples)
                elif settings.validate:
                    report = validate_build(graph, settings=settings)
                if settings.validate:
                    result.conforms = report.conforms
                    text = report.summary() + "\n\n" + report.text
                else:
                    text = "Not validated: the build ran with --no-validate. Run `kg validate` to check it.\n"
                (staging / OUTPUTS["validation"]).write_text(text, encoding="utf-8")
                _write_summary(result, staging)
                # what `kg validate` needs to reuse the article reports for this very graph file
                manifest.set_meta(shacl.MANIFEST_META, shacl.build_record(graph, others, result.triples))
                result.files = folder.publish(staging, out)
            # where each article's bytes now are, for the next build to copy them (a kill before this: a full write)
            manifest.set_layout(places, _layout_record(Path(out)))
    return result


def validate(out: str | Path, *, settings: Settings | None = None) -> Report:
    """``kg validate``: the current build in ``out``, with its manifest's article reports when they describe it.

    Raises :class:`~kg.errors.NotBuiltError` when there is no build.
    """
    graph = folder.require_build(out)
    manifest_file = Path(out) / WORK_DIR / "manifest.sqlite"
    if manifest_file.is_file():
        try:
            with Manifest(manifest_file, readonly=True) as manifest:
                return validate_build(graph, settings=settings, manifest=manifest)
        except sqlite3.DatabaseError:  # a damaged or foreign cache is never trusted: the file in one go
            pass
    return validate_build(graph, settings=settings)


@dataclass
class _Plan:
    """What decides whether a stored result is still good: the build fingerprint and the curated facts."""

    settings: Settings
    context: Context
    fingerprint: str
    curated_rows: dict[str, str]  # document ID -> digest of the curated facts about the article

    @classmethod
    def make(cls, settings: Settings, curated: Curated) -> _Plan:
        context = Context(settings=settings, referenced=curated.referenced, curated_nt=curated.to_ntriples())
        return cls(settings=settings, context=context, curated_rows=curated.digests(settings=settings),
                   fingerprint=short_hash(context.code, settings.fingerprint(per_article=True), length=32))

    def key(self, content_hash: str, name: str, doc_id: str | None) -> str:
        """The key a stored result must have to be reused."""
        return short_hash(content_hash, name, self.curated_rows.get(doc_id, "") if doc_id else "", length=32)


def _changed(paths: list[Path], sources: dict[Path, str], manifest: Manifest, plan: _Plan, result: CorpusBuildResult,
             bar, *, force: bool, scanned: Callable[[set[str], int], None] | None = None) -> Iterator[Task]:
    """The tasks for the files that changed; unchanged ones are counted and passed over.

    ``scanned(unchanged, changed)`` is called once every file has been looked at, with the sources
    of the unchanged files and the number of the others.
    """
    max_bytes = plan.settings.max_bytes
    unchanged: set[str] = set()
    for path in paths:
        source = sources[path]
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
            unchanged.add(source)
            bar.update(1)
            continue
        yield Task(source=source, name=path.name, data=data, content_hash=content_hash)
    if scanned is not None:
        scanned(unchanged, len(paths) - len(unchanged))


class _Across:
    """The check across graphs in a process of its own, beside the articles being made.

    The process is forked before the build starts its pool (:meth:`open`). As the articles come
    back, their rows are fed to it in batches (:meth:`stored`), so that it takes them in while the
    workers make the rest, instead of reading every row after the last one (when the check starts
    empty: a first build, or no usable state kept; see :func:`_across_sync`). When few files changed,
    the unchanged articles are fed first instead (:meth:`begin`), as soon as the files have been
    looked at. :meth:`finish` then brings the check up to date with the whole manifest (what was fed
    is not read again) and returns the report's future, which runs beside the writing of the outputs.
    Only when every article's report is current (the check then only reads the manifest);
    otherwise (and off Linux) :meth:`finish` returns None and the caller runs the check itself,
    where stale reports are made and stored. Use as a context manager: the process goes with it.
    """

    FEED = 250  # articles per batch fed while the build runs

    def __init__(self, manifest: Manifest, shapes) -> None:
        self.manifest, self.shapes = manifest, shapes
        self.pool: ProcessPoolExecutor | None = None
        self.early: set[str] | None = None  # the sources fed by begin()
        self._batch: list[str] = []  # stored since the last feed
        self.fed = 0  # articles fed while the build ran

    def __enter__(self) -> _Across:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            pool, self.pool = self.pool, None
            if exc[0] is None:  # a build that went well waits for the check's state to be saved
                pool.shutdown(wait=True)
            else:  # stopped: the check only reads (its state is written whole or not at all), so stop it now
                stop_workers(pool)

    def _possible(self) -> bool:
        return self.shapes is not None and sys.platform.startswith("linux")

    def _usable(self) -> bool:
        return self._possible() and not self.manifest.stale_reports(self.shapes.digest)

    def open(self) -> None:
        """Start the check's process now, while this one has no other threads to fork with: it loads
        what the check needs (and the state the last build kept) while the articles are made."""
        if self._possible() and self.pool is None:
            import multiprocessing

            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_init_across, initargs=(os.getpid(),))
            self.pool.submit(_across_load, self.manifest.path, self.shapes)  # the process starts with it

    def _submit(self, fn, *args) -> Future:
        self.manifest.commit()  # the other process reads the manifest through a connection of its own
        return self.pool.submit(fn, *args)  # one process: the tasks run in order

    def begin(self, unchanged: set[str], changed: int) -> None:
        """Feed the unchanged articles now, when they are most of the build (10 or more for each changed file)."""
        if self.pool is None or self.early is not None or self.fed:
            return
        if unchanged and len(unchanged) >= 10 * changed and self._usable():
            self.early = set(unchanged)
            self._submit(_across_sync, self.early, True)

    def stored(self, source: str) -> None:
        """One more article's row is in the manifest: fed to the check with the next batch."""
        if self.pool is None or self.early is not None:
            return
        self._batch.append(source)
        if len(self._batch) >= self.FEED:
            self.fed += len(self._batch)
            self._submit(functools.partial(_across_sync, set(self._batch), False, streamed=True))
            self._batch = []

    def finish(self, sources: Iterable[str], others: bytes) -> Future | None:
        """The future report on every article of ``sources`` (None: run the check here)."""
        if self.pool is None or not self._usable():
            return None
        if self.early is None:  # the whole manifest: what was fed matches its rows, the rest is read now
            self._submit(_across_sync, None, True)
            rest = None
        else:
            self.manifest.commit()
            rest = set(sources) - self.early
        report = self._submit(_across_finish, others, rest)
        self.pool.submit(_across_save)  # after the report, beside the writing of the outputs
        return report


def _init_across(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build handles Ctrl-C
    die_with_parent(parent)
    import numpy  # noqa: F401  the check's arrays; loaded here, beside the articles being made


_ACROSS: tuple[Manifest, Any] | None = None  # in the process of the check: its manifest and the check so far
_ACROSS_FAILED: BaseException | None = None  # ... or why a step failed: the report raises it, nothing is saved
SPANNING_STATE = "spanning.marshal"  # beside the manifest: the check across graphs as the last build left it


def _load_spanning(work: Path, shapes) -> shacl.Spanning:
    """The check across graphs the last build saved (an empty one when there is none, or it is unreadable)."""
    try:
        blob = (work / SPANNING_STATE).read_bytes()
    except OSError:
        return shacl.Spanning(shapes)
    return shacl.Spanning.loads(blob, shapes)


def _across_step(step: Callable[[], None]) -> None:
    """Run one step of the check; the first that fails stops the others, and the report raises its error
    (the steps fed while the build runs are not waited for one by one)."""
    global _ACROSS_FAILED
    if _ACROSS_FAILED is None:
        try:
            step()
        except BaseException as exc:  # noqa: BLE001 - raised again by _across_finish, in the build
            _ACROSS_FAILED = exc


def _across_load(path: Path, shapes) -> None:
    def load() -> None:
        global _ACROSS, _ACROSS_STREAMS
        _ACROSS = (Manifest(path, readonly=True), _load_spanning(path.parent, shapes))
        _ACROSS_STREAMS = not _ACROSS[1].arts

    _across_step(load)


_ACROSS_STREAMS = False  # whether the batches fed while the build runs are taken in (see _across_sync)


def _across_sync(only: set[str] | None, drop: bool, *, streamed: bool = False) -> None:
    """Bring the check to the manifest's rows of ``only`` (all with None); with ``drop``, every other article
    held goes (what changed since the last build, or is gone).

    A ``streamed`` batch (fed while the build runs) is taken in only when the check started empty: then
    every article it holds came from this build, and its row stays what it was. Articles kept from
    the last build may have rows that this build is replacing (a file that changed, not stored yet):
    their lines are not read until :meth:`_Across.finish` has brought the check to the whole manifest.
    """
    if streamed and not _ACROSS_STREAMS:
        return

    def sync() -> None:
        manifest, check = _ACROSS
        shacl.sync_with_manifest(check, manifest, only=only, drop=drop)
        check.take_in()

    _across_step(sync)


def _across_finish(others: bytes, rest: set[str] | None) -> Report:
    if _ACROSS_FAILED is not None:
        raise _ACROSS_FAILED
    manifest, check = _ACROSS
    if rest:
        shacl.sync_with_manifest(check, manifest, only=rest, drop=False)
    return check.finish(others)


def _across_save() -> None:
    """Keep the check for the next build (a build killed before this only costs the next one time)."""
    if _ACROSS_FAILED is not None:
        return
    manifest, check = _ACROSS
    folder.atomic_write(manifest.path.parent / SPANNING_STATE, lambda fh: fh.write(check.dumps()))


def write_outputs(result: CorpusBuildResult, manifest: Manifest, staging: Path, *, settings: Settings,
                  shared: tuple[bytes, dict], shown: dict[str, str], previous: dict[str, Path] | None = None) -> list:
    """Write the graph (N-Quads and TriG), the facts and the disagreements from the manifest into ``staging``.

    ``shared`` is what :func:`kg.graph.assemble.assemble_shared` made: the graphs that are not
    articles' (N-Quads) and their index. ``previous`` holds the current version's graph, TriG and
    facts files when the manifest's layout describes them (see :func:`_previous_outputs`): the bytes of
    an unchanged article are then copied from there by the kernel (``copy_file_range``), runs of
    neighbours in one call, and only the changed articles are read from the manifest. The files come
    out byte for byte as a full write makes them. Returns the new layout rows.
    """
    head, index = shared
    counted = set(index_lines(index).split(b"\n"))  # distinct over all graphs: see count_index_lines
    disagreements: list[dict[str, Any]] = []
    quads = head.count(b"\n")
    duplicates = manifest.duplicate_docs()
    unions: dict[str, dict[bytes, None]] = {}  # the same text under two names: one named graph, the union
    base = settings.base_iri
    places: list[tuple] = []
    old = previous or {}
    with _Output(staging / OUTPUTS["graph"], old.get("graph")) as nq, \
            _Output(staging / OUTPUTS["trig"], old.get("trig")) as trig, \
            _Output(staging / OUTPUTS["facts"], old.get("facts")) as facts:
        nq.write(head)
        trig.write(trig_header(base) + trig_body(head, base=base))
        for source, doc_id, n, fact_lines, rows, idx, place, nquads, trig_blocks in manifest.placed():
            if doc_id in duplicates:
                if nquads is None:
                    nquads = manifest.nquads(source)
                unions.setdefault(doc_id, {}).update(dict.fromkeys(nquads.splitlines(keepends=True)))
                if place:
                    facts.copy(*place[4:6])
                else:
                    facts.write(fact_lines)
            elif place:
                places.append((source, nq.copy(*place[0:2]), nq.pos, trig.copy(*place[2:4]), trig.pos,
                               facts.copy(*place[4:6]), facts.pos))
                quads += n
            else:
                places.append((source, nq.write(nquads), nq.pos, trig.write(trig_blocks), trig.pos,
                               facts.write(fact_lines), facts.pos))
                quads += n
            if rows != "[]":
                disagreements.extend(json.loads(rows))
            counted.update(idx.split(b"\n"))
        for lines in unions.values():
            union = b"".join(sorted(lines))
            nq.write(union)
            trig.write(trig_body(union, base=base))
            quads += len(lines)
    (staging / OUTPUTS["disagreements"]).write_text(json.dumps(disagreements, indent=2, ensure_ascii=False),
                                                    encoding="utf-8")
    result.articles = manifest.count()
    result.skipped = [(shown.get(source, source), why) for source, why in manifest.skipped()]
    result.disagreements = disagreements
    result.triples = quads
    result.counts = count_index_lines(counted, Counts(settings.ontology))
    return places


_LAYOUT_ROLES = ("graph", "trig", "facts")


def _layout_record(out: Path) -> str:
    """The manifest's record of the version its layout describes: its name and its files as they were written."""
    current = folder.current_dir(out)
    return json.dumps({"version": current.name,
                       "files": {role: shacl.file_digest(current / OUTPUTS[role]) for role in _LAYOUT_ROLES}})


def _previous_outputs(manifest: Manifest, out: Path) -> dict[str, Path] | None:
    """The current version's files that the manifest's layout describes, unchanged since they were written; else None.

    When there are none (no build yet, a build that stopped before recording its layout, a file
    edited since), the layout is cleared and every article is written from the manifest.
    """
    try:
        record = json.loads(manifest.meta("layout") or "null")
        current = folder.current_dir(out)
        if record and current.name == record["version"]:
            files = {role: current / OUTPUTS[role] for role in _LAYOUT_ROLES}
            if all(shacl.file_digest(files[role]) == record["files"][role] for role in _LAYOUT_ROLES):
                return files
    except (OSError, ValueError, KeyError, TypeError):
        pass
    manifest.set_layout([], "null")
    return None


class _Output:
    """An output file written from bytes and from ranges of the previous version's file; ``pos`` is where it is.

    The writing is done by a thread of its own, in order (``os.write`` and ``copy_file_range`` let go
    of the interpreter's lock), so that the build reads the manifest and counts while the kernel copies.
    """

    COPY_CHUNK = 64 << 20

    def __init__(self, path: Path, old: Path | None) -> None:
        import queue
        import threading

        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o666)
        self.old = os.open(old, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)) if old else None
        self.pos = 0
        self._pending: list[int] | None = None  # a range of the old file, still to copy
        self._jobs: queue.Queue = queue.Queue(maxsize=64)  # bounded: the reading waits for a slow disk
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name=f"write {path.name}", daemon=True)
        self._thread.start()

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self._flush()
        finally:
            self._jobs.put(None)
            self._thread.join()
            os.close(self.fd)
            if self.old is not None:
                os.close(self.old)
        if exc[0] is None and self._error is not None:
            raise self._error

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if self._error is not None:
                continue  # the first error stands; the rest is drained
            try:
                if isinstance(job, tuple):
                    self._copy_now(*job)
                else:
                    self.write_raw(job)
            except BaseException as exc:  # noqa: BLE001 - handed to the build's thread at the end
                self._error = exc

    def _put(self, job) -> None:
        if self._error is not None:
            raise self._error
        self._jobs.put(job)

    def write(self, data: bytes) -> int:
        """Append ``data``; returns where it starts."""
        self._flush()
        at = self.pos
        if data:
            self._put(data)
        self.pos += len(data)
        return at

    def copy(self, start: int, end: int) -> int:
        """Append the bytes ``start:end`` of the old file (joined to the range before when they follow it).

        A joined range goes to the writing thread once it holds ``COPY_CHUNK`` bytes, so that the kernel
        copies the unchanged articles while the build still reads the rest of the manifest (one article
        added to 10,000: else the whole file waited for the last row).
        """
        at = self.pos
        if self._pending is not None and self._pending[1] == start:
            self._pending[1] = end
        else:
            self._flush()
            self._pending = [start, end]
        self.pos += end - start
        if self._pending[1] - self._pending[0] >= self.COPY_CHUNK:
            self._flush()
        return at

    def _flush(self) -> None:
        if self._pending is None:
            return
        start, end = self._pending
        self._pending = None
        self._put((start, end))

    def _copy_now(self, start: int, end: int) -> None:
        while start < end:
            try:
                n = os.copy_file_range(self.old, self.fd, end - start, start)
            except (AttributeError, OSError):  # not Linux, or a file system that cannot: read and write
                n = 0
            if n == 0:
                data = os.pread(self.old, min(end - start, 1 << 24), start)
                if not data:
                    raise KgError("the previous build's outputs changed while this build read them")
                self.write_raw(data)
                n = len(data)
            start += n

    def write_raw(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]


def _write_summary(result: CorpusBuildResult, staging: Path) -> None:
    summary = {"articles": result.articles, "quads": result.triples, "conforms": result.conforms,
               "skipped": [{"file": f, "reason": r} for f, r in result.skipped],
               "disagreements": Counter(d["kind"] for d in result.disagreements), **result.counts,
               "build": {"processed": result.processed, "unchanged": result.reused}}
    (staging / OUTPUTS["summary"]).write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")


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

        def update(self, n: int = 1) -> bool | None:
            if self.n == 0:  # rate and ETA count from the first article, not from the start-up before it
                self.start_t = self.last_print_t = self._time()
            return super().update(n)

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
