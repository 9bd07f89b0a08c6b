"""The JSON API under /api (OpenAPI description at /docs)."""
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query
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
    find_events,
    find_quotes,
    list_actors,
    network,
    places_geojson,
    search_articles,
)
from .deps import (
    CODE,
    DEFAULT_PAGE,
    CueKind,
    Db,
    Filter,
    Limit,
    Offset,
    Text,
    actor_code,
    article_or_404,
    jsonable,
)

router = APIRouter(prefix="/api")


@router.get("/events", tags=["events"])
def api_events(db: Db, f: Filter) -> dict[str, Any]:
    """Events, newest first, filtered; `limit` at most 500, `offset` pages on."""
    return {"total": count_events(db, f), "limit": f.limit, "offset": f.offset,
            "events": jsonable(find_events(db, f))}


@router.get("/actors", tags=["actors"])
def api_actors(db: Db, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actor codes by number of events, as actor and as recipient."""
    return {"actors": list_actors(db, limit, offset)}


@router.get("/actors/{code}", tags=["actors"])
def api_actor(db: Db, code: Annotated[str, PathParam(pattern=CODE)]) -> dict[str, Any]:
    """One actor: events by type and a monthly timeline by quad class."""
    return actor_profile(db, actor_code(code))


@router.get("/dyads", tags=["actors"])
def api_dyads(db: Db, a: Annotated[str, Query(pattern=CODE)],
              b: Annotated[str, Query(pattern=CODE)]) -> dict[str, Any]:
    """Monthly counts of events between two actors (either direction) by quad class:
    verbal/material cooperation and verbal/material conflict."""
    return {"a": actor_code(a), "b": actor_code(b), "quads": list(QUADS),
            "months": dyad_series(db, actor_code(a), actor_code(b))}


@router.get("/network", tags=["actors"])
def api_network(db: Db, min_weight: Annotated[int, Query(ge=1, le=100_000)] = 1,
                limit: Limit = 300) -> dict[str, Any]:
    """Actors as nodes and actor -> recipient event counts as weighted edges."""
    return network(db, min_weight, limit)


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
               kind: Annotated[list[CueKind] | None, Query()] = None) -> dict[str, Any]:
    """Quotes and attributions, filtered by speaker (code or name), content and kind of
    attribution (repeat `kind`: speech, writing, belief, evidence, question, denial,
    sourcing)."""
    return {"quotes": jsonable(find_quotes(db, speaker, text, limit,
                                           [k.value for k in kind or ()]))}


@router.get("/articles/{article_id}", tags=["articles"])
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
    return FileResponse(tmp, filename=f"events.{format}",
                        background=BackgroundTask(_cleanup, tmp))


def _cleanup(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()
