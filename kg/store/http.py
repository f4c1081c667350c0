"""HTTP to SPARQL servers, in one place: credentials, retries with backoff, timeouts and redaction.

``kg load --endpoint`` (Graph Store Protocol) and ``kg query --endpoint``
(SPARQL Protocol) both talk through :class:`HttpClient`. Credentials come from
``$KG_STORE_USER``/``$KG_STORE_PASSWORD`` or a netrc file, never from the
command line, and never appear in messages: whatever a server sends back is
passed through :func:`scrub` before kg prints it.

>>> scrub("denied for Authorization: Basic a2c6cGFzcw==", secrets=("pass",))
'denied for Authorization: [redacted]'
"""

from __future__ import annotations

import base64
import netrc
import os
import random
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from kg.errors import InputError, StoreError

ENV_USER = "KG_STORE_USER"
ENV_PASSWORD = "KG_STORE_PASSWORD"
ENV_AUTH = "KG_STORE_AUTH"  # basic, digest or auto (the default: whatever the server asks for)
AUTH_SCHEMES = ("auto", "basic", "digest")
RETRY_STATUSES = frozenset({408, 425, 429, 502, 503, 504})

_AUTH_PATTERNS = (
    (re.compile(r"(?i)\b((?:proxy-)?authorization\s*[:=]\s*)[^\r\n]*"), r"\1[redacted]"),
    (re.compile(r"(?i)\b(basic|bearer|negotiate|token)(\s+)[A-Za-z0-9+/=._~-]{4,}"), r"\1\2[redacted]"),
    (re.compile(r"(?i)\bdigest\s+[^\r\n]*"), "Digest [redacted]"),
    (re.compile(r"(?i)(://)[^/@\s:]+:[^/@\s]*@"), r"\1"),
)


def scrub(text: str, *, secrets: Iterable[str] = ()) -> str:
    """``text`` with credentials removed: Authorization values, Basic/Bearer/Digest tokens, user:password@
    in URLs, and every one of ``secrets`` (also base64- and URL-encoded).

    >>> scrub("Basic dXNlcjpzM2NyZXQ= and s3cret", secrets=["s3cret"])
    'Basic [redacted] and [redacted]'
    """
    for pattern, repl in _AUTH_PATTERNS:
        text = pattern.sub(repl, text)
    for secret in secrets:
        if secret and len(secret) >= 3:
            for form in {secret, quote(secret, safe=""), base64.b64encode(secret.encode()).decode().rstrip("=")}:
                text = text.replace(form, "[redacted]")
    return text


@dataclass(frozen=True)
class Credentials:
    """A user and password for a remote store, with where they came from. The password never prints.

    >>> Credentials("alice", "s3cret", source="env")
    Credentials(user='alice', scheme='auto', source='env')
    """

    user: str
    password: str = field(repr=False)
    scheme: str = "auto"
    source: str = "env"

    def describe(self) -> str:
        return f"${ENV_USER}/${ENV_PASSWORD}" if self.source == "env" else "the netrc file"

    def secrets(self) -> tuple[str, ...]:
        """The strings no message may show: the password, and user:password as sent by Basic authentication."""
        return (self.password, f"{self.user}:{self.password}")


def redact(url: str) -> str:
    """``url`` without any user name or password, for messages.

    >>> redact("https://bob:pw@db.example.org:8443/store?graph=x")
    'https://db.example.org:8443/store?graph=x'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def check_url(url: str, *, what: str = "endpoint") -> str:
    """Accept an http(s) URL without credentials in it; anything else is an :class:`InputError`.

    >>> check_url("http://localhost:7878/store")
    'http://localhost:7878/store'
    >>> check_url("http://u:p@localhost/store")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: http://localhost/store: credentials in the URL are not allowed (they would show in process lists and logs); set $KG_STORE_USER and $KG_STORE_PASSWORD or use a netrc file
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"the {what} must be an http:// or https:// URL", where=redact(url) if parts.hostname else url)
    if parts.username or parts.password:
        raise InputError("credentials in the URL are not allowed (they would show in process lists and logs); "
                         f"set ${ENV_USER} and ${ENV_PASSWORD} or use a netrc file", where=redact(url))
    return url


def credentials_for(url: str, *, environ: dict[str, str] | None = None) -> Credentials | None:
    """Credentials for ``url``: ``$KG_STORE_USER``/``$KG_STORE_PASSWORD``, else the netrc entry of its host.

    The netrc file is ``$NETRC`` or ``~/.netrc``. ``$KG_STORE_AUTH`` picks the
    scheme: ``basic``, ``digest`` or ``auto`` (default: the one the server asks for).

    >>> credentials_for("http://h/store", environ={"KG_STORE_USER": "u", "KG_STORE_PASSWORD": "p", "NETRC": "/nonexistent"})
    Credentials(user='u', scheme='auto', source='env')
    >>> credentials_for("http://h/store", environ={"NETRC": "/nonexistent"}) is None
    True
    """
    env = os.environ if environ is None else environ
    scheme = (env.get(ENV_AUTH) or "auto").strip().lower()
    if scheme not in AUTH_SCHEMES:
        raise InputError(f"must be one of {', '.join(AUTH_SCHEMES)}, got {scheme!r}", where=ENV_AUTH)
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user:
        if password is None:
            raise InputError(f"${ENV_USER} is set but ${ENV_PASSWORD} is not", where=ENV_PASSWORD)
        return Credentials(user, password, scheme=scheme, source="env")
    path = Path(env["NETRC"]) if env.get("NETRC") else Path.home() / ".netrc"
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as exc:
        raise InputError(f"cannot read the netrc file: {getattr(exc, 'msg', exc)}", where=str(path)) from exc
    if not entry:
        return None
    login, _account, secret = entry
    return Credentials(login or "", secret or "", scheme=scheme, source="netrc")


