"""The typed records that pass between stages: Article in, Record out."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FORMAT = "tacitus/1"


@dataclass(frozen=True)
class Quote:
    """Who said what: the speaker, the cue ("said", "according to") and the content span."""

    speaker: Actor
    cue: str
    content: str
    start: int
    end: int
    direct: bool
    kind: str = "speech"  # speech, writing, belief, evidence, question, denial, sourcing,
    # stance

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_json(), "cue": self.cue, "cue_kind": self.kind,
                "content": self.content, "start": self.start, "end": self.end,
                "direct": self.direct}


@dataclass(frozen=True)
class Article:
    """One dated news report. Offsets everywhere refer to `text`."""

    id: str
    text: str
    date: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # "file:line" it was read from, for messages


@dataclass(frozen=True)
class Actor:
    """An entity taking part in an event: surface text plus its resolved identity."""

    text: str
    name: str | None = None
    code: str | None = None
    sector: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "code": self.code, "sector": self.sector}


@dataclass(frozen=True)
class Evidence:
    """Where an event is said: the sentence and the trigger's character offsets."""

    sentence: str
    start: int
    end: int
    trigger: str

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "trigger": self.trigger}


@dataclass(frozen=True)
class Event:
    """A PLOVER event: who (actor) did what (event, mode) to whom (recipient), when."""

    event: str
    mode: str | None
    date: str | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    evidence: tuple[Evidence, ...]
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    location: Place | None = None  # where it happened, as the text places it
    cameo: str | None = None  # the CAMEO code of the verb pattern that coded it, if any

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event, "mode": self.mode or None, "cameo_code": self.cameo,
            "date": self.date,
            "actor": _side(self.actor), "recipient": _side(self.recipient),
            "location": _located(self.location), "evidence": self.evidence[0].to_json(),
            "mentions": [e.to_json() for e in self.evidence],
            "negated": self.negated, "hypothetical": self.hypothetical,
            "confidence": round(self.confidence, 2),
        }


def _located(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"text": place.text, "name": place.name, "code": place.code, "lat": place.lat,
            "lon": place.lon, "geonameid": place.geonameid}


def _side(actors: tuple[Actor, ...]) -> dict[str, Any] | list[dict[str, Any]] | None:
    if not actors:
        return None
    if len(actors) == 1:
        return actors[0].to_json()
    return [a.to_json() for a in actors]


@dataclass(frozen=True)
class Place:
    """A place name in an article and where it is."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "code": self.code, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid, "kind": self.kind}


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression: its span in the article and its TIMEX3 value and type."""

    text: str
    start: int
    end: int
    value: str
    type: str  # DATE | TIME | DURATION | SET

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "type": self.type}


@dataclass(frozen=True)
class Record:
    """Everything extracted from one article: the tacitus/1 record."""

    article: Article
    events: tuple[Event, ...] = field(default_factory=tuple)
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    places: tuple[Place, ...] = field(default_factory=tuple)
    times: tuple[TimeExpr, ...] = field(default_factory=tuple)
    extensions: Mapping[str, Any] = field(default_factory=dict)  # other components' outputs

    def to_json(self) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "format": FORMAT, "id": a.id, "date": a.date, "title": a.title, "url": a.url,
            "source": a.source, "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "places": [p.to_json() for p in self.places],
            "times": [t.to_json() for t in self.times],
        }
        if self.extensions:
            out["extensions"] = {k: _jsonable(v) for k, v in self.extensions.items()}
        return out


def _jsonable(value: Any) -> Any:
    """A component's output as JSON: objects with to_json, sequences and mappings of them."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
