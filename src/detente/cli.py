"""The ``detente`` command: a thin layer that parses options, calls the library and turns errors into messages."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import readers
from .document import Document
from .errors import DetenteError
from .pipeline import Failure, Pipeline
from .settings import make_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Détente: a structured, traceable record of international politics from news reports.")
log = logging.getLogger("detente")


class Format(str, Enum):
    json = "json"
    table = "table"


@app.callback()
def _root() -> None:
    """Détente: a structured, traceable record of international politics from news reports."""


def _setup_logging(debug: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


def _error(message: str) -> None:
    typer.echo(f"detente: {message}", err=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json: one record a line; table: a summary.")] = Format.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name to load.")] = None,
    debug: Annotated[bool, typer.Option(help="Log details and show tracebacks.")] = False,
) -> None:
    """Read articles and print one JSON record per article (exit 0 all read, 1 some failed, 2 all failed)."""
    _setup_logging(debug)
    try:
        settings = make_settings(published=published, model=model)
        pipeline = Pipeline(settings)
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        ok, failed = _write(pipeline.run(readers.read(paths, settings)), fmt, out)
        if output:
            out.close()
    except DetenteError as exc:
        if debug:
            raise
        _error(str(exc))
        raise typer.Exit(2) from None
    raise typer.Exit(0 if not failed else 1 if ok else 2)


def _write(results: Iterable[Document | Failure], fmt: Format, out: TextIO) -> tuple[int, int]:
    ok = failed = 0
    records = []
    for result in results:
        if isinstance(result, Failure):
            failed += 1
            _error(result.reason)
            continue
        ok += 1
        for warning in result.warnings:
            _error(f"warning: '{result.article.source or result.article.id}': {warning}")
        if fmt is Format.json:
            out.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
            out.flush()
        else:
            records.append(result.to_record())
    if fmt is Format.table:
        from .table import render

        render(records, out)
    return ok, failed


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record that ``extract`` writes."""
    from .schema import record_schema

    typer.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(130)
