"""Prefixes and the IRI-minting policy, in one place.

Data IRIs live under a configurable base (``Settings.base_iri``, from
``KG_BASE_IRI``, default ``https://kg.example.org/``); the ontology namespace is fixed so that queries
keep working whatever base a deployment picks.

===========================  ==============================================
what                         IRI
===========================  ==============================================
entity (person, country...)  ``{base}id/{Label_With_Underscores}``
group of people              ``{base}id/group/{doc_id}/{label}``
news article                 ``{base}id/article/{doc_id}``
sentence of an article       ``{base}id/article/{doc_id}/sentence/{start}-{end}``
event                        ``{base}id/event/{doc_id}/{hash}``
fact statement               ``{base}id/statement/{hash}``
named graph                  ``{base}graph/ontology``, ``graph/curated``, ``graph/article/{doc_id}``
===========================  ==============================================

Labels keep their letters, diacritics included (IRIs are Unicode, RFC 3987):

>>> entity_iri("Gitanas Nausėda")
rdflib.term.URIRef('https://kg.example.org/id/Gitanas_Nausėda')
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


def entity_iri(label: str, *, base: str | None = None) -> URIRef:
    """The IRI of a named entity, from its canonical label."""
    return _uri(entity_iri_text(label, base=base))


def entity_iri_text(label: str, *, base: str | None = None) -> str:
    """:func:`entity_iri` as a plain string, made without loading rdflib (what the extractor stores).

    >>> entity_iri_text("Gitanas Nausėda") == str(entity_iri("Gitanas Nausėda"))
    True
    """
    return f"{base_iri(base)}id/{slug(label)}"


def group_iri(doc_id: str, label: str, *, base: str | None = None) -> URIRef:
    """Groups ("52 political prisoners") are scoped to the article that counts them."""
    return _uri(group_iri_text(doc_id, label, base=base))


def group_iri_text(doc_id: str, label: str, *, base: str | None = None) -> str:
    """:func:`group_iri` as a plain string, made without loading rdflib."""
    return f"{base_iri(base)}id/group/{doc_id}/{slug(label)}"


def article_iri(doc_id: str, *, base: str | None = None) -> URIRef:
    return _uri(f"{base_iri(base)}id/article/{doc_id}")


def sentence_iri(doc_id: str, start: int, end: int, *, base: str | None = None) -> URIRef:
    return _uri(f"{base_iri(base)}id/article/{doc_id}/sentence/{start}-{end}")


def event_iri(doc_id: str, *key: object, base: str | None = None) -> URIRef:
    return _uri(event_iri_text(doc_id, *key, base=base))


def event_iri_text(doc_id: str, *key: object, base: str | None = None) -> str:
    """:func:`event_iri` as a plain string, made without loading rdflib."""
    return f"{base_iri(base)}id/event/{doc_id}/{short_hash(*key, length=12)}"


def statement_iri(*key: object, base: str | None = None) -> URIRef:
    return _uri(f"{base_iri(base)}id/statement/{short_hash(*key)}")


def graph_iri(name: str, *, base: str | None = None) -> URIRef:
    """Named graphs: ``ontology``, ``curated`` or ``article/{doc_id}``."""
    return _uri(f"{base_iri(base)}graph/{name}")


def article_graph_iri(doc_id: str, *, base: str | None = None) -> URIRef:
    return graph_iri(f"article/{doc_id}", base=base)


def prefix_map(base: str | None = None) -> dict[str, str]:
    """The project's prefixes, ``id:`` for the data ``base`` included, as plain strings (pyoxigraph takes these).

    >>> prefix_map("urn:x:")["id"]
    'urn:x:id/'
    """
    out = dict(PREFIX_IRIS)
    out["id"] = base_iri(base) + "id/"
    return out


def bind_prefixes(graph, base: str | None = None) -> None:
    """Bind the project's prefixes (and ``id:`` for the data ``base``) on a graph or dataset."""
    from rdflib import Namespace

    for prefix, iri in PREFIX_IRIS.items():
        graph.bind(prefix, Namespace(iri), override=True)
    graph.bind("id", Namespace(base_iri(base) + "id/"), override=True)


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
