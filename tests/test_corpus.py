"""Corpus builds: parallel == serial, incremental, interruption-safe, on Dask, bad files skipped."""

from __future__ import annotations

import fcntl
import json
import multiprocessing
import os
import pty
import re
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import RDF
from typer.testing import CliRunner

from assembly import assemble
from synthetic import synth
from kg.cli import app
from kg.config import CURATED_FILE, Settings, sample_articles
from kg.errors import InputError
from kg.extraction import extract
from kg.graph.assemble import count_nquads, load_curated
from kg.ingest.reader import read_article, read_corpus
from kg.namespaces import KGO
from kg.pipeline.folder import WORK_DIR, exclusive, read_build
from kg.pipeline.run import build

ROOT = Path(__file__).resolve().parents[1]






@pytest.fixture
def corpus(tmp_path) -> Path:
    """Five synthetic articles and the bundled sample, in one folder."""
    folder = tmp_path / "corpus"
    synth.write_corpus(folder, 5, seed=11, words=250)
    shutil.copy(sample_articles()[0], folder)
    return folder


def _quads(ds: Dataset) -> set[tuple[str, str, str, str]]:
    return {(str(s), str(p), str(o), str(getattr(g, "identifier", g))) for s, p, o, g in ds.quads()}


def _graph_names(out: Path) -> set[str]:
    return {line.rsplit(" ", 2)[-2] for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines()}


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _build(inputs, out: Path, *, workers: int | None = None, validate: bool = True, curated=(CURATED_FILE,),
           **kwargs):
    return build(inputs, settings=Settings(out_dir=out, workers=workers, validate=validate, curated=curated),
                 **kwargs)


def test_parallel_build_writes_the_same_bytes_as_a_serial_build(corpus, tmp_path):
    serial = _build([corpus], tmp_path / "serial", workers=1, validate=False)
    parallel = _build([corpus], tmp_path / "parallel", workers=2, validate=False)
    assert (serial.processed, parallel.processed, parallel.articles) == (6, 6, 6)
    for name in ("graph.nq", "graph.trig", "facts.jsonl", "disagreements.json"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "parallel" / name).read_bytes(), name
    assert serial.counts == parallel.counts and serial.triples == parallel.triples


def test_streaming_build_equals_assembling_everything_in_memory(corpus, tmp_path):
    settings = Settings(out_dir=tmp_path / "out", curated=[CURATED_FILE], workers=2)
    result = build([corpus], settings=settings)
    articles, skipped = read_corpus([corpus], max_bytes=settings.max_bytes)
    extractions = [extract(a, settings=settings) for a in articles]
    expected = assemble(extractions, settings=settings, curated=[CURATED_FILE])
    built = read_build(settings.out_dir)
    assert _quads(built) == _quads(expected)
    assert result.triples == len(_quads(built)) == len((settings.out_dir / "graph.nq").read_text().splitlines())
    assert result.counts == count_nquads((settings.out_dir / "graph.nq").read_bytes())
    assert result.conforms is True and skipped == [] and result.skipped == []
    trig = Dataset()
    trig.parse(settings.out_dir / "graph.trig", format="trig")
    assert _quads(trig) == _quads(built)


def test_unchanged_articles_are_skipped_and_a_changed_one_replaces_its_graph(corpus, tmp_path):
    out = tmp_path / "out"
    first = _build([corpus], out, workers=2, validate=False)
    before = _outputs(out)
    again = _build([corpus], out, workers=2, validate=False)
    assert (again.processed, again.reused) == (0, 6)
    assert _outputs(out) == {**before, "summary.json": _outputs(out)["summary.json"]}

    names_before = _graph_names(out)
    edited = corpus / "000002-synthetic.txt"
    old_graph = f"<{read_article(edited).doc_id}>"
    edited.write_text(edited.read_text(encoding="utf-8").replace("sanctions", "embargoes", 1), encoding="utf-8")
    new_doc = read_article(edited).doc_id
    third = _build([corpus], out, workers=2, validate=False)
    assert (third.processed, third.reused) == (1, 5)
    names = _graph_names(out)
    assert not any(n.endswith(old_graph.strip("<>") + ">") for n in names)
    assert any(n.endswith(f"/graph/article/{new_doc}>") for n in names)
    assert len(names) == len(names_before)
    assert third.articles == first.articles == 6

    (corpus / "000004-synthetic.txt").unlink()  # a file that is gone takes its graph with it
    fourth = _build([corpus], out, workers=1, validate=False)
    assert (fourth.processed, fourth.reused, fourth.articles) == (0, 5, 5)
    assert len(_graph_names(out)) == len(names) - 1


