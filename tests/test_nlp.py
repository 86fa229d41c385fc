"""The parse: sentence starts at line breaks, and no sentence made of a paragraph's first word or a closing mark."""

from __future__ import annotations

from typing import Any


def sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_nlp_headline_never_runs_into_the_first_sentence(nlp: Any) -> None:
    head = "Brazil and Argentina Agree to Revive Stalled Trade Talks"
    body = "Brazil and Argentina will resume negotiations on a bilateral trade framework, a minister said on Tuesday."
    assert sentences(nlp, f"{head}\n\n{body}") == [head, body]


def test_nlp_closing_quote_stays_with_its_sentence(nlp: Any) -> None:
    text = '"We will not give up," she said. "The talks must go on."\n\nThe minister left for Lima on Friday.'
    assert sentences(nlp, text)[-2:] == ['"The talks must go on."', "The minister left for Lima on Friday."]
