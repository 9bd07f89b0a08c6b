#!/usr/bin/env python3
"""Throughput of `tacitus extract` against spaCy's own nlp.pipe: over the demo corpus's
short items and over synthetic full-length articles.

usage: python benchmarks/throughput.py [--repeat N] [--model NAME]

Both timings use the same loaded pipeline and the same texts in the same run; each is
the median of N runs after a warm-up, the two taking turns. The ratio extract/parse is the
overhead of everything Tacitus does beyond parsing (reading, events, actors, JSON
records); goals 1.3 on the short items, 1.2 on full-length articles (about 2,700
characters, built from the bundled texts as benchmarks/news_day.py does). Last, the
time to build the record of one long article at two lengths: it should grow in step.
"""
from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from tacitus.data import demo_sources
from tacitus.ingest import read_articles
from tacitus.model import Article
from tacitus.nlp import describe, load
from tacitus.pipeline import Knowledge, extract_records, record_of

sys.path.insert(0, str(Path(__file__).parent))
import news_day  # noqa: E402


def timed(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """The median time of each function, run in turn (a, b, a, b, ...) so that a slower
    or faster spell of a shared machine falls on both alike."""
    for fn in fns:
        fn()  # warm-up: caches, lazy loads
    runs: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, times in zip(fns, runs):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in runs]


def report(articles: list[Article], name: str, goal: float, nlp: Language,
           knowledge: Knowledge, repeat: int) -> None:
    """Parse alone against extract over the same articles, alternately."""
    texts = [a.text for a in articles]

    def parse_only() -> None:
        for _ in nlp.pipe(texts, batch_size=32):
            pass

    def extract() -> None:
        out = io.StringIO()
        for record in extract_records(iter(articles), nlp, knowledge):
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")

    parse_s, extract_s = timed([parse_only, extract], repeat)
    chars = sum(len(t) for t in texts)
    print(f"corpus           {len(texts)} articles, {chars:,} characters ({name})")
    print(f"spaCy nlp.pipe   {parse_s:.3f} s  ({len(texts) / parse_s:.0f} articles/s)")
    print(f"tacitus extract  {extract_s:.3f} s  ({len(texts) / extract_s:.0f} articles/s)")
    print(f"ratio            {extract_s / parse_s:.2f}  (goal <= {goal})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = load(args.model)
    knowledge = Knowledge.load()
    articles = list(read_articles(demo_sources(), lambda p: None))

    print(f"model            {describe(nlp)}")
    report(articles, "demo corpus", 1.3, nlp, knowledge, args.repeat)
    full = [Article(r["id"], r["text"], r["date"]) for r in news_day.articles(60)]
    report(full, "synthetic full-length articles, as benchmarks/news_day.py builds them", 1.2,
           nlp, knowledge, args.repeat)

    # One long article: the demo corpus's first report repeated, so that anything that
    # grows faster than the text (a loop over the article inside a loop over mentions) shows.
    for copies in (10, 40):
        long = Article(id="long", text="\n\n".join([articles[0].text] * copies),
                       date=articles[0].date)
        doc = nlp(long.text)
        start = time.perf_counter()
        record_of(doc, long, knowledge)
        took = time.perf_counter() - start
        print(f"long article     {len(long.text):,} characters: records in {took:.2f} s "
              f"after parsing")


if __name__ == "__main__":
    main()
