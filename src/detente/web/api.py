"""The REST API: articles, quotes, events, actors and relations, read from the store; uploads of new articles.

Lists answer ``{"items": [...], "limit": n, "offset": k, "next": offset of the next page or null}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from .. import relations
from ..errors import UsageError
from ..settings import parse_date
from ..store import FREQS, Store
from . import deps
from .ingest import upload

router = APIRouter(prefix="/api", dependencies=[Depends(deps.can_read)], tags=["api"])
StoreDep = Annotated[Store, Depends(deps.store)]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]
Day = Annotated[str | None, Query(description="YYYY-MM-DD")]
Freq = Annotated[str, Query(pattern="^(" + "|".join(FREQS) + ")$")]


def page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page of a list, with the offset of the next page when this one is full."""
    return {"items": items, "limit": limit, "offset": offset, "next": offset + limit if len(items) == limit else None}


def day(value: str | None, name: str) -> str | None:
    date = parse_date(value, name)
    return date.isoformat() if date else None


@router.get("/articles")
def articles(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored articles, newest first, without their text."""
    return page(store.articles(limit, offset), limit, offset)


@router.get("/articles/{article_id}")
def article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """The whole record of one article."""
    return store.record(article_id)


@router.post("/articles", dependencies=[Depends(deps.can_write)], status_code=201)
async def add_article(request: Request, published: Day = None) -> dict[str, Any]:
    """Extract and store one article sent as JSON (the JSON Lines fields), HTML or plain text; needs the token."""
    data = await request.body()
    cfg = deps.config(request)
    return await run_in_threadpool(upload, cfg, data, request.headers.get("content-type", ""), published)


@router.get("/quotes")
def quotes(store: StoreDep, q: str | None = None, speaker: str | None = None, country: str | None = None,
           about: str | None = None, since: Day = None, until: Day = None, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    """Quotes by day; ``q`` searches their words (all must appear; "a phrase" stays a phrase)."""
    rows = store.quotes(speaker, country, about, since=day(since, "since"), until=day(until, "until"), search=q,
                        limit=limit, offset=offset)
    return page(rows, limit, offset)


@router.get("/events")
def events(store: StoreDep, source: str | None = None, target: str | None = None, type: str | None = None,
           quad: Annotated[int | None, Query(ge=1, le=4)] = None, since: Day = None, until: Day = None,
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events by day, with the reports, articles and sources of each."""
    rows = store.events(source, target, type=type, quad=quad, since=day(since, "since"), until=day(until, "until"),
                        limit=limit, offset=offset)
    return page(rows, limit, offset)


@router.get("/actors")
def actors(store: StoreDep, q: str | None = None, country: str | None = None, limit: Limit = 20) -> dict[str, Any]:
    """Actors by the number of articles naming them; with ``q``, those whose name or code starts so."""
    rows = store.suggest(q, limit) if q else store.actors(limit, country)
    return page(rows, limit, 0)


@router.get("/relations")
def relation(store: StoreDep, a: str, b: str, freq: Freq = "month", since: Day = None, until: Day = None,
             moves: Annotated[int, Query(ge=0, le=20)] = 5) -> dict[str, Any]:
    """The pair's series and its explained moves; ``/api/relations/evidence`` gives the events and quotes behind
    each point."""
    result = relations.series(store, a, b, freq, day(since, "since"), day(until, "until"))
    return {**result, "moves": relations.explain(store, result, top=moves)}


@router.get("/relations/evidence")
def evidence(store: StoreDep, a: str, b: str, period: str, freq: Freq = "month") -> dict[str, Any]:
    """The events and quotes behind one point of a pair's series."""
    when = day(period, "period")
    if not when:
        raise UsageError("period: give the first day of the period, YYYY-MM-DD")
    start, end = relations.period_span(when, freq)
    result = relations.evidence(store, relations.series(store, a, b, freq, start, end))
    point = result["points"][0] if result["points"] else {"events": [], "quotes": []}
    return {"a": result["a"], "b": result["b"], "freq": freq, "period": start, "events": point["events"],
            "quotes": point["quotes"]}


@router.get("/overview")
def overview(store: StoreDep, top: Annotated[int, Query(ge=1, le=50)] = 8) -> dict[str, Any]:
    """The most active and the most changed pairs, each with its monthly net cooperation."""
    result = relations.overview(store, top=top)
    for pair in result["strongest"] + result["changed"]:
        series = relations.series(store, pair["a"], pair["b"], "month")
        pair["spark"] = {"periods": [p["period"] for p in series["points"]],
                         "net": [p["both"]["net"] for p in series["points"]]}
    return result


@router.get("/stats")
def stats(store: StoreDep) -> dict[str, Any]:
    """What the store holds."""
    return store.stats()
