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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from . import __version__, geo
from .config import Settings
from .errors import InputError
from .model import Entity, Event, Extraction, Fact
from .namespaces import (
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


def _lit_date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def add_entity(g: Graph, entity: Entity) -> URIRef:
    """Describe an entity: type, labels, aliases, identifiers, counts, attributes."""
    node = URIRef(entity.iri)
    g.add((node, RDF.type, KGO[entity.type]))
    g.add((node, SKOS.prefLabel, Literal(entity.label)))
    g.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        if alias != entity.label:
            g.add((node, SKOS.altLabel, Literal(alias)))
    for scheme, value in entity.identifiers:
        _add_identifier(g, node, scheme, value)
    if entity.count is not None:
        g.add((node, KGO["count"], Literal(entity.count, datatype=XSD.nonNegativeInteger)))
    if entity.count_qualifier:
        g.add((node, KGO.countQualifier, Literal(entity.count_qualifier)))
    for prop, value in entity.attributes:
        obj = URIRef(value) if value.startswith(("http://", "https://", "urn:")) else Literal(value)
        g.add((node, KGO[prop], obj))
    return node


def _add_identifier(g: Graph, node: URIRef, scheme: str, value: str) -> None:
    if scheme == "iso3166-1-alpha2":
        g.add((node, KGO.iso3166Alpha2, Literal(value)))
    elif scheme == "iso3166-1-alpha3":
        g.add((node, KGO.iso3166Alpha3, Literal(value)))
    elif scheme == "geonames":
        g.add((node, KGO.geonamesId, Literal(value)))
        g.add((node, SCHEMA.sameAs, URIRef(f"https://sws.geonames.org/{value}/")))
    elif scheme == "wikidata":  # only ever from a verified source
        g.add((node, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{value}")))


def enrich_identifiers(g: Graph) -> None:
    """Add ISO 3166 codes and GeoNames IDs to countries and cities, from the data packages."""
    for node in set(g.subjects(RDF.type, KGO.Country)):
        label = g.value(node, SKOS.prefLabel)
        rec = geo.country(str(label)) if label else None
        if rec is None:
            continue
        _add_identifier(g, node, "iso3166-1-alpha2", rec.alpha2)
        _add_identifier(g, node, "iso3166-1-alpha3", rec.alpha3)
        if rec.geonames_id:
            _add_identifier(g, node, "geonames", rec.geonames_id)
    for node in set(g.subjects(RDF.type, KGO.City)):
        label = g.value(node, SKOS.prefLabel)
        rec = geo.city(str(label)) if label else None
        if rec is not None:
            _add_identifier(g, node, "geonames", rec.geonames_id)


def add_article(g: Graph, extraction: Extraction, *, settings: Settings) -> URIRef:
    """The article node and its extraction activity."""
    art = extraction.article
    node = article_iri(art.doc_id, base=settings.base_iri)
    g.add((node, RDF.type, KGO.NewsArticle))
    if art.title:
        g.add((node, SCHEMA.headline, Literal(art.title)))
    if art.date:
        g.add((node, SCHEMA.datePublished, _lit_date(art.date)))
    if art.url:
        g.add((node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.publisher:
        g.add((node, SCHEMA.publisher, Literal(art.publisher)))
    if art.content_hash:
        g.add((node, KGO.contentHash, Literal(art.content_hash)))
    g.add((node, KGO.sourceFile, Literal(art.source)))
    return node


def _activity(g: Graph, doc_id: str, *, settings: Settings) -> URIRef:
    act = URIRef(f"{settings.base_iri}id/extraction/{doc_id}")
    agent = URIRef(f"{settings.base_iri}id/software/kg-{__version__}")
    g.add((act, RDF.type, KGO.Extraction))
    g.add((act, RDFS.label, Literal(f"kg {__version__} extraction of article {doc_id}")))
    g.add((act, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"kg {__version__}")))
    return act


def add_sentence(g: Graph, doc_id: str, start: int, end: int, text: str, *, settings: Settings) -> URIRef:
    node = sentence_iri(doc_id, start, end, base=settings.base_iri)
    g.add((node, RDF.type, KGO.Sentence))
    g.add((node, SCHEMA.text, Literal(text)))
    g.add((node, SCHEMA.isPartOf, article_iri(doc_id, base=settings.base_iri)))
    g.add((node, KGO.startOffset, Literal(start, datatype=XSD.integer)))
    g.add((node, KGO.endOffset, Literal(end, datatype=XSD.integer)))
    return node


def add_event(g: Graph, event: Event, *, settings: Settings) -> URIRef:
    node = URIRef(event.iri)
    g.add((node, RDF.type, KGO[event.type]))
    for role, entity in event.roles:
        add_entity(g, entity)
        g.add((node, KGO[role], URIRef(entity.iri)))
    if event.date:
        g.add((node, KGO.date, _lit_date(event.date)))
    if event.count is not None:
        g.add((node, KGO["count"], Literal(event.count, datatype=XSD.nonNegativeInteger)))
    if event.place is not None:
        add_entity(g, event.place)
        g.add((node, KGO.place, URIRef(event.place.iri)))
    g.add((node, KGO.confidence, Literal(round(event.confidence, 3), datatype=XSD.decimal)))
    sent = add_sentence(g, event.doc_id, event.sentence.start, event.sentence.end, event.sentence.text, settings=settings)
    g.add((node, PROV.wasDerivedFrom, sent))
    return node


def add_fact(g: Graph, fact: Fact, activity: URIRef, *, settings: Settings) -> URIRef:
    """Assert the binary triple and describe it with a statement node."""
    if fact.predicate not in CORE_PREDICATES:
        raise InputError(f"unknown predicate {fact.predicate!r}; expected one of {', '.join(CORE_PREDICATES)}")
    s, p, o = URIRef(fact.subject.iri), KGO[fact.predicate], URIRef(fact.object.iri)
    if not fact.subject.iri.startswith(f"{settings.base_iri}id/event/"):
        add_entity(g, fact.subject)
    add_entity(g, fact.object)
    g.add((s, p, o))
    stmt = statement_iri(fact.doc_id, fact.subject.iri, fact.predicate, fact.object.iri, base=settings.base_iri)
    g.add((stmt, RDF.type, KGO.FactStatement))
    g.add((stmt, RDF.subject, s))
    g.add((stmt, RDF.predicate, p))
    g.add((stmt, RDF.object, o))
    g.add((stmt, KGO.confidence, Literal(round(fact.confidence, 3), datatype=XSD.decimal)))
    sent = add_sentence(g, fact.doc_id, fact.sentence.start, fact.sentence.end, fact.sentence.text, settings=settings)
    g.add((stmt, PROV.wasDerivedFrom, sent))
    g.add((stmt, PROV.wasGeneratedBy, activity))
    if fact.event:
        g.add((stmt, KGO.event, URIRef(fact.event)))
    if fact.rule:
        g.add((stmt, KGO.rule, Literal(fact.rule)))
    return stmt


def article_graph(extraction: Extraction, *, settings: Settings, skip: set[tuple[str, str, str]] = frozenset()) -> Graph:
    """Everything read from one article, as one graph (facts in ``skip`` left out)."""
    g = Graph()
    doc_id = extraction.article.doc_id
    add_article(g, extraction, settings=settings)
    activity = _activity(g, doc_id, settings=settings)
    g.add((activity, PROV.used, article_iri(doc_id, base=settings.base_iri)))
    for entity in extraction.entities:
        add_entity(g, entity)
    kept_events = {f.event for f in extraction.facts if f.key not in skip}
    for event in extraction.events:
        if event.iri in kept_events:
            add_event(g, event, settings=settings)
    for fact in extraction.facts:
        if fact.key not in skip:
            add_fact(g, fact, activity, settings=settings)
    enrich_identifiers(g)
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
