"""kg.views.network: the two views of the dataset, focus and filters, stats, GraphML and GEXF.

Expected values are computed from the dataset itself (SPARQL or quads), never
hard-coded, so the tests hold as the extractor adds facts to the seed build.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.graph.validate import union_graph
from kg.namespaces import CORE_PREDICATES, KGO
from kg.views.network import (
    count_types,
    direct_graph,
    event_graph,
    example_dataset,
    find_node,
    neighbourhood,
    serialize,
    stats,
    view_graph,
)
from kg.graph.assemble import count_nquads

PREFIXES = """
PREFIX kgo: <https://kg.example.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300)


def select(ds: Dataset, query: str) -> set[tuple[str, ...]]:
    return {tuple(str(v) for v in row) for row in ds.query(PREFIXES + query)}


def entities_of(ds: Dataset) -> set[str]:
    rows = select(ds, """SELECT DISTINCT ?s WHERE {
        VALUES ?top { kgo:Agent kgo:Place }
        GRAPH ?g { ?s a ?c } GRAPH ?o { ?c rdfs:subClassOf* ?top } }""")
    return {r[0] for r in rows}


def events_of(ds: Dataset) -> set[str]:
    rows = select(ds, """SELECT DISTINCT ?s WHERE {
        GRAPH ?g { ?s a ?c } GRAPH ?o { ?c rdfs:subClassOf* kgo:Event } }""")
    return {r[0] for r in rows}


def core_facts(ds: Dataset) -> set[tuple[str, str, str]]:
    """The core facts, a symmetric one (stored both ways) once, in the order of its IRIs."""
    facts = {(str(s), p, str(o)) for p in CORE_PREDICATES for s, _, o, _ in ds.quads((None, KGO[p], None, None))}
    return {(s, p, o) for s, p, o in facts if p != "metWith" or (o, p, s) not in facts or s < o}


@pytest.fixture(scope="module")
def direct(seed_dataset):
    return direct_graph(seed_dataset)


@pytest.fixture(scope="module")
def events(seed_dataset):
    return event_graph(seed_dataset)


# --------------------------------------------------------------------------- direct view


def test_direct_view_has_every_entity_and_one_edge_per_core_fact(seed_dataset, direct):
    facts = core_facts(seed_dataset)
    assert facts, "the seed build has core facts"
    endpoints = {s for s, _, _ in facts} | {o for _, _, o in facts}
    assert set(direct.nodes) == entities_of(seed_dataset) | endpoints
    assert {(u, d["relation"], v) for u, v, d in direct.edges(data=True)} == facts
    assert direct.number_of_edges() == len(facts)
    assert direct.graph["view"] == "direct"


def test_direct_view_nodes_carry_label_type_aliases_and_identifiers(seed_dataset, direct):
    belarus = find_node(direct, "Belarus")
    node = direct.nodes[belarus]
    assert node["label"] == "Belarus" and node["type"] == "Country" and node["kind"] == "entity"
    assert node["type_label"] == "country"
    assert "Minsk" in node["aliases"]  # a curated skos:altLabel
    codes = {str(o) for _, _, o, _ in seed_dataset.quads((URIRef(belarus), KGO.iso3166Alpha2, None, None))}
    assert codes and {("ISO 3166-1 alpha-2", c) for c in codes} <= set(node["identifiers"])
    assert find_node(direct, "Gitanas Nausėda").endswith("/id/gitanas-nauseda")  # named by its gazetteer id


def test_every_fact_edge_is_traced_to_its_sentence_and_article(seed_dataset, direct):
    texts = {str(o) for _, _, o, _ in seed_dataset.quads((None, URIRef("https://schema.org/text"), None, None))}
    articles = {str(s) for s, _, _, _ in seed_dataset.quads((None, RDF.type, KGO.NewsArticle, None))}
    for u, v, d in direct.edges(data=True):
        assert d["kind"] == "fact" and d["sources"], (u, d["relation"], v)
        for src in d["sources"]:
            assert src.sentence in texts
            assert src.article in articles
            assert src.method in ("curated", "extracted")
            assert 0.0 <= src.confidence <= 1.0
        assert d["confidence"] == max(s.confidence for s in d["sources"])


