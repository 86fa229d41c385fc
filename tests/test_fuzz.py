"""Fuzzing with hypothesis: hostile bytes and texts through the readers, repair and every stage never crash, never
hang, and end as a record or as one clear line; every span of a record is the slice of the text it points into."""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente import readers
from detente.document import Article, Document
from detente.errors import InputError
from detente.pipeline import Failure, Pipeline
from detente.repair import repair_text
from detente.settings import Settings

SETTINGS = Settings()
# Pieces news text is made of, and the characters that break naive code: quote marks of every kind, brackets,
# zero-width and bidirectional controls, NUL, line and paragraph separators, combining marks, emoji.
HOSTILE = "\"'“”‘’«»„‚‹›`()[]{}<>\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202e\u2066\u2069\x00\u2028\u2029" \
          "\u0301\u0308\U0001f600\ufffd\t\r\n"
WORDS = ["Russia", "said", "accused", "the", "minister", "on Monday", "Ukraine", "\"We", "will", "talk,\"",
         "Putin", "told", "reporters", "NATO", "sanctions", "last week", "in Paris", "—", "BERLIN", "Q:", "A:"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=HOSTILE, max_size=3),
                           st.text(max_size=8)), max_size=60).map(" ".join)
kinds = st.sampled_from([None, "text", "html", "jsonl", "feed", "pdf"])
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000), kinds)
def test_fuzz_any_bytes_read_as_articles_or_one_line_errors(data: bytes, kind: str | None) -> None:
    for item in readers.read_bytes(data, "fuzz", SETTINGS, kind):
        if isinstance(item, InputError):
            assert str(item).startswith("cannot read 'fuzz") and "\n" not in str(item)
        else:
            assert isinstance(item, Article) and item.text


@FAST
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                                max_size=4), max_leaves=20))
def test_fuzz_json_lines_of_any_shape(value: object) -> None:
    line = json.dumps({"id": "x", "text": value}) + "\n" + json.dumps(value) + "\n"
    for item in readers.read_bytes(line.encode(), "f.jsonl", SETTINGS, "jsonl"):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert "\n" not in str(item)


@FAST
@given(texts)
def test_fuzz_repair_keeps_text_and_ends(text: str) -> None:
    started = time.perf_counter()
    repaired, _ = repair_text(text)
    assert isinstance(repaired, str) and time.perf_counter() - started < 5


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(texts, min_size=1, max_size=3))
def test_fuzz_every_stage_gives_a_record_or_one_clear_failure(pipeline: Pipeline, batch: list[str]) -> None:
    articles = [Article(id=f"f{i}", text=t) for i, t in enumerate(batch)]
    started = time.perf_counter()
    results = list(pipeline.run(articles))
    assert len(results) == len(batch) and time.perf_counter() - started < 60
    for result in results:
        if isinstance(result, Failure):
            assert result.reason.startswith("cannot ") and "\n" not in result.reason
            continue
        assert isinstance(result, Document)
        record = result.to_record()
        json.dumps(record)  # writable
        assert_spans_are_slices(record)


def assert_spans_are_slices(record: dict) -> None:
    """Every span beside a start and an end holds exactly the text between them."""
    text = record["article"]["text"]

    def check(span: dict | None) -> None:
        if span is not None:
            assert span["text"] == text[span["start"]:span["end"]], span

    for actor in record["actors"]:
        for m in actor["mentions"]:
            check(m)
    for t in record["times"]:
        check(t)
    for q in record["quotes"]:
        check(q)
        check(q["speaker"]["mention"])
        for part in q["parts"]:
            check(part)
    for e in record["events"]:
        check(e["evidence"])
        for also in e["also"]:
            check(also)
