"""Time the events stage against the spaCy parse on the Wikinews politics corpus.

    python bench/bench_events.py [CORPUS.jsonl] [--repeat N]

Prints parse time, events-stage time and their ratio (the stage should add at most 20% to the parse).
The corpus is read at run time; it is not part of the project.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from detente import nlp as nlp_module
from detente.document import Article, Document
from detente.events import stage
from detente.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020_politics.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="how many times to code the parsed corpus")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8") if line.strip()]
    settings = Settings()
    model = nlp_module.load(settings.models)
    run = stage(settings)

    started = time.perf_counter()
    docs = list(nlp_module.parse(model, texts))
    parse_s = time.perf_counter() - started

    documents = [
        Document(Article(id=str(i), text=t), doc=d) for i, (t, d) in enumerate(zip(texts, docs, strict=True))
    ]
    started = time.perf_counter()
    for _ in range(args.repeat):
        for document in documents:
            run(document)
    stage_s = (time.perf_counter() - started) / args.repeat

    count = sum(len(d.events) for d in documents)
    words = sum(len(d) for d in docs)
    print(f"articles {len(texts)}  tokens {words}  events {count}")
    print(f"parse  {parse_s:8.2f} s")
    print(f"events {stage_s:8.2f} s  ({100 * stage_s / parse_s:.1f}% of parse)")


if __name__ == "__main__":
    main()