def test_curated_facts_are_marked_curated_with_their_quote_sentence(seed_dataset, direct):
    rows = select(seed_dataset, """SELECT ?s ?p ?o ?text WHERE { GRAPH ?g {
        ?st a kgo:FactStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            prov:wasGeneratedBy ?act ; prov:wasDerivedFrom ?sent .
        ?act a kgo:Curation . ?sent schema:text ?text } }""")
    assert rows
    for s, p, o, text in rows:
        rel = p.removeprefix(str(KGO))
        if not direct.has_edge(s, o, rel) and rel == "metWith":  # a symmetric fact: one edge, either way
            s, o = o, s
        sources = direct.edges[s, o, rel]["sources"]
        assert any(src.method == "curated" and src.sentence == text for src in sources)


def test_relation_filter_keeps_only_those_edges_and_their_endpoints(seed_dataset):
    facts = {f for f in core_facts(seed_dataset) if f[1] == "leaderOf"}
    g = direct_graph(seed_dataset, relations=["leaderOf"])
    assert {(u, d["relation"], v) for u, v, d in g.edges(data=True)} == facts
    assert set(g.nodes) == {s for s, _, _ in facts} | {o for _, _, o in facts}
    assert g.graph["relations"] == "leaderOf"


def test_unknown_relation_is_a_usage_error_naming_the_valid_ones(seed_dataset):
    with pytest.raises(InputError) as err:
        direct_graph(seed_dataset, relations=["leaderOf", "invaded"])
    assert err.value.where == "--relation" and "'invaded'" in str(err.value) and "metWith" in str(err.value)


def test_views_never_change_the_dataset(seed_dataset):
    before = set(seed_dataset.quads((None, None, None, None)))
    direct_graph(seed_dataset)
    event_graph(seed_dataset)
    stats(seed_dataset)
    assert set(seed_dataset.quads((None, None, None, None))) == before


def test_a_plain_graph_gives_the_same_direct_view(seed_dataset, direct):
    g = direct_graph(union_graph(seed_dataset))
    assert set(g.nodes) == set(direct.nodes) and g.number_of_edges() == direct.number_of_edges()


def test_a_class_declared_in_the_data_needs_no_code():
    ds = example_dataset()
    g = ds.graph(URIRef("https://kg.example.org/graph/ontology-extension"))
    g.parse(format="turtle", data="""
        @prefix kgo: <https://kg.example.org/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        kgo:Militia rdfs:subClassOf kgo:Organization ; rdfs:label "militia"@en .
        <https://kg.example.org/id/Wagner> a kgo:Militia ; skos:prefLabel "Wagner" .""")
    node = direct_graph(ds).nodes["https://kg.example.org/id/Wagner"]
    assert (node["type"], node["type_label"], node["kind"]) == ("Militia", "militia", "entity")


# --------------------------------------------------------------------------- event view


def merged_events(g: nx.MultiDiGraph) -> dict[str, str]:
    """Every event description -> the node of the view that shows it."""
    return {member: n for n, d in g.nodes(data=True) if d["kind"] == "event" for member in d.get("descriptions", (n,))}


def test_event_view_links_every_event_to_its_participants(seed_dataset, events):
    expected_events = events_of(seed_dataset)
    assert expected_events
    shown = merged_events(events)
    assert set(shown) == expected_events  # every description of an event is shown, by itself or merged
    roles = select(seed_dataset, """SELECT DISTINCT ?e ?role ?x WHERE {
        GRAPH ?g { ?e ?role ?x . ?e a ?c }
        GRAPH ?o { ?role a owl:ObjectProperty ; rdfs:domain ?d . ?d rdfs:subClassOf* kgo:Event .
                   ?c rdfs:subClassOf* kgo:Event } }""")
    assert roles
    got = {(u, str(KGO[d["relation"]]), v) for u, v, d in events.edges(data=True) if d["kind"] == "role"}
    assert got == {(shown[e], role, shown.get(x, x)) for e, role, x in roles}
    for ev in expected_events:
        assert events.nodes[shown[ev]]["sources"], ev  # every event says where it was read


