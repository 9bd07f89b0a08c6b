#!/usr/bin/env python3
"""Median latency of the event API over N synthetic events (a million by default).

usage: python benchmarks/api_latency.py [--events N] [--repeat N] [--db FILE] [--ordered]

Builds a database of N random events (50 actors, 16 PLOVER types, ten years) in random
order, as a backfill would, then runs `Store.compact()` (date order, monthly counts) and
times requests in process through FastAPI's test client: each figure is the median of
--repeat requests after one warm-up. --db keeps the database (and reuses it if it
exists). Goals at 10 million events on 2 cores: first page <= 50 ms, actor-recipient and
type-and-date filters <= 150 ms, dyad series <= 100 ms; at 100 million, every request
under 1 s. TACITUS_MEMORY_LIMIT and TACITUS_THREADS apply.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402

from tacitus import aggregates  # noqa: E402
from tacitus.query import QUADS, row_cursor  # noqa: E402
from tacitus.store import Store  # noqa: E402
from tacitus.web.app import create_app  # noqa: E402

CODES = ["USA", "RUS", "CHN", "PRK", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR", "PSE", "SYR",
         "TUR", "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "NGA", "KEN", "ETH", "SDN", "ZAF",
         "BRA", "MEX", "COL", "VEN", "ARG", "CUB", "JPN", "KOR", "TWN", "VNM", "PHL", "IDN",
         "MMR", "THA", "AUS", "CAN", "POL", "HUN", "SRB", "GRC", "ITA", "ESP", "LBY", "YEM",
         "LBN", "JOR"]
TYPES = [e for events in QUADS.values() for e in events]


def build(path: Path, n: int, ordered: bool = False) -> None:
    """N events (the columns the API reads) in random order, then compacted; or, with
    `ordered`, written in date order as news ingested as it comes is."""
    codes = "[" + ", ".join(f"'{c}'" for c in CODES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    with Store(path) as store:
        store.con.execute(f"""
            INSERT INTO events (id, article_id, event, date, actor_code, actor_codes,
                                recipient_code, recipient_codes, sentence, start, "end",
                                trigger, negated, hypothetical, confidence)
            SELECT 'e' || i, 'a' || (i // 3), {types}[1 + (hash(i) % 16)::INT],
                   DATE '2015-01-01' + (hash(i * 7) % 3650)::INT,
                   {codes}[1 + (hash(i * 3) % 50)::INT] AS a, [a],
                   {codes}[1 + (hash(i * 5) % 50)::INT] AS r, [r],
                   'synthetic sentence ' || i, 0, 9, 'synthetic', false, false, 0.5
            FROM range({n}) t(i){" ORDER BY 4" if ordered else ""}""")
        start = time.perf_counter()
        if ordered:
            aggregates.rebuild(store.con)
            print(f"counted by month in {time.perf_counter() - start:.1f} s")
        else:
            store.compact()
            print(f"compacted (date order, monthly counts) in "
                  f"{time.perf_counter() - start:.1f} s")


def median_ms(client: TestClient, url: str, params: dict[str, str], repeat: int) -> float:
    assert client.get(url, params=params).status_code == 200  # warm-up
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url, params=params)
        runs.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", type=Path, help="keep the database here (reused if present)")
    parser.add_argument("--ordered", action="store_true",
                        help="write the events in date order (no compaction)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            start = time.perf_counter()
            build(db, args.events, args.ordered)
            print(f"built {args.events:,} synthetic events in "
                  f"{time.perf_counter() - start:.1f} s")
        client = TestClient(create_app(db))
        deep = client.get("/api/events", params={"offset": "49950"}).json()["events"][-1]
        after = row_cursor(deep)
        cases = [
            ("/api/events", {}),
            ("/api/events", {"actor": "PRK", "recipient": "RUS"}),
            ("/api/events", {"event": "ASSAULT", "since": "2020-01-01", "limit": "100"}),
            ("/api/dyads", {"a": "PRK", "b": "RUS"}),
            ("/api/dyads", {"a": "USA", "b": "CHN"}),
            ("/api/series", {"actor": "USA"}),
            ("/api/network", {"limit": "100"}),
            ("/api/events", {"offset": "49950"}),  # page 1,000 by offset
            ("/api/events", {"after": after}),  # page 1,001 by keyset
        ]
        for url, params in cases:
            shown = "&".join(f"{k}={v[:12]}" for k, v in params.items())
            print(f"{url + ('?' + shown if shown else ''):<58} "
                  f"median {median_ms(client, url, params, args.repeat):7.1f} ms")


if __name__ == "__main__":
    main()
