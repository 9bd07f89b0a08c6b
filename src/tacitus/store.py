"""The DuckDB store: a versioned schema, idempotent and transactional writes.

An article is written with all its events in one transaction: a crash leaves either the
whole article or nothing. Writing an article whose id and content are already stored
changes nothing; writing an id with new content replaces that article and its events.
Rows go in bulk through DuckDB's `read_json` over a temporary file, not row by row.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

try:  # DuckDB tries `import pandas` for every element of a list parameter; without pandas
    import pandas  # noqa: F401  # each try searches the whole path. A failed import, once
except ImportError:  # recorded, makes the rest fail at once (and find_spec say None).
    sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]

from . import aggregates, stories
from .errors import StoreError
from .model import Actor, Article, Event, Record

DEFAULT_DB = "tacitus.duckdb"
DB_ENV = "TACITUS_DB"
WRITE_WAIT = 60.0  # seconds a writer waits for readers (a server's requests) to let go
READ_WAIT = 10.0  # seconds a reader (a request) waits for a writer's batch

ARTICLE_COLUMNS_V1 = {
    "id": "VARCHAR", "date": "DATE", "title": "VARCHAR", "url": "VARCHAR", "source": "VARCHAR",
    "text": "VARCHAR", "content_hash": "VARCHAR", "origin": "VARCHAR",
    "ingested_at": "TIMESTAMP", "extractor": "VARCHAR",
}
ARTICLE_COLUMNS = {**ARTICLE_COLUMNS_V1, "story_id": "VARCHAR"}
EVENT_COLUMNS_V1 = {
    "id": "VARCHAR", "article_id": "VARCHAR", "event": "VARCHAR", "mode": "VARCHAR",
    "date": "DATE", "actor_text": "VARCHAR", "actor_name": "VARCHAR", "actor_code": "VARCHAR",
    "actor_sector": "VARCHAR", "actor_codes": "VARCHAR[]", "recipient_text": "VARCHAR",
    "recipient_name": "VARCHAR", "recipient_code": "VARCHAR", "recipient_sector": "VARCHAR",
    "recipient_codes": "VARCHAR[]", "actors": "JSON", "recipients": "JSON",
    "location_name": "VARCHAR", "location_code": "VARCHAR", "location_lat": "DOUBLE",
    "location_lon": "DOUBLE", "sentence": "VARCHAR", "start": "INTEGER", "end": "INTEGER",
    "trigger": "VARCHAR", "mentions": "JSON", "negated": "BOOLEAN", "hypothetical": "BOOLEAN",
    "confidence": "DOUBLE",
}
EVENT_COLUMNS_V4 = {**EVENT_COLUMNS_V1, "cameo_code": "VARCHAR", "cluster_id": "VARCHAR"}
# Every code of a side, as "|IRN|RUS|", where it is more than the one in actor_code (or
# recipient_code): a filter reads the flat column, and the list only where this is set.
EVENT_COLUMNS = {**EVENT_COLUMNS_V4, "actor_others": "VARCHAR", "recipient_others": "VARCHAR"}


QUOTE_COLUMNS_V2 = {
    "id": "VARCHAR", "article_id": "VARCHAR", "speaker_text": "VARCHAR",
    "speaker_name": "VARCHAR", "speaker_code": "VARCHAR", "speaker_sector": "VARCHAR",
    "cue": "VARCHAR", "content": "VARCHAR", "start": "INTEGER", "end": "INTEGER",
    "direct": "BOOLEAN",
}
QUOTE_COLUMNS = {**QUOTE_COLUMNS_V2, "cue_kind": "VARCHAR"}
PLACE_COLUMNS = {
    "id": "VARCHAR", "article_id": "VARCHAR", "text": "VARCHAR", "start": "INTEGER",
    "end": "INTEGER", "name": "VARCHAR", "code": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE",
    "geonameid": "BIGINT", "kind": "VARCHAR",
}
TIME_COLUMNS = {
    "id": "VARCHAR", "article_id": "VARCHAR", "text": "VARCHAR", "start": "INTEGER",
    "end": "INTEGER", "value": "VARCHAR", "type": "VARCHAR",
}
CHILD_TABLES = {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "places": PLACE_COLUMNS,
                "times": TIME_COLUMNS}
TABLES = {"articles": ARTICLE_COLUMNS, **CHILD_TABLES}


def _create(table: str, columns: dict[str, str], key: str) -> str:
    cols = ", ".join(f'"{name}" {kind}' for name, kind in columns.items())
    return f"CREATE TABLE {table} ({cols}, PRIMARY KEY ({key}))"


def _others_sql() -> str:
    """SET clauses filling actor_others and recipient_others from the code lists."""
    return ", ".join(
        f"{side}_others = CASE WHEN len({side}_codes) = 0 OR {side}_codes = [{side}_code] "
        f"THEN NULL ELSE '|' || array_to_string({side}_codes, '|') || '|' END"
        for side in ("actor", "recipient"))


# Each migration runs once, in its own transaction, and bumps the schema version.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles and events", [
        _create("articles", ARTICLE_COLUMNS_V1, "id"),
        _create("events", EVENT_COLUMNS_V1, "id"),
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_date ON events (date)",
    ]),
    (2, "quotes, places and times", [
        _create("quotes", QUOTE_COLUMNS_V2, "id"),
        _create("places", PLACE_COLUMNS, "id"),
        _create("times", TIME_COLUMNS, "id"),
        "CREATE INDEX quotes_article ON quotes (article_id)",
        "CREATE INDEX places_article ON places (article_id)",
        "CREATE INDEX times_article ON times (article_id)",
    ]),
    (3, "the kind of each attribution", [
        "ALTER TABLE quotes ADD COLUMN cue_kind VARCHAR",
    ]),
    (4, "copies of a story, clusters of events, CAMEO codes", [
        "ALTER TABLE articles ADD COLUMN story_id VARCHAR",
        "UPDATE articles SET story_id = id",
        "ALTER TABLE events ADD COLUMN cameo_code VARCHAR",
        "ALTER TABLE events ADD COLUMN cluster_id VARCHAR",
        "UPDATE events SET cluster_id = id",
        "CREATE TABLE signatures (article_id VARCHAR PRIMARY KEY, minhash BIGINT[])",
        # No index on cluster_id, which every batch updates: DuckDB's ART indexes on an
        # updated column are what a write killed mid-way can leave inconsistent.
        "CREATE TABLE story_bands (band INTEGER, hash BIGINT, article_id VARCHAR)",
    ]),
    (5, "flat code columns and monthly event counts", [
        # Date ranges use zone maps (events in date order); the index only took space.
        "DROP INDEX events_date",
        "ALTER TABLE events ADD COLUMN actor_others VARCHAR",
        "ALTER TABLE events ADD COLUMN recipient_others VARCHAR",
        f"UPDATE events SET {_others_sql()}",
        *aggregates.CREATE,
        *aggregates.BUILD,
    ]),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True)
class WriteResult:
    articles: int = 0  # new or changed articles written
    unchanged: int = 0  # already stored with the same content, by the same extractor
    reextracted: int = 0  # stored with the same content by another extractor: replaced
    events: int = 0
    quotes: int = 0
    places: int = 0
    times: int = 0
    copies: int = 0  # articles stored as copies of a story stored before (not extracted)


def content_hash(a: Article, extractor: str) -> str:
    """What makes a stored article current: its fields and the extractor that read it."""
    raw = json.dumps([a.text, a.date, a.title, a.url, a.source, extractor], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class Store:
    """A Tacitus database file. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path, read_only: bool = False, wait: float = 0.0) -> None:
        """Open a database; while another process holds it, retry for up to `wait` seconds.

        DuckDB lets one process write a file, or several read it: writers and readers
        that keep their connections short (a batch, a request) take turns. A writer
        that has to wait says so in a file beside the database (`writer_waiting`), which
        the server reads to let go of its shared connection."""
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with "
                             f"'tacitus ingest FILES --db {self.path}'")
        if not read_only:
            try:  # a new database in a new folder: make the folder
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{self.path}: cannot create its folder ({e})") from None
        self.con = _connect(self.path, read_only, wait)
        self.laid_out = True  # flat code columns and event_counts (not so a Parquet dataset)
        with storage_errors(self.path, "opening"):
            if not read_only:
                self.migrate()
            version = self.version()
        if read_only and version < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version} is older than "
                             f"{SCHEMA_VERSION}; run 'tacitus ingest' once to migrate it")

    def view(self) -> Store:
        """Another connection to this open database (a DuckDB cursor), for another thread;
        closing it leaves this one open."""
        other = object.__new__(Store)
        other.path, other.laid_out, other.con = self.path, self.laid_out, self.con.cursor()
        return other

    @classmethod
    def from_dataset(cls, folder: str | Path) -> Store:
        """Query a Parquet dataset written by the distributed ingest in place (read-only
        views in an in-memory database)."""
        folder = Path(folder)
        if not list(folder.glob("articles/*.parquet")):
            raise StoreError(f"{folder}: no Parquet parts here; write them with "
                             f"'tacitus ingest FILES --workers N --dataset {folder}'")
        store = object.__new__(cls)
        store.path = folder
        store.laid_out = False
        store.con = duckdb.connect(config=settings())
        for table in TABLES:
            store.con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet("
                              f"'{_sql_path(folder / table / '*.parquet')}')")
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ---- schema ---------------------------------------------------------------------
    def version(self) -> int:
        try:  # one query: asked each time a file is opened
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        except duckdb.CatalogException:
            return 0  # a new file
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                         "(version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
        current = self.version()
        for version, name, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                                 [version, name, _now()])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; a storage failure inside it rolls back and becomes a StoreError
        (nothing of the batch is stored, everything stored before is intact)."""
        with storage_errors(self.path, "writing"):
            self.con.execute("BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                _rollback(self.con)
                raise
            self.con.execute("COMMIT")

    # ---- writing --------------------------------------------------------------------
    def stale(self, articles: Sequence[Article], extractor: str) -> list[Article]:
        """The articles not stored yet with this content and extractor: those to extract."""
        stored = self._stored(list({a.id for a in articles}))
        return [a for a in articles
                if stored.get(a.id, ("", ""))[0] != content_hash(a, extractor)]

    def write(self, records: Sequence[Record], extractor: str) -> WriteResult:
        """Store a batch of records in one transaction; unchanged articles are skipped."""
        hashes = {r.article.id: content_hash(r.article, extractor) for r in records}
        stored = self._stored(list(hashes))
        fresh: dict[str, Record] = {}
        for r in records:  # the last copy of an id within a batch wins
            if stored.get(r.article.id, ("", ""))[0] != hashes[r.article.id]:
                fresh[r.article.id] = r
        if not fresh:
            return WriteResult(unchanged=len(records))
        reextracted = sum(1 for i, r in fresh.items() if i in stored and stored[i][1] !=
                          extractor and stored[i][0] == content_hash(r.article, stored[i][1]))
        rows = table_rows(list(fresh.values()), extractor)
        with self.transaction():
            ids = list(fresh)
            months = aggregates.touched_months(self.con, ids)
            stories.forget(self.con, ids)
            for table in CHILD_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))",
                                 [ids])
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            for table, columns in TABLES.items():
                with rows_file(rows[table]) as path:
                    if path:
                        self.con.execute(f"INSERT INTO {table} ({_names(columns)}) "
                                         f"{select_json(columns)}", [path])
            counts = self._settled(ids, months)
        return WriteResult(articles=len(fresh), unchanged=len(records) - len(fresh),
                           reextracted=reextracted, **counts)

    def _settled(self, ids: list[str], months: set[Any]) -> dict[str, int]:
        """Copies found, clusters, flat code columns and the monthly counts of `months`
        (those of the events replaced) and of the new events updated for the articles
        just written (in the writing transaction); the rows of each child table those
        articles now have."""
        copies = stories.settle(self.con, ids)
        stories.recluster(self.con, ids)
        self.con.execute(f"UPDATE events SET {_others_sql()} WHERE article_id IN "
                         "(SELECT unnest(?))", [ids])
        aggregates.refresh(self.con, months | aggregates.touched_months(self.con, ids))
        counts = {t: int(self.con.execute(
            f"SELECT count(*) FROM {t} WHERE article_id IN (SELECT unnest(?))",
            [ids]).fetchone()[0]) for t in CHILD_TABLES}  # type: ignore[index]
        return {**counts, "copies": copies}

    def load_dataset(self, folder: Path) -> WriteResult:
        """Load Parquet parts written by the distributed ingest, as write() would.

        The dataset keeps every version ever written of an article (one per partition
        that held it). For each id only the newest version is taken, with the rows of
        its own partition, and only where it is newer than the stored article and
        differs from it: an old part never brings back an article stored since."""
        if not list((folder / "articles").glob("*.parquet")):
            return WriteResult()
        with self.transaction():
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE fresh AS SELECT i.*, a.extractor AS stored_by "
                f"FROM (SELECT * FROM {_parts(folder, 'articles')} QUALIFY row_number() OVER "
                "(PARTITION BY id ORDER BY ingested_at DESC, part DESC) = 1) i "
                "LEFT JOIN articles a ON a.id = i.id WHERE a.id IS NULL OR "
                "(a.content_hash <> i.content_hash AND i.ingested_at > a.ingested_at)")
            ids = [r[0] for r in self.con.execute("SELECT id FROM fresh").fetchall()]
            months = aggregates.touched_months(self.con, ids)
            stories.forget(self.con, ids)
            for table in CHILD_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM "
                                 "fresh)")
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM fresh)")
            self.con.execute(f"INSERT INTO articles ({_names(ARTICLE_COLUMNS)}) SELECT "
                             f"{self._present('fresh', ARTICLE_COLUMNS)} FROM fresh c")
            for table, columns in CHILD_TABLES.items():
                self.con.execute(
                    f"INSERT INTO {table} ({_names(columns)}) SELECT "
                    f"{self._present(_parts(folder, table), columns)} FROM "
                    f"{_parts(folder, table)} c "
                    "JOIN fresh f ON f.id = c.article_id AND f.part = c.part")
            counts = self._settled(ids, months)
            row = self.con.execute(
                "SELECT (SELECT count(*) FROM fresh), (SELECT count(*) FROM fresh WHERE "
                "stored_by IS NOT NULL AND stored_by <> extractor), (SELECT count(DISTINCT id) "
                f"FROM {_parts(folder, 'articles')})").fetchone()
            self.con.execute("DROP TABLE fresh")
        fresh, again, incoming = (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)
        return WriteResult(articles=fresh, unchanged=incoming - fresh, reextracted=again,
                           **counts)

    def compact(self) -> int:
        """Rewrite the events table in date order, so that a date range skips the row
        groups it excludes (DuckDB's zone maps), and recount the months; returns the events.
        Ingest in date order keeps a database so; run this after loading out of order."""
        with self.transaction():
            self.con.execute(_create("events_sorted", EVENT_COLUMNS, "id"))
            self.con.execute(f"INSERT INTO events_sorted SELECT {_names(EVENT_COLUMNS)} FROM "
                             "events ORDER BY date NULLS LAST, article_id, start")
            self.con.execute("DROP TABLE events")
            self.con.execute("ALTER TABLE events_sorted RENAME TO events")
            self.con.execute("CREATE INDEX events_article ON events (article_id)")
            aggregates.rebuild(self.con)
        with storage_errors(self.path, "compacting"):
            self.con.execute("CHECKPOINT")
        row = self.con.execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0

    def _present(self, source: str, columns: dict[str, str]) -> str:
        """The columns to take from a relation (as `c`): NULL for one that Parquet parts
        written by an older version lack (quotes' cue_kind, events' cluster_id)."""
        present = {row[0] for row in self.con.execute(
            f"DESCRIBE SELECT * FROM {source}").fetchall()}
        return ", ".join(f'c."{k}"' if k in present else f'NULL AS "{k}"' for k in columns)

    def _stored(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """(content hash, extractor) of each stored article among ids."""
        rows = self.con.execute(
            "SELECT id, content_hash, extractor FROM articles WHERE id IN (SELECT unnest(?))",
            [ids]).fetchall()
        return {row[0]: (row[1], row[2] or "") for row in rows}


    # ---- full-text search -------------------------------------------------------------
    def load_fts(self) -> bool:
        """Load DuckDB's fts extension from the installed duckdb-extension-fts package."""
        try:
            base = resources.files("duckdb_extension_fts") / "extensions"
            path = base / f"v{duckdb.__version__}" / "fts.duckdb_extension"
            self.con.execute(f"LOAD '{path}'")
            return True
        except (ModuleNotFoundError, duckdb.Error):
            return False

    def index_text(self) -> bool:
        """(Re)build the full-text index over article titles and texts."""
        if not self.load_fts():
            return False
        self.con.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'text', "
                         "overwrite = 1)")
        return True

    def ensure_text_index(self, rebuild: bool = False) -> bool:
        """Build the full-text index when asked, or when it is missing or does not cover
        every stored article (a build that was interrupted): a cheap count comparison."""
        with storage_errors(self.path, "indexing"):
            if rebuild or not self.has_text_index():
                return self.index_text()
        return True

    def has_text_index(self) -> bool:
        """Whether the full-text index exists and covers every stored article."""
        row = self.con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = "
                               "'fts_main_articles' AND table_name = 'docs'").fetchone()
        if not (row and row[0]) or not self.load_fts():
            return False
        found = self.con.execute("SELECT (SELECT count(*) FROM fts_main_articles.docs), "
                                 "(SELECT count(*) FROM articles)").fetchone()
        return found is not None and found[0] == found[1]

    def counts(self) -> dict[str, int]:
        """Rows of each table, and the real-world events (clusters of live events) and
        stories (articles less copies) they come to."""
        out = {}
        for table in ("articles", *CHILD_TABLES):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        for name, sql in (("real_events", "SELECT count(DISTINCT coalesce(cluster_id, id)) "
                                          "FROM events WHERE NOT negated AND NOT hypothetical"),
                          ("stories", "SELECT count(DISTINCT coalesce(story_id, id)) "
                                      "FROM articles")):
            row = self.con.execute(sql).fetchone()
            out[name] = int(row[0]) if row else 0
        return out


ADVICE = [
    (("no space left", "disk full", "not enough space", "could not write all"),
     "the disk is full: free some space and run the same command again; what was "
     "stored before is intact"),
    (("permission denied", "read-only file system", "cannot open file"),
     "it cannot be written here (permission denied or a read-only disk): choose a "
     "writable --db path"),
    (("corrupt", "checksum", "not a valid duckdb", "invalid", "unexpected end",
      "truncated", "magic bytes", "serialization"),
     "the file is damaged: restore it from a backup, or move it away and ingest again"),
]


@contextmanager
def storage_errors(path: Path, action: str) -> Iterator[None]:
    """DuckDB's and the disk's errors as StoreErrors that name the file and what to do."""
    try:
        yield
    except (duckdb.Error, OSError) as e:
        raise StoreError(describe_failure(path, action, e)) from None


def describe_failure(path: Path | str, action: str, e: BaseException) -> str:
    message = str(e).lower()
    advice = next((a for words, a in ADVICE if any(w in message for w in words)),
                  "check the disk and the file, then run the same command again")
    return f"{path}: storage failed while {action}: {advice} ({str(e).splitlines()[0]})"


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the failure already ended the transaction


MEMORY_ENV = "TACITUS_MEMORY_LIMIT"  # DuckDB's memory_limit, e.g. "2GB" (default: 80% of RAM)
THREADS_ENV = "TACITUS_THREADS"  # DuckDB's threads (default: one per core)


def settings() -> dict[str, str | bool | int | float | list[str]]:
    """DuckDB settings from the environment: TACITUS_MEMORY_LIMIT and TACITUS_THREADS.
    Past the memory limit DuckDB spills to a temporary folder beside the database."""
    out: dict[str, str | bool | int | float | list[str]] = {}
    if os.environ.get(MEMORY_ENV):
        out["memory_limit"] = os.environ[MEMORY_ENV]
    if os.environ.get(THREADS_ENV):
        out["threads"] = os.environ[THREADS_ENV]
    return out


WAITING_FRESH = 5.0  # seconds a writer's note that it waits stays believed


def writer_waiting(path: Path) -> Path:
    """The file a writer waiting for the database touches while it waits."""
    return path.with_name(path.name + ".writer-waiting")


def is_writer_waiting(path: Path) -> bool:
    """Whether a writer has said, in the last few seconds, that it waits for the file."""
    try:
        return time.time() - writer_waiting(path).stat().st_mtime < WAITING_FRESH
    except OSError:
        return False


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.02
    note = writer_waiting(path)
    try:
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only, config=settings())
            except duckdb.IOException as e:
                if "lock" not in str(e).lower():
                    raise StoreError(describe_failure(path, "opening", e)) from None
                if time.monotonic() >= deadline:
                    raise StoreError(f"{path} is in use by another Tacitus process (waited "
                                     f"{wait:.0f} s); try again when it has finished") from None
                if not read_only:
                    _touch(note)  # a server holding the file lets go when it sees this
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except duckdb.Error as e:
                raise StoreError(describe_failure(path, "opening", e)) from None
    finally:
        if not read_only:
            with suppress(OSError):
                note.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    with suppress(OSError):  # a read-only folder: the server lets go when idle instead
        path.touch()


def table_rows(records: Sequence[Record], extractor: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for some records, as the store (or Parquet) keeps them."""
    now = _now()
    rows = {"articles": [_article_row(r, content_hash(r.article, extractor), now, extractor)
                         for r in records]}
    rows.update({table: [row for r in records for row in ROWS[table](r)]
                 for table in CHILD_TABLES})
    return rows


@contextmanager
def rows_file(rows: Iterable[dict[str, Any]]) -> Iterator[str | None]:
    """The rows as a temporary JSON Lines file for DuckDB's read_json (None if no rows):
    bulk loading, not row-by-row inserts."""
    fd, name = tempfile.mkstemp(suffix=".jsonl", prefix="tacitus-")
    try:
        count = 0
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        yield name if count else None
    finally:
        os.unlink(name)


def select_json(columns: dict[str, str]) -> str:
    """SELECT the columns, typed, from a JSON Lines file given as the query's parameter."""
    spec = ", ".join(f"'{k}': '{v}'" for k, v in columns.items())
    return (f"SELECT {_names(columns)} FROM read_json(?, format = 'newline_delimited', "
            f"columns = {{{spec}}})")


def _names(columns: dict[str, str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{k}"' for k in columns)


def _parts(folder: Path, table: str) -> str:
    """A table's Parquet parts, each row with the name of the partition that wrote it."""
    return (f"(SELECT * EXCLUDE (filename), parse_filename(filename, true) AS part FROM "
            f"read_parquet('{_sql_path(folder / table / '*.parquet')}', filename = true))")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _article_row(r: Record, digest: str, now: datetime, extractor: str) -> dict[str, Any]:
    a = r.article
    return {"id": a.id, "date": a.date, "title": a.title, "url": a.url, "source": a.source,
            "text": a.text, "content_hash": digest, "origin": a.origin,
            "ingested_at": now.isoformat(sep=" "), "extractor": extractor,
            "story_id": None}  # settled when written: its own id, or the story it copies


def _first(actors: tuple[Actor, ...], field: str) -> str | None:
    value = getattr(actors[0], field) if actors else None
    return str(value) if value is not None else None


def _event_rows(r: Record) -> Iterator[dict[str, Any]]:
    for number, e in enumerate(r.events):
        yield _event_row(r.article.id, number, e)


def _quote_rows(r: Record) -> Iterator[dict[str, Any]]:
    for number, q in enumerate(r.quotes):
        yield {"id": f"{r.article.id}:{number}", "article_id": r.article.id,
               "speaker_text": q.speaker.text, "speaker_name": q.speaker.name,
               "speaker_code": q.speaker.code, "speaker_sector": q.speaker.sector,
               "cue": q.cue, "content": q.content, "start": q.start, "end": q.end,
               "direct": q.direct, "cue_kind": q.kind}


def _place_rows(r: Record) -> Iterator[dict[str, Any]]:
    for number, p in enumerate(r.places):
        yield {"id": f"{r.article.id}:{number}", "article_id": r.article.id, **p.to_json()}


def _time_rows(r: Record) -> Iterator[dict[str, Any]]:
    for number, t in enumerate(r.times):
        yield {"id": f"{r.article.id}:{number}", "article_id": r.article.id, **t.to_json()}


ROWS = {"events": _event_rows, "quotes": _quote_rows, "places": _place_rows,
        "times": _time_rows}


def _event_row(article_id: str, number: int, e: Event) -> dict[str, Any]:
    first = e.evidence[0]
    loc = e.location
    return {
        "id": f"{article_id}:{number}", "article_id": article_id, "event": e.event,
        "mode": e.mode, "date": e.date,
        **{f"actor_{f}": _first(e.actor, f) for f in ("text", "name", "code", "sector")},
        "actor_codes": sorted({a.code for a in e.actor if a.code}),
        **{f"recipient_{f}": _first(e.recipient, f) for f in ("text", "name", "code", "sector")},
        "recipient_codes": sorted({a.code for a in e.recipient if a.code}),
        "actors": [a.to_json() for a in e.actor],
        "recipients": [a.to_json() for a in e.recipient],
        "location_name": loc and loc.name, "location_code": loc and loc.code,
        "location_lat": loc and loc.lat, "location_lon": loc and loc.lon,
        "sentence": first.sentence, "start": first.start, "end": first.end,
        "trigger": first.trigger, "mentions": [m.to_json() for m in e.evidence],
        "negated": e.negated, "hypothetical": e.hypothetical, "confidence": e.confidence,
        "cameo_code": e.cameo, "cluster_id": None,  # clustered when written
    }
