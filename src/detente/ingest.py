"""Ingest: extract articles and keep their records in a store; reprocess what an older extractor stored.

Records are written in transactions of one batch each, so a killed run leaves whole articles only, and a rerun
skips what is stored already (by content) and goes on where it stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import readers
from .document import Article, Document
from .errors import InputError, StoreError
from .pipeline import Failure, Pipeline
from .settings import Settings
from .store import Store

log = logging.getLogger(__name__)
OUTCOMES = ("stored", "unchanged", "replaced", "failed")
Progress = Callable[[str], None]  # called with each article's outcome


@dataclass
class Summary:
    """What a run did to the store."""

    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    articles: list[tuple[str, str]] = field(default_factory=list)  # (stored article id, outcome) in input order

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def total(self) -> int:
        return self.stored + self.unchanged + self.replaced + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in OUTCOMES} | {"failures": [list(f) for f in self.failures]}


def ingest(paths: Iterable[str], store: Store, settings: Settings, pipeline: Pipeline | None = None,
           progress: Progress | None = None) -> Summary:
    """Extract every article under ``paths`` not stored yet and store its record."""
    return ingest_items(readers.unique(readers.read(paths, settings)), store, settings, pipeline, progress)


def ingest_items(items: Iterable[Article | InputError], store: Store, settings: Settings,
                 pipeline: Pipeline | None = None, progress: Progress | None = None) -> Summary:
    """Extract the articles not stored yet and store their records; inputs that failed to read are counted."""
    pipeline = pipeline or Pipeline(settings)
    summary = Summary()
    note = progress or (lambda outcome: None)

    def fresh(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        for item in items:
            stored = store.article_with(item.text) if isinstance(item, Article) else None
            if stored:
                summary.unchanged += 1
                summary.articles.append((stored, "unchanged"))
                note("unchanged")
                continue
            yield item

    save(store, pipeline.run(fresh(items)), summary, settings.batch_size, note)
    return summary


def reprocess(store: Store, settings: Settings, pipeline: Pipeline | None = None,
              progress: Progress | None = None) -> Summary:
    """Extract again the stored articles whose provenance differs from this extractor's, from their stored text."""
    pipeline = pipeline or Pipeline(settings)
    summary = Summary()
    todo = store.outdated(pipeline.provenance)
    articles = (_article(store.source(pk)) for pk in todo)
    save(store, pipeline.run(articles), summary, settings.batch_size, progress or (lambda outcome: None),
         replace=True)
    return summary


def _article(source: dict[str, Any]) -> Article:
    published = dt.date.fromisoformat(source["published"]) if source["published"] else None
    return Article(**{**source, "published": published})


def save(store: Store, results: Iterable[Document | Failure], summary: Summary, batch: int, note: Progress,
         replace: bool = False) -> None:
    """Store documents in transactions of ``batch``; failures are counted with their reasons."""
    pending: list[Document | Failure] = []
    for result in results:
        pending.append(result)
        if len(pending) >= batch:
            _commit(store, pending, summary, note, replace)
            pending = []
    _commit(store, pending, summary, note, replace)


def _commit(store: Store, pending: list[Document | Failure], summary: Summary, note: Progress,
            replace: bool) -> None:
    outcomes: list[tuple[str, tuple[str, str]]] = []  # (outcome, (article id, or input and reason))
    with store.transaction():
        for result in pending:
            if isinstance(result, Failure):
                outcomes.append(("failed", (result.source, result.reason)))
                continue
            record = result.to_record()
            try:
                outcome = store.put(record, raw=result.raw, origin=result.article.origin, replace=replace)
            except StoreError as exc:
                outcomes.append(("failed", (result.article.source or result.article.id, str(exc))))
                continue
            stored = store.article_with(result.raw or result.text) if outcome == "unchanged" else result.article.id
            outcomes.append((outcome, (stored or result.article.id, "")))
    for outcome, detail in outcomes:  # counted once committed: a killed run reports nothing it did not keep
        if outcome == "failed":
            summary.failures.append(detail)
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.articles.append((detail[0], outcome))
        note(outcome)
