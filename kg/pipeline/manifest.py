"""The build manifest: what each input file produced, keyed by the file's content hash.

It lives in ``OUT/.kg-build/manifest.sqlite`` (SQLite, in the standard library)
and is a cache, never an output: deleting it only makes the next build redo
every article. One row per input file holds the sha256 of the file's bytes, a
key of everything else its result depends on, and the result itself (see
:class:`kg.pipeline.corpus.Result`). A build skips a file whose row still matches; a
file that changed gets its row, and so its named graph, replaced.

The ``layout`` table keeps where each article's bytes are in the outputs of the
current version, so that the next build copies them instead of writing them
again (:func:`kg.pipeline.run.write_outputs`); replacing an article's row drops
its layout row. The small columns of a row come before the big ones, so that
scans for keys, reports and counts do not read the graphs.

Rows are committed in batches as articles finish, so an interrupted build
loses at most the last few seconds of work and the next one resumes. The
whole table is dropped when kg's code, its packages or the settings change
(the ``fingerprint``), since every result may then differ.

>>> import tempfile
>>> with Manifest(Path(tempfile.mkdtemp()) / "m.sqlite", fingerprint="f1") as m:
...     m.put(Result(source="/in/a.txt", name="a.txt", content_hash="h1", doc_id="d1"), key="k1")
...     (m.lookup("/in/a.txt"), m.lookup("/in/b.txt"))
(('h1', 'k1', 'd1'), None)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.graph.assemble import SYMMETRIC
from kg.namespaces import CORE_PREDICATES
from kg.pipeline.corpus import Result
from kg.model import Article, Sentence

SCHEMA_VERSION = "5"
# The small columns come first and the big ones last: SQLite reads a row's columns in order, so a scan
# of the small ones (counts, reports, keys) never walks the overflow pages of the graphs.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    source        TEXT PRIMARY KEY,  -- the input file (absolute path)
    name          TEXT NOT NULL,     -- its file name, recorded in the graph
    content_hash  TEXT NOT NULL,     -- sha256 of its bytes
    key           TEXT NOT NULL,     -- content hash + name + the curated facts about the article
    doc_id        TEXT,              -- NULL when the file was skipped
    error         TEXT,              -- why it was skipped
    quads         INTEGER NOT NULL DEFAULT 0,
    disagreements TEXT,              -- JSON list
    idx           BLOB,              -- typed nodes and core facts, one line each, for the summary counts
    validation    TEXT,              -- its SHACL report as JSON (kg.graph.validate.ArticleReport), NULL if not validated
    subjects      BLOB,              -- where each subject's lines are, for the check across graphs
    article       TEXT,              -- the Article as JSON, when curated facts cite it
    facts         BLOB,              -- facts.jsonl lines
    trig          BLOB,              -- its named graph as TriG blocks
    nquads        BLOB               -- the same, N-Quads
);
-- where each article's bytes are in the outputs of the current version (see kg.pipeline.run.write_outputs);
-- a row goes when its article's row is replaced, so a row here always describes the stored result
CREATE TABLE IF NOT EXISTS layout (
    source TEXT PRIMARY KEY, nq_start INTEGER, nq_end INTEGER, trig_start INTEGER, trig_end INTEGER,
    facts_start INTEGER, facts_end INTEGER
);
CREATE INDEX IF NOT EXISTS articles_doc ON articles (doc_id);
"""


