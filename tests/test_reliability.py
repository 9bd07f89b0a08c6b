"""Nothing lost, whatever the input: hostile files, poison articles, storage failures and
an interrupted index build."""
from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.tokens import Doc
from spacy.vocab import Vocab

import tacitus
from tacitus.cli import main
from tacitus.components import COMPONENTS, Stage
from tacitus.distributed import Job, partition_id, process_partition
from tacitus.ingest import Problem, read_articles
from tacitus.nlp import MAX_PIECE, MAX_SENTENCE, pieces
from tacitus.pipeline import DEFAULT_COMPONENTS, Knowledge, Pipeline
from tacitus.resolve.context import phrase_tokens
from tacitus.store import Store

GOOD = {"id": "g1", "date": "2024-02-07", "text": "Police arrested protesters in Lima."}


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read(*paths: Path | str) -> tuple[list[tacitus.Article], list[Problem]]:
    problems: list[Problem] = []
    return list(read_articles([str(p) for p in paths], problems.append)), problems


def unpunctuated(chars: int) -> str:
    rng = random.Random(7)
    words = ["the", "police", "said", "rebels", "attacked", "a", "town", "near", "Herat",
             "and", "officials", "met", "leaders", "of", "villages"]
    out: list[str] = []
    size = 0
    while size < chars:
        out.append(rng.choice(words))
        size += len(out[-1]) + 1
    return " ".join(out)[:chars]


# ---- readers ----------------------------------------------------------------------------
def test_a_deeply_nested_json_line_is_a_problem_and_the_next_line_is_read(tmp_path: Path
                                                                          ) -> None:
    (tmp_path / "f.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" +
                                      json.dumps(GOOD) + "\n", encoding="utf-8")
    articles, [problem] = read(tmp_path / "f.jsonl")
    assert [a.id for a in articles] == ["g1"]
    assert problem.where.endswith("f.jsonl:1") and "nested deeper" in problem.message


def test_deep_brackets_inside_a_string_are_only_text(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text(json.dumps({**GOOD, "title": "[" * 500}) + "\n",
                                      encoding="utf-8")
    articles, problems = read(tmp_path / "f.jsonl")
    assert problems == [] and articles[0].title == "[" * 500


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.jsonl", "feed.gz"])
def test_gzip_input_is_read_by_its_magic_bytes(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(gzip.compress((json.dumps(GOOD) + "\n").encode()))
    articles, problems = read(tmp_path / name)
    assert problems == [] and [a.text for a in articles] == [GOOD["text"]]


def test_damaged_gzip_keeps_what_came_before_and_names_the_file(tmp_path: Path) -> None:
    data = gzip.compress((json.dumps(GOOD) + "\n").encode() * 3)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) - 12])
    articles, problems = read(tmp_path / "cut.jsonl.gz")
    assert problems and "gzip" in problems[-1].message
    assert problems[-1].where.endswith("cut.jsonl.gz")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, encoding: str
                                                            ) -> None:
    bom = "\ufeff" if encoding.endswith("-be") else ""
    (tmp_path / "r.txt").write_bytes((bom + "date 2024-02-07\nCafé owners protested in "
                                            "Lyon.").encode(encoding))
    [article], problems = read(tmp_path / "r.txt")
    assert problems == [] and article.text.strip() == "Café owners protested in Lyon."


def test_a_device_is_refused_with_a_clear_message() -> None:
    articles, [problem] = read("/dev/zero")
    assert articles == [] and "not a regular file" in problem.message


