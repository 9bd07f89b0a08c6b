"""Score extraction against gold: events, places, times and quotes.

Gold is JSON Lines, one text per line, {"id", "text", "date", ...} with any of:
  "events":       [{"type", "source": [{"code"}...], "target": [{"code"}...]}]
  "toponyms":     [{"start", "end", "lat", "lon"}]
  "timexes":      [{"start", "end", "value", "type"}]
  "attributions": [{"speaker": {"start", "end", "text"}, "cue": {...},
                    "content": {"start", "end"}}]
A TimeML file or folder of them (TimeBank, TempEval-3) is read as times gold.
Events: per text the predicted types form a set; negated and hypothetical predictions
count as not predicted; codes compare on their first three letters. Places and times
match gold by overlapping spans, quotes when they cover half the gold content; each
prediction is used once.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .errors import GoldError
from .model import Article, Record
from .resolve.places import km


@dataclass(frozen=True)
class GoldEvent:
    type: str
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass(frozen=True)
class GoldSentence:
    """One gold text. `running` marks running-text event gold (every event of the item,
    possibly none, with `actor`/`recipient` sides), scored as such."""

    article: Article
    events: tuple[GoldEvent, ...] | None = None
    toponyms: list[GoldSpan] | None = None
    timexes: list[GoldSpan] | None = None
    attributions: list[GoldSpan] | None = None
    running: bool = False


@dataclass(frozen=True)
class GoldSpan:
    """A gold place, time or quote: a character span with what it should resolve to."""

    start: int
    end: int
    attrs: dict[str, Any]


def _spans(items: Any, inner: str | None = None) -> list[GoldSpan]:
    out = []
    for item in items:
        where = item[inner] if inner else item
        out.append(GoldSpan(int(where["start"]), int(where["end"]), item))
    return out


def _codes(side: Any) -> frozenset[str]:
    items = side if isinstance(side, list) else [side] if side else []
    return frozenset(str(a.get("code") or "")[:3].upper() for a in items
                     if isinstance(a, dict) and a.get("code"))


def read_gold(path: Path) -> Iterator[GoldSentence]:
    """Gold sentences; a malformed line raises GoldError naming the file and line.

    A TimeML file (.tml, as TimeBank and TempEval-3 ship them) or a folder of them is read
    as times gold: the TEXT element is the article, its DCT the article date."""
    if path.is_dir():
        files = sorted(path.rglob("*.tml"))
        if not files:
            raise GoldError(f"{path}: no .tml files in this folder")
        for file in files:
            yield read_timeml(file)
        return
    if path.suffix.lower() == ".tml":
        yield read_timeml(path)
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read the gold file ({e})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield _gold_line(json.loads(line), f"{path}:{number}", str(number))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as e:
            raise GoldError(f"{path}:{number}: not a gold record with 'text' and one of "
                            f"'events', 'toponyms', 'timexes', 'attributions' ({e!r})") from None


def read_timeml(path: Path) -> GoldSentence:
    """One TimeML document: the text of its TEXT element with every TIMEX3 in it as a gold
    span (value, type), dated by the value of the TIMEX3 in its DCT."""
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError) as e:
        raise GoldError(f"{path}: not a readable TimeML file ({e})") from None
    body = root.find(".//TEXT")
    if body is None:
        raise GoldError(f"{path}: no TEXT element")
    creation = root.find(".//DCT/TIMEX3")
    value = creation.get("value", "") if creation is not None else ""
    date = value[:10] if len(value) >= 10 and value[4] == "-" and value[7] == "-" else None
    parts: list[str] = []
    timexes: list[GoldSpan] = []
    size = 0  # characters of text so far

    def add(text: str | None) -> None:
        nonlocal size
        parts.append(text or "")
        size += len(text or "")

    def walk(element: ElementTree.Element) -> None:
        start = size
        add(element.text)
        for child in element:
            walk(child)
            add(child.tail)
        if element.tag == "TIMEX3":
            words = "".join(element.itertext())
            timexes.append(GoldSpan(start, start + len(words), {
                "value": element.get("value", ""), "type": element.get("type", ""),
                "text": words}))

    walk(body)
    article = Article(id=root.findtext(".//DOCID") or path.stem, text="".join(parts),
                      date=date, origin=str(path))
    return GoldSentence(article, timexes=sorted(timexes, key=lambda t: t.start))


def half_of(item_id: str) -> str:
    """"A" or "B": a fixed half of a gold set by a hash of each item's id, so that rules
    can be written looking at one half while the other stays unread."""
    return "A" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] < 128 else "B"


def _gold_line(row: dict[str, Any], origin: str, number: str) -> GoldSentence:
    article = Article(id=str(row.get("id") or number), text=row["text"],
                      date=row.get("date"), origin=origin)
    listed = row.get("events")
    running = isinstance(listed, list) and (not listed or any(
        "actor" in e or "recipient" in e or "trigger_start" in e for e in listed))
    events = tuple(GoldEvent(str(e["type"]), _codes(e.get("actor" if running else "source")),
                             _codes(e.get("recipient" if running else "target")))
                   for e in row["events"]) if "events" in row else None
    gold = GoldSentence(
        article, events,
        _spans(row["toponyms"]) if "toponyms" in row else None,
        _spans(row["timexes"]) if "timexes" in row else None,
        _spans(row["attributions"], "content") if "attributions" in row else None,
        running)
    if events is None and gold.toponyms is None and gold.timexes is None \
            and gold.attributions is None:
        raise ValueError("no gold annotations")
    return gold


@dataclass
class TypeCounts:
    gold: int = 0
    hit: int = 0
    predicted: int = 0

    def scores(self) -> dict[str, float]:
        return prf(self.hit, self.predicted, self.gold)


def prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
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
        for g in gold.events or ():
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


@dataclass
class RunningTextScore:
    """Every event of each item (docs/EVALUATION.md, "Events in running text"): each
    predicted live event matches a gold event of its type, each used once, pairings with
    the right codes first; an event invented in an item without any costs precision."""

    items: int = 0
    total: TypeCounts = field(default_factory=TypeCounts)
    full_hits: int = 0
    per_type: dict[str, TypeCounts] = field(default_factory=dict)
    empty_items: int = 0
    clean_items: int = 0

    def add(self, gold: GoldSentence, record: Record) -> None:
        live = [e for e in record.events if not e.negated and not e.hypothetical]
        wanted = list(gold.events or ())
        self.items += 1
        if not wanted:
            self.empty_items += 1
            self.clean_items += not live
        self.total.predicted += len(live)
        self.total.gold += len(wanted)
        for e in live:
            self.per_type.setdefault(e.event, TypeCounts()).predicted += 1
        for g in wanted:
            self.per_type.setdefault(g.type, TypeCounts()).gold += 1
        for g, _, full in _pair(wanted, live):
            self.total.hit += 1
            self.per_type[g.type].hit += 1
            self.full_hits += full

    def report(self) -> dict[str, Any]:
        full = prf(self.full_hits, self.total.predicted, self.total.gold)
        return {
            "items": self.items, "gold_events": self.total.gold,
            "predicted_events": self.total.predicted, "type": self.total.scores(),
            "full": full, "no_event_items": self.empty_items,
            "no_event_items_clean": self.clean_items / self.empty_items
            if self.empty_items else 0.0,
            "per_type": {t: {**c.scores(), "gold": c.gold, "predicted": c.predicted}
                         for t, c in sorted(self.per_type.items())},
        }


def _pair(gold: list[GoldEvent], live: list[Any]) -> list[tuple[GoldEvent, Any, bool]]:
    """Gold and predicted events of the same type, each used once: pairs whose actor and
    recipient codes are right first, then any others of that type."""
    out: list[tuple[GoldEvent, Any, bool]] = []
    free_gold, free_live = list(gold), list(live)
    for wanted_full in (True, False):
        for g in list(free_gold):
            for e in free_live:
                full = e.event == g.type and _codes_ok(g.sources, e.actor) and \
                    _codes_ok(g.targets, e.recipient)
                if e.event == g.type and (full or not wanted_full):
                    out.append((g, e, full))
                    free_gold.remove(g)
                    free_live.remove(e)
                    break
    return out


def _codes_ok(gold: frozenset[str], side: Iterable[Any]) -> bool:
    return not gold or any((a.code or "")[:3].upper() in gold for a in side)


def format_running(report: dict[str, Any]) -> str:
    t, f = report["type"], report["full"]
    lines = [
        f"items {report['items']}, gold events {report['gold_events']}, predicted live "
        f"events {report['predicted_events']}",
        f"event type   P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}",
        f"full         P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}",
        f"no-event items kept clean {report['no_event_items_clean']:.3f} "
        f"(of {report['no_event_items']})",
    ]
    return "\n".join(lines + _type_table(report["per_type"]))


def _type_table(per_type: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for name, s in per_type.items():
        lines.append(f"{name:<10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['gold']:5d} {s['predicted']:5d}")
    return lines


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
    ]
    return "\n".join(lines + _type_table(report["per_type"]))


# ---- places ---------------------------------------------------------------------------
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
        out: dict[str, Any] = {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            **prf(self.matched, self.predicted, self.gold), check_name: _share(self.checks)}
        if check_name == "acc_161km":
            errors = sorted(self.errors_km)
            out["median_error_km"] = errors[len(errors) // 2] if errors else None
        elif check_name == "value_accuracy":
            out["value_f1"] = prf(sum(self.checks), self.predicted, self.gold)["f1"]
        return out

    def match(self, spans: list[tuple[int, int]], gold: list[GoldSpan],
              covers: bool = False) -> list[tuple[int, int]]:
        """Count a text's predictions and gold, and return the matched pairs."""
        self.gold += len(gold)
        self.predicted += len(spans)
        pairs = match_spans(spans, gold, covers)
        self.matched += len(pairs)
        return pairs


