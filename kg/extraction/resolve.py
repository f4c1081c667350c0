"""Mentions -> canonical entities with stable IRIs.

One entity per key: a country by its ISO code, a gazetteer entry by its id, an
unknown person by the full name first seen in the article (later short names
refer back to it), a group by its label within the article. IRIs come from
canonical labels (:func:`kg.namespaces.entity_iri`), so the same entity gets the
same IRI in every article; groups are scoped to their article.

>>> r = Resolver(doc_id="d1")
>>> us = r.entity(("country", "US"))
>>> (us.label, us.type, us.iri)
('United States', 'Country', 'https://kg.example.org/id/United_States')
>>> r.entity(("entry", "alexander-lukashenko")).label
'Alexander Lukashenko'
>>> r.acting(("city", "Washington"), acts_for=("country", "US"))
('country', 'US')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Entity
from kg.namespaces import entity_iri_text, group_iri_text
from kg.extraction.gazetteer import Gazetteer, default_gazetteer
from kg.extraction.mentions import Found


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


class Resolver:
    """Collects what an article says about each entity and builds :class:`~kg.model.Entity` objects."""

    def __init__(self, *, doc_id: str, base: str | None = None, gaz: Gazetteer | None = None) -> None:
        self.doc_id = doc_id
        self.base = base
        self.gaz = gaz or default_gazetteer()
        self.info: dict[tuple, _Info] = {}
        self._cache: dict[tuple, Entity] = {}
        self.deps: dict[tuple, list[tuple]] = {}

    def note(self, found: Found) -> tuple:
        """Record a mention; returns its entity key."""
        info = self.info.setdefault(found.key, _Info(found.key))
        if found.label and not info.label:
            info.label = found.label
        if found.rule in ("gazetteer", "surname", "metonym") and found.text not in info.aliases:
            info.aliases.append(found.text)
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

    def acting(self, key: tuple, *, acts_for: tuple | None) -> tuple | None:
        """The key of who acts when a city is the subject of an act: its government, or None."""
        if key[0] != "city":
            return key
        if acts_for is None:
            return None
        kind, ref = acts_for
        new = ("country", ref) if kind == "country" else ("entry", ref)
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
            return entity_iri_text(self.gaz.country_label(code), base=self.base)

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
            if key[3]:
                attrs.append(("country", country_iri(key[3])))
        else:  # person, role
            etype = "Person"
        if etype in ("Person", "Group") and info.nationality and not any(p == "nationality" for p, _ in attrs):
            attrs.append(("nationality", country_iri(info.nationality)))
        if etype == "Person" and info.title:
            attrs.append(("title", info.title))
        if info.subgroup_of:
            deps.append(info.subgroup_of)
            attrs.append(("subgroupOf", group_iri_text(self.doc_id, self.label(info.subgroup_of), base=self.base)))
        iri = (group_iri_text(self.doc_id, label, base=self.base) if kind == "group"
               else entity_iri_text(label, base=self.base))
        aliases = tuple(a for a in info.aliases if a != label)
        ent = Entity(iri=str(iri), label=label, type=etype, aliases=aliases, count=info.count,
                     count_qualifier=info.qualifier, attributes=tuple(attrs))
        self._cache[key] = ent
        self.deps[key] = deps
        return ent

    def support(self, key: tuple) -> list[Entity]:
        """Entities that an entity's attributes point to (its country, its larger group), so that they are typed too."""
        self.entity(key)
        return [self.entity(k) for k in self.deps.get(key, ()) if k != key]
