"""The FastAPI application: JSON API under /api, its description at /docs, the web app at /.

Every response carries a strict Content-Security-Policy and friends, so even a mistake in
the front-end cannot run a script smuggled in an article's text; the API itself only ever
answers JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from rasd import __version__
from rasd.api import actions, choices, exports, routes
from rasd.api.cache import CachedReads, ReadCache
from rasd.api.deps import AppState
from rasd.api.guards import BodyGuard, HostGuard
from rasd.config import Config, load_config
from rasd.errors import StoreError
from rasd.store import open_store
from rasd.store.version import DataVersion

WEB = Path(__file__).resolve().parent.parent / "web" / "static"
SWAGGER = Path(__file__).resolve().parent / "swagger"
SECURITY_HEADERS = (
    (b"content-security-policy",
     (b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      b"object-src 'none'; frame-ancestors 'none'")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
_DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rasd API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/docs-assets/init.js"></script></body></html>
"""


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", ())}
                extra = [h for h in SECURITY_HEADERS if h[0] not in names]
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(db: str | None, *, cfg: Config | None = None,
               hosts: Iterable[str] = ()) -> FastAPI:
    """The API over the store at `db` (a SQLite path or a PostgreSQL URL), serving only
    the Host names in `hosts` (any when empty; `rasd serve` always gives some)."""
    store = open_store(db)
    cfg = cfg or load_config()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # the analysing child started now (it builds its pipeline while health answers):
        # the first extract would otherwise wait seconds for it
        analyser = actions.extractor(cfg)
        yield
        analyser.close()
        version.close()
        store.close()

    app = FastAPI(title="rasd", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, description="Conflict-incident records from news reports, "
                  "with the evidence behind every value. See docs/api.md.")
    version = DataVersion(store.engine)
    cache = ReadCache(version)
    app.state.rasd = AppState(store=store, cfg=cfg, cache=cache)
    app.include_router(routes.router)
    app.include_router(exports.router)  # before /api/incidents/{id}, which would shadow it
    app.include_router(routes.reads)
    app.include_router(actions.router)
    app.include_router(choices.router)
    app.add_exception_handler(StoreError, _store_unavailable)
    app.add_exception_handler(RequestValidationError, _invalid)
    _mount_pages(app)
    app.add_middleware(CachedReads, cache=cache, token_required=cfg.api.read_token_required)
    app.add_middleware(BodyGuard, limit_for=_body_limits(cfg), seconds=cfg.api.body_seconds)
    app.add_middleware(HostGuard, hosts=tuple(hosts) or cfg.api.allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


SERVE_ENV = "RASD_SERVE"


def app_from_env() -> FastAPI:
    """The app of one process of `rasd serve --workers N`: the store, config file and
    served hosts that the command checked, as JSON in the RASD_SERVE environment variable."""
    spec = json.loads(os.environ[SERVE_ENV])
    return create_app(spec["db"], cfg=load_config(spec["config"]), hosts=spec["hosts"])


def _body_limits(cfg: Config) -> Callable[[str], int]:
    extract = actions.body_limit(cfg.api.max_extract_bytes)

    def limit_for(path: str) -> int:
        return extract if path.rstrip("/") == "/api/extract" else cfg.api.max_body_bytes

    return limit_for


async def _invalid(_: Request, exc: Exception) -> JSONResponse:
    # the errors echo the input, which may hold a lone surrogate JSON allowed ("\ud800"):
    # it cannot be encoded, so it is shown as U+FFFD rather than failing with a 500
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse({"detail": _printable(jsonable_encoder(errors))},
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, list):
        return [_printable(v) for v in value]
    if isinstance(value, dict):
        return {_printable(k): _printable(v) for k, v in value.items()}
    return value


async def _store_unavailable(_: Request, exc: Exception) -> JSONResponse:
    # only reached for a failure of the database itself: bad input is answered before
    return JSONResponse({"detail": f"the store failed: {exc}"},
                        status_code=status.HTTP_503_SERVICE_UNAVAILABLE)


def _mount_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=WEB, check_dir=False), name="static")
    app.mount("/docs-assets", StaticFiles(directory=SWAGGER), name="docs-assets")

    @app.get("/", include_in_schema=False, response_model=None)
    def index() -> FileResponse | JSONResponse:
        page = WEB / "index.html"
        if not page.is_file():
            return JSONResponse({"detail": "the web app is not installed; the API is at /api "
                                 "and its description at /docs"}, status_code=404)
        return FileResponse(page, media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_PAGE)
