#!/usr/bin/env python3
"""A day of news: `tacitus ingest` over N synthetic full-length articles, with one
process and with --workers 2, projected to 100,000 articles.

usage: python benchmarks/news_day.py [--articles N] [--workers 2]

The articles are built from the bundled demo corpus: the seed report and runs of eleven
to fifteen Current Events items, about 2,500 characters each like the newswire articles
Tacitus is measured on, with distinct ids, dates and a small rewrite each (an article
number in the first sentence, the items in another order), so that nothing is skipped as
unchanged and no two are copies of one story. Each run ingests into a fresh database as
a user would (`tacitus ingest FILE --db ...`, a new process, the model load included),
once with a third of the articles and once with all: the difference gives the rate
without the start-up (model load, Dask workers), which the projection adds once. Peak
memory is the largest resident set of the processes (the Dask workers included).
Goal: 100,000 articles projected under 2 hours on 2 cores, under 2 GB per process.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tacitus.data import demo_sources
from tacitus.ingest import read_articles

TARGET = 100_000


def articles(n: int) -> list[dict[str, str]]:
    items = list(read_articles(demo_sources(), lambda p: None))
    seed, short = items[0], [a for a in items[1:] if len(a.text) > 80]
    rng = random.Random(7)
    out = []
    for i in range(n):
        if i % 10 == 0:
            paragraphs = seed.text.split("\n\n")
            rng.shuffle(paragraphs[1:])
            body = "\n\n".join(paragraphs)
        else:
            body = "\n\n".join(a.text for a in rng.sample(short, rng.randint(11, 15)))
        body = f"Report {i} of the day. " + body
        out.append({"id": f"day-{i}", "date": f"2015-09-{1 + i % 28:02d}",
                    "title": f"Synthetic report {i}", "source": f"wire{i % 7}",
                    "text": body})
    return out


# Run the ingest under a fresh Python that reports the largest resident set among its
# descendants (the ingest, and with --workers its Dask workers), in KiB.
MEASURE = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], "
           "capture_output=True).returncode; "
           "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def ingest(corpus: Path, db: Path, workers: int) -> tuple[float, int, int]:
    """Seconds, exit status and peak resident memory (bytes) of one ingest."""
    command = [sys.executable, "-m", "tacitus", "ingest", str(corpus), "--db", str(db)]
    if workers > 1:
        command += ["--workers", str(workers)]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                          text=True, check=True)
    seconds = time.perf_counter() - start
    status, peak = (int(v) for v in done.stdout.split())
    return seconds, status, peak * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = articles(args.articles)
    chars = sum(len(r["text"]) for r in rows) / len(rows)
    print(f"{len(rows)} synthetic articles, {chars:,.0f} characters on average")
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "third.jsonl", Path(tmp) / "day.jsonl"
        third = rows[:len(rows) // 3]
        small.write_text("".join(json.dumps(r) + "\n" for r in third), encoding="utf-8")
        big.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        for workers in (1, args.workers):
            t1, _, _ = ingest(small, Path(tmp) / f"third{workers}.duckdb", workers)
            t2, status, peak = ingest(big, Path(tmp) / f"day{workers}.duckdb", workers)
            rate = (len(rows) - len(third)) / (t2 - t1)  # without the start-up both pay
            start = t2 - len(rows) / rate
            print(f"{workers} process{'es' if workers > 1 else ''}: {len(rows)} articles in "
                  f"{t2:6.1f} s (start-up {start:4.1f} s), {rate:5.2f} articles/s, peak "
                  f"memory {peak / 2**30:.2f} GB per process, exit {status}; {TARGET:,} "
                  f"articles projected in {(start + TARGET / rate) / 3600:.1f} h")


if __name__ == "__main__":
    main()
