"""A build (a pyoxigraph store) -> networkx graphs: two views, statistics, GraphML and GEXF.

Two views of the same dataset, both :class:`networkx.MultiDiGraph` keyed by IRI:

* ``direct``: entities are nodes and the seven core relations are edges, one edge
  per distinct ``s p o`` carrying every statement that supports it (its sentence,
  article, curated or extracted, confidence);
* ``events``: event nodes (``kgo:SanctionsRelief``, ``kgo:Talks``, ...) linked to
  their participants by role edges (``agent``, ``target``, ``releasedParty``...),
  plus the core facts that have no event node (``leaderOf``) as direct edges.

Entities (subclasses of ``kgo:Agent`` or ``kgo:Place``) and events (subclasses of
``kgo:Event``) are told apart with the ontology, so new classes need no code.
Data are read in one pass over quads from every named graph: a build's ``graph.nq``
streamed by pyoxigraph's parser, a ``pyoxigraph.Store``, or rdflib data converted to
one; the data are never changed. Descriptions of one real-world event
(:func:`kg.namespaces.same_event_key`: same article, class and participants) are one
event node that keeps every description's sources.

>>> ds = example_dataset()
>>> g = direct_graph(ds)
>>> sorted(g.nodes[n]["label"] for n in g)
['Belarus', 'Belavia', 'United States']
>>> [(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)]
[('United States', 'sanctionsLiftedOn', 'Belarus')]
>>> e = event_graph(ds)
>>> sorted(d["relation"] for _, _, d in e.edges(data=True))
['agent', 'target']
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.config import RESOURCES
from kg.errors import InputError
from kg.namespaces import CORE_PREDICATES, KGO, SCHEMA, same_event_key, slug

VIZ_DIR = RESOURCES / "viz"

VIEWS = ("direct", "events")
SYMMETRIC_RELATIONS = frozenset({"metWith"})
NETWORK_FORMATS = ("graphml", "gexf")
BETWEENNESS_EXACT = 20_000  # up to this many nodes, betweenness is exact (rustworkx, compiled); above it, estimated...
BETWEENNESS_SAMPLE = 100  # ...from this many sources (networkx, seeded: the same graph gives the same ranking)

_KGO = str(KGO)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused for a block (restored after it, as it was).

    Reading a build makes millions of small lists, tuples and strings and no reference
    cycles; each pass of the collector would walk all of them again (a third of the time).
    What the block made goes straight to the oldest generation (``gc.freeze`` then
    ``gc.unfreeze``, which move objects without visiting them), so the first allocation
    after the block does not walk them all in one young-generation pass either; a full
    collection still looks at them later.

    >>> with paused_gc():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _plain(term: Any) -> str:
    """A term of rdflib's namespaces as an exact ``str`` (rdflib's ``URIRef`` never equals a plain string)."""
    return str.__str__(term)


_T = {name: _plain(term) for name, term in {
    "type": RDF.type, "prefLabel": SKOS.prefLabel, "label": RDFS.label, "altLabel": SKOS.altLabel,
    "sameAs": SCHEMA.sameAs, "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
    "confidence": KGO.confidence, "derived": PROV.wasDerivedFrom, "generated": PROV.wasGeneratedBy,
    "event": KGO.event, "rule": KGO.rule, "quote": KGO.quote, "text": SCHEMA.text, "partOf": SCHEMA.isPartOf,
    "headline": SCHEMA.headline, "sourceFile": KGO.sourceFile, "url": SCHEMA.url,
    "published": SCHEMA.datePublished, "subClassOf": RDFS.subClassOf, "domain": RDFS.domain,
    "objectProperty": OWL.ObjectProperty, "statement": KGO.FactStatement, "sentence": KGO.Sentence,
    "curation": KGO.Curation, "extraction": KGO.Extraction,
}.items()}
_CORE = {_KGO + p: p for p in CORE_PREDICATES}
_IDENTIFIERS = {  # property -> the scheme shown to people
    _plain(KGO.iso3166Alpha2): "ISO 3166-1 alpha-2",
    _plain(KGO.iso3166Alpha3): "ISO 3166-1 alpha-3",
    _plain(KGO.geonamesId): "GeoNames",
}
_DETAILS = {  # property -> node attribute
    _KGO + "count": "count",
    _KGO + "countQualifier": "count_qualifier",
    _KGO + "title": "title",
    _KGO + "date": "date",
    _KGO + "modality": "modality",
    _plain(SCHEMA.description): "description",
}
_ACTOR_ROLES = ("agent", "participant")
_OTHER_ROLES = ("target", "releasedParty", "destination", "praised")
_KEPT = frozenset({
    *(_T[k] for k in ("type", "prefLabel", "label", "altLabel", "sameAs", "subject", "predicate", "object",
                      "confidence", "derived", "generated", "event", "rule", "quote", "text", "partOf",
                      "headline", "sourceFile", "url", "published")),
    *_IDENTIFIERS, *_DETAILS,
})
_ONTOLOGY = (_T["subClassOf"], _T["domain"])


class Lit(str):
    """A literal read from the store: its lexical form, with its language tag and datatype IRI.

    >>> x = Lit("vereinbarung", language="de")
    >>> x == "vereinbarung", x.language
    (True, 'de')
    """

    language: str | None
    datatype: str | None

    def __new__(cls, value: str, language: str | None = None, datatype: str | None = None) -> "Lit":
        lit = super().__new__(cls, value)
        lit.language, lit.datatype = language, datatype
        return lit


def _term(term: Any) -> str:
    """A pyoxigraph term as kg's views keep it: IRIs as plain strings, blank nodes as ``_:id``, literals as :class:`Lit`."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return Lit(term.value, term.language, term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return ""  # the default graph


_EXAMPLE = """
@prefix kgo: <https://kg.example.org/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://kg.example.org/id/> .
@prefix country: <https://kg.example.org/id/country/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
country:US a kgo:Country ; skos:prefLabel "United States" ; skos:altLabel "US" .
country:BY a kgo:Country ; skos:prefLabel "Belarus" ; kgo:iso3166Alpha2 "BY" .
id:belavia a kgo:Airline ; skos:prefLabel "Belavia" .
country:US kgo:sanctionsLiftedOn country:BY .
<https://kg.example.org/id/event/relief> a kgo:SanctionsRelief ; kgo:agent country:US ; kgo:target country:BY .
<https://kg.example.org/id/statement/s1> a kgo:FactStatement ; kgo:confidence 0.9 ;
    rdf:subject country:US ; rdf:predicate kgo:sanctionsLiftedOn ; rdf:object country:BY ;
    kgo:event <https://kg.example.org/id/event/relief> ; prov:wasDerivedFrom <https://kg.example.org/id/article/a/sentence/0-35> .
<https://kg.example.org/id/article/a/sentence/0-35> a kgo:Sentence ;
    schema:text "The US lifted sanctions on Belarus." ; schema:isPartOf <https://kg.example.org/id/article/a> .
<https://kg.example.org/id/article/a> a kgo:NewsArticle ; schema:headline "US lifts sanctions" ;
    schema:datePublished "2025-09-13" .
"""


