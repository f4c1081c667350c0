"""Killed processes leave nothing behind: real kills of real `kg` processes, real umasks."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from synthetic import synth
from kg.config import Settings, sample_articles
from kg.pipeline.folder import WORK_DIR, process_alive
from kg.pipeline.run import build

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}




def kg(*args: str, cwd: Path, umask: int | None = None, check: bool = True) -> subprocess.CompletedProcess:
    pre = (lambda: os.umask(umask)) if umask is not None else None
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=ENV, capture_output=True, text=True,
                          preexec_fn=pre, timeout=600)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def wait_for(condition, timeout: float = 120.0, step: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("faults") / "corpus"
    synth.write_corpus(folder, 8, seed=3, words=250)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_build_takes_its_workers_along_and_the_next_build_runs(corpus, tmp_path, sig):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "-i", str(corpus), "--out", str(out),
                             "--workers", "2", "--no-validate", "-q"], cwd=tmp_path, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        workers = wait_for(lambda: children(proc.pid) if len(children(proc.pid)) >= 2 else None)
        lock = (out / WORK_DIR / "lock").read_text().split()
        assert int(lock[0]) == proc.pid  # the lock records who holds it
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    wait_for(lambda: not any(process_alive(w) for w in workers), timeout=20)
    again = build(sample_articles(), settings=Settings(out_dir=out, validate=False))
    assert again.articles == 1  # the lock of the dead build is taken over


@pytest.mark.slow
def test_a_build_killed_while_it_writes_its_outputs_leaves_the_previous_ones_whole(corpus, tmp_path):
    out = tmp_path / "out"
    build(sample_articles(), settings=Settings(out_dir=out, validate=False))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "-i", str(corpus), "--out", str(out),
                             "--workers", "2", "-q"], cwd=tmp_path, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:  # the moment its outputs are being written: the staging version exists
        wait_for(lambda: list((out / WORK_DIR / "versions").glob("*.partial")), step=0.005)
        proc.kill()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    after = kg("build", "-i", str(corpus), "--out", str(out), "--workers", "2", "-q", cwd=tmp_path)
    assert "Built 8 article(s)" in after.stdout
    summary = json.loads((out / "summary.json").read_text())
    assert summary["quads"] == len((out / "graph.nq").read_bytes().splitlines())  # one version, never a mix
    assert summary["articles"] == 8
    assert not list((out / WORK_DIR / "versions").glob("*.partial"))


def test_files_written_by_kg_follow_the_umask_and_keep_the_mode_they_replace(tmp_path):
    out = tmp_path / "out"
    build(settings=Settings(out_dir=out, validate=False))
    for umask, expected in ((0o022, 0o644), (0o027, 0o640)):
        target = tmp_path / f"graph-{umask:o}.ttl"
        kg("export", "--out", str(out), "-o", str(target), cwd=tmp_path, umask=umask)
        assert stat.S_IMODE(target.stat().st_mode) == expected
        result = tmp_path / f"rows-{umask:o}.csv"
        kg("query", "--out", str(out), "-f", "csv", "-o", str(result), "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
           cwd=tmp_path, umask=umask)
        assert stat.S_IMODE(result.stat().st_mode) == expected
    shared = tmp_path / "shared.nt"
    shared.write_text("old")
    shared.chmod(0o644)
    kg("export", "--out", str(out), "-o", str(shared), cwd=tmp_path, umask=0o077)  # overwriting keeps it readable
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644 and shared.read_text() != "old"


def test_temporary_files_of_a_killed_export_are_removed_by_the_next_one(tmp_path):
    target = tmp_path / "big.nt"
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from kg.pipeline.folder import atomic_write\n"
        "def slow(fh):\n"
        "    fh.write(b'x' * 1_000_000); fh.flush(); print('writing', flush=True); time.sleep(600)\n"
        f"atomic_write({str(target)!r}, slow)\n")], env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(left) == 1
        writer.kill()
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert left[0].exists()  # SIGKILL: no cleanup could run
    out = tmp_path / "out"
    build(settings=Settings(out_dir=out, validate=False))
    kg("export", "--out", str(out), "-o", str(target), cwd=tmp_path)
    assert not left[0].exists() and target.is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_staging_folder_of_a_killed_store_load_is_removed_by_the_next_load(tmp_path):
    nquads = tmp_path / "big.nq"
    with open(nquads, "w", encoding="utf-8") as fh:
        for i in range(400_000):
            fh.write(f'<https://e.org/s{i}> <https://e.org/p> "value {i}" <https://e.org/g{i % 50}> .\n')
    store = tmp_path / "db"
    proc = subprocess.Popen([sys.executable, "-c", (
        "from kg.store.embedded import create_store\n"
        f"create_store({str(nquads)!r}, {str(store)!r})\n")], env=ENV)
    try:
        staging = wait_for(lambda: [p for p in tmp_path.iterdir() if ".kg-staging." in p.name], step=0.005)
        proc.kill()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    if not staging[0].exists():  # the load finished before the kill landed; nothing to clean
        pytest.skip("the load finished before it could be killed")
    small = tmp_path / "small.nq"
    small.write_text('<https://e.org/a> <https://e.org/p> "1" <https://e.org/g> .\n', encoding="utf-8")
    from kg.store.embedded import create_store

    create_store(small, tmp_path / "db")
    assert not [p for p in tmp_path.iterdir() if ".kg-staging." in p.name]


def test_outputs_that_cannot_be_files_are_bad_input_naming_the_path(tmp_path):
    from kg.errors import InputError
    from kg.pipeline.folder import atomic_write_text

    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(InputError, match="is a file, not a build folder"):
        build(sample_articles(), settings=Settings(out_dir=a_file, validate=False))
    with pytest.raises(InputError, match="is a folder"):
        atomic_write_text(tmp_path, "x")
    with pytest.raises(InputError, match="its parent is not a folder"):
        atomic_write_text(a_file / "inside.txt", "x")


@pytest.mark.slow
def test_the_temporary_store_of_a_killed_kg_serve_is_removed_by_the_next_one(tmp_path):
    out = tmp_path / "out"
    build(settings=Settings(out_dir=out, validate=False))
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**ENV, "TMPDIR": str(temp)}
    serve = [sys.executable, "-m", "kg", "serve", "--out", str(out), "--port", "0"]
    first = subprocess.Popen(serve, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert "Serving" in first.stderr.readline()
        left = [p for p in temp.iterdir() if p.name.startswith("kg-serve-")]
        assert len(left) == 1 and (left[0] / "store").is_dir()
        first.kill()  # SIGKILL: no cleanup can run
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert left[0].exists()
    second = subprocess.Popen(serve, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert "Serving" in second.stderr.readline()
        now = [p for p in temp.iterdir() if p.name.startswith("kg-serve-")]
        assert not left[0].exists() and len(now) == 1  # only the running server's own store is left
    finally:
        second.terminate()
        second.wait(timeout=30)
    assert not [p for p in temp.iterdir() if p.name.startswith("kg-serve-")]  # a clean stop removes its own
