#!/usr/bin/env python3
"""Fit src/tacitus/data/confidence.tsv: the share of right events in each bucket of
extract/confidence.py, on half A of the running-text development gold (half B stays
unread and measures it: `python scripts/fit_confidence.py GOLD --report B`).

usage: python scripts/fit_confidence.py ../shared/data/plover_wcep_docs_dev.jsonl [--report B]

An event is right when it matches a gold event of its type (as `tacitus evaluate` pairs
them). Each bucket's share is smoothed toward the overall share with PRIOR pseudo-events.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tacitus.evaluate import _pair, half_of, read_gold
from tacitus.extract.confidence import bucket
from tacitus.pipeline import Pipeline

OUT = Path(__file__).resolve().parent.parent / "src" / "tacitus" / "data" / "confidence.tsv"
PRIOR = 4.0
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9)


def labelled(gold_file: Path, half: str) -> list[tuple[str, float, bool]]:
    """(bucket, confidence, right) of every live predicted event of one half."""
    gold = [g for g in read_gold(gold_file) if half_of(g.article.id) == half]
    out = []
    for g, record in zip(gold, Pipeline.load().extract(g.article for g in gold)):
        live = [e for e in record.events if not e.negated and not e.hypothetical]
        right = {id(e) for _, e, _ in _pair(list(g.events or ()), live)}
        out += [(bucket(e), e.confidence, id(e) in right) for e in live]
    return out


def fit(events: list[tuple[str, float, bool]]) -> dict[str, float]:
    total, right = Counter(b for b, _, _ in events), Counter(b for b, _, r in events if r)
    overall = sum(right.values()) / max(1, sum(total.values()))
    table = {b: (right[b] + PRIOR * overall) / (total[b] + PRIOR) for b in total}
    table["*"] = overall
    return table


def report(events: list[tuple[str, float, bool]]) -> None:
    print(f"{len(events)} events, {sum(r for _, _, r in events)} right")
    for c in THRESHOLDS:
        kept = [r for _, conf, r in events if conf >= c]
        share = sum(kept) / len(kept) if kept else 0.0
        print(f"confidence >= {c:.2f}: {len(kept):3d} events, {share:.2f} right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--report", choices=["A", "B"], help="only report on this half")
    args = parser.parse_args()
    if args.report:
        report(labelled(args.gold, args.report))
        return
    table = fit(labelled(args.gold, "A"))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("bucket\tconfidence\n")
        for name, value in sorted(table.items()):
            f.write(f"{name}\t{value:.3f}\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