def example_dataset() -> Dataset:
    """A three-entity dataset with one sourced fact, for examples and doctests (one named graph).

    >>> len(example_dataset())
    25
    """
    ds = Dataset()
    ds.graph(URIRef("https://kg.example.org/graph/curated")).parse(data=_EXAMPLE, format="turtle")
    return ds


# --------------------------------------------------------------------------- ontology


@dataclass(frozen=True)
class Schema:
    """What the ontology says about classes and properties: hierarchy and labels."""

    parents: dict[str, frozenset[str]]  # class local name -> direct superclasses (kgo: local names)
    labels: dict[str, str]  # kgo: local name -> English label
    roles: tuple[str, ...]  # event role properties (object properties whose domain is an event class)

    def ancestors(self, cls: str) -> set[str]:
        """``cls`` and all its kgo: superclasses.

        >>> sorted(bundled_schema().ancestors("Ministry"))
        ['Agent', 'GovernmentBody', 'Ministry', 'Organization']
        """
        seen, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.parents.get(c, ()))
        return seen

    def kind(self, cls: str) -> str | None:
        """``"entity"``, ``"event"`` or ``None`` (articles, statements, activities...).

        >>> s = bundled_schema()
        >>> s.kind("Country"), s.kind("PrisonerTransfer"), s.kind("FactStatement")
        ('entity', 'event', None)
        """
        up = self.ancestors(cls)
        if "Event" in up:
            return "event"
        if up & {"Agent", "Place"}:
            return "entity"
        return None

    def depth(self, cls: str) -> int:
        return len(self.ancestors(cls))

    def label(self, name: str) -> str:
        """The English label of a kgo: term, else its local name.

        >>> bundled_schema().label("sanctionsLiftedOn")
        'sanctions lifted on'
        """
        return self.labels.get(name, name)


def _local(node: object) -> str | None:
    text = str(node)
    return text[len(_KGO):] if text.startswith(_KGO) else None


def schema_from(triples: Graph | Iterable[tuple[Any, Any, Any]]) -> Schema:
    """Read the class hierarchy, labels and event roles from ontology triples (rdflib terms or plain strings)."""
    parents: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, tuple[int, str]] = {}
    domains: dict[str, set[str]] = defaultdict(set)
    object_props: set[str] = set()
    for s, p, o in triples:
        ls = _local(s)
        if ls is None:
            continue
        p = str(p)
        if p == _T["subClassOf"] and _local(o):
            parents[ls].add(_local(o))
        elif p == _T["label"] and isinstance(o, (Literal, Lit)):
            rank = 0 if o.language in (None, "en") else 1
            if ls not in labels or rank < labels[ls][0]:
                labels[ls] = (rank, str(o))
        elif p == _T["domain"] and _local(o):
            domains[ls].add(_local(o))
        elif p == _T["type"] and str(o) == _T["objectProperty"]:
            object_props.add(ls)
    schema = Schema({k: frozenset(v) for k, v in parents.items()}, {k: v for k, (_, v) in labels.items()}, ())
    roles = tuple(sorted(p for p in object_props
                         if p not in CORE_PREDICATES and any("Event" in schema.ancestors(d) for d in domains[p])))
    return Schema(schema.parents, schema.labels, roles)


@lru_cache(maxsize=1)
def bundled_schema() -> Schema:
    """The schema of the ontology that ships with kg (``ontology/kg.ttl``)."""
    from kg.graph.assemble import load_ontology
    from kg.config import ONTOLOGY_FILE

    return schema_from(load_ontology(ONTOLOGY_FILE))


def _merged_schema(extra: list[tuple[Any, Any, Any]]) -> Schema:
    base = bundled_schema()
    if not extra:
        return base
    mine = schema_from(extra)
    parents = {k: base.parents.get(k, frozenset()) | mine.parents.get(k, frozenset())
               for k in set(base.parents) | set(mine.parents)}
    return Schema(parents, {**base.labels, **mine.labels}, tuple(sorted(set(base.roles) | set(mine.roles))))


# --------------------------------------------------------------------------- reading the dataset


class Source(NamedTuple):
    """Where a fact or an event was read: the sentence, its article, how and how sure.

    >>> Source(sentence="The US lifted sanctions.", method="curated").to_dict()
    {'sentence': 'The US lifted sanctions.', 'method': 'curated'}
    """

    sentence: str | None = None
    article: str | None = None  # IRI of the kgo:NewsArticle
    headline: str | None = None
    source_file: str | None = None
    published: str | None = None
    url: str | None = None
    method: str | None = None  # "curated" or "extracted"
    confidence: float | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self._asdict().items() if v is not None}