def test_a_rebuild_copies_the_unchanged_articles_and_writes_what_a_fresh_build_writes(corpus, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _build([corpus], out, workers=1)
    synth.write_corpus(tmp_path / "more", 7, seed=12, words=250)
    shutil.copy(tmp_path / "more" / "000006-synthetic.txt", corpus / "000002a-added.txt")  # between two others
    edited = corpus / "000003-synthetic.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n", encoding="utf-8")
    (corpus / "000001-synthetic.txt").unlink()
    shutil.copy(corpus / "000004-synthetic.txt", corpus / "000004-copy.txt")  # the same text under two names

    def same_as_fresh() -> None:
        shutil.rmtree(fresh, ignore_errors=True)
        _build([corpus], fresh, workers=1)
        for name in ("graph.nq", "graph.trig", "facts.jsonl", "disagreements.json", "validation.txt"):
            assert (out / name).read_bytes() == (fresh / name).read_bytes(), name

    again = _build([corpus], out, workers=1)
    assert (again.processed, again.reused) == (3, 4)
    with sqlite3.connect(out / WORK_DIR / "manifest.sqlite") as db:  # where each article's bytes are, recorded
        assert db.execute("SELECT count(*) FROM layout").fetchone()[0] == 5  # the two copies are one union graph
    same_as_fresh()
    # an output edited since it was written is not copied from: the next build writes every article again
    with open(out / "graph.nq", "ab") as fh:
        fh.write(b"<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .\n")
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks ended.\n", encoding="utf-8")
    assert _build([corpus], out, workers=1).processed == 1
    same_as_fresh()


