"""Uploads: one article from a request, extracted and stored through the same ingest as the command line."""

from __future__ import annotations

from typing import Any

from .. import readers
from ..errors import InputError, UsageError
from ..ingest import ingest_items
from ..settings import Settings, parse_date
from ..store import Store
from .app import WebConfig

KINDS = {"application/json": "jsonl", "text/html": "html", "text/plain": "text"}


def upload(cfg: WebConfig, data: bytes, content_type: str, published: str | None = None) -> dict[str, Any]:
    """Read ``data`` as one article of ``content_type``, extract and store it; the outcome and the stored record."""
    kind = KINDS.get(content_type.split(";")[0].strip().lower())
    if kind is None:
        raise UsageError(f"cannot read an article sent as '{content_type}': send {', '.join(KINDS)}")
    settings = Settings()
    date = parse_date(published, "published")
    items = readers.read_bytes(data, "<upload>", settings, kind)
    if len(items) != 1:
        raise UsageError(f"send one article at a time, not {len(items)}")
    if isinstance(items[0], InputError):
        raise UsageError(str(items[0]))
    if date:
        items[0].published = date
    with cfg.lock:  # one writer, and one model, for the whole server
        if cfg.pipeline is None:
            from ..pipeline import Pipeline

            cfg.pipeline = Pipeline(Settings())
        with Store(cfg.db) as store:
            summary = ingest_items(items, store, settings, cfg.pipeline)
            if summary.failures:
                raise UsageError(summary.failures[0][1])
            article, outcome = summary.articles[0]
            return {"outcome": outcome, "record": store.record(article)}
