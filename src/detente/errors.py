"""The one exception hierarchy of Détente.

Every error a user can cause names the input and the reason, and says how to fix it where it can:
``cannot read 'a.pdf': file is encrypted; decrypt it or pass the text``.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base of every error Détente raises on purpose."""


class InputError(DetenteError):
    """An input (file, line, URL, stdin) cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot read '{source}': {reason}")
        self.source = source
        self.reason = reason


class ModelError(DetenteError):
    """No usable spaCy model is installed."""


class UsageError(DetenteError):
    """An option or argument has a value Détente cannot use."""


class KnowledgeBaseError(DetenteError):
    """A knowledge-base file is malformed."""


class StoreError(DetenteError):
    """A store cannot be opened, read or written."""


class DetenteWarning(UserWarning):
    """Something was skipped or guessed, and the run went on: an article that could not be extracted in a batch."""
