"""The saved query library: each question answered on the seed graph, the same on every engine and server.

Expected answers come from the curated facts (ontology/curated/seed-facts.ttl) and are checked as
subsets, so that the tests stay right as the extractor adds facts to the article graphs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.config import CURATED_FILE, Settings
from kg.namespaces import KGO
from kg.store.query import run, run_remote, saved_queries
from kg.store.embedded import load_remote

BASE = Settings().base_iri
ID = BASE + "id/"
GROUP = ID + "group/38e49e357db874fe/"
EVENT = ID + "event/38e49e357db874fe/"
ARTICLE = ID + "article/38e49e357db874fe"
CURATED = BASE + "graph/curated"
HEADLINE = "US Lifts Sanctions on Belarus: 52 Political Prisoners Freed and New Opportunities for Diplomatic Ties"
CORE = ("sanctionsLiftedOn", "sanctionsImposedOn", "released", "releasedTo", "praisedBy", "metWith", "leaderOf")
LIBRARY = saved_queries()
REQUIRED = {"sanctions-lifted", "releases", "praise", "meetings", "leaders", "provenance", "disagreements",
            "timeline", "most-connected"}


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def curated() -> rdflib.Graph:
    """The curated facts file itself, IRIs resolved against the default base."""
    return rdflib.Graph().parse(CURATED_FILE, format="turtle", publicID=BASE)


def rows(store, name: str) -> list[dict[str, str]]:
    return run(store, LIBRARY[name].text, where=name, prefixes={}).dicts()


def includes(found: list[dict[str, str]], expected: dict[str, str]) -> bool:
    return any(all(row.get(k) == v for k, v in expected.items()) for row in found)


def assert_includes(found: list[dict[str, str]], expected: list[dict[str, str]]) -> None:
    missing = [e for e in expected if not includes(found, e)]
    assert not missing, f"expected rows not found: {missing}\nrows: {found}"


def _number(value: str) -> str:
    try:
        return str(Decimal(value).normalize())
    except InvalidOperation:
        return value


def normalise(variables, solutions) -> Counter:
    """Rows as comparable multisets: numbers by value, GROUP_CONCAT lists as sets (their order is free)."""
    out = []
    for sol in solutions:
        row = []
        for v in variables:
            term = sol.get(v) if isinstance(sol, dict) else sol[v]
            if term is None:
                row.append((v, None))
                continue
            value = str(term.value) if hasattr(term, "value") and not isinstance(term, rdflib.term.Identifier) else str(term)
            datatype = getattr(term, "datatype", None)
            dt = str(datatype.value if hasattr(datatype, "value") else datatype or "")
            if dt.endswith(("#decimal", "#integer", "#double", "#float", "#nonNegativeInteger")):
                value = _number(value)
            if v == "participants":
                value = tuple(sorted(value.split(" | ")))
            row.append((v, value))
        out.append(tuple(row))
    return Counter(out)


def oxigraph_rows(store, text: str) -> Counter:
    raw = store.query(text)
    variables = [v.value for v in raw.variables]
    return normalise(variables, [{v: sol[v] for v in variables} for sol in raw])


# --------------------------------------------------------------------------- the library itself


def test_the_library_answers_every_required_question():
    assert REQUIRED <= set(LIBRARY)


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_each_query_opens_with_its_question_and_declares_its_prefixes(name):
    saved = LIBRARY[name]
    assert saved.text.startswith("# Question: ") and saved.question.endswith(("?", "."))
    declared = set(re.findall(r"^PREFIX\s+(\w*):", saved.text, re.M))
    body = re.sub(r"#[^\n]*|<[^>]*>|\"[^\"]*\"", " ", saved.text)
    used = set(re.findall(r"(?<![\w?$])([A-Za-z]\w*):", body)) - {"PREFIX"}
    assert used <= declared, f"undeclared prefixes {used - declared}"
    ox.Store().query(saved.text, prefixes={})  # parses with no default prefixes: standard SPARQL 1.1


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_answers_do_not_depend_on_the_union_default_graph(seed_store, name):
    text = LIBRARY[name].text
    plain = seed_store.query(text, prefixes={})
    union = seed_store.query(text, prefixes={}, use_default_graph_as_union=True)
    variables = [v.value for v in plain.variables]
    as_dicts = lambda res: [{v: s[v] for v in variables} for s in res]  # noqa: E731
    assert normalise(variables, as_dicts(plain)) == normalise(variables, as_dicts(union))


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_rdflib_gives_the_same_answers(seed_dataset, seed_store, name):
    """A second, independent SPARQL engine: the queries use nothing Oxigraph-specific."""
    text = LIBRARY[name].text
    theirs = seed_dataset.query(text)
    variables = [str(v) for v in theirs.vars]
    assert normalise(variables, [{v: row.get(rdflib.Variable(v)) for v in variables} for row in theirs]) \
        == oxigraph_rows(seed_store, text)


# --------------------------------------------------------------------------- expected answers


def test_sanctions_lifted(seed_store):
    common = {"date": "2025-09-13", "article": ARTICLE, "headline": HEADLINE, "source": "curated", "graph": CURATED,
              "lifter": ID + "country/US", "lifterLabel": "United States"}
    assert_includes(rows(seed_store, "sanctions-lifted"), [
        {**common, "target": ID + "country/BY", "targetLabel": "Belarus"},
        {**common, "target": ID + "belavia", "targetLabel": "Belavia"},
    ])


def test_sanctions_imposed_rows_are_complete(seed_store):
    for row in rows(seed_store, "sanctions-imposed"):
        assert {"imposer", "target", "graph"} <= set(row)


def test_releases(seed_store):
    assert_includes(rows(seed_store, "releases"), [
        {"released": GROUP + "52_political_prisoners", "releasedLabel": "52 political prisoners", "count": "52",
         "releasedBy": ID + "country/BY", "releasedByLabel": "Belarus", "graph": CURATED},
        {"released": GROUP + "several_Lithuanian_citizens", "qualifier": "several", "releasedBy": ID + "country/BY",
         "destination": ID + "country/LT", "destinationLabel": "Lithuania", "graph": CURATED},
    ])


def test_praise(seed_store):
    found = rows(seed_store, "praise")
    assert_includes(found, [{"praiser": ID + "gitanas-nauseda", "praiserLabel": "Gitanas Nausėda",
                             "praised": EVENT + "curated-transfer-lithuania", "praisedType": "PrisonerTransfer",
                             "praisedLabel": "Lithuanian citizens transferred to Lithuania",
                             "article": ARTICLE, "graph": CURATED}])
    curated_row = next(r for r in found if r["graph"] == CURATED)
    assert "praised by Lithuanian President Gitanas Nausėda" in " ".join(curated_row["sentence"].split())


def test_meetings(seed_store):
    found = rows(seed_store, "meetings")
    assert_includes(found, [{"party1": ID + "alexander-lukashenko", "party2": ID + "donald-trump", "kind": "Talks",
                             "date": "2025-09-13", "article": ARTICLE, "graph": CURATED,
                             "description": "discussed future prisoner releases and broader regional security concerns"}])
    assert all(r["party1"] < r["party2"] for r in found)  # each pair once, whichever way it was stated


def test_leaders(seed_store):
    assert_includes(rows(seed_store, "leaders"), [
        {"leader": ID + person, "leaderLabel": label, "title": "President", "led": ID + country, "ledType": "Country",
         "article": ARTICLE, "graph": CURATED}
        for person, label, country in [("donald-trump", "Donald Trump", "country/US"),
                                       ("alexander-lukashenko", "Alexander Lukashenko", "country/BY"),
                                       ("gitanas-nauseda", "Gitanas Nausėda", "country/LT")]])


def test_provenance_of_every_curated_fact(seed_store, curated):
    found = rows(seed_store, "provenance")
    statements = list(curated.subjects(RDF.type, KGO.FactStatement))
    assert len(statements) >= 9
    for stmt in statements:
        s, p, o = (str(curated.value(stmt, x)) for x in (RDF.subject, RDF.predicate, RDF.object))
        quote = " ".join(str(curated.value(stmt, KGO.quote)).split())
        matches = [r for r in found if (r["subject"], r["predicate"], r["object"], r["source"]) == (s, p, o, "curated")]
        assert matches, f"no provenance for curated {stmt}"
        row = matches[0]
        assert row["statement"] == str(stmt) and row["graph"] == CURATED
        assert quote in " ".join(row["sentence"].split())
        assert (row["article"], row["headline"], row["published"]) == (ARTICLE, HEADLINE, "2025-09-13")
        assert Decimal(row["confidence"]) == Decimal(str(curated.value(stmt, KGO.confidence)))


def test_provenance_of_extracted_facts_names_rule_and_sentence(seed_store):
    for row in rows(seed_store, "provenance"):
        if row.get("source") == "extracted":
            assert row["graph"].startswith(BASE + "graph/article/")
            assert row["sentence"] and row["article"] == ARTICLE and 0 < float(row["confidence"]) <= 1


def test_disagreements_match_the_builds_report(seed_store, seed_build):
    """The query works from the graph alone and finds what `kg build` reported (minus conflicts, left out)."""
    report = json.loads(Path(seed_build.files["disagreements"]).read_text(encoding="utf-8"))
    expected = {(d["kind"], d["article"], d["subject"], str(KGO[d["predicate"]]), d["object"])
                for d in report if d["kind"] != "conflict"}
    found = {(r["kind"], r["article"], r["subject"], r["predicate"], r["object"])
             for r in rows(seed_store, "disagreements")}
    assert found == expected


def _copy(store: ox.Store) -> ox.Store:
    out = ox.Store()
    out.extend(iter(store))
    return out


def _add_extracted(store: ox.Store, s: str, p: str, o: str, key: str) -> None:
    """Add an extracted fact and its statement to the seed article's graph, as the assembler writes them."""
    g = ox.NamedNode(BASE + "graph/article/38e49e357db874fe")
    stmt = ox.NamedNode(ID + "statement/test-" + key)
    sentence = next(q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                               ox.NamedNode(str(KGO.Sentence)), g))
    n = ox.NamedNode
    for triple in [(n(s), n(str(KGO[p])), n(o)), (stmt, n(str(RDF.type)), n(str(KGO.FactStatement))),
                   (stmt, n(str(RDF.subject)), n(s)), (stmt, n(str(RDF.predicate)), n(str(KGO[p]))),
                   (stmt, n(str(RDF.object)), n(o)), (stmt, n(str(PROV.wasDerivedFrom)), sentence),
                   (stmt, n(str(PROV.wasGeneratedBy)), n(ID + "extraction/38e49e357db874fe"))]:
        store.add(ox.Quad(*triple, g))


