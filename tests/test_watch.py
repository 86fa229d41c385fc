"""Watching folders and feeds: new files and items stored once across rounds and restarts, bad feeds reported
without stopping the good ones, fetching limited to http(s), and the ``watch`` command. Feeds come from a local
server on 127.0.0.1."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from detente import cli_watch
from detente import watch as lib
from detente.errors import InputError, UsageError
from detente.pipeline import Pipeline
from detente.settings import Settings
from detente.store import Store

ITEMS = {
    1: ("Chile and Peru sign fisheries pact", "Chile and Peru signed a fisheries agreement in Lima on Monday, "
        "the two foreign ministries said."),
    2: ("Kenya reopens border with Ethiopia", "Kenya reopened its border crossing with Ethiopia at Moyale on "
        "Tuesday, officials said."),
    3: ("Japan and South Korea hold talks", "Japan held talks with South Korea in Seoul on Wednesday about "
        "fishing rights, the ministry said."),
}
FILES = {
    "a.txt": "Poland signed an energy agreement with Lithuania on Monday to link their power grids, officials said.",
    "b.txt": "France criticised Germany on Thursday over its new budget rules, the French finance minister said.",
}


def rss(*numbers: int) -> bytes:
    """A short RSS feed with the given items of ITEMS, each with a guid."""
    items = "".join(f"<item><title>{ITEMS[n][0]}</title><link>https://wire.example/{n}</link>"
                    f"<guid>urn:wire:{n}</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>"
                    f"<description>{ITEMS[n][1]}</description></item>" for n in numbers)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>https://wire.example/</link><description>News</description>{items}</channel></rss>").encode()


class Feeds(ThreadingHTTPServer):
    """A web server for the test: ``pages`` maps a path to (status, body, headers); /slow answers only when
    released; every request is counted in ``hits``."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages: dict[str, tuple[int, bytes, dict[str, str]]] = {}
        self.hits: Counter[str] = Counter()
        self.release = threading.Event()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_port}{path}"

    def serve(self, path: str, body: bytes, status: int = 200, **headers: str) -> str:
        self.pages[path] = (status, body, headers)
        return self.url(path)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up waiting (the slow feed) is no error of the server."""


class _Handler(BaseHTTPRequestHandler):
    server: Feeds

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.hits[self.path] += 1
        if self.path == "/slow":
            self.server.release.wait(5)
        status, body, headers = self.server.pages.get(self.path, (404, b"not found", {}))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the name http.server uses
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Feeds]:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    feeds = Feeds()
    thread = threading.Thread(target=feeds.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield feeds
    feeds.release.set()
    feeds.shutdown()
    feeds.server_close()
    thread.join(5)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(FILES["a.txt"], encoding="utf-8")
    (folder / "README.md").write_text("Notes about this folder, not an article at all.", encoding="utf-8")
    return folder


def quick(sleeps: list[float] | None = None, tries: int = 2) -> lib.Fetcher:
    """A fetcher with short limits whose waits between tries are recorded, not slept."""
    return lib.Fetcher(timeout=0.3, tries=tries, backoff=0.01, sleep=(sleeps if sleeps is not None else []).append)


def sources_of(store: Store) -> list[str]:
    return sorted(a["source"] for a in store.articles())


def test_watch_stores_new_files_and_items_once_across_rounds_and_restarts(
        tmp_path: Path, inbox: Path, server: Feeds, pipeline: Pipeline) -> None:
    feed = server.serve("/feed.xml", rss(1))
    db, stop, waits, rounds = tmp_path / "w.db", threading.Event(), [], []

    def between_rounds(seconds: float) -> None:  # after the first round a new file and a new item; then stop
        waits.append(seconds)
        if len(waits) == 1:
            (inbox / "b.txt").write_text(FILES["b.txt"], encoding="utf-8")
            server.serve("/feed.xml", rss(1, 2))
        else:
            stop.set()

    targets = lib.sources([str(inbox), feed, feed])
    with Store(db) as store:
        totals = lib.watch(store, Settings(), targets, 300, stop, pipeline=pipeline, fetch=quick(),
                           clock=lambda: 1000.0, sleep=between_rounds, on_round=rounds.append)
        assert [(r.summary.stored, r.summary.unchanged, r.summary.failed, r.errors) for r in rounds] == [
            (2, 0, 0, []), (2, 0, 0, [])]
        assert waits == [300.0, 300.0]
        assert (totals.rounds, totals.stored, totals.unchanged, totals.errors) == (2, 4, 0, 0)
        assert sources_of(store) == sorted([str(inbox / "a.txt"), str(inbox / "b.txt"), feed, feed])
        assert sorted(a["url"] or "" for a in store.articles()) == ["", "", "https://wire.example/1",
                                                                   "https://wire.example/2"]
        assert set(store.watched(str(inbox))) == {"a.txt", "b.txt"}
        assert store.watched(feed) == {"urn:wire:1": "", "urn:wire:2": ""}
    assert server.hits["/feed.xml"] == 2  # a feed given twice is fetched once a round

    with Store(db) as store:  # a restart reads nothing it read before; a changed file is read again
        again = lib.Watcher(store, Settings(), pipeline, quick()).round(targets)
        assert (again.summary.total, again.errors) == (0, [])
        (inbox / "a.txt").write_text(FILES["a.txt"] + " Talks go on in May.", encoding="utf-8")
        changed = lib.Watcher(store, Settings(), pipeline, quick()).round(targets)
        assert (changed.summary.stored, changed.summary.total) == (1, 1)
        assert store.stats()["articles"] == 5


def test_watch_a_kill_before_remembering_stores_nothing_twice(
        tmp_path: Path, inbox: Path, server: Feeds, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = server.serve("/feed.xml", rss(1))
    targets = lib.sources([str(inbox), feed])
    with Store(tmp_path / "k.db") as store:
        def lost(source: str, items: dict[str, str]) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store, "mark_watched", lost)  # the records are committed, what was read is not
        first = lib.Watcher(store, Settings(), pipeline, quick()).round(targets)
        assert first.summary.stored == 2
        assert first.errors == [(str(inbox), "disk I/O error"), (feed, "disk I/O error")]
        monkeypatch.undo()
        second = lib.Watcher(store, Settings(), pipeline, quick()).round(targets)
        assert (second.summary.stored, second.summary.unchanged, second.errors) == (0, 2, [])
        assert store.stats()["articles"] == 2
        third = lib.Watcher(store, Settings(), pipeline, quick()).round(targets)
        assert third.summary.total == 0


def test_watch_bad_feeds_are_reported_and_retried_without_stopping_the_good_one(
        tmp_path: Path, server: Feeds, pipeline: Pipeline) -> None:
    good = server.serve("/feed.xml", rss(1))
    garbage = server.serve("/garbage", b"\x00\x17 this is <not> a feed {")
    page = server.serve("/page", b"<html><body><p>A web page, not a feed.</p></body></html>")
    failing = server.serve("/error", b"oops", status=500)
    slow = server.serve("/slow", rss(2))
    targets = lib.sources([garbage, page, failing, slow, good])
    stop, sleeps, rounds = threading.Event(), [], []

    def between_rounds(seconds: float) -> None:  # the failing feed recovers; then stop after the second round
        server.serve("/error", rss(3))
        if len(rounds) == 2:
            stop.set()

    with Store(tmp_path / "b.db") as store:
        lib.watch(store, Settings(), targets, 60, stop, pipeline=pipeline, fetch=quick(sleeps),
                  sleep=between_rounds, on_round=rounds.append)
        first, second = rounds
        assert first.errors == [(garbage, "not an RSS or Atom feed: not well-formed (invalid token)"),
                                (page, "not an RSS or Atom feed"),
                                (failing, "HTTP 500 Internal Server Error (tried 2 times)"),
                                (slow, "no answer within 0.3 s (tried 2 times)")]
        assert (first.summary.stored, first.exit_code) == (1, 1)
        assert [e[0] for e in second.errors] == [garbage, page, slow]
        assert (second.summary.stored, second.exit_code) == (1, 1)
        assert sorted(a["url"] for a in store.articles()) == ["https://wire.example/1", "https://wire.example/3"]
    assert (server.hits["/error"], server.hits["/slow"], server.hits["/feed.xml"]) == (3, 4, 2)
    assert sleeps == [0.01, 0.01, 0.01]  # one wait before the second try of each failing fetch


def test_watch_fetch_backs_off_exponentially_and_gives_up(server: Feeds) -> None:
    failing = server.serve("/error", b"", status=503)
    sleeps: list[float] = []
    with pytest.raises(InputError) as caught:
        quick(sleeps, tries=4)(failing)
    assert caught.value.reason == "HTTP 503 Service Unavailable (tried 4 times)"
    assert (sleeps, server.hits["/error"]) == ([0.01, 0.02, 0.04], 4)


def test_watch_fetch_does_not_retry_what_would_fail_again(server: Feeds) -> None:
    missing, sleeps = server.url("/missing"), []
    with pytest.raises(InputError, match=r"HTTP 404 Not Found$"):
        quick(sleeps, tries=3)(missing)
    assert (sleeps, server.hits["/missing"]) == ([], 1)
    big = server.serve("/big", b"<rss>" + b"x" * 5000 + b"</rss>")
    with pytest.raises(InputError, match=r"the feed is 5 KB, over the 2 KB limit$"):
        lib.Fetcher(max_bytes=2000)(big)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://files.example/feed.xml"])
def test_watch_fetch_follows_no_redirect_off_http(server: Feeds, target: str) -> None:
    moved = server.serve("/moved", b"", status=302, Location=target)
    scheme = target.split(":")[0]
    with pytest.raises(InputError, match=f"redirected to a {scheme} URL; only http and https are fetched$"):
        quick()(moved)
    with pytest.raises(InputError, match="only http and https URLs are fetched"):
        quick()(target)


def test_watch_sources_and_intervals(tmp_path: Path) -> None:
    assert lib.sources([str(tmp_path), "https://a.example/rss", str(tmp_path)]) == [
        lib.Source(str(tmp_path.resolve())), lib.Source("https://a.example/rss", feed=True)]
    (tmp_path / "one.txt").write_text("text", encoding="utf-8")
    for arg, message in [("file:///tmp/feed.xml", "file URLs are not fetched; give the folder to watch instead"),
                         ("ftp://a.example/f", "only http and https feeds are fetched"),
                         ("http:///feed", "the URL has no host"),
                         (str(tmp_path / "none"), "no such folder; give a folder or an http(s) feed URL"),
                         (str(tmp_path / "one.txt"), "is a file, not a folder")]:
        with pytest.raises(UsageError, match=re.escape(message)):
            lib.sources([arg])
    assert [lib.parse_interval(v) for v in ("30s", "5m", "1h", "1h30m", "1.5h", " 2 d ")] == [
        30, 300, 3600, 5400, 5400, 172800]
    for bad in ("5", "5x", "", "m", "-1m"):
        with pytest.raises(UsageError, match=f"--every: '{bad}' is not a duration; write it as 30s, 5m or 1h"):
            lib.parse_interval(bad)
    with pytest.raises(UsageError, match="'0s' is no time at all"):
        lib.parse_interval("0s")


@pytest.fixture
def app(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """The watch command on an app of its own; it extracts with the session's pipeline (same settings)."""
    monkeypatch.setattr(lib, "Pipeline", lambda settings: pipeline)
    command = typer.Typer()
    command.callback()(lambda: None)
    cli_watch.register(command)
    return command