def test_a_rebuild_that_copies_in_many_chunks_writes_what_a_fresh_build_writes(corpus, tmp_path, monkeypatch):
    """The unchanged articles' bytes go to the writing thread in chunks (64 MiB; here 4 KiB, so that a small
    build has many) while the rest of the manifest is read: the files are still those of a fresh build."""
    from kg.pipeline import run

    monkeypatch.setattr(run._Output, "COPY_CHUNK", 4096)
    copied: list[tuple[int, int]] = []
    copy_now = run._Output._copy_now
    monkeypatch.setattr(run._Output, "_copy_now", lambda self, a, b: (copied.append((a, b)), copy_now(self, a, b)))
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _build([corpus], out, workers=1)
    synth.write_corpus(tmp_path / "more", 7, seed=12, words=250)
    shutil.copy(tmp_path / "more" / "000006-synthetic.txt", corpus / "zz-added-last.txt")  # after every other
    assert _build([corpus], out, workers=1).processed == 1
    assert len(copied) > 10  # the unchanged bytes, in many ranges
    _build([corpus], fresh, workers=1)
    for name in ("graph.nq", "graph.trig", "facts.jsonl", "validation.txt"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_a_setting_or_a_curated_fact_that_changes_redoes_what_it_affects(corpus, tmp_path):
    out = tmp_path / "out"
    _build([corpus], out, workers=1, validate=False)
    curated = tmp_path / "curated.ttl"
    text = CURATED_FILE.read_text(encoding="utf-8")
    curated.write_text(text.replace("kgo:confidence 1.0", "kgo:confidence 0.99", 1)
                       if "kgo:confidence 1.0" in text else text + "\n# edited\n", encoding="utf-8")
    # the curated facts about the sample article are what they were: nothing to redo
    assert _build([corpus], out, curated=[curated], workers=1, validate=False).processed == 0
    # dropping a curated fact about the sample redoes the sample (its disagreements change), nothing else
    graph = load_curated(CURATED_FILE, settings=Settings())
    stmt = next(graph.subjects(RDF.type, KGO.FactStatement))
    graph.remove((graph.value(stmt, RDF.subject), graph.value(stmt, RDF.predicate), graph.value(stmt, RDF.object)))
    graph.remove((stmt, None, None))
    graph.serialize(curated, format="turtle")
    fewer = _build([corpus], out, curated=[curated], workers=1, validate=False)
    assert (fewer.processed, fewer.reused) == (1, 5)
    # a setting that shapes every article redoes them all
    base = build([corpus], settings=Settings(out_dir=out, base_iri="https://news.example.net/", curated=[],
                                            workers=2, validate=False))
    assert base.processed == 6
    assert "https://news.example.net/graph/article/" in (out / "graph.nq").read_text(encoding="utf-8")


def test_a_build_keeps_the_version_before_it_for_readers_and_removes_older_ones(corpus, tmp_path):
    out = tmp_path / "out"
    versions = out / WORK_DIR / "versions"
    _build(sample_articles(), out, workers=1, validate=False)
    first = os.readlink(out / WORK_DIR / "current")
    held = (out / WORK_DIR / first / "graph.nq").read_bytes()  # a reader that took the first version's path
    _build([corpus], out, workers=1, validate=False)
    assert (out / WORK_DIR / first / "graph.nq").read_bytes() == held
    second = os.readlink(out / WORK_DIR / "current")
    (corpus / "added.txt").write_text("Canada lifted sanctions on Ruritania on Monday.\n", encoding="utf-8")
    _build([corpus], out, workers=1, validate=False)
    third = os.readlink(out / WORK_DIR / "current")
    assert sorted(p.name for p in versions.iterdir()) == sorted(Path(v).name for v in (second, third))
    assert (out / WORK_DIR / second / "graph.nq").is_file()


@pytest.mark.parametrize("validate", [False, True], ids=["unvalidated", "validated"])
def test_an_interrupted_build_keeps_the_old_outputs_and_the_next_run_finishes_the_work(corpus, tmp_path, validate):
    out = tmp_path / "out"
    _build(sample_articles(), out, workers=1, validate=validate)
    before = _outputs(out)

    workers: list = []

    def interrupt_after_three(done: int, total: int) -> None:
        if done == 3:
            workers.extend(multiprocessing.active_children())
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build([corpus], out, workers=2, validate=validate, progress=interrupt_after_three)
    # the pool's workers were stopped at once, not left to finish their articles
    assert len(workers) >= 2 and all(worker.exitcode == -signal.SIGKILL for worker in workers)
    assert _outputs(out) == before
    assert not list((out / WORK_DIR / "versions").glob("*.partial"))

    resumed = _build([corpus], out, workers=2, validate=validate)
    assert resumed.processed + resumed.reused == 6 and resumed.reused >= 3
    clean = _build([corpus], tmp_path / "clean", workers=1, validate=validate)
    assert (out / "graph.nq").read_bytes() == (tmp_path / "clean" / "graph.nq").read_bytes()
    assert resumed.counts == clean.counts


def test_ctrl_c_on_the_command_line_stops_the_build_and_keeps_the_old_outputs(tmp_path):
    folder = tmp_path / "corpus"
    synth.write_corpus(folder, 300, seed=5, words=300)
    out = tmp_path / "out"
    _build(sample_articles(), out, workers=1, validate=False)
    before = _outputs(out)
    master, slave = pty.openpty()  # a terminal, so that the progress bar shows how far the build got
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--input", str(folder), "--out", str(out),
                             "--no-validate", "--workers", "2"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            # faulthandler: a build stuck after Ctrl-C prints its threads' stacks on SIGABRT
                            stderr=slave, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT),
                                                             "PYTHONFAULTHANDLER": "1"},
                            # as from a shell prompt (a background job would start with Ctrl-C ignored)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    os.close(slave)
    seen, done, deadline = b"", 0, time.monotonic() + 60
    try:
        while done < 5 and time.monotonic() < deadline and proc.poll() is None:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break
                counts = re.findall(rb"(\d+)/300", seen)
                done = int(counts[-1]) if counts else 0
        assert 5 <= done < 300, seen[-500:]
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            proc.wait(timeout=30)
            while select.select([master], [], [], 1)[0]:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
            pytest.fail("the build did not stop within 60 s of Ctrl-C; its threads:\n"
                        + seen[-8000:].decode(errors="replace"))
        assert code == 130
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert _outputs(out) == before
    with sqlite3.connect(out / WORK_DIR / "manifest.sqlite") as db:
        kept = db.execute("SELECT count(*) FROM articles WHERE source LIKE ?", (f"{folder}%",)).fetchone()[0]
    assert kept >= 5  # the finished articles were kept for the next run