def to_store(data: Dataset | Graph | ox.Store) -> ox.Store:
    """The data as a pyoxigraph store: a store passes through, rdflib data go through N-Quads.

    >>> len(to_store(example_dataset()))
    25
    """
    if isinstance(data, ox.Store):
        return data
    store = ox.Store()
    if isinstance(data, Dataset) or hasattr(data, "quads"):
        store.load(input=data.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    else:
        store.load(input=data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _oriented(s: str, rel: str, o: str) -> tuple[str, str, str]:
    """A fact as one edge: a symmetric fact, stored both ways, in one order.

    >>> _oriented("b", "metWith", "a") == _oriented("a", "metWith", "b")
    True
    """
    if rel in SYMMETRIC_RELATIONS and o is not None and s is not None and o < s:
        return (o, rel, s)
    return (s, rel, o)


class GraphData:
    """The parts of a build that the views need, read in one pass over its quads.

    Only the values of the predicates the views show are kept (labels, types, statements, sources,
    roles, details), so the article text and the rest of the build cost nothing; ``keep`` narrows
    them further (:data:`STATS_PREDICATES`: what ``kg stats`` needs).
    Descriptions of the same real-world event (see :func:`kg.namespaces.same_event_key`)
    are merged into one event: its node keeps every description's sources. The merge and the
    indexes of statements are made when first used.
    """

    def __init__(self, quads: Iterable[ox.Quad], *, keep: Iterable[str] | None = None) -> None:
        """Index ``quads`` (a :class:`pyoxigraph.Store`, or quads streamed by :func:`pyoxigraph.parse`) in one pass."""
        named, blank = ox.NamedNode, ox.BlankNode
        self.partial = keep is not None
        by: dict[str, dict[str, list[str]]] = {p: {} for p in (_KEPT if keep is None else keep)}
        by.setdefault(_T["type"], {})
        types, labels = by[_T["type"]], by.get(_T["label"])
        type_p, object_prop = _T["type"], _T["objectProperty"]
        ontology: list[tuple[str, str, str]] = []
        core_raw: list[tuple[str, str, Any]] = []
        others: dict[str, list[tuple[str, Any]]] = defaultdict(list)  # other kgo: properties (event roles among them)
        curated: set[str] = set()
        curated_graph: dict[Any, bool] = {}
        route: dict[str, Any] = {}  # predicate IRI -> what to do with it, decided the first time it is seen
        get = by.get
        last_s = last_key = None  # a build's quads come grouped by subject: its IRI is read once per group
        for q in quads:
            s, p, o = q.subject, q.predicate, q.object  # the graph only for types, below
            if s != last_s:
                last_s, last_key = s, s.value if type(s) is named else "_:" + s.value
            pv = p.value
            table = get(pv)
            if table is None:
                how = route.get(pv)
                if how is None:
                    how = route[pv] = (_CORE.get(pv) or ("ontology" if pv in _ONTOLOGY else
                                                         "other" if pv.startswith(_KGO) and keep is None else ""))
                if not how:
                    continue
                key = last_key
                if how == "other":
                    others[pv].append((key, o))  # terms are converted only for the event roles, known after the ontology
                elif how == "ontology":
                    ontology.append((key, pv, _term(o)))
                else:
                    core_raw.append((key, how, o))
                continue
            key = last_key
            val = o.value if type(o) is not blank else "_:" + o.value
            found = table.get(key)
            if found is None:
                table[key] = [val]
            else:
                found.append(val)
            if table is types:
                if val == object_prop:
                    ontology.append((key, type_p, val))
                g = q.graph_name
                flag = curated_graph.get(g)
                if flag is None:
                    flag = curated_graph[g] = type(g) is named and g.value.rstrip("/").endswith("graph/curated")
                if flag:
                    curated.add(key)
            elif table is labels and key.startswith(_KGO):  # labels of the ontology, with their languages
                ontology.append((key, _T["label"], _term(o)))
        # property -> subject -> values: one dictionary per property read, plain strings
        self._by = by
        self._articles: dict[Any, tuple[str | None, ...]] = {}
        self._activities: dict[str, str] = {}  # an activity's method: curated or extracted
        self._statement_sources: dict[str, list[Source]] = {}
        self._events_of: dict[str, list[str]] = {}
        self._party_names: dict[str, str] = {}  # an event's participant -> its name in the event's label
        self._curated = curated
        self.schema = _merged_schema(ontology)
        self.core = dict.fromkeys(_oriented(s, rel, _term(o)) for s, rel, o in core_raw)
        roles = {(s, role, _term(o)) for role in self.schema.roles for s, o in others.get(_KGO + role, ())}
        roles.update((s, role, o) for role in self.schema.roles for s, vals in by.get(_KGO + role, {}).items()
                     for o in vals)  # a role the views also read as a property
        self._described_roles = roles
        self.types: dict[str, str] = {}
        self._kinds: dict[str, str] = {}  # every description of an event included
        kind_of: dict[str, tuple[str | None, tuple[int, str]]] = {}  # class IRI -> its kind, and its rank
        for node, classes in types.items():
            best = None
            for t in classes:
                found = kind_of.get(t)
                if found is None:
                    c = t[len(_KGO):] if t.startswith(_KGO) else None
                    found = kind_of[t] = (self.schema.kind(c), (self.schema.depth(c), c)) if c else (None, (0, ""))
                if found[0] and (best is None or found[1] > best[1]):
                    best = found
            if best is not None:
                self.types[node] = best[1][1]
                self._kinds[node] = best[0]

    def raw_kind(self, node: str) -> str | None:
        """``"entity"``, ``"event"`` or ``None``, before descriptions of one event are merged."""
        return self._kinds.get(node)

    def entities(self) -> list[str]:
        """Every entity node, sorted."""
        return sorted(n for n, k in self._kinds.items() if k == "entity")

    @cached_property
    def canonical(self) -> dict[str, str]:
        """Every event node -> the node of its real-world event (a curated description first, else the least IRI)."""
        if self.partial:
            raise ValueError("these data were read without what merges events (keep=...); read them whole")
        return self._same_events(self._described_roles)

    @cached_property
    def members(self) -> dict[str, list[str]]:
        """The node of each real-world event -> its descriptions."""
        members: dict[str, list[str]] = defaultdict(list)
        for ev, canon in sorted(self.canonical.items()):
            members[canon].append(ev)
        return members

    @cached_property
    def kinds(self) -> dict[str, str]:
        """Entities and events by node, one node per real-world event."""
        canonical = self.canonical
        return {n: k for n, k in self._kinds.items() if canonical.get(n, n) == n}

    @cached_property
    def roles(self) -> list[tuple[str, str, str]]:
        """(event, role, participant) of the merged events, sorted."""
        canonical = self.canonical
        return sorted({(canonical.get(ev, ev), role, canonical.get(who, who)) for ev, role, who in self._described_roles})

    @cached_property
    def roles_of(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for ev, role, who in self.roles:
            out[ev].append((role, who))
        return out

    @cached_property
    def _statement_index(self) -> tuple[dict[tuple[str, str, str], list[str]], dict[str, list[str]]]:
        statements: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        by_event: dict[str, list[str]] = defaultdict(list)
        subjects, predicates, objects = (self._by.get(_T[k], {}) for k in ("subject", "predicate", "object"))
        events, canonical, statement = self._by.get(_T["event"], {}), self.canonical, _T["statement"]
        for node, classes in self._by[_T["type"]].items():
            if statement in classes:
                key = _oriented(_first(subjects.get(node)), _local(_first(predicates.get(node))), _first(objects.get(node)))
                statements[key].append(node)
                for ev in events.get(node, ()):
                    by_event[canonical.get(ev, ev)].append(node)
        return statements, by_event

    @property
    def statements(self) -> dict[tuple[str, str, str], list[str]]:
        """Each fact (s, relation, o) -> the statements that assert it."""
        return self._statement_index[0]

    @property
    def by_event(self) -> dict[str, list[str]]:
        """Each merged event -> the statements that are shortcuts of it."""
        return self._statement_index[1]

    def _same_events(self, roles: set[tuple[str, str, str]]) -> dict[str, str]:
        """Every event node -> the node of its real-world event (a curated description first, else the least IRI)."""
        events = sorted(n for n, k in self._kinds.items() if k == "event")
        of: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for ev, role, who in roles:
            of[ev].append((role, who))
        derived, parts, curated = self._by.get(_T["derived"], _NONE), self._by.get(_T["partOf"], _NONE), self._curated
        article = {}
        for ev in events:  # the article an event was read from: its sentence's article, or the one it cites
            cited = _least(derived.get(ev))
            article[ev] = None if cited is None else (_least(parts.get(cited)) or cited)
        types, is_event = self.types, set(events)
        keys = {ev: same_event_key(types[ev], of.get(ev, ()), article[ev]) for ev in events}
        naming = [ev for ev in events if any(w in is_event for _, w in of.get(ev, ()))]  # a praise names an event
        merged: dict[str, str] = {}  # the descriptions that are not their event's node -> that node
        for round in range(4):  # settle the events that others name first
            if round:
                changed = False
                for ev in naming:
                    key = same_event_key(types[ev], [(r, merged.get(w, w)) for r, w in of[ev]], article[ev])
                    if key != keys[ev]:
                        keys[ev], changed = key, True
                if not changed:
                    break
            groups: dict[tuple, list[str]] = defaultdict(list)
            for ev in events:
                groups[keys[ev]].append(ev)
            new = {}
            for members in groups.values():
                if len(members) > 1:  # most events are told once
                    head = min(members, key=lambda e: (e not in curated, e))
                    new.update((ev, head) for ev in members if ev != head)
            if new == merged:
                break
            merged = new
        return {ev: merged.get(ev, ev) for ev in events}

    def events_of(self, stmt: str) -> list[str]:
        """The events a statement is a shortcut of (each as its merged event)."""
        found = self._events_of.get(stmt)
        if found is None:
            canonical = self.canonical
            found = self._events_of[stmt] = list(dict.fromkeys(
                canonical.get(e, e) for e in self.values(stmt, _T["event"])))
        return found

    # -- plain values
    def values(self, node: Any, prop: Any) -> list[Any]:
        """The distinct values, sorted: the same whatever order the quads came in."""
        found = self._by.get(prop if type(prop) is str else _plain(prop), _NONE).get(node, ())
        return sorted(set(found)) if len(found) > 1 else list(found)

    def value(self, node: Any, prop: Any) -> Any:
        """One value: the least when there are several."""
        return _least(self._by.get(prop if type(prop) is str else _plain(prop), _NONE).get(node))

    def has_type(self, node: Any, cls: Any) -> bool:
        return (cls if type(cls) is str else _plain(cls)) in self._by[_T["type"]].get(node, ())

    def label(self, node: Any) -> str:
        """skos:prefLabel, else rdfs:label, else the end of the IRI."""
        for prop in (_T["prefLabel"], _T["label"]):
            found = self._by.get(prop, _NONE).get(node)
            if found:
                return min(found)
        tail = str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return tail.replace("_", " ") or str(node)

    def event_label(self, node: Any) -> str:
        """An event's own label, else its class and participants: "sanctions relief: United States → Belarus"."""
        labelled = (self._by.get(_T["prefLabel"], _NONE), self._by.get(_T["label"], _NONE))
        for member in self.members.get(node) or (node,):
            if any(table.get(member) for table in labelled):
                return self.label(member)
        cls = self.types.get(node, "Event")
        named, kinds = self._party_names, self.kinds
        actors, others = set(), set()
        for role, who in self.roles_of.get(node, ()):
            if role in _ACTOR_ROLES:
                into = actors
            elif role in _OTHER_ROLES:
                into = others
            else:
                continue
            name = named.get(who)
            if name is None:  # an event by its class, anything else by its label; each read once
                name = named[who] = (self.schema.label(self.types.get(who, "Event")) if kinds.get(who) == "event"
                                     else self.label(who))
            into.add(name)
        actors, others = sorted(actors), sorted(others)
        text = " & ".join(actors) + (" → " if actors and others else "") + ", ".join(others)
        return f"{self.schema.label(cls)}: {text}" if text else self.label(node)

    @cached_property
    def _name_tables(self) -> tuple[dict[str, list[str]], ...]:
        return tuple(table for prop in (_T["altLabel"], _T["label"], _T["prefLabel"]) if (table := self._by.get(prop)))

    @cached_property
    def _id_tables(self) -> tuple[tuple[str, dict[str, list[str]]], ...]:
        return tuple((scheme, table) for prop, scheme in _IDENTIFIERS.items() if (table := self._by.get(prop)))

    def aliases(self, node: Any) -> tuple[str, ...]:
        names: set[str] = set()
        for table in self._name_tables:
            found = table.get(node)
            if found:
                names.update(found)
        if not names:  # most events have no name of their own
            return ()
        names.discard(self.label(node))
        return tuple(sorted(names))

    def identifiers(self, node: Any) -> tuple[tuple[str, str], ...]:
        out = []
        for scheme, table in self._id_tables:
            found = table.get(node)
            if found:
                out += [(scheme, v) for v in sorted(set(found))]
        same = self._by.get(_T["sameAs"], _NONE).get(node)
        for iri in sorted(set(same)) if same else ():
            if "geonames.org" not in iri:
                out.append(("sameAs", iri))
        return tuple(out)

    def method(self, node: Any) -> str:
        """``curated`` for what the curated graph types, else ``extracted``."""
        return "curated" if node in self._curated else "extracted"

    # -- provenance
    def _article(self, article: str | None) -> tuple[str | None, ...]:
        """(article, headline, source file, published, url) of an article, read once."""
        info = self._articles.get(article)
        if info is None:
            info = self._articles[article] = (
                article, self.value(article, _T["headline"]), self.value(article, _T["sourceFile"]),
                self.value(article, _T["published"]), self.value(article, _T["url"]))
        return info

    def _derived(self, node: Any, *, method: str | None, confidence: float | None, rule: str | None,
                 quote: str | None) -> list[Source]:
        derived = self._by.get(_T["derived"], _NONE).get(node)
        if not derived:
            return []
        types, texts, parts = self._by[_T["type"]], self._by.get(_T["text"], _NONE), self._by.get(_T["partOf"], _NONE)
        sentence_class = _T["sentence"]
        out, articles = [], []
        for d in sorted(set(derived)) if len(derived) > 1 else derived:
            text = texts.get(d)
            if text or sentence_class in types.get(d, ()):
                out.append(Source(_least(text), *self._article(_least(parts.get(d))), method, confidence, rule))
            else:
                articles.append(d)
        if articles:
            covered = {src.article for src in out}
            for a in articles:
                if a not in covered:
                    out.append(Source(quote, *self._article(a), method, confidence, rule))
        return out

    def statement_sources(self, stmt: Any) -> list[Source]:
        found = self._statement_sources.get(stmt)
        if found is not None:
            return found
        activity = self.value(stmt, _T["generated"])
        method = None if activity is None else self._activities.get(activity)
        if method is None and activity is not None:
            if self.has_type(activity, _T["curation"]):
                method = self._activities[activity] = "curated"
            elif self.has_type(activity, _T["extraction"]):
                method = self._activities[activity] = "extracted"
        if method is None:
            method = self.method(stmt)
        found = self._statement_sources[stmt] = self._derived(
            stmt, method=method, confidence=_float(self.value(stmt, _T["confidence"])),
            rule=self.value(stmt, _T["rule"]), quote=self.value(stmt, _T["quote"]))
        return found

    def fact_sources(self, key: tuple[Any, str, Any]) -> list[Source]:
        out = [src for stmt in sorted(self.statements.get(key, ())) for src in self.statement_sources(stmt)]
        return list(dict.fromkeys(out))

    def event_sources(self, event: Any) -> list[Source]:
        """The sources of every description of the event: each one's own sentence or article, then its statements'."""
        out = []
        members = self.members.get(event, [event])
        for member in sorted(members, key=lambda e: (self.method(e) != "curated", e)) if len(members) > 1 else members:
            out += self._derived(member, method=self.method(member),
                                 confidence=_float(self.value(member, _T["confidence"])), rule=None, quote=None)
        for stmt in sorted(self.by_event.get(event, ())):
            out.extend(self.statement_sources(stmt))
        seen, unique = set(), []
        for src in out:  # the event's own source first; a statement citing the same sentence adds nothing
            key = (src.sentence, src.article)
            if key not in seen:
                seen.add(key)
                unique.append(src)
        return unique

    # -- nodes
    @cached_property
    def _detail_tables(self) -> list[tuple[str, dict[str, list[str]]]]:
        """(attribute, subject -> values) of each detail property the build has, in the order of ``_DETAILS``."""
        return [(name, table) for prop, name in _DETAILS.items() if (table := self._by.get(prop))]

    def node_attributes(self, node: Any) -> dict[str, Any]:
        cls = self.types.get(node, "Thing")
        attrs: dict[str, Any] = {
            "label": self.event_label(node) if self.kinds.get(node) == "event" else self.label(node),
            "type": cls,
            "type_label": self.schema.label(cls),
            "kind": self.kinds.get(node, "entity"),
            "aliases": self.aliases(node),
            "identifiers": self.identifiers(node),
        }
        members = self.members.get(node) or [node]
        for name, table in self._detail_tables:
            for m in members:
                found = table.get(m)
                if found:  # the first description that has it
                    val = _least(found)
                    attrs[name] = _count(val) if name == "count" else str(val)
                    break
        if attrs["kind"] == "event":
            sources = tuple(self.event_sources(node))
            attrs["sources"] = sources
            attrs["method"] = "+".join(sorted({self.method(m) for m in members})) if len(members) > 1 else self.method(members[0])
            if len(members) > 1:
                attrs["descriptions"] = tuple(members)
            confidences = [s.confidence for s in sources if s.confidence is not None]
            attrs["confidence"] = max(confidences) if confidences else None
            attrs["articles"] = tuple(sorted({s.article for s in sources if s.article}))
        return attrs


def _count(value: str) -> int | str:
    try:
        return int(value)
    except ValueError:
        return str(value)


_NONE: dict[str, list[str]] = {}


def _least(values: list[str] | None) -> str | None:
    """The least of a node's values of a property (the same whatever order the quads came in), or None."""
    return (values[0] if len(values) == 1 else min(values)) if values else None


def _first(values: Iterable[Any] | None) -> Any:
    for v in values or ():
        return v
    return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def graph_data(data: Dataset | Graph | ox.Store | GraphData) -> GraphData:
    """Index a build (a pyoxigraph store, or rdflib data) for the views; a :class:`GraphData` passes through."""
    return data if isinstance(data, GraphData) else GraphData(to_store(data))


STATS_PREDICATES = frozenset({_T["type"], _T["prefLabel"], _T["label"]})  # with the core facts and the ontology


def read_build(out_dir: Any, *, keep: Iterable[str] | None = None) -> GraphData:
    """The build in ``out_dir`` read for the views (``kg viz``, ``kg stats``), through pyoxigraph.

    ``keep``: only these predicates besides the core facts and the ontology (``STATS_PREDICATES``
    for :func:`stats`); the build is read whole again if a fact links an event, whose label needs more.

    >>> read_build("no/such/dir")
    Traceback (most recent call last):
    ...
    kg.errors.NotBuiltError: no/such/dir/graph.nq: no built graph here; run `kg build` first
    """
    from kg.pipeline.folder import require_build

    path = require_build(out_dir)
    # Streamed: one pass over the file, no store to fill and query. kg wrote and checked this file,
    # so IRIs and language tags are not validated again (lenient); bad syntax is still an error.
    try:
        with paused_gc():
            data = GraphData(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True), keep=keep)
            if keep is not None and any(data.raw_kind(n) == "event" for s, _, o in data.core for n in (s, o)):
                data = GraphData(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True))
        return data
    except SyntaxError as exc:
        raise InputError(f"cannot parse the built graph: {exc}", where=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read the built graph: {exc}", where=str(path)) from exc


# --------------------------------------------------------------------------- views


def _check_relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    if not relations:
        return None
    wanted = frozenset(relations)
    bad = sorted(wanted - set(CORE_PREDICATES))
    if bad:
        raise InputError(f"unknown relation {bad[0]!r}; valid relations: {', '.join(CORE_PREDICATES)}",
                         where="--relation")
    return wanted


def _add_node(g: nx.MultiDiGraph, data: GraphData, node: Any) -> None:
    if str(node) not in g:
        g.add_node(str(node), **data.node_attributes(node))


def _add_fact(g: nx.MultiDiGraph, data: GraphData, key: tuple[Any, str, Any]) -> None:
    s, rel, o = key
    _add_node(g, data, s)
    _add_node(g, data, o)
    sources = tuple(data.fact_sources(key))
    confidences = [src.confidence for src in sources if src.confidence is not None]
    methods = sorted({src.method for src in sources if src.method})
    events = tuple(sorted({e for stmt in data.statements.get(key, ()) for e in data.events_of(stmt)}))
    g.add_edge(str(s), str(o), key=rel, relation=rel, label=data.schema.label(rel), kind="fact",
               confidence=max(confidences) if confidences else None, method="+".join(methods) or None,
               sources=sources, events=events, articles=tuple(sorted({s.article for s in sources if s.article})))


def _base_graph(view: str, data: GraphData, relations: frozenset[str] | None) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(view=view)
    if relations:
        g.graph["relations"] = ",".join(sorted(relations))
    else:  # every entity, related or not
        for node in data.entities():
            _add_node(g, data, node)
    return g


def direct_graph(data: Dataset | Graph | GraphData, *, relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Entities as nodes, core relations as edges (optionally only ``relations``).

    Without a relation filter every entity is a node, related or not; with one,
    only the endpoints of the kept edges are.

    >>> g = direct_graph(example_dataset(), relations=["sanctionsLiftedOn"])
    >>> g.number_of_nodes(), g.number_of_edges()
    (2, 1)
    >>> direct_graph(example_dataset(), relations=["bombed"])
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --relation: unknown relation 'bombed'; valid relations: sanctionsLiftedOn, sanctionsImposedOn, released, releasedTo, praisedBy, metWith, leaderOf
    """
    data = graph_data(data)
    wanted = _check_relations(relations)
    g = _base_graph("direct", data, wanted)
    for key in sorted(data.core):  # (subject, relation, object): strings, literals among them
        if wanted is None or key[1] in wanted:
            _add_fact(g, data, key)
    return g


def event_graph(data: Dataset | Graph | GraphData, *, relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Event nodes linked to their participants by role edges, plus core facts that have no event.

    With ``relations``, only the events that core facts of those relations are
    shortcuts of (and the event-less facts of those relations) are kept.

    >>> g = event_graph(example_dataset())
    >>> sorted(d["kind"] for _, d in g.nodes(data=True))
    ['entity', 'entity', 'entity', 'event']
    """
    data = graph_data(data)
    wanted = _check_relations(relations)
    g = _base_graph("events", data, wanted)
    event_relations: dict[Any, set[str]] = defaultdict(set)
    with_event: set[tuple[Any, str, Any]] = set()  # the facts that are shortcuts of an event
    for fact, stmts in data.statements.items():
        for stmt in stmts:
            for ev in data.events_of(stmt):
                event_relations[ev].add(fact[1])
                with_event.add(fact)
    events = sorted((n for n, k in data.kinds.items() if k == "event"), key=str)
    kept = [e for e in events if wanted is None or event_relations.get(e, set()) & wanted]
    for ev in kept:
        _add_node(g, data, ev)
        g.nodes[str(ev)]["relations"] = tuple(sorted(event_relations.get(ev, ())))
    kept_set = set(kept)
    for ev, role, who in data.roles:
        if ev in kept_set:
            _add_node(g, data, who)
            g.add_edge(str(ev), str(who), key=role, relation=role, label=data.schema.label(role), kind="role")
    for key in sorted(k for k in data.core if k not in with_event and (wanted is None or k[1] in wanted)):
        _add_fact(g, data, key)
    return g


def view_graph(data: Dataset | Graph | GraphData, view: str = "direct", *, relations: Iterable[str] | None = None,
               focus: str | None = None, hops: int | None = None) -> nx.MultiDiGraph:
    """The graph of one view, filtered by relation and narrowed to ``hops`` around ``focus``.

    >>> g = view_graph(example_dataset(), "direct", focus="US", hops=1)
    >>> sorted(g.nodes[n]["label"] for n in g)
    ['Belarus', 'United States']
    >>> view_graph(example_dataset(), "tree")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --view: unknown view 'tree'; valid views: direct, events
    """
    view = {"event": "events", "direct-relation": "direct"}.get(view, view)
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; valid views: {', '.join(VIEWS)}", where="--view")
    if hops is not None and focus is None:
        raise InputError("needs --focus ENTITY", where="--hops")
    if hops is not None and hops < 0:
        raise InputError(f"must be 0 or more, got {hops}", where="--hops")
    build = direct_graph if view == "direct" else event_graph
    with paused_gc():
        g = build(data, relations=relations)
    if focus is not None:
        g = neighbourhood(g, focus, hops=1 if hops is None else hops)
    return g


def find_node(g: nx.Graph, name: str) -> str:
    """The node a user means by ``name``: an IRI, a label, an alias or an IRI's last segment.

    Matching ignores case. Several entities of the same rank are an error that lists
    them; no match is an error that suggests close names.

    >>> g = direct_graph(example_dataset())
    >>> find_node(g, "belarus"), find_node(g, "US")
    ('https://kg.example.org/id/country/BY', 'https://kg.example.org/id/country/US')
    >>> find_node(g, "Belaru")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --focus: no node matches 'Belaru'; did you mean: Belarus, Belavia?
    """
    want = name.strip().casefold()
    tiers: list[list[str]] = [[], [], [], []]
    for node, attrs in g.nodes(data=True):
        if node == name.strip():
            tiers[0].append(node)
        elif attrs.get("label", "").casefold() == want:
            tiers[1].append(node)
        elif any(a.casefold() == want for a in attrs.get("aliases", ())):
            tiers[2].append(node)
        elif node.rstrip("/").rsplit("/", 1)[-1].casefold() == slug(name).casefold():
            tiers[3].append(node)
    for tier in tiers:
        if len(tier) == 1:
            return tier[0]
        if tier:
            listed = "; ".join(f"{g.nodes[n].get('label')} <{n}>" for n in sorted(tier))
            raise InputError(f"{name!r} matches several nodes: {listed}; pass the IRI", where="--focus")
    names = sorted({attrs.get("label", "") for _, attrs in g.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise InputError(f"no node matches {name!r}{hint}", where="--focus")


def neighbourhood(g: nx.MultiDiGraph, focus: str, *, hops: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``hops`` edges of ``focus`` (edges followed in both directions).

    >>> g = neighbourhood(direct_graph(example_dataset()), "Belarus", hops=0)
    >>> list(g.nodes)
    ['https://kg.example.org/id/country/BY']
    """
    center = find_node(g, focus)
    keep = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=hops)
    sub = g.subgraph(keep).copy()
    sub.graph.update(focus=center, hops=hops)
    return sub


# --------------------------------------------------------------------------- statistics


@dataclass
class Leader:
    """One node of the leaderboards."""

    iri: str
    label: str
    type: str
    degree: int
    degree_centrality: float
    betweenness: float


@dataclass
class GraphStats:
    """Counts by type and the most connected and most central nodes."""

    nodes: int
    edges: int
    components: int
    entities: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)
    by_degree: list[Leader] = field(default_factory=list)
    by_betweenness: list[Leader] = field(default_factory=list)
    betweenness_sampled: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """A plain-text report for the terminal."""
        lines = [f"Direct-relation graph: {self.nodes} nodes, {self.edges} edges, {self.components} component(s)"]
        for name, counts in (("entities", self.entities), ("events", self.events), ("facts", self.facts)):
            detail = ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
            lines.append(f"  {name:<9} {sum(counts.values()):>5}  ({detail})")
        note = f" (estimated from {BETWEENNESS_SAMPLE} sources)" if self.betweenness_sampled else ""
        for title, rows in (("Leaders by degree", self.by_degree),
                            (f"Leaders by betweenness centrality{note}", self.by_betweenness)):
            lines += ["", title]
            if not rows:
                lines.append("  (no nodes)")
            names = [r.label if len(r.label) <= 46 else r.label[:45] + "…" for r in rows]
            wn = max((len(n) for n in names), default=0)
            wt = max((len(r.type) for r in rows), default=0)
            for i, (name, r) in enumerate(zip(names, rows), 1):
                lines.append(f"  {i:>2}. {name:<{wn}}  {r.type:<{wt}}  degree {r.degree:>4}  "
                             f"betweenness {r.betweenness:.3f}")
        return "\n".join(lines)


def count_types(data: Dataset | Graph | GraphData) -> dict[str, dict[str, int]]:
    """Entities and events by asserted kgo: class, facts by relation (distinct subject-object pairs).

    >>> count_types(example_dataset())
    {'entities': {'Airline': 1, 'Country': 2}, 'events': {'SanctionsRelief': 1}, 'facts': {'sanctionsLiftedOn': 1}}
    """
    data = graph_data(data)
    typed: dict[str, dict[str, set[Any]]] = {"entity": defaultdict(set), "event": defaultdict(set)}
    for node in data.types:  # every description of an event, as the build's summary counts them
        for t in data.values(node, RDF.type):
            cls = _local(t)
            kind = data.schema.kind(cls) if cls else None
            if kind:
                typed[kind][cls].add(node)
    facts = Counter(rel for _, rel, _ in data.core)
    return {
        "entities": {k: len(v) for k, v in sorted(typed["entity"].items())},
        "events": {k: len(v) for k, v in sorted(typed["event"].items())},
        "facts": {p: facts[p] for p in CORE_PREDICATES if facts[p]},
    }


def _outline(data: GraphData) -> nx.MultiDiGraph:
    """The direct view's nodes and edges with labels and types only (no sources): what the statistics need.

    >>> g = _outline(graph_data(example_dataset()))
    >>> sorted(g.nodes(data="label")), list(g.edges(keys=True))[0][2]
    ([('https://kg.example.org/id/belavia', 'Belavia'), ('https://kg.example.org/id/country/BY', 'Belarus'), ('https://kg.example.org/id/country/US', 'United States')], 'sanctionsLiftedOn')
    """
    g = nx.MultiDiGraph(view="direct")

    def add(node: str) -> None:
        if node not in g:
            kind = data.raw_kind(node) or "entity"
            if kind == "event" and data.kinds.get(node) != "event":  # a description merged into another
                kind = "entity"
            g.add_node(node, label=data.event_label(node) if kind == "event" else data.label(node),
                       type=data.types.get(node, "Thing"))

    for node in data.entities():
        add(node)
    for s, rel, o in sorted(data.core, key=lambda k: (str(k[0]), k[1], str(k[2]))):
        add(s)
        add(o)
        g.add_edge(s, o, key=rel)
    return g


def _betweenness(g: nx.MultiDiGraph, sampled: bool) -> dict[str, float]:
    """Normalised betweenness of every node of ``g`` taken as a simple undirected graph.

    Exact with rustworkx (Brandes' algorithm, compiled, the same figures as networkx);
    ``sampled``: estimated from ``BETWEENNESS_SAMPLE`` sources drawn as networkx draws them
    (:func:`sampled_betweenness`, the same figures as ``nx.betweenness_centrality(k=..., seed=0)``).

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("b", "c")])
    >>> _betweenness(g, False) == nx.betweenness_centrality(nx.Graph(g.to_undirected())) == {"a": 0.0, "b": 1.0, "c": 0.0}
    True
    """
    if not g:
        return {}
    nodes = list(g)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in g.edges()]
    if sampled:
        return dict(zip(nodes, sampled_betweenness(len(nodes), pairs, BETWEENNESS_SAMPLE).tolist()))
    import rustworkx as rx

    simple = rx.PyGraph(multigraph=False)  # parallel edges and both directions count once, as in nx.Graph
    simple.add_nodes_from(nodes)
    simple.add_edges_from_no_data(pairs)
    scores = rx.graph_betweenness_centrality(simple, normalized=True, endpoints=False)
    return {node: scores[i] for i, node in enumerate(nodes)}


def sampled_betweenness(n: int, edges: Iterable[tuple[int, int]], k: int, seed: int = 0) -> "np.ndarray":
    """Betweenness of the undirected graph of ``n`` nodes and ``edges`` (pairs of node numbers), estimated from ``k`` sources.

    The sources are the ones networkx draws (``random.Random(seed).sample(range(n), k)``),
    the dependencies are accumulated as Brandes' algorithm does, one breadth-first search
    per source, each level handled at once with numpy, and the sums are normalised as
    ``networkx.betweenness_centrality(G, k=k, seed=seed)`` does (networkx 3.5 on): the same
    figures, in a fraction of the time.

    >>> g = nx.gnm_random_graph(60, 120, seed=1)
    >>> ours = sampled_betweenness(60, g.edges(), 10)
    >>> theirs = nx.betweenness_centrality(g, k=10, seed=0)
    >>> bool(max(abs(ours[v] - theirs[v]) for v in g) < 1e-12)
    True
    """
    import random

    import numpy as np

    if k >= n:
        raise ValueError("sample fewer sources than nodes")
    pairs = np.array([(u, v) for u, v in edges if u != v], dtype=np.int64).reshape(-1, 2)
    both = np.concatenate([pairs, pairs[:, ::-1]])
    both = np.unique(both, axis=0)  # a simple graph: each neighbour once, sorted by node
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(both[:, 0], minlength=n), out=indptr[1:])
    neighbours = both[:, 1]
    sources = random.Random(seed).sample(range(n), k)
    total = np.zeros(n)
    for s in sources:
        dist = np.full(n, -1, dtype=np.int64)
        sigma = np.zeros(n)
        dist[s], sigma[s] = 0, 1.0
        frontier, levels, depth = np.array([s]), [], 0
        while frontier.size:  # breadth first, one level at a time
            starts = indptr[frontier]
            counts = indptr[frontier + 1] - starts
            reach = int(counts.sum())
            if not reach:
                break
            firsts = np.cumsum(counts) - counts
            at = np.repeat(starts - firsts, counts) + np.arange(reach)
            parent, child = np.repeat(frontier, counts), neighbours[at]
            new = dist[child] == -1  # edges of the shortest-path DAG: to nodes not reached before
            parent, child = parent[new], child[new]
            frontier, at_child = np.unique(child, return_inverse=True)
            depth += 1
            dist[frontier] = depth
            sigma[frontier] = np.bincount(at_child, weights=sigma[parent])  # work in the size of the level, not of n
            levels.append((parent, child))
        delta = np.zeros(n)
        for parent, child in reversed(levels):  # dependencies, from the farthest level back
            up, at_parent = np.unique(parent, return_inverse=True)
            delta[up] = np.bincount(at_parent, weights=sigma[parent] * ((1.0 + delta[child]) / sigma[child]))
        delta[s] = 0.0
        total += delta
    scale = np.full(n, 1.0 / (k * (n - 2)))  # the pairs (source, target) that could pass through a node
    scale[sources] = 1.0 / ((k - 1) * (n - 2)) if k > 1 else float("nan")  # a source is never its own target
    return total * scale


def stats(data: Dataset | Graph | GraphData, *, top: int = 10) -> GraphStats:
    """Counts by type, and the ``top`` nodes of the direct view by degree and by betweenness.

    Centrality is computed on the undirected direct-relation graph: betweenness is exact
    up to ``BETWEENNESS_EXACT`` nodes and estimated from ``BETWEENNESS_SAMPLE`` sources above
    (``betweenness_sampled`` says which).

    >>> s = stats(example_dataset(), top=2)
    >>> s.nodes, s.edges, [(r.label, r.degree) for r in s.by_degree]
    (3, 1, [('Belarus', 1), ('United States', 1)])
    """
    if top < 1:
        raise InputError(f"must be 1 or more, got {top}", where="--top")
    with paused_gc():
        return _stats(graph_data(data), top)


def _stats(data: GraphData, top: int) -> GraphStats:
    g = _outline(data)
    n = g.number_of_nodes()
    sampled = n > BETWEENNESS_EXACT
    between = _betweenness(g, sampled)
    degree = dict(g.degree())
    rows = [Leader(iri=node, label=g.nodes[node]["label"], type=g.nodes[node]["type"], degree=degree[node],
                   degree_centrality=round(degree[node] / (n - 1), 4) if n > 1 else 0.0,
                   betweenness=round(between.get(node, 0.0), 4)) for node in g]
    counts = count_types(data)
    return GraphStats(
        nodes=g.number_of_nodes(), edges=g.number_of_edges(),
        components=nx.number_weakly_connected_components(g) if n else 0,
        entities=counts["entities"], events=counts["events"], facts=counts["facts"],
        by_degree=sorted(rows, key=lambda r: (-r.degree, r.label, r.iri))[:top],
        by_betweenness=sorted(rows, key=lambda r: (-r.betweenness, -r.degree, r.label, r.iri))[:top],
        betweenness_sampled=sampled,
    )


# --------------------------------------------------------------------------- GraphML / GEXF


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return "; ".join(value) if value else None
    if isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return "; ".join(f"{k}={v}" for k, v in value) if value else None
    if isinstance(value, tuple) and all(isinstance(v, Source) for v in value):
        return json.dumps([v.to_dict() for v in value], ensure_ascii=False) if value else None
    return str(value)


# --- styles: the colours and shapes that the page and the GEXF export share ---------------

@lru_cache(maxsize=1)
def styles() -> dict[str, Any]:
    """The colours and shapes of ``kg/resources/viz/styles.json``.

    >>> styles()["classes"]["Country"]["shape"]
    'square'
    """
    with open(VIZ_DIR / "styles.json", encoding="utf-8") as fh:
        conf = json.load(fh)
    for key in ("symbols", "default", "classes", "relations", "role_color"):
        if key not in conf:
            raise InputError(f"missing key {key!r}", where=str(VIZ_DIR / "styles.json"))
    return conf


def node_style(cls: str, schema: Schema | None = None) -> tuple[str, str]:
    """(colour, vis-network shape) of a class: its own style, else its nearest styled superclass.

    >>> node_style("Ministry"), node_style("PrisonerTransfer"), node_style("Unknown")
    (('#8cd17d', 'triangle'), ('#fabfd2', 'diamond'), ('#bab0ac', 'dot'))
    """
    conf = styles()
    schema = schema or bundled_schema()
    frontier, seen = [cls], set()
    while frontier:
        for c in frontier:
            if c in conf["classes"]:
                style = conf["classes"][c]
                return style["color"], style["shape"]
        seen.update(frontier)
        frontier = sorted({p for c in frontier for p in schema.parents.get(c, ()) if p not in seen})
    return conf["default"]["color"], conf["default"]["shape"]


def _hex_rgb(color: str) -> dict[str, int]:
    color = color.lstrip("#")
    return {"r": int(color[0:2], 16), "g": int(color[2:4], 16), "b": int(color[4:6], 16), "a": 1.0}


def portable_graph(g: nx.MultiDiGraph, *, gexf_viz: bool = False) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings or numbers (tuples joined, sources as JSON).

    With ``gexf_viz``, nodes also get the colour and degree-based size that Gephi shows.

    >>> p = portable_graph(direct_graph(example_dataset()))
    >>> p.nodes["https://kg.example.org/id/country/US"]["aliases"]
    'US'
    """
    out = nx.MultiDiGraph(**{k: v for k, v in g.graph.items() if _scalar(v) is not None})
    styles = None
    if gexf_viz:
        styles = node_style
    for node, attrs in g.nodes(data=True):
        clean = {k: _scalar(v) for k, v in attrs.items()}
        clean = {k: v for k, v in clean.items() if v is not None}
        if styles is not None:
            color, _ = styles(attrs.get("type", ""))
            clean["viz"] = {"color": _hex_rgb(color), "size": 10.0 + 5.0 * math.sqrt(g.degree(node))}
        out.add_node(node, **clean)
    for u, v, key, attrs in g.edges(keys=True, data=True):
        clean = {k: _scalar(val) for k, val in attrs.items()}
        out.add_edge(u, v, key=key, **{k: val for k, val in clean.items() if val is not None})
    return out


def serialize(dataset: Dataset | Graph, fmt_label: str, *, view: str = "direct") -> bytes:
    """The ``view`` graph as GraphML or GEXF 1.2 (for Gephi), UTF-8 bytes.

    >>> xml = serialize(example_dataset(), "graphml").decode()
    >>> xml.startswith("<?xml") and "United States" in xml
    True
    >>> serialize(example_dataset(), "dot")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: unknown network format 'dot'; valid: graphml, gexf
    """
    if fmt_label not in NETWORK_FORMATS:
        raise InputError(f"unknown network format {fmt_label!r}; valid: {', '.join(NETWORK_FORMATS)}")
    g = view_graph(dataset, view)
    buf = io.BytesIO()
    if fmt_label == "graphml":
        nx.write_graphml(portable_graph(g), buf, encoding="utf-8", prettyprint=True)
    else:
        nx.write_gexf(portable_graph(g, gexf_viz=True), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue()
