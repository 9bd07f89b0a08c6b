"""The JSON API under /api (OpenAPI description at /docs)."""
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from .._version import __version__
from ..export import export_table, plover_records
from ..query import (
    QUADS,
    EventFilter,
    actor_profile,
    count_events,
    dyad_series,
    event_points,
    event_series,
    find_events,
    find_quotes,
    list_actors,
    network,
    places_geojson,
    row_cursor,
    search_articles,
)
from .deps import (
    CODE,
    DEFAULT_PAGE,
    PARQUET,
    CueKind,
    Day,
    Db,
    Filter,
    Limit,
    Offset,
    Text,
    actor_code,
    article_or_404,
    days,
    jsonable,
    known_actor,
)
from .docs import summary

router = APIRouter(prefix="/api")
MEDIA_TYPES = {"csv": "text/csv", "parquet": PARQUET}


@router.get("", tags=["meta"])
def api_index(request: Request) -> dict[str, Any]:
    """What the API offers: every operation with its summary, and where it is described."""
    spec = request.app.openapi()
    return {"name": "Tacitus", "version": __version__, "docs": "/docs",
            "openapi": "/openapi.json",
            "operations": [{"method": method.upper(), "path": path, "summary": summary(op)}
                           for path, item in sorted(spec["paths"].items())
                           for method, op in item.items()]}


@router.get("/events", tags=["events"])
def api_events(db: Db, f: Filter) -> dict[str, Any]:
    """Events, newest first (`sort` and `order` change it), filtered; `limit` at most
    500, `offset` pages on; in date order, `after` set to the answer's `next_after` gives
    the next page as fast however deep it is."""
    events = find_events(db, f)
    more = f.sort == "date" and f.limit is not None and len(events) == f.limit
    return {"total": count_events(db, f), "limit": f.limit, "offset": f.offset,
            "next_after": row_cursor(events[-1]) if more else None,
            "events": jsonable(events)}


@router.get("/series", tags=["events"])
def api_series(db: Db, f: Filter,
               step: Annotated[str | None, Query(pattern="^(month|week)$")] = None
               ) -> dict[str, Any]:
    """The filtered events counted per month or week by quad class, every bucket from
    the first event to the last present (zeros included); without `step`, weeks for up to
    26 weeks, else months."""
    return event_series(db, f, step)


@router.get("/map", tags=["places"])
def api_map(db: Db, f: Filter,
            limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> dict[str, Any]:
    """The filtered events at their locations: GeoJSON points, one per place, with
    counts by quad class and the commonest (`quad`)."""
    return event_points(db, f, limit)


@router.get("/actors", tags=["actors"])
def api_actors(db: Db, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actor codes by number of events, as actor and as recipient."""
    return {"actors": list_actors(db, limit, offset)}


@router.get("/actors/{code}", tags=["actors"])
def api_actor(db: Db, code: Annotated[str, PathParam(pattern=CODE)], f: Filter
              ) -> dict[str, Any]:
    """One actor (404 when no event names it): its events by type, the names it appears
    under, and a monthly timeline by quad class (every month, zeros included)."""
    return actor_profile(db, known_actor(db, code), f)


@router.get("/dyads", tags=["actors"])
def api_dyads(db: Db, a: Annotated[str, Query(pattern=CODE)],
              b: Annotated[str, Query(pattern=CODE)], f: Filter) -> dict[str, Any]:
    """Monthly counts of events between two actors (either direction) by quad class:
    verbal/material cooperation and verbal/material conflict; every month from the first
    to the last, zeros included."""
    return {"a": actor_code(a), "b": actor_code(b), "quads": list(QUADS),
            "months": dyad_series(db, actor_code(a), actor_code(b), f)}


@router.get("/network", tags=["actors"])
def api_network(db: Db, f: Filter, min_weight: Annotated[int, Query(ge=1, le=100_000)] = 1,
                limit: Limit = 300) -> dict[str, Any]:
    """Actors as nodes and actor -> recipient event counts (of the filtered events) as
    weighted edges, with counts by quad class and the commonest (`quad`)."""
    return network(db, min_weight, limit, f)


@router.get("/places", tags=["places"])
def api_places(db: Db, country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
               limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
               demonyms: bool = False) -> dict[str, Any]:
    """Places the articles name, as GeoJSON points with mention and event counts;
    nationality words ("Turkish", kind "demonym") only with demonyms=true."""
    return places_geojson(db, country.upper() if country else None, limit, demonyms)


@router.get("/quotes", tags=["quotes"])
def api_quotes(db: Db, speaker: Text = None, text: Text = None,
               limit: Limit = DEFAULT_PAGE,
               kind: Annotated[list[CueKind] | None, Query()] = None,
               since: Day = None, until: Day = None) -> dict[str, Any]:
    """Quotes and attributions, filtered by speaker (code or name), content, kind of
    attribution (repeat `kind`: speech, writing, belief, evidence, question, denial,
    sourcing, stance) and the article's date."""
    return {"quotes": jsonable(find_quotes(db, speaker, text, limit,
                                           [k.value for k in kind or ()],
                                           *days(since, until)))}


@router.get("/articles/{article_id:path}", tags=["articles"])
def api_article(db: Db, article_id: str) -> dict[str, Any]:
    """An article's text with every event (and its evidence span), quote, place, time."""
    return jsonable(article_or_404(db, article_id))


@router.get("/search", tags=["articles"])
def api_search(db: Db, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Limit = 20) -> dict[str, Any]:
    """Full-text search over articles (DuckDB's BM25 index)."""
    return {"query": q, "results": jsonable(search_articles(db, q, limit))}


@router.get("/export", tags=["events"])
def api_export(db: Db, f: Filter,
               format: Annotated[str, Query(pattern="^(csv|parquet|jsonl)$")] = "csv"
               ) -> Response:
    """All events matching the filters (no paging) as CSV, Parquet or PLOVER JSONL."""
    everything = EventFilter(**{**f.__dict__, "limit": None, "offset": 0})
    if format == "jsonl":
        lines = (json.dumps(r, ensure_ascii=False, default=str) + "\n"
                 for r in plover_records(db, everything, f"tacitus {__version__}"))
        return StreamingResponse(lines, media_type="application/x-ndjson",
                                 headers={"Content-Disposition":
                                          'attachment; filename="events.jsonl"'})
    tmp = Path(tempfile.mkdtemp(prefix="tacitus-export-")) / f"events.{format}"
    export_table(db, everything, format, tmp)
    return FileResponse(tmp, filename=f"events.{format}", media_type=MEDIA_TYPES[format],
                        background=BackgroundTask(_cleanup, tmp))


def _cleanup(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()
