"""Quoted passages: quotation marks of every style, unbalanced marks, quotations over several paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from detente.quotes.marks import passages


def _texts(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in p.parts] for p in passages(text)]


def test_quotes_marks_straight_and_curly() -> None:
    text = 'He said "we will stay" and she said \u201cwe will go\u201d today.'
    assert _texts(text) == [["we will stay"], ["we will go"]]


def test_quotes_marks_guillemets_and_nested_single() -> None:
    text = "\u00abThe so-called \u2018deal\u2019 is dead,\u00bb he said."
    assert _texts(text) == [["The so-called \u2018deal\u2019 is dead"]]


def test_quotes_marks_unbalanced_closes_at_paragraph_end() -> None:
    text = 'The minister said: "We will never accept this.\n\nThe talks ended on Monday.'
    assert _texts(text) == [["We will never accept this."]]


def test_quotes_marks_multi_paragraph_quotation() -> None:
    text = '"The first point is clear.\n\n"The second point is clearer," she said.'
    found = passages(text)
    assert [[text[s:e] for s, e in p.parts] for p in found] == [
        ["The first point is clear.", "The second point is clearer"]
    ]
    assert found[0].close_end == text.index(" she")


def test_quotes_marks_page_break_inside_sentence() -> None:
    text = "\u201cOur ties have deep roots,\n\n\n\nfull of examples of partnership.\u201d"
    assert _texts(text) == [["Our ties have deep roots,\n\n\n\nfull of examples of partnership."]]


def test_quotes_marks_doubled_apostrophes_as_newswire_quotes() -> None:
    text = "''We will not pay,'' the minister said. ''Not now.''"
    assert _texts(text) == [["We will not pay"], ["Not now."]]


def test_quotes_marks_apostrophes_are_not_quotes() -> None:
    assert _texts("Russia\u2019s envoy and the EU's chief met in Geneva.") == []


@given(st.text(alphabet='ab "\u201c\u201d\u00ab\u00bb\n.,', max_size=80))
def test_quotes_marks_parts_are_ordered_spans_of_the_text(text: str) -> None:
    last = -1
    for p in passages(text):
        for s, e in p.parts:
            assert last <= s < e <= len(text)
            last = e
