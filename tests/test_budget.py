"""The time budget per article: a slow article is reported and skipped, the others go on."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from detente.budget import OverBudget, time_limit
from detente.document import Article, Document
from detente.pipeline import Failure, Pipeline


def test_time_limit_stops_the_block_and_then_lets_go() -> None:
    with pytest.raises(OverBudget, match="over the time limit of 0.2 s per article"), time_limit(0.2):
        time.sleep(2)
    started = time.perf_counter()
    with time_limit(0.2):
        pass
    time.sleep(0.3)  # the timer was cleared: nothing fires after the block
    assert time.perf_counter() - started < 1


def test_time_limit_outside_the_main_thread_runs_unbounded() -> None:
    done: list[bool] = []

    def work() -> None:
        with time_limit(0.05):
            time.sleep(0.2)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_a_slow_article_fails_alone(pipeline: Pipeline) -> None:
    slow = Pipeline.__new__(Pipeline)
    slow.__dict__.update(pipeline.__dict__)
    slow.settings = replace(pipeline.settings, timeout=0.5)

    def dawdle(document: Document) -> Document:
        if "dawdle" in document.text:
            time.sleep(3)
        return document

    slow.stages = [*pipeline.stages, ("dawdle", dawdle)]
    texts = ["France accused Russia of stalling.", "The minister will dawdle over the reply.",
             "Japan protested to China on Monday."]
    results = list(slow.run([Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert failure.reason == "cannot process 'a1': dawdle stage failed (over the time limit of 0.5 s per article)"
