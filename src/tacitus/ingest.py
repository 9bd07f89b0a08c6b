"""Read articles from dated text files, JSON Lines, CSV, web pages, RSS/Atom feeds, web
archives (WARC), folders and standard input.

Every reader yields `Article`s and reports what it cannot read as a `Problem` naming the
file and line; a bad record is skipped, the rest of the file is still read.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from .model import Article

MAX_CHARS = 1_000_000  # spaCy's default max_length; longer articles are refused
MAX_LINE = 16 * MAX_CHARS  # bytes in one JSON line: longer lines are skipped unread
CHARS_ENV = "TACITUS_MAX_ARTICLE_CHARS"
LINE_ENV = "TACITUS_MAX_LINE_BYTES"


def max_chars() -> int:
    """The longest article accepted, in characters ($TACITUS_MAX_ARTICLE_CHARS)."""
    return _limit(CHARS_ENV, MAX_CHARS)


def max_line() -> int:
    """The longest JSON line read, in bytes ($TACITUS_MAX_LINE_BYTES)."""
    return _limit(LINE_ENV, MAX_LINE)


def _limit(name: str, default: int) -> int:
    value = os.environ.get(name, "").replace("_", "")
    return int(value) if value.isdigit() and int(value) > 0 else default
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".arc"}
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


def extraction_problem(article: Article, error: Exception) -> Problem:
    """The problem of an article whose parse or extraction failed: it is skipped."""
    return Problem(article.origin or article.id, f"article {article.id!r} could not be "
                   f"extracted ({type(error).__name__}: {error}); skipped")


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
    if len(text) > max_chars():
        raise ValueError(f"text is {len(text):,} characters; the limit is {max_chars():,} "
                         f"(${CHARS_ENV})")
    raw_id = fields.get("id")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else article_id(text),
        text=text, date=check_date(fields.get("date")),
        title=_opt(fields.get("title")), url=_opt(fields.get("url")),
        source=_opt(fields.get("source")), origin=origin,
    )


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def read_articles(sources: Iterable[str], on_problem: OnProblem,
                  default_date: str | None = None) -> Iterator[Article]:
    """Articles from every source in order; folders are read recursively, `-` is stdin.
    `default_date` (ISO) dates what has no date of its own: a text file without a date
    header, a record without a date field, a web page whose metadata gives none."""
    default_date = check_date(default_date)
    for source in sources:
        if source == "-":
            yield from read_binary("<stdin>", sys.stdin.buffer, on_problem,
                                   default_date=default_date)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_folder(path, on_problem, default_date)
        elif path.is_file():
            yield from read_file(path, on_problem, default_date)
        elif path.exists():
            on_problem(Problem(str(path), "not a regular file (a device, pipe or socket); "
                                          "give a file, a folder or - for standard input"))
        else:
            on_problem(Problem(str(path), "no such file or folder"))


def _read_folder(root: Path, on_problem: OnProblem,
                 default_date: str | None = None) -> Iterator[Article]:
    """Every file below a folder, in order; hidden ones, DuckDB databases and their logs
    are passed over, and a subfolder that cannot be read is reported."""
    files: list[Path] = []

    def unreadable(e: OSError) -> None:
        on_problem(Problem(str(e.filename or root), f"cannot read the folder: {e.strerror}"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        files += [Path(folder, n) for n in names if not n.startswith(".")]
    files = sorted(f for f in files if f.is_file() and not _database(f))
    if not files:
        on_problem(Problem(str(root), "folder has no files"))
    for file in files:
        yield from read_file(file, on_problem, default_date)


DATABASE_SUFFIXES = (".duckdb", ".wal")  # the file and its write-ahead log


def _database(path: Path) -> bool:
    """A DuckDB database (by name, or by the magic bytes of its header) or its log."""
    if path.name.lower().endswith(DATABASE_SUFFIXES):
        return True
    try:
        with path.open("rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def read_file(path: Path, on_problem: OnProblem,
              default_date: str | None = None) -> Iterator[Article]:
    try:
        f = path.open("rb")
    except OSError as e:
        on_problem(Problem(str(path), f"cannot read: {e.strerror or e}"))
        return
    with f:
        yield from read_binary(str(path), f, on_problem, path.suffix.lower(), default_date)


def read_stream(name: str, data: bytes, on_problem: OnProblem,
                suffix: str | None = None, default_date: str | None = None
                ) -> Iterator[Article]:
    """Articles from bytes in memory (as read_binary does from a file)."""
    yield from read_binary(name, io.BufferedReader(io.BytesIO(data)), on_problem, suffix,
                           default_date)


def read_binary(name: str, f: BinaryIO, on_problem: OnProblem,
                suffix: str | None = None, default_date: str | None = None
                ) -> Iterator[Article]:
    """Articles from a binary stream, read as it goes: a huge file is never held whole,
    and a line longer than max_line() is skipped without being read into memory."""
    if not hasattr(f, "peek"):  # a plain byte stream: buffer it to look ahead
        f = io.BufferedReader(io.BytesIO(f.read()))  # type: ignore[arg-type]
    head = _peek(f)
    if head.startswith(GZIP_MAGIC):  # compressed, whatever its name says
        inner = (Path(name[:-3]).suffix.lower() or None) if name.lower().endswith(".gz") \
            else suffix  # "feed.jsonl.gz" is JSON Lines; "feed.gz" is sniffed
        yield from _read_gzip(name, f, on_problem, inner, default_date)
        return
    wide = next((enc for bom, enc in WIDE_BOMS if head.startswith(bom)), None)
    if wide is not None:  # UTF-16 or UTF-32 with a byte-order mark: re-encoded as UTF-8
        yield from _read_wide(name, f, wide, on_problem, suffix, default_date)
        return
    if not head.strip() and not f.read(1):
        on_problem(Problem(name, "empty file"))
        return
    if b"\x00" in head:
        on_problem(Problem(name, "binary file (contains NUL bytes); expected UTF-8 text"))
        return
    kind = _sniff(head) if suffix is None or suffix in SNIFFED else suffix
    if kind in JSONL_SUFFIXES:
        yield from read_jsonl(name, f, on_problem, default_date)
    elif kind == ".csv":
        yield from read_csv(name, f, on_problem, default_date)
    elif kind in WARC_SUFFIXES | FEED_SUFFIXES | HTML_SUFFIXES:
        from . import webformats  # trafilatura, feedparser and warcio load only when needed

        if kind in WARC_SUFFIXES:
            yield from webformats.read_warc(name, f, on_problem, default_date)
        elif (data := _whole(name, f, on_problem)) is not None:
            reader = webformats.read_feed if kind in FEED_SUFFIXES else webformats.read_html
            yield from reader(name, data, on_problem, default_date)
    elif (data := _whole(name, f, on_problem)) is not None:
        text = decode(name, data, on_problem)
        if text is not None:
            yield from read_dated_text(name, text, on_problem, default_date)


def _whole(name: str, f: BinaryIO, on_problem: OnProblem) -> bytes | None:
    """A file read whole (a text, a page, a feed), or None when it is over the size one
    article may have, four bytes a character."""
    data = f.read(max_chars() * 4 + 1)
    if len(data) > max_chars() * 4:
        on_problem(Problem(name, f"file is over {max_chars() * 4:,} bytes; one article "
                                 f"may have at most {max_chars():,} characters"))
        return None
    return data


GZIP_MAGIC = b"\x1f\x8b"
WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
             (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _read_gzip(name: str, f: BinaryIO, on_problem: OnProblem,
               suffix: str | None, default_date: str | None = None) -> Iterator[Article]:
    """A gzip stream, read as it is decompressed (never whole in memory)."""
    with gzip.GzipFile(fileobj=f, mode="rb") as inner:
        try:
            yield from read_binary(name, io.BufferedReader(inner), on_problem,  # type: ignore[arg-type]
                                   suffix, default_date)
        except (OSError, EOFError, zlib.error) as e:
            on_problem(Problem(name, f"damaged gzip data ({e}); the rest of the file is "
                                     "skipped"))


def _read_wide(name: str, f: BinaryIO, encoding: str, on_problem: OnProblem,
               suffix: str | None, default_date: str | None = None) -> Iterator[Article]:
    limit = max_chars() * 4 * 4 + 1  # four bytes a character at most
    data = f.read(limit)
    if len(data) >= limit:
        on_problem(Problem(name, f"file is over {limit - 1:,} bytes of {encoding.upper()}; "
                                 "split it or convert it to UTF-8"))
        return
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        on_problem(Problem(name, f"not valid {encoding.upper()} text despite its byte-order "
                                 "mark; re-encode the file as UTF-8"))
        return
    yield from read_binary(name, io.BufferedReader(io.BytesIO(text.encode("utf-8"))),
                           on_problem, suffix, default_date)


def _peek(f: BinaryIO) -> bytes:
    return bytes(f.peek(8192)[:8192])  # type: ignore[attr-defined]


SNIFFED = {".xml", ".gz"}  # names that do not say which reader: the content does


def _sniff(head: bytes) -> str:
    """The kind of a stream by its first bytes: a JSON object, a WARC record, an RSS or
    Atom feed, an HTML page, else dated text."""
    start = head.lstrip()[:512].lower()
    if start[:1] == b"{":
        return ".jsonl"
    if start.startswith(b"warc/"):
        return ".warc"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return ".rss"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return ".html"
    return ".txt"


def decode(name: str, data: bytes, on_problem: OnProblem, line: int | None = None
           ) -> str | None:
    """UTF-8 text, or None after reporting where the bytes stop being UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        where = line if line is not None else data[: e.start].count(b"\n") + 1
        on_problem(Problem(f"{name}:{where}", "not UTF-8 text; re-encode the file as UTF-8"))
        return None