def score_places(score: SpanScore, gold: list[GoldSpan], record: Record) -> None:
    places = list(record.places)
    for pi, gi in score.match([(p.start, p.end) for p in places], gold):
        p, g = places[pi], gold[gi].attrs
        if p.lat is None or p.lon is None or g.get("lat") is None:
            score.checks.append(False)
            continue
        error = km(p.lat, p.lon, float(g["lat"]), float(g["lon"]))
        score.errors_km.append(error)
        score.checks.append(error <= 161.0)


def score_times(score: SpanScore, gold: list[GoldSpan], record: Record) -> None:
    times = list(record.times)
    for pi, gi in score.match([(t.start, t.end) for t in times], gold):
        score.checks.append(times[pi].value == str(gold[gi].attrs.get("value")))


def score_quotes(score: SpanScore, gold: list[GoldSpan], record: Record) -> None:
    quotes = list(record.quotes)
    for pi, gi in score.match([(q.start, q.end) for q in quotes], gold, covers=True):
        speaker = quotes[pi].speaker
        said = {w.lower() for w in f"{speaker.text} {speaker.name or ''}".split()}
        wanted = (gold[gi].attrs.get("speaker") or {}).get("text") or ""
        score.checks.append(bool(said & {w.lower() for w in wanted.split()}))


