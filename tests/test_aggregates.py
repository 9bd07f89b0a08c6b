"""The monthly event counts answer exactly what a scan of the events would."""
from __future__ import annotations

import itertools
import random
from pathlib import Path

import duckdb
import pytest

from tacitus.model import Actor, Article, Event, Evidence, Record
from tacitus.query import (
    EventFilter,
    count_events,
    event_series,
    find_events,
    network,
    read_cursor,
    row_cursor,
    summary,
)
from tacitus.store import MIGRATIONS, Store

CODES = ["PRK", "RUS", "USA", "CHN", None]
TYPES = ["CONSULT", "ASSAULT", "ACCUSE", "AID", "PROTEST"]


def side(rng: random.Random) -> tuple[Actor, ...]:
    """No one, one party, or several, some without a code, some repeated."""
    return tuple(Actor(text=f"p{i}", code=rng.choice(CODES)) for i in range(rng.choice(
        [0, 1, 1, 1, 2, 3])))


def records(seed: int, n: int = 120) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = None if i % 17 == 0 else f"2023-{1 + i % 7:02d}-{1 + rng.randrange(28):02d}"
        text = f"Sentence number {i}."
        events = tuple(Event(event=rng.choice(TYPES), mode=None, date=day,
                             actor=side(rng), recipient=side(rng),
                             evidence=(Evidence(text, k, k + 3, "xyz"),),
                             negated=rng.random() < 0.15, hypothetical=rng.random() < 0.1,
                             confidence=0.5) for k in range(rng.choice([1, 1, 2])))
        out.append(Record(Article(f"a{i}", text, day or "2023-01-01"), events=events))
    return out


FILTERS = [EventFilter(), EventFilter(include_flagged=True), EventFilter(event="ASSAULT"),
           EventFilter(quad="verbal cooperation"), EventFilter(since="2023-03-01"),
           EventFilter(since="2023-02-01", until="2023-04-30", event="CONSULT")] + [
    EventFilter(actor=a, recipient=r) for a, r in itertools.product(
        ["PRK", "RUS", None], ["RUS", "USA", None])] + [
    EventFilter(party=p, counterpart=c, include_flagged=flagged) for p, c, flagged in
    itertools.product(["PRK", "RUS"], [None, "RUS", "USA", "PRK"], [False, True])]


def answers(store: Store) -> list[object]:
    out: list[object] = []
    for f in FILTERS:
        out += [count_events(store, f), event_series(store, f, "month")["buckets"],
                summary(store, 20, f)["by_type"], summary(store, 20, f)["dyads"]]
    out.append(network(store)["edges"])
    return out


def by_scan(store: Store) -> list[object]:
    store.laid_out = False  # the reference: every answer from the events table itself
    try:
        return answers(store)
    finally:
        store.laid_out = True


def test_counts_answer_as_a_scan_of_the_events(tmp_path: Path) -> None:
    with Store(tmp_path / "counts.duckdb") as store:
        store.write(records(1), "x")
        assert store.con.execute("SELECT count(*) FROM event_counts").fetchone()[0] > 0
        assert answers(store) == by_scan(store)
        # a re-extraction moves events to other months and changes their parties
        store.write(records(2)[:60], "y")
        assert answers(store) == by_scan(store)


def test_a_filter_the_counts_cannot_answer_reads_the_events(tmp_path: Path) -> None:
    with Store(tmp_path / "counts.duckdb") as store:
        store.write(records(3), "x")
        for f in (EventFilter(since="2023-03-15"), EventFilter(actor="p1"),
                  EventFilter(actor="PRKGOV"), EventFilter(text="number")):
            store.laid_out = False
            expected = count_events(store, f)
            store.laid_out = True
            assert count_events(store, f) == expected, f