class Manifest:
    """The SQLite manifest of one build folder. Use as a context manager; commits on a clean exit."""

    def __init__(self, path: str | Path, *, fingerprint: str = "", commit_every: float = 2.0,
                 readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:  # reading a finished build (kg validate): no schema changes, nothing dropped
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.commit_every = commit_every
        self._last_commit = time.monotonic()
        try:
            self.db = self._open(fingerprint)
        except sqlite3.DatabaseError:  # a damaged cache is thrown away, never trusted
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self.db = self._open(fingerprint)

    def _open(self, fingerprint: str) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            # before the first table: rows hold ~150 KB of graph, which 4 KiB pages split into chains of 40
            db.execute("PRAGMA page_size=65536")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            meta = dict(db.execute("SELECT name, value FROM meta"))
            if meta.get("schema") != SCHEMA_VERSION:
                db.executescript("DROP TABLE articles; DROP TABLE IF EXISTS layout; DELETE FROM meta;" + _SCHEMA)
            if meta.get("schema") != SCHEMA_VERSION or meta.get("fingerprint") != fingerprint:
                db.execute("DELETE FROM articles")
                db.execute("DELETE FROM layout")
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                               [("schema", SCHEMA_VERSION), ("fingerprint", fingerprint)])
                db.commit()
                db.execute("VACUUM")  # give the space of the old results back
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # Finished articles are worth keeping even when the build stops (Ctrl-C, an error elsewhere).
        try:
            self.db.commit()
        finally:
            self.db.close()

    def lookup(self, source: str) -> tuple[str, str, str | None] | None:
        """``(content_hash, key, doc_id)`` of the row for ``source``, if any."""
        return self.db.execute("SELECT content_hash, key, doc_id FROM articles WHERE source = ?", (source,)).fetchone()

    def put(self, result: Result, *, key: str) -> None:
        """Store (or replace) the row of ``result.source``; committed within ``commit_every`` seconds."""
        g = result.graph
        self.db.execute(
            "INSERT OR REPLACE INTO articles (source, name, content_hash, key, doc_id, error, quads, disagreements, "
            "idx, validation, subjects, article, facts, trig, nquads) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (result.source, result.name, result.content_hash, key, result.doc_id, result.error,
             g.quads if g else 0, json.dumps(g.disagreements if g else [], ensure_ascii=False),
             index_lines(g.index if g else {}), *_validation(result.validation),
             article_to_json(result.article) if result.article is not None else None,
             g.facts if g else None, g.trig if g else None, g.nquads if g else None))
        self.db.execute("DELETE FROM layout WHERE source = ?", (result.source,))  # its old bytes are stale
        if time.monotonic() - self._last_commit > self.commit_every:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self._last_commit = time.monotonic()

    def keep_only(self, sources: Iterable[str]) -> int:
        """Drop the rows of files that are no longer inputs; returns how many went."""
        keep = set(sources)
        gone = [(s,) for (s,) in self.db.execute("SELECT source FROM articles") if s not in keep]
        self.db.executemany("DELETE FROM articles WHERE source = ?", gone)
        self.commit()
        return len(gone)

    def skipped(self) -> list[tuple[str, str]]:
        """``(source, reason)`` of the files that could not be read, in source order."""
        return list(self.db.execute("SELECT source, error FROM articles WHERE error IS NOT NULL ORDER BY source"))

    def count(self) -> int:
        """How many articles were read (files skipped not counted)."""
        return self.db.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0]

    def duplicate_docs(self) -> set[str]:
        """Document ids that more than one file produced (the same text under two names)."""
        return {d for (d,) in self.db.execute(
            "SELECT doc_id FROM articles WHERE doc_id IS NOT NULL GROUP BY doc_id HAVING count(*) > 1")}

    def rows(self, *columns: str, sources: Iterable[str] | None = None) -> Iterator[tuple]:
        """The given columns of every article read (of those from ``sources`` only, when given), in source order
        (one row in memory at a time). A build feeds the check across graphs a batch at a time: it reads
        the batch's rows by their key, not the whole table for each batch."""
        allowed = {"rowid", "source", "name", "doc_id", "content_hash", "nquads", "trig", "quads", "facts", "disagreements", "idx", "article",
                   "validation", "subjects"}
        if not set(columns) <= allowed:
            raise ValueError(f"unknown manifest columns: {sorted(set(columns) - allowed)}")
        select = f"SELECT {', '.join(columns)} FROM articles WHERE error IS NULL"
        if sources is None:
            yield from self.db.execute(select + " ORDER BY source")
            return
        wanted = sorted(set(sources))
        for at in range(0, len(wanted), 500):  # within SQLite's limit on bound values
            part = wanted[at:at + 500]
            yield from self.db.execute(f"{select} AND source IN ({', '.join('?' * len(part))}) ORDER BY source", part)

    def placed(self) -> Iterator[tuple]:
        """What :func:`kg.pipeline.run.write_outputs` needs of each article read, in source order.

        ``(source, doc_id, quads, facts, disagreements, idx, place, nquads, trig)``: ``place`` is the
        article's ``(nq_start, nq_end, trig_start, trig_end, facts_start, facts_end)`` in the outputs of
        the current version when the layout table still describes its stored result, else None; the
        big columns are read only for the articles without a place.
        """
        cur = self.db.execute(
            "SELECT a.source, a.doc_id, a.quads, a.disagreements, a.idx, l.nq_start, l.nq_end, l.trig_start, "
            "l.trig_end, l.facts_start, l.facts_end, CASE WHEN l.source IS NULL THEN a.facts END, "
            "CASE WHEN l.source IS NULL THEN a.trig END, CASE WHEN l.source IS NULL THEN a.nquads END "
            "FROM articles a LEFT JOIN layout l ON l.source = a.source WHERE a.error IS NULL ORDER BY a.source")
        for source, doc_id, quads, rows, idx, *place, facts, trig, nquads in cur:
            yield (source, doc_id, quads, facts, rows, idx, tuple(place) if place[0] is not None else None,
                   nquads, trig)

    def set_layout(self, places: Iterable[tuple], record: str) -> None:
        """Replace the layout table with ``places`` (``(source, nq_start, ..., facts_end)``), in one transaction."""
        self.db.commit()
        with self.db:
            self.db.execute("DELETE FROM layout")
            self.db.executemany("INSERT INTO layout VALUES (?, ?, ?, ?, ?, ?, ?)", places)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", ("layout", record))
        self._last_commit = time.monotonic()

    # --- validation (kg.graph.validate): one report per article, the build's graph digest in meta ---

    def set_validation(self, source: str, report) -> None:
        """Store the SHACL report of the article from ``source`` (validated after it was stored)."""
        self.db.execute("UPDATE articles SET validation = ?, subjects = ? WHERE source = ?",
                        (*_validation(report), source))

    def stale_reports(self, shapes: str) -> int:
        """How many articles have no SHACL report made against the shapes with digest ``shapes``."""
        return self.db.execute("SELECT count(*) FROM articles WHERE error IS NULL AND (validation IS NULL OR "
                               "json_extract(validation, '$.shapes') IS NOT ?)", (shapes,)).fetchone()[0]

    def nquads(self, source: str) -> bytes:
        """The named graph of one article, N-Quads."""
        return self.db.execute("SELECT nquads FROM articles WHERE source = ?", (source,)).fetchone()[0]

    def subjects(self, rowid: int) -> bytes:
        """The subject spans of the article in row ``rowid`` (see :func:`kg.graph.validate.subject_spans`)."""
        row = self.db.execute("SELECT subjects FROM articles WHERE rowid = ?", (rowid,)).fetchone()
        return row[0] if row and row[0] else b""

    def read_nquads(self, rowid: int, ranges: list[tuple[int, int]]) -> list[bytes]:
        """Parts ``(start, end)`` of the named graph of the article in row ``rowid``, without reading it whole."""
        with self.db.blobopen("articles", "nquads", rowid, readonly=True) as blob:
            out = []
            for start, end in ranges:
                blob.seek(start)
                out.append(blob.read(end - start))
            return out

    def meta(self, name: str) -> str | None:
        """A value of the meta table (None when unset, or when the file is no manifest)."""
        try:
            row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
        self.commit()

    def delete_meta(self, name: str) -> None:
        self.db.execute("DELETE FROM meta WHERE name = ?", (name,))
        self.commit()

    def articles(self) -> list[Article]:
        """The :class:`~kg.model.Article` objects kept for curated quotes."""
        return [article_from_json(text) for (text,) in self.db.execute(
            "SELECT article FROM articles WHERE article IS NOT NULL ORDER BY source")]