def test_disagreements_find_conflicts_in_the_graph(seed_store):
    """Conflicts show when the article graphs and the curated graph came from different loads."""
    store = _copy(seed_store)
    _add_extracted(store, ID + "country/BY", "sanctionsLiftedOn", ID + "country/US", "reversed")
    _add_extracted(store, ID + "donald-trump", "leaderOf", ID + "country/BY", "other-object")
    _add_extracted(store, ID + "Vladimir_Putin", "leaderOf", ID + "country/LT", "other-leader")
    _add_extracted(store, ID + "alexander-lukashenko", "metWith", ID + "donald-trump", "symmetric")
    _add_extracted(store, ID + "country/BY", "released", ID + "Nobody", "new")
    found = rows(store, "disagreements")
    by_key = {(r["subject"], r["predicate"].split("#")[1], r["object"]): r for r in found}

    def verdict(s: str, p: str, o: str) -> tuple[str, str | None]:
        row = by_key[(ID + s, p, ID + o)]
        return row["kind"], row.get("reason")

    assert verdict("country/BY", "sanctionsLiftedOn", "country/US") == \
        ("conflict", "roles reversed relative to a curated fact")
    # curated: Trump leads the United States (same subject) and Lukashenko leads Belarus (same office);
    # like the assembler, the first reason that applies wins
    assert verdict("donald-trump", "leaderOf", "country/BY") == ("conflict", "curated facts give a different object")
    assert verdict("Vladimir_Putin", "leaderOf", "country/LT") == ("conflict", "curated facts give a different leader")
    assert verdict("country/BY", "released", "Nobody") == ("extracted-only", None)
    # the same answers from rdflib's engine, on the same data
    ds = rdflib.Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    theirs = ds.query(LIBRARY["disagreements"].text)
    variables = [str(v) for v in theirs.vars]
    assert normalise(variables, [{v: row.get(rdflib.Variable(v)) for v in variables} for row in theirs]) \
        == oxigraph_rows(store, LIBRARY["disagreements"].text)
    # the reversed metWith agrees with the curated one (symmetric), so it is not listed
    assert (ID + "alexander-lukashenko", "metWith", ID + "donald-trump") not in by_key
    assert not any(r["kind"] == "curated-only" and r["predicate"].endswith("#metWith") for r in found)


def test_timeline_lists_every_curated_event(seed_store, curated):
    found = rows(seed_store, "timeline")
    role_props = [KGO.agent, KGO.target, KGO.participant, KGO.releasedParty, KGO.destination, KGO.place]
    events = [e for e in curated.subjects(KGO.date, None)]
    assert len(events) >= 8
    for event in events:
        kg_type = next(str(t).split("#")[1] for t in curated.objects(event, RDF.type) if str(t).startswith(str(KGO)))
        labels = {str(curated.value(x, SKOS.prefLabel)) for p in role_props for x in curated.objects(event, p)}
        match = [r for r in found if r["event"] == str(event) and r["graph"] == CURATED]
        assert match, f"{event} is not on the timeline"
        row = match[0]
        assert (row["date"], row["type"], row["label"]) == (str(curated.value(event, KGO.date)), kg_type,
                                                            str(curated.value(event, RDFS.label)))
        assert set(row["participants"].split(" | ")) == labels
    dates = [r["date"] for r in found if "date" in r]
    assert dates == sorted(dates)


def test_most_connected(seed_store, curated):
    found = rows(seed_store, "most-connected")
    neighbours: dict[str, set[str]] = {}
    for p in CORE:
        for s, o in curated.subject_objects(KGO[p]):
            neighbours.setdefault(str(s), set()).add(str(o))
            neighbours.setdefault(str(o), set()).add(str(s))
    by_entity = {r["entity"]: r for r in found}
    for entity, others in neighbours.items():
        if (rdflib.URIRef(entity), SKOS.prefLabel, None) in curated:  # entities, not events
            assert int(by_entity[entity]["neighbours"]) >= len(others), entity
    counts = [int(r["neighbours"]) for r in found]
    assert counts == sorted(counts, reverse=True)
    assert {found[0]["entity"], found[1]["entity"]} <= {ID + "country/BY", ID + "country/US"} | set(by_entity)
    assert int(by_entity[ID + "country/BY"]["neighbours"]) >= 3 and int(by_entity[ID + "country/US"]["neighbours"]) >= 3


# --------------------------------------------------------------------------- on a real server


@pytest.mark.server
def test_same_answers_on_oxigraph_server_with_and_without_union_default_graph(seed_store, oxigraph_server_factory):
    plain = oxigraph_server_factory()
    union = oxigraph_server_factory(extra=("--union-default-graph",))
    for server in (plain, union):
        load_remote(seed_store, server.store_url)
        assert server.count() == len(seed_store)
    # the data are only in named graphs: without the union setting, the default graph is empty
    assert len(run_remote(plain.query_url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")) == 0
    assert len(run_remote(union.query_url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")) == 1
    for name, saved in LIBRARY.items():
        local = oxigraph_rows(seed_store, saved.text)
        for server in (plain, union):
            remote = run_remote(server.query_url, saved.text, where=name)
            assert normalise(remote.variables, [dict(zip(remote.variables, r)) for r in remote.rows]) == local, \
                f"{name} differs on {server.base}"
        assert sum(local.values()) > 0 or name == "sanctions-imposed", f"{name} found nothing on the seed graph"
