"""The quotes stage."""

from __future__ import annotations

from .document import Document
from .settings import Settings
from .pipeline import Stage


def stage(settings: Settings) -> Stage:
    """Build the quotes stage."""

    def run(document: Document) -> Document:
        return document

    return run
