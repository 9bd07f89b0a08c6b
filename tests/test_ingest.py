from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tacitus.ingest import MAX_CHARS, Problem, article_id, read_articles


def read(*sources: str | Path) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    return list(read_articles([str(s) for s in sources], problems.append)), problems


def test_dated_text_file_gives_date_and_body(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2023-09-13 Kim met Putin.\n", encoding="utf-8")
    [article], problems = read(tmp_path / "a.txt")
    assert problems == []
    assert article.date == "2023-09-13"
    assert article.text.startswith("Kim met Putin.")
    assert article.id == article_id(article.text)


def test_text_without_date_header_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "nodate.txt").write_text("Kim met Putin.", encoding="utf-8")
    articles, [problem] = read(tmp_path / "nodate.txt")
    assert articles == []
    assert "nodate.txt:1" in str(problem) and "date" in problem.message
    assert not problem.warning


def test_jsonl_keeps_good_lines_and_names_the_bad_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a1", "date": "2015-09-01", "text": "Rebels attacked a town."})
    (tmp_path / "feed.jsonl").write_text(good + "\n{not json\n", encoding="utf-8")
    [article], [problem] = read(tmp_path / "feed.jsonl")
    assert article.id == "a1" and article.date == "2015-09-01"
    assert problem.where.endswith("feed.jsonl:2") and "malformed JSON" in problem.message


def test_jsonl_bad_date_and_missing_text_are_errors(tmp_path: Path) -> None:
    rows = [{"date": "13/09/2023", "text": "x"}, {"date": "2023-09-13"},
            {"text": "ok", "date": None}]
    (tmp_path / "f.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    articles, problems = read(tmp_path / "f.jsonl")
    assert [a.text for a in articles] == ["ok"]
    assert [p.where.rsplit(":", 1)[1] for p in problems] == ["1", "2"]


def test_jsonl_without_date_field_is_kept_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text(json.dumps({"text": "Rebels attacked."}), encoding="utf-8")
    [article], [problem] = read(tmp_path / "f.jsonl")
    assert article.date is None and problem.warning


def test_csv_rows_become_articles(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text('id,date,text,title\nx,2020-01-02,"A, b.",T\n',
                                    encoding="utf-8")
    [article], problems = read(tmp_path / "f.csv")
    assert problems == [] and (article.id, article.text, article.title) == ("x", "A, b.", "T")


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    articles, [problem] = read(tmp_path / "f.csv")
    assert articles == [] and "text" in problem.message


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"), (b"\x00\x01\x02binary", "binary"), (b"date 2020-01-01 caf\xe9", "UTF-8"),
])
def test_unreadable_files_are_named(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    articles, [problem] = read(tmp_path / "bad.txt")
    assert articles == [] and message in problem.message and "bad.txt" in problem.where


def test_folder_is_read_recursively_in_order_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("date 2020-01-02 Second.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("date 2020-01-01 First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("date 2020-01-03 Hidden.", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert [a.text for a in articles] == ["First.", "Second."] and problems == []


def test_missing_path_is_reported(tmp_path: Path) -> None:
    articles, [problem] = read(tmp_path / "nope.jsonl")
    assert articles == [] and "no such file" in problem.message


def test_stdin_is_sniffed_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"id": "s", "date": "2020-01-01", "text": "Hello."}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article], _ = read("-")
    assert article.id == "s"


def test_article_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_MAX_ARTICLE_CHARS", "10")
    (tmp_path / "f.jsonl").write_text(json.dumps({"text": "Rebels attacked the town."}))
    articles, [problem] = read(tmp_path / "f.jsonl")
    assert articles == [] and "the limit is 10" in problem.message


def test_huge_article_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("date 2020-01-01 " + "x" * (MAX_CHARS + 1))
    articles, [problem] = read(tmp_path / "big.txt")
    assert articles == [] and "limit" in problem.message


def test_article_id_ignores_whitespace_and_case() -> None:
    assert article_id("Kim  met\nPutin.") == article_id("kim met Putin.")
    assert article_id("Kim met Putin.") != article_id("Putin met Kim.")


def test_overlong_json_line_is_skipped_unread(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_MAX_LINE_BYTES", "100")
    good = json.dumps({"date": "2020-01-01", "text": "Rebels attacked."})
    huge = json.dumps({"date": "2020-01-01", "text": "x" * 5000})
    (tmp_path / "f.jsonl").write_text(f"{huge}\n{good}\n", encoding="utf-8")
    [article], [problem] = read(tmp_path / "f.jsonl")
    assert article.text == "Rebels attacked."
    assert problem.where.endswith("f.jsonl:1") and "longer than 100 bytes" in problem.message


def test_bad_encoding_on_one_jsonl_line_keeps_the_others(tmp_path: Path) -> None:
    good = json.dumps({"date": "2020-01-01", "text": "Rebels attacked."}).encode()
    (tmp_path / "f.jsonl").write_bytes(b'{"text": "caf\xe9"}\n' + good + b"\n")
    [article], [problem] = read(tmp_path / "f.jsonl")
    assert article.text == "Rebels attacked." and problem.where.endswith("f.jsonl:1")


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text('{"text": "a \\ud800 b", "date": "2020-01-01"}\n')
    [article], [problem] = read(tmp_path / "f.jsonl")
    assert article.text == "a \ufffd b" and problem.warning and "surrogate" in problem.message
