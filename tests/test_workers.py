"""Parsing in several processes: order kept, the same parses as one process, and a text that hangs or kills its
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


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers (forked after this) that hang past any alarm on a text holding HANG and die on one holding DIE."""
    real = workers._parse_batch

    def parse_batch(nlp: Any, texts: list[str], limit: float | None) -> list[bytes | str]:
        if any("DIE" in t for t in texts):
            os._exit(3)
        if any("HANG" in t for t in texts):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as a loop inside compiled code would
            time.sleep(120)
        return real(nlp, texts, limit)

    monkeypatch.setattr(workers, "_parse_batch", parse_batch)
    monkeypatch.setattr(workers, "GRACE", 1.0)


def test_workers_give_the_parses_of_one_process_in_order(nlp: Any) -> None:
    parsed = list(workers.parse(nlp, TEXTS, batch_size=2, jobs=2, limit=60))
    assert [_tokens(d) for d in parsed] == [_tokens(d) for d in nlp.pipe(TEXTS)]


def test_workers_lose_only_the_text_that_hangs(nlp: Any, faulty: None) -> None:
    texts = [*TEXTS[:3], "This text HANGS the parser.", *TEXTS[3:]]
    started = time.monotonic()
    parsed = list(workers.parse(nlp, texts, batch_size=2, jobs=2, limit=1.0))
    assert time.monotonic() - started < 60
    failed = [i for i, d in enumerate(parsed) if isinstance(d, workers.ParseFailed)]
    assert failed == [3]
    assert str(parsed[3]) == "over the time limit of 1 s per article"
    good = [d for d in parsed if not isinstance(d, workers.ParseFailed)]
    assert [d.text for d in good] == TEXTS


def test_workers_lose_only_the_text_whose_process_dies(nlp: Any, faulty: None) -> None:
    texts = [TEXTS[0], "This text makes its parser DIE.", *TEXTS[1:4]]
    parsed = list(workers.parse(nlp, texts, batch_size=3, jobs=2, limit=None))
    assert [type(d).__name__ for d in parsed] == ["Doc", "ParseFailed", "Doc", "Doc", "Doc"]
    assert str(parsed[1]) == "the parsing process died (exit code 3)"
    assert [d.text for d in parsed if not isinstance(d, workers.ParseFailed)] == [TEXTS[0], *TEXTS[1:4]]


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
