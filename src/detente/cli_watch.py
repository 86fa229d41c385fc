"""The ``watch`` command: store what is new in folders and feeds every few minutes, until Ctrl-C (or once).

It parses its options, calls ``watch.watch`` and prints each round's failures as they come and a summary at the
end; library errors become one line on stderr and exit code 2.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from . import cli_store

if TYPE_CHECKING:
    from .ingest import Summary
    from .watch import Round, Source, Totals

SourcesArgument = Annotated[list[str], typer.Argument(
    metavar="DIR|FEED_URL...", help="Folders to watch for article files, and RSS or Atom feed URLs (http, https).")]
EveryOption = Annotated[str, typer.Option(help="How often to look: 30s, 5m, 1h (or 1h30m).")]
OnceOption = Annotated[bool, typer.Option("--once", help="Look once and exit (for cron): exit 0 all read, 1 some "
                                          "failed, 2 all failed.")]
TimeoutOption = Annotated[float, typer.Option(min=1, help="Seconds a feed may take to download, per try.")]


def watch(
    sources: SourcesArgument,
    db: cli_store.DbOption = cli_store.DEFAULT_DB,
    every: EveryOption = "5m",
    once: OnceOption = False,
    timeout: TimeoutOption = 30.0,
    model: cli_store.ModelOption = None,
    include: cli_store.IncludeOption = None,
    quiet: cli_store.QuietOption = False,
    debug: cli_store.DebugOption = False,
    verbose: cli_store.VerboseOption = False,
) -> None:
    """Store new article files of folders and new items of RSS/Atom feeds, every --every until Ctrl-C."""
    cli_store.logs(quiet, verbose, debug)
    import threading

    from . import watch as lib
    from .settings import make_settings

    totals = lib.Totals()
    with cli_store._errors(debug):
        interval = lib.parse_interval(every)
        targets = lib.sources(sources)
        settings = make_settings(model=model, include=tuple(include or ()))
        stop = threading.Event()
        fetch = lib.Fetcher(timeout=timeout, max_bytes=settings.max_bytes, sleep=stop.wait)
        if not quiet and not once:
            typer.echo(f"watching {_count(targets)} every {every} into {db}; Ctrl-C stops", err=True)
        try:
            with cli_store._open(db, create=True) as store:
                lib.watch(store, settings, targets, interval, stop, once=once, fetch=fetch, totals=totals,
                          on_round=lambda result: _report(result, quiet, str(db), once))
        except KeyboardInterrupt:  # Ctrl-C: what was committed is kept, what was being stored is rolled back
            if not quiet:
                typer.echo(_stopped(totals, str(db)), err=True)
            raise typer.Exit(0) from None
    raise typer.Exit(totals.last.exit_code if once and totals.last else 0)


def _report(result: Round, quiet: bool, db: str, once: bool) -> None:
    """A round's failures, one line each; then, unless quiet, what it stored (in a watch, only when it did
    something)."""
    for source, reason in result.errors:
        cli_store._error(f"cannot read '{source}': {reason}")
    for source, reason in result.summary.failures:
        cli_store._error(reason if source in reason else f"'{source}': {reason}")
    if quiet or not (once or result.summary.total or result.errors):
        return
    unread = f"; {len(result.errors)} of {result.sources} sources could not be read" if result.errors else ""
    when = "" if once else dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S ")
    typer.echo(f"{when}{_counts(result.summary, db)}{unread}", err=True)


def _stopped(totals: Totals, db: str) -> str:
    unread = f"; a folder or feed could not be read {_plural(totals.errors, 'time')}" if totals.errors else ""
    return f"stopped after {_plural(totals.rounds, 'round')}: {_counts(totals, db)}{unread}"


def _counts(summary: Summary | Totals, db: str) -> str:
    return f"{db}: {summary.stored} stored, {summary.unchanged} unchanged, {summary.replaced} replaced, " \
        f"{summary.failed} failed"


def _count(targets: list[Source]) -> str:
    feeds = sum(1 for t in targets if t.feed)
    folders = len(targets) - feeds
    return " and ".join(_plural(n, word) for n, word in ((folders, "folder"), (feeds, "feed")) if n)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def register(app: typer.Typer) -> None:
    """Add the ``watch`` command to the ``detente`` command."""
    app.command()(watch)
