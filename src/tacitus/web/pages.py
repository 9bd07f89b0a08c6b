"""The server-rendered pages (Jinja2, autoescaped; no inline script).

Every page reads the shared filter from its URL (`deps.FILTER_KEYS`) and every link to
another page carries it, so a link reproduces a view."""
from dataclasses import replace
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from .._version import __version__
from ..query import (
    QUADS,
    SORTS,
    EventFilter,
    actor_profile,
    count_events,
    find_events,
    find_quotes,
    place_detail,
    search_articles,
    summary,
)
from ..resolve.places import load_gazetteer
from .deps import (
    CODE,
    EVENT_TYPES,
    MODES,
    CueKind,
    Db,
    Filter,
    Text,
    actor_code,
    article_or_404,
    filter_query,
    known_actor,
)
from .docs import operations
from .highlight import highlight

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=str(resources.files("tacitus.web") / "templates"))
templates.env.filters["id_url"] = lambda value: quote(str(value), safe="")
templates.env.filters["web_link"] = lambda url: url if _is_web(url) else None
PLACE_BOX = 0.001  # degrees around a place's point that count as "at" it


def page(request: Request, name: str, f: EventFilter | None = None, status: int = 200,
         carry: bool = True, **context: Any) -> HTMLResponse:
    """A page with what every template uses: the filter and links that carry it (an
    error page's links carry nothing: the filter may be what was wrong)."""
    def fq(**changes: Any) -> str:
        return filter_query(request, **changes) if carry else ""

    return templates.TemplateResponse(
        request, name, {"version": __version__, "f": f or EventFilter(), "fq": fq,
                        "types": EVENT_TYPES, "modes": MODES, "quads": list(QUADS),
                        "sorts": list(SORTS), **context}, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return page(request, "error.html", status=status, carry=False, code=status,
                message=message)


@router.get("/")
def dashboard(request: Request, db: Db, f: Filter) -> HTMLResponse:
    facts = summary(db, top=10, f=f)
    latest = find_events(db, replace(f, limit=15, offset=0))
    return page(request, "dashboard.html", f, facts=facts, latest=latest,
                total=count_events(db, f), flagged=_flagged(db, f))


@router.get("/events")
def events_page(request: Request, db: Db, f: Filter) -> HTMLResponse:
    events, total = find_events(db, f), count_events(db, f)
    return page(request, "events.html", f, events=events, total=total,
                pages=_pages(request, f, len(events), total))


@router.get("/actors/{code}")
def actor_page(request: Request, db: Db, code: Annotated[str, PathParam(pattern=CODE)],
               f: Filter) -> HTMLResponse:
    code = known_actor(db, code)
    mine = replace(f, party=code, counterpart=None, limit=30, offset=0)
    return page(request, "actor.html", f, code=code, country=load_gazetteer().country_name(code),
                profile=actor_profile(db, code, f), events=find_events(db, mine),
                total=count_events(db, mine), view=mine)


@router.get("/dyads")
def dyad_page(request: Request, db: Db, f: Filter,
              a: Annotated[str, Query(pattern=CODE)] = "USA",
              b: Annotated[str, Query(pattern=CODE)] = "RUS") -> HTMLResponse:
    a, b = actor_code(a), actor_code(b)
    both = replace(f, party=a, counterpart=b, limit=30, offset=0)
    return page(request, "dyad.html", f, a=a, b=b, events=find_events(db, both),
                total=count_events(db, both), view=both)


@router.get("/network")
def network_page(request: Request, f: Filter) -> HTMLResponse:
    return page(request, "network.html", f)


@router.get("/map")
def map_page(request: Request, db: Db, f: Filter, demonyms: bool = False) -> HTMLResponse:
    return page(request, "map.html", f, demonyms=demonyms, total=count_events(db, f))


@router.get("/places/{geonameid}")
def place_page(request: Request, db: Db, f: Filter,
               geonameid: Annotated[int, PathParam(ge=0)]) -> HTMLResponse:
    place = place_detail(db, geonameid)
    if place is None:
        raise HTTPException(404, f"no place {geonameid} is named in the articles")
    lat, lon = place["lat"], place["lon"]
    box = (lon - PLACE_BOX, lat - PLACE_BOX, lon + PLACE_BOX, lat + PLACE_BOX)
    here = replace(f, bbox=box, limit=30, offset=0)
    return page(request, "place.html", f, place=place, bbox=",".join(f"{v:.6f}" for v in box),
                events=find_events(db, here), total=count_events(db, here), view=here)


@router.get("/quotes")
def quotes_page(request: Request, db: Db, f: Filter, speaker: Text = None,
                words: Text = None, kind: Annotated[list[CueKind] | None, Query()] = None,
                ) -> HTMLResponse:
    kinds = [k.value for k in kind or ()]
    quotes = find_quotes(db, speaker or f.actor, words, 200, kinds, f.since, f.until)
    return page(request, "quotes.html", f, quotes=quotes, speaker=speaker or "",
                words=words or "", kinds=kinds, all_kinds=[k.value for k in CueKind])


@router.get("/articles/{article_id:path}")
def article_page(request: Request, db: Db, article_id: str,
                 focus: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    article = article_or_404(db, article_id)
    return page(request, "article.html", article=article,
                segments=highlight(article["text"], article, focus))


@router.get("/search")
def search_page(request: Request, db: Db, q: Text = None) -> HTMLResponse:
    return page(request, "search.html", q=q or "",
                results=search_articles(db, q, 50) if q else [])


@router.get("/docs")
def docs_page(request: Request) -> HTMLResponse:
    return page(request, "docs.html", operations=operations(request.app.openapi()))


@router.get("/redoc")
def redoc() -> RedirectResponse:
    return RedirectResponse("/docs")


def _flagged(db: Db, f: EventFilter) -> int:
    """Negated and hypothetical events the filter leaves out (0 when it includes them)."""
    if f.include_flagged:
        return 0
    return count_events(db, replace(f, include_flagged=True)) - count_events(db, f)


def _pages(request: Request, f: EventFilter, shown: int, total: int) -> dict[str, str | None]:
    """Links to the previous and next page of the same list."""
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}
    step = f.limit or shown
    before = max(f.offset - step, 0)
    return {"prev": "/events?" + urlencode({**params, "offset": before}) if f.offset else None,
            "next": "/events?" + urlencode({**params, "offset": f.offset + step})
            if f.offset + shown < total else None}


def _is_web(url: Any) -> bool:
    """Only http(s) addresses become links (never javascript:, data:, file:)."""
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
