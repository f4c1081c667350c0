"""Prefixes and the IRI-minting policy, in one place.

Data IRIs live under a configurable base (``Settings.base_iri``, from
``KG_BASE_IRI``, default ``https://kg.example.org/``); the ontology namespace is fixed so that queries
keep working whatever base a deployment picks.

===========================  ==============================================
what                         IRI
===========================  ==============================================
country                      ``{base}id/country/{ISO 3166-1 alpha-2}``
gazetteer entry              ``{base}id/{gazetteer id}``
city of the data packages    ``{base}id/city/{country code}/{name}``
person the gazetteer lacks   ``{base}id/person/{name}``
body the gazetteer lacks     ``{base}id/org/{name}``; a state's: ``{base}id/org/{country code}/{name}``
group of people              ``{base}id/group/{doc_id}/{label}``
news article                 ``{base}id/article/{doc_id}``
sentence of an article       ``{base}id/article/{doc_id}/sentence/{start}-{end}``
event                        ``{base}id/event/{doc_id}/{hash}``
fact statement               ``{base}id/statement/{hash}``
named graph                  ``{base}graph/ontology``, ``graph/curated``, ``graph/article/{doc_id}``
===========================  ==============================================

Entities are named by keys, never by their labels: a country by its ISO code, a gazetteer
entry by its id, so correcting a label (``skos:prefLabel``) never renames an entity. What the
gazetteer does not know keeps an IRI from its kind and its name, so a person and an
organisation with one name stay two entities, and a body of a state ("National Assembly")
is scoped by the state's code. Names keep their letters, diacritics included (IRIs are
Unicode, RFC 3987):

>>> country_iri("by")
rdflib.term.URIRef('https://kg.example.org/id/country/BY')
>>> gazetteer_iri("alexander-lukashenko")
rdflib.term.URIRef('https://kg.example.org/id/alexander-lukashenko')
>>> named_iri("person", "Ihar Losik")
rdflib.term.URIRef('https://kg.example.org/id/person/Ihar_Losik')
>>> named_iri("org", "National Assembly", country="VE")
rdflib.term.URIRef('https://kg.example.org/id/org/VE/National_Assembly')
>>> slug("  AT&T's <Board>  ")
'ATandT_s_Board'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Namespace, URIRef

DEFAULT_BASE = "https://kg.example.org/"
KGO_IRI = "https://kg.example.org/ontology#"
# The prefixes as plain strings: what pyoxigraph takes, and what needs no rdflib (quick to import).
PREFIX_IRIS: dict[str, str] = {
    "kgo": KGO_IRI,
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "dcterms": "http://purl.org/dc/terms/",
}


def __getattr__(name: str) -> Any:
    """``KGO``, ``SCHEMA`` and ``PREFIXES`` as rdflib namespaces, made on first use (rdflib loads only then)."""
    if name in ("KGO", "SCHEMA", "PREFIXES"):
        from rdflib import Namespace

        prefixes = {p: Namespace(iri) for p, iri in PREFIX_IRIS.items()}
        globals().update(KGO=prefixes["kgo"], SCHEMA=prefixes["schema"], PREFIXES=prefixes)
        return globals()[name]
    raise AttributeError(f"module 'kg.namespaces' has no attribute {name!r}")


def _uri(value: str) -> URIRef:
    global _URIRef
    if _URIRef is None:
        from rdflib import URIRef

        _URIRef = URIRef
    return _URIRef(value)


_URIRef: Any = None

# The seven core relations: local names that tools, queries and tests rely on.
CORE_PREDICATES = (
    "sanctionsLiftedOn",
    "sanctionsImposedOn",
    "released",
    "releasedTo",
    "praisedBy",
    "metWith",
    "leaderOf",
)

_IRI_SAFE = re.compile(r"[^\w\-.~]", re.UNICODE)


def base_iri(base: str | None = None) -> str:
    """The data base IRI: the argument (with a trailing slash), else the default.

    The environment is read by :class:`kg.config.Settings`, never here.

    >>> base_iri("http://example.org/news")
    'http://example.org/news/'
    """
    value = base or DEFAULT_BASE
    return value if value.endswith(("/", "#", ":")) else value + "/"


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """A readable IRI path segment for any name: NFC letters kept, the rest folded.

    >>> slug("Belarus' national airline")
    'Belarus_national_airline'
    >>> slug("")  # never empty
    '_'
    """
    text = unicodedata.normalize("NFC", name).strip().replace("&", "and")
    text = re.sub(r"['\u2019]s\b", "_s", text)
    text = re.sub(r"['\u2019]", "", text)
    text = _IRI_SAFE.sub("_", text)
    text = re.sub(r"_+", "_", text).strip("_.")
    # Letters outside the IRI ucschar ranges (rare symbols) are percent-encoded.
    text = "".join(c if c.isalnum() or c in "-_.~" else quote(c) for c in text)
    return text or "_"


def short_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts.

    >>> short_hash("a", 1)
    '839e11a421d370be'
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


NAME_KINDS = ("person", "org", "city")  # what an entity the gazetteer does not know is named under


def country_iri(code: str, *, base: str | None = None) -> URIRef:
    """A country, by its ISO 3166-1 alpha-2 code."""
    return _uri(country_iri_text(code, base=base))


def country_iri_text(code: str, *, base: str | None = None) -> str:
    """:func:`country_iri` as a plain string, made without loading rdflib (what the extractor stores).

    >>> country_iri_text("US", base="urn:x:")
    'urn:x:id/country/US'
    """
    return f"{base_iri(base)}id/country/{slug(code.upper())}"


def gazetteer_iri(entry_id: str, *, base: str | None = None) -> URIRef:
    """An entity of the gazetteer, by its ``id``."""
    return _uri(gazetteer_iri_text(entry_id, base=base))


def gazetteer_iri_text(entry_id: str, *, base: str | None = None) -> str:
    """:func:`gazetteer_iri` as a plain string.

    >>> gazetteer_iri_text("belavia")
    'https://kg.example.org/id/belavia'
    """
    return f"{base_iri(base)}id/{slug(entry_id)}"


def named_iri(kind: str, name: str, *, country: str | None = None, base: str | None = None) -> URIRef:
    """An entity known only by its name: its kind (:data:`NAME_KINDS`), the state it belongs to, its name."""
    return _uri(named_iri_text(kind, name, country=country, base=base))


def named_iri_text(kind: str, name: str, *, country: str | None = None, base: str | None = None) -> str:
    """:func:`named_iri` as a plain string; the name is folded as :func:`slug` folds it.

    >>> named_iri_text("person", "Alexander  Lukashenko ") == named_iri_text("person", "Alexander Lukashenko")
    True
    >>> named_iri_text("person", "Wagner") == named_iri_text("org", "Wagner")
    False
    """
    if kind not in NAME_KINDS:
        raise ValueError(f"unknown kind of entity {kind!r}; expected one of {', '.join(NAME_KINDS)}")
    scope = f"{slug(country.upper())}/" if country else ""
    return f"{base_iri(base)}id/{kind}/{scope}{slug(name)}"


def group_iri(doc_id: str, label: str, *, base: str | None = None) -> URIRef:
    """Groups ("52 political prisoners") are scoped to the article that counts them."""
    return _uri(group_iri_text(doc_id, label, base=base))


def group_iri_text(doc_id: str, label: str, *, base: str | None = None) -> str:
    """:func:`group_iri` as a plain string, made without loading rdflib."""
    return f"{base_iri(base)}id/group/{doc_id}/{slug(label)}"


def body_iri_text(doc_id: str, label: str, *, base: str | None = None) -> str:
    """A state's body whose state is unknown ("the National Assembly" in an article that names no
    country for it), scoped to its article so the bodies of two states never merge.

    >>> body_iri_text("d1", "National Assembly")
    'https://kg.example.org/id/org/article/d1/National_Assembly'
    """
    return f"{base_iri(base)}id/org/article/{doc_id}/{slug(label)}"


def article_iri(doc_id: str, *, base: str | None = None) -> URIRef:
    return _uri(article_iri_text(doc_id, base=base))


def article_iri_text(doc_id: str, *, base: str | None = None) -> str:
    """:func:`article_iri` as a plain string."""
    return f"{base_iri(base)}id/article/{doc_id}"


def sentence_iri(doc_id: str, start: int, end: int, *, base: str | None = None) -> URIRef:
    return _uri(sentence_iri_text(doc_id, start, end, base=base))


def sentence_iri_text(doc_id: str, start: int, end: int, *, base: str | None = None) -> str:
    """:func:`sentence_iri` as a plain string: the article's IRI and :func:`sentence_path`."""
    return article_iri_text(doc_id, base=base) + sentence_path(start, end)


