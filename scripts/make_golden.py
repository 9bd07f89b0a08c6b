#!/usr/bin/env python3
"""Remake tests/golden/demo_records.jsonl.gz: the records of the bundled demo corpus (the
seed article first), which test_pipeline compares with. Run it only when a change of output
is intended, and say in the commit what changed.

usage: python scripts/make_golden.py
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from tacitus.data import demo_sources
from tacitus.ingest import read_articles
from tacitus.pipeline import Pipeline

OUT = Path(__file__).resolve().parent.parent / "tests" / "golden" / "demo_records.jsonl.gz"


def main() -> None:
    sources = sorted(demo_sources(), key=lambda s: not s.endswith(".txt"))
    records = Pipeline.load().extract(read_articles(sources, print))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        for record in records:
            f.write((json.dumps(record.to_json(), ensure_ascii=False) + "\n").encode())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
