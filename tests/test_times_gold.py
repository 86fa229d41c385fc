"""Quality gate of the times stage on its own gold set (tests/gold/times.yaml, written for the project)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from detente import nlp
from detente.document import Article, Document
from detente.settings import Settings
from detente.times import annotate

GOLD = Path(__file__).parent / "gold" / "times.yaml"
SPAN_F1_FLOOR = 0.99
VALUE_ACCURACY_FLOOR = 0.98


def _gold_spans(text: str, times: list[list[Any]]) -> list[tuple[int, int, str]]:
    """The gold expressions as (start, end, value), found in text order; an optional third item n says the
    expression is the n-th occurrence of its text from there (Theresa May said in May)."""
    out, at = [], 0
    for item in times:
        surface, value = str(item[0]), str(item[1])
        start = text.index(surface, at)
        for _ in range(int(item[2]) - 1 if len(item) > 2 else 0):
            start = text.index(surface, start + 1)
        out.append((start, start + len(surface), value))
        at = start + len(surface)
    return out


def evaluate(model: Any, path: Path = GOLD) -> dict[str, float]:
    """Span F1 and value accuracy of the times stage on the gold file at ``path``."""
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    tp = fp = fn = right = 0
    for case in cases:
        published = case["published"]
        date = published if isinstance(published, dt.date) or published is None else dt.date.fromisoformat(published)
        document = Document(Article(id="gold", text=case["text"], published=date), doc=model(case["text"]))
        predicted = [(t.start, t.end, t.value) for t in annotate(document)]
        for start, end, value in _gold_spans(case["text"], case["times"]):
            match = next((p for p in predicted if p[0] < end and start < p[1]), None)
            if match is None:
                fn += 1
                continue
            tp += 1
            right += match[2] == value
            predicted.remove(match)
        fp += len(predicted)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"gold": tp + fn, "span_f1": f1, "value_accuracy": right / max(1, tp), "cases": len(cases)}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return evaluate(nlp.load(Settings().models))


def test_times_gold_set_is_large_enough(scores: dict[str, float]) -> None:
    assert scores["cases"] >= 70
    assert scores["gold"] >= 150


def test_times_gold_span_f1_holds_its_floor(scores: dict[str, float]) -> None:
    assert scores["span_f1"] >= SPAN_F1_FLOOR


def test_times_gold_value_accuracy_holds_its_floor(scores: dict[str, float]) -> None:
    assert scores["value_accuracy"] >= VALUE_ACCURACY_FLOOR
