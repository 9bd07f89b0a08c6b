"""The DuckDB store, with records built by hand (no language model needed)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tacitus.errors import StoreError
from tacitus.model import Actor, Article, Event, Evidence, Place, Quote, Record, TimeExpr
from tacitus.query import EventFilter, find_events, summary
from tacitus.store import MIGRATIONS, SCHEMA_VERSION, Store


def record(article_id: str = "a1", text: str = "Kim met Putin.", event: str = "CONSULT",
           date: str = "2023-09-13", negated: bool = False, confidence: float = 0.9) -> Record:
    article = Article(id=article_id, text=text, date=date, title="T")
    e = Event(event=event, mode=None, date=date,
              actor=(Actor("Kim", "Kim Jong Un", "PRK", "GOV"),),
              recipient=(Actor("Putin", "Vladimir Putin", "RUS", "GOV"),),
              evidence=(Evidence(text, 4, 7, "met"),), negated=negated, confidence=confidence)
    quote = Quote(Actor("Kim", "Kim Jong Un", "PRK", "GOV"), "said", "we met", 0, 6, True)
    place = Place("Vostochny", 0, 9, "Vostochny Cosmodrome", "RUS", 51.88, 128.33, None,
                  "feature")
    when = TimeExpr("Wednesday", 0, 9, date, "DATE")
    return Record(article=article, events=(e,), quotes=(quote,), places=(place,),
                  times=(when,))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.duckdb")
    yield s  # type: ignore[misc]
    s.close()


def test_new_database_is_migrated_to_the_current_schema(store: Store) -> None:
    assert store.version() == SCHEMA_VERSION
    assert set(store.counts().values()) == {0}
    assert {"articles", "events", "quotes", "places", "times"} <= set(store.counts())


def test_write_stores_articles_and_events(store: Store) -> None:
    result = store.write([record()], "x")
    assert (result.articles, result.events) == (1, 1)
    row = store.con.execute("SELECT event, actor_code, recipient_sector, actor_codes, start, "
                            "\"end\", trigger FROM events").fetchone()
    assert row == ("CONSULT", "PRK", "GOV", ["PRK"], 4, 7, "met")


def test_reingesting_the_same_article_changes_nothing(store: Store) -> None:
    store.write([record()], "x")
    before = store.con.execute("SELECT * FROM articles").fetchall()
    result = store.write([record()], "x")
    assert (result.articles, result.unchanged, result.events) == (0, 1, 0)
    assert store.con.execute("SELECT * FROM articles").fetchall() == before
    assert store.counts()["articles"] == store.counts()["events"] == 1


def test_a_new_extractor_reextracts_on_reingest(store: Store) -> None:
    store.write([record()], "rules.v1")
    assert store.write([record()], "rules.v2").articles == 1


def test_changed_content_replaces_the_article_and_its_events(store: Store) -> None:
    store.write([record(event="CONSULT")], "x")
    store.write([record(text="Kim met Putin again.", event="AGREE")], "x")
    assert store.con.execute("SELECT event FROM events").fetchall() == [("AGREE",)]
    assert store.counts()["articles"] == store.counts()["events"] == 1


def test_failed_write_leaves_nothing_partial(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import tacitus.store as module

    store.write([record("keep")], "x")
    original = module.select_json

    def broken(columns):  # type: ignore[no-untyped-def]
        if columns is module.EVENT_COLUMNS:  # articles are in, events fail: disk full
            raise duckdb.IOException("disk full")
        return original(columns)

    monkeypatch.setattr(module, "select_json", broken)
    with pytest.raises(StoreError, match="disk is full"):
        store.write([record("new"), record("keep", text="changed")], "x")
    ids = store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()
    assert ids == [("keep",)]
    assert store.con.execute("SELECT count(*) FROM events").fetchone() == (1,)


def test_reopening_keeps_data_and_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as s:
        s.write([record()], "x")
    with Store(tmp_path / "t.duckdb", read_only=True) as s:
        assert s.version() == SCHEMA_VERSION and s.counts()["events"] == 1


def test_opening_a_missing_database_read_only_says_how_to_create_it(tmp_path: Path) -> None:
    from tacitus.errors import StoreError

    with pytest.raises(StoreError, match="tacitus ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_event_filters(store: Store) -> None:
    store.write([record("a1"), record("a2", text="Kim attacked.", event="ASSAULT",
                                      date="2023-10-01"),
                 record("a3", text="Kim did not meet.", negated=True)], "x")
    assert len(find_events(store, EventFilter(actor="PRK", recipient="RUS"))) == 2
    assert len(find_events(store, EventFilter(actor="PRKGOV"))) == 2
    assert len(find_events(store, EventFilter(actor="USA"))) == 0
    assert len(find_events(store, EventFilter(actor="kim jong"))) == 2
    assert [r["event"] for r in find_events(store, EventFilter(since="2023-09-20"))] == ["ASSAULT"]
    assert [r["event"] for r in find_events(store, EventFilter(event="consult"))] == ["CONSULT"]
    assert len(find_events(store, EventFilter(include_flagged=True))) == 3


def test_min_confidence_keeps_the_surer_events(store: Store) -> None:
    store.write([record("a1", confidence=0.8), record("a2", confidence=0.4)], "x")
    assert [r["article_id"] for r in find_events(store, EventFilter(min_confidence=0.5))] \
        == ["a1"]
    assert len(find_events(store, EventFilter(min_confidence=0.4))) == 2


def test_text_filter_uses_the_full_text_index(store: Store) -> None:
    store.write([record("a1"), record("a2", text="Kim attacked.", event="ASSAULT")], "x")
    assert store.index_text(), "the fts extension loads from site-packages"
    rows = find_events(store, EventFilter(text="attacked"))
    assert [r["article_id"] for r in rows] == ["a2"]


def test_summary_counts_types_and_dyads(store: Store) -> None:
    store.write([record("a1"), record("a2", text="Kim met Putin twice.")], "x")
    facts = summary(store)
    assert facts["by_type"] == [("CONSULT", 2)]
    assert facts["dyads"] == [("PRK", "RUS", 2)]


def test_quotes_places_and_times_are_stored_with_the_article(store: Store) -> None:
    store.write([record()], "x")
    assert store.con.execute("SELECT speaker_code, cue, direct FROM quotes").fetchall() == [
        ("PRK", "said", True)]
    assert store.con.execute("SELECT name, code, lat FROM places").fetchall() == [
        ("Vostochny Cosmodrome", "RUS", 51.88)]
    assert store.con.execute("SELECT value, type FROM times").fetchall() == [
        ("2023-09-13", "DATE")]
    store.write([record(text="Kim met Putin again.")], "x")  # replaced, not added
    assert store.counts()["quotes"] == store.counts()["places"] == store.counts()["times"] == 1


def test_a_new_database_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "t.duckdb"
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION
    assert path.exists()


def test_a_version_2_file_gains_the_kind_of_each_quote(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, name VARCHAR, "
                "applied_at TIMESTAMP)")
    for version, name, statements in MIGRATIONS[:2]:  # a file an older Tacitus wrote
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    con.close()
    with Store(path) as store:
        store.write([record()], "rules.v1")
        kinds = store.con.execute("SELECT cue_kind FROM quotes").fetchall()
        version = store.con.execute("SELECT max(version) FROM schema_version").fetchone()
    assert version == (SCHEMA_VERSION,) and SCHEMA_VERSION >= 4
    assert kinds and all(k == ("speech",) for k in kinds)
