"""date_for: the date of a statement or event from its predicate, with the basis that gave it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente import nlp
from detente.document import Article, Document, Quote, Speaker
from detente.settings import Settings
from detente.times import annotate, date_for

Dated = tuple[str | None, str | None]


@pytest.fixture(scope="module")
def document() -> Callable[..., Document]:
    model = nlp.load(Settings().models)

    def build(text: str, published: dt.date | None = dt.date(2026, 1, 15)) -> Document:
        doc = Document(Article(id="d", text=text, published=published), doc=model(text))
        doc.times = annotate(doc)
        return doc

    return build


def _at(doc: Document, word: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = doc.text.index(word, start + 1)
    return start, start + len(word)


def test_times_date_for_a_time_stated_on_the_predicate(document: Callable[..., Document]) -> None:
    doc = document("Putin said Thursday that talks would resume next month.")
    assert date_for(doc, *_at(doc, "said")) == ("2026-01-15", "stated")


def test_times_date_for_takes_the_sentence_date_when_the_predicate_has_none(
    document: Callable[..., Document],
) -> None:
    doc = document("After the talks on Tuesday collapsed, Lavrov blamed the West.")
    assert date_for(doc, *_at(doc, "blamed")) == ("2026-01-13", "sentence")


def test_times_date_for_inherits_the_date_of_the_same_speaker(document: Callable[..., Document]) -> None:
    doc = document('Putin said Thursday that the West had lied. "We will not retreat," he said.')
    start, end = _at(doc, "said", 1)
    putin = Speaker(actor="putin", name="Vladimir Putin")
    doc.quotes = [Quote("the West had lied", 30, 47, "indirect", "said", putin, date="2026-01-15")]
    later = _at(doc, "said", 2)
    assert date_for(doc, *later, speaker="putin") == ("2026-01-15", "inherited")
    assert date_for(doc, *later, speaker="macron") == (None, None)
    assert date_for(doc, start, end) == ("2026-01-15", "stated")


def test_times_date_for_present_tense_is_the_publication_date(document: Callable[..., Document]) -> None:
    doc = document("The minister says the border will stay closed, and she has asked for patience.")
    assert date_for(doc, *_at(doc, "says")) == ("2026-01-15", "published")
    assert date_for(doc, *_at(doc, "asked")) == ("2026-01-15", "published")


def test_times_date_for_past_tense_without_a_date_is_undated(document: Callable[..., Document]) -> None:
    doc = document("The minister said the truce would last for three years.")
    assert date_for(doc, *_at(doc, "said")) == (None, None)


def test_times_date_for_without_publication_date(document: Callable[..., Document]) -> None:
    doc = document("The minister says the border will stay closed.", published=None)
    assert date_for(doc, *_at(doc, "says")) == (None, None)
