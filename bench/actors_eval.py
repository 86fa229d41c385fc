"""Print the actors stage's accuracy on a gold set (tests/gold/actors.yaml unless another is named), with its errors.

    python bench/actors_eval.py [path/to/gold.yaml] [--errors]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from detente.document import Article, Document  # noqa: E402
from detente.pipeline import Pipeline  # noqa: E402
from detente.settings import Settings  # noqa: E402
from test_actors_gold import evaluate, load_gold, locate  # noqa: E402


def main() -> None:
    pipeline = Pipeline(Settings(stages=("actors",)))

    def run(text: str, published: str | None = None) -> Document:
        date = dt.date.fromisoformat(published) if published else None
        return next(pipeline.run([Article(id="gold", text=text, published=date)]))  # type: ignore[return-value]

    paths = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    gold = load_gold(*paths[:1])
    for name, value in evaluate(run, gold).items():
        print(f"{name:15} {value:.3f}")
    if "--errors" in sys.argv:
        for item in gold:
            _errors(run, item)


def _errors(run, item) -> None:  # type: ignore[no-untyped-def]
    doc = run(item["text"], published=str(item["published"]))
    for start, end, key in locate(item["text"], item["mentions"]):
        g, a = item["actors"][key], doc.actor_at(start, end)
        got = (a.id, a.name, a.kind, a.country, a.sector) if a else None
        if a is None or any(getattr(a, f) != g[f] for f in ("country", "sector", "kind")):
            print(f"{item['id']:20} {item['text'][start:end]!r:32} gold={key} {g} got={got}")


if __name__ == "__main__":
    main()
