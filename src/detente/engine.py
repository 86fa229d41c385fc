"""Scale-out: extraction on a Dask cluster, and records as a Parquet dataset partitioned by month.

Inputs are read lazily in this process and sent to the workers in partitions of ``PARTITION`` articles; each
worker loads the model once (a worker plugin) and sends back records ready to store, which a single writer here
stores with the guarantees of a plain ingest (content stored once, one transaction per batch, a rerun resumes).
For a large backfill the records go instead to a Parquet dataset, ``DIR/records`` (one row per article, the whole
record as JSON beside its key fields) and ``DIR/events`` (one row per event, the columns of ``detente.frames``),
both partitioned Hive-style by month of publication (``month=2026-03``), which pandas, DuckDB, Spark and Dask read
and ``load_parquet`` stores. On a cluster, the workers write their own partitions: DIR must then be a folder every
worker reaches.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

from .document import Article
from .errors import InputError, UsageError
from .ingest import Extracted, extracted
from .pipeline import Failure, Pipeline
from .settings import Settings

log = logging.getLogger(__name__)
PARTITION = 16  # articles sent to a worker at once
PLUGIN = "detente-extractor"
RECORD_COLUMNS = ("article_id", "published", "title", "url", "source", "origin", "raw", "record")


# -- Dask -----------------------------------------------------------------------------------------------------
def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError("the dask engine needs dask.distributed: pip install 'detente[dask]'") from None
    return distributed


@contextmanager
def cluster(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler`` (tcp://HOST:PORT), else of a local cluster of ``workers``
    processes (one thread each) listening on loopback only."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="60s")
        except OSError as exc:
            raise UsageError(f"--scheduler: cannot reach '{scheduler}': {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    with distributed.LocalCluster(n_workers=max(1, workers or 1), threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as local, \
            distributed.Client(local) as client:
        yield client


class Extractor:
    """A worker plugin: the pipeline each worker loads once, when it joins (registered again with the same
    settings, it is kept: the model is not loaded twice)."""

    name = PLUGIN
    idempotent = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(self.settings)

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


def extract_partition(articles: list[Article], parquet: str | None = None, part: int = 0,
                      plugin_name: str = PLUGIN) -> list[Extracted | Failure | str]:
    """On a worker: the records of a partition, in order; when ``parquet`` is given they are written to that
    dataset and only their article ids come back (with the failures)."""
    from distributed import get_worker

    plugin: Any = get_worker().plugins[plugin_name]
    results = list(extracted(plugin.pipeline.run(articles)))
    if parquet is None:
        return list(results)
    write_parquet([r for r in results if isinstance(r, Extracted)], Path(parquet), part)
    return [r.record["article"]["id"] if isinstance(r, Extracted) else r for r in results]


def run_dask(client: Any, items: Iterable[Article | InputError], settings: Settings, parquet: Path | None = None,
             window: int | None = None) -> Iterator[Any]:
    """The records of ``items`` extracted on the cluster (Extracted or Failure), in input order, with at most
    ``window`` partitions in flight (memory stays bounded whatever the input's size); with ``parquet``, the workers
    write the records there and the article ids written come back instead."""
    name = register(client, settings)
    window = window or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    flight: deque[Any] = deque()
    target = str(parquet) if parquet else None
    numbers = count()
    for chunk in _partitions(items, PARTITION):
        failures = [Failure(i.source, str(i)) for i in chunk if isinstance(i, InputError)]
        articles = [i for i in chunk if isinstance(i, Article)]
        yield from failures  # a bad input is known here: no need to send it
        if articles:
            flight.append(client.submit(extract_partition, articles, target, next(numbers), name, pure=False))
        while len(flight) >= window:
            yield from flight.popleft().result()
    while flight:
        yield from flight.popleft().result()


def register(client: Any, settings: Settings) -> str:
    """Have every worker load the pipeline of ``settings`` (once: a second call with the same settings loads
    nothing); the plugin's name, which the tasks look it up by."""
    name = f"{PLUGIN}-{hash(settings) & 0xFFFFFFFF:08x}"
    client.register_plugin(_plugin(settings), name=name)
    return name


def _plugin(settings: Settings) -> Any:
    """The Extractor as a Dask WorkerPlugin (the class is made here so that importing this module needs no Dask)."""
    plugin_base = _distributed().WorkerPlugin
    cls = type("DetenteExtractor", (Extractor, plugin_base), {})
    return cls(settings)


def _partitions(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- Parquet --------------------------------------------------------------------------------------------------
def write_parquet(results: list[Extracted], folder: Path, part: int) -> int:
    """Write records to the dataset at ``folder``: ``records/month=YYYY-MM/part-NNNNNN.parquet`` and the same under
    ``events/``; a partition written again replaces its files. Returns how many records were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .frames import EVENT_COLUMNS, event_rows

    by_month: dict[str, list[Extracted]] = {}
    for r in results:
        by_month.setdefault((r.record["article"]["published"] or "unknown")[:7], []).append(r)
    for month, rows in by_month.items():
        records = pa.table({
            "article_id": [r.record["article"]["id"] for r in rows],
            "published": [r.record["article"]["published"] for r in rows],
            "title": [r.record["article"]["title"] for r in rows],
            "url": [r.record["article"]["url"] for r in rows],
            "source": [r.record["article"]["source"] for r in rows],
            "origin": [r.origin for r in rows],
            "raw": [r.raw for r in rows],
            "record": [json.dumps(r.record, ensure_ascii=False) for r in rows],
        })
        events = list(event_rows(r.record for r in rows))
        columns = {c: [e[c] for e in events] for c in EVENT_COLUMNS}
        for name, table in (("records", records), ("events", pa.table(columns) if events else None)):
            target = folder / name / f"month={month}"
            target.mkdir(parents=True, exist_ok=True)
            path = target / f"part-{part:06d}.parquet"
            if table is None:
                path.unlink(missing_ok=True)
                continue
            temporary = path.with_suffix(".parquet.part")
            pq.write_table(table, temporary, compression="zstd")
            temporary.replace(path)  # a reader never sees half a file
    return len(results)


def write_local(results: Iterable[Extracted | Failure], folder: Path) -> Iterator[Failure | str]:
    """Write records to the dataset from this process, PARTITION at a time; yield the failures and the ids of the
    articles written."""
    numbers = count()
    for chunk in _partitions(results, PARTITION):
        done = [r for r in chunk if isinstance(r, Extracted)]
        write_parquet(done, folder, next(numbers))
        yield from (r.record["article"]["id"] if isinstance(r, Extracted) else r for r in chunk)


def read_parquet(folder: Path) -> Iterator[Extracted]:
    """The records of a dataset written by ``write_parquet``, by month then file."""
    import pyarrow.parquet as pq

    root = folder / "records"
    if not root.is_dir():
        raise UsageError(f"--from-parquet: no records dataset in '{folder}' (expected {root})")
    for path in sorted(root.glob("month=*/part-*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(columns=["record", "raw", "origin", "source"]):
            for row in batch.to_pylist():
                record = json.loads(row["record"])
                yield Extracted(record, row["raw"], row["origin"], row["source"] or record["article"]["id"])
