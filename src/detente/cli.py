"""The ``detente`` command: a thin layer that parses options, calls the library and turns errors into messages."""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from . import cli_store, cli_watch, readers
from .document import Document
from .errors import DetenteError
from .files import refuse_overwriting_inputs, replacing
from .pipeline import Failure, Pipeline
from .settings import AUTO_JOBS_FROM, auto_jobs, make_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Détente: a structured, traceable record of international politics from news reports.")
log = logging.getLogger("detente")
STDOUT_CLOSED = False  # the process was started with standard output closed


class Format(str, Enum):
    json = "json"
    table = "table"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        from .pipeline import versions

        typer.echo(" ".join(f"{k} {v}" for k, v in versions().items()))
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the versions of Détente, its model and its data.")] = False,
) -> None:
    """Détente: a structured, traceable record of international politics from news reports."""


def _error(message: str) -> None:
    typer.echo(f"detente: {message}", err=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json: one record a line; table: a summary; csv: one row "
                                                         "per event.")] = Format.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name to load.")] = None,
    data: Annotated[list[Path] | None, typer.Option(
        "--data", help="A user data file extending the built-in ones: cues*.yaml, *patterns.yaml, time*.yaml, "
        "or a knowledge-base table such as standins.csv. Repeatable.")] = None,
    jobs: cli_store.JobsOption = None,
    include: cli_store.IncludeOption = None,
    timeout: cli_store.TimeoutOption = 300,
    quiet: cli_store.QuietOption = False,
    verbose: cli_store.VerboseOption = False,
    debug: Annotated[bool, typer.Option(help="Log details and show tracebacks.")] = False,
) -> None:
    """Read articles and print one JSON record per article (exit 0 all read, 1 some failed, 2 all failed)."""
    cli_store.logs(quiet, verbose, debug)
    if output is None and STDOUT_CLOSED:
        _error("standard output is closed; write the records to a file with -o FILE")
        raise typer.Exit(2)
    try:
        expected = readers.estimate(paths, include or (), upto=AUTO_JOBS_FROM) if jobs is None else None
        settings = make_settings(published=published, model=model, data=data or [], jobs=jobs or auto_jobs(expected),
                                 include=tuple(include or ()), timeout=timeout or None)
        pipeline = Pipeline(settings)
        items = readers.unique(readers.read(paths, settings))
        if output:
            refuse_overwriting_inputs(output, paths)
            with replacing(output) as out:
                ok, failed = _write(pipeline.run(items), fmt, out, quiet)
                if not ok:
                    raise DetenteError(f"no article could be extracted; '{output}' is left as it was")
        else:
            ok, failed = _write(pipeline.run(items), fmt, sys.stdout, quiet)
    except DetenteError as exc:
        if debug:
            raise
        _error(str(exc))
        raise typer.Exit(2) from None
    if not ok and not failed:
        _error(f"no articles found in {', '.join(paths)}")
        raise typer.Exit(2)
    raise typer.Exit(0 if not failed else 1 if ok else 2)


def _write(results: Iterable[Document | Failure], fmt: Format, out: IO[Any], quiet: bool = False) -> tuple[int, int]:
    ok = failed = 0
    records = []
    rows = None
    if fmt is Format.csv:
        from .frames import EVENT_COLUMNS
        from .store.export import safe_cell

        rows = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        rows.writeheader()
    for result in results:
        if isinstance(result, Failure):
            failed += 1
            _error(result.reason)
            continue
        ok += 1
        if not quiet:
            for warning in result.warnings:
                _error(f"warning: '{result.article.source or result.article.id}': {warning}")
        if fmt is Format.json:
            out.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
            out.flush()
        elif rows is not None:
            from .frames import event_rows

            rows.writerows({k: safe_cell(v) for k, v in row.items()} for row in event_rows([result.to_record()]))
        else:
            records.append(result.to_record())
    if fmt is Format.table:
        from .table import render

        render(records, out)
    return ok, failed


@app.command()
def schema(quiet: cli_store.QuietOption = False, verbose: cli_store.VerboseOption = False) -> None:
    """Print the JSON Schema of the record that extract writes."""
    cli_store.logs(quiet, verbose)
    from .schema import record_schema

    typer.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))


# -- kb: the actor knowledge base ----------------------------------------------------------------------------
kb_app = typer.Typer(no_args_is_help=True, help="Look up and extend the actor knowledge base.")
app.add_typer(kb_app, name="kb")


@kb_app.command("lookup")
def kb_lookup(
    name: Annotated[str, typer.Argument(help="A name as news writes it: 'Putin', 'the Kremlin', 'NATO'.")],
    date: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD that picks the office held.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table, json or csv.")] = Format.table,
    quiet: cli_store.QuietOption = False,
    verbose: cli_store.VerboseOption = False,
) -> None:
    """Print what the knowledge base knows by this name (exit 1 when nothing)."""
    cli_store.logs(quiet, verbose)
    from . import kb
    from .settings import parse_date

    try:
        entries = kb.load().find(name, parse_date(date, "--date"))
    except DetenteError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    rows = [kb.entry_record(e) for e in entries]
    if fmt is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        from .store.export import safe_cell

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["name"], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    else:
        _kb_table(name, rows)
    raise typer.Exit(0 if rows else 1)


def _kb_table(name: str, rows: list[dict[str, str | None]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    columns = ("kind", "name", "country", "sector", "role", "kb_id", "start", "end")
    table = Table(*columns, title=Text(f"knowledge base: {name}"))
    for row in rows:
        table.add_row(*(Text(str(row.get(c) or "")) for c in columns))
    Console(width=160).print(table if rows else Text(f"nothing known as '{name}'"))


@kb_app.command("import")
def kb_import(
    path: Annotated[Path, typer.Argument(help="CSV, JSON or YAML with the columns of a knowledge-base table.")],
    wikidata: Annotated[bool, typer.Option(help="The file is a Wikidata 'position held' query result.")] = False,
    quiet: cli_store.QuietOption = False,
    verbose: cli_store.VerboseOption = False,
) -> None:
    """Merge a file into the user knowledge base ($DETENTE_DATA or ~/.local/share/detente/kb)."""
    cli_store.logs(quiet, verbose)
    from . import kb

    try:
        target, count = kb.import_file(path, wikidata=wikidata)
    except DetenteError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    if not quiet:
        typer.echo(f"imported {count} rows into {target}")


@app.command()
def doctor(
    db: Annotated[Path | None, typer.Option("--db", envvar="DETENTE_DB", help="A store to check too.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name to check.")] = None,
    quiet: cli_store.QuietOption = False,
    verbose: cli_store.VerboseOption = False,
) -> None:
    """Check the installation (Python, model, data files, knowledge base, a test extraction, a store and its disk);
    say how to fix what is wrong (exit 0 only when all is well)."""
    from . import doctor as checks

    cli_store.logs(quiet, verbose)
    try:
        settings = make_settings(model=model)
    except DetenteError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    failed = 0
    for check in checks.run(settings, db):
        failed += not check.ok
        if not quiet or not check.ok:
            typer.echo(check.line())
    raise typer.Exit(1 if failed else 0)


cli_store.register(app)
cli_watch.register(app)


def main() -> None:
    """Console entry point."""
    global STDOUT_CLOSED
    if sys.stdout is None:  # started with standard output closed: what goes there is lost, errors still say so
        sys.stdout, STDOUT_CLOSED = open(os.devnull, "w", encoding="utf-8"), True  # noqa: SIM115
    try:
        app()
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(130)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
