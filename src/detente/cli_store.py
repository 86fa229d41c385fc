"""The store's commands: ingest, reprocess, quotes, events, relations, actors, stats and export.

Each command parses its options, calls one library function and prints what comes back as a table, JSON or CSV;
library errors become one line on stderr and an exit code.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import DetenteError

DbOption = Annotated[Path, typer.Option("--db", envvar="DETENTE_DB", help="The store (default ./detente.db or "
                                        "$DETENTE_DB).")]
Since = Annotated[str | None, typer.Option(help="From this day on (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")]
Limit = Annotated[int, typer.Option(help="At most this many rows (0: all).")]
ModelOption = Annotated[str | None, typer.Option(help="spaCy model name to load.")]
JobsOption = Annotated[int | None, typer.Option(min=1, help="Processes that parse, beside this one (default: every "
                                                 "core for 50 articles or more, else one).", show_default=False)]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Errors only: no warnings, progress or summary.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Also say what is being done and skipped.")]
DebugOption = Annotated[bool, typer.Option(help="Log details and show tracebacks.")]
TimeoutOption = Annotated[float, typer.Option(
    "--timeout-per-article", min=0, help="Seconds an article may take in each step (repair, parse, stages) before "
    "it is reported and skipped; 0: no limit.")]
IncludeOption = Annotated[list[str] | None, typer.Option(
    "--include", help="In folders, also read files matching this glob (README.md, *.json). Repeatable.")]
DEFAULT_DB = Path("detente.db")


class Out(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[Out, typer.Option("--format", help="table, json or csv.")]


def _error(message: str) -> None:
    typer.echo(f"detente: {message}", err=True)


class _Lines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        level = "" if record.levelno == logging.INFO else record.levelname.lower() + ": "
        return f"detente: {level}{record.getMessage()}"


def logs(quiet: bool = False, verbose: bool = False, debug: bool = False) -> None:
    """Messages on stderr: errors only (quiet), warnings (the default), what is done (verbose), everything with
    where it comes from (debug)."""
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s") if debug else _Lines())
    handler.setLevel(level)  # libraries that set their own loggers (Dask) say no more than asked
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("detente").setLevel(level)


@contextmanager
def _errors(debug: bool = False) -> Iterator[None]:
    """Library errors as one line on stderr and exit code 2."""
    try:
        yield
    except DetenteError as exc:
        if debug:
            raise
        _error(str(exc))
        raise typer.Exit(2) from None


def _open(db: Path, create: bool = False) -> Any:
    from .store import Store

    return Store(db, create=create)


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    from .settings import parse_date

    start, end = parse_date(since, "--since"), parse_date(until, "--until")
    return (start.isoformat() if start else None, end.isoformat() if end else None)


# -- ingest and reprocess -------------------------------------------------------------------------------------
class Engine(str, Enum):
    local = "local"
    dask = "dask"


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories, or - for stdin.",
                                                      show_default=False)] = None,
    db: DbOption = DEFAULT_DB,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    model: ModelOption = None,
    data: Annotated[list[Path] | None, typer.Option("--data", help="A user data file (see extract).")] = None,
    jobs: JobsOption = None,
    include: IncludeOption = None,
    timeout: TimeoutOption = 300,
    engine: Annotated[Engine, typer.Option(help="local: this machine's processes; dask: a Dask cluster.")]
    = Engine.local,
    workers: Annotated[int | None, typer.Option(min=1, help="dask: start a local cluster of N workers (default: "
                                                "every core).", show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="dask: the scheduler of a running cluster, "
                                                  "tcp://HOST:PORT.")] = None,
    out: Annotated[tuple[str, Path] | None, typer.Option(
        "--out", help="Write the records to a Parquet dataset instead of a store: --out parquet DIR (partitioned by "
        "month; DIR/records and DIR/events).", show_default=False)] = None,
    from_parquet: Annotated[Path | None, typer.Option(help="Store the records of a Parquet dataset written by "
                                                      "--out parquet, instead of extracting.")] = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Extract articles and keep their records in the store (exit 0 all stored, 1 some failed, 2 all failed)."""
    logs(quiet, verbose, debug)
    from . import engine as scale
    from . import ingest as run
    from . import readers
    from .errors import UsageError
    from .settings import auto_jobs, make_settings

    with _errors(debug):
        if bool(paths) == bool(from_parquet):
            raise UsageError("give the articles to read, or --from-parquet DIR (one of the two)")
        if engine is Engine.local and (workers or scheduler):
            raise UsageError("--workers and --scheduler go with --engine dask")
        if out and out[0] != "parquet":
            raise UsageError(f"--out: unknown format '{out[0]}'; write --out parquet DIR")
        expected = readers.estimate(paths or [], include or ())
        settings = make_settings(published=published, model=model, data=data or [],
                                 jobs=1 if engine is Engine.dask else jobs or auto_jobs(expected),
                                 include=tuple(include or ()), timeout=timeout or None)
        with ExitStack() as stack:
            client = stack.enter_context(scale.cluster(workers or auto_jobs(10**9), scheduler)) \
                if engine is Engine.dask else None
            if client and client.dashboard_link and not quiet:
                typer.echo(f"Dask dashboard: {client.dashboard_link}", err=True)
            items = readers.unique(readers.read(paths or [], settings))
            if out:
                folder = out[1]
                results = scale.run_dask(client, items, settings, parquet=folder) if client else \
                    scale.write_local(run.extracted(run.Pipeline(settings).run(items)), folder)
                note = stack.enter_context(_progress(quiet, expected, "extract"))
                _written(results, note, quiet, folder)
            store = stack.enter_context(_open(db, create=True))
            note = stack.enter_context(_progress(quiet, expected, "ingest"))
            if from_parquet:
                summary = run.load(scale.read_parquet(from_parquet), store, settings, progress=note)
            else:
                extract = (lambda articles: scale.run_dask(client, articles, settings)) if client else None
                summary = run.ingest_items(items, store, settings, progress=note, extract=extract)
    _summarise(summary, quiet, str(db))


