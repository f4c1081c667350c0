"""The query page of ``kg serve``: a SPARQL editor, a results table and download buttons at ``/``.

The editor is CodeMirror 6 with its SPARQL mode, bundled from the npm registry
into ``kg/resources/query-page/editor.js`` at development time (``make
query-page``; versions in ``VERSIONS.txt``, licences in
``THIRD-PARTY-LICENSES.txt``). The page needs nothing from outside the server:
its scripts and style come from ``/query-page/``, its queries go to the
endpoint beside it, and its Content-Security-Policy allows nothing else (no
inline script, no other origin; the editor's own style sheet carries a nonce
made for each response, which CodeMirror supports for this purpose).

>>> page = asset("/")
>>> page.media_type, page.headers["Content-Security-Policy"].startswith("default-src 'none'; script-src 'self';")
('text/html; charset=utf-8', True)
>>> b'<script src="query-page/editor.js"' in page.body
True
>>> asset("/").headers["Content-Security-Policy"] != page.headers["Content-Security-Policy"]  # a new nonce
True
>>> asset("/query-page/../../config.py") is None
True
"""

from __future__ import annotations

import html
import json
import secrets
from dataclasses import dataclass, field
from functools import lru_cache

from kg.config import RESOURCES

PAGE_DIR = RESOURCES / "query-page"
PREFIX = "/query-page/"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; connect-src 'self'; "
       "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
               ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml"}
STATIC = ("editor.js", "page.js", "page.css", "icon.svg", "THIRD-PARTY-LICENSES.txt", "VERSIONS.txt")


@dataclass(frozen=True)
class Asset:
    """One response of the page: its media type, body and headers."""

    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _headers(*, nonce: str | None = None) -> dict[str, str]:
    return {"Content-Security-Policy": CSP.format(nonce=nonce or secrets.token_urlsafe(16)),
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store" if nonce else "public, max-age=3600"}


@lru_cache(maxsize=1)
def _config() -> str:
    """What the page needs to know, as JSON inside the page: kg's prefixes and the saved queries."""
    from kg import __version__
    from kg.store.query import default_prefixes, saved_queries

    examples = [{"name": q.name, "question": q.question, "text": q.text} for q in saved_queries().values()]
    data = {"prefixes": default_prefixes(), "examples": examples, "version": __version__}
    # A data block is never run as script, so the CSP allows it; "</" cannot end it early.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def default_query() -> str:
    """The query the editor opens with: kg's prefixes declared, then the sanctions lifted.

    >>> default_query().splitlines()[0]
    'PREFIX kgo: <https://kg.example.org/ontology#>'
    """
    from kg.store.query import default_prefixes

    prefixes = default_prefixes()
    lines = [f"PREFIX {name}: <{prefixes[name]}>" for name in ("kgo", "id", "skos", "rdfs") if name in prefixes]
    return "\n".join(lines) + """

SELECT ?subject ?label ?object ?graph WHERE {
  GRAPH ?graph { ?subject kgo:sanctionsLiftedOn ?object . OPTIONAL { ?subject skos:prefLabel ?label } }
}
LIMIT 100
"""


@lru_cache(maxsize=1)
def _index() -> str:
    template = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    return template.replace("{{config}}", _config()).replace("{{query}}", html.escape(default_query()))


def asset(path: str) -> Asset | None:
    """The page (``/``) or one of its files (``/query-page/NAME``); None for any other path."""
    if path in ("/", "/index.html"):
        nonce = secrets.token_urlsafe(16)
        body = _index().replace("{{nonce}}", nonce).encode("utf-8")
        return Asset("text/html; charset=utf-8", body, _headers(nonce=nonce))
    if path.startswith(PREFIX) and path[len(PREFIX):] in STATIC:
        name = path[len(PREFIX):]
        suffix = name[name.rfind("."):]
        return Asset(MEDIA_TYPES[suffix], (PAGE_DIR / name).read_bytes(), _headers())
    return None