def sentence_path(start: int, end: int) -> str:
    """What a sentence's IRI adds to its article's: its offsets."""
    return f"/sentence/{start}-{end}"


def event_iri(doc_id: str, *key: object, base: str | None = None) -> URIRef:
    return _uri(event_iri_text(doc_id, *key, base=base))


def event_iri_text(doc_id: str, *key: object, base: str | None = None) -> str:
    """:func:`event_iri` as a plain string, made without loading rdflib."""
    return f"{base_iri(base)}id/event/{doc_id}/{short_hash(*key, length=12)}"


def statement_iri(*key: object, base: str | None = None) -> URIRef:
    return _uri(statement_iri_text(*key, base=base))


def statement_iri_text(*key: object, base: str | None = None) -> str:
    """:func:`statement_iri` as a plain string."""
    return f"{base_iri(base)}id/statement/{short_hash(*key)}"


def graph_iri(name: str, *, base: str | None = None) -> URIRef:
    """Named graphs: ``ontology``, ``curated`` or ``article/{doc_id}``."""
    return _uri(f"{base_iri(base)}graph/{name}")


def article_graph_iri(doc_id: str, *, base: str | None = None) -> URIRef:
    return graph_iri(f"article/{doc_id}", base=base)


def prefix_map(base: str | None = None) -> dict[str, str]:
    """The project's prefixes, ``id:`` and ``country:`` for the data ``base`` included, as plain strings
    (pyoxigraph takes these).

    >>> prefix_map("urn:x:")["id"], prefix_map("urn:x:")["country"]
    ('urn:x:id/', 'urn:x:id/country/')
    """
    out = dict(PREFIX_IRIS)
    out["id"] = base_iri(base) + "id/"
    out["country"] = base_iri(base) + "id/country/"
    return out


