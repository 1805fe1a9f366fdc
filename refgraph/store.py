"""The embedded store (SQLite): articles, citations, relations, and the documents and
bodies derived from them. The contract is docs/store-api.md.

Writes go in transactions of `batch_size` articles, so a killed run leaves whole batches
behind and a re-run resumes: an article whose id and content hash are already stored is
not written again. Corpus-level resolution (`finalize`) is a pure function of the
citations table, recomputed in full, hence idempotent.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import sqlite3
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from . import reference, resolve, vocab
from .models import Article, Extraction

SCHEMA_VERSION = 2

# Characters of context kept either side of a mention, for lookups to print.
SNIPPET_CHARS = 60

# Whitespace that would break a one-line snippet, replaced by spaces (same length, so the
# mention's offsets inside the snippet stay true). A regex, not str.translate, which
# costs ten times as much per snippet on non-ASCII text.
_BREAKS = re.compile("[\n\r\t\u2028\u2029]")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(
    id TEXT PRIMARY KEY,
    title TEXT, url TEXT, date TEXT, source TEXT,
    hash TEXT NOT NULL,
    n_chars INTEGER NOT NULL,
    body_start INTEGER NOT NULL DEFAULT 0,
    n_citations INTEGER NOT NULL DEFAULT 0,      -- body zone
    n_citations_all INTEGER NOT NULL DEFAULT 0   -- every zone
);
CREATE TABLE citations(
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,          -- after corpus-level resolution
    raw_key TEXT NOT NULL,      -- as extract() gave it
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT, type TEXT, number TEXT, issuer TEXT, year INTEGER, date TEXT, body TEXT,
    form TEXT, zone TEXT, title TEXT, name TEXT,
    snippet TEXT, snippet_start INTEGER, snippet_end INTEGER,
    ambiguous INTEGER NOT NULL DEFAULT 0,      -- raw_ambiguous, or several dated candidates
    raw_ambiguous INTEGER NOT NULL DEFAULT 0,  -- as extract() gave it
    candidates TEXT,                           -- the dated keys it could be, comma-separated
    resolved_by TEXT,           -- how the key was decided (resolve.RESOLVED_BY)
    raw_resolved_by TEXT,       -- as extract() gave it
    hints TEXT                  -- for the corpus stage ("term:XI", resolve.parse_hints)
);
CREATE TABLE relations(
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source TEXT NOT NULL, target TEXT NOT NULL,
    raw_source TEXT NOT NULL, raw_target TEXT NOT NULL,
    kind TEXT NOT NULL, start INTEGER, "end" INTEGER
);
CREATE TABLE documents(
    key TEXT PRIMARY KEY,
    type TEXT, number TEXT, issuer TEXT, year INTEGER, date TEXT, body TEXT,
    title TEXT, name TEXT, form TEXT,
    kind TEXT,                                  -- Party | State
    ambiguous INTEGER NOT NULL DEFAULT 0,
    candidates TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    n_articles_related INTEGER NOT NULL DEFAULT 0,
    n_articles_all INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE bodies(
    name TEXT PRIMARY KEY,
    issuer TEXT, kind TEXT,
    n_documents INTEGER NOT NULL DEFAULT 0,
    n_citations INTEGER NOT NULL DEFAULT 0
);
"""

# Secondary indexes. A run into an empty index drops them and `finalize` builds them
# again: one sort at the end costs less than keeping four b-trees in order row by row.
_INDEXES = (
    ("citations_by_key", "citations(key, zone, article_id)"),
    ("citations_by_article", "citations(article_id, zone, key)"),
    ("citations_by_raw_key", "citations(raw_key)"),
    ("relations_by_article", "relations(article_id)"),
)

# Old schema version -> SQL that brings it one step up; a database with no path up is
# refused with a message, never half-read.
_MIGRATIONS: dict[int, str] = {
    # 1 -> 2: document identity (issue 10). Keys are extract()'s, so the articles must
    # be read again: their hashes are marked stale, and the next `index` run re-extracts
    # every one of them (readers are told, see `Store.stale`).
    1: """ALTER TABLE citations ADD COLUMN resolved_by TEXT;
          ALTER TABLE citations ADD COLUMN raw_resolved_by TEXT;
          ALTER TABLE citations ADD COLUMN hints TEXT;
          UPDATE articles SET hash = 'stale:' || hash;
          INSERT OR REPLACE INTO meta VALUES ('stale', '1')""",
}

_CITATION_COLS = (
    "article_id", "key", "raw_key", "start", "end", "text", "type", "number", "issuer",
    "year", "date", "body", "form", "zone", "title", "name", "snippet", "snippet_start",
    "snippet_end", "ambiguous", "raw_ambiguous", "resolved_by", "raw_resolved_by", "hints",
)
_INSERT_CITATION = (
    "INSERT INTO citations(" + ", ".join(f'"{c}"' for c in _CITATION_COLS) + ") VALUES ("
    + ", ".join("?" * len(_CITATION_COLS)) + ")")

# The attributes a document takes from its mentions: the most frequent non-null value.
_DOC_ATTRS = ("type", "number", "issuer", "year", "date", "body", "title", "name")

_FORM_RANK = "CASE form WHEN 'full' THEN 0 WHEN 'short' THEN 1 WHEN 'named' THEN 2 ELSE 3 END"


class StoreError(Exception):
    """A database that cannot be used: not SQLite, not ours, from a newer refgraph,
    damaged, or not writable when it must be written."""


# The tables every refgraph index has: a file without them is another application's.
_OUR_TABLES = frozenset({"meta", "articles", "citations"})


_LOOK_UP = object()  # Store.add: look the stored hash up


def content_hash(article: Article) -> str:
    """The article's identity beside its id: the hash of the input it was read from,
    when the reader recorded one (`meta["digest"]`), else `article_hash`."""
    return article.meta.get("digest") or article_hash(article)


# The modules whose code decides the records an article gets: reading, extraction and
# resolution within a text. An index built by other code holds other records.
_EXTRACTOR_MODULES = ("bounded", "compiled", "corpus", "dates", "extract", "laws", "lines",
                      "linetable", "models", "normalize", "patterns", "prefilter",
                      "reference", "resolve", "vocab", "zones")


@functools.cache
def extractor_fingerprint() -> str:
    """A hash of the extractor's source (_EXTRACTOR_MODULES): stored in the index, so
    that an index built by another refgraph is read again, not trusted. Any change to
    those modules counts, a comment's included: reading a corpus again costs minutes, a
    stale key is a wrong answer."""
    h = hashlib.blake2b(digest_size=12)
    here = Path(__file__).parent
    for name in _EXTRACTOR_MODULES:
        try:
            h.update((here / f"{name}.py").read_bytes())
        except OSError:  # installed without sources: the version stands for them
            from . import __version__
            h.update(f"{name}@{__version__}".encode())
        h.update(b"\x1f")
    return h.hexdigest()


def article_hash(article: Article) -> str:
    """Hash of the text and the metadata we store, so a retitled page is "changed"."""
    h = hashlib.blake2b(digest_size=16)
    for part in (article.text, article.title, article.url, article.date, str(article.body_start)):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


# What `Store.add_rows` inserts for one article: its row, its citation rows and its
# relation rows. Plain tuples, so they cross from a worker process to the writer cheaply.
Rows = tuple[tuple, list[tuple], list[tuple]]