def test_cli_watch_once(app: typer.Typer, tmp_path: Path, inbox: Path, server: Feeds) -> None:
    runner, db = CliRunner(), tmp_path / "c.db"
    feed = server.serve("/feed.xml", rss(1, 2))
    first = runner.invoke(app, ["watch", str(inbox), feed, "--db", str(db), "--once"])
    assert (first.exit_code, first.stderr) == (0, f"{db}: 3 stored, 0 unchanged, 0 replaced, 0 failed\n")
    again = runner.invoke(app, ["watch", str(inbox), feed, "--db", str(db), "--once"])  # as cron runs it
    assert (again.exit_code, again.stderr) == (0, f"{db}: 0 stored, 0 unchanged, 0 replaced, 0 failed\n")

    garbage = server.serve("/garbage", b"garbage")
    (inbox / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    some = runner.invoke(app, ["watch", str(inbox), garbage, "--db", str(db), "--once", "--timeout", "1"])
    assert some.exit_code == 2  # the only new file and the only feed failed
    assert some.stderr.splitlines() == [
        f"detente: cannot read '{garbage}': not an RSS or Atom feed: syntax error",
        f"detente: cannot read '{inbox / 'c.pdf'}': PDF is damaged (Stream has ended unexpectedly)",
        f"{db}: 0 stored, 0 unchanged, 0 replaced, 1 failed; 1 of 2 sources could not be read"]
    partly = runner.invoke(app, ["watch", str(inbox), garbage, "--db", str(db), "--once", "-q"])
    assert (partly.exit_code, partly.stderr) == (
        1, f"detente: cannot read '{garbage}': not an RSS or Atom feed: syntax error\n")
    with Store(db) as store:
        assert store.stats()["articles"] == 3


def test_cli_watch_usage_errors(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    for args, message in [(["--every", "5x"], "detente: --every: '5x' is not a duration; write it as 30s, 5m or 1h"),
                          (["file:///etc"], "detente: 'file:///etc': file URLs are not fetched; give the folder to "
                                            "watch instead")]:
        result = runner.invoke(app, ["watch", str(tmp_path), *args, "--db", str(tmp_path / "u.db")])
        assert (result.exit_code, result.stderr) == (2, message + "\n")
    assert not (tmp_path / "u.db").exists()


def test_cli_watch_stops_on_ctrl_c_with_a_summary(app: typer.Typer, tmp_path: Path, inbox: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = lib.watch

    def interrupted(*args: Any, **kwargs: Any) -> lib.Totals:
        def ctrl_c(seconds: float) -> None:
            assert seconds == pytest.approx(120, abs=5)
            raise KeyboardInterrupt

        return real(*args, **kwargs, sleep=ctrl_c)

    monkeypatch.setattr(lib, "watch", interrupted)
    db = tmp_path / "i.db"
    result = CliRunner().invoke(app, ["watch", str(inbox), "--db", str(db), "--every", "2m"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == f"watching 1 folder every 2m into {db}; Ctrl-C stops"
    assert result.stderr.splitlines()[-1] == f"stopped after 1 round: {db}: 1 stored, 0 unchanged, 0 replaced, " \
        "0 failed"
    assert os.path.getsize(db) > 0