def test_curated_and_extracted_descriptions_of_one_event_are_one_node(seed_dataset, events):
    """The rule (kg.namespaces.same_event_key): same article, same class, same participants."""
    rows = select(seed_dataset, """SELECT ?e ?c ?role ?x ?article WHERE { GRAPH ?g {
        ?e a ?c ; ?role ?x ; prov:wasDerivedFrom ?d . OPTIONAL { ?d schema:isPartOf ?a }
        BIND(COALESCE(?a, ?d) AS ?article) } GRAPH ?o { ?c rdfs:subClassOf* kgo:Event .
        ?role a owl:ObjectProperty ; rdfs:domain ?dom . ?dom rdfs:subClassOf* kgo:Event } }""")
    shown = merged_events(events)
    merged = [n for n, d in events.nodes(data=True) if len(d.get("descriptions", ())) > 1]
    assert merged
    for node in merged:
        members = events.nodes[node]["descriptions"]
        assert len({(c, a) for e, c, _, _, a in rows if e in members}) == 1  # one class, one article
        roles = [{(role, shown.get(x, x)) for e, _, role, x, _ in rows if e == m and not role.endswith("releasedParty")}
                 for m in members]
        assert all(r == roles[0] for r in roles)  # the same participants
        methods = {s.method for s in events.nodes[node]["sources"]}
        assert events.nodes[node]["method"] == "+".join(sorted(methods))
    methods = [events.nodes[n]["method"] for n in merged]
    assert "curated+extracted" in methods  # curated and extracted copies are merged, both sources kept
    releases = [n for n, d in events.nodes(data=True) if d["type"] == "PrisonerRelease"]
    extracted = [e for e in shown if shown[e] in releases and "/curated-" not in e]
    assert len(extracted) > len(releases)  # the sample tells a release twice: one node


def test_event_view_keeps_facts_without_an_event_as_direct_edges(seed_dataset, events):
    with_event = select(seed_dataset, """SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g {
        ?st a kgo:FactStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:event ?e } }""")
    with_event = {(s, p.removeprefix(str(KGO)), o) for s, p, o in with_event}
    with_event |= {(o, p, s) for s, p, o in with_event if p == "metWith"}  # stored both ways
    expected = core_facts(seed_dataset) - with_event
    assert {(u, d["relation"], v) for u, v, d in events.edges(data=True) if d["kind"] == "fact"} == expected


def test_event_view_relation_filter_keeps_the_events_behind_those_facts(seed_dataset):
    g = event_graph(seed_dataset, relations=["sanctionsLiftedOn"])
    rows = select(seed_dataset, """SELECT DISTINCT ?e WHERE { GRAPH ?g {
        ?st rdf:predicate kgo:sanctionsLiftedOn ; kgo:event ?e } }""")
    assert set(merged_events(g)) == {r[0] for r in rows}
    assert all(d["kind"] == "role" or d["relation"] == "sanctionsLiftedOn" for _, _, d in g.edges(data=True))


# --------------------------------------------------------------------------- focus


def test_focus_keeps_the_neighbourhood_within_hops(seed_dataset, direct):
    belarus = find_node(direct, "Belarus")
    around = set(direct.successors(belarus)) | set(direct.predecessors(belarus)) | {belarus}
    focused = view_graph(seed_dataset, "direct", focus="Belarus", hops=1)
    assert set(focused.nodes) == around
    assert focused.graph["focus"] == belarus and focused.graph["hops"] == 1
    assert set(neighbourhood(direct, "Belarus", hops=0).nodes) == {belarus}
    two = set(neighbourhood(direct, "Belarus", hops=2).nodes)
    assert around <= two
    assert two == set(nx.single_source_shortest_path_length(direct.to_undirected(), belarus, cutoff=2))