_INSERT_ARTICLE = (
    "INSERT INTO articles(id, title, url, date, source, hash, n_chars, body_start, "
    "n_citations, n_citations_all) VALUES (?,?,?,?,?,?,?,?,?,?)")
_INSERT_RELATION = (
    'INSERT INTO relations(article_id, source, target, raw_source, raw_target, kind, '
    'start, "end") VALUES (?,?,?,?,?,?,?,?)')


def article_rows(article: Article, extraction: Extraction, digest: str | None = None) -> Rows:
    """The rows that store one article (snippets cut here, from the text, which the
    store does not keep). Pure: extraction workers build them, the writer inserts."""
    aid = article.id
    text = article.text
    n = len(text)
    cits = []
    n_body = 0
    for x in extraction:
        if x.zone != "related":
            n_body += 1
        s0 = max(0, x.start - SNIPPET_CHARS)
        e0 = min(n, x.end + SNIPPET_CHARS)
        amb = 1 if x.ambiguous else 0
        cits.append((aid, x.key, x.key, x.start, x.end, x.text, x.type, x.number, x.issuer,
                     x.year, x.date, x.body, x.form, x.zone, x.title, x.name,
                     _BREAKS.sub(" ", text[s0:e0]), x.start - s0, x.end - s0, amb, amb,
                     x.resolved_by, x.resolved_by, x.hints))
    rels = [(aid, r.source, r.target, r.source, r.target, r.kind, r.start, r.end)
            for r in getattr(extraction, "relations", ())]
    row = (aid, article.title, article.url, article.date, article.source,
           digest or content_hash(article), n, article.body_start, n_body, len(extraction))
    return row, cits, rels


