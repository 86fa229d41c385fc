"""The pipeline: read -> repair -> parse -> stages (actors, times, quotes, events, dating), one document at a time.

A stage is a callable ``Document -> Document`` built once per run by ``<module>.stage(settings)``; it adds its
layer and hands the document on, so a stage can be swapped, skipped or tested alone. Each stage module declares
the layers it reads (``REQUIRES``) and adds (``ASSIGNS``); no stage imports another, and the pipeline checks the
chain when it is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import importlib.metadata
import logging
import re
import time
import warnings
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import nlp, readers, repair, workers
from .budget import time_limit
from .display import Record
from .document import Article, Document
from .errors import DetenteError, DetenteWarning, InputError
from .settings import Settings, parse_date

log = logging.getLogger(__name__)

Stage = Callable[[Document], Document]
STAGE_MODULES = {"actors": "detente.actors", "times": "detente.times", "quotes": "detente.quotes",
                 "events": "detente.events", "dating": "detente.times.dater"}


@dataclass(frozen=True)
class Failure:
    """An input that could not be turned into a record, with the reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return self.reason


def build_stages(settings: Settings) -> list[tuple[str, Stage]]:
    """The enabled stages, in pipeline order, once each stage finds before it the layers it requires."""
    out = []
    present = {"text", "parse"}  # what reading and parsing give every document
    for name in settings.stages:
        if name not in STAGE_MODULES:
            raise DetenteError(f"unknown stage '{name}'; choose from {', '.join(STAGE_MODULES)}")
        module = importlib.import_module(STAGE_MODULES[name])
        missing = [layer for layer in module.REQUIRES if layer not in present]
        if missing:
            raise DetenteError(f"the {name} stage needs {', '.join(missing)}: run the "
                               f"{', '.join(missing)} stage{'s' if len(missing) > 1 else ''} before it")
        present.update(module.ASSIGNS)
        out.append((name, module.stage(settings)))
    return out


