"""When and where an event happened: the day and the place its own clause states."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..model import Event, Place, Quote, TimeExpr
from ..resolve.located import at_home, where_they_are
from ..resolve.places import DEMONYM, specificity
from ..words import LOCATIVE


@dataclass(frozen=True)
class Setting:
    """What the rest of the article says about when, where and who speaks: its times,
    places and quotes (a direct quote's "we" is its speaker's side)."""

    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def __post_init__(self) -> None:  # in text order, whoever built them: looked up by
        for name in ("times", "places", "quotes"):  # offset, with bisect
            items = getattr(self, name)
            if any(a.start > b.start for a, b in zip(items, items[1:])):
                object.__setattr__(self, name, tuple(sorted(items, key=lambda x: x.start)))


LINKS = {"pobj", "prep", "npadvmod", "tmod", "nmod", "compound", "appos", "advmod", "conj",
         "amod"}




def _attached(doc: Doc, start: int, token: Token, clause: Token,
              locative: bool = False) -> bool:
    """Does the phrase at character `start` hang off the trigger or its clause? With
    locative=True the way up must pass a place preposition ("talks at X", "met in Y")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    preps = []
    for _ in range(6):
        if t == token or t == clause:
            break
        if t.head == t or t.dep_ not in LINKS:
            return False
        if t.dep_ == "prep":
            preps.append(t.lower_)
        t = t.head
    if not (t == token or t == clause):
        return False
    return not locative or (bool(preps) and preps[0] in LOCATIVE | {"of"} and
                            any(p in LOCATIVE for p in preps))


def stated_day(token: Token, clause: Token, times: tuple[TimeExpr, ...]) -> str | None:
    """The day the trigger's own clause states ("met on Wednesday"), if it states one."""
    sent = token.sent
    first = bisect_left(times, sent.start_char, key=lambda t: t.start)  # (times in order)
    for t in times[first:]:
        if t.start >= sent.end_char:
            break
        if DAY.match(t.value) and _attached(token.doc, t.start, token, clause):
            return t.value[:10]
    return None


DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def locate(event: Event, doc: Doc, places: tuple[Place, ...], starts: list[int]) -> Event:
    """The most precise place any mention's clause names: "talks at the Vostochny
    Cosmodrome" over "met ... in eastern Russia". `starts`: the places' start offsets."""
    best: Place | None = None
    for ev in event.evidence:
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        clause = token.head if token.pos_ != "VERB" and token.dep_ in {"dobj", "nsubjpass"} \
            else token
        bounds = token.sent
        for p in places[bisect_left(starts, bounds.start_char):
                        bisect_left(starts, bounds.end_char)]:
            if p.lat is None or p.kind == DEMONYM:  # "Turkish troops" are not at Turkey
                continue
            if _attached(doc, p.start, token, clause, locative=True) and (
                    best is None or specificity(p) > specificity(best)):
                best = p
    first = doc.char_span(event.evidence[0].start, event.evidence[0].end,
                          alignment_mode="expand")
    if best is None:
        return replace(event, recipient=at_home(event.event, event.actor, event.recipient,
                                                first.sent if first is not None else None))
    actor, recipient = where_they_are(event.event, event.actor, event.recipient, best,
                                      first.sent if first is not None else None)
    return replace(event, actor=actor, recipient=recipient, location=best)