# --------------------------------------------------------------------------- HTTP


class HttpClient:
    """A small HTTP client for SPARQL servers: one session, authentication, retries with backoff.

    Thread-safe for the requests it makes (each thread gets its own session).

    >>> HttpClient(retries=-1)
    Traceback (most recent call last):
    ...
    kg.errors.InputError: retries: must be 0 or more, got -1
    """

    def __init__(self, *, credentials: Credentials | None = None, retries: int = 4, backoff: float = 0.5,
                 timeout: float = 300.0, max_delay: float = 30.0) -> None:
        if retries < 0:
            raise InputError(f"must be 0 or more, got {retries}", where="retries")
        if backoff < 0 or timeout <= 0:
            raise InputError(f"must be positive, got backoff={backoff}, timeout={timeout}", where="backoff/timeout")
        self.credentials = credentials
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.max_delay = max_delay
        self.scheme = credentials.scheme if credentials else None  # "auto" until a server says
        self._local = threading.local()
        self._lock = threading.Lock()
        self.attempts = 0  # all requests sent, retries included

    def _session(self):
        import requests

        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no implicit netrc: credentials are explicit (see credentials_for)
            session.headers["User-Agent"] = "kg (SPARQL client)"
            self._local.session = session
            self._local.auth_scheme = None
        if self.credentials and self.scheme in ("basic", "digest") and self._local.auth_scheme != self.scheme:
            from requests.auth import HTTPBasicAuth, HTTPDigestAuth

            cls = HTTPBasicAuth if self.scheme == "basic" else HTTPDigestAuth
            session.auth = cls(self.credentials.user, self.credentials.password)
            self._local.auth_scheme = self.scheme
        return session

    def _scrub(self, text: str, response=None) -> str:
        secrets = list(self.credentials.secrets()) if self.credentials else []
        sent = response.request.headers.get("Authorization") if response is not None and response.request else None
        if sent:
            secrets.append(sent)
            secrets.extend(sent.split(None, 1)[1:])
        return scrub(text, secrets=secrets)

    def scrub(self, text: str) -> str:
        """``text`` without this client's credentials (for messages built from a server's answer)."""
        return self._scrub(text)

    def _delay(self, attempt: int, response=None) -> float:
        if response is not None:
            after = response.headers.get("Retry-After", "")
            if after.strip().isdigit():
                return min(float(after), self.max_delay)
        base = min(self.backoff * (2 ** attempt), self.max_delay)
        return base + random.uniform(0, base / 4)

    def request(self, method: str, url: str, *, what: str, ok: Iterable[int] = (200, 201, 204), **kwargs):
        """Send a request, retrying transient failures; raise :class:`StoreError` naming ``what`` otherwise."""
        import requests

        # urllib3 sends the body under the connect timeout: a big PUT to a busy server needs the long one
        kwargs.setdefault("timeout", (self.timeout, self.timeout))
        last: str = ""
        attempt = 0
        auth_switched = False
        while True:
            session = self._session()
            sent_with = self._local.auth_scheme  # None: sent without credentials
            with self._lock:
                self.attempts += 1
            try:
                response = session.request(method, url, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                last = self._scrub(_connection_message(exc))
                response = None
            else:
                if response.status_code == 401 and self.credentials and not auth_switched:
                    # "auto": the first challenge decides the scheme, for every thread
                    challenge = response.headers.get("WWW-Authenticate", "").lower()
                    with self._lock:
                        if self.scheme == "auto":
                            self.scheme = "digest" if "digest" in challenge else "basic"
                    if self.scheme != sent_with:
                        auth_switched = True
                        continue
                if response.status_code in ok:
                    return response
                last = self._scrub(_status_message(response, self.credentials), response)
                if response.status_code not in RETRY_STATUSES:
                    raise StoreError(f"{what}: {last}", where=redact(url))
            if attempt >= self.retries:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise StoreError(f"{what}: {last}{tries}", where=redact(url))
            time.sleep(self._delay(attempt, response))
            attempt += 1
            body = kwargs.get("data")
            if hasattr(body, "seek"):
                body.seek(0)


def _connection_message(exc: Exception) -> str:
    import requests

    if isinstance(exc, requests.Timeout):
        return "no answer in time (timeout)"
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused (is the server running?)"
    return "cannot connect: " + text.split("(Caused by ")[-1].rstrip(")")[:200]


def _status_message(response, credentials: Credentials | None) -> str:
    reason = f"HTTP {response.status_code} {response.reason or ''}".rstrip()
    text = " ".join((response.text or "").split())[:300]
    if response.status_code == 401:
        hint = (f"the server refused the credentials from {credentials.describe()}" if credentials else
                f"the server wants credentials; set ${ENV_USER} and ${ENV_PASSWORD} or add its host to a netrc file")
        return f"{reason}: {hint}"
    return f"{reason}: {text}" if text else reason
