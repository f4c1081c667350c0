"""An article's triples as N-Triples terms: the same graph, N-Quads and index as through rdflib."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from synthetic import synth
from kg.config import Settings, sample_articles
from kg.graph.assemble import (
    article_triples,
    graph_to_nquads,
    index_nquads,
    index_triples,
    nt_iri,
    nt_literal,
    to_rdflib,
    triples_to_nquads,
)
from kg.extraction import extract
from kg.ingest.reader import article_from_text, read_article
from kg.model import Entity, Event, Extraction, Fact, Sentence

ROOT = Path(__file__).resolve().parents[1]
GRAPH = "https://kg.example.org/graph/article/x"




def article_graph(extraction, *, settings, skip=frozenset()) -> Graph:
    """The article's triples as an rdflib graph, term by term: the reference the fast path is checked against."""
    g = Graph()
    for s, p, o in article_triples(extraction, settings=settings, skip=skip):
        g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    return g


def _nt_line(s, p, o) -> str:
    g = Graph()
    g.add((s, p, o))
    return g.serialize(format="nt", encoding="utf-8").decode().strip()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_plain_literals_are_escaped_as_rdflib_writes_them_and_read_back(value):
    s, p = URIRef("http://ex/s"), URIRef("http://ex/p")
    try:
        expected = _nt_line(s, p, Literal(value))
    except UnicodeEncodeError:  # lone surrogates: rdflib cannot write them either
        with pytest.raises(UnicodeEncodeError):
            nt_literal(value).encode()
        return
    assert f"<http://ex/s> <http://ex/p> {nt_literal(value)} ." == expected
    assert to_rdflib(nt_literal(value)) == Literal(value)


def test_iris_rdflib_cannot_write_are_refused():
    assert nt_iri("https://kg.example.org/id/Nausėda") == "<https://kg.example.org/id/Nausėda>"
    for bad in ("http://ex/a b", "http://ex/<a>", 'http://ex/"', "http://ex/{x}"):
        with pytest.raises(ValueError):
            nt_iri(bad)


def _tricky_extraction() -> Extraction:
    """Literals with quotes, backslashes, line breaks and non-ASCII letters; counts, dates, a URL, a city."""
    base = Settings().base_iri
    text = 'He said "no"\\ then\r\nleft — Nausėda.'
    sent = Sentence(index=0, text=text, start=0, end=len(text))
    by = Entity(iri=f"{base}id/Belarus", label="Belarus", type="Country")
    lt = Entity(iri=f"{base}id/Lithuania", label="Lithuania", type="Country", aliases=("Lietuva", "Lithuania"),
                identifiers=(("wikidata", "Q37"),))
    group = Entity(iri=f"{base}id/group/d/prisoners", label='52 "political" prisoners', type="Group", count=52,
                   count_qualifier="more than", attributes=(("nationality", f"{base}id/Belarus"), ("note", "a\nb")))
    minsk = Entity(iri=f"{base}id/Minsk", label="Minsk", type="City")
    ev = Event(iri=f"{base}id/event/d/e1", type="PrisonerRelease", roles=(("agent", by), ("released", group)),
               doc_id="d", sentence=sent, date=dt.date(2025, 9, 11), count=52, place=minsk, confidence=0.8567)
    facts = [Fact(subject=by, predicate="released", object=group, confidence=0.9, source="x.txt", doc_id="d",
                  sentence=sent, event=ev.iri, rule="release/1"),
             Fact(subject=lt, predicate="praisedBy", object=by, confidence=1, source="x.txt", doc_id="d",
                  sentence=sent)]
    from kg.model import Article

    art = Article(doc_id="d", text=text, source='x "1".txt', title="T\\itle", date=dt.date(2025, 9, 11),
                  url="https://example.org/a?b=1&c=2", publisher="Wire", content_hash="abc", sentences=(sent,))
    return Extraction(article=art, entities=[by, lt, minsk], events=[ev], facts=facts)


def _extractions() -> list[Extraction]:
    settings_ = Settings()
    articles = [read_article(p) for p in sample_articles()]
    articles += [article_from_text(a.text, source=a.name) for a in synth.generate(8, seed=4)]
    return [extract(a, settings=settings_) for a in articles] + [_tricky_extraction()]