def test_focus_finds_entities_by_label_alias_iri_and_ignores_case(direct):
    luka = find_node(direct, "Alexander Lukashenko")
    assert find_node(direct, "lukashenko") == luka  # an alias, lower case
    assert find_node(direct, luka) == luka
    assert find_node(direct, "alexander-lukashenko") == luka  # the IRI's last segment


def test_focus_on_an_unknown_name_suggests_close_ones(direct):
    with pytest.raises(InputError) as err:
        find_node(direct, "Lukashenka")
    assert err.value.where == "--focus" and "Lukashenko" in str(err.value)


def test_focus_on_an_ambiguous_alias_lists_the_candidates():
    ds = example_dataset()
    ds.graph(URIRef("https://kg.example.org/graph/x")).parse(format="turtle", data="""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix kgo: <https://kg.example.org/ontology#> .
        <https://kg.example.org/id/belavia> skos:altLabel "B" . <https://kg.example.org/id/country/BY> skos:altLabel "B" .""")
    with pytest.raises(InputError) as err:
        find_node(direct_graph(ds), "b")
    assert "Belarus" in str(err.value) and "Belavia" in str(err.value)


def test_hops_need_a_focus_and_must_not_be_negative(seed_dataset):
    with pytest.raises(InputError, match="--focus"):
        view_graph(seed_dataset, "direct", hops=2)
    with pytest.raises(InputError, match="0 or more"):
        view_graph(seed_dataset, "direct", focus="Belarus", hops=-1)


# --------------------------------------------------------------------------- stats


def test_stats_counts_agree_with_the_build_summary(seed_dataset):
    assert count_types(seed_dataset) == count_by_type(seed_dataset)


def test_sampled_betweenness_gives_networkx_figures_on_a_big_graph_in_pieces():
    """Above BETWEENNESS_EXACT nodes kg stats estimates betweenness: the same figures as networkx's estimate."""
    from kg.views.network import BETWEENNESS_SAMPLE, _betweenness

    g = nx.MultiDiGraph()
    parts = [nx.gnm_random_graph(400, 900, seed=3), nx.barabasi_albert_graph(300, 2, seed=4), nx.path_graph(30),
             nx.empty_graph(5)]
    for i, part in enumerate(parts):
        g.add_nodes_from(f"{i}-{n}" for n in part)
        g.add_edges_from((f"{i}-{u}", f"{i}-{v}") for u, v in part.edges())
    g.add_edges_from([("1-0", "1-1"), ("1-1", "1-0"), ("2-3", "2-3")])  # parallel, reversed, a loop
    simple = nx.Graph()
    simple.add_nodes_from(g)
    simple.add_edges_from(g.edges())
    theirs = nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=0)
    ours = _betweenness(g, True)
    assert ours.keys() == theirs.keys()
    assert max(abs(ours[v] - theirs[v]) for v in g) < 1e-12
    assert max(ours.values()) > 0.01


def test_stats_leaders_are_ranked_by_degree_and_betweenness(seed_dataset, direct):
    report = stats(seed_dataset, top=3)
    assert (report.nodes, report.edges) == (direct.number_of_nodes(), direct.number_of_edges())
    assert report.components == nx.number_weakly_connected_components(direct)
    assert len(report.by_degree) == min(3, direct.number_of_nodes())
    degrees = [r.degree for r in report.by_degree]
    assert degrees == sorted(degrees, reverse=True)
    assert degrees[0] == max(d for _, d in direct.degree())
    assert all(r.degree == direct.degree(r.iri) for r in report.by_degree)
    between = nx.betweenness_centrality(nx.Graph(direct.to_undirected()))
    assert report.by_betweenness[0].betweenness == round(max(between.values()), 4)
    text = report.summary()
    assert "Leaders by degree" in text and report.by_degree[0].label in text


