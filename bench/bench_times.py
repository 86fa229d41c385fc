"""Throughput of the times stage alone (the spaCy parse is done first and not timed).

    python bench/bench_times.py [CORPUS.jsonl] [--repeat N]

Prints sentences/s and characters/s of time detection and normalisation on one core, and how many time
expressions it found. The default corpus is the Wikinews set beside the project (../shared/corpus), read at
run time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from detente import nlp, readers
from detente.document import Document
from detente.errors import InputError
from detente.settings import Settings
from detente.times import annotate
from detente.times.lexicon import load

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3, help="run the stage over the parsed corpus this many times")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"bench_times: no corpus at {args.corpus}; pass a JSON Lines file", file=sys.stderr)
        return 2
    settings = Settings()
    articles = [a for a in readers.read([args.corpus], settings) if not isinstance(a, InputError)]
    model = nlp.load(settings.models)
    parsed = nlp.parse(model, (a.text for a in articles))
    docs = [Document(a, doc=d) for a, d in zip(articles, parsed, strict=True)]
    sentences = sum(1 for d in docs if d.doc is not None for _ in d.doc.sents)
    chars = sum(len(d.text) for d in docs)
    lex = load()
    types: Counter[str] = Counter()
    started = time.perf_counter()
    for _ in range(args.repeat):
        types.clear()
        for d in docs:
            d.times = annotate(d, lex)
            types.update(t.type for t in d.times)
    wall = (time.perf_counter() - started) / args.repeat
    print(f"articles: {len(docs)}  sentences: {sentences}  chars: {chars}")
    print(f"times stage: {sentences / wall:.0f} sentences/s, {chars / wall / 1000:.0f} kchars/s ({wall:.3f}s a pass)")
    print("expressions: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
