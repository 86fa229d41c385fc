"""Work in several processes: order kept, the same results as one process, and an item that hangs or kills its
worker costs only itself."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import pytest

from detente import workers
from detente.document import Article
from detente.pipeline import Failure, Pipeline
from detente.settings import Settings

TEXTS = [f"Minister {name} met the envoy in {city} on Monday. They agreed to talk again." for name, city in
         [("Ana Ruiz", "Lima"), ("Li Wei", "Beijing"), ("Omar Haddad", "Amman"), ("Jan Novak", "Prague"),
          ("Sara Cohen", "Haifa"), ("Tom Berg", "Oslo"), ("Ines Costa", "Porto")]]


def _tokens(doc: Any) -> list[tuple[str, str, int, str, bool]]:
    return [(t.text, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


def _parses(nlp: Any) -> Any:
    """Work that parses a batch of texts: it hangs past any alarm on a text holding HANG (as a loop inside compiled
    code would) and kills its process on one holding DIE."""

    def work(texts: list[str]) -> list[Any]:
        if any("DIE" in t for t in texts):
            os._exit(3)
        if any("HANG" in t for t in texts):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(120)
        return [_tokens(doc) for doc in nlp.pipe(texts)]

    return work


@pytest.fixture
def patient(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "GRACE", 1.0)


def test_workers_give_the_results_of_one_process_in_order(nlp: Any) -> None:
    results = list(workers.run(_parses(nlp), TEXTS, batch_size=2, jobs=2, limit=60))
    assert results == [_tokens(d) for d in nlp.pipe(TEXTS)]


def test_workers_lose_only_the_item_that_hangs(nlp: Any, patient: None) -> None:
    texts = [*TEXTS[:3], "The talks HANG in the balance.", *TEXTS[3:]]
    started = time.monotonic()
    results = list(workers.run(_parses(nlp), texts, batch_size=2, jobs=2, limit=1.0))
    assert time.monotonic() - started < 60
    assert [i for i, r in enumerate(results) if isinstance(r, workers.Lost)] == [3]
    assert results[3] == workers.Lost("over the time limit of 1 s per article")
    assert [r for r in results if not isinstance(r, workers.Lost)] == [_tokens(d) for d in nlp.pipe(TEXTS)]


def test_workers_lose_only_the_item_whose_process_dies(nlp: Any, patient: None) -> None:
    texts = [TEXTS[0], "DIE", *TEXTS[1:4]]
    results = list(workers.run(_parses(nlp), texts, batch_size=3, jobs=2, limit=None))
    assert [type(r).__name__ for r in results] == ["list", "Lost", "list", "list", "list"]
    assert results[1] == workers.Lost("the worker process died (exit code 3)")
    assert results[0] == _tokens(nlp(TEXTS[0])) and results[4] == _tokens(nlp(TEXTS[3]))


def test_pipeline_with_jobs_gives_what_one_process_gives() -> None:
    articles = [Article(id=f"a{i}", text=t, published=None) for i, t in enumerate(TEXTS)]
    alone = [r.to_record() for r in Pipeline(Settings(jobs=1)).run(articles)]  # type: ignore[union-attr]
    shared = [r.to_record() for r in Pipeline(Settings(jobs=2, batch_size=2)).run(articles)]  # type: ignore[union-attr]
    assert shared == alone
    assert sum(len(r["events"]) for r in alone) >= len(TEXTS)


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch, patient: None) -> None:
    """Pipeline workers (forked after this) that hang past any alarm while parsing a text holding HANG."""
    real = Pipeline._parse

    def parse(self: Pipeline, docs: list[Any]) -> list[Any]:
        if any("HANG" in d.text for d in docs):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(120)
        return real(self, docs)

    monkeypatch.setattr(Pipeline, "_parse", parse)


def test_pipeline_with_jobs_reports_a_hung_article_and_keeps_the_rest(faulty: None) -> None:
    pipeline = Pipeline(Settings(jobs=2, timeout=1.0, batch_size=2))
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate([TEXTS[0], "Talks HANG in the balance.", TEXTS[1]])]
    results = list(pipeline.run(articles))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert failure.reason == "cannot process 'a1': parse failed (over the time limit of 1 s per article)"
    assert [q.speaker.name for r in results if not isinstance(r, Failure) for q in r.quotes] == []
    assert all(not isinstance(r, Failure) and r.events for r in (results[0], results[2]))
