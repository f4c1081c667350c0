"""Extractions + curated triples -> one RDF dataset with named graphs.

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
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
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
    bind_prefixes,
    graph_iri,
    sentence_iri,
    statement_iri,
)

SYMMETRIC = {"metWith"}
FUNCTIONAL = {"leaderOf"}  # one office-holder per office and article


@dataclass
class Assembly:
    """The assembled dataset and what the merge found."""

    dataset: Dataset
    disagreements: list[dict[str, Any]] = field(default_factory=list)


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


def load_curated(path: Path, *, settings: Settings) -> Graph:
    """Parse and check a curated-facts file. Relative IRIs resolve against the base IRI."""
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

    >>> nt_iri("https://kg.example.org/id/Belarus")
    '<https://kg.example.org/id/Belarus>'
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
    city = geo.city(label)
    return _identifier("geonames", city.geonames_id) if city is not None else ()


def enrich_triples(triples: set[Triple]) -> None:
    """Add ISO 3166 codes and GeoNames IDs to the countries and cities in ``triples``.

    A node with several preferred labels is looked up by the first of them in sorted order.
    """
    typed = [(s, o) for s, p, o in triples if p == _TYPE and (o == _COUNTRY or o == _CITY)]
    if not typed:
        return
    labels: dict[str, str] = {}
    for s, p, o in triples:
        if p == _PREF and (s not in labels or o < labels[s]):
            labels[s] = o
    for node, cls in typed:
        label = str(to_rdflib(labels[node])) if node in labels else ""
        if label:
            triples.update((node, p, o) for p, o in _enrichment(cls, label))


def _add(g: Graph, triples: Iterable[Triple]) -> None:
    for s, p, o in triples:
        g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))


def add_entity(g: Graph, entity: Entity) -> URIRef:
    """Describe an entity in ``g`` (see :func:`entity_triples`)."""
    _add(g, entity_triples(entity))
    return URIRef(entity.iri)


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
    node = nt_iri(sentence_iri(doc_id, start, end, base=settings.base_iri))
    return ((node, _TYPE, _kgo("Sentence")), (node, _TEXT, nt_literal(text)),
            (node, _PART_OF, nt_iri(article_iri(doc_id, base=settings.base_iri))),
            (node, _kgo("startOffset"), _nt_typed(start, _XSD_INT)),
            (node, _kgo("endOffset"), _nt_typed(end, _XSD_INT)))


def add_sentence(g: Graph, doc_id: str, start: int, end: int, text: str, *, settings: Settings) -> URIRef:
    """Describe a sentence in ``g`` (see :func:`sentence_triples`)."""
    _add(g, sentence_triples(doc_id, start, end, text, settings=settings))
    return sentence_iri(doc_id, start, end, base=settings.base_iri)


class _ArticleBuilder:
    """Collects the triples of one article."""

    def __init__(self, extraction: Extraction, settings: Settings) -> None:
        self.settings = settings
        self.doc_id = extraction.article.doc_id
        self.triples: set[Triple] = set()
        self._sentences: dict[tuple[int, int, str], str] = {}

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
        node = nt_iri(article_iri(art.doc_id, base=settings.base_iri))
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
        for role, entity in event.roles:
            self.triples.update(entity_triples(entity))
            add((node, _kgo(role), nt_iri(entity.iri)))
        if event.date:
            add((node, _kgo("date"), _lit_date(event.date)))
        if event.count is not None:
            add((node, _kgo("count"), _nt_typed(event.count, _XSD_NNI)))
        if event.place is not None:
            self.triples.update(entity_triples(event.place))
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
            self.triples.update(entity_triples(fact.subject))
        self.triples.update(entity_triples(fact.object))
        add((s, p, o))
        stmt = nt_iri(statement_iri(fact.doc_id, fact.subject.iri, fact.predicate, fact.object.iri,
                                    base=settings.base_iri))
        self.triples.update((
            (stmt, _TYPE, _kgo("FactStatement")), (stmt, _SUBJ, s), (stmt, _PRED, p), (stmt, _OBJ, o),
            (stmt, _kgo("confidence"), _nt_typed(round(fact.confidence, 3), _XSD_DEC)),
            (stmt, _DERIVED, self.sentence(fact.sentence)), (stmt, _GENERATED, activity)))
        if fact.event:
            add((stmt, _kgo("event"), nt_iri(fact.event)))
        if fact.rule:
            add((stmt, _kgo("rule"), nt_literal(fact.rule)))


def article_triples(extraction: Extraction, *, settings: Settings,
                    skip: set[tuple[str, str, str]] = frozenset()) -> set[Triple]:
    """Everything read from one article, as N-Triples term tuples (facts in ``skip`` left out)."""
    b = _ArticleBuilder(extraction, settings)
    art = b.article(extraction)
    activity = b.activity()
    b.triples.add((activity, _USED, art))
    for entity in extraction.entities:
        b.triples.update(entity_triples(entity))
    kept_events = {f.event for f in extraction.facts if f.key not in skip}
    for event in extraction.events:
        if event.iri in kept_events:
            b.event(event)
    for fact in extraction.facts:
        if fact.key not in skip:
            b.fact(fact, activity)
    enrich_triples(b.triples)
    return b.triples


def article_graph(extraction: Extraction, *, settings: Settings, skip: set[tuple[str, str, str]] = frozenset()) -> Graph:
    """Everything read from one article, as one graph (facts in ``skip`` left out)."""
    g = Graph()
    _add(g, article_triples(extraction, settings=settings, skip=skip))
    return g


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


def assemble(extractions: list[Extraction], *, settings: Settings, ontology: Graph | None = None,
             curated: list[tuple[Path, Graph]] = ()) -> Assembly:
    """Merge everything into a :class:`rdflib.Dataset` with one named graph per source."""
    ds = Dataset()
    bind_prefixes(ds)
    if ontology is not None:
        g = ds.graph(graph_iri("ontology", base=settings.base_iri))
        for t in ontology:
            g.add(t)
    curated_all = Graph()
    for path, graph in curated:
        link_quotes(graph, extractions, settings=settings, source=str(path))
        curated_all += graph
    enrich_identifiers(curated_all)
    if curated:
        g = ds.graph(graph_iri("curated", base=settings.base_iri))
        for t in curated_all:
            g.add(t)
    disagreements, drop = compare_with_curated(extractions, curated_all, settings=settings)
    for ex in extractions:
        g = ds.graph(article_graph_iri(ex.article.doc_id, base=settings.base_iri))
        for t in article_graph(ex, settings=settings, skip=drop):
            g.add(t)
    return Assembly(dataset=ds, disagreements=disagreements)
