"""The dashboard's pages, rendered on the server from the store; a little bundled JavaScript draws the charts.

Every value from an article goes through the template engine's escaping; data for the scripts travels as JSON in
``<script type="application/json">`` blocks, which never run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .. import relations
from ..errors import DetenteError, UsageError
from ..settings import parse_date
from ..store import FREQS, Store
from . import deps, highlight
from .ingest import upload

TEMPLATES = Jinja2Templates(env=Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                                            autoescape=select_autoescape(default=True, default_for_string=True)))
TEMPLATES.env.filters["marked"] = lambda text: Markup(str(escape(text or "")).replace("\x02", "<mark>")
                                                      .replace("\x03", "</mark>"))
router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(deps.store)]
Reader = [Depends(deps.can_read)]


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, {"page": name.removesuffix(".html"), **context},
                                      status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _day(value: str | None) -> str | None:
    date = parse_date(value or None, "date")
    return date.isoformat() if date else None


@router.get("/", response_class=HTMLResponse, dependencies=Reader)
def overview(request: Request, store: StoreDep) -> HTMLResponse:
    result = relations.overview(store, top=8)
    pairs = {(p["a"], p["b"]): p for p in result["strongest"] + result["changed"]}
    sparks = {}
    for (a, b) in pairs:
        series = relations.series(store, a, b, "month")
        sparks[f"{a}-{b}"] = {"periods": [p["period"] for p in series["points"]],
                              "net": [p["both"]["net"] for p in series["points"]]}
    return render(request, "overview.html", result=result, sparks=sparks, stats=store.stats())


@router.get("/relations", response_class=HTMLResponse, dependencies=Reader)
def relation(request: Request, store: StoreDep, a: str = "", b: str = "", freq: str = "month") -> HTMLResponse:
    context: dict[str, Any] = {"a": a, "b": b, "freq": freq, "freqs": FREQS, "result": None, "message": None}
    if a and b:
        try:
            if freq not in FREQS:
                raise UsageError(f"unknown frequency '{freq}'; choose from {', '.join(FREQS)}")
            result = relations.series(store, a, b, freq)
            context.update(result=result, moves=relations.explain(store, result, top=5))
        except UsageError as exc:
            context["message"] = str(exc)
    return render(request, "relations.html", **context)


@router.get("/articles", response_class=HTMLResponse, dependencies=Reader)
def articles(request: Request, store: StoreDep, offset: int = 0) -> HTMLResponse:
    offset = max(offset, 0)
    return render(request, "articles.html", articles=store.articles(50, offset), offset=offset)


@router.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=Reader)
def article(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    record = store.record(article_id)
    marks = highlight.spans(record)
    return render(request, "article.html", record=record, segments=highlight.segments(record["article"]["text"], marks),
                  colours=highlight.speaker_colours(record))


@router.get("/speakers/{key:path}", response_class=HTMLResponse, dependencies=Reader)
def speaker(request: Request, key: str, store: StoreDep) -> HTMLResponse:
    quotes = store.quotes(speaker=key, limit=500)
    actor = store.actor(key)
    if not quotes and actor is None:
        raise DetenteError(f"no speaker '{key}' in the store")
    return render(request, "speaker.html", key=key, actor=actor, quotes=quotes, offices=_offices(actor))


def _offices(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The terms of office the knowledge base knows for a person."""
    if not actor or actor["kind"] != "person":
        return []
    from .. import kb

    base = kb.load()
    return [kb.entry_record(e) for e in base.terms(actor["kb_id"], actor["name"])] if actor["kb_id"] else []


@router.get("/search", response_class=HTMLResponse, dependencies=Reader)
def search(request: Request, store: StoreDep, q: str = "", speaker: str = "", country: str = "", about: str = "",
           since: str = "", until: str = "") -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "speaker": speaker, "country": country, "about": about, "since": since,
                               "until": until, "quotes": [], "articles": [], "message": None}
    if any((q, speaker, country, about)):
        try:
            context["quotes"] = store.quotes(speaker or None, country or None, about or None, since=_day(since),
                                             until=_day(until), search=q or None, limit=100)
            context["articles"] = store.search_articles(q, limit=30) if q else []
        except UsageError as exc:
            context["message"] = str(exc)
    return render(request, "search.html", **context)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    return render(request, "upload.html", message=None, writable=bool(deps.config(request).token))


@router.post("/upload", response_class=HTMLResponse)
async def upload_article(request: Request, token: Annotated[str, Form()] = "", text: Annotated[str, Form()] = "",
                         published: Annotated[str, Form()] = "", file: UploadFile | None = None) -> Response:
    cfg = deps.config(request)
    if not deps.valid(cfg, token):
        return render(request, "upload.html", status=401, message="wrong or missing token", writable=bool(cfg.token))
    data, kind = (await file.read(), file.content_type or "text/plain") if file and file.filename else \
        (text.encode("utf-8"), "text/plain")
    try:
        result = await run_in_threadpool(upload, cfg, data, kind, published or None)
    except DetenteError as exc:
        return render(request, "upload.html", status=400, message=str(exc), writable=True)
    return RedirectResponse(f"/articles/{result['record']['article']['id']}", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return render(request, "login.html", message=None)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form()] = "") -> Response:
    if not deps.valid(deps.config(request), token):
        return render(request, "login.html", status=401, message="wrong token")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(deps.COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
