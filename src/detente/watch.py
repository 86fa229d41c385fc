"""Watch: store what is new in folders and RSS/Atom feeds, a round at a time, until stopped.

A folder's article files are read once, and again when their size or modification time changes; a feed's items
are read once. What was read is remembered in the store only once its records are committed, so a watch killed at
any moment loses nothing it stored, and the next one stores nothing twice (the store knows its articles by
content as well). A folder or a feed that cannot be read is reported and tried again next round; it never stops
the others. Feeds are fetched from their http or https URL only, with a time limit, a size limit and a few tries.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import importlib.metadata
import logging
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import readers
from .errors import DetenteError, InputError, StoreError, UsageError
from .ingest import Progress, Summary, ingest_items
from .pipeline import Pipeline
from .settings import Settings
from .store import Store

log = logging.getLogger(__name__)

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DURATION = re.compile(r"(?:\d+(?:\.\d+)?[smhd])+")
URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
SCHEMES = ("http", "https")
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
CHUNK = 65536  # bytes read at a time, so that the size and time limits hold while a feed downloads


@dataclass(frozen=True)
class Source:
    """A folder to watch for article files (its absolute path), or the http(s) URL of an RSS or Atom feed."""

    location: str
    feed: bool = False

    def __str__(self) -> str:
        return self.location


def sources(args: Iterable[str]) -> list[Source]:
    """The folders and feed URLs to watch, each once; anything else is a UsageError naming it."""
    out: list[Source] = []
    for arg in args:
        source = _source(arg)
        if source not in out:
            out.append(source)
    if not out:
        raise UsageError("nothing to watch; give folders or feed URLs")
    return out


def _source(arg: str) -> Source:
    if URL.match(arg):
        parts = urllib.parse.urlsplit(arg)
        scheme = parts.scheme.lower()
        if scheme == "file":
            raise UsageError(f"'{arg}': file URLs are not fetched; give the folder to watch instead")
        if scheme not in SCHEMES:
            raise UsageError(f"'{arg}': only http and https feeds are fetched")
        if not parts.hostname:
            raise UsageError(f"'{arg}': the URL has no host")
        return Source(arg, feed=True)
    path = Path(arg)
    if path.is_dir():
        return Source(str(path.resolve()))
    if path.exists():
        raise UsageError(f"'{arg}' is a file, not a folder; watch its folder, or read it once with 'detente ingest'")
    raise UsageError(f"'{arg}': no such folder; give a folder or an http(s) feed URL")


def parse_interval(value: str, what: str = "--every") -> float:
    """Seconds in a duration written as 30s, 5m, 1h, 1d or a sum of them (1h30m); a UsageError otherwise."""
    text = value.strip().lower().replace(" ", "")
    if not DURATION.fullmatch(text):
        raise UsageError(f"{what}: '{value}' is not a duration; write it as 30s, 5m or 1h")
    seconds = sum(float(n) * UNITS[unit] for n, unit in re.findall(r"(\d+(?:\.\d+)?)([smhd])", text))
    if seconds <= 0:
        raise UsageError(f"{what}: '{value}' is no time at all; give a duration such as 30s, 5m or 1h")
    return seconds


# ---- fetching ----

class _Transient(Exception):
    """A failure worth another try: no answer, a dropped connection, a server error."""


class _Final(Exception):
    """A failure another try would only repeat: a client error, a feed too large, a refused redirect."""


class _HttpOnly(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https URLs only."""

    def http_error_302(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any) -> Any:
        target = urllib.parse.urljoin(req.full_url, headers.get("location") or headers.get("uri") or "")
        scheme = urllib.parse.urlsplit(target).scheme.lower()
        if scheme not in SCHEMES:
            fp.close()
            raise _Final(f"redirected to a {scheme} URL; only http and https are fetched")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    """An opener for http and https only (no file, ftp or data URLs, whether given or redirected to)."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(), _HttpOnly(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


@functools.cache
def _user_agent() -> str:
    return f"detente/{importlib.metadata.version('detente')} (feed reader)"


@dataclass(frozen=True)
class Fetcher:
    """Fetches a feed from its URL: http and https only, within ``timeout`` seconds and ``max_bytes``, tried up to
    ``tries`` times after no answer or a server error, waiting ``backoff`` seconds before the second try and twice
    as long before each further one."""

    timeout: float = 30.0
    tries: int = 3
    backoff: float = 2.0
    max_bytes: int = 20_000_000
    sleep: Callable[[float], object] = time.sleep

    def __call__(self, url: str) -> bytes:
        """The body at ``url``, or an InputError naming it and why it could not be had."""
        delay, problem = self.backoff, ""
        for attempt in range(1, max(1, self.tries) + 1):
            try:
                return self._get(url)
            except _Final as exc:
                raise InputError(url, str(exc)) from None
            except _Transient as exc:
                problem = str(exc)
            if attempt < self.tries:
                log.info("fetching %s: %s; trying again in %g s", url, problem, delay)
                self.sleep(delay)
                delay *= 2
        raise InputError(url, f"{problem} (tried {self.tries} times)" if self.tries > 1 else problem)

    def _get(self, url: str) -> bytes:
        if urllib.parse.urlsplit(url).scheme.lower() not in SCHEMES:
            raise _Final("only http and https URLs are fetched")
        request = urllib.request.Request(url, headers={"User-Agent": _user_agent(), "Accept": ACCEPT})
        deadline = time.monotonic() + self.timeout
        try:
            with _opener().open(request, timeout=self.timeout) as response:
                return self._body(response, deadline)
        except urllib.error.HTTPError as exc:
            exc.close()
            status = f"HTTP {exc.code} {exc.reason}".strip()
            raise (_Transient(status) if exc.code >= 500 or exc.code in (408, 429) else _Final(status)) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Transient(f"no answer within {self.timeout:g} s") from None
            raise _Transient(getattr(exc.reason, "strerror", None) or str(exc.reason)) from None
        except TimeoutError:
            raise _Transient(f"no answer within {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as exc:
            raise _Transient(f"the connection failed ({_one_line(exc)})") from None

    def _body(self, response: Any, deadline: float) -> bytes:
        limit = readers.megabytes(self.max_bytes)
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise _Final(f"the feed is {readers.megabytes(int(length))}, over the {limit} limit")
        chunks, size = [], 0
        while chunk := response.read(CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise _Final(f"the feed is over the {limit} limit")
            if time.monotonic() > deadline:
                raise _Transient(f"the download took over {self.timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


# ---- rounds ----

@dataclass
class Round:
    """What one round did: the outcomes of the new articles, and the folders and feeds that could not be read."""

    sources: int = 0
    summary: Summary = field(default_factory=Summary)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (folder or feed, reason)

    @property
    def exit_code(self) -> int:
        """0 all read, 1 some failed, 2 every folder and feed failed or every new article did (as ``ingest``)."""
        failed = self.summary.failed
        if not self.errors and not failed:
            return 0
        everything = len(self.errors) >= self.sources or (self.summary.total > 0 and failed == self.summary.total)
        return 2 if everything else 1


@dataclass
class Totals:
    """What a watch did over its rounds, counted as each article is committed: an interrupted watch still says
    exactly what it kept."""

    rounds: int = 0
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    errors: int = 0  # times a folder or a feed could not be read
    last: Round | None = None

    def note(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


class Watcher:
    """Reads what is new in folders and feeds and stores it, a round at a time; the model loads when there is
    first something to extract, once."""

    def __init__(self, store: Store, settings: Settings, pipeline: Pipeline | None = None,
                 fetch: Callable[[str], bytes] | None = None, totals: Totals | None = None,
                 progress: Progress | None = None) -> None:
        self.store = store
        self.settings = settings
        self.fetch = fetch or Fetcher(max_bytes=settings.max_bytes)
        self.totals = totals if totals is not None else Totals()
        self.progress = progress
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.settings)
        return self._pipeline

    def round(self, sources: Iterable[Source]) -> Round:
        """Read and store what is new in every source; one that fails is reported in the round, not raised."""
        result = Round()
        for source in sources:
            result.sources += 1
            reason = self._read(source, result.summary)
            if reason is not None:
                result.errors.append((source.location, reason))
                self.totals.errors += 1
        self.totals.rounds += 1
        self.totals.last = result
        s = result.summary
        log.info("round %d: %d stored, %d unchanged, %d replaced, %d failed, %d of %d sources unreadable",
                 self.totals.rounds, s.stored, s.unchanged, s.replaced, s.failed, len(result.errors), result.sources)
        return result

    def _read(self, source: Source, summary: Summary) -> str | None:
        """Store what is new in one source, adding the outcomes to ``summary``; why it could not be read, or None."""
        try:
            if source.feed:
                self._feed(source, summary)
            else:
                self._folder(source, summary)
        except InputError as exc:
            return exc.reason
        except (StoreError, sqlite3.OperationalError) as exc:  # the store is busy or full: next round
            return str(exc)
        except DetenteError:  # no model, bad data files: no round can do better
            raise
        except Exception as exc:  # one bad source never stops the others
            log.debug("watching %s failed", source, exc_info=True)
            return f"unexpected error ({_one_line(exc)})"
        return None

    def _folder(self, source: Source, summary: Summary) -> None:
        """Store the folder's article files not read before or changed since, then remember them."""
        folder = Path(source.location)
        if not folder.is_dir():
            raise InputError(source.location, "the folder is gone (or is no longer a folder)")
        try:
            files = list(readers.article_files(folder, self.settings.include))
        except OSError as exc:
            raise InputError(source.location, f"cannot list the folder ({exc.strerror or exc})") from None
        known = self.store.watched(source.location)
        new: dict[Path, tuple[str, str]] = {}  # file -> (its path inside the folder, its state before reading)
        for path in files:
            try:
                stat = path.stat()
            except OSError:  # gone since listed
                continue
            item, state = path.relative_to(folder).as_posix(), f"{stat.st_size}:{stat.st_mtime_ns}"
            if known.get(item) != state:
                new[path] = (item, state)
        if not new:
            return
        log.info("%s: %d new or changed files", folder, len(new))
        self._ingest(readers.unique(item for path in new for item in readers.read_file(path, self.settings)), summary)
        self.store.mark_watched(source.location, dict(new.values()))

    def _feed(self, source: Source, summary: Summary) -> None:
        """Store the feed's items not read before, then remember them."""
        url = source.location
        feed = readers.parse_feed(self.fetch(url))
        if not feed.entries and not feed.get("version"):
            raise InputError(url, _not_a_feed(feed))
        known = self.store.watched(url)
        new: dict[str, readers.Item] = {}  # item key -> its article
        for n, entry in enumerate(feed.entries, 1):
            key = entry_key(entry)
            if key not in known and key not in new:
                new[key] = readers.entry_article(entry, f"{url}:entry {n}", url, self.settings)
        if not new:
            return
        log.info("%s: %d new items", url, len(new))
        self._ingest(readers.unique(new.values()), summary)
        self.store.mark_watched(url, dict.fromkeys(new, ""))

    def _ingest(self, items: Iterable[readers.Item], summary: Summary) -> None:
        """Store the articles among ``items`` (in transactions, as ``ingest`` does) and add their outcomes to
        ``summary``, before what was read is remembered."""
        def note(outcome: str) -> None:
            self.totals.note(outcome)
            if self.progress:
                self.progress(outcome)

        _add(summary, ingest_items(items, self.store, self.settings, self.pipeline, note))


