"""The wheel is enough: built, installed in a fresh venv outside the checkout, it builds, validates and answers."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_installed_wheel_builds_validates_and_queries_outside_the_checkout(tmp_path):
    source = tmp_path / "src"  # a copy, so that building leaves the checkout clean
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source)
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp_path / "wheels"
    # build isolation takes setuptools from the configured index, as `make venv` does for the editable install
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)],
                   check=True, cwd=tmp_path)
    [wheel] = wheels.glob("kg_sanctions-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/ontology/curated/seed-facts.ttl", "kg/py.typed",
                 "kg/resources/queries/timeline.rq"):
        assert data in names, data

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # the dependencies come from this test's environment (offline); kg itself only from the wheel
    (Path(purelib) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, cwd=tmp_path)

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(python), "-c", "import kg, kg.config; print(kg.__file__, kg.config.ONTOLOGY_FILE)"],
                           check=True, capture_output=True, text=True, cwd=work).stdout
    assert str(ROOT) not in where and str(env_dir) in where

    kg = str(env_dir / "bin" / "kg")

    def run(*args: str) -> str:
        done = subprocess.run([kg, *args], capture_output=True, text=True, cwd=work, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "Built 1 article(s)" in run("build", "--out", "out", "-q")
    assert run("validate", "--out", "out").startswith("Conforms")
    assert "Belavia" in run("query", "--out", "out", "--name", "sanctions-lifted")