class Store:
    """One SQLite database. Use `Store.open`; close it (or use it as a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: str, batch_size: int = 500):
        self.conn = conn
        self.path = path
        self.batch_size = batch_size
        self._pending = 0  # articles written in the open transaction
        self._deferred = False  # secondary indexes dropped for a bulk load
        self._party = vocab.PARTY_ISSUERS
        self.read_only = False
        self._lock_fd: int | None = None  # the writers' lock (see `_lock`)
        # Set by commands.common.open_store when it scanned PATHs: the SkipLog of that scan.
        self.skips = None

    @property
    def skipped(self) -> int:
        """How many inputs the scan that filled this store skipped (0 when none ran)."""
        return self.skips.count if self.skips is not None else 0

    # ------------------------------------------------------------------ open / close

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True,
             batch_size: int = 500, writer: bool = False,
             on_wait: Callable[[str], None] | None = None) -> Store:
        """Open (or create) the database at `path`; None or ":memory:" for a scratch one.

        `create=False`: an index to read, which must exist; a read-only file, or one in
        a read-only folder, is read as it is. `writer=True`: an index run is about to
        write: the file must be writable, another run writing it is waited for
        (`on_wait` gets a message first), and its integrity is checked (PRAGMA
        quick_check) before anything is written. Nothing is changed in a file before it
        is recognised as a refgraph index.

        Raises StoreError with a message for the user when the file cannot be used.
        """
        spath = ":memory:" if path is None or str(path) == ":memory:" else str(path)
        if spath == ":memory:":
            return cls._connect(spath, spath, batch_size)
        exists = Path(spath).exists()
        if not create and not exists:
            raise StoreError(f"no index at {spath}: run `refgraph index PATH…` first, "
                             "or name the files to scan")
        if exists and not Path(spath).is_file():
            raise StoreError(f"{spath} is not a file")
        folder = os.path.dirname(os.path.abspath(spath))
        writable = (os.access(spath, os.W_OK) if exists else True) and os.access(folder, os.W_OK)
        if not writable and (create or writer):
            what = "file" if exists and not os.access(spath, os.W_OK) else "folder"
            raise StoreError(f"cannot write {spath}: its {what} is read-only (an index run "
                             "writes the database and its -wal file beside it); make it "
                             "writable, or index into another file with --db")
        lock_fd = _lock(spath, on_wait) if writer else None
        try:
            if writable:
                store = cls._connect(spath, spath, batch_size, check=writer)
            else:
                store = cls._open_read_only(spath, batch_size)
            store._lock_fd = lock_fd
        except BaseException:
            _unlock(lock_fd)
            raise
        return store

    @classmethod
    def _open_read_only(cls, spath: str, batch_size: int) -> Store:
        uri = f"file:{quote(os.path.abspath(spath))}?mode=ro"
        try:
            store = cls._connect(uri, spath, batch_size, uri=True)
        except StoreError:
            # A WAL index in a folder where its -shm file cannot be made: SQLite reads
            # it only as immutable (no one can be writing there anyway: the folder is
            # read-only to us, and a writer would need it writable too).
            store = cls._connect(uri + "&immutable=1", spath, batch_size, uri=True)
        store.read_only = True
        return store

    @classmethod
    def _connect(cls, target: str, spath: str, batch_size: int, uri: bool = False,
                 check: bool = False) -> Store:
        try:
            # Autocommit mode: transactions are ours (BEGIN/COMMIT per batch), not the
            # sqlite3 module's implicit ones.
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False,
                                   uri=uri)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {spath}: {e}") from None
        store = cls(conn, spath, batch_size)
        store.read_only = uri and "mode=ro" in target
        try:
            store._setup(check)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise StoreError(f"{spath} is not a refgraph index, or it is damaged ({e})") from None
        except StoreError:
            conn.close()
            raise
        return store

    def check_integrity(self) -> None:
        """Raise StoreError when SQLite finds the file damaged (PRAGMA quick_check): an
        index run must not write into a damaged file."""
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as e:
            rows = [(str(e),)]
        if rows != [("ok",)]:
            problem = " ".join(" ".join(str(r[0]) for r in rows[:3]).split())
            raise StoreError(f"{self.path} is damaged ({problem}); nothing was written. "
                             "Index again into a new file with --db (or restore a copy).")

    def _setup(self, check: bool = False) -> None:
        c = self.conn
        # Foreign keys are declared (they document the schema) but not enforced: a check
        # per inserted citation cost a tenth of the writer's time, and the only writer
        # deletes an article's rows itself (`_delete`).
        c.execute("PRAGMA foreign_keys = OFF")
        c.execute("PRAGMA busy_timeout = 10000")
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer refgraph (index format {version}; this "
                f"refgraph reads format {SCHEMA_VERSION} and older). Upgrade refgraph, or "
                "index into a new file with --db.")
        # Recognised before anything is changed (the journal mode included): another
        # application's database is left exactly as it was.
        tables = [r[0] for r in c.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        if (tables and version == 0) or (version > 0 and not _OUR_TABLES <= set(tables)):
            raise StoreError(f"{self.path} is an SQLite database, but not a refgraph "
                             f"index (tables: {', '.join(tables[:5]) or 'none'})")
        if check and tables:
            self.check_integrity()  # before the first write, a finalize's included
        if self.read_only:
            if version < SCHEMA_VERSION or version == 0:
                raise StoreError(f"{self.path} is read-only and not a complete refgraph "
                                 "index (format " f"{version})")
            return
        if self.path != ":memory:":
            # WAL: readers are not blocked by an index run, and a crash never leaves a
            # half-written page; NORMAL sync is safe with WAL (a crash may lose the last
            # batch, never corrupt the file).
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = NORMAL")
        if version == 0:
            # Statement by statement: executescript() would COMMIT, and the schema and its
            # version must land together.
            c.execute("BEGIN")
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    c.execute(stmt)
            self._ensure_indexes()
            c.execute("INSERT INTO meta VALUES ('dirty', '0')")
            c.execute("INSERT INTO meta VALUES ('extractor', ?)", (extractor_fingerprint(),))
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            c.execute("COMMIT")
        elif version < SCHEMA_VERSION:
            self._migrate(version)  # marks every article stale: this extractor reads it
            c.execute("INSERT OR REPLACE INTO meta VALUES ('extractor', ?)",
                      (extractor_fingerprint(),))
        if check:
            # an index run, under the writers' lock: before anything trusts a stored
            # hash. Lookups leave the file as it is (another install may be indexing
            # it) and are told by `stale`.
            self.expire_other_extractor()
        if self._meta("dirty") == "1":
            # An index run stopped before finalize: derive documents now, so every reader
            # sees tables that agree with the citations.
            try:
                self.finalize()
            except sqlite3.OperationalError:  # read-only file: serve what is there
                pass

    def _migrate(self, version: int) -> None:
        while version < SCHEMA_VERSION:
            step = _MIGRATIONS.get(version)
            if step is None:
                raise StoreError(
                    f"{self.path} is in an old index format ({version}) this refgraph "
                    f"cannot upgrade: index again into a new file with --db.")
            self.conn.execute("BEGIN")
            for stmt in step.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            version += 1
            self.conn.execute(f"PRAGMA user_version = {version}")
            self.conn.execute("COMMIT")

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def commit(self) -> None:
        """End the open batch, if any: what was added is now durable."""
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._pending = 0

    def rollback(self) -> None:
        """Drop the open batch (an interrupted run): the database is as after the last commit."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._pending = 0

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.conn.close()
            # After the connection: closing another descriptor of the file first would
            # drop SQLite's own locks on it.
            _unlock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.rollback()
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ------------------------------------------------------------------ writing

    def stored_hash(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT hash FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return row[0] if row else None

    def unchanged(self, article: Article, digest: str | None = None) -> bool:
        """True when `article` is stored with the same content: no need to extract it."""
        return self.stored_hash(article.id) == (digest or content_hash(article))

    def stored_hashes(self, ids: list[str]) -> dict[str, str]:
        """id -> stored content hash, for those of `ids` that are stored."""
        return stored_hashes(self.conn, ids)

    def confirm_unchanged(self, article_id: str, digest: str, source: str | None) -> bool:
        """True when `article_id` is stored with this hash. Its source is brought up to
        date if the same bytes now come from another file (a record moved between
        dumps), so that `--prune` knows where it lives."""
        row = self.conn.execute("SELECT hash, source FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None or row[0] != digest:
            return False
        if row[1] != source:
            self._begin_batch()
            self.conn.execute("UPDATE articles SET source = ? WHERE id = ?",
                              (source, article_id))
        return True

    def _begin_batch(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            # Marked in the same transaction as the rows it describes: a run killed after
            # this commit but before finalize leaves a flag the next open acts on.
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.conn.execute("UPDATE meta SET value = '1' WHERE key = 'dirty'")

    def add(self, article: Article, extraction: Extraction, *,
            digest: str | None = None, stored: str | None | object = _LOOK_UP) -> bool:
        """Store one article and its citations and relations, replacing an older version.

        Returns False (and writes nothing) when the same id and content are stored.
        Writes join the open batch; every `batch_size` articles the batch commits.
        `stored`: the hash stored for this id (None: none), when the caller has just
        looked it up: an unchanged article then costs no query at all.
        """
        digest = digest or content_hash(article)
        if stored is not _LOOK_UP and stored == digest:
            return False
        return self.add_rows(article_rows(article, extraction, digest))

    def add_rows(self, rows: Rows) -> bool:
        """`add` for rows made by `article_rows` (in a worker process, say)."""
        return self.add_many([rows]) == 1

    def add_many(self, batch: list[Rows]) -> int:
        """`add_rows` for many articles: one lookup and one insert per table for each
        part of a batch, which is most of what the writer of an index run does.
        Returns how many articles were written (the rest were stored unchanged)."""
        ids = [rows[0][0] for rows in batch]
        if len(set(ids)) != len(ids):  # the same id twice: in order, one at a time
            return sum(self.add_many([rows]) for rows in batch)
        c = self.conn
        added = 0
        i = 0
        while i < len(batch):
            part = batch[i:i + max(1, self.batch_size - self._pending)]
            i += len(part)
            stored = self.stored_hashes([rows[0][0] for rows in part])
            new = [rows for rows in part if stored.get(rows[0][0]) != rows[0][5]]
            if not new:
                continue
            self._begin_batch()
            for rows in new:
                if rows[0][0] in stored:
                    self._delete(rows[0][0])
            c.executemany(_INSERT_ARTICLE, [rows[0] for rows in new])
            c.executemany(_INSERT_CITATION, [cit for rows in new for cit in rows[1]])
            c.executemany(_INSERT_RELATION, [rel for rows in new for rel in rows[2]])
            added += len(new)
            self._pending += len(new)
            if self._pending >= self.batch_size:
                self.commit()
        return added

    def remove(self, article_id: str) -> bool:
        """Forget one article and its citations (a file deleted from the corpus)."""
        with self._transaction():
            gone = self._delete(article_id)
            if gone:
                self._mark_dirty()
        return gone

    def track_seen(self) -> None:
        """Start recording which ids this run reads (`mark_seen`), for `unseen`. Kept in
        temporary tables, like the ids `mark_gone` collects, so the memory they take
        does not grow with the corpus."""
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS seen(id TEXT PRIMARY KEY)")
        c.execute("CREATE TEMP TABLE IF NOT EXISTS gone(id TEXT PRIMARY KEY)")
        c.execute("DELETE FROM temp.seen")
        c.execute("DELETE FROM temp.gone")

    def mark_seen(self, ids: Iterable[str]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO temp.seen VALUES (?)",
                              [(i,) for i in ids])

    def unseen(self, roots: list[str]) -> Iterator[tuple[str, str]]:
        """(id, source) of the stored articles not marked seen since `track_seen` whose
        source is one of `roots` or lies under one (a folder), streamed."""
        if not roots:
            return iter(())
        where = " OR ".join(["source = ? OR (source > ? AND source < ?)"] * len(roots))
        params: list[str] = []
        for r in roots:
            folder = r.rstrip("/") + "/"
            params += [r, folder, folder[:-1] + "0"]  # "0" is the character after "/"
        return self.conn.execute(
            f"SELECT id, source FROM articles WHERE ({where}) "
            "AND id NOT IN (SELECT id FROM temp.seen)", params)

    def mark_gone(self, ids: Iterable[str]) -> None:
        """Collect ids for `remove_gone` (safe while an `unseen` cursor is open)."""
        self.conn.executemany("INSERT OR IGNORE INTO temp.gone VALUES (?)",
                              [(i,) for i in ids])

    def remove_gone(self) -> int:
        """Forget the articles `mark_gone` collected; returns how many there were."""
        c = self.conn
        with self._transaction():
            self._ensure_indexes()
            c.execute("DELETE FROM citations WHERE article_id IN (SELECT id FROM temp.gone)")
            c.execute("DELETE FROM relations WHERE article_id IN (SELECT id FROM temp.gone)")
            n = c.execute("DELETE FROM articles WHERE id IN (SELECT id FROM temp.gone)").rowcount
            if n:
                self._mark_dirty()
            c.execute("DELETE FROM temp.gone")
        return n

    def _delete(self, article_id: str) -> bool:
        c = self.conn
        if self._deferred:
            # An id met twice in a bulk load: without the indexes every delete would be
            # a scan of the citations. Build them now, once.
            self._ensure_indexes()
        c.execute("DELETE FROM citations WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM relations WHERE article_id = ?", (article_id,))
        return c.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def defer_indexes(self) -> bool:
        """Before a bulk load into an empty index: drop the secondary indexes, which
        `finalize` builds again (a killed run's next open finalizes too). Returns
        False, and does nothing, when the index holds articles: updates need them."""
        c = self.conn
        if c.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            return False
        self.commit()
        with self._transaction():
            self._mark_dirty()
            for name, _ in _INDEXES:
                c.execute(f"DROP INDEX IF EXISTS {name}")
        self._deferred = True
        return True

    def _ensure_indexes(self) -> None:
        for name, on in _INDEXES:
            self.conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
        self._deferred = False

    # ------------------------------------------------------------------ finalize

    def finalize(self) -> None:
        """Corpus-level resolution (resolve.py), then documents and bodies rebuilt from
        citations.

        An undated or issuer-less mention of a numbered document joins a document of
        the same type and number (and issuer, when known) only on evidence — subject,
        a term or year near it, the article's date, the documents cited beside it, the
        same mention elsewhere in its article — and says which (`resolved_by`);
        otherwise it keeps its key and, when it could be several documents (18-NQ/TW of
        2017 and of 2022), is marked ambiguous with the candidates listed. An undated
        law takes the version in force at the article's date, else the one the article
        names. Recomputed from raw keys every time: idempotent.
        """
        self.commit()
        c = self.conn
        with self._transaction():
            # Built before the resolution reads by key and by article.
            self._ensure_indexes()
            decisions, by_article = self._resolution()
            self._write_resolution(decisions, by_article)
            self._rebuild_documents()
            self._rebuild_bodies()
            c.execute("UPDATE meta SET value = '0' WHERE key = 'dirty'")
            if self._meta("stale") == "1" and not c.execute(
                    "SELECT 1 FROM articles WHERE hash GLOB 'stale:*' LIMIT 1").fetchone():
                c.execute("DELETE FROM meta WHERE key = 'stale'")

    @property
    def stale(self) -> bool:
        """True when the index was written by another refgraph (an older schema, or
        another extractor) and holds articles not yet read again: `refgraph index` on
        the same PATHS brings its records up to date."""
        return self._meta("stale") == "1" or (
            self._meta("extractor") != extractor_fingerprint() and not self.is_empty())

    def expire_other_extractor(self) -> None:
        """When another extractor than this refgraph's wrote the index, mark every
        stored article to be read again (its hash no longer matches, so an index run
        extracts it anew instead of keeping its old records; readers are told until it
        has) and record this extractor as the index's. An index run calls it before it
        trusts a stored hash."""
        if self.read_only or self._meta("extractor") == extractor_fingerprint():
            return
        self.commit()  # a batch the caller left open is its own
        c = self.conn
        c.execute("BEGIN")
        c.execute("UPDATE articles SET hash = 'stale:' || hash WHERE hash NOT GLOB 'stale:*'")
        if c.execute("SELECT 1 FROM articles WHERE hash GLOB 'stale:*' LIMIT 1").fetchone():
            c.execute("INSERT OR REPLACE INTO meta VALUES ('stale', '1')")
        c.execute("INSERT OR REPLACE INTO meta VALUES ('extractor', ?)",
                  (extractor_fingerprint(),))
        c.execute("COMMIT")

    def _resolution(self) -> tuple[dict[int, tuple], dict[tuple[str, str], str]]:
        """citation id -> (key, resolved_by, ambiguous, candidates) for every mention
        the corpus stage decides; and (article, raw key) -> key where all of an
        article's mentions of a raw key went one way (for its relations)."""
        c = self.conn
        pending_rows = c.execute(f"""
            SELECT c.id, c.article_id, c.raw_key, c.type, c.number, c.issuer, c.year,
                   c.title, c.hints, a.date, c.raw_resolved_by
            FROM citations c JOIN articles a ON a.id = c.article_id
            WHERE {_PENDING}""").fetchall()
        # Every numbered document a pending mention could name: (type, number) -> keys.
        numbers = {r[4] for r in pending_rows}
        docs: dict[str, dict] = {}
        if numbers:
            c.execute("DROP TABLE IF EXISTS temp.numbers")
            c.execute("CREATE TEMP TABLE numbers(number TEXT PRIMARY KEY)")
            c.executemany("INSERT INTO temp.numbers VALUES (?)", [(n,) for n in numbers])
            for key, dtype, number, issuer, year, date, title, article in c.execute("""
                    SELECT raw_key, c.type, c.number, issuer, year, c.date, title, article_id
                    FROM temp.numbers n JOIN citations c ON c.number = n.number
                    WHERE issuer IS NOT NULL AND form != 'named' AND NOT raw_ambiguous"""):
                d = docs.setdefault(key, {"family": (dtype, number), "issuer": issuer,
                                          "year": year, "subjects": set(), "articles": set(),
                                          "dates": Counter()})
                d["year"] = d["year"] or year
                if date:
                    d["dates"][date] += 1
                if title:
                    d["subjects"].add(title)
                d["articles"].add(article)
            c.execute("DROP TABLE temp.numbers")
        # Documents every reader knows (reference.py) are candidates whatever the corpus
        # prints: "Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế" is 39-NQ/TW of
        # 2015 though the only 39-NQ/TW an article dates is of 1962.
        for number in numbers:
            for k in reference.by_number().get(number, ()):
                d = docs.setdefault(k.key, {"family": (k.type, k.number), "issuer": k.issuer,
                                            "year": k.year, "subjects": set(),
                                            "articles": set(), "dates": Counter()})
                d["subjects"].add(k.subject)
                d["ref_date"] = k.date
        # What each article of interest cites, for "documents cited beside it".
        arts = {r[1] for r in pending_rows} | {a for d in docs.values() for a in d["articles"]}
        cited = self._keys_by_article(arts)
        # (the corpus's: a reference document does not hide an undated key from the
        # mentions it is no candidate for, reference_applies)
        dated_family = {(d["family"], d["issuer"]) for d in docs.values()
                        if d["year"] and d["articles"]}
        cands: dict[tuple, list[resolve.Candidate]] = defaultdict(list)
        # dated documents by the key an undated mention of them gets: "Nghị định số
        # 39-NQ/TW" (a Party resolution typed as a decree) is still 39-NQ/TW
        by_form: dict[str, list[resolve.Candidate]] = defaultdict(list)
        for key, d in sorted(docs.items()):
            if d["year"] is None and (d["family"], d["issuer"]) in dated_family:
                continue  # an undated key beside dated ones is not a document to join
            beside = Counter(k for a in d["articles"]
                             for k in {k for k, f in cited.get(a, ()) if f != d["family"]})
            # (the reference table's day, else the day most texts give it, of its year: a
            # misprint's day says less; ties go to the earliest, the one least likely to
            # rule the document out)
            days = sorted((day for day in d["dates"]
                           if d["year"] and day.startswith(str(d["year"]))),
                          key=lambda day: (-d["dates"][day], day))
            cand = resolve.Candidate(key, d["year"], d["issuer"],
                                     [resolve.subject_words(t) for t in sorted(d["subjects"])],
                                     dict(beside), frozenset(d["articles"]),
                                     date=d.get("ref_date") or (days[0] if days else None),
                                     subject_pairs=resolve.subject_pairs(sorted(d["subjects"])))
            cands[d["family"]].append(cand)
            if d["year"] is not None:
                by_form[resolve.undated_form(key)].append(cand)
        decisions: dict[int, resolve.Decision] = {}
        pending: list[resolve.Pending] = []
        undecided: list[tuple[resolve.Pending, list[resolve.Candidate]]] = []
        besides: dict[tuple, frozenset[str]] = {}
        for (cid, article, raw, dtype, number, issuer, year, title, hints, adate,
             _by) in pending_rows:
            fam = (dtype, number)
            options = [k for k in cands.get(fam, ())
                       if k.key != raw and (issuer is None or k.issuer == issuer)
                       and (year is None or k.year in (None, year))
                       and dtype not in vocab.NOT_ISSUED_BY.get(k.issuer, ())]
            if issuer is not None:
                options = [k for k in options if k.year is not None]
                options += [k for k in by_form.get(raw, ()) if k not in options]
            options = [k for k in options if k.articles or resolve.reference_applies(
                k, issuer, title)]
            if any(not k.articles for k in options):
                # a dated reference document for it: the undated key of its issuer is
                # not a document to join, as beside a dated one of the corpus
                dated = {k.issuer for k in options if k.year is not None}
                options = [k for k in options if k.year is not None or k.issuer not in dated]
            beside = besides.get((article, fam))
            if beside is None:
                beside = besides[(article, fam)] = frozenset(
                    k for k, f in cited.get(article, ()) if f != fam)
            p = resolve.Pending(cid, article, raw, title, hints, adate, beside, issuer=issuer)
            pending.append(p)
            decisions[cid] = resolve.decide(p, options)
            if decisions[cid].key is None and options:
                undecided.append((p, options))
        # a document's topic is learnt from the articles citing it in full, and from
        # those whose mention of it its own subject, term or date decided: "Nghị quyết
        # 39 của Bộ Chính trị về tinh giản biên chế" teaches what 39-NQ/TW of 2015 (a
        # reference document no article dates) is about
        decided_by: dict[str, set[str]] = defaultdict(set)
        for p in pending:
            d = decisions[p.id]
            if d.key is not None and d.by in ("subject", "term", "date"):
                decided_by[d.key].add(p.article)
        self._decide_by_topic(undecided, decisions, decided_by)
        # the article's own mentions first, then the corpus's reading of the same form
        resolve.spread_in_article(pending, decisions)
        resolve.spread_in_corpus(pending, decisions)
        resolve.spread_in_article(pending, decisions)
        # "Thông tư 37 vừa được Bộ Y tế ban hành" in November 2024, and no 37/TT-BYT of
        # 2024 printed anywhere: still 37/2024/TT-BYT, with the article's other mentions
        # of it that nothing decided
        recent: dict[tuple[str, str], str] = {}
        for (cid, article, raw, dtype, number, issuer, year, _title, hints, adate,
             _by) in pending_rows:
            d = decisions[cid]
            # (never where dated documents of it are known: "Nghị quyết 57 vừa được Bộ
            # Chính trị ban hành" is the one of December 2024, not a 57 of the next year)
            if (d.key is None and not d.candidates and issuer is not None and year is None
                    and not any(doc.issuer == issuer and doc.year is not None
                                for doc in cands.get((dtype, number), ()))
                    and (k := resolve.recent_key(raw, dtype, hints, adate)) is not None):
                recent[(article, raw)] = k
        for cid, article, raw, *_ in pending_rows:
            if decisions[cid].key is None and (k := recent.get((article, raw))) is not None:
                decisions[cid] = resolve.Decision(k, "date", [])
        if self._decide_by_recent(pending, pending_rows, decisions, recent):
            resolve.spread_in_article(pending, decisions)
        out: dict[int, tuple] = {}
        groups: dict[tuple[str, str], set[str]] = defaultdict(set)
        for cid, article, raw, *_, raw_by in pending_rows:
            d = decisions[cid]
            if d.key is not None:
                out[cid] = (d.key, d.by, 0, None)
            else:
                # (raw_ambiguous mentions are not pending: ambiguous only by candidates)
                out[cid] = (raw, raw_by, 1 if d.candidates else 0,
                            ",".join(d.candidates) or None)
            groups[(article, raw)].add(out[cid][0])
        laws = c.execute(f"""
            SELECT c.id, c.article_id, c.name, c.year, a.date, c.raw_key, c.raw_resolved_by,
                   c.hints
            FROM citations c JOIN articles a ON a.id = c.article_id
            WHERE c.name IS NOT NULL AND (c.form = 'named'
                  -- "Luật Đất đai số 45/2013/QH13", keyed by its name: a version named
                  OR (c.form = 'full' AND NOT c.{_BY_SYMBOL}))""").fetchall()
        law = resolve.law_decisions(
            {"id": r[0], "article": r[1], "name": r[2], "year": r[3], "article_date": r[4],
             "hints": r[7]} for r in laws)
        for r in laws:
            if r[3] is None:
                key, by = law.get(r[0], (r[5], r[6]))
                out[r[0]] = (key, by, 0, None)
                groups[(r[1], r[5])].add(key)
        # "Luật số 45/2013/QH13" is "Luật Đất đai 2013" where another article printed
        # the two together ("Luật Đất đai số 45/2013/QH13", keyed by name when extracted).
        # Every such symbol gets a row here, joined or not, so a rerun starts afresh.
        named: dict[tuple, set[str]] = defaultdict(set)
        for number, year, issuer, key in c.execute(f"""
                SELECT number, year, issuer, raw_key FROM citations
                WHERE {_LAW_SYMBOL} AND name IS NOT NULL AND NOT {_BY_SYMBOL}"""):
            named[(number, year, issuer)].add(key)
        for cid, article, raw, number, year, issuer, by in c.execute(f"""
                SELECT id, article_id, raw_key, number, year, issuer, raw_resolved_by
                FROM citations WHERE {_LAW_SYMBOL} AND {_BY_SYMBOL}"""):
            keys = named.get((number, year, issuer), ())
            out[cid] = (next(iter(keys)), "corpus", 0, None) if len(keys) == 1 else (
                raw, by, 0, None)
            groups[(article, raw)].add(out[cid][0])
        self._fold_decision_series(out, groups)
        by_article = {g: next(iter(ks)) for g, ks in groups.items()
                      if len(ks) == 1 and next(iter(ks)) != g[1]}
        return out, by_article

    @staticmethod
    def _decide_by_recent(pending: list[resolve.Pending], pending_rows: list[tuple],
                          decisions: dict[int, resolve.Decision],
                          recent: dict[tuple[str, str], str]) -> bool:
        """A document the corpus knows only as just issued ("Bộ Chính trị vừa ban hành
        Quy định số 366-QĐ/TW về việc kiểm điểm …", dated by its article) is a candidate
        for the mentions of it that say neither its year nor "vừa": "Quy định số 366 của
        Bộ Chính trị về việc kiểm điểm …" in another article joins it on the evidence
        any dated document needs (its subject here), never on the number alone. True
        when it joined any."""
        late: dict[tuple, resolve.Candidate] = {}
        for cid, article, raw, dtype, number, issuer, _year, title, hints, adate, _by \
                in pending_rows:
            d = decisions[cid]
            if d.by != "date" or recent.get((article, raw)) != d.key:
                continue
            c = late.get((dtype, number, d.key))
            if c is None:
                year = resolve.recent_year(resolve.parse_hints(hints), adate)
                c = late[(dtype, number, d.key)] = resolve.Candidate(d.key, year, issuer)
            if title and (w := resolve.subject_words(title)) not in c.subjects:
                c.subjects.append(w)
            c.articles |= {article}
        if not late:
            return False
        by_family: dict[tuple, list[resolve.Candidate]] = defaultdict(list)
        for (dtype, number, _key), c in late.items():
            by_family[(dtype, number)].append(c)
        joined = False
        for p, (cid, _a, _raw, dtype, number, issuer, year, *_rest) in zip(pending, pending_rows):
            d = decisions[cid]
            if d.key is not None or d.candidates or year is not None:
                continue
            opts = [c for c in by_family.get((dtype, number), ())
                    if (issuer is None or c.issuer == issuer) and p.article not in c.articles]
            if opts:
                # (undecided, it lists the candidate, as beside any dated one: the
                # article's other mentions may then take its key)
                decisions[cid] = new = resolve.decide(p, opts)
                joined = joined or new.key is not None
        return joined

    def _fold_decision_series(self, out: dict[int, tuple],
                              groups: dict[tuple[str, str], set[str]]) -> None:
        """A decision's number carries its year in one series (normative, 652/2001/QĐ-
        NHNN) and not in the other (individual, 24/QĐ-BGTVT of 2016); a short form with
        its issuer and year ("Quyết định số 652 của NHNN ngày 17/5/2001", "Quyết định số
        24 năm 2016") says neither. Where the corpus prints one symbol only for that
        number, issuer and year, every key of them is that symbol's ("corpus"); two
        printed are two documents, left apart. Every dated decision gets a row, moved or
        not, so a rerun (after an article is removed, say) starts afresh."""
        rows = self.conn.execute("""
            SELECT id, article_id, raw_key, form, raw_resolved_by FROM citations
            WHERE type = 'decision' AND number IS NOT NULL""").fetchall()
        by_identity: dict[tuple, list[_DecisionRow]] = defaultdict(list)
        for cid, article, raw, form, by in rows:
            key = out[cid][0] if cid in out else raw
            ident = resolve.decision_identity(key)
            if ident is not None:
                by_identity[ident].append(_DecisionRow(cid, article, raw, form, by, key))
        for members in by_identity.values():
            printed = {m.raw_key for m in members if m.form == "full"}
            target = (next(iter(printed)) if len(printed) == 1
                      and len({m.key for m in members}) > 1 else None)
            for m in members:
                if target is not None and m.key != target:
                    out[m.id] = (target, "corpus", 0, None)
                elif m.id not in out:
                    out[m.id] = (m.raw_key, m.resolved_by, 0, None)
                groups[(m.article, m.raw_key)].add(out[m.id][0])

    TOPIC_SAMPLE = 5000  # articles whose words tell a rare word from a common one
    TOPIC_PER_DOCUMENT = 100

    def _decide_by_topic(self, undecided: list[tuple], decisions: dict,
                         decided_by: dict[str, set[str]]) -> None:
        """Decide again, with their articles' words, the mentions no other evidence
        decided among several candidates (resolve._topic_match). Words are read only
        for those articles and their candidates' (a few of a large corpus); how rare a
        word is, from a sample of at most TOPIC_SAMPLE articles, chosen by a hash of
        their ids so that one corpus always gives one sample."""
        if not undecided:
            return
        # every candidate once (they are shared by the mentions of one family); a
        # document's topic is learnt from at most TOPIC_PER_DOCUMENT of its articles
        # (chosen by hash): a decree cited by 10,000 articles says what it is about in 100
        cands = {id(c): c for _, opts in undecided for c in opts}.values()
        for c in cands:
            c.topic_from = c.articles | frozenset(decided_by.get(c.key, ()))
        learn = {id(c): sorted(c.topic_from, key=_crc)[:self.TOPIC_PER_DOCUMENT]
                 for c in cands}
        pool = {p.article for p, _ in undecided} | {a for arts in learn.values() for a in arts}
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles")]
        step = max(1, -(-len(ids) // self.TOPIC_SAMPLE))
        sample = {a for a in ids if _crc(a) % step == 0}
        # two passes, a batch of articles at a time: memory holds the counts and the
        # pool's words, never every article's; the pool's articles in the sample are
        # read once
        df: Counter = Counter()
        pool_words: dict[str, set[str]] = {}
        for a, ws in self._article_words(sample):
            df.update(ws)
            if a in pool:
                pool_words[a] = ws
        limit = resolve.TOPIC_RARE_SHARE * len(sample)
        # (the common words are few: one set difference in C per article, where a
        # lookup of every word in the counts took a third of the topic stage)
        common = {w for w, n in df.items() if n > limit}
        del df
        rare = {a: frozenset(ws - common)
                for a, ws in chain(pool_words.items(),
                                   self._article_words(pool - pool_words.keys()))}
        del pool_words
        for c in cands:
            c.topic = dict(Counter(w for a in learn[id(c)] for w in rare.get(a, ())))
        for p, opts in undecided:
            p.topic = rare.get(p.article, frozenset())
            # the other evidence was weighed already: only the words are new
            undecided_keys = set(decisions[p.id].candidates)
            left = [c for c in opts if c.key in undecided_keys]
            if (c := resolve.subject_in_article(p.topic, left)) is not None:
                decisions[p.id] = resolve.Decision(c.key, "subject", [])
            else:
                decisions[p.id] = resolve.topic_decision(p, opts, left)

    def _article_words(self, articles: set[str]) -> Iterator[tuple[str, set[str]]]:
        """(article, the words of its title and its body-zone citations' snippets) for
        each of `articles` (a sidebar's snippets are another story's)."""
        ids = sorted(articles)
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            marks = ",".join("?" * len(part))
            texts: dict[str, list[str]] = {}
            for a, title in self.conn.execute(
                    f"SELECT id, title FROM articles WHERE id IN ({marks})", part):
                texts[a] = [title]
            for a, snippet in self.conn.execute(
                    f"SELECT article_id, snippet FROM citations WHERE article_id IN ({marks}) "
                    "AND zone != 'related'", part):
                texts[a].append(snippet)
            for a, ts in texts.items():
                yield a, resolve.topic_words(ts)

    def _keys_by_article(self, articles: set[str]) -> dict[str, set[tuple]]:
        """article -> {(raw key, (type, number))} of its body-zone citations, but those
        of vocab.BACKGROUND_TYPES (cited beside anything: no evidence of which)."""
        out: dict[str, set[tuple]] = defaultdict(set)
        ids = sorted(articles)
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            for a, key, dtype, number in self.conn.execute(
                    "SELECT article_id, raw_key, type, number FROM citations WHERE "
                    f"article_id IN ({','.join('?' * len(part))}) AND zone != 'related'",
                    part):
                if dtype not in vocab.BACKGROUND_TYPES:
                    out[a].add((key, (dtype, number)))
        return out

    def _write_resolution(self, decisions: dict[int, tuple],
                          by_article: dict[tuple[str, str], str]) -> None:
        # Only the mentions the corpus stage decides can change, and only those that
        # do are written; relations (few) are reset and mapped in SQL.
        c = self.conn
        c.execute("DROP TABLE IF EXISTS temp.resolution")
        c.execute("""CREATE TEMP TABLE resolution(id INTEGER PRIMARY KEY, key TEXT,
                     resolved_by TEXT, ambiguous INTEGER, candidates TEXT)""")
        c.executemany("INSERT INTO temp.resolution VALUES (?, ?, ?, ?, ?)",
                      [(i, *d) for i, d in decisions.items()])
        c.execute("""
            UPDATE citations
            SET key = r.key, resolved_by = r.resolved_by, ambiguous = r.ambiguous,
                candidates = r.candidates
            FROM temp.resolution r
            WHERE citations.id = r.id
              AND (citations.key IS NOT r.key OR citations.candidates IS NOT r.candidates
                   OR citations.ambiguous IS NOT r.ambiguous
                   OR citations.resolved_by IS NOT r.resolved_by)""")
        c.execute("DROP TABLE temp.resolution")
        c.execute("""UPDATE relations SET source = raw_source, target = raw_target
                     WHERE source != raw_source OR target != raw_target""")
        if by_article:
            c.execute("DROP TABLE IF EXISTS temp.article_keys")
            c.execute("""CREATE TEMP TABLE article_keys(article_id TEXT, raw_key TEXT,
                         key TEXT, PRIMARY KEY (article_id, raw_key))""")
            c.executemany("INSERT INTO temp.article_keys VALUES (?, ?, ?)",
                          [(a, raw, k) for (a, raw), k in by_article.items()])
            c.execute("""UPDATE relations SET source = m.key FROM temp.article_keys m
                         WHERE relations.article_id = m.article_id
                           AND relations.raw_source = m.raw_key""")
            c.execute("""UPDATE relations SET target = m.key FROM temp.article_keys m
                         WHERE relations.article_id = m.article_id
                           AND relations.raw_target = m.raw_key""")
            c.execute("DROP TABLE temp.article_keys")

    def _rebuild_documents(self) -> None:
        c = self.conn
        c.execute("DELETE FROM documents")
        # Article counts from citations_by_key (key, zone, article_id) alone, in order.
        c.execute("""
            INSERT INTO documents(key, n_articles, n_mentions, n_articles_all,
                                  n_articles_related)
            SELECT key,
                   count(DISTINCT CASE WHEN zone != 'related' THEN article_id END),
                   sum(zone != 'related'),
                   count(DISTINCT article_id),
                   count(DISTINCT article_id)
                     - count(DISTINCT CASE WHEN zone != 'related' THEN article_id END)
            FROM citations INDEXED BY citations_by_key GROUP BY key""")
        # One grouped scan: every distinct reading of every key with its count.
        readings = c.execute(f"""
            SELECT key, {", ".join(_DOC_ATTRS)}, {_FORM_RANK}, count(*)
            FROM citations GROUP BY key, {", ".join(_DOC_ATTRS)}, form""").fetchall()
        candidates: dict[str, set[str]] = defaultdict(set)
        for key, cands in c.execute(
                "SELECT DISTINCT key, candidates FROM citations WHERE candidates IS NOT NULL"):
            candidates[key].update(cands.split(","))
        c.executemany(
            f"UPDATE documents SET {', '.join(f'{a} = ?' for a in _DOC_ATTRS)}, "
            "form = ?, ambiguous = ?, candidates = ? WHERE key = ?",
            _document_attributes(readings, candidates))
        # what the reference table knows of a document its mentions do not say
        # (all its mentions may be short forms joined to it, "Nghị quyết 04 về …", which
        # print neither issuer nor year)
        known = [(k.type, k.number, k.issuer, k.year, k.date, k.body, k.subject, k.key)
                 for k in reference.DOCUMENTS]
        c.executemany("""UPDATE documents SET type = coalesce(type, ?),
                         number = coalesce(number, ?), issuer = coalesce(issuer, ?),
                         year = coalesce(year, ?), date = coalesce(date, ?),
                         body = coalesce(body, ?), title = coalesce(title, ?) WHERE key = ?""",
                      known)
        party = sorted(self._party)
        marks = ",".join("?" * len(party)) or "NULL"
        # Party symbols are "number-TYPE/ISSUER"; State ones have no dash before the slash.
        c.execute(f"""UPDATE documents SET kind = CASE
                        WHEN issuer IN ({marks}) OR key GLOB '[0-9]*-*/*' THEN 'Party'
                        ELSE 'State' END""", party)

    def _rebuild_bodies(self) -> None:
        c = self.conn
        c.execute("DELETE FROM bodies")
        issuers: dict[str, Counter] = defaultdict(Counter)
        kinds: dict[str, Counter] = defaultdict(Counter)
        n_docs: Counter = Counter()
        n_cit: Counter = Counter()
        for body, issuer, kind, n in c.execute(
                "SELECT body, issuer, kind, n_mentions FROM documents WHERE body IS NOT NULL"):
            if issuer:
                issuers[body][issuer] += 1
            kinds[body][kind] += 1
            n_docs[body] += 1
            n_cit[body] += n
        rows = []
        for b in n_docs:
            # the name says whose it is ("Ủy ban nhân dân tỉnh Sơn La" is a UBND whatever
            # code its documents print; "Ban Thường vụ Tỉnh ủy" a Party organ though no
            # document of it prints a code); else what its documents' codes say
            issuer = resolve.body_issuer(b) or _mode(issuers[b])
            kind = resolve.issuer_kind(issuer) or _mode(kinds[b])
            rows.append((b, issuer, kind, n_docs[b], n_cit[b]))
        c.executemany(
            "INSERT INTO bodies(name, issuer, kind, n_documents, n_citations) VALUES (?,?,?,?,?)",
            rows)

    # ------------------------------------------------------------------ reading

    def _rows(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def articles(self, cites: str | None = None, *,
                 include_related: bool = False) -> list[dict]:
        """Articles (id, title, url, date, source, n_citations), by id; with `cites`, only
        those citing that key (as resolved, or as written before resolution)."""
        cols = "id, title, url, date, source, n_chars, n_citations, n_citations_all"
        if cites is None:
            return self._rows(f"SELECT {cols} FROM articles ORDER BY id")
        zone = "" if include_related else "AND zone != 'related'"
        return self._rows(
            f"""SELECT {cols} FROM articles WHERE id IN (
                    SELECT article_id FROM citations WHERE key = ? {zone}
                    UNION SELECT article_id FROM citations WHERE raw_key = ? {zone})
                ORDER BY id""", (cites, cites))

    def documents(self) -> list[dict]:
        """Every document, most cited first."""
        return [_doc(d) for d in self._rows(
            "SELECT * FROM documents ORDER BY n_articles DESC, n_mentions DESC, "
            "n_articles_all DESC, key")]

    def document(self, key: str) -> dict | None:
        """The document with this key; an undated key that resolved to one dated
        document gives that document (its "key" tells which)."""
        rows = self._rows("SELECT * FROM documents WHERE key = ?", (key,))
        if not rows:
            rows = self._rows(
                "SELECT * FROM documents WHERE key IN "
                "(SELECT DISTINCT key FROM citations WHERE raw_key = ?)", (key,))
            if len(rows) != 1:
                return None
        return _doc(rows[0])

    def citations(self, key: str | None = None, article: str | None = None,
                  include_related: bool = False, resolved_only: bool = False) -> list[dict]:
        """Mentions with the citation record's fields plus article, raw_key, ambiguous,
        candidates (list), snippet, snippet_start, snippet_end, article_title/url/date;
        by article then offset. `key` matches the resolved key or the key as written
        (`resolved_only`: the resolved key only)."""
        where, params = [], []
        if key is not None and resolved_only:
            where.append("c.key = ?")
            params.append(key)
        elif key is not None:
            where.append("(c.key = ? OR c.raw_key = ?)")
            params += [key, key]
        if article is not None:
            where.append("c.article_id = ?")
            params.append(article)
        if not include_related:
            where.append("c.zone != 'related'")
        sql = (
            'SELECT c.article_id AS article, c.start, c."end", c.text, c.type, c.number, '
            "c.issuer, c.year, c.date, c.body, c.key, c.form, c.zone, c.title, c.name, "
            "c.raw_key, c.ambiguous, c.candidates, c.resolved_by, c.snippet, c.snippet_start, "
            "c.snippet_end, a.title AS article_title, a.url AS article_url, "
            "a.date AS article_date "
            "FROM citations c JOIN articles a ON a.id = c.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY c.article_id, c.start, c.id")
        rows = self._rows(sql, params)
        for r in rows:
            r["candidates"] = _split(r["candidates"])
        return rows

    def relations(self) -> list[dict]:
        """Document-to-document relations (source, target, kind, article, start, end),
        keys resolved like citations."""
        return self._rows('SELECT source, target, kind, article_id AS article, start, "end" '
                          "FROM relations ORDER BY source, target, kind, article_id, start")

    def bodies(self) -> list[dict]:
        return self._rows("SELECT name, issuer, kind, n_documents, n_citations FROM bodies "
                          "ORDER BY n_citations DESC, n_documents DESC, name")

    def cocited(self, key: str, limit: int = 10) -> list[dict]:
        """Documents cited (body zone) in the same articles as `key`: key, n_articles."""
        return self._rows(
            """SELECT c2.key AS key, count(DISTINCT c2.article_id) AS n_articles
               FROM (SELECT DISTINCT article_id FROM citations
                     WHERE key = ? AND zone != 'related') c1
               JOIN citations c2 ON c2.article_id = c1.article_id
               WHERE c2.key != ? AND c2.zone != 'related'
               GROUP BY c2.key ORDER BY n_articles DESC, c2.key LIMIT ?""",
            (key, key, limit))

    def is_empty(self) -> bool:
        """No article stored (one row looked at, not a count over millions)."""
        return self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def stats(self) -> dict[str, int]:
        """Row counts, for summaries and benchmarks."""
        one = lambda sql: self.conn.execute(sql).fetchone()[0]
        return {"articles": one("SELECT count(*) FROM articles"),
                "citations": one("SELECT count(*) FROM citations"),
                "relations": one("SELECT count(*) FROM relations"),
                "documents": one("SELECT count(*) FROM documents"),
                "bodies": one("SELECT count(*) FROM bodies")}

    def graph_input(self, include_related: bool = False
                    ) -> tuple[list[tuple], dict[str, tuple]]:
        """What the graph reads, as tuples: the mentions (article, key, zone, snippet,
        snippet_start, snippet_end) by article then offset, and {id: (title, url, date)}
        of the articles citing anything. citations() builds 25 fields a mention, 150,000
        dicts on a 100,000-article corpus; the graph needs these."""
        zone = "" if include_related else " WHERE zone != 'related'"
        mentions = self.conn.execute(
            "SELECT article_id, key, zone, snippet, snippet_start, snippet_end "
            f"FROM citations{zone} ORDER BY article_id, start, id").fetchall()
        articles = {r[0]: r[1:] for r in self.conn.execute(
            "SELECT id, title, url, date FROM articles WHERE id IN "
            f"(SELECT article_id FROM citations{zone})")}
        return mentions, articles


def _lock(path: str, on_wait: Callable[[str], None] | None) -> int | None:
    """Take the writers' lock of the index at `path` (flock on the file itself, which
    SQLite's own POSIX locks do not see), waiting for another run to finish. Two runs
    writing one index would each check, then insert, the same ids. Returns the
    descriptor to release; None where flock does not exist (not POSIX)."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"{path} is being written by another refgraph run; waiting for it "
                        "to finish (Ctrl-C to stop)")
            fcntl.flock(fd, fcntl.LOCK_EX)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # releases the flock


def stored_hashes(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """id -> content hash stored in the index on `conn`, for those of `ids` it holds."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):  # well under SQLite's limit on parameters
        part = ids[i:i + 500]
        out.update(conn.execute(
            f"SELECT id, hash FROM articles WHERE id IN ({','.join('?' * len(part))})",
            part).fetchall())
    return out


_FORMS = ("full", "short", "named", "draft")
_BODY = 1 + _DOC_ATTRS.index("body")

# The mentions the corpus stage decides: numbered, not named, and undated or without
# issuer (an extractor's ambiguity between two documents of its text is kept as is).
class _DecisionRow(NamedTuple):
    """A dated decision's citation, as Store._fold_decision_series weighs it."""

    id: int
    article: str
    raw_key: str        # as its text gave it
    form: str
    resolved_by: str | None
    key: str            # as decided so far


def _crc(article_id: str) -> int:
    return zlib.crc32(article_id.encode())


# Keyed by its symbol, as extracted ("45/2013/QH13"); a law's version printed with its
# symbol is keyed by name ("Luật Đất đai số 45/2013/QH13": "Luật Đất đai 2013")
_BY_SYMBOL = "raw_key GLOB '[0-9]*'"
# A law's symbol with its year and the Assembly as issuer: "45/2013/QH13"
_LAW_SYMBOL = ("form = 'full' AND type IN ('law', 'code', 'ordinance') "
               "AND number IS NOT NULL AND year IS NOT NULL AND issuer IN ('QH', 'UBTVQH')")
_PENDING = ("c.number IS NOT NULL AND c.form != 'named' AND NOT c.raw_ambiguous "
            "AND (c.year IS NULL OR c.issuer IS NULL)")


def _document_attributes(readings: list[tuple], candidates: dict[str, set[str]]
                         ) -> Iterator[tuple]:
    """(mode of each attribute…, form, ambiguous, candidates, key) for every key, from
    its readings. Mode: the most frequent non-null value among the mentions; ties to the
    smallest, so the result does not depend on insertion order. Bodies are counted by
    their one spelling (resolve.canonical_body)."""
    width = len(_DOC_ATTRS)
    by_key: dict[str, list[tuple]] = defaultdict(list)
    for r in readings:
        by_key[r[0]].append(r)
    for key, rows in by_key.items():
        cands = candidates.get(key)
        flags = (_FORMS[min(r[width + 1] for r in rows)], int(bool(cands)),
                 ",".join(sorted(cands)) if cands else None)
        modes = []
        for i in range(1, width + 1):
            counts: Counter = Counter()
            for r in rows:
                v = resolve.canonical_body(r[i]) if i == _BODY else r[i]
                if v is not None:
                    counts[v] += r[width + 2]
            modes.append(_mode(counts))
        yield (*modes, *flags, key)


def _mode(counter: Counter) -> Any:
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _split(cands: str | None) -> list[str]:
    return sorted(cands.split(",")) if cands else []


def _doc(row: dict) -> dict:
    row["candidates"] = _split(row.get("candidates"))
    return row
