"""The Python API: extract records, ingest into a database, query what is stored.

    import tacitus

    records = tacitus.extract(["North Korea's Kim Jong Un met Putin."], date="2023-09-13")
    totals = tacitus.ingest(["reports/"], db="news.duckdb")
    with tacitus.Database("news.duckdb") as db:
        rows = db.events(actor="PRK", recipient="RUS")       # a list of dicts
        frame = db.events_relation(event="CONSULT").df()     # pandas; .arrow(), .pl()

The command line calls these same functions.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ingest import OnProblem, Problem, article_id, extraction_problem, read_articles
from .model import Article, Record
from .nlp import batched
from .pipeline import Pipeline
from .query import EventFilter, events_query, find_events, find_places, find_quotes
from .store import DEFAULT_DB, WRITE_WAIT, Store, WriteResult

if TYPE_CHECKING:
    import duckdb

WRITE_BATCH = 64  # articles per transaction


def extract(texts: Iterable[str | Article], date: str | None = None,
            pipeline: Pipeline | None = None) -> list[Record]:
    """Records for texts (or `Article`s), without a database. Plain texts are dated `date`
    and identified by a hash of their text."""
    chosen = pipeline or Pipeline.load()
    articles = (t if isinstance(t, Article) else Article(article_id(t), t, date)
                for t in texts)
    return list(chosen.extract(articles))


@dataclass
class Totals:
    """What an ingest did: articles written, skipped unchanged, re-extracted, stored as
    copies of a story already stored, and rows added."""

    articles: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    places: int = 0
    times: int = 0
    copies: int = 0
    problems: list[Problem] = field(default_factory=list)  # when no on_problem was given

    def add(self, result: WriteResult) -> None:
        for f in fields(result):
            setattr(self, f.name, getattr(self, f.name) + getattr(result, f.name))


def ingest(sources: Iterable[str] | Iterable[Article], db: str | Path = DEFAULT_DB,
           pipeline: Pipeline | None = None, on_problem: OnProblem | None = None,
           report: Callable[[Totals, int], None] | None = None,
           batch_size: int = 32, default_date: str | None = None) -> Totals:
    """Extract and store articles from files, folders or `Article`s; `default_date` dates
    what the files leave undated (as `--date` does).

    Articles stored already with the same content and fingerprint are skipped before
    they are parsed; one whose fingerprint differs is re-extracted. An article whose
    extraction fails is reported to `on_problem` (else kept in `Totals.problems`) and
    skipped. Each batch is written in
    one short transaction, so a server reading the same file keeps answering; `report`
    is called after each batch with the totals so far and the batch's size."""
    Store(db, wait=WRITE_WAIT).close()  # create or migrate before the slow part starts
    chosen = pipeline or Pipeline.load()
    totals = Totals()
    problem = on_problem or totals.problems.append

    def failed(article: Article, e: Exception) -> None:
        totals.failed += 1
        problem(extraction_problem(article, e))

    for batch in batched(_articles(sources, problem, default_date), WRITE_BATCH):
        with Store(db, wait=WRITE_WAIT) as store:
            stale = store.stale(batch, chosen.fingerprint)
        records = list(chosen.extract(stale, batch_size, on_error=failed))
        with Store(db, wait=WRITE_WAIT) as store:
            result = store.write(records, chosen.fingerprint)
        totals.add(result)
        totals.unchanged += len(batch) - len(stale)
        if report:
            report(totals, len(batch))
    with Store(db, wait=WRITE_WAIT) as store:
        store.ensure_text_index()
    return totals


def _articles(sources: Iterable[str] | Iterable[Article], on_problem: OnProblem,
              default_date: str | None = None) -> Iterable[Article]:
    """Articles given as such, or read from paths: streamed either way."""
    iterator = iter(sources)
    first = next(iterator, None)
    if first is None:
        return ()
    items = chain([first], iterator)
    if isinstance(first, Article):
        return items  # type: ignore[return-value]
    return read_articles((str(s) for s in items), on_problem, default_date)


class Database:
    """A Tacitus database opened for reading. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.store = Store(path, read_only=True)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events as dicts; filters as `EventFilter` (actor, recipient, party, counterpart,
        event, quad, mode, since, until, place, bbox, text, coded, min_confidence,
        include_flagged, distinct, sort, newest_first, limit, offset, after)."""
        return find_events(self.store, EventFilter(**filters))

    def events_relation(self, **filters: Any) -> duckdb.DuckDBPyRelation:
        """The same events as a DuckDB relation: `.df()`, `.arrow()`, `.pl()`, or more SQL."""
        sql, params = events_query(self.store, EventFilter(**filters))
        return self.store.con.query(sql, params=params)

    def quotes(self, speaker: str | None = None, text: str | None = None,
               limit: int | None = None, kinds: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Quotes and attributions as dicts; `kinds` keeps only attributions of those
        kinds ("speech", "writing", "belief", "evidence", "question", "denial",
        "sourcing")."""
        return find_quotes(self.store, speaker, text, limit, kinds)

    def places(self, country: str | None = None, name: str | None = None,
               limit: int | None = None, demonyms: bool = True) -> list[dict[str, Any]]:
        """Resolved places with mention and article counts, as dicts; demonyms=False
        leaves out nationality words (kind "demonym")."""
        return find_places(self.store, country, name, limit, demonyms)

    def sql(self, query: str, params: Sequence[Any] = ()) -> duckdb.DuckDBPyRelation:
        """Any read-only SQL over the tables (articles, events, quotes, places, times)."""
        return self.store.con.query(query, params=list(params) or None)
