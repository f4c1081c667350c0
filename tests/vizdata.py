"""Graphs for the visualisation tests (no test here).

* ``malicious_dataset``: an article whose title, sentences and entity names carry
  HTML and script, assembled into RDF the way ``kg build`` does;
* ``view_like_graph``: a direct-view graph with the attributes that
  :func:`kg.views.network.direct_graph` gives, made without RDF, so that scale tests
  measure the page and not the parsing;
* ``synthetic_dataset``: the same kind of graph as RDF, through kg.graph.assemble.
"""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx

from kg.model import Entity, Extraction, Fact, Article, Sentence
from kg.namespaces import CORE_PREDICATES, named_iri
from kg.views.network import Source

RESOURCES = Path(__file__).parent / "resources" / "viz"
MALICIOUS_ARTICLE = RESOURCES / "malicious-article.txt"
# Entity names that try to run script in the page; window.__xss is set if any of them does.
EVIL_COUNTRY = '<img src=x onerror="window.__xss=\'label\'">'
EVIL_TARGET = "</script><script>window.__xss='label-script'</script>"
EVIL_PERSON = '<a href="javascript:window.__xss=\'href\'" onmouseover="window.__xss=\'a\'">href</a>'
EVIL_ALIASES = ("{{ 7*7 }}", "'\"><svg onload=window.__xss='alias'>", "\u2028</style><script>window.__xss=1</script>")
EVIL_NAMES = (EVIL_COUNTRY, EVIL_TARGET, EVIL_PERSON)


def malicious_dataset():
    """The malicious article read and assembled into a dataset (with the ontology), as ``kg build`` would."""
    from assembly import assemble
    from kg.config import Settings
    from kg.ingest.reader import article_from_text
    from kg.model import Event
    from kg.namespaces import event_iri

    settings = Settings(out_dir="unused")
    article = article_from_text(MALICIOUS_ARTICLE.read_text(encoding="utf-8"), source=MALICIOUS_ARTICLE.name)
    lifted, officials = article.sentences[2], article.sentences[3]
    country = Entity(iri=str(named_iri("org", EVIL_COUNTRY)), label=EVIL_COUNTRY, type="Country")
    target = Entity(iri=str(named_iri("org", EVIL_TARGET)), label=EVIL_TARGET, type="Country", aliases=EVIL_ALIASES)
    person = Entity(iri=str(named_iri("person", EVIL_PERSON)), label=EVIL_PERSON, type="Person",
                    aliases=("href", "<i>Mr href</i>"))
    event = Event(iri=str(event_iri(article.doc_id, "relief")), type="SanctionsRelief",
                  roles=(("agent", country), ("target", target)), doc_id=article.doc_id, sentence=lifted)
    facts = [
        Fact(subject=country, predicate="sanctionsLiftedOn", object=target, confidence=0.9,
             source=article.source, doc_id=article.doc_id, sentence=lifted, event=event.iri,
             rule="<script>window.__xss='rule'</script>"),
        Fact(subject=person, predicate="leaderOf", object=country, confidence=0.8, source=article.source,
             doc_id=article.doc_id, sentence=officials),
    ]
    extraction = Extraction(article=article, entities=[country, target, person], events=[event], facts=facts)
    return assemble([extraction], settings=settings)


TYPES = ("Person", "Country", "Organization", "Ministry", "Airline", "Group", "City")


def view_like_graph(n_nodes: int, *, edges_per_node: float = 2.0, seed: int = 0) -> nx.MultiDiGraph:
    """A direct-view-shaped graph: ``n_nodes`` entities, about ``edges_per_node`` facts each, scale-free-ish."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(view="direct")
    ids = [f"https://kg.example.org/id/Entity_{i}" for i in range(n_nodes)]
    for i, node in enumerate(ids):
        g.add_node(node, label=f"Entity {i}", type=TYPES[i % len(TYPES)], type_label=TYPES[i % len(TYPES)].lower(),
                   kind="entity", aliases=(f"E{i}",), identifiers=(("GeoNames", str(100000 + i)),))
    targets: list[str] = []
    for i, node in enumerate(ids[1:], 1):
        for _ in range(max(1, round(edges_per_node * rng.random() * 2))):
            other = rng.choice(targets) if targets and rng.random() < 0.7 else ids[rng.randrange(i)]
            rel = CORE_PREDICATES[rng.randrange(len(CORE_PREDICATES))]
            if g.has_edge(node, other, key=rel):
                continue
            src = Source(sentence=f"Entity {i} {rel} {g.nodes[other]['label']}, the agency reported on Monday.",
                         article=f"https://kg.example.org/id/article/{i % 97}", headline=f"Synthetic article {i % 97}",
                         source_file=f"synthetic-{i % 97}.txt", method="extracted", confidence=0.8)
            g.add_edge(node, other, key=rel, relation=rel, label=rel, kind="fact", confidence=0.8,
                       method="extracted", sources=(src,), events=())
            targets += [node, other]
    return g


def synthetic_dataset(n_entities: int, *, facts_per_entity: float = 1.5, seed: int = 0):
    """An RDF dataset of ``n_entities`` entities and sourced facts, assembled the way ``kg build`` does."""
    from assembly import assemble
    from kg.config import Settings

    rng = random.Random(seed)
    settings = Settings(out_dir="unused")
    entities = [Entity(iri=str(named_iri("org", f"Synthetic Entity {i}")), label=f"Synthetic Entity {i}",
                       type=TYPES[i % len(TYPES)]) for i in range(n_entities)]
    extractions = []
    per_article = 200
    for a in range(0, n_entities, per_article):
        chunk = entities[a:a + per_article]
        text = " ".join(f"{e.label} met the others." for e in chunk)
        sentences, facts, pos = [], [], 0
        for e in chunk:
            s = Sentence(index=len(sentences), text=f"{e.label} met the others.", start=pos,
                         end=pos + len(e.label) + 16)
            pos = s.end + 1
            sentences.append(s)
            for _ in range(max(1, round(facts_per_entity * rng.random() * 2))):
                other = entities[rng.randrange(n_entities)]
                if other is e:
                    continue
                pred = CORE_PREDICATES[rng.randrange(len(CORE_PREDICATES))]
                facts.append(Fact(subject=e, predicate=pred, object=other, confidence=0.8, source=f"syn-{a}.txt",
                                  doc_id=f"syn{a}", sentence=s, rule="synthetic"))
        art = Article(doc_id=f"syn{a}", text=text, source=f"syn-{a}.txt", title=f"Synthetic article {a}",
                      sentences=tuple(sentences))
        extractions.append(Extraction(article=art, entities=list(chunk), facts=facts))
    return assemble(extractions, settings=settings, ontology=False)