class Pipeline:
    """Turns articles into documents; built once, used for any number of inputs."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp.load(self.settings.models)
        self.stages = build_stages(self.settings)
        self.provenance = provenance(self.nlp, self.settings)
        self.timings: dict[str, float] = defaultdict(float)  # seconds per step over the run (for benchmarks)

    def run(self, items: Iterable[Article | InputError]) -> Iterator[Document | Failure]:
        """Documents in input order; a bad input yields a Failure and the batch goes on."""
        if self.settings.jobs > 1:
            yield from self._run_parallel(items)
            return
        batch: list[Article | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | InputError]) -> Iterator[Document | Failure]:
        docs = [self._prepare(item) for item in batch]
        started = time.perf_counter()
        docs = self._parse(docs)
        self.timings["parse"] += time.perf_counter() - started
        for d in docs:
            yield d if isinstance(d, Failure) else self._annotate(d)

    def _run_parallel(self, items: Iterable[Article | InputError]) -> Iterator[Document | Failure]:
        """Parse and run the stages in ``jobs`` processes, in input order; this one prepares the articles."""
        prepared: deque[Document | Failure] = deque()  # sent out, in order, until its result comes back

        def sent() -> Iterator[Document | Failure]:
            for item in items:
                prepared.append(self._prepare(item))
                yield prepared[-1]

        jobs, limit = self.settings.jobs, self.settings.timeout
        for result in workers.run(self._work, sent(), self.settings.batch_size, jobs, limit):
            document = prepared.popleft()
            if not isinstance(result, workers.Lost):
                yield result
            elif isinstance(document, Document):
                yield _failure(document, "parse", Exception(result.reason))
            else:
                yield document

    def _work(self, batch: list[Document | Failure]) -> list[Document | Failure]:
        """In a worker: parse the batch and run the stages (what comes back leaves the parse behind)."""
        return [d if isinstance(d, Failure) else self._annotate(d) for d in self._parse(batch)]

    def _parse(self, docs: list[Document | Failure]) -> list[Document | Failure]:
        """Parse the batch; when a text breaks it, parse each alone so that only that one fails."""
        ready = [d for d in docs if isinstance(d, Document)]
        limit = self.settings.timeout
        try:
            with time_limit(limit * len(ready) if limit else None):
                for document, parsed in zip(ready, nlp.parse(self.nlp, (d.text for d in ready)), strict=True):
                    document.doc = parsed
            return docs
        except Exception:  # one bad or slow text never stops a batch
            log.debug("a batch failed to parse; parsing its texts one by one", exc_info=True)
        out: list[Document | Failure] = []
        for d in docs:
            if isinstance(d, Document):
                try:
                    with time_limit(limit):
                        d.doc = next(iter(nlp.parse(self.nlp, [d.text])))
                except Exception as exc:
                    d = _failure(d, "parse", exc)
            out.append(d)
        return out

    def _prepare(self, item: Article | InputError) -> Document | Failure:
        if isinstance(item, InputError):
            return Failure(item.source, str(item))
        if self.settings.published:
            item.published = self.settings.published
        started = time.perf_counter()
        document = Document(item, provenance=dict(self.provenance), warnings=list(item.warnings))
        try:
            with time_limit(self.settings.timeout):
                _clean(document)
                repair.apply(document)
                readers.check_language(document)
        except Exception as exc:  # one bad article never stops a batch
            return _failure(document, "repair", exc)
        self.timings["repair"] += time.perf_counter() - started
        if len(document.text) > self.nlp.max_length:
            label = document.article.source or document.article.id
            return Failure(label, f"cannot process '{label}': text is {len(document.text):,} characters, over the "
                                  f"parser's limit of {self.nlp.max_length:,}; split it into several articles")
        return document

    def _annotate(self, document: Document) -> Document | Failure:
        name = "stages"
        try:
            with time_limit(self.settings.timeout):
                for name, stage in self.stages:
                    started = time.perf_counter()
                    document = stage(document)
                    self.timings[name] += time.perf_counter() - started
        except Exception as exc:  # one bad or slow article never stops a batch
            return _failure(document, f"{name} stage", exc)
        return document


def _failure(document: Document, step: str, exc: Exception) -> Failure:
    """An article that a step could not process, with the reason, logged with its traceback."""
    log.debug("%s failed on %s", step, document.article.id, exc_info=True)
    label = document.article.source or document.article.id
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return Failure(label, f"cannot process '{label}': {step} failed ({reason})")


def _clean(document: Document) -> None:
    """Lone surrogates (from a broken encoding or a JSON escape) become U+FFFD, one character for one, so that
    every offset stays right and the record can be written."""
    article = document.article
    for name in ("text", "title", "id", "source", "url"):
        value = getattr(article, name)
        if isinstance(value, str) and _SURROGATES.search(value):
            setattr(article, name, _SURROGATES.sub("\ufffd", value))
            if name == "text":
                document.warnings.append("replaced characters that are not valid Unicode (lone surrogates)")


_SURROGATES = re.compile("[\ud800-\udfff]")


def provenance(model: object, settings: Settings) -> dict[str, str | None]:
    """What a record was made with: package version, spaCy model name and version, and a hash of the data."""
    meta = getattr(model, "meta", {})
    model_name = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    return {"version": importlib.metadata.version("detente"), "model": model_name, "data": data_hash(settings)}


def versions(settings: Settings | None = None) -> dict[str, str]:
    """The versions a run would record, without loading the model: package, spaCy model and data."""
    settings = settings or Settings()
    out = {"detente": importlib.metadata.version("detente")}
    for name in settings.models:
        try:
            out["model"] = f"{name}-{importlib.metadata.version(name.replace('_', '-'))}"
            break
        except importlib.metadata.PackageNotFoundError:
            continue
    else:
        out["model"] = "none installed"
    out["data"] = data_hash(settings)
    return out


def data_hash(settings: Settings) -> str:
    """A short hash of every data file a run reads: the package's, the user knowledge base's and ``--data``."""
    package = Path(__file__).with_name("data")
    user = sorted(Path(settings.kb_dir).glob("*"))
    files = sorted(package.rglob("*")) + user + [Path(p) for p in settings.extra_data]
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def extract(text_or_path: str | Path | Article, published: str | None = None,
            settings: Settings | None = None) -> Record:
    """The record of one article, given as text, as a path to a file or as an ``Article`` (the Python face of
    ``detente extract``)."""
    settings = settings or Settings()
    date = parse_date(published) or settings.published
    pipeline = _pipeline(settings)
    items: list[Article | InputError]
    if isinstance(text_or_path, Article):
        items = [text_or_path]
    elif _is_path(text_or_path):
        items = list(readers.read([str(text_or_path)], settings))
    else:
        items = [readers.from_text(str(text_or_path), source=None)]
    if len(items) != 1:
        raise DetenteError(f"'{text_or_path}' holds {len(items)} articles; read it with detente.extract_many")
    item = items[0]
    if isinstance(item, InputError):
        raise item
    if date:
        item.published = date
    result = next(pipeline.run([item]))
    if isinstance(result, Failure):
        raise DetenteError(result.reason)
    return Record(result.to_record())


def extract_many(items: Iterable[str | Path | dict[str, Any] | Article], published: str | None = None,
                 jobs: int | None = None, settings: Settings | None = None,
                 errors: str = "warn") -> Iterator[Record]:
    """The records of many articles, in order, as they are extracted.

    An item is a text, a path (a file, several articles for JSON Lines and feeds, or a folder), a dict with the
    JSON Lines fields (``text``, and ``id``, ``title``, ``published``, ``url``, ``source`` where known) or an
    ``Article``. ``published`` (YYYY-MM-DD) dates the articles that carry no date of their own; ``jobs`` parses in
    that many processes. The same article given twice is extracted once. An item that cannot be read or extracted
    is reported and skipped (``errors="warn"``, a warning naming it and the reason), raised as a DetenteError
    (``"raise"``) or skipped in silence (``"skip"``).
    """
    if errors not in ("warn", "raise", "skip"):
        raise DetenteError(f"errors='{errors}': choose warn, raise or skip")
    settings = settings or Settings()
    if jobs is not None:
        settings = replace(settings, jobs=max(1, int(jobs)))
    default = parse_date(published, "published")
    for result in _pipeline(settings).run(readers.unique(_articles(items, settings, default))):
        if isinstance(result, Document):
            yield Record(result.to_record())
        elif errors == "raise":
            raise DetenteError(result.reason)
        elif errors == "warn":
            warnings.warn(result.reason, DetenteWarning, stacklevel=2)


def _articles(items: Iterable[str | Path | dict[str, Any] | Article], settings: Settings,
              default: dt.date | None) -> Iterator[Article | InputError]:
    for n, item in enumerate(items, 1):
        if isinstance(item, Article):
            found: Iterable[Article | InputError] = [item]
        elif isinstance(item, dict):
            found = [readers.from_fields(item, f"item {n}", settings)]
        elif isinstance(item, str | Path) and _is_path(item) or isinstance(item, Path):
            found = readers.read([str(item)], settings)
        elif isinstance(item, str):
            found = [readers.from_text(item, source=None)]
        else:
            found = [InputError(f"item {n}", f"{type(item).__name__!r} is no article: give a text, a path, a dict "
                                                "or an Article")]
        for article in found:
            if isinstance(article, Article) and article.published is None and default:
                article.published = default
            yield article


def _is_path(value: str | Path) -> bool:
    """A Path, or a one-line string naming an existing file."""
    if isinstance(value, Path):
        return True
    if "\n" in value or len(value) > 1024:
        return False
    try:
        return Path(value).is_file()
    except OSError:
        return False


_PIPELINES: dict[Settings, Pipeline] = {}


def _pipeline(settings: Settings) -> Pipeline:
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings)
    return _PIPELINES[settings]