def entry_key(entry: Any) -> str:
    """What identifies a feed item across fetches: its id (an RSS guid), else its link, else a digest of its title
    and text."""
    for name in ("id", "link"):
        if entry.get(name):
            return str(entry[name])
    words = [entry.get("title", ""), entry.get("summary", "")] + [c.get("value", "") for c in entry.get("content", [])]
    return "sha1:" + hashlib.sha1("\n".join(words).encode("utf-8", "surrogatepass")).hexdigest()


def _not_a_feed(feed: Any) -> str:
    """Why what was fetched is no feed: the XML parser's complaint, where it has one (its position is feedparser's
    and would mislead)."""
    problem = re.sub(r"^<unknown>:\d+:\d+: ", "", readers.feed_problem(feed))
    return f"not an RSS or Atom feed: {problem}" if problem else "not an RSS or Atom feed"


def _one_line(exc: BaseException) -> str:
    detail = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _add(total: Summary, part: Summary) -> None:
    total.stored += part.stored
    total.unchanged += part.unchanged
    total.replaced += part.replaced
    total.failures += part.failures
    total.articles += part.articles


def watch(store: Store, settings: Settings, sources: list[Source], every: float, stop: threading.Event, *,
          once: bool = False, pipeline: Pipeline | None = None, fetch: Callable[[str], bytes] | None = None,
          clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], object] | None = None,
          totals: Totals | None = None, on_round: Callable[[Round], None] | None = None,
          progress: Progress | None = None) -> Totals:
    """Store what is new in ``sources`` every ``every`` seconds until ``stop`` is set, or after one round with
    ``once``. ``sleep`` (by default: wait for ``stop``) and ``clock`` pace the rounds; ``on_round`` is given each
    round's outcome; ``totals`` (given, or made here and returned) is kept up to date as articles are stored."""
    if every <= 0 and not once:
        raise UsageError("the interval between rounds must be more than 0 seconds")
    watcher = Watcher(store, settings, pipeline, fetch or Fetcher(max_bytes=settings.max_bytes, sleep=stop.wait),
                      totals, progress)
    wait = sleep or stop.wait
    while not stop.is_set():
        started = clock()
        result = watcher.round(sources)
        if on_round:
            on_round(result)
        if once:
            break
        wait(max(0.0, started + every - clock()))
    return watcher.totals
