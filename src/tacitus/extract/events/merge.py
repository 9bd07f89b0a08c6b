"""Step 4, merge: mentions of one event (same type, participants, date and flags) become
one event that keeps every evidence span."""
from __future__ import annotations

from dataclasses import replace

from ...model import Actor, Event
from .types import SYMMETRIC


def _who(actors: tuple[Actor, ...]) -> frozenset[str]:
    """Who the sides are: a name, else a country with its sector (the police and the
    rebels of one country are two sides), else the words."""
    return frozenset((a.name or (f"{a.code} {a.sector or ''}" if a.code else a.text)).lower()
                     for a in actors)


def _key(e: Event) -> tuple[object, ...]:
    if e.event in SYMMETRIC:
        sides: tuple[object, ...] = (_who(e.actor) | _who(e.recipient),)
    else:
        sides = (_who(e.actor), _who(e.recipient))
    return (e.event, e.date, e.negated, e.hypothetical, *sides)


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One event per (type, participants, date, flags), keeping every evidence span.

    A mention whose participants are a subset of another mention's (same type and date)
    is the same event told with fewer names ("their meeting", "the talks"); and in one
    sentence, mentions of one type whose sides do not conflict are one act told in
    several words ("killed 12 and wounded 30", "PKK attacks kill five police officers").
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
    return tuple(sorted(_one_act_per_sentence(list(merged.values())),
                        key=lambda e: e.evidence[0].start))


def _one_act_per_sentence(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for e in sorted(events, key=lambda e: -_named(e)):
        target = next((o for o in out if _same_act(o, e)), None)
        if target is None:
            out.append(e)
            continue
        out[out.index(target)] = replace(
            target, actor=target.actor or e.actor,
            recipient=target.recipient if _named(target) >= _named(e) or not e.recipient
            else e.recipient, evidence=target.evidence + e.evidence,
            confidence=min(0.95, max(target.confidence, e.confidence) + 0.05))
    return out


def _named(e: Event) -> int:
    """How much an event's sides say: coded sides count most, then any side at all."""
    return sum(2 * any(a.code for a in side) + bool(side) for side in (e.actor, e.recipient))


def _same_act(a: Event, b: Event) -> bool:
    """Same type, day, flags and sentence, and sides that do not conflict: actors that
    are the same or one unnamed; recipients likewise, or neither with a country (the
    victims of one attack counted twice: "killed 12 people and wounded 30 others")."""
    if (a.event, a.date, a.negated, a.hypothetical, a.evidence[0].sentence) != \
            (b.event, b.date, b.negated, b.hypothetical, b.evidence[0].sentence):
        return False
    actors_agree = not a.actor or not b.actor or _who(a.actor) == _who(b.actor)
    x, y = a.recipient, b.recipient
    return actors_agree and (not x or not y or _who(x) == _who(y) or
                             not any(p.code for p in x + y))


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
