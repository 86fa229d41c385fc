"""What routes take as dependencies: the store of the request and the token checks."""

from __future__ import annotations

import hmac
from collections.abc import Iterator

from fastapi import Request
from starlette.exceptions import HTTPException

from ..store import Store
from .app import WebConfig

COOKIE = "detente_token"


def config(request: Request) -> WebConfig:
    cfg: WebConfig = request.app.state.config
    return cfg


def store(request: Request) -> Iterator[Store]:
    """A connection to the store for one request."""
    opened = Store(config(request).db, create=False)
    try:
        yield opened
    finally:
        opened.close()


def presented_token(request: Request) -> str | None:
    """The token a request carries: a bearer header, else the cookie the login form sets."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.cookies.get(COOKIE)


def valid(cfg: WebConfig, token: str | None) -> bool:
    """Whether ``token`` is the server's token, compared in constant time."""
    return bool(cfg.token) and token is not None and hmac.compare_digest(token.encode(), str(cfg.token).encode())


def can_read(request: Request) -> None:
    cfg = config(request)
    if cfg.reads_need_token and not valid(cfg, presented_token(request)):
        raise HTTPException(401, "this server needs its token for reads: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


def can_write(request: Request) -> None:
    cfg = config(request)
    if not cfg.token:
        raise HTTPException(403, "writes are off: start the server with DETENTE_TOKEN set")
    if not valid(cfg, presented_token(request)):
        raise HTTPException(401, "a write needs the server's token: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})