def test_stats_rejects_a_bad_top(seed_dataset):
    with pytest.raises(InputError, match="--top"):
        stats(seed_dataset, top=0)


# --------------------------------------------------------------------------- GraphML / GEXF


def test_graphml_round_trips_nodes_edges_and_labels(seed_dataset, direct):
    back = nx.read_graphml(io.BytesIO(serialize(seed_dataset, "graphml")), force_multigraph=True)
    assert set(back.nodes) == set(direct.nodes)
    assert back.number_of_edges() == direct.number_of_edges()
    for node, d in direct.nodes(data=True):
        assert back.nodes[node]["label"] == d["label"] and back.nodes[node]["type"] == d["type"]
    u, v, k, d = next(iter(direct.edges(keys=True, data=True)))
    data = back.edges[u, v, k]
    assert data["relation"] == d["relation"]
    assert json.loads(data["sources"])[0]["sentence"] == d["sources"][0].sentence


def test_gexf_round_trips_with_colours_for_gephi(seed_dataset, direct):
    xml = serialize(seed_dataset, "gexf")
    assert b"viz:color" in xml and b"viz:size" in xml
    back = nx.read_gexf(io.BytesIO(xml))
    assert set(back.nodes) == set(direct.nodes)
    assert back.number_of_edges() == direct.number_of_edges()
    assert {back.nodes[n]["label"] for n in back} == {d["label"] for _, d in direct.nodes(data=True)}


def test_kg_export_writes_graphml_and_gexf(seed_build, tmp_path, direct):
    for fmt in ("graphml", "gexf"):
        target = tmp_path / f"g.{fmt}"
        result = kg("export", "--out", seed_build.out_dir, "--format", fmt, "--output", str(target))
        assert result.returncode == 0, result.stderr
        back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
        assert back.number_of_nodes() == direct.number_of_nodes()


def test_kg_stats_prints_text_and_json(seed_build, seed_dataset):
    text = kg("stats", "--out", seed_build.out_dir, "--top", "3")
    assert text.returncode == 0, text.stderr
    assert "Leaders by degree" in text.stdout and "Leaders by betweenness centrality" in text.stdout
    js = kg("stats", "--out", seed_build.out_dir, "--json")
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)
    assert data["facts"] == count_by_type(seed_dataset)["facts"]
    assert len(data["by_degree"]) == min(10, data["nodes"])


def test_kg_stats_without_a_build_is_one_line_exit_2(tmp_path):
    result = kg("stats", "--out", str(tmp_path / "nothing"))
    assert result.returncode == 2
    assert result.stderr.startswith("kg: ") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and "kg build" in result.stderr


def count_by_type(ds) -> dict:
    """The build's own counts (kg.graph.assemble.Counts) of a dataset."""
    return count_nquads(ds.serialize(format="nquads", encoding="utf-8"))


# --------------------------------------------------------------------------- reading a build with pyoxigraph


def test_views_read_from_pyoxigraph_equal_the_views_of_the_rdflib_dataset(seed_build, seed_dataset):
    from kg.views.network import read_build
    from kg.store.embedded import open_build

    data = read_build(seed_build.out_dir)
    for build in (direct_graph, event_graph):
        a, b = build(data), build(seed_dataset)
        assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
        assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert count_types(open_build(seed_build.out_dir)) == count_types(seed_dataset)


def test_same_event_key_is_the_rule_of_the_event_view():
    from kg.namespaces import GATHERED_ROLES, same_event_key

    key = same_event_key("Talks", [("participant", "b"), ("participant", "a")], "x")
    assert key == same_event_key("Talks", [("participant", "a"), ("participant", "b")], "x")
    assert key != same_event_key("Meeting", [("participant", "a"), ("participant", "b")], "x")  # another class
    assert key != same_event_key("Talks", [("participant", "a")], "x")  # other participants
    assert key != same_event_key("Talks", [("participant", "a"), ("participant", "b")], "y")  # another article
    assert "releasedParty" in GATHERED_ROLES["PrisonerRelease"]
