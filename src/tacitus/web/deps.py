"""What the routers share: the per-request database view, the event filter, checks."""
import datetime as dt
import enum
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from ..query import QUADS, EventFilter, article_detail
from ..store import READ_WAIT, Store
from ..words import CUE_KINDS

MAX_PAGE = 500
DEFAULT_PAGE = 50
CODE = r"^[A-Za-z]{3}([A-Za-z]{3})?$"
EVENT_TYPES = [e for events in QUADS.values() for e in events]

Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[dt.date | None, Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
CueKind = enum.Enum("CueKind", {k: k for k in CUE_KINDS}, type=str)  # type: ignore[misc]


def cursor(request: Request) -> Iterator[Store]:
    """A short read-only connection for one request: an ingest writing the same file goes
    on between requests, and a request arriving during a batch waits (up to READ_WAIT)."""
    view = Store(request.app.state.db, read_only=True, wait=READ_WAIT)
    try:
        yield view
    finally:
        view.close()


Db = Annotated[Store, Depends(cursor)]


def event_filter(actor: Text = None, recipient: Text = None, event: Text = None,
                 mode: Text = None, since: Day = None, until: Day = None,
                 place: Text = None, text: Text = None, include_flagged: bool = False,
                 min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                 limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
                 distinct: bool = False) -> EventFilter:
    """The event filters of the API and the events page, checked; `distinct` gives one
    row per real-world event with its num_mentions, num_articles and num_sources."""
    if event and event.upper() not in EVENT_TYPES:
        raise HTTPException(422, f"unknown event type {event!r}; one of "
                                 f"{', '.join(EVENT_TYPES)}")
    return EventFilter(actor, recipient, event, _iso(since), _iso(until), text,
                       include_flagged, limit, mode, place, offset, newest_first=True,
                       min_confidence=min_confidence, distinct=distinct)


Filter = Annotated[EventFilter, Depends(event_filter)]


def actor_code(code: str) -> str:
    """A country code from an actor code (PRK, or PRKGOV with its sector)."""
    code = code.strip().upper()
    if not (code.isalpha() and len(code) in (3, 6)):
        raise HTTPException(422, "an actor code has 3 letters (PRK) or 6 (RUSGOV)")
    return code[:3]


def article_or_404(db: Store, article_id: str) -> dict[str, Any]:
    article = article_detail(db, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article


def jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