def _written(results: Iterable[Any], note: Callable[[str], None], quiet: bool, folder: Path) -> None:
    """Count what went to a Parquet dataset (article ids) and what failed, say so, and exit."""
    written = failed = 0
    for r in results:
        if isinstance(r, str):
            written += 1
            note("stored")
        else:
            failed += 1
            note("failed")
            _error(r.reason if r.source in r.reason else f"'{r.source}': {r.reason}")
    if not quiet:
        typer.echo(f"{folder}: {written} records written, {failed} failed", err=True)
    if written + failed == 0:
        _error("no articles found")
        raise typer.Exit(2)
    raise typer.Exit(0 if not failed else 2 if not written else 1)


def reprocess(
    db: DbOption = DEFAULT_DB,
    model: ModelOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Extract again the stored articles that an older extractor (version, model or data) stored."""
    logs(quiet, verbose, debug)
    from dataclasses import replace

    from . import ingest as run
    from .pipeline import Pipeline
    from .settings import auto_jobs, make_settings

    with _errors(debug):
        settings = make_settings(model=model, jobs=jobs or 1)
        pipeline = Pipeline(settings)
        with _open(db) as store:
            todo = len(store.outdated(pipeline.provenance))
            if not todo:
                if not quiet:
                    typer.echo(f"{db}: nothing to reprocess, every stored article is up to date", err=True)
                raise typer.Exit(0)
            if jobs is None:  # known only now: how many articles there are to extract again
                settings = pipeline.settings = replace(settings, jobs=auto_jobs(todo))
            with _progress(quiet, todo, "reprocess") as note:
                summary = run.reprocess(store, settings, pipeline, progress=note)
    _summarise(summary, quiet, str(db))


@contextmanager
def _progress(quiet: bool, total: int | None, what: str) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr when it is a terminal (articles/s, ETA); else nothing."""
    if quiet or not sys.stderr.isatty():
        yield lambda outcome: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total, rate="")

        def note(outcome: str) -> None:
            bar.advance(task)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        yield note


def _summarise(summary: Any, quiet: bool, db: str) -> None:
    for source, reason in summary.failures:
        _error(reason if source in reason else f"'{source}': {reason}")
    if not quiet:
        typer.echo(f"{db}: {summary.stored} stored, {summary.unchanged} unchanged, {summary.replaced} replaced, "
                   f"{summary.failed} failed", err=True)
    if summary.total == 0:
        _error("no articles found")
        raise typer.Exit(2)
    raise typer.Exit(0 if not summary.failed else 2 if summary.failed == summary.total else 1)


# -- queries --------------------------------------------------------------------------------------------------
QUOTE_COLUMNS = ("day", "speaker_name", "speaker_country", "about", "kind", "text", "article_id")
EVENT_COLUMNS = ("day", "source_name", "source_country", "type", "intensity", "target_name", "target_country",
                 "num_reports", "evidence", "article_id")
