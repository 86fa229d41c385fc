"""Dates of statements and events: the time attached to a predicate, else what news convention implies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..document import Document, TimeExpr
from .lexicon import load
from .tense import PERFECT, PRESENT, TenseCues, Tokens, governor, verb_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DATED = re.compile(r"^\d{4}-(?:\d\d(?:-\d\d)?|W\d\d)")


def calendar_date(t: TimeExpr) -> str | None:
    """The day, month or week a DATE or TIME names (the date part of a clock time), None otherwise."""
    if t.type not in ("DATE", "TIME"):
        return None
    m = _DATED.match(t.value)
    return m.group(0) if m else None


def times_in(document: Document, lo: int, hi: int) -> list[TimeExpr]:
    """The times starting in [lo, hi) (the times stage keeps them in text order)."""
    times = document.times
    return times[bisect.bisect_left(times, lo, key=lambda t: t.start):bisect.bisect_left(times, hi,
                                                                                          key=lambda t: t.start)]


def _stated(document: Document, tokens: Tokens, start: int, end: int) -> str | None:
    """A date whose clause is the predicate's own clause."""
    predicate = tokens.head_of(start, end)
    if predicate is None:
        return None
    verb = governor(predicate) or predicate
    for t in times_in(document, verb.sent.start_char, verb.sent.end_char):
        value = calendar_date(t)
        head = tokens.head_of(t.start, t.end) if value else None
        if head is not None and governor(head) == verb:
            return value
    return None


def _sentence(document: Document, tokens: Tokens, start: int, end: int) -> str | None:
    """The date nearest the predicate within its sentence."""
    token = tokens.at(start)
    if token is None:
        return None
    sent = token.sent
    lo, hi = sent.start_char, sent.end_char
    dated = [(abs(t.start - start), v) for t in times_in(document, lo, hi) if (v := calendar_date(t))]
    return min(dated)[1] if dated else None


def _inherited(document: Document, start: int, speaker: str | None) -> str | None:
    """The date of the same speaker's latest earlier statement."""
    if speaker is None:
        return None
    quotes = document.quotes  # in text order
    for q in reversed(quotes[:bisect.bisect_left(quotes, start, key=lambda q: q.start)]):
        if q.date and q.speaker.actor == speaker:
            return q.date
    return None


def _published(document: Document, tokens: Tokens, start: int, end: int) -> str | None:
    """The publication date when the predicate is in the present or present perfect."""
    published = document.article.published
    head = tokens.head_of(start, end)
    verb = governor(head) if head is not None else None
    if published is None or verb is None:
        return None
    lex = load()
    tense = verb_tense(verb, TenseCues(frozenset(lex["future_words"]), frozenset(lex["future_verbs"])))
    return published.isoformat() if tense in (PRESENT, PERFECT) else None


def parse_tokens(doc: Doc) -> Tokens:
    """The token index of a parse, built once and kept with the parse."""
    cached = doc.user_data.get("detente.tokens")
    if not isinstance(cached, Tokens):
        cached = doc.user_data["detente.tokens"] = Tokens(doc)
    return cached


def date_for(document: Document, start: int, end: int, speaker: str | None = None) -> tuple[str | None, str | None]:
    """(TIMEX3 date, basis) for the predicate at [start, end): stated, sentence, inherited or published.

    The basis tells how the date was found; (None, None) when nothing dates it.
    """
    if document.doc is None:
        value = _inherited(document, start, speaker)
        return (value, "inherited") if value else (None, None)
    tokens = parse_tokens(document.doc)
    finders: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("stated", lambda: _stated(document, tokens, start, end)),
        ("sentence", lambda: _sentence(document, tokens, start, end)),
        ("inherited", lambda: _inherited(document, start, speaker)),
        ("published", lambda: _published(document, tokens, start, end)),
    )
    for basis, find in finders:
        found = find()
        if found:
            return found, basis
    return None, None
