"""The HTTP API and web UI over a Tacitus database (read-only).

`create_app(db)` builds a FastAPI application: JSON endpoints under /api (OpenAPI at
/docs), server-rendered pages (Jinja2, autoescaped) and bundled static assets. Each
request reads through its own cursor of one read-only connection.
"""

import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.background import BackgroundTask

from .._version import __version__
from ..errors import StoreError
from ..export import export_table, plover_records
from ..query import (
    QUADS,
    EventFilter,
    actor_profile,
    article_detail,
    count_events,
    dyad_series,
    find_events,
    find_quotes,
    list_actors,
    network,
    places_geojson,
    search_articles,
    summary,
)
from ..store import READ_WAIT, Store
from .highlight import highlight

MAX_PAGE = 500
DEFAULT_PAGE = 50
CODE = r"^[A-Za-z]{3}([A-Za-z]{3})?$"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
EVENT_TYPES = [e for events in QUADS.values() for e in events]

Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[dt.date | None, Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _package_dir(name: str) -> str:
    return str(resources.files("tacitus.web").joinpath(name))


def create_app(db: str | Path) -> FastAPI:
    """The application for one database file, read-only. Each request opens its own
    short read-only connection, so an ingest writing the same file between requests
    goes on, and a request arriving during a batch waits for it (up to READ_WAIT)."""
    Store(db, read_only=True, wait=READ_WAIT).close()  # fail now on a missing or old file
    app = FastAPI(title="Tacitus", version=__version__,
                  description="Evidence-linked political event data: events (PLOVER), "
                              "quotes, places and times extracted from news reports.")
    templates = Jinja2Templates(directory=_package_dir("templates"))
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")

    def cursor() -> Iterator[Store]:
        view = Store(db, read_only=True, wait=READ_WAIT)
        try:
            yield view
        finally:
            view.close()

    Db = Annotated[Store, Depends(cursor)]

    @app.middleware("http")
    async def secure(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return Response(json.dumps({"detail": str(exc)}), status_code=503,
                        media_type="application/json")

    # ---- API -------------------------------------------------------------------------
    def event_filter(actor: Text = None, recipient: Text = None, event: Text = None,
                     mode: Text = None, since: Day = None, until: Day = None,
                     place: Text = None, text: Text = None, include_flagged: bool = False,
                     limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> EventFilter:
        if event and event.upper() not in EVENT_TYPES:
            raise HTTPException(422, f"unknown event type {event!r}; one of "
                                     f"{', '.join(EVENT_TYPES)}")
        return EventFilter(actor, recipient, event, _iso(since), _iso(until), text,
                           include_flagged, limit, mode, place, offset, newest_first=True)

    Filter = Annotated[EventFilter, Depends(event_filter)]

    @app.get("/api/events", tags=["events"])
    def api_events(db: Db, f: Filter) -> dict[str, Any]:
        """Events, newest first, filtered; `limit` at most 500, `offset` pages on."""
        return {"total": count_events(db, f), "limit": f.limit, "offset": f.offset,
                "events": _jsonable(find_events(db, f))}

    @app.get("/api/actors", tags=["actors"])
    def api_actors(db: Db, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Actor codes by number of events, as actor and as recipient."""
        return {"actors": list_actors(db, limit, offset)}

    @app.get("/api/actors/{code}", tags=["actors"])
    def api_actor(db: Db, code: Annotated[str, PathParam(pattern=CODE)]) -> dict[str, Any]:
        """One actor: events by type and a monthly timeline by quad class."""
        return actor_profile(db, _code(code))

    @app.get("/api/dyads", tags=["actors"])
    def api_dyads(db: Db, a: Annotated[str, Query(pattern=CODE)],
                  b: Annotated[str, Query(pattern=CODE)]) -> dict[str, Any]:
        """Monthly counts of events between two actors (either direction) by quad class:
        verbal/material cooperation and verbal/material conflict."""
        return {"a": _code(a), "b": _code(b), "quads": list(QUADS),
                "months": dyad_series(db, _code(a), _code(b))}

    @app.get("/api/network", tags=["actors"])
    def api_network(db: Db, min_weight: Annotated[int, Query(ge=1, le=100_000)] = 1,
                    limit: Limit = 300) -> dict[str, Any]:
        """Actors as nodes and actor -> recipient event counts as weighted edges."""
        return network(db, min_weight, limit)

    @app.get("/api/places", tags=["places"])
    def api_places(db: Db,
                   country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> dict[str, Any]:
        """Places the articles name, as GeoJSON points with mention and event counts."""
        return places_geojson(db, country.upper() if country else None, limit)

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(db: Db, speaker: Text = None, text: Text = None,
                   limit: Limit = DEFAULT_PAGE) -> dict[str, Any]:
        """Quotes and attributions, filtered by speaker (code or name) and content."""
        return {"quotes": _jsonable(find_quotes(db, speaker, text, limit))}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(db: Db, article_id: str) -> dict[str, Any]:
        """An article's text with every event (and its evidence span), quote, place, time."""
        return _jsonable(_article_or_404(db, article_id))

    @app.get("/api/search", tags=["articles"])
    def api_search(db: Db, q: Annotated[str, Query(min_length=1, max_length=200)],
                   limit: Limit = 20) -> dict[str, Any]:
        """Full-text search over articles (DuckDB's BM25 index)."""
        return {"query": q, "results": _jsonable(search_articles(db, q, limit))}

    @app.get("/api/export", tags=["events"])
    def api_export(db: Db, f: Filter,
                   format: Annotated[str, Query(pattern="^(csv|parquet|jsonl)$")] = "csv"
                   ) -> Response:
        """All events matching the filters (no paging) as CSV, Parquet or PLOVER JSONL."""
        everything = EventFilter(**{**f.__dict__, "limit": None, "offset": 0})
        if format == "jsonl":
            lines = (json.dumps(r, ensure_ascii=False, default=str) + "\n"
                     for r in plover_records(db, everything, f"tacitus {__version__}"))
            return StreamingResponse(lines, media_type="application/x-ndjson",
                                     headers=_attachment("events.jsonl"))
        tmp = Path(tempfile.mkdtemp(prefix="tacitus-export-")) / f"events.{format}"
        export_table(db, everything, format, tmp)
        return FileResponse(tmp, filename=f"events.{format}",
                            background=BackgroundTask(_cleanup, tmp))

    # ---- pages ---------------------------------------------------------------------
    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"version": __version__, **context})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, db: Db) -> HTMLResponse:
        facts = summary(db, top=10)
        latest = find_events(db, EventFilter(limit=15, newest_first=True))
        return page(request, "dashboard.html", facts=facts, latest=latest)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, db: Db, f: Filter) -> HTMLResponse:
        events, total = find_events(db, f), count_events(db, f)
        return page(request, "events.html", events=events, total=total, f=f,
                    types=EVENT_TYPES, next_url=_next_page(request, f, len(events), total))

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, db: Db,
                   code: Annotated[str, PathParam(pattern=CODE)]) -> HTMLResponse:
        code = _code(code)
        return page(request, "actor.html", code=code, profile=actor_profile(db, code),
                    events=find_events(db, EventFilter(actor=code, limit=30,
                                                       newest_first=True)))

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: Annotated[str, Query(pattern=CODE)] = "USA",
                  b: Annotated[str, Query(pattern=CODE)] = "RUS") -> HTMLResponse:
        return page(request, "dyad.html", a=_code(a), b=_code(b))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request) -> HTMLResponse:
        return page(request, "network.html")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request) -> HTMLResponse:
        return page(request, "map.html")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, db: Db, article_id: str) -> HTMLResponse:
        article = _article_or_404(db, article_id)
        return page(request, "article.html", article=article,
                    segments=highlight(article["text"], article))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, db: Db, q: Text = None) -> HTMLResponse:
        return page(request, "search.html", q=q or "",
                    results=search_articles(db, q, 50) if q else [])

    return app


def _code(code: str) -> str:
    code = code.strip().upper()
    if not (code.isalpha() and len(code) in (3, 6)):
        raise HTTPException(422, "an actor code has 3 letters (PRK) or 6 (RUSGOV)")
    return code[:3]


def _next_page(request: Request, f: EventFilter, shown: int, total: int) -> str | None:
    if f.offset + shown >= total or f.limit is None:
        return None
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}
    return "/events?" + urlencode({**params, "offset": f.offset + f.limit})


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _article_or_404(db: Store, article_id: str) -> dict[str, Any]:
    article = article_detail(db, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _cleanup(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()


__all__ = ["create_app"]