def test_the_per_article_stage_runs_on_a_local_dask_cluster(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    serial = _build([corpus], tmp_path / "serial", workers=1, validate=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = _build([corpus], tmp_path / "dask", scheduler=cluster.scheduler_address, validate=False)
        with distributed.Client(cluster) as client:
            edited = corpus / "000001-synthetic.txt"
            edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks will resume in May.\n",
                              encoding="utf-8")
            again = _build([corpus], tmp_path / "dask", scheduler=client, validate=False)
    assert (on_dask.processed, again.processed, again.reused) == (6, 1, 5)
    assert on_dask.counts == serial.counts
    first = (tmp_path / "serial" / "graph.nq").read_bytes()
    assert first != (tmp_path / "dask" / "graph.nq").read_bytes()  # the edit shows
    _build([corpus], tmp_path / "serial", workers=1, validate=False)
    assert (tmp_path / "serial" / "graph.nq").read_bytes() == (tmp_path / "dask" / "graph.nq").read_bytes()


def test_bad_files_are_skipped_with_their_reasons_and_the_rest_is_built(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    limit = max(p.stat().st_size for p in corpus.glob("*.txt"))
    (corpus / "huge.txt").write_text("word " * limit, encoding="utf-8")
    odd = tmp_path / "notes.pdf"
    odd.write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    settings = Settings(out_dir=out, max_bytes=limit, curated=[], workers=2, validate=False)
    result = build([corpus, odd], settings=settings)
    reasons = {Path(f).name: why for f, why in result.skipped}
    assert set(reasons) >= {"empty.txt", "binary.txt", "huge.txt", "notes.pdf"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"] and f"over the limit of {limit}" in reasons["huge.txt"]
    assert "unknown file type '.pdf'" in reasons["notes.pdf"]
    assert (result.articles, len(result.skipped)) == (6, 4)
    summary = json.loads((out / "summary.json").read_text())
    assert {Path(s["file"]).name for s in summary["skipped"]} == set(reasons)
    again = build([corpus, odd], settings=settings)
    assert again.skipped == result.skipped and again.processed <= 1  # huge.txt is only ever looked at by size


def test_the_same_text_under_two_names_is_one_named_graph(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(sample_articles()[0], folder / "a.txt")
    shutil.copy(sample_articles()[0], folder / "b.txt")
    result = _build([folder], tmp_path / "out", workers=1, validate=False)
    lines = (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == result.triples
    assert sum("/graph/article/" in n for n in _graph_names(tmp_path / "out")) == 1
    assert any('"a.txt"' in ln for ln in lines) and any('"b.txt"' in ln for ln in lines)


def test_a_second_build_into_the_same_folder_is_refused_while_one_runs(tmp_path):
    out = tmp_path / "out"
    with exclusive(out):
        with pytest.raises(InputError, match="another kg build"):
            build(settings=Settings(out_dir=out))


def test_a_damaged_manifest_is_rebuilt_not_trusted(corpus, tmp_path):
    out = tmp_path / "out"
    _build([corpus], out, workers=1, validate=False)
    for p in (out / WORK_DIR).glob("manifest.sqlite*"):
        p.write_bytes(b"not a database" * 100)
    result = _build([corpus], out, workers=1, validate=False)
    assert (result.processed, result.reused) == (6, 0)


def test_cli_builds_a_corpus_in_parallel_and_reports_the_work_done(corpus, tmp_path):
    runner = CliRunner()
    args = ["build", "--input", str(corpus), "--out", str(tmp_path / "out"), "--curated", str(CURATED_FILE),
            "--workers", "2", "--no-validate", "--quiet"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "Built 6 article(s)" in first.output and "6 processed, 0 unchanged" in first.output
    second = runner.invoke(app, args)
    assert "0 processed, 6 unchanged" in second.output
    forced = runner.invoke(app, [*args, "--force"])
    assert "6 processed, 0 unchanged" in forced.output
    assert "Not validated" in (tmp_path / "out" / "validation.txt").read_text()


def test_after_the_warm_up_the_loaded_extractor_is_out_of_the_collectors_way():
    """What a build's workers load before their first article goes to the collector's permanent generation, and
    the youngest generation is collected less often (in a process of its own: the setting is per process)."""
    code = ("import gc; from kg.config import Settings; from kg.pipeline.corpus import Context, warm_up; "
            "before = gc.get_freeze_count(); warm_up(Context(settings=Settings())); "
            "print(before, gc.get_freeze_count(), gc.get_threshold()[0])")
    before, frozen, young = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                     check=True).stdout.split())
    assert before == 0 and frozen > 10_000 and young >= 20_000


def test_the_counts_from_the_manifests_lines_are_those_of_the_indexes(corpus):
    """count_index_lines (one pass over the distinct lines of every article) counts what Counts counts."""
    from kg.graph.assemble import Counts
    from kg.pipeline.corpus import Context, Task, process
    from kg.pipeline.manifest import count_index_lines, index_lines

    ctx, counts, lines = Context(settings=Settings()), Counts(), set()
    for path in sorted(corpus.iterdir()):
        index = process(Task.from_bytes(path.read_bytes(), source=str(path), name=path.name), ctx).graph.index
        counts.add(index)
        lines.update(index_lines(index).split(b"\n"))
    got = count_index_lines(lines, Counts())
    assert got == counts.counts() and sum(got["facts"].values()) > 10 and sum(got["entities"].values()) > 10


def test_the_manifest_reads_the_rows_of_a_batch_by_their_key_in_source_order(tmp_path):
    from kg.pipeline.corpus import Result
    from kg.pipeline.manifest import Manifest

    with Manifest(tmp_path / "m.sqlite", fingerprint="f") as m:
        for i in range(1203):  # more than one statement's worth of keys
            m.put(Result(source=f"/in/{i:05d}.txt", name=f"{i:05d}.txt", content_hash=f"h{i}", doc_id=f"d{i}"),
                  key="k")
        m.put(Result(source="/in/bad.txt", name="bad.txt", content_hash="", error="cannot read"), key="")
        wanted = {f"/in/{i:05d}.txt" for i in range(0, 1203, 2)} | {"/in/bad.txt", "/in/gone.txt"}
        got = list(m.rows("source", "content_hash", sources=wanted))
        assert got == [(s, f"h{int(s[4:9])}") for s in sorted(wanted - {"/in/bad.txt", "/in/gone.txt"})]
        assert list(m.rows("source", sources=[])) == []
        assert [s for (s,) in m.rows("source")] == sorted(f"/in/{i:05d}.txt" for i in range(1203))


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are Linux's")
def test_the_pools_result_pipe_holds_several_results():
    """A worker sends a result (about 200 KB) without waiting for the build's process to read it."""
    from concurrent.futures import ProcessPoolExecutor

    from kg.pipeline.corpus import RESULT_PIPE_BYTES, widen_result_pipe

    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        widen_result_pipe(pool)
        size = fcntl.fcntl(pool._result_queue._reader.fileno(), fcntl.F_GETPIPE_SZ)
        assert size >= RESULT_PIPE_BYTES or limit < RESULT_PIPE_BYTES  # (a lower limit: left as it is)
        assert len(pool.submit(bytes, 600_000).result()) == 600_000  # a result bigger than the pipe still arrives
