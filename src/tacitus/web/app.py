"""The HTTP API and web UI over a Tacitus database (read-only).

`create_app(db)` assembles a FastAPI application: the JSON API router under /api
(`web/api.py`; its description at /openapi.json, readable at /docs), the pages router
(`web/pages.py`, Jinja2, autoescaped) and the bundled static assets, with security headers
on every answer, gzip for answers over 1 KB, HEAD on every GET route, and errors as JSON
under /api and as pages elsewhere. Each request reads through its own short read-only
connection (`web/deps.py`).
"""
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from ..errors import StoreError
from ..store import READ_WAIT, Store
from . import api, pages
from .deps import MAX_PAGE, PARQUET, Readers, cut

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
GZIP_FROM = 1024  # bytes


def create_app(db: str | Path) -> FastAPI:
    """The application for one database file, read-only."""
    Store(db, read_only=True, wait=READ_WAIT).close()  # fail now on a missing or old file
    app = FastAPI(title="Tacitus", version=__version__, docs_url=None, redoc_url=None,
                  description="Evidence-linked political event data: events (PLOVER), "
                              "quotes, places and times extracted from news reports.")
    app.state.db = db
    app.state.readers = Readers(db)
    app.router.add_event_handler("shutdown", app.state.readers.close)
    app.mount("/static", StaticFiles(directory=str(resources.files("tacitus.web") / "static")),
              name="static")
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_FROM,
                       exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, PARQUET))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    app.add_exception_handler(StoreError, _store_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


class HeadAsGet:
    """HEAD on any GET route: the GET answer's status and headers, without its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b""})

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class SecurityHeaders:
    """SECURITY_HEADERS on every answer that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, secured)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


async def _store_error(request: Request, exc: StoreError) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": str(exc)}, status_code=503)
    return pages.error_page(request, 503, str(exc))


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))
    return pages.error_page(request, exc.status_code, str(exc.detail))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    """422 with a short reason per parameter, the input cut to a few words."""
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"),
               **({"input": cut(e["input"])} if e.get("input") is not None else {})}
              for e in exc.errors()]
    if _wants_json(request):
        return JSONResponse({"detail": errors}, status_code=422)
    reasons = "; ".join(f"{e['loc'][-1] if e['loc'] else 'request'}: {e['msg']}"
                        + (f" (got {e['input']!r})" if "input" in e else "") for e in errors)
    return pages.error_page(request, 422, reasons)


__all__ = ["MAX_PAGE", "create_app"]
