"""Ingest: extract articles and keep their records in a store; reprocess what an older extractor stored.

Records are written in transactions of one batch each, so a killed run leaves whole articles only, and a rerun
skips what is stored already (by content) and goes on where it stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import readers
from .document import Article, Document
from .errors import InputError, StoreError
from .pipeline import Failure, Pipeline
from .settings import Settings
from .store import Store

log = logging.getLogger(__name__)
OUTCOMES = ("stored", "unchanged", "replaced", "failed")
Progress = Callable[[str], None]  # called with each article's outcome
T = TypeVar("T")


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


@dataclass(frozen=True)
class Extracted:
    """A record ready to store, with the text it was read as (where repair changed it) and the input it came
    from; plain data, so it travels between processes and machines."""

    record: dict[str, Any]
    raw: str | None
    origin: str
    label: str

    @classmethod
    def of(cls, document: Document) -> Extracted:
        return cls(document.to_record(), document.raw, document.article.origin,
                   document.article.source or document.article.id)

    @property
    def read_text(self) -> str:
        """The text as read, which the store knows the article by."""
        return self.raw or self.record["article"]["text"]


def extracted(results: Iterable[Document | Failure]) -> Iterator[Extracted | Failure]:
    """Pipeline results as records ready to store."""
    for result in results:
        yield Extracted.of(result) if isinstance(result, Document) else result


Extract = Callable[[Iterable[Article | InputError]], Iterable["Extracted | Failure"]]


def ingest(paths: Iterable[str], store: Store, settings: Settings, pipeline: Pipeline | None = None,
           progress: Progress | None = None, extract: Extract | None = None) -> Summary:
    """Extract every article under ``paths`` not stored yet and store its record."""
    return ingest_items(readers.unique(readers.read(paths, settings)), store, settings, pipeline, progress, extract)


def ingest_items(items: Iterable[Article | InputError], store: Store, settings: Settings,
                 pipeline: Pipeline | None = None, progress: Progress | None = None,
                 extract: Extract | None = None) -> Summary:
    """Extract the articles not stored yet and store their records; inputs that failed to read are counted.
    ``extract`` turns articles into records (default: a pipeline in this process; see detente.engine for Dask)."""
    if extract is None:
        run = pipeline or Pipeline(settings)
        extract = lambda articles: extracted(run.run(articles))  # noqa: E731
    summary = Summary()
    note = progress or (lambda outcome: None)
    fresh = _not_stored(items, lambda item: item.text if isinstance(item, Article) else None, store, summary, note)
    save(store, extract(fresh), summary, settings.batch_size, note)
    return summary


def load(records: Iterable[Extracted], store: Store, settings: Settings, progress: Progress | None = None) -> Summary:
    """Store records extracted elsewhere (a Parquet backfill), with the guarantees of an ingest."""
    summary = Summary()
    note = progress or (lambda outcome: None)
    fresh = _not_stored(records, lambda r: r.read_text, store, summary, note)
    save(store, fresh, summary, settings.batch_size, note)
    return summary


def _not_stored(items: Iterable[T], text: Callable[[T], str | None], store: Store, summary: Summary,
                note: Progress) -> Iterator[T]:
    """The items whose text is not stored yet; the others are counted unchanged, under the stored article's id."""
    for item in items:
        content = text(item)
        stored = store.article_with(content) if content is not None else None
        if stored:
            summary.unchanged += 1
            summary.articles.append((stored, "unchanged"))
            note("unchanged")
            continue
        yield item


def reprocess(store: Store, settings: Settings, pipeline: Pipeline | None = None,
              progress: Progress | None = None) -> Summary:
    """Extract again the stored articles whose provenance differs from this extractor's, from their stored text."""
    pipeline = pipeline or Pipeline(settings)
    summary = Summary()
    todo = store.outdated(pipeline.provenance)
    articles = (_article(store.source(pk)) for pk in todo)
    save(store, extracted(pipeline.run(articles)), summary, settings.batch_size, progress or (lambda outcome: None),
         replace=True)
    return summary


def _article(source: dict[str, Any]) -> Article:
    published = dt.date.fromisoformat(source["published"]) if source["published"] else None
    return Article(**{**source, "published": published})


def save(store: Store, results: Iterable[Extracted | Failure], summary: Summary, batch: int, note: Progress,
         replace: bool = False) -> None:
    """Store records in transactions of ``batch``; failures are counted with their reasons."""
    pending: list[Extracted | Failure] = []
    for result in results:
        pending.append(result)
        if len(pending) >= batch:
            _commit(store, pending, summary, note, replace)
            pending = []
    _commit(store, pending, summary, note, replace)


def _commit(store: Store, pending: list[Extracted | Failure], summary: Summary, note: Progress,
            replace: bool) -> None:
    outcomes: list[tuple[str, tuple[str, str]]] = []  # (outcome, (article id, or input and reason))
    with store.transaction():
        for result in pending:
            if isinstance(result, Failure):
                outcomes.append(("failed", (result.source, result.reason)))
                continue
            article_id = result.record["article"]["id"]
            try:
                outcome = store.put(result.record, raw=result.raw, origin=result.origin, replace=replace)
            except StoreError as exc:
                outcomes.append(("failed", (result.label, str(exc))))
                continue
            stored = store.article_with(result.read_text) if outcome == "unchanged" else article_id
            outcomes.append((outcome, (stored or article_id, "")))
    for outcome, detail in outcomes:  # counted once committed: a killed run reports nothing it did not keep
        if outcome == "failed":
            summary.failures.append(detail)
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.articles.append((detail[0], outcome))
        note(outcome)
