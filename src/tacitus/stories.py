"""One story, one real-world event: copies of an article and reports of an event, counted once.

* **Copies** (a syndicated wire story, a re-post): an article of MIN_WORDS words or more
  whose text is a near-copy of one stored before (estimated Jaccard similarity of their
  5-word shingles of at least COPY_SIMILARITY, by MinHash with LSH banding) is stored as
  a copy of that story: its
  row keeps its own source and URL and has the story's `story_id`; its events, quotes,
  places and times are not stored again.
* **Clusters**: live events of one type between the same actor and recipient codes (an
  actor code required) whose dates chain within CLUSTER_DAYS of each other, and whose
  countries agree where both are placed, are one real-world event: they share a
  `cluster_id` (the id of the cluster's first event). Counted per cluster: mentions (the
  evidence spans of its events), articles and distinct sources, copies included, as
  GDELT's NumMentions, NumArticles and NumSources.

Both run inside the writing transaction, over what the batch touches, so a later ingest
that reports the same event joins the cluster already stored.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import duckdb

PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: pairs of similarity 0.8 meet in a band 99.9%
COPY_SIMILARITY = 0.8
SHINGLE = 5
MIN_WORDS = 20
CLUSTER_DAYS = 3
_rng = np.random.default_rng(20240502)  # fixed: signatures must agree across runs
_A = _rng.integers(1, 1 << 63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)  # odd
_B = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64)
WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text's word 5-grams (64 multiply-shift hashes of each
    shingle's 64-bit digest, the least of each kept), or None for a text too short to tell
    a copy from two reports that happen to agree (under MIN_WORDS words)."""
    words = WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    values = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(),
                                         "little") for s in shingles),
                         dtype=np.uint64, count=len(shingles))
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        mixed = (values[:, None] * _A + _B) >> np.uint64(11)
    return mixed.min(axis=0).astype(np.int64)  # 53 bits: a DuckDB BIGINT, exact in JSON


def bands(sig: np.ndarray) -> list[int]:
    """The hash of each band of ROWS rows of a signature (band b's hash at index b)."""
    return [int.from_bytes(hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(),
                                           digest_size=7).digest(), "little")
            for b in range(BANDS)]


def settle(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> int:
    """Find which of the articles just written copy a story stored before (or earlier in
    the batch): mark them, drop what was extracted from them; index every new story.
    Returns the number of copies. A few statements per batch, not per article."""
    from .store import CHILD_TABLES, rows_file, select_json  # (the store imports this)

    if not ids:
        return 0
    texts = con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?)) "
                        "ORDER BY ingested_at, id", [list(ids)]).fetchall()
    sigs = {i: sig for i, text in texts if (sig := signature(text or "")) is not None}
    keys = {i: bands(sig) for i, sig in sigs.items()}
    near: dict[str, set[str]] = {i: set() for i in sigs}  # stories sharing a band
    known: dict[str, np.ndarray] = {}  # their signatures,
    story_of: dict[str, str] = {}  # and the story each belongs to
    with rows_file({"band": b, "hash": h, "article_id": i} for i, hs in keys.items()
                   for b, h in enumerate(hs)) as path:
        if path:  # numbers go to DuckDB as a file: a long Python list is slow to convert
            for mine, other, minhash, story in con.execute(
                    "SELECT DISTINCT q.article_id, s.article_id, s.minhash, "
                    f"coalesce(a.story_id, a.id) FROM ({select_json(BAND_COLUMNS)}) q "
                    "JOIN story_bands b ON b.band = q.band AND b.hash = q.hash "
                    "JOIN signatures s ON s.article_id = b.article_id "
                    "JOIN articles a ON a.id = s.article_id", [path]).fetchall():
                near[mine].add(other)
                known[other], story_of[other] = np.array(minhash, dtype=np.int64), story
    batch: dict[tuple[int, int], list[str]] = {}  # bands of the batch's new stories so far
    copies: dict[str, str] = {}
    fresh: list[str] = []
    for article_id, _ in texts:
        sig = sigs.get(article_id)
        if sig is None:
            continue
        near[article_id] |= {o for b, h in enumerate(keys[article_id])
                             for o in batch.get((b, h), ())}
        best = max(((float((known[o] == sig).mean()), o) for o in near[article_id]),
                   default=(0.0, ""))
        if best[0] >= COPY_SIMILARITY:
            copies[article_id] = story_of[best[1]]
            continue
        fresh.append(article_id)
        known[article_id], story_of[article_id] = sig, article_id
        for b, h in enumerate(keys[article_id]):
            batch.setdefault((b, h), []).append(article_id)
    con.execute("UPDATE articles SET story_id = id WHERE id IN (SELECT unnest(?))", [list(ids)])
    if copies:
        con.execute("UPDATE articles SET story_id = m.story FROM (SELECT unnest(?) AS id, "
                    "unnest(?) AS story) m WHERE articles.id = m.id",
                    [list(copies), list(copies.values())])
        for table in CHILD_TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))",
                        [list(copies)])
    with rows_file({"article_id": i, "minhash": sigs[i].tolist()} for i in fresh) as path:
        if path:
            con.execute(f"INSERT INTO signatures {select_json(SIGNATURE_COLUMNS)}", [path])
    with rows_file({"band": b, "hash": h, "article_id": i} for i in fresh
                   for b, h in enumerate(keys[i])) as path:
        if path:
            con.execute(f"INSERT INTO story_bands {select_json(BAND_COLUMNS)}", [path])
    return len(copies)


