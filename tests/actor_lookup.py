"""Shared by the actors tests: find the actor a piece of a test text was resolved to."""

from __future__ import annotations

from detente.document import Actor, Document


def actor_of(doc: Document, words: str, nth: int = 1) -> Actor | None:
    """The actor of the nth occurrence of ``words`` in the text."""
    start = -1
    for _ in range(nth):
        start = doc.text.index(words, start + 1)
    return doc.actor_at(start, start + len(words))
