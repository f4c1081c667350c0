"""Shared fixtures: one seed build per test session (read-only for tests)."""

from __future__ import annotations

import pytest

from kg.config import Settings
from kg.pipeline import build


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The bundled sample article plus the curated facts, built once. Do not modify."""
    out = tmp_path_factory.mktemp("seed-build")
    result = build(settings=Settings(out_dir=out))
    return result


@pytest.fixture(scope="session")
def seed_dataset(seed_build):
    from kg.export import read_build

    return read_build(seed_build.out_dir)