def _lines(f: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line over max_line() bytes, which is skipped."""
    number, limit = 0, max_line()
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(1 << 20)
            yield number, None
        else:
            yield number, line


def read_dated_text(name: str, text: str, on_problem: OnProblem,
                    default_date: str | None = None) -> Iterator[Article]:
    """A text file whose first token is `date` followed by an ISO date; the rest is the body.
    Without the header, the whole file is the body, dated `default_date` if there is one."""
    header = DATED_TEXT.match(text)
    if not header and default_date is None:
        on_problem(Problem(f"{name}:1", "no date header: the file must start with "
                                         "'date YYYY-MM-DD' followed by the article text "
                                         "(or pass --date YYYY-MM-DD)"))
        return
    body, day = (text[header.end():], header.group(1)) if header else (text, default_date)
    try:
        yield make_article({"text": body, "date": day}, f"{name}:1")
    except ValueError as e:
        on_problem(Problem(f"{name}:1", str(e)))


def read_jsonl(name: str, f: BinaryIO, on_problem: OnProblem,
               default_date: str | None = None) -> Iterator[Article]:
    for number, raw in _lines(f):
        where = f"{name}:{number}"
        if raw is None:
            on_problem(Problem(where, f"line longer than {max_line():,} bytes, skipped "
                                      f"(${LINE_ENV})"))
            continue
        line = decode(name, raw, on_problem, number)
        if line is None or not line.strip():
            continue
        try:
            fields = load_json(line)
        except json.JSONDecodeError as e:
            on_problem(Problem(where, f"malformed JSON ({e.msg} at column {e.colno})"))
            continue
        except ValueError as e:
            on_problem(Problem(where, str(e)))
            continue
        if not isinstance(fields, dict):
            on_problem(Problem(where, "expected a JSON object with 'text' and 'date'"))
            continue
        yield from _checked(fields, where, on_problem, default_date)


MAX_DEPTH = 64  # nesting of JSON arrays and objects; an article needs two
STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')


def load_json(line: str) -> Any:
    """json.loads, refusing nesting deeper than MAX_DEPTH before the parser recurses."""
    if line.count("[") + line.count("{") > MAX_DEPTH and _depth(line) > MAX_DEPTH:
        raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels; expected one object "
                         "per line with 'text' and 'date'")
    return json.loads(line)


def _depth(line: str) -> int:
    deepest = depth = 0
    for char in STRINGS.sub("", line):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def read_csv(name: str, f: BinaryIO, on_problem: OnProblem,
             default_date: str | None = None) -> Iterator[Article]:
    text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
    csv.field_size_limit(max_chars() + 1)
    reader = csv.DictReader(text)
    try:
        if not reader.fieldnames or "text" not in reader.fieldnames:
            on_problem(Problem(f"{name}:1", "CSV needs a header row with a 'text' column (and "
                                            "'date', optionally 'id', 'title', 'url', 'source')"))
            return
        for row in reader:
            yield from _checked(row, f"{name}:{reader.line_num}", on_problem, default_date)
    except csv.Error as e:
        on_problem(Problem(f"{name}:{reader.line_num}", f"malformed CSV: {e}; the rest of "
                                                          "the file is skipped"))
    except UnicodeDecodeError:
        on_problem(Problem(f"{name}:{reader.line_num + 1}", "not UTF-8 text; the rest of the "
                                                            "file is skipped"))
    finally:
        text.detach()


SURROGATES = re.compile("[\ud800-\udfff]")


def _clean(fields: dict[str, Any], where: str, on_problem: OnProblem) -> dict[str, Any]:
    """Lone surrogates (escaped in JSON, never valid text) become U+FFFD, with a warning."""
    dirty = [k for k, v in fields.items() if isinstance(v, str) and SURROGATES.search(v)]
    if not dirty:
        return fields
    on_problem(Problem(where, f"invalid Unicode (lone surrogates) in {', '.join(dirty)}, "
                              "replaced with U+FFFD", warning=True))
    return {k: SURROGATES.sub("\ufffd", v) if k in dirty else v for k, v in fields.items()}


def _checked(fields: dict[str, Any], where: str, on_problem: OnProblem,
             default_date: str | None = None) -> Iterator[Article]:
    fields = _clean(fields, where, on_problem)
    if default_date is not None and fields.get("date") in (None, ""):
        fields = {**fields, "date": default_date}
    try:
        article = make_article(fields, where)
    except ValueError as e:
        on_problem(Problem(where, str(e)))
        return
    if "date" not in fields:
        on_problem(Problem(where, "no 'date' field; relative dates cannot be resolved and "
                                  "events are undated (pass --date YYYY-MM-DD to date such "
                                  "records)", warning=True))
    yield article
