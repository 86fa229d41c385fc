"""Exports of a store: whole records as JSON Lines, events as CSV, Parquet, a GDELT 2.0 event table or PLOVER
JSON. A file is written beside its target and renamed into place once complete, so a failed export never
leaves a half-written file or destroys an earlier one."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..files import replacing
from . import Store, formats

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
PARQUET_TYPES = {"id": "int64", "quad": "int8", "intensity": "float64", "negated": "bool_", "cluster": "int64",
                 "num_reports": "int32", "num_articles": "int32", "num_sources": "int32"}


def export(store: Store, fmt: str, path: str | Path | None = None, since: str | None = None,
           until: str | None = None, header: bool = False) -> int:
    """Write the store's records (``jsonl``) or events (other formats) to ``path`` or stdout; return the count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'; choose from {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not path:
            raise UsageError("parquet needs a file: give -o FILE.parquet")
        with replacing(Path(path), binary=True) as out:
            return _parquet(store.iter_events(since=since, until=until), out)
    with replacing(Path(path)) if path else _stdout() as out:
        if fmt == "jsonl":
            return _lines((json.dumps(r, ensure_ascii=False) for r in store.records(since, until)), out)
        events = store.iter_events(since=since, until=until)
        if fmt == "plover":
            return _lines((json.dumps(formats.plover_event(e), ensure_ascii=False) for e in events), out)
        if fmt == "gdelt":
            rows = ("\t".join(formats.gdelt_row(e)) for e in events)
            if header:
                out.write("\t".join(formats.GDELT_COLUMNS) + "\n")
            return _lines(rows, out)
        return _csv(events, out)


def _lines(lines: Iterator[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count


def _csv(events: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=formats.CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for e in events:
        writer.writerow({k: safe_cell(v) for k, v in formats.csv_row(e).items()})
        count += 1
    return count


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _parquet(events: Iterator[dict[str, Any]], out: IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, getattr(pa, PARQUET_TYPES.get(c, "string"))()) for c in formats.CSV_COLUMNS])
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for e in events:
            batch.append(formats.csv_row(e))
            if len(batch) == 50_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count + len(batch)


@contextmanager
def _stdout() -> Iterator[IO[str]]:
    yield sys.stdout