ACTOR_COLUMNS = ("key", "name", "kind", "country", "sector", "role", "articles", "quotes", "as_source", "as_target")


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="A speaker's name or key.")] = None,
    country: Annotated[str | None, typer.Option(help="The speaker's country or organisation (RUS, 'the EU').")] = None,
    about: Annotated[str | None, typer.Option(help="A country or organisation the quote names or targets.")] = None,
    since: Since = None,
    until: Until = None,
    search: Annotated[str | None, typer.Option(help="Words the quote contains (full-text; \"a phrase\").")] = None,
    limit: Limit = 50,
    fmt: FormatOption = Out.table,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Quotes in the store, by day."""
    logs(quiet, verbose)
    with _errors(), _open(db) as store:
        start, end = _dates(since, until)
        rows = store.quotes(speaker, country, about, since=start, until=end, search=search, limit=limit or None)
    _emit(rows, fmt, QUOTE_COLUMNS, "Quotes")


def events(
    db: DbOption = DEFAULT_DB,
    source: Annotated[str | None, typer.Option(help="Source: a code, a name or a key.")] = None,
    target: Annotated[str | None, typer.Option(help="Target: a code, a name or a key.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type (AGREE, ACCUSE, ...).")] = None,
    quad: Annotated[int | None, typer.Option(min=1, max=4, help="QuadClass 1-4.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    fmt: FormatOption = Out.table,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Events in the store, by day, with the number of articles reporting each."""
    logs(quiet, verbose)
    with _errors(), _open(db) as store:
        start, end = _dates(since, until)
        rows = store.events(source, target, type_=type_, quad=quad, since=start, until=end, limit=limit or None)
    _emit(rows, fmt, EVENT_COLUMNS, "Events")