def bind_prefixes(graph, base: str | None = None) -> None:
    """Bind the project's prefixes (and ``id:``, ``country:`` for the data ``base``) on a graph or dataset."""
    from rdflib import Namespace

    for prefix, iri in PREFIX_IRIS.items():
        graph.bind(prefix, Namespace(iri), override=True)
    for prefix, iri in prefix_map(base).items():
        if prefix not in PREFIX_IRIS:  # the data prefixes: id:, country:
            graph.bind(prefix, Namespace(iri), override=True)


# Roles that gather what every telling adds instead of telling events apart: a release by Belarus told
# once for "52 political prisoners" and once for "several Lithuanian citizens" among them is one release.
GATHERED_ROLES = {"PrisonerRelease": frozenset({"releasedParty"}), "PrisonerTransfer": frozenset({"releasedParty"})}


def same_event_key(cls: str, participants: Iterable[tuple[str, str]], article: str | None) -> tuple:
    """What makes descriptions of events one real-world event: the same article, the same class, the same participants.

    ``participants`` are (role, IRI) pairs; their order does not matter, and the roles of
    ``GATHERED_ROLES`` (the people a release frees) are left out, so a release told twice
    in one article is one release. A curated and an extracted description with equal keys
    are one event; descriptions in different articles never are.

    >>> a = same_event_key("SanctionsRelief", [("agent", "id:US"), ("target", "id:Belavia")], "article:1")
    >>> a == same_event_key("SanctionsRelief", [("target", "id:Belavia"), ("agent", "id:US")], "article:1")
    True
    >>> a == same_event_key("SanctionsRelief", [("agent", "id:US"), ("target", "id:Belarus")], "article:1")
    False
    >>> a == same_event_key("SanctionsRelief", [("agent", "id:US"), ("target", "id:Belavia")], "article:2")
    False
    >>> same_event_key("PrisonerRelease", [("agent", "id:Belarus"), ("releasedParty", "group:52")], "a") == \\
    ...     same_event_key("PrisonerRelease", [("agent", "id:Belarus"), ("releasedParty", "group:few")], "a")
    True
    """
    gathered = GATHERED_ROLES.get(cls, frozenset())
    return (article, cls, tuple(sorted({(r, who) for r, who in participants if r not in gathered})))
