"""How the stages scale with the length of one text: seconds per stage for articles of 500 to 4,000 paragraphs.

Each step up doubles the text; near-linear stages about double their time. Prints figures only.

    python bench/bench_long.py [--max 4000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from detente.document import Article
from detente.pipeline import Pipeline
from detente.settings import Settings

STAGES = ("repair", "parse", "actors", "times", "quotes", "events")


def article(paragraphs: int) -> Article:
    """A long text written for the benchmark: quoted statements with cues, dates and named countries."""
    text = "\n\n".join(
        f'"We will discuss item {i} with Germany soon," the French minister said on Monday. '
        f"Officials in Berlin said progress on item {i} was slow, and Poland criticised the delay."
        for i in range(paragraphs))
    return Article(id=f"long-{paragraphs}", text=text, published=dt.date(2026, 1, 15))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=4000, help="the most paragraphs")
    args = ap.parse_args()
    pipeline = Pipeline(Settings())
    print(f"{'paragraphs':>10} {'chars':>9} {'total s':>8} " + " ".join(f"{s:>7}" for s in STAGES))
    size = 500
    while size <= args.max:
        pipeline.timings.clear()
        item = article(size)
        started = time.perf_counter()
        next(pipeline.run([item]))
        total = time.perf_counter() - started
        print(f"{size:>10} {len(item.text):>9,} {total:>8.1f} "
              + " ".join(f"{pipeline.timings.get(s, 0.0):>7.1f}" for s in STAGES))
        size *= 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