def actors(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int, typer.Option(help="The N actors named in most articles (0: all).")] = 20,
    country: Annotated[str | None, typer.Option(help="Only actors of this country or organisation.")] = None,
    fmt: FormatOption = Out.table,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Actors in the store, by the number of articles that name them."""
    logs(quiet, verbose)
    with _errors(), _open(db) as store:
        rows = store.actors(top or None, country)
    _emit(rows, fmt, ACTOR_COLUMNS, "Actors")


def stats(db: DbOption = DEFAULT_DB, fmt: FormatOption = Out.table, quiet: QuietOption = False,
          verbose: VerboseOption = False) -> None:
    """What the store holds: counts, dates covered, schema version, size and provenance."""
    logs(quiet, verbose)
    with _errors(), _open(db) as store:
        result = store.stats()
    if fmt is Out.table:
        flat = [{"what": k, "value": json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v}
                for k, v in result.items()]
        _emit(flat, fmt, ("what", "value"), "Store")
    else:
        _emit([result], fmt, tuple(result), "Store")


def relations(
    a: Annotated[str | None, typer.Argument(help="One side: a code (RUS), a name ('the EU') or a person.")] = None,
    b: Annotated[str | None, typer.Argument(help="The other side.")] = None,
    db: DbOption = DEFAULT_DB,
    freq: Annotated[str, typer.Option(help="day, week or month.")] = "month",
    since: Since = None,
    until: Until = None,
    explain: Annotated[bool, typer.Option(help="Name the largest moves and the events behind them.")] = False,
    evidence: Annotated[bool, typer.Option(help="List every period's events and quotes with their sentences.")]
    = False,
    plot: Annotated[Path | None, typer.Option(help="Write a chart to FILE.png or FILE.svg.")] = None,
    top: Annotated[int, typer.Option(help="Moves to explain, or pairs to list without A and B.")] = 5,
    fmt: FormatOption = Out.table,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """The relation of two actors over time; without A and B, the most active and the most changed pairs."""
    logs(quiet, verbose)
    from . import relations as rel

    with _errors(), _open(db) as store:
        start, end = _dates(since, until)
        if a is None or b is None:
            if a is not None:
                raise typer.BadParameter("give two actors, or none for the overview")
            _overview(rel.overview(store, start, end, top), fmt)
            return
        result = rel.series(store, a, b, freq, start, end)
        if evidence:
            rel.evidence(store, result)
        moves = rel.explain(store, result, top=top) if explain or plot else []
        if plot:
            from .plot import plot as draw

            written = draw(result, moves, plot)
            if not quiet:
                typer.echo(f"chart written to {written}", err=True)
    _series(result, moves if explain else None, fmt)


def _overview(result: dict[str, Any], fmt: Out) -> None:
    if fmt is not Out.table:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    columns = ("a", "b", "events", "reports", "intensity_sum", "before", "after", "change")
    _emit(result["strongest"], fmt, columns, "Most active pairs")
    window = result["windows"]
    title = f"Most changed pairs ({window['before'][0]}..{window['after'][0]} against {window['after'][0]}.." \
        f"{window['after'][1]})" if window else "Most changed pairs"
    _emit(result["changed"], fmt, columns, title)


def _series(result: dict[str, Any], moves: list[dict[str, Any]] | None, fmt: Out) -> None:
    rows = [{"period": p["label"], **{k: p["both"][k] for k in ("events", "reports", "q1", "q2", "q3", "q4",
                                                                "cooperation", "conflict", "net", "quotes")},
             "net_ab": p["ab"]["net"], "net_ba": p["ba"]["net"]} for p in result["points"]]
    if fmt is Out.json:
        typer.echo(json.dumps({**result, "moves": moves}, ensure_ascii=False, indent=1))
        return
    if fmt is Out.csv:
        _emit(rows, fmt, tuple(rows[0]) if rows else ("period",), "")
        return
    a, b = result["a"], result["b"]
    columns = ("period", "events", "reports", "q1", "q2", "q3", "q4", "cooperation", "conflict", "net", "net_ab",
               "net_ba", "quotes")
    _emit(rows, fmt, columns, f"{a} – {b} by {result['freq']} (net_ab: {a} towards {b})")
    for point in result["points"]:
        if point.get("events") or point.get("quotes"):
            _lines(f"\n{point['label']}", point["events"], point["quotes"])
    for move in moves or []:
        _lines(f"\n{move['label']}: net {move['net']:+.1f} against {move['baseline']:+.1f} before "
               f"({move['change']:+.1f}); the events below account for {move['share']:.0%} of the move",
               move["events"], move["quotes"])


def _lines(heading: str, events: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
    """A heading, then each event and quote with its sentence and article."""
    from rich.console import Console
    from rich.text import Text

    console = Console(width=140)
    console.print(Text(heading, style="bold"))
    for e in events:
        console.print(Text(f"  {e['day']} {e['type']} {e['intensity']:+.1f}  {e['source']} ({e['source_country']})"
                           f" → {e['target']} ({e['target_country']}), {e['reports']} report(s)  [{e['article_id']}]"))
        console.print(Text(f"      “{_short(e['evidence']['text'], 120)}”", style="dim"))
    for q in quotes:
        console.print(Text(f"  said: {q['speaker'] or '?'} ({q['country']}): “{_short(q['text'], 100)}” "
                           f"[{q['article_id']}]"))


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _emit(rows: list[dict[str, Any]], fmt: Out, columns: tuple[str, ...], title: str) -> None:
    """Rows as a table (the given columns), JSON (every field) or CSV (the given columns)."""
    if fmt is Out.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is Out.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(r.get(k)) for k in columns} for r in rows)
    else:
        _table(rows, columns, title)


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "text" in value:
        return str(value["text"])
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...], title: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*columns, title=Text(title), title_justify="left")
    for r in rows:
        table.add_row(*(Text(_short(_cell(r.get(c)), 70)) for c in columns))
    Console(width=160).print(table if rows else Text(f"{title}: nothing found"))


# -- export ---------------------------------------------------------------------------------------------------
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (records), csv, parquet, gdelt or plover (events).")],
    db: DbOption = DEFAULT_DB,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    since: Since = None,
    until: Until = None,
    header: Annotated[bool, typer.Option(help="gdelt: a first line with the column names.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Export the store: whole records, or events in CSV, Parquet, GDELT 2.0 or PLOVER form."""
    logs(quiet, verbose)
    from .store.export import export as run

    with _errors(), _open(db) as store:
        start, end = _dates(since, until)
        count = run(store, fmt, output, start, end, header)
    if output and not quiet:
        typer.echo(f"{count} {'records' if fmt == 'jsonl' else 'events'} written to {output}", err=True)


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on; other than loopback needs DETENTE_TOKEN.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public_read: Annotated[bool, typer.Option(help="On a non-loopback address, let anyone read (writes still "
                                              "need the token).")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Serve the dashboard and the REST API over the store (uploads need DETENTE_TOKEN)."""
    logs(quiet, verbose)
    from .web import configure, create_app

    with _errors():
        config = configure(db, host, public_read)
    import uvicorn

    if not quiet:
        typer.echo(f"serving {db} on http://{host}:{port}/ (API docs at /api/docs)", err=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning", server_header=False)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``detente`` command."""
    for command in (ingest, reprocess, quotes, events, relations, actors, stats, export, serve):
        app.command()(command)