@pytest.mark.parametrize("skip_first_fact", [False, True])
def test_article_triples_serialise_to_rdflibs_n_quads_and_index(skip_first_fact):
    s = Settings()
    for ex in _extractions():
        skip = {ex.facts[0].key} if skip_first_fact and ex.facts else frozenset()
        triples = article_triples(ex, settings=s, skip=skip)
        graph = article_graph(ex, settings=s, skip=skip)
        assert len(graph) == len(triples)
        assert triples_to_nquads(triples, GRAPH) == graph_to_nquads(graph, GRAPH)
        ours, theirs = index_triples(triples), index_nquads(graph_to_nquads(graph, GRAPH))
        assert ours.keys() == theirs.keys()
        for part in ours:
            assert {k: sorted(v) for k, v in ours[part].items()} == {k: sorted(v) for k, v in theirs[part].items()}


def test_typed_literals_keep_rdflibs_lexical_forms():
    from rdflib.namespace import XSD  # not at module level: pytest's collection pokes at its attributes

    g = article_graph(_tricky_extraction(), settings=Settings())
    assert Literal(0.857, datatype=XSD.decimal) in set(g.objects())
    assert Literal(1, datatype=XSD.decimal) in set(g.objects())
    assert Literal("2025-09-11", datatype=XSD.date) in set(g.objects())
    assert Literal(52, datatype=XSD.nonNegativeInteger) in set(g.objects())
    assert Literal("https://example.org/a?b=1&c=2", datatype=XSD.anyURI) in set(g.objects())


def test_countries_and_cities_get_their_identifiers():
    base = Settings().base_iri
    nq = triples_to_nquads(article_triples(_tricky_extraction(), settings=Settings()), GRAPH).decode()
    assert f'<{base}id/Belarus> <https://kg.example.org/ontology#iso3166Alpha3> "BLR"' in nq
    assert f"<{base}id/Minsk> <https://schema.org/sameAs> <https://sws.geonames.org/625144/>" in nq
    assert f"<{base}id/Lithuania> <https://schema.org/sameAs> <http://www.wikidata.org/entity/Q37>" in nq


def test_an_event_a_kept_event_points_at_is_described_even_when_its_own_facts_are_dropped():
    from kg.graph.validate import validate_graph
    from kg.model import Article

    base = Settings().base_iri
    text = "Turkey freed Jane Roe, who went home to Izmir. The State Department welcomed the release."
    first, second = Sentence(index=0, text=text[:47], start=0, end=47), Sentence(index=1, text=text[48:], start=48,
                                                                                   end=len(text))
    roe = Entity(iri=f"{base}id/person/Jane_Roe", label="Jane Roe", type="Person")
    izmir = Entity(iri=f"{base}id/city/TR/Izmir", label="Izmir", type="City")
    state = Entity(iri=f"{base}id/us-state-department", label="State Department", type="Ministry")
    home = Event(iri=f"{base}id/event/d/home", type="PrisonerTransfer", doc_id="d", sentence=first,
                 roles=(("releasedParty", roe), ("destination", izmir)))
    praise = Event(iri=f"{base}id/event/d/praise", type="Praise", doc_id="d", sentence=second,
                   roles=(("agent", state), ("praised", Entity(iri=home.iri, label="release", type=home.type))))
    dropped = Fact(subject=roe, predicate="releasedTo", object=izmir, confidence=0.8, source="x.txt", doc_id="d",
                   sentence=first, event=home.iri)
    kept = Fact(subject=roe, predicate="praisedBy", object=state, confidence=0.8, source="x.txt", doc_id="d",
                sentence=second, event=praise.iri)
    art = Article(doc_id="d", text=text, source="x.txt", sentences=(first, second))
    extraction = Extraction(article=art, entities=[roe, izmir, state], events=[home, praise], facts=[dropped, kept])

    graph = article_graph(extraction, settings=Settings(), skip={dropped.key})

    event = URIRef(home.iri)
    assert (event, URIRef("https://kg.example.org/ontology#releasedParty"), URIRef(roe.iri)) in graph
    assert (event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None) in graph
    assert validate_graph(graph).conforms
