"""Time the actors stage against the spaCy parse on the politics corpus (read from ../shared at run time).

    python bench/bench_actors.py [path/to/articles.jsonl] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from detente import kb, nlp
from detente.actors import resolve
from detente.document import Article, Document
from detente.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020_politics.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line]
    model = nlp.load(Settings().models)
    t0 = time.perf_counter()
    knowledge = kb.load()
    knowledge.load_places()  # the gazetteer, read once when a stage is built
    t_kb = time.perf_counter() - t0
    parse = actors = 0.0
    mentions = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.parse(model, (r["text"] for r in rows)))
        parse += time.perf_counter() - t0
        t0 = time.perf_counter()
        for row, parsed in zip(rows, docs, strict=True):
            article = Article(id=row["id"], text=row["text"], published=_date(row.get("published")))
            document = resolve(Document(article, doc=parsed), knowledge)
            mentions += sum(len(a.mentions) for a in document.actors)
        actors += time.perf_counter() - t0
    print(f"articles         {len(rows) * args.repeat}")
    print(f"kb load          {t_kb:.3f} s")
    print(f"spaCy parse      {parse:.2f} s")
    print(f"actors stage     {actors:.2f} s ({100 * actors / parse:.1f}% of parse)")
    print(f"mentions         {mentions}")


def _date(value: str | None):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None


if __name__ == "__main__":
    main()