def test_a_database_of_the_previous_schema_is_migrated_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as current:  # the same records, written by this version
        current.write(records(4), "x")
        expected = answers(current)
        rows = current.con.execute("SELECT * EXCLUDE (actor_others, recipient_others) "
                                   "FROM events ORDER BY id").fetchall()
    old = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE schema_version (version INTEGER, name VARCHAR, "
                "applied_at TIMESTAMP)")
    for version, name, statements in MIGRATIONS[:4]:
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    con.execute(f"ATTACH '{path}' AS cur (READ_ONLY)")
    for table in ("articles", "quotes", "places", "times", "signatures", "story_bands"):
        con.execute(f"INSERT INTO {table} SELECT * FROM cur.{table}")
    con.execute("INSERT INTO events SELECT * EXCLUDE (actor_others, recipient_others) "
                "FROM cur.events")
    con.close()
    with Store(old) as migrated:
        assert migrated.version() == MIGRATIONS[-1][0]
        assert migrated.con.execute("SELECT * EXCLUDE (actor_others, recipient_others) "
                                    "FROM events ORDER BY id").fetchall() == rows
        assert answers(migrated) == expected


def test_keyset_pages_follow_each_other_without_gaps(tmp_path: Path) -> None:
    with Store(tmp_path / "pages.duckdb") as store:
        store.write(records(5), "x")
        for newest in (True, False):
            everything = find_events(store, EventFilter(newest_first=newest,
                                                        include_flagged=True))
            seen, after = [], None
            while True:
                page = find_events(store, EventFilter(newest_first=newest, limit=7,
                                                      include_flagged=True, after=after))
                if not page:
                    break
                seen += page
                after = row_cursor(page[-1])
            assert [(e["article_id"], e["start"]) for e in seen] == \
                [(e["article_id"], e["start"]) for e in everything]
            by_offset = find_events(store, EventFilter(newest_first=newest, limit=7,
                                                       offset=21, include_flagged=True))
            assert by_offset == everything[21:28]
    with pytest.raises(ValueError):
        read_cursor("not-a-cursor")


def test_compacting_puts_events_in_date_order_and_keeps_every_row(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        rows = records(6)
        store.write(rows[60:], "x")
        store.write(rows[:60], "x")  # a backfill: older articles after newer ones
        before = sorted(store.con.execute("SELECT * FROM events").fetchall(), key=str)
        counts = store.con.execute("SELECT * FROM event_counts ORDER BY ALL").fetchall()
        expected = answers(store)
        assert store.compact() == len(before)
        dates = [d for (d,) in store.con.execute("SELECT date FROM events").fetchall()]
        dated = [d for d in dates if d is not None]
        assert dated == sorted(dated) and dates[len(dated):] == [None] * (len(dates) - len(dated))
        assert sorted(store.con.execute("SELECT * FROM events").fetchall(), key=str) == before
        assert store.con.execute("SELECT * FROM event_counts ORDER BY ALL").fetchall() == counts
        assert answers(store) == expected
        store.write(records(7)[:5], "y")  # and it takes writes as before
        assert answers(store) == by_scan(store)


def test_memory_and_threads_come_from_the_environment(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_THREADS", "1")
    monkeypatch.setenv("TACITUS_MEMORY_LIMIT", "300MB")
    with Store(tmp_path / "m.duckdb") as store:
        threads, memory = store.con.execute(
            "SELECT current_setting('threads'), current_setting('memory_limit')").fetchone()
    assert int(threads) == 1 and "MiB" in memory and float(memory.split()[0]) < 300
    monkeypatch.setenv("TACITUS_MEMORY_LIMIT", "lots")
    from tacitus.errors import StoreError

    with pytest.raises(StoreError):
        Store(tmp_path / "m.duckdb")


def test_the_compact_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tacitus.cli import main

    db = tmp_path / "cli.duckdb"
    with Store(db) as store:
        store.write(records(8, 30), "x")
        events = store.counts()["events"]
    result = CliRunner().invoke(main, ["compact", "--db", str(db)])
    assert result.exit_code == 0 and f"{events:,} events in date order" in result.output
    missing = CliRunner().invoke(main, ["compact", "--db", str(tmp_path / "none" / "x.db")])
    assert missing.exit_code != 0 and "no such database" in missing.output
    assert not (tmp_path / "none").exists()
