"""Crash safety and concurrency of ingest: kill -9 at random moments then resume, and read while it writes."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.store import Store

PAIRS = [("Poland", "Lithuania"), ("France", "Germany"), ("Japan", "South Korea"), ("Brazil", "Argentina"),
         ("Kenya", "Ethiopia"), ("Canada", "Mexico"), ("Spain", "Portugal"), ("India", "Nepal")]
ARTICLES = 96
VERBS = ["signed a trade agreement with", "accused", "held talks with", "criticised", "praised",
         "imposed sanctions on"]


def corpus(path: Path, n: int = ARTICLES) -> Path:
    """``n`` short distinct articles written for the test."""
    rng = random.Random(7)
    lines = []
    for i in range(n):
        a, b = rng.choice(PAIRS)
        verb = rng.choice(VERBS)
        text = (f"{a} {verb} {b} on Monday, officials said. Talks on item {i} will continue next month, "
                f"the foreign ministry of {a} said in a statement. \"We expect progress on {i} soon,\" the minister "
                f"told reporters in the capital.")
        day = f"2026-{1 + i % 12:02d}-{1 + i % 27:02d}"
        lines.append(json.dumps({"id": f"c{i:03d}", "title": f"Report {i}", "published": day, "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    """``detente ingest`` in its own process, as a user runs it."""
    command = [sys.executable, "-c", "from detente.cli import main; main()", "ingest", str(source), "--db", str(db),
               "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def contents(db: Path) -> dict[str, tuple[int, int, int]]:
    """Per stored article: its counts of events, quotes and actors."""
    with Store(db) as store:
        records = list(store.records())
        named = Counter(k for r in records for k in {x["key"] for x in r["actors"] if x["key"]})
        assert {a["key"]: a["articles"] for a in store.actors()} == named  # each actor's count of articles
        return {r["article"]["id"]: (len(r["events"]), len(r["quotes"]), len(r["actors"])) for r in records}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[int, int, int]]]:
    folder = tmp_path_factory.mktemp("crash")
    source = corpus(folder / "news.jsonl")
    db = folder / "reference.db"
    assert finish(ingest(source, db)) == 0
    return source, contents(db)


def finish(process: subprocess.Popen[bytes]) -> int:
    """Wait for an ingest and return its exit code; its stderr is shown when it failed."""
    _, err = process.communicate(timeout=300)
    if process.returncode not in (0, -signal.SIGKILL):
        print(err.decode(errors="replace"))
    return process.returncode


def test_store_crash_kill_at_random_moments_then_resume(reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, expected = reference
    assert len(expected) == ARTICLES and sum(e[0] for e in expected.values()) > 30
    db = tmp_path / "killed.db"
    rng = random.Random(int(os.environ.get("DETENTE_KILL_SEED", "11")))
    seen = []
    for target in sorted(rng.sample(range(4, ARTICLES - 8), 3)):  # kill once the store holds about this many
        process = ingest(source, db)
        while process.poll() is None and stored(db) < target:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        finish(process)
        partial = contents(db)
        seen.append(len(partial))
        assert all(partial[k] == expected[k] for k in partial), "an article was stored in part"
    assert 0 < seen[0] < ARTICLES, f"no kill fell inside the ingest: {seen}"
    assert finish(ingest(source, db)) == 0
    assert contents(db) == expected
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        assert store.stats()["articles"] == ARTICLES


def stored(db: Path) -> int:
    """Articles in the store so far (0 before it exists)."""
    if not db.exists():
        return 0
    try:
        with Store(db, create=False) as store:
            return int(store.stats()["articles"])
    except StoreError:  # created but not yet migrated by the writer
        return 0


def test_store_reads_while_an_ingest_writes(reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, expected = reference
    db = tmp_path / "busy.db"
    process = ingest(source, db)
    counts = []
    while process.poll() is None:
        if db.exists():
            with Store(db, create=False) as store:
                counts.append(store.stats()["articles"])
                store.events(limit=5)
                store.quotes(search="progress", limit=5)
        time.sleep(0.05)
    assert finish(process) == 0
    assert counts == sorted(counts) and counts[-1] <= ARTICLES
    assert len(set(counts)) >= 2, f"no read saw the store grow: {counts}"
    assert contents(db) == expected


def test_store_crash_kill_leaves_no_parsing_process_behind(reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, _ = reference
    command = [sys.executable, "-c", "from detente.cli import main; main()", "ingest", str(source), "--db",
               str(tmp_path / "jobs.db"), "--quiet", "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while not workers and process.poll() is None and time.monotonic() < deadline:
        workers = children(process.pid)
        time.sleep(0.05)
    assert workers, "the ingest started no parsing process"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "parsing processes outlived the killed ingest"


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_store_crash_kill_a_reprocess_at_random_moments_then_resume(reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, expected = reference
    db = tmp_path / "reprocess.db"
    shutil.copy(source.parent / "reference.db", db)
    with Store(db) as store:  # as if an older Détente had stored them
        store.conn.execute("UPDATE articles SET version = '0.0.1'")
    rng = random.Random(int(os.environ.get("DETENTE_KILL_SEED", "11")) + 1)
    command = [sys.executable, "-c", "from detente.cli import main; main()", "reprocess", "--db", str(db), "--quiet"]
    left = []
    for _ in range(3):
        before = outdated(db)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while process.poll() is None and outdated(db) == before:
            time.sleep(0.01)  # until this run has replaced something
        time.sleep(rng.uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        finish(process)
        left.append(outdated(db))
        assert contents(db) == expected  # every article there once, whole, old or new
    assert 0 < left[0] < len(expected), f"no kill fell inside the reprocess: {left}"
    assert finish(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)) == 0
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM articles WHERE version = '0.0.1'").fetchone()[0] == 0
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    assert contents(db) == expected


def outdated(db: Path) -> int:
    """Stored articles still marked as extracted by the older version."""
    with Store(db, create=False) as store:
        return int(store.conn.execute("SELECT count(*) FROM articles WHERE version = '0.0.1'").fetchone()[0])
