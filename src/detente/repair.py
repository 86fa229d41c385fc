"""Text repair for PDF- and copy-paste-style text. A clean text is never altered."""

from __future__ import annotations

from .document import Document


def apply(document: Document) -> None:
    """Repair ``document.article.text`` in place and record each repair applied."""
