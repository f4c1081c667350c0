"""IRIs are minted deterministically and validly from keys and from any name."""

from hypothesis import given, strategies as st
from rdflib import URIRef

from kg.namespaces import article_graph_iri, base_iri, country_iri, named_iri, slug

IRI_FORBIDDEN = set('<>"{}|\\^` \t\n')


def test_diacritics_are_kept_in_iris():
    assert named_iri("person", "Gitanas Nausėda") == URIRef("https://kg.example.org/id/person/Gitanas_Nausėda")


def test_the_same_name_gives_the_same_iri_whatever_the_spacing():
    assert named_iri("person", "Alexander  Lukashenko ") == named_iri("person", "Alexander Lukashenko")


def test_decomposed_and_composed_forms_give_one_iri():
    assert named_iri("person", "Nausėda") == named_iri("person", "Nause\u0307da")


def test_base_is_configurable_through_settings_only(monkeypatch):
    from kg.config import Settings

    monkeypatch.setenv("KG_BASE_IRI", "http://data.example.net/news")
    assert base_iri() == "https://kg.example.org/"  # the IRI policy never reads the environment
    base = Settings().base_iri
    assert base == "http://data.example.net/news/"
    assert str(country_iri("BY", base=base)) == "http://data.example.net/news/id/country/BY"
    assert str(country_iri("BY", base="urn:x:")) == "urn:x:id/country/BY"


@given(st.text(max_size=60))
def test_any_name_gives_a_valid_nonempty_iri(name):
    s = slug(name)
    assert s
    assert not IRI_FORBIDDEN & set(s)
    assert not any(ord(c) < 0x20 for c in s)
    # round-trips through a strict parser
    import pyoxigraph

    pyoxigraph.NamedNode(str(named_iri("org", name, country="XX")))


def test_graph_names_are_per_article():
    assert str(article_graph_iri("abc")).endswith("/graph/article/abc")