BAND_COLUMNS = {"band": "INTEGER", "hash": "BIGINT", "article_id": "VARCHAR"}
SIGNATURE_COLUMNS = {"article_id": "VARCHAR", "minhash": "BIGINT[]"}


def forget(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    """Drop the story index of articles about to be replaced; note the event keys they
    had, for recluster()."""
    note_keys(con, ids)
    con.execute("DELETE FROM story_bands WHERE article_id IN (SELECT unnest(?))", [list(ids)])
    con.execute("DELETE FROM signatures WHERE article_id IN (SELECT unnest(?))", [list(ids)])


def note_keys(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    """Note the cluster keys of the articles' events in the connection's touched_keys."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS touched_keys (event VARCHAR, "
                "actor_codes VARCHAR[], recipient_codes VARCHAR[])")
    con.execute("INSERT INTO touched_keys SELECT DISTINCT event, actor_codes, recipient_codes "
                f"FROM events WHERE article_id IN (SELECT unnest(?)) AND {CLUSTERED}",
                [list(ids)])


CLUSTERED = "len(actor_codes) > 0 AND NOT negated AND NOT hypothetical AND date IS NOT NULL"


def recluster(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    """Give every event of the articles just written, and every event sharing a key with
    them or with the events they replaced, its cluster."""
    note_keys(con, ids)
    con.execute(f"""
        UPDATE events SET cluster_id = named.cluster FROM (
          SELECT id, first_value(id) OVER (PARTITION BY event, actor_codes, recipient_codes, g
                                          ORDER BY date, id) AS cluster
          FROM (SELECT *, sum(fresh) OVER (PARTITION BY event, actor_codes, recipient_codes
                                           ORDER BY date, id ROWS UNBOUNDED PRECEDING) AS g
                FROM (SELECT e.id, e.event, e.actor_codes, e.recipient_codes, e.date,
                        CASE WHEN lag(e.date) OVER w IS NULL
                               OR e.date - lag(e.date) OVER w > {CLUSTER_DAYS}
                               OR (e.location_code IS NOT NULL
                                   AND lag(e.location_code) OVER w IS NOT NULL
                                   AND e.location_code <> lag(e.location_code) OVER w)
                             THEN 1 ELSE 0 END AS fresh
                      FROM events e
                      WHERE {CLUSTERED} AND EXISTS (
                            SELECT 1 FROM touched_keys t WHERE t.event = e.event AND
                            t.actor_codes = e.actor_codes AND
                            t.recipient_codes = e.recipient_codes)
                      WINDOW w AS (PARTITION BY e.event, e.actor_codes, e.recipient_codes
                                   ORDER BY e.date, e.id)))) named
        WHERE events.id = named.id""")
    con.execute("UPDATE events SET cluster_id = id WHERE cluster_id IS NULL AND article_id IN "
                "(SELECT unnest(?))", [list(ids)])
    con.execute("DELETE FROM touched_keys")