def index_lines(index: dict[str, dict[str, list]]) -> bytes:
    """An article's index (:func:`kg.graph.assemble.index_triples`) as lines a set can count over all articles.

    One line per typed node (``t CLASS node``) and per fact (``f PREDICATE s o``, a symmetric fact
    in one order), fields split by the unit separator and escaped, so no line holds a raw
    newline or separator. The distinct lines with one key are its distinct nodes or facts.

    >>> index_lines({"types": {"Country": ["http://ex/by"]}, "facts": {"metWith": [["b", "a"]]}}).split(b"\\n")
    [b't\\x1fCountry\\x1fhttp://ex/by', b'f\\x1fmetWith\\x1fa\\x1fb', b'']
    """
    rows: list[tuple[str, ...]] = []
    for cls, nodes in index.get("types", {}).items():
        rows.extend(("t", cls, node) for node in nodes)
    for p, pairs in index.get("facts", {}).items():
        symmetric = p in SYMMETRIC
        rows.extend(("f", p, *(sorted(pair) if symmetric else pair)) for pair in pairs)
    if not rows:
        return b""
    # Most articles' lines are all printable ASCII: then they are escaped (left as they are) and encoded in one
    # call; a field with a separator or a newline of its own shows in the counts, and any line else is done alone.
    text = "\n".join(map("\x1f".join, rows))
    if (_PLAIN_LINES.fullmatch(text) and text.count("\n") == len(rows) - 1
            and text.count("\x1f") == sum(len(row) - 1 for row in rows)):
        return text.encode("ascii") + b"\n"
    return b"".join(_line(*row) for row in rows)