@dataclass
class Evaluation:
    """All four scores over one gold file; a task without gold is left out."""

    events: EventScore = field(default_factory=EventScore)
    running: RunningTextScore = field(default_factory=RunningTextScore)
    places: SpanScore = field(default_factory=SpanScore)
    times: SpanScore = field(default_factory=SpanScore)
    quotes: SpanScore = field(default_factory=SpanScore)
    seen: set[str] = field(default_factory=set)

    def add(self, gold: GoldSentence, record: Record) -> None:
        if gold.events is not None and gold.running:
            self.seen.add("running_text")
            self.running.add(gold, record)
        elif gold.events is not None:
            self.seen.add("events")
            self.events.add(gold, record)
        if gold.toponyms is not None:
            self.seen.add("places")
            score_places(self.places, gold.toponyms, record)
        if gold.timexes is not None:
            self.seen.add("times")
            score_times(self.times, gold.timexes, record)
        if gold.attributions is not None:
            self.seen.add("quotes")
            score_quotes(self.quotes, gold.attributions, record)

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "events" in self.seen:
            out["events"] = self.events.report()
        if "running_text" in self.seen:
            out["running_text"] = self.running.report()
        if "places" in self.seen:
            out["places"] = self.places.report("acc_161km")
        if "times" in self.seen:
            out["times"] = self.times.report("value_accuracy")
        if "quotes" in self.seen:
            out["quotes"] = self.quotes.report("speaker_accuracy")
        return out


def format_evaluation(report: dict[str, Any]) -> str:
    parts = []
    if "events" in report:
        parts.append("EVENTS\n" + format_report(report["events"]))
    if "running_text" in report:
        parts.append("EVENTS IN RUNNING TEXT\n" + format_running(report["running_text"]))
    for task, check in (("places", "acc_161km"), ("times", "value_accuracy"),
                        ("quotes", "speaker_accuracy")):
        if task in report:
            r = report[task]
            line = (f"{task.upper()}\nrecognition P {r['precision']:.3f}  R {r['recall']:.3f}  "
                    f"F1 {r['f1']:.3f}  (gold {r['gold']}, predicted {r['predicted']}, "
                    f"matched {r['matched']})\n{check} {r[check]:.3f}")
            if task == "places" and r.get("median_error_km") is not None:
                line += f"  median error {r['median_error_km']:.0f} km"
            if task == "times":
                line += f"  value F1 {r['value_f1']:.3f}"
            parts.append(line)
    return "\n\n".join(parts)
