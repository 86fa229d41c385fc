"""The server under load on loopback: clients reading and uploading at once while an ingest writes the same store:
no 500, every upload stored once, nothing lost, the store intact."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from detente.pipeline import Pipeline
from detente.store import Store
from detente.web import configure, create_app

TOKEN = "load-token"
PAIRS = [("Chile", "Peru"), ("Kenya", "Ethiopia"), ("Norway", "Sweden"), ("Japan", "Korea")]


def article(n: int) -> str:
    a, b = PAIRS[n % len(PAIRS)]
    return f"{a} accused {b} on Monday of breaking the fishing accord, officials said in statement number {n}."


def test_web_serves_readers_and_writers_at_once(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "load.db"
    config = configure(db, "127.0.0.1", token=TOKEN)
    config.pipeline = pipeline
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"cli-{i}", "published": "2026-02-02", "text": article(100 + i)})
                            + "\n" for i in range(10)), encoding="utf-8")
    writer = subprocess.Popen([sys.executable, "-c", "from detente.cli import main; main()", "ingest", str(feed),
                               "--db", str(db), "--quiet", "--jobs", "1"], stderr=subprocess.PIPE)
    statuses: list[int] = []
    errors: list[str] = []

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            for i in range(3):
                n = 4 * i + k
                posted = http.post("/api/articles", params={"published": "2026-02-01"}, content=article(n),
                                   headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"})
                statuses.append(posted.status_code)
                for path in ("/api/relations?a=CHL&b=PER", "/api/quotes?search=accord", "/api/stats",
                             "/api/overview", "/search?q=fishing", "/api/events?limit=5"):
                    response = http.get(path)
                    statuses.append(response.status_code)
                    if response.status_code >= 500:
                        errors.append(f"{path}: {response.text[:200]}")

    clients = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    started = time.perf_counter()
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    took = time.perf_counter() - started
    _, err = writer.communicate(timeout=300)
    server.should_exit = True
    thread.join(timeout=30)

    assert writer.returncode == 0, err.decode()
    assert not errors and all(s < 500 for s in statuses), errors
    assert statuses.count(201) == 12, statuses
    with Store(db) as store:
        assert store.stats()["articles"] == 22
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    print(f"\n4 clients, {len(statuses)} requests and 12 uploads beside an ingest of 10: {took:.1f} s")
