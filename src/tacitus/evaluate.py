"""Score extracted events against gold PLOVER events, as docs/EVALUATION.md defines.

Gold: JSON Lines, one sentence per line: {"id", "text", "date", "events": [{"type",
"source": [{"code"}...], "target": [{"code"}...]}]}. Negated and hypothetical predictions
count as not predicted. Codes compare on their first three letters.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .model import Article, Record


@dataclass(frozen=True)
class GoldEvent:
    type: str
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass(frozen=True)
class GoldSentence:
    article: Article
    events: tuple[GoldEvent, ...]


def _codes(side: Any) -> frozenset[str]:
    items = side if isinstance(side, list) else [side] if side else []
    return frozenset(str(a.get("code") or "")[:3].upper() for a in items
                     if isinstance(a, dict) and a.get("code"))


def read_gold(path: Path) -> Iterator[GoldSentence]:
    """Gold sentences; a malformed line raises GoldError naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read the gold file ({e})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            events = tuple(GoldEvent(str(e["type"]), _codes(e.get("source")),
                                     _codes(e.get("target"))) for e in row["events"])
            article = Article(id=str(row.get("id") or number), text=row["text"],
                              date=row.get("date"), origin=f"{path}:{number}")
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
            raise GoldError(f"{path}:{number}: not a gold record with 'text' and 'events' "
                            f"[{{'type', 'source', 'target'}}] ({e!r})") from None
        yield GoldSentence(article, events)


@dataclass
class TypeCounts:
    gold: int = 0
    hit: int = 0
    predicted: int = 0

    def scores(self) -> dict[str, float]:
        p = self.hit / self.predicted if self.predicted else 0.0
        r = self.hit / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class EventScore:
    sentences: int = 0
    total: TypeCounts = field(default_factory=TypeCounts)
    full_hits: int = 0
    per_type: dict[str, TypeCounts] = field(default_factory=dict)
    actor: list[bool] = field(default_factory=list)
    recipient: list[bool] = field(default_factory=list)

    def add(self, gold: GoldSentence, record: Record) -> None:
        live = [e for e in record.events if not e.negated and not e.hypothetical]
        types = {e.event for e in live}
        self.sentences += 1
        self.total.predicted += len(types)
        for t in types:
            self.per_type.setdefault(t, TypeCounts()).predicted += 1
        for g in gold.events:
            self.total.gold += 1
            counts = self.per_type.setdefault(g.type, TypeCounts())
            counts.gold += 1
            if g.type not in types:
                continue
            self.total.hit += 1
            counts.hit += 1
            same = [e for e in live if e.event == g.type]
            actor_ok = _side_ok(g.sources, [e.actor for e in same], self.actor)
            recipient_ok = _side_ok(g.targets, [e.recipient for e in same], self.recipient)
            self.full_hits += actor_ok and recipient_ok

    def report(self) -> dict[str, Any]:
        gold_types = sorted(t for t, c in self.per_type.items() if c.gold)
        macro = [self.per_type[t].scores()["f1"] for t in gold_types]
        full = TypeCounts(self.total.gold, self.full_hits, self.total.predicted).scores()
        return {
            "sentences": self.sentences, "gold_events": self.total.gold,
            "type": self.total.scores(),
            "macro_f1": sum(macro) / len(macro) if macro else 0.0,
            "actor_accuracy": _share(self.actor), "actor_checked": len(self.actor),
            "recipient_accuracy": _share(self.recipient),
            "recipient_checked": len(self.recipient),
            "full_f1": full["f1"],
            "per_type": {t: {**c.scores(), "gold": c.gold, "predicted": c.predicted}
                         for t, c in sorted(self.per_type.items())},
        }


def _side_ok(gold: frozenset[str], predicted: Iterable[Any], tally: list[bool]) -> bool:
    """True when gold has no codes, else whether some prediction names a gold code."""
    if not gold:
        return True
    found = any((a.code or "")[:3].upper() in gold for side in predicted for a in side)
    tally.append(found)
    return found


def _share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def format_report(report: dict[str, Any]) -> str:
    t = report["type"]
    lines = [
        f"sentences {report['sentences']}, gold events {report['gold_events']}",
        f"event type   P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}"
        f"   macro F1 {report['macro_f1']:.3f}",
        f"actor accuracy     {report['actor_accuracy']:.3f} (of {report['actor_checked']})",
        f"recipient accuracy {report['recipient_accuracy']:.3f} "
        f"(of {report['recipient_checked']})",
        f"full F1 (type + actor + recipient) {report['full_f1']:.3f}",
        "", f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}",
    ]
    for name, s in report["per_type"].items():
        lines.append(f"{name:<10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['gold']:5d} {s['predicted']:5d}")
    return "\n".join(lines)


# ---- places ---------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldSpan:
    """A gold place, time or quote: a character span with what it should resolve to."""

    start: int
    end: int
    attrs: dict[str, Any]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(
        r(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def match_spans(predicted: list[tuple[int, int]], gold: list[GoldSpan],
                covers: bool = False) -> list[tuple[int, int]]:
    """(prediction index, gold index) pairs, each used once. Overlap decides a match, or
    with covers=True, a prediction covering at least half of the gold span."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, (start, end) in enumerate(predicted):
            if pi in used:
                continue
            overlap = min(end, g.end) - max(start, g.start)
            if (overlap >= (g.end - g.start) / 2) if covers else overlap > 0:
                pairs.append((pi, gi))
                used.add(pi)
                break
    return pairs


@dataclass
class SpanScore:
    """Recognition by span, plus a per-match check (distance, value, speaker)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    checks: list[bool] = field(default_factory=list)
    errors_km: list[float] = field(default_factory=list)

    def report(self, check_name: str) -> dict[str, Any]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        out: dict[str, Any] = {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            check_name: _share(self.checks)}
        if check_name == "acc_161km":
            errors = sorted(self.errors_km)
            out["median_error_km"] = errors[len(errors) // 2] if errors else None
        elif check_name == "value_accuracy":
            hits = sum(self.checks)
            vp = hits / self.predicted if self.predicted else 0.0
            vr = hits / self.gold if self.gold else 0.0
            out["value_f1"] = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        return out


def score_places(score: SpanScore, gold: list[GoldSpan], record: Record) -> None:
    places = list(record.places)
    score.gold += len(gold)
    score.predicted += len(places)
    for pi, gi in match_spans([(p.start, p.end) for p in places], gold):
        score.matched += 1
        p, g = places[pi], gold[gi].attrs
        if p.lat is None or p.lon is None or g.get("lat") is None:
            score.checks.append(False)
            continue
        error = km(p.lat, p.lon, float(g["lat"]), float(g["lon"]))
        score.errors_km.append(error)
        score.checks.append(error <= 161.0)
