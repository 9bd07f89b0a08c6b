"""Copies of a story and clusters of reports of one event (hand-built records; no model)."""
from __future__ import annotations

from pathlib import Path

from tacitus.export import plover_scores
from tacitus.model import Actor, Article, Event, Evidence, Record
from tacitus.query import EventFilter, find_events
from tacitus.store import Store
from tacitus.stories import COPY_SIMILARITY, signature

WIRE = ("Officials in the capital said on Tuesday that the two governments had agreed to "
        "reopen the border crossing at the river port after three months of talks, and that "
        "lorries carrying grain would be the first to pass.")


def similarity(a: str, b: str) -> float:
    x, y = signature(a), signature(b)
    assert x is not None and y is not None
    return float((x == y).mean())


def test_signatures_tell_copies_from_other_stories() -> None:
    assert similarity(WIRE, WIRE) == 1.0
    assert similarity(WIRE, WIRE.replace("Tuesday", "Tuesday,") + " (Reuters)") >= \
        COPY_SIMILARITY
    other = ("Farmers in the east of the country protested on Monday against a new tax on "
             "fuel, blocking roads into three towns for most of the day, police said.")
    assert similarity(WIRE, other) < 0.2
    assert signature("Too short to say.") is None


def report(article_id: str, text: str, day: str, source: str, event: str = "ACCUSE",
           actor: str = "RUS", recipient: str = "UKR", mentions: int = 1) -> Record:
    e = Event(event=event, mode=None, date=day, actor=(Actor(actor, None, actor, None),),
              recipient=(Actor(recipient, None, recipient, None),),
              evidence=tuple(Evidence(text, 0, 6, text[:6]) for _ in range(mentions)))
    return Record(Article(article_id, text, day, source=source,
                          url=f"https://{source.lower().replace(' ', '')}.example/{article_id}"),
                  events=(e,))


def test_a_copy_is_stored_once_with_its_own_source(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        result = store.write([report("w1", WIRE, "2024-05-07", "Wire One")], "x")
        assert result.copies == 0
        result = store.write([report("p2", WIRE + " (Reuters)", "2024-05-07", "Paper Two")],
                             "x")
        assert result.copies == 1 and result.events == 0
        rows = store.con.execute("SELECT id, story_id, source FROM articles ORDER BY id"
                                 ).fetchall()
        assert rows == [("p2", "w1", "Paper Two"), ("w1", "w1", "Wire One")]
        [event] = find_events(store, EventFilter(distinct=True))
        assert (event["num_articles"], event["num_sources"]) == (2, 2)
        assert store.counts()["stories"] == 1


def test_reports_of_one_event_form_one_cluster_and_a_later_one_joins(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store.write([report("a", "Russia accused Ukraine.", "2024-05-07", "Wire One"),
                     report("b", "Moscow blamed Kyiv.", "2024-05-09", "Paper Two", mentions=2),
                     report("c", "Russia accused Ukraine again.", "2024-05-15", "Wire One"),
                     report("d", "Ukraine accused Russia.", "2024-05-07", "Wire One",
                            actor="UKR", recipient="RUS")], "x")
        clusters = dict(store.con.execute("SELECT article_id, cluster_id FROM events"
                                          ).fetchall())
        assert clusters["a"] == clusters["b"] == "a:0"
        assert clusters["c"] == "c:0" and clusters["d"] == "d:0"  # too late; another dyad
        store.write([report("e", "Russian officials accused Ukraine.", "2024-05-12",
                            "Third Times")], "x")  # bridges the gap: all one event now
        clusters = dict(store.con.execute("SELECT article_id, cluster_id FROM events"
                                          ).fetchall())
        assert clusters["a"] == clusters["b"] == clusters["c"] == clusters["e"] == "a:0"
        rows = find_events(store, EventFilter(distinct=True))
        assert [(r["cluster_id"], r["num_mentions"], r["num_articles"], r["num_sources"])
                for r in rows] == [("a:0", 5, 4, 3), ("d:0", 1, 1, 1)]
        before = store.con.execute("SELECT * FROM events ORDER BY id").fetchall()
        again = store.write([report("e", "Russian officials accused Ukraine.", "2024-05-12",
                                    "Third Times")], "x")
        assert again.unchanged == 1
        assert store.con.execute("SELECT * FROM events ORDER BY id").fetchall() == before


def test_the_manual_s_scores_by_type_and_mode() -> None:
    scores = plover_scores()
    assert scores[("ASSAULT", "")] == -9 and scores[("ASSAULT", "aerial")] == -9.5
    assert scores[("AID", "")] == 10 and scores[("CONSULT", "visit")] == 4
    assert len({event for event, _ in scores}) == 16
