"""What the routers share: the per-request database view, the event filter, checks."""
import datetime as dt
import enum
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query, Request

from ..export import plover_scores
from ..query import QUADS, SORTS, EventFilter, article_detail, count_events, read_cursor
from ..store import READ_WAIT, Store, is_writer_waiting
from ..words import CUE_KINDS

PARQUET = "application/vnd.apache.parquet"  # compressed already: not gzipped again
MAX_PAGE = 500
DEFAULT_PAGE = 50
CODE = r"^[A-Za-z]{3}([A-Za-z]{3})?$"
EVENT_TYPES = [e for events in QUADS.values() for e in events]
MODES = sorted({mode for _, mode in plover_scores() if mode})  # the PLOVER manual's modes
# The filter every page shares through its URL (paging and sorting stay with a page).
FILTER_KEYS = ("since", "until", "actor", "recipient", "event", "quad", "mode", "place",
               "text", "min_confidence", "coded", "include_flagged", "bbox", "party",
               "counterpart", "distinct")

Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[dt.date | None, Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
CueKind = enum.Enum("CueKind", {k: k for k in CUE_KINDS}, type=str)  # type: ignore[misc]
Quad = enum.Enum("Quad", {q.replace(" ", "_"): q for q in QUADS}, type=str)  # type: ignore[misc]
Sort = enum.Enum("Sort", {k: k for k in SORTS}, type=str)  # type: ignore[misc]


IDLE = 2.0  # seconds without a request after which the shared connection closes


class Readers:
    """The server's read-only connection to its database, shared by the requests (each
    through its own cursor) while no one waits to write: opening the file costs more
    than most answers. When an ingest waits for the file (it says so beside it, see
    `store.writer_waiting`) or no request came for IDLE seconds, the connection closes
    and the writer takes its turn; meanwhile each request opens the file for itself,
    waiting (up to READ_WAIT) while a batch is written."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.shared: Store | None = None
        self.users = 0
        self.last = 0.0
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None

    def open(self) -> tuple[Store, bool]:
        """A view of the database for one request, and whether it is of the shared one."""
        with self.lock:
            if is_writer_waiting(self.db):
                self._let_go()
                return Store(self.db, read_only=True, wait=READ_WAIT), False
            if self.shared is None:
                self.shared = Store(self.db, read_only=True, wait=READ_WAIT)
            self.users += 1
            return self.shared.view(), True

    def done(self, view: Store, shared: bool) -> None:
        view.close()
        if not shared:
            return
        with self.lock:
            self.users -= 1
            self.last = time.monotonic()
            if is_writer_waiting(self.db):
                self._let_go()
            elif self.timer is None:
                self._wake_in(IDLE)

    def close(self) -> None:
        with self.lock:
            self.users = 0
            self._let_go()

    def _wake_in(self, seconds: float) -> None:
        self.timer = threading.Timer(seconds, self._idle)
        self.timer.daemon = True
        self.timer.start()

    def _idle(self) -> None:
        with self.lock:
            self.timer = None
            if time.monotonic() - self.last >= IDLE:
                self._let_go()
            elif self.shared is not None:
                self._wake_in(IDLE)

    def _let_go(self) -> None:
        """Close the shared connection once no request uses it."""
        if self.shared is not None and self.users == 0:
            self.shared.close()
            self.shared = None


def cursor(request: Request) -> Iterator[Store]:
    """The database for one request (see Readers)."""
    readers: Readers = request.app.state.readers
    view, shared = readers.open()
    try:
        yield view
    finally:
        readers.done(view, shared)


Db = Annotated[Store, Depends(cursor)]


def event_filter(actor: Text = None, recipient: Text = None, event: Text = None,
                 mode: Text = None, since: Day = None, until: Day = None,
                 place: Text = None, text: Text = None, include_flagged: bool = False,
                 min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                 limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
                 distinct: bool = False, quad: Quad | None = None, coded: bool = False,
                 bbox: Annotated[str | None, Query(max_length=100)] = None,
                 party: Text = None, counterpart: Text = None,
                 sort: Sort = Sort["date"], order: Annotated[str, Query(pattern="^(asc|desc)$")]
                 = "desc", after: Annotated[str | None, Query(max_length=400)] = None
                 ) -> EventFilter:
    """The event filters of the API and the pages, checked: `quad` a PLOVER quad class,
    `coded` both parties with a country code, `bbox` west,south,east,north in degrees,
    `party` on either side (with `counterpart`: the two facing each other), `distinct`
    one row per real-world event with its num_mentions, num_articles and num_sources."""
    if event and event.upper() not in EVENT_TYPES:
        raise HTTPException(422, f"unknown event type {short(event)}; one of "
                                 f"{', '.join(EVENT_TYPES)}")
    if mode and mode.strip().lower() not in MODES:
        raise HTTPException(422, f"unknown mode {short(mode)}; the PLOVER manual's modes are "
                                 f"{', '.join(MODES)}")
    first, last = days(since, until)
    if after is not None:
        if sort.value != "date":
            raise HTTPException(422, "after (keyset paging) goes with sort=date")
        try:
            read_cursor(after)
        except ValueError as e:
            raise HTTPException(422, f"after: {e}; use next_after of the previous page") \
                from None
    return EventFilter(actor, recipient, event, first, last, text,
                       include_flagged, limit, mode.strip().lower() if mode else None, place,
                       offset, newest_first=order == "desc", min_confidence=min_confidence,
                       distinct=distinct, quad=quad.value if quad else None, coded=coded,
                       bbox=_bbox(bbox) if bbox else None, sort=sort.value, party=party,
                       counterpart=counterpart, after=after)


Filter = Annotated[EventFilter, Depends(event_filter)]


def filter_query(request: Request, **changes: Any) -> str:
    """The shared filter of this request's URL as a query string, with `changes` (a None
    removes a key): what a link to another page carries."""
    params = {k: v for k, v in request.query_params.items() if k in FILTER_KEYS and v}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode(params)


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise HTTPException(422, "bbox is west,south,east,north in degrees, e.g. "
                                 "-10,35,30,60") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(422, "bbox is west,south,east,north: longitudes from -180 to "
                                 "180, latitudes from -90 to 90, west <= east, south <= north")
    return west, south, east, north


def cut(value: Any, most: int = 40) -> str:
    """A user's input as an error shows it: cut when long."""
    text = str(value)
    return text if len(text) <= most else text[:most] + "…"


def short(value: Any, most: int = 40) -> str:
    """A user's input as an error message quotes it: cut when long."""
    return repr(cut(value, most))


def actor_code(code: str) -> str:
    """A country code from an actor code (PRK, or PRKGOV with its sector)."""
    code = code.strip().upper()
    if not (code.isalpha() and len(code) in (3, 6)):
        raise HTTPException(422, "an actor code has 3 letters (PRK) or 6 (RUSGOV)")
    return code[:3]


def known_actor(db: Store, code: str) -> str:
    """A country code the database's events name, else a 404."""
    code = actor_code(code)
    if not count_events(db, EventFilter(party=code, include_flagged=True)):
        raise HTTPException(404, f"no event names the actor {code}")
    return code


def article_or_404(db: Store, article_id: str) -> dict[str, Any]:
    article = article_detail(db, article_id)
    if article is None:
        raise HTTPException(404, f"no article {short(article_id, 80)}")
    return article


def jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def days(since: dt.date | None, until: dt.date | None) -> tuple[str | None, str | None]:
    """A checked date range as ISO strings."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return _iso(since), _iso(until)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
