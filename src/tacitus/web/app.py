"""The HTTP API and web UI over a Tacitus database (read-only).

`create_app(db)` assembles a FastAPI application: the JSON API router under /api
(`web/api.py`, OpenAPI at /docs), the pages router (`web/pages.py`, Jinja2, autoescaped)
and the bundled static assets, with security headers on every answer. Each request reads
through its own short read-only connection (`web/deps.py`).
"""
import json
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from .._version import __version__
from ..errors import StoreError
from ..store import READ_WAIT, Store
from . import api, pages
from .deps import MAX_PAGE

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def create_app(db: str | Path) -> FastAPI:
    """The application for one database file, read-only."""
    Store(db, read_only=True, wait=READ_WAIT).close()  # fail now on a missing or old file
    app = FastAPI(title="Tacitus", version=__version__,
                  description="Evidence-linked political event data: events (PLOVER), "
                              "quotes, places and times extracted from news reports.")
    app.state.db = db
    app.mount("/static", StaticFiles(directory=str(resources.files("tacitus.web") / "static")),
              name="static")
    app.middleware("http")(_secure)
    app.add_exception_handler(StoreError, _store_error)  # type: ignore[arg-type]
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


async def _secure(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def _store_error(request: Request, exc: StoreError) -> Response:
    return Response(json.dumps({"detail": str(exc)}), status_code=503,
                    media_type="application/json")


__all__ = ["MAX_PAGE", "create_app"]
