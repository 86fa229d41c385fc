"""Latency of the web API under load: the relations and search endpoints on a store of generated events.

The server runs with uvicorn on loopback (a free port) over the store that bench_store.py builds and caches; a
bounded load generator sends a fixed number of requests from a few concurrent clients and prints the median, p95
and p99 latency of each endpoint, and the requests per second. Target: p95 under 100 ms for relations and search.

    python bench/bench_web.py [--events 1000000] [--requests 300] [--clients 1 4]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import uvicorn  # noqa: E402

from bench_store import cached_store, pairs  # noqa: E402
from detente.store import Store  # noqa: E402
from detente.web import configure, create_app  # noqa: E402

WORDS = ("talks", "sanctions", "border", "agreement", "security", "trade")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(db: Path) -> tuple[uvicorn.Server, str]:
    """The app on a loopback port, in a thread; returns the server and its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(configure(db, "127.0.0.1", token="bench")), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=5).read()
            return server, base
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


def fetch(url: str) -> float:
    """Milliseconds to fetch ``url`` in full; a non-200 answer stops the benchmark."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return (time.perf_counter() - started) * 1000


def load(urls: list[str], clients: int) -> tuple[list[float], float]:
    """Every URL fetched once by ``clients`` concurrent clients; latencies and elapsed seconds."""
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(fetch, urls))
    return latencies, time.perf_counter() - started


def endpoints(base: str, store: Store, requests: int) -> dict[str, list[str]]:
    """The URLs to send to each endpoint: the busiest and a typical pair, quote and article searches."""
    busy, typical = pairs(store)
    relation = [f"{base}/api/relations?" + urllib.parse.urlencode({"a": p[0], "b": p[1], "freq": f})
                for p in (busy, typical) for f in ("month", "week")]
    quotes = [f"{base}/api/quotes?" + urllib.parse.urlencode({"q": w, "limit": 50}) for w in WORDS]
    articles = [f"{base}/search?" + urllib.parse.urlencode({"q": w}) for w in WORDS]
    return {name: [urls[i % len(urls)] for i in range(requests)]
            for name, urls in (("relations", relation), ("quote search", quotes), ("search page", articles))}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(urls_by_endpoint: dict[str, list[str]], clients: int) -> None:
    """One table: each endpoint's latencies with ``clients`` concurrent clients."""
    print(f"\n{clients} client(s)\n{'endpoint':<14} {'median ms':>10} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7}"
          "  target p95 < 100 ms")
    for name, urls in urls_by_endpoint.items():
        fetch(urls[0])  # warm the page cache
        latencies, elapsed = load(urls, clients)
        p95 = percentile(latencies, 0.95)
        print(f"{name:<14} {statistics.median(latencies):>10.1f} {p95:>8.1f} {percentile(latencies, 0.99):>8.1f}"
              f" {len(urls) / elapsed:>7.1f}  {'ok' if p95 < 100 else 'OVER'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 4], help="concurrent clients, one run each")
    args = ap.parse_args()
    db, _ = cached_store(args.events, rebuild=False)
    store = Store(db, create=False)
    server, base = start(db)
    try:
        print(f"store {db.name}: {args.events:,} events; {args.requests} requests per endpoint")
        for clients in args.clients:
            run(endpoints(base, store, args.requests), clients)
    finally:
        server.should_exit = True
        store.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
