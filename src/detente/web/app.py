"""The web application: one FastAPI app over one store, its routers, its security headers and limits.

Reads are open on loopback. Bound to any other address the server needs a token (``DETENTE_TOKEN``), which then
guards reads too unless ``public_read`` says otherwise. Writes always need the token.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import DetenteError, StoreError, UsageError
from ..store import Store

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
           "X-Frame-Options": "DENY"}


@dataclass
class WebConfig:
    """What the server serves and who may read and write."""

    db: Path
    token: str | None = None
    reads_need_token: bool = False
    max_body: int = 5_000_000  # bytes a request may send
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # one writer at a time
    pipeline: Any = None  # loaded on the first upload


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def configure(db: Path, host: str, public_read: bool = False, token: str | None = None) -> WebConfig:
    """The configuration for serving ``db`` on ``host``; refuses a non-loopback address without a token."""
    token = token if token is not None else os.environ.get("DETENTE_TOKEN") or None
    if not is_loopback(host) and not token:
        raise UsageError(f"refusing to serve on {host} without a token: set DETENTE_TOKEN, or bind to 127.0.0.1")
    Store(db).close()  # create and migrate it now, so that readers find it
    return WebConfig(db=db, token=token, reads_need_token=bool(token) and not public_read and not is_loopback(host))


def create_app(config: WebConfig) -> FastAPI:
    """The app: API and page routers, static assets, JSON errors, security headers, a body size limit."""
    from . import api, pages

    app = FastAPI(title="Détente", version=_version(), docs_url="/api/docs", openapi_url="/api/openapi.json",
                  redoc_url=None)
    app.state.config = config
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(DetenteError, _detente_error)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=config.max_body)
    return app


def _version() -> str:
    import importlib.metadata

    return importlib.metadata.version("detente")


async def _http_error(request: Request, exc: HTTPException) -> Any:
    if not request.url.path.startswith("/api") and exc.status_code in (401, 404):
        from .pages import error_page

        return error_page(request, exc.status_code, str(exc.detail))
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
    return JSONResponse({"error": f"invalid request: {where}"}, status_code=422)


async def _detente_error(request: Request, exc: DetenteError) -> Any:
    status = 404 if isinstance(exc, StoreError) and str(exc).startswith("no article") else 400
    if not request.url.path.startswith("/api"):
        from .pages import error_page

        return error_page(request, status, str(exc))
    return JSONResponse({"error": str(exc)}, status_code=status)


class SecurityHeaders:
    """Adds the Content-Security-Policy and its companions to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse({"error": f"request body over {self.limit} bytes"}, status_code=413)
        await response({"type": "http"}, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}
