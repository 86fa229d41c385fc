"""Scale-out: a Dask cluster stores exactly what a plain ingest stores; a Parquet backfill loads into the same store;
the recipe of a remote scheduler and worker started by hand works."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store

ARTICLES = 12
COUNTRIES = [("France", "Germany"), ("Japan", "China"), ("Turkey", "Greece"), ("India", "Pakistan")]
VERBS = ["accused {b} of violating the ceasefire", "signed a trade agreement with {b}",
         "threatened {b} with sanctions", "praised {b} for its help after the floods"]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("engine") / "news.jsonl"
    lines = []
    for i in range(ARTICLES):
        a, b = COUNTRIES[i % len(COUNTRIES)]
        text = (f"{a} {VERBS[i % len(VERBS)].format(b=b)} on Monday. \"We will not wait any longer,\" the foreign "
                f"minister of {a} told reporters, in report {i}.")
        lines.append(json.dumps({"id": f"e{i:02d}", "published": f"2026-0{1 + i % 3}-1{i % 9}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plain(news: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    db = tmp_path_factory.mktemp("plain") / "plain.db"
    result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(db), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.stderr
    return contents(db)


def contents(db: Path) -> dict[str, dict]:
    with Store(db) as store:
        return {r["article"]["id"]: r for r in store.records()}


def test_dask_local_cluster_stores_what_a_plain_ingest_stores(news: Path, plain: dict, tmp_path: Path) -> None:
    db = tmp_path / "dask.db"
    result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(db), "--engine", "dask", "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    assert f"{ARTICLES} stored, 0 unchanged" in result.stderr and "Dask dashboard: http://127.0.0.1:" in result.stderr
    assert contents(db) == plain
    again = CliRunner().invoke(app, ["ingest", str(news), "--db", str(db), "--engine", "dask", "--workers", "1"])
    assert f"0 stored, {ARTICLES} unchanged" in again.stderr  # a rerun sends nothing to the cluster


def test_parquet_backfill_loads_into_the_same_store(news: Path, plain: dict, tmp_path: Path) -> None:
    import pandas as pd

    folder = tmp_path / "backfill"
    written = CliRunner().invoke(app, ["ingest", str(news), "--out", "parquet", str(folder), "--jobs", "1"])
    assert written.exit_code == 0, written.stderr
    assert f"{ARTICLES} records written, 0 failed" in written.stderr
    records = pd.read_parquet(folder / "records")  # Hive partitions: month is a column
    assert len(records) == ARTICLES and sorted(records["month"].astype(str).unique()) == ["2026-01", "2026-02",
                                                                                           "2026-03"]
    events = pd.read_parquet(folder / "events")
    assert len(events) == sum(len(r["events"]) for r in plain.values()) > 0
    assert {"type", "source_country", "target_country", "cameo", "quad"} <= set(events.columns)
    db = tmp_path / "loaded.db"
    loaded = CliRunner().invoke(app, ["ingest", "--from-parquet", str(folder), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.stderr
    assert contents(db) == plain


def test_dask_writes_the_same_parquet_dataset_from_its_workers(news: Path, plain: dict, tmp_path: Path) -> None:
    import pandas as pd

    folder = tmp_path / "from-workers"
    result = CliRunner().invoke(app, ["ingest", str(news), "--engine", "dask", "--workers", "2",
                                      "--out", "parquet", str(folder)])
    assert result.exit_code == 0, result.stderr
    ids = sorted(pd.read_parquet(folder / "records")["article_id"])
    assert ids == sorted(plain)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_remote_scheduler_recipe(news: Path, plain: dict, tmp_path: Path) -> None:
    """The README's recipe: `dask scheduler` and `dask worker` started by hand, then ingest --scheduler."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1",
                               "--host", "127.0.0.1", "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from distributed import Client

        deadline, ready = time.monotonic() + 180, False  # a loaded machine starts a scheduler slowly
        while not ready and time.monotonic() < deadline:
            try:
                with Client(address, timeout="5s") as client:
                    ready = bool(client.scheduler_info()["workers"])
            except OSError:
                pass
            time.sleep(0.5)
        assert ready, "the scheduler and its worker did not start"
        db = tmp_path / "remote.db"
        result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(db), "--engine", "dask", "--scheduler",
                                          address])
        assert result.exit_code == 0, result.stderr
        assert contents(db) == plain
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(timeout=30)


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "2"], "--workers and --scheduler go with --engine dask"),
    (["--out", "csv", "x"], "--out: unknown format 'csv'"),
    (["--from-parquet", "x"], "give the articles to read, or --from-parquet DIR"),
])
def test_ingest_engine_usage_errors(news: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(tmp_path / "u.db"), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_from_parquet_without_a_dataset_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "no records dataset" in result.stderr