def test_database_files_inside_an_ingested_folder_are_not_input(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    with Store(tmp_path / "news.duckdb"):
        pass
    (tmp_path / "news.duckdb.wal").write_bytes(b"\x00\x01")
    (tmp_path / "renamed.bin").write_bytes((tmp_path / "news.duckdb").read_bytes())
    articles, problems = read(tmp_path)
    assert problems == [] and [a.id for a in articles] == ["g1"]


def test_an_unreadable_subfolder_is_reported_and_the_rest_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "f.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    (tmp_path / "secret").mkdir()
    scandir = os.scandir

    def guarded(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("secret"):  # as for a folder without read permission
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    articles, [problem] = read(tmp_path)
    assert [a.id for a in articles] == ["g1"]
    assert problem.where.endswith("secret") and "Permission denied" in problem.message


# ---- bounded parsing ----------------------------------------------------------------------
def test_pieces_of_a_huge_unpunctuated_text_are_bounded_and_join_to_it() -> None:
    text = unpunctuated(900_000)
    parts = pieces(text)
    assert "".join(parts) == text
    assert max(len(p) for p in parts) <= MAX_PIECE


def test_pieces_cut_at_sentence_ends_and_paragraphs_first() -> None:
    sentence = "Officials met in Geneva. "
    text = (sentence * 300 + "\n\n") * 3
    parts = pieces(text)
    assert "".join(parts) == text and len(parts) > 1
    assert all(p.endswith((". ", "\n\n")) for p in parts)
    assert pieces("Officials met in Geneva.") == ["Officials met in Geneva."]
    assert len(pieces(unpunctuated(MAX_SENTENCE + 50))) == 2


def test_a_very_deep_parse_needs_no_recursion() -> None:
    n = 5_000  # a chain of compounds, each word the head of the one before
    doc = Doc(Vocab(), words=["w"] * n, heads=[min(i + 1, n - 1) for i in range(n)],
              deps=["compound"] * (n - 1) + ["ROOT"])
    assert len(phrase_tokens(doc[n - 1])) == n


@pytest.mark.model
def test_a_long_unpunctuated_article_is_extracted_with_its_offsets(
        nlp, knowledge: Knowledge) -> None:  # type: ignore[no-untyped-def]
    text = unpunctuated(60_000)
    [record] = Pipeline(nlp, knowledge).extract([tacitus.Article("long", text, "2024-02-07")])
    assert record.events and all(
        text[e.evidence[0].start:e.evidence[0].end] == e.evidence[0].trigger
        for e in record.events)


# ---- one article is that article's problem ----------------------------------------------
@pytest.fixture
def poison():  # type: ignore[no-untyped-def]
    @tacitus.component("test.poison.v1", adds="poison")
    def fail_on_poison(stage: Stage) -> None:
        if "poison" in stage.article.text:
            raise RecursionError("maximum recursion depth exceeded")

    yield (*DEFAULT_COMPONENTS, "test.poison.v1")
    del COMPONENTS["test.poison.v1"]


ARTICLES = [tacitus.Article("a1", "Police arrested protesters in Lima.", "2024-02-07",
                            origin="f:1"),
            tacitus.Article("a2", "This poison text breaks a component.", "2024-02-07",
                            origin="f:2"),
            tacitus.Article("a3", "Troops attacked rebels near Goma.", "2024-02-07",
                            origin="f:3")]


@pytest.mark.model
def test_a_failing_article_is_reported_and_the_run_goes_on(
        poison, nlp, knowledge: Knowledge, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    totals = tacitus.ingest(ARTICLES, tmp_path / "p.duckdb", Pipeline(nlp, knowledge, poison),
                            problems.append)
    assert (totals.articles, totals.failed) == (2, 1)
    [problem] = problems
    assert problem.where == "f:2" and "'a2'" in problem.message
    assert "RecursionError" in problem.message
    with tacitus.Database(tmp_path / "p.duckdb") as db:
        assert {r["article_id"] for r in db.events()} == {"a1", "a3"}


@pytest.mark.model
def test_a_poison_article_on_a_worker_fails_alone(poison, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    job = Job(str(tmp_path / "parts"), "tacitus test", components=poison)
    counts = process_partition(partition_id(ARTICLES), ARTICLES, job)
    assert counts["articles"] == 2 and [w for w, _ in counts["failures"]] == ["f:2"]


# ---- the store ---------------------------------------------------------------------------
@pytest.mark.model
def test_an_interrupted_index_build_is_repaired_by_the_next_ingest(tmp_path: Path) -> None:
    db = str(tmp_path / "i.duckdb")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "date": "2024-02-07", "text":
                                          f"Farmers in Lyon protested against tax number {i}."})
                              + "\n" for i in range(3)), encoding="utf-8")
    assert run("ingest", str(corpus), "--db", db).exit_code == 0
    with Store(db) as store:  # as if killed just as the index build began
        store.load_fts()
        store.con.execute("PRAGMA drop_fts_index('articles')")
        assert not store.has_text_index()
    result = run("events", "--db", db, "--text", "tax", "--all")
    assert "no full-text index" in result.stderr
    again = run("ingest", str(corpus), "--db", db)
    assert "0 articles stored (3 unchanged" in again.stderr
    with Store(db, read_only=True) as store:
        assert store.has_text_index()
    assert "no full-text index" not in run("events", "--db", db, "--text", "tax").stderr


@pytest.mark.model
def test_a_write_failure_is_a_clear_error_with_exit_4_and_loses_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "w.duckdb")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    first.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    second.write_text(json.dumps({**GOOD, "id": "g2"}) + "\n", encoding="utf-8")
    assert run("ingest", str(first), "--db", db).exit_code == 0

    def disk_full(rows):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tacitus.store.rows_file", disk_full)
    result = run("ingest", str(second), "--db", db)
    assert result.exit_code == 4 and "disk is full" in result.stderr and db in result.stderr
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_a_truncated_database_is_exit_4_naming_the_file(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db):
        pass
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    result = run("events", "--db", str(db))
    assert result.exit_code == 4 and str(db) in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_database_where_no_folder_can_be_made_is_exit_4(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = run("ingest", "-", "--db", str(tmp_path / "file" / "x.duckdb"))
    assert result.exit_code == 4 and "cannot create its folder" in result.stderr


def test_an_unreadable_dataset_url_is_exit_4() -> None:
    result = run("events", "--dataset", "nosuchfs://bucket/news")
    assert result.exit_code == 4 and "nosuchfs://bucket/news" in result.stderr


def test_a_database_locked_by_another_process_is_exit_4_saying_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "locked.duckdb"
    with Store(db):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        result = run("events", "--db", str(db))
        assert result.exit_code == 4 and "in use by another" in result.stderr
        with pytest.raises(tacitus.StoreError, match="in use"):
            Store(db, wait=0.3)
    finally:
        holder.kill()
        holder.wait()
