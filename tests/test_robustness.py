"""Bad input never crashes a run, and a killed ingest never leaves a partial article."""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.ingest import Problem, read_stream

SUFFIXES = [".jsonl", ".csv", ".txt", None]
# `make fuzz` multiplies every example count (TACITUS_FUZZ=20: over 10,000 inputs in all).
FUZZ = max(1, int(os.environ.get("TACITUS_FUZZ", "1") or 1))


@settings(max_examples=300 * FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_named_problems(data: bytes, suffix: str | None) -> None:
    problems: list[Problem] = []
    articles = list(read_stream("f", data, problems.append, suffix))
    assert all(p.where.startswith("f") and p.message for p in problems)
    assert all(a.text.strip() for a in articles)


@settings(max_examples=200 * FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=1500), wrapper=st.sampled_from(["gzip", "utf-16", "utf-32",
                                                               "nested", "bom-text"]),
       suffix=st.sampled_from(SUFFIXES))
def test_wrapped_and_nested_input_gives_articles_or_named_problems(
        body: bytes, wrapper: str, suffix: str | None) -> None:
    text = body.decode("latin-1")
    data = {"gzip": lambda: gzip.compress(body)[: max(10, len(body))],
            "utf-16": lambda: text.encode("utf-16"), "utf-32": lambda: text.encode("utf-32"),
            "nested": lambda: b"[" * (len(body) * 40) + body + b"\n{}\n",
            "bom-text": lambda: b"\xef\xbb\xbfdate 2024-01-01\n" + body}[wrapper]()
    problems: list[Problem] = []
    articles = list(read_stream("f", data, problems.append, suffix))
    assert all(p.where.startswith("f") and p.message for p in problems)
    assert all(a.text.strip() for a in articles)


@settings(max_examples=300 * FUZZ, deadline=None)
@given(text=st.text(max_size=300), date=st.one_of(st.none(), st.text(max_size=12)),
       extra=st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3))
def test_any_json_line_is_an_article_or_a_problem(text: str, date: str | None,
                                                   extra: dict[str, str]) -> None:
    line = json.dumps({**extra, "text": text, "date": date}).encode()
    problems: list[Problem] = []
    articles = list(read_stream("f.jsonl", line + b"\n[1, 2]\n", problems.append, ".jsonl"))
    assert len(articles) + len([p for p in problems if not p.warning]) == 2


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tacitus", "ingest", str(corpus),
                             "--db", str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every article's stored events, quotes, places and times, by article id."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, list[tuple[object, ...]]] = {
            a: [] for (a,) in con.execute("SELECT id FROM articles").fetchall()}
        for table in ("events", "quotes", "places", "times"):
            for row in con.execute(f"SELECT article_id, * EXCLUDE (article_id) FROM {table} "
                                   "ORDER BY id").fetchall():
                out.setdefault(str(row[0]), []).append((table, *row[1:]))
        return out
    finally:
        con.close()


@pytest.mark.model
def test_sigkill_never_leaves_a_partial_article(tmp_path: Path) -> None:
    from tacitus.data import demo_sources

    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for source in demo_sources():
            if source.endswith(".jsonl"):
                out.write(Path(source).read_text(encoding="utf-8"))
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    assert _ingest(corpus, reference).wait(timeout=300) == 0
    duration = time.monotonic() - started
    expected = _rows(reference)
    db = tmp_path / "killed.duckdb"
    rng = random.Random(7)
    stored_counts = []
    for share in (0.55, 0.7, 0.85):  # after the model has loaded, while batches are written
        process = _ingest(corpus, db)
        time.sleep(duration * rng.uniform(share - 0.05, share + 0.05))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        stored = _rows(db) if db.exists() else {}
        stored_counts.append(len(stored))
        for article_id, rows in stored.items():
            assert rows == expected[article_id], f"partial article {article_id}"
    assert any(0 < n < len(expected) for n in stored_counts), stored_counts
    assert _ingest(corpus, db).wait(timeout=300) == 0
    assert _rows(db) == expected


@pytest.mark.model
def test_server_keeps_answering_while_an_ingest_writes(tmp_path: Path) -> None:
    import warnings

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

    from tacitus.data import demo_sources
    from tacitus.web.app import create_app

    db = tmp_path / "busy.duckdb"
    corpus = next(s for s in demo_sources() if s.endswith(".jsonl"))
    process = _ingest(Path(corpus), db)
    for _ in range(200):
        if db.exists():
            break
        time.sleep(0.05)
    client = TestClient(create_app(db))
    answers, totals = [], []
    while process.poll() is None:
        response = client.get("/api/events", params={"limit": 1})
        answers.append(response.status_code)
        if response.status_code == 200:
            totals.append(response.json()["total"])
        time.sleep(0.02)
    assert process.returncode == 0, "the ingest finished despite the readers"
    assert answers and set(answers) == {200}, answers
    assert totals == sorted(totals), "readers see whole batches appear, never disappear"
    assert client.get("/api/events").json()["total"] >= totals[-1] > 0


@pytest.mark.model
@settings(max_examples=60 * FUZZ, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=400),
       date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_extract_never_crashes_on_any_text(extract, text: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    record = extract(text, date=date)
    for item in (*record.places, *record.times, *record.quotes):
        assert 0 <= item.start <= item.end <= len(text)
    for event in record.events:
        assert all(0 <= e.start <= e.end <= len(text) for e in event.evidence)
    json.dumps(record.to_json())
