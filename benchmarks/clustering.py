#!/usr/bin/env python3
"""What finding copies and clustering events costs when writing, per 10,000 events.

usage: python benchmarks/clustering.py [--events N] [--batch N]

Synthetic records (one event each, 40 dyads of 8 types over a year, articles of 60
words so that each gets a MinHash signature) are written twice into fresh databases in
the same run: once as Tacitus writes (copies found, clusters updated), once with both
steps turned off. The difference, per 10,000 events, is their cost.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tacitus import stories
from tacitus.model import Actor, Article, Event, Evidence, Record
from tacitus.store import Store

CODES = ["USA", "RUS", "CHN", "UKR", "IRN", "ISR", "TUR", "SYR", "IND", "PAK"]
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "AID", "THREATEN", "REQUEST", "COERCE", "AGREE"]
WORDS = ("talks border minister said government forces city villages troops officials "
         "week attack aid deal agreed visit capital report statement police").split()


def records(n: int, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out = []
    for i in range(n):
        a, b = rng.sample(CODES, 2)
        day = (start + timedelta(days=rng.randrange(365))).isoformat()
        text = " ".join(rng.choice(WORDS) for _ in range(60))
        e = Event(rng.choice(TYPES), None, day, (Actor(a, None, a, None),),
                  (Actor(b, None, b, None),), (Evidence(text[:80], 0, 5, text[:5]),))
        out.append(Record(Article(f"s{i}", text, day, source=f"src{i % 50}"), events=(e,)))
    return out


def write_all(batch: list[list[Record]], folder: Path, name: str) -> float:
    with Store(folder / f"{name}.duckdb") as store:
        start = time.perf_counter()
        for chunk in batch:
            store.write(chunk, "bench")
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    chunks = [records(args.events)[i:i + args.batch]
              for i in range(0, args.events, args.batch)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        full = write_all(chunks, folder, "full")
        settle, recluster = stories.settle, stories.recluster
        stories.settle = lambda con, ids: 0  # type: ignore[assignment]
        stories.recluster = lambda con, ids: None  # type: ignore[assignment]
        try:
            plain = write_all(chunks, folder, "plain")
        finally:
            stories.settle, stories.recluster = settle, recluster
    per = 10_000 / args.events
    print(json.dumps({"events": args.events, "batch": args.batch,
                      "write_seconds": round(full, 2), "without_seconds": round(plain, 2),
                      "cost_seconds_per_10k_events": round((full - plain) * per, 2),
                      "ratio": round(full / plain, 2)}, indent=2))


if __name__ == "__main__":
    main()
