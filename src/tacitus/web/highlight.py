"""An article's text cut into segments, each marked with what was extracted from it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A stretch of article text; `kind` is None for plain text, else event/quote/place/time."""

    text: str
    kind: str | None = None
    title: str = ""
    anchor: str = ""  # an id to link to: "ev-<start>" on each event's trigger


def anchor(start: int) -> str:
    """The id of an event's trigger on the article page: /articles/ID?focus=S#ev-S."""
    return f"ev-{start}"


def _focus(text: str, event: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """The actor and recipient of one event, found in its sentence, and its trigger."""
    sentence = event["sentence"] or ""
    begin = text.rfind(sentence, 0, event["start"] + len(sentence)) if sentence else -1
    spans = [(event["start"], event["end"], "event focus", f"{event['event']} (this event)")]
    if begin < 0:
        return spans
    for side, label in (("actors", "actor"), ("recipients", "recipient")):
        for who in event.get(side) or ():
            at = sentence.find(who["text"]) if who.get("text") else -1
            if at >= 0:
                code = (who.get("code") or "") + (who.get("sector") or "")
                spans.append((begin + at, begin + at + len(who["text"]), label,
                              f"{label} {code}".strip()))
    return spans


def _spans(article: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    spans = []
    for e in article["events"]:
        who = " -> ".join(x for x in (e["actor_code"], e["recipient_code"]) if x)
        flags = " (negated)" if e["negated"] else " (hypothetical)" if e["hypothetical"] else ""
        spans.append((e["start"], e["end"], "event", f"{e['event']} {who}{flags}".strip()))
    for q in article["quotes"]:
        spans.append((q["start"], q["end"], "quote",
                      f"{q['speaker_name'] or q['speaker_text']} ({q['cue']})"))
    for p in article["places"]:
        spans.append((p["start"], p["end"], "place", f"{p['name'] or '?'} [{p['code'] or ''}]"))
    for t in article["times"]:
        spans.append((t["start"], t["end"], "time", t["value"]))
    return spans


def highlight(text: str, article: dict[str, Any], focus: int | None = None) -> list[Segment]:
    """Non-overlapping marked segments: event triggers first, then places, times, quotes.
    A quote is long; whatever it contains is shown inside it only when it does not overlap.
    With `focus` (an event's trigger start), that event's trigger, actor and recipient
    come before everything else, marked apart."""
    priority = {"event focus": 0, "actor": 0, "recipient": 0, "event": 1, "place": 2,
                "time": 3, "quote": 4}
    spans = _spans(article)
    for e in article["events"]:
        if e["start"] == focus:
            spans = _focus(text, e) + spans
            break
    chosen: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (priority[s[2]], s[0])):
        start, end = span[0], span[1]
        if 0 <= start < end <= len(text) and all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append(span)
    segments, pos = [], 0
    for start, end, kind, title in sorted(chosen):
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], kind, title,
                                anchor(start) if kind.startswith("event") else ""))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments
