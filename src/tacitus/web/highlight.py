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


def highlight(text: str, article: dict[str, Any]) -> list[Segment]:
    """Non-overlapping marked segments: event triggers first, then places, times, quotes.
    A quote is long; whatever it contains is shown inside it only when it does not overlap."""
    priority = {"event": 0, "place": 1, "time": 2, "quote": 3}
    chosen: list[tuple[int, int, str, str]] = []
    for span in sorted(_spans(article), key=lambda s: (priority[s[2]], s[0])):
        start, end = span[0], span[1]
        if 0 <= start < end <= len(text) and all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append(span)
    segments, pos = [], 0
    for start, end, kind, title in sorted(chosen):
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], kind, title))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments
