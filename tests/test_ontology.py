"""The ontology: every term labelled and commented, core names fixed, CAMEO codes present."""

import pyoxigraph
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from kg.config import ONTOLOGY_FILE, SHAPES_FILE
from kg.namespaces import CORE_PREDICATES, KGO


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def test_every_term_has_a_label_and_a_comment(onto):
    terms = {s for s in onto.subjects() if str(s).startswith(str(KGO))}
    assert len(terms) > 40
    missing = [t for t in terms if (t, RDFS.label, None) not in onto or (t, RDFS.comment, None) not in onto]
    assert missing == []


def test_core_properties_have_the_agreed_local_names(onto):
    for name in CORE_PREDICATES:
        assert (KGO[name], RDF.type, OWL.ObjectProperty) in onto, name


def test_met_with_is_symmetric(onto):
    assert (KGO.metWith, RDF.type, OWL.SymmetricProperty) in onto


@pytest.mark.parametrize("cls,code", [
    ("SanctionsRelief", "085"), ("SanctionsImposition", "163"), ("PrisonerRelease", "0841"),
    ("Praise", "051"), ("Talks", "040"), ("Negotiation", "046"), ("EmbassyReopening", "054"),
    ("DiplomaticIntent", "032"),
])
def test_event_classes_carry_their_cameo_code(onto, cls, code):
    assert (KGO[cls], KGO.cameoCode, Literal(code)) in onto


def test_classes_align_with_schema_org_and_prov(onto):
    from rdflib.namespace import PROV, SDO

    assert (KGO.Person, RDFS.subClassOf, SDO.Person) in onto
    assert (KGO.NewsArticle, RDFS.subClassOf, SDO.NewsArticle) in onto
    assert (KGO.Agent, RDFS.subClassOf, PROV.Agent) in onto


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE])
def test_ontology_files_parse_in_a_strict_independent_parser(path):
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads
