"""Scoring the events stage on whole articles (tests/gold/heldout/event_articles_c.yaml): every event an analyst
would code, as (type, source country, target country) in a sentence, matched one to one with the predicted ones.

A predicted event counts once per sentence it is reported in (its evidence and its repeats), and the same type and
pair in one sentence once, as in the gold file. Negated, denied and hypothetical events are left out, as the gold
file leaves out denials, negated acts and conjecture. A prediction matches a gold event of the same type, source
and target whose sentence it overlaps.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from detente.document import Article, Document, Party
from detente.pipeline import Failure, Pipeline

UNCODED = frozenset({"denied", "hypothetical"})  # modalities the gold file does not list
Item = tuple[str | None, str | None, str | None, int, int]  # type, source, target, sentence start and end


def load(path: Path) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]
    return articles


def _locate(text: str, sentence: str) -> tuple[int, int]:
    """Where a gold sentence stands in the text as the pipeline repaired it (spacing may differ)."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    pattern = r"\s+".join(re.escape(w) for w in sentence.split())
    found = re.search(pattern, text)
    assert found is not None, f"gold sentence not in its article: {sentence!r}"
    return found.start(), found.end()


def gold_items(article: dict[str, Any], text: str) -> list[Item]:
    return [(e["type"], e["source"], e["target"], *_locate(text, e["sentence"])) for e in article["events"]]


def _country(party: Party | None) -> str | None:
    return party.country if party is not None else None


def predicted_items(document: Document) -> list[Item]:
    """One item per predicted event and sentence it is reported in, the same type and pair in a sentence once."""
    out: dict[tuple[object, ...], Item] = {}
    for event in document.events:
        if event.negated or event.modality in UNCODED:
            continue
        for span in (event.evidence, *event.also):
            item = (event.type, _country(event.source), _country(event.target), span.start, span.end)
            out.setdefault(item, item)
    return list(out.values())


def _overlap(a: Item, b: Item) -> bool:
    return a[3] < b[4] and b[3] < a[4]


def matches(gold: list[Item], predicted: list[Item]) -> int:
    """How many gold items a prediction of the same type and pair in an overlapping sentence matches, one to one."""
    free = list(predicted)
    hits = 0
    for g in gold:
        found = next((p for p in free if p[:3] == g[:3] and _overlap(p, g)), None)
        if found is not None:
            free.remove(found)
            hits += 1
    return hits


def _shares(gold: list[Item], predicted: list[Item]) -> dict[str, int]:
    """How many gold events have a prediction in their sentence: any, of the right type, also the right source,
    also the right target."""
    counts = {"found": 0, "type": 0, "source": 0, "full": 0}
    for g in gold:
        near = [p for p in predicted if _overlap(p, g)]
        counts["found"] += bool(near)
        counts["type"] += any(p[0] == g[0] for p in near)
        counts["source"] += any(p[:2] == g[:2] for p in near)
        counts["full"] += any(p[:3] == g[:3] for p in near)
    return counts


def score(articles: list[dict[str, Any]], documents: list[Document]) -> dict[str, float]:
    """Precision, recall and F1 of the matched events, and the shares of gold events found (see ``_shares``)."""
    totals = {"gold": 0, "predicted": 0, "matched": 0, "found": 0, "type": 0, "source": 0, "full": 0}
    for article, document in zip(articles, documents, strict=True):
        gold = gold_items(article, document.text)
        predicted = predicted_items(document)
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        totals["matched"] += matches(gold, predicted)
        for key, value in _shares(gold, predicted).items():
            totals[key] += value
    precision = totals["matched"] / totals["predicted"] if totals["predicted"] else 0.0
    recall = totals["matched"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    shares = {key: totals[key] / totals["gold"] for key in ("found", "type", "source", "full")}
    return {"precision": precision, "recall": recall, "f1": f1, **shares}


def evaluate(pipeline: Pipeline, path: Path) -> dict[str, float]:
    """The figures of the events stage on the gold articles at ``path``."""
    articles = load(path)
    inputs = [
        Article(id=f"gold{i}", text=a["text"], title=a["title"], published=dt.date.fromisoformat(str(a["published"])),
                source="gold")
        for i, a in enumerate(articles)
    ]
    documents = [d for d in pipeline.run(inputs) if not isinstance(d, Failure)]
    assert len(documents) == len(articles)
    return score(articles, documents)
