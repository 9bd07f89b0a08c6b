"""Step 4, merge: mentions of one event (same type, participants, date and flags) become
one event that keeps every evidence span."""
from __future__ import annotations

from dataclasses import replace

from ...model import Actor, Event
from .types import SYMMETRIC


def _who(actors: tuple[Actor, ...]) -> frozenset[str]:
    return frozenset((a.name or a.code or a.text).lower() for a in actors)


def _key(e: Event) -> tuple[object, ...]:
    if e.event in SYMMETRIC:
        sides: tuple[object, ...] = (_who(e.actor) | _who(e.recipient),)
    else:
        sides = (_who(e.actor), _who(e.recipient))
    return (e.event, e.date, e.negated, e.hypothetical, *sides)


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One event per (type, participants, date, flags), keeping every evidence span.

    A mention whose participants are a subset of another mention's (same type and date)
    is the same event told with fewer names ("their meeting", "the talks").
    """
    merged: dict[tuple[object, ...], Event] = {}
    for e in sorted(events, key=lambda e: -(len(e.actor) + len(e.recipient))):
        key = _key(e)
        target = merged.get(key) or _superset(merged, e)
        if target is None:
            merged[key] = e
            continue
        k = next(k for k, v in merged.items() if v is target)
        merged[k] = replace(target, evidence=target.evidence + e.evidence,
                            confidence=min(0.95, max(target.confidence, e.confidence) + 0.05))
    return tuple(sorted(merged.values(), key=lambda e: e.evidence[0].start))


def _superset(merged: dict[tuple[object, ...], Event], e: Event) -> Event | None:
    if e.event not in SYMMETRIC:
        return None
    mine = _who(e.actor) | _who(e.recipient)
    for other in merged.values():
        if (other.event, other.date, other.negated, other.hypothetical) == \
                (e.event, e.date, e.negated, e.hypothetical):
            theirs = _who(other.actor) | _who(other.recipient)
            if mine and mine <= theirs:
                return other
    return None
