#!/usr/bin/env python3
"""Throughput of the distributed ingest with 1 and 2 local Dask workers, same input.

usage: python benchmarks/distributed.py [--copies N]

The input is the demo corpus repeated N times (new ids, so nothing is skipped). Each run
starts its own LocalCluster, so the figures include starting the workers and loading the
spaCy pipeline in each, as a user's run does.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tacitus.data import demo_sources
from tacitus.distributed import Job, run


def corpus(folder: Path, copies: int) -> Path:
    source = next(s for s in demo_sources() if s.endswith(".jsonl"))
    items = [json.loads(line) for line in Path(source).read_text(encoding="utf-8").splitlines()]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for item in items:
                out.write(json.dumps({**item, "id": f"{item['id']}-{n}"}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus(Path(tmp), args.copies)
        seconds = {}
        for workers in (1, 2):
            job = Job(str(Path(tmp) / f"parts-{workers}"), "tacitus benchmark")
            start = time.perf_counter()
            progress = run([str(path)], job, lambda p: None, workers=workers)
            seconds[workers] = time.perf_counter() - start
            print(f"{workers} worker{'s' if workers > 1 else ' '}  {progress.articles} articles "
                  f"in {seconds[workers]:.1f} s  ({progress.articles / seconds[workers]:.0f} "
                  "articles/s)")
        print(f"speed-up with 2 workers: {seconds[1] / seconds[2]:.2f}x (ideal 2x)")


if __name__ == "__main__":
    main()
