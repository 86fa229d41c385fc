"""Quality gate of the quotes stage on the project's own gold articles (tests/gold/quotes.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from detente.document import Document, Quote

GOLD = Path(__file__).parent / "gold" / "quotes.yaml"
COVER = 0.3  # a predicted quote matches when it covers 30% of the gold content's characters


def _chars(start: int, end: int) -> set[int]:
    return set(range(start, end))


def _nearest(text: str, needle: str, start: int, end: int) -> int:
    """The occurrence of ``needle`` closest to [start, end) (a speaker is written next to its quote)."""
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
    return min(hits, key=lambda i: min(abs(i - start), abs(i - end)))


def _speaker_chars(text: str, speaker: str | None, start: int, end: int) -> set[int] | None:
    """The characters of the speaker mention, or None where the text names no speaker ("is expected to")."""
    if speaker is None:
        return None
    at = _nearest(text, speaker, start, end)
    return _chars(at, at + len(speaker))


def _gold(article: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """Gold quotes located in ``text``, the article as the pipeline repaired it."""
    out = []
    for q in article["quotes"]:
        start = text.find(q["content"])
        speaker = _speaker_chars(text, q["speaker"], start, start + len(q["content"]))
        out.append({**q, "chars": _chars(start, start + len(q["content"])), "speaker_chars": speaker})
    return out


def _match(gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[dict[str, Any], Quote | None]]:
    """One-to-one matching, gold in order, each to the prediction covering most of it."""
    free, pairs = list(predicted), []
    for g in gold:
        best = max(free, key=lambda q: len(g["chars"] & _chars(q.start, q.end)), default=None)
        if best is None or len(g["chars"] & _chars(best.start, best.end)) < COVER * len(g["chars"]):
            pairs.append((g, None))
            continue
        free.remove(best)
        pairs.append((g, best))
    return pairs


@pytest.fixture(scope="module")
def scores(run_text: Callable[..., Document]) -> dict[str, Any]:
    return evaluate(run_text)


def evaluate(run_text: Callable[..., Document], path: Path = GOLD) -> dict[str, Any]:
    """Precision, recall, F1, recall by kind, speaker accuracy and, where the gold gives statement dates, date
    accuracy of the quotes stage on the gold file at ``path``."""
    articles = yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]
    tp = n_gold = n_pred = spk = named = named_ok = unnamed = unnamed_ok = dated = dated_ok = 0
    kinds: dict[str, list[int]] = {}
    for article in articles:
        published = {"published": str(article["published"])} if "published" in article else {}
        document = run_text(article["text"], title=article.get("title"), **published)
        pairs = _match(_gold(article, document.text), document.quotes)
        n_gold, n_pred = n_gold + len(pairs), n_pred + len(document.quotes)
        for g, q in pairs:
            k = kinds.setdefault(g["kind"], [0, 0])
            k[1] += 1
            if q is not None:
                tp, k[0] = tp + 1, k[0] + 1
                if "date" in g:
                    dated, dated_ok = dated + 1, dated_ok + (q.date == str(g["date"]))
                m = q.speaker.mention
                if g["speaker_chars"] is None:
                    unnamed, unnamed_ok = unnamed + 1, unnamed_ok + (m is None)
                    continue
                spk += bool(m and g["speaker_chars"] & _chars(m.start, m.end))
                if "name" in g:
                    named, named_ok = named + 1, named_ok + (q.speaker.name == g["name"])
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / max(1e-9, p + r),
        "speaker": spk / max(1, tp - unnamed),
        "unnamed": unnamed_ok / max(1, unnamed),
        "unnamed_gold": unnamed,
        "by_kind": {k: v[0] / v[1] for k, v in kinds.items()},
        "gold": n_gold,
        "names": named_ok / max(1, named),
        "named": named,
        **({"date": dated_ok / dated, "dated": dated} if dated else {}),
    }


def test_quotes_gold_set_size(scores: dict[str, Any]) -> None:
    assert scores["gold"] >= 210
    assert scores["named"] >= 24
    assert scores["unnamed_gold"] >= 3


def test_quotes_gold_precision_recall_f1(scores: dict[str, Any]) -> None:
    assert scores["precision"] >= 0.98, scores
    assert scores["recall"] >= 0.98, scores
    assert scores["f1"] >= 0.98, scores


def test_quotes_gold_recall_by_kind(scores: dict[str, Any]) -> None:
    assert scores["by_kind"]["direct"] >= 0.97, scores
    assert scores["by_kind"]["indirect"] >= 0.97, scores
    assert scores["by_kind"]["mixed"] >= 0.95, scores


def test_quotes_gold_speaker_accuracy(scores: dict[str, Any]) -> None:
    assert scores["speaker"] >= 0.98, scores
    assert scores["unnamed"] >= 0.99, scores  # no speaker invented where the text names none


def test_quotes_gold_resolved_speaker_names(scores: dict[str, Any]) -> None:
    assert scores["names"] >= 0.95, scores
