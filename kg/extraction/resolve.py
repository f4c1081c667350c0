"""Mentions -> canonical entities with stable IRIs.

One entity per key: a country by its ISO code, a gazetteer entry by its id, an
unknown person by the full name first seen in the article (later short names
refer back to it), a group by its label within the article. IRIs come from the
keys, never from labels (see :mod:`kg.namespaces`), so the same entity gets the
same IRI in every article and a corrected label renames nothing; groups are
scoped to their article. A body of a state is named by the state's code and its
label, and keeps the label as found, with a ``kgo:country`` link: the National
Assembly of Venezuela and of France are two entities, both labelled "National
Assembly". A bare "the National Assembly" belongs to the state that the article
gives it elsewhere ("Venezuela's National Assembly"), when it gives one only; when it
gives none, the body is scoped to the article, as a group is. A
gazetteer entry that ``wikidata.csv`` links to Wikidata carries the QID.

>>> r = Resolver(doc_id="d1")
>>> us = r.entity(("country", "US"))
>>> (us.label, us.type, us.iri)
('United States', 'Country', 'https://kg.example.org/id/country/US')
>>> trump = r.entity(("entry", "donald-trump"))
>>> (trump.label, trump.iri, trump.identifiers)
('Donald Trump', 'https://kg.example.org/id/donald-trump', (('wikidata', 'Q22686'),))
>>> r.entity(("org", "National Assembly", "GovernmentBody", "VE")).iri
'https://kg.example.org/id/org/VE/National_Assembly'
>>> r.acting(("city", "Washington"), acts_for=("country", "US"))
('country', 'US')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.errors import InputError
from kg.model import Entity
from kg.namespaces import body_iri_text, country_iri_text, gazetteer_iri_text, group_iri_text, named_iri_text
from kg.extraction.gazetteer import Gazetteer, default_gazetteer, tokenize
from kg.extraction.mentions import Found
from kg.extraction.resources import GAZETTEER_DIR

WIKIDATA_FILE = GAZETTEER_DIR / "wikidata.csv"
_QID = re.compile(r"Q[1-9][0-9]*")


@lru_cache(maxsize=4)
def wikidata_ids(path: str = str(WIKIDATA_FILE)) -> dict[str, str]:
    """Gazetteer id -> Wikidata QID, from the key file (``id,qid,source``): only QIDs someone checked.

    >>> wikidata_ids()["donald-trump"]
    'Q22686'
    """
    out: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            ident, qid, source = ((row.get(k) or "").strip() for k in ("id", "qid", "source"))
            if not ident or not _QID.fullmatch(qid) or not source:
                raise InputError("a row needs a gazetteer id, a QID (Q and digits) and a source", where=f"{path}:{n}")
            if ident in out:
                raise InputError(f"gazetteer id {ident!r} is linked twice", where=f"{path}:{n}")
            out[ident] = qid
    return out


# a monarch's title, with which the first given name alone is the monarch's usual name ("King Salman")
_ROYAL_TITLES = frozenset({"King", "Queen", "Emir", "Amir", "Sultan", "Prince", "Princess", "Crown Prince"})
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty".split())


def _counted(text: str) -> bool:
    """Whether a group's words open with its count ("15 sailors", "six aid workers").

    >>> _counted("six aid workers"), _counted("the British people")
    (True, False)
    """
    first = text.split()[0].lower() if text.split() else ""
    return first[:1].isdigit() or first in _COUNTS


@dataclass
class _Info:
    key: tuple
    label: str | None = None
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    nationality: str | None = None
    org: str | None = None
    count: int | None = None
    qualifier: str | None = None
    subgroup_of: tuple | None = None


_CITY_IDS: tuple = (None, -1, {})  # the gazetteer entries read last, how many there were, their city label -> id


def city_entry_ids(gaz: Gazetteer) -> dict[str, str]:
    """The gazetteer's city and place entries, label -> id: made once per gazetteer (every article's resolver asks),
    and made again when its entries change (a gazetteer only ever gains entries while it is built).

    >>> city_entry_ids(default_gazetteer()) is city_entry_ids(default_gazetteer())
    True
    """
    global _CITY_IDS
    entries, count, ids = _CITY_IDS  # one read: another thread may replace it
    if entries is gaz.entries and count == len(gaz.entries):
        return ids
    ids = {e.label: e.id for e in gaz.entries.values() if e.type in ("City", "Place") and e.label}
    _CITY_IDS = (gaz.entries, len(gaz.entries), ids)
    return ids


class Resolver:
    """Collects what an article says about each entity and builds :class:`~kg.model.Entity` objects."""

    def __init__(self, *, doc_id: str, base: str | None = None, gaz: Gazetteer | None = None) -> None:
        self.doc_id = doc_id
        self.base = base
        self.gaz = gaz or default_gazetteer()
        self.info: dict[tuple, _Info] = {}
        self._cache: dict[tuple, Entity] = {}
        self.deps: dict[tuple, list[tuple]] = {}
        self._cities: dict[str, str] | None = None

    def note(self, found: Found) -> tuple:
        """Record a mention; returns its entity key."""
        info = self.info.setdefault(found.key, _Info(found.key))
        if found.label and not info.label:
            info.label = found.label
        if found.rule in ("gazetteer", "surname", "metonym", "ministry", "org-acronym") and found.text not in info.aliases:
            info.aliases.append(found.text)  # ("org-acronym": "the RAB" for "Bangladesh's Rapid Action Battalion (RAB)")
        elif found.rule == "org-head" and found.key[1] != found.text and found.key[1].endswith(found.text.split()[-1]) \
                and not found.text.startswith(("the ", "The ")) and found.text not in info.aliases:
            info.aliases.append(found.text)  # "Sudanese army", labelled "Sudan's army"
        elif found.rule == "government-metonym" and found.key[0] == "country" and (
                "'s " in found.text or "\u2019s " in found.text):
            # "the Democratic Republic of Congo's government": the name the text gives the country
            name = _strip_the(re.split(r"['\u2019]s ", found.text, maxsplit=1)[0])
            if name not in info.aliases and any(r.kind == "country" and r.ref == found.key[1] for r in
                                                self.gaz.names.get(tuple(t.lower() for t, _, _ in tokenize(name)), ())):
                info.aliases.append(name)
        elif found.rule == "armed-band" and found.key[0] == "org" and found.text != found.key[1] \
                and found.text not in info.aliases:
            info.aliases.append(found.text)  # "her captors", "Pro-Russian separatists": the words the text used
        elif found.code == "G" and found.rule == "anaphor" and _counted(found.text) \
                and found.text != info.label and found.text not in info.aliases:
            info.aliases.append(found.text)  # "15 British naval personnel" restates "15 captured British sailors"
        elif found.rule == "person-title" and found.code == "P" and found.key[0] == "entry" and found.title \
                and " " + found.title + " " in " " + found.text:
            name = found.text.split(found.title + " ", 1)[1].rstrip(", ")
            if name and name not in info.aliases:
                info.aliases.append(name)  # "President Tayyip Erdogan": the name the text gives a known person
        elif found.rule == "person-title" and found.code == "P" and found.key[0] == "person" and " " in found.key[1]:
            surname = found.key[1].rsplit(" ", 1)[1]
            if found.text.rstrip(",").endswith(" " + surname) and surname not in info.aliases:
                info.aliases.append(surname)  # "President Clinton", labelled "Bill Clinton" from the dated table
            given = found.text.rstrip(", ").rsplit(", ", 1)[-1]
            if given.endswith(" " + found.key[1]) and len(given.split()) == len(found.key[1].split()) + 1 \
                    and given not in info.aliases:
                info.aliases.append(given)  # "the president, Sheikh X", "King X": the name with one honorific
            short = f"{found.title} {found.key[1].split()[0]}"
            if found.title in _ROYAL_TITLES and found.text.startswith(found.title + " " + found.key[1]) \
                    and short not in info.aliases:
                info.aliases.append(short)  # "King Salman bin Abdulaziz" is known as "King Salman"
        elif found.rule == "person-title" and found.code == "P" and found.key[0] == "person" \
                and found.title in _ROYAL_TITLES | {"Sheikh", "Sheikha"} and found.key[1].isalpha() \
                and f"{found.title} {found.key[1]}" not in info.aliases \
                and re.search(rf"\b{re.escape(found.title)} {re.escape(found.key[1])}\b", found.text):
            info.aliases.append(f"{found.title} {found.key[1]}")  # "King Salman", "Sheikh Mohamed": one name and a rank
        if found.title and not info.title and not found.former:
            info.title = found.title
        info.nationality = info.nationality or found.nationality
        info.org = info.org or found.org
        if found.code == "G":
            info.count = info.count if info.count is not None else found.count
            info.qualifier = info.qualifier or found.qualifier
            info.subgroup_of = info.subgroup_of or found.subgroup_of
        self._cache.pop(found.key, None)
        return found.key

    @staticmethod
    def government_key(acts_for: tuple | None) -> tuple | None:
        """The key of the government a city acts for (its gazetteer's ``acts_for``: ("country", "US") or an entry),
        or None."""
        if acts_for is None:
            return None
        kind, ref = acts_for
        return ("country", ref) if kind == "country" else ("entry", ref)

    def acting(self, key: tuple, *, acts_for: tuple | None) -> tuple | None:
        """The key of who acts when a city is the subject of an act: its government, or None."""
        if key[0] != "city":
            return key
        new = self.government_key(acts_for)
        if new is None:
            return None
        info = self.info.get(key)
        target = self.info.setdefault(new, _Info(new))
        for alias in info.aliases if info else [key[1]]:
            if alias not in target.aliases:
                target.aliases.append(alias)
        self._cache.pop(new, None)
        return new

    def label(self, key: tuple) -> str:
        kind = key[0]
        if kind == "country":
            return self.gaz.country_label(key[1])
        if kind == "entry":
            return self.gaz.entries[key[1]].label or key[1]
        info = self.info.get(key)
        return info.label if info and info.label else key[1]

    def iri(self, key: tuple) -> str:
        """The IRI of a key's entity, made from the key (a code, a gazetteer id, a kind and a name), never
        from its label."""
        kind = key[0]
        if kind == "country":
            return country_iri_text(key[1], base=self.base)
        if kind == "entry":
            return gazetteer_iri_text(key[1], base=self.base)
        if kind == "group":
            told = key[1].partition("|#")[2]  # "an American citizen" told in sentence 3: one person of its own
            return group_iri_text(self.doc_id, self.label(key) + (f" {told}" if told else ""), base=self.base)
        if kind == "city":
            if self._cities is None:
                self._cities = city_entry_ids(self.gaz)
            if key[1] in self._cities:
                return gazetteer_iri_text(self._cities[key[1]], base=self.base)
            city = self.gaz.cities.get(key[1])
            return named_iri_text("city", key[1], country=city.country if city else None, base=self.base)
        if kind in ("org", "ministry"):
            state = self.state_of(key)
            if state is None and key[2] == "GovernmentBody":  # a ministry always has its state
                # a state's body whose state the article never gives ("the National Assembly"): scoped to the
                # article, so the bodies of different states never merge
                return body_iri_text(self.doc_id, self.label(key), base=self.base)
            return named_iri_text("org", self.label(key), country=state, base=self.base)
        return named_iri_text("person", self.label(key), base=self.base)  # person, role

    def state_of(self, key: tuple) -> str | None:
        """The country code an organisation key belongs to: its own, else the one that the article gives
        another mention with the same bare name ("Venezuela's National Assembly" ... "the National
        Assembly"), when only one country does."""
        own = key[3] if key[0] == "org" else key[2]
        if own or key[0] != "org":
            return own
        name = _strip_the(key[1]).casefold()
        codes = {code for other in self.info if other[0] in ("org", "ministry") and other != key
                 for code in [other[3] if other[0] == "org" else other[2]]
                 if code and self.bare_name(other[1], code).casefold() == name}
        return codes.pop() if len(codes) == 1 else None

    def bare_name(self, name: str, code: str) -> str:
        """A body's name without its state: "Venezuela's National Assembly", "the Venezuelan National Assembly"
        and "National Assembly of Venezuela" are all "National Assembly".

        >>> Resolver(doc_id="d").bare_name("the U.S. Embassy", "US")
        'Embassy'
        """
        name = _strip_the(name)
        country = self.gaz.country_label(code)
        for form in (f"{country}'s ", f"{country}\u2019s "):
            if name.startswith(form) and len(name) > len(form):
                return name[len(form):]
        for form in (f" of the {country}", f" of {country}"):
            if name.endswith(form) and len(name) > len(form):
                return name[:-len(form)]
        toks = tokenize(name)
        n, recs = self.gaz.lookup(toks, 0) if len(toks) > 1 else (0, [])
        if 0 < n < len(toks) and any(r.kind in ("country", "demonym") and r.ref == code for r in recs):
            if toks[n][0].lower() in ("'s", "\u2019s"):
                n += 1
            if n < len(toks):
                return name[toks[n][1]:]
        return name

    def entity(self, key: tuple) -> Entity:
        """The entity for a key, with what the article said about it."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        info = self.info.get(key) or _Info(key)
        label = self.label(key)
        attrs: list[tuple[str, str]] = []
        deps: list[tuple] = []

        def country_iri(code: str) -> str:
            deps.append(("country", code))
            return country_iri_text(code, base=self.base)

        kind = key[0]
        if kind == "country":
            etype = "Country"
        elif kind == "city":
            etype = "City"
            city = self.gaz.cities.get(key[1])
            if city and city.country:
                attrs.append(("country", country_iri(city.country)))
        elif kind == "entry":
            entry = self.gaz.entries[key[1]]
            etype = entry.type if entry.type != "Place" else "City"
            if entry.country:
                prop = "nationality" if etype == "Person" else "country"
                attrs.append((prop, country_iri(entry.country)))
        elif kind == "ministry":
            etype = "Ministry"
            attrs.append(("country", country_iri(key[2])))
        elif kind == "group":
            etype = "Group"
        elif kind == "org":
            etype = key[2]
            state = self.state_of(key)
            if state:
                attrs.append(("country", country_iri(state)))
        else:  # person, role
            etype = "Person"
        if etype in ("Person", "Group") and info.nationality and not any(p == "nationality" for p, _ in attrs):
            attrs.append(("nationality", country_iri(info.nationality)))
        if etype == "Person" and info.title:
            attrs.append(("title", info.title))
        if info.subgroup_of:
            deps.append(info.subgroup_of)
            attrs.append(("subgroupOf", group_iri_text(self.doc_id, self.label(info.subgroup_of), base=self.base)))
        gazetteer_id = {"entry": key[1], "country": f"country-{key[1].lower()}"}.get(kind)
        qid = wikidata_ids().get(gazetteer_id) if gazetteer_id else None
        aliases = tuple(a for a in info.aliases if a != label)
        if kind == "org" and len(key) > 3 and key[3] and "s " in label:
            # "Serbia's Security Information Agency" is also known by its own name, "Security Information Agency"
            bare = self.bare_name(label, key[3])
            if bare != label and len(bare.split()) > 1 and bare[:1].isupper() and bare not in aliases:
                aliases += (bare,)
        ent = Entity(iri=self.iri(key), label=label, type=etype, aliases=aliases, count=info.count,
                     count_qualifier=info.qualifier, attributes=tuple(attrs),
                     identifiers=(("wikidata", qid),) if qid else ())
        self._cache[key] = ent
        self.deps[key] = deps
        return ent

    def support(self, key: tuple) -> list[Entity]:
        """Entities that an entity's attributes point to (its country, its larger group), so that they are typed too."""
        self.entity(key)
        return [self.entity(k) for k in self.deps.get(key, ()) if k != key]


def _strip_the(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name
