"""Whole-pipeline throughput and peak memory on a JSON Lines corpus.

    python bench/bench_pipeline.py [CORPUS.jsonl] [--repeat N]

Prints articles/s, characters/s, the time share of each step and the peak resident memory of the process.
The default corpus is the Wikinews set beside the project (../shared/corpus), read at run time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from detente import readers
from detente.pipeline import Failure, Pipeline
from detente.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="read the corpus this many times")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"bench_pipeline: no corpus at {args.corpus}; pass a JSON Lines file", file=sys.stderr)
        return 2
    settings = Settings()
    load_start = time.perf_counter()
    pipeline = Pipeline(settings)
    load_s = time.perf_counter() - load_start
    items = (item for _ in range(args.repeat) for item in readers.read([args.corpus], settings))
    started = time.perf_counter()
    articles = chars = 0
    for doc in pipeline.run(items):  # streamed, as the extract command does: nothing is kept
        if not isinstance(doc, Failure):
            articles, chars = articles + 1, chars + len(doc.text)
    wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {articles}  chars: {chars}  model load: {load_s:.2f}s")
    print(f"throughput: {articles / wall:.1f} articles/s, {chars / wall / 1000:.1f} kchars/s (wall {wall:.1f}s)")
    parse = pipeline.timings["parse"] or 1e-9
    for step, seconds in sorted(pipeline.timings.items(), key=lambda kv: -kv[1]):
        share = f"{100 * seconds / wall:5.1f}% of wall  {100 * seconds / parse:6.1f}% of parse"
        print(f"  {step:8s} {seconds:7.2f}s  {share}")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
