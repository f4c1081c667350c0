"""Files and HTML pages -> :class:`~kg.model.Article`.

Reads ``.txt`` and ``.html`` files (and folders of them), keeps only an HTML
page's main text (trafilatura), repairs mojibake, normalises Unicode, finds
the title and the dateline, and splits sentences with character offsets.

>>> repair_text("Lithuanian President Gitanas NausÄ—da")
'Lithuanian President Gitanas Nausėda'
>>> art = article_from_text("Title\\n\\nMay 2, 2024\\n\\nThe EU met Iran. It ended.", source="a.txt")
>>> (art.title, art.date.isoformat(), [s.text for s in art.sentences])
('Title', '2024-05-02', ['Title', 'May 2, 2024', 'The EU met Iran.', 'It ended.'])
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import ftfy

from .errors import InputError
from .model import Article, Sentence
from .namespaces import short_hash

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 5_000_000

# --- mojibake -------------------------------------------------------------
#
# The commonest damage: UTF-8 bytes decoded as Windows-1252 (or Latin-1).
# Every non-ASCII UTF-8 character is a lead byte 0xC2-0xF4 followed by one to
# three continuation bytes 0x80-0xBF. Misread as cp1252, that is one character
# from "Â".."ô" followed by characters whose cp1252 byte is a continuation
# byte. We re-encode each such run and keep the result only where it decodes
# as strict UTF-8. This repairs "NausÄ—da" (Ä = 0xC4, — = 0x97), which ftfy's
# heuristics leave alone; ftfy then handles the rest of the class.


def _cp1252_byte(ch: str) -> int | None:
    try:
        b = ch.encode("cp1252")
    except UnicodeEncodeError:
        o = ord(ch)  # the five bytes cp1252 leaves undefined decode "sloppily" to C1 controls
        return o if 0x80 <= o <= 0x9F else None
    return b[0] if len(b) == 1 else None


_CONT = "".join(chr(c) for c in range(0x80, 0x100) if 0x80 <= (_cp1252_byte(chr(c)) or 0) <= 0xBF)
_CONT += "".join(ch for ch in "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" if 0x80 <= (_cp1252_byte(ch) or 0) <= 0xBF)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][%(c)s]|[\u00e0-\u00ef][%(c)s]{2}|[\u00f0-\u00f4][%(c)s]{3}" % {"c": re.escape(_CONT)}
)


def _undo_cp1252(match: re.Match[str]) -> str:
    text = match.group(0)
    raw = bytes(_cp1252_byte(ch) or 0 for ch in text)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair_text(text: str) -> str:
    """Repair mojibake and normalise: NFC, no control characters, tidy whitespace.

    >>> repair_text("CafÃ© â€œquotedâ€\x9d")
    'Café "quoted"'
    >>> repair_text("Plain ASCII stays.")
    'Plain ASCII stays.'
    """
    text = _MOJIBAKE.sub(_undo_cp1252, text)
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=True, unescape_html=False)
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r" *\n *", "\n", text).strip()


# --- reading files --------------------------------------------------------


def decode_bytes(data: bytes, *, where: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else Windows-1252; binary is refused.

    >>> decode_bytes(b"caf\\xe9", where="x")
    'café'
    >>> decode_bytes(b"\\x00\\x01", where="x.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: x.txt: binary content (NUL bytes), not a text article
    """
    if not data.strip():
        raise InputError("empty file", where=where)
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("binary content (NUL bytes), not a text article", where=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"undecodable: neither UTF-8 nor Windows-1252 ({exc.reason} at byte {exc.start})", where=where) from exc
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\r\n\t")
    if controls > 0.01 * min(len(text), 8192):
        raise InputError("undecodable: looks binary", where=where)
    return text


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively) into article files, in a stable order.

    A path that does not exist raises :class:`InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", where=str(path))


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one ``.txt`` or ``.html`` file into an :class:`Article`.

    Raises :class:`InputError` naming the file for anything unreadable: an
    unknown suffix, an empty, binary, undecodable or too large file.
    """
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"unknown file type {path.suffix!r}; expected one of {', '.join(sorted(SUFFIXES))}", where=str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)", where=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=str(path)) from exc
    content_hash = hashlib.sha256(data).hexdigest()
    raw = decode_bytes(data, where=str(path))
    if kind == "html":
        return article_from_html(raw, source=path.name, content_hash=content_hash)
    return article_from_text(raw, source=path.name, content_hash=content_hash)


# --- metadata -------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(_MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
]


def find_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text``.

    >>> find_date("WASHINGTON, Sept. 13, 2025 — The US ...")
    datetime.date(2025, 9, 13)
    >>> find_date("Published 2024-06-01") , find_date("21 June 2025"), find_date("no date")
    (datetime.date(2024, 6, 1), datetime.date(2025, 6, 21), None)
    """
    found: list[tuple[int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower().rstrip(".")]
            try:
                found.append((m.start(), dt.date(int(g["y"]), month, int(g["d"]))))
            except ValueError:
                continue
            break
    return min(found)[1] if found else None


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with offsets: lines (paragraphs, bullets, headings) split further by spaCy's sentencizer.

    >>> [s.text for s in split_sentences("Key points\\n • The U.S. met Iran. Talks ended.")]
    ['Key points', 'The U.S. met Iran.', 'Talks ended.']
    """
    nlp = _sentencizer()
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip(" •*-–·\t"))
        body = line[lead:].rstrip()
        if not body:
            continue
        offset = m.start() + lead
        for sent in nlp(body).sents:
            s = sent.text.strip()
            if s:
                start = offset + sent.start_char
                out.append(Sentence(index=len(out), text=s, start=start, end=start + len(s)))
    return tuple(out)


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def article_from_text(raw: str, *, source: str, content_hash: str | None = None,
                      title: str | None = None, date: dt.date | None = None,
                      url: str | None = None, publisher: str | None = None) -> Article:
    """Build an :class:`Article` from raw text: repair it, find title and dateline, split sentences."""
    text = repair_text(raw)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if title is None and lines and len(lines[0]) < 200 and not lines[0].endswith("."):
        title = lines[0]
    if date is None:
        date = find_date("\n".join(lines[:4])) or find_date(source)
    doc_id = short_hash(text)
    return Article(doc_id=doc_id, text=text, source=source, title=title, date=date, url=url,
                   publisher=publisher, content_hash=content_hash or hashlib.sha256(raw.encode()).hexdigest(),
                   sentences=split_sentences(text))


def article_from_html(html: str, *, source: str, content_hash: str | None = None) -> Article:
    """Keep only the page's main text (trafilatura) and its metadata (title, date, site)."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=True)
    if not body or not body.strip():
        raise InputError("no article text found in the HTML", where=source)
    meta = trafilatura.extract_metadata(html)
    title = repair_text(meta.title) if meta and meta.title else None
    date = None
    if meta and meta.date:
        try:
            date = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            date = None
    if date is None:
        date = find_date(body[:300])
    text = f"{title}\n\n{body}" if title and not body.lstrip().startswith(title) else body
    return article_from_text(text, source=source, content_hash=content_hash, title=title, date=date,
                             url=meta.url if meta else None, publisher=meta.sitename if meta else None)


def read_corpus(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
                ) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read every article under ``paths``; bad files are skipped and reported as ``(path, reason)``."""
    articles: list[Article] = []
    skipped: list[tuple[str, str]] = []
    for path in iter_input_files(paths):
        try:
            articles.append(read_article(path, max_bytes=max_bytes))
        except InputError as exc:
            skipped.append((str(path), exc.message))
    return articles, skipped
