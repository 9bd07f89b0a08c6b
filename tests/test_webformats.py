"""Web pages, feeds and web archives as input (files written by the tests; nothing fetched)."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from tacitus.ingest import Problem, read_articles, read_stream

PAGE = """<!DOCTYPE html><html><head><title>Port reopens - The Harbour Post</title>
<meta property="og:title" content="Port of Tema reopens after strike">
<meta property="og:site_name" content="The Harbour Post">
<link rel="canonical" href="https://harbour.example.org/news/port-reopens">
<meta property="article:published_time" content="2024-05-02T08:30:00Z">
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
</head><body><nav><a href="/">Home</a> | <a href="/sport">Sport</a> | Subscribe now</nav>
<article><h1>Port of Tema reopens after strike</h1>
<p>Dock workers in Tema ended a nine-day strike on Thursday after the port authority
agreed to raise their wages, the union said.</p>
<p>Ghana's transport ministry welcomed the agreement and said ships would be unloaded
again from Friday morning.</p></article>
<div class="comments"><h3>Comments</h3><p>First! Totally agree with this.</p></div>
<footer>Copyright 2024 The Harbour Post. All rights reserved.</footer></body></html>"""

UNDATED = PAGE.replace('<meta property="article:published_time" content="2024-05-02T08:30:00Z">',
                       "")

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coast Wire</title><link>https://wire.example.org/</link>
<item><title>Fishermen block harbour</title><link>https://wire.example.org/1</link>
<guid>wire-1</guid><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Fishermen blocked the harbour at Elmina on Thursday.&lt;/p&gt;
&lt;p&gt;Police &lt;b&gt;watched&lt;/b&gt; from the quay.&lt;/p&gt;</description></item>
<item><title>Talks resume</title><link>https://wire.example.org/2</link><guid>wire-2</guid>
<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate>
<description>Ghana and Togo resumed border talks in Lome on Friday.</description></item>
<item><title>Nothing here</title><link>javascript:alert(1)</link><guid>wire-3</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Delta Notes</title>
<entry><title>Ferry resumes</title><id>urn:delta:7</id>
<link href="https://delta.example.org/7"/><updated>2024-04-30T12:00:00Z</updated>
<content type="html">&lt;p&gt;The ferry to Ada resumed service on Tuesday.&lt;/p&gt;</content>
</entry></feed>"""


def read(name: str, data: bytes, default_date: str | None = None
         ) -> tuple[list, list[Problem]]:  # type: ignore[type-arg]
    problems: list[Problem] = []
    return list(read_stream(name, data, problems.append, None,
                            default_date)), problems


def test_a_saved_page_gives_its_text_date_title_url_and_site() -> None:
    [article], problems = read("saved/page.html", PAGE.encode())
    assert problems == []
    assert article.date == "2024-05-02" and article.source == "The Harbour Post"
    assert article.url == article.id == "https://harbour.example.org/news/port-reopens"
    assert article.title == "Port of Tema reopens after strike"
    assert "nine-day strike" in article.text and "unloaded" in article.text
    for chrome in ("Subscribe", "First!", "Copyright", "Port of Tema reopens after strike"):
        assert chrome not in article.text  # navigation, comments, footer, the headline
    assert "\n\n" in article.text  # paragraphs stay apart: no sentence runs across two


def test_a_page_without_a_date_says_how_to_give_one() -> None:
    articles, [problem] = read("saved/undated.html", UNDATED.encode())
    assert articles == [] and problem.where == "saved/undated.html"
    assert "--date YYYY-MM-DD" in problem.message
    [article], problems = read("saved/undated.html", UNDATED.encode(), "2024-05-09")
    assert article.date == "2024-05-09" and problems == []


def test_a_feed_gives_one_article_per_item_and_reports_an_empty_one() -> None:
    articles, problems = read("coast.xml", FEED.encode())
    assert [a.id for a in articles] == ["wire-1", "wire-2"]
    first = articles[0]
    assert (first.date, first.title, first.url, first.source) == (
        "2024-05-02", "Fishermen block harbour", "https://wire.example.org/1", "Coast Wire")
    assert first.text == "Fishermen blocked the harbour at Elmina on Thursday.\n" \
                         "Police watched from the quay."
    assert [p.where for p in problems] == ["coast.xml#3"]
    [entry], _ = read("delta.atom", ATOM.encode())
    assert entry.date == "2024-04-30" and entry.url == "https://delta.example.org/7"
    assert entry.text == "The ferry to Ada resumed service on Tuesday."


def _warc(path: Path, compressed: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compressed)
        for url, body, kind in [
                ("https://harbour.example.org/news/port-reopens", PAGE.encode(), "text/html"),
                ("https://harbour.example.org/logo.png", b"\x89PNG\r\n", "image/png"),
                ("https://other.example.net/a", UNDATED.replace(
                    "https://harbour.example.org/news/port-reopens",
                    "https://other.example.net/a").encode(), "text/html; charset=utf-8")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-06T10:00:00Z"}))


@pytest.mark.parametrize("name, compressed", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_a_web_archive_gives_one_article_per_html_page(tmp_path: Path, name: str,
                                                       compressed: bool) -> None:
    path = tmp_path / name
    _warc(path, compressed)
    problems: list[Problem] = []
    articles = list(read_articles([str(path)], problems.append))
    assert problems == []
    assert [(a.url, a.date) for a in articles] == [
        ("https://harbour.example.org/news/port-reopens", "2024-05-02"),  # the page's date
        ("https://other.example.net/a", "2024-05-06")]  # none in the page: the crawl's


def test_a_damaged_archive_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    _warc(path, False)
    data = path.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    path.write_bytes(data[:second] + b"not a record\r\n\r\n" + data[second:])
    problems: list[Problem] = []
    articles = list(read_articles([str(path)], problems.append))
    assert [a.url for a in articles] == ["https://harbour.example.org/news/port-reopens"]
    [problem] = problems
    assert problem.where == f"{path}#2" and "damaged web archive" in problem.message


def test_formats_are_sniffed_when_the_name_does_not_say(tmp_path: Path) -> None:
    [page], _ = read("<stdin>", PAGE.encode())
    assert page.source == "The Harbour Post"
    feed, _ = read("<stdin>", gzip.compress(FEED.encode()))
    assert len(feed) == 2


def test_a_text_without_a_date_header_takes_the_default_date() -> None:
    articles, [problem] = read("notes.txt", b"Police arrested ten men in Accra.")
    assert articles == [] and "--date" in problem.message
    [article], problems = read("notes.txt", b"Police arrested ten men in Accra.", "2024-05-02")
    assert article.date == "2024-05-02" and problems == []
    [record], problems = read("r.jsonl", b'{"id": "x", "text": "Police arrested ten men."}',
                              "2024-05-02")
    assert record.date == "2024-05-02" and problems == []
