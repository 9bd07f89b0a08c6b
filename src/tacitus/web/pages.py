"""The server-rendered pages (Jinja2, autoescaped; no inline script)."""
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from .._version import __version__
from ..query import EventFilter, actor_profile, count_events, find_events, search_articles, summary
from .deps import CODE, EVENT_TYPES, Db, Filter, Text, actor_code, article_or_404
from .highlight import highlight

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=str(resources.files("tacitus.web") / "templates"))


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"version": __version__, **context})


@router.get("/")
def dashboard(request: Request, db: Db) -> HTMLResponse:
    facts = summary(db, top=10)
    latest = find_events(db, EventFilter(limit=15, newest_first=True))
    return page(request, "dashboard.html", facts=facts, latest=latest)


@router.get("/events")
def events_page(request: Request, db: Db, f: Filter) -> HTMLResponse:
    events, total = find_events(db, f), count_events(db, f)
    return page(request, "events.html", events=events, total=total, f=f,
                types=EVENT_TYPES, next_url=_next_page(request, f, len(events), total))


@router.get("/actors/{code}")
def actor_page(request: Request, db: Db,
               code: Annotated[str, PathParam(pattern=CODE)]) -> HTMLResponse:
    code = actor_code(code)
    return page(request, "actor.html", code=code, profile=actor_profile(db, code),
                events=find_events(db, EventFilter(actor=code, limit=30, newest_first=True)))


@router.get("/dyads")
def dyad_page(request: Request, a: Annotated[str, Query(pattern=CODE)] = "USA",
              b: Annotated[str, Query(pattern=CODE)] = "RUS") -> HTMLResponse:
    return page(request, "dyad.html", a=actor_code(a), b=actor_code(b))


@router.get("/network")
def network_page(request: Request) -> HTMLResponse:
    return page(request, "network.html")


@router.get("/map")
def map_page(request: Request, demonyms: bool = False) -> HTMLResponse:
    return page(request, "map.html", demonyms=demonyms)


@router.get("/articles/{article_id}")
def article_page(request: Request, db: Db, article_id: str) -> HTMLResponse:
    article = article_or_404(db, article_id)
    return page(request, "article.html", article=article,
                segments=highlight(article["text"], article))


@router.get("/search")
def search_page(request: Request, db: Db, q: Text = None) -> HTMLResponse:
    return page(request, "search.html", q=q or "",
                results=search_articles(db, q, 50) if q else [])


def _next_page(request: Request, f: EventFilter, shown: int, total: int) -> str | None:
    if f.offset + shown >= total or f.limit is None:
        return None
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}
    return "/events?" + urlencode({**params, "offset": f.offset + f.limit})