_KEY = re.compile(rb"\n([^\x1f\n]*\x1f[^\x1f\n]*)\x1f")  # a line's first two fields (no field holds either)


_PLAIN = re.compile(r"[ -\[\]-~\x1f]*")  # printable ASCII but the backslash (unicode_escape doubles it), separators
_PLAIN_LINES = re.compile(r"[ -\[\]-~\x1f\n]*")  # the same, lines joined


def _line(*fields: str) -> bytes:
    """One line of :func:`index_lines`: each field escaped by ``unicode_escape``.

    >>> [_line("t", "City", "a"), _line("t", "City", "é")]
    [b't\\x1fCity\\x1fa\\n', b't\\x1fCity\\x1f\\\\xe9\\n']
    """
    text = "\x1f".join(fields)
    if _PLAIN.fullmatch(text) and text.count("\x1f") == len(fields) - 1:
        return text.encode("ascii") + b"\n"  # each field as unicode_escape writes it, in one call
    return b"\x1f".join(f.encode("unicode_escape") for f in fields) + b"\n"


def count_index_lines(lines: set[bytes], counts) -> dict[str, dict[str, int]]:
    """The summary counts (:class:`kg.graph.assemble.Counts`) of the distinct :func:`index_lines` of a build.

    Only the counted classes and the core predicates are reported. The lines' keys (a line's kind and
    class or predicate, the fields before its node) are collected by one regular expression over the
    joined lines and counted once, in C, rather than the joined lines searched once per key.

    >>> from kg.graph.assemble import Counts
    >>> lines = set(index_lines({"types": {"Country": ["a", "b"]}, "facts": {"metWith": [["a", "b"], ["b", "a"]]}})
    ...             .split(b"\\n"))
    >>> count_index_lines(lines, Counts())
    {'entities': {'Country': 2}, 'events': {}, 'facts': {'metWith': 1}}
    """
    keys = Counter(_KEY.findall(b"\n" + b"\n".join(lines)))

    def n(kind: str, key: str) -> int:
        return keys[_line(kind, key)[:-1]]

    entities = {k: c for k in sorted(counts.entity_classes) if (c := n("t", k))}
    events = {k: c for k in sorted(counts.event_classes) if (c := n("t", k))}
    return {"entities": entities, "events": events, "facts": {p: c for p in CORE_PREDICATES if (c := n("f", p))}}


def _validation(report) -> tuple[str | None, bytes | None]:
    """The two manifest columns of an article's SHACL report (NULLs when it was not validated)."""
    return (report.to_json(), report.subjects) if report is not None else (None, None)


def article_to_json(article: Article) -> str:
    """An :class:`Article` as JSON (dates as ISO strings); :func:`article_from_json` reverses it.

    >>> a = Article(doc_id="d", text="A.", source="a.txt", date=dt.date(2025, 9, 13),
    ...             sentences=(Sentence(index=0, text="A.", start=0, end=2),))
    >>> article_from_json(article_to_json(a)) == a
    True
    """
    data = dataclasses.asdict(article)
    data["date"] = article.date.isoformat() if article.date else None
    return json.dumps(data, ensure_ascii=False)


def article_from_json(text: str) -> Article:
    data = json.loads(text)
    data["date"] = dt.date.fromisoformat(data["date"]) if data["date"] else None
    data["sentences"] = tuple(Sentence(**s) for s in data["sentences"])
    return Article(**data)
