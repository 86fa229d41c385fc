"""Time of the quotes stage against the spaCy parse it runs on.

    python bench/bench_quotes.py [CORPUS.jsonl] [--repeat N]

Parses every article once, then runs the quotes stage over the parsed documents, and prints both times, the
stage's share of the parse time and the quotes found by kind. The default corpus is the Wikinews politics set
beside the project (../shared/corpus), read at run time.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from detente import nlp
from detente.document import Article, Document
from detente.quotes import find_quotes, load_lexicon
from detente.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020_politics.jsonl"


def _articles(path: str, repeat: int) -> list[Article]:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Article(id=str(r.get("id", i)), text=r["text"], title=r.get("title"))
        for _ in range(repeat)
        for i, r in enumerate(rows)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="read the corpus this many times")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"bench_quotes: no corpus at {args.corpus}; pass a JSON Lines file", file=sys.stderr)
        return 2
    model = nlp.load(Settings().models)
    lexicon = load_lexicon()
    articles = _articles(args.corpus, args.repeat)
    started = time.perf_counter()
    documents = [
        Document(a, doc=d)
        for a, d in zip(articles, nlp.parse(model, (a.text for a in articles)), strict=True)
    ]
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    kinds = collections.Counter(q.kind for d in documents for q in find_quotes(d, lexicon))
    stage_s = time.perf_counter() - started
    print(f"articles: {len(documents)}  chars: {sum(len(a.text) for a in articles)}")
    print(f"parse: {parse_s:.2f}s  quotes stage: {stage_s:.2f}s  ({100 * stage_s / parse_s:.1f}% of parse)")
    found = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"quotes: {found}  (total {sum(kinds.values())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
