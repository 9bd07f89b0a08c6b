"""Read articles from dated text files, JSON Lines, CSV, folders and standard input.

Every reader yields `Article`s and reports what it cannot read as a `Problem` naming the
file and line; a bad record is skipped, the rest of the file is still read.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .model import Article

MAX_CHARS = 1_000_000  # spaCy's default max_length; longer articles are refused
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt", ".text", ""}
DATED_TEXT = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """Something in the input that could not be read, and where."""

    where: str
    message: str
    warning: bool = False  # a warning keeps the article; an error skips the record

    def __str__(self) -> str:
        return f"{self.where}: {'warning' if self.warning else 'error'}: {self.message}"


OnProblem = Callable[[Problem], None]


def article_id(text: str) -> str:
    """The id of an article without one: a hash of its whitespace-normalised text."""
    normal = " ".join(text.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def check_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD, or a longer ISO timestamp cut to its date) or None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date must be a string like 2023-09-13, not {value!r}")
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise ValueError(f"date {value!r} is not an ISO date like 2023-09-13") from None


def make_article(fields: dict[str, Any], origin: str) -> Article:
    """Validate one record's fields; raise ValueError with a readable reason."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text (expected a non-empty 'text' field)")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
    raw_id = fields.get("id")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else article_id(text),
        text=text, date=check_date(fields.get("date")),
        title=_opt(fields.get("title")), url=_opt(fields.get("url")),
        source=_opt(fields.get("source")), origin=origin,
    )


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def read_articles(sources: Iterable[str], on_problem: OnProblem) -> Iterator[Article]:
    """Articles from every source in order; folders are read recursively, `-` is stdin."""
    for source in sources:
        if source == "-":
            yield from read_stream("<stdin>", sys.stdin.buffer.read(), on_problem)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not files:
                on_problem(Problem(str(path), "folder has no files"))
            for file in files:
                yield from read_file(file, on_problem)
        elif path.is_file():
            yield from read_file(path, on_problem)
        else:
            on_problem(Problem(str(path), "no such file or folder"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path, on_problem: OnProblem) -> Iterator[Article]:
    try:
        data = path.read_bytes()
    except OSError as e:
        on_problem(Problem(str(path), f"cannot read: {e.strerror or e}"))
        return
    yield from read_stream(str(path), data, on_problem, path.suffix.lower())


def read_stream(name: str, data: bytes, on_problem: OnProblem,
                suffix: str | None = None) -> Iterator[Article]:
    text = decode(name, data, on_problem)
    if text is None:
        return
    kind = suffix if suffix is not None else _sniff(text)
    if kind in JSONL_SUFFIXES:
        yield from read_jsonl(name, text, on_problem)
    elif kind == ".csv":
        yield from read_csv(name, text, on_problem)
    else:
        yield from read_dated_text(name, text, on_problem)


def _sniff(text: str) -> str:
    start = text.lstrip()[:1]
    return ".jsonl" if start == "{" else ".txt"


def decode(name: str, data: bytes, on_problem: OnProblem) -> str | None:
    """UTF-8 text, or None after reporting why the bytes are not an article file."""
    if not data.strip():
        on_problem(Problem(name, "empty file"))
        return None
    if b"\x00" in data[:8192]:
        on_problem(Problem(name, "binary file (contains NUL bytes); expected UTF-8 text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        on_problem(Problem(f"{name}:{line}", "not UTF-8 text; re-encode the file as UTF-8"))
        return None


def read_dated_text(name: str, text: str, on_problem: OnProblem) -> Iterator[Article]:
    """A text file whose first token is `date` followed by an ISO date; the rest is the body."""
    header = DATED_TEXT.match(text)
    if not header:
        on_problem(Problem(f"{name}:1", "no date header: the file must start with "
                                         "'date YYYY-MM-DD' followed by the article text"))
        return
    try:
        yield make_article({"text": text[header.end():], "date": header.group(1)}, f"{name}:1")
    except ValueError as e:
        on_problem(Problem(f"{name}:1", str(e)))


def read_jsonl(name: str, text: str, on_problem: OnProblem) -> Iterator[Article]:
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as e:
            on_problem(Problem(where, f"malformed JSON ({e.msg} at column {e.colno})"))
            continue
        if not isinstance(fields, dict):
            on_problem(Problem(where, "expected a JSON object with 'text' and 'date'"))
            continue
        yield from _checked(fields, where, on_problem)


def read_csv(name: str, text: str, on_problem: OnProblem) -> Iterator[Article]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        on_problem(Problem(f"{name}:1", "CSV needs a header row with a 'text' column "
                                        "(and 'date', optionally 'id', 'title', 'url', 'source')"))
        return
    try:
        for row in reader:
            yield from _checked(row, f"{name}:{reader.line_num}", on_problem)
    except csv.Error as e:
        on_problem(Problem(f"{name}:{reader.line_num}", f"malformed CSV: {e}"))


def _checked(fields: dict[str, Any], where: str, on_problem: OnProblem) -> Iterator[Article]:
    try:
        article = make_article(fields, where)
    except ValueError as e:
        on_problem(Problem(where, str(e)))
        return
    if "date" not in fields:
        on_problem(Problem(where, "no 'date' field; relative dates cannot be resolved and "
                                  "events are undated", warning=True))
    yield article
