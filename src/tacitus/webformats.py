"""Articles from the web's own formats: saved pages, RSS/Atom feeds and web archives.

* A web page (`.html`): its main text without navigation, adverts and comments, with its
  title, canonical URL (also its id), site name and publication date from the page's
  metadata (Open Graph and `article:published_time`, JSON-LD `datePublished`, `<time>`,
  meta tags), through trafilatura.
* A feed (RSS 2.0, RSS 1.0, Atom; through feedparser): one article per item, with its
  title, link, published date and content (or summary), HTML stripped.
* A web archive (`.warc`, `.warc.gz`; through warcio): every HTML response record is a
  page, read as above, with the record's URL, and the record's date where the page gives
  none. Records are streamed: an archive is never held whole in memory.

A page or item without a date of its own takes the reader's default date (`--date`), or
is skipped with a message that says so.
"""
from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO
from urllib.parse import urlparse

from .ingest import OnProblem, Problem, check_date, make_article, max_chars
from .model import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
NO_DATE = ("no publication date in the page's metadata; pass --date YYYY-MM-DD to date "
           "it")


def page_fields(html: str | bytes, url: str | None = None) -> dict[str, Any] | None:
    """Text, title, url, source and date of a web page, or None when it has no main text."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html, url=url, fast=True, with_metadata=True, include_comments=False,
            include_tables=False, as_dict=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        return None
    link = doc.get("url") or url
    return {"text": _paragraphs(doc["text"], doc.get("title")), "title": doc.get("title"),
            "url": _http(link), "source": doc.get("sitename") or doc.get("hostname") or
            _host(link), "date": doc.get("date")}


def _paragraphs(text: str, title: str | None) -> str:
    """The page's paragraphs, a blank line between them (no sentence runs across two),
    without a first line that only repeats the title (the headline is the `title`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    return "\n\n".join(lines)


def read_html(name: str, data: bytes, on_problem: OnProblem,
              default_date: str | None = None) -> Iterator[Article]:
    """One saved web page."""
    fields = page_fields(data)
    if fields is None:
        on_problem(Problem(name, "no article text found in this web page"))
        return
    yield from _article({**fields, "id": fields["url"]}, name, on_problem, default_date)


def read_feed(name: str, data: bytes, on_problem: OnProblem,
              default_date: str | None = None) -> Iterator[Article]:
    """Every item of an RSS or Atom feed, numbered as `file#item`."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        on_problem(Problem(name, f"not a readable RSS or Atom feed ({feed.bozo_exception})"))
        return
    source = (feed.feed.get("title") or "").strip() or _host(feed.feed.get("link"))
    if not feed.entries:
        on_problem(Problem(name, "feed has no items"))
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{name}#{number}"
        body = next((c.get("value") for c in entry.get("content") or () if c.get("value")),
                    None) or entry.get("summary") or entry.get("description") or ""
        text = _plain(body)
        if not text:
            on_problem(Problem(where, "feed item has no content or summary; skipped"))
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        day = date(*parsed[:3]).isoformat() if parsed else None  # feedparser gives UTC
        fields = {"id": entry.get("id") or entry.get("link"), "text": text,
                  "title": entry.get("title"), "url": _http(entry.get("link")),
                  "source": source or _host(entry.get("link")), "date": day}
        yield from _article(fields, where, on_problem, default_date)


def read_warc(name: str, f: BinaryIO, on_problem: OnProblem,
              default_date: str | None = None) -> Iterator[Article]:
    """Every HTML response record of a WARC file (plain or gzipped), numbered `file#n`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(f):
            if record.rec_type != "response":
                continue
            number += 1
            where = f"{name}#{number}"
            http = record.http_headers
            kind = (http.get_header("Content-Type") or "").lower() if http else ""
            if not kind.startswith(HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(max_chars() * 4 + 1)
            if len(body) > max_chars() * 4:
                on_problem(Problem(where, f"page {url} is over {max_chars() * 4:,} bytes; "
                                          "skipped"))
                continue
            fields = page_fields(body, url)
            if fields is None:
                on_problem(Problem(where, f"no article text in {url}; skipped"))
                continue
            fields["url"] = fields["url"] or _http(url)
            fields["id"] = fields["url"]  # the page's own canonical URL, else the crawled one
            crawled = record.rec_headers.get_header("WARC-Date")
            fields["date"] = fields["date"] or (crawled[:10] if crawled else None)
            yield from _article(fields, where, on_problem, default_date)
    except (ArchiveLoadFailed, OSError, ValueError) as e:
        on_problem(Problem(f"{name}#{number + 1}", f"damaged web archive ({e}); the rest of "
                                                   "the file is skipped"))


def _article(fields: dict[str, Any], where: str, on_problem: OnProblem,
             default_date: str | None) -> Iterator[Article]:
    try:
        day = check_date(fields.get("date"))
    except ValueError:
        day = None  # a malformed date in a page's metadata: as if there were none
    if day is None and default_date is None:
        on_problem(Problem(where, NO_DATE))
        return
    try:
        yield make_article({**fields, "date": day or default_date}, where)
    except ValueError as e:
        on_problem(Problem(where, str(e)))


def _plain(html: str) -> str:
    """The text of an HTML fragment (a feed item's content), paragraphs on their own lines."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().splitlines()
                     if line.strip())


def _http(url: str | None) -> str | None:
    """A link, kept only when it is http(s)."""
    return url if url and urlparse(url).scheme in {"http", "https"} else None


def _host(url: str | None) -> str | None:
    return urlparse(url).hostname if url and _http(url) else None
