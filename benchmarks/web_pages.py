#!/usr/bin/env python3
"""Pages per second for reading saved web pages, against parsing them with lxml alone.

usage: python benchmarks/web_pages.py [--pages N] [--repeat N]

The pages are built in the run: each demo article wrapped in the navigation, sidebar,
comments, metadata and footer of a typical news page (about 6 kB of chrome). Both timings
read the same bytes in the same run, taking turns; each is the median of N runs after a
warm-up. The ratio is what finding the main text and the metadata costs over merely
parsing the HTML.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import timed  # noqa: E402

from tacitus.data import demo_sources  # noqa: E402
from tacitus.ingest import read_articles  # noqa: E402
from tacitus.webformats import page_fields  # noqa: E402

CHROME = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))


def page(n: int, title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split(". ") if p)
    return (f'<!DOCTYPE html><html><head><title>{html.escape(title)} - Daily</title>'
            f'<meta property="og:site_name" content="The Daily">'
            f'<meta property="article:published_time" content="2015-09-{1 + n % 28:02d}">'
            f'<link rel="canonical" href="https://daily.example.org/{n}"></head><body>'
            f"<nav><ul>{CHROME}</ul></nav><aside><h3>Most read</h3><ul>{CHROME}</ul></aside>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            f'<div class="comments"><p>Comment {n}</p></div><footer>{CHROME}</footer>'
            f"</body></html>").encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import lxml.html

    articles = list(read_articles(demo_sources(), lambda p: None))[:args.pages]
    pages = [page(n, a.title or a.text[:60], a.text) for n, a in enumerate(articles)]
    read, parse = timed([lambda: [page_fields(p) for p in pages],
                         lambda: [lxml.html.fromstring(p).text_content() for p in pages]],
                        args.repeat)
    print(json.dumps({"pages": len(pages), "mean_bytes": sum(map(len, pages)) // len(pages),
                      "pages_per_second": round(len(pages) / read, 1),
                      "lxml_parse_pages_per_second": round(len(pages) / parse, 1),
                      "ratio_read_over_parse": round(read / parse, 2)}, indent=2))


if __name__ == "__main__":
    main()
